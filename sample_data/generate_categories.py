"""Generate ILLUSTRATIVE sample workbooks for the other Paritrana Award categories.

Writes, next to this script (one per criteria file in ``criteria/``):

* ``pemda-lengkap-kalbar-2025.xlsx`` - ``paritrana-pemda-lengkap.yaml``: the 14 kabupaten/kota
  of Kalimantan Barat, sheets "2023" and "2024", grouped by ``Jenis`` (Kabupaten/Kota).
  Workers and participants are those of ``kalbar-2025.xlsx`` (``generate.py``); Ketapang's
  Rp4,3 billion for 34.400 vulnerable workers is published; everything else is made up.
* ``provinsi-2025.xlsx`` - ``paritrana-provinsi.yaml``: the 38 provinces, sheets "2023" and
  "2024", grouped by ``Zona``. Kalimantan Barat's figures are the sums of the kabupaten/kota
  samples; the number of kabupaten/kota per province is real; everything else is made up.
* ``badan-usaha-kalbar-2025.xlsx`` - ``paritrana-badan-usaha.yaml``: 16 fictional employers,
  sheet "2024", grouped by ``Skala Usaha``.
* ``desa-kalbar-2025.xlsx`` - ``paritrana-desa.yaml``: 10 fictional villages, sheet "2024".

Every workbook says on each sheet that its figures are illustrative, and has a "Catatan"
(notes) sheet, which paritrana ignores (no year in its name).

Run from the repository root:  python sample_data/generate_categories.py
Output is deterministic: reruns give byte-identical files.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
OUT = HERE / "kategori"  # the category samples; kalbar-2025.xlsx stays alone on top
sys.path.insert(0, str(HERE))

from generate import FIGURES, FIXED_TIMESTAMP, save_deterministic  # noqa: E402

BASE_YEAR, DATA_YEAR = 2023, 2024
ILLUSTRATIVE = "ANGKA ILUSTRATIF (rekaan untuk contoh) — bukan data resmi BPJS Ketenagakerjaan, BPS atau pemerintah daerah"
NUMBER_FORMAT = "#,##0"
MILLION = 1_000_000
BILLION = 1_000_000_000


@dataclass(frozen=True)
class Sheet:
    name: str
    title: str
    headers: list[str]
    rows: list[list[object]]


def write_book(path: Path, title: str, sheets: list[Sheet], notes: list[str]) -> None:
    """Year sheets (title, illustrative warning, blank row, header on row 4) and a Catatan sheet."""
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in sheets:
        ws = wb.create_sheet(sheet.name)
        ws["A1"] = sheet.title
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = ILLUSTRATIVE
        ws["A2"].font = Font(italic=True, color="C00000")
        ws.append([])
        ws.append(sheet.headers)
        for cell in ws[4]:
            cell.font = Font(bold=True)
        for row in sheet.rows:
            ws.append(row)
        for row in ws.iter_rows(min_row=5, max_row=ws.max_row):
            for cell in row:
                if isinstance(cell.value, (int, float)):
                    cell.number_format = NUMBER_FORMAT
        for j, header in enumerate(sheet.headers):
            ws.column_dimensions[ws.cell(4, j + 1).column_letter].width = max(14, len(header) + 2)
        ws.column_dimensions["A"].width = 34
    catatan = wb.create_sheet("Catatan")
    for line in [ILLUSTRATIVE, *notes, f"Dibuat oleh sample_data/{Path(__file__).name}."]:
        catatan.append([line])
    catatan.column_dimensions["A"].width = 120
    wb.properties.title = title
    wb.properties.creator = f"sample_data/{Path(__file__).name}"
    wb.properties.created = FIXED_TIMESTAMP
    wb.properties.modified = FIXED_TIMESTAMP
    save_deterministic(wb, path)


# ---- kabupaten/kota, full desk assessment (paritrana-pemda-lengkap.yaml) ---------------------

# fmt: off
# 2024. Documents in force: Perda, Perbup/Perwal, SE, MoU/PKS. Budget in Rp million.
# Only Ketapang's budget (Rp4.300 juta) and vulnerable workers covered (34.400) are published
# (menitnews.id, 24-09-2025); all other figures are illustrative.
#  name               perda perkada se mou  budget  vulnerable covered  non-ASN covered  village covered
PEMDA_2024: dict[str, tuple[int, ...]] = {
    "Bengkayang":      (0, 1, 1, 1,    850,  38_000,  6_100,  3_900, 2_050,  1_420,   900),
    "Kapuas Hulu":     (0, 1, 2, 1,  1_100,  41_000,  7_300,  4_600, 2_700,  3_300, 2_100),
    "Kayong Utara":    (0, 0, 1, 1,    300,  24_500,  2_000,  2_100,   980,  1_250,   610),
    "Ketapang":        (1, 2, 2, 3,  4_300,  61_500, 34_400,  6_850, 6_120,  3_150, 2_980),
    "Kubu Raya":       (1, 1, 1, 2,  2_100,  72_000, 14_200,  7_400, 5_100,  1_450, 1_020),
    "Landak":          (1, 1, 2, 1,  2_600,  52_000, 17_800,  5_900, 4_700,  2_250, 1_900),
    "Melawi":          (0, 1, 0, 1,    500,  30_000,  3_100,  3_400, 1_600,  2_350, 1_200),
    "Mempawah":        (1, 1, 1, 2,  1_900,  48_000, 13_500,  4_800, 3_900,    940,   820),
    "Sambas":          (0, 1, 1, 2,  1_500,  69_000, 10_400,  7_900, 4_300,  2_400, 1_580),
    "Sanggau":         (1, 0, 2, 1,  1_700,  54_000, 11_900,  6_300, 4_400,  2_180, 1_650),
    "Sekadau":         (1, 1, 1, 1,  1_200,  28_000,  8_900,  3_100, 2_600,  1_090,   960),
    "Sintang":         (0, 1, 1, 1,  1_300,  50_000,  8_800,  6_700, 3_700,  4_050, 2_400),
    "Kota Pontianak":  (1, 1, 2, 2,  3_200,  58_000, 12_600,  9_800, 7_600,    600,   510),
    "Kota Singkawang": (1, 2, 1, 1,  1_400,  21_000,  7_400,  3_600, 3_050,    420,   400),
}
# fmt: on
PEMDA_HEADERS = [
    "Kabupaten/Kota", "Jenis", "Perda", "Perbup/Perwal", "Surat Edaran", "MoU/PKS",
    "Anggaran Iuran Pekerja Rentan", "Jumlah Pekerja Rentan", "Pekerja Rentan Terdaftar",
    "Pegawai Non-ASN", "Pegawai Non-ASN Terdaftar", "Perangkat Desa/Kelurahan",
    "Perangkat Desa/Kelurahan Terdaftar", "Jumlah Pekerja", "Peserta Aktif",
]


def pemda_values(name: str, year: int) -> tuple[int, ...]:
    """The 2024 row, or the 2023 row by an illustrative rule: one MoU fewer, 75 % of the
    budget, 70 % of the vulnerable workers covered, 85 % of the non-ASN and 80 % of the
    village officials registered."""
    perda, perkada, se, mou, budget, rentan, rentan_ok, non_asn, non_asn_ok, desa, desa_ok = PEMDA_2024[name]
    if year == BASE_YEAR:
        mou, budget = max(0, mou - 1), round(0.75 * budget)
        rentan_ok, non_asn_ok, desa_ok = round(0.70 * rentan_ok), round(0.85 * non_asn_ok), round(0.80 * desa_ok)
    return perda, perkada, se, mou, budget * MILLION, rentan, rentan_ok, non_asn, non_asn_ok, desa, desa_ok


def pemda_book() -> None:
    sheets = []
    for year in (BASE_YEAR, DATA_YEAR):
        rows = []
        for region in FIGURES:
            (perda, perkada, se, mou, budget, rentan, rentan_ok,
             non_asn, non_asn_ok, desa, desa_ok) = pemda_values(region.name, year)
            jenis = "Kota" if region.name.startswith("Kota ") else "Kabupaten"
            rows.append([region.label(year), jenis, perda, perkada, se, mou, budget, rentan, rentan_ok,
                         non_asn, non_asn_ok, desa, desa_ok, region.pekerja(year), region.peserta(year)])
        sheets.append(Sheet(str(year), f"Penilaian Paritrana Kabupaten/Kota — Kalimantan Barat, data {year}",
                            PEMDA_HEADERS, rows))
    write_book(OUT / "pemda-lengkap-kalbar-2025.xlsx", "Paritrana — penilaian lengkap kabupaten/kota", sheets, [
        "Jumlah Pekerja dan Peserta Aktif sama dengan kalbar-2025.xlsx (lihat README.md: sebagian terpublikasi).",
        "Terpublikasi: Ketapang 2024 menganggarkan Rp4,3 miliar untuk iuran 34.400 pekerja rentan "
        "(menitnews.id, 24-09-2025). Semua angka regulasi dan penerapan lainnya ilustratif.",
        "Kriteria: criteria/paritrana-pemda-lengkap.yaml (kabupaten dan kota diperingkat terpisah).",
    ])


# ---- provinces (paritrana-provinsi.yaml) --------------------------------------------------------

# fmt: off
# kab/kota (real count), workers 2024 (thousands), coverage 2023 and 2024 (%), Perda, Pergub,
# Instruksi/SE, kab/kota with a regulation, budget (Rp billion), vulnerable workers covered
# (thousands). Illustrative except the kab/kota counts; Kalimantan Barat: see provinsi_rows().
PROVINCES: dict[str, list[tuple[str, tuple[float, ...]]]] = {
    "Sumatera": [
        ("Aceh",                      (23,  2_480, 29.5, 31.2, 1, 1, 1, 12,  45.0,  62)),
        ("Sumatera Utara",            (33,  7_600, 27.0, 28.1, 1, 2, 1, 14,  60.0, 140)),
        ("Sumatera Barat",            (19,  2_820, 24.8, 26.9, 0, 1, 2,  9,  22.0,  48)),
        ("Riau",                      (12,  3_200, 36.5, 38.9, 1, 1, 1,  8,  70.0,  95)),
        ("Jambi",                     (11,  1_820, 28.0, 30.4, 0, 1, 1,  5,  18.0,  30)),
        ("Sumatera Selatan",          (17,  4_450, 25.3, 27.5, 1, 1, 2, 10,  40.0,  85)),
        ("Bengkulu",                  (10,  1_060, 22.1, 25.6, 0, 1, 1,  4,   9.0,  17)),
        ("Lampung",                   (15,  4_600, 20.4, 21.9, 1, 0, 1,  7,  30.0,  70)),
        ("Kepulauan Bangka Belitung", ( 7,    760, 38.2, 40.5, 1, 1, 0,  5,  14.0,  21)),
        ("Kepulauan Riau",            ( 7,  1_090, 45.6, 47.0, 1, 2, 1,  6,  25.0,  30)),
    ],
    "Jawa-Bali": [
        ("DKI Jakarta",               ( 6,  5_100, 58.0, 59.3, 1, 2, 2,  6, 180.0, 210)),
        ("Jawa Barat",                (27, 24_800, 30.5, 32.0, 1, 1, 1, 18, 210.0, 560)),
        ("Jawa Tengah",               (35, 19_900, 29.7, 33.4, 1, 2, 1, 30, 260.0, 720)),
        ("DI Yogyakarta",             ( 5,  2_250, 27.9, 30.1, 0, 1, 2,  4,  20.0,  60)),
        ("Jawa Timur",                (38, 22_300, 31.2, 33.0, 1, 1, 1, 29, 240.0, 610)),
        ("Banten",                    ( 8,  5_700, 39.8, 40.6, 1, 1, 0,  5,  55.0, 120)),
        ("Bali",                      ( 9,  2_700, 41.0, 44.2, 1, 2, 1,  9,  48.0,  95)),
    ],
    "Kalimantan": [
        ("Kalimantan Barat",          (14,      0,  0.0,  0.0, 1, 1, 1,  9,  35.0,   0)),
        ("Kalimantan Tengah",         (14,  1_330, 33.0, 35.1, 1, 1, 1,  8,  26.0,  48)),
        ("Kalimantan Selatan",        (13,  2_150, 32.4, 33.0, 1, 1, 2,  9,  30.0,  70)),
        ("Kalimantan Timur",          (10,  1_830, 49.5, 52.8, 1, 2, 1,  9,  75.0, 110)),
        ("Kalimantan Utara",          ( 5,    340, 44.0, 46.1, 1, 1, 0,  4,  12.0,  14)),
    ],
    "Sulawesi": [
        ("Sulawesi Utara",            (15,  1_200, 30.2, 31.0, 0, 1, 1,  7,  14.0,  28)),
        ("Sulawesi Tengah",           (13,  1_530, 26.8, 29.9, 1, 1, 1,  8,  19.0,  44)),
        ("Sulawesi Selatan",          (24,  4_200, 28.9, 31.7, 1, 2, 2, 17,  62.0, 135)),
        ("Sulawesi Tenggara",         (17,  1_310, 24.5, 26.0, 0, 1, 1,  6,  11.0,  26)),
        ("Gorontalo",                 ( 6,    560, 31.0, 34.6, 1, 1, 1,  5,   9.5,  19)),
        ("Sulawesi Barat",            ( 6,    690, 19.8, 22.3, 0, 1, 0,  2,   4.0,   9)),
    ],
    "Nusa Tenggara-Maluku-Papua": [
        ("Nusa Tenggara Barat",       (10,  2_800, 21.5, 24.8, 1, 1, 1,  7,  30.0,  75)),
        ("Nusa Tenggara Timur",       (22,  2_750, 16.2, 18.0, 0, 1, 1,  9,  20.0,  52)),
        ("Maluku",                    (11,    740, 23.4, 24.1, 0, 1, 1,  4,   6.0,  12)),
        ("Maluku Utara",              (10,    590, 27.9, 30.0, 1, 0, 1,  5,   7.5,  14)),
        ("Papua",                     ( 9,    470, 25.0, 26.2, 0, 1, 0,  3,   8.0,   9)),
        ("Papua Barat",               ( 7,    290, 29.1, 30.8, 1, 1, 0,  3,   6.0,   7)),
        ("Papua Selatan",             ( 4,    260, 18.0, 21.5, 0, 1, 1,  2,   3.0,   5)),
        ("Papua Tengah",              ( 8,    600, 12.5, 13.9, 0, 0, 1,  2,   4.5,   8)),
        ("Papua Pegunungan",          ( 8,    820,  6.1,  7.0, 0, 0, 1,  1,   2.0,   4)),
        ("Papua Barat Daya",          ( 6,    270, 26.0, 28.7, 1, 1, 1,  4,   5.0,   8)),
    ],
}
# fmt: on
PROVINSI_HEADERS = [
    "Provinsi", "Zona", "Perda", "Pergub", "Instruksi/Surat Edaran", "Jumlah Kabupaten/Kota",
    "Kabupaten/Kota dengan Regulasi", "Anggaran Iuran Pekerja Rentan", "Jumlah Pekerja Rentan",
    "Pekerja Rentan Terdaftar", "Jumlah Pekerja", "Peserta Aktif",
]
VULNERABLE_SHARE = 0.38  # illustrative: vulnerable (informal) workers as a share of all workers


def provinsi_rows(year: int) -> list[list[object]]:
    """Rows of one year. 2023: workers 1,5 % fewer, one or two regencies fewer with a
    regulation, 80 % of the budget and 75 % of the vulnerable workers covered (illustrative)."""
    rows: list[list[object]] = []
    for zona, provinces in PROVINCES.items():
        for name, values in provinces:
            kabkota, workers_k, cov23, cov24, perda, pergub, instruksi, regulated, budget_bn, covered_k = values
            if name == "Kalimantan Barat":  # the sums of the kabupaten/kota samples
                pekerja = sum(r.pekerja(year) for r in FIGURES)
                peserta = sum(r.peserta(year) for r in FIGURES)
                rentan = sum(pemda_values(r.name, year)[5] for r in FIGURES)
                rentan_ok = sum(pemda_values(r.name, year)[6] for r in FIGURES)
            else:
                pekerja = round(workers_k * 1000 * (0.985 if year == BASE_YEAR else 1.0))
                peserta = round(pekerja * (cov23 if year == BASE_YEAR else cov24) / 100)
                rentan = round(VULNERABLE_SHARE * pekerja)
                rentan_ok = round(covered_k * 1000 * (0.75 if year == BASE_YEAR else 1.0))
            budget = round(budget_bn * BILLION * (0.8 if year == BASE_YEAR else 1.0))
            regulated_then = max(0, int(regulated) - (2 if kabkota > 15 else 1)) if year == BASE_YEAR else int(regulated)
            rows.append([name, zona, int(perda), int(pergub), int(instruksi), int(kabkota), regulated_then,
                         budget, rentan, rentan_ok, pekerja, peserta])
    return rows


def provinsi_book() -> None:
    sheets = [Sheet(str(year), f"Penilaian Paritrana Pemerintah Provinsi — data {year}", PROVINSI_HEADERS,
                    provinsi_rows(year)) for year in (BASE_YEAR, DATA_YEAR)]
    write_book(OUT / "provinsi-2025.xlsx", "Paritrana — pemerintah provinsi", sheets, [
        "Jumlah kabupaten/kota per provinsi sesuai pembagian administratif; semua angka lain ilustratif.",
        "Kalimantan Barat: jumlah dari contoh kabupaten/kota (kalbar-2025.xlsx, pemda-lengkap-kalbar-2025.xlsx).",
        "Kriteria: criteria/paritrana-provinsi.yaml (peringkat per zona).",
    ])


# ---- employers (paritrana-badan-usaha.yaml) -----------------------------------------------------

# fmt: off
# Fictional employers. Employees, registered, programmes joined (of JKK, JKM, JHT, JP, JKP),
# monthly wages reported and actual (Rp million), contribution arrears (months).
EMPLOYERS: dict[str, list[tuple[str, tuple[int, ...]]]] = {
    "Besar-Menengah": [
        ("PT Khatulistiwa Sawit Makmur",   (2_450, 2_410, 5, 9_250, 9_300, 0)),
        ("PT Borneo Karet Sejahtera",      (1_320, 1_180, 4, 4_100, 4_650, 1)),
        ("PT Kapuas Kayu Lestari",         (  980,   940, 5, 3_600, 3_650, 0)),
        ("PT Equator Logistik Nusantara",  (  610,   610, 5, 2_900, 3_400, 2)),
        ("PT Pontianak Perkasa Beton",     (  450,   380, 4, 1_750, 1_800, 0)),
        ("PT Singkawang Keramik Indah",    (  720,   650, 4, 2_300, 2_950, 3)),
        ("PT Landak Agro Mandiri",         (1_850, 1_420, 3, 5_200, 6_700, 4)),
        ("PT Sambas Perikanan Samudra",    (  530,   505, 5, 1_950, 2_000, 1)),
    ],
    "Kecil-Mikro": [
        ("CV Tenun Sintang Jaya",          (18, 18, 4, 54, 56, 0)),
        ("UD Kopi Sekadau",                ( 9,  7, 3, 24, 27, 0)),
        ("CV Bengkel Motor Kubu Raya",     (12, 12, 5, 38, 42, 0)),
        ("Toko Bangunan Melawi Sejahtera", ( 7,  4, 2, 15, 21, 2)),
        ("CV Katering Mempawah Berkah",    (15, 13, 4, 40, 40, 0)),
        ("UD Anyaman Kayong Utara",        ( 6,  6, 4, 14, 16, 0)),
        ("CV Percetakan Ketapang Mandiri", (11,  9, 3, 33, 35, 5)),
        ("Koperasi Nelayan Kapuas Hulu",   (25, 16, 3, 48, 60, 1)),
    ],
}
# fmt: on
BADAN_USAHA_HEADERS = [
    "Nama Perusahaan", "Skala Usaha", "Jumlah Karyawan", "Karyawan Terdaftar", "Jumlah Program",
    "Upah Dilaporkan", "Upah Sebenarnya", "Tunggakan Iuran",
]


def badan_usaha_book() -> None:
    rows: list[list[object]] = []
    for skala, employers in EMPLOYERS.items():
        for name, (karyawan, terdaftar, program, dilaporkan, riil, tunggakan) in employers:
            rows.append([name, skala, karyawan, terdaftar, program, dilaporkan * MILLION, riil * MILLION, tunggakan])
    sheet = Sheet(str(DATA_YEAR), f"Penilaian Paritrana Badan Usaha — Kalimantan Barat, data {DATA_YEAR}",
                  BADAN_USAHA_HEADERS, rows)
    write_book(OUT / "badan-usaha-kalbar-2025.xlsx", "Paritrana — badan usaha", [sheet], [
        "Nama perusahaan fiktif; semua angka ilustratif. Upah dalam Rupiah per bulan, tunggakan dalam bulan.",
        "Jumlah Program: berapa dari JKK, JKM, JHT, JP dan JKP yang diikuti (0–5).",
        "Kriteria: criteria/paritrana-badan-usaha.yaml (peringkat per skala usaha).",
    ])


# ---- villages (paritrana-desa.yaml) ----------------------------------------------------------

# fmt: off
# Fictional villages. Village regulation (1/0), APBDes and contributions paid from it
# (Rp million), village officials and registered, vulnerable working residents and registered.
VILLAGES: list[tuple[str, tuple[int, ...]]] = [
    ("Desa Sungai Jernih",    (1, 1_450, 58, 14, 14, 820, 410)),
    ("Desa Tanjung Harapan",  (1, 1_280, 41, 12, 12, 640, 215)),
    ("Desa Sukamaju",         (0, 1_120, 22, 11,  9, 530, 120)),
    ("Desa Mekar Sari",       (1, 1_610, 35, 13, 13, 910, 260)),
    ("Desa Teluk Indah",      (0,   980, 12, 10,  7, 420,  60)),
    ("Desa Sido Makmur",      (1, 1_340, 64, 12, 11, 700, 390)),
    ("Desa Batu Ampar Jaya",  (0, 1_050, 18, 11, 11, 480, 150)),
    ("Desa Suka Damai",       (1, 1_190, 30, 12, 10, 560, 240)),
    ("Desa Parit Baru",       (0,   900,  9,  9,  6, 350,  45)),
    ("Desa Nanga Permai",     (1, 1_230, 44, 12, 12, 600, 330)),
]
# fmt: on
DESA_HEADERS = [
    "Desa/Kelurahan", "Perdes Jamsos", "APBDes", "Anggaran Iuran", "Perangkat Desa", "Perangkat Desa Terdaftar",
    "Warga Pekerja Rentan", "Warga Rentan Terdaftar",
]


def desa_book() -> None:
    rows = [[name, perdes, apbdes * MILLION, iuran * MILLION, perangkat, perangkat_ok, rentan, rentan_ok]
            for name, (perdes, apbdes, iuran, perangkat, perangkat_ok, rentan, rentan_ok) in VILLAGES]
    sheet = Sheet(str(DATA_YEAR), f"Penilaian Paritrana Pemerintah Desa — data {DATA_YEAR}", DESA_HEADERS, rows)
    write_book(OUT / "desa-kalbar-2025.xlsx", "Paritrana — pemerintah desa", [sheet], [
        "Nama desa dipilih sebagai contoh umum (bukan desa tertentu); semua angka ilustratif.",
        "Perdes Jamsos: 1 bila desa memiliki peraturan desa tentang jaminan sosial ketenagakerjaan, 0 bila tidak.",
        "Kriteria: criteria/paritrana-desa.yaml.",
    ])


def main() -> None:
    OUT.mkdir(exist_ok=True)
    pemda_book()
    provinsi_book()
    badan_usaha_book()
    desa_book()
    for name in ("pemda-lengkap-kalbar-2025.xlsx", "provinsi-2025.xlsx", "badan-usaha-kalbar-2025.xlsx",
                 "desa-kalbar-2025.xlsx"):
        print(f"Wrote sample_data/kategori/{name}")


if __name__ == "__main__":
    main()
