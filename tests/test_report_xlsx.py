"""The Excel report: sheets in both languages, live formulas whose stored results are what
the formulas compute, the chart, atomic writes, --force, and no formula injection.

Formula checks open each workbook twice: ``data_only=False`` gives the formulas,
``data_only=True`` the results xlsxwriter stored. ``evaluate()`` below is a small evaluator
of the Excel subset the report uses; it recomputes every formula from the stored values of
the cells it references.
"""

from __future__ import annotations

import math
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from conftest import (
    SAMPLE_XLSX,
    make_csv,
    make_workbook,
    one_column_workbook,
    one_indicator_criteria,
    sha256,
    write_criteria,
)
from excel_eval import check_every_formula, evaluate

CREATED = datetime(2025, 9, 24, 10, 30, tzinfo=UTC)
COMMAND = ["/usr/bin/paritrana", "rank", "kalbar-2025.xlsx", "--output", "report.xlsx"]
SHEETS_ID = ["Peringkat", "Rincian", "Data", "Kriteria", "Tidak memenuhi syarat", "Audit"]
SHEETS_EN = ["Ranking", "Breakdown", "Data", "Criteria", "Ineligible", "Audit"]


def write(result: Any, path: Path, lang: str = "id") -> Path:
    from paritrana.report.xlsx.formula_report import write_xlsx

    write_xlsx(result, path, lang=lang, command=COMMAND, created=CREATED)
    return path


def open_both(path: Path) -> tuple[Any, Any]:
    import openpyxl

    return openpyxl.load_workbook(path, data_only=False), openpyxl.load_workbook(path, data_only=True)


@pytest.fixture(scope="module")
def sample_books(tmp_path_factory) -> dict[str, tuple[Any, Any]]:
    import paritrana

    result = paritrana.evaluate(SAMPLE_XLSX)
    folder = tmp_path_factory.mktemp("xlsx")
    return {lang: open_both(write(result, folder / f"report-{lang}.xlsx", lang)) for lang in ("id", "en")}


def rows_of(ws: Any, first: int) -> list[list[Any]]:
    return [list(r) for r in ws.iter_rows(min_row=first, values_only=True)]


def header_map(ws: Any, row: int) -> dict[str, int]:
    return {c.value: c.column for c in ws[row] if c.value is not None}


def find_row(ws: Any, col: int, value: Any, start: int = 1) -> int:
    for r in range(start, ws.max_row + 1):
        if ws.cell(r, col).value == value:
            return r
    raise AssertionError(f"{value!r} not in column {col} of {ws.title}")


def test_evaluator_knows_excel_precedence():
    # The evaluator itself must be right for the checks below to mean anything.
    class Book(dict):
        pass

    assert evaluate("=1+2*3^2", Book(), "S") == 19
    assert evaluate("=IF(2=2,100,0)", Book(), "S") == 100
    assert evaluate("=MAX(0,MIN(100,100*(150-0)/(100-0)))", Book(), "S") == 100


# ---- sheets and contents -------------------------------------------------------------------

@pytest.mark.parametrize("lang, names", [("id", SHEETS_ID), ("en", SHEETS_EN)])
def test_sheet_names_follow_the_output_language(sample_books, lang, names):
    formulas, _ = sample_books[lang]
    assert formulas.sheetnames == names


def test_ranking_sheet_has_the_titles_and_the_sample_podium(sample_books):
    _, stored = sample_books["id"]
    ws = stored["Peringkat"]
    assert ws["A1"].value == "Hasil pemeringkatan"
    assert ws["A2"].value == "Paritrana Award — Pemerintah Kabupaten/Kota"
    assert ws["A3"].value == "Tahun yang dinilai: 2024 · Tahun pembanding: 2023"
    assert [c.value for c in ws[6]][:3] == ["Peringkat", "Nama", "Skor"]
    top = [(ws.cell(r, 1).value, ws.cell(r, 2).value) for r in (7, 8, 9)]
    assert top == [(1, "Ketapang"), (2, "Mempawah"), (3, "Sekadau")]
    # 90,41 / 41,92 / 39,37 as in sample_data/README.md
    assert [round(ws.cell(r, 3).value, 2) for r in (7, 8, 9)] == [90.41, 41.92, 39.37]


def test_ranking_sheet_in_english(sample_books):
    _, stored = sample_books["en"]
    ws = stored["Ranking"]
    assert ws["A1"].value == "Ranking results"
    assert ws["A3"].value == "Assessed year: 2024 · Baseline year: 2023"
    assert [c.value for c in ws[6]][:3] == ["Rank", "Name", "Score"]


def test_the_podium_is_a_conditional_format_on_the_rank(sample_books):
    # Fills follow the rank formula (a changed weight moves them), one rule per place; the
    # name column's rule is bold too.
    formulas, _ = sample_books["id"]
    ws = formulas["Peringkat"]
    rules = {(str(cf.sqref), rule.formula[0]): rule for cf in ws.conditional_formatting for rule in cf.rules}
    assert set(rules) == {(rng, f"$A7={p}") for p in (1, 2, 3) for rng in ("B7:B20", "A7:A20 C7:G20")}
    gold = rules[("B7:B20", "$A7=1")].dxf
    assert gold.fill.bgColor.rgb.endswith("FFC000") and gold.font.b
    assert ws.cell(7, 2).fill.fgColor.rgb in (None, "00000000")  # no fill written into the cells


def test_podium_fills_differ_in_greyscale():
    from paritrana.report.xlsx.podium import PODIUM_FILLS, luminance

    # gold #FFC000: 0,299 × 255 + 0,587 × 192 + 0,114 × 0 = 189,0; silver #D2D2D2: 210; bronze 233,5
    greys = [luminance(PODIUM_FILLS[p]) for p in (1, 2, 3)]
    assert greys == pytest.approx([189.0, 210.0, 233.5], abs=0.1)
    assert min(b - a for a, b in zip(greys, greys[1:], strict=False)) >= 15


def test_ranking_scores_are_sums_of_breakdown_contributions(sample_books):
    formulas, stored = sample_books["id"]
    score = formulas["Peringkat"]["C7"].value
    refs = re.findall(r"'Rincian'!\$M\$(\d+)", score)
    assert score.count("+") == 2 and len(refs) == 3
    assert sum(stored["Rincian"][f"M{r}"].value for r in refs) == pytest.approx(stored["Peringkat"]["C7"].value)


def test_ranking_indicator_columns_show_contributions(sample_books):
    _, stored = sample_books["id"]
    ws = stored["Peringkat"]
    headers = header_map(ws, 6)
    cakupan = headers["Cakupan kepesertaan (%)"]
    # Ketapang: cakupan 68,02 % on goalposts 0–100, weight 30 % → 20,41 points
    assert ws.cell(7, cakupan).value == pytest.approx(0.3 * 100 * 122318 / 179827)


def test_breakdown_row_traces_ketapang_coverage(sample_books):
    formulas, stored = sample_books["id"]
    ws, fs = stored["Rincian"], formulas["Rincian"]
    h = header_map(ws, 4)
    row = next(r for r in range(5, ws.max_row + 1)
               if ws.cell(r, h["Nama"]).value == "Ketapang" and ws.cell(r, h["Kode"]).value == "cakupan")
    assert ws.cell(row, h["Nilai mentah"]).value == pytest.approx(100 * 122318 / 179827)
    assert (ws.cell(row, h["Min / batas bawah"]).value, ws.cell(row, h["Maks / batas atas"]).value) == (0, 100)
    assert ws.cell(row, h["Arah"]).value == "makin tinggi makin baik"
    assert ws.cell(row, h["Metode"]).value == "target"
    assert ws.cell(row, h["Nilai ternormalisasi"]).value == pytest.approx(68.0198, abs=1e-4)
    assert ws.cell(row, h["Bobot global"]).value == pytest.approx(0.3)
    assert ws.cell(row, h["Kontribusi (poin)"]).value == pytest.approx(20.406, abs=1e-3)
    assert fs.cell(row, h["Nilai ternormalisasi"]).value.startswith("=MAX(0,MIN(100,100*(E")
    assert fs.cell(row, h["Bobot global"]).value == "='Kriteria'!$E$8"


