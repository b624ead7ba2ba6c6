"""Stages: desk ranking → shortlist → final score with the panel."""

from __future__ import annotations

import pytest

import paritrana
from conftest import ROOT, SAMPLE_XLSX
from panel_fixtures import REVERSING, desk_workbook, long_panel, panel_criteria, scores
from paritrana.errors import CriteriaError, DataError

SAMPLE_PANEL = ROOT / "sample_data" / "panel/kalbar-2025-juri.xlsx"
FINAL_CRITERIA = ROOT / "criteria" / "paritrana-kabkota-final.yaml"


def run(tmp_path, table=REVERSING, **criteria_options):
    return paritrana.run(desk_workbook(tmp_path), criteria=panel_criteria(tmp_path, **criteria_options),
                         panel=long_panel(tmp_path, scores(table)))


def by_id(result):
    return {r.id: r for r in result.results}


# Desk (min–max of X 100, 90, 50, 0): Alpha 100, Beta 90, Gamma 50, Delta 0; shortlist 3.
# Panel (0.75 a + 0.25 b, mean of two jurors):
#   Alpha a 65, b 50 → 61.25;  Beta a 95, b 85 → 92.5;  Gamma a 50, b 50 → 50
# Final = 0.5 desk + 0.5 panel:
#   Alpha 50 + 30.625 = 80.625;  Beta 45 + 46.25 = 91.25;  Gamma 25 + 25 = 50


def test_panel_scores_reverse_the_desk_order_among_finalists(tmp_path):
    result = run(tmp_path)
    assert [(r.rank, r.id) for r in result.results] == [(1, "Beta"), (2, "Alpha"), (3, "Gamma"), (4, "Delta")]
    assert by_id(result)["Beta"].desk_rank == 2


def test_final_score_combines_desk_and_panel(tmp_path):
    r = by_id(run(tmp_path))
    assert r["Alpha"].score == pytest.approx(80.625)
    assert r["Beta"].score == pytest.approx(91.25)
    assert r["Gamma"].score == pytest.approx(50.0)
    assert (r["Beta"].desk_score, r["Beta"].panel_score) == (pytest.approx(90), pytest.approx(92.5))


def test_a_candidate_not_shortlisted_keeps_desk_rank_and_score_after_the_finalists(tmp_path):
    delta = by_id(run(tmp_path))["Delta"]
    assert (delta.rank, delta.score, delta.stage, delta.shortlisted) == (4, 0.0, "desk", False)
    assert delta.panel_score is None and delta.panel is None


def test_finalist_contributions_add_up_to_the_final_score(tmp_path):
    # Beta: v weight 1 × 0.5 = 0.5, contribution 90 × 0.5 = 45; panel 0.5 × 92.5 = 46.25 → 91.25
    beta = next(r for r in run(tmp_path).to_dict()["results"] if r["id"] == "Beta")
    assert beta["indicators"]["v"]["weight"] == pytest.approx(0.5)
    assert beta["indicators"]["v"]["contribution"] == pytest.approx(45)
    assert beta["panel"]["contribution"] == pytest.approx(46.25) and beta["panel"]["weight"] == pytest.approx(0.5)
    parts = sum(i["contribution"] for i in beta["indicators"].values()) + beta["panel"]["contribution"]
    assert parts == pytest.approx(beta["score"], abs=1e-12)


def test_json_keys_of_a_stage_result(tmp_path):
    data = run(tmp_path).to_dict()
    beta = data["results"][0]
    assert {k: beta[k] for k in ("stage", "desk_rank", "shortlisted")} == {"stage": "final", "desk_rank": 2,
                                                                          "shortlisted": True}
    assert data["stages"] == {"shortlist": {"top": 3}, "final": {"desk": 0.5, "panel": 0.5}, "scored": True}
    assert data["panel"]["diagnostics"]["kendall_w"] == pytest.approx(1.0)


def test_desk_only_json_has_no_stage_keys():
    data = paritrana.run(SAMPLE_XLSX).to_dict()
    assert "stages" not in data and "panel" not in data
    assert "stage" not in data["results"][0] and "desk_score" not in data["results"][0]


def test_shortlist_by_desk_score_threshold(tmp_path):
    # min_score 80: Alpha 100 and Beta 90 go through; Gamma 50 keeps desk rank 3
    result = run(tmp_path, shortlist="{min_score: 80}")
    assert [(r.rank, r.id, r.shortlisted) for r in result.results] == [
        (1, "Beta", True), (2, "Alpha", True), (3, "Gamma", False), (4, "Delta", False)]


def test_panel_scores_of_a_candidate_not_shortlisted_are_ignored_with_a_warning(tmp_path):
    table = {**REVERSING, "J3": {"Delta": (99, 99)}}
    result = run(tmp_path, table)
    assert by_id(result)["Delta"].panel_score is None
    assert 'juri.xlsx: nilai juri untuk "Delta" diabaikan: tidak masuk nominasi (peringkat indikator 4)' \
        in result.warning_texts()


