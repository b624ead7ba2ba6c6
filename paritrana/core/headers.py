"""Header matching: exact after ignoring case, spaces and punctuation (no substrings)."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[\W_]+", re.UNICODE)


def header_key(text: object) -> str:
    return _NON_ALNUM.sub("", unicodedata.normalize("NFKC", str(text)).casefold())
