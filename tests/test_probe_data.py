"""Probe (round 3): input workbooks as offices really send them, against SPEC's "Input
workbooks" section and the second-round additions — where a ranking could be silently wrong.

Total rows by value in the shapes province tables take (a total on top under the header,
sub-totals above their rows, a lone row that happens to be a sum), total words, numbers as
typed in Indonesian offices.
"""

from __future__ import annotations

import pytest

import paritrana
from conftest import COUNTS, HEADER, make_workbook, write_criteria
from paritrana.io.numbers import parse_number


def ranked(tmp_path, rows, criteria=COUNTS):
    return paritrana.run(make_workbook(tmp_path, {"2024": [HEADER, *rows]}), criteria=write_criteria(tmp_path, criteria))


# ---- total rows by value: the shapes of real province tables ------------------------------------


def test_a_total_on_top_above_sub_totals_is_dropped_with_them(tmp_path):
    # The province first (under the header), then each wilayah kerja's kabupaten and its sub-total:
    #   Utara 100 + 50 = 150 / 40 + 20 = 60;  Timur 80 + 70 + 30 = 180 / 30 + 10 + 5 = 45
    #   province 150 + 180 = 330 / 60 + 45 = 105 (the five kabupaten, not the sub-totals)
    # Before, none of the three was found (the first block from the header took in the total):
    # the province ranked first and "Wilker Utara" second.
    result = ranked(tmp_path, [["KALIMANTAN BARAT", 330, 105], ["Sambas", 100, 40], ["Bengkayang", 50, 20],
                               ["Wilker Utara", 150, 60], ["Sanggau", 80, 30], ["Sekadau", 70, 10],
                               ["Sintang", 30, 5], ["Wilker Timur", 180, 45]])
    assert sorted(r.id for r in result.results) == ["Bengkayang", "Sambas", "Sanggau", "Sekadau", "Sintang"]
    assert result.warning_texts() == [
        '2024!A2: baris "KALIMANTAN BARAT" diabaikan sebagai baris jumlah: nilainya adalah jumlah 5 baris lainnya',
        '2024!A5: baris "Wilker Utara" diabaikan sebagai baris subtotal: nilainya adalah jumlah baris 3–4 (2 baris)',
        '2024!A9: baris "Wilker Timur" diabaikan sebagai baris subtotal: nilainya adalah jumlah baris 6–8 (3 baris)',
    ]


def test_sub_totals_above_their_rows_and_a_total_at_the_bottom_are_dropped(tmp_path):
    # "Wilker Utara" heads its kabupaten (rows 3–4), "Wilker Timur" its own (rows 6–8); the
    # province at the bottom sums the five kabupaten. Before, all three were ranked.
    result = ranked(tmp_path, [["Wilker Utara", 150, 60], ["Sambas", 100, 40], ["Bengkayang", 50, 20],
                               ["Wilker Timur", 180, 45], ["Sanggau", 80, 30], ["Sekadau", 70, 10],
                               ["Sintang", 30, 5], ["6100 KALIMANTAN BARAT", 330, 105]])
    assert sorted(r.id for r in result.results) == ["Bengkayang", "Sambas", "Sanggau", "Sekadau", "Sintang"]
    assert result.warning_texts() == [
        '2024!A2: baris "Wilker Utara" diabaikan sebagai baris subtotal: nilainya adalah jumlah baris 3–4 (2 baris)',
        '2024!A5: baris "Wilker Timur" diabaikan sebagai baris subtotal: nilainya adalah jumlah baris 6–8 (3 baris)',
        '2024!A9: baris "6100 KALIMANTAN BARAT" diabaikan sebagai baris jumlah: nilainya adalah jumlah 5 baris '
        'lainnya',
    ]


def test_sub_totals_above_their_rows_without_a_total(tmp_path):
    result = ranked(tmp_path, [["Wilker Utara", 150, 60], ["Sambas", 100, 40], ["Bengkayang", 50, 20],
                               ["Wilker Timur", 150, 40], ["Sanggau", 80, 30], ["Sekadau", 70, 10]])
    assert sorted(r.id for r in result.results) == ["Bengkayang", "Sambas", "Sanggau", "Sekadau"]
    assert [w.split(":")[0] for w in result.warning_texts()] == ["2024!A2", "2024!A5"]


