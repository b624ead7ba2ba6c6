"""Generate the ILLUSTRATIVE samples of rounds over time and across provinces.

Writes, next to this script:

* ``riwayat/kalbar-2022-2024.xlsx`` - the 14 kabupaten/kota of Kalimantan Barat over three
  years: sheets "2023" and "2024" hold the figures of ``kalbar-2025.xlsx`` (``generate.py``,
  with their published parts), sheet "2022" is made up. For ``rank --history`` (2023 against
  2022, 2024 against 2023) and ``rank --previous`` (last year's result: ``--year 2023``).
* ``nasional/<provinsi>.xlsx`` - the five provinces of Kalimantan, one workbook each (sheets
  "2023" and "2024"), for the national round (``paritrana rank nasional``). Kalimantan Barat
  is ``kalbar-2025.xlsx`` again; the other four provinces' kabupaten/kota are the real ones,
  their figures are made up (seeded).

Every year sheet says in its second row that its figures are illustrative, and each workbook
has a "Catatan" sheet (ignored by paritrana) with the same notice.

Run from the repository root:  python sample_data/generate_rounds.py
Output is deterministic: reruns give byte-identical files.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import FIGURES  # noqa: E402
from generate_categories import Sheet, write_book  # noqa: E402

HEADERS = ["Kabupaten/Kota", "Jumlah Pekerja", "Peserta Aktif"]

# fmt: off
# 2022, made up: workers about 1–3 % fewer than in 2023, coverage a little lower for most.
#                     pekerja  peserta
KALBAR_2022: dict[str, tuple[int, int]] = {
    "Bengkayang":      ( 83_245, 16_487),
    "Kapuas Hulu":     ( 76_377, 15_129),
    "Kayong Utara":    ( 52_939,  9_972),
    "Ketapang":        (177_590, 89_096),
    "Kubu Raya":       (180_766, 36_084),
    "Landak":          (124_571, 74_654),
    "Melawi":          ( 59_439, 10_472),
    "Mempawah":        (146_362, 50_570),
    "Sambas":          (165_686, 29_178),
    "Sanggau":         (128_512, 53_801),
    "Sekadau":         ( 68_553, 14_885),
    "Sintang":         (117_202, 23_771),
    "Kota Pontianak":  (323_499, 70_120),
    "Kota Singkawang": ( 77_847, 30_503),
}
# The kabupaten/kota of the other provinces of Kalimantan (administrative division, 2024).
KALIMANTAN: dict[str, list[str]] = {
    "kalimantan-tengah": ["Kotawaringin Barat", "Kotawaringin Timur", "Kapuas", "Barito Selatan", "Barito Utara",
                          "Sukamara", "Lamandau", "Seruyan", "Katingan", "Pulang Pisau", "Gunung Mas",
                          "Barito Timur", "Murung Raya", "Kota Palangka Raya"],
    "kalimantan-selatan": ["Tanah Laut", "Kotabaru", "Banjar", "Barito Kuala", "Tapin", "Hulu Sungai Selatan",
                           "Hulu Sungai Tengah", "Hulu Sungai Utara", "Tabalong", "Tanah Bumbu", "Balangan",
                           "Kota Banjarmasin", "Kota Banjarbaru"],
    "kalimantan-timur": ["Paser", "Kutai Barat", "Kutai Kartanegara", "Kutai Timur", "Berau",
                         "Penajam Paser Utara", "Mahakam Ulu", "Kota Balikpapan", "Kota Samarinda", "Kota Bontang"],
    "kalimantan-utara": ["Malinau", "Bulungan", "Tana Tidung", "Nunukan", "Kota Tarakan"],
}
# fmt: on
PROVINCE_TITLES = {"kalimantan-barat": "Kalimantan Barat", "kalimantan-tengah": "Kalimantan Tengah",
                   "kalimantan-selatan": "Kalimantan Selatan", "kalimantan-timur": "Kalimantan Timur",
                   "kalimantan-utara": "Kalimantan Utara"}
TITLE = "Data Kepesertaan BPJS Ketenagakerjaan — Provinsi {province} — {year}"


def kalbar_rows(year: int) -> list[list[object]]:
    if year == 2022:
        return [[r.name, *KALBAR_2022[r.name]] for r in FIGURES]
    return [[r.name, r.pekerja(year), r.peserta(year)] for r in FIGURES]


def history_book(out: Path) -> Path:
    path = out / "riwayat" / "kalbar-2022-2024.xlsx"
    path.parent.mkdir(exist_ok=True)
    sheets = [Sheet(str(y), TITLE.format(province="Kalimantan Barat", year=y), HEADERS, kalbar_rows(y))
              for y in (2022, 2023, 2024)]
    write_book(path, "Kepesertaan Kalimantan Barat 2022–2024", sheets,
               ["Lembar 2023 dan 2024 berisi angka kalbar-2025.xlsx (lihat sample_data/README.md);",
                "lembar 2022 seluruhnya rekaan."])
    return path


def province_rows(names: list[str], rnd: random.Random) -> dict[int, list[list[object]]]:
    rows: dict[int, list[list[object]]] = {2023: [], 2024: []}
    for name in names:
        workers = rnd.randint(18, 90) * 1_000 + rnd.randint(0, 999)
        if name.startswith("Kota "):
            workers *= 3
        before = rnd.uniform(0.15, 0.62)
        after = min(0.95, before + rnd.uniform(-0.04, 0.09))
        grown = int(workers * rnd.uniform(1.005, 1.03))
        rows[2023].append([name, workers, int(workers * before)])
        rows[2024].append([name, grown, int(grown * after)])
    return rows


def national_books(out: Path) -> list[Path]:
    folder = out / "nasional"
    folder.mkdir(exist_ok=True)
    rnd = random.Random(2025)
    written = []
    by_province = {"kalimantan-barat": {y: kalbar_rows(y) for y in (2023, 2024)}}
    by_province.update({p: province_rows(names, rnd) for p, names in KALIMANTAN.items()})
    for key, rows in by_province.items():
        province = PROVINCE_TITLES[key]
        sheets = [Sheet(str(y), TITLE.format(province=province, year=y), HEADERS, rows[y]) for y in (2023, 2024)]
        path = folder / f"{key}.xlsx"
        write_book(path, f"Kepesertaan {province} 2023–2024", sheets,
                   ["Contoh putaran nasional (sample_data/nasional): satu buku kerja per provinsi."])
        written.append(path)
    return written


def main() -> None:
    for path in [history_book(HERE), *national_books(HERE)]:
        print(f"Wrote {path.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
