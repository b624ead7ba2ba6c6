"""Shared pieces of the Excel report: cell formats, a sheet writer that tracks column widths,
cell references and the print setup.

Every text cell is written with ``write_string`` — text from the data that starts with
``=``, ``+``, ``-`` or ``@`` stays text, never a formula. Numbers keep full precision; the
number formats (``#,##0.00``) are the standard ones that Excel and LibreOffice show with the
viewer's own separators ("1.234,56" on an Indonesian system).
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from paritrana.core.methods import Better
from paritrana.core.normalize import Scale
from paritrana.i18n import label, years_text
from paritrana.io.load import column_letter
from paritrana.version import __version__

if TYPE_CHECKING:
    from paritrana.core.run import RankingRun

FONT = {"font_name": "Calibri", "font_size": 10, "valign": "top"}
NUMBER_FORMATS = {
    "int": "#,##0",
    "dec": "#,##0.00",
    "score": "0.00",
    "pct": "0.00%",
    "rank": "0",
    "general": "General",
}
PODIUM_FILLS = {1: "#FFE699", 2: "#E7E6E6", 3: "#F8CBAD"}
HEADER_FILL = "#1F4E78"
MIN_WIDTH, MAX_WIDTH = 6, 60
# Column widths come from every cell of the first rows, then from every SAMPLE_STRIDE-th row:
# measuring each of a million cells cost more than writing them, and a column's width only
# needs its typical widest text (it is capped at MAX_WIDTH anyway).
SAMPLE_ALL_ROWS, SAMPLE_STRIDE = 2_000, 25

# The Excel functions the report's formulas use. xlsxwriter rewrites every formula with about
# thirty regular expressions (one per "future" function it prefixes with _xlfn.); for a formula
# made only of these functions each rewrite is a no-op, and together they were most of the
# time spent writing a 10,000-candidate report.
PLAIN_FUNCTIONS = frozenset({"IF", "MIN", "MAX", "SUM", "COUNT", "COUNTIF", "RANK", "AVERAGE", "STDEVP"})
_FUNCTION_CALL = re.compile(r"([A-Za-z_][A-Za-z0-9_.]*)\(")


def plain_formula(formula: str) -> str | None:
    """``formula`` without its ``=`` when xlsxwriter's rewriting would leave it unchanged (only
    PLAIN_FUNCTIONS, no array braces), else None."""
    if formula.startswith("{") or not all(f in PLAIN_FUNCTIONS for f in _FUNCTION_CALL.findall(formula)):
        return None
    return formula[1:] if formula.startswith("=") else formula


@functools.cache
def report_worksheet_class() -> type:
    """xlsxwriter's Worksheet with a fast path for our plain formulas, for the report's own
    sheets only (``workbook.add_worksheet(name, report_worksheet_class())``, the subclassing
    that xlsxwriter documents). Any other formula goes through xlsxwriter's own
    ``_prepare_formula`` unchanged; tests check that both give the same text and that
    xlsxwriter still calls the override."""
    from xlsxwriter.worksheet import Worksheet

    class ReportWorksheet(Worksheet):  # type: ignore[misc]
        def _prepare_formula(self, formula: str, expand_future_functions: bool = False) -> str:
            plain = plain_formula(formula)
            if plain is not None:
                return plain
            return super()._prepare_formula(formula, expand_future_functions)

    return ReportWorksheet


class Formats:
    """xlsxwriter formats made once per combination (a workbook allows only so many)."""

    def __init__(self, workbook: Any):
        self.workbook = workbook
        self._cache: dict[tuple[Any, ...], Any] = {}

    def get(self, kind: str = "text", fill: str | None = None, **extra: Any) -> Any:
        key = (kind, fill, tuple(sorted(extra.items())) if extra else ())
        if key not in self._cache:
            spec: dict[str, Any] = dict(FONT)
            if kind == "title":
                spec.update(bold=True, font_size=14)
            elif kind == "subtitle":
                spec.update(font_color="#404040")
            elif kind == "header":
                spec.update(bold=True, bg_color=HEADER_FILL, font_color="#FFFFFF", text_wrap=True,
                            valign="vcenter", border=1, border_color="#BFBFBF")
            elif kind == "section":
                spec.update(bold=True, font_size=11, font_color=HEADER_FILL)
            elif kind == "key":
                spec.update(bold=True)
            elif kind == "mono":
                spec.update(font_name="Consolas")
            elif kind == "wrap":
                spec.update(text_wrap=True)
            elif kind in NUMBER_FORMATS:
                spec.update(num_format=NUMBER_FORMATS[kind])
                if kind == "rank":
                    spec.update(align="center")
            if kind not in ("title", "subtitle", "section", "key", "mono", "header", "plain"):
                spec.update(border=1, border_color="#D9D9D9")
            if fill is not None:
                spec.update(bg_color=fill)
            spec.update(extra)
            self._cache[key] = self.workbook.add_format(spec)
        return self._cache[key]


@dataclass
class Context:
    """What every sheet writer needs: the result, the language, the formats, and the cell
    references one sheet publishes for the formulas of another."""

    result: RankingRun
    lang: str
    formats: Formats
    created: datetime
    command: list[str]
    # Kriteria: indicator → cell of its weight within the aspect / global weight; aspect → share.
    local_weight: dict[str, str] = field(default_factory=dict)
    global_weight: dict[str, str] = field(default_factory=dict)
    aspect_share: dict[str, str] = field(default_factory=dict)
    # Rincian: (candidate name, indicator) → cell of the normalised value / contribution.
    normalized: dict[tuple[str, str], str] = field(default_factory=dict)
    contribution: dict[tuple[str, str], str] = field(default_factory=dict)
    # The large report (xlsx_large.py): values instead of formulas.
    large: bool = False
    mode_note: str = ""  # the large report: why it holds values, not formulas (Audit sheet)

    def t(self, key: str) -> str:
        return label(key, self.lang)

    def text(self, key: str, **values: Any) -> str:
        """The large report's label ``xl_<key>`` with ``values`` filled in."""
        text = label(f"xl_{key}", self.lang)
        return text.format(**values) if values else text

    def sheet_name(self, key: str) -> str:
        return label(f"sheet_{key}", self.lang)


