"""The national round: 38 province workbooks holding Indonesia's 514 kabupaten/kota, ranked
together (``paritrana rank FOLDER``). Writes the files (seeded, illustrative figures) and times
the command as a user runs it.

    python benchmarks/national.py            # write to benchmarks/.cache/nasional and time it
    python benchmarks/national.py FOLDER     # write the 38 files to FOLDER only

The number of kabupaten/kota per province follows the administrative division (2024): 416
kabupaten and 98 kota. Names are "Kabupaten <Province> 1" ... so that no name repeats across
provinces; the figures are random within plausible ranges.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

# Province → kabupaten/kota in it (sums to 514).
PROVINCES = {
    "Aceh": 23, "Sumatera Utara": 33, "Sumatera Barat": 19, "Riau": 12, "Jambi": 11, "Sumatera Selatan": 17,
    "Bengkulu": 10, "Lampung": 15, "Kepulauan Bangka Belitung": 7, "Kepulauan Riau": 7, "DKI Jakarta": 6,
    "Jawa Barat": 27, "Jawa Tengah": 35, "DI Yogyakarta": 5, "Jawa Timur": 38, "Banten": 8, "Bali": 9,
    "Nusa Tenggara Barat": 10, "Nusa Tenggara Timur": 22, "Kalimantan Barat": 14, "Kalimantan Tengah": 14,
    "Kalimantan Selatan": 13, "Kalimantan Timur": 10, "Kalimantan Utara": 5, "Sulawesi Utara": 15,
    "Sulawesi Tengah": 13, "Sulawesi Selatan": 24, "Sulawesi Tenggara": 17, "Gorontalo": 6, "Sulawesi Barat": 6,
    "Maluku": 11, "Maluku Utara": 10, "Papua": 9, "Papua Barat": 7, "Papua Selatan": 4, "Papua Tengah": 8,
    "Papua Pegunungan": 8, "Papua Barat Daya": 6,
}
HEADER = ["Kabupaten/Kota", "Jumlah Pekerja", "Peserta Aktif"]


def write_round(folder: Path, seed: int = 16) -> list[Path]:
    """One workbook per province (sheets 2023 and 2024) in ``folder``."""
    import openpyxl

    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for province, count in PROVINCES.items():
        book = openpyxl.Workbook()
        book.remove(book.active)
        rows = []
        for k in range(1, count + 1):
            workers = rnd.randint(20_000, 900_000)
            before = rnd.uniform(0.10, 0.70)
            rows.append((f"Kabupaten {province} {k}", workers, before, min(0.99, before + rnd.uniform(-0.05, 0.10))))
        for year in (2023, 2024):
            sheet = book.create_sheet(str(year))
            sheet.append(HEADER)
            for name, workers, before, after in rows:
                share = before if year == 2023 else after
                sheet.append([name, workers, int(workers * share)])
        path = folder / (province.lower().replace(" ", "-") + ".xlsx")
        book.save(path)
        written.append(path)
    return written


def main() -> None:
    if len(sys.argv) > 1:
        files = write_round(Path(sys.argv[1]))
        print(f"{len(files)} files in {sys.argv[1]}")
        return
    folder = Path(__file__).resolve().parent / ".cache" / "nasional"
    files = write_round(folder)
    exe = Path(sys.executable).parent / "paritrana"
    for fmt in ("table", "json"):
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            done = subprocess.run([str(exe), "rank", str(folder), "--format", fmt], capture_output=True, check=True)
            best = min(best, time.perf_counter() - start)
        print(f"rank {len(files)} files ({sum(PROVINCES.values())} candidates), --format {fmt}: {best:.2f} s "
              f"(best of 3, {len(done.stdout)} bytes)")


if __name__ == "__main__":
    main()
