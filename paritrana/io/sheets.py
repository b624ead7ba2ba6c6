"""Sheets without a year that the loader skips without a warning.

In a workbook with one sheet per year, a sheet whose name holds no year is ignored, and the
loader says so (it may be data under a wrong name). Two kinds are ignored silently, because
warning about them on every run teaches people to ignore warnings:

- the instructions sheet that ``paritrana template`` writes ("Petunjuk" / "Instructions"),
  recognised by the marker in a hidden cell of its first row — not by its name, which a user
  may change and which another workbook may use for data;
- a notes sheet: no row holds two or more filled cells, so there is no table to read (the
  sample's "Catatan": one column of sentences). Any table, even one without a recognisable
  header, still gets the warning.
"""

from __future__ import annotations

from typing import Any

TEMPLATE_MARKER = "paritrana:template-instructions"
SEARCH_ROWS = 20  # the marker is written in the first row; a few rows of slack for inserted titles


def skipped_silently(rows: list[list[Any]]) -> bool:
    """True for the template's instructions sheet and for a notes sheet without a table."""
    return is_template_instructions(rows) or not has_table(rows)


def is_template_instructions(rows: list[list[Any]]) -> bool:
    return any(value == TEMPLATE_MARKER for row in rows[:SEARCH_ROWS] for value in row)


def has_table(rows: list[list[Any]]) -> bool:
    """A table has at least one row with two or more filled cells."""
    return any(sum(1 for value in row if _filled(value)) >= 2 for row in rows)


def _filled(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())
