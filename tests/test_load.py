"""Loading workbooks and CSV: layouts, headers, totals, numbers in cells, names across years."""

from __future__ import annotations

import pytest

import paritrana
from conftest import HEADER, make_csv, make_workbook, table, write_criteria
from paritrana.core.criteria import parse_criteria
from paritrana.errors import DataError, ParitranaError
from paritrana.io.criteria_file import load_criteria
from paritrana.io.load import load_dataset

# Two candidates, two years. Default criteria: capaian = peserta, cakupan = 100*peserta/pekerja,
# pertumbuhan = cakupan - previous(cakupan).
# 2023: Sekadau 50/100 = 50 %, Landak 20/100 = 20 %;  2024: Sekadau 60 %, Landak 40 %.
# pertumbuhan: Sekadau +10, Landak +20.
Y23 = {"Sekadau": (100, 50), "Landak": (100, 20)}
Y24 = {"Sekadau": (100, 60), "Landak": (100, 40)}


def default():
    return load_criteria().criteria


def growth(result):
    return {r.id: r.indicators["pertumbuhan"].raw for r in result.results}


# ---------------------------------------------------------------------------- layout 1: sheet per year


def test_one_sheet_per_year(tmp_path):
    data = make_workbook(tmp_path, {"2023": table(Y23), "2024": table(Y24)})
    result = paritrana.run(data)
    assert (result.year, result.baseline_year) == (2024, 2023)
    assert growth(result) == pytest.approx({"Sekadau": 10.0, "Landak": 20.0})


def test_year_anywhere_in_the_sheet_name(tmp_path):
    data = make_workbook(tmp_path, {"Data 2023": table(Y23), "Data 2024": table(Y24)})
    ds = load_dataset(data, default())
    assert ds.years == [2023, 2024]
    assert ds.layout == "per-year"


def test_sheet_without_a_year_is_ignored_and_named_in_the_warnings(tmp_path):
    # a table (two filled cells in a row) under a name without a year: maybe data under a wrong name
    data = make_workbook(tmp_path, {"Catatan": [["Sumber", "BPJS"]], "2023": table(Y23), "2024": table(Y24)})
    result = paritrana.run(data)
    assert "Catatan: nama lembar tidak memuat tahun; lembar diabaikan" in result.warning_texts()
    assert "Catatan: no year in the sheet name; sheet ignored" in result.warning_texts("en")
    assert len(result.results) == 2


def test_title_rows_above_the_header_are_ignored(tmp_path):
    titled = [["Rekap Kepesertaan BPJS Ketenagakerjaan"], ["Kalimantan Barat"], [], *table(Y24)]
    data = make_workbook(tmp_path, {"2023": table(Y23), "2024": titled})
    ds = load_dataset(data, default())
    rows = ds.frame[ds.frame["_year"] == 2024]
    assert list(rows["_name"]) == ["Sekadau", "Landak"]
    assert list(rows["_row"]) == [5, 6]  # header on row 4


def test_empty_entity_rows_are_skipped(tmp_path):
    rows = [HEADER, ["Sekadau", 100, 60], [None, None, None], [None, 5, 5], ["Landak", 100, 40]]
    data = make_workbook(tmp_path, {"2023": table(Y23), "2024": rows})
    result = paritrana.run(data)
    assert sorted(r.id for r in result.results) == ["Landak", "Sekadau"]


@pytest.mark.parametrize("total", ["Jumlah", "Total", "Grand Total", "JUMLAH"])
def test_total_rows_are_dropped_with_a_warning(tmp_path, total):
    rows = table(Y24) + [[total, 200, 100]]
    data = make_workbook(tmp_path, {"2023": table(Y23), "2024": rows})
    result = paritrana.run(data)
    assert f'2024!A4: baris jumlah ("{total}") diabaikan' in result.warning_texts()
    assert total not in [r.id for r in result.results]