def test_breakdown_minmax_uses_the_group_block(sample_books):
    formulas, stored = sample_books["id"]
    ws, fs = stored["Rincian"], formulas["Rincian"]
    h = header_map(ws, 4)
    # capaian block: rows 5..18 (14 candidates by rank); min 11.199 (Melawi), max 122.318 (Ketapang)
    assert ws.cell(5, h["Kode"]).value == "capaian" and ws.cell(18, h["Kode"]).value == "capaian"
    assert fs.cell(5, h["Min / batas bawah"]).value == "=MIN($E$5:$E$18)"
    assert ws.cell(5, h["Min / batas bawah"]).value == 11199
    assert ws.cell(5, h["Maks / batas atas"]).value == 122318
    assert fs.cell(6, h["Nilai ternormalisasi"]).value == "=IF(J6=I6,100,100*(E6-I6)/(J6-I6))"


def test_breakdown_in_english(sample_books):
    _, stored = sample_books["en"]
    h = header_map(stored["Breakdown"], 4)
    assert {"Raw value", "Min / lower goalpost", "Max / upper goalpost", "Direction", "Normalised",
            "Global weight", "Contribution (points)"} <= set(h)
    assert stored["Breakdown"].cell(5, h["Direction"]).value == "higher is better"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_formula_evaluates_to_its_stored_value(sample_books, lang):
    formulas, stored = sample_books[lang]
    # 42 breakdown rows × (rank, raw value, min, max, normalised, weight, contribution) — the
    # cakupan rows' min and max read the goalposts on the Criteria sheet; 14 × (score + 3 parts +
    # rank + note) and the "weights changed" line on the Ranking sheet; 3 local + 3 global
    # weights + 1 aspect share on the Criteria sheet; on the Audit sheet the flag and the 6
    # published cells (1 aspect + 3 indicator weights + 2 goalposts) as they are now
    assert check_every_formula(formulas, stored) == 42 * 7 + 14 * 6 + 1 + 7 + 1 + 6


def test_stored_results_are_paritranas_numbers(sample_books, sample_result):
    _, stored = sample_books["id"]
    ws = stored["Rincian"]
    h = header_map(ws, 4)
    for r in range(5, ws.max_row + 1):
        cand = sample_result.find(ws.cell(r, h["Nama"]).value)
        ind = cand.indicators[ws.cell(r, h["Kode"]).value]
        # xlsxwriter writes 16 significant digits: the last of a double's 17 may round
        assert ws.cell(r, h["Nilai mentah"]).value == pytest.approx(ind.raw, rel=1e-15)
        assert ws.cell(r, h["Nilai ternormalisasi"]).value == pytest.approx(ind.normalized, rel=1e-15)
        assert ws.cell(r, h["Kontribusi (poin)"]).value == pytest.approx(ind.contribution, rel=1e-15)


def test_the_chart_of_scores_is_a_native_bar_chart(tmp_path, sample_result):
    path = write(sample_result, tmp_path / "r.xlsx")
    with zipfile.ZipFile(path) as z:
        chart = z.read("xl/charts/chart1.xml").decode()
    assert "<c:barChart>" in chart and '<c:barDir val="bar"/>' in chart
    assert "Peringkat!$C$7:$C$20" in chart and "Peringkat!$B$7:$B$20" in chart


def test_chart_is_found_by_openpyxl(sample_books):
    formulas, _ = sample_books["id"]
    assert len(formulas["Peringkat"]._charts) == 1


def test_data_sheet_holds_both_years_with_source_sheet_and_row(sample_books):
    _, stored = sample_books["id"]
    ws = stored["Data"]
    h = header_map(ws, 4)
    rows = rows_of(ws, 5)
    assert len(rows) == 28
    row = find_row(ws, h["Nama"], "Kabupaten Ketapang")
    assert ws.cell(row, h["Tahun"]).value == 2023
    assert ws.cell(row, h["Lembar sumber"]).value == "2023"
    assert ws.cell(row, h["Baris sumber"]).value == 8
    assert ws.cell(row, h["peserta (Peserta aktif BPJS Ketenagakerjaan)"]).value == 101052
    assert ws.cell(row, h["Dipakai sebagai"]).value == "tahun pembanding"


def test_criteria_sheet_has_the_tree_the_weights_and_the_yaml(sample_books):
    _, stored = sample_books["id"]
    ws = stored["Kriteria"]
    assert [ws.cell(r, 1).value for r in (6, 7, 8, 9)] == ["kinerja", "capaian", "cakupan", "pertumbuhan"]
    assert [ws.cell(r, 3).value for r in (6, 7, 8, 9)] == [100, 40, 30, 30]
    assert [ws.cell(r, 5).value for r in (7, 8, 9)] == pytest.approx([0.4, 0.3, 0.3])
    assert ws.cell(8, 6).value == "target" and (ws.cell(8, 7).value, ws.cell(8, 8).value) == (0, 100)
    column_a = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)]
    assert "peserta <= pekerja" in column_a and "pertumbuhan, capaian" in column_a
    assert "  id: Paritrana Award — Pemerintah Kabupaten/Kota" in column_a
    assert "  - pekerja > 0" in column_a


def test_criteria_weights_drive_the_scores(sample_books):
    formulas, _ = sample_books["id"]
    assert formulas["Kriteria"]["D7"].value == "=C7/SUM(C7:C9)"
    assert formulas["Kriteria"]["E7"].value == "=D6*D7"


def test_audit_sheet(sample_books):
    _, stored = sample_books["id"]
    ws = stored["Audit"]
    facts = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, ws.max_row + 1)}
    assert facts["Perintah"] == "paritrana rank kalbar-2025.xlsx --output report.xlsx"
    assert facts["SHA-256 berkas data"] == sha256(SAMPLE_XLSX)
    assert len(facts["SHA-256 berkas kriteria"]) == 64
    assert facts["Dibuat"] == "2025-09-24T10:30:00+00:00"
    assert facts["Aplikasi"].startswith("paritrana 0.")
    assert facts["Jumlah kandidat"] == 14 and facts["Tidak memenuhi syarat"] == 0
    column_a = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)]
    assert "Peringatan (2)" in column_a
    assert '2024!A19: baris jumlah ("Jumlah") diabaikan' in column_a


def test_audit_sheet_in_english(sample_books):
    _, stored = sample_books["en"]
    ws = stored["Audit"]
    facts = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, ws.max_row + 1)}
    assert facts["Input SHA-256"] == sha256(SAMPLE_XLSX)
    assert facts["Candidate pool"] == 14


def test_print_setup_frozen_header_and_filter(sample_books):
    formulas, _ = sample_books["id"]
    ws = formulas["Rincian"]
    assert ws.freeze_panes == "C5"
    assert ws.auto_filter.ref == "A4:M46"
    assert ws.page_setup.orientation == "landscape"
    assert "Paritrana Award" in ws.oddHeader.left.text and "&P" in ws.oddFooter.center.text
    ranking = formulas["Peringkat"]
    assert ranking.sheet_properties.pageSetUpPr.fitToPage and ranking.page_setup.fitToWidth in (1, None)
    # 14 candidates fit the first page: no header repeated over the pages after it (the chart's)
    assert ranking.page_setup.fitToHeight == 0 and ranking.print_title_rows is None


def test_a_sheet_too_wide_for_8_pt_continues_on_the_next_page_with_its_name_columns(sample_books):
    from paritrana.report.xlsx.page import MIN_SCALE, PRINT_WIDTH_PX, column_pixels

    ws = sample_books["id"][0]["Rincian"]
    widths = [ws.column_dimensions[letter].width for letter in "ABCDEFGHIJKLM"]
    # the 13 columns need more than the page width ÷ 0,8: fitted, 10 pt text would print below 8 pt
    assert sum(column_pixels(w) for w in widths) * MIN_SCALE > PRINT_WIDTH_PX
    pr = ws.sheet_properties.pageSetUpPr
    assert not (pr is not None and pr.fitToPage)
    assert ws.print_title_cols == "$A:$B" and ws.print_title_rows == "$4:$4"  # rank and name on every page


def test_number_formats(sample_books):
    formulas, _ = sample_books["id"]
    ws = formulas["Rincian"]
    h = header_map(ws, 4)
    assert ws.cell(5, h["Nilai mentah"]).number_format == "#,##0"
    assert ws.cell(5, h["Nilai ternormalisasi"]).number_format == "0.00"
    assert ws.cell(5, h["Bobot global"]).number_format == "0.00%"


