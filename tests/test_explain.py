"""``explain``: one candidate's score indicator by indicator, and the gap between two.

Sample (kalbar-2025.xlsx, default criteria), worked by hand:
- Ketapang 2024: 122.318 participants of 179.827 workers → cakupan 68,02 %; on goalposts
  0–100 that normalises to 68,02, × 30 % = 20,41 points.
- capaian: min 11.199 (Melawi), max 122.318 (Ketapang). Mempawah 58.738 →
  100·(58.738 − 11.199)/111.119 = 42,78 → × 40 % = 17,11; Ketapang 40,00; gap −22,89.
- Mempawah 41,92 vs Ketapang 90,41: the gap −48,48 splits into capaian −22,89,
  pertumbuhan 13,25 − 30,00 = −16,75, cakupan 11,56 − 20,41 = −8,84.
"""

from __future__ import annotations

import json
import math

import pytest

from conftest import SAMPLE_XLSX, make_workbook, write_criteria


def test_explain_finds_a_candidate_like_the_loader_does(sample_result):
    from paritrana.explain import explain

    e = explain(sample_result, "kab. ketapang")
    assert (e.id, e.rank, e.of, e.eligible) == ("Ketapang", 1, 14, True)


def test_explain_steps_are_raw_normalised_contribution(sample_result):
    from paritrana.explain import explain

    step = explain(sample_result, "Ketapang").step("cakupan")
    assert step.raw == pytest.approx(100 * 122318 / 179827)
    assert step.normalized == pytest.approx(68.0198, abs=1e-4)
    assert step.weight == pytest.approx(0.3)
    assert step.contribution == pytest.approx(20.406, abs=1e-3)
    assert (step.scale.low, step.scale.high, step.scale.method.value) == (0, 100, "target")


def test_sentence_for_one_indicator_in_indonesian(sample_result):
    from paritrana.explain import explain, sentences

    lines = sentences(explain(sample_result, "Ketapang"), "id")
    assert lines[0] == "Ketapang: peringkat 1 dari 14, skor 90,41"
    assert ("Ketapang: cakupan 68,02 % → dinormalisasi 68,02 (target 0–100, makin tinggi makin baik) × bobot 30 %"
            " = 20,41 poin") in lines


def test_sentence_names_the_minmax_scale_in_english(sample_result):
    from paritrana.explain import explain, sentences

    lines = sentences(explain(sample_result, "Mempawah"), "en")
    assert ("Mempawah: capaian 58,738 orang → normalised 42.78 (min 11,199, max 122,318, higher is better) × "
            "weight 40 % = 17.11 points") in lines


def test_comparison_splits_the_gap_largest_share_first(sample_result):
    from paritrana.explain import compare

    c = compare(sample_result, "Mempawah", "Ketapang")
    assert [s.indicator for s in c.shares] == ["capaian", "pertumbuhan", "cakupan"]
    assert [round(s.difference, 2) for s in c.shares] == [-22.89, -16.75, -8.84]
    assert sum(s.difference for s in c.shares) == pytest.approx(c.gap)
    assert c.gap == pytest.approx(41.92407909469263 - 90.40594571449226)


def test_comparison_sentence_behind(sample_result):
    from paritrana.explain import compare, comparison_sentences

    lines = comparison_sentences(compare(sample_result, "Mempawah", "Ketapang"), "id")
    assert lines[-1] == "Mempawah tertinggal 48,48 poin dari Ketapang: capaian −22,89; pertumbuhan −16,75; cakupan −8,84"


def test_comparison_sentence_ahead_in_english(sample_result):
    from paritrana.explain import compare, comparison_sentences

    # Sekadau 39,37 vs Landak 37,05: growth +25,39 outweighs capaian −16,80 and cakupan −6,26
    lines = comparison_sentences(compare(sample_result, "Sekadau", "Landak"), "en")
    assert lines[-1] == "Sekadau is 2.32 points ahead of Landak: pertumbuhan +25.39; capaian −16.80; cakupan −6.26"


def test_unknown_name_suggests_the_closest(sample_result):
    from paritrana.explain import CandidateNotFound, explain

    with pytest.raises(CandidateNotFound, match=r"no candidate 'Ketapan' for 2024; did you mean 'Ketapang'"):
        explain(sample_result, "Ketapan")


# ---- CLI -----------------------------------------------------------------------------------------

