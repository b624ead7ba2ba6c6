"""The reference sheets of the Excel report: Kriteria/Criteria, Data, Tidak memenuhi
syarat/Ineligible and Audit.

The Criteria sheet's relative and global weights are formulas over the weights as written in
the YAML; the Breakdown and Ranking formulas reference these cells, so a jury member who
tries another weight there sees every score follow.
"""

from __future__ import annotations

import math
import shlex
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.core.dataset import GROUP, NAME, ROW, SHEET, YEAR
from paritrana.core.methods import Method
from paritrana.core.names import name_key
from paritrana.i18n import fmt_number, label
from paritrana.report.xlsx.base import Context, SheetWriter, cell, direction_text, method_text, page_setup
from paritrana.version import __version__

if TYPE_CHECKING:
    from paritrana.core.criteria import Indicator
    from paritrana.core.dataset import Dataset


# ---- Kriteria / Criteria ---------------------------------------------------------------

def write_criteria(ctx: Context, ws: Any) -> None:
    result, t = ctx.result, ctx.t
    criteria = result.criteria
    w = SheetWriter(ws, ctx.formats)
    w.text(0, 0, f"{t('criteria')}: {result.title}", "title", measure=False)
    w.text(1, 0, f"{result.criteria_source.path} · SHA-256 {result.criteria_source.sha256}", "subtitle",
           measure=False)
    w.text(3, 0, t("xlsx_tree"), "section", measure=False)
    header = 4
    w.header(header, [t("xlsx_aspect_indicator"), t("xlsx_label"), t("xlsx_weight_written"),
                      t("xlsx_weight_relative"), t("xlsx_weight_global"), t("xlsx_method"),
                      t("xlsx_parameters"), t("xlsx_direction"), t("xlsx_missing"), t("xlsx_expression")])
    row = header + 1
    aspect_rows: dict[str, int] = {}
    if not criteria.flat:
        # Aspect rows come first in each block; their shares need every aspect's row.
        row_of = row
        for aid, aspect in criteria.tree.items():
            aspect_rows[aid] = row_of
            row_of += 1 + len(aspect.indicators)
    weights_total = "+".join(cell(r, 2) for r in aspect_rows.values())
    for aid, aspect in criteria.tree.items():
        if not criteria.flat:
            w.text(row, 0, aid, "key")
            w.text(row, 1, aspect.label or aid, "key")
            w.number(row, 2, aspect.weight, "general")
            w.formula(row, 3, f"={cell(row, 2)}/({weights_total})", criteria.aspect_shares[aid], "pct")
            ctx.aspect_share[aid] = cell(row, 3, absolute=True, sheet=ws.name)
            for col in range(4, 10):
                w.text(row, col, "")
            row += 1
        first, last = row, row + len(aspect.indicators) - 1
        for iid, ind in aspect.indicators.items():
            w.text(row, 0, iid, indent=0 if criteria.flat else 1)
            w.text(row, 1, ind.label or iid)
            w.number(row, 2, ind.weight, "general")
            w.formula(row, 3, f"={cell(row, 2)}/SUM({cell(first, 2)}:{cell(last, 2)})",
                      criteria.local_weights[iid], "pct")
            share = f"{cell(aspect_rows[aid], 3)}*" if not criteria.flat else ""
            w.formula(row, 4, f"={share}{cell(row, 3)}", criteria.global_weights[iid], "pct")
            w.text(row, 5, ind.normalize.method.value)
            w.text(row, 6, method_parameters(ind, ctx.lang))
            w.text(row, 7, direction_text(ind.better, ctx.lang))
            w.text(row, 8, ind.missing.value)
            w.text(row, 9, ind.value)
            ctx.local_weight[iid] = cell(row, 3, absolute=True, sheet=ws.name)
            ctx.global_weight[iid] = cell(row, 4, absolute=True, sheet=ws.name)
            row += 1
    row += 1
    row = _listing(w, row, t("c_derived"), [f"{name} = {text}" for name, text in criteria.derived.items()])
    row = _listing(w, row, t("c_eligibility"), list(criteria.eligibility))
    row = _listing(w, row, t("c_tiebreak"), [", ".join(criteria.tiebreak)] if criteria.tiebreak else [])
    row = _listing(w, row, t("c_aggregation"), [t(f"c_{criteria.aggregation.value}")])
    if criteria.group_by:
        row = _listing(w, row, t("group"), [criteria.group_by])
    if ctx.large:
        row = _scales(ctx, w, row)
    w.text(row, 0, t("xlsx_yaml"), "section", measure=False)
    row += 1
    for line in result.criteria_text.splitlines():
        # Long lines run on into the empty cells to the right; they do not widen column A.
        w.text(row, 0, line, "mono", measure=False)
        row += 1
    w.fit_columns({0: 14, 1: 24, 9: 24})
    ws.freeze_panes(header + 1, 0)
    page_setup(ctx, ws, ws.name, header)


