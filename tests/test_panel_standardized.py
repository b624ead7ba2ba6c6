"""Standardised jurors: how the scores are put back on the panel's scale, and the raw and
standardised scores side by side (JSON, ``explain --panel``)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from panel_fixtures import desk_workbook, long_panel, panel_criteria, scores
from paritrana.cli import app
from paritrana.panel.aggregate import standardization

# The worked example of paritrana.panel.aggregate's docstring (and of docs/panduan.md):
# J1 gives A 60 and B 80, J2 gives A 70 and B 90.
VALUES = [60, 80, 70, 90]
JURORS = ["J1", "J1", "J2", "J2"]


def test_juror_means_and_spreads_are_their_own():
    # m_1 = 70, s_1 = √((100 + 100)/2) = 10; m_2 = 80, s_2 = 10
    how = standardization(VALUES, JURORS)
    assert how.jurors == {"j1": (70, 10, 2), "j2": (80, 10, 2)}


def test_the_level_is_the_mean_of_all_scores_and_the_spread_is_pooled_within_jurors():
    # M = (60 + 80 + 70 + 90)/4 = 75; S = √((10² + 10² + 10² + 10²)/4) = 10 (not the overall std 11.18)
    how = standardization(VALUES, JURORS)
    assert (how.mean, how.pooled_std) == (75, 10)


def test_both_jurors_end_with_the_same_scores():
    # 60 → (60 − 70)/10 × 10 + 75 = 65; 80 → 85; J2's 70 → (70 − 80)/10 × 10 + 75 = 65; 90 → 85
    how = standardization(VALUES, JURORS)
    assert [how.apply(v, j) for v, j in zip(VALUES, JURORS, strict=True)] == [65, 85, 65, 85]


def test_a_juror_whose_scores_are_all_equal_sits_at_the_mean():
    how = standardization([60, 80, 75, 75], JURORS)
    assert how.constant == ["J2"] and how.apply(75, "J2") == how.mean


# ---- raw and standardised side by side ---------------------------------------------------------

# J1 strict, J2 lenient by 10 points on every score; J3 in between.
TABLE = {
    "J1": {"Alpha": (60, 60), "Beta": (70, 70), "Gamma": (50, 50)},
    "J2": {"Alpha": (70, 70), "Beta": (80, 80), "Gamma": (60, 60)},
    "J3": {"Alpha": (65, 65), "Beta": (75, 75), "Gamma": (55, 55)},
}


def explain_json(tmp_path, name="Beta"):
    result = CliRunner().invoke(app, ["explain", str(desk_workbook(tmp_path)), name, "-f", "json", "-c",
                                      str(panel_criteria(tmp_path, standardize="true")), "--panel",
                                      str(long_panel(tmp_path, scores(TABLE)))])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_explain_json_has_each_jurors_raw_and_standardised_score(tmp_path):
    # Every juror: scores m_j ± 10·√(2/3) (the same spread), so z is the same for all three jurors;
    # M = 65 and S = √(2/3)·10 = 8.165: each juror's Beta (z = +1.2247) becomes 65 + 10 = 75.
    panel = explain_json(tmp_path)["stages"]["panel"]
    rows = {j["juror"]: j for j in panel["juror_scores"]}
    assert [rows[j]["raw_total"] for j in ("J1", "J2", "J3")] == [70, 80, 75]
    assert [rows[j]["standardized_total"] for j in ("J1", "J2", "J3")] == [pytest.approx(75)] * 3
    assert rows["J2"]["juror_mean"] == pytest.approx(70) and rows["J2"]["juror_std"] == pytest.approx(8.1650, abs=1e-4)
    assert panel["standardization"]["mean"] == pytest.approx(65)
    assert panel["standardization"]["pooled_std"] == pytest.approx(8.1650, abs=1e-4)


def test_explain_says_how_the_scores_were_put_back_on_the_scale(tmp_path):
    sentences = explain_json(tmp_path)["sentences"]
    assert ("Standardisasi per juri: nilai baru = (nilai − rata-rata juri) / simpangan baku juri × 8,16 + 65,00; 8,16 "
            "adalah simpangan baku gabungan dalam-juri dan 65,00 rata-rata semua nilai tim juri; rata-rata dan "
            "simpangan baku juri dihitung dari semua nilai yang diberikannya.") in sentences
    assert "Contoh: J1 pada `a`: (70 − 60,00) / 8,16 × 8,16 + 65,00 = 75,00." in sentences


def test_explain_on_the_terminal_shows_the_table_side_by_side(tmp_path):
    result = CliRunner().invoke(app, ["explain", str(desk_workbook(tmp_path)), "Beta", "-c",
                                      str(panel_criteria(tmp_path, standardize="true")), "--panel",
                                      str(long_panel(tmp_path, scores(TABLE)))])
    assert result.exit_code == 0, result.output
    assert "Nilai mentah" in result.output and "Setelah standardisasi" in result.output
    line = next(x for x in result.output.splitlines() if x.startswith("│ J2"))
    assert [c.strip() for c in line.split("│")[1:-1]] == ["J2", "80,00", "75,00", "70,00", "8,16"]


def test_rank_json_has_the_standardised_value_beside_each_raw_score(tmp_path):
    from paritrana import run

    result = run(desk_workbook(tmp_path), criteria=panel_criteria(tmp_path, standardize="true"),
                 panel=long_panel(tmp_path, scores(TABLE)))
    panel = result.to_dict()["panel"]
    cell = next(s for s in panel["scores"] if (s["juror"], s["candidate"], s["criterion"]) == ("J2", "Beta", "a"))
    assert (cell["value"], cell["standardized"]) == (80, pytest.approx(75))
    assert panel["standardization"]["jurors"]["J1"]["mean"] == pytest.approx(60)
