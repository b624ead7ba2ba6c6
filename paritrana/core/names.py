"""Candidate names: the key that matches a name across years and files.

"Kab. Sekadau" = "Kabupaten Sekadau" = "SEKADAU" (the kabupaten prefix is optional), while
"Kota Pontianak" and "Pontianak" stay different candidates.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_KABUPATEN = re.compile(r"^(kabupaten|kab)\s+")
_AVERAGES = {"rata rata", "rerata", "average"}  # a summary row too, never a candidate: "Rata-rata", "Rerata"
_AVERAGE_PREFIXES = ("rata rata ", "rerata ")  # "Rata-rata Provinsi", "Rerata Kalbar"
_TOTALS = {"jumlah", "total", "grand total", "jumlah total", "total keseluruhan", "sub total", "subtotal", "jml",
           *_AVERAGES}
TOTALS = frozenset(_TOTALS)  # the keys of a total row's name, besides the prefixes below (``is_total_key``)
# "Jumlah Kalbar", "Jml. Kalbar", "Sub Total Wilker I", "Subtotal Utara", "Grand Total Kalbar"
TOTAL_PREFIXES = ("jumlah ", "jml ", "sub total ", "subtotal ", "grand total ", *_AVERAGE_PREFIXES)


def name_key(name: str) -> str:
    """The matching key of a candidate name: case, punctuation, spacing and the
    "Kabupaten"/"Kab." prefix are ignored."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _NON_WORD.sub(" ", text).strip()
    return _KABUPATEN.sub("", text) or text


def display_name(value: object) -> str:
    """A cell value as a candidate name: trimmed, inner spaces collapsed."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def is_total(name: str) -> bool:
    """Province total rows: "Jumlah", "Total", "Grand Total", "Jumlah Kalbar", "Sub Total Utara"..."""
    return is_total_key(name_key(name))


def is_total_key(key: str) -> bool:
    """``is_total`` on an already computed ``name_key``."""
    return key in _TOTALS or key.startswith(TOTAL_PREFIXES)


def is_average_key(key: str) -> bool:
    """Whether a total row's key (``is_total_key``) names an average ("Rata-rata Kalbar")."""
    return key in _AVERAGES or key.startswith(_AVERAGE_PREFIXES)


def closest(name: str, candidates: list[str], n: int = 3) -> list[str]:
    """The names in ``candidates`` closest to ``name``, compared by their keys."""
    keys = {name_key(c): c for c in candidates}
    found = difflib.get_close_matches(name_key(name), list(keys), n=n, cutoff=0.5)
    return [keys[k] for k in found]