def test_cli_explain_prints_table_and_sentences(runner):
    from paritrana.cli import app

    res = runner.invoke(app, ["explain", str(SAMPLE_XLSX), "KAB. KETAPANG"])
    assert res.exit_code == 0, res.output
    assert "Ketapang: peringkat 1 dari 14, skor 90,41" in res.output
    assert "Kontribusi" in res.output and "target 0–100" in res.output
    assert "= 20,41 poin" in res.output


def test_cli_explain_vs_in_english(runner):
    from paritrana.cli import app

    res = runner.invoke(app, ["explain", str(SAMPLE_XLSX), "Mempawah", "--vs", "Ketapang", "--lang", "en"])
    assert res.exit_code == 0, res.output
    assert "Mempawah is 48.48 points behind Ketapang: capaian −22.89; pertumbuhan −16.75; cakupan −8.84" in res.output


def test_cli_unknown_name_exits_1_with_suggestions(runner):
    from paritrana.cli import app

    res = runner.invoke(app, ["explain", str(SAMPLE_XLSX), "Ketapan"])
    assert res.exit_code == 1
    assert "no candidate 'Ketapan'" in res.output and "did you mean 'Ketapang'" in res.output


def test_cli_unknown_vs_name_exits_1(runner):
    from paritrana.cli import app

    res = runner.invoke(app, ["explain", str(SAMPLE_XLSX), "Ketapang", "--vs", "Pontianak"])
    assert res.exit_code == 1
    assert "no candidate 'Pontianak'" in res.output and "'Kota Pontianak'" in res.output


