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
import re

import pytest

from conftest import SAMPLE_XLSX, make_workbook, write_criteria


def test_explain_finds_a_candidate_like_the_loader_does(sample_result):
    from paritrana.explain.model import explain

    e = explain(sample_result, "kab. ketapang")
    assert (e.id, e.rank, e.of, e.eligible) == ("Ketapang", 1, 14, True)


def test_explain_steps_are_raw_normalised_contribution(sample_result):
    from paritrana.explain.model import explain

    step = explain(sample_result, "Ketapang").step("cakupan")
    assert step.raw == pytest.approx(100 * 122318 / 179827)
    assert step.normalized == pytest.approx(68.0198, abs=1e-4)
    assert step.weight == pytest.approx(0.3)
    assert step.contribution == pytest.approx(20.406, abs=1e-3)
    assert (step.scale.low, step.scale.high, step.scale.method.value) == (0, 100, "target")


def test_sentence_for_one_indicator_in_indonesian(sample_result):
    from paritrana.explain.model import explain
    from paritrana.explain.text import sentences

    lines = sentences(explain(sample_result, "Ketapang"), "id")
    assert lines[0] == "Ketapang: peringkat 1 dari 14, skor 90,41"
    assert ("Ketapang: cakupan 68,02% → dinormalisasi 68,02 (target 0–100, makin tinggi makin baik) × bobot 30%"
            " = 20,41 poin") in lines


def test_sentence_names_the_minmax_scale_in_english(sample_result):
    from paritrana.explain.model import explain
    from paritrana.explain.text import sentences

    lines = sentences(explain(sample_result, "Mempawah"), "en")
    assert ("Mempawah: capaian 58,738 orang → normalised 42.78 (min 11,199, max 122,318, higher is better) × "
            "weight 40% = 17.11 points") in lines


def test_comparison_splits_the_gap_largest_share_first(sample_result):
    from paritrana.explain.model import compare

    c = compare(sample_result, "Mempawah", "Ketapang")
    assert [s.indicator for s in c.shares] == ["capaian", "pertumbuhan", "cakupan"]
    assert [round(s.difference, 2) for s in c.shares] == [-22.89, -16.75, -8.84]
    assert sum(s.difference for s in c.shares) == pytest.approx(c.gap)
    assert c.gap == pytest.approx(41.92407909469263 - 90.40594571449226)


def test_comparison_sentence_behind(sample_result):
    from paritrana.explain.model import compare
    from paritrana.explain.text import comparison_sentences

    lines = comparison_sentences(compare(sample_result, "Mempawah", "Ketapang"), "id")
    assert lines[-1] == ("Mempawah tertinggal 48,48 poin dari Ketapang: capaian −22,89; pertumbuhan −16,75; "
                         "cakupan −8,84.")


def test_comparison_sentence_ahead_in_english(sample_result):
    from paritrana.explain.model import compare
    from paritrana.explain.text import comparison_sentences

    # Sekadau 39,37 vs Landak 37,05: growth +25,39 outweighs capaian −16,80 and cakupan −6,26
    lines = comparison_sentences(compare(sample_result, "Sekadau", "Landak"), "en")
    assert lines[-1] == "Sekadau is 2.32 points ahead of Landak: pertumbuhan +25.39; capaian −16.80; cakupan −6.26."


def test_unknown_name_suggests_the_closest(sample_result):
    from paritrana.errors import CandidateNotFound
    from paritrana.explain.model import explain

    where = re.escape(str(SAMPLE_XLSX))  # the path as it was given
    with pytest.raises(CandidateNotFound, match=rf'^{where}: kandidat "Ketapan" tidak ada dalam data 2024; '
                                                r'apakah yang dimaksud "Ketapang" atau "Kota Pontianak"\?$') as caught:
        explain(sample_result, "Ketapan")
    assert caught.value.render("en") == (f'{SAMPLE_XLSX}: no candidate "Ketapan" for 2024; did you mean "Ketapang" '
                                         'or "Kota Pontianak"?')


