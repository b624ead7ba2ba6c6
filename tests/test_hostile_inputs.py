"""Hostile and odd inputs, a catalogue: every case exits 1 with one ``Kesalahan: …`` line naming
the place (file, sheet!cell, CSV line or YAML line), prints no traceback and leaves every
input file byte for byte as it was (SHA-256).

The cases complement ``test_bad_inputs.py`` (not repeated here): containers that are not
workbooks, zip tricks (bombs of many parts, parts lying about their size, encryption,
unusual compression), sparse grids that would make calamine allocate billions of cells,
row/column/size limits, CSV quirks, numbers that are not numbers, duplicate names under the
matching rule, hostile YAML, and report paths that must not be written.

Below the catalogue: the inputs that look odd but must work (merged headers, cp1252 with
``--encoding``, ``;`` and decimal commas, limits raised by their options), the safe XML
parser, and Ctrl-C.
"""

from __future__ import annotations

import os
import struct
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import (
    HEADER,
    SAMPLE_XLSX,
    make_csv,
    make_workbook,
    number_cell,
    ods_number,
    ods_text,
    raw_ods,
    raw_workbook,
    sha256,
    table,
    text_cell,
    write_criteria,
)
from paritrana.cli.app import app

# One year, no previous(): every case below is about the file, not about the baseline.
SIMPLE = """\
title: T
columns:
  wilayah: [Kabupaten/Kota]
  pekerja: {headers: [Jumlah Pekerja], min: 0}
  peserta: {headers: [Peserta Aktif], min: 0}
indicators:
  capaian: {value: peserta, weight: 1}
  cakupan: {value: 100 * peserta / pekerja, weight: 1}
"""
GOOD = {"Sekadau": (100, 60), "Landak": (100, 40)}


@dataclass
class Case:
    args: list[object]
    expected: list[str]  # substrings of stderr: the place and the problem (and the fix)
    files: list[Path] = field(default_factory=list)  # must keep their bytes


def simple(tmp_path: Path) -> Path:
    return write_criteria(tmp_path, SIMPLE)


def rank(data: Path, tmp_path: Path, *extra: object) -> list[object]:
    return ["rank", data, "-c", simple(tmp_path), *extra]


def with_data(tmp_path: Path, data: Path, expected: list[str], *extra: object) -> Case:
    return Case(rank(data, tmp_path, *extra), expected, [data])


def sheet_2024(tmp_path: Path, rows: list[list[object]], name: str = "data.xlsx") -> Path:
    return make_workbook(tmp_path, {"2024": rows}, name=name)


def header_row() -> str:
    return text_cell("A1", "Kabupaten/Kota") + text_cell("B1", "Jumlah Pekerja") + text_cell("C1", "Peserta Aktif")


def data_row(r: int, name: str = "Sekadau") -> str:
    return f'<row r="{r}">' + text_cell(f"A{r}", name) + number_cell(f"B{r}", 100) + number_cell(f"C{r}", 60) + "</row>"


def patch_zip(path: Path, part: str, *, flag: int | None = None, size: int | None = None) -> None:
    """Rewrite the zip headers of ``part`` in place (what no zip library would write)."""
    data = bytearray(path.read_bytes())
    name = part.encode()
    offset = 0
    while True:  # local file headers
        local = data.find(b"PK\x03\x04", offset)
        if local < 0:
            break
        n, e = struct.unpack("<HH", data[local + 26:local + 30])
        if bytes(data[local + 30:local + 30 + n]) == name:
            if flag is not None:
                struct.pack_into("<H", data, local + 6, flag)
            if size is not None:
                struct.pack_into("<I", data, local + 22, size)
        offset = local + 4
    offset = 0
    while True:  # central directory
        central = data.find(b"PK\x01\x02", offset)
        if central < 0:
            break
        n = struct.unpack("<H", data[central + 28:central + 30])[0]
        if bytes(data[central + 46:central + 46 + n]) == name:
            if flag is not None:
                struct.pack_into("<H", data, central + 8, flag)
            if size is not None:
                struct.pack_into("<I", data, central + 24, size)
        offset = central + 4
    path.write_bytes(bytes(data))


# ---- containers that are not (readable) workbooks ---------------------------------------------


def png_renamed(tmp_path):
    data = tmp_path / "data.xlsx"
    data.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    return with_data(tmp_path, data, ["data.xlsx: bukan buku kerja Excel (berkas ini bukan paket zip)",
                                      "simpan berkas sebagai .xlsx"])


def garbage_bytes(tmp_path):
    data = tmp_path / "data.xlsm"
    data.write_bytes(bytes(range(256)) * 40)
    return with_data(tmp_path, data, ["data.xlsm: bukan buku kerja Excel"])