def test_cli_json_matches_the_ranking(runner, sample_result):
    from paritrana.cli import app

    res = runner.invoke(app, ["explain", str(SAMPLE_XLSX), "Sekadau", "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    sekadau = sample_result.find("Sekadau")
    assert (data["rank"], data["score"]) == (3, sekadau.score)
    growth = next(i for i in data["indicators"] if i["id"] == "pertumbuhan")
    assert growth["contribution"] == sekadau.indicators["pertumbuhan"].contribution
    assert (growth["method"], growth["better"], growth["low"]) == ("minmax", "higher", pytest.approx(-9.0, abs=1e-3))
    assert data["sentences"][0] == "Sekadau: peringkat 3 dari 14, skor 39,37"


def test_cli_json_vs_has_the_gap_and_shares(runner):
    from paritrana.cli import app

    res = runner.invoke(app, ["explain", str(SAMPLE_XLSX), "Ketapang", "--vs", "Mempawah", "-f", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["comparable"] is True and data["reason"] is None
    assert data["gap"] == pytest.approx(48.4819, abs=1e-4)
    assert [s["indicator"] for s in data["shares"]] == ["capaian", "pertumbuhan", "cakupan"]
    assert sum(s["difference"] for s in data["shares"]) == pytest.approx(data["gap"])


# ---- ineligible, groups, geometric ---------------------------------------------------------------

def ineligible_data(tmp_path):
    header = ["Kabupaten/Kota", "Jumlah Pekerja", "Peserta Aktif"]
    return make_workbook(tmp_path, {
        "2023": [header, ["Alpha", 100, 50], ["Beta", 100, 40], ["Gamma", 100, 30]],
        "2024": [header, ["Alpha", 100, 60], ["Beta", 100, 45], ["Gamma", 100, 130]],
    })


def test_cli_ineligible_candidate_says_which_rule_failed(tmp_path, runner):
    from paritrana.cli import app

    res = runner.invoke(app, ["explain", str(ineligible_data(tmp_path)), "gamma"])
    assert res.exit_code == 0, res.output
    assert "Gamma tidak memenuhi syarat dan tidak dinilai; syarat yang tidak dipenuhi: peserta <= pekerja" in res.output


def test_cli_vs_an_ineligible_candidate_has_no_gap(tmp_path, runner):
    from paritrana.cli import app

    res = runner.invoke(app, ["explain", str(ineligible_data(tmp_path)), "Alpha", "--vs", "Gamma", "--lang", "en"])
    assert res.exit_code == 0, res.output
    assert "Gamma is not ranked, so there is no score gap to explain." in res.output
    assert "rules failed: peserta <= pekerja" in res.output


GROUPED = """\
title: Grouped
group_by: kategori
columns:
  wilayah: [Wilayah]
  kategori: [Kategori]
  x: [X]
indicators:
  v: {value: x, weight: 1}
"""


def test_cli_vs_across_groups_says_so(tmp_path, runner):
    from paritrana.cli import app

    data = make_workbook(tmp_path, {"2024": [["Wilayah", "Kategori", "X"], ["A", "kota", 1], ["B", "kota", 2],
                                             ["C", "kab", 3]]})
    criteria = write_criteria(tmp_path, GROUPED)
    res = runner.invoke(app, ["explain", str(data), "A", "--vs", "C", "--criteria", str(criteria)])
    assert res.exit_code == 0, res.output
    assert "A (kota) dan C (kab) dinilai dalam kelompok berbeda; skor mereka tidak dibandingkan." in res.output


GEOMETRIC = """\
title: Geometric
aggregation: geometric
columns:
  wilayah: [Wilayah]
  x: [X]
  y: [Y]
aspects:
  a1:
    weight: 1
    indicators:
      p: {value: x, weight: 1, normalize: {method: target, min: 0, max: 10}}
  a2:
    weight: 1
    indicators:
      q: {value: y, weight: 1, normalize: {method: target, min: 0, max: 10}}
"""


def test_geometric_comparison_splits_the_ratio_into_factors(tmp_path):
    import paritrana
    from paritrana.explain import compare, comparison_sentences

    # A: p 8, q 2 → √(80·20) = 40; B: p 5, q 5 → 50. Ratio 0,8 = (80/50)^½ · (20/50)^½ = 1,2649 · 0,6325
    data = make_workbook(tmp_path, {"2024": [["Wilayah", "X", "Y"], ["A", 8, 2], ["B", 5, 5]]})
    result = paritrana.run(data, criteria=write_criteria(tmp_path, GEOMETRIC))
    c = compare(result, "A", "B")
    assert c.ratio == pytest.approx(0.8)
    assert math.prod(s.factor for s in c.shares) == pytest.approx(c.ratio)
    assert [s.indicator for s in c.shares] == ["q", "p"]  # |ln 0,6325| > |ln 1,2649|
    lines = comparison_sentences(c, "id")
    assert "Skor A 0,80 kali skor B (40,00 vs 50,00)." in lines
    assert lines[-1].endswith("q ×0,63; p ×1,26")


def test_geometric_explanation_has_no_contributions_and_says_so(tmp_path, runner):
    from paritrana.cli import app

    data = make_workbook(tmp_path, {"2024": [["Wilayah", "X", "Y"], ["A", 8, 2], ["B", 5, 5]]})
    criteria = write_criteria(tmp_path, GEOMETRIC)
    res = runner.invoke(app, ["explain", str(data), "A", "--criteria", str(criteria), "--lang", "en"])
    assert res.exit_code == 0, res.output
    assert "A: p 8 → normalised 80.00 (target 0–10, higher is better); weight 50 % as an exponent" in res.output
    assert "Aspect scores: a1 80.00; a2 20.00" in res.output
    assert "there are no additive contributions per indicator" in res.output
    assert "Contribution" not in res.output


@pytest.mark.parametrize("extra, name, expected", [
    # 80 is above the goalposts 20–60: clipped to 100
    ("normalize: {method: target, min: 20, max: 60}", "D", "target 20–60, higher is better; clipped to 0–100"),
    ("normalize: {method: rank, range: [10, 90]}, better: lower", "A", "rank among 4 candidates, lower is better, "
                                                                       "range 10–90"),
    ("normalize: ratio_to_max", "A", "ratio to the maximum 80, higher is better"),
    ("normalize: zscore", "A", "T-score: mean 41.25, standard deviation 25.59, higher is better"),
    ("normalize: none", "A", "value as given"),
])
def test_scale_descriptions(tmp_path, extra, name, expected):
    import paritrana
    from paritrana.explain import explain, scale_text

    from conftest import one_column_workbook, one_indicator_criteria

    # values 10, 30, 45, 80: mean 41,25; squared deviations 976,56 + 126,56 + 14,06 + 1501,56 = 2618,75;
    # population std √(2618,75 / 4) = 25,59
    data = one_column_workbook(tmp_path, {"A": 10, "B": 30, "C": 45, "D": 80})
    step = explain(paritrana.run(data, criteria=one_indicator_criteria(tmp_path, extra)), name).step("v")
    assert scale_text(step.scale, step.raw, "en") == expected
