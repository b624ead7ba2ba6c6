"""The reference sheets of the Excel report: Data (the rows as loaded) and Tidak memenuhi
syarat/Ineligible (the Audit sheet is ``audit_sheet.py``). The large report writes its own
Data and Ineligible tables but shares their headings and column titles, from here."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.core.dataset import GROUP, NAME, ROW, SHEET, YEAR
from paritrana.core.names import name_key
from paritrana.core.score import reason_text
from paritrana.i18n.lang import Lang
from paritrana.report.xlsx.base import Context
from paritrana.report.xlsx.page import page_setup
from paritrana.report.xlsx.style import (
    DEC,
    PLAIN,
    RANK,
    WRAP,
    Style,
    whole_or_decimal,
)
from paritrana.report.xlsx.writer import SheetWriter

if TYPE_CHECKING:
    from paritrana.core.criteria import Criteria
    from paritrana.core.dataset import Dataset
    from paritrana.core.result import IneligibleResult

HEADER_ROW = 3


def missing(value: Any) -> bool:
    """None, NaN, NaT or pandas' NA."""
    if value is None:
        return True
    try:
        return bool(value != value) or (isinstance(value, float) and math.isnan(value))
    except (TypeError, ValueError):
        return str(value) == "<NA>"


def column_title(criteria: Criteria, canonical: str, lang: Lang | None = None) -> str:
    """"peserta (Peserta aktif)": the canonical name and its label (in ``lang``)."""
    shown = criteria.column_label(canonical, lang)
    return f"{canonical} ({shown})" if shown else canonical


# ---- Data ------------------------------------------------------------------------------------------

def data_heading(ctx: Context, w: SheetWriter, part: int = 0, parts: int = 1) -> None:
    w.title(ctx.part_title(ctx.t("xlsx_data_title"), part, parts))
    w.note(1, f"{ctx.result.input.path} · SHA-256 {ctx.result.input.sha256}")


def data_layout(ctx: Context) -> tuple[list[Dataset], list[str], list[str]]:
    """The Data sheet's files (input, then a --baseline workbook), numeric columns and
    column titles — shared by the formula report and the large report."""
    result, t = ctx.result, ctx.t
    criteria = result.criteria
    period = result.period
    datasets: list[Dataset] = [period.dataset] + ([period.baseline] if period.baseline is not None else [])
    columns = list(criteria.input_columns)
    titles = [t("xlsx_data_year"), t("name")] + ([t("group")] if criteria.group_by else [])
    titles += [column_title(criteria, c, ctx.lang) for c in columns]
    titles += [t("xlsx_role")] + ([t("xlsx_file")] if len(datasets) > 1 else []) + [t("xlsx_sheet"), t("xlsx_row")]
    return datasets, columns, titles


def year_role(ctx: Context, year: Any, *, is_baseline_file: bool) -> str:
    """What the rows of ``year`` were used for: assessed year, baseline year or not used."""
    result = ctx.result
    if is_baseline_file:
        return ctx.t("xlsx_role_baseline") if result.baseline_year is None or year == result.baseline_year \
            or missing(year) else ctx.t("xlsx_role_unused")
    if missing(year) or year == result.year:
        return ctx.t("xlsx_role_assessed")
    if result.baseline is None and year == result.baseline_year:
        return ctx.t("xlsx_role_baseline")
    return ctx.t("xlsx_role_unused")


def write_data(ctx: Context, ws: Any) -> None:
    w = SheetWriter(ws, ctx.styles)
    data_heading(ctx, w)
    if ctx.result.period is None:
        return
    datasets, columns, titles = data_layout(ctx)
    w.header(HEADER_ROW, titles)
    styles = {c: number_style([d.frame[c] for d in datasets]) for c in columns}
    row = HEADER_ROW + 1
    for number, dataset in enumerate(datasets):
        fields = [YEAR, NAME, GROUP, SHEET, ROW, *columns]
        for record in dataset.frame[fields].itertuples(index=False):
            data_row(ctx, w, row, dict(zip(fields, record, strict=True)), styles,
                     dataset.path if len(datasets) > 1 else None, is_baseline_file=number > 0)
            row += 1
    if row > HEADER_ROW + 1:
        ws.autofilter(HEADER_ROW, 0, row - 1, len(titles) - 1)
    w.fit_columns({1: 16})
    ws.freeze_panes(HEADER_ROW + 1, 2)
    page_setup(ctx, ws, HEADER_ROW, widths=w.applied, name_columns=1)


