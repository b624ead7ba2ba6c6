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

from typing import TYPE_CHECKING, Any

from paritrana.core.criteria import Aggregation, Missing
from paritrana.core.evaluate import environments, raw_values
from paritrana.core.methods import Better, ExcelCells, excel_formula
from paritrana.i18n import label
from paritrana.report.xlsx.base import (
    Context,
    SheetWriter,
    cell,
    cell_range,
    direction_text,
    excel_number,
    method_text,
    page_setup,
)

if TYPE_CHECKING:
    from paritrana.core.normalize import Scale

BLOCK_EDGE = {"top": 2, "top_color": "#1F4E78"}


def normalized_formula(scale: Scale, raw: str, low: str, high: str, block: str,
                       mean: str | None = None, std: str | None = None) -> str:
    """The Excel expression (without ``=``) of one normalised value (``core.methods``)."""
    cells = ExcelCells(raw, low, high, block, mean, std)
    return excel_formula(scale.method, cells, scale.better is Better.LOWER, scale.range, excel_number)


def write_breakdown(ctx: Context, ws: Any) -> None:
    result, t = ctx.result, ctx.t
    criteria = result.criteria
    arithmetic = criteria.aggregation is Aggregation.ARITHMETIC
    imputed = imputed_values(result, ctx.lang)
    uses_zscore = any(s.method.spec.needs_spread for s in result.scales.values())
    keys = ["rank", "name"]
    keys += ["group"] if criteria.group_by else []
    keys += ["aspect"] if len(criteria.tree) > 1 else []
    keys += ["code", "indicator", "raw", "method", "direction", "low", "high"]
    keys += ["mean", "std"] if uses_zscore else []
    keys += ["normalized", "weight"] + (["contribution"] if arithmetic else [])
    keys += ["note"] if imputed else []
    col = {k: i for i, k in enumerate(keys)}
    titles = {
        "rank": t("rank"), "name": t("name"), "group": t("group"), "aspect": t("xlsx_aspect"),
        "code": t("xlsx_code"), "indicator": t("xlsx_indicator"), "raw": t("xlsx_raw"),
        "method": t("xlsx_method"), "direction": t("xlsx_direction"), "low": t("xlsx_low"),
        "high": t("xlsx_high"), "mean": t("xlsx_mean"), "std": t("xlsx_std"),
        "normalized": t("xlsx_normalized"), "weight": t("xlsx_weight_global"),
        "contribution": t("xlsx_contribution"), "note": t("xlsx_note"),
    }
    w = SheetWriter(ws, ctx.formats)
    w.text(0, 0, f"{t('sheet_breakdown')}: {result.title}", "title", measure=False)
    w.text(1, 0, t("xlsx_breakdown_note" if arithmetic else "xlsx_breakdown_note_geometric"), "subtitle",
           measure=False)
    header = 3
    w.header(header, [titles[k] for k in keys])
    row = header + 1
    for group in result.groups:
        members = result.in_group(group)
        for iid, ind in criteria.all_indicators.items():
            scale = result.scales[(group, iid)]
            first, last = row, row + len(members) - 1
            block = cell_range(first, last, col["raw"])
            kind = _raw_kind([m.indicators[iid].raw for m in members])
            for r in members:
                values = r.indicators[iid]
                # A line above each indicator block (the first block starts under the header).
                x = BLOCK_EDGE if row == first and row > header + 1 else {}
                w.number(row, col["rank"], r.rank, "rank", **x)
                w.text(row, col["name"], r.id, **x)
                if "group" in col:
                    w.text(row, col["group"], r.group, **x)
                if "aspect" in col:
                    w.text(row, col["aspect"], criteria.aspect_of[iid], **x)
                w.text(row, col["code"], iid, **x)
                w.text(row, col["indicator"], ind.label or iid, measure=False, **x)
                w.number(row, col["raw"], values.raw, kind, **x)
                w.text(row, col["method"], method_text(scale), **x)
                w.text(row, col["direction"], direction_text(scale.better, ctx.lang), **x)
                low, high = cell(row, col["low"]), cell(row, col["high"])
                if scale.method.spec.goalposts:
                    w.number(row, col["low"], scale.low, "dec", **x)
                    w.number(row, col["high"], scale.high, "dec", **x)
                else:
                    w.formula(row, col["low"], f"=MIN({block})", scale.low, kind, **x)
                    w.formula(row, col["high"], f"=MAX({block})", scale.high, kind, **x)
                mean = std = None
                if uses_zscore:
                    if scale.method.spec.needs_spread:
                        mean, std = cell(row, col["mean"]), cell(row, col["std"])
                        w.formula(row, col["mean"], f"=AVERAGE({block})", scale.mean, "dec", **x)
                        w.formula(row, col["std"], f"=STDEVP({block})", scale.std, "dec", **x)
                    else:
                        w.text(row, col["mean"], "", **x)
                        w.text(row, col["std"], "", **x)
                formula = normalized_formula(scale, cell(row, col["raw"]), low, high, block, mean, std)
                w.formula(row, col["normalized"], f"={formula}", values.normalized, "score", **x)
                ctx.normalized[(r.id, iid)] = cell(row, col["normalized"], absolute=True, sheet=ws.name)
                w.formula(row, col["weight"], f"={ctx.global_weight[iid]}", values.weight, "pct", **x)
                if arithmetic:
                    w.formula(row, col["contribution"],
                              f"={cell(row, col['weight'])}*{cell(row, col['normalized'])}",
                              values.contribution, "score", **x)
                    ctx.contribution[(r.id, iid)] = cell(row, col["contribution"], absolute=True, sheet=ws.name)
                if "note" in col:
                    w.text(row, col["note"], imputed.get((r.id, iid), ""), measure=False, **x)
                row += 1
    if row > header + 1:
        ws.autofilter(header, 0, row - 1, len(keys) - 1)
    w.widths[col["indicator"]] = min(max((len(i.label or iid) for iid, i in criteria.all_indicators.items()),
                                         default=10), 32)
    if "note" in col:
        w.widths[col["note"]] = 28
    w.fit_columns({col["name"]: 16})
    ws.freeze_panes(header + 1, col["name"] + 1)
    page_setup(ctx, ws, ws.name, header)


def _raw_kind(values: list[float | None]) -> str:
    known = [v for v in values if v is not None]
    return "int" if known and all(float(v).is_integer() for v in known) else "dec"


def imputed_values(result: Any, lang: str) -> dict[tuple[str, str], str]:
    """(candidate, indicator) → a note for the raw values the ``missing`` policy filled in."""
    import numpy as np


    period = result.period
    criteria = result.criteria
    if period is None or all(i.missing in (Missing.ERROR, Missing.EXCLUDE)
                             for i in criteria.all_indicators.values()):
        return {}
    current, previous = environments(period, criteria)
    raw = raw_values(current, previous, criteria)
    names = [str(n) for n in period.current["_name"]]
    columns = getattr(result.results, "columns", None)  # a RankedList: no objects built for 725,000 names
    ranked = set(columns.names) if columns is not None else {r.id for r in result.results}
    notes = {}
    for iid, values in raw.items():
        policy = criteria.all_indicators[iid].missing
        if policy not in (Missing.ZERO, Missing.MEAN):
            continue
        for i in np.flatnonzero(np.isnan(values)).tolist():
            if names[i] in ranked:
                notes[(names[i], iid)] = f"{label('c_missing', lang)}: {label(f'c_missing_{policy.value}', lang)}"
    return notes

