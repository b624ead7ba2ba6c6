"""The ranking as an Excel workbook that a jury can hand out and an auditor can trace.

Sheets, named in the output language: Peringkat/Ranking (with a bar chart of the scores),
Rincian/Breakdown, Data, Kriteria/Criteria, Tidak memenuhi syarat/Ineligible, Audit.
Normalised values, contributions, aspect scores and scores are live formulas over the raw
values and the weights, and each formula cell stores the number paritrana computed, so a
viewer that does not recalculate shows the same numbers as Excel's own recalculation.
A pool above ``xlsx_large.LARGE_REPORT_CANDIDATES`` (a national round) gets the large report
instead: values rather than formulas, one Breakdown row per candidate, tables continued on
further sheets at Excel's row limit (see ``xlsx_large.py``).

Text from the data is always a text cell (never a formula). The file is written atomically
(a temporary file in the same folder, then a rename): a crash or Ctrl-C leaves no half
report. ``render.write_report`` checks the output path (no overwriting the input, ``--force``)
before calling ``write_xlsx``.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.core.criteria import Aggregation
from paritrana.io.atomic import write_atomic
from paritrana.report.xlsx import breakdown, sheets
from paritrana.report.xlsx.base import (
    PODIUM_FILLS,
    Context,
    Formats,
    SheetWriter,
    cell,
    page_setup,
    report_worksheet_class,
    super_header,
    years_line,
)
from paritrana.report.xlsx.large import build_large_workbook, is_large
from paritrana.report.xlsx.panel import (
    desk_view,
    panel_sheet_keys,
    stage_titles,
    write_panel_sheets,
    write_stage_cells,
    write_stage_note,
)
from paritrana.report.xlsx.sensitivity import write_sensitivity_sheet

if TYPE_CHECKING:
    from paritrana.core.ranked import CandidateResult
    from paritrana.core.run import RankingRun
    from paritrana.sensitivity.model import SensitivityResult

SHEETS = ("ranking", "breakdown", "data", "criteria", "ineligible", "audit")
CHART_BAR_PX, CHART_MIN_PX, CHART_MAX_PX, ROW_PX = 22, 220, 1400, 20


def write_xlsx(result: RankingRun, path: str | Path, *, lang: str = "id", command: list[str] | None = None,
               created: datetime | None = None, sensitivity: SensitivityResult | None = None) -> None:
    """Write the Excel report to ``path`` atomically.

    ``command`` is the command line shown on the Audit sheet (default ``sys.argv``);
    ``created`` the time stamp (default now, with the local time zone); ``sensitivity`` adds
    the Sensitivitas sheet (``paritrana.sensitivity.analyse``).
    """
    write_atomic(Path(path), lambda tmp: build_report(result, tmp, lang=lang, command=command, created=created,
                                                      sensitivity=sensitivity))


def build_report(result: RankingRun, target: Path, *, lang: str = "id", command: list[str] | None = None,
                 created: datetime | None = None, sensitivity: SensitivityResult | None = None) -> None:
    """Build the report into ``target`` (not atomically: ``write_xlsx`` and the format table
    pass a temporary path)."""
    argv = list(sys.argv if command is None else command)
    when = created or datetime.now().astimezone()
    build_workbook(result, target, lang=lang, command=argv, created=when, sensitivity=sensitivity)


def build_workbook(result: RankingRun, target: Path, *, lang: str, command: list[str], created: datetime,
                   sensitivity: SensitivityResult | None = None) -> None:
    """Build the whole workbook and save it to ``target`` (nothing is saved on an error)."""

    if is_large(result):
        build_large_workbook(result, target, lang=lang, command=command, created=created, sensitivity=sensitivity)
        return
    import xlsxwriter


    workbook = xlsxwriter.Workbook(str(target), {
        "in_memory": True,
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
    })
    ctx = Context(desk_view(result), lang, Formats(workbook), created, command)  # panel: see xlsx_panel.py
    keys = (SHEETS[0], *panel_sheet_keys(result), *SHEETS[1:])
    sheet_class = report_worksheet_class()
    pages = {key: workbook.add_worksheet(ctx.sheet_name(key), sheet_class) for key in keys}
    # Formulas reference other sheets' cells: weights first, then the breakdown, then scores.
    sheets.write_criteria(ctx, pages["criteria"])
    breakdown.write_breakdown(ctx, pages["breakdown"])
    write_ranking(ctx, pages["ranking"], workbook)
    sheets.write_data(ctx, pages["data"])
    sheets.write_ineligible(ctx, pages["ineligible"])
    sheets.write_audit(ctx, pages["audit"])
    write_panel_sheets(ctx, pages)
    if sensitivity is not None:

        write_sensitivity_sheet(workbook, sensitivity, lang)
    pages["ranking"].activate()
    workbook.set_properties({
        "title": result.title,
        "subject": ctx.t("xlsx_report_title"),
        "author": "paritrana",
        "comments": f"input sha256 {result.input.sha256}",
        "created": created.astimezone(UTC).replace(tzinfo=None),  # the file stores UTC
    })
    workbook.close()


def write_ranking(ctx: Context, ws: Any, workbook: Any) -> None:
    result, t = ctx.result, ctx.t
    criteria = result.criteria
    arithmetic = criteria.aggregation is Aggregation.ARITHMETIC
    # One aspect's score is the total score: its column would only repeat it.
    aspects = list(criteria.tree) if len(criteria.tree) > 1 else []
    indicators = list(criteria.all_indicators)
    grouped = bool(criteria.group_by)
    w = SheetWriter(ws, ctx.formats)
    w.text(0, 0, ctx.t("xlsx_report_title"), "title", measure=False)
    w.text(1, 0, result.title, "key", measure=False, font_size=12)
    w.text(2, 0, years_line(result, ctx.lang), "subtitle", measure=False)
    w.text(3, 0, f"{t('input')}: {Path(result.input.path).name} · {t('criteria')}: "
                 f"{Path(result.criteria_source.path).name} · {ctx.created:%Y-%m-%d %H:%M}", "subtitle",
           measure=False)
    header = 5
    col_rank, col_name = 0, 1
    col_group = 2 if grouped else None
    col_score = 3 if grouped else 2
    col_aspect = {aid: col_score + 1 + i for i, aid in enumerate(aspects)}
    col_ind = {iid: col_score + 1 + len(aspects) + i for i, iid in enumerate(indicators)}
    stage = stage_titles(ctx)  # desk score, desk #, panel, shortlisted (xlsx_panel.py)
    col_stage = col_score + 1 + len(aspects) + len(indicators)
    col_note = col_stage + len(stage)
    titles = [t("rank"), t("name")] + ([t("group")] if grouped else []) + [t("score")]
    titles += [criteria.aspect_label(a) for a in aspects] + [criteria.label(i) for i in indicators] + stage
    titles += [t("xlsx_note")]
    w.header(header, titles)
    super_header(ctx, ws, header - 1, col_aspect, col_ind, arithmetic)
    row = header + 1
    spans: list[tuple[str | None, int, int]] = []
    for group in result.groups:
        first = row
        for r in result.in_group(group):
            fill = PODIUM_FILLS.get(r.rank)
            w.number(row, col_rank, r.rank, "rank", fill)
            w.text(row, col_name, r.id, "key" if fill else "text", fill)
            if col_group is not None:
                w.text(row, col_group, r.group, fill=fill)
            for aid, col in col_aspect.items():
                w.formula(row, col, f"={_aspect_formula(ctx, r, aid, arithmetic)}", r.aspects.get(aid), "score", fill)
            for iid, col in col_ind.items():
                ref = ctx.contribution[(r.id, iid)] if arithmetic else ctx.normalized[(r.id, iid)]
                value = r.indicators[iid].contribution if arithmetic else r.indicators[iid].normalized
                w.formula(row, col, f"={ref}", value, "score", fill)
            score = write_stage_cells(ctx, w, r, row, col_stage, _score_formula(ctx, r, row, col_aspect, arithmetic),
                                      fill)
            w.formula(row, col_score, f"={score}", r.score, "score", fill)
            w.text(row, col_note, t("xlsx_tie_flag") if r.tie else "", fill=fill, measure=False)
            row += 1
        spans.append((group, first, row - 1))
    last_col = col_note
    if row > header + 1:
        ws.autofilter(header, 0, row - 1, last_col)
    else:
        w.text(row, 0, t("no_results"), measure=False)
        row += 1
    row += 1
    if any(r.tie for r in result.results):
        w.widths[col_note] = max(w.widths.get(col_note, 0), len(t("xlsx_tie_flag")))
        w.text(row, 0, t("ties_note"), "subtitle", measure=False)
        row += 1
    w.text(row, 0, t("xlsx_ranking_note" if arithmetic else "xlsx_ranking_note_geometric"), "subtitle",
           measure=False)
    row = write_stage_note(ctx, w, row + 1)
    if result.ineligible:
        names = ", ".join(i.id for i in result.ineligible)
        see = t("xlsx_see_sheet").format(sheet=ctx.sheet_name("ineligible"))
        w.text(row, 0, f"{t('ineligible')}: {names} ({see})", "subtitle", measure=False)
        row += 1
    row += 1
    if spans and row > header + 1:
        ws.set_h_pagebreaks([row])  # the charts start on a page of their own
    for group, first, last in spans:
        row = _insert_chart(ctx, ws, workbook, group, first, last, row, col_name, col_score, last_col, w)
    w.widths[col_rank] = max(w.widths.get(col_rank, 0), 5)
    w.fit_columns({col_name: 18, col_score: 8})
    ws.freeze_panes(header + 1, col_name + 1)
    page_setup(ctx, ws, ws.name, header)


def _aspect_formula(ctx: Context, r: CandidateResult, aid: str, arithmetic: bool) -> str:
    members = list(ctx.result.criteria.tree[aid].indicators)
    if arithmetic:
        return "+".join(f"{ctx.local_weight[i]}*{ctx.normalized[(r.id, i)]}" for i in members)
    return "*".join(f"{ctx.normalized[(r.id, i)]}^{ctx.local_weight[i]}" for i in members)


def _score_formula(ctx: Context, r: CandidateResult, row: int, col_aspect: dict[str, int], arithmetic: bool) -> str:
    criteria = ctx.result.criteria
    if arithmetic:
        return "+".join(ctx.contribution[(r.id, i)] for i in criteria.all_indicators)
    if criteria.flat:
        return "*".join(f"{ctx.normalized[(r.id, i)]}^{ctx.local_weight[i]}" for i in criteria.all_indicators)
    return "*".join(f"{cell(row, col)}^{ctx.aspect_share[aid]}" for aid, col in col_aspect.items())


def _insert_chart(ctx: Context, ws: Any, workbook: Any, group: str | None, first: int, last: int, row: int,
                  col_name: int, col_score: int, last_col: int, w: SheetWriter) -> int:
    """A horizontal bar chart of the scores, rank 1 on top, the podium in its colours."""
    n = last - first + 1
    chart = workbook.add_chart({"type": "bar"})
    points = [{"fill": {"color": PODIUM_FILLS.get(r.rank, "#2E75B6")},
               "border": {"color": "#7F7F7F" if r.rank in PODIUM_FILLS else "#2E75B6"}}
              for r in ctx.result.in_group(group)]
    chart.add_series({
        "name": ctx.t("score"),
        "categories": [ws.name, first, col_name, last, col_name],
        "values": [ws.name, first, col_score, last, col_score],
        "points": points,
        "data_labels": {"value": True, "num_format": "0.00", "font": {"size": 8}},
        "gap": 60,
    })
    title = ctx.t("score") + (f" — {group}" if group is not None else "")
    chart.set_title({"name": title, "name_font": {"size": 11, "bold": True}})
    chart.set_legend({"none": True})
    chart.set_y_axis({"reverse": True, "num_font": {"size": 8}})
    chart.set_x_axis({"min": 0, "num_format": "0", "num_font": {"size": 8},
                      "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}}})
    height = min(max(CHART_MIN_PX, 70 + CHART_BAR_PX * n), CHART_MAX_PX)
    width = int(sum(min(max(w.widths.get(c, 8) + 2, 8), 60) for c in range(last_col + 1)) * 7)
    chart.set_size({"width": max(width, 480), "height": height})
    ws.insert_chart(row, 0, chart, {"x_offset": 2, "y_offset": 4, "object_position": 1})
    return row + height // ROW_PX + 2


