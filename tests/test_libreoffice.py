"""The Excel report in a real spreadsheet: LibreOffice (headless, recalculation forced) recomputes
every formula of the reports, and of copies in which a weight, a goalpost or a final-stage weight
was changed with openpyxl — and the recalculated workbook must agree with ``paritrana rank``
under criteria carrying that change: every score, rank, the podium's words, the shortlist and,
staged, the interview sheet.

Skipped, with the reason shown, when LibreOffice is not installed (``.ci/run`` installs
``libreoffice-calc`` when it is missing).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import paritrana
from conftest import ROOT, SAMPLE_XLSX, make_workbook, table
from libreoffice import MISSING, recalculated, soffice
from test_expr_excel import CELLS, DERIVED, EXPRESSIONS, VALUES, criteria_value, excel
from test_report_xlsx import write

pytestmark = pytest.mark.skipif(soffice() is None, reason=MISSING)

CRITERIA = ROOT / "criteria"
PANEL = ROOT / "sample_data" / "panel" / "kalbar-2025-juri.xlsx"
FINAL = CRITERIA / "paritrana-kabkota-final.yaml"
CATEGORIES = {"pemda-lengkap": "pemda-lengkap-kalbar-2025.xlsx", "provinsi": "provinsi-2025.xlsx",
              "badan-usaha": "badan-usaha-kalbar-2025.xlsx", "desa": "desa-kalbar-2025.xlsx"}
GEOMETRIC = (CRITERIA / "paritrana-kabkota.yaml").read_text(encoding="utf-8").replace(
    "tiebreak:", "aggregation: geometric\ntiebreak:").replace(
    "normalize: minmax", "normalize: {method: minmax, range: [1, 100]}")


@dataclass(frozen=True)
class Edit:
    """A copy of a report with one cell changed, and the criteria text that carries the change."""

    name: str
    report: str  # which report it copies
    sheet: str
    label: str  # the row whose column A reads this
    column: int  # 1-based column of the changed cell
    value: float
    criteria: str  # the criteria text with the change


def changed(text: str, key: str, old: str, new: str) -> str:
    """``text`` with the first ``old`` after the line of ``key`` replaced by ``new``."""
    at = text.index(f"\n{key}") if f"\n{key}" in text else text.index(key)
    pos = text.index(old, at)
    return text[:pos] + new + text[pos + len(old):]


DEFAULT = (CRITERIA / "paritrana-kabkota.yaml").read_text(encoding="utf-8")
FINAL_TEXT = FINAL.read_text(encoding="utf-8")
EDITS = [
    # capaian 40 → 10: Sekadau overtakes Mempawah, Landak falls to 8th
    Edit("arithmetic-weight", "sample", "Kriteria", "capaian", 3, 10, changed(DEFAULT, "      capaian:", "weight: 40",
                                                                        "weight: 10")),
    # the coverage goalposts 0–100 → 0–50: coverage counts twice as much below 50 %
    Edit("goalpost", "sample", "Kriteria", "cakupan", 8, 50, changed(DEFAULT, "      cakupan:", "max: 100", "max: 50")),
    Edit("geometric-weight", "geometric", "Kriteria", "pertumbuhan", 3, 60,
         changed(GEOMETRIC, "      pertumbuhan:", "weight: 30", "weight: 60")),
    # desk weight capaian 40 → 20: the same five finalists, Sekadau 2nd and Sanggau 4th
    Edit("staged-weight", "staged", "Kriteria", "capaian", 3, 20, changed(FINAL_TEXT, "      capaian:", "weight: 40",
                                                                    "weight: 20")),
    # the final stage 60/40 → 20/40: the interview counts twice as much as the desk score
    Edit("final-weights", "staged", "Wawancara", "Skor indikator", 2, 20,
         changed(FINAL_TEXT, "stages:", "desk: 60", "desk: 20")),
]


def expression_book(path: Path) -> Path:
    """A sheet "Data" with each set of VALUES (x, y in B2:C2, baseline B3:C3 of its own block)
    and one formula per expression beside it."""
    import xlsxwriter

    from paritrana.core.expr_excel import value_formula

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Data")
    for k, values in enumerate(VALUES):
        top = 10 * k
        for (col, row), value in zip(((1, top + 1), (2, top + 1), (1, top + 2), (2, top + 2)), values, strict=True):
            ws.write_number(row, col, value)
        cells = {(name, previous): f"Data!${'B' if name == 'x' else 'C'}${top + (3 if previous else 2)}"
                 for name, previous in CELLS}
        for j, text in enumerate(EXPRESSIONS):
            formula = value_formula(excel(text, lambda n, p, cells=cells: cells.get((n, p))))
            ws.write_formula(top + 4 + j // 8, 4 + j % 8, "=" + formula)
    wb.close()
    return path


@pytest.fixture(scope="module")
def books(tmp_path_factory) -> dict[str, tuple[Path, Path, Any]]:
    """name → (the report, LibreOffice's recalculated copy, what the report was made from)."""
    import openpyxl

    work = tmp_path_factory.mktemp("libreoffice")
    geometric = work / "geometric.yaml"
    geometric.write_text(GEOMETRIC, encoding="utf-8")
    tie_data = make_workbook(work, {"2023": table({"Sanggau": (100, 40), "Landak": (100, 40), "Sambas": (90, 10)}),
                                    "2024": table({"Sanggau": (100, 50), "Landak": (100, 50), "Sambas": (90, 30)})})
    history = ROOT / "sample_data" / "riwayat" / "kalbar-2022-2024.xlsx"
    previous = work / "hasil-2023.json"
    previous.write_text(paritrana.run(history, year=2023).to_json(), encoding="utf-8")
    standardized = work / "standardized.yaml"
    standardized.write_text(FINAL_TEXT.replace("standardize: false", "standardize: true"), encoding="utf-8")
    runs: dict[str, Any] = {
        "sample": paritrana.evaluate(SAMPLE_XLSX),
        # movement since 2023, the history's sheet and charts; the standardisation sheet; the national shortlist
        "rounds": paritrana.evaluate(history, previous=previous, history=True),
        "standardized": paritrana.evaluate(SAMPLE_XLSX, criteria=standardized, panel=PANEL),
        "national": paritrana.evaluate(ROOT / "sample_data" / "nasional", criteria="kabkota-nasional",
                                       top_per_group=3),
        "geometric": paritrana.evaluate(SAMPLE_XLSX, criteria=geometric),
        "staged": paritrana.evaluate(SAMPLE_XLSX, criteria=FINAL, panel=PANEL),
        "ties": paritrana.evaluate(tie_data),
        **{name: paritrana.evaluate(ROOT / "sample_data" / "kategori" / data,
                                    criteria=CRITERIA / f"paritrana-{name}.yaml")
           for name, data in CATEGORIES.items()},
    }
    paths = {name: write(run, work / f"{name}.xlsx") for name, run in runs.items()}
    for edit in EDITS:
        wb = openpyxl.load_workbook(paths[edit.report])
        ws = wb[edit.sheet]
        row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == edit.label)
        ws.cell(row, edit.column).value = edit.value
        paths[edit.name] = work / f"{edit.name}.xlsx"
        wb.save(paths[edit.name])
        runs[edit.name] = edit
    # the rounds report with capaian 40 → 10: the movement follows the new ranks
    moved = EDITS[0]
    wb = openpyxl.load_workbook(paths["rounds"])
    ws = wb[moved.sheet]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == moved.label)
    ws.cell(row, moved.column).value = moved.value
    paths["rounds-weight"] = work / "rounds-weight.xlsx"
    wb.save(paths["rounds-weight"])
    runs["rounds-weight"] = (history, previous, moved)
    paths["expressions"] = expression_book(work / "expressions.xlsx")
    names = list(paths)
    again = recalculated([paths[n] for n in names], work)
    return {n: (paths[n], again[i], runs.get(n)) for i, n in enumerate(names)}


