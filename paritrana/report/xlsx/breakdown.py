"""The Rincian/Breakdown sheet: one row per candidate and indicator, every step a formula.

Rows come in blocks, one per group and indicator, candidates by rank, so that an indicator's
raw values of one group sit in one column range. In each row the min/max (or goalposts), the
normalised value and the contribution are live formulas over the raw values, written so they
reproduce ``normalize.py`` exactly, and each stores the number paritrana computed:

- minmax   ``IF(H=L,100,100*(R-L)/(H-L))``; lower: ``100*(H-R)/(H-L)``
- target   ``MAX(0,MIN(100,100*(R-L)/(H-L)))`` with L/H the goalposts; lower mirrored
- ratio_to_max ``IF(H=0,100,100*R/H)``; lower: ``IF(R=L,100,100*L/R)``
- rank     ``100*(r-1)/(n-1)``, r = ``RANK(R,block,1)+(COUNTIF(block,R)-1)/2`` (ties averaged;
  lower ranks descending), n = ``COUNT(block)``; n = 1 → 100
- zscore   ``IF(H=L,50,50+10*(R-M)/S)`` with M = ``AVERAGE``, S = ``STDEVP`` of the block
  (equal values have no spread even when STDEVP rounds to 1e-17)
- none     ``R``
- ``range: [lo, hi]`` wraps a bounded method's result as ``lo+(hi-lo)*(…)/100``.

The weight cells reference the global weights on the Criteria sheet; the contribution is
weight × normalised (arithmetic aggregation only — a product has no additive parts).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from paritrana.core.criteria import Aggregation, Missing
from paritrana.core.evaluate import environments, raw_values
from paritrana.core.methods import Better, ExcelCells, excel_formula
from paritrana.i18n import label, localized
from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import audit as am
from paritrana.report.xlsx.base import Context, direction_text, method_text
from paritrana.report.xlsx.page import keep_together, page_setup
from paritrana.report.xlsx.ranking_layout import ranking_cell
from paritrana.report.xlsx.refs import cell, cell_range, excel_number
from paritrana.report.xlsx.sources import (
    DataCells,
    data_cells,
    first_row_link,
    indicator_excel,
    raw_formula,
    source_text,
)
from paritrana.report.xlsx.style import DEC, HEADER_FILL, LINK, PCT, RANK, SCORE, TEXT, Style, whole_or_decimal
from paritrana.report.xlsx.writer import SheetWriter

if TYPE_CHECKING:
    from paritrana.core.criteria import Indicator
    from paritrana.core.normalize import Scale
    from paritrana.core.ranked import CandidateResult
    from paritrana.core.run import RankingRun

HEADER_ROW = 3
MAX_LINKS = 65_530  # hyperlinks Excel keeps on one worksheet; the rest are written as plain addresses


@functools.cache
def block_edge(style: Style) -> Style:
    """``style`` on the first row of an indicator block: a line above it."""
    return replace(style, top=2, top_color=HEADER_FILL)


def normalized_formula(scale: Scale, raw: str, low: str, high: str, block: str,
                       mean: str | None = None, std: str | None = None) -> str:
    """The Excel expression (without ``=``) of one normalised value (``core.methods``)."""
    cells = ExcelCells(raw, low, high, block, mean, std)
    return excel_formula(scale.method, cells, scale.better is Better.LOWER, scale.range, excel_number)


@dataclass(frozen=True)
class Block:
    """One indicator's rows of one group: its scale, rows and the range of its raw values."""

    iid: str
    indicator: Indicator
    scale: Scale
    first: int
    block: str  # the raw values' range, for MIN/MAX/RANK/…
    raw: Style  # INT when every raw value is whole, else DEC
    computed: str | None = None  # the range of the values from the data (``missing: mean``)


def breakdown_columns(ctx: Context, imputed: bool) -> dict[str, int]:
    """Column key → column, in order."""
    criteria = ctx.result.criteria
    keys = ["rank", "name"]
    keys += ["group"] if criteria.group_by else []
    keys += ["aspect"] if len(criteria.tree) > 1 else []
    keys += ["code", "indicator"]
    keys += ["computed"] if any(i.missing is Missing.MEAN for i in criteria.all_indicators.values()) else []
    keys += ["raw", "source", "method", "direction", "low", "high"]
    keys += ["mean", "std"] if any(s.method.spec.needs_spread for s in ctx.result.scales.values()) else []
    keys += ["normalized", "weight"] + (["contribution"] if criteria.aggregation is Aggregation.ARITHMETIC else [])
    keys += ["note"] if imputed else []
    return {k: i for i, k in enumerate(keys)}