def test_year_option_selects_the_assessed_year(tmp_path):
    y22 = {"Sekadau": (100, 45), "Landak": (100, 30)}
    data = make_workbook(tmp_path, {"2022": table(y22), "2023": table(Y23), "2024": table(Y24)})
    result = paritrana.run(data, year=2023)
    # 2023 against 2022: Sekadau 50 - 45 = 5, Landak 20 - 30 = -10
    assert (result.year, result.baseline_year) == (2023, 2022)
    assert growth(result) == pytest.approx({"Sekadau": 5.0, "Landak": -10.0})


def test_unknown_year_is_an_error_listing_the_years(tmp_path):
    data = make_workbook(tmp_path, {"2023": table(Y23), "2024": table(Y24)})
    with pytest.raises(DataError, match=r"tidak ada data 2019 \(tahun dalam berkas: 2023 dan 2024\)"):
        paritrana.run(data, year=2019)


def test_baseline_is_the_newest_earlier_year(tmp_path):
    # no 2023 sheet: 2024 is compared with 2022, not 2021
    y21 = {"Sekadau": (100, 0), "Landak": (100, 0)}
    y22 = {"Sekadau": (100, 45), "Landak": (100, 30)}
    data = make_workbook(tmp_path, {"2021": table(y21), "2022": table(y22), "2024": table(Y24)})
    result = paritrana.run(data)
    # Sekadau 60 - 45 = 15, Landak 40 - 30 = 10
    assert result.baseline_year == 2022
    assert growth(result) == pytest.approx({"Sekadau": 15.0, "Landak": 10.0})


def test_oldest_year_has_no_baseline(tmp_path):
    data = make_workbook(tmp_path, {"2023": table(Y23), "2024": table(Y24)})
    with pytest.raises(DataError, match=r"`previous\(\)` \(`pertumbuhan`\), .* tidak memuat tahun sebelum 2023"):
        paritrana.run(data, year=2023)


def test_year_sheet_without_candidates_is_ignored_with_a_warning(tmp_path):
    y22 = {"Sekadau": (100, 45), "Landak": (100, 30)}
    data = make_workbook(tmp_path, {"2022": table(y22), "2023": table(Y23), "2024": [HEADER]})
    result = paritrana.run(data)
    assert (result.year, result.baseline_year) == (2023, 2022)
    assert "2024: tidak ada baris kandidat di bawah baris judul (baris 1); lembar diabaikan" in result.warning_texts()


def test_empty_newest_sheet_is_named_when_no_baseline_is_left(tmp_path):
    data = make_workbook(tmp_path, {"2023": table(Y23), "2024": [HEADER]})
    with pytest.raises(DataError, match=r'tahun sebelum 2023 \(tidak ada baris kandidat di lembar "2024"\)'):
        paritrana.run(data)


def test_file_without_candidate_rows_is_an_error(tmp_path):
    with pytest.raises(DataError, match=r"^data\.csv: tidak ada baris kandidat"):
        paritrana.run(make_csv(tmp_path, [["Rekap"], ["Tahun", *HEADER], ["", "Jumlah", 1, 1]]))


def test_two_sheets_for_one_year_is_an_error(tmp_path):
    data = make_workbook(tmp_path, {"2023": table(Y23), "2024": table(Y24), "Data 2024": table(Y24)})
    with pytest.raises(DataError, match=r'lembar "2024" dan "Data 2024" sama-sama memuat data 2024'):
        paritrana.run(data)


# ---------------------------------------------------------------------------- layout 2: long


@pytest.mark.parametrize("year_header", ["Tahun", "Year", "Periode", "TAHUN"])
def test_long_sheet_with_a_year_column(tmp_path, year_header):
    rows = [[year_header, *HEADER]]
    rows += [[2023, name, *v] for name, v in Y23.items()] + [[2024, name, *v] for name, v in Y24.items()]
    data = make_workbook(tmp_path, {"Rekap": rows})
    result = paritrana.run(data)
    assert (result.year, result.baseline_year) == (2024, 2023)
    assert load_dataset(data, default()).layout == "long"
    assert growth(result) == pytest.approx({"Sekadau": 10.0, "Landak": 20.0})