class SheetWriter:
    """Writes cells of one worksheet and remembers the widest text of every column."""

    def __init__(self, worksheet: Any, formats: Formats):
        self.ws = worksheet
        self.formats = formats
        self.widths: dict[int, float] = {}

    def _measure(self, col: int, text: str, measure: bool) -> None:
        if measure:
            longest = len(text) if "\n" not in text else max(len(line) for line in text.split("\n"))
            if longest > self.widths.get(col, 0):
                self.widths[col] = longest

    @staticmethod
    def sampled(row: int) -> bool:
        """Whether the cells of ``row`` count for the column widths (see SAMPLE_STRIDE)."""
        return row < SAMPLE_ALL_ROWS or row % SAMPLE_STRIDE == 0

    def text(self, row: int, col: int, value: str | None, kind: str = "text", fill: str | None = None,
             measure: bool = True, **extra: Any) -> None:
        value = "" if value is None else str(value)
        fmt = self.formats.get(kind, fill, **extra)
        if value == "":
            self.ws.write_blank(row, col, None, fmt)
            return
        self.ws.write_string(row, col, value, fmt)
        self._measure(col, value, measure and self.sampled(row))

    def number(self, row: int, col: int, value: float | None, kind: str = "dec", fill: str | None = None,
               measure: bool = True, **extra: Any) -> None:
        fmt = self.formats.get(kind, fill, **extra)
        if value is None or (isinstance(value, float) and not math.isfinite(value)):
            self.ws.write_blank(row, col, None, fmt)
            return
        self.ws.write_number(row, col, value, fmt)
        if measure and self.sampled(row):
            self._measure(col, shown_number(value, kind), True)

    def formula(self, row: int, col: int, formula: str, value: float | None, kind: str = "dec",
                fill: str | None = None, **extra: Any) -> None:
        """A live formula that also stores ``value``, its result, for viewers that do not
        recalculate."""
        stored: float | str = "" if value is None or not math.isfinite(value) else float(value)
        self.ws.write_formula(row, col, formula, self.formats.get(kind, fill, **extra), stored)
        if isinstance(stored, float) and self.sampled(row):
            self._measure(col, shown_number(stored, kind), True)

    def header(self, row: int, titles: list[str], first_col: int = 0) -> None:
        for offset, title in enumerate(titles):
            self.text(row, first_col + offset, title, "header", measure=False)
            words = max((len(w) for w in title.split()), default=0)
            # A header wraps onto two lines where it can; it needs room for its longest word.
            self.widths[first_col + offset] = max(self.widths.get(first_col + offset, 0), words,
                                                  min(len(title), 12), min(len(title) // 2 + 2, 22))
        self.ws.set_row(row, 15 * max(1, max((_header_lines(t, self.widths.get(first_col + i, 8))
                                               for i, t in enumerate(titles)), default=1)))

    def fit_columns(self, minimum: dict[int, float] | None = None, maximum: float = MAX_WIDTH) -> None:
        for col, width in self.widths.items():
            wanted = max(width + 2, (minimum or {}).get(col, MIN_WIDTH), MIN_WIDTH)
            self.ws.set_column(col, col, min(wanted, maximum))


def _header_lines(title: str, width: float) -> int:
    lines, current = 1, 0
    for word in title.split():
        if current and current + 1 + len(word) > width + 2:
            lines, current = lines + 1, len(word)
        else:
            current += (1 if current else 0) + len(word)
    return min(lines, 4)


def shown_number(value: float, kind: str) -> str:
    """Roughly how the number looks in its cell (for the column width)."""
    if kind == "pct":
        return f"{value * 100:,.2f}%"
    if kind in ("int", "rank"):
        return f"{value:,.0f}"
    if kind == "score":
        return f"{value:.2f}"
    return f"{value:,.2f}"


col_letter = column_letter  # 0-based column index → Excel letters


def cell(row: int, col: int, *, absolute: bool = False, sheet: str | None = None) -> str:
    """0-based (row, col) → ``G5``, ``$G$5`` or ``'Rincian'!$G$5``."""
    dollar = "$" if absolute else ""
    ref = f"{dollar}{col_letter(col)}{dollar}{row + 1}"
    if sheet is not None:
        ref = f"'{sheet.replace(chr(39), chr(39) * 2)}'!{ref}"
    return ref


def cell_range(first_row: int, last_row: int, col: int) -> str:
    return f"{cell(first_row, col, absolute=True)}:{cell(last_row, col, absolute=True)}"


def excel_number(value: float) -> str:
    """A constant inside a formula, at full precision."""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(float(value))


def header_footer_text(text: str, limit: int = 80) -> str:
    """Text for a page header/footer: ``&`` is a control character there."""
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return text.replace("&", "&&")


def page_setup(ctx: Context, ws: Any, sheet_title: str, header_row: int | None) -> None:
    """Landscape A4, fit to the page width, repeated header row, title and page numbers."""
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.4, right=0.4, top=0.7, bottom=0.7)
    if header_row is not None:
        ws.repeat_rows(header_row)
    title = header_footer_text(ctx.result.title)
    # A font-size code (&10) swallows the digits after it: a font name always follows it here.
    ws.set_header(f'&L&10&"Calibri,Bold"{title}&R&10&"Calibri,Regular"{header_footer_text(sheet_title, 40)}')
    page = header_footer_text(ctx.t("xlsx_page"))
    stamp = header_footer_text(f"{ctx.t('xlsx_created')} {ctx.created:%Y-%m-%d %H:%M}")
    font = '&8&"Calibri,Regular"'
    from pathlib import Path


    source = header_footer_text(f"paritrana {__version__} · {Path(ctx.result.input.path).name}", 60)
    ws.set_footer(f"&L{font}{source}&C{font}{page} &P / &N&R{font}{stamp}")


def super_header(ctx: Context, ws: Any, row: int, col_aspect: dict[str, int], col_ind: dict[str, int],
                  arithmetic: bool) -> None:
    fmt = ctx.formats.get("header", align="center")
    for cols, text in ((list(col_aspect.values()), ctx.t("xlsx_aspect_scores")),
                       (list(col_ind.values()), ctx.t("contributions" if arithmetic else "xlsx_normalized_0_100"))):
        if not cols:
            continue
        text = text[:1].upper() + text[1:]
        if len(cols) == 1:
            ws.write_string(row, cols[0], text, fmt)
            ws.set_row(row, 30)
        else:
            ws.merge_range(row, cols[0], row, cols[-1], text, fmt)


def years_line(result: RankingRun, lang: str) -> str:

    return years_text(result.year, result.baseline_year, lang, colon=":", sep=" · ")


def method_text(scale: Scale) -> str:
    lo, hi = scale.range
    text = scale.method.value
    if scale.method.bounded and (lo, hi) != (0.0, 100.0):
        text += f" [{excel_number(lo)}–{excel_number(hi)}]"
    return text


def direction_text(better: Better, lang: str) -> str:

    return label("c_higher" if better is Better.HIGHER else "c_lower", lang)