def mismatches(original: Path, again: Path) -> list[str]:
    """The formula cells whose LibreOffice value differs from the value the report stored."""
    import openpyxl

    formulas = openpyxl.load_workbook(original)
    stored = openpyxl.load_workbook(original, data_only=True)
    lo = openpyxl.load_workbook(again, data_only=True)
    out = []
    for ws in formulas.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.startswith("="):
                    a, b = stored[ws.title][c.coordinate].value, lo[ws.title][c.coordinate].value
                    if not same(a, b):
                        out.append(f"{ws.title}!{c.coordinate} {c.value[:80]}: stored {a!r}, LibreOffice {b!r}")
    return out


def same(a: Any, b: Any) -> bool:
    if a in (None, "") and b in (None, ""):
        return True
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    return a == b


@pytest.mark.parametrize("name", ["sample", "geometric", "staged", "ties", "rounds", "standardized", "national",
                                  *CATEGORIES])
def test_libreoffice_computes_every_formula_as_stored(books, name):
    original, again, _ = books[name]
    assert mismatches(original, again) == []


# ---- what-if: a changed weight gives what `paritrana rank` gives ---------------------------------

def ranking(book: Any) -> dict[str, tuple[Any, Any, Any, Any]]:
    """name → (rank, score, note, shortlisted) from the recalculated Ranking sheet."""
    ws = book["Peringkat"]
    header = {ws.cell(6, c).value: c for c in range(1, ws.max_column + 1)}
    out = {}
    for r in range(7, ws.max_row + 1):
        name = ws.cell(r, 2).value
        if not isinstance(ws.cell(r, 1).value, (int, float)):
            break
        mark = ws.cell(r, header["Masuk nominasi"]).value if "Masuk nominasi" in header else None
        out[name] = (ws.cell(r, 1).value, ws.cell(r, 3).value, ws.cell(r, header["Catatan"]).value, mark)
    return out