def test_column_widths_fit_the_names(sample_books):
    formulas, _ = sample_books["id"]
    ws = formulas["Peringkat"]
    assert ws.column_dimensions["B"].width >= len("Kota Singkawang")


# ---- other criteria: every method, geometric, groups, ineligible -----------------------------

METHODS = [
    "normalize: minmax",
    "normalize: minmax, better: lower",
    "normalize: {method: minmax, range: [1, 100]}",
    "normalize: {method: target, min: 20, max: 60}",
    "normalize: {method: target, min: 20, max: 60}, better: lower",
    "normalize: ratio_to_max",
    "normalize: ratio_to_max, better: lower",
    "normalize: rank",
    "normalize: rank, better: lower",
    "normalize: {method: rank, range: [10, 20]}",
    "normalize: zscore",
    "normalize: zscore, better: lower",
    "normalize: none",
]


@pytest.mark.parametrize("extra", METHODS)
def test_each_method_formula_reproduces_normalize(tmp_path, extra):
    import paritrana

    # Ties (30, 30) exercise the averaged ranks; 10 and 80 lie outside the target goalposts.
    data = one_column_workbook(tmp_path, {"A": 10, "B": 30, "C": 30, "D": 55, "E": 80})
    result = paritrana.evaluate(data, criteria=one_indicator_criteria(tmp_path, extra))
    formulas, stored = open_both(write(result, tmp_path / "r.xlsx"))
    check_every_formula(formulas, stored)
    ws = stored["Rincian"]
    h = header_map(ws, 4)
    got = {ws.cell(r, h["Nama"]).value: ws.cell(r, h["Nilai ternormalisasi"]).value for r in range(5, 10)}
    assert got == pytest.approx({r.id: r.indicators["v"].normalized for r in result.results}, rel=1e-15)


@pytest.mark.parametrize("extra, expected", [
    ("normalize: minmax", 100.0),
    ("normalize: minmax, better: lower", 100.0),
    ("normalize: {method: minmax, range: [1, 50]}", 50.0),
    ("normalize: zscore", 50.0),
    ("normalize: rank", 50.0),  # both share rank 1.5 of 2: 100·0.5/1
])
def test_all_equal_values(tmp_path, extra, expected):
    import paritrana

    data = one_column_workbook(tmp_path, {"A": 7, "B": 7})
    result = paritrana.evaluate(data, criteria=one_indicator_criteria(tmp_path, extra))
    formulas, stored = open_both(write(result, tmp_path / "r.xlsx"))
    check_every_formula(formulas, stored)
    ws = stored["Rincian"]
    col = header_map(ws, 4)["Nilai ternormalisasi"]
    assert ws.cell(5, col).value == expected == ws.cell(6, col).value


def test_a_single_candidate_gets_100_on_rank(tmp_path):
    import paritrana

    data = one_column_workbook(tmp_path, {"A": 7})
    result = paritrana.evaluate(data, criteria=one_indicator_criteria(tmp_path, "normalize: rank"))
    formulas, stored = open_both(write(result, tmp_path / "r.xlsx"))
    check_every_formula(formulas, stored)
    assert stored["Rincian"]["K5"].value == 100


GEOMETRIC = """\
title: Geometric test
aggregation: geometric
columns:
  wilayah: [Wilayah]
  x: [X]
  y: [Y]
aspects:
  a1:
    weight: 3
    indicators:
      p: {value: x, weight: 1, normalize: {method: minmax, range: [1, 100]}}
      q: {value: y, weight: 1, normalize: {method: target, min: 0, max: 10}}
  a2:
    weight: 1
    indicators:
      r: {value: x + y, weight: 2, normalize: {method: ratio_to_max}}
"""


def geometric_result(tmp_path: Path) -> Any:
    import paritrana

    data = make_workbook(tmp_path, {"2024": [["Wilayah", "X", "Y"], ["A", 2, 5], ["B", 4, 9], ["C", 9, 1]]})
    return paritrana.evaluate(data, criteria=write_criteria(tmp_path, GEOMETRIC))


def test_geometric_scores_are_product_formulas(tmp_path):
    result = geometric_result(tmp_path)
    formulas, stored = open_both(write(result, tmp_path / "r.xlsx"))
    check_every_formula(formulas, stored)
    ws = formulas["Peringkat"]
    headers = header_map(ws, 6)
    assert "Kontribusi (poin)" not in header_map(formulas["Rincian"], 4)
    score = ws.cell(7, headers["Skor"]).value
    # score = a1^0.75 · a2^0.25, the aspect cells on the same row and shares on the Criteria sheet
    assert score == "=D7^'Kriteria'!$D$6*E7^'Kriteria'!$D$9"
    assert ws.cell(7, headers["a1"]).value.count("^") == 2
    for r in result.results:
        row = find_row(stored["Peringkat"], 2, r.id, 7)
        assert stored["Peringkat"].cell(row, headers["Skor"]).value == pytest.approx(r.score, rel=1e-12)


GROUPED = """\
title: Grouped test
group_by: kategori
columns:
  wilayah: [Wilayah]
  kategori: [Kategori]
  x: [X]
indicators:
  v: {value: x, weight: 1, normalize: minmax}
"""


def test_groups_normalise_within_their_own_block(tmp_path):
    import paritrana

    rows = [["Wilayah", "Kategori", "X"], ["A", "kota", 10], ["B", "kota", 20], ["C", "kab", 100],
            ["D", "kab", 300], ["E", "kab", 200]]
    data = make_workbook(tmp_path, {"2024": rows})
    result = paritrana.evaluate(data, criteria=write_criteria(tmp_path, GROUPED))
    formulas, stored = open_both(write(result, tmp_path / "r.xlsx"))
    check_every_formula(formulas, stored)
    ws = stored["Rincian"]
    h = header_map(ws, 4)
    by_name = {ws.cell(r, h["Nama"]).value: r for r in range(5, 10)}
    # kota: min 10, max 20 → B 100, A 0; kab: min 100, max 300 → E 50
    assert ws.cell(by_name["A"], h["Min / batas bawah"]).value == 10
    assert ws.cell(by_name["E"], h["Maks / batas atas"]).value == 300
    assert ws.cell(by_name["E"], h["Nilai ternormalisasi"]).value == 50
    assert ws.cell(by_name["B"], h["Kelompok"]).value == "kota"
    with zipfile.ZipFile(tmp_path / "r.xlsx") as z:
        assert "xl/charts/chart2.xml" in z.namelist()  # one chart per group


def ineligible_result(tmp_path: Path) -> Any:
    import paritrana

    rows = {"2023": [["Kabupaten/Kota", "Jumlah Pekerja", "Peserta Aktif"], ["Alpha", 100, 50], ["Beta", 100, 40],
                     ["Gamma", 100, 30]],
            "2024": [["Kabupaten/Kota", "Jumlah Pekerja", "Peserta Aktif"], ["Alpha", 100, 60], ["Beta", 100, 45],
                     ["Gamma", 100, 130]]}
    return paritrana.evaluate(make_workbook(tmp_path, rows))


def test_ineligible_sheet_names_the_rule_failed(tmp_path):
    result = ineligible_result(tmp_path)
    _, stored = open_both(write(result, tmp_path / "r.xlsx"))
    ws = stored["Tidak memenuhi syarat"]
    h = header_map(ws, 4)
    row = find_row(ws, h["Nama"], "Gamma")
    assert ws.cell(row, h["Syarat yang tidak dipenuhi"]).value == "peserta <= pekerja"
    assert ws.cell(row, h["peserta (Peserta aktif BPJS Ketenagakerjaan)"]).value == 130
    assert ws.cell(row, h["Baris sumber"]).value == 4
    assert stored["Audit"]["B13"].value == 3 or any(
        stored["Audit"].cell(r, 1).value == "Jumlah kandidat" and stored["Audit"].cell(r, 2).value == 3
        for r in range(1, 30))


def test_ineligible_sheet_in_english_when_all_are_eligible(sample_books):
    _, stored = sample_books["en"]
    assert stored["Ineligible"]["A4"].value == "All candidates are eligible."


# ---- safety: injection, atomic writes, --force, input files ---------------------------------

