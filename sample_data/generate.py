"""Generate the Kalimantan Barat sample data for the Paritrana Award 2025.

Writes, next to this script:

* ``kalbar-2025.xlsx`` - one sheet per data year ("2023", "2024") plus a
  "Catatan" (notes) sheet; title rows above the header, a "Jumlah" total row.
* ``kalbar-2025.csv``  - the same figures in the long layout
  (``Tahun;Kabupaten/Kota;Jumlah Pekerja;Peserta Aktif``, Indonesian
  thousands separators).

All figures live in the ``FIGURES`` table below. A few are published (see
``PUBLISHED_*`` and README.md); the rest are illustrative, chosen so that the
default criteria reproduce the real 2025 result: I Ketapang, II Mempawah,
III Sekadau. The script checks that and prints the ranking.

Run from the repository root:  python sample_data/generate.py
Output is deterministic: reruns give byte-identical files.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

HERE = Path(__file__).resolve().parent
XLSX_PATH = HERE / "kalbar-2025.xlsx"
CSV_PATH = HERE / "kalbar-2025.csv"

YEARS: tuple[int, int] = (2023, 2024)  # the 2025 award assesses 2024 against 2023
BASE_YEAR, DATA_YEAR = YEARS
HEADERS: tuple[str, str, str] = ("Kabupaten/Kota", "Jumlah Pekerja", "Peserta Aktif")
TOTAL_LABEL = "Jumlah"
TITLE = "Data Kepesertaan BPJS Ketenagakerjaan — Provinsi Kalimantan Barat"
NUMBER_FORMAT = "#,##0"
FIXED_TIMESTAMP = dt.datetime(2025, 7, 31, 0, 0, 0)  # workbook created/modified
ZIP_TIMESTAMP = (2025, 7, 31, 0, 0, 0)  # date_time of every entry in the .xlsx


@dataclass(frozen=True)
class Region:
    name: str  # canonical spelling, used in the 2024 sheet
    name_2023: str  # spelling used in the 2023 sheet (exercises name matching)
    pekerja_2023: int  # Jumlah Pekerja (workers)
    peserta_2023: int  # Peserta Aktif (active BPJS Ketenagakerjaan participants)
    pekerja_2024: int
    peserta_2024: int

    def label(self, year: int) -> str:
        return self.name_2023 if year == 2023 else self.name

    def pekerja(self, year: int) -> int:
        return self.pekerja_2023 if year == 2023 else self.pekerja_2024

    def peserta(self, year: int) -> int:
        return self.peserta_2023 if year == 2023 else self.peserta_2024

    def cakupan(self, year: int) -> float:
        """Coverage in percent: 100 * peserta / pekerja."""
        return 100 * self.peserta(year) / self.pekerja(year)


# fmt: off
# Published: Ketapang (both years), Mempawah (coverage both years), Landak 2024.
# Everything else is illustrative. Order = the order of the rows in the sheets.
#                      canonical           2023 sheet spelling     ---------- 2023 ---------   ---------- 2024 ---------
#                                                                  pekerja        peserta      pekerja        peserta
FIGURES: tuple[Region, ...] = tuple(Region(*row) for row in (
    ("Bengkayang",      "Bengkayang",          83_947,  18_888,      85_418,  20_159),
    ("Kapuas Hulu",     "Kapuas Hulu",         78_263,  15_731,      79_531,  16_542),
    ("Kayong Utara",    "Kayong Utara",        53_876,  10_694,      55_139,  11_359),
    ("Ketapang",        "Kabupaten Ketapang", 181_454, 101_052,     179_827, 122_318),
    ("Kubu Raya",       "Kab. Kubu Raya",     182_104,  36_239,     186_462,  35_801),
    ("Landak",          "Landak",             127_883,  79_837,     130_245,  69_590),
    ("Melawi",          "Melawi",              60_905,  10_476,      61_873,  11_199),
    ("Mempawah",        "Mempawah",           148_763,  56_708,     152_408,  58_738),
    ("Sambas",          "Sambas",             167_482,  33_999,     170_236,  37_282),
    ("Sanggau",         "Sanggau",            132_151,  54_050,     134_607,  52_497),
    ("Sekadau",         "KAB. SEKADAU",        68_942,  16_201,      70_384,  22_910),
    ("Sintang",         "Sintang",            120_638,  25_213,     122_973,  26_193),
    ("Kota Pontianak",  "Kota Pontianak",     326_904,  74_861,     331_755,  65_687),
    ("Kota Singkawang", "Kota Singkawang",     78_296,  31_553,      79_652,  31_144),
))
# fmt: on

# Published figures the table must reproduce (sources in README.md / sheet Catatan).
PUBLISHED_PESERTA: dict[tuple[str, int], int] = {
    ("Ketapang", 2023): 71_405 + 29_647,  # PU + BPU
    ("Ketapang", 2024): 80_101 + 42_217,
    ("Landak", 2024): 69_590,
}
PUBLISHED_PEKERJA: dict[tuple[str, int], int] = {("Landak", 2024): 130_245}
PUBLISHED_CAKUPAN: dict[tuple[str, int], float] = {
    ("Ketapang", 2023): 55.69,
    ("Ketapang", 2024): 68.02,
    ("Mempawah", 2023): 38.12,  # December 2023
    ("Mempawah", 2024): 38.54,  # September 2024
    ("Landak", 2024): 53.43,
}

NOTES: tuple[str, ...] = (
    "Sumber angka terpublikasi: Ketapang (peserta PU+BPU; cakupan 55,69 % → 68,02 %) — paparan Pemkab Ketapang, "
    "menitnews.id 24-09-2025; Mempawah (cakupan 38,12 % Des 2023 → 38,54 % Sep 2024) — Hi!Pontianak/kumparan "
    "14-10-2024; Landak 2024 (69.590 peserta aktif dari 130.245, 53,43 %) — BPJS Ketenagakerjaan Cabang Pontianak, "
    "tarunakota.com 10-04-2025.",
    "Semua angka lain (termasuk jumlah pekerja Ketapang dan Mempawah yang diturunkan dari persentase) adalah "
    "ILUSTRATIF/rekaan untuk contoh, bukan data resmi BPJS Ketenagakerjaan atau BPS.",
    "Total provinsi disetel mendekati angka Sekda Kalbar (24-09-2025): 1.819.430 pekerja (Sakernas 2025), "
    "575.504 peserta (31,63 %, Juli 2025). Dibuat oleh sample_data/generate.py.",
)

# Default criteria: capaian (minmax), cakupan (target 0..100), pertumbuhan (minmax).
WEIGHTS: dict[str, float] = {"capaian": 0.40, "cakupan": 0.30, "pertumbuhan": 0.30}
EXPECTED_TOP3: tuple[str, str, str] = ("Ketapang", "Mempawah", "Sekadau")
MIN_MARGIN = 1.5  # score points between places 1/2, 2/3 and 3/4


@dataclass(frozen=True)
class Score:
    name: str
    capaian: int  # peserta in DATA_YEAR
    cakupan: float  # coverage % in DATA_YEAR
    pertumbuhan: float  # coverage change in points, DATA_YEAR vs BASE_YEAR
    capaian_norm: float
    cakupan_norm: float
    pertumbuhan_norm: float
    score: float


def minmax(values: list[float]) -> list[float]:
    low, high = min(values), max(values)
    if high == low:
        return [100.0 for _ in values]
    return [100 * (v - low) / (high - low) for v in values]


def target(value: float, low: float = 0.0, high: float = 100.0) -> float:
    return 100 * (min(max(value, low), high) - low) / (high - low)


def expected_ranking(regions: tuple[Region, ...] = FIGURES) -> list[Score]:
    """Score the regions with the default criteria; best first."""
    capaian = [r.peserta(DATA_YEAR) for r in regions]
    cakupan = [r.cakupan(DATA_YEAR) for r in regions]
    pertumbuhan = [r.cakupan(DATA_YEAR) - r.cakupan(BASE_YEAR) for r in regions]
    capaian_norm = minmax([float(v) for v in capaian])
    cakupan_norm = [target(v) for v in cakupan]
    pertumbuhan_norm = minmax(pertumbuhan)
    scores = [
        Score(
            name=r.name,
            capaian=capaian[i],
            cakupan=cakupan[i],
            pertumbuhan=pertumbuhan[i],
            capaian_norm=capaian_norm[i],
            cakupan_norm=cakupan_norm[i],
            pertumbuhan_norm=pertumbuhan_norm[i],
            score=WEIGHTS["capaian"] * capaian_norm[i]
            + WEIGHTS["cakupan"] * cakupan_norm[i]
            + WEIGHTS["pertumbuhan"] * pertumbuhan_norm[i],
        )
        for i, r in enumerate(regions)
    ]
    return sorted(scores, key=lambda s: s.score, reverse=True)


def totals(year: int) -> tuple[int, int]:
    """(sum of pekerja, sum of peserta) over all regions."""
    return sum(r.pekerja(year) for r in FIGURES), sum(r.peserta(year) for r in FIGURES)


def check_figures() -> None:
    """Fail loudly if the table drifts away from the published figures or the brief."""
    assert len(FIGURES) == 14 and len({r.name for r in FIGURES}) == 14
    by_name = {r.name: r for r in FIGURES}
    for (name, year), value in PUBLISHED_PESERTA.items():
        assert by_name[name].peserta(year) == value, (name, year)
    for (name, year), value in PUBLISHED_PEKERJA.items():
        assert by_name[name].pekerja(year) == value, (name, year)
    for (name, year), pct in PUBLISHED_CAKUPAN.items():
        region = by_name[name]
        assert round(region.cakupan(year), 2) == pct, (name, year, region.cakupan(year))
    for year in YEARS:  # Ketapang's pekerja is derived: round(peserta / coverage * 100)
        ketapang = by_name["Ketapang"]
        derived = round(ketapang.peserta(year) / PUBLISHED_CAKUPAN[("Ketapang", year)] * 100)
        assert ketapang.pekerja(year) == derived, (year, derived)
    for r in FIGURES:
        for year in YEARS:
            assert 0 < r.peserta(year) <= r.pekerja(year), (r.name, year)
        change = r.cakupan(DATA_YEAR) - r.cakupan(BASE_YEAR)
        assert r.name == "Ketapang" or abs(change) <= 10, (r.name, change)
    pekerja, peserta = totals(DATA_YEAR)
    assert 1_750_000 <= pekerja <= 1_850_000, pekerja
    assert 31 <= 100 * peserta / pekerja <= 32, 100 * peserta / pekerja


def check_ranking(ranking: list[Score]) -> None:
    top3 = tuple(s.name for s in ranking[:3])
    assert top3 == EXPECTED_TOP3, f"top three is {top3}, expected {EXPECTED_TOP3}"
    for upper, lower in zip(ranking[:3], ranking[1:4]):
        margin = upper.score - lower.score
        assert margin >= MIN_MARGIN, f"{upper.name} only {margin:.2f} points above {lower.name}"


def write_year_sheet(ws: Worksheet, year: int) -> None:
    bold = Font(bold=True)
    ws["A1"] = TITLE
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = f"Tahun {year} (posisi Desember)"
    ws.append([])  # row 3 blank
    ws.append(list(HEADERS))  # row 4
    for cell in ws[4]:
        cell.font = bold
    for region in FIGURES:
        ws.append([region.label(year), region.pekerja(year), region.peserta(year)])
    pekerja, peserta = totals(year)
    ws.append([TOTAL_LABEL, pekerja, peserta])
    for cell in ws[ws.max_row]:
        cell.font = bold
    for row in ws.iter_rows(min_row=5, max_row=ws.max_row, min_col=2, max_col=3):
        for cell in row:
            cell.number_format = NUMBER_FORMAT
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 17
    ws.column_dimensions["C"].width = 17


def build_workbook() -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    for year in YEARS:
        write_year_sheet(wb.create_sheet(str(year)), year)
    notes = wb.create_sheet("Catatan")
    for line in NOTES:
        notes.append([line])
    notes.column_dimensions["A"].width = 120
    wb.properties.title = TITLE
    wb.properties.creator = "sample_data/generate.py"
    wb.properties.created = FIXED_TIMESTAMP
    wb.properties.modified = FIXED_TIMESTAMP
    return wb


def save_deterministic(wb: Workbook, path: Path) -> None:
    """Save so that reruns give byte-identical files.

    ``Workbook.save`` stamps ``properties.modified`` with the current time and
    every zip entry with the current time, so write through ``ExcelWriter``
    (keeps our fixed ``modified``) and re-pack the entries with a fixed date.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIMESTAMP)
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, src.read(info.filename))