def test_unknown_name_with_nothing_close_lists_the_candidates(sample_result):
    from paritrana.errors import CandidateNotFound
    from paritrana.explain.model import explain

    with pytest.raises(CandidateNotFound, match=r'kandidat yang ada: "Ketapang", "Mempawah", .*, dan "Melawi"$'):
        explain(sample_result, "Zzz")


# ---- CLI -----------------------------------------------------------------------------------------

def test_cli_explain_prints_table_and_sentences(runner):
    from paritrana.cli.app import app

    res = runner.invoke(app, ["explain", str(SAMPLE_XLSX), "KAB. KETAPANG"])
    assert res.exit_code == 0, res.output
    assert "Ketapang: peringkat 1 dari 14, skor 90,41" in res.output
    assert "Kontribusi" in res.output and "target 0–100" in res.output
    assert "= 20,41 poin" in res.output


def test_cli_explain_vs_in_english(runner):
    from paritrana.cli.app import app

    res = runner.invoke(app, ["explain", str(SAMPLE_XLSX), "Mempawah", "--vs", "Ketapang", "--lang", "en"])
    assert res.exit_code == 0, res.output
    assert "Mempawah is 48.48 points behind Ketapang: capaian −22.89; pertumbuhan −16.75; cakupan −8.84." in res.output


def test_cli_unknown_name_exits_1_with_suggestions(runner):
    from paritrana.cli.app import app

    res = runner.invoke(app, ["explain", str(SAMPLE_XLSX), "Ketapan"])
    assert res.exit_code == 1
    assert res.output.startswith(f'Kesalahan: {SAMPLE_XLSX}: kandidat "Ketapan" tidak ada dalam data 2024; apakah '
                                 'yang dimaksud "Ketapang"')


def test_cli_unknown_vs_name_exits_1(runner):
    from paritrana.cli.app import app

    res = runner.invoke(app, ["explain", str(SAMPLE_XLSX), "Ketapang", "--vs", "Pontianak"])
    assert res.exit_code == 1
    assert 'kandidat "Pontianak" tidak ada dalam data 2024' in res.output and '"Kota Pontianak"' in res.output


def test_cli_json_matches_the_ranking(runner, sample_result):
    from paritrana.cli.app import app

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
    from paritrana.cli.app import app

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
    from paritrana.cli.app import app

    res = runner.invoke(app, ["explain", str(ineligible_data(tmp_path)), "gamma"])
    assert res.exit_code == 0, res.output
    assert ("Gamma tidak memenuhi syarat dan tidak dinilai; syarat yang tidak dipenuhi: peserta <= pekerja."
            in res.output)


def test_cli_vs_an_ineligible_candidate_has_no_gap(tmp_path, runner):
    from paritrana.cli.app import app

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
    from paritrana.cli.app import app

    data = make_workbook(tmp_path, {"2024": [["Wilayah", "Kategori", "X"], ["A", "kota", 1], ["B", "kota", 2],
                                             ["C", "kab", 3]]})
    criteria = write_criteria(tmp_path, GROUPED)
    res = runner.invoke(app, ["explain", str(data), "A", "--vs", "C", "--criteria", str(criteria)])
    assert res.exit_code == 0, res.output
    assert "A (kota) dan C (kab) diperingkat dalam kelompok berbeda; skor keduanya tidak dibandingkan." in res.output


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
    from paritrana.explain.model import compare
    from paritrana.explain.text import comparison_sentences

    # A: p 8, q 2 → √(80·20) = 40; B: p 5, q 5 → 50. Ratio 0,8 = (80/50)^½ · (20/50)^½ = 1,2649 · 0,6325
    data = make_workbook(tmp_path, {"2024": [["Wilayah", "X", "Y"], ["A", 8, 2], ["B", 5, 5]]})
    result = paritrana.evaluate(data, criteria=write_criteria(tmp_path, GEOMETRIC))
    c = compare(result, "A", "B")
    assert c.ratio == pytest.approx(0.8)
    assert math.prod(s.factor for s in c.shares) == pytest.approx(c.ratio)
    assert [s.indicator for s in c.shares] == ["q", "p"]  # |ln 0,6325| > |ln 1,2649|
    lines = comparison_sentences(c, "id")
    assert "Skor A 0,80 kali skor B (40,00 berbanding 50,00)." in lines
    assert lines[-1].endswith("q ×0,63; p ×1,26.")