def test_long_sheet_whose_name_holds_a_year(tmp_path):
    # "Rekap 2025" names the award year; the Tahun column says which data year each row is
    rows = [["Tahun", *HEADER]]
    rows += [[2023, name, *v] for name, v in Y23.items()] + [[2024, name, *v] for name, v in Y24.items()]
    result = paritrana.run(make_workbook(tmp_path, {"Rekap 2025": rows}))
    assert (result.year, result.baseline_year) == (2024, 2023)
    assert growth(result) == pytest.approx({"Sekadau": 10.0, "Landak": 20.0})


def test_long_sheet_year_as_text(tmp_path):
    rows = [["Tahun", *HEADER], ["2023", "Sekadau", 100, 50], ["Tahun 2024", "Sekadau", 100, 60]]
    ds = load_dataset(make_workbook(tmp_path, {"Rekap": rows}), default())
    assert list(ds.frame["_year"]) == [2023, 2024]


def test_a_year_with_a_thousands_separator_is_read_with_a_warning(tmp_path):
    # a CSV from a spreadsheet set to Indonesian writes the year 2024 as "2.024"
    (tmp_path / "rekap.csv").write_text("Tahun;Wilayah;Pekerja;Peserta\n2.023;Sekadau;100;50\n2.024;Sekadau;100;60\n",
                                        encoding="utf-8")
    ds = load_dataset(tmp_path / "rekap.csv", default())
    assert list(ds.frame["_year"]) == [2023, 2024]
    assert not ds.errors
    assert [w.location.cell for w in ds.warnings if "2.023" in str(w)] == ["A2"]


def test_long_sheet_bad_year_is_an_error(tmp_path):
    rows = [["Tahun", *HEADER], ["dua ribu", "Sekadau", 100, 50]]
    ds = load_dataset(make_workbook(tmp_path, {"Rekap": rows}), default())
    assert [str(i) for i in ds.errors] == [
        'data.xlsx › Rekap!A2: "dua ribu" bukan tahun; ketik tahun data baris ini dengan empat angka (misalnya 2024)']
    assert ds.errors[0].render("en") == (
        'data.xlsx › Rekap!A2: "dua ribu" is not a year; type the year of the row\'s data as four digits (e.g. 2024)')


# ---------------------------------------------------------------------------- layout 3: single sheet


def test_single_sheet_without_year_needs_a_baseline_for_previous(tmp_path):
    data = make_workbook(tmp_path, {"Sheet1": table(Y24)})
    with pytest.raises(DataError, match=r"\(`pertumbuhan`\), tetapi data tidak memiliki tahun pembanding; "
                                        r"tambahkan lembar tahun sebelumnya"):
        paritrana.run(data)


def test_single_sheet_with_baseline_workbook(tmp_path):
    data = make_workbook(tmp_path, {"Sheet1": table(Y24)}, name="2024.xlsx")
    base = make_workbook(tmp_path, {"Sheet1": table({"Kab. Sekadau": (100, 50), "Landak": (100, 20)})},
                         name="2023.xlsx")
    result = paritrana.run(data, baseline=base)
    assert growth(result) == pytest.approx({"Sekadau": 10.0, "Landak": 20.0})
    assert result.to_dict()["baseline"]["path"] == str(base)


def test_single_sheet_without_previous_needs_no_baseline(tmp_path):
    criteria = write_criteria(tmp_path, "title: T\nindicators:\n  capaian: {value: peserta, weight: 1}\n"
                                        "columns:\n  wilayah: [Kabupaten/Kota]\n  peserta: [Peserta Aktif]\n")
    data = make_workbook(tmp_path, {"Sheet1": table(Y24)})
    result = paritrana.run(data, criteria=criteria)
    assert (result.year, result.baseline_year) == (None, None)
    assert [r.id for r in result.results] == ["Sekadau", "Landak"]
    assert 'kolom "Jumlah Pekerja" tidak dipakai oleh kriteria' in " ".join(result.warning_texts())


