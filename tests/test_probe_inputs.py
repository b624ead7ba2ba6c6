"""Inputs as an office writes them, checked against SPEC: what the probe of the input files found.

Each test is one promise of SPEC (or one case where SPEC is silent and a silent guess would
give a wrong ranking) on a small file built here.
"""

from __future__ import annotations

import pytest

import paritrana
from conftest import make_workbook, table
from paritrana.cli import app
from paritrana.errors import DataError

# Two candidates, two years (default criteria: pertumbuhan = cakupan - previous(cakupan)).
# 2023: Sekadau 50/100 = 50 %, Landak 20/100 = 20 %;  2024: Sekadau 60 %, Landak 40 %.
Y23 = {"Sekadau": (100, 50), "Landak": (100, 20)}
Y24 = {"Sekadau": (100, 60), "Landak": (100, 40)}


# ---------------------------------------------------------------------------- the baseline year


def test_yearless_data_with_a_baseline_of_several_years_asks_which_year_is_assessed(tmp_path):
    # The data sheet has no year; the baseline workbook holds 2023 and 2024. Taking its newest
    # year (2024) as the baseline would compare 2024 with itself: every growth 0, silently.
    data = make_workbook(tmp_path, {"Sheet1": table(Y24)}, name="now.xlsx")
    base = make_workbook(tmp_path, {"2023": table(Y23), "2024": table(Y24)}, name="history.xlsx")
    with pytest.raises(DataError) as caught:
        paritrana.run(data, baseline=base)
    assert "2023 dan 2024" in str(caught.value)
    assert "tahun yang dinilai" in str(caught.value)
    assert "the assessed year" in caught.value.render("en")


def test_yearless_data_with_a_year_and_a_baseline_of_several_years(tmp_path):
    # With the assessed year given, the baseline is the newest earlier year of the baseline
    # file: 2023. Growth: Sekadau 60 − 50 = +10, Landak 40 − 20 = +20.
    data = make_workbook(tmp_path, {"Sheet1": table(Y24)}, name="now.xlsx")
    base = make_workbook(tmp_path, {"2023": table(Y23), "2024": table(Y24)}, name="history.xlsx")
    result = paritrana.run(data, baseline=base, year=2024)
    assert (result.year, result.baseline_year) == (2024, 2023)
    assert {r.id: r.indicators["pertumbuhan"].raw for r in result.results} == pytest.approx(
        {"Sekadau": 10.0, "Landak": 20.0})


def test_yearless_data_with_a_baseline_of_one_year_uses_it(tmp_path):
    data = make_workbook(tmp_path, {"Sheet1": table(Y24)}, name="now.xlsx")
    base = make_workbook(tmp_path, {"2023": table(Y23)}, name="before.xlsx")
    result = paritrana.run(data, baseline=base)
    assert result.baseline_year == 2023


def test_cli_names_the_year_option_when_the_assessed_year_is_unknown(tmp_path, runner):
    data = make_workbook(tmp_path, {"Sheet1": table(Y24)}, name="now.xlsx")
    base = make_workbook(tmp_path, {"2023": table(Y23), "2024": table(Y24)}, name="history.xlsx")
    out = runner.invoke(app, ["rank", str(data), "--baseline", str(base)])
    assert out.exit_code == 1
    assert "`--year`" in out.output
    assert "Traceback" not in out.output


# ---------------------------------------------------------------------------- percentages


PERCENT_CRITERIA = """\
title: Uji persen
columns:
  wilayah: [Kabupaten/Kota]
  cakupan_pct: {headers: [Cakupan (%)], min: 0, max: 100}
indicators:
  cakupan: {value: cakupan_pct, weight: 1, normalize: {method: target, min: 0, max: 100}}
"""


def test_a_column_mixing_percent_signs_and_plain_numbers_is_warned(tmp_path):
    # "68,02%" is read as 0.6802 (a trailing % divides by 100), "38,54" as 38.54: Ketapang's
    # 68 % would rank below Mempawah's 38 % without a word. The values stay as SPEC reads them,
    # and a warning names both kinds of cell.
    from conftest import make_csv, write_criteria

    criteria = write_criteria(tmp_path, PERCENT_CRITERIA)
    data = make_csv(tmp_path, [["Kabupaten/Kota", "Cakupan (%)"], ["Ketapang", "68,02%"], ["Mempawah", "38,54"]],
                    sep=";")
    result = paritrana.run(data, criteria=criteria)
    assert {r.id: r.indicators["cakupan"].raw for r in result.results} == pytest.approx(
        {"Ketapang": 0.6802, "Mempawah": 38.54})
    text = " ".join(result.warning_texts())
    assert 'B2 "68,02%"' in text and 'B3 "38,54"' in text
    assert "%" in text and "dibagi 100" in text
    assert "divided by 100" in " ".join(result.warning_texts("en"))


