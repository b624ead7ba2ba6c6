"""The jury in the Excel report (issue 15): conflicts of interest on the Juri sheet and the Audit
sheet, "konflik" in the score matrix, the agreement statistics from the diagnostics, and the raw
and standardised scores side by side.

Desk (panel_fixtures): Alpha 100, Beta 90, Gamma 50, Delta 0; shortlist of three; panel score
0.75 a + 0.25 b; final = ½ desk + ½ panel; mean of the jurors. The staged run with conflicts:

    jurors J1, J2, J3 (asal Beta), J4 (declared, no scores)
    J1 must not score Gamma — lifted by the chair ("J1 pindah tugas sebelum 2024")
    J3 scores Beta 10 and 10 anyway: not counted
    Beta: a = b = (60 + 80) / 2 = 70 over J1 and J2; Gamma: (70 + 50 + 60) / 3 = 60 (the lift counts J1)
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

import paritrana
from conftest import write_criteria
from panel_fixtures import desk_workbook, long_panel, panel_criteria, scores
from test_report_xlsx import check_every_formula, find_row, open_both, write

TABLE = {
    "J1": {"Alpha": (80, 80), "Beta": (60, 60), "Gamma": (70, 70)},
    "J2": {"Alpha": (90, 90), "Beta": (80, 80), "Gamma": (50, 50)},
    "J3": {"Alpha": (70, 70), "Beta": (10, 10), "Gamma": (60, 60)},
}
CONFLICTS = ("  jurors: [J1, J2, {name: J3, asal: Beta}, J4]\n  conflicts:\n    J1: [Gamma]\n  overrides:\n"
             "    - {juror: J1, candidate: Gamma, reason: J1 pindah tugas sebelum 2024}\n")
# Standardised: J1 gives Alpha 60, Beta 80, Gamma 70 on both criteria, J2 ten more on each.
# m_1 = 70, m_2 = 80; s_1 = s_2 = √((100 + 100 + 0) × 2 / 6) = √(200/3); M = 75; S = √(800/12) = √(200/3).
# x′ = (x − m_j) / s_j × S + M = x − m_j + 75: J1's 60 and J2's 70 both become 65.
EVEN = {"J1": {"Alpha": (60, 60), "Beta": (80, 80), "Gamma": (70, 70)},
        "J2": {"Alpha": (70, 70), "Beta": (90, 90), "Gamma": (80, 80)}}


def criteria_with(tmp_path: Path, extra: str, **kw: Any) -> Path:
    text = panel_criteria(tmp_path, **kw).read_text(encoding="utf-8")
    return write_criteria(tmp_path, text.replace("panel:\n", "panel:\n" + extra, 1), name="konflik.yaml")


@pytest.fixture(scope="module")
def conflicted(tmp_path_factory) -> tuple[Any, Any, Any]:
    """(the run, its report's formulas, its stored values)."""
    tmp = tmp_path_factory.mktemp("jury")
    run = paritrana.evaluate(desk_workbook(tmp), criteria=criteria_with(tmp, CONFLICTS),
                             panel=long_panel(tmp, scores(TABLE)))
    formulas, stored = open_both(write(run, tmp / "konflik.xlsx"))
    return run, formulas, stored


@pytest.fixture(scope="module")
def standardized(tmp_path_factory) -> tuple[Any, Any, Any]:
    tmp = tmp_path_factory.mktemp("standardized")
    run = paritrana.evaluate(desk_workbook(tmp), criteria=criteria_with(tmp, "", standardize="true"),
                             panel=long_panel(tmp, scores(EVEN)))
    formulas, stored = open_both(write(run, tmp / "baku.xlsx"))
    return run, formulas, stored


def texts(ws: Any) -> list[str]:
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


# ---- the Juri sheet: conflicts -----------------------------------------------------------------


def test_the_conflict_matrix_shows_each_declared_conflict_and_the_lifted_one(conflicted):
    _, _, stored = conflicted
    ws = stored["Juri"]
    header = find_row(ws, 1, "Juri", start=find_row(ws, 1, "Konflik kepentingan (juri × finalis)"))
    columns = {ws.cell(header, c).value: c for c in range(2, 5)}
    assert list(columns) == ["Alpha", "Beta", "Gamma"]
    cells = {(ws.cell(r, 1).value, name): ws.cell(r, col).value
             for r in range(header + 1, header + 5) for name, col in columns.items()}
    assert {k: v for k, v in cells.items() if v} == {("J3", "Beta"): "konflik kepentingan", ("J1", "Gamma"): "dicabut"}
    assert ws.cell(header + 4, 1).value == "J4"  # declared without scores: listed, no conflict


def test_a_conflict_cell_is_grey(conflicted):
    _, _, stored = conflicted
    ws = stored["Juri"]
    cell = next(c for row in ws.iter_rows() for c in row if c.value == "konflik kepentingan")
    assert cell.fill.fgColor.rgb.endswith("D9D9D9")


def test_a_line_per_conflict_under_the_matrix(conflicted):
    _, _, stored = conflicted
    lines = texts(stored["Juri"])
    assert "Beta dinilai oleh 2 juri; juri dari Beta (J3) tidak dihitung (konflik kepentingan)" in lines
    assert "Konflik kepentingan J1 dengan Gamma dicabut oleh ketua tim juri: J1 pindah tugas sebelum 2024" in lines


def test_the_score_matrix_says_konflik_not_abstain_and_the_value_written_is_not_there(conflicted):
    _, formulas, stored = conflicted
    ws = stored["Juri"]
    block = find_row(ws, 1, "a — Komitmen (bobot 75%)")
    j3 = find_row(ws, 1, "J3", start=block)
    assert (ws.cell(j3, 2).value, ws.cell(j3, 3).value, ws.cell(j3, 4).value) == (70, "konflik", 60)
    assert "abstain" not in texts(ws)
    # the Interview sheet's mean leaves the text out: Beta's a = (60 + 80) / 2 = 70
    interview = stored["Wawancara"]
    beta = find_row(interview, 2, "Beta")
    header = find_row(interview, 1, "Peringkat akhir")
    col_a = next(c for c in range(1, 12) if interview.cell(header, c).value == "a")
    assert interview.cell(beta, col_a).value == pytest.approx(70)
    assert formulas["Wawancara"].cell(beta, col_a).value.startswith("=AVERAGE('Juri'!")


def test_the_jurors_table_has_a_conflicts_column_beside_the_abstentions(conflicted):
    _, _, stored = conflicted
    ws = stored["Juri"]
    header = find_row(ws, 1, "Juri", start=find_row(ws, 1, "Analisis penilaian juri"))
    assert (ws.cell(header, 5).value, ws.cell(header, 6).value) == ("Abstain", "Konflik kepentingan")
    j3 = find_row(ws, 1, "J3", start=header)
    assert (ws.cell(j3, 5).value, ws.cell(j3, 6).value) == (None, "Beta")  # a conflict, not an abstention


def test_every_formula_of_the_conflicted_report_computes_its_stored_value(conflicted):
    _, formulas, stored = conflicted
    assert check_every_formula(formulas, stored) > 0


# ---- the Juri sheet: agreement ---------------------------------------------------------------


def test_agreement_rows_come_from_the_diagnostics(conflicted):
    run, _, stored = conflicted
    ws = stored["Juri"]
    d = run.panel.diagnostics
    kendall = find_row(ws, 1, "Kesepakatan urutan antarjuri, W Kendall")
    icc = find_row(ws, 1, "Keandalan rata-rata nilai tim juri, ICC(2,k)")
    alpha = find_row(ws, 1, "Kesepakatan nilai antarjuri, α Krippendorff (interval)")
    assert ws.cell(kendall, 2).value == pytest.approx(d.kendall_w)
    assert ws.cell(icc, 2).value == (None if d.reliability is None else pytest.approx(d.reliability.icc.value))
    assert ws.cell(alpha, 2).value == (None if d.alpha is None else pytest.approx(d.alpha))
    assert ws.cell(find_row(ws, 1, "Ukuran"), 2).value == "Nilai"


def test_the_icc_row_gives_its_confidence_interval_and_who_was_left_out(tmp_path):
    # the sample: Juri 4 does not score Sekadau (conflict), so ICC(2,k) uses 8 jurors × 5 finalists
    from conftest import ROOT, SAMPLE_XLSX

    run = paritrana.evaluate(SAMPLE_XLSX, criteria=ROOT / "criteria" / "paritrana-kabkota-final.yaml",
                             panel=ROOT / "sample_data" / "panel" / "kalbar-2025-juri.xlsx")
    ws = open_both(write(run, tmp_path / "r.xlsx"))[1]["Juri"]
    icc = run.panel.diagnostics.reliability.icc
    row = find_row(ws, 1, "Keandalan rata-rata nilai tim juri, ICC(2,k)")
    assert ws.cell(row, 2).value == pytest.approx(icc.value)
    assert ws.cell(row, 3).value == "baik"  # 0,75 ≤ 0,79 < 0,9 (Koo & Li)
    low, high = (f"{v:.2f}".replace(".", ",") for v in (icc.low, icc.high))
    assert ws.cell(row, 4).value == f"selang kepercayaan 95%: {low}–{high}; 8 juri × 5 finalis; tidak ikut dihitung: Juri 4"


def test_the_leave_one_out_lists_the_podium_without_each_juror(conflicted):
    run, _, stored = conflicted
    ws = stored["Juri"]
    header = find_row(ws, 1, "Tanpa juri")
    rows = {ws.cell(r, 1).value: (ws.cell(r, 2).value, ws.cell(r, 3).value) for r in range(header + 1, header + 4)}
    for x in run.panel.diagnostics.leave_one_out:
        if x.not_computable is None:
            places = ", ".join(str(p) for p in x.groups[0].changed_places) or "tidak ada"
            assert rows[x.juror] == (places, ", ".join(x.groups[0].without))
        else:
            assert rows[x.juror] == ("–", x.not_computable.render("id"))


def test_the_agreement_is_in_english_too(conflicted, tmp_path):
    run = conflicted[0]
    ws = open_both(write(run, tmp_path / "en.xlsx", "en"))[1]["Jurors"]
    assert {"Agreement and reliability of the jury", "Agreement on the order, Kendall's W",
            "Reliability of the jury's mean score, ICC(2,k)", "Conflicts of interest (juror × finalist)", "lifted",
            "conflict of interest", "conflict"} <= set(texts(ws))


# ---- the Audit sheet -------------------------------------------------------------------------


def test_the_audit_lists_each_conflict_with_where_it_was_declared_and_the_lift(conflicted):
    _, _, stored = conflicted
    ws = stored["Audit"]
    header = find_row(ws, 1, "Juri", start=find_row(ws, 1, "Konflik kepentingan yang dinyatakan"))
    assert [ws.cell(header, c).value for c in range(1, 5)] == ["Juri", "Kandidat", "Dinyatakan di",
                                                               "Dicabut ketua tim juri"]
    where = str(ws.cell(header + 1, 3).value).split(", ", 1)[1]  # the criteria file, as its path was given
    assert where.endswith("konflik.yaml")
    assert [ws.cell(header + 1, c).value for c in range(1, 5)] == [
        "J1", "Gamma", f"berkas kriteria (`conflicts`), {where}",
        f"ya: J1 pindah tugas sebelum 2024 ({where})"]
    assert [ws.cell(header + 2, c).value for c in range(1, 5)] == [
        "J3", "Beta", f'`asal` juri ("Beta"), {where}', "tidak (tidak dihitung)"]


def test_the_audit_lists_the_scores_filled_in_despite_a_conflict(conflicted):
    _, _, stored = conflicted
    ws = stored["Audit"]
    header = find_row(ws, 1, "Juri",
                      start=find_row(ws, 1, "Nilai yang terisi padahal ada konflik kepentingan (tidak dihitung)"))
    # the long sheet: header row 1, J1's six rows, J2's six, J3's Alpha (rows 14–15), Beta a and b in 16–17
    assert [[ws.cell(r, c).value for c in range(1, 5)] for r in (header + 1, header + 2)] == [
        ["J3", "Beta · a", "juri.xlsx › Nilai!D16", 10], ["J3", "Beta · b", "juri.xlsx › Nilai!D17", 10]]


def test_the_audit_lists_the_jury_files_and_the_jurors_without_scores(conflicted):
    run, _, stored = conflicted
    ws = stored["Audit"]
    row = find_row(ws, 1, "Buku kerja", start=find_row(ws, 1, "Berkas nilai juri"))
    assert ws.cell(row, 2).value == run.panel.sources[0].path
    assert (ws.cell(row + 1, 1).value, ws.cell(row + 1, 2).value) == ("SHA-256", run.panel.sources[0].sha256)
    assert (ws.cell(row + 2, 1).value, ws.cell(row + 2, 2).value) == ("Juri", "J1, J2, J3")
    missing = find_row(ws, 1, "Anggota tim juri tanpa nilai")
    assert ws.cell(missing, 2).value == "J4"


# ---- raw and standardised side by side -----------------------------------------------------------


def test_a_standardised_panel_gets_its_own_sheet_after_the_jurors(standardized):
    assert standardized[2].sheetnames[:4] == ["Peringkat", "Wawancara", "Juri", "Standardisasi"]


def test_a_panel_that_does_not_standardise_has_no_standardisation_sheet(conflicted):
    assert "Standardisasi" not in conflicted[2].sheetnames


def test_the_standardisation_block_holds_m_and_s_and_each_jurors_mean_and_spread(standardized):
    _, formulas, stored = standardized
    ws = stored["Standardisasi"]
    spread = math.sqrt(200 / 3)  # see the module doc
    assert ws.cell(find_row(ws, 1, "M (rata-rata semua nilai)"), 2).value == pytest.approx(75)
    assert ws.cell(find_row(ws, 1, "S (simpangan baku gabungan dalam-juri)"), 2).value == pytest.approx(spread)
    header = find_row(ws, 1, "Juri")
    assert [ws.cell(header, c).value for c in range(1, 5)] == ["Juri", "m_j (rata-rata juri)",
                                                               "s_j (simpangan baku juri)", "n (jumlah nilai)"]
    assert [[ws.cell(r, c).value for c in range(1, 5)] for r in (header + 1, header + 2)] == [
        ["J1", pytest.approx(70), pytest.approx(spread), 6], ["J2", pytest.approx(80), pytest.approx(spread), 6]]
    assert formulas["Standardisasi"].cell(header + 1, 2).value.startswith("=SUMPRODUCT(")


def test_each_score_raw_beside_standardised_with_the_formula(standardized):
    _, formulas, stored = standardized
    ws = stored["Standardisasi"]
    header = find_row(ws, 1, "Juri", start=find_row(ws, 1, "Setiap nilai, sebelum dan sesudah standardisasi"))
    assert [ws.cell(header, c).value for c in range(1, 10)] == [
        "Juri", "Finalis", "Kriteria", "Nilai mentah", "Setelah standardisasi", "Catatan", "Berkas", "Lembar", "Sel"]
    rows = {(ws.cell(r, 1).value, ws.cell(r, 2).value, ws.cell(r, 3).value): r for r in range(header + 1, header + 13)}
    j1, j2 = rows[("J1", "Alpha", "a")], rows[("J2", "Alpha", "a")]
    # J1's 60 and J2's 70 on Alpha both become 65: the lenient juror's +10 is gone
    assert (ws.cell(j1, 4).value, ws.cell(j1, 5).value) == (60, pytest.approx(65))
    assert (ws.cell(j2, 4).value, ws.cell(j2, 5).value) == (70, pytest.approx(65))
    assert (ws.cell(j1, 7).value, ws.cell(j1, 8).value, ws.cell(j1, 9).value) == ("juri.xlsx", "Nilai", "D2")
    assert formulas["Standardisasi"].cell(j1, 5).value.startswith(f"=IF($C${header - 5}>1E-12")
    assert "x′ = (x − m_j) / s_j × S + M" in ws.cell(2, 1).value


def test_every_formula_of_the_standardisation_sheet_computes_its_stored_value(standardized):
    _, formulas, stored = standardized
    assert check_every_formula(formulas, stored) > 0


def test_an_abstention_and_a_conflict_leave_both_cells_empty(tmp_path):
    table = {**TABLE, "J2": {**TABLE["J2"], "Alpha": ("", 90)}}
    run = paritrana.evaluate(desk_workbook(tmp_path), criteria=criteria_with(tmp_path, CONFLICTS, standardize="true"),
                             panel=long_panel(tmp_path, scores(table)))
    ws = open_both(write(run, tmp_path / "r.xlsx"))[1]["Standardisasi"]
    rows = {(ws.cell(r, 1).value, ws.cell(r, 2).value, ws.cell(r, 3).value): r for r in range(1, ws.max_row + 1)}
    abstained, conflict = rows[("J2", "Alpha", "a")], rows[("J3", "Beta", "a")]
    assert [ws.cell(abstained, c).value for c in (4, 5, 6)] == [None, None, "abstain"]
    assert [ws.cell(conflict, c).value for c in (4, 5, 6)] == [None, None, "konflik"]