def test_baseline_workbook_with_year_sheets(tmp_path):
    data = make_workbook(tmp_path, {"2024": table(Y24)}, name="now.xlsx")
    base = make_workbook(tmp_path, {"2023": table(Y23)}, name="before.xlsx")
    result = paritrana.run(data, baseline=base)
    assert (result.year, result.baseline_year) == (2024, 2023)
    assert growth(result) == pytest.approx({"Sekadau": 10.0, "Landak": 20.0})


# ---------------------------------------------------------------------------- headers


def test_headers_match_ignoring_case_spaces_and_punctuation(tmp_path):
    header = ["KABUPATEN / KOTA", "jumlah_pekerja", "Peserta-Aktif"]
    data = make_workbook(tmp_path, {"2023": table(Y23, header), "2024": table(Y24, header)})
    assert len(paritrana.run(data).results) == 2


def test_headers_do_not_match_substrings(tmp_path):
    header = ["Kabupaten/Kota", "Jumlah Pekerja Formal", "Peserta Aktif"]
    data = make_workbook(tmp_path, {"2023": table(Y23, header), "2024": table(Y24, header)})
    with pytest.raises(DataError, match=r"2023!A1: kolom `pekerja` tidak ditemukan di baris judul \(baris 1\); "
                                        r'judul yang ada: "Kabupaten/Kota", "Jumlah Pekerja Formal", dan '
                                        r'"Peserta Aktif"'):
        paritrana.run(data)


def test_two_headers_for_one_column_is_an_error(tmp_path):
    header = [*HEADER, "Peserta"]
    rows = [header, ["Sekadau", 100, 60, 60]]
    data = make_workbook(tmp_path, {"2024": rows})
    with pytest.raises(DataError, match=r'2024!D1: dua judul kolom untuk `peserta`: C1 "Peserta Aktif" dan '
                                        r'D1 "Peserta"'):
        paritrana.run(data)


@pytest.mark.parametrize(("titles", "found"), [(19, True), (20, False)])
def test_header_is_searched_in_the_first_20_rows(tmp_path, titles, found):
    rows = [[f"catatan {i}"] for i in range(titles)] + table(Y24)  # header on row titles + 1
    ds = load_dataset(make_workbook(tmp_path, {"Sheet1": rows}), default())
    assert (len(ds.frame) == 2) is found
    assert any(i.code == "no-header" for i in ds.errors) is not found


def test_no_header_row_is_an_error(tmp_path):
    data = make_workbook(tmp_path, {"2024": [["Nama", "Pekerja"], ["Sekadau", 100]]})
    with pytest.raises(DataError, match=r"2024: baris judul tidak ditemukan: tidak ada judul kolom `wilayah` "
                                        r"di 20 baris pertama"):
        paritrana.run(data)


# ---------------------------------------------------------------------------- CSV


def long_rows():
    rows = [["Tahun", *HEADER]]
    for year, data in ((2023, Y23), (2024, Y24)):
        rows += [[year, name, *v] for name, v in data.items()]
    return rows


@pytest.mark.parametrize("sep", [",", ";", "\t"])
@pytest.mark.parametrize("bom", [False, True])
def test_csv_separators_and_bom(tmp_path, sep, bom):
    result = paritrana.run(make_csv(tmp_path, long_rows(), sep=sep, bom=bom))
    assert growth(result) == pytest.approx({"Sekadau": 10.0, "Landak": 20.0})
    # (with the BOM read as part of "Tahun" there would be no year column and no baseline)
    assert sorted(r.id for r in result.results) == ["Landak", "Sekadau"]


def test_csv_with_a_title_line_containing_a_comma(tmp_path):
    rows = [["Rekap Kepesertaan, Kalimantan Barat"], [], *long_rows()]
    result = paritrana.run(make_csv(tmp_path, rows, sep=";"))
    assert growth(result) == pytest.approx({"Sekadau": 10.0, "Landak": 20.0})