def test_a_column_of_percent_signs_only_is_not_warned(tmp_path):
    from conftest import make_csv, write_criteria

    criteria = write_criteria(tmp_path, PERCENT_CRITERIA)
    data = make_csv(tmp_path, [["Kabupaten/Kota", "Cakupan (%)"], ["Ketapang", "68,02%"], ["Mempawah", "38,54 %"]],
                    sep=";")
    result = paritrana.run(data, criteria=criteria)
    assert result.warning_texts() == []


def test_percent_signs_beside_fractions_are_not_warned(tmp_path):
    # a percent cell of Excel holds 0.3854: beside "68,02%" (0.6802) it is the same scale
    from conftest import write_criteria

    criteria = write_criteria(tmp_path, PERCENT_CRITERIA)
    data = make_workbook(tmp_path, {"2024": [["Kabupaten/Kota", "Cakupan (%)"], ["Ketapang", "68,02%"],
                                             ["Mempawah", 0.3854]]})
    result = paritrana.run(data, criteria=criteria)
    assert result.warning_texts() == []


def test_a_workbook_column_mixing_percent_text_and_numbers_is_warned(tmp_path):
    from conftest import write_criteria

    criteria = write_criteria(tmp_path, PERCENT_CRITERIA)
    data = make_workbook(tmp_path, {"2024": [["Kabupaten/Kota", "Cakupan (%)"], ["Ketapang", "68,02%"],
                                             ["Mempawah", 38.54]]})
    result = paritrana.run(data, criteria=criteria)
    assert '2024!B2: kolom `cakupan_pct`' in " ".join(result.warning_texts())


# ---------------------------------------------------------------------------- CSV encodings


def test_a_utf16_csv_is_told_to_use_the_utf16_encoding(tmp_path, runner):
    # Excel's "Unicode Text" saves UTF-16 with a byte-order mark; cp1252 would not read it
    path = tmp_path / "unicode.csv"
    path.write_bytes("Kabupaten/Kota\tJumlah Pekerja\tPeserta Aktif\nSekadau\t100\t60\n".encode("utf-16"))
    out = runner.invoke(app, ["rank", "unicode.csv"])
    assert out.exit_code == 1
    assert "`--encoding utf-16`" in out.output
    assert "cp1252" not in out.output


def test_a_utf16_csv_reads_with_the_utf16_encoding(tmp_path):
    from paritrana.io.limits import ReadOptions
    from paritrana.io.read import read_file

    path = tmp_path / "unicode.csv"
    path.write_bytes("Kabupaten/Kota\tJumlah Pekerja\tPeserta Aktif\nSekadau\t100\t60\n".encode("utf-16"))
    raw = read_file(path, ReadOptions(encoding="utf-16"))
    assert raw.sheets[0].rows[1] == ["Sekadau", "100", "60"]


# ---------------------------------------------------------------------------- sheet names


def test_a_sheet_name_with_two_years_is_warned_with_the_year_read(tmp_path):
    # "2023 (revisi 2024)" holds 2023's data revised in 2024; it is read as 2024 (the last
    # year in the name), so the jury must be told which year the sheet became
    data = make_workbook(tmp_path, {"2022": table(Y23), "2023 (revisi 2024)": table(Y24)})
    result = paritrana.run(data)
    assert (result.year, result.baseline_year) == (2024, 2022)
    text = " ".join(result.warning_texts())
    assert '2023 (revisi 2024): nama lembar memuat lebih dari satu tahun (2023 dan 2024)' in text
    assert "dibaca sebagai data 2024" in text
    assert "read as the data of 2024" in " ".join(result.warning_texts("en"))


def test_a_sheet_name_with_one_year_twice_is_not_warned(tmp_path):
    data = make_workbook(tmp_path, {"2023": table(Y23), "Data 2024 (final 2024)": table(Y24)})
    assert paritrana.run(data).warning_texts() == []