def test_a_finalist_with_too_few_jurors_is_an_error_naming_them(tmp_path):
    table = {"J1": REVERSING["J1"], "J2": {"Alpha": (70, 60), "Beta": (100, 90)}}  # J2 skipped Gamma
    with pytest.raises(DataError, match=r"jumlah juri kurang untuk Gamma \(1 juri pada `a` dan 1 juri pada `b`\) "
                                        r"\(sedikitnya 2 juri per kriteria wawancara\)"):
        run(tmp_path, table, min_jurors=2)


def test_equal_final_scores_fall_back_on_the_desk_rank(tmp_path):
    # Zeta desk 100, Beta desk 90: panel Zeta 50, Beta 60 → both 0.5×100 + 0.5×50 = 75 = 0.5×90 + 0.5×60;
    # the desk rank puts Zeta first (by name Beta would be first), and neither is flagged as a tie
    desk = desk_workbook(tmp_path, {"Zeta": 100, "Beta": 90, "Gamma": 50, "Delta": 0})
    table = {"J1": {"Zeta": (50, 50), "Beta": (60, 60), "Gamma": (0, 0)}}
    result = paritrana.run(desk, criteria=panel_criteria(tmp_path), panel=long_panel(tmp_path, scores(table)))
    r = by_id(result)
    assert r["Zeta"].score == pytest.approx(75) and r["Beta"].score == pytest.approx(75)
    assert (r["Zeta"].rank, r["Beta"].rank) == (1, 2)
    assert not r["Zeta"].tie and not r["Beta"].tie


def test_criteria_with_stages_but_no_panel_give_the_desk_ranking_and_a_warning(tmp_path):
    result = paritrana.run(desk_workbook(tmp_path), criteria=panel_criteria(tmp_path))
    assert [(r.rank, r.id, r.score) for r in result.results] == [
        (1, "Alpha", 100.0), (2, "Beta", 90.0), (3, "Gamma", 50.0), (4, "Delta", 0.0)]
    assert [r.shortlisted for r in result.results] == [True, True, True, False]
    assert {r.stage for r in result.results} == {"desk"}
    assert result.warning_texts()[-1] == ("tahap akhir belum dinilai karena nilai juri belum ada; ini peringkat tahap "
                                          "indikator. Masuk nominasi: Alpha, Beta, dan Gamma")
    assert result.warnings[-1].render("en", cli=True) == (
        "the final stage was not scored: there are no jury scores yet (give them with `--panel`); this is the desk "
        "ranking. Shortlisted: Alpha, Beta and Gamma")
    assert result.to_dict()["panel"] is None


def test_panel_with_criteria_without_stages_is_an_error_saying_what_to_add(tmp_path):
    panel = long_panel(tmp_path, scores(REVERSING))
    with pytest.raises(CriteriaError, match=r"kabkota\.yaml>?: nilai juri diberikan, tetapi berkas kriteria "
                                            r"tidak memiliki bagian `panel:` dan `stages:`; tambahkan bagian `panel:`"):
        paritrana.run(SAMPLE_XLSX, panel=panel)


def test_the_sample_jury_keeps_the_real_podium_with_an_abstention():
    result = paritrana.run(SAMPLE_XLSX, criteria=FINAL_CRITERIA, panel=SAMPLE_PANEL)
    assert [r.id for r in result.results[:3]] == ["Ketapang", "Mempawah", "Sekadau"]
    assert [r.id for r in result.results if r.shortlisted] == ["Ketapang", "Mempawah", "Sekadau", "Landak", "Sanggau"]
    assert result.panel.diagnostics.abstentions == {}
    assert result.panel.diagnostics.conflicts == {"Juri 4": ["Sekadau"]}  # Juri 4 is from Sekadau (asal)
    assert len(result.panel.jurors) == 9


def test_report_hook_matrix_marks_abstentions():
    result = paritrana.run(SAMPLE_XLSX, criteria=FINAL_CRITERIA, panel=SAMPLE_PANEL)
    matrix = result.panel.matrix()
    j, k = matrix.jurors.index("Juri 4"), matrix.candidates.index("Sekadau")
    assert matrix.values[j][k] is None and matrix.abstained[j][k] and matrix.conflicts[j][k]
    assert sum(row.count(True) for row in matrix.abstained) == 1
    one = result.panel.matrix("komitmen")
    assert one.values[0][0] == result.panel.scores[0].value  # Juri 1 on Ketapang, as read


def test_panel_scores_of_an_ineligible_candidate_are_ignored_with_a_warning(tmp_path):
    # eligibility x > 0: Delta (X = 0) is ineligible, so J3's scores for Delta are set aside
    criteria = panel_criteria(tmp_path)
    criteria.write_text(criteria.read_text().replace("panel:\n", "eligibility: [x > 0]\npanel:\n", 1))
    table = {**REVERSING, "J3": {"Delta": (99, 99)}}
    result = paritrana.run(desk_workbook(tmp_path), criteria=criteria, panel=long_panel(tmp_path, scores(table)))
    assert [i.id for i in result.ineligible] == ["Delta"]
    assert 'juri.xlsx: nilai juri untuk "Delta" diabaikan: kandidat tidak memenuhi syarat' in result.warning_texts()