def test_csv_fields_are_text_parsed_in_the_id_locale(tmp_path):
    rows = [["Tahun", *HEADER], [2023, "Sekadau", "94.931", "31.000"], [2024, "Sekadau", "94.931", "40.000"]]
    ds = load_dataset(make_csv(tmp_path, rows, sep=";"), default())
    assert list(ds.frame["pekerja"]) == [94931.0, 94931.0]  # "94.931" is 94931, not 94.931


def test_csv_not_utf8_suggests_the_encoding_option(tmp_path):
    path = make_csv(tmp_path, [HEADER, ["Sékadau", 100, 60]], encoding="cp1252")
    with pytest.raises(DataError) as info:
        paritrana.run(path)
    assert str(info.value) == ("data.csv: CSV bukan teks UTF-8 yang sah (bita 0xe9 di baris 2); sebutkan pengodeannya, "
                               "misalnya `cp1252` (Excel di Windows) atau `latin-1`")
    assert info.value.render("en", cli=True) == (
        "data.csv: the CSV is not valid UTF-8 text (byte 0xe9 on line 2); pass its encoding, e.g. --encoding cp1252 "
        "(Excel on Windows) or --encoding latin-1")


def test_csv_with_encoding_option(tmp_path):
    rows = [["Tahun", *HEADER], [2023, "Sékadau", 100, 50], [2024, "Sékadau", 100, 60]]
    result = paritrana.run(make_csv(tmp_path, rows, encoding="cp1252"), read=paritrana.ReadOptions("cp1252"))
    assert result.results[0].id == "Sékadau"


# ---------------------------------------------------------------------------- numbers in cells

ONE_COLUMN = """\
title: N
number_locale: {locale}
columns:
  wilayah: [Wilayah]
  x: {{headers: [X], min: {low}, max: {high}}}
indicators:
  v: {{value: x, weight: 1, normalize: none}}
"""


def values_of(tmp_path, cells, locale="id", low="null", high="null", name="data.xlsx"):
    criteria = parse_criteria(ONE_COLUMN.format(locale=locale, low=low, high=high))
    rows = [["Wilayah", "X"]] + [[f"C{i}", v] for i, v in enumerate(cells)]
    return load_dataset(make_workbook(tmp_path, {"2024": rows}, name=name), criteria)


def test_text_numbers_in_the_id_locale(tmp_path):
    ds = values_of(tmp_path, ["1.234.567", "31,63", "Rp 4.300.000", "40%", 12.5, 7])
    assert ds.errors == []
    assert list(ds.frame["x"]) == pytest.approx([1234567, 31.63, 4300000, 0.4, 12.5, 7])


def test_text_numbers_in_the_en_locale(tmp_path):
    ds = values_of(tmp_path, ["1,234,567.5", "31.63"], locale="en")
    assert list(ds.frame["x"]) == [1234567.5, 31.63]


def test_not_a_number_cites_file_sheet_and_cell(tmp_path):
    # header on row 4 (two title rows and a blank), "12a" on the third data row: C7
    rows = [["Rekap"], ["Kalbar"], [], HEADER, ["A", 10, 5], ["B", 10, 5], ["C", 10, "12a"]]
    data = make_workbook(tmp_path, {"2024": rows, "2023": table({"A": (1, 1), "B": (1, 1), "C": (1, 1)})},
                         name="2025.xlsx")
    with pytest.raises(DataError) as info:
        paritrana.run(data)
    assert '2025.xlsx › 2024!C7: "12a" bukan angka' in str(info.value)
    assert '2025.xlsx › 2024!C7: "12a" is not a number' in info.value.render("en")


def test_negative_count_is_an_error_naming_the_cell(tmp_path):
    rows = table({"Sekadau": (100, -5), "Landak": (100, 40)})
    data = make_workbook(tmp_path, {"2023": table(Y23), "2024": rows})
    with pytest.raises(DataError, match=r"2024!C2: −5 bernilai negatif, padahal `peserta` adalah jumlah orang; "
                                        r"isi dengan angka 0 atau lebih"):
        paritrana.run(data)