def format_id(value: int) -> str:
    """Indonesian thousands separator: 179827 -> '179.827'."""
    return f"{value:,}".replace(",", ".")


def write_csv(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\n")
        writer.writerow(["Tahun", *HEADERS])
        for year in YEARS:
            for region in FIGURES:
                writer.writerow(
                    [year, region.label(year), format_id(region.pekerja(year)), format_id(region.peserta(year))]
                )


def print_ranking(ranking: list[Score]) -> None:
    print(f"Ranking {DATA_YEAR} vs {BASE_YEAR} (default criteria, weights {WEIGHTS}):")
    print(f"{'#':>2}  {'Kabupaten/Kota':<16} {'peserta':>8} {'cakupan %':>9} {'pertumb.':>8}"
          f" {'capaian_n':>9} {'pertumb_n':>9} {'skor':>6}")
    for rank, s in enumerate(ranking, start=1):
        print(f"{rank:>2}  {s.name:<16} {s.capaian:>8,} {s.cakupan:>9.2f} {s.pertumbuhan:>+8.2f}"
              f" {s.capaian_norm:>9.2f} {s.pertumbuhan_norm:>9.2f} {s.score:>6.2f}")
    for year in YEARS:
        pekerja, peserta = totals(year)
        print(f"Total {year}: pekerja {pekerja:,}, peserta {peserta:,}, cakupan {100 * peserta / pekerja:.2f} %")


def main() -> None:
    check_figures()
    ranking = expected_ranking()
    check_ranking(ranking)
    save_deterministic(build_workbook(), XLSX_PATH)
    write_csv(CSV_PATH)
    print_ranking(ranking)
    print(f"Wrote {XLSX_PATH.relative_to(HERE.parent)} and {CSV_PATH.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
