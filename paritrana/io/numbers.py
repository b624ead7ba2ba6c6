"""Numbers written as text, in the Indonesian (``id``) or English (``en``) convention.

``id``: "1.234.567" = 1234567, "31,63" = 31.63.   ``en``: "1,234,567.5" = 1234567.5.
"Rp" and spaces are ignored; a trailing "%" divides by 100 (as Excel's percent cells do).
Thousands separators must separate groups of exactly three digits, so "31.63" is refused
under ``id`` instead of silently becoming 3163.

As offices type them too: the minus sign "−" (U+2212, as paritrana itself writes numbers),
and under ``id`` the ",-" that closes an amount of rupiah without cents ("Rp 4.300.000,-"
= 4300000). A negative in parentheses ("(1.234)") stays refused: "anything else" (SPEC).
"""

from __future__ import annotations

import math
import re

from paritrana.errors import NumberFormatError
from paritrana.i18n.messages import io as m
from paritrana.i18n.text import Message

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_CURRENCY = re.compile(r"^(rp\.?|idr)", re.IGNORECASE)
_GROUPED = {
    "id": re.compile(r"^(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$"),
    "en": re.compile(r"^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$"),
}
_SCIENTIFIC = re.compile(r"^\d+(\.\d+)?[eE][+-]?\d+$")
EXAMPLES = {"id": ("1.234.567", "31,63"), "en": ("1,234,567", "31.63")}  # how to type a number in each format


def type_a_number(locale: str = "id") -> Message:
    """The hint for a cell that is not a number: how numbers are typed in ``locale``."""
    big, small = EXAMPLES[locale]
    return m.TYPE_A_NUMBER(big=big, small=small)


def parse_number(text: str, locale: str = "id") -> float:
    """Parse ``text`` as a number in ``locale`` (``id`` or ``en``)."""
    cleaned = _SPACES.sub("", text.strip()).replace("\u2212", "-")
    if locale == "id" and cleaned.endswith((",-", ",--")):
        cleaned = cleaned[:cleaned.rindex(",")]  # Rp 5.000,-: rupiah without cents
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
        raise NumberFormatError(m.NOT_A_NUMBER(typed=_shown(text)), hint=type_a_number(locale))
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
        raise _not_a_number(original, body, locale)
    if not math.isfinite(value):
        raise NumberFormatError(m.TOO_LARGE(typed=_shown(original)), hint=type_a_number(locale))
    return value


def _not_a_number(original: str, body: str, locale: str) -> NumberFormatError:
    other = "en" if locale == "id" else "id"
    if _GROUPED[other].match(body) and not _GROUPED[locale].match(body):
        big, small = EXAMPLES[locale]
        return NumberFormatError(m.NOT_IN_LOCALE(typed=_shown(original), locale=locale, big=big, small=small),
                                 hint=m.OTHER_LOCALE_HINT(other=other))
    return NumberFormatError(m.NOT_A_NUMBER(typed=_shown(original)), hint=type_a_number(locale))


def _shown(text: str) -> str:
    """``text`` for a message: control characters (ESC...) written as escapes, at most 60 characters."""
    text = text if len(text) <= 60 else text[:57] + "..."
    return text if text.isprintable() else text.encode("unicode_escape").decode("ascii")