@pytest.mark.parametrize("edit", EDITS, ids=[e.name for e in EDITS])
def test_a_changed_weight_recalculates_as_paritrana_ranks(books, edit, tmp_path):
    import openpyxl

    _, again, _ = books[edit.name]
    criteria = tmp_path / "changed.yaml"
    criteria.write_text(edit.criteria, encoding="utf-8")
    staged = edit.report == "staged"
    expected = paritrana.run(SAMPLE_XLSX, criteria=criteria, panel=PANEL if staged else None)
    published = books[edit.report][2]
    assert [r.score for r in expected.results] != [r.score for r in published.results]  # the edit counts
    book = openpyxl.load_workbook(again, data_only=True)
    got = ranking(book)
    places = {1: "Juara I", 2: "Juara II", 3: "Juara III"}
    for r in expected.results:
        rank, score, note, mark = got[r.id]
        assert (rank, score) == (r.rank, pytest.approx(r.score, rel=1e-9, abs=1e-9)), r.id
        assert (note or "").startswith(places.get(r.rank, "")) and (r.rank <= 3 or not note), r.id
        if staged:
            assert (mark == "✓") is bool(r.shortlisted), r.id
    assert book["Audit"]["B3"].value == "bobot diubah dari yang diterbitkan"
    assert book["Peringkat"]["A5"].value.startswith("⚠ bobot diubah dari yang diterbitkan")
    if staged:
        interview = book["Wawancara"]
        finals = {interview.cell(r, 2).value: interview.cell(r, 1).value for r in range(1, interview.max_row + 1)
                  if interview.cell(r, 2).value in got and isinstance(interview.cell(r, 1).value, (int, float))}
        assert finals == {r.id: r.rank for r in expected.results if r.stage == "final"}


def test_the_movement_follows_a_changed_weight(books, tmp_path):
    import openpyxl

    _, again, (history, previous, edit) = books["rounds-weight"]
    criteria = tmp_path / "changed.yaml"
    criteria.write_text(edit.criteria, encoding="utf-8")
    expected = paritrana.run(history, criteria=criteria, previous=previous)
    ws = openpyxl.load_workbook(again, data_only=True)["Peringkat"]
    header = {ws.cell(6, c).value: c for c in range(1, ws.max_column + 1)}
    got = {ws.cell(r, 2).value: (ws.cell(r, 1).value, ws.cell(r, header["Perubahan"]).value)
           for r in range(7, 7 + len(expected.results))}
    assert got == {r.id: (r.rank, r.extra["movement"]) for r in expected.results}
    assert any(r.extra["movement"] != m.extra["movement"] for r, m in
               zip(sorted(expected.results, key=lambda r: r.id), sorted(books["rounds"][2].results, key=lambda r: r.id),
                   strict=True))  # the edit moves someone


def test_an_unchanged_report_says_its_weights_are_those_published(books):
    import openpyxl

    book = openpyxl.load_workbook(books["sample"][1], data_only=True)
    assert book["Audit"]["B3"].value == "bobot sesuai yang diterbitkan"
    assert book["Peringkat"]["A5"].value in (None, "")


# ---- the criteria's expressions, computed by LibreOffice ------------------------------------------

def test_libreoffice_computes_each_expression_as_the_criteria_do(books):
    import openpyxl

    ws = openpyxl.load_workbook(books["expressions"][1], data_only=True)["Data"]
    for k, values in enumerate(VALUES):
        for j, text in enumerate(EXPRESSIONS):
            got = ws.cell(10 * k + 5 + j // 8, 5 + j % 8).value
            want = criteria_value(text, values)
            if math.isnan(want):
                assert got in (None, ""), (text, values, got)
            else:
                assert got == pytest.approx(want, rel=1e-12), (text, values)


def test_the_expression_table_uses_every_derived_name():
    # the table above reaches the derived names (written out) and previous()
    assert {"cov", "growth"} <= {name for text in EXPRESSIONS for name in re.findall(r"[a-z]+", text)} >= set(DERIVED)
