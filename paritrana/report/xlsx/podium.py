"""The podium: how ranks 1, 2 and 3 stand out — one rule for the rows of both reports and for
the bars of their charts.

A podium row takes its place's fill on every cell, and its name in bold (``KEY``); a bar of the
chart takes the same fill with a grey edge; the Note column says "Juara I/II/III". The fills
differ in greyscale too (a printout in black and white): luminance about 189, 210 and 233 of
255. In the formula report the fills are conditional formats on the rank cell, so they follow
a rank that a changed weight moves; the large report (values) writes them into the cells.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from paritrana.i18n.messages import audit as am
from paritrana.report.xlsx.refs import cell, col_letter
from paritrana.report.xlsx.style import KEY, TEXT, Style, filled

if TYPE_CHECKING:
    from paritrana.report.xlsx.base import Context

PODIUM_FILLS = {1: "#FFC000", 2: "#D2D2D2", 3: "#FCE4D6"}  # gold, silver, bronze: luminance 189, 210, 233
BAR_COLOR = "#2E75B6"  # a bar below the podium
PODIUM_EDGE = "#7F7F7F"


def place(rank: int) -> int | None:
    """The podium place of ``rank`` (1, 2 or 3), else None."""
    return rank if rank in PODIUM_FILLS else None


@dataclass(frozen=True)
class RowLook:
    """How the cells of one ranked row look: the fill of its podium place, if any."""

    fill: str | None = None

    def __call__(self, style: Style) -> Style:
        return filled(style, self.fill)

    def name(self) -> Style:
        """The name cell: bold on the podium."""
        return filled(KEY if self.fill is not None else TEXT, self.fill)


def row_look(rank: int) -> RowLook:
    return RowLook(PODIUM_FILLS.get(rank))


def podium_styles(style: Style, lead: Style | None = None) -> dict[int, Style]:
    """Place → the style of a podium cell of a column whose other cells are ``style``;
    ``lead`` (the name column's ``KEY``) replaces ``style`` on the podium."""
    return {p: filled(lead or style, fill) for p, fill in PODIUM_FILLS.items()}


def bar_points(ranks: list[int]) -> list[dict[str, dict[str, str]]]:
    """The chart's point formats of bars for ``ranks``: the podium in its colours."""
    return [{"fill": {"color": PODIUM_FILLS.get(r, BAR_COLOR)},
             "border": {"color": PODIUM_EDGE if r in PODIUM_FILLS else BAR_COLOR}} for r in ranks]


def place_words(ctx: Context) -> list[str]:
    """"Juara I", "Juara II", "Juara III" in the report's language."""
    return [ctx.say(text()) for text in (am.PLACE_1, am.PLACE_2, am.PLACE_3)]


def luminance(color: str) -> float:
    """The grey a colour "#RRGGBB" prints as (ITU-R BT.601 weights), 0–255."""
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return 0.299 * r + 0.587 * g + 0.114 * b


def add_podium_formats(ctx: Context, ws: Any, rows: tuple[int, int], rank_col: int, name_col: int,
                       last_col: int) -> None:
    """The podium as conditional formats over rows ``rows`` (first, last; 0-based): a row whose
    rank cell is 1, 2 or 3 takes that place's fill, its name cell also bold."""
    first, last = rows
    rank = f"${col_letter(rank_col)}{first + 1}"  # the column fixed, the row relative: each row its own rank
    workbook = ctx.styles.workbook
    names = f"{cell(first, name_col)}:{cell(last, name_col)}"
    others = " ".join(f"{cell(first, a)}:{cell(last, b)}" for a, b in ((0, name_col - 1), (name_col + 1, last_col))
                      if a <= b)
    for place, fill in PODIUM_FILLS.items():
        criteria = f"={rank}={place}"
        bold = workbook.add_format({"bg_color": fill, "bold": True})
        plain = workbook.add_format({"bg_color": fill})
        ws.conditional_format(first, name_col, last, name_col,
                              {"type": "formula", "criteria": criteria, "format": bold, "multi_range": names})
        if others:
            ws.conditional_format(first, 0, last, last_col,
                                  {"type": "formula", "criteria": criteria, "format": plain, "multi_range": others})
