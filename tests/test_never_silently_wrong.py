"""Never silently wrong (issue 12): inputs that used to be read into a wrong table, quietly.

1. A CSV line with more or fewer fields than the header row ("64,210" under the ``,``
   separator is two fields) is an error naming the line.
2. A total row is dropped by its values, not only by its name ("6100 KALIMANTAN BARAT",
   sub-totals), with a warning that says which rows it sums.
3. A date in a year column is read as its year, with one warning naming the cells; anything
   else there is an error naming the cell and the years expected.
5. A header of two rows (a merged "Jumlah Pekerja" above "2023 | 2024") is named as such.

Then a catalogue (each case through the CLI: exit code, place, no traceback, inputs
unchanged, no temporary file) and the check that ``validate`` and ``rank`` report the same
errors for every bad input of every catalogue.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import paritrana
from conftest import COUNTS, HEADER, as_typed, make_csv, make_workbook, sha256, table, write_criteria
from paritrana.cli.app import app
from paritrana.errors import CriteriaError, DataErrors

LONG_HEADER = ["Tahun", *HEADER]


def issues_of(report, code):
    return [i for i in report.issues if i.code == code]


# ---- 1. CSV field counts ------------------------------------------------------------------------


def test_a_decimal_comma_under_the_comma_separator_is_an_error_naming_the_line(tmp_path):
    # "64,210" meant sixty-four thousand: written bare under "," it is two fields, and the row
    # used to be read as pekerja 64, peserta 210 (coverage 328 %), the 100 silently dropped.
    data = as_typed(tmp_path / "data.csv")
    data.write_text("Kabupaten/Kota,Jumlah Pekerja,Peserta Aktif\nSekadau,100,60\nLandak,64,210,100\n")
    report = paritrana.validate(data, criteria=write_criteria(tmp_path, COUNTS))
    [issue] = issues_of(report, "field-count")
    assert str(issue) == (
        'data.csv: baris 3 memuat 4 kolom ("Landak,64,210,100"), padahal baris judul (baris 1) memuat 3 kolom; '
        'angka dengan koma desimal (misalnya 31,63) memerlukan pemisah ";" atau tanda petik; simpan CSV dengan '
        'pemisah ";", atau beri tanda petik pada angka seperti itu')
    assert issue.render("en").startswith(
        'data.csv: line 3 has 4 fields ("Landak,64,210,100"), the header row (line 1) has 3; a number with a '
        'decimal comma (e.g. 31,63) needs the ";" separator or quotes')
    with pytest.raises(DataErrors) as raised:
        paritrana.run(data, criteria=write_criteria(tmp_path, COUNTS))
    assert [i.code for i in raised.value.issues] == ["field-count"]


def test_a_short_line_is_an_error_too(tmp_path):
    data = tmp_path / "data.csv"
    data.write_text("Kabupaten/Kota;Jumlah Pekerja;Peserta Aktif\nSekadau;100;60\nLandak;100\n")
    report = paritrana.validate(data, criteria=write_criteria(tmp_path, COUNTS))
    assert [str(i.message) for i in issues_of(report, "field-count")] == [
        'baris 3 memuat 2 kolom ("Landak;100"), padahal baris judul (baris 1) memuat 3 kolom']


def test_every_line_with_a_wrong_field_count_is_reported(tmp_path):
    data = tmp_path / "data.csv"
    data.write_text("Kabupaten/Kota,Jumlah Pekerja,Peserta Aktif\nSekadau,1,234,60\nLandak,100,40\n"
                    "Sambas,2,000,1,500\n")
    report = paritrana.validate(data, criteria=write_criteria(tmp_path, COUNTS))
    assert [str(i.message).split(" memuat")[0] for i in issues_of(report, "field-count")] == ["baris 2", "baris 4"]


def test_title_lines_blank_lines_and_quoted_commas_keep_working(tmp_path):
    # The header row is the row with the entity header: the one-field title line above it is
    # ignored, blank lines (or separators only) are skipped, a quoted comma is one field.
    data = tmp_path / "data.csv"
    data.write_text('Rekap Kepesertaan Kalimantan Barat\n\nKabupaten/Kota,Jumlah Pekerja,Peserta Aktif\n'
                    'Sekadau,100,60\n\n,,\n"Pontianak, Kota",200,"40"\n')
    result = paritrana.run(data, criteria=write_criteria(tmp_path, COUNTS))
    assert [r.id for r in result.results] == ["Sekadau", "Pontianak, Kota"]


# ---- 2. total rows by value -----------------------------------------------------------------------

# Three kabupaten and the province's own row under a code name (the sum of the three).
#             2023 pekerja/peserta   2024 pekerja/peserta   cakupan 2023 → 2024   pertumbuhan
# Sekadau      1000 /  400            1000 /  550            40 → 55               15
# Landak       2000 /  600            2000 /  800            30 → 40               10
# Sambas       1000 /  200            1000 /  300            20 → 30               10
# 6100 KALBAR  4000 / 1200            4000 / 1650            30 → 41.25            11.25
PROVINCE = "6100 KALIMANTAN BARAT"
Y23 = {"Sekadau": (1000, 400), "Landak": (2000, 600), "Sambas": (1000, 200), PROVINCE: (4000, 1200)}
Y24 = {"Sekadau": (1000, 550), "Landak": (2000, 800), "Sambas": (1000, 300), PROVINCE: (4000, 1650)}


def province_workbook(tmp_path):
    return make_workbook(tmp_path, {"2023": table(Y23), "2024": table(Y24)}, name="kalbar.xlsx")


def test_a_province_row_under_a_code_name_is_dropped_by_its_values(tmp_path):
    # Default criteria: 0.4 capaian (minmax of peserta) + 0.3 cakupan (target 0–100)
    # + 0.3 pertumbuhan (minmax), over the three kabupaten:
    #   capaian   550, 800, 300 → 50, 100, 0;  pertumbuhan 15, 10, 10 → 100, 0, 0
    #   Sekadau 0.4·50 + 0.3·55 + 0.3·100 = 66.5;  Landak 40 + 12 + 0 = 52;  Sambas 0 + 9 + 0 = 9
    result = paritrana.run(province_workbook(tmp_path))
    assert [(r.id, r.rank) for r in result.results] == [("Sekadau", 1), ("Landak", 2), ("Sambas", 3)]
    assert [r.score for r in result.results] == pytest.approx([66.5, 52.0, 9.0])
    assert result.warning_texts() == [
        '2023!A5: baris "6100 KALIMANTAN BARAT" diabaikan sebagai baris jumlah: nilainya adalah jumlah 3 baris lainnya',
        '2024!A5: baris "6100 KALIMANTAN BARAT" diabaikan sebagai baris jumlah: nilainya adalah jumlah 3 baris lainnya',
    ]
    assert result.warning_texts("en")[1] == (
        '2024!A5: row "6100 KALIMANTAN BARAT" ignored as a total row: its values are the sum of the other 3 rows')


def test_criteria_declaring_no_count_column_point_out_the_province_row(tmp_path):
    # No column declared `integer: true`: the columns whose values are all whole numbers ≥ 0
    # (pekerja and peserta) are compared, and the province row, the sum of the three others,
    # is named in a warning — still ranked: hand-typed figures add up by chance (10, 20, 30, 60)
    no_counts = (Path(__file__).parent.parent / "criteria" / "paritrana-kabkota.yaml").read_text(encoding="utf-8")
    criteria = write_criteria(tmp_path, no_counts.replace("integer: true", "integer: false"))
    result = paritrana.run(province_workbook(tmp_path), criteria=criteria)
    assert PROVINCE in [r.id for r in result.results]
    assert result.warning_texts()[-1] == (
        '2024!A5: baris "6100 KALIMANTAN BARAT" sama dengan jumlah 3 baris lainnya, tetapi tetap dinilai sebagai '
        "kandidat karena kriteria tidak menandai kolom hitungan (`integer: true`)")


def test_a_single_whole_column_adding_up_by_chance_is_only_pointed_out(tmp_path):
    # one indicator over X, nothing declared: 60 = 10 + 20 + 30, yet D is a candidate
    criteria = write_criteria(tmp_path, "title: T\ncolumns:\n  wilayah: [Wilayah]\n  x: [X]\n"
                                        "indicators:\n  v: {value: x, weight: 1}\n")
    rows = [["Wilayah", "X"], ["A", 10], ["B", 20], ["C", 30], ["D", 60]]
    result = paritrana.run(make_workbook(tmp_path, {"2024": rows}), criteria=criteria)
    assert [r.id for r in result.results] == ["D", "C", "B", "A"]
    assert [i.code for i in result.warnings] == ["total-row"]


def test_before_the_province_row_took_first_place(tmp_path):
    # What the same file gives when no column can be compared (every count has a fraction:
    # counts scaled by 1.0001): the province ranked as a fourth candidate — and first.
    #   capaian   550.055, 800.08, 300.03, 1650.165 → 18.52, 37.04, 0, 100 (scaling keeps the shares)
    #   pertumbuhan 15, 10, 10, 11.25 → min 10, range 5: 100, 0, 0, 25
    #   province  0.4·100 + 0.3·41.25 + 0.3·25 = 40 + 12.375 + 7.5 = 59.875   → 1st
    #   Sekadau   0.4·18.52 + 16.5 + 30 = 53.907                               → 2nd
    no_counts = (Path(__file__).parent.parent / "criteria" / "paritrana-kabkota.yaml").read_text(encoding="utf-8")
    criteria = write_criteria(tmp_path, no_counts.replace("integer: true", "integer: false"))
    scaled = [{k: (a * 1.0001, b * 1.0001) for k, (a, b) in year.items()} for year in (Y23, Y24)]
    data = make_workbook(tmp_path, {"2023": table(scaled[0]), "2024": table(scaled[1])}, name="kalbar.xlsx")
    result = paritrana.run(data, criteria=criteria)
    assert [(r.id, round(r.score, 3)) for r in result.results][:2] == [(PROVINCE, 59.875), ("Sekadau", 53.907)]


def test_a_province_row_on_top_is_dropped_too(tmp_path):
    rows = table({PROVINCE: (4000, 1650), "Sekadau": (1000, 550), "Landak": (2000, 800), "Sambas": (1000, 300)})
    result = paritrana.run(make_workbook(tmp_path, {"2024": rows}), criteria=write_criteria(tmp_path, COUNTS))
    assert sorted(r.id for r in result.results) == ["Landak", "Sambas", "Sekadau"]
    assert result.warning_texts() == [
        '2024!A2: baris "6100 KALIMANTAN BARAT" diabaikan sebagai baris jumlah: nilainya adalah jumlah 3 baris lainnya']


def test_sub_totals_and_the_total_are_dropped_each_saying_what_they_sum(tmp_path):
    rows = table({
        "Sambas": (100, 40), "Bengkayang": (50, 20),             # rows 2–3
        "Wilayah Utara": (150, 60),                              # row 4: 2 + 3
        "Sanggau": (80, 30), "Sekadau": (70, 10), "Sintang": (30, 5),  # rows 5–7
        "Wilayah Timur": (180, 45),                              # row 8: 5 + 6 + 7
        "Kalimantan Barat": (330, 105),                          # row 9: the five kabupaten
    })
    result = paritrana.run(make_workbook(tmp_path, {"2024": rows}), criteria=write_criteria(tmp_path, COUNTS))
    assert sorted(r.id for r in result.results) == ["Bengkayang", "Sambas", "Sanggau", "Sekadau", "Sintang"]
    assert result.warning_texts() == [
        '2024!A4: baris "Wilayah Utara" diabaikan sebagai baris subtotal: nilainya adalah jumlah baris 2–3 (2 baris)',
        '2024!A8: baris "Wilayah Timur" diabaikan sebagai baris subtotal: nilainya adalah jumlah baris 5–7 (3 baris)',
        '2024!A9: baris "Kalimantan Barat" diabaikan sebagai baris jumlah: nilainya adalah jumlah 5 baris lainnya',
    ]


def test_a_sub_total_block_starts_after_a_total_word(tmp_path):
    # "Jumlah Utara" is dropped by its name; the next block starts below it.
    rows = table({"Sambas": (100, 40), "Bengkayang": (50, 20), "Jumlah Utara": (150, 60),
                  "Sanggau": (80, 30), "Sekadau": (70, 10), "Wilayah Timur": (150, 40)})
    result = paritrana.run(make_workbook(tmp_path, {"2024": rows}), criteria=write_criteria(tmp_path, COUNTS))
    assert sorted(r.id for r in result.results) == ["Bengkayang", "Sambas", "Sanggau", "Sekadau"]
    assert result.warning_texts()[1] == (
        '2024!A7: baris "Wilayah Timur" diabaikan sebagai baris subtotal: nilainya adalah jumlah baris 5–6 (2 baris)')


def test_only_count_columns_are_compared_not_percentages(tmp_path):
    # The province's coverage (31.5 %) is not the sum of the districts' (50 + 20 + 30): only
    # the columns declared integer (the counts) must add up.
    text = COUNTS.replace("indicators:", "  persen: {headers: [Cakupan (%)], max: 100}\nindicators:")
    criteria = write_criteria(tmp_path, text + "  persen: {value: persen, weight: 1}\n")
    header = [*HEADER, "Cakupan (%)"]
    rows = [header, ["Sekadau", 100, 50, 50], ["Landak", 100, 20, 20], ["Sambas", 200, 60, 30],
            ["Kalbar", 400, 130, 32.5]]
    result = paritrana.run(make_workbook(tmp_path, {"2024": rows}), criteria=criteria)
    assert sorted(r.id for r in result.results) == ["Landak", "Sambas", "Sekadau"]


def test_without_count_columns_no_row_is_compared_by_value(tmp_path):
    # nothing declared `integer: true` and no column of whole numbers (x.5 everywhere)
    criteria = write_criteria(tmp_path, COUNTS.replace("integer: true", "integer: false"))
    rows = table({"Sekadau": (100.5, 50.5), "Landak": (100.5, 20.5), "Kalbar": (201, 71)})
    result = paritrana.run(make_workbook(tmp_path, {"2024": rows}), criteria=criteria)
    assert "Kalbar" in [r.id for r in result.results]


def test_one_declared_count_column_is_compared_with_the_whole_number_ones(tmp_path):
    # SPEC's example declares only peserta `integer: true`: Ketapang's 600 peserta are
    # Mempawah's 400 + Sekadau's 200, but its 1.000 pekerja are not 900 + 800 — a candidate
    criteria = write_criteria(tmp_path, COUNTS.replace("pekerja: {headers: [Jumlah Pekerja], integer: true}",
                                                       "pekerja: [Jumlah Pekerja]"))
    rows = table({"Ketapang": (1000, 600), "Mempawah": (900, 400), "Sekadau": (800, 200)})
    result = paritrana.run(make_workbook(tmp_path, {"2024": rows}), criteria=criteria)
    assert [r.id for r in result.results][0] == "Ketapang"
    assert result.warning_texts() == []


def test_one_count_column_alone_needs_three_rows_summed(tmp_path):
    # only peserta is compared (pekerja has fractions): 600 = 400 + 200 is two rows, a
    # coincidence as likely as not; 700 = 400 + 200 + 100 is three, a total
    criteria = write_criteria(tmp_path, COUNTS.replace("pekerja: {headers: [Jumlah Pekerja], integer: true}",
                                                       "pekerja: [Jumlah Pekerja]"))
    two = table({"Ketapang": (1000.5, 600), "Mempawah": (900.5, 400), "Sekadau": (800.5, 200)})
    assert len(paritrana.run(make_workbook(tmp_path, {"2024": two}), criteria=criteria).results) == 3
    three = table({"Kalbar": (3000.5, 700), "Mempawah": (900.5, 400), "Sekadau": (800.5, 200), "Sambas": (700.5, 100)})
    result = paritrana.run(make_workbook(tmp_path, {"2024": three}, name="b.xlsx"), criteria=criteria)
    assert sorted(r.id for r in result.results) == ["Mempawah", "Sambas", "Sekadau"]


@pytest.mark.parametrize(("peserta", "dropped"), [(1653, True), (1660, False)])
def test_a_total_is_equal_within_half_a_percent(tmp_path, peserta, dropped):
    # the sum is 1650: 1653 is 0.18 % off (a rounded published total), 1660 is 0.6 % off
    rows = table({"Sekadau": (1000, 550), "Landak": (2000, 800), "Sambas": (1000, 300), PROVINCE: (4000, peserta)})
    result = paritrana.run(make_workbook(tmp_path, {"2024": rows}), criteria=write_criteria(tmp_path, COUNTS))
    assert (PROVINCE not in [r.id for r in result.results]) is dropped


def test_a_large_district_beside_a_small_one_is_no_total(tmp_path):
    # Kapuas Hulu 200.000 / 100.000 is within 0,5 % of Bengkayang + Kayong Utara
    # (201.000 / 100.500) but leaves out all of Bengkayang (1.000 / 500): a total includes
    # every part, so the difference must stay below half of the smallest part (500 / 250)
    rows = table({"Bengkayang": (1000, 500), "Kayong Utara": (200_000, 100_000), "Kapuas Hulu": (200_000, 100_000)})
    result = paritrana.run(make_workbook(tmp_path, {"2024": rows}), criteria=write_criteria(tmp_path, COUNTS))
    assert sorted(r.id for r in result.results) == ["Bengkayang", "Kapuas Hulu", "Kayong Utara"]
    assert result.warning_texts() == []


def test_a_total_needs_at_least_two_rows_with_a_value(tmp_path):
    # Landak equals Sekadau + an empty row: a copy, not a total
    rows = table({"Sekadau": (100, 50), "Sambas": (0, 0), "Landak": (100, 50)})
    report = paritrana.validate(make_workbook(tmp_path, {"2024": rows}), criteria=write_criteria(tmp_path, COUNTS))
    assert issues_of(report, "total-row") == []


def test_each_year_of_a_long_sheet_is_summed_on_its_own(tmp_path):
    rows = [LONG_HEADER, [2023, "Sekadau", 1000, 400], [2024, "Sekadau", 1000, 550], [2023, "Landak", 2000, 600],
            [2024, "Landak", 2000, 800], [2023, "Sambas", 1000, 200], [2024, "Sambas", 1000, 300],
            [2023, PROVINCE, 4000, 1200], [2024, PROVINCE, 4000, 1650]]
    result = paritrana.run(make_workbook(tmp_path, {"Rekap": rows}))
    assert [r.id for r in result.results] == ["Sekadau", "Landak", "Sambas"]
    assert [w.split(":")[0] for w in result.warning_texts()] == ["Rekap!B8", "Rekap!B9"]


@pytest.mark.parametrize("name", ["Total Kalbar", "Provinsi Kalimantan Barat", "PROVINSI", "Jumlah Kalbar"])
def test_total_words(tmp_path, name):
    rows = table({"Sekadau": (100, 50), "Landak": (100, 20), name: (1, 1)})
    result = paritrana.run(make_workbook(tmp_path, {"2024": rows}), criteria=write_criteria(tmp_path, COUNTS))
    assert result.warning_texts() == [f'2024!A4: baris jumlah ("{name}") diabaikan']


def test_provinsi_is_no_total_word_when_provinces_are_the_candidates(tmp_path):
    criteria = write_criteria(tmp_path, "title: P\nentity: provinsi\ncolumns:\n  provinsi: [Provinsi]\n  x: [x]\n"
                                        "indicators:\n  v: {value: x, weight: 1}\n")
    rows = [["Provinsi", "x"], ["Provinsi Aceh", 1], ["Provinsi Bali", 2]]
    result = paritrana.run(make_workbook(tmp_path, {"2024": rows}), criteria=criteria)
    assert sorted(r.id for r in result.results) == ["Provinsi Aceh", "Provinsi Bali"]


def test_the_search_by_value_is_vectorised(tmp_path):
    # 300,000 rows and a total at the bottom: prefix sums and one searchsorted, not a walk
    # over the rows (a few thousand candidate blocks at most are checked one by one).
    import numpy as np

    from paritrana.io.totals import find_totals

    rng = np.random.default_rng(1)
    values = rng.integers(1_000, 200_000, size=(300_000, 2)).astype(float)
    values = np.vstack([values, values.sum(axis=0)])
    started = time.monotonic()
    found = find_totals(values)
    assert time.monotonic() - started < 5
    assert [(t.index, t.rows, t.whole) for t in found] == [(300_000, 300_000, True)]


# ---- 3. dates in a year column -------------------------------------------------------------------


def long_rows(years):
    """Sekadau and Landak in each of two years, the Tahun cells as given."""
    y23, y24 = years
    return [LONG_HEADER, [y23, "Sekadau", 100, 50], [y23, "Landak", 100, 20], [y24, "Sekadau", 100, 60],
            [y24, "Landak", 100, 40]]


def test_date_cells_in_the_year_column_are_read_as_their_year_with_one_warning(tmp_path):
    data = make_workbook(tmp_path, {"Rekap": long_rows((dt.datetime(2023, 12, 31), dt.date(2024, 12, 31)))})
    result = paritrana.run(data)
    assert (result.year, result.baseline_year) == (2024, 2023)
    assert result.warning_texts() == [
        'Rekap!A2: kolom tahun berisi tanggal, masing-masing dibaca sebagai tahunnya: A2 "2023-12-31" → 2023, '
        'A3 "2023-12-31" → 2023, A4 "2024-12-31" → 2024, dan A5 "2024-12-31" → 2024']


def test_iso_date_text_in_a_csv_is_read_as_its_year(tmp_path):
    data = make_csv(tmp_path, long_rows(("2023-12-31", "31/12/2024")), sep=";")
    result = paritrana.run(data)
    assert (result.year, result.baseline_year) == (2024, 2023)
    assert result.warning_texts("en") == [
        'A2: the year column holds dates, each read as its year: A2 "2023-12-31" → 2023, A3 "2023-12-31" → 2023, '
        'A4 "31/12/2024" → 2024 and A5 "31/12/2024" → 2024']


def test_a_year_typed_into_a_date_formatted_cell_is_read_as_the_year_typed(tmp_path):
    # 2023 typed into a cell formatted as a date shows 15/07/1905 (day 2023 of Excel's calendar)
    data = make_workbook(tmp_path, {"Rekap": long_rows((dt.date(1905, 7, 15), 2024))})
    result = paritrana.run(data)
    assert (result.year, result.baseline_year) == (2024, 2023)
    assert result.warning_texts()[0].endswith('A2 "1905-07-15" → 2023 dan A3 "1905-07-15" → 2023')


def test_the_warning_names_five_cells_and_counts_the_rest(tmp_path):
    rows = [LONG_HEADER] + [[f"{y}-12-31", f"K{i}", 100, 10 + i] for y in (2023, 2024) for i in range(4)]
    result = paritrana.run(make_csv(tmp_path, rows))
    assert result.warning_texts()[0].endswith('A6 "2024-12-31" → 2024, dan 3 sel lain')


@pytest.mark.parametrize(("cell", "message"), [
    ("2023/2024", '"2023/2024" bukan tahun'),
    ("Q4 2023", '"Q4 2023" bukan tahun'),
    (2023.5, '"2023.5" bukan tahun'),
    (1850, '"1850" bukan tahun yang wajar (1900–2100)'),
    (None, "tahunnya kosong"),
])
def test_anything_else_in_a_year_column_is_an_error_naming_the_cell_and_the_years_expected(tmp_path, cell, message):
    rows = long_rows((2023, 2024)) + [[cell, "Sambas", 100, 30]]
    report = paritrana.validate(make_workbook(tmp_path, {"Rekap": rows}))
    [error] = report.errors
    assert error.code == "bad-year"
    assert str(error) == (f"data.xlsx › Rekap!A6: {message}; "
                          "ketik tahun data baris ini dengan empat angka: 2023 atau 2024")


def test_text_naming_one_year_is_read_as_it_with_the_warning(tmp_path):
    result = paritrana.run(make_workbook(tmp_path, {"Rekap": long_rows(("Tahun 2023", "Des 2024"))}))
    assert (result.year, result.baseline_year) == (2024, 2023)
    assert result.warning_texts()[0].startswith("Rekap!A2: kolom tahun berisi tanggal atau teks, masing-masing dibaca")


# ---- 5. a header of two rows ------------------------------------------------------------------------


def test_a_header_of_two_rows_is_named_as_such(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Rekap"
    sheet.append(["Data Kepesertaan Kalimantan Barat"])
    sheet.append([])
    sheet.append(["Kabupaten/Kota", "Jumlah Pekerja", None, "Peserta Aktif"])
    sheet.append([None, 2023, 2024, 2024])
    sheet.merge_cells("B3:C3")
    sheet.merge_cells("A3:A4")
    sheet.append(["Sekadau", 100, 110, 60])
    data = as_typed(tmp_path / "data.xlsx")
    book.save(data)
    report = paritrana.validate(data)
    assert [str(e) for e in report.errors] == [
        'data.xlsx › Rekap!B4: baris judul menempati dua baris (baris 3: "Jumlah Pekerja", "Peserta Aktif" di atas '
        'baris 4: "2023", "2024"); buat satu lembar per tahun, atau satu kolom per indikator dengan kolom "Tahun"']


def test_the_brief_example_of_a_two_row_header(tmp_path):
    rows = [["Kabupaten/Kota", "Jumlah Pekerja", None], [None, 2023, 2024], ["Sekadau", 100, 110]]
    criteria = write_criteria(tmp_path, "title: T\ncolumns:\n  wilayah: [Kabupaten/Kota]\n  pekerja: [Jumlah Pekerja]\n"
                                        "indicators:\n  v: {value: pekerja - previous(pekerja), weight: 1}\n")
    report = paritrana.validate(make_workbook(tmp_path, {"Rekap": [[None], [None], *rows]}), criteria=criteria)
    assert [str(e.message) for e in report.errors] == [
        'baris judul menempati dua baris (baris 3: "Jumlah Pekerja" di atas baris 4: "2023", "2024")']
    assert report.errors[0].render("en") == (
        'data.xlsx › Rekap!B4: the header takes two rows (row 3: "Jumlah Pekerja" above row 4: "2023", "2024"); '
        "make one sheet per year, or one column per indicator with a \"Tahun\" column")


def test_years_above_a_repeated_header_are_named_too(tmp_path):
    rows = [[None, 2023, None, 2024, None], [*HEADER, "Jumlah Pekerja", "Peserta Aktif"], ["Sekadau", 1, 1, 2, 2]]
    report = paritrana.validate(make_workbook(tmp_path, {"Rekap": rows}))
    assert [str(e.message) for e in report.errors] == [
        'baris judul menempati dua baris (baris 1: "2023", "2024" di atas baris 2: "Jumlah Pekerja", "Peserta Aktif")']


# ---- the catalogue: each case through the command line ----------------------------------------------


@dataclass
class Case:
    args: list[object]
    expected: list[str]  # substrings of the output: the place and the problem
    files: list[Path] = field(default_factory=list)


def field_count(tmp_path):
    data = as_typed(tmp_path / "data.csv")
    data.write_text("Kabupaten/Kota,Jumlah Pekerja,Peserta Aktif\nSekadau,100,60\nLandak,64,210,100\n")
    return Case(["rank", data], ['data.csv: baris 3 memuat 4 kolom ("Landak,64,210,100")', 'pemisah ";"'], [data])


def bad_year(tmp_path):
    data = make_csv(tmp_path, long_rows(("2023", "2023/2024")), sep=";")
    return Case(["rank", data], ['data.csv › A4: "2023/2024" bukan tahun', "ketik tahun data baris ini"], [data])


def two_row_header(tmp_path):
    rows = [["Kabupaten/Kota", "Jumlah Pekerja", None, "Peserta Aktif", None], [None, 2023, 2024, 2023, 2024],
            ["Sekadau", 100, 110, 50, 60]]
    data = make_workbook(tmp_path, {"Rekap": rows})
    return Case(["rank", data], ["data.xlsx › Rekap!B2: baris judul menempati dua baris"], [data])


def province_row(tmp_path):
    data = province_workbook(tmp_path)
    return Case(["rank", data], ['2024!A5: baris "6100 KALIMANTAN BARAT" diabaikan sebagai baris jumlah'], [data])


def dates_as_years(tmp_path):
    data = make_workbook(tmp_path, {"Rekap": long_rows((dt.date(2023, 12, 31), dt.date(2024, 12, 31)))})
    return Case(["rank", data], ["Rekap!A2: kolom tahun berisi tanggal"], [data])


ERRORS = [field_count, bad_year, two_row_header]
WARNINGS = [province_row, dates_as_years]


@pytest.mark.parametrize("make", ERRORS + WARNINGS, ids=[c.__name__ for c in ERRORS + WARNINGS])
def test_catalogue(runner, tmp_path, make):
    case = make(tmp_path)
    before = {p: sha256(p) for p in case.files}
    result = runner.invoke(app, [str(a) for a in case.args])
    assert "Traceback" not in result.output
    if make in ERRORS:
        assert result.exit_code == 1, result.output
        assert result.stderr.startswith("Kesalahan: ") and result.stdout == ""
        shown = result.stderr
    else:
        assert result.exit_code == 0, result.output
        shown = " ".join(result.stdout.split())  # the warnings under the table, wrapped to the terminal
    for text in case.expected:
        assert " ".join(text.split()) in shown, shown
    assert {p: sha256(p) for p in case.files} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in case.files)  # nothing left behind


# ---- rank and validate report the same errors --------------------------------------------------------


def library_call(args: list[object]) -> tuple[Path, dict]:
    """``["rank", data, "-c", criteria, "--year", "2019", ...]`` → the data path and the
    keyword arguments of ``paritrana.run``/``paritrana.validate``."""
    from paritrana.io.limits import Limits, ReadOptions

    words = [str(a) for a in args[1:]]
    path, options = Path(words[0]), dict(zip(words[1::2], words[2::2], strict=False))
    limits = Limits(int(options.get("--max-uncompressed-mb", 1024)), int(options.get("--max-rows", 2_000_000)),
                    int(options.get("--max-columns", 1_000)))
    kwargs = {"criteria": options.get("-c", options.get("--criteria")),
              "year": int(options["--year"]) if "--year" in options else None,
              "baseline": options.get("--baseline"), "read": ReadOptions(options.get("--encoding"), limits)}
    return path, kwargs


def catalogue_cases():
    import test_bad_inputs
    import test_hostile_inputs

    cases = [*test_bad_inputs.CASES, *test_hostile_inputs.CASES, *ERRORS]
    return [pytest.param(make, id=f"{make.__module__.removeprefix('test_')}:{make.__name__}") for make in cases]


def described(issues):
    return [(i.code, i.severity, i.location, i.render("id"), i.render("en"), i.render("id", cli=True))
            for i in issues]


@pytest.mark.parametrize("make", catalogue_cases())
def test_rank_and_validate_report_the_same_errors(tmp_path, make):
    case = make(tmp_path)
    if "-o" in case.args or case.args[0] != "rank":
        pytest.skip("a report path, not the data")
    path, kwargs = library_call(case.args)
    try:
        report = paritrana.validate(path, **kwargs)
    except CriteriaError:
        with pytest.raises(CriteriaError):
            paritrana.run(path, **kwargs)
        return  # the criteria are wrong: no data were read by either
    with pytest.raises(DataErrors) as raised:
        paritrana.run(path, **kwargs)
    assert report.errors
    assert described(raised.value.issues) == described(report.errors)


@pytest.mark.parametrize("make", catalogue_cases())
def test_the_rank_and_validate_commands_report_the_same_errors(runner, tmp_path, make):
    # the same through the command line, where each command reads its own options
    import json

    case = make(tmp_path)
    if "-o" in case.args or case.args[0] != "rank":
        pytest.skip("a report path, not the data")
    args = [str(a) for a in case.args[1:]]
    ranked = runner.invoke(app, ["rank", *args])
    validated = runner.invoke(app, ["validate", *args, "--format", "json"])
    assert ranked.exit_code == validated.exit_code == 1
    if validated.stdout == "":  # the criteria (or an option) are wrong: the same one line from both
        assert validated.stderr == ranked.stderr
        return
    errors = json.loads(validated.stdout)["errors"]
    if len(errors) > 1:
        assert ranked.stderr.startswith(f"Kesalahan: data memuat {len(errors)} kesalahan:\n")
    for error in errors[:50]:
        assert error["message"] in ranked.stderr
