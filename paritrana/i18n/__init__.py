"""Everything a person reads, in Indonesian (the default) and English.

- ``lang``: the ``Lang`` enum and the rule for which language applies.
- ``numbers``: "1.234.567" and "31,63" (id), "1,234,567" and "31.63" (en).
- ``labels``: table headers, sheet names and short phrases (``label(key, lang)``).
- ``text`` and ``messages``: the message catalogue — every error, warning, hint and
  confirmation as a ``Text`` with a stable key, rendered in the output language.
"""

from __future__ import annotations

from paritrana.i18n.labels import LABELS
from paritrana.i18n.lang import Lang, default_lang, output_lang
from paritrana.i18n.numbers import MINUS, fmt_auto, fmt_number, fmt_signed
from paritrana.i18n.text import CATALOG, Message, Text, render

__all__ = ["CATALOG", "LABELS", "MINUS", "Lang", "Message", "Text", "default_lang", "fmt_auto", "fmt_number",
           "fmt_signed", "label", "localized", "output_lang", "render", "years_text"]


def localized(text: str | None, lang: str) -> str:
    """A text from the criteria (a label, a unit, a title) in ``lang`` when the criteria give it
    in that language (``paritrana.core.localized.Localized``), else as it is."""
    if text is None:
        return ""
    in_lang = getattr(text, "in_lang", None)
    return str(in_lang(lang)) if in_lang is not None else str(text)


def label(key: str, lang: str) -> str:
    return LABELS[key].get(lang, LABELS[key]["en"])


def years_text(year: int | None, baseline_year: int | None, lang: str, *, colon: str = "",
               sep: str = ", ") -> str:
    """"Tahun dinilai 2024, Tahun pembanding 2023" (the parts that are known)."""
    parts = []
    if year is not None:
        parts.append(f"{label('year', lang)}{colon} {year}")
    if baseline_year is not None:
        parts.append(f"{label('baseline_year', lang)}{colon} {baseline_year}")
    return sep.join(parts)