def breakdown_titles(ctx: Context, col: dict[str, int]) -> list[str]:
    t = ctx.t
    titles = {
        "rank": t("rank"), "name": t("name"), "group": t("group"), "aspect": t("xlsx_aspect"),
        "code": t("xlsx_code"), "indicator": t("xlsx_indicator"), "raw": t("xlsx_raw"),
        "computed": ctx.say(am.COMPUTED()), "source": ctx.say(am.SOURCE()),
        "method": t("xlsx_method"), "direction": t("xlsx_direction"), "low": t("xlsx_low"),
        "high": t("xlsx_high"), "mean": t("xlsx_mean"), "std": t("xlsx_std"),
        "normalized": t("xlsx_normalized"), "weight": t("xlsx_weight_global"),
        "contribution": t("xlsx_contribution"), "note": t("xlsx_note"),
    }
    return [titles[k] for k in col]


def write_breakdown(ctx: Context, ws: Any) -> None:
    """The sheet; publishes each normalised value's and contribution's cell in ``ctx``."""
    result, t = ctx.result, ctx.t
    criteria = result.criteria
    arithmetic = criteria.aggregation is Aggregation.ARITHMETIC
    imputed = imputed_values(result, ctx.lang)
    sheet = BreakdownRows(ctx, SheetWriter(ws, ctx.styles), breakdown_columns(ctx, bool(imputed)), imputed,
                          data_cells(ctx))
    w, col = sheet.w, sheet.col
    w.title(f"{t('sheet_breakdown')}: {localized(result.title, ctx.lang)}")
    note = am.BREAKDOWN_NOTE if arithmetic else am.BREAKDOWN_NOTE_GEOMETRIC
    first, _, rest = ctx.say(note(data=ctx.sheet_name("data"))).partition("; ")
    w.notes(1, [first + ";", rest])
    w.header(HEADER_ROW, breakdown_titles(ctx, col))
    row = HEADER_ROW + 1
    blocks: list[tuple[int, int]] = []
    for group in result.groups:
        members = result.in_group(group)
        for iid, ind in criteria.all_indicators.items():
            raw = [float(v) for m in members if (v := m.indicators[iid].raw) is not None]
            last = row + len(members) - 1
            block = Block(iid, ind, result.scales[(group, iid)], row, cell_range(row, last, col["raw"]),
                          whole_or_decimal(raw), cell_range(row, last, col["computed"]) if "computed" in col else None)
            ctx.normalized_block[(group, iid)] = cell_range(row, last, col["normalized"], sheet=ws.name)
            blocks.append((row, last))
            for r in members:
                # A line above each indicator block (the first block starts under the header).
                sheet.indicator_row(block, r, row, block_edge if row == block.first > HEADER_ROW + 1 else as_is)
                row += 1
    if row > HEADER_ROW + 1:
        ws.autofilter(HEADER_ROW, 0, row - 1, len(col) - 1)
    w.widths[col["indicator"]] = min(max((len(criteria.label(iid, ctx.lang)) for iid in criteria.all_indicators),
                                         default=10), 32)
    if "note" in col:
        w.widths[col["note"]] = 28
    w.fit_columns({col["name"]: 16})
    ws.freeze_panes(HEADER_ROW + 1, col["name"] + 1)
    page_setup(ctx, ws, HEADER_ROW, widths=w.applied, name_columns=col["name"])
    keep_together(ws, blocks, w.applied, row - 1)  # an indicator's block on one page when it fits one


def as_is(style: Style) -> Style:
    return style