def _scales(ctx: Context, w: SheetWriter, row: int) -> int:
    """The large report's table of what normalised each indicator in each group (the small
    report shows it in every Breakdown row)."""

    result, t = ctx.result, ctx.t
    w.text(row, 0, ctx.text("scales"), "section", measure=False)
    row += 1
    w.header(row, [t("group"), t("xlsx_code"), t("xlsx_method"), t("xlsx_direction"), t("xlsx_low"),
                   t("xlsx_high"), t("xlsx_mean"), t("xlsx_std"), ctx.text("count")])
    row += 1
    for (group, iid), scale in result.scales.items():
        w.text(row, 0, "–" if group is None else str(group))
        w.text(row, 1, iid)
        w.text(row, 2, method_text(scale))
        w.text(row, 3, direction_text(scale.better, ctx.lang))
        for col, value in ((4, scale.low), (5, scale.high), (6, scale.mean), (7, scale.std)):
            w.number(row, col, value, "dec")
        w.number(row, 8, scale.count, "int")
        row += 1
    return row + 1


def _listing(w: SheetWriter, row: int, title: str, lines: list[str]) -> int:
    w.text(row, 0, title, "section", measure=False)
    row += 1
    for line in lines or ["–"]:
        w.text(row, 0, line, "plain", measure=False)
        row += 1
    return row + 1


def method_parameters(ind: Indicator, lang: str) -> str:
    """Goalposts and output range as written: "min 0, max 100; range 1–100"."""

    spec = ind.normalize
    parts = []
    if spec.method is Method.TARGET:
        parts.append(f"min {fmt_number(spec.min, _decimals(spec.min), lang)}, "
                     f"{label('xlsx_max', lang)} {fmt_number(spec.max, _decimals(spec.max), lang)}")
    if spec.range is not None:
        lo, hi = spec.range
        parts.append(f"{label('c_range', lang)} {fmt_number(lo, _decimals(lo), lang)}–"
                     f"{fmt_number(hi, _decimals(hi), lang)}")
    return "; ".join(parts)


def _decimals(value: float | None) -> int:
    return 0 if value is None or float(value).is_integer() else 2


# ---- Data ---------------------------------------------------------------------------------

def write_data(ctx: Context, ws: Any) -> None:

    result, t = ctx.result, ctx.t
    criteria = result.criteria
    period = result.period
    w = SheetWriter(ws, ctx.formats)
    w.text(0, 0, t("xlsx_data_title"), "title", measure=False)
    w.text(1, 0, f"{result.input.path} · SHA-256 {result.input.sha256}", "subtitle", measure=False)
    if period is None:
        return
    datasets, columns, titles = data_layout(ctx)
    grouped = bool(criteria.group_by)
    several = len(datasets) > 1
    header = 3
    w.header(header, titles)
    kinds = {c: _number_kind([d.frame[c] for d in datasets]) for c in columns}
    row = header + 1
    for number, dataset in enumerate(datasets):
        frame = dataset.frame
        for record in frame[[YEAR, NAME, GROUP, SHEET, ROW, *columns]].itertuples(index=False):
            values = dict(zip([YEAR, NAME, GROUP, SHEET, ROW, *columns], record, strict=True))
            col = 0
            year = values[YEAR]
            w.number(row, col, None if _missing(year) else int(year), "rank")
            w.text(row, col + 1, str(values[NAME]))
            col += 2
            if grouped:
                w.text(row, col, None if _missing(values[GROUP]) else str(values[GROUP]))
                col += 1
            for c in columns:
                value = values[c]
                w.number(row, col, None if _missing(value) else float(value), kinds[c])
                col += 1
            w.text(row, col, year_role(ctx, year, is_baseline_file=number > 0))
            col += 1
            if several:
                w.text(row, col, Path(dataset.path).name)
                col += 1
            w.text(row, col, None if _missing(values[SHEET]) else str(values[SHEET]))
            w.number(row, col + 1, None if _missing(values[ROW]) else int(values[ROW]), "rank")
            row += 1
    last_col = len(titles) - 1
    if row > header + 1:
        ws.autofilter(header, 0, row - 1, last_col)
    w.fit_columns({1: 16})
    ws.freeze_panes(header + 1, 2)
    page_setup(ctx, ws, ws.name, header)


