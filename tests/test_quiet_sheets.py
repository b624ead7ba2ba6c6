"""Sheets without a year that the tool skips without a warning: its own instructions sheet
(recognised by a hidden marker, whatever its name) and a notes sheet with no table. Any
other sheet without a year is still named in the warnings."""

from __future__ import annotations

import openpyxl

import paritrana
from conftest import make_workbook, table
from paritrana.io.sheets import TEMPLATE_MARKER, skipped_silently
from paritrana.report.template import write_template

Y23 = {"A": (100, 10), "B": (100, 20)}
Y24 = {"A": (100, 15), "B": (100, 30)}


def test_a_column_of_sentences_is_a_notes_sheet():
    assert skipped_silently([["Sumber: BPJS Ketenagakerjaan"], [""], ["Angka 2023 ilustratif."]])


def test_two_filled_cells_in_a_row_make_a_table():
    assert not skipped_silently([["Sumber"], ["Wilayah", "Pekerja"]])


def test_blank_text_cells_are_not_filled():
    assert skipped_silently([["Catatan", "  ", ""]])


def test_the_marker_makes_a_table_the_template_s_own():
    rows = [["Judul", *[""] * 24, TEMPLATE_MARKER], ["Judul kolom", "Nama di kriteria", "Keterangan"]]
    assert skipped_silently(rows)


def test_notes_sheets_are_not_warned_about(tmp_path):
    data = make_workbook(tmp_path, {"2023": table(Y23), "2024": table(Y24), "Catatan": [["Sumber: BPJS"]]})
    assert paritrana.run(data).warning_texts() == []


def test_a_table_without_a_year_is_still_warned_about(tmp_path):
    data = make_workbook(tmp_path, {"2023": table(Y23), "2024": table(Y24), "Rekap": table(Y24)})
    assert paritrana.run(data).warning_texts() == ["Rekap: nama lembar tidak memuat tahun; lembar diabaikan"]


def test_the_template_s_instructions_are_skipped_even_renamed(tmp_path):
    path = tmp_path / "isian.xlsx"
    write_template(path, years=[2023, 2024])
    book = openpyxl.load_workbook(path)
    book["Petunjuk"].title = "Cara mengisi"
    for year, rows in (("2023", Y23), ("2024", Y24)):
        for name, (pekerja, peserta) in rows.items():
            book[year].append([name, pekerja, peserta])
    book.save(path)
    result = paritrana.run(path)
    assert [r.id for r in result.results] == ["B", "A"] and result.warning_texts() == []