def test_a_total_on_top_and_another_at_the_bottom_are_both_dropped(tmp_path):
    # 1000 + 500 + 800 = 2300, 400 + 200 + 300 = 900, written twice
    result = ranked(tmp_path, [["KALBAR", 2300, 900], ["Sambas", 1000, 400], ["Bengkayang", 500, 200],
                               ["Sanggau", 800, 300], ["6100", 2300, 900]])
    assert sorted(r.id for r in result.results) == ["Bengkayang", "Sambas", "Sanggau"]
    assert [w.split(":")[0] for w in result.warning_texts()] == ["2024!A2", "2024!A6"]


def test_two_sub_totals_amid_candidates_are_dropped_without_a_total(tmp_path):
    # rows 2–3 → row 4, rows 5–6 → row 7; the two kota below belong to no wilayah kerja
    result = ranked(tmp_path, [["Sambas", 100, 40], ["Bengkayang", 50, 20], ["Wilker Utara", 150, 60],
                               ["Sanggau", 80, 30], ["Sekadau", 70, 10], ["Wilker Timur", 150, 40],
                               ["Kota Pontianak", 500, 300], ["Kota Singkawang", 90, 10]])
    assert "Wilker Utara" not in [r.id for r in result.results]
    assert "Wilker Timur" not in [r.id for r in result.results]
    assert len(result.results) == 6


def test_a_lone_candidate_equal_to_two_rows_above_it_is_ranked_with_a_warning(tmp_path):
    # Ketapang 150 / 60 = Sambas + Bengkayang (100 + 50 / 40 + 20), but Sanggau below it is in
    # no block and no total backs a sub-total up: Ketapang is a candidate (SPEC: a total equals
    # the sum of *all* other rows). Before, it was dropped as a sub-total.
    #   capaian (peserta) 40, 20, 60, 30 → minmax: Sambas 50, Bengkayang 0, Ketapang 100, Sanggau 25
    #   cakupan 40, 40, 40, 37.5 % → minmax: 100, 100, 100, 0
    #   score (equal weights): Ketapang 100, Sambas 75, Bengkayang 50, Sanggau 12.5
    result = ranked(tmp_path, [["Sambas", 100, 40], ["Bengkayang", 50, 20], ["Ketapang", 150, 60],
                               ["Sanggau", 80, 30]])
    assert [(r.id, r.score) for r in result.results] == [("Ketapang", 100.0), ("Sambas", 75.0),
                                                         ("Bengkayang", 50.0), ("Sanggau", 12.5)]
    assert result.warning_texts() == [
        '2024!A4: baris "Ketapang" sama dengan jumlah baris 2–3 (2 baris), tetapi tetap dinilai sebagai kandidat '
        'karena tidak ada baris jumlah atau subtotal lain di lembar ini']
    assert result.warning_texts("en") == [
        '2024!A4: row "Ketapang" equals the sum of rows 2–3 (2 rows) but is ranked as a candidate: no total or '
        'other sub-total in the sheet goes with it']


def test_a_sheet_of_two_candidates_and_their_total(tmp_path):
    result = ranked(tmp_path, [["Sambas", 100, 40], ["Bengkayang", 50, 20], ["6100 KALBAR", 150, 60]])
    assert [r.id for r in result.results] == ["Sambas", "Bengkayang"]