def test_geometric_explanation_has_no_contributions_and_says_so(tmp_path, runner):
    from paritrana.cli.app import app

    data = make_workbook(tmp_path, {"2024": [["Wilayah", "X", "Y"], ["A", 8, 2], ["B", 5, 5]]})
    criteria = write_criteria(tmp_path, GEOMETRIC)
    res = runner.invoke(app, ["explain", str(data), "A", "--criteria", str(criteria), "--lang", "en"])
    assert res.exit_code == 0, res.output
    assert "A: p 8 → normalised 80.00 (target 0–10, higher is better); weight 50% as an exponent" in res.output
    assert "Aspect scores: a1 80.00; a2 20.00." in res.output
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
    from conftest import one_column_workbook, one_indicator_criteria
    from paritrana.explain.model import explain
    from paritrana.explain.text import scale_text

    # values 10, 30, 45, 80: mean 41,25; squared deviations 976,56 + 126,56 + 14,06 + 1501,56 = 2618,75;
    # population std √(2618,75 / 4) = 25,59
    data = one_column_workbook(tmp_path, {"A": 10, "B": 30, "C": 45, "D": 80})
    step = explain(paritrana.evaluate(data, criteria=one_indicator_criteria(tmp_path, extra)), name).step("v")
    assert scale_text(step.scale, step.raw, "en") == expected


# ---- the jury panel (criteria with stages:, --panel) ---------------------------------------------
#
# Sample jury (kalbar-2025-juri.xlsx, paritrana-kabkota-final.yaml: final 60 % desk + 40 % panel,
# trimmed means of the nine jurors' scores):
# - Ketapang komitmen 83, 81, 88, 93, 84, 81, 90, 91, 82 → drop 93 and 81: 599 / 7 = 85,57;
#   panel 83,44; final 0,6 × 90,41 + 0,4 × 83,44 = 87,62.
# - Sekadau inovasi 74, 74, 93, (Juri 4 abstains), 72, 84, 82, 82, 70 → 8 scores, drop 93 and
#   70: 468 / 6 = 78,00.
# - Mempawah vs Ketapang, final 56,42 − 87,62 = −31,20: the desk gaps × 0,6 (capaian −22,89 →
#   −13,73; pertumbuhan −16,75 → −10,05; cakupan −8,85 → −5,31) and 0,4 × (78,16 − 83,44) = −2,11.

FINAL_CRITERIA = SAMPLE_XLSX.parent.parent / "criteria" / "paritrana-kabkota-final.yaml"
SAMPLE_PANEL = SAMPLE_XLSX.parent / "panel/kalbar-2025-juri.xlsx"


@pytest.fixture(scope="module")
def staged():
    import paritrana

    return paritrana.evaluate(SAMPLE_XLSX, criteria=FINAL_CRITERIA, panel=SAMPLE_PANEL)


def test_finalist_desk_steps_are_the_desk_weights_not_scaled(staged):
    from paritrana.explain.model import explain

    e = explain(staged, "Ketapang")
    assert e.finalist and e.score == pytest.approx(87.6207, abs=1e-4)
    step = e.step("capaian")
    assert (step.weight, step.contribution) == (pytest.approx(0.4), pytest.approx(40.0))
    assert sum(s.contribution for s in e.steps) == pytest.approx(e.stages.desk_score)


def test_finalist_sentences_go_from_desk_to_panel_to_the_final_score(staged):
    from paritrana.explain.model import explain
    from paritrana.explain.text import sentences

    lines = sentences(explain(staged, "Ketapang"), "id")
    assert lines[0] == ("Ketapang: peringkat 1 dari 14, skor akhir 87,62 (finalis; skor indikator 90,41, peringkat "
                        "indikator 1)")
    assert lines[1] == "Tahap penilaian indikator: skor indikator 90,41."
    assert "Ketapang: komitmen (Komitmen kepala daerah) 85,57 dari 9 juri × bobot 30%" in lines
    assert lines[-1] == "skor akhir = 60% × 90,41 (skor indikator) + 40% × 83,44 (skor wawancara) = 87,62"
    assert lines.index(lines[1]) < next(i for i, x in enumerate(lines) if "Tahap wawancara" in x)


