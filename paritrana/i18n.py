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
    # validate
    "v_title": {"id": "Pemeriksaan data", "en": "Data check"},
    "v_severity": {"id": "Tingkat", "en": "Severity"},
    "v_place": {"id": "Tempat", "en": "Place"},
    "v_problem": {"id": "Masalah", "en": "Problem"},
    "v_fix": {"id": "Saran perbaikan", "en": "Suggested fix"},
    "v_error": {"id": "kesalahan", "en": "error"},
    "v_warning": {"id": "peringatan", "en": "warning"},
    "v_clean": {"id": "Tidak ada masalah.", "en": "No problems found."},
    "v_summary": {"id": "{errors} kesalahan, {warnings} peringatan", "en": "errors: {errors}, warnings: {warnings}"},
    "v_candidates": {"id": "{n} kandidat", "en": "{n} candidates"},
    # criteria show / check / init
    "c_weight": {"id": "bobot", "en": "weight"},
    "c_global": {"id": "global", "en": "global"},
    "c_value": {"id": "nilai", "en": "value"},
    "c_higher": {"id": "makin tinggi makin baik", "en": "higher is better"},
    "c_lower": {"id": "makin rendah makin baik", "en": "lower is better"},
    "c_missing": {"id": "data kosong", "en": "missing"},
    "c_missing_error": {"id": "galat", "en": "error"},
    "c_missing_zero": {"id": "dianggap 0", "en": "counted as 0"},
    "c_missing_exclude": {"id": "kandidat dikeluarkan", "en": "candidate excluded"},
    "c_missing_mean": {"id": "rata-rata kelompok", "en": "group mean"},
    "c_goalposts": {"id": "batas", "en": "goalposts"},
    "c_range": {"id": "rentang", "en": "range"},
    "c_entity": {"id": "Kandidat (kolom)", "en": "Candidates (column)"},
    "c_group_by": {"id": "Peringkat per kelompok", "en": "Ranked within groups of"},
    "c_aggregation": {"id": "Agregasi", "en": "Aggregation"},
    "c_arithmetic": {"id": "rata-rata tertimbang (aritmetik)", "en": "weighted arithmetic mean"},
    "c_geometric": {"id": "rata-rata geometrik tertimbang", "en": "weighted geometric mean"},
    "c_eligibility": {"id": "Syarat kelayakan", "en": "Eligibility rules"},
    "c_tiebreak": {"id": "Penentu seri", "en": "Tiebreak"},
    "c_max_change": {"id": "Perubahan tahunan wajar (maks.)", "en": "Plausible yearly change (max)"},
    "c_columns": {"id": "Kolom input", "en": "Input columns"},
    "c_derived": {"id": "Nilai turunan", "en": "Derived values"},
    "c_none": {"id": "tidak ada", "en": "none"},
    "c_ok": {"id": "OK", "en": "OK"},
    "c_tree": {"id": "aspek → indikator: bobot relatif (bobot global)",
               "en": "aspect → indicator: relative weight (global weight)"},
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
