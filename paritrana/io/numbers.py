"""Numbers written as text, in the Indonesian (``id``) or English (``en``) convention.

``id``: "1.234.567" = 1234567, "31,63" = 31.63.   ``en``: "1,234,567.5" = 1234567.5.
"Rp" and spaces are ignored; a trailing "%" divides by 100 (as Excel's percent cells do).
Thousands separators must separate groups of exactly three digits, so "31.63" is refused
under ``id`` instead of silently becoming 3163.
"""

from __future__ import annotations

import math
import re

from paritrana.errors import NumberFormatError

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_CURRENCY = re.compile(r"^(rp\.?|idr)", re.IGNORECASE)
_GROUPED = {
    "id": re.compile(r"^(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$"),
    "en": re.compile(r"^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$"),
}
_SCIENTIFIC = re.compile(r"^\d+(\.\d+)?[eE][+-]?\d+$")


def parse_number(text: str, locale: str = "id") -> float:
    """Parse ``text`` as a number in ``locale`` (``id`` or ``en``)."""
    cleaned = _SPACES.sub("", text.strip())
    signed = cleaned[:1] in ("-", "+")
    negative = cleaned.startswith("-")
    body = cleaned[1:] if signed else cleaned
    body = _CURRENCY.sub("", body)
    percent = body.endswith("%")
    if percent:
        body = body[:-1]
    if body[:1] in ("-", "+") and not signed:  # "Rp -5": the sign after the currency
        negative, body = body.startswith("-"), body[1:]
    if not body:
        raise NumberFormatError(f'"{_shown(text)}" is not a number')
    value = _parse_plain(body, locale, text)
    if percent:
        value /= 100
    return -value if negative else value


def _parse_plain(body: str, locale: str, original: str) -> float:
    pattern = _GROUPED[locale]
    if pattern.match(body):
        thousands, decimal = (".", ",") if locale == "id" else (",", ".")
        value = float(body.replace(thousands, "").replace(decimal, "."))
    elif _SCIENTIFIC.match(body) and locale == "en":
        value = float(body)
    else:
        raise NumberFormatError(_explain(original, body, locale))
    if not math.isfinite(value):
        raise NumberFormatError(f'"{_shown(original)}" is too large')
    return value


def _explain(original: str, body: str, locale: str) -> str:
    other = "en" if locale == "id" else "id"
    if _GROUPED[other].match(body) and not _GROUPED[locale].match(body):
        example = "1.234.567 or 31,63" if locale == "id" else "1,234,567 or 31.63"
        return (
            f'"{_shown(original)}" is not a number in the {locale} number format ({example}); '
            f"set number_locale: {other} in the criteria if the file uses that format"
        )
    return f'"{_shown(original)}" is not a number'


def _shown(text: str) -> str:
    """``text`` for a message: control characters (ESC...) written as escapes, at most 60 characters."""
    text = text if len(text) <= 60 else text[:57] + "..."
    return text if text.isprintable() else text.encode("unicode_escape").decode("ascii")
