"""The ``panel:`` and ``stages:`` sections of a criteria file."""

from __future__ import annotations

import pytest

from conftest import ROOT, write_criteria
from paritrana.errors import CriteriaError
from paritrana.io.criteria_file import load_criteria

BASE = """\
title: T
columns:
  wilayah: [Wilayah]
indicators:
  v: {value: x, weight: 1}
"""
PANEL = """\
panel:
  criteria:
    komitmen: {label: Komitmen kepala daerah, weight: 3}
    inovasi: 1
"""
STAGES = """\
stages:
  shortlist: 5
  final: {desk: 60, panel: 40}
"""


def load(tmp_path, text):
    return load_criteria(write_criteria(tmp_path, text)).criteria


def test_panel_and_stages_parse_with_defaults(tmp_path):
    c = load(tmp_path, BASE + PANEL + STAGES)
    assert c.panel.scale == (0.0, 100.0)
    assert c.panel.aggregation.value == "mean"
    assert c.panel.min_jurors == 1 and c.panel.standardize is False
    assert c.stages.shortlist.top == 5 and c.stages.shortlist.min_score is None


def test_interview_weights_are_relative_and_a_bare_number_is_a_weight(tmp_path):
    c = load(tmp_path, BASE + PANEL + STAGES)
    # komitmen 3, inovasi 1 → 3/4 and 1/4
    assert c.panel.weights == {"komitmen": 0.75, "inovasi": 0.25}


def test_final_weights_are_relative(tmp_path):
    c = load(tmp_path, BASE + PANEL + STAGES)
    # desk 60, panel 40 → 0.6 and 0.4
    assert c.stages.final.desk_share == pytest.approx(0.6)
    assert c.stages.final.panel_share == pytest.approx(0.4)


def test_shortlist_can_be_a_desk_score_threshold(tmp_path):
    c = load(tmp_path, BASE + PANEL + STAGES.replace("shortlist: 5", "shortlist: {min_score: 50}"))
    assert c.stages.shortlist.min_score == 50 and c.stages.shortlist.top is None


def test_shortlist_with_both_rules_is_an_error(tmp_path):
    text = BASE + PANEL + STAGES.replace("shortlist: 5", "shortlist: {top: 5, min_score: 50}")
    with pytest.raises(CriteriaError, match=r"stages\.shortlist: give the shortlist as a number"):
        load(tmp_path, text)


def test_stages_without_a_panel_is_an_error_saying_what_to_add(tmp_path):
    with pytest.raises(CriteriaError,
                       match=r"criteria.yaml: stages \(line \d+\): the final stage needs a 'panel:' section"):
        load(tmp_path, BASE + STAGES)


def test_panel_without_stages_is_an_error_saying_what_to_add(tmp_path):
    with pytest.raises(CriteriaError, match=r"criteria.yaml: panel \(line \d+\): a panel needs a 'stages:' section"):
        load(tmp_path, BASE + PANEL)


def test_unknown_panel_key_suggests_the_right_one(tmp_path):
    text = BASE + PANEL.replace("panel:\n", "panel:\n  agregation: median\n") + STAGES
    with pytest.raises(CriteriaError,
                       match=r"panel\.agregation: unknown key 'agregation'; did you mean 'aggregation'\?"):
        load(tmp_path, text)


def test_unknown_final_key_suggests_the_right_one(tmp_path):
    text = BASE + PANEL + STAGES.replace("desk: 60", "dsk: 60")
    with pytest.raises(CriteriaError, match=r"stages\.final\.dsk: unknown key 'dsk'; did you mean 'desk'\?"):
        load(tmp_path, text)


def test_unknown_aggregation_lists_the_methods(tmp_path):
    text = BASE + PANEL.replace("panel:\n", "panel:\n  aggregation: average\n") + STAGES
    with pytest.raises(CriteriaError,
                       match=r"panel\.aggregation: 'average' is not one of: 'mean', 'median' or 'trimmed'"):
        load(tmp_path, text)


def test_scale_needs_max_above_min(tmp_path):
    text = BASE + PANEL.replace("panel:\n", "panel:\n  scale: [10, 10]\n") + STAGES
    with pytest.raises(CriteriaError, match=r"scale \[min, max\] needs max > min"):
        load(tmp_path, text)


def test_panel_weight_must_be_positive(tmp_path):
    text = BASE + PANEL.replace("inovasi: 1", "inovasi: 0") + STAGES
    with pytest.raises(CriteriaError, match=r"panel\.criteria\.inovasi\.weight: must be > 0"):
        load(tmp_path, text)


def test_two_criteria_with_the_same_header_is_an_error(tmp_path):
    text = BASE + PANEL.replace("inovasi: 1", "inovasi: {weight: 1, headers: [Komitmen Kepala Daerah]}") + STAGES
    with pytest.raises(CriteriaError, match=r"names both 'komitmen' and 'inovasi'"):
        load(tmp_path, text)


def test_the_final_criteria_file_is_the_default_plus_panel_and_stages():
    final = load_criteria(ROOT / "criteria" / "paritrana-kabkota-final.yaml").criteria
    default = load_criteria(ROOT / "criteria" / "paritrana-kabkota.yaml").criteria
    assert final.global_weights == default.global_weights
    assert final.stages.shortlist.top == 5
    assert sum(final.panel.weights.values()) == pytest.approx(1.0)
