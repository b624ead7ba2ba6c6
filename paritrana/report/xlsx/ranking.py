"""The formula report's Peringkat/Ranking sheet: one row per ranked candidate, group by group,
whose aspect scores, contributions and score are live formulas over the Breakdown and Criteria
sheets; the notes under the table; a bar chart of the scores of each group below them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from paritrana.core.criteria import Aggregation
from paritrana.report.xlsx.base import Context
from paritrana.report.xlsx.charts import ScoreSeries, chart_height, rows_below, score_chart
from paritrana.report.xlsx.page import page_setup
from paritrana.report.xlsx.panel import write_stage_cells, write_stage_note
from paritrana.report.xlsx.podium import row_look
from paritrana.report.xlsx.ranking_layout import RankingColumns, ranking_columns, ranking_heading, span_header
from paritrana.report.xlsx.refs import cell
from paritrana.report.xlsx.style import RANK, SCORE, TEXT
from paritrana.report.xlsx.writer import SheetWriter

if TYPE_CHECKING:
    from paritrana.core.ranked import CandidateResult

HEADER_ROW = 5
CHART_MAX_PX = 1400
Span = tuple[str | None, int, int]  # group, first and last row of its candidates


def write_ranking(ctx: Context, ws: Any, workbook: Any) -> None:
    """The sheet (the Criteria and Breakdown sheets are written first: their cells are referenced)."""
    cols = ranking_columns(ctx)
    w = SheetWriter(ws, ctx.styles)
    ranking_heading(ctx, w)
    w.header(HEADER_ROW, cols.titles)
    span_header(ctx, w, HEADER_ROW - 1, cols)
    spans, row = candidate_rows(ctx, w, cols)
    if spans:
        ws.autofilter(HEADER_ROW, 0, row - 1, cols.note)
    else:
        row = w.note(row, ctx.t("no_results"), TEXT)
    row = ranking_notes(ctx, w, row + 1, cols)
    row += 1
    if spans:
        ws.set_h_pagebreaks([row])  # the charts start on a page of their own
    for group, first, last in spans:
        row = insert_chart(ctx, w, workbook, group, (first, last), row, cols)
    w.widen(cols.rank, 5)
    w.fit_columns({cols.name: 18, cols.score: 8})
    ws.freeze_panes(HEADER_ROW + 1, cols.name + 1)
    page_setup(ctx, ws, HEADER_ROW)


def candidate_rows(ctx: Context, w: SheetWriter, cols: RankingColumns) -> tuple[list[Span], int]:
    """Every ranked candidate's row, group by group; returns each group's rows and the next row."""
    result = ctx.result
    row = HEADER_ROW + 1
    spans: list[Span] = []
    for group in result.groups:
        first = row
        for r in result.in_group(group):
            candidate_row(ctx, w, cols, r, row)
            row += 1
        spans.append((group, first, row - 1))
    return spans, row


def candidate_row(ctx: Context, w: SheetWriter, cols: RankingColumns, r: CandidateResult, row: int) -> None:
    arithmetic = ctx.result.criteria.aggregation is Aggregation.ARITHMETIC
    look = row_look(r.rank)
    w.number(row, cols.rank, r.rank, look(RANK))
    w.text(row, cols.name, r.id, look.name())
    if cols.group is not None:
        w.text(row, cols.group, r.group, look(TEXT))
    for aid, col in cols.aspects.items():
        w.formula(row, col, f"={aspect_formula(ctx, r, aid, arithmetic)}", r.aspects.get(aid), look(SCORE))
    for iid, col in cols.indicators.items():
        ref = ctx.contribution[(r.id, iid)] if arithmetic else ctx.normalized[(r.id, iid)]
        value = r.indicators[iid].contribution if arithmetic else r.indicators[iid].normalized
        w.formula(row, col, f"={ref}", value, look(SCORE))
    score = write_stage_cells(ctx, w, r, row, cols.stage, score_formula(ctx, r, row, cols.aspects, arithmetic), look)
    w.formula(row, cols.score, f"={score}", r.score, look(SCORE))
    w.text(row, cols.note, ctx.t("xlsx_tie_flag") if r.tie else "", look(TEXT), measure=False)


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
    if criteria.flat:
        return "*".join(f"{ctx.normalized[(r.id, i)]}^{ctx.local_weight[i]}" for i in criteria.all_indicators)
    return "*".join(f"{cell(row, col)}^{ctx.aspect_share[aid]}" for aid, col in col_aspect.items())


def ranking_notes(ctx: Context, w: SheetWriter, row: int, cols: RankingColumns) -> int:
    """Ties, how the score is made, the stages and the ineligible candidates; returns the next row."""
    result, t = ctx.result, ctx.t
    if any(r.tie for r in result.results):
        w.widen(cols.note, len(t("xlsx_tie_flag")))
        row = w.note(row, t("ties_note"))
    arithmetic = result.criteria.aggregation is Aggregation.ARITHMETIC
    row = w.note(row, t("xlsx_ranking_note" if arithmetic else "xlsx_ranking_note_geometric"))
    row = write_stage_note(ctx, w, row)
    if result.ineligible:
        names = ", ".join(i.id for i in result.ineligible)
        see = t("xlsx_see_sheet").format(sheet=ctx.sheet_name("ineligible"))
        row = w.note(row, f"{t('ineligible')}: {names} ({see})")
    return row


def insert_chart(ctx: Context, w: SheetWriter, workbook: Any, group: str | None, rows: tuple[int, int], row: int,
                 cols: RankingColumns) -> int:
    """A horizontal bar chart of one group's scores at ``row``; returns the row below it."""
    first, last = rows
    ranks = [r.rank for r in ctx.result.in_group(group)]
    series = ScoreSeries(w.ws.name, first, last, cols.name, cols.score, ranks)
    title = ctx.t("score") + (f" — {group}" if group is not None else "")
    chart = score_chart(workbook, series, ctx.t("score"), title)
    height = min(chart_height(last - first + 1), CHART_MAX_PX)
    width = int(sum(min(max(w.widths.get(c, 8) + 2, 8), 60) for c in range(cols.note + 1)) * 7)
    chart.set_size({"width": max(width, 480), "height": height})
    w.ws.insert_chart(row, 0, chart, {"x_offset": 2, "y_offset": 4, "object_position": 1})
    return row + rows_below(height)
