"""Generate the illustrative jury (Tim 9) interview scores for the Kalbar 2025 shortlist.

Writes ``panel/kalbar-2025-juri.xlsx`` beside this script: one sheet per juror ("Juri 1" ..
"Juri 9"; sheet name = juror), each with two title rows, a blank row, the header row
``Kabupaten/Kota | Komitmen Kepala Daerah | Regulasi & Kebijakan | Inovasi & Anggaran |
Keberlanjutan`` and the five shortlisted regions; plus a "Catatan" (notes) sheet.

EVERY SCORE IS ILLUSTRATIVE (made up): the real jury's sheets are not published. The juror
roles in the notes are the usual make-up of a provincial Tim 9, also illustrative. Juri 4
leaves Sekadau blank (an abstention, e.g. a conflict of interest) and Juri 3 is a lenient
juror; the spellings "Kab. Sekadau" and "KETAPANG" exercise name matching.

With ``criteria/paritrana-kabkota-final.yaml`` the final podium stays I Ketapang, II
Mempawah, III Sekadau (the real 2025 result) under every aggregation (mean, median,
trimmed), with and without standardisation; this script checks that with paritrana itself
and fails otherwise. Output is deterministic (fixed timestamps), so reruns are
byte-identical.

Run from the repository root:  .venv/bin/python sample_data/generate_panel.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from generate import FIXED_TIMESTAMP, save_deterministic  # noqa: E402  (same deterministic writer)

OUT = HERE / "panel" / "kalbar-2025-juri.xlsx"
DATA = HERE / "kalbar-2025.xlsx"
CRITERIA = ROOT / "criteria" / "paritrana-kabkota-final.yaml"
TITLE = "Penilaian Wawancara Paritrana Award 2025 — Kabupaten/Kota, Provinsi Kalimantan Barat"
HEADERS = ("Kabupaten/Kota", "Komitmen Kepala Daerah", "Regulasi & Kebijakan", "Inovasi & Anggaran", "Keberlanjutan")
EXPECTED_PODIUM = ("Ketapang", "Mempawah", "Sekadau")

# The shortlist (desk top five) as a juror would write it, in the sheet's row order.
CANDIDATES = ("KETAPANG", "Mempawah", "Kab. Sekadau", "Landak", "Sanggau")

# fmt: off
# Panel consensus per candidate and criterion (komitmen, kebijakan, inovasi, keberlanjutan).
BASE: dict[str, tuple[int, int, int, int]] = {
    "KETAPANG":     (86, 83, 85, 80),
    "Mempawah":     (80, 78, 77, 79),
    "Kab. Sekadau": (78, 74, 80, 75),
    "Landak":       (76, 77, 71, 74),
    "Sanggau":      (73, 75, 70, 72),
}
# Illustrative juror roles and each juror's leniency (+) or strictness (−) in points.
JURORS: tuple[tuple[str, str, int], ...] = (
    ("Juri 1", "unsur Pemerintah Provinsi (Disnakertrans Kalbar)", 0),
    ("Juri 2", "unsur BPJS Ketenagakerjaan Kanwil Kalimantan", -2),
    ("Juri 3", "unsur pengusaha (Apindo Kalbar)", 7),
    ("Juri 4", "unsur serikat pekerja", 1),
    ("Juri 5", "unsur akademisi", -4),
    ("Juri 6", "unsur Bappeda Provinsi", 2),
    ("Juri 7", "unsur DPRD Provinsi", -1),
    ("Juri 8", "unsur media", 3),
    ("Juri 9", "unsur Kejaksaan Tinggi (kepatuhan)", -3),
)
# fmt: on
ABSTENTIONS = {("Juri 4", "Kab. Sekadau")}  # blank cells: conflict of interest (illustrative)


def score(juror_index: int, candidate_index: int, criterion_index: int) -> int:
    """Consensus + the juror's bias + the juror's view of the candidate (−6..+6 points, the
    same on every criterion, so that jurors rank the close candidates differently) + a small
    spread per criterion (−2..+2). All deterministic."""
    name, _, bias = JURORS[juror_index]
    base = BASE[CANDIDATES[candidate_index]][criterion_index]
    j, k, c = juror_index + 1, candidate_index + 1, criterion_index + 1
    view = (j * 29 + k * 47 + j * k * 13) ** 2 % 13 - 6
    spread = (j * 37 + k * 91 + c * 53) ** 2 % 5 - 2
    return max(0, min(100, base + bias + view + spread))


def build_workbook() -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    for j, (name, role, _) in enumerate(JURORS):
        ws = wb.create_sheet(name)
        ws["A1"] = TITLE
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = f"{name} — {role} (ilustratif). Skala 0–100; kosongkan sel bila abstain."
        ws.append([])
        ws.append(list(HEADERS))
        for cell in ws[4]:
            cell.font = bold
        for k, candidate in enumerate(CANDIDATES):
            if (name, candidate) in ABSTENTIONS:
                ws.append([candidate])
            else:
                ws.append([candidate, *(score(j, k, c) for c in range(4))])
        ws.column_dimensions["A"].width = 22
        for col in "BCDE":
            ws.column_dimensions[col].width = 22
    notes = wb.create_sheet("Catatan")
    lines = [
        "SEMUA NILAI DI BUKU KERJA INI ILUSTRATIF (rekaan untuk contoh), bukan nilai resmi Tim 9.",
        "Satu lembar per juri (nama lembar = juri); baris judul di atas, lalu baris header.",
        "Juri 4 tidak menilai Kab. Sekadau (konflik kepentingan, ilustratif): sel kosong = abstain, bukan nol.",
        "Unsur juri (ilustratif): " + "; ".join(f"{n} — {r}" for n, r, _ in JURORS) + ".",
        "Dibuat oleh sample_data/generate_panel.py.",
    ]
    for line in lines:
        notes.append([line])
    notes.column_dimensions["A"].width = 120
    wb.properties.title = TITLE
    wb.properties.creator = "sample_data/generate_panel.py"
    wb.properties.created = FIXED_TIMESTAMP
    wb.properties.modified = FIXED_TIMESTAMP
    return wb


def check_podium() -> None:
    """Rank with paritrana under every aggregation variant; the podium must not move."""
    import paritrana
    from paritrana.core.criteria import LoadedCriteria

    loaded = paritrana.load_criteria(CRITERIA)
    panel = loaded.criteria.panel
    assert panel is not None
    for aggregation in ("mean", "median", "trimmed"):
        for standardize in (False, True):
            variant = panel.model_copy(update={"aggregation": panel.aggregation.__class__(aggregation),
                                               "standardize": standardize})
            criteria = loaded.criteria.model_copy(update={"panel": variant})
            result = paritrana.run(DATA, criteria=LoadedCriteria(criteria=criteria, path=loaded.path,
                                                                 text=loaded.text, sha256=loaded.sha256), panel=OUT)
            podium = tuple(r.id for r in result.results[:3])
            line = ", ".join(f"{r.id} {r.score:.2f} (meja {r.desk_score:.2f}, wawancara {r.panel_score:.2f})"
                             for r in result.results[:5])
            print(f"{aggregation:>7}{' std' if standardize else '    '}: {line}")
            assert podium == EXPECTED_PODIUM, f"{aggregation}/{standardize}: podium {podium}"


def main() -> None:
    OUT.parent.mkdir(exist_ok=True)
    save_deterministic(build_workbook(), OUT)
    print(f"Wrote {OUT.relative_to(ROOT)}")
    check_podium()


if __name__ == "__main__":
    main()