def test_finalist_panel_part_names_who_abstained(staged):
    from paritrana.explain.model import explain
    from paritrana.explain.text import sentences

    e = explain(staged, "Sekadau")
    inovasi = next(c for c in e.stages.panel.criteria if c.criterion == "inovasi")
    # Juri 4 is from Sekadau (`asal` in the criteria): a conflict of interest, not an abstention
    assert (inovasi.value, inovasi.jurors, inovasi.abstained) == (pytest.approx(78.0), 8, [])
    assert e.stages.panel.conflicts == ["Juri 4"]
    assert ("Sekadau: inovasi (Innovation and budget for vulnerable workers) 78.00 from 8 jurors × weight 25%; "
            "not counted (conflict of interest): Juri 4") in sentences(e, "en")


def test_a_candidate_not_shortlisted_ranks_by_its_desk_score(staged):
    from paritrana.explain.model import explain
    from paritrana.explain.text import sentences

    lines = sentences(explain(staged, "Kota Pontianak"), "id")
    assert lines[0] == "Kota Pontianak: peringkat 6 dari 14, skor 33,85"
    assert lines[-1] == ("Kota Pontianak tidak masuk nominasi (peringkat indikator 6; daftar nominasi: 5 teratas) dan "
                         "diperingkat menurut skor indikatornya, 33,85.")


def test_shortlisted_without_panel_scores_says_the_final_stage_was_not_scored():
    import paritrana
    from paritrana.explain.model import explain
    from paritrana.explain.text import sentences

    result = paritrana.evaluate(SAMPLE_XLSX, criteria=FINAL_CRITERIA)
    lines = sentences(explain(result, "Ketapang"), "en")
    assert lines[0] == "Ketapang: rank 1 of 14, score 90.41"
    assert lines[-1] == ("Ketapang was shortlisted; the panel stage was not scored because there are no jury scores "
                         "yet, so its score is the desk score.")  # the library names no command-line option
    assert sentences(explain(result, "Ketapang"), "id", cli=True)[-1] == (
        "Ketapang masuk nominasi; tahap wawancara belum dinilai karena nilai juri belum ada (berikan dengan "
        "`--panel`), jadi skornya adalah skor indikator.")


def test_vs_between_finalists_splits_the_final_gap_into_desk_indicators_and_panel(staged):
    from paritrana.explain.model import compare
    from paritrana.explain.text import comparison_sentences

    c = compare(staged, "Mempawah", "Ketapang")
    assert c.basis == "final" and c.gap == pytest.approx(56.4173 - 87.6207, abs=1e-4)
    assert [(s.indicator, s.kind, round(s.difference, 2)) for s in c.shares] == [
        ("capaian", "indicator", -13.73), ("pertumbuhan", "indicator", -10.05), ("cakupan", "indicator", -5.31),
        ("panel", "panel", -2.11)]
    assert sum(s.difference for s in c.shares) == pytest.approx(c.gap)
    assert comparison_sentences(c, "id")[-1] == ("Mempawah tertinggal 31,20 poin dari Ketapang: capaian −13,73; "
                                                 "pertumbuhan −10,05; cakupan −5,31; wawancara −2,11.")


def test_vs_a_candidate_not_shortlisted_explains_the_desk_gap(staged):
    from paritrana.explain.model import compare
    from paritrana.explain.text import comparison_sentences

    # Sanggau desk 36,55 (shortlisted, 5th) vs Kota Pontianak 33,85 (6th): desk gap 2,70
    c = compare(staged, "Kota Pontianak", "Sanggau")
    assert c.basis == "desk" and c.gap == pytest.approx(33.85 - 36.55, abs=5e-3)
    assert sum(s.difference for s in c.shares) == pytest.approx(c.gap)
    lines = comparison_sentences(c, "en")
    assert lines[2] == ("Sanggau was shortlisted and Kota Pontianak was not: finalists rank above every other "
                        "candidate, and the shortlist was decided on the desk score.")
    assert lines[3].startswith("Kota Pontianak's desk score is 2.70 points behind Sanggau's: cakupan −5.76")