def data_layout(ctx: Context) -> tuple[list[Dataset], list[str], list[str]]:
    """The Data sheet's files (input, then a --baseline workbook), numeric columns and
    column titles — shared by the formula report and the large report."""
    result, t = ctx.result, ctx.t
    criteria = result.criteria
    period = result.period
    assert period is not None
    datasets: list[Dataset] = [period.dataset] + ([period.baseline] if period.baseline is not None else [])
    columns = list(criteria.input_columns)
    titles = [t("xlsx_data_year"), t("name")] + ([t("group")] if criteria.group_by else [])
    titles += [column_title(criteria, c) for c in columns]
    titles += [t("xlsx_role")] + ([t("xlsx_file")] if len(datasets) > 1 else []) + [t("xlsx_sheet"), t("xlsx_row")]
    return datasets, columns, titles


def column_title(criteria: Any, canonical: str) -> str:
    column = criteria.columns.get(canonical)
    if column is not None and column.label:
        return f"{canonical} ({column.label})"
    return canonical


def year_role(ctx: Context, year: Any, *, is_baseline_file: bool) -> str:
    result = ctx.result
    if is_baseline_file:
        return ctx.t("xlsx_role_baseline") if result.baseline_year is None or year == result.baseline_year \
            or _missing(year) else ctx.t("xlsx_role_unused")
    if _missing(year) or year == result.year:
        return ctx.t("xlsx_role_assessed")
    if result.baseline is None and year == result.baseline_year:
        return ctx.t("xlsx_role_baseline")
    return ctx.t("xlsx_role_unused")


def _number_kind(series: list[Any]) -> str:
    values = [float(v) for s in series for v in s if not _missing(v)]
    return "int" if values and all(v.is_integer() for v in values) else "dec"


def _missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(value != value) or (isinstance(value, float) and math.isnan(value))
    except (TypeError, ValueError):
        return str(value) == "<NA>"


# ---- Tidak memenuhi syarat / Ineligible ------------------------------------------------------

def write_ineligible(ctx: Context, ws: Any) -> None:

    result, t = ctx.result, ctx.t
    criteria = result.criteria
    w = SheetWriter(ws, ctx.formats)
    w.text(0, 0, t("ineligible"), "title", measure=False)
    w.text(1, 0, t("xlsx_ineligible_note"), "subtitle", measure=False)
    grouped = bool(criteria.group_by)
    columns = list(criteria.input_columns)
    titles = [t("name")] + ([t("group")] if grouped else []) + [t("reasons")]
    titles += [column_title(criteria, c) for c in columns] + [t("xlsx_sheet"), t("xlsx_row")]
    header = 3
    if not result.ineligible:
        w.text(header, 0, t("xlsx_all_eligible"), "plain", measure=False)
        page_setup(ctx, ws, ws.name, None)
        return
    w.header(header, titles)
    current = result.period.current if result.period is not None else None
    rows_by_key = {}
    if current is not None:
        rows_by_key = {name_key(str(r[NAME])): r for _, r in current.iterrows()}
    kinds = {c: _number_kind([current[c]]) if current is not None else "dec" for c in columns}
    row = header + 1
    for item in result.ineligible:
        col = 0
        w.text(row, col, item.id)
        col += 1
        if grouped:
            w.text(row, col, item.group)
            col += 1
        w.text(row, col, "; ".join(item.reasons), "wrap", measure=False)
        w.widths[col] = min(max(w.widths.get(col, 0), len("; ".join(item.reasons))), 50)
        col += 1
        source = rows_by_key.get(name_key(item.id))
        for c in columns:
            value = None if source is None or _missing(source[c]) else float(source[c])
            w.number(row, col, value, kinds[c])
            col += 1
        w.text(row, col, None if source is None else str(source[SHEET]))
        w.number(row, col + 1, None if source is None else int(source[ROW]), "rank")
        row += 1
    ws.autofilter(header, 0, row - 1, len(titles) - 1)
    w.fit_columns({0: 16})
    ws.freeze_panes(header + 1, 1)
    page_setup(ctx, ws, ws.name, header)


