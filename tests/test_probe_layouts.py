"""Input layouts and options as offices send them, checked against SPEC (round 3 probe).

Each test is one promise of SPEC's "Input workbooks" section (layouts, `--year`, `--baseline`,
CSV decoding, separators, quoting, field counts) on a small file built here.
"""

from __future__ import annotations

import pytest

import paritrana
from conftest import HEADER, make_workbook, write_criteria

# Criteria without previous(): capaian = peserta, cakupan = 100 · peserta / pekerja, both minmax.
PLAIN = """\
title: T
columns:
  wilayah: [Kabupaten/Kota]
  pekerja: [Jumlah Pekerja]
  peserta: [Peserta Aktif]
derived:
  cakupan: 100 * peserta / pekerja
indicators:
  capaian: {value: peserta, weight: 1}
  cakupan: {value: cakupan, weight: 1}
"""


def raws(result, indicator="capaian"):
    return {r.id: r.indicators[indicator].raw for r in result.results}


# ------------------------------------------------------------------- names typed on two lines


def test_a_quoted_csv_name_on_two_lines_keeps_every_row_its_own_figures(tmp_path):
    # "Kubu<newline>Raya" in quotes is one field: the name reads "Kubu Raya" (spaces collapsed)
    # and each candidate keeps its own peserta (it used to crash with an IndexError).
    (tmp_path / "d.csv").write_text('Kabupaten/Kota,Jumlah Pekerja,Peserta Aktif\n'
                                    '"Kubu\nRaya",150000,58000\nSambas,100000,9000\n', encoding="utf-8")
    result = paritrana.run("d.csv", criteria=write_criteria(tmp_path, PLAIN))
    assert raws(result) == {"Kubu Raya": 58000.0, "Sambas": 9000.0}


def test_a_workbook_name_wrapped_with_alt_enter_keeps_every_row_its_own_figures(tmp_path):
    data = make_workbook(tmp_path, {"2024": [HEADER, ["Kubu\nRaya", 150000, 58000], ["Sambas", 100000, 9000]]})
    result = paritrana.run(data, criteria=write_criteria(tmp_path, PLAIN))
    assert raws(result) == {"Kubu Raya": 58000.0, "Sambas": 9000.0}


# ------------------------------------------------------------------------------ CSV separators

ONE_COLUMN = """\
title: T
columns:
  wilayah: [Kabupaten/Kota]
  skor: [Skor]
indicators:
  s: {value: skor, weight: 1}
"""


def test_a_one_column_csv_with_a_comma_in_a_name_is_one_column(tmp_path):
    # Three of four lines hold no separator: the file is one column, and "Kubu Raya, Kab." one
    # name. What is wrong is the missing "Skor" column, not a field count on line 3.
    (tmp_path / "d.csv").write_text("Kabupaten/Kota\nKetapang\nKubu Raya, Kab.\nSambas\n", encoding="utf-8")
    report = paritrana.validate("d.csv", criteria=write_criteria(tmp_path, ONE_COLUMN))
    messages = [str(i.message) for i in report.errors]
    assert len(messages) == 1
    assert "`skor` tidak ditemukan" in messages[0]


def test_a_title_block_of_three_lines_above_a_small_table_keeps_its_separator(tmp_path):
    # Three one-field lines above the header are titles, not a one-column file.
    (tmp_path / "d.csv").write_text("Rekap Kepesertaan\nKalimantan Barat\n2024\n"
                                    "Kabupaten/Kota;Skor\nKetapang;1,5\n", encoding="utf-8")
    result = paritrana.run("d.csv", criteria=write_criteria(tmp_path, ONE_COLUMN))
    assert {r.id: r.indicators["s"].raw for r in result.results} == {"Ketapang": 1.5}


# ------------------------------------------------------------- a baseline missing: what to add

GROWTH = """\
title: T
columns:
  wilayah: [Kabupaten/Kota]
  pekerja: [Jumlah Pekerja]
  peserta: [Peserta Aktif]
derived:
  cakupan: 100 * peserta / pekerja
indicators:
  pertumbuhan: {value: cakupan - previous(cakupan), weight: 1}
"""


