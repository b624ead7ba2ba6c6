"""The Riwayat/History sheet (``rank --history``): each candidate's rank and score in every
year the data allow, each year ranked against its own previous year (``sections["history"]``,
read through ``paritrana.report.rounds.history``).

A name column (and the group), then the ranks, one column per year, then the scores, one
column per year; rows in the order of the ranking shown (its candidates first, then those
ranked only in earlier years). Values, not formulas: each year as paritrana ranked it. Under the
table, one small line chart per podium candidate of the last year (ranks 1–3 of each group):
its rank per year, rank 1 at the top — beside the table when two fit there, else under it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from paritrana.core.rounds import HISTORY
from paritrana.i18n.messages import rounds as m
from paritrana.i18n.messages import xlsx as xm
from paritrana.report import rounds
from paritrana.report.xlsx.base import Context
from paritrana.report.xlsx.charts import ROW_PX
from paritrana.report.xlsx.page import column_pixels, keep_together, page_setup
from paritrana.report.xlsx.podium import PODIUM_FILLS
from paritrana.report.xlsx.style import KEY, RANK, SCORE, SPAN_HEADER, TEXT
from paritrana.report.xlsx.writer import MIN_WIDTH, PRINT_WIDTH_PX, SPAN_HEADER_PT, SheetWriter

if TYPE_CHECKING:
    from paritrana.report.rounds import History

HEADER_ROW = 5  # the years; the span header ("Peringkat", "Skor") is the row above it
CHART_WIDTH, CHART_HEIGHT = 330, 210  # pixels: three charts side by side on a landscape page
CHARTS_PER_ROW = 3
GAP_PX = 12
ROWS_PER_CHART = CHART_HEIGHT // ROW_PX + 2
DEFAULT_WIDTH = 8.43  # a column whose width is not set (Excel's default)
NAME_WIDTH = 18
LINE_COLOR = "#2E75B6"


def history_sheet_keys(result: Any) -> tuple[str, ...]:
    """The sheet the history adds (none without ``--history``); named ``sheet_history``."""
    return ("history",) if result.sections.get(HISTORY) else ()


def write_history(ctx: Context, ws: Any, workbook: Any) -> None:
    """The sheet, with its charts."""
    h = rounds.history(ctx.result)
    w = SheetWriter(ws, ctx.styles)
    w.title(ctx.say(m.HISTORY_TITLE()))
    if h is None:
        return
    last_year = h.years[-1]
    w.note(1, rounds.history_caption(h, ctx.lang))
    w.note(2, ctx.say(xm.HISTORY_NOTE(year=last_year)))
    grouped = any(g is not None for _, g, _ in h.rows)
    first = 2 if grouped else 1  # the first rank column
    ranks = {y: first + k for k, y in enumerate(h.years)}
    scores = {y: first + len(h.years) + k for k, y in enumerate(h.years)}
    w.header(HEADER_ROW, [ctx.t("name"), *([ctx.t("group")] if grouped else []), *[str(y) for y in h.years],
                          *[str(y) for y in h.years]])
    for text, cols in ((ctx.t("rank"), list(ranks.values())), (ctx.t("score"), list(scores.values()))):
        if len(cols) > 1:
            w.merge(HEADER_ROW - 1, cols[0], cols[-1], text, SPAN_HEADER)
        else:
            w.text(HEADER_ROW - 1, cols[0], text, SPAN_HEADER, measure=False)
    w.ws.set_row(HEADER_ROW - 1, SPAN_HEADER_PT / 2)
    row = HEADER_ROW + 1
    podium: list[tuple[str, int, int]] = []  # name, row, rank in the last year
    for name, group, cells in h.rows:
        last = cells.get(last_year)
        w.text(row, 0, name, KEY if last is not None and last[0] <= 3 else TEXT)
        if grouped:
            w.text(row, 1, group)
        for year in h.years:
            found = cells.get(year)
            w.number(row, ranks[year], None if found is None else found[0], RANK)
            w.number(row, scores[year], None if found is None else found[1], SCORE)
        if last is not None and last[0] <= 3:
            podium.append((name if group is None else f"{name} ({group})", row, last[0]))
        row += 1
    place = chart_place(w, len(podium), row)
    for col in place.extra:  # the charts' columns print too, and the notes wrap over them
        w.widen(col, DEFAULT_WIDTH - 2)
    w.fit_columns({0: NAME_WIDTH})
    ws.freeze_panes(HEADER_ROW + 1, 1)
    end = insert_charts(ctx, w, workbook, h, podium, place, ranks)
    page_setup(ctx, ws, None, widths=w.applied, name_columns=1 if grouped else 0, last_row=max(end, row))
    if not place.beside:
        blocks = [(first, first + ROWS_PER_CHART - 1) for first in range(place.row, end, ROWS_PER_CHART)]
        keep_together(ws, blocks, w.applied, end)


@dataclass(frozen=True)
class ChartPlace:
    """Where the charts go: from ``row`` at column ``col`` (beside the table, or under it from
    column A), ``per_row`` side by side; ``extra``: empty columns they cover (printed)."""

    row: int
    col: int
    per_row: int
    beside: bool
    extra: list[int]


def chart_place(w: SheetWriter, charts: int, below: int) -> ChartPlace:
    """Beside the table when two charts fit there on the page's width, else under it (from
    row ``below`` + 1), three a row."""
    if not charts:
        return ChartPlace(below, 0, CHARTS_PER_ROW, False, [])
    widths = {c: max(v + 2, MIN_WIDTH, NAME_WIDTH if c == 0 else 0) for c, v in w.widths.items()}
    table = sum(column_pixels(v) for v in widths.values())
    last = max(widths)
    room = (PRINT_WIDTH_PX - table - GAP_PX) // (CHART_WIDTH + GAP_PX)
    beside = room >= min(2, charts)
    per_row = min(room, CHARTS_PER_ROW) if beside else CHARTS_PER_ROW
    width = per_row * (CHART_WIDTH + GAP_PX) + GAP_PX + (table if beside else 0)
    extra, col, used = [], last + 1, table
    while used < width:
        extra.append(col)
        used += column_pixels(DEFAULT_WIDTH)
        col += 1
    return ChartPlace(HEADER_ROW - 1 if beside else below + 1, last + 1 if beside else 0, per_row, beside, extra)


def insert_charts(ctx: Context, w: SheetWriter, workbook: Any, h: History, podium: list[tuple[str, int, int]],
                  place: ChartPlace, ranks: dict[int, int]) -> int:
    """One line chart per podium candidate at ``place``; returns the row below them."""
    if not podium:
        return place.row
    cols = list(ranks.values())
    top = max((c[0] for _, _, cells in h.rows for c in cells.values()), default=3)
    for k, (name, data_row, rank) in enumerate(podium):  # the ranking's order: group by group, by rank
        chart = workbook.add_chart({"type": "line"})
        chart.add_series({
            "name": name,
            "categories": [w.ws.name, HEADER_ROW, cols[0], HEADER_ROW, cols[-1]],
            "values": [w.ws.name, data_row, cols[0], data_row, cols[-1]],
            "line": {"color": LINE_COLOR, "width": 2},
            "marker": {"type": "circle", "size": 7, "fill": {"color": PODIUM_FILLS.get(rank, LINE_COLOR)},
                       "border": {"color": "#7F7F7F"}},
            "data_labels": {"value": True, "position": "right", "font": {"size": 8}},
        })
        chart.set_title({"name": ctx.say(xm.HISTORY_CHART_TITLE(name=name)), "name_font": {"size": 9, "bold": True}})
        chart.set_legend({"none": True})
        # rank 1 at the top; the years' axis crosses at the largest rank: at the bottom
        chart.set_y_axis({"reverse": True, "min": 1, "max": max(top, 3), "major_unit": max(1, -(-top // 6)),
                          "crossing": "max",
                          "num_font": {"size": 8}, "name": ctx.t("rank"), "name_font": {"size": 8, "bold": False},
                          "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}}})
        chart.set_x_axis({"num_font": {"size": 8}})
        chart.set_size({"width": CHART_WIDTH, "height": CHART_HEIGHT})
        across, down = k % place.per_row, k // place.per_row
        w.ws.insert_chart(place.row + down * ROWS_PER_CHART, place.col, chart,
                          {"x_offset": across * (CHART_WIDTH + GAP_PX) + GAP_PX, "y_offset": 4, "object_position": 3})
    return place.row + (-(-len(podium) // place.per_row)) * ROWS_PER_CHART
