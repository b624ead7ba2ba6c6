"""A catalogue of bad inputs: each exits 1 with one clear message naming the place (file and
sheet!cell, or YAML line), never a traceback, and never touches the input files."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import HEADER, make_csv, make_workbook, sha256, table, write_criteria
from paritrana.cli.app import app
from paritrana.errors import ParitranaError

Y23 = {"Sekadau": (100, 50), "Landak": (100, 20)}
Y24 = {"Sekadau": (100, 60), "Landak": (100, 40)}

CRITERIA = """\
title: T
columns:
  wilayah: [Kabupaten/Kota]
  pekerja: [Jumlah Pekerja]
  peserta: [Peserta Aktif]
indicators:
  capaian:
    value: {value}
    weight: {weight}
"""


@dataclass
class Case:
    args: list[str]
    expected: list[str]  # substrings of the message: the place and the problem
    files: list[Path] = field(default_factory=list)  # inputs whose bytes must not change


def two_years(tmp_path: Path, y24_rows=None, y23_rows=None, name="data.xlsx") -> Path:
    return make_workbook(tmp_path, {"2023": y23_rows or table(Y23), "2024": y24_rows or table(Y24)}, name=name)


def criteria_file(tmp_path: Path, value="peserta", weight="1", text=None) -> Path:
    return write_criteria(tmp_path, text if text is not None else CRITERIA.format(value=value, weight=weight))


def bad_number(tmp_path):
    data = two_years(tmp_path, table({"Sekadau": (100, "12a"), "Landak": (100, 40)}))
    return Case(["rank", data], ['data.xlsx › 2024!C2: "12a" bukan angka; ketik angkanya saja'], [data])


def bad_number_csv(tmp_path):
    rows = [["Tahun", *HEADER], [2023, "Sekadau", 100, 50], [2024, "Sekadau", "1.2.3", 60]]
    data = make_csv(tmp_path, rows, sep=";")
    return Case(["rank", data], ['data.csv › C3: "1.2.3" bukan angka'], [data])


def missing_column(tmp_path):
    header = ["Kabupaten/Kota", "Jumlah Pekerja", "Peserta BPU"]
    data = two_years(tmp_path, table(Y24, header), table(Y23, header))
    return Case(["rank", data], ["data.xlsx › 2023!A1: kolom `peserta` tidak ditemukan di baris judul (baris 1)",
                                 'judul yang ada: "Kabupaten/Kota", "Jumlah Pekerja", dan "Peserta BPU"',
                                 'bila kolom C1 ("Peserta BPU") yang dimaksud, ganti judulnya menjadi "Peserta Aktif"'],
                [data])


def unmatched_name(tmp_path):
    data = two_years(tmp_path, table({"Kota Sekadau": (100, 60), "Landak": (100, 40)}))
    return Case(["rank", data], ['data.xlsx › 2024!A2: "Kota Sekadau" tidak ada di tahun pembanding 2023 '
                                 "(berkas yang sama)",
                                 'nama yang paling mirip di 2023: "Sekadau"'], [data])


def bad_expression(tmp_path):
    data, criteria = two_years(tmp_path), criteria_file(tmp_path, value="peserta *")
    return Case(["rank", data, "-c", criteria],
                ["criteria.yaml", "indicators.capaian.value: ekspresi `peserta *` tidak valid", "(baris 8)"], [data, criteria])


def unknown_function(tmp_path):
    data, criteria = two_years(tmp_path), criteria_file(tmp_path, value="open(peserta)")
    return Case(["rank", data, "-c", criteria], ["criteria.yaml", "(baris 8)", "ekspresi `open(peserta)` tidak valid"], [data, criteria])


def unknown_key(tmp_path):
    data = two_years(tmp_path)
    criteria = criteria_file(tmp_path, text=CRITERIA.format(value="peserta", weight=1) + "    normalise: rank\n")
    return Case(["rank", data, "-c", criteria],
                ["criteria.yaml", "kunci `normalise` tidak dikenal; apakah yang dimaksud `normalize`? (baris 10)"], [data, criteria])


def weight_zero(tmp_path):
    data, criteria = two_years(tmp_path), criteria_file(tmp_path, weight="0")
    return Case(["rank", data, "-c", criteria],
                ["criteria.yaml", "indicators.capaian.weight: harus lebih besar dari 0", "(baris 9)"], [data, criteria])


def weight_negative(tmp_path):
    data, criteria = two_years(tmp_path), criteria_file(tmp_path, weight="-2")
    return Case(["rank", data, "-c", criteria], ["criteria.yaml", "harus lebih besar dari 0 (tertulis −2)", "(baris 9)"], [data, criteria])


def yaml_syntax(tmp_path):
    data = two_years(tmp_path)
    criteria = criteria_file(tmp_path, text="title: T\nindicators:\n  a: {value: x, weight: 1\n")
    return Case(["rank", data, "-c", criteria], ["criteria.yaml baris 4: YAML tidak valid"], [data, criteria])


def previous_without_baseline(tmp_path):
    data = make_workbook(tmp_path, {"Sheet1": table(Y24)})
    return Case(["rank", data], ["data.xlsx: kriteria memakai `previous()` (`pertumbuhan`), tetapi data tidak "
                                 "memiliki tahun pembanding",
                                 "`--baseline BERKAS`"], [data])


def not_a_workbook(tmp_path):
    data = tmp_path / "data.xlsx"
    data.write_text("Kabupaten/Kota;Peserta\nSekadau;1\n", encoding="utf-8")
    return Case(["rank", data], ["data.xlsx: bukan buku kerja Excel"], [data])


def word_document(tmp_path):
    data = tmp_path / "laporan.xlsx"
    with zipfile.ZipFile(data, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return Case(["rank", data], ["laporan.xlsx: bukan buku kerja Excel, melainkan dokumen Word"], [data])


def pdf_file(tmp_path):
    data = tmp_path / "data.pdf"
    data.write_bytes(b"%PDF-1.4\n")
    return Case(["rank", data], ['data.pdf: jenis berkas ".pdf" tidak didukung'], [data])


def empty_file(tmp_path):
    data = tmp_path / "data.xlsx"
    data.write_bytes(b"")
    return Case(["rank", data], ["data.xlsx: berkas kosong"], [data])


def missing_file(tmp_path):
    return Case(["rank", tmp_path / "tidak-ada.xlsx"], ["tidak-ada.xlsx: berkas tidak ditemukan"])


def duplicate_candidate(tmp_path):
    data = two_years(tmp_path, table({"Sekadau": (100, 60), "Kabupaten Sekadau": (100, 40)}))
    return Case(["rank", data], ['data.xlsx › 2024!A3: kandidat "Kabupaten Sekadau" muncul lebih dari sekali '
                                 "dalam data 2024: "
                                 'baris 2 "Sekadau" dan baris 3 "Kabupaten Sekadau"'],
                [data])


def duplicate_header(tmp_path):
    header = [*HEADER, "Peserta"]
    rows = [header, ["Sekadau", 100, 60, 60]]
    data = two_years(tmp_path, rows, [header, ["Sekadau", 100, 50, 50]])
    return Case(["rank", data], ['data.xlsx › 2023!D1: dua judul kolom untuk `peserta`: C1 "Peserta Aktif" dan '
                                 'D1 "Peserta"'], [data])


def negative_count(tmp_path):
    data = two_years(tmp_path, table({"Sekadau": (100, 60), "Landak": (-100, 40)}))
    return Case(["rank", data], ["data.xlsx › 2024!B3: −100 bernilai negatif, padahal `pekerja` adalah jumlah orang"],
                [data])


def unknown_year(tmp_path):
    data = two_years(tmp_path)
    return Case(["rank", data, "--year", "2019"], ["data.xlsx: tidak ada data 2019 (tahun dalam berkas: 2023 dan 2024)",
                                                     "pilih salah satunya dengan `--year`"],
                [data])


def missing_criteria(tmp_path):
    data = two_years(tmp_path)
    return Case(["rank", data, "--criteria", tmp_path / "kriteria.yaml"], ["kriteria.yaml: berkas kriteria tidak ditemukan"],
                [data])


def missing_baseline_file(tmp_path):
    data = make_workbook(tmp_path, {"Sheet1": table(Y24)})
    return Case(["rank", data, "--baseline", tmp_path / "2023.xlsx"], ["2023.xlsx: berkas tidak ditemukan"], [data])


def formula_without_value(tmp_path):
    data = two_years(tmp_path, [HEADER, ["Sekadau", 100, "=B2/2"], ["Landak", 100, 40]])
    return Case(["rank", data], ["data.xlsx › 2024!C2: sel berisi rumus yang hasilnya belum pernah dihitung"],
                [data])


def csv_wrong_encoding(tmp_path):
    data = make_csv(tmp_path, [HEADER, ["Sékadau", 100, 60]], encoding="cp1252")
    return Case(["rank", data], ["data.csv: CSV bukan teks UTF-8 yang sah (bita 0xe9 di baris 2)", "`--encoding cp1252`"],
                [data])


def no_header_row(tmp_path):
    data = two_years(tmp_path, [["Nama", "Jumlah"], ["Sekadau", 1]], [["Nama", "Jumlah"], ["Sekadau", 1]])
    return Case(["rank", data], ["data.xlsx › 2023: baris judul tidak ditemukan"], [data])


def decompression_bomb(tmp_path):
    data = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(data, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", b"0" * (3 * 1024 * 1024))  # 3 MB of zeros, a few KB zipped
    return Case(["rank", data, "--max-uncompressed-mb", "2"],
                ["bom.xlsx: buku kerja akan mengembang menjadi 3 MB saat dibuka, melebihi batas 2 MB",
                 "`--max-uncompressed-mb`"], [data])


def no_candidates(tmp_path):
    data = make_csv(tmp_path, [["Tahun", *HEADER]])
    return Case(["rank", data], ["data.csv: tidak ada baris kandidat"], [data])


def division_by_zero(tmp_path):
    data = two_years(tmp_path, table({"Sekadau": (0, 0), "Landak": (100, 40)}))
    criteria = criteria_file(tmp_path, value="peserta / pekerja")
    return Case(["rank", data, "-c", criteria], ["data.xlsx › 2024!A2: indikator `capaian` tidak bernilai untuk Sekadau"],
                [data, criteria])


CASES = [bad_number, bad_number_csv, missing_column, unmatched_name, bad_expression, unknown_function, unknown_key,
         weight_zero, weight_negative, yaml_syntax, previous_without_baseline, not_a_workbook, word_document,
         pdf_file, empty_file, missing_file, duplicate_candidate, duplicate_header, negative_count, unknown_year,
         missing_criteria, missing_baseline_file, formula_without_value, csv_wrong_encoding, no_header_row,
         no_candidates, division_by_zero, decompression_bomb]


@pytest.mark.parametrize("make", CASES, ids=[c.__name__ for c in CASES])
def test_bad_input_exits_1_with_a_placed_message(runner, tmp_path, make):
    case = make(tmp_path)
    before = {p: sha256(p) for p in case.files}
    result = runner.invoke(app, [str(a) for a in case.args])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.stderr.startswith("Kesalahan: ")
    assert result.stdout == ""
    for text in case.expected:
        assert text in result.stderr
    assert {p: sha256(p) for p in case.files} == before


@pytest.mark.parametrize("make", [bad_number, unknown_key, empty_file], ids=["data", "criteria", "file"])
def test_debug_shows_the_exception(runner, tmp_path, make):
    case = make(tmp_path)
    result = runner.invoke(app, [*map(str, case.args), "--debug"])
    assert result.exit_code == 1
    assert isinstance(result.exception, ParitranaError)
    assert result.exc_info is not None and result.exc_info[2] is not None  # the traceback is there