def test_a_long_csv_without_an_earlier_year_is_told_to_add_rows_not_a_sheet(tmp_path, runner):
    from paritrana.cli import app

    (tmp_path / "d.csv").write_text("Tahun;Kabupaten/Kota;Jumlah Pekerja;Peserta Aktif\n"
                                    "2024;Ketapang;100;50\n", encoding="utf-8")
    out = runner.invoke(app, ["rank", "d.csv", "--criteria", str(write_criteria(tmp_path, GROWTH))])
    assert out.exit_code == 1
    assert "tidak memuat tahun sebelum 2024" in out.output
    assert "tambahkan baris tahun sebelumnya, dengan tahunnya di kolom tahun" in out.output
    assert "lembar" not in out.output
    assert "`--baseline BERKAS`" in out.output


def test_a_csv_without_a_year_is_told_to_give_a_baseline_file_not_a_sheet(tmp_path, runner):
    from paritrana.cli import app

    (tmp_path / "d.csv").write_text("Kabupaten/Kota;Jumlah Pekerja;Peserta Aktif\nKetapang;100;50\n",
                                    encoding="utf-8")
    out = runner.invoke(app, ["rank", "d.csv", "--criteria", str(write_criteria(tmp_path, GROWTH)), "--lang", "en"])
    assert out.exit_code == 1
    assert "pass the previous year's file with --baseline FILE" in out.output
    assert "sheet" not in out.output


def test_a_baseline_file_without_an_earlier_year_is_told_to_give_another(tmp_path):
    from paritrana.errors import DataError

    crit = write_criteria(tmp_path, GROWTH)
    data = make_workbook(tmp_path, {"2024": [HEADER, ["Ketapang", 100, 50]]}, name="now.xlsx")
    base = make_workbook(tmp_path, {"2024": [HEADER, ["Ketapang", 100, 40]]}, name="base.xlsx")
    with pytest.raises(DataError) as caught:
        paritrana.run(data, criteria=crit, baseline=base)
    assert "berkas pembanding base.xlsx tidak memuat tahun sebelum 2024" in str(caught.value)
    assert str(caught.value.hint) == "berikan berkas pembanding yang memuat tahun sebelum 2024"


def test_several_files_without_an_earlier_year_are_told_as_the_input_files(tmp_path, runner):
    from paritrana.cli import app

    crit = str(write_criteria(tmp_path, GROWTH))
    make_workbook(tmp_path, {"2024": [HEADER, ["Ketapang", 100, 50]]}, name="kalbar.xlsx")
    (tmp_path / "kaltim.csv").write_text("Tahun;Kabupaten/Kota;Jumlah Pekerja;Peserta Aktif\n"
                                         "2024;Balikpapan;100;60\n", encoding="utf-8")
    out = runner.invoke(app, ["rank", "kalbar.xlsx", "kaltim.csv", "--criteria", crit])
    assert out.exit_code == 1
    assert "tetapi data berkas masukan tidak memuat tahun sebelum 2024" in out.output
    assert "tambahkan data tahun sebelumnya ke setiap berkas" in out.output


# ------------------------------------------------------------- year sheets that hold no table

Y23 = [HEADER, ["Sekadau", 100, 50], ["Landak", 100, 20]]
Y24 = [HEADER, ["Sekadau", 100, 60], ["Landak", 100, 40]]


def _book_with(tmp_path, name, rows):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "2023"
    for sheet, table in (("2023", Y23), ("2024", Y24)):
        ws = book[sheet] if sheet in book.sheetnames else book.create_sheet(sheet)
        for row in table:
            ws.append(row)
    extra = book.create_sheet(name)
    for row in rows:
        extra.append(row)
    book.save(tmp_path / "data.xlsx")
    return "data.xlsx"


def test_a_blank_sheet_made_for_next_year_is_ignored_with_a_warning(tmp_path):
    # "2025" is blank (made ready for next year): 2024 is still the newest year with data, and
    # its growth is against 2023: Sekadau 60 − 50 = 10, Landak 40 − 20 = 20.
    result = paritrana.run(_book_with(tmp_path, "2025", []))
    assert (result.year, result.baseline_year) == (2024, 2023)
    assert raws(result, "pertumbuhan") == pytest.approx({"Sekadau": 10.0, "Landak": 20.0})
    assert [(w.location.sheet, str(w.message)) for w in result.warnings] == [
        ("2025", "lembar tidak memuat tabel (tidak ada baris dengan dua sel terisi); lembar diabaikan")]