# ---- Audit ----------------------------------------------------------------------------------

# Warnings listed on the Audit sheet; the rest are counted (a national file can warn about
# hundreds of thousands of rows, and `paritrana validate` lists them all).
MAX_LISTED_WARNINGS = 10_000

def command_line(argv: list[str]) -> str:
    """``sys.argv`` as a shell line, the program shown as ``paritrana``."""
    if not argv:
        return ""
    program = Path(argv[0]).name
    if program in ("paritrana", "__main__.py", "paritrana.exe", "paritrana-script.py"):
        program = "paritrana"
    return shlex.join([program, *argv[1:]])


def write_audit(ctx: Context, ws: Any) -> None:
    import platform

    result, t = ctx.result, ctx.t
    w = SheetWriter(ws, ctx.formats)
    w.text(0, 0, t("sheet_audit"), "title", measure=False)
    n_eligible = len(result.results)
    n_ineligible = len(result.ineligible)
    rows: list[tuple[str, Any]] = [
        (t("xlsx_tool"), f"paritrana {__version__} (Python {platform.python_version()})"),
        (t("xlsx_created"), ctx.created.isoformat(timespec="seconds")),
        (t("xlsx_command"), command_line(ctx.command)),
        (t("xlsx_input_file"), result.input.path),
        (t("xlsx_input_sha"), result.input.sha256),
        (t("xlsx_criteria_file"), result.criteria_source.path),
        (t("xlsx_criteria_sha"), result.criteria_source.sha256),
    ]
    if result.baseline is not None:
        rows += [(t("xlsx_baseline_file"), result.baseline.path), (t("xlsx_baseline_sha"), result.baseline.sha256)]
    rows += [
        (t("year"), result.year),
        (t("baseline_year"), result.baseline_year),
        (t("xlsx_pool"), n_eligible + n_ineligible),
        (t("xlsx_eligible_count"), n_eligible),
        (t("xlsx_ineligible_count"), n_ineligible),
        (t("c_aggregation"), t(f"c_{result.criteria.aggregation.value}")),
    ]
    if ctx.large:
        rows.append((ctx.text("mode"), ctx.mode_note))
    row = 2
    for key, value in rows:
        w.text(row, 0, key, "key")
        if isinstance(value, int):
            w.number(row, 1, value, "rank" if key in (t("year"), t("baseline_year")) else "int", align="left")
        elif value is None:
            w.text(row, 1, "–")
        else:
            w.text(row, 1, str(value), "mono" if "sha" in key.lower() else "text", border=1, border_color="#D9D9D9")
        row += 1
    row += 1
    w.text(row, 0, f"{t('warnings')} ({len(result.warnings)})", "section", measure=False)
    row += 1
    for warning in [w.short_text(ctx.lang, result.input.path) for w in result.warnings[:MAX_LISTED_WARNINGS]] or ["–"]:
        w.text(row, 0, warning, "plain", measure=False)
        row += 1
    if len(result.warnings) > MAX_LISTED_WARNINGS:

        w.text(row, 0, ctx.text("more_warnings", n=len(result.warnings) - MAX_LISTED_WARNINGS), "subtitle",
               measure=False)
        row += 1
    w.fit_columns({0: 24, 1: 70}, maximum=100)
    page_setup(ctx, ws, ws.name, None)
