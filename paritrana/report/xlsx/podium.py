"""The podium: how ranks 1, 2 and 3 stand out — one rule for the rows of both reports and for
the bars of their charts.

A podium row takes its place's fill on every cell, and its name in bold (``KEY``); a bar of the
chart takes the same fill with a grey edge. (The place's words, "Juara I/II/III", belong here
too when the report shows them.)
"""

from __future__ import annotations

from dataclasses import dataclass

from paritrana.report.xlsx.style import KEY, TEXT, Style, filled

PODIUM_FILLS = {1: "#FFE699", 2: "#E7E6E6", 3: "#F8CBAD"}
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