def data_row(ctx: Context, w: SheetWriter, row: int, values: dict[str, Any], styles: dict[str, Style],
             path: str | None, *, is_baseline_file: bool) -> None:
    """One input row: year, name, group, the numbers, its role, file (``path``, when the data
    came from several files), sheet and row."""
    year = values[YEAR]
    w.number(row, 0, None if missing(year) else int(year), RANK)
    w.text(row, 1, str(values[NAME]))
    col = 2
    if ctx.result.criteria.group_by:
        w.text(row, col, None if missing(values[GROUP]) else str(values[GROUP]))
        col += 1
    for c, style in styles.items():
        w.number(row, col, None if missing(values[c]) else float(values[c]), style)
        col += 1
    w.text(row, col, year_role(ctx, year, is_baseline_file=is_baseline_file))
    col += 1
    if path is not None:
        w.text(row, col, Path(path).name)
        col += 1
    w.text(row, col, None if missing(values[SHEET]) else str(values[SHEET]))
    w.number(row, col + 1, None if missing(values[ROW]) else int(values[ROW]), RANK)


def number_style(series: list[Any]) -> Style:
    """``INT`` for a column of whole numbers, else ``DEC``."""
    return whole_or_decimal([float(v) for s in series for v in s if not missing(v)])


# ---- Tidak memenuhi syarat / Ineligible -----------------------------------------------------------

def ineligible_heading(ctx: Context, w: SheetWriter, part: int = 0, parts: int = 1) -> None:
    w.title(ctx.part_title(ctx.t("ineligible"), part, parts))
    w.note(1, ctx.t("xlsx_ineligible_note"))


def ineligible_titles(ctx: Context) -> list[str]:
    criteria, t = ctx.result.criteria, ctx.t
    titles = [t("name")] + ([t("group")] if criteria.group_by else []) + [t("reasons")]
    return titles + [column_title(criteria, c, ctx.lang) for c in criteria.input_columns] + [t("xlsx_sheet"),
                                                                                            t("xlsx_row")]


def write_ineligible(ctx: Context, ws: Any) -> None:
    result = ctx.result
    w = SheetWriter(ws, ctx.styles)
    ineligible_heading(ctx, w)
    if not result.ineligible:
        w.note(HEADER_ROW, ctx.t("xlsx_all_eligible"), PLAIN)
        page_setup(ctx, ws, None)
        return
    titles = ineligible_titles(ctx)
    w.header(HEADER_ROW, titles)
    current = result.period.current if result.period is not None else None
    rows_by_key = {name_key(str(r[NAME])): r for _, r in current.iterrows()} if current is not None else {}
    columns = list(result.criteria.input_columns)
    styles = {c: number_style([current[c]]) if current is not None else DEC for c in columns}
    row = HEADER_ROW + 1
    for item in result.ineligible:
        ineligible_row(ctx, w, row, item, rows_by_key.get(name_key(item.id)), styles)
        row += 1
    ws.autofilter(HEADER_ROW, 0, row - 1, len(titles) - 1)
    w.fit_columns({0: 16})
    ws.freeze_panes(HEADER_ROW + 1, 1)
    page_setup(ctx, ws, HEADER_ROW, widths=w.applied, name_columns=0)


def ineligible_row(ctx: Context, w: SheetWriter, row: int, item: IneligibleResult, source: Any,
                   styles: dict[str, Style]) -> None:
    """The candidate, the rules it fails and its input values (``source``: its row of the
    data, a pandas Series, None when not found)."""
    w.text(row, 0, item.id)
    col = 1
    if ctx.result.criteria.group_by:
        w.text(row, col, item.group)
        col += 1
    reasons = "; ".join(reason_text(r, ctx.lang) for r in item.reasons)
    w.text(row, col, reasons, WRAP, measure=False)
    w.widths[col] = min(max(w.widths.get(col, 0), len(reasons)), 50)
    col += 1
    for c, style in styles.items():
        w.number(row, col, None if source is None or missing(source[c]) else float(source[c]), style)
        col += 1
    w.text(row, col, None if source is None or missing(source[SHEET]) else str(source[SHEET]))
    w.number(row, col + 1, None if source is None else int(source[ROW]), RANK)
