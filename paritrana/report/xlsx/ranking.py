"""The formula report's Peringkat/Ranking sheet: one row per ranked candidate, group by group,
as published; every number on it is a live formula over the Breakdown and Criteria sheets —
the aspect scores, contributions and score, and the rank, the tie and the podium's words
(``ranks.py``), and for staged criteria the desk rank, the shortlist and the final score
(``panel.py``). The podium's fills are conditional formats on the rank, so a jury member who
tries another weight on the Criteria sheet sees the ranks, the podium and the final stage
follow; a line under the title says when the weights differ from those published. The notes
under the table; a bar chart of the scores of each group below them, on the first page when
it fits."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from paritrana.core.criteria import Aggregation
from paritrana.i18n.messages import audit as am
from paritrana.report.xlsx.base import Context
from paritrana.report.xlsx.charts import CHART_CHROME_PX, ROW_PX, ScoreSeries, chart_height, rows_below, score_chart
from paritrana.report.xlsx.page import PRINT_WIDTH_PX, column_pixels, fits_page_width, page_setup
from paritrana.report.xlsx.panel import StageRow, write_stage_cells, write_stage_note
from paritrana.report.xlsx.podium import add_podium_formats, place_words
from paritrana.report.xlsx.ranking_layout import (
    HEADER_ROW,
    RankingColumns,
    ranking_columns,
    ranking_heading,
    span_header,
)
from paritrana.report.xlsx.ranks import RankCells, note_formula, rank_formula, tie_formula
from paritrana.report.xlsx.refs import cell, cell_range
from paritrana.report.xlsx.rounds_columns import movement_formats, round_notes, write_round_cells
from paritrana.report.xlsx.style import KEY, RANK, SCORE, SUBTITLE, TEXT
from paritrana.report.xlsx.writer import SheetWriter

if TYPE_CHECKING:
    from paritrana.core.ranked import CandidateResult

CHART_MAX_PX = 1400
MIN_BAR_PX = 14  # the thinnest bar a chart squeezed onto the first page may have
PRINT_HEIGHT_PX = 660  # landscape A4 within 0.7" margins: 6.87" at 96 pixels per inch
FIRST_PAGE_SLACK_ROWS = 4  # the taller title and header rows, the page header
CHART_GAP_PX = 2 * ROW_PX  # the rows a chart leaves below it (``rows_below``), on its page too
CHART_BESIDE_PX = 440  # a chart beside the table (one group, when the page is wide enough)
Span = tuple[str | None, int, int]  # group, first and last row of its candidates
WARNING = replace(SUBTITLE, font_color="#C00000", bold=True)


def write_ranking(ctx: Context, ws: Any, workbook: Any) -> None:
    """The sheet (the Criteria and Breakdown sheets are written first: their cells are referenced)."""
    cols = ranking_columns(ctx)
    w = SheetWriter(ws, ctx.styles)
    ranking_heading(ctx, w)
    changed_banner(ctx, w, HEADER_ROW - 1, cols)
    w.header(HEADER_ROW, cols.titles)
    span_header(ctx, w, HEADER_ROW - 1, cols)
    spans, row = candidate_rows(ctx, w, cols)
    table_end = row
    if spans:
        ws.autofilter(HEADER_ROW, 0, row - 1, cols.note)
        add_podium_formats(ctx, ws, (HEADER_ROW + 1, row - 1), cols.rank, cols.name, cols.note)
        if "movement" in cols.rounds:
            movement_formats(ctx, ws, (HEADER_ROW + 1, row - 1), cols.rounds["movement"])
    else:
        row = w.note(row, ctx.t("no_results"), TEXT)
    w.widen(cols.rank, 5)
    w.widths[cols.note] = max(w.widths.get(cols.note, 0), 16)
    w.fit_columns({cols.name: 18, cols.score: 8})
    widths = dict(w.applied)
    beside = len(spans) == 1 and fits_page_width({**widths, cols.note + 1: CHART_BESIDE_PX / 7})
    if beside:
        # One group and room beside the table: the chart prints on the first page with it.
        group, first, last = spans[0]
        widths[cols.note + 1] = CHART_BESIDE_PX / 7
        # Whole on the first page; beside the header row, or below it when the header repeats
        # on the table's next pages (a spreadsheet repeats what overlaps it too).
        top_row = HEADER_ROW - 1 if first_page_room(widths, table_end) >= 0 else HEADER_ROW + 1
        bars, height = chart_plan(last - first + 1, first_page_room(widths, top_row))
        bottom = insert_chart(ctx, w, workbook, group, (first, first + bars - 1), top_row, cols, beside=True,
                              height=height)
        ws.set_column(cols.note + 1, cols.note + 1, CHART_BESIDE_PX / 7)  # the chart's column, printed
        row = max(row, bottom)
    row = ranking_notes(ctx, w, row + 1, cols) + 1
    w.wrap_notes()
    if not beside:
        row = charts_below(ctx, w, workbook, spans, row, cols, widths)
    ws.freeze_panes(HEADER_ROW + 1, cols.name + 1)
    # The header row repeats only over a table that continues on another page (not over a chart).
    one_page = table_end <= HEADER_ROW + 1 or first_page_room(widths, table_end) >= 0
    page_setup(ctx, ws, None if one_page else HEADER_ROW, widths=widths, name_columns=cols.name, last_row=row)


def changed_banner(ctx: Context, w: SheetWriter, row: int, cols: RankingColumns) -> None:
    """Above the table, left of the span header: empty while the weights are those published,
    a red warning once one is changed (the Audit sheet's flag)."""
    flag = ctx.changed_flag
    if flag is None:
        return
    text = ctx.say(am.WEIGHTS_CHANGED_BANNER(sheet=ctx.sheet_name("audit"))).replace('"', '""')
    changed = ctx.say(am.WEIGHTS_CHANGED()).replace('"', '""')
    w.ws.write_formula(row, 0, f'=IF({flag}="{changed}","{text}","")', w.styles.format(WARNING), "")


@dataclass(frozen=True)
class GroupCells:
    """One group's rows on the sheet (its ranks are computed over them)."""

    group: str | None
    first: int
    last: int


def candidate_rows(ctx: Context, w: SheetWriter, cols: RankingColumns) -> tuple[list[Span], int]:
    """Every ranked candidate's row, group by group; returns each group's rows and the next row."""
    result = ctx.result
    row = HEADER_ROW + 1
    spans: list[Span] = []
    for group in result.groups:
        members = result.in_group(group)
        span = GroupCells(group, row, row + len(members) - 1)
        for r in members:
            candidate_row(ctx, w, cols, r, row, span)
            row += 1
        spans.append((group, span.first, span.last))
    return spans, row


def rank_cells(ctx: Context, r: CandidateResult, row: int, col: int, span: GroupCells) -> RankCells:
    """What the rank of ``r`` (score in column ``col``) is computed over: its group's scores
    and its tiebreak indicators' normalised values."""
    tiebreak = [(ctx.normalized[(r.id, iid)], ctx.normalized_block[(span.group, iid)])
                for iid in ctx.result.criteria.tiebreak]
    return RankCells(cell(row, col), cell_range(span.first, span.last, col), tiebreak)


def candidate_row(ctx: Context, w: SheetWriter, cols: RankingColumns, r: CandidateResult, row: int,
                  span: GroupCells) -> None:
    arithmetic = ctx.result.criteria.aggregation is Aggregation.ARITHMETIC
    w.text(row, cols.name, r.id, TEXT)
    if cols.group is not None:
        w.text(row, cols.group, r.group, TEXT)
    write_round_cells(ctx, w, row, r, cols.rounds, {"rank": cell(row, cols.rank), "score": cell(row, cols.score)})
    for aid, col in cols.aspects.items():
        w.formula(row, col, f"={aspect_formula(ctx, r, aid, arithmetic)}", r.aspects.get(aid), SCORE)
    for iid, col in cols.indicators.items():
        ref = ctx.contribution[(r.id, iid)] if arithmetic else ctx.normalized[(r.id, iid)]
        value = r.indicators[iid].contribution if arithmetic else r.indicators[iid].normalized
        w.formula(row, col, f"={ref}", value, SCORE)
    desk = score_formula(ctx, r, row, cols.aspects, arithmetic)
    if ctx.result.stages is None:
        cells = rank_cells(ctx, r, row, cols.score, span)
        w.formula(row, cols.score, f"={desk}", r.score, SCORE)
        w.formula(row, cols.rank, f"={rank_formula(cells)}", r.rank, RANK)
        write_note(ctx, w, row, cols, r, tie_formula(cells))
        return
    stage = StageRow(row, cols.stage, cols.score, cols.rank,
                     rank_cells(ctx, r, row, cols.stage, span), span.first, span.last)
    tie, extra = write_stage_cells(ctx, w, r, stage, desk)
    write_note(ctx, w, row, cols, r, tie, extra)


def write_note(ctx: Context, w: SheetWriter, row: int, cols: RankingColumns, r: CandidateResult, tie: str,
               extra: tuple[str, str] = ("", "")) -> None:
    """The Note: "Juara I/II/III", "seri" and (staged) a finalist without jury scores."""
    places = place_words(ctx)
    rank = cell(row, cols.rank)
    formula = note_formula(rank, places, tie, ctx.say(am.TIE()), extra[0])
    words = [places[r.rank - 1]] if r.rank <= 3 else []
    words += [ctx.say(am.TIE())] if r.tie else []
    w.ws.write_formula(row, cols.note, f"={formula}", w.styles.format(TEXT), "; ".join(words) + extra[1])


def aspect_formula(ctx: Context, r: CandidateResult, aid: str, arithmetic: bool) -> str:
    """Σ weight × normalised over the aspect's indicators (Π normalised ^ weight, geometric)."""
    members = list(ctx.result.criteria.tree[aid].indicators)
    if arithmetic:
        return "+".join(f"{ctx.local_weight[i]}*{ctx.normalized[(r.id, i)]}" for i in members)
    return "*".join(f"{ctx.normalized[(r.id, i)]}^{ctx.local_weight[i]}" for i in members)


def score_formula(ctx: Context, r: CandidateResult, row: int, col_aspect: dict[str, int], arithmetic: bool) -> str:
    """The desk score: Σ contributions, or the weighted geometric mean of the aspect cells."""
    criteria = ctx.result.criteria
    if arithmetic:
        return "+".join(ctx.contribution[(r.id, i)] for i in criteria.all_indicators)
    if criteria.flat or not col_aspect:  # one aspect (no aspect columns): its score is the score
        return "*".join(f"{ctx.normalized[(r.id, i)]}^{ctx.local_weight[i]}" for i in criteria.all_indicators)
    return "*".join(f"{cell(row, col)}^{ctx.aspect_share[aid]}" for aid, col in col_aspect.items())


def ranking_notes(ctx: Context, w: SheetWriter, row: int, cols: RankingColumns) -> int:
    """What-if, ties, how the score is made, the stages and the ineligible candidates; returns
    the next row."""
    result, t = ctx.result, ctx.t
    row = w.note(row, ctx.say(am.WHAT_IF(sheet=ctx.sheet_name("criteria"))), KEY)
    if any(r.tie for r in result.results):
        row = w.note(row, t("ties_note"))
    arithmetic = result.criteria.aggregation is Aggregation.ARITHMETIC
    note = am.RANKING_NOTE_STAGED if result.stages is not None and arithmetic else (
        am.RANKING_NOTE if arithmetic else am.RANKING_NOTE_GEOMETRIC)
    row = w.note(row, ctx.say(note(sheet=ctx.sheet_name("breakdown"), data=ctx.sheet_name("data"))))
    row = write_stage_note(ctx, w, row)
    row = w.notes(row, round_notes(ctx))
    if result.ineligible:
        names = ", ".join(i.id for i in result.ineligible)
        see = t("xlsx_see_sheet").format(sheet=ctx.sheet_name("ineligible"))
        row = w.note(row, f"{t('ineligible')}: {names} ({see})")
    return row


def first_page_room(widths: dict[int, float], row: int) -> int:
    """Pixels left on the first page below ``row``."""
    return page_height(widths) - (row + FIRST_PAGE_SLACK_ROWS) * ROW_PX


def page_height(widths: dict[int, float]) -> int:
    """Pixels of the sheet a printed page holds (the sheet is shrunk to the page width: the
    wider its columns, the more rows fit on a page)."""
    table = sum(column_pixels(w) for w in widths.values())
    scale = min(1.0, PRINT_WIDTH_PX / table) if table else 1.0
    return int(PRINT_HEIGHT_PX / scale)


def charts_below(ctx: Context, w: SheetWriter, workbook: Any, spans: list[Span], row: int, cols: RankingColumns,
                 widths: dict[int, float]) -> int:
    """Each group's chart under the notes from ``row``: on the first page when one chart fits
    there, else from a page of their own, each chart whole on one page (a page break before
    one that would straddle two). A group with more candidates than bars fit on a page at
    ``MIN_BAR_PX`` is charted by its top ones, and the title says how many."""
    room = first_page_room(widths, row)
    if len(spans) == 1 and room >= chart_height(spans[0][2] - spans[0][1] + 1, MIN_BAR_PX):
        group, first, last = spans[0]
        return insert_chart(ctx, w, workbook, group, (first, last), row, cols, height=room)
    page = page_height(widths)
    breaks, used = [], page  # the first chart starts a page
    for group, first, last in spans:
        bars, height = chart_plan(last - first + 1, page)
        if used + height > page:
            breaks.append(row)
            used = 0
        below = insert_chart(ctx, w, workbook, group, (first, first + bars - 1), row, cols, height=height)
        used += (below - row) * ROW_PX
        row = below
    if breaks:
        w.ws.set_h_pagebreaks(breaks)
    return row


def chart_plan(bars: int, page: int) -> tuple[int, int]:
    """How many of ``bars`` bars a chart with ``page`` pixels of a page shows — all, or the top
    ones in a round number, at least ``MIN_BAR_PX`` each — and the chart's height."""
    fit = (page - CHART_GAP_PX - CHART_CHROME_PX) // MIN_BAR_PX
    shown = bars if bars <= fit else max(fit // 5 * 5, 1)
    return shown, min(chart_height(shown), page - CHART_GAP_PX)


def insert_chart(ctx: Context, w: SheetWriter, workbook: Any, group: str | None, rows: tuple[int, int], row: int,
                 cols: RankingColumns, beside: bool = False, height: int | None = None) -> int:
    """A horizontal bar chart of the scores on ``rows`` (one group's, or its first ones: the
    title then says how many) at ``row`` (``beside``: right of the table, else under it, at
    most ``height`` pixels high); returns the row below it."""
    first, last = rows
    everyone = ctx.result.in_group(group)
    members = everyone[: last - first + 1]
    series = ScoreSeries(w.ws.name, first, last, cols.name, cols.score, [r.rank for r in members])
    top = f" — {ctx.text('chart_top', n=len(members))}" if len(members) < len(everyone) else ""
    title = ctx.t("score") + top + (f" — {group}" if group is not None else "")
    chart = score_chart(workbook, series, ctx.t("score"), title, [r.score for r in members])
    height = min(chart_height(last - first + 1), CHART_MAX_PX, height or CHART_MAX_PX)
    if beside:
        chart.set_size({"width": CHART_BESIDE_PX, "height": height})
        w.ws.insert_chart(row, cols.note + 1, chart, {"x_offset": 12, "y_offset": 4, "object_position": 3})
        return row + rows_below(height)
    width = int(sum(min(max(w.widths.get(c, 8) + 2, 8), 60) for c in range(cols.note + 1)) * 7)
    chart.set_size({"width": min(max(width, 480), 1000), "height": height})
    w.ws.insert_chart(row, 0, chart, {"x_offset": 2, "y_offset": 4, "object_position": 1})
    return row + rows_below(height)