def test_fractional_count_is_an_error(tmp_path):
    rows = table({"Sekadau": (100, 40.5), "Landak": (100, 40)})
    data = make_workbook(tmp_path, {"2023": table(Y23), "2024": rows})
    with pytest.raises(DataError, match=r"2024!C2: 40,5 bukan bilangan bulat, padahal `peserta` adalah jumlah orang; "
                                        r"isi dengan bilangan bulat"):
        paritrana.run(data)


def test_column_min_and_max_bounds(tmp_path):
    ds = values_of(tmp_path, [-5, 0, 100, 101, -11], low="-10", high="100")
    # -5, 0 and 100 are within [-10, 100]; 101 and -11 are not
    messages = sorted(str(i) for i in ds.errors)
    assert len(messages) == 2
    assert messages[0].startswith("data.xlsx › 2024!B5: 101 melebihi batas atas 100 untuk `x`")
    assert messages[1].startswith("data.xlsx › 2024!B6: −11 kurang dari batas bawah −10 untuk `x`")


def test_no_lower_bound_allows_negative_values(tmp_path):
    ds = values_of(tmp_path, [-5, 3])
    assert ds.errors == [] and list(ds.frame["x"]) == [-5, 3]


def test_formula_without_cached_value_is_an_error(tmp_path):
    rows = [HEADER, ["Sekadau", 100, 60], ["Landak", 100, "=B3*0.4"]]
    data = make_workbook(tmp_path, {"2023": table(Y23), "2024": rows})
    with pytest.raises(DataError, match=r"2024!C3: sel berisi rumus yang hasilnya belum pernah dihitung; "
                                        r"buka berkas di Excel atau LibreOffice"):
        paritrana.run(data)


# ---------------------------------------------------------------------------- names across years


def test_names_match_across_years_and_output_uses_the_assessed_spelling(tmp_path):
    y23 = {"Kabupaten Sekadau": (100, 50), "KAB. LANDAK": (100, 20)}
    y24 = {"SEKADAU": (100, 60), "Kab Landak": (100, 40)}
    result = paritrana.run(make_workbook(tmp_path, {"2023": table(y23), "2024": table(y24)}))
    assert growth(result) == pytest.approx({"SEKADAU": 10.0, "Kab Landak": 20.0})


def test_kota_is_not_the_kabupaten(tmp_path):
    y23 = {"Pontianak": (100, 50), "Landak": (100, 20)}
    y24 = {"Kota Pontianak": (100, 60), "Landak": (100, 40)}
    data = make_workbook(tmp_path, {"2023": table(y23), "2024": table(y24)})
    with pytest.raises(DataError, match=r'2024!A2: "Kota Pontianak" tidak ada di tahun pembanding 2023'):
        paritrana.run(data)


def test_missing_from_baseline_names_the_closest_baseline_names(tmp_path):
    y23 = {"Kubu Raya": (100, 50), "Landak": (100, 20)}
    y24 = {"Kuburaya": (100, 60), "Landak": (100, 40)}
    data = make_workbook(tmp_path, {"2023": table(y23), "2024": table(y24)})
    with pytest.raises(DataError, match=r'"Kuburaya" tidak ada di tahun pembanding 2023.*'
                                        r'nama yang paling mirip di 2023: "Kubu Raya"'):
        paritrana.run(data)


def test_missing_from_baseline_with_a_missing_policy_is_a_warning(tmp_path):
    criteria = DEFAULT_WITH_ZERO
    y24 = {**Y24, "Melawi": (100, 10)}
    data = make_workbook(tmp_path, {"2023": table(Y23), "2024": table(y24)})
    result = paritrana.run(data, criteria=write_criteria(tmp_path, criteria))
    assert '2024!A4: "Melawi" tidak ada di tahun pembanding 2023' in result.warning_texts()
    assert {r.id: r.indicators["pertumbuhan"].raw for r in result.results}["Melawi"] == 0