def test_panel_on_another_scale_is_put_on_0_100_in_a_sentence(tmp_path):
    import paritrana
    from panel_fixtures import desk_workbook, long_panel, panel_criteria, scores
    from paritrana.explain.model import explain
    from paritrana.explain.text import sentences

    # Beta: desk 90; a 9, b 8 on 0–10 → 0,75 × 9 + 0,25 × 8 = 8,75 = 87,5 of 100; final 0,5 × 90 + 0,5 × 87,5
    criteria = panel_criteria(tmp_path)
    criteria.write_text(criteria.read_text().replace("scale: [0, 100]", "scale: [0, 10]"))
    table = {"J1": {"Alpha": (6, 4), "Beta": (9, 8), "Gamma": (5, 5)}}
    result = paritrana.evaluate(desk_workbook(tmp_path), criteria=criteria, panel=long_panel(tmp_path, scores(table)))
    lines = sentences(explain(result, "Beta"), "en")
    assert "panel score 8.75 on the scale 0–10 = 87.50 out of 100" in lines
    assert lines[-1] == "final score = 50% × 90.00 (desk score) + 50% × 87.50 (panel score) = 88.75"


def test_cli_explain_with_panel_prints_the_panel_table_and_the_final_sentence(runner):
    from paritrana.cli.app import app

    res = runner.invoke(app, ["explain", str(SAMPLE_XLSX), "Sekadau", "-c", str(FINAL_CRITERIA),
                              "--panel", str(SAMPLE_PANEL)])
    assert res.exit_code == 0, res.output
    out = res.output
    assert "Kriteria wawancara" in out and "Abstain" in out and "Juri 4" in out
    assert "Skor indikator" in out and "39,37" in out
    assert "skor akhir = 60% × 39,37 (skor indikator) + 40% × 75,38 (skor wawancara) = 53,77" in out


def test_cli_explain_json_has_the_stages(runner, staged):
    from paritrana.cli.app import app

    res = runner.invoke(app, ["explain", str(SAMPLE_XLSX), "Sekadau", "-c", str(FINAL_CRITERIA),
                              "--panel", str(SAMPLE_PANEL), "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    st = data["stages"]
    assert (st["stage"], st["shortlisted"], st["desk_rank"]) == ("final", True, 3)
    assert st["final"]["desk"] * st["desk_score"] + st["final"]["panel"] * st["panel"]["percent"] == \
        pytest.approx(data["score"])
    assert data["score"] == staged.find("Sekadau").score
    assert [c["abstained"] for c in st["panel"]["criteria"]] == [[]] * 4
    assert st["panel"]["conflicts"] == ["Juri 4"]  # Juri 4 is from Sekadau: never counted


def test_cli_explain_json_vs_between_finalists(runner):
    from paritrana.cli.app import app

    res = runner.invoke(app, ["explain", str(SAMPLE_XLSX), "Ketapang", "--vs", "Mempawah", "-c", str(FINAL_CRITERIA),
                              "--panel", str(SAMPLE_PANEL), "-f", "json", "--lang", "en"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["basis"] == "final"
    assert [s["kind"] for s in data["shares"]].count("panel") == 1
    assert sum(s["difference"] for s in data["shares"]) == pytest.approx(data["gap"])
    assert data["sentences"][-1].endswith("panel +2.11.")


def test_cli_vs_the_same_candidate_under_another_spelling_exits_1(runner):
    # "Kab. Ketapang" is Ketapang: a comparison with itself explains nothing
    from paritrana.cli.app import app

    result = runner.invoke(app, ["explain", str(SAMPLE_XLSX), "Ketapang", "--vs", "Kab. Ketapang"])
    assert result.exit_code == 1
    assert '"Ketapang" dan "Kab. Ketapang" adalah kandidat yang sama; sebutkan kandidat lain setelah `--vs`' \
        in result.stderr
