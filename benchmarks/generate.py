"""Synthetic workbooks and criteria for the benchmarks (deterministic, seeded).

``kabkota(n)``: n regions, sheets 2023 and 2024, default criteria columns.
``employers(n)``: one sheet, n employers × 13 columns, for ``employers.yaml`` (no previous()).
``panel(n, flagged)``: two sheets (2023, 2024) of n employers × 8 columns, for ``panel.yaml``
(coverage growth with ``previous()`` and ``max_change``): a share ``flagged`` of the employers
moves more than 25 points between the years (a warning each); with any flagged, a few also
report more participants than employees (a warning, and ineligible), ten are new in 2024 and
ten left after 2023.
"""

from __future__ import annotations

from pathlib import Path

EMPLOYER_CRITERIA = """\
title: Benchmark — badan usaha
entity: nama
group_by: skala
columns:
  nama: [Nama Badan Usaha]
  skala: [Skala Usaha]
  karyawan: {headers: [Jumlah Karyawan], integer: true}
  terdaftar: {headers: [Karyawan Terdaftar], integer: true}
  program: {headers: [Program Diikuti], max: 5}
  lapor_upah: {headers: [Kelengkapan Lapor Upah (%)], max: 100}
  tunggakan: {headers: [Tunggakan Iuran (bulan)]}
derived:
  kepesertaan: 100 * terdaftar / karyawan
aspects:
  kepatuhan:
    weight: 60
    indicators:
      kepesertaan: {value: kepesertaan, weight: 40, normalize: {method: target, min: 0, max: 100}}
      program: {value: program, weight: 30, normalize: {method: target, min: 0, max: 5}}
      lapor_upah: {value: lapor_upah, weight: 30, normalize: {method: target, min: 0, max: 100}}
  iuran:
    weight: 40
    indicators:
      tunggakan: {value: tunggakan, weight: 60, better: lower, normalize: minmax}
      terdaftar: {value: terdaftar, weight: 40, normalize: rank}
eligibility:
  - karyawan > 0
  - terdaftar <= karyawan
tiebreak: [kepesertaan]
"""

EMPLOYER_HEADERS = [
    "No", "Nama Badan Usaha", "NPP", "Skala Usaha", "Kabupaten/Kota", "Sektor", "Jumlah Karyawan",
    "Karyawan Terdaftar", "Program Diikuti", "Kelengkapan Lapor Upah (%)", "Tunggakan Iuran (bulan)",
    "Tanggal Daftar", "Keterangan",
]


PANEL_CRITERIA = """\
title: Benchmark — panel badan usaha
entity: nama
group_by: skala
columns:
  nama: [Nama Badan Usaha]
  skala: [Skala Usaha]
  pekerja: {headers: [Jumlah Karyawan], integer: true}
  peserta: {headers: [Karyawan Terdaftar], integer: true}
  program: {headers: [Program Diikuti], max: 5}
  lapor_upah: {headers: [Kelengkapan Lapor Upah (%)], max: 100}
  tunggakan: {headers: [Tunggakan Iuran (bulan)]}
derived:
  kepesertaan: 100 * peserta / pekerja
max_change: {kepesertaan: 25}
aspects:
  kepatuhan:
    weight: 60
    indicators:
      kepesertaan: {value: kepesertaan, weight: 30, normalize: {method: target, min: 0, max: 100}}
      pertumbuhan: {value: kepesertaan - previous(kepesertaan), weight: 20, normalize: minmax, missing: zero}
      program: {value: program, weight: 25, normalize: {method: target, min: 0, max: 5}}
      lapor_upah: {value: lapor_upah, weight: 25, normalize: {method: target, min: 0, max: 100}}
  iuran:
    weight: 40
    indicators:
      tunggakan: {value: tunggakan, weight: 60, better: lower, normalize: minmax}
      peserta: {value: peserta, weight: 40, normalize: rank}
eligibility:
  - pekerja > 0
  - peserta <= pekerja
tiebreak: [pertumbuhan, kepesertaan]
"""

PANEL_HEADERS = [
    "Nama Badan Usaha", "NPP", "Skala Usaha", "Jumlah Karyawan", "Karyawan Terdaftar", "Program Diikuti",
    "Kelengkapan Lapor Upah (%)", "Tunggakan Iuran (bulan)",
]


def kabkota(path: Path, n: int, seed: int = 1) -> Path:
    import numpy as np
    import xlsxwriter

    rng = np.random.default_rng(seed)
    pekerja = rng.integers(20_000, 400_000, n)
    cov23 = rng.uniform(10, 60, n)
    cov24 = np.clip(cov23 + rng.normal(1, 3, n), 1, 99)
    book = xlsxwriter.Workbook(path, {"constant_memory": True})
    for year, cov in ((2023, cov23), (2024, cov24)):
        sheet = book.add_worksheet(str(year))
        sheet.write_row(0, 0, ["Kabupaten/Kota", "Jumlah Pekerja", "Peserta Aktif"])
        for i in range(n):
            sheet.write_row(i + 1, 0, [f"Wilayah {i + 1:06d}", int(pekerja[i]), int(pekerja[i] * cov[i] / 100)])
    book.close()
    return path