# ---- a hidden sheet -----------------------------------------------------------------------------

ROWS = {"2023": [["Kabupaten/Kota", "Jumlah Pekerja", "Peserta Aktif"], ["Kab. Sekadau", 1000, 400],
                 ["Ketapang", 900, 500]],
        "2024": [["Kabupaten/Kota", "Jumlah Pekerja", "Peserta Aktif"], ["Kab. Sekadau", 1000, 450],
                 ["Ketapang", 900, 600]]}


def _hide(path, *names: str, state: str = "hidden"):  # type: ignore[no-untyped-def]
    import openpyxl

    book = openpyxl.load_workbook(path)
    for name in names:
        book[name].sheet_state = state
    book.save(path)
    return path


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_year_sheet_is_read_with_a_warning_naming_it(tmp_path, state):
    # the office hid the 2024 sheet; it is still the newest year, so it is assessed — and said so
    path = _hide(make_workbook(tmp_path, ROWS), "2024", state=state)
    report = paritrana.validate(path)
    assert report.year == 2024
    hidden = [w for w in report.warnings if w.code == "hidden-sheet"]
    assert [(w.location.sheet, w.render("id")) for w in hidden] == [
        ("2024", f"{path.name} › 2024: lembar ini tersembunyi di buku kerja, tetapi barisnya tetap dibaca; "
                 "tampilkan lembar ini untuk memeriksanya, atau hapus bila bukan data yang dinilai")]
    assert "2024: the sheet is hidden in the workbook, yet its rows are read; unhide" in hidden[0].render("en")


def test_a_hidden_sheet_of_notes_is_not_mentioned(tmp_path):
    path = make_workbook(tmp_path, {**ROWS, "Catatan": [["dibuat oleh kantor cabang"]]})
    report = paritrana.validate(_hide(path, "Catatan"))
    assert not [w for w in report.warnings if w.code == "hidden-sheet"]


def test_visible_sheets_give_no_hidden_sheet_warning(tmp_path):
    report = paritrana.validate(make_workbook(tmp_path, ROWS))
    assert not [w for w in report.warnings if w.code == "hidden-sheet"]


# ---- a baseline year that is not the year before -------------------------------------------------

def test_a_baseline_two_years_back_is_a_warning_saying_so(tmp_path):
    # no 2023 sheet: 2024 is compared with 2022 (SPEC: the newest earlier year), growth over two years
    path = make_workbook(tmp_path, {"2022": ROWS["2023"], "2024": ROWS["2024"]})
    report = paritrana.validate(path)
    assert (report.year, report.baseline_year) == (2024, 2022)
    gap = [w for w in report.warnings if w.code == "baseline-gap"]
    assert [w.render("id") for w in gap] == [
        "data.xlsx: tahun pembanding 2022, bukan tahun sebelum 2024: perubahan seperti pertumbuhan dengan "
        "`previous()` "
        "mencakup 2 tahun; tambahkan lembar 2023 bila datanya ada"]


def test_consecutive_years_give_no_gap_warning(tmp_path):
    report = paritrana.validate(make_workbook(tmp_path, ROWS))
    assert (report.year, report.baseline_year) == (2024, 2023)
    assert not [w for w in report.warnings if w.code == "baseline-gap"]


# ---- a formula without a saved result in the name column ----------------------------------------

def test_a_name_that_is_a_formula_never_calculated_is_an_error_naming_its_cell(tmp_path):
    # openpyxl writes "=Sambas" as a formula with no saved result: calamine reads an empty name,
    # so the row used to be skipped as a row without a name — one candidate fewer, without a word
    rows = [*ROWS["2024"], ["=Sambas", 200000, 50000]]
    path = make_workbook(tmp_path, {"2023": rows, "2024": rows})
    report = paritrana.validate(path)
    assert [(e.code, e.location.sheet, e.location.cell) for e in report.errors] == [
        ("formula-without-value", "2023", "A4"), ("formula-without-value", "2024", "A4")]


def test_a_row_with_figures_and_no_name_is_still_skipped(tmp_path):
    # an empty name cell (no formula): SPEC skips the row
    rows = [*ROWS["2024"], [None, 200000, 50000]]
    report = paritrana.validate(make_workbook(tmp_path, {"2023": rows, "2024": rows}))
    assert report.ok and report.candidates == 2


# ---- hidden rows --------------------------------------------------------------------------------