@dataclass
class BreakdownRows:
    """Writes the rows of the sheet: ``col`` maps each column key to its column, ``imputed``
    holds the notes on filled-in raw values."""

    ctx: Context
    w: SheetWriter
    col: dict[str, int]
    imputed: dict[tuple[str, str], str]
    cells: DataCells
    links: int = 0  # hyperlinks written so far on the sheet

    def indicator_row(self, b: Block, r: CandidateResult, row: int, x: Callable[[Style], Style]) -> None:
        """One candidate's row of block ``b``; ``x`` turns each style into this row's (the block edge)."""
        ctx, w, col = self.ctx, self.w, self.col
        values = r.indicators[b.iid]
        w.formula(row, col["rank"], f"={ranking_cell(ctx, r.id, 'rank')}", r.rank, x(RANK))
        w.text(row, col["name"], r.id, x(TEXT))
        if "group" in col:
            w.text(row, col["group"], r.group, x(TEXT))
        if "aspect" in col:
            w.text(row, col["aspect"], ctx.result.criteria.aspect_of[b.iid], x(TEXT))
        w.text(row, col["code"], b.iid, x(TEXT))
        w.text(row, col["indicator"], ctx.result.criteria.label(b.iid, ctx.lang), x(TEXT), measure=False)
        self.raw_cells(b, r, row, x)
        w.text(row, col["method"], method_text(b.scale), x(TEXT))
        w.text(row, col["direction"], direction_text(b.scale.better, ctx.lang), x(TEXT))
        mean, std = self.scale_cells(b, row, x)
        formula = normalized_formula(b.scale, cell(row, col["raw"]), cell(row, col["low"]), cell(row, col["high"]),
                                     b.block, mean, std)
        w.formula(row, col["normalized"], f"={formula}", values.normalized, x(SCORE))
        ctx.normalized[(r.id, b.iid)] = cell(row, col["normalized"], absolute=True, sheet=w.ws.name)
        w.formula(row, col["weight"], f"={ctx.global_weight[b.iid]}", values.weight, x(PCT))
        if "contribution" in col:
            w.formula(row, col["contribution"], f"={cell(row, col['weight'])}*{cell(row, col['normalized'])}",
                      values.contribution, x(SCORE))
            ctx.contribution[(r.id, b.iid)] = cell(row, col["contribution"], absolute=True, sheet=w.ws.name)
        if "note" in col:
            w.text(row, col["note"], self.imputed.get((r.id, b.iid), ""), x(TEXT), measure=False)

    def raw_cells(self, b: Block, r: CandidateResult, row: int, x: Callable[[Style], Style]) -> None:
        """The raw value as a formula over the Data sheet, the value from the data before the
        ``missing: mean`` policy (its own column), and the Source: the Data cells read."""
        w, col = self.w, self.col
        criteria = self.ctx.result.criteria
        value = r.indicators[b.iid].raw
        excel = indicator_excel(criteria, b.iid, self.cells, r.id)
        computed_cell = cell(row, col["computed"]) if "computed" in col else None
        formula = raw_formula(criteria, b.iid, excel, b.computed, computed_cell)
        if "computed" in col:
            if formula.computed is None:
                w.text(row, col["computed"], "", x(TEXT))
            else:
                shown = None if (r.id, b.iid) in self.imputed else value
                w.formula(row, col["computed"], f"={formula.computed}", shown, x(b.raw))
        if formula.raw is None:
            w.number(row, col["raw"], value, x(b.raw))
        else:
            w.formula(row, col["raw"], f"={formula.raw}", value, x(b.raw))
        self.ctx.raw[(r.id, b.iid)] = cell(row, col["raw"], absolute=True, sheet=w.ws.name)
        link = first_row_link(formula.cells)
        if link is None:
            w.text(row, col["source"], "", x(TEXT))
        elif self.links >= MAX_LINKS:  # past Excel's limit: the address still names the cells
            w.text(row, col["source"], source_text(formula.cells), x(TEXT))
        else:
            w.ws.write_url(row, col["source"], link, w.styles.format(x(LINK)), source_text(formula.cells))
            w.widen(col["source"], len(source_text(formula.cells)))
            self.links += 1

    def scale_cells(self, b: Block, row: int, x: Callable[[Style], Style]) -> tuple[str | None, str | None]:
        """The low/high cells (goalposts as numbers, else MIN/MAX of the block) and, for
        zscore, the mean and standard deviation; returns the cells of those two (or None)."""
        w, col, scale = self.w, self.col, b.scale
        if scale.method.spec.goalposts:
            low, high = self.ctx.goalposts[b.iid]
            w.formula(row, col["low"], f"={low}", scale.low, x(DEC))
            w.formula(row, col["high"], f"={high}", scale.high, x(DEC))
        else:
            w.formula(row, col["low"], f"=MIN({b.block})", scale.low, x(b.raw))
            w.formula(row, col["high"], f"=MAX({b.block})", scale.high, x(b.raw))
        if "mean" not in col:
            return None, None
        if not scale.method.spec.needs_spread:
            w.text(row, col["mean"], "", x(TEXT))
            w.text(row, col["std"], "", x(TEXT))
            return None, None
        w.formula(row, col["mean"], f"=AVERAGE({b.block})", scale.mean, x(DEC))
        w.formula(row, col["std"], f"=STDEVP({b.block})", scale.std, x(DEC))
        return cell(row, col["mean"]), cell(row, col["std"])


def imputed_values(result: RankingRun, lang: Lang) -> dict[tuple[str, str], str]:
    """(candidate, indicator) → a note for the raw values the ``missing`` policy filled in."""
    import numpy as np

    period = result.period
    criteria = result.criteria
    if period is None or all(i.missing in (Missing.ERROR, Missing.EXCLUDE)
                             for i in criteria.all_indicators.values()):
        return {}
    current, previous = environments(period, criteria)
    raw = raw_values(current, previous, criteria)
    names = period.current["_name"].to_numpy()
    filled: list[tuple[str, str, str]] = []  # (name, indicator, note) of each value filled in
    for iid, values in raw.items():
        policy = criteria.all_indicators[iid].missing
        if policy not in (Missing.ZERO, Missing.MEAN):
            continue
        note = f"{label('c_missing', lang)}: {label(f'c_missing_{policy.value}', lang)}"
        filled += [(str(names[i]), iid, note) for i in np.flatnonzero(np.isnan(values)).tolist()]
    if not filled:
        return {}
    # Only ranked candidates get a note. 725,000 names: neither a set of them all nor objects built.
    wanted = {name for name, _, _ in filled}
    columns = getattr(result.results, "columns", None)
    ranked = {n for n in (columns.names if columns is not None else (r.id for r in result.results)) if n in wanted}
    return {(name, iid): note for name, iid, note in filled if name in ranked}
