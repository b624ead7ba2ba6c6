"""Cell styles of the Excel report as typed records, and the one cache that turns them into
xlsxwriter formats.

A ``Style`` is a frozen record of how a cell looks — font, fill, border, number format,
alignment — where None (or 0, False) means the spreadsheet's default. The report's own
styles are defined here once (``TEXT``, ``SCORE``, ``HEADER`` …); a variant is
``dataclasses.replace(SCORE, align="left")``. ``Styles`` makes one xlsxwriter format per
distinct style: a workbook allows only so many formats.

The number formats (``#,##0.00``) are the standard ones that Excel and LibreOffice show with
the viewer's own separators ("1.234,56" on an Indonesian system).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, fields, replace
from typing import Any

HEADER_FILL = "#1F4E78"
GRID_COLOR = "#D9D9D9"

# Excel number formats.
INT_FORMAT = "#,##0"
DEC_FORMAT = "#,##0.00"
SCORE_FORMAT = "0.00"
PCT_FORMAT = "0.00%"
RANK_FORMAT = "0"
GENERAL_FORMAT = "General"
SIGNED_FORMAT = "+0.00;-0.00;0.00"


@dataclass(frozen=True)
class Style:
    """How a cell looks. ``border`` draws every side; ``top`` and ``bottom`` then redraw one."""

    # font
    font_name: str | None = None
    font_size: int | None = None
    bold: bool = False
    italic: bool = False
    underline: bool = False
    font_color: str | None = None
    # fill
    fill: str | None = None
    # border: 1 thin, 2 medium
    border: int = 0
    border_color: str | None = None
    top: int = 0
    top_color: str | None = None
    bottom: int = 0
    # number format
    num_format: str | None = None
    # alignment
    align: str | None = None
    valign: str | None = None
    text_wrap: bool = False
    indent: int = 0
    # Every cell written looks its style up in the cache: the hash is computed once.
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash(tuple(getattr(self, f.name) for f in fields(self) if f.compare)))

    def __hash__(self) -> int:
        return self._hash

    def properties(self) -> dict[str, object]:
        """The xlsxwriter format properties of the style (only those it sets). ``border``
        comes before ``top``: xlsxwriter applies them in order, and the top side overrides."""
        props: dict[str, object] = {}
        for name in ("font_name", "font_size", "font_color", "num_format", "align", "valign"):
            value = getattr(self, name)
            if value is not None:
                props[name] = value
        for name in ("bold", "italic", "text_wrap"):
            if getattr(self, name):
                props[name] = True
        if self.underline:
            props["underline"] = 1
        if self.indent:
            props["indent"] = self.indent
        if self.border:
            props["border"] = self.border
        if self.border_color is not None:
            props["border_color"] = self.border_color
        if self.top:
            props["top"] = self.top
        if self.top_color is not None:
            props["top_color"] = self.top_color
        if self.bottom:
            props["bottom"] = self.bottom
        if self.fill is not None:
            props["bg_color"] = self.fill
        return props


def gridded(style: Style) -> Style:
    """``style`` inside the light grid of a table."""
    return replace(style, border=1, border_color=GRID_COLOR)


# ---- the report's styles -----------------------------------------------------------------------

BASE = Style(font_name="Calibri", font_size=10, valign="top")
PLAIN = BASE  # a line of text outside any table
TITLE = replace(BASE, bold=True, font_size=14)
SUBTITLE = replace(BASE, font_color="#404040")
SECTION = replace(BASE, bold=True, font_size=11, font_color=HEADER_FILL)
KEY = replace(BASE, bold=True)
MONO = replace(BASE, font_name="Consolas")
HEADER = replace(BASE, bold=True, fill=HEADER_FILL, font_color="#FFFFFF", text_wrap=True, valign="vcenter",
                 border=1, border_color="#BFBFBF")
SPAN_HEADER = replace(HEADER, align="center")  # one title over several columns
TEXT = gridded(BASE)
WRAP = replace(TEXT, text_wrap=True)
INT = replace(TEXT, num_format=INT_FORMAT)
DEC = replace(TEXT, num_format=DEC_FORMAT)
SCORE = replace(TEXT, num_format=SCORE_FORMAT)
PCT = replace(TEXT, num_format=PCT_FORMAT)
RANK = replace(TEXT, num_format=RANK_FORMAT, align="center")
GENERAL = replace(TEXT, num_format=GENERAL_FORMAT)
LINK = replace(TEXT, font_color="#1F4E78", underline=True)  # a link within the workbook


@functools.cache
def filled(style: Style, fill: str | None) -> Style:
    """``style`` with the background ``fill`` (``style`` itself for None)."""
    return style if fill is None else replace(style, fill=fill)


def whole_or_decimal(values: list[float]) -> Style:
    """``INT`` when every value is whole, else ``DEC`` (an empty column is ``DEC``)."""
    return INT if values and all(v.is_integer() for v in values) else DEC


# ---- how wide a number is shown (for the column widths) ------------------------------------------

_SHOWN = {INT_FORMAT: ",.0f", RANK_FORMAT: ",.0f", SCORE_FORMAT: ".2f", SIGNED_FORMAT: ".2f"}


def shown_number(value: float, num_format: str | None) -> str:
    """Roughly how ``value`` looks in a cell of ``num_format`` (for the column width)."""
    if num_format == PCT_FORMAT:
        return f"{value * 100:,.2f}%"
    return format(value, _SHOWN.get(num_format or "", ",.2f"))


class Styles:
    """The workbook's formats: one xlsxwriter format per distinct ``Style``, made on first use."""

    def __init__(self, workbook: Any):
        self.workbook = workbook
        self._formats: dict[Style, Any] = {}

    def format(self, style: Style) -> Any:
        fmt = self._formats.get(style)
        if fmt is None:
            fmt = self._formats[style] = self.workbook.add_format(style.properties())
        return fmt