def test_a_notes_sheet_with_a_year_in_its_name_is_ignored_with_a_warning(tmp_path):
    result = paritrana.run(_book_with(tmp_path, "Catatan 2025", [["Data diperbarui Januari 2025"], ["Sumber: BPJS"]]))
    assert (result.year, result.baseline_year) == (2024, 2023)
    assert [(w.location.sheet, str(w.message)) for w in result.warnings] == [
        ("Catatan 2025", "lembar tidak memuat tabel (tidak ada baris dengan dua sel terisi); lembar diabaikan")]


def test_a_chart_sheet_of_a_year_is_no_second_sheet_of_that_year(tmp_path):
    # "Grafik 2024" (a chart sheet) used to be "two sheets hold the data of 2024".
    import openpyxl
    from openpyxl.chart import BarChart, Reference

    _book_with(tmp_path, "Notes", [])
    book = openpyxl.load_workbook("data.xlsx")
    del book["Notes"]
    chart = BarChart()
    chart.add_data(Reference(book["2024"], min_col=3, min_row=1, max_row=3), titles_from_data=True)
    book.create_chartsheet("Grafik 2024").add_chart(chart)
    book.save("data.xlsx")
    result = paritrana.run("data.xlsx")
    assert (result.year, result.baseline_year) == (2024, 2023)
    assert [w.location.sheet for w in result.warnings] == ["Grafik 2024"]


def test_a_workbook_whose_only_year_sheet_is_blank_still_has_no_header_row(tmp_path):
    from paritrana.errors import DataError

    make_workbook(tmp_path, {"2024": []})
    with pytest.raises(DataError) as caught:
        paritrana.run("data.xlsx")
    assert "data.xlsx › 2024: baris judul tidak ditemukan" in str(caught.value)


# ------------------------------------------------------------------------------ CSV field counts


def test_an_extra_field_under_the_semicolon_is_not_blamed_on_a_decimal_comma(tmp_path):
    # The file already uses ";": the decimal-comma hint ("use the ; separator") would not help.
    (tmp_path / "d.csv").write_text("Kabupaten/Kota;Jumlah Pekerja;Peserta Aktif\n"
                                    "Ketapang;180.000;122.000;catatan\nMempawah;150.000;58.000\n", encoding="utf-8")
    report = paritrana.validate("d.csv", criteria=write_criteria(tmp_path, PLAIN))
    [issue] = [i for i in report.issues if i.code == "field-count"]
    assert str(issue) == ('d.csv: baris 2 memuat 4 kolom ("Ketapang;180.000;122.000;catatan"), padahal baris judul '
                          "(baris 1) memuat 3 kolom; beri tanda petik pada teks yang memuat tanda pemisah, atau hapus "
                          "kolom yang berlebih")


def test_a_line_with_too_few_fields_is_told_to_add_them(tmp_path):
    (tmp_path / "d.csv").write_text("Kabupaten/Kota,Jumlah Pekerja,Peserta Aktif\nKetapang,180000\n"
                                    "Mempawah,150000,58000\n", encoding="utf-8")
    report = paritrana.validate("d.csv", criteria=write_criteria(tmp_path, PLAIN))
    [issue] = [i for i in report.issues if i.code == "field-count"]
    assert str(issue.message) == ('baris 2 memuat 2 kolom ("Ketapang,180000"), padahal baris judul (baris 1) '
                                  "memuat 3 kolom")
    assert issue.hint.render("en") == "add the missing fields (an empty value still needs its separator)"


def test_a_trailing_separator_on_every_line_and_trailing_blank_lines_are_no_field_count_error(tmp_path):
    (tmp_path / "d.csv").write_bytes(b"Kabupaten/Kota;Jumlah Pekerja;Peserta Aktif;\r\nKetapang;180.000;122.000;\r\n"
                                     b"Mempawah;150.000;58.000;\r\n\r\n;;;\r\n\r\n")
    result = paritrana.run("d.csv", criteria=write_criteria(tmp_path, PLAIN))
    assert raws(result) == {"Ketapang": 122000.0, "Mempawah": 58000.0}
    assert result.warnings == []
