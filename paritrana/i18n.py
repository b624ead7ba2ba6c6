"""Output labels and number formats in Indonesian (default) and English.

Indonesian: "1.234.567" and "31,63"; English: "1,234,567" and "31.63".
"""

from __future__ import annotations

import math

LABELS: dict[str, dict[str, str]] = {
    "rank": {"id": "Peringkat", "en": "Rank"},
    "name": {"id": "Nama", "en": "Name"},
    "group": {"id": "Kelompok", "en": "Group"},
    "score": {"id": "Skor", "en": "Score"},
    "tie": {"id": "seri", "en": "tie"},
    "year": {"id": "Tahun dinilai", "en": "Assessed year"},
    "baseline_year": {"id": "Tahun pembanding", "en": "Baseline year"},
    "ineligible": {"id": "Tidak memenuhi syarat", "en": "Ineligible"},
    "reasons": {"id": "Syarat yang tidak dipenuhi", "en": "Rules failed"},
    "warnings": {"id": "Peringatan", "en": "Warnings"},
    "contributions": {"id": "kontribusi per indikator (poin)", "en": "contribution per indicator (points)"},
    "shown_of": {"id": "menampilkan {shown} dari {total} kandidat", "en": "showing {shown} of {total} candidates"},
    "criteria": {"id": "Kriteria", "en": "Criteria"},
    "input": {"id": "Data", "en": "Input"},
    "no_results": {"id": "Tidak ada kandidat yang memenuhi syarat.", "en": "No eligible candidates."},
    "ties_note": {"id": "seri: skor dan penentu seri sama persis — perlu keputusan juri",
                  "en": "tie: equal score and tiebreak — the jury decides"},
}


def label(key: str, lang: str) -> str:
    return LABELS[key].get(lang, LABELS[key]["en"])


def fmt_number(value: float | None, decimals: int = 2, lang: str = "id") -> str:
    """``1234567.891`` → "1.234.567,89" (id) or "1,234,567.89" (en); None/NaN → "–"."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    text = f"{value:,.{decimals}f}"
    if text in (f"-{0:.{decimals}f}",):
        text = text[1:]
    if lang == "id":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def fmt_signed(value: float, decimals: int = 2, lang: str = "id") -> str:
    text = fmt_number(value, decimals, lang)
    return text if text.startswith("-") or text == "–" else f"+{text}"
