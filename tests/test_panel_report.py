"""The jury panel in the Excel report: the Wawancara/Interview and Juri/Jurors sheets and the
stage columns of the Ranking sheet.

Sample (kalbar-2025.xlsx + kalbar-2025-juri.xlsx, paritrana-kabkota-final.yaml), worked by hand:
- Ketapang: desk 90,41, panel 83,44 → final 0,6 × 90,41 + 0,4 × 83,44 = 87,62.
- Sekadau, komitmen: Juri 1–9 gave 75, 71, 91, abstain, 67, 85, 79, 80, 69 → 8 scores; the
  trimmed mean drops 67 and 91: (71 + 75 + 79 + 80 + 85 + 69) / 6 = 459 / 6 = 76,5.
Small fixture (panel_fixtures.REVERSING, mean, final 50/50): panel = 0,75 a + 0,25 b:
  Alpha a (60, 70) → 65, b (40, 60) → 50: 61,25, final 0,5 × 100 + 0,5 × 61,25 = 80,625;
  Beta a 95, b 85: 92,5, final 0,5 × 90 + 0,5 × 92,5 = 91,25; Gamma 50, final 50; Delta desk 0.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import paritrana
from conftest import ROOT, SAMPLE_XLSX
from panel_fixtures import REVERSING, desk_workbook, long_panel, panel_criteria, scores
from test_report_xlsx import check_every_formula, evaluate, find_row, header_map, open_both, write

SAMPLE_PANEL = ROOT / "sample_data" / "panel/kalbar-2025-juri.xlsx"
FINAL_CRITERIA = ROOT / "criteria" / "paritrana-kabkota-final.yaml"
RANKING_HEADER = 6  # 1-based row of the Ranking sheet's column titles


@pytest.fixture(scope="module")
def sample_staged():
    return paritrana.evaluate(SAMPLE_XLSX, criteria=FINAL_CRITERIA, panel=SAMPLE_PANEL)


@pytest.fixture(scope="module")
def books(sample_staged, tmp_path_factory) -> dict[str, tuple[Any, Any]]:
    folder = tmp_path_factory.mktemp("panel-xlsx")
    return {lang: open_both(write(sample_staged, folder / f"{lang}.xlsx", lang)) for lang in ("id", "en")}


def ranking_rows(ws: Any) -> dict[str, dict[str, Any]]:
    """name → {column title: value} for the Ranking sheet (stored values)."""
    cols = header_map(ws, RANKING_HEADER)
    name_col = cols.get("Nama", cols.get("Name"))
    out = {}
    for r in range(RANKING_HEADER + 1, ws.max_row + 1):
        name = ws.cell(r, name_col).value
        if not isinstance(name, str) or ws.cell(r, 1).value is None:
            break
        out[name] = {title: ws.cell(r, c).value for title, c in cols.items()}
    return out


def fixture_result(tmp_path: Path, table: dict | None = None, **kwargs: Any) -> Any:
    panel = long_panel(tmp_path, scores(table or REVERSING))
    return paritrana.evaluate(desk_workbook(tmp_path), criteria=panel_criteria(tmp_path, **kwargs), panel=panel)


# ---- sheets and the Ranking sheet -------------------------------------------------------------

@pytest.mark.parametrize("lang, names", [
    ("id", ["Peringkat", "Wawancara", "Juri", "Rincian", "Data", "Kriteria", "Tidak memenuhi syarat", "Audit"]),
    ("en", ["Ranking", "Interview", "Jurors", "Breakdown", "Data", "Criteria", "Ineligible", "Audit"]),
])
def test_panel_sheets_follow_the_ranking_in_the_output_language(books, lang, names):
    assert books[lang][1].sheetnames == names


def test_ranking_sheet_final_scores_equal_the_json_scores(books, sample_staged):
    data = json.loads(sample_staged.to_json())
    rows = ranking_rows(books["id"][1]["Peringkat"])
    assert len(rows) == 14
    for item in data["results"]:
        row = rows[item["id"]]
        assert row["Skor"] == pytest.approx(item["score"], abs=1e-12), item["id"]
        assert row["Skor indikator"] == pytest.approx(item["desk_score"], abs=1e-12)
        assert row["Peringkat indikator"] == item["desk_rank"]
        assert row["Skor wawancara"] == (None if item["panel_score"] is None else pytest.approx(item["panel_score"]))
        assert row["Masuk nominasi"] == ("✓" if item["shortlisted"] else None)


def test_ranking_sheet_podium_is_ketapang_mempawah_sekadau(books):
    rows = ranking_rows(books["en"][1]["Ranking"])
    podium = sorted((row["Rank"], name) for name, row in rows.items())[:3]
    assert podium == [(1, "Ketapang"), (2, "Mempawah"), (3, "Sekadau")]
    assert rows["Ketapang"]["Score"] == pytest.approx(87.62, abs=0.005)
    assert {"Desk score", "Desk rank", "Panel score", "Shortlisted"} <= set(header_map(books["en"][1]["Ranking"],
                                                                              RANKING_HEADER))


def test_finalists_score_formula_combines_desk_and_panel_on_the_interview_sheet(books):
    formulas, stored = books["id"]
    ws = formulas["Peringkat"]
    cols = header_map(ws, RANKING_HEADER)
    row = find_row(ws, cols["Nama"], "Ketapang")
    formula = ws.cell(row, cols["Skor"]).value
    desk, panel = ws.cell(row, cols["Skor indikator"]).coordinate, ws.cell(row, cols["Skor wawancara"]).coordinate
    mark = ws.cell(row, cols["Masuk nominasi"]).coordinate
    final = f"'Wawancara'!$C$7*{desk}+'Wawancara'!$C$8*{panel}"
    # a finalist (✓, a formula on the desk rank) with a panel score: the final score, else the desk score
    assert formula == f'=IF({mark}="✓",IF(ISNUMBER({panel}),{final},{desk}),{desk})'
    weights = (stored["Wawancara"]["C7"].value, stored["Wawancara"]["C8"].value)
    assert weights == (pytest.approx(0.6), pytest.approx(0.4))
    assert ws.cell(row, cols["Skor wawancara"]).value.startswith("='Wawancara'!$")
    # 0,6 × 90,41 + 0,4 × 83,44 = 87,62
    assert evaluate(formula, stored, "Peringkat") == pytest.approx(87.6207, abs=1e-4)


def test_a_candidate_not_shortlisted_scores_its_desk_score(books):
    formulas, stored = books["id"]
    ws = formulas["Peringkat"]
    cols = header_map(ws, RANKING_HEADER)
    row = find_row(ws, cols["Nama"], "Kota Pontianak")
    stored_row = {title: stored["Peringkat"].cell(row, c).value for title, c in cols.items()}
    assert stored_row["Masuk nominasi"] is None  # desk rank 6 > 5
    desk_rank = ws.cell(row, cols["Peringkat indikator"]).coordinate
    assert ws.cell(row, cols["Masuk nominasi"]).value == f'=IF({desk_rank}<=5,"✓","")'
    assert stored_row["Skor"] == stored_row["Skor indikator"]
    assert stored["Peringkat"].cell(row, cols["Skor wawancara"]).value is None


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_formula_evaluates_to_its_stored_value(books, lang):
    # The Breakdown's finalist weights are the desk weights (global, not × 0,6), so the
    # formulas hold in a spreadsheet that recalculates too.
    assert check_every_formula(*books[lang]) > 100


def test_breakdown_holds_the_desk_contributions_of_finalists(books):
    stored = books["id"][1]["Rincian"]
    cols = header_map(stored, 4)
    row = find_row(stored, cols["Nama"], "Ketapang")  # capaian block first: normalised 100, weight 40%
    assert stored.cell(row, cols["Bobot global"]).value == pytest.approx(0.4)
    assert stored.cell(row, cols["Kontribusi (poin)"]).value == pytest.approx(40.0)


def test_ranking_note_says_how_a_finalist_is_scored(books):
    texts = [c.value for row in books["en"][1]["Ranking"].iter_rows() for c in row if isinstance(c.value, str)]
    assert ('Finalists: Score = 60% × desk score + 40% × panel score ("Interview" sheet); the indicator '
            "contributions make up the desk score. Others: Score = desk score.") in texts


# ---- Interview sheet ----------------------------------------------------------------------------

def test_interview_sheet_has_one_row_per_finalist(books):
    ws = books["id"][1]["Wawancara"]
    header = find_row(ws, 1, "Peringkat akhir")
    cols = header_map(ws, header)
    assert [ws.cell(header + i, cols["Nama"]).value for i in range(1, 6)] == [
        "Ketapang", "Mempawah", "Sekadau", "Landak", "Sanggau"]
    sekadau = header + 3
    assert ws.cell(sekadau, cols["komitmen"]).value == pytest.approx(76.5)
    assert ws.cell(sekadau, cols["Juri"]).value == 8
    assert ws.cell(sekadau, cols["Peringkat indikator"]).value == 3
    ketapang = header + 1
    assert ws.cell(ketapang, cols["Skor wawancara (0–100)"]).value == pytest.approx(83.4429, abs=1e-4)
    assert ws.cell(ketapang, cols["Skor akhir"]).value == pytest.approx(87.6207, abs=1e-4)
    assert ws.cell(ketapang, cols["Skor indikator"]).value == pytest.approx(90.4059, abs=1e-4)


def test_interview_criterion_score_is_a_trimmed_mean_of_the_juror_column(books):
    formulas, stored = books["id"]
    ws = formulas["Wawancara"]
    header = find_row(ws, 1, "Peringkat akhir")
    cols = header_map(ws, header)
    formula = ws.cell(header + 3, cols["komitmen"]).value  # Sekadau
    assert formula.startswith("=(SUM('Juri'!$D$") and "-MAX(" in formula and "/(COUNT(" in formula
    assert evaluate(formula, stored, "Wawancara") == pytest.approx(76.5)  # 459 / 6


def test_interview_sheet_in_english(books):
    ws = books["en"][1]["Interview"]
    texts = {c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    assert {"Final stage weights", "Interview criteria", "Results per finalist", "Final rank", "Panel score (0–100)",
            "Final score", "Desk score", "Commitment of the regional head"} <= texts


# ---- Jurors sheet --------------------------------------------------------------------------------

def test_a_conflicted_score_is_marked_konflik_in_grey_never_zero(books):
    # Juri 4 comes from Sekadau (`asal` in the criteria): its blank Sekadau cells are not counted
    ws = books["id"][1]["Juri"]
    marked = [c for row in ws.iter_rows() for c in row if c.value == "konflik"]
    assert len(marked) == 5  # the totals and the four criteria: Juri 4 on Sekadau
    for c in marked:
        assert ws.cell(c.row, 1).value == "Juri 4"
        header = next(r for r in range(c.row, 0, -1) if ws.cell(r, 1).value == "Juri")
        assert ws.cell(header, c.column).value == "Sekadau"
        assert c.font.i and c.font.color.rgb.endswith("808080")
    assert not [c for row in ws.iter_rows() for c in row if c.value == "abstain"]
    zeros = [c for row in ws.iter_rows() for c in row if c.value == 0]
    assert zeros == []


def test_jurors_matrix_holds_the_scores_as_read(books, sample_staged):
    ws = books["id"][1]["Juri"]
    first = sample_staged.panel.scores[0]  # Juri 1 on Ketapang, komitmen
    block = find_row(ws, 1, "komitmen — Komitmen kepala daerah (bobot 30%)")
    assert ws.cell(block + 1, 2).value == "Ketapang"
    assert ws.cell(block + 2, 1).value == "Juri 1" and ws.cell(block + 2, 2).value == first.value


def test_diagnostics_on_the_jurors_sheet(books, sample_staged):
    ws = books["id"][1]["Juri"]
    d = sample_staged.panel.diagnostics
    row = find_row(ws, 1, "Kesepakatan urutan antarjuri, W Kendall")
    assert ws.cell(row, 2).value == pytest.approx(d.kendall_w)
    assert ws.cell(row, 3).value == "lemah"  # 0,3 ≤ W = 0,46 < 0,5
    assert ws.cell(row, 4).value.startswith("juri yang dihitung (8): Juri 1, Juri 2, Juri 3, Juri 5")  # not Juri 4
    juri3 = find_row(ws, 1, "Juri 3", start=find_row(ws, 1, "Analisis penilaian juri"))
    assert ws.cell(juri3, 3).value == pytest.approx(d.jurors[2].severity)
    assert ws.cell(juri3, 4).value == pytest.approx(d.jurors[2].spearman)
    juri4 = juri3 + 1
    assert (ws.cell(juri4, 2).value, ws.cell(juri4, 5).value) == (16, None)  # Sekadau: a conflict, not an abstention
    spread = find_row(ws, 1, "Perbedaan pendapat (total per juri), terbesar lebih dulu")
    assert ws.cell(spread + 2, 1).value == "Sekadau"
    assert ws.cell(spread + 2, 3).value == pytest.approx(d.disagreement[0].std)


def test_jurors_sheet_in_english(books):
    ws = books["en"][1]["Jurors"]
    texts = {c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    assert {"Jurors' scores per finalist", "Jury diagnostics", "Agreement and reliability of the jury", "weak",
            "Severity", "Abstained", "Disagreement (juror totals), largest first"} <= texts


# ---- the small fixture: other aggregations, scales and the desk-only case ------------------------

def test_hand_worked_final_scores_and_order(tmp_path):
    formulas, stored = open_both(write(fixture_result(tmp_path), tmp_path / "r.xlsx"))
    rows = ranking_rows(stored["Peringkat"])
    assert [(rows[n]["Peringkat"], rows[n]["Skor"]) for n in ("Beta", "Alpha", "Gamma", "Delta")] == [
        (1, pytest.approx(91.25)), (2, pytest.approx(80.625)), (3, pytest.approx(50.0)), (4, pytest.approx(0.0))]
    assert rows["Delta"]["Masuk nominasi"] is None and rows["Delta"]["Skor wawancara"] is None
    header = find_row(formulas["Wawancara"], 1, "Peringkat akhir")
    cols = header_map(formulas["Wawancara"], header)
    # Juri: totals at rows 4–7 (title, header, J1, J2), then criterion a: title 9, header 10, J1–J2 11–12
    assert formulas["Wawancara"].cell(header + 1, cols["a"]).value == "=AVERAGE('Juri'!$B$11:$B$12)"  # Beta
    check_every_formula(formulas, stored)


def test_median_panel_uses_the_median_formula(tmp_path):
    table = {**REVERSING, "J3": {"Alpha": (0, 0), "Beta": (100, 100), "Gamma": (50, 50)}}
    result = fixture_result(tmp_path, table, aggregation="median")
    formulas, stored = open_both(write(result, tmp_path / "r.xlsx"))
    header = find_row(formulas["Wawancara"], 1, "Peringkat akhir")
    cols = header_map(formulas["Wawancara"], header)
    names = [stored["Wawancara"].cell(header + i, cols["Nama"]).value for i in (1, 2, 3)]
    alpha = header + 1 + names.index("Alpha")
    assert formulas["Wawancara"].cell(alpha, cols["a"]).value.startswith("=MEDIAN(")
    assert stored["Wawancara"].cell(alpha, cols["a"]).value == 60  # median of 60, 70, 0

    check_every_formula(formulas, stored)


def test_a_scale_other_than_0_100_gets_its_own_column(tmp_path):
    criteria = panel_criteria(tmp_path)
    criteria.write_text(criteria.read_text().replace("scale: [0, 100]", "scale: [0, 10]"))
    table = {"J1": {"Alpha": (6, 4), "Beta": (9, 8), "Gamma": (5, 5)}}
    result = paritrana.evaluate(desk_workbook(tmp_path), criteria=criteria, panel=long_panel(tmp_path, scores(table)))
    formulas, stored = open_both(write(result, tmp_path / "r.xlsx", "en"))
    ws = formulas["Interview"]
    header = find_row(ws, 1, "Final rank")
    cols = header_map(ws, header)
    # Beta: 0,75 × 9 + 0,25 × 8 = 8,75 on 0–10 → 87,5 of 100
    assert stored["Interview"].cell(header + 1, cols["Panel score (scale 0–10)"]).value == pytest.approx(8.75)
    assert stored["Interview"].cell(header + 1, cols["Panel score (0–100)"]).value == pytest.approx(87.5)
    assert ws.cell(header + 1, cols["Panel score (0–100)"]).value.startswith("=100*(")
    check_every_formula(formulas, stored)


def test_standardised_scores_are_numbers_not_formulas(tmp_path):
    result = fixture_result(tmp_path, standardize="true")
    formulas, stored = open_both(write(result, tmp_path / "r.xlsx"))
    ws = formulas["Wawancara"]
    header = find_row(ws, 1, "Peringkat akhir")
    cols = header_map(ws, header)
    value = ws.cell(header + 1, cols["a"]).value
    assert isinstance(value, float)
    assert value == pytest.approx(result.panel.rows[0].criteria["a"])
    check_every_formula(formulas, stored)


def test_a_juror_without_a_row_for_a_finalist_is_a_dash_not_abstain(tmp_path):
    table = {**REVERSING, "J3": {"Alpha": (80, 80)}}  # J3 has no rows for Beta and Gamma
    formulas, stored = open_both(write(fixture_result(tmp_path, table), tmp_path / "r.xlsx"))
    ws = stored["Juri"]
    row = find_row(ws, 1, "J3")
    assert [ws.cell(row, c).value for c in (2, 3, 4)] == ["–", 80, "–"]  # Beta, Alpha, Gamma
    check_every_formula(formulas, stored)


def test_stages_without_panel_scores_show_the_shortlist_and_no_panel_sheets(tmp_path):
    result = paritrana.evaluate(desk_workbook(tmp_path), criteria=panel_criteria(tmp_path))
    formulas, stored = open_both(write(result, tmp_path / "r.xlsx", "en"))
    assert "Interview" not in stored.sheetnames and "Jurors" not in stored.sheetnames
    cols = header_map(stored["Ranking"], RANKING_HEADER)
    assert "Panel score" not in cols and {"Desk score", "Desk rank", "Shortlisted"} <= set(cols)
    rows = ranking_rows(stored["Ranking"])
    assert [rows[n]["Shortlisted"] for n in ("Alpha", "Beta", "Gamma", "Delta")] == ["✓", "✓", "✓", None]
    texts = [c.value for row in stored["Ranking"].iter_rows() for c in row if isinstance(c.value, str)]
    assert "Final stage not scored (no jury scores): Score = desk score; ✓ = shortlisted." in texts
    check_every_formula(formulas, stored)


def test_cli_writes_the_panel_sheets(tmp_path, runner):
    from paritrana.cli.app import app

    out = tmp_path / "laporan.xlsx"
    result = runner.invoke(app, ["rank", str(SAMPLE_XLSX), "-c", str(FINAL_CRITERIA), "--panel", str(SAMPLE_PANEL),
                                 "-o", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    import openpyxl

    assert openpyxl.load_workbook(out, read_only=True).sheetnames[:3] == ["Ranking", "Interview", "Jurors"]
