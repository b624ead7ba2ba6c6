"""Sensitivity of what was decided (paritrana.sensitivity.final): for staged criteria with the
jury's scores, the final stage — the finalists under drawn desk weights and final shares, how
often the desk scores would shortlist others, the exact panel-share ranges of the final podium
and the podium without each juror; without the jury's scores, a plain statement that the
analysis covers the desk stage only."""

from __future__ import annotations

import numpy as np
import pytest

import paritrana
from conftest import ROOT, SAMPLE_XLSX
from paritrana.cli.app import app
from paritrana.sensitivity import analyse
from paritrana.sensitivity.final import share_interval

FINAL = ROOT / "criteria" / "paritrana-kabkota-final.yaml"
PANEL = ROOT / "sample_data" / "panel" / "kalbar-2025-juri.xlsx"


@pytest.fixture(scope="module")
def staged():
    return paritrana.evaluate(SAMPLE_XLSX, criteria=FINAL, panel=PANEL)


@pytest.fixture(scope="module")
def final_analysis(staged):
    return analyse(staged, runs=2_000, seed=7)


# ---- the panel's share: exact -------------------------------------------------------------------

def test_the_panel_share_range_is_where_the_final_lines_cross():
    # A: desk 90, panel 50; B: desk 60, panel 80. At p = 0,4: A 0,6 × 90 + 0,4 × 50 = 74,
    # B 0,6 × 60 + 0,4 × 80 = 68. The lines (1 − p)·90 + 50p and (1 − p)·60 + 80p cross where
    # 90 − 40p = 60 + 20p, p = 0,5: above it B overtakes A; nothing changes below.
    s = share_interval(np.array([90.0, 60.0]), np.array([50.0, 80.0]), 0.4, ["A", "B"], 1)
    assert (s.low, s.high) == (0.0, pytest.approx(0.5))
    assert s.above == (("B", "A"),) and s.below == ()


def test_a_crossing_below_the_share_in_use():
    # A: desk 50, panel 90; B: desk 80, panel 40: equal where 50 + 40p = 80 − 40p, p = 0,375;
    # at p = 0,6 A leads (74 vs 56): below 0,375 B overtakes A.
    s = share_interval(np.array([50.0, 80.0]), np.array([90.0, 40.0]), 0.6, ["A", "B"], 1)
    assert (s.low, s.high) == (pytest.approx(0.375), 1.0)
    assert s.below == (("B", "A"),)


def test_the_sample_s_final_podium_holds_whatever_the_panel_share(final_analysis):
    # Ketapang, Mempawah and Sekadau lead both the desk scores (90,41 · 41,92 · 39,37) and the
    # panel scores (83,44 · 78,16 · 75,38): no share reorders them.
    group = final_analysis.final.groups[0]
    assert [(s.holders, s.low, s.high) for s in group.share] == [
        (("Ketapang",), 0.0, 1.0), (("Ketapang", "Mempawah", "Sekadau"), 0.0, 1.0)]


# ---- Monte Carlo, shortlist, jurors ---------------------------------------------------------------

def test_the_final_stage_is_analysed_over_the_finalists(final_analysis):
    final = final_analysis.final
    assert final_analysis.stages == "final" and (final.desk_share, final.panel_share) == (0.6, 0.4)
    group = final.groups[0]
    assert [c.id for c in group.candidates] == ["Ketapang", "Mempawah", "Sekadau", "Landak", "Sanggau"]
    assert sum(c.p_first for c in group.candidates) == pytest.approx(1.0)
    assert sum(c.p_top3 for c in group.candidates) == pytest.approx(3.0)
    assert 0 < group.p_podium_unchanged <= 1 and 0 <= group.p_shortlist_changed < 1


def test_without_jitter_the_final_order_and_shortlist_never_change(staged):
    result = analyse(staged, runs=50, jitter=0.0, seed=1)
    group = result.final.groups[0]
    assert [c.median_rank for c in group.candidates] == [1, 2, 3, 4, 5]
    assert group.p_podium_unchanged == 1.0 and group.p_shortlist_changed == 0.0


def test_the_podium_without_each_juror(final_analysis):
    jurors = final_analysis.final.groups[0].jurors
    assert [j.juror for j in jurors] == [f"Juri {k}" for k in range(1, 10)]
    assert all(j.without == ("Ketapang", "Mempawah", "Sekadau") and not j.changed_places for j in jurors)


def test_the_json_carries_the_final_stage(final_analysis):
    data = final_analysis.to_dict("en")
    assert data["stages"] == "final"
    group = data["final_stage"]["groups"][0]
    assert {"candidates", "p_podium_unchanged", "p_shortlist_changed", "share", "jurors"} <= set(group)


# ---- the desk stage only, said plainly -----------------------------------------------------------

def test_without_the_jury_s_scores_the_analysis_says_it_covers_the_desk_stage_only(runner):
    result = runner.invoke(app, ["sensitivity", str(SAMPLE_XLSX), "-c", str(FINAL), "-n", "200", "--seed", "1"])
    assert result.exit_code == 0, result.output
    assert ("Analisis ini hanya mencakup tahap penilaian indikator: nilai juri tidak diberikan (`--panel`), "
            "sehingga tahap akhir") in " ".join(result.stdout.split())


def test_sensitivity_with_the_jury_s_scores_shows_the_final_stage(runner):
    result = runner.invoke(app, ["sensitivity", str(SAMPLE_XLSX), "-c", str(FINAL), "--panel", str(PANEL),
                                 "-n", "200", "--seed", "1"])
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    assert "Tahap penilaian indikator (skor indikator semua kandidat yang memenuhi syarat)" in text
    assert "Tahap akhir (yang diputuskan): skor akhir = 60% skor indikator + 40% skor wawancara" in text
    assert "Tanpa Juri 4: tiga besar tetap." in text


def test_criteria_without_stages_say_nothing_of_stages():
    result = analyse(paritrana.evaluate(SAMPLE_XLSX), runs=50, seed=1)
    assert result.stages is None and result.final is None and "final_stage" not in result.to_dict("id")


def test_the_sensitivity_sheet_of_a_staged_report(tmp_path, staged):
    import openpyxl

    from paritrana.report.xlsx.formula_report import write_xlsx

    path = tmp_path / "r.xlsx"
    write_xlsx(staged, path, sensitivity=analyse(staged, runs=200, seed=3))
    ws = openpyxl.load_workbook(path)["Sensitivitas"]
    column_a = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)]
    assert "Tahap akhir (yang diputuskan): skor akhir = 60% skor indikator + 40% skor wawancara" in column_a
    assert "Tanpa Juri 1: tiga besar tetap." in column_a
    # the page of the report's other sheets: landscape A4, fitted to the width, with a title
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage and "Paritrana Award" in ws.oddHeader.left.text
