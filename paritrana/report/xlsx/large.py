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
  ``xlsx_sheets.MAX_LISTED_WARNINGS``).

A table longer than a sheet continues on "Rincian (2)", "Rincian (3)", … with the same titles
and header; no sheet passes Excel's limits (rows, columns, characters per cell). The table
bodies are written by ``xlsx_bulk`` (worksheet XML spliced into xlsxwriter's file); everything
around them is written by xlsxwriter, with the small report's formats.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.core.criteria import Aggregation
from paritrana.core.dataset import GROUP, NAME, ROW, SHEET, YEAR
from paritrana.core.names import name_key
from paritrana.i18n import fmt_number
from paritrana.report.xlsx import bulk as xlsx_bulk
from paritrana.report.xlsx.base import (
    PODIUM_FILLS,
    SAMPLE_ALL_ROWS,
    SAMPLE_STRIDE,
    Context,
    Formats,
    SheetWriter,
    page_setup,
    report_worksheet_class,
    shown_number,
    super_header,
    years_line,
)
from paritrana.report.xlsx.breakdown import imputed_values
from paritrana.report.xlsx.bulk import Body, Column, style_index
from paritrana.report.xlsx.panel import (
    SHORTLIST_MARK,
    desk_view,
    panel_sheet_keys,
    stage_titles,
    write_panel_sheets,
    write_stage_note,
)
from paritrana.report.xlsx.sensitivity import write_sensitivity_sheet
from paritrana.report.xlsx.sheets import (
    column_title,
    data_layout,
    write_audit,
    write_criteria,
    write_ineligible,
    year_role,
)

if TYPE_CHECKING:
    from paritrana.core.ranked import RankedColumns
    from paritrana.core.run import RankingRun

# Above this many candidates (eligible + ineligible) the report holds values instead of
# formulas. At 20,000 candidates the formula report takes about 20 s and 0.8 GB and its
# Breakdown 100,000 rows (5 indicators) — still a file a spreadsheet opens and recalculates
# comfortably; provincial and kabupaten rounds are far below it, national employer rounds
# far above it.
LARGE_REPORT_CANDIDATES = 20_000
CHART_TOP = 50  # bars in a chart: a chart of 725,000 bars shows nothing
CHART_BAR_PX, ROW_PX = 22, 20

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
    return ctx.text(key, n=fmt_number(pool_size(ctx.result), 0, ctx.lang),
              limit=fmt_number(LARGE_REPORT_CANDIDATES, 0, ctx.lang))


# ---- tables split over sheets ------------------------------------------------------------------

@dataclass
class Table:
    """A table body with its header: ``values(start, stop)`` gives rows [start, stop) as one
    list per column; ``marks(start, stop)`` a highlight key per row (or None)."""

    key: str
    titles: list[str]
    columns: list[Column]
    n_rows: int
    values: Callable[[int, int], list[Sequence[Any]]]
    marks: Callable[[int, int], list[Any]] | None = None
    kinds: list[str] = field(default_factory=list)  # number kind per column, "" for text (widths)

    def capacity(self, header: int) -> int:
        return xlsx_bulk.EXCEL_MAX_ROWS - header - 1

    def bounds(self, header: int) -> list[tuple[int, int]]:
        cap = self.capacity(header)
        n = xlsx_bulk.parts_needed(self.n_rows, cap)
        return [(k * cap, min((k + 1) * cap, self.n_rows)) for k in range(n)]


def part_names(base: str, parts: int) -> list[str]:
    return [base if k == 0 else f"{base} ({k + 1})" for k in range(parts)]


def write_table(ctx: Context, sheets: list[Any], table: Table, header: int,
                top: Callable[[SheetWriter, int, int], None], freeze_col: int, minimum: dict[int, float]) -> list[Body]:
    """Write each part's top rows (``top(writer, part, parts)``), header, filter, widths and
    print setup, and return the bodies to splice."""
    if len(table.columns) > xlsx_bulk.EXCEL_MAX_COLUMNS:
        raise ValueError(f"{len(table.columns)} columns do not fit an Excel sheet")
    bounds = table.bounds(header)
    widths = sample_widths(table)
    bodies = []
    for k, (ws, (start, stop)) in enumerate(zip(sheets, bounds, strict=True)):
        w = SheetWriter(ws, ctx.formats)
        top(w, k, len(bounds))
        w.header(header, table.titles)
        for col, width in widths.items():
            w.widths[col] = max(w.widths.get(col, 0), width)
        w.fit_columns(minimum)
        last_col = len(table.columns) - 1
        if stop > start:
            ws.autofilter(header, 0, header + stop - start, last_col)
            bodies.append(Body(ws.name, header + 1, stop - start, len(table.columns),
                               _chunks(table, start, stop, header + 1)))
        else:
            w.text(header + 1, 0, ctx.t("no_results"), measure=False)
        ws.freeze_panes(header + 1, freeze_col)
        page_setup(ctx, ws, ws.name, header)
    return bodies


def _chunks(table: Table, start: int, stop: int, first_row: int) -> Callable[[], Iterator[str]]:
    def chunks() -> Iterator[str]:
        for a in range(start, stop, xlsx_bulk.CHUNK_ROWS):
            b = min(a + xlsx_bulk.CHUNK_ROWS, stop)
            marks = table.marks(a, b) if table.marks is not None else None
            yield xlsx_bulk.rows_xml(table.columns, 0, first_row + a - start, table.values(a, b), marks)
    return chunks


def sample_widths(table: Table) -> dict[int, float]:
    """The widest shown value of each column over a sample of rows: all of the first
    SAMPLE_ALL_ROWS, then every SAMPLE_STRIDE-th."""
    n, step = table.n_rows, 2_000 * SAMPLE_STRIDE  # rows fetched at a time, then thinned out
    spans = [(0, min(n, SAMPLE_ALL_ROWS), 1)]
    spans += [(a, min(a + step, n), SAMPLE_STRIDE) for a in range(SAMPLE_ALL_ROWS, n, step)]
    widths: dict[int, float] = {}
    for start, stop, step in spans:
        if stop <= start:
            continue
        for col, values in enumerate(table.values(start, stop)):
            kind = table.kinds[col]
            picked = values[::step]
            if kind:
                shown = max((len(shown_number(v, kind)) for v in picked if v is not None and v == v), default=0)
            else:
                shown = max((len(str(v)) for v in picked if v is not None), default=0)
            widths[col] = max(widths.get(col, 0), shown)
    return widths


def _fmt(ctx: Context, kind: str, fill: str | None = None, **extra: Any) -> int:
    return style_index(ctx.formats.get(kind, fill, **extra))


def number_kind(values: Sequence[Any]) -> str:
    """"int" when every known value is whole, else "dec" (as the small report chooses)."""
    import numpy as np

    array = np.asarray(values, dtype=float)  # None → NaN
    known = array[np.isfinite(array)]
    return "int" if known.size and bool(np.all(known == np.floor(known))) else "dec"


# ---- the ranked candidates as columns, in the report's order -----------------------------------

@dataclass
class Ranked:
    """The ranked candidates' columns and the row order of the report (group by group)."""

    columns: RankedColumns
    order: list[int] | None  # None: the placings are already grouped
    stage: dict[str, list[Any]] | None = None

    def take(self, values: Sequence[Any], start: int, stop: int) -> Sequence[Any]:
        if self.order is None:
            return values[start:stop]
        return [values[k] for k in self.order[start:stop]]


def ranked(ctx: Context) -> Ranked:

    columns = ctx.result.results.columns
    stage = None
    if columns.stages is not None:
        s = columns.stages
        stage = {"desk": s.desk_score, "desk_rank": s.desk_rank, "panel": s.panel_score,
                 "shortlisted": [SHORTLIST_MARK if chosen else "" for chosen in s.shortlisted]}
    groups = columns.groups
    position = {g: i for i, g in enumerate(dict.fromkeys(groups))}
    codes = [position[g] for g in groups]
    grouped = all(a <= b for a, b in pairwise(codes))
    order = None if grouped else sorted(range(len(codes)), key=codes.__getitem__)
    return Ranked(columns, order, stage)


# ---- Peringkat / Ranking -------------------------------------------------------------------------

def ranking_table(ctx: Context, data: Ranked) -> Table:

    result, t = ctx.result, ctx.t
    criteria = result.criteria
    c = data.columns
    arithmetic = criteria.aggregation is Aggregation.ARITHMETIC
    aspects = list(criteria.tree) if len(criteria.tree) > 1 else []
    indicators = list(criteria.all_indicators)
    grouped = bool(criteria.group_by)
    stage = stage_titles(ctx) if data.stage is not None else []
    titles = [t("rank"), t("name")] + ([t("group")] if grouped else []) + [t("score")]
    titles += [criteria.aspect_label(a) for a in aspects] + [criteria.label(i) for i in indicators] + stage
    titles += [t("xlsx_note")]

    # (cell type, style, style on the podium, values, format extras) per column
    specs: list[tuple[str, str, str, Sequence[Any], dict[str, Any]]] = [
        ("number", "rank", "rank", c.ranks, {}), ("text", "text", "key", c.names, {})]
    if grouped:
        specs.append(("text", "text", "text", c.groups, {}))
    specs.append(("number", "score", "score", c.scores, {}))
    specs += [("number", "score", "score", c.aspects[aid], {}) for aid in aspects]
    for iid in indicators:
        part = c.contribution[iid] if arithmetic else None
        specs.append(("number", "score", "score", part if part is not None else c.normalized[iid], {}))
    if data.stage is not None:
        specs += [("number", "score", "score", data.stage["desk"], {}),
                  ("number", "rank", "rank", data.stage["desk_rank"], {})]
        if len(stage) == 4:
            specs.append(("number", "score", "score", data.stage["panel"], {}))
        specs.append(("text", "text", "text", data.stage["shortlisted"], {"align": "center"}))
    tie = t("xlsx_tie_flag")
    specs.append(("text", "text", "text", [tie if x else "" for x in c.ties], {}))
    columns = [Column(kind, _fmt(ctx, style, **extra),
                      {rank: _fmt(ctx, podium, fill, **extra) for rank, fill in PODIUM_FILLS.items()})
               for kind, style, podium, _, extra in specs]
    sources = [values for _, _, _, values, _ in specs]
    kinds = [style if kind == "number" else "" for kind, style, _, _, _ in specs]

    def values(start: int, stop: int) -> list[Sequence[Any]]:
        return [data.take(s, start, stop) for s in sources]

    def marks(start: int, stop: int) -> list[Any]:
        return [r if r in PODIUM_FILLS else None for r in data.take(c.ranks, start, stop)]

    return Table("ranking", titles, columns, len(c), values, marks, kinds)


def ranking_notes(ctx: Context) -> list[str]:
    result = ctx.result
    arithmetic = result.criteria.aggregation is Aggregation.ARITHMETIC
    notes = [values_note(ctx, "values_ranking"),
             ctx.text("ranking_note" if arithmetic else "ranking_note_geometric", sheet=ctx.sheet_name("breakdown"))]
    if result.has_ties:
        notes.append(ctx.t("ties_note"))
    if result.ineligible:
        notes.append(ctx.text("ineligible_count", n=fmt_number(len(result.ineligible), 0, ctx.lang),
                        sheet=ctx.sheet_name("ineligible")))
    if result.results:
        notes.append(ctx.text("chart_note", top=CHART_TOP))
    return notes


def ranking_header(ctx: Context) -> int:
    stage_note = 1 if ctx.result.stages is not None else 0
    return 4 + len(ranking_notes(ctx)) + stage_note + 2  # a blank row, then the super header


def write_ranking_top(ctx: Context, w: SheetWriter, part: int, parts: int) -> None:

    result, t = ctx.result, ctx.t
    title = t("xlsx_report_title") + (f" ({ctx.text('part', k=part + 1, n=parts)})" if parts > 1 else "")
    w.text(0, 0, title, "title", measure=False)
    w.text(1, 0, result.title, "key", measure=False, font_size=12)
    w.text(2, 0, years_line(result, ctx.lang), "subtitle", measure=False)
    w.text(3, 0, f"{t('input')}: {Path(result.input.path).name} · {t('criteria')}: "
                 f"{Path(result.criteria_source.path).name} · {ctx.created:%Y-%m-%d %H:%M}", "subtitle",
           measure=False)
    row = 4
    for note in ranking_notes(ctx):
        w.text(row, 0, note, "subtitle", measure=False)
        row += 1
    write_stage_note(ctx, w, row)
    header = ranking_header(ctx)
    criteria = result.criteria
    aspects = list(criteria.tree) if len(criteria.tree) > 1 else []
    first = 3 if criteria.group_by else 2
    col_aspect = {aid: first + 1 + i for i, aid in enumerate(aspects)}
    col_ind = {iid: first + 1 + len(aspects) + i for i, iid in enumerate(criteria.all_indicators)}
    super_header(ctx, w.ws, header - 1, col_aspect, col_ind, criteria.aggregation is Aggregation.ARITHMETIC)


def insert_charts(ctx: Context, workbook: Any, sheets: list[Any], data: Ranked, table: Table, header: int) -> None:
    """A bar chart of each group's top CHART_TOP scores, beside the table of the sheet where
    the group starts (a group's top rows never straddle two sheets: the chart stops there)."""
    c = data.columns
    cap = table.capacity(header)
    col_name, col_score = 1, 3 if ctx.result.criteria.group_by else 2
    next_row: dict[int, int] = {}
    ordered_groups = data.take(c.groups, 0, len(c))
    first_of: dict[Any, int] = {}
    size: dict[Any, int] = {}
    for k, g in enumerate(ordered_groups):
        first_of.setdefault(g, k)
        size[g] = size.get(g, 0) + 1
    for group, first in first_of.items():
        part, offset = divmod(first, cap)
        n = min(CHART_TOP, size[group], cap - offset)
        ws = sheets[part]
        top, bottom = header + 1 + offset, header + offset + n
        names = list(data.take(c.names, first, first + n))
        scores = list(data.take(c.scores, first, first + n))
        ranks = list(data.take(c.ranks, first, first + n))
        chart = workbook.add_chart({"type": "bar"})
        chart.add_series({
            "name": ctx.t("score"),
            "categories": [ws.name, top, col_name, bottom, col_name],
            "values": [ws.name, top, col_score, bottom, col_score],
            "categories_data": names,  # the chart's cached values: its cells are not xlsxwriter's
            "values_data": scores,
            "points": [{"fill": {"color": PODIUM_FILLS.get(r, "#2E75B6")},
                        "border": {"color": "#7F7F7F" if r in PODIUM_FILLS else "#2E75B6"}} for r in ranks],
            "data_labels": {"value": True, "num_format": "0.00", "font": {"size": 8}},
            "gap": 60,
        })
        title = f"{ctx.t('score')} — {ctx.text('chart_top', n=n)}" + (f" — {group}" if group is not None else "")
        chart.set_title({"name": title, "name_font": {"size": 11, "bold": True}})
        chart.set_legend({"none": True})
        chart.set_y_axis({"reverse": True, "num_font": {"size": 8}})
        chart.set_x_axis({"min": 0, "num_format": "0", "num_font": {"size": 8},
                          "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}}})
        height = max(220, 70 + CHART_BAR_PX * n)
        chart.set_size({"width": 560, "height": height})
        row = next_row.get(part, header)
        # Fixed in place: filtering the table hides rows, which would squeeze a chart sized with cells.
        ws.insert_chart(row, len(table.columns) + 1, chart, {"x_offset": 8, "object_position": 3})
        next_row[part] = row + height // ROW_PX + 2


# ---- Rincian / Breakdown -------------------------------------------------------------------------

def breakdown_table(ctx: Context, data: Ranked) -> Table:

    result, t = ctx.result, ctx.t
    criteria = result.criteria
    c = data.columns
    grouped = bool(criteria.group_by)
    titles = [t("rank"), t("name")] + ([t("group")] if grouped else [])
    columns = [Column("number", _fmt(ctx, "rank")), Column("text", _fmt(ctx, "text"))]
    sources: list[Sequence[Any]] = [c.ranks, c.names]
    kinds = ["rank", ""]
    if grouped:
        columns.append(Column("text", _fmt(ctx, "text")))
        sources.append(c.groups)
        kinds.append("")
    for iid in criteria.all_indicators:
        kind = number_kind(c.raw[iid])
        titles += [ctx.text("raw"), t("xlsx_normalized")]
        columns += [Column("number", _fmt(ctx, kind)), Column("number", _fmt(ctx, "score"))]
        sources += [c.raw[iid], c.normalized[iid]]
        kinds += [kind, "score"]
    imputed = imputed_values(result, ctx.lang)
    if imputed:
        notes: dict[str, list[str]] = {}
        for (name, iid), text in imputed.items():
            notes.setdefault(name, []).append(f"{iid}: {text}")
        titles.append(t("xlsx_note"))
        columns.append(Column("text", _fmt(ctx, "text")))
        sources.append(["; ".join(notes[n]) if n in notes else "" for n in c.names])
        kinds.append("")

    def values(start: int, stop: int) -> list[Sequence[Any]]:
        return [data.take(s, start, stop) for s in sources]

    return Table("breakdown", titles, columns, len(c), values, None, kinds)


BREAKDOWN_HEADER = 5


def write_breakdown_top(ctx: Context, w: SheetWriter, part: int, parts: int) -> None:
    result, t = ctx.result, ctx.t
    criteria = result.criteria
    title = f"{t('sheet_breakdown')}: {result.title}" + (f" ({ctx.text('part', k=part + 1, n=parts)})" if parts > 1
                                                          else "")
    w.text(0, 0, title, "title", measure=False)
    w.text(1, 0, values_note(ctx), "subtitle", measure=False)
    w.text(2, 0, ctx.text("breakdown_note", sheet=ctx.sheet_name("criteria")), "subtitle", measure=False)
    first = 3 if criteria.group_by else 2
    fmt = ctx.formats.get("header", align="center")
    for n, iid in enumerate(criteria.all_indicators):
        col = first + 2 * n
        w.ws.merge_range(BREAKDOWN_HEADER - 1, col, BREAKDOWN_HEADER - 1, col + 1, criteria.label(iid), fmt)
    w.ws.set_row(BREAKDOWN_HEADER - 1, 30)


# ---- Data ----------------------------------------------------------------------------------------

def data_tables(ctx: Context) -> list[tuple[str, Table, Any]]:
    """One table per input file and year: (sheet base name, table, year)."""
    import numpy as np


    result = ctx.result
    period = result.period
    if period is None:
        return []
    criteria = result.criteria
    datasets, columns, titles = data_layout(ctx)
    grouped = bool(criteria.group_by)
    several = len(datasets) > 1
    kinds = {c: number_kind(np.concatenate([d.frame[c].to_numpy(dtype=float) for d in datasets])) for c in columns}
    pieces = []
    for number, dataset in enumerate(datasets):
        frame = dataset.frame
        years = frame[YEAR]
        unknown = years.isna().to_numpy(dtype=bool)
        found: list[Any] = list(dict.fromkeys(years[~unknown].tolist())) + ([None] if unknown.any() else [])
        for year in found:
            mask = unknown if year is None else years.eq(year).fillna(False).to_numpy(dtype=bool)
            rows = frame if len(found) == 1 else frame[mask]
            pieces.append((number, dataset, None if year is None else int(year), rows))
    # The assessed year first, then the baseline year, then years not used (newest first).
    result_years = [result.year, result.baseline_year]
    pieces.sort(key=lambda p: (p[0], result_years.index(p[2]) if p[2] in result_years else 2, -(p[2] or 0)))
    tables = []
    for number, dataset, year, rows in pieces:
        role = year_role(ctx, year, is_baseline_file=number > 0)
        n = len(rows)
        source = {
            "year": [year] * n if year is not None else [None] * n,
            "name": rows[NAME].astype(str).tolist(),
            "group": [None if g is None or g != g else str(g) for g in rows[GROUP].tolist()],
            **{c: rows[c].to_numpy(dtype=float).tolist() for c in columns},
            "role": [role] * n,
            "file": [Path(dataset.path).name] * n,
            "sheet": [None if s is None or s != s else str(s) for s in rows[SHEET].tolist()],
            "row": rows[ROW].tolist(),
        }
        keys = ["year", "name"] + (["group"] if grouped else []) + columns + ["role"]
        keys += (["file"] if several else []) + ["sheet", "row"]
        text = {"name", "group", "role", "file", "sheet"}
        kind_of = {"year": "rank", "row": "rank", **kinds}
        table_columns = [Column("text", _fmt(ctx, "text")) if k in text else Column("number", _fmt(ctx, kind_of[k]))
                         for k in keys]

        def values(start: int, stop: int, source: dict[str, list[Any]] = source,
                   keys: list[str] = keys) -> list[Sequence[Any]]:
            return [source[k][start:stop] for k in keys]

        table = Table("data", titles, table_columns, n, values, None, ["" if k in text else kind_of[k] for k in keys])
        base = ctx.sheet_name("data") if len(pieces) == 1 or year is None else f"{ctx.sheet_name('data')} {year}"
        tables.append((base, table, year))
    return tables


DATA_HEADER = 3


def data_top(ctx: Context, year: Any) -> Callable[[SheetWriter, int, int], None]:
    result, t = ctx.result, ctx.t

    def top(w: SheetWriter, part: int, parts: int) -> None:
        title = t("xlsx_data_title") + (f" ({ctx.text('part', k=part + 1, n=parts)})" if parts > 1 else "")
        w.text(0, 0, title, "title", measure=False)
        w.text(1, 0, f"{result.input.path} · SHA-256 {result.input.sha256}", "subtitle", measure=False)
        if year is not None:
            w.text(2, 0, ctx.text("data_year", year=year), "subtitle", measure=False)
    return top


# ---- Tidak memenuhi syarat / Ineligible ----------------------------------------------------------

INELIGIBLE_HEADER = 3


def ineligible_table(ctx: Context) -> Table:

    result, t = ctx.result, ctx.t
    criteria = result.criteria
    grouped = bool(criteria.group_by)
    columns = list(criteria.input_columns)
    titles = [t("name")] + ([t("group")] if grouped else []) + [t("reasons")]
    titles += [column_title(criteria, c) for c in columns] + [t("xlsx_sheet"), t("xlsx_row")]
    items = result.ineligible
    current = result.period.current if result.period is not None else None
    index: list[int | None] = [None] * len(items)
    if current is not None and items:
        names = current[NAME].astype(str).tolist()
        exact = {n: i for i, n in enumerate(names)}
        keyed: dict[str, int] | None = None
        for j, item in enumerate(items):
            found = exact.get(item.id)
            if found is None:
                keyed = keyed if keyed is not None else {name_key(n): i for i, n in enumerate(names)}
                found = keyed.get(name_key(item.id))
            index[j] = found

    def column_of(name: str) -> list[Any]:
        if current is None:
            return [None] * len(items)
        values = current[name].tolist()
        return [None if i is None else values[i] for i in index]

    kinds = {c: number_kind(current[c].to_numpy(dtype=float)) if current is not None else "dec" for c in columns}
    source: list[Sequence[Any]] = [[i.id for i in items]] + ([[i.group for i in items]] if grouped else [])
    source.append(["; ".join(i.reasons) for i in items])
    source += [column_of(c) for c in columns]
    source += [[None if s is None or s != s else str(s) for s in column_of(SHEET)], column_of(ROW)]
    table_columns = [Column("text", _fmt(ctx, "text"))] * (2 if grouped else 1) + [Column("text", _fmt(ctx, "wrap"))]
    table_columns += [Column("number", _fmt(ctx, kinds[c])) for c in columns]
    table_columns += [Column("text", _fmt(ctx, "text")), Column("number", _fmt(ctx, "rank"))]
    width_kinds = [""] * (2 if grouped else 1) + [""] + [kinds[c] for c in columns] + ["", "rank"]

    def values(start: int, stop: int) -> list[Sequence[Any]]:
        return [s[start:stop] for s in source]

    return Table("ineligible", titles, table_columns, len(items), values, None, width_kinds)


# ---- the workbook --------------------------------------------------------------------------------

def build_large_workbook(result: RankingRun, target: Path, *, lang: str, command: list[str], created: Any,
                         sensitivity: Any = None) -> None:
    """The large report (see the module doc), saved to ``target``."""
    import io

    import xlsxwriter


    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {
        "in_memory": True,
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
    })
    ctx = Context(desk_view(result), lang, Formats(workbook), created, command, large=True)
    ctx.mode_note = values_note(ctx)
    data = ranked(ctx)
    rank_table = ranking_table(ctx, data)
    rank_header = ranking_header(ctx)
    breakdown = breakdown_table(ctx, data)
    datas = data_tables(ctx)
    ineligible = ineligible_table(ctx) if result.ineligible else None

    sheet_class = report_worksheet_class()
    names_used: set[str] = set()

    def add(names: list[str]) -> list[Any]:
        added = []
        for name in names:
            unique, n = name, 2
            while unique.lower() in names_used:
                unique, n = f"{name} ({n})", n + 1
            names_used.add(unique.lower())
            added.append(workbook.add_worksheet(unique, sheet_class))
        return added

    ranking_sheets = add(part_names(ctx.sheet_name("ranking"), len(rank_table.bounds(rank_header))))
    panel = dict(zip(panel_sheet_keys(result), add([ctx.sheet_name(k) for k in panel_sheet_keys(result)]), strict=True))
    breakdown_sheets = add(part_names(ctx.sheet_name("breakdown"), len(breakdown.bounds(BREAKDOWN_HEADER))))
    data_sheets = [add(part_names(base, len(table.bounds(DATA_HEADER)))) for base, table, _ in datas]
    criteria_sheet = add([ctx.sheet_name("criteria")])[0]
    ineligible_sheets = add(part_names(ctx.sheet_name("ineligible"),
                                       len(ineligible.bounds(INELIGIBLE_HEADER)) if ineligible else 1))
    audit_sheet = add([ctx.sheet_name("audit")])[0]

    write_criteria(ctx, criteria_sheet)
    bodies = write_table(ctx, ranking_sheets, rank_table, rank_header, lambda w, k, n: write_ranking_top(ctx, w, k, n),
                         2, {1: 18})
    insert_charts(ctx, workbook, ranking_sheets, data, rank_table, rank_header)
    bodies += write_table(ctx, breakdown_sheets, breakdown, BREAKDOWN_HEADER,
                          lambda w, k, n: write_breakdown_top(ctx, w, k, n), 2, {1: 16})
    for (_, table, year), sheets in zip(datas, data_sheets, strict=True):
        bodies += write_table(ctx, sheets, table, DATA_HEADER, data_top(ctx, year), 2, {1: 16})
    if ineligible is not None:
        def top(w: SheetWriter, part: int, parts: int) -> None:
            title = ctx.t("ineligible") + (f" ({ctx.text('part', k=part + 1, n=parts)})" if parts > 1 else "")
            w.text(0, 0, title, "title", measure=False)
            w.text(1, 0, ctx.t("xlsx_ineligible_note"), "subtitle", measure=False)
        bodies += write_table(ctx, ineligible_sheets, ineligible, INELIGIBLE_HEADER, top, 1, {0: 16})
    else:

        write_ineligible(ctx, ineligible_sheets[0])
    write_audit(ctx, audit_sheet)
    write_panel_sheets(ctx, panel)
    if sensitivity is not None:

        write_sensitivity_sheet(workbook, sensitivity, lang)
    ranking_sheets[0].activate()
    workbook.set_properties({
        "title": result.title,
        "subject": ctx.t("xlsx_report_title"),
        "author": "paritrana",
        "comments": f"input sha256 {result.input.sha256}",
        "created": created.astimezone(UTC).replace(tzinfo=None),
    })
    workbook.close()
    xlsx_bulk.splice(buffer.getvalue(), target, bodies)