def test_a_long_sheet_with_a_total_on_top_of_each_year(tmp_path):
    rows = [["Tahun", *HEADER]]
    for year, f in ((2023, 1), (2024, 2)):
        rows += [[year, "KALBAR", 330 * f, 105 * f], [year, "Sambas", 100 * f, 40 * f],
                 [year, "Bengkayang", 50 * f, 20 * f], [year, "Wilker Utara", 150 * f, 60 * f],
                 [year, "Sanggau", 80 * f, 30 * f], [year, "Sekadau", 70 * f, 10 * f],
                 [year, "Sintang", 30 * f, 5 * f], [year, "Wilker Timur", 180 * f, 45 * f]]
    result = paritrana.run(make_workbook(tmp_path, {"Rekap": rows}), criteria=write_criteria(tmp_path, COUNTS))
    assert sorted(r.id for r in result.results) == ["Bengkayang", "Sambas", "Sanggau", "Sekadau", "Sintang"]
    assert [w.split(":")[0] for w in result.warning_texts()] == [
        "Rekap!B2", "Rekap!B5", "Rekap!B9", "Rekap!B10", "Rekap!B13", "Rekap!B17"]


@pytest.mark.parametrize(("peserta", "dropped"), [(903, True), (915, False)])
def test_a_total_on_top_is_equal_within_half_a_percent(tmp_path, peserta, dropped):
    # 400 + 200 + 300 = 900: 903 is 0.33 % off, 915 is 1.6 % off
    result = ranked(tmp_path, [["KALBAR", 2300, peserta], ["Sambas", 1000, 400], ["Bengkayang", 500, 200],
                               ["Sanggau", 800, 300]])
    assert ("KALBAR" not in [r.id for r in result.results]) is dropped


# ---- total words ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Sub Total Wilker I", "Subtotal Utara", "Sub-Total Utara", "Grand Total Kalbar",
                                  "JML", "Jml. Kalbar"])
def test_more_total_words(tmp_path, name):
    # Figures that are no sum (1 / 1): only the name can tell; before, these rows were ranked.
    result = ranked(tmp_path, [["Sambas", 100, 40], ["Bengkayang", 50, 20], [name, 1, 1]])
    assert [r.id for r in result.results] == ["Sambas", "Bengkayang"]
    assert result.warning_texts() == [f'2024!A4: baris jumlah ("{name}") diabaikan']


def test_more_total_words_in_a_column_of_names_not_plain_ascii(tmp_path):
    result = ranked(tmp_path, [["Sambas", 100, 40], ["Bengkayang\u00a0", 50, 20], ["Sub\u00a0Total Utara", 1, 1]])
    assert [r.id for r in result.results] == ["Sambas", "Bengkayang"]


# ---- numbers as typed ---------------------------------------------------------------------------------


def test_rupiah_without_cents_written_with_a_comma_dash_is_read():
    # "Rp 4.300.000.000,-": the ",-" closes an amount of whole rupiah (Ketapang's budget, SPEC)
    assert parse_number("Rp 4.300.000.000,-", "id") == 4_300_000_000
    assert parse_number("5.000,-", "id") == 5000


def test_the_minus_sign_paritrana_writes_is_read_as_a_minus():
    assert parse_number("\u22125", "id") == -5
    assert parse_number("\u22121,44", "id") == -1.44


def test_a_count_typed_with_the_minus_sign_is_a_negative_count_quoted_as_typed(tmp_path):
    report = paritrana.validate(make_workbook(tmp_path, {"2024": [HEADER, ["Sambas", 100, "\u22125"],
                                                                  ["Bengkayang", 50, 20]]}),
                                criteria=write_criteria(tmp_path, COUNTS))
    assert [str(e) for e in report.errors] == [
        'data.xlsx › 2024!C2: "\u22125" bernilai negatif, padahal nilai `peserta` tidak boleh kurang dari 0; '
        "isi dengan angka 0 atau lebih"]


# ---- header rows --------------------------------------------------------------------------------------