def test_duplicate_candidate_in_a_year_is_an_error(tmp_path):
    rows = table({"Sekadau": (100, 60), "Kab. Sekadau": (100, 40)})
    data = make_workbook(tmp_path, {"2023": table(Y23), "2024": rows})
    with pytest.raises(DataError, match=r'2024!A3: kandidat "Kab. Sekadau" muncul lebih dari sekali dalam data 2024'):
        paritrana.run(data)


DEFAULT_WITH_ZERO = """\
title: Zero growth when new
columns:
  wilayah: [Kabupaten/Kota]
  pekerja: [Jumlah Pekerja]
  peserta: [Peserta Aktif]
derived:
  cakupan: 100 * peserta / pekerja
indicators:
  capaian: {value: peserta, weight: 1}
  pertumbuhan: {value: cakupan - previous(cakupan), weight: 1, missing: zero}
"""


def test_errors_are_all_reported_together(tmp_path):
    rows = table({"Sekadau": (100, "x"), "Landak": (-1, 40)})
    data = make_workbook(tmp_path, {"2023": table(Y23), "2024": rows})
    with pytest.raises(ParitranaError, match=r"data memuat 2 kesalahan:\n") as info:
        paritrana.run(data)
    assert '2024!C2: "x" bukan angka' in str(info.value)
    assert "2024!B3: −1 bernilai negatif, padahal `pekerja` adalah jumlah orang" in str(info.value)


def test_group_values_differing_only_in_case_or_punctuation_are_one_group(tmp_path):
    # "Kecil-Mikro", "kecil mikro" and "KECIL-MIKRO" are one group, named as first written.
    from paritrana.core.criteria import parse_criteria
    from paritrana.core.dataset import GROUP
    from paritrana.io.load import load_dataset

    criteria = parse_criteria(
        "title: t\nentity: nama\ngroup_by: skala\nindicators:\n  x: {value: x, weight: 1}\n"
    )
    path = tmp_path / "g.csv"
    path.write_text("nama,skala,x\nA,Kecil-Mikro,1\nB,kecil mikro,2\nC,KECIL-MIKRO,3\nD,Besar,4\n", encoding="utf-8")
    frame = load_dataset(path, criteria).frame
    assert list(frame[GROUP]) == ["Kecil-Mikro", "Kecil-Mikro", "Kecil-Mikro", "Besar"]


def test_a_misspelt_name_in_an_expression_suggests_the_declared_column(tmp_path):
    # 'pesrta' is one letter away from the declared column 'peserta': the criteria say so
    # when they load, before any workbook is read (the workbook is not to blame).
    from paritrana.core.criteria import parse_criteria
    from paritrana.errors import CriteriaError

    with pytest.raises(CriteriaError, match=r"`pesrta` bukan kolom .*; apakah yang dimaksud `peserta`\?"):
        parse_criteria(
            "title: t\ncolumns:\n  wilayah: [Wilayah]\n  peserta: [Peserta]\n"
            "indicators:\n  x: {value: pesrta, weight: 1}\n  y: {value: peserta, weight: 1}\n"
        )


def test_a_duplicate_candidate_counts_once_in_the_period_its_first_row(tmp_path):
    # Sekadau twice in 2024 (rows 2 and 3): an error for `rank`, but `validate` goes on and
    # pairs the years on the first row only — coverage 60 / 100, not the second row's 40 / 100
    from paritrana.core.dataset import NAME
    from paritrana.io.period import select_period

    rows = table({"Sekadau": (100, 60), "Kab. Sekadau": (100, 40), "Landak": (100, 50)})
    data = make_workbook(tmp_path, {"2023": table(Y23), "2024": rows})
    criteria = load_criteria().criteria
    period = select_period(load_dataset(data, criteria), criteria)
    assert period.current[NAME].tolist() == ["Sekadau", "Landak"]
    assert period.current["peserta"].tolist() == [60.0, 50.0]