def _hide_lines(path, sheet: str, rows=(), columns: str = ""):  # type: ignore[no-untyped-def]
    """Hide rows (numbers) and columns (letters) of a sheet, as Excel's "Hide" does."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    for row in rows:
        book[sheet].row_dimensions[row].hidden = True
    for letter in columns:
        book[sheet].column_dimensions[letter].hidden = True
    book.save(path)
    return path


def test_a_hidden_candidate_row_is_read_with_a_warning_naming_it(tmp_path):
    # Ketapang (row 3 of 2024) hidden by hand: still ranked, as SPEC reads every row — and said so
    path = _hide_lines(make_workbook(tmp_path, ROWS), "2024", [3])
    report = paritrana.validate(path)
    hidden = [w for w in report.warnings if w.code == "hidden-rows"]
    assert [(w.location.sheet, w.location.cell) for w in hidden] == [("2024", "A3")]
    assert "1 baris kandidat tersembunyi di lembar ini, tetapi tetap dibaca (baris 3)" in hidden[0].render("id")
    assert report.candidates == 2


def test_many_hidden_rows_are_counted_and_the_first_five_named(tmp_path):
    # a filter left on hides seven of eight candidates (rows 3–9)
    names = [f"Kab. {c}" for c in "ABCDEFGH"]
    sheet = [ROWS["2024"][0], *[[n, 1000, 500] for n in names]]
    path = _hide_lines(make_workbook(tmp_path, {"2023": sheet, "2024": sheet}), "2024", list(range(3, 10)))
    hidden = [w for w in paritrana.validate(path).warnings if w.code == "hidden-rows"]
    assert [w.render("id") for w in hidden] == [
        "data.xlsx › 2024!A3: 7 baris kandidat tersembunyi di lembar ini, tetapi tetap dibaca (di antaranya baris "
        "3, 4, 5, 6, dan 7); tampilkan baris itu (atau hapus filternya) untuk memeriksanya; hapus baris yang bukan "
        "data yang dinilai"]


def test_a_hidden_column_the_table_reads_is_a_warning_at_its_header(tmp_path):
    # "Peserta Aktif" (column C of 2024) hidden by hand: its figures are ranked though the jury
    # cannot see them in Excel; the warning points at the header cell C1
    path = _hide_lines(make_workbook(tmp_path, ROWS), "2024", columns="C")
    hidden = [w for w in paritrana.validate(path).warnings if w.code == "hidden-columns"]
    assert [(w.location.sheet, w.location.cell) for w in hidden] == [("2024", "C1")]
    assert hidden[0].render("id") == (
        'data.xlsx › 2024!C1: kolom C dari tabel tersembunyi di lembar ini, tetapi tetap dibaca ("Peserta Aktif"); '
        "tampilkan kolom itu untuk memeriksanya; hapus kolom yang bukan data yang dinilai")
    assert ('columns of the table hidden in the sheet are read all the same (column C: "Peserta Aktif")'
            in hidden[0].render("en"))


def test_hidden_columns_beside_the_table_are_not_mentioned(tmp_path):
    # an office hides the empty columns right of its table (D onwards): nothing read is hidden
    path = _hide_lines(make_workbook(tmp_path, ROWS), "2024", columns="DEF")
    assert not [w for w in paritrana.validate(path).warnings if w.code == "hidden-columns"]


def test_hidden_columns_of_a_large_sheet_are_found_in_its_head(tmp_path, monkeypatch):
    from paritrana.io import limits

    # every sheet counts as large: the columns are read from the XML kept before its rows
    path = _hide_lines(make_workbook(tmp_path, ROWS), "2023", columns="BC")
    monkeypatch.setattr(limits, "BIG_PART", 64)
    hidden = [w for w in paritrana.validate(path).warnings if w.code == "hidden-columns"]
    assert [(w.location.sheet, w.location.cell) for w in hidden] == [("2023", "B1")]
    assert "kolom B dan C dari tabel" in hidden[0].render("id")


def test_a_hidden_title_row_above_the_header_is_not_mentioned(tmp_path):
    sheet = [["Rekap kepesertaan"], *ROWS["2024"]]
    path = _hide_lines(make_workbook(tmp_path, {"2023": sheet, "2024": sheet}), "2024", [1])
    assert not [w for w in paritrana.validate(path).warnings if w.code == "hidden-rows"]
