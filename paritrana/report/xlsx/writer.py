"""Typed cell writing for one worksheet: text, numbers, formulas, header rows and notes, each
with a ``Style``, while the widest text of every column is measured for its width.

Every text cell is written with ``write_string``: text from the data that starts with ``=``,
``+``, ``-`` or ``@`` stays text, never a formula. Numbers keep full precision; None, NaN and
±inf are empty (styled) cells.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from paritrana.report.xlsx.style import DEC, HEADER, SUBTITLE, TEXT, TITLE, Style, Styles, shown_number

MIN_WIDTH, MAX_WIDTH = 6, 60
# Column widths come from every cell of the first rows, then from every SAMPLE_STRIDE-th row:
# measuring each of a million cells cost more than writing them, and a column's width only
# needs its typical widest text (it is capped at MAX_WIDTH anyway).
SAMPLE_ALL_ROWS, SAMPLE_STRIDE = 2_000, 25
HEADER_LINE_PT = 15  # height of one line of a header row
LINE_PT = 13.5  # height of one line of 10 pt text
SPAN_HEADER_PT = 30  # a header row of titles over several columns (two lines where one spans a single column)


PRINT_WIDTH_PX = 1045  # landscape A4 within 0.4" margins: 10.89" at 96 pixels per inch
PRINT_HEIGHT_PX = 660  # landscape A4 within 0.7" margins: 6.87" at 96 pixels per inch
MIN_SCALE = 0.8  # 10 pt text printed at 8 pt at the least


def column_pixels(width: float) -> int:
    """Pixels of a column ``width`` characters wide (Excel's rule for the default font)."""
    return int(width * 7 + 5)


def fits_page_width(widths: dict[int, float]) -> bool:
    """Whether columns of these widths fit the page width at ``MIN_SCALE`` or more."""
    return sum(column_pixels(w) for w in widths.values()) * MIN_SCALE <= PRINT_WIDTH_PX


def printed_columns(widths: dict[int, float]) -> int:
    """The last column the first page shows: all of them when the sheet is fitted to the page
    width, else those of the first band of pages."""
    last = max(widths)
    if fits_page_width(widths):
        return last
    used = 0
    for col in range(last + 1):
        used += column_pixels(widths.get(col, MIN_WIDTH))
        if used > PRINT_WIDTH_PX:
            return max(col - 1, 0)
    return last


def sampled(row: int) -> bool:
    """Whether the cells of ``row`` count for the column widths (see SAMPLE_STRIDE)."""
    return row < SAMPLE_ALL_ROWS or row % SAMPLE_STRIDE == 0


class SheetWriter:
    """Writes the cells of one worksheet and remembers the widest text of every column."""

    def __init__(self, worksheet: Any, styles: Styles):
        self.ws = worksheet
        self.styles = styles
        self.widths: dict[int, float] = {}
        self.applied: dict[int, float] = {}  # the widths set by fit_columns (for the print setup)
        self.wrapped: list[tuple[int, int, str]] = []  # (row, col, text) of cells whose text wraps
        self.lines: list[tuple[int, str, Style]] = []  # the notes written (row, text, style)

    # ---- cells ----------------------------------------------------------------------------------

    def text(self, row: int, col: int, value: str | None, style: Style = TEXT, *, measure: bool = True) -> None:
        """A text cell (an empty one for None or "")."""
        fmt = self.styles.format(style)
        if not value:
            self.ws.write_blank(row, col, None, fmt)
            return
        self.ws.write_string(row, col, value, fmt)
        if measure and sampled(row):
            self._measure(col, value)

    def number(self, row: int, col: int, value: float | None, style: Style = DEC, *, measure: bool = True) -> None:
        """A number cell; None, NaN and ±inf leave it empty."""
        fmt = self.styles.format(style)
        if value is None or (isinstance(value, float) and not math.isfinite(value)):
            self.ws.write_blank(row, col, None, fmt)
            return
        self.ws.write_number(row, col, value, fmt)
        if measure and sampled(row):
            self._measure(col, shown_number(value, style.num_format))

    def formula(self, row: int, col: int, formula: str, value: float | None, style: Style = DEC) -> None:
        """A live formula that also stores ``value``, its result, for viewers that do not
        recalculate."""
        stored: float | str = "" if value is None or not math.isfinite(value) else float(value)
        self.ws.write_formula(row, col, formula, self.styles.format(style), stored)
        if isinstance(stored, float) and sampled(row):
            self._measure(col, shown_number(stored, style.num_format))

    def merge(self, row: int, first_col: int, last_col: int, text: str, style: Style) -> None:
        """``text`` in one cell over columns ``first_col``–``last_col`` of ``row``."""
        self.ws.merge_range(row, first_col, row, last_col, text, self.styles.format(style))

    # ---- titles, notes and header rows ----------------------------------------------------------

    def title(self, text: str) -> None:
        """The sheet's title, in its first cell."""
        self.text(0, 0, text, TITLE, measure=False)

    def note(self, row: int, text: str, style: Style = SUBTITLE) -> int:
        """A line of text from column A that runs on to the right (it does not widen column A;
        ``fit_columns`` wraps it over the table's width when it is longer); returns the next row."""
        self.text(row, 0, text, style, measure=False)
        if text:
            self.lines.append((row, text, style))
        return row + 1

    def notes(self, row: int, texts: Iterable[str], style: Style = SUBTITLE) -> int:
        for text in texts:
            row = self.note(row, text, style)
        return row

    def header(self, row: int, titles: list[str], first_col: int = 0) -> None:
        """A table's header row: wrapped titles, each column wide enough for its longest word."""
        for offset, title in enumerate(titles):
            col = first_col + offset
            self.text(row, col, title, HEADER, measure=False)
            words = max((len(w) for w in title.split()), default=0)
            # A header wraps onto two lines where it can; it needs room for its longest word.
            self.widen(col, max(words, min(len(title), 12), min(len(title) // 2 + 2, 22)))
        lines = max((header_lines(t, self.widths.get(first_col + i, 8)) for i, t in enumerate(titles)), default=1)
        self.ws.set_row(row, HEADER_LINE_PT * max(1, lines))

    # ---- widths ---------------------------------------------------------------------------------

    def widen(self, col: int, width: float) -> None:
        """Make column ``col`` at least ``width`` characters wide."""
        if width > self.widths.get(col, 0):
            self.widths[col] = width

    def cap(self, caps: dict[int, float], header: tuple[int, list[str]] | None = None) -> None:
        """Make columns at most ``caps`` wide (their text wraps); with ``header`` (row, titles
        from column 0), size that header row again for the narrower columns."""
        for col, width in caps.items():
            self.widths[col] = min(self.widths.get(col, width), width)
        if header is not None:
            row, titles = header
            lines = max((header_lines(t, self.widths.get(i, 8)) for i, t in enumerate(titles)), default=1)
            self.ws.set_row(row, HEADER_LINE_PT * max(1, lines))
        rows: dict[int, int] = {}
        for row, col, text in self.wrapped:  # a spreadsheet does not grow these rows by itself
            rows[row] = max(rows.get(row, 1), header_lines(text, self.widths.get(col, 8)))
        for row, lines in rows.items():
            if lines > 1:
                self.ws.set_row(row, LINE_PT * lines)

    def fit_columns(self, minimum: dict[int, float] | None = None, maximum: float = MAX_WIDTH) -> None:
        for col, width in self.widths.items():
            wanted = max(width + 2, (minimum or {}).get(col, MIN_WIDTH), MIN_WIDTH)
            self.applied[col] = min(wanted, maximum)
            self.ws.set_column(col, col, self.applied[col])
        self.wrap_notes()

    def wrap_notes(self) -> None:
        """Notes longer than the columns are wide wrap over them (merged), so that a printout
        shows them whole within the page and no line widens the printed page."""
        if not self.applied:
            return
        last = printed_columns(self.applied)
        chars = sum(self.applied.get(c, MIN_WIDTH) for c in range(last + 1))
        for row, text, style in self.lines:
            size = style.font_size or 10
            per_line = max(20, int(chars * 1.15 * 10 / size))
            if len(text) <= per_line or last == 0:
                continue
            lines = -(-len(text) // per_line) + (1 if len(text) % per_line > per_line * 0.8 else 0)
            self.ws.merge_range(row, 0, row, last, text, self.styles.format(replace(style, text_wrap=True)))
            self.ws.set_row(row, LINE_PT * size / 10 * max(1, lines) + 2)
        self.lines = []

    def _measure(self, col: int, text: str) -> None:
        longest = len(text) if "\n" not in text else max(len(line) for line in text.split("\n"))
        if longest > self.widths.get(col, 0):
            self.widths[col] = longest


def header_lines(title: str, width: float) -> int:
    """How many lines ``title`` wraps onto in a column ``width`` characters wide (at most 4)."""
    lines, current = 1, 0
    for word in title.split():
        if current and current + 1 + len(word) > width + 2:
            lines, current = lines + 1, len(word)
        else:
            current += (1 if current else 0) + len(word)
    return min(lines, 4)
