"""The Excel report of a large pool: a national round ranks some 725,000 employers.

The report of a province (dozens to thousands of candidates) is all live formulas, one
Breakdown row per candidate and indicator. At national scale that sheet would need millions
of rows (Excel stops at 1,048,576) and the formulas minutes to write, so above
``LARGE_REPORT_CANDIDATES`` the report holds the numbers paritrana computed, as values, and
says so on the sheets and on the Audit sheet:

* Peringkat/Ranking — rank, name, group, score, aspect scores, each indicator's contribution
  (normalised value with geometric aggregation), the stage columns, the tie flag; the podium
  in its colours; a bar chart of the top ``CHART_TOP`` of each group beside the table.
* Rincian/Breakdown — one row per candidate: raw and normalised value of every indicator
  (and the filled-in values noted); the scales of each group are on the Criteria sheet.
* Data — the input rows, one sheet per file and year.
* Kriteria/Criteria — as in the small report, plus the normalisation scales of each group.
* Tidak memenuhi syarat/Ineligible, Audit — as in the small report (warnings listed up to
  ``audit_sheet.MAX_LISTED_WARNINGS``).

A table longer than a sheet continues on "Rincian (2)", "Rincian (3)", … with the same titles
and header; no sheet passes Excel's limits (rows, columns, characters per cell). The tables are
built in ``large_tables.py`` and written by ``tables.py``, their bodies by ``bulk.py``
(worksheet XML spliced into xlsxwriter's file); everything around them is written by
xlsxwriter with the small report's sheet model (styles, headings, notes, podium, page setup).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from paritrana.core.criteria import Aggregation
from paritrana.i18n import fmt_number, localized
from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import audit as am
from paritrana.report.xlsx import bulk as xlsx_bulk
from paritrana.report.xlsx.audit_sheet import write_audit
from paritrana.report.xlsx.base import Context, close_workbook, new_workbook, report_worksheet_class
from paritrana.report.xlsx.bulk import Values
from paritrana.report.xlsx.charts import ScoreSeries, chart_height, rows_below, score_chart
from paritrana.report.xlsx.criteria_sheet import write_criteria
from paritrana.report.xlsx.history import history_sheet_keys, write_history
from paritrana.report.xlsx.large_tables import (
    breakdown_table,
    data_tables,
    ineligible_table,
    ranking_table,
    report_order,
)
from paritrana.report.xlsx.panel import desk_view, panel_sheet_keys, write_panel_sheets, write_stage_note
from paritrana.report.xlsx.ranking_layout import ranking_columns, ranking_heading, span_header
from paritrana.report.xlsx.rounds_columns import round_notes
from paritrana.report.xlsx.sensitivity import write_sensitivity_sheet
from paritrana.report.xlsx.sheets import data_heading, ineligible_heading, write_ineligible
from paritrana.report.xlsx.style import SPAN_HEADER, Styles
from paritrana.report.xlsx.tables import PRINT_ROWS, Table, Top, part_names, write_table
from paritrana.report.xlsx.writer import SPAN_HEADER_PT, SheetWriter

if TYPE_CHECKING:
    from pathlib import Path

    from paritrana.core.run import RankingRun
    from paritrana.report.audit import AuditRecord
    from paritrana.sensitivity.model import SensitivityResult

# Above this many candidates (eligible + ineligible) the report holds values instead of
# formulas. At 20,000 candidates the formula report takes about 20 s and 0.8 GB and its
# Breakdown 100,000 rows (5 indicators) — still a file a spreadsheet opens and recalculates
# comfortably; provincial and kabupaten rounds are far below it, national employer rounds
# far above it.
LARGE_REPORT_CANDIDATES = 20_000
CHART_TOP = 50  # bars in a chart: a chart of 725,000 bars shows nothing
CHART_WIDTH_PX = 560
CHART_COLUMNS = 2 + -(-CHART_WIDTH_PX // 64)  # the gap and the columns the chart covers (64 px each), printed
BREAKDOWN_HEADER, DATA_HEADER, INELIGIBLE_HEADER = 5, 3, 3


def pool_size(result: RankingRun) -> int:
    return len(result.results) + len(result.ineligible)


def is_large(result: RankingRun) -> bool:
    """Whether ``result`` gets the large report: more than LARGE_REPORT_CANDIDATES candidates,
    or a formula report that would not fit Excel's sheets (its Breakdown has a row per
    candidate and indicator, its Data sheet a row per input row)."""
    if pool_size(result) > LARGE_REPORT_CANDIDATES:
        return True
    limit = xlsx_bulk.EXCEL_MAX_ROWS - 5  # title rows and header
    breakdown = len(result.results) * len(result.criteria.all_indicators)
    period = result.period
    data = 0 if period is None else len(period.dataset.frame) + (
        len(period.baseline.frame) if period.baseline is not None else 0)
    return breakdown > limit or data > limit or len(result.ineligible) > limit


def values_note(ctx: Context, key: str = "values_breakdown") -> str:
    """"With 62 candidates the breakdown holds values; formulas are written for pools up to …"."""
    return ctx.text(key, n=fmt_number(pool_size(ctx.result), 0, ctx.lang),
                    limit=fmt_number(LARGE_REPORT_CANDIDATES, 0, ctx.lang))


# ---- Peringkat / Ranking ---------------------------------------------------------------------------

def ranking_notes(ctx: Context) -> list[str]:
    result = ctx.result
    arithmetic = result.criteria.aggregation is Aggregation.ARITHMETIC
    notes = [values_note(ctx, "values_ranking"),
             ctx.text("ranking_note" if arithmetic else "ranking_note_geometric", sheet=ctx.sheet_name("breakdown"))]
    notes += round_notes(ctx)
    if result.has_ties:
        notes.append(ctx.t("ties_note"))
    if result.ineligible:
        notes.append(ctx.text("ineligible_count", n=fmt_number(len(result.ineligible), 0, ctx.lang),
                              sheet=ctx.sheet_name("ineligible")))
    if result.results:
        notes.append(ctx.text("chart_note", top=CHART_TOP))
    notes.append(ctx.say(am.PRINT_TOP(n=PRINT_ROWS)))
    return notes


def ranking_header(ctx: Context) -> int:
    stage_note = 1 if ctx.result.stages is not None else 0
    return 4 + len(ranking_notes(ctx)) + stage_note + 2  # a blank row, then the spanning header


def write_ranking_top(ctx: Context, w: SheetWriter, part: int, parts: int) -> None:
    row = ranking_heading(ctx, w, part, parts)
    row = w.notes(row, ranking_notes(ctx))
    write_stage_note(ctx, w, row)
    span_header(ctx, w, ranking_header(ctx) - 1, ranking_columns(ctx))


def insert_charts(ctx: Context, workbook: Any, sheets: list[Any], table: Table, header: int) -> None:
    """A bar chart of each group's top CHART_TOP scores, beside the table of the sheet where
    the group starts (a group's top rows never straddle two sheets: the chart stops there)."""
    c = ctx.result.results.columns
    cap = table.capacity(header)
    cols = ranking_columns(ctx)
    next_row: dict[int, int] = {}
    first_of: dict[Any, int] = {}
    size: dict[Any, int] = {}
    for k, g in enumerate(table.take(c.groups, 0, len(c))):
        first_of.setdefault(g, k)
        size[g] = size.get(g, 0) + 1
    for group, first in first_of.items():
        part, offset = divmod(first, cap)
        n = min(CHART_TOP, size[group], cap - offset)
        ws = sheets[part]
        ranks, names, scores = (python_values(table.take(v, first, first + n)) for v in (c.ranks, c.names, c.scores))
        series = ScoreSeries(ws.name, header + 1 + offset, header + offset + n, cols.name, cols.score, ranks,
                             names=names, scores=scores)  # names and scores cached: the cells are spliced
        title = f"{ctx.t('score')} — {ctx.text('chart_top', n=n)}" + (f" — {group}" if group is not None else "")
        chart = score_chart(workbook, series, ctx.t("score"), title)  # axis 0–100 for scores within it
        height = chart_height(n)
        chart.set_size({"width": CHART_WIDTH_PX, "height": height})
        row = next_row.get(part, header)
        # Fixed in place: filtering the table hides rows, which would squeeze a chart sized with cells.
        ws.insert_chart(row, len(table.cells) + 1, chart, {"x_offset": 8, "object_position": 3})
        next_row[part] = row + rows_below(height)


def python_values(values: Values) -> list[Any]:
    """``values`` as a list of Python values (a numpy array's non-finite floats as None)."""
    import numpy as np

    return values if isinstance(values, list) else xlsx_bulk.plain_list(np.asarray(values))


# ---- the other sheets' top rows ------------------------------------------------------------------

def write_breakdown_top(ctx: Context, w: SheetWriter, part: int, parts: int) -> None:
    """Title, notes and each indicator's name over its pair of columns (raw, normalised)."""
    result, criteria = ctx.result, ctx.result.criteria
    w.title(ctx.part_title(f"{ctx.t('sheet_breakdown')}: {localized(result.title, ctx.lang)}", part, parts))
    w.note(1, values_note(ctx))
    w.note(2, ctx.text("breakdown_note", sheet=ctx.sheet_name("criteria")))
    first = 3 if criteria.group_by else 2
    for n, iid in enumerate(criteria.all_indicators):
        w.merge(BREAKDOWN_HEADER - 1, first + 2 * n, first + 2 * n + 1, criteria.label(iid, ctx.lang), SPAN_HEADER)
    w.ws.set_row(BREAKDOWN_HEADER - 1, SPAN_HEADER_PT)


def data_top(ctx: Context, year: int | None) -> Top:
    def top(w: SheetWriter, part: int, parts: int) -> None:
        data_heading(ctx, w, part, parts)
        if year is not None:
            w.note(2, ctx.text("data_year", year=year))
    return top


def bound(ctx: Context, top: Callable[[Context, SheetWriter, int, int], None]) -> Top:
    return lambda w, part, parts: top(ctx, w, part, parts)


# ---- the workbook --------------------------------------------------------------------------------

class SheetAdder:
    """Adds worksheets with names unique in the workbook (Excel ignores case)."""

    def __init__(self, workbook: Any):
        self.workbook = workbook
        self.used: set[str] = set()
        self.sheet_class = report_worksheet_class()

    def __call__(self, names: list[str]) -> list[Any]:
        added = []
        for name in names:
            unique, n = name, 2
            while unique.lower() in self.used:
                unique, n = f"{name} ({n})", n + 1
            self.used.add(unique.lower())
            added.append(self.workbook.add_worksheet(unique, self.sheet_class))
        return added


def build_large_workbook(result: RankingRun, target: Path, *, lang: Lang, command: list[str], created: datetime,
                         sensitivity: SensitivityResult | None = None, record: AuditRecord | None = None) -> None:
    """The large report (see the module doc), saved to ``target``."""
    import io

    buffer = io.BytesIO()
    workbook = new_workbook(buffer)
    ctx = Context(desk_view(result), lang, Styles(workbook), created, command, large=True, record=record)
    ctx.mode_note = values_note(ctx)
    order = report_order(ctx.result.results.columns)
    rank_table, rank_header = ranking_table(ctx, order), ranking_header(ctx)
    breakdown = breakdown_table(ctx, order)
    datas = data_tables(ctx)
    ineligible = ineligible_table(ctx) if result.ineligible else None

    add = SheetAdder(workbook)
    ranking_sheets = add(part_names(ctx.sheet_name("ranking"), len(rank_table.bounds(rank_header))))
    panel = dict(zip(panel_sheet_keys(result), add([ctx.sheet_name(k) for k in panel_sheet_keys(result)]), strict=True))
    history = add([ctx.sheet_name(k) for k in history_sheet_keys(result)])
    breakdown_sheets = add(part_names(ctx.sheet_name("breakdown"), len(breakdown.bounds(BREAKDOWN_HEADER))))
    data_sheets = [add(part_names(base, len(table.bounds(DATA_HEADER)))) for base, table, _ in datas]
    criteria_sheet = add([ctx.sheet_name("criteria")])[0]
    ineligible_sheets = add(part_names(ctx.sheet_name("ineligible"),
                                       len(ineligible.bounds(INELIGIBLE_HEADER)) if ineligible else 1))
    audit_sheet = add([ctx.sheet_name("audit")])[0]

    write_criteria(ctx, criteria_sheet)
    bodies = write_table(ctx, ranking_sheets, rank_table, rank_header, bound(ctx, write_ranking_top), 2, {1: 18},
                         print_beside=CHART_COLUMNS)
    insert_charts(ctx, workbook, ranking_sheets, rank_table, rank_header)
    ctx.ranking_parts = [(ws.name, rank_header + 1, rank_header + stop - start)
                         for ws, (start, stop) in zip(ranking_sheets, rank_table.bounds(rank_header), strict=True)]
    bodies += write_table(ctx, breakdown_sheets, breakdown, BREAKDOWN_HEADER, bound(ctx, write_breakdown_top), 2,
                          {1: 16})
    for (_, table, year), sheets in zip(datas, data_sheets, strict=True):
        bodies += write_table(ctx, sheets, table, DATA_HEADER, data_top(ctx, year), 2, {1: 16})
    if ineligible is not None:
        bodies += write_table(ctx, ineligible_sheets, ineligible, INELIGIBLE_HEADER, bound(ctx, ineligible_heading),
                              1, {0: 16})
    else:
        write_ineligible(ctx, ineligible_sheets[0])
    write_panel_sheets(ctx, panel)
    if history:
        write_history(ctx, history[0], workbook)
    write_audit(ctx, audit_sheet)
    if sensitivity is not None:
        write_sensitivity_sheet(workbook, sensitivity, lang, ctx.styles)
    close_workbook(ctx, workbook, ranking_sheets[0])
    xlsx_bulk.splice(buffer.getvalue(), target, bodies)
