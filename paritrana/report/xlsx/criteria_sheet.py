"""The Kriteria/Criteria sheet: the weight tree, the rules and the criteria file as written.

The relative and global weights are formulas over the weights as written in the YAML; the
Breakdown and Ranking formulas reference these cells (published in the ``Context``), so a jury
member who tries another weight here sees every score follow. The large report adds the
normalisation scales of each group (its Breakdown has no room for them).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from paritrana.i18n import fmt_number, label, localized
from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import audit as am
from paritrana.io.criteria_file import shown_name
from paritrana.report.xlsx.bands_table import write_bands
from paritrana.report.xlsx.base import Context, Published, direction_text, method_text
from paritrana.report.xlsx.page import page_setup
from paritrana.report.xlsx.refs import cell
from paritrana.report.xlsx.style import DEC, GENERAL, INT, KEY, MONO, PCT, PLAIN, SECTION, TEXT, WRAP
from paritrana.report.xlsx.writer import SheetWriter

if TYPE_CHECKING:
    from paritrana.core.criteria import Aspect, Indicator

HEADER_ROW = 4
EXPRESSION = 11  # the last column of the weight tree
INDENTED = replace(TEXT, indent=1)  # an indicator under its aspect


def write_criteria(ctx: Context, ws: Any) -> None:
    result, t = ctx.result, ctx.t
    criteria = result.criteria
    w = SheetWriter(ws, ctx.styles)
    w.title(f"{t('criteria')}: {localized(result.title, ctx.lang)}")
    w.note(1, f"{shown_name(result.criteria_source.path).render(ctx.lang)} · SHA-256 {result.criteria_source.sha256}")
    w.note(3, t("xlsx_tree"), SECTION)
    titles = [t("xlsx_aspect_indicator"), t("xlsx_label"), t("xlsx_weight_written"), t("xlsx_weight_relative"),
              t("xlsx_weight_global"), t("xlsx_method"), ctx.say(am.LOW_GOALPOST()), ctx.say(am.HIGH_GOALPOST()),
              t("xlsx_parameters"), t("xlsx_direction"), t("xlsx_missing"), t("xlsx_expression")]
    w.header(HEADER_ROW, titles)
    row = weight_tree(ctx, w, HEADER_ROW + 1) + 1
    row = listing(w, row, t("c_derived"), [f"{name} = {text}" for name, text in criteria.derived.items()])
    row = listing(w, row, t("c_eligibility"), list(criteria.eligibility))
    row = listing(w, row, t("c_tiebreak"), [", ".join(criteria.tiebreak)] if criteria.tiebreak else [])
    row = listing(w, row, t("c_aggregation"), [t(f"c_{criteria.aggregation.value}")])
    if criteria.group_by:
        row = listing(w, row, t("group"), [criteria.group_by])
    if ctx.large:
        row = scales(ctx, w, row)
    row = write_bands(ctx, w, row)
    row = w.note(row, t("xlsx_yaml"), SECTION)
    # Long lines run on into the empty cells to the right; they do not widen column A.
    w.notes(row, result.criteria_text.splitlines(), MONO)
    # Narrow enough for one page width at 8 pt or more: long labels, directions and
    # expressions wrap (the criteria file's text follows the table; a second band of pages
    # would print it again beside nothing).
    w.cap({1: 22, 2: 12, 3: 10, 4: 10, 5: 10, 6: 9, 7: 9, 8: 12, 9: 12, 10: 9, EXPRESSION: 24}, (HEADER_ROW, titles))
    w.fit_columns({0: 14})
    ws.freeze_panes(HEADER_ROW + 1, 0)
    page_setup(ctx, ws, None, widths=w.applied, name_columns=0)  # the criteria text follows: no repeated header


def weight_tree(ctx: Context, w: SheetWriter, row: int) -> int:
    """A row per aspect (unless the criteria are flat) followed by its indicators; returns the
    next row."""
    criteria = ctx.result.criteria
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
            aspect_row(ctx, w, row, aid, aspect, weights_total)
            row += 1
        first, last = row, row + len(aspect.indicators) - 1
        share = f"{cell(aspect_rows[aid], 3)}*" if not criteria.flat else ""
        for iid, ind in aspect.indicators.items():
            indicator_row(ctx, w, row, iid, ind, f"SUM({cell(first, 2)}:{cell(last, 2)})", share)
            row += 1
    return row


def aspect_row(ctx: Context, w: SheetWriter, row: int, aid: str, aspect: Aspect, weights_total: str) -> None:
    w.text(row, 0, aid, KEY)
    shown = ctx.result.criteria.aspect_label(aid, ctx.lang)
    w.text(row, 1, shown, replace(KEY, text_wrap=True))
    w.wrapped.append((row, 1, shown))
    w.number(row, 2, aspect.weight, GENERAL)
    w.formula(row, 3, f"={cell(row, 2)}/({weights_total})", ctx.result.criteria.aspect_shares[aid], PCT)
    ctx.aspect_share[aid] = cell(row, 3, absolute=True, sheet=w.ws.name)
    ctx.published.append(Published(f"aspect:{aid}", aid, cell(row, 2, absolute=True, sheet=w.ws.name),
                                   float(aspect.weight)))
    for col in range(4, EXPRESSION + 1):
        w.text(row, col, "")


def indicator_row(ctx: Context, w: SheetWriter, row: int, iid: str, ind: Indicator, aspect_total: str,
                  share: str) -> None:
    """An indicator's weights (written, relative: over ``aspect_total``, global: × the aspect's
    ``share``), method and expression; publishes the weights' cells."""
    criteria = ctx.result.criteria
    w.text(row, 0, iid, TEXT if criteria.flat else INDENTED)
    shown = criteria.label(iid, ctx.lang)
    w.text(row, 1, shown, WRAP)
    w.wrapped += [(row, 1, shown), (row, 8, method_parameters(ind, ctx.lang)),
                  (row, 9, direction_text(ind.better, ctx.lang)), (row, EXPRESSION, ind.value)]
    w.number(row, 2, ind.weight, GENERAL)
    w.formula(row, 3, f"={cell(row, 2)}/{aspect_total}", criteria.local_weights[iid], PCT)
    w.formula(row, 4, f"={share}{cell(row, 3)}", criteria.global_weights[iid], PCT)
    w.text(row, 5, ind.normalize.method.value)
    goalposts(ctx, w, row, iid, ind)
    w.text(row, 8, method_parameters(ind, ctx.lang), WRAP)
    w.text(row, 9, direction_text(ind.better, ctx.lang), WRAP)
    w.text(row, 10, ind.missing.value)
    w.text(row, EXPRESSION, ind.value, WRAP)
    ctx.local_weight[iid] = cell(row, 3, absolute=True, sheet=w.ws.name)
    ctx.global_weight[iid] = cell(row, 4, absolute=True, sheet=w.ws.name)
    ctx.published.append(Published(f"indicator:{iid}", iid, cell(row, 2, absolute=True, sheet=w.ws.name),
                                   float(ind.weight)))