@pytest.mark.parametrize("name", ["=1+2", "@SUM(A1)", "+62 Kota", "-Kota"])
def test_names_that_look_like_formulas_stay_text(tmp_path, name):
    import paritrana

    data = make_csv(tmp_path, [["Wilayah", "X"], [name, 5], ["Plain", 9]])
    result = paritrana.evaluate(data, criteria=one_indicator_criteria(tmp_path))
    formulas, _ = open_both(write(result, tmp_path / "r.xlsx"))
    cells = [(s, c) for s in ("Peringkat", "Rincian", "Data") for row in formulas[s].iter_rows() for c in row
             if c.value == name]
    assert {s for s, _ in cells} == {"Peringkat", "Rincian", "Data"}
    assert all(c.data_type == "s" for _, c in cells)


def test_a_crash_midway_leaves_no_report_and_no_temp_file(tmp_path, sample_result, monkeypatch):
    from paritrana.report.xlsx import formula_report

    def boom(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(formula_report, "write_audit", boom)
    with pytest.raises(RuntimeError, match="disk on fire"):
        write(sample_result, tmp_path / "r.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_midway_leaves_no_report(tmp_path, sample_result, monkeypatch):
    from paritrana.report.xlsx import breakdown as xlsx_breakdown

    def interrupted(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(xlsx_breakdown, "write_breakdown", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write(sample_result, tmp_path / "r.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_rewrite_keeps_the_previous_report(tmp_path, sample_result, monkeypatch):
    from paritrana.report.xlsx import sheets as xlsx_sheets

    path = write(sample_result, tmp_path / "r.xlsx")
    before = path.read_bytes()
    monkeypatch.setattr(xlsx_sheets, "write_data", lambda *a, **k: (_ for _ in ()).throw(OSError("full")))
    from paritrana.errors import OutputError

    with pytest.raises(OutputError):  # the OSError becomes one message naming the file
        write(sample_result, path)
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["r.xlsx"]


def test_cli_writes_the_report(tmp_path, runner):
    from paritrana.cli.app import app

    out = tmp_path / "report.xlsx"
    res = runner.invoke(app, ["rank", str(SAMPLE_XLSX), "--output", str(out), "--format", "json"])
    assert res.exit_code == 0, res.output
    import openpyxl

    ws = openpyxl.load_workbook(out, data_only=True)["Peringkat"]
    assert [ws.cell(r, 2).value for r in (7, 8, 9)] == ["Ketapang", "Mempawah", "Sekadau"]


def test_cli_refuses_to_overwrite_without_force(tmp_path, runner):
    from paritrana.cli.app import app

    out = tmp_path / "report.xlsx"
    out.write_bytes(b"old")
    res = runner.invoke(app, ["rank", str(SAMPLE_XLSX), "--output", str(out)])
    assert res.exit_code == 1
    assert "berkas sudah ada; tambahkan `--force` untuk menimpanya" in res.output
    assert out.read_bytes() == b"old"


def test_cli_force_replaces_the_report(tmp_path, runner):
    from paritrana.cli.app import app

    out = tmp_path / "report.xlsx"
    out.write_bytes(b"old")
    res = runner.invoke(app, ["rank", str(SAMPLE_XLSX), "--output", str(out), "--force", "--lang", "en"])
    assert res.exit_code == 0, res.output
    import openpyxl

    assert openpyxl.load_workbook(out).sheetnames == SHEETS_EN


def test_cli_never_writes_over_the_input(tmp_path, runner):
    from paritrana.cli.app import app

    data = tmp_path / "data.xlsx"
    data.write_bytes(SAMPLE_XLSX.read_bytes())
    res = runner.invoke(app, ["rank", str(data), "--output", str(data), "--force"])
    assert res.exit_code == 1
    assert "berkas masukan dan tidak akan ditimpa" in res.output
    assert data.read_bytes() == SAMPLE_XLSX.read_bytes()


# ---- ties, notes ------------------------------------------------------------------------------

def test_ties_are_flagged_for_the_jury(tmp_path):
    import paritrana
    from conftest import table

    data = make_workbook(tmp_path, {"2023": table({"Sanggau": (100, 40), "Landak": (100, 40)}),
                                    "2024": table({"Sanggau": (100, 50), "Landak": (100, 50)})})
    formulas, stored = open_both(write(paritrana.evaluate(data), tmp_path / "r.xlsx"))
    ws = stored["Peringkat"]
    h = header_map(ws, 6)
    assert [(ws.cell(r, 1).value, ws.cell(r, 2).value, ws.cell(r, h["Catatan"]).value) for r in (7, 8)] == \
        [(1, "Landak", "Juara I; seri"), (1, "Sanggau", "Juara I; seri")]
    assert "seri: skor dan indikator penentu sama persis; urutannya diputuskan tim juri" in [
        ws.cell(r, 1).value for r in range(9, ws.max_row + 1)]
    check_every_formula(formulas, stored)  # both rank 1: both gold by the conditional format


def test_ranking_names_the_ineligible(tmp_path):
    result = ineligible_result(tmp_path)
    _, stored = open_both(write(result, tmp_path / "r.xlsx", lang="en"))
    column_a = [stored["Ranking"].cell(r, 1).value for r in range(1, stored["Ranking"].max_row + 1)]
    assert 'Ineligible: Gamma (see the "Ineligible" sheet)' in column_a


def test_filled_in_values_are_noted_on_the_breakdown(tmp_path):
    import paritrana

    # B's x is empty; missing: mean fills in (10 + 30) / 2 = 20
    data = make_workbook(tmp_path, {"2024": [["Wilayah", "X"], ["A", 10], ["B", None], ["C", 30]]})
    criteria = one_indicator_criteria(tmp_path, "normalize: minmax, missing: mean")
    formulas, stored = open_both(write(paritrana.evaluate(data, criteria=criteria), tmp_path / "r.xlsx"))
    ws = stored["Rincian"]
    h = header_map(ws, 4)
    row = find_row(ws, h["Nama"], "B", 5)
    assert ws.cell(row, h["Nilai mentah"]).value == 20
    assert ws.cell(row, h["Catatan"]).value == "data kosong: rata-rata kelompok"
    assert ws.cell(find_row(ws, h["Nama"], "A", 5), h["Catatan"]).value is None


def test_zscore_shows_mean_and_standard_deviation(tmp_path):
    import paritrana

    # 2, 4, 6: mean 4, population std √(8/3) = 1,633; 6 → 50 + 10·2/1,633 = 62,25
    data = one_column_workbook(tmp_path, {"A": 2, "B": 4, "C": 6})
    result = paritrana.evaluate(data, criteria=one_indicator_criteria(tmp_path, "normalize: zscore"))
    formulas, stored = open_both(write(result, tmp_path / "r.xlsx"))
    ws, fs = stored["Rincian"], formulas["Rincian"]
    h = header_map(ws, 4)
    assert ws.cell(5, h["Rata-rata"]).value == 4
    assert ws.cell(5, h["Simpangan baku"]).value == pytest.approx(math.sqrt(8 / 3))
    assert fs.cell(5, h["Simpangan baku"]).value == "=STDEVP($E$5:$E$7)"
    assert ws.cell(5, h["Nilai ternormalisasi"]).value == pytest.approx(50 + 10 * 2 / math.sqrt(8 / 3))


def test_a_baseline_file_is_on_the_data_and_audit_sheets(tmp_path, runner):
    import openpyxl

    from conftest import table
    from paritrana.cli.app import app

    current = make_workbook(tmp_path, {"2024": table({"Alpha": (100, 60), "Beta": (100, 45)})}, name="2024.xlsx")
    base = make_workbook(tmp_path, {"2023": table({"Alpha": (100, 50), "Beta": (100, 40)})}, name="2023.xlsx")
    out = tmp_path / "r.xlsx"
    res = runner.invoke(app, ["rank", str(current), "--baseline", str(base), "-o", str(out), "--lang", "en"])
    assert res.exit_code == 0, res.output
    book = openpyxl.load_workbook(out, data_only=True)
    ws = book["Data"]
    h = header_map(ws, 4)
    files = [(ws.cell(r, h["File"]).value, ws.cell(r, h["Used as"]).value) for r in range(5, 9)]
    assert files == [("2024.xlsx", "assessed year")] * 2 + [("2023.xlsx", "baseline year")] * 2
    facts = {c[0].value: c[1].value for c in book["Audit"].iter_rows(min_col=1, max_col=2)}
    assert facts["Baseline SHA-256"] == sha256(base)
    assert facts["Baseline file"].endswith("2023.xlsx")


def test_data_and_criteria_sheets_in_english(sample_books):
    _, stored = sample_books["en"]
    data = stored["Data"]
    assert data["A1"].value == "Input data (as loaded)"
    assert {"Year", "Name", "Used as", "Source sheet", "Source row"} <= set(header_map(data, 4))
    criteria = stored["Criteria"]
    assert [c.value for c in criteria[5]][:5] == ["Aspect / indicator", "Label", "Weight (as written)",
                                                   "Relative weight", "Global weight"]
    assert criteria.cell(7, 10).value == "higher is better"
    assert "Eligibility rules" in [criteria.cell(r, 1).value for r in range(1, 30)]


# ---- the formula fast path (xlsx_base.report_worksheet_class) ---------------------------------

def every_formula(book: Any) -> list[str]:
    return [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row
            if isinstance(c.value, str) and c.value.startswith("=")]


def test_fast_path_writes_the_formula_xlsxwriter_would(tmp_path, sample_books):
    import xlsxwriter
    from xlsxwriter.worksheet import Worksheet

    from paritrana.report.xlsx.base import report_worksheet_class

    formulas, _ = sample_books["id"]
    written = every_formula(formulas)
    data = one_column_workbook(tmp_path, {"A": 10, "B": 30, "C": 30})
    import paritrana

    for extra in ("normalize: rank", "normalize: zscore, better: lower", "normalize: {method: minmax, range: [1, 9]}"):
        result = paritrana.evaluate(data, criteria=one_indicator_criteria(tmp_path, extra))
        written += every_formula(open_both(write(result, tmp_path / "m.xlsx"))[0])
    # Formulas outside the fast path must still be xlsxwriter's business.
    others = ["=SORT(A1:A3)", "=XLOOKUP(1,A1:A3,B1:B3)", "{=SUM(A1:A3*B1:B3)}", "=MAX(FILTER(A1:A9,B1:B9))",
              "='X(2)'!A1", "=_xlfn.STDEV.S(A1:A3)"]
    book = xlsxwriter.Workbook(str(tmp_path / "probe.xlsx"))
    ours = book.add_worksheet("a", report_worksheet_class())
    theirs = book.add_worksheet("b")
    assert type(theirs) is Worksheet and isinstance(ours, Worksheet)
    assert len(written) > 150
    for formula in written + others:
        assert ours._prepare_formula(formula) == theirs._prepare_formula(formula), formula
    assert ours._prepare_formula("=SORT(A1:A3)") == "_xlfn._xlws.SORT(A1:A3)"
    book.close()


def test_xlsxwriter_takes_the_fast_path_for_every_report_formula(tmp_path, sample_result, monkeypatch):
    # Fails when xlsxwriter stops calling _prepare_formula (the override would be dead code)
    # or when a report formula falls back to the slow regular expressions.
    from xlsxwriter.worksheet import Worksheet

    from paritrana.report.xlsx import base as xlsx_base

    calls = {"fast": 0, "slow": 0}
    plain = xlsx_base.plain_formula
    slow = Worksheet._prepare_formula

    def counted_plain(formula: str) -> str | None:
        calls["fast"] += 1
        return plain(formula)

    def counted_slow(self: Any, *args: Any, **kwargs: Any) -> str:
        calls["slow"] += 1
        return slow(self, *args, **kwargs)

    monkeypatch.setattr(xlsx_base, "plain_formula", counted_plain)
    monkeypatch.setattr(Worksheet, "_prepare_formula", counted_slow)
    formulas, _ = open_both(write(sample_result, tmp_path / "r.xlsx"))
    podium_rules = sum(len(cf.rules) for cf in formulas["Peringkat"].conditional_formatting)  # formulas too
    assert calls == {"fast": len(every_formula(formulas)) + podium_rules, "slow": 0}


# ---- the large report (xlsx_large.py: values, wide Breakdown, sheets split at Excel's limits) ----

LARGE_CRITERIA = """\
title: Large test
entity: nama
group_by: skala
columns:
  nama: [Nama]
  skala: [Skala]
  karyawan: [Karyawan]
  terdaftar: [Terdaftar]
  tunggakan: [Tunggakan]
derived:
  cakupan: 100 * terdaftar / karyawan
aspects:
  a:
    weight: 60
    indicators:
      cakupan: {value: cakupan, weight: 2, normalize: {method: target, min: 0, max: 100}}
      naik: {value: cakupan - previous(cakupan), weight: 1, normalize: minmax}
  b:
    weight: 40
    indicators:
      tunggakan: {value: tunggakan, weight: 1, better: lower, normalize: rank, missing: mean}
eligibility:
  - terdaftar <= karyawan
"""
SPECIAL_NAMES = {5: "PT A & B <Tbk>", 7: "=1+2"}


def large_pool(tmp_path: Path) -> Any:
    """62 employers in two groups (kecil: every third), two years; PT 03 and PT 04 register
    more workers than they employ (ineligible); PT 09 has no tunggakan (missing: mean)."""
    import paritrana

    rows = [["Tahun", "Nama", "Skala", "Karyawan", "Terdaftar", "Tunggakan"]]
    for year in (2023, 2024):
        for i in range(62):
            karyawan = 100 + 7 * i
            terdaftar = karyawan * (10 + (i * 37) % 90) // 100
            if year == 2023:
                terdaftar = terdaftar * 9 // 10
            elif i in (3, 4):
                terdaftar = karyawan + 5
            tunggakan = "" if (year, i) == (2024, 9) else (i * 13) % 24
            rows.append([year, SPECIAL_NAMES.get(i, f"PT {i:02d}"), "kecil" if i % 3 == 0 else "besar", karyawan,
                         terdaftar, tunggakan])
    data = make_csv(tmp_path, rows, name="pool.csv")
    return paritrana.evaluate(data, criteria=write_criteria(tmp_path, LARGE_CRITERIA, name="pool.yaml"))


@pytest.fixture
def large_mode(monkeypatch):
    from paritrana.report.xlsx import large as xlsx_large

    monkeypatch.setattr(xlsx_large, "LARGE_REPORT_CANDIDATES", 10)


@pytest.fixture
def large_book(tmp_path, large_mode) -> tuple[Any, Any]:
    import openpyxl

    result = large_pool(tmp_path)
    return result, openpyxl.load_workbook(write(result, tmp_path / "large.xlsx"))


def table_rows(ws: Any, header: str = "Peringkat") -> tuple[dict[str, int], list[tuple[Any, ...]]]:
    """The header (title → column) and the rows under it of a large-report table."""
    first = find_row(ws, 1, header)
    return header_map(ws, first), list(ws.iter_rows(min_row=first + 1, values_only=True))


def column_a(ws: Any) -> list[Any]:
    return [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)]


def test_the_threshold_picks_the_large_report(tmp_path, monkeypatch):
    from paritrana.report.xlsx import bulk as xlsx_bulk
    from paritrana.report.xlsx import large as xlsx_large

    result = large_pool(tmp_path)
    assert not xlsx_large.is_large(result)
    monkeypatch.setattr(xlsx_large, "LARGE_REPORT_CANDIDATES", 61)
    assert xlsx_large.is_large(result)  # 62 candidates, eligible or not
    monkeypatch.setattr(xlsx_large, "LARGE_REPORT_CANDIDATES", 62)
    assert not xlsx_large.is_large(result)
    # 60 ranked × 3 indicators = 180 Breakdown rows would not fit a sheet of 150 rows
    monkeypatch.setattr(xlsx_bulk, "EXCEL_MAX_ROWS", 150)
    assert xlsx_large.is_large(result)


def test_large_report_sheets_and_the_values_notes(large_book):
    result, book = large_book
    assert book.sheetnames == ["Peringkat", "Rincian", "Data 2024", "Data 2023", "Kriteria",
                               "Tidak memenuhi syarat", "Audit"]
    note = "Dengan 62 kandidat, rincian ini berisi nilai, bukan rumus; rumus ditulis untuk kumpulan hingga 10 kandidat."
    assert note in column_a(book["Rincian"])
    ranking_notes = [str(v) for v in column_a(book["Peringkat"])]
    assert any(v.startswith("Dengan 62 kandidat, skor dan kontribusi adalah nilai") for v in ranking_notes)
    facts = {c[0].value: c[1].value for c in book["Audit"].iter_rows(min_col=1, max_col=2)}
    assert facts["Isi laporan"] == note and facts["Jumlah kandidat"] == 62
    assert '2 kandidat tidak memenuhi syarat (lihat lembar "Tidak memenuhi syarat").' in column_a(book["Peringkat"])
    # Values, not formulas: only the Criteria sheet's weights stay formulas (and the Audit
    # sheet's check of them).
    assert {ws.title for ws in book.worksheets if every_formula_in(ws)} == {"Kriteria", "Audit"}


def every_formula_in(ws: Any) -> list[str]:
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("=")
            and c.data_type == "f"]


def test_large_ranking_holds_paritranas_numbers(large_book):
    result, book = large_book
    h, rows = table_rows(book["Peringkat"])
    assert len(rows) == len(result.results) == 60
    by_name = {row[h["Nama"] - 1]: row for row in rows}
    for r in result.results:
        row = by_name[r.id]
        assert (row[h["Peringkat"] - 1], row[h["Kelompok"] - 1]) == (r.rank, r.group)
        assert row[h["Skor"] - 1] == r.score  # exact: written at full precision
        assert [row[h[label] - 1] for label in ("a", "b")] == [r.aspects["a"], r.aspects["b"]]
        assert [row[h[i] - 1] for i in ("cakupan", "naik", "tunggakan")] == \
            [r.indicators[i].contribution for i in ("cakupan", "naik", "tunggakan")]
    # group by group, each by rank
    groups = [row[h["Kelompok"] - 1] for row in rows]
    assert groups == sorted(groups, key=[g for g in dict.fromkeys(groups)].index)
    assert all(a[0] <= b[0] for a, b in zip(rows, rows[1:], strict=False) if a[h["Kelompok"] - 1] == b[h["Kelompok"] - 1])


def test_large_ranking_podium_and_names_as_text(large_book):
    from paritrana.report.xlsx.podium import PODIUM_FILLS

    _, book = large_book
    ws = book["Peringkat"]
    first = find_row(ws, 1, "Peringkat") + 1
    golds = [r for r in range(first, ws.max_row + 1) if ws.cell(r, 1).value == 1]
    assert len(golds) == 2  # one per group
    assert all(ws.cell(r, 2).fill.fgColor.rgb.endswith(PODIUM_FILLS[1][1:]) and ws.cell(r, 2).font.b for r in golds)
    fourth = next(r for r in range(first, ws.max_row + 1) if ws.cell(r, 1).value == 4)
    assert ws.cell(fourth, 2).fill.fgColor.rgb in (None, "00000000")
    assert ws.cell(first, 4).number_format == "0.00" and ws.cell(first, 1).number_format == "0"  # Skor, Peringkat
    names = {ws.cell(r, 2).value: ws.cell(r, 2) for r in range(first, ws.max_row + 1)}
    for name in SPECIAL_NAMES.values():
        assert names[name].data_type == "s"


def test_large_breakdown_is_one_row_per_candidate(large_book):
    result, book = large_book
    ws = book["Rincian"]
    first = find_row(ws, 1, "Peringkat")
    titles = [c.value for c in ws[first]]
    assert titles[:3] == ["Peringkat", "Nama", "Kelompok"]
    assert titles[3:9] == ["Nilai mentah", "Nilai ternormalisasi"] * 3 and titles[9] == "Catatan"
    assert [c.value for c in ws[first - 1]][3:9:2] == ["cakupan", "naik", "tunggakan"]  # the indicator over its pair
    rows = {row[1]: row for row in ws.iter_rows(min_row=first + 1, values_only=True)}
    assert len(rows) == 60
    for r in result.results:
        row = rows[r.id]
        for n, iid in enumerate(("cakupan", "naik", "tunggakan")):
            assert (row[3 + 2 * n], row[4 + 2 * n]) == (r.indicators[iid].raw, r.indicators[iid].normalized)
    assert rows["PT 09"][9] == "tunggakan: data kosong: rata-rata kelompok"
    assert rows["PT 10"][9] is None


def test_large_criteria_sheet_lists_the_scales_of_each_group(large_book):
    result, book = large_book
    ws = book["Kriteria"]
    first = find_row(ws, 1, "Skala normalisasi per kelompok") + 1
    h = header_map(ws, first)
    scales = {(ws.cell(r, 1).value, ws.cell(r, 2).value): r for r in range(first + 1, first + 7)}
    assert len(scales) == 6  # 2 groups × 3 indicators
    for (group, iid), scale in result.scales.items():
        row = scales[(group, iid)]
        assert ws.cell(row, h["Metode"]).value == scale.method.value
        # written by xlsxwriter: 16 significant digits
        assert ws.cell(row, h["Min / batas bawah"]).value == pytest.approx(scale.low, rel=1e-15)
        assert ws.cell(row, h["Maks / batas atas"]).value == pytest.approx(scale.high, rel=1e-15)
        assert ws.cell(row, h["Jumlah kandidat"]).value == scale.count


def test_large_data_has_a_sheet_per_year(large_book):
    result, book = large_book
    for sheet, year, role in (("Data 2024", 2024, "tahun yang dinilai"), ("Data 2023", 2023, "tahun pembanding")):
        h, rows = table_rows(book[sheet], "Tahun")
        assert len(rows) == 62
        assert {row[h["Tahun"] - 1] for row in rows} == {year}
        assert {row[h["Dipakai sebagai"] - 1] for row in rows} == {role}
    h, rows = table_rows(book["Data 2024"], "Tahun")
    pt9 = next(row for row in rows if row[h["Nama"] - 1] == "PT 09")
    assert (pt9[h["tunggakan"] - 1], pt9[h["karyawan"] - 1], pt9[h["Baris sumber"] - 1]) == (None, 163, 73)


def test_large_ineligible_sheet(large_book):
    _, book = large_book
    h, rows = table_rows(book["Tidak memenuhi syarat"], "Nama")
    assert [(row[h["Nama"] - 1], row[h["Syarat yang tidak dipenuhi"] - 1], row[h["terdaftar"] - 1]) for row in rows] \
        == [("PT 03", "terdaftar <= karyawan", 126), ("PT 04", "terdaftar <= karyawan", 133)]


def test_large_charts_show_the_top_of_each_group(tmp_path, large_mode, monkeypatch):
    from paritrana.report.xlsx import large as xlsx_large

    monkeypatch.setattr(xlsx_large, "CHART_TOP", 12)
    result = large_pool(tmp_path)
    path = write(result, tmp_path / "large.xlsx")
    with zipfile.ZipFile(path) as z:
        charts = [z.read(n).decode() for n in sorted(z.namelist()) if n.startswith("xl/charts/chart")]
    assert len(charts) == 2
    ranges = sorted(re.findall(r"<c:f>Peringkat!\$D\$(\d+):\$D\$(\d+)</c:f>", "".join(charts)))  # Skor
    assert [int(b) - int(a) + 1 for a, b in ranges] == [12, 12]
    top = [r for r in result.results if r.rank == 1]
    assert all(f"<c:v>{r.id}</c:v>" in "".join(charts) for r in top)  # cached names


def test_large_report_in_english(tmp_path, large_mode):
    import openpyxl

    book = openpyxl.load_workbook(write(large_pool(tmp_path), tmp_path / "large.xlsx", lang="en"))
    assert book.sheetnames == ["Ranking", "Breakdown", "Data 2024", "Data 2023", "Criteria", "Ineligible", "Audit"]
    assert "With 62 candidates the breakdown holds values; formulas are written for pools up to 10." in \
        column_a(book["Breakdown"])


def test_no_sheet_passes_the_row_limit(tmp_path, large_mode, monkeypatch):
    import openpyxl

    from paritrana.report.xlsx import bulk as xlsx_bulk

    monkeypatch.setattr(xlsx_bulk, "EXCEL_MAX_ROWS", 30)
    result = large_pool(tmp_path)
    book = openpyxl.load_workbook(write(result, tmp_path / "large.xlsx"))
    assert all(ws.max_row <= 30 for ws in book.worksheets if ws.title not in ("Kriteria", "Audit"))  # not tables
    assert book["Peringkat"].max_row == book["Rincian"].max_row == 30  # full parts end on the last row
    names = book.sheetnames
    ranking = [n for n in names if n.startswith("Peringkat")]
    breakdown = [n for n in names if n.startswith("Rincian")]
    data = [n for n in names if n.startswith("Data 2024")]
    assert ranking == ["Peringkat", "Peringkat (2)", "Peringkat (3)", "Peringkat (4)"]
    assert len(breakdown) == 3 and breakdown[1] == "Rincian (2)" and len(data) == 3
    assert names[-1] == "Audit" and names.index("Kriteria") > names.index("Data 2023 (3)")
    # the parts together hold every candidate once, in the report's order
    ranked = [row for n in ranking for row in table_rows(book[n])[1]]
    assert [(row[0], row[1]) for row in ranked] == [(r.rank, r.id) for g in result.groups for r in result.in_group(g)]
    split = [row[1] for n in breakdown for row in table_rows(book[n])[1]]
    assert split == [row[1] for row in ranked]
    assert sum(len(table_rows(book[n], "Tahun")[1]) for n in data) == 62
    assert book["Peringkat (2)"]["A1"].value == "Hasil pemeringkatan (bagian 2 dari 4)"
    assert book["Peringkat (3)"].freeze_panes == book["Peringkat"].freeze_panes


def test_text_cells_are_escaped_and_cut_at_excels_limit(tmp_path, monkeypatch):
    import openpyxl
    import xlsxwriter

    from paritrana.report.xlsx import bulk as xlsx_bulk

    monkeypatch.setattr(xlsx_bulk, "EXCEL_MAX_CHARS", 12)
    texts = ["A & B <c>", " lead", "tail ", "bell\x07", "_x0041_", "=SUM(A1)", "x" * 20, "", None]
    source = tmp_path / "in.xlsx"
    book = xlsxwriter.Workbook(str(source))
    ws = book.add_worksheet("S")
    ws.write_string(0, 0, "title")
    style = xlsx_bulk.style_index(book.add_format({"bold": True}))
    book.close()
    column = xlsx_bulk.Column("text", style)
    body = xlsx_bulk.Body("S", 1, len(texts), 1, lambda: [(len(texts), xlsx_bulk.rows_xml([column], 0, 1, [texts]))])
    xlsx_bulk.splice(source.read_bytes(), tmp_path / "out.xlsx", [body])
    # python-calamine (paritrana's own reader) and LibreOffice decode _xHHHH_ in inline strings as
    # Excel does; openpyxl does so only in shared strings, so it checks the styles here.
    from python_calamine import CalamineWorkbook

    read = CalamineWorkbook.from_path(str(tmp_path / "out.xlsx")).get_sheet_by_name("S").to_python()
    assert [row[0] for row in read[1:]] == ["A & B <c>", " lead", "tail ", "bell\x07", "_x0041_", "=SUM(A1)",
                                            "x" * 12]  # the two empty cells are trailing: not read
    got = openpyxl.load_workbook(tmp_path / "out.xlsx")["S"]
    assert got.cell(2, 1).font.b and got.cell(7, 1).data_type == "s" and got.cell(7, 1).value == "=SUM(A1)"
    assert got.cell(9, 1).value is None and got.cell(10, 1).font.b  # empty, styled
    assert got.dimensions == "A1:A10"


def test_splice_refuses_a_body_over_cells_already_written():
    from paritrana.report.xlsx import bulk as xlsx_bulk

    sheet = '<worksheet><dimension ref="A1:B3"/><sheetData><row r="1"/><row r="3"/></sheetData></worksheet>'
    with pytest.raises(ValueError, match="row 3"):
        xlsx_bulk._split_sheet(sheet, xlsx_bulk.Body("S", 1, 5, 2, lambda: []))
    head, tail = xlsx_bulk._split_sheet(sheet, xlsx_bulk.Body("S", 3, 5, 4, lambda: []))
    assert '<dimension ref="A1:D8"/>' in head and tail.startswith("</sheetData>")


def test_a_failed_write_in_the_deflate_thread_is_raised(tmp_path):
    from paritrana.report.xlsx import bulk as xlsx_bulk

    class Full:
        def write(self, data: bytes) -> None:
            raise OSError("disk full")

    pieces = (b"x" * 10 for _ in range(100))
    with pytest.raises(OSError, match="disk full"):
        xlsx_bulk._write_through_thread(Full(), pieces)


def test_a_crash_while_writing_a_large_body_leaves_no_file(tmp_path, large_mode, monkeypatch):
    from paritrana.report.xlsx import bulk as xlsx_bulk

    result = large_pool(tmp_path)
    monkeypatch.setattr(xlsx_bulk, "rows_xml", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("boom")))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(RuntimeError, match="boom"):
        write(result, out / "large.xlsx")
    assert list(out.iterdir()) == []


def test_listed_warnings_are_capped(tmp_path, sample_result, monkeypatch):
    import openpyxl

    from paritrana.report.xlsx import audit_sheet

    monkeypatch.setattr(audit_sheet, "MAX_LISTED_WARNINGS", 1)
    ws = openpyxl.load_workbook(write(sample_result, tmp_path / "r.xlsx"))["Audit"]
    lines = column_a(ws)
    assert "Peringatan (2)" in lines and sample_result.warning_texts()[0] in lines
    assert sample_result.warning_texts()[1] not in lines
    assert "… dan 1 peringatan lain, tidak dicantumkan (semuanya: `paritrana validate`)" in lines


def test_large_report_with_the_jury_panel(tmp_path, large_mode):
    import openpyxl

    import paritrana
    from conftest import ROOT

    result = paritrana.evaluate(SAMPLE_XLSX, criteria=ROOT / "criteria" / "paritrana-kabkota-final.yaml",
                           panel=ROOT / "sample_data" / "panel/kalbar-2025-juri.xlsx")
    book = openpyxl.load_workbook(write(result, tmp_path / "large.xlsx"))
    assert book.sheetnames[:4] == ["Peringkat", "Wawancara", "Juri", "Rincian"]
    h, rows = table_rows(book["Peringkat"])
    ketapang = next(row for row in rows if row[1] == "Ketapang")
    r = result.find("Ketapang")
    # final 0,6 × 90,41 + 0,4 × 83,44 = 87,62 (see test_panel_report.py)
    assert [ketapang[h[k] - 1] for k in ("Skor", "Skor indikator", "Peringkat indikator", "Skor wawancara",
                                             "Masuk nominasi")] == \
        [r.score, r.desk_score, 1, r.panel_score, "✓"]
    assert round(ketapang[h["Skor"] - 1], 2) == 87.62


def test_large_report_when_no_candidate_is_eligible(tmp_path, large_mode):
    import openpyxl

    import paritrana

    rows = [["Tahun", "Nama", "Skala", "Karyawan", "Terdaftar", "Tunggakan"]]
    rows += [[2024, f"PT {i:02d}", "kecil", 10, 20, 1] for i in range(12)]
    naik = "      naik: {value: cakupan - previous(cakupan), weight: 1, normalize: minmax}\n"
    criteria = LARGE_CRITERIA.replace(naik, "")  # one year only
    result = paritrana.evaluate(make_csv(tmp_path, rows, name="none.csv"), criteria=write_criteria(tmp_path, criteria))
    assert len(result.results) == 0
    book = openpyxl.load_workbook(write(result, tmp_path / "large.xlsx"))
    assert book.sheetnames == ["Peringkat", "Rincian", "Data", "Kriteria", "Tidak memenuhi syarat", "Audit"]
    assert "Tidak ada kandidat yang memenuhi syarat." in column_a(book["Peringkat"])
    assert len(table_rows(book["Tidak memenuhi syarat"], "Nama")[1]) == 12


def test_large_report_reads_the_ranked_columns_without_building_candidates(tmp_path, large_mode, monkeypatch):
    # 725,000 CandidateResult objects would cost about a gigabyte: the large report (with a
    # filled-in value to note, ties and ineligible candidates) must read the columns only.
    from paritrana.core.ranked import RankedList

    result = large_pool(tmp_path)
    assert isinstance(result.results, RankedList)

    def built(self: Any, k: int) -> Any:
        raise AssertionError("a CandidateResult was built")

    monkeypatch.setattr(RankedList, "_build", built)
    write(result, tmp_path / "large.xlsx")


def test_large_geometric_ranking_shows_normalised_values(tmp_path, monkeypatch):
    import openpyxl

    from paritrana.report.xlsx import large as xlsx_large

    monkeypatch.setattr(xlsx_large, "LARGE_REPORT_CANDIDATES", 1)
    result = geometric_result(tmp_path)
    book = openpyxl.load_workbook(write(result, tmp_path / "large.xlsx"))
    h, rows = table_rows(book["Peringkat"])
    super_header = find_row(book["Peringkat"], 1, "Peringkat") - 1
    assert "Nilai ternormalisasi (0–100)" in [c.value for c in book["Peringkat"][super_header]]
    for row in rows:
        r = result.find(row[1])
        assert [row[h[i] - 1] for i in ("p", "q", "r")] == [r.indicators[i].normalized for i in ("p", "q", "r")]
        assert (row[h["Skor"] - 1], row[h["a1"] - 1], row[h["a2"] - 1]) == (r.score, r.aspects["a1"], r.aspects["a2"])


# ---- print: the podium's words, the chart on page 1, the large report's printout -------------------

def test_the_note_names_the_podium_in_the_report_s_language(sample_books):
    for lang, sheet, words in (("id", "Peringkat", ["Juara I", "Juara II", "Juara III"]),
                               ("en", "Ranking", ["1st place", "2nd place", "3rd place"])):
        ws = sample_books[lang][1][sheet]
        note = header_map(ws, 6)["Catatan" if lang == "id" else "Note"]
        assert [ws.cell(r, note).value for r in (7, 8, 9, 10)] == [*words, None]


def test_the_chart_prints_beside_the_ranking_on_the_first_page(sample_books):
    formulas, _ = sample_books["id"]
    ws = formulas["Peringkat"]
    anchor = ws._charts[0].anchor._from
    assert (anchor.row, anchor.col) == (4, 7)  # beside the table's header (H5), right of the Note column
    assert ws.print_area.startswith("'Peringkat'!$A$1:$H$")  # the chart's column is printed


def _many(tmp_path: Path, groups: dict[str, int]) -> Any:
    """A ranking of ``groups[g]`` candidates in each group g (one indicator, scores 0–100)."""
    import paritrana

    rows: list[list[Any]] = [["Wilayah", "Kategori", "X"]]
    for g, n in groups.items():
        rows += [[f"{g} {i:02d}", g, i] for i in range(n)]
    data = make_workbook(tmp_path, {"2024": rows})
    return paritrana.evaluate(data, criteria=write_criteria(tmp_path, GROUPED))


def test_a_long_ranking_charts_its_top_on_the_first_page_below_the_repeated_header(tmp_path):
    formulas, _ = open_both(write(_many(tmp_path, {"kab": 60}), tmp_path / "r.xlsx"))
    ws = formulas["Peringkat"]
    assert ws.print_title_rows == "$6:$6"  # 60 rows run onto page 2, under the header row repeated
    chart = ws._charts[0]
    assert chart.anchor._from.row == 6  # row 7, below the header (row 6): not repeated with it
    # a narrow table prints at full size: the page holds 660 px, 460 of them below row 7 after
    # the title's slack (660 − (6 + 4) × 20); (460 − 40 gap − 70 title and axis) / 14 px = 25 bars,
    # in 420 px (460 − 40): 21 rows, ending at row 27 (540 px), on the first page
    assert chart.anchor.to.row == 27 and chart.anchor.to.row * 20 <= 660
    with zipfile.ZipFile(tmp_path / "r.xlsx") as z:
        xml = z.read("xl/charts/chart1.xml").decode()
    assert "Peringkat!$D$7:$D$31" in xml  # Skor of ranks 1–25
    assert "Skor — 25 teratas — kab" in xml


def test_charts_under_the_table_each_start_a_page_when_they_would_straddle_one(tmp_path):
    formulas, _ = open_both(write(_many(tmp_path, {"a": 14, "b": 14, "c": 14}), tmp_path / "r.xlsx"))
    ws = formulas["Peringkat"]
    starts = sorted(c.anchor._from.row for c in ws._charts)
    # three charts of 14 bars: 70 + 14 × 22 = 378 px, 20 rows with the gap (400 px); two do not
    # fit on a 660 px page, so each starts a page of its own
    assert [b - a for a, b in zip(starts, starts[1:], strict=False)] == [20, 20]
    assert [b.id for b in ws.row_breaks.brk] == starts


def test_score_charts_run_from_0_to_100(tmp_path, sample_result):
    path = write(sample_result, tmp_path / "r.xlsx")
    with zipfile.ZipFile(path) as z:
        chart = z.read("xl/charts/chart1.xml").decode()
    assert '<c:max val="100"/>' in chart and '<c:min val="0"/>' in chart


def test_the_large_report_prints_the_first_100_rows_of_each_table(tmp_path, large_mode, monkeypatch):
    import openpyxl

    from paritrana.report.xlsx import large, tables

    monkeypatch.setattr(tables, "PRINT_ROWS", 20)
    monkeypatch.setattr(large, "PRINT_ROWS", 20)
    result = large_pool(tmp_path)
    book = openpyxl.load_workbook(write(result, tmp_path / "large.xlsx"))
    ranking = book["Peringkat"]
    header = find_row(ranking, 1, "Peringkat")
    assert ranking.print_area.split(":")[-1].endswith(f"${header + 20}")  # the header and 20 rows
    assert "Yang dicetak: 20 baris pertama setiap lembar tabel; semua baris ada di berkas ini." in column_a(ranking)
    breakdown = book["Rincian"]
    assert breakdown.print_area.split(":")[-1].endswith(f"${find_row(breakdown, 1, 'Peringkat') + 20}")


def test_links_past_excels_limit_are_written_as_plain_addresses(tmp_path, monkeypatch):
    # Excel keeps 65,530 hyperlinks on a sheet; a national Rincian has more rows than that.
    # With the limit set to 3, the first three sources are links and the rest the same text.
    import openpyxl

    import paritrana
    from paritrana.report.xlsx import breakdown

    monkeypatch.setattr(breakdown, "MAX_LINKS", 3)
    book = write(paritrana.evaluate(SAMPLE_XLSX), tmp_path / "r.xlsx")
    ws = openpyxl.load_workbook(book)["Rincian"]
    header = find_row(ws, 1, "Peringkat")
    source = header_map(ws, header)["Sumber (Data)"]
    cells = [ws.cell(r, source) for r in range(header + 1, ws.max_row + 1) if ws.cell(r, source).value]
    assert len(cells) == 14 * 3  # 14 candidates × 3 indicators, each with its Data cells
    assert [c.hyperlink is not None for c in cells] == [True] * 3 + [False] * (len(cells) - 3)
    assert cells[3].value.startswith("Data!D")


def test_bulk_rows_are_the_same_from_arrays_lists_and_texts_needing_care():
    # The quick paths (numpy arrays; texts joined at once) write what the value-by-value path writes.
    import numpy as np

    from paritrana.report.xlsx import bulk as xlsx_bulk

    numbers = xlsx_bulk.Column("number", 3, {1: 7})
    texts = xlsx_bulk.Column("text", 4, {1: 8})
    array = np.array([1.5, np.nan, 24.0, np.inf, 1e16])
    listed = [1.5, None, 24.0, None, 1e16]
    plain = ["PT A", "PT B", "PT C", "PT D", "PT E"]
    careful = ["PT A", "", None, " PT D", "A & B"]
    from_array = xlsx_bulk.rows_xml([numbers, texts], 0, 4, [array, plain], [1, None, None, None, None])
    from_list = xlsx_bulk.rows_xml([numbers, texts], 0, 4, [listed, plain], [1, None, None, None, None])
    assert from_array == from_list
    assert from_array.startswith('<row r="5"><c r="A5" s="7"><v>1.5</v></c><c r="B5" s="8" t="inlineStr">')
    assert '<row r="6"><c r="A6" s="3"/><c r="B6" s="4" t="inlineStr"><is><t>PT B</t></is></c></row>' in from_array
    assert '<c r="A9" s="3"><v>1e+16</v></c>' in from_array
    rows = xlsx_bulk.rows_xml([texts], 0, 0, [careful])
    assert rows == ('<row r="1"><c r="A1" s="4" t="inlineStr"><is><t>PT A</t></is></c></row>'
                    '<row r="2"><c r="A2" s="4"/></row><row r="3"><c r="A3" s="4"/></row>'
                    '<row r="4"><c r="A4" s="4" t="inlineStr"><is><t xml:space="preserve"> PT D</t></is></c></row>'
                    '<row r="5"><c r="A5" s="4" t="inlineStr"><is><t>A &amp; B</t></is></c></row>')