def truncated_workbook(tmp_path):
    whole = sheet_2024(tmp_path, table(GOOD), name="whole.xlsx").read_bytes()
    data = tmp_path / "data.xlsx"
    data.write_bytes(whole[: len(whole) // 2])
    return with_data(tmp_path, data, ["data.xlsx: bukan buku kerja Excel (paket zip rusak)",
                                      "simpan ulang sebagai .xlsx"])


def plain_zip(tmp_path):
    data = tmp_path / "data.xlsx"
    with zipfile.ZipFile(data, "w") as z:
        z.writestr("laporan.txt", "Sekadau 100 60")
    return with_data(tmp_path, data, ["data.xlsx: bukan buku kerja Excel, melainkan berkas zip"])


def powerpoint(tmp_path):
    data = tmp_path / "paparan.xlsx"
    with zipfile.ZipFile(data, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("ppt/presentation.xml", "<p:presentation/>")
    return with_data(tmp_path, data, ["paparan.xlsx: bukan buku kerja Excel, melainkan presentasi PowerPoint"])


def password_protected(tmp_path):
    # Excel saves a password-protected workbook as an OLE compound file (D0 CF 11 E0 ...)
    # holding EncryptedInfo and EncryptedPackage streams, whatever its extension says.
    data = tmp_path / "rahasia.xlsx"
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHH", 0x3E, 3, 0xFFFE)
    data.write_bytes(header.ljust(512, b"\0") + "EncryptedPackage".encode("utf-16-le").ljust(1024, b"\0"))
    return with_data(tmp_path, data, ["rahasia.xlsx: buku kerja dilindungi kata sandi",
                                      "hapus kata sandinya bila ada"])


def old_binary_xls(tmp_path):
    data = tmp_path / "lama.xls"
    data.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1".ljust(1536, b"\0"))
    return with_data(tmp_path, data, ["lama.xls: format .xls lama (biner) tidak didukung", "simpan sebagai .xlsx"])


def binary_xlsb(tmp_path):
    data = tmp_path / "data.xlsx"
    with zipfile.ZipFile(data, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.bin", b"\x83\x01\x00")
    return with_data(tmp_path, data, ["data.xlsx: buku kerja Excel biner (.xlsb) tidak didukung"])


def zip_part_encrypted(tmp_path):
    data = raw_workbook(tmp_path, {"2024": f'<row r="1">{header_row()}</row>' + data_row(2)}, name="data.xlsx")
    patch_zip(data, "xl/worksheets/sheet1.xml", flag=0x1)
    return with_data(tmp_path, data, ["data.xlsx: buku kerja dilindungi kata sandi"])


def zip_unusual_compression(tmp_path):
    data = tmp_path / "data.xlsx"
    with zipfile.ZipFile(data, "w", compression=zipfile.ZIP_BZIP2) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    return with_data(tmp_path, data, ['data.xlsx: metode kompresi bagian zip "[Content_Types].xml" tidak didukung'])


def zip_part_lies_about_its_size(tmp_path):
    # The directory says 100 bytes; the part inflates to 3 MB. Only the directory is what a
    # size check reads, so the inflating itself must stop at the declared size.
    rows = f'<row r="1">{header_row()}</row>' + "".join(data_row(r, f"W{r}") for r in range(2, 20000))
    data = raw_workbook(tmp_path, {"2024": rows}, name="data.xlsx")
    patch_zip(data, "xl/worksheets/sheet1.xml", size=100)
    return with_data(tmp_path, data,
                     ['data.xlsx: bukan buku kerja Excel (bagian zip "xl/worksheets/sheet1.xml" rusak)'])


def zip_version_from_the_future(tmp_path):
    # Found by fuzzing: one flipped byte made Python's zipfile raise NotImplementedError.
    data = raw_workbook(tmp_path, {"2024": f'<row r="1">{header_row()}</row>' + data_row(2)}, name="data.xlsx")
    content = bytearray(data.read_bytes())
    central = content.find(b"PK\x01\x02")
    struct.pack_into("<H", content, central + 6, 64)  # "version needed to extract": 6.4
    data.write_bytes(bytes(content))
    return with_data(tmp_path, data, ["data.xlsx: bukan buku kerja Excel (paket zip rusak)"])


def malformed_cell_tag(tmp_path):
    # Found by fuzzing: calamine skips `<c/r="C2"...>`, and openpyxl, asked whether the now
    # empty cell holds a formula, stopped with an XML ParseError traceback.
    base = sheet_2024(tmp_path, table(GOOD), name="base.xlsx")
    data = tmp_path / "data.xlsx"
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                assert b'<c r="C2"' in content
                content = content.replace(b'<c r="C2"', b'<c/r="C2"')
            zout.writestr(info, content)
    return with_data(tmp_path, data, ["data.xlsx › 2024!C2: nilai `peserta` untuk Sekadau kosong"])


def bomb_of_many_small_parts(tmp_path):
    data = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(data, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        for i in range(60):  # 60 × 100 KB of zeros: each part harmless, together 6 MB
            z.writestr(f"xl/media/image{i}.bin", bytes(100 * 1024))
    return with_data(tmp_path, data, ["bom.xlsx: buku kerja akan mengembang menjadi 6 MB saat dibuka, "
                                      "melebihi batas 5 MB",
                                      "`--max-uncompressed-mb`"], "--max-uncompressed-mb", "5")


def file_over_the_size_limit(tmp_path):
    data = make_csv(tmp_path, [HEADER] + [[f"Wilayah {i:07d}", 100, 60] for i in range(90_000)])
    return with_data(tmp_path, data, ["data.csv: ukuran berkas 2 MB, melebihi batas 1 MB",
                                      "`--max-uncompressed-mb`"], "--max-uncompressed-mb", "1")


def workbook_without_sheets(tmp_path):
    data = raw_workbook(tmp_path, {}, name="data.xlsx")
    return with_data(tmp_path, data, ["data.xlsx: buku kerja tidak memiliki lembar"])


def only_an_empty_sheet(tmp_path):
    data = raw_workbook(tmp_path, {"2024": ""}, name="data.xlsx")
    return with_data(tmp_path, data, ["data.xlsx › 2024: baris judul tidak ditemukan", "Kabupaten/Kota"])


def data_path_is_a_device(tmp_path):
    return Case(rank(Path(os.devnull), tmp_path), ["null: bukan berkas biasa (mungkin perangkat atau pipe)"])


def data_path_is_a_folder(tmp_path):
    folder = tmp_path / "data.xlsx"
    folder.mkdir()
    return Case(rank(folder, tmp_path), ["data.xlsx: folder ini tidak berisi buku kerja atau berkas CSV"])


# ---- grids too large: refused before calamine builds them ---------------------------------


def sparse_16384_columns(tmp_path):
    data = raw_workbook(tmp_path, {"2024": f'<row r="1">{header_row()}</row>' + data_row(2)
                                   + '<row r="3">' + number_cell("XFD3", 1) + "</row>"}, name="data.xlsx")
    return with_data(tmp_path, data, ['data.xlsx › 2024: lembar "2024" memuat sel sampai kolom XFD (16.384 kolom), '
                                      "melebihi batas 1.000 kolom", "`--max-columns`"])


def full_width_header(tmp_path):
    # A header row filled out to Excel's last column, XFD (as "fill right" to the end does).
    header = [*HEADER, *[f"Catatan {i}" for i in range(4, 16385)]]
    data = sheet_2024(tmp_path, [header, ["Sekadau", 100, 60]])
    return with_data(tmp_path, data, ['data.xlsx › 2024: lembar "2024" memuat sel sampai kolom XFD (16.384 kolom)',
                                      "`--max-columns`"])


def sparse_grid_of_a_billion_cells(tmp_path):
    # A1 and ALL1048576: 1,000 columns and Excel's last row, within each limit alone; as one
    # dense grid over a billion cells (32 GB inside calamine). The file is 1 KB.
    data = raw_workbook(tmp_path, {"2024": f'<row r="1">{header_row()}</row>' + data_row(2)
                                   + '<row r="1048576">' + number_cell("ALL1048576", 1) + "</row>"},
                        name="data.xlsx")
    return with_data(tmp_path, data, ['data.xlsx › 2024: lembar "2024" mencakup 1.048.576 baris × 1.000 kolom '
                                      "(1.048.576.000 sel)", "`--max-uncompressed-mb`"])


def sheet_part_with_an_odd_name(tmp_path):
    # The workbook's link, not the part's name, says what a sheet is: a sheet stored as
    # "xl/worksheets/sheet1.png" is read by calamine, so it is scanned like any other.
    # (Were it not, calamine would try to allocate the billion cells and abort the process.)
    base = raw_workbook(tmp_path, {"2024": f'<row r="1">{header_row()}</row>' + data_row(2)
                                   + '<row r="1048576">' + number_cell("ALL1048576", 1) + "</row>"},
                        name="base.xlsx")
    data = tmp_path / "data.xlsx"
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename).replace(b"worksheets/sheet1.xml", b"worksheets/sheet1.png")
            zout.writestr(info.filename.replace("sheet1.xml", "sheet1.png"), content)
    return with_data(tmp_path, data, ['data.xlsx › 2024: lembar "2024" mencakup 1.048.576 baris × 1.000 kolom'])


def ods_repeated_to_the_edge(tmp_path):
    # OpenDocument says "this cell, 16,384 times" in a few bytes; repeated for a million rows
    # calamine would build 17 billion cells (it stops at 100 million, 3 GB in).
    header = ("<table:table-row>" + ods_text("Kabupaten/Kota") + ods_text("Jumlah Pekerja")
              + ods_text("Peserta Aktif") + "</table:table-row>")
    rows = f'<table:table-row table:number-rows-repeated="1000000">{ods_number(7, repeat=16384)}</table:table-row>'
    data = raw_ods(tmp_path, {"2024": header + rows}, name="data.ods")
    return with_data(tmp_path, data, ['data.ods › 2024: lembar "2024" memuat sel sampai kolom XFD (16.384 kolom)'])


def ods_that_hangs_calamine(tmp_path):
    # Found by fuzzing: three "<" inside a table make calamine's OpenDocument reader loop
    # forever (not even Ctrl-C stops it); the XML is checked first.
    data = raw_ods(tmp_path, {"2024": "<table:table-row>" + ods_text("Kabupaten/Kota") + "<<<</table:table-row>"},
                   name="data.ods")
    return with_data(tmp_path, data, ["data.ods: lembar kerja tidak dapat dibaca (content.xml bukan XML yang sah)"])


def cells_far_below(tmp_path):
    data = raw_workbook(tmp_path, {"Data 2024": f'<row r="1">{header_row()}</row>' + data_row(2)
                                   + data_row(1_000_000, "Landak")}, name="data.xlsx")
    return with_data(tmp_path, data, ['data.xlsx › Data 2024: lembar "Data 2024" memuat sel sampai baris 1.000.000, '
                                      "melebihi batas 500.000 baris", "`--max-rows`"], "--max-rows", "500000")


def rows_without_references(tmp_path):
    # No r="..." anywhere: calamine counts rows and cells itself; so does the check.
    plain = "".join(f"<row><c><v>{i}</v></c><c><v>1</v></c><c><v>1</v></c></row>" for i in range(3000))
    header = '<row><c t="inlineStr"><is><t>Kabupaten/Kota</t></is></c></row>'
    data = raw_workbook(tmp_path, {"2024": header + plain}, name="data.xlsx")
    return with_data(tmp_path, data, ['lembar "2024" memuat sel sampai baris 3.001, melebihi batas 1.000 baris'],
                     "--max-rows", "1000")


def prefixed_tags_far_right(tmp_path):
    data = tmp_path / "data.xlsx"
    raw_workbook(tmp_path, {"2024": f'<row r="1">{header_row()}</row>'}, name="data.xlsx")
    with zipfile.ZipFile(data, "a") as z:  # a second sheet part written with an x: prefix
        z.writestr("xl/worksheets/sheet9.xml", '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/'
                   'spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c>'
                   '<x:c><x:v>2</x:v></x:c></x:row><x:row r="2"><x:c r="ZZZ2"><x:v>1</x:v></x:c></x:row>'
                   "</x:sheetData></x:worksheet>")
    return with_data(tmp_path, data, ["data.xlsx › xl/worksheets/sheet9.xml", "kolom ZZZ (18.278 kolom)"])


def csv_too_many_rows(tmp_path):
    data = make_csv(tmp_path, table(GOOD) + [["Sambas", 100, 10]])
    return with_data(tmp_path, data, ["data.csv: CSV memuat lebih dari 3 baris", "`--max-rows`"], "--max-rows", "3")


def csv_too_many_fields(tmp_path):
    data = make_csv(tmp_path, table(GOOD) + [["x"] * 1001])
    return with_data(tmp_path, data, ["data.csv: CSV memuat baris dengan lebih dari 1.000 kolom (baris 4)",
                                      "`--max-columns`"])


# ---- CSV quirks -------------------------------------------------------------------------------


def csv_unclosed_quote(tmp_path):
    data = tmp_path / "data.csv"
    data.write_text('Kabupaten/Kota,Jumlah Pekerja,Peserta Aktif\nSekadau,100,60\n"Landak,100,40\nSambas,1,1\n')
    return with_data(tmp_path, data, ["data.csv baris 3: CSV tidak dapat dibaca: \"unexpected end of data\"",
                                      'periksa tanda petik (") di baris itu'])


def csv_field_too_long(tmp_path):
    data = tmp_path / "data.csv"
    data.write_text('Kabupaten/Kota,Jumlah Pekerja,Peserta Aktif\nSekadau,100,"' + "9" * 200_000 + '"\n')
    return with_data(tmp_path, data, ["data.csv baris 2: CSV tidak dapat dibaca: \"field larger than field limit"])


def csv_unknown_encoding(tmp_path):
    data = make_csv(tmp_path, table(GOOD))
    return with_data(tmp_path, data, ["data.csv: pengodean `klingon` tidak dikenal", "`cp1252`"],
                     "--encoding", "klingon")


def csv_codec_that_is_not_text(tmp_path):
    data = make_csv(tmp_path, table(GOOD))
    return with_data(tmp_path, data, ["data.csv: CSV tidak dapat dibaca dengan pengodean `punycode`",
                                      "`utf-8`, `cp1252`"],
                     "--encoding", "punycode")


def csv_utf16(tmp_path):
    data = make_csv(tmp_path, table(GOOD), encoding="utf-16")
    return with_data(tmp_path, data, ["data.csv: CSV bukan teks UTF-8 yang sah (bita 0xff di baris 1)",
                                      "`--encoding utf-16`"])


def csv_wrong_encoding_given(tmp_path):
    data = make_csv(tmp_path, table({"Ngabang Mélayu": (100, 60)}), encoding="cp1252")
    return with_data(tmp_path, data, ["data.csv: CSV bukan teks ascii yang sah (bita 0xe9 di baris 2)"],
                     "--encoding", "ascii")


def csv_empty(tmp_path):
    data = tmp_path / "data.csv"
    data.write_bytes(b"")
    return with_data(tmp_path, data, ["data.csv: berkas kosong"])


def csv_blank_lines_only(tmp_path):
    data = tmp_path / "data.csv"
    data.write_text("\n \n\t\n")
    return with_data(tmp_path, data, ["data.csv: baris judul tidak ditemukan", "Kabupaten/Kota"])


def csv_decimal_commas_under_en(tmp_path):
    data = make_csv(tmp_path, [HEADER, ["Sekadau", "1.000", "31,5"]], sep=";")
    criteria = write_criteria(tmp_path, SIMPLE + "number_locale: en\n", name="en.yaml")
    return Case(["rank", data, "-c", criteria], ['data.csv › C2: "31,5" bukan angka dalam format angka `en`',
                                                 "atur `number_locale: id` dalam berkas kriteria"], [data, criteria])


# ---- numbers that are not numbers ------------------------------------------------------------


def date_in_a_number_column(tmp_path):
    import datetime as dt

    data = sheet_2024(tmp_path, [HEADER, ["Sekadau", 100, dt.datetime(2024, 1, 5)], ["Landak", 100, 40]])
    return with_data(tmp_path, data, ['data.xlsx › 2024!C2: "2024-01-05" adalah tanggal atau waktu, bukan angka',
                                      "ubah format sel itu menjadi angka"])


def boolean_in_a_number_column(tmp_path):
    data = sheet_2024(tmp_path, [HEADER, ["Sekadau", True, 60], ["Landak", 100, 40]])
    return with_data(tmp_path, data, ["data.xlsx › 2024!B2: TRUE bukan angka"])


def text_placeholder(tmp_path):
    data = sheet_2024(tmp_path, [HEADER, ["Sekadau", 100, "n/a"], ["Landak", "-", 40]])
    return with_data(tmp_path, data, ['data memuat 2 kesalahan', 'data.xlsx › 2024!C2: "n/a" bukan angka',
                                      'data.xlsx › 2024!B3: "-" bukan angka'])


def nan_and_infinity_as_text(tmp_path):
    data = make_csv(tmp_path, [HEADER, ["Sekadau", "NaN", "inf"], ["Landak", "1e308", "-Infinity"]])
    return with_data(tmp_path, data, ['data.csv › B2: "NaN" bukan angka', 'data.csv › C2: "inf" bukan angka',
                                      'data.csv › B3: "1e308" bukan angka'])


def overflow_to_infinity(tmp_path):
    # 100 × 1e308 overflows: the indicator has no value, said as such, never a silent inf.
    data = sheet_2024(tmp_path, [HEADER, ["Sekadau", 1e308, 1e308], ["Landak", 100, 40]])
    return with_data(tmp_path, data, ["data.xlsx › 2024!A2: indikator `cakupan` tidak bernilai untuk Sekadau"])


def negative_text_number(tmp_path):
    data = make_csv(tmp_path, [HEADER, ["Sekadau", "100", "-1.000"], ["Landak", 100, 40]], sep=";")
    # quoted as typed: "-1.000", not the parsed −1000
    return with_data(tmp_path, data, ['data.csv › C2: "-1.000" bernilai negatif, padahal nilai `peserta` tidak boleh '
                                      "kurang dari 0"])


def terminal_escape_in_a_number(tmp_path):
    data = make_csv(tmp_path, [HEADER, ["Sekadau", 100, "\x1b[2J\x1b[31m60"], ["Landak", 100, 40]])
    return with_data(tmp_path, data, ['data.csv › C2: "\\x1b[2J\\x1b[31m60" bukan angka'])


def terminal_escape_in_a_duplicate_name(tmp_path):
    data = make_csv(tmp_path, [HEADER, ["Seka\x07dau\x1b", 100, 60], ["Sekadau", 100, 40]])
    return with_data(tmp_path, data, ['data.csv › A3: kandidat "Sekadau" muncul lebih dari sekali',
                                      'baris 2 "Sekadau" dan baris 3 "Sekadau"'])


# ---- duplicates under the matching rule --------------------------------------------------------


def duplicate(tmp_path, first, second, cell="A3"):
    data = sheet_2024(tmp_path, [HEADER, [first, 100, 60], [second, 100, 40]])
    return with_data(tmp_path, data,
                     [f'data.xlsx › 2024!{cell}: kandidat "{second}" muncul lebih dari sekali dalam data 2024'])


def duplicate_exact(tmp_path):
    return duplicate(tmp_path, "Sekadau", "Sekadau")


def duplicate_by_case(tmp_path):
    return duplicate(tmp_path, "SEKADAU", "sekadau")


def duplicate_by_kab_prefix(tmp_path):
    return duplicate(tmp_path, "Kab. Sekadau", "Sekadau")


def duplicate_by_punctuation(tmp_path):
    return duplicate(tmp_path, "Kubu Raya", "Kubu-Raya")


def duplicate_in_a_long_csv(tmp_path):
    rows = [["Tahun", *HEADER], [2024, "Landak", 100, 40], [2024, "Kabupaten Landak", 100, 30], [2023, "Landak", 1, 1]]
    data = make_csv(tmp_path, rows)
    return with_data(tmp_path, data,
                     ['data.csv › B3: kandidat "Kabupaten Landak" muncul lebih dari sekali dalam data 2024'])


def same_header_twice(tmp_path):
    data = sheet_2024(tmp_path, [[*HEADER, "Peserta Aktif"], ["Sekadau", 100, 60, 60]])
    return with_data(tmp_path, data, ["data.xlsx › 2024!D1: dua judul kolom untuk `peserta`",
                                      'C1 "Peserta Aktif" dan D1 "Peserta Aktif"'])


def headers_equal_but_for_case_and_punctuation(tmp_path):
    data = sheet_2024(tmp_path, [["Kabupaten/Kota", "Jumlah Pekerja", "PESERTA AKTIF", "Peserta-Aktif"],
                                 ["Sekadau", 100, 60, 60]])
    return with_data(tmp_path, data, ["data.xlsx › 2024!D1: dua judul kolom untuk `peserta`"])


def merged_header_hides_a_column(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "2024"
    sheet.append(["Kabupaten/Kota", "Jumlah Pekerja", None])  # "Peserta Aktif" lost under the merge
    sheet.merge_cells("B1:C1")
    sheet.append(["Sekadau", 100, 60])
    data = tmp_path / "data.xlsx"
    book.save(data)
    return with_data(tmp_path, data, ["data.xlsx › 2024!A1: kolom `peserta` tidak ditemukan di baris judul (baris 1)",
                                      'judul yang ada: "Kabupaten/Kota" dan "Jumlah Pekerja"'])


def formulas_never_calculated(tmp_path):
    data = make_workbook(tmp_path, {"2023": [HEADER, ["Sekadau", 100, "=B2*0.5"]],
                                    "2024": [HEADER, ["Sekadau", "=50+50", 60]]}, name="data.xlsx")
    return with_data(tmp_path, data, ["data.xlsx › 2023!C2: sel berisi rumus yang hasilnya belum pernah dihitung",
                                      "data.xlsx › 2024!B2: sel berisi rumus",
                                      "buka berkas di Excel atau LibreOffice, lalu simpan"])


# ---- hostile criteria YAML ---------------------------------------------------------------------


def yaml_case(tmp_path, text, expected, encoding="utf-8"):
    data = sheet_2024(tmp_path, table(GOOD))
    criteria = tmp_path / "criteria.yaml"
    criteria.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return Case(["rank", data, "-c", criteria], expected, [data, criteria])


def yaml_python_object_mapping(tmp_path):
    return yaml_case(tmp_path, "title: T\nindicators: !!python/object/apply:os.system {args: [touch pwned]}\n",
                     ["criteria.yaml baris 2: tag YAML seperti `!!python/object/apply:os.system` tidak diizinkan"])


def yaml_python_name_scalar(tmp_path):
    return yaml_case(tmp_path, "title: !!python/name:os.system\nindicators: {a: {value: peserta, weight: 1}}\n",
                     ['criteria.yaml baris 1: nilai YAML tidak didukung: "could not determine a constructor'])


def yaml_billion_laughs(tmp_path):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},"
              f"*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]" for i in range(8)]
    return yaml_case(tmp_path, "\n".join(lines) + "\ntitle: T\n",
                     ["criteria.yaml baris 1: jangkar dan alias YAML (`&`, `*`) tidak didukung"])


def yaml_duplicate_key(tmp_path):
    text = SIMPLE.replace("  capaian: {value: peserta, weight: 1}",
                          "  capaian:\n    value: peserta\n    weight: 1\n    weight: 9")
    return yaml_case(tmp_path, text, ["criteria.yaml baris 10: kunci `weight` muncul dua kali (pertama kali di baris 9)"])


def yaml_tabs(tmp_path):
    return yaml_case(tmp_path, "title: T\nindicators:\n\tcapaian: {value: peserta, weight: 1}\n",
                     ["criteria.yaml baris 3: YAML tidak valid", "ganti tab dengan spasi"])


def yaml_ten_megabytes(tmp_path):
    return yaml_case(tmp_path, SIMPLE + "#" + "x" * 10_000_000 + "\n",
                     ["criteria.yaml: berkas kriteria lebih besar dari 1 MB"])


def yaml_nested_too_deeply(tmp_path):
    return yaml_case(tmp_path, "title: T\nindicators: " + "[" * 5000 + "]" * 5000 + "\n",
                     ["criteria.yaml: struktur YAML bersarang terlalu dalam"])


def yaml_not_utf8(tmp_path):
    return yaml_case(tmp_path, SIMPLE.replace("title: T", "title: Penilaian Kinerja — Kalbar"),
                     ["criteria.yaml: berkas kriteria bukan teks UTF-8"], encoding="cp1252")


def yaml_a_list(tmp_path):
    return yaml_case(tmp_path, "- title: T\n- indicators: {}\n", ["criteria.yaml baris 1: berkas kriteria harus berisi pasangan kunci dan nilai YAML"])


def yaml_expression_too_deep(tmp_path):
    text = SIMPLE.replace("value: peserta,", "value: " + "(" * 60 + "peserta" + ")" * 60 + ",")
    return yaml_case(tmp_path, text, ["criteria.yaml", "indicators.capaian.value: ekspresi", "bersarang terlalu dalam", "(baris 7)"])


def yaml_expression_too_long(tmp_path):
    text = SIMPLE.replace("value: peserta,", "value: " + " + ".join(["peserta"] * 300) + ",")
    return yaml_case(tmp_path, text, ["criteria.yaml", "(baris 7)", "ekspresi terlalu panjang"])


def yaml_expression_python(tmp_path):
    text = SIMPLE.replace("value: peserta,", "value: \"__import__('os').system('touch pwned')\",")
    return yaml_case(tmp_path, text, ["criteria.yaml", "indicators.capaian.value: ekspresi `__import__(", "(baris 7)"])


def criteria_path_is_a_device(tmp_path):
    data = sheet_2024(tmp_path, table(GOOD))
    return Case(["rank", data, "-c", os.devnull], ["null: bukan berkas biasa (perangkat atau pipe?)"], [data])


# ---- reports that must not be written -------------------------------------------------------------


def report_over_the_input(tmp_path):
    data = sheet_2024(tmp_path, table(GOOD))
    return Case(rank(data, tmp_path, "-o", data, "--force"),
                ["data.xlsx: berkas ini adalah salah satu berkas masukan dan tidak akan ditimpa"], [data])


def report_over_an_existing_file(tmp_path):
    data = sheet_2024(tmp_path, table(GOOD))
    earlier = tmp_path / "hasil.json"
    earlier.write_text('{"earlier": true}')
    return Case(rank(data, tmp_path, "-o", earlier), ["hasil.json: berkas sudah ada; tambahkan `--force` untuk menimpanya"], [data, earlier])


def report_into_a_missing_folder(tmp_path):
    data = sheet_2024(tmp_path, table(GOOD))
    return Case(rank(data, tmp_path, "-o", tmp_path / "tidak-ada" / "hasil.csv"),
                ["hasil.csv: folder ", "tidak-ada\" tidak ada"], [data])


def report_of_unknown_type(tmp_path):
    data = sheet_2024(tmp_path, table(GOOD))
    return Case(rank(data, tmp_path, "-o", tmp_path / "hasil.pdf"),
                ["hasil.pdf: jenis laporan `.pdf` tidak dikenal; gunakan `.xlsx`, `.csv`, `.json`, atau `.md`"], [data])


CASES = [
    png_renamed, garbage_bytes, truncated_workbook, plain_zip, powerpoint, password_protected, old_binary_xls,
    binary_xlsb, zip_part_encrypted, zip_unusual_compression, zip_part_lies_about_its_size, zip_version_from_the_future,
    malformed_cell_tag, bomb_of_many_small_parts,
    file_over_the_size_limit, workbook_without_sheets, only_an_empty_sheet, data_path_is_a_device,
    data_path_is_a_folder,
    sparse_16384_columns, full_width_header, sparse_grid_of_a_billion_cells, sheet_part_with_an_odd_name, ods_repeated_to_the_edge, ods_that_hangs_calamine,
    cells_far_below, rows_without_references,
    prefixed_tags_far_right, csv_too_many_rows, csv_too_many_fields,
    csv_unclosed_quote, csv_field_too_long, csv_unknown_encoding, csv_codec_that_is_not_text, csv_utf16, csv_wrong_encoding_given, csv_empty,
    csv_blank_lines_only, csv_decimal_commas_under_en,
    date_in_a_number_column, boolean_in_a_number_column, text_placeholder, nan_and_infinity_as_text,
    overflow_to_infinity, negative_text_number, terminal_escape_in_a_number, terminal_escape_in_a_duplicate_name,
    duplicate_exact, duplicate_by_case, duplicate_by_kab_prefix, duplicate_by_punctuation, duplicate_in_a_long_csv,
    same_header_twice, headers_equal_but_for_case_and_punctuation, merged_header_hides_a_column,
    formulas_never_calculated,
    yaml_python_object_mapping, yaml_python_name_scalar, yaml_billion_laughs, yaml_duplicate_key, yaml_tabs,
    yaml_ten_megabytes, yaml_nested_too_deeply, yaml_not_utf8, yaml_a_list, yaml_expression_too_deep,
    yaml_expression_too_long, yaml_expression_python, criteria_path_is_a_device,
    report_over_the_input, report_over_an_existing_file, report_into_a_missing_folder, report_of_unknown_type,
]


@pytest.mark.parametrize("make", CASES, ids=[c.__name__ for c in CASES])
def test_hostile_input_exits_1_with_a_placed_message(runner, tmp_path, make):
    case = make(tmp_path)
    before = {p: sha256(p) for p in case.files}
    started = time.monotonic()
    result = runner.invoke(app, [str(a) for a in case.args])
    assert result.exit_code == 1, result.output
    assert time.monotonic() - started < 20  # refused, not ground through
    assert "Traceback" not in result.output
    assert "\x1b" not in result.output and "\x07" not in result.output  # nothing for the terminal to act on
    assert result.stderr.startswith("Kesalahan: ")
    assert result.stdout == ""
    for text in case.expected:
        assert text in result.stderr, result.stderr
    assert {p: sha256(p) for p in case.files} == before
    assert not (Path.cwd() / "pwned").exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # no half-written report


# ---- odd but genuine: these must work -------------------------------------------------------------


def ranked(runner, args) -> dict:
    import json

    result = runner.invoke(app, [str(a) for a in args] + ["--format", "json"])
    assert result.exit_code == 0, result.output
    return {r["id"]: r for r in json.loads(result.stdout)["results"]}


def test_merged_title_and_header_cells_are_read_from_their_first_cell(runner, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "2024"
    sheet.append(["Rekap Kepesertaan 2024", None, None, None])
    sheet.merge_cells("A1:D1")  # a title across the table
    sheet.append(["Kabupaten/Kota", "Jumlah Pekerja", "Peserta Aktif", None])
    sheet.merge_cells("C2:D2")  # the header sits in C2, the first cell of its merge
    sheet.append(["Sekadau", 100, 60, "catatan"])
    sheet.append(["Landak", 200, 40, None])
    data = tmp_path / "data.xlsx"
    book.save(data)
    results = ranked(runner, rank(data, tmp_path))
    assert results["Sekadau"]["indicators"]["capaian"]["raw"] == 60.0
    assert results["Landak"]["indicators"]["cakupan"]["raw"] == 20.0  # 100 × 40 / 200


def test_cp1252_csv_with_the_encoding_option_keeps_accented_names(runner, tmp_path):
    rows = [HEADER, ["Kab. Sékadau", 100, 60], ["Ngabang Mélayu", 100, 40]]
    data = make_csv(tmp_path, rows, sep=";", encoding="cp1252")
    results = ranked(runner, rank(data, tmp_path, "--encoding", "cp1252"))
    assert set(results) == {"Kab. Sékadau", "Ngabang Mélayu"}


def test_semicolons_and_decimal_commas_are_read_in_the_id_locale(runner, tmp_path):
    # "1.234" is 1234 and "61,7" is 61.7 under the default id locale: 100 × 61.7 / 1234 = 5.
    data = make_csv(tmp_path, [HEADER, ["Sekadau", "1.234", "61,7"], ["Landak", "Rp 2.000", "40"]], sep=";")
    results = ranked(runner, rank(data, tmp_path))
    assert results["Sekadau"]["indicators"]["cakupan"]["raw"] == pytest.approx(5.0)
    assert results["Landak"]["indicators"]["capaian"]["raw"] == 40.0


def test_a_million_sparse_rows_within_the_limits_load_in_bounded_time(runner, tmp_path):
    # Row 1,000,000 is below Excel's last row and the grid (1,000,000 × 3) is far under the
    # cell limit: the sheet is read, its 999,997 empty rows skipped.
    case = cells_far_below(tmp_path)
    started = time.monotonic()
    results = ranked(runner, case.args[:4])
    assert time.monotonic() - started < 30
    assert set(results) == {"Sekadau", "Landak"}


@pytest.mark.parametrize(("make", "raised"), [
    (csv_too_many_rows, ["--max-rows", "4"]),
    (sparse_16384_columns, ["--max-columns", "16384"]),
], ids=["rows", "columns"])
def test_each_limit_is_raised_by_its_option(runner, tmp_path, make, raised):
    case = make(tmp_path)
    args = [str(a) for a in case.args]
    for flag in ("--max-rows", "--max-columns"):
        if flag in args:
            del args[args.index(flag):args.index(flag) + 2]
    result = runner.invoke(app, [*args, *raised, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"rank":1' in result.stdout.replace(" ", "")


def test_the_size_limit_is_raised_by_its_option(runner, tmp_path):
    case = bomb_of_many_small_parts(tmp_path)
    args = [str(a) for a in case.args[:-2]] + ["--max-uncompressed-mb", "7"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert "would inflate" not in result.stderr
    assert "bom.xlsx: " in result.stderr  # the file is now read (and found to hold no sheet)


def test_openpyxl_parses_xml_through_defusedxml():
    import openpyxl

    assert openpyxl.DEFUSEDXML is True


def test_an_entity_expansion_bomb_inside_a_sheet_is_not_expanded(runner, tmp_path):
    # calamine does not expand DTD entities; openpyxl (asked about the empty cells) refuses
    # them through defusedxml. A billion-laughs sheet ranks like a plain one, quickly.
    entities = '<!ENTITY a "lollollollollollollollollollol">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
    base = raw_workbook(tmp_path, {"2024": f'<row r="1">{header_row()}</row>' + data_row(2)
                                   + '<row r="3">' + text_cell("A3", "Landak") + number_cell("B3", 100)
                                   + '<c r="C3"><v>&i;</v></c></row>'}, name="base.xlsx")
    data = tmp_path / "data.xlsx"
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = content.replace(b"?><worksheet", f"?><!DOCTYPE worksheet [{entities}]><worksheet".encode())
            zout.writestr(info.filename, content)
    started = time.monotonic()
    result = runner.invoke(app, [str(a) for a in rank(data, tmp_path)])
    assert time.monotonic() - started < 10
    assert result.exit_code in (0, 1)
    assert "Traceback" not in result.output
    assert "lollol" not in result.output


# ---- Ctrl-C ------------------------------------------------------------------------------------------


INTERRUPTED = "Dihentikan (Ctrl-C). Tidak ada berkas setengah jadi yang tertinggal.\n"


def interrupt(*args, **kwargs):
    raise KeyboardInterrupt


def test_ctrl_c_while_ranking_exits_130_with_one_line(runner, tmp_path, monkeypatch):
    monkeypatch.setattr("paritrana.api.evaluate", interrupt)
    report = tmp_path / "hasil.xlsx"
    result = runner.invoke(app, ["rank", str(SAMPLE_XLSX), "-o", str(report)])
    assert result.exit_code == 130
    assert result.stderr == INTERRUPTED
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("suffix", [".xlsx", ".json", ".csv", ".md"])
def test_ctrl_c_before_the_report_is_renamed_into_place_leaves_no_file(runner, tmp_path, monkeypatch, suffix):
    # The report is complete in its temporary file when Ctrl-C arrives: neither it nor the
    # temporary file may remain.
    monkeypatch.setattr("paritrana.io.atomic.os.replace", interrupt)
    report = tmp_path / f"hasil{suffix}"
    result = runner.invoke(app, ["rank", str(SAMPLE_XLSX), "-o", str(report)])
    assert result.exit_code == 130
    assert result.stderr == INTERRUPTED
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_halfway_through_a_report_keeps_the_previous_one(runner, tmp_path, monkeypatch):
    report = tmp_path / "hasil.json"
    report.write_text('{"previous": true}')
    before = sha256(report)

    def half_then_interrupt(result, stream, lang=None, extra=None):
        stream.write(b'{"results": [')
        raise KeyboardInterrupt

    monkeypatch.setattr("paritrana.core.result.RankingResult.write_json", half_then_interrupt)
    result = runner.invoke(app, ["rank", str(SAMPLE_XLSX), "-o", str(report), "--force"])
    assert result.exit_code == 130
    assert result.stderr == INTERRUPTED
    assert sha256(report) == before
    assert [p.name for p in tmp_path.iterdir()] == ["hasil.json"]


def test_a_dimension_tag_claiming_the_whole_sheet_is_checked_against_the_cells(runner, tmp_path):
    # Some writers declare <dimension ref="A1:XFD1048576"/>; only the cells count.
    base = raw_workbook(tmp_path, {"2024": f'<row r="1">{header_row()}</row>' + data_row(2)
                                   + data_row(3, "Landak")}, name="base.xlsx")
    data = tmp_path / "data.xlsx"
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = content.replace(b"<sheetData>", b'<dimension ref="A1:XFD1048576"/><sheetData>')
            zout.writestr(info.filename, content)
    assert set(ranked(runner, rank(data, tmp_path))) == {"Sekadau", "Landak"}


@pytest.mark.parametrize("command", [["validate"], ["explain", "--", "Sekadau"], ["sensitivity"]],
                         ids=["validate", "explain", "sensitivity"])
def test_the_row_limit_applies_to_every_command_that_reads_data(runner, tmp_path, command):
    data = make_csv(tmp_path, table(GOOD))
    name, *rest = command
    args = [name, str(data), *rest, "-c", str(simple(tmp_path)), "--max-rows", "2"]
    if "--" in args:  # explain FILE NAME: the name goes after the file
        args.remove("--")
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    assert "CSV memuat lebih dari 2 baris" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("value", ["0", "-5", "many"])
def test_a_bad_limit_value_is_a_usage_error(runner, tmp_path, value):
    data = make_csv(tmp_path, table(GOOD))
    result = runner.invoke(app, ["rank", str(data), "--max-columns", value])
    assert result.exit_code == 2
    assert "--max-columns" in result.output


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "markdown"])
def test_control_characters_in_names_never_reach_the_terminal(runner, tmp_path, fmt):
    # ESC [2J clears the screen, ESC ]0; retitles the window, U+202E reverses the text after it.
    rows = [HEADER, ["\x1b[2J\x1b[31mPalsu", 100, 60], ["Kab.\u202e Landak", 100, 40], ["Sambas\x07", 100, 50]]
    data = make_csv(tmp_path, rows)
    result = runner.invoke(app, [str(a) for a in rank(data, tmp_path, "--format", fmt)])
    assert result.exit_code == 0, result.output
    for ch in ("\x1b", "\x07", "\u202e"):
        assert ch not in result.output
    assert "Palsu" in result.stdout and "Sambas" in result.stdout
    if fmt in ("table", "json"):  # the formats that carry the warnings
        assert "karakter kontrol dihapus dari nama" in result.output


def test_a_formula_without_value_far_down_a_sheet_is_found_without_reading_the_rows_above(runner, tmp_path):
    # openpyxl reads a sheet from the top (40 s down to row 700,000 of a real benchmark file);
    # the cell's own tag is looked up instead.
    rows = f'<row r="1">{header_row()}</row>' + data_row(2) + (
        '<row r="400000">' + text_cell("A400000", "Landak") + number_cell("B400000", 100)
        + '<c r="C400000"><f>B400000/2</f></c></row>')
    data = raw_workbook(tmp_path, {"2024": rows}, name="data.xlsx")
    started = time.monotonic()
    result = runner.invoke(app, [str(a) for a in rank(data, tmp_path)])
    assert time.monotonic() - started < 15
    assert result.exit_code == 1
    assert "data.xlsx › 2024!C400000: sel berisi rumus yang hasilnya belum pernah dihitung" in result.stderr


def test_an_opendocument_sheet_with_trailing_filler_ranks(runner, tmp_path):
    # What LibreOffice writes after a table: empty cells and rows repeated to the sheet's edge.
    filler = ('<table:table-cell table:number-columns-repeated="1021"/>'
              '</table:table-row><table:table-row table:number-rows-repeated="1048573">'
              '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>')
    rows = ("<table:table-row>" + ods_text("Kabupaten/Kota") + ods_text("Jumlah Pekerja") + ods_text("Peserta Aktif")
            + "</table:table-row><table:table-row>" + ods_text("Sekadau") + ods_number(100) + ods_number(60)
            + "</table:table-row><table:table-row>" + ods_text("Landak") + ods_number(200) + ods_number(40)
            + filler)
    data = raw_ods(tmp_path, {"2024": rows}, name="data.ods")
    results = ranked(runner, rank(data, tmp_path))
    assert results["Landak"]["indicators"]["cakupan"]["raw"] == 20.0
