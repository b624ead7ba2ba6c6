"""One cell of a year column (Tahun, Year, Periode), read as a year.

=====================  ===============  ==========================================
cell                   read as          kind
=====================  ===============  ==========================================
2024, 2024.0, "2024"   2024             ``YEAR``
a date cell            its year         ``DATE`` (a year typed into a cell
                                        formatted as a date shows as 1905: its
                                        serial number is the year typed)
"2023-12-31", "2023-12",
"31/12/2023", "12/2023"  2023           ``DATE``
"Tahun 2024", "Des 2023"  2024, 2023    ``TEXT`` (one year, no other digits)
"2.024", "2,024"       2024             ``TEXT`` (a year with a thousands separator,
                                        as a number formatted for display)
"", None               –                ``EMPTY``
1850, "2200"           –                ``IMPLAUSIBLE`` (outside 1900–2100)
anything else          –                ``BAD`` ("2023/2024", "Q4 2023", 2023.5,
                                        TRUE, a time)
=====================  ===============  ==========================================

The loader reads ``DATE`` and ``TEXT`` cells as their year with one warning naming them,
and reports every ``EMPTY``, ``IMPLAUSIBLE`` and ``BAD`` cell as an error.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

FIRST, LAST = 1900, 2100
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # day 0 of Excel's serial dates (1900 system)
_PLAIN = re.compile(r"\s*((?:19|20)\d\d)(?:\.0+)?\s*")
_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*")
_DAY_FIRST = re.compile(r"\s*(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?\s*")
_WORDS = re.compile(r"[^\d]*\b((?:19|20)\d\d)\b[^\d]*")
_GROUPED = re.compile(r"\s*(1|2)[.,\u00a0\u202f ](\d{3})\s*")  # "2.024": 2024 with a thousands separator
_ANY_NUMBER = re.compile(r"\s*[-+]?\d+(?:[.,]\d+)?\s*")


class Kind(StrEnum):
    YEAR = "year"
    DATE = "date"
    TEXT = "text"
    EMPTY = "empty"
    IMPLAUSIBLE = "implausible"
    BAD = "bad"


@dataclass(frozen=True)
class YearCell:
    year: int | None
    kind: Kind
    typed: str  # the cell as shown in a message: its text, or a date as 2023-12-31


def read_year(value: Any) -> YearCell:
    """The year in one cell of a year column (see the module's table)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return YearCell(None, Kind.EMPTY, "")
    if isinstance(value, bool):
        return YearCell(None, Kind.BAD, "TRUE" if value else "FALSE")
    if isinstance(value, (int, float)):
        number, typed = float(value), _number_text(value)
        if not math.isfinite(number) or not number.is_integer():
            return YearCell(None, Kind.BAD, typed)
        return _checked(int(number), Kind.YEAR, typed)
    if isinstance(value, dt.datetime | dt.date):
        day = value.date() if isinstance(value, dt.datetime) else value
        typed = day.isoformat()
        serial = (day - _EXCEL_EPOCH).days
        if day.year < 1910 and FIRST <= serial <= LAST:  # 2023 typed into a date cell shows 1905-07-15
            return YearCell(serial, Kind.DATE, typed)
        return _checked(day.year, Kind.DATE, typed)
    if not isinstance(value, str):  # a time, a duration
        return YearCell(None, Kind.BAD, str(value))
    return _from_text(value)


def _from_text(text: str) -> YearCell:
    typed = text.strip()
    if found := _PLAIN.fullmatch(text):
        return _checked(int(found.group(1)), Kind.YEAR, typed)
    if found := _GROUPED.fullmatch(text):
        return _checked(int(found.group(1) + found.group(2)), Kind.TEXT, typed)
    if _ANY_NUMBER.fullmatch(text):  # a number, but not a year of 1900–2099
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            return YearCell(None, Kind.BAD, typed)
        return YearCell(None, Kind.IMPLAUSIBLE if number.is_integer() else Kind.BAD, typed)
    if found := _ISO.fullmatch(text):
        year, month, day = int(found.group(1)), int(found.group(2)), int(found.group(3) or 1)
        if 1 <= month <= 12 and 1 <= day <= 31:
            return _checked(year, Kind.DATE, typed)
        return YearCell(None, Kind.BAD, typed)
    if found := _DAY_FIRST.fullmatch(text):
        first, second = int(found.group(1) or 1), int(found.group(2))
        if 1 <= first <= 31 and 1 <= second <= 31 and min(first, second) <= 12:
            return _checked(int(found.group(3)), Kind.DATE, typed)
        return YearCell(None, Kind.BAD, typed)
    if found := _WORDS.fullmatch(text):
        return _checked(int(found.group(1)), Kind.TEXT, typed)
    return YearCell(None, Kind.BAD, typed)


def _checked(year: int, kind: Kind, typed: str) -> YearCell:
    if FIRST <= year <= LAST:
        return YearCell(year, kind, typed)
    return YearCell(None, Kind.IMPLAUSIBLE, typed)


def _number_text(value: float) -> str:
    """2024.0 → "2024" (how the cell shows), other numbers as Python writes them."""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value))
    return str(value)