def goalposts(ctx: Context, w: SheetWriter, row: int, iid: str, ind: Indicator) -> None:
    """A ``target`` indicator's goalposts, as numbers the Breakdown's formulas read (so a jury
    member can try others); empty for the other methods."""
    spec = ind.normalize
    if not spec.method.spec.goalposts or spec.min is None or spec.max is None:
        w.text(row, 6, "")
        w.text(row, 7, "")
        return
    cells = []
    for col, value, what in ((6, spec.min, "min"), (7, spec.max, "max")):
        w.number(row, col, value, GENERAL)
        cells.append(cell(row, col, absolute=True, sheet=w.ws.name))
        ctx.published.append(Published(f"goalpost:{iid}:{what}", f"{iid} {what}", cells[-1], float(value)))
    ctx.goalposts[iid] = (cells[0], cells[1])


def scales(ctx: Context, w: SheetWriter, row: int) -> int:
    """The large report's table of what normalised each indicator in each group (the small
    report shows it in every Breakdown row)."""
    result, t = ctx.result, ctx.t
    row = w.note(row, ctx.text("scales"), SECTION)
    w.header(row, [t("group"), t("xlsx_code"), t("xlsx_method"), t("xlsx_direction"), t("xlsx_low"),
                   t("xlsx_high"), t("xlsx_mean"), t("xlsx_std"), ctx.text("count")])
    row += 1
    for (group, iid), scale in result.scales.items():
        w.text(row, 0, "–" if group is None else str(group))
        w.text(row, 1, iid)
        w.text(row, 2, method_text(scale))
        w.text(row, 3, direction_text(scale.better, ctx.lang))
        for col, value in ((4, scale.low), (5, scale.high), (6, scale.mean), (7, scale.std)):
            w.number(row, col, value, DEC)
        w.number(row, 8, scale.count, INT)
        row += 1
    return row + 1


def listing(w: SheetWriter, row: int, title: str, lines: list[str]) -> int:
    """A section title and its lines ("–" for none), then a blank row."""
    row = w.note(row, title, SECTION)
    return w.notes(row, lines or ["–"], PLAIN) + 1


def method_parameters(ind: Indicator, lang: Lang) -> str:
    """The output range as written: "range 1–100" (the goalposts have their own columns)."""
    spec = ind.normalize
    parts = []
    if spec.range is not None:
        lo, hi = spec.range
        parts.append(f"{label('c_range', lang)} {fmt_number(lo, _decimals(lo), lang)}–"
                     f"{fmt_number(hi, _decimals(hi), lang)}")
    return "; ".join(parts)


def _decimals(value: float | None) -> int:
    return 0 if value is None or float(value).is_integer() else 2