def sub_columns_workbook(tmp_path):
    """ "Jumlah Pekerja" and "Peserta Aktif" merged over L | P | Jumlah (men, women, both)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "2024"
    sheet.append(["Rekap Kepesertaan 2024"])
    sheet.append([])
    sheet.append(["Kabupaten/Kota", "Jumlah Pekerja", None, None, "Peserta Aktif", None, None])
    sheet.append([None, "L", "P", "Jumlah", "L", "P", "Jumlah"])
    for cells in ("B3:D3", "E3:G3", "A3:A4"):
        sheet.merge_cells(cells)
    sheet.append(["Sambas", 60, 40, 100, 30, 10, 40])
    sheet.append(["Bengkayang", 20, 30, 50, 5, 15, 20])
    sheet.append(["Sanggau", 50, 30, 80, 20, 10, 30])
    book.save(tmp_path / "data.xlsx")
    return "data.xlsx"


def test_a_header_over_sub_columns_is_an_error_naming_both_rows(tmp_path):
    # Before, the men's columns (L) were read as the whole counts, without a word:
    #   capaian 30, 5, 20 and cakupan 50, 25, 40 % → Sambas 100, Sanggau 60, Bengkayang 0,
    # where the totals (Jumlah) give Sambas 100, Bengkayang 50, Sanggau 25.
    report = paritrana.validate(sub_columns_workbook(tmp_path), criteria=write_criteria(tmp_path, COUNTS))
    [error] = report.errors
    assert str(error) == (
        'data.xlsx › 2024!B4: baris judul menempati dua baris (baris 3: "Jumlah Pekerja", "Peserta Aktif" di atas '
        'baris 4: "L", "P", "Jumlah"); jadikan satu baris judul dengan judul sendiri untuk tiap kolom, misalnya '
        '"Jumlah Pekerja" tepat di atas kolom jumlahnya')
    assert error.render("en") == (
        'data.xlsx › 2024!B4: the header takes two rows (row 3: "Jumlah Pekerja", "Peserta Aktif" above row 4: '
        '"L", "P", "Jumlah"); make it one header row with a title of its own over each column, e.g. '
        '"Jumlah Pekerja" right above the column of totals')


def test_a_row_of_units_under_the_header_is_no_second_header(tmp_path):
    result = ranked(tmp_path, [[None, "(orang)", "(orang)"], ["Sambas", 100, 40], ["Bengkayang", 50, 20]])
    assert [r.id for r in result.results] == ["Sambas", "Bengkayang"]


@pytest.mark.parametrize("numbers", [["(1)", "(2)", "(3)"], [1, 2, 3], ["[1]", "[2]", "[3]"]])
def test_a_row_of_column_numbers_under_the_header_is_skipped(tmp_path, numbers):
    # Statistical tables number their columns under the header. "(1)" used to be a candidate
    # whose "(2)" was not a number; 1 | 2 | 3 a candidate "1" ranked second (pekerja 2, peserta 3).
    result = ranked(tmp_path, [numbers, ["Sambas", 100, 40], ["Bengkayang", 50, 20], ["Sanggau", 80, 30]])
    assert [r.id for r in result.results] == ["Sambas", "Bengkayang", "Sanggau"]
    assert result.warning_texts() == []


def test_cells_below_a_row_of_column_numbers_are_named_by_their_own_row(tmp_path):
    report = paritrana.validate(make_workbook(tmp_path, {"2024": [HEADER, ["(1)", "(2)", "(3)"],
                                                                  ["Sambas", 100, "12a"]]}),
                                criteria=write_criteria(tmp_path, COUNTS))
    assert [e.location.cell for e in report.errors] == ["C3"]


def test_a_row_of_column_numbers_in_a_csv_is_skipped(tmp_path):
    (tmp_path / "data.csv").write_text("Kabupaten/Kota;Jumlah Pekerja;Peserta Aktif\n(1);(2);(3)\n"
                                       "Sambas;100;40\nBengkayang;50;20\n", encoding="utf-8")
    result = paritrana.run("data.csv", criteria=write_criteria(tmp_path, COUNTS))
    assert [r.id for r in result.results] == ["Sambas", "Bengkayang"]


# ---- a candidate equal to the sum of the others, under a "Jumlah" row ---------------------------------


def test_a_candidate_equal_to_the_others_is_kept_when_the_jumlah_row_counts_it(tmp_path):
    # Landak 2000 / 600 = Sekadau + Sambas (1000 + 1000 / 400 + 200), but "Jumlah" says the
    # three add up to 4000 / 1200: Landak is one of the parts, not a total. Before, Landak was
    # dropped as the total by value, beside the "Jumlah" row dropped by its name.
    result = ranked(tmp_path, [["Sekadau", 1000, 400], ["Landak", 2000, 600], ["Sambas", 1000, 200],
                               ["Jumlah", 4000, 1200]])
    assert sorted(r.id for r in result.results) == ["Landak", "Sambas", "Sekadau"]
    assert result.warning_texts() == ['2024!A5: baris jumlah ("Jumlah") diabaikan']


def test_a_jumlah_row_typed_as_text_counts_the_candidate_too(tmp_path):
    (tmp_path / "data.csv").write_text("Kabupaten/Kota;Jumlah Pekerja;Peserta Aktif\nSekadau;1.000;400\n"
                                       "Landak;2.000;600\nSambas;1.000;200\nJUMLAH;4.000;1.200\n", encoding="utf-8")
    result = paritrana.run("data.csv", criteria=write_criteria(tmp_path, COUNTS))
    assert sorted(r.id for r in result.results) == ["Landak", "Sambas", "Sekadau"]


def test_a_province_row_equal_to_the_jumlah_row_is_still_dropped(tmp_path):
    # KALBAR on top and "Jumlah" at the bottom both say 2300 / 900: two totals
    result = ranked(tmp_path, [["KALBAR", 2300, 900], ["Sambas", 1000, 400], ["Bengkayang", 500, 200],
                               ["Sanggau", 800, 300], ["Jumlah", 2300, 900]])
    assert sorted(r.id for r in result.results) == ["Bengkayang", "Sambas", "Sanggau"]


def test_the_jumlah_row_of_each_year_of_a_long_sheet_is_its_own(tmp_path):
    # 2023: Landak = Sekadau + Sambas, counted by 2023's "Jumlah" (kept); 2024: the province
    # row sums the three (dropped), and 2024 has no "Jumlah" row to say otherwise
    rows = [["Tahun", *HEADER], [2023, "Sekadau", 1000, 400], [2023, "Landak", 2000, 600], [2023, "Sambas", 1000, 200],
            [2023, "Jumlah", 4000, 1200], [2024, "Sekadau", 1000, 550], [2024, "Landak", 2000, 800],
            [2024, "Sambas", 1000, 300], [2024, "6100 KALBAR", 4000, 1650]]
    text = COUNTS.replace("  cakupan: {", "  pertumbuhan: {value: peserta - previous(peserta), weight: 1}\n  cakupan: {")
    result = paritrana.run(make_workbook(tmp_path, {"Rekap": rows}), criteria=write_criteria(tmp_path, text))
    assert sorted(r.id for r in result.results) == ["Landak", "Sambas", "Sekadau"]
    assert [w.split(":")[0] for w in result.warning_texts()] == ["Rekap!B5", "Rekap!B9"]


def test_an_average_row_is_dropped_with_its_own_warning(tmp_path):
    # "Rata-rata" under the candidates: (1000 + 900) / 2 = 950 pekerja, never a candidate
    rows = [["Kabupaten/Kota", "Jumlah Pekerja", "Peserta Aktif"], ["Ketapang", 1000, 600], ["Mempawah", 900, 500],
            ["Rata-rata", 950, 550]]
    spaced = [rows[0], ["Ketapang\u00a0", 1000, 600], *rows[2:]]  # a non-ASCII name: read cell by cell
    path = make_workbook(tmp_path, {"2023": rows, "2024": spaced})
    report = paritrana.validate(path)
    dropped = [w for w in report.warnings if w.code == "total-row"]
    assert [(w.location.sheet, w.location.cell) for w in dropped] == [("2023", "A4"), ("2024", "A4")]
    assert 'baris rata-rata ("Rata-rata") diabaikan' in dropped[0].render("id")
    assert 'average row "Rata-rata" ignored' in dropped[0].render("en")
    assert report.candidates == 2
