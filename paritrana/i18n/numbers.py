"""Numbers as people read them: Indonesian "1.234.567" and "31,63", English "1,234,567" and "31.63".

One formatter for every number a user reads (tables, sentences, messages); machine outputs
(JSON, the CSV "plain" dialect) keep full precision instead.
"""

from __future__ import annotations

import math

from paritrana.i18n.lang import Lang

MINUS = "\u2212"  # one minus sign everywhere a person reads a number


def fmt_number(value: float | None, decimals: int = 2, lang: str = Lang.ID) -> str:
    """``1234567.891`` → "1.234.567,89" (id) or "1,234,567.89" (en); None/NaN → "–"."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    text = f"{value:,.{decimals}f}"
    if text in (f"-{0:.{decimals}f}",):
        text = text[1:]
    if lang == Lang.ID:
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def fmt_signed(value: float, decimals: int = 2, lang: str = Lang.ID) -> str:
    text = fmt_number(value, decimals, lang)
    return text if text.startswith("-") or text == "–" else f"+{text}"


def fmt_auto(value: float | None, lang: str = Lang.ID, most: int = 2) -> str:
    """A number with as many decimals as it needs, up to ``most``: 12 → "12", 12.5 → "12,5",
    31.6349 → "31,63"."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    rounded = round(float(value), most)
    for decimals in range(most + 1):
        if round(rounded, decimals) == rounded:
            return fmt_number(rounded, decimals, lang)
    return fmt_number(rounded, most, lang)