def employers(path: Path, n: int, seed: int = 2) -> Path:
    import numpy as np
    import xlsxwriter

    rng = np.random.default_rng(seed)
    karyawan = rng.integers(1, 5_000, n)
    terdaftar = (karyawan * rng.uniform(0.2, 1.0, n)).astype(int)
    program = rng.integers(1, 6, n)
    lapor = rng.uniform(40, 100, n).round(1)
    tunggakan = rng.integers(0, 24, n)
    book = xlsxwriter.Workbook(path, {"constant_memory": True})
    sheet = book.add_worksheet("Data")
    sheet.write_row(0, 0, EMPLOYER_HEADERS)
    for i in range(n):
        skala = "besar-menengah" if karyawan[i] >= 100 else "kecil-mikro"
        sheet.write_row(i + 1, 0, [
            i + 1, f"PT Usaha {i + 1:06d}", f"NPP{i:08d}", skala, "Kota Pontianak", "Perdagangan",
            int(karyawan[i]), int(terdaftar[i]), int(program[i]), float(lapor[i]), int(tunggakan[i]),
            "2020-01-01", "",
        ])
    book.close()
    return path


def panel(path: Path, n: int, flagged: float, seed: int = 4) -> Path:
    """Employers 000001..n in 2023 and 2024; ``flagged`` (0–1) of them move more than 25 points
    of coverage. With any flagged: 1 % report more participants than employees in 2024, ten
    are new in 2024 (missing from 2023) and ten are in 2023 only."""
    import numpy as np
    import xlsxwriter

    rng = np.random.default_rng(seed)
    pekerja = rng.integers(50, 5_000, n)
    before = rng.uniform(20, 80, n)
    moved = rng.random(n) < flagged if 0 < flagged < 1 else np.full(n, flagged >= 1)
    step = np.where(moved, rng.uniform(28, 45, n), np.clip(rng.normal(0, 5, n), -20, 20))
    after = np.where(moved, np.where(before < 50, before + step, before - step), before + step)
    after = np.clip(after, 1, 99)
    pekerja_after = pekerja + rng.integers(-5, 6, n)
    peserta = {2023: np.round(pekerja * before / 100).astype(int),
               2024: np.round(pekerja_after * after / 100).astype(int)}
    staff = {2023: pekerja, 2024: pekerja_after}
    over = (rng.random(n) < 0.01) if flagged > 0 else np.zeros(n, bool)
    peserta[2024] = np.where(over, pekerja_after + rng.integers(1, 20, n), peserta[2024])
    extra = 10 if flagged > 0 else 0
    program = rng.integers(1, 6, n)
    lapor = rng.uniform(40, 100, n).round(1)
    tunggakan = rng.integers(0, 24, n)
    book = xlsxwriter.Workbook(path, {"constant_memory": True})
    for year in (2023, 2024):
        sheet = book.add_worksheet(str(year))
        sheet.write_row(0, 0, PANEL_HEADERS)
        rows = range(n - extra) if year == 2024 else range(extra, n)  # the first ten are new in 2024
        for r, i in enumerate(rows):
            skala = "besar-menengah" if staff[year][i] >= 100 else "kecil-mikro"
            sheet.write_row(r + 1, 0, [
                f"PT Usaha {i + 1:06d}", f"NPP{i:08d}", skala, int(staff[year][i]), int(peserta[year][i]),
                int(program[i]), float(lapor[i]), int(tunggakan[i]),
            ])
    book.close()
    return path


def panel_criteria(path: Path) -> Path:
    path.write_text(PANEL_CRITERIA, encoding="utf-8")
    return path


def employer_criteria(path: Path) -> Path:
    path.write_text(EMPLOYER_CRITERIA, encoding="utf-8")
    return path


def kabkota_wide(path: Path, n: int, k: int, seed: int = 3) -> Path:
    """One sheet "2024": n regions × k indicator columns x1..xk (for sensitivity)."""
    import numpy as np
    import xlsxwriter

    rng = np.random.default_rng(seed)
    values = rng.uniform(0, 1000, (n, k)).round(2)
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("2024")
    sheet.write_row(0, 0, ["Wilayah", *[f"x{j + 1}" for j in range(k)]])
    for i in range(n):
        sheet.write_row(i + 1, 0, [f"Wilayah {i + 1:04d}", *values[i].tolist()])
    book.close()
    return path


def wide_criteria(path: Path, k: int) -> Path:
    """Criteria with k minmax indicators x1..xk in two aspects."""
    half = k // 2
    lines = ["title: Benchmark — wide", "entity: wilayah", "aspects:"]
    for name, ids in (("a", range(1, half + 1)), ("b", range(half + 1, k + 1))):
        lines += [f"  {name}:", "    weight: 50", "    indicators:"]
        lines += [f"      x{j}: {{value: x{j}, weight: {j}, normalize: minmax}}" for j in ids]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
