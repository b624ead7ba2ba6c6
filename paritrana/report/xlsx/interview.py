"""The Wawancara/Interview sheet of a report with a jury panel.

From the top: the final-stage weights (desk and panel shares as formulas over the weights as
written), the interview criteria and their relative weights, and one row per finalist: the
combined score of each criterion, the number of jurors, the panel score, the desk score and
rank, the final score and the final rank. Formulas, each storing the number paritrana computed:

- criterion score: ``AVERAGE(col)`` (mean), ``MEDIAN(col)`` (median) or
  ``(SUM(col)-MAX(col)-MIN(col))/(COUNT(col)-2)`` (trimmed mean, at least five scores), over
  the finalist's column of that criterion's matrix on the Jurors sheet — "abstain" is text and
  is left out; with ``standardize: true`` the combined values are numbers (they come from the
  standardised scores)
- panel score = Σ relative weight × criterion score; on 0–100: ``100*(x-lo)/(hi-lo)``
- final score = desk share × desk score + panel share × panel score (0–100)

Where each cell is follows from the result alone (``interview_layout``), so the Ranking sheet
can reference this sheet whatever order the sheets are written in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from paritrana.core.panel_spec import TRIMMED_MIN_SCORES, PanelAggregation
from paritrana.i18n import fmt_number
from paritrana.i18n.lang import Lang
from paritrana.panel.outcome import PanelOutcome
from paritrana.report.xlsx.base import Context, Published
from paritrana.report.xlsx.page import page_setup
from paritrana.report.xlsx.ranking_layout import ranking_cell
from paritrana.report.xlsx.refs import cell, excel_number
from paritrana.report.xlsx.style import GENERAL, INT, KEY, PCT, RANK, SCORE, SECTION
from paritrana.report.xlsx.writer import SheetWriter

if TYPE_CHECKING:
    from paritrana.core.result import RankingResult, StagesInfo
    from paritrana.panel.outcome import CombinedRow

Blocks = dict[str | None, tuple[int, int]]  # criterion (None: totals) → first and last juror row on Jurors


def panel_outcome(result: RankingResult) -> PanelOutcome | None:
    """The jury panel's outcome of ``result`` (None without panel scores)."""
    panel = result.panel
    if panel is None:
        return None
    assert isinstance(panel, PanelOutcome), type(panel)
    return panel


# ---- where the cells are -------------------------------------------------------------------------

@dataclass(frozen=True)
class InterviewRefs:
    desk_share: str  # absolute, with the sheet name
    panel_share: str
    panel_percent: dict[str, str]  # finalist → cell of the panel score on 0–100


@dataclass(frozen=True)
class InterviewLayout:
    weights_first: int  # row of the desk weight; the panel weight is the next row
    criteria_header: int
    results_header: int
    columns: dict[str, int]  # key → column of the results table
    grouped: bool
    declared_scale: bool  # the panel's scale is not 0–100: a column on that scale too


def interview_layout(outcome: PanelOutcome) -> InterviewLayout:
    spec = outcome.spec
    weights_first = 6  # title, source, method, (blank), section, header
    criteria_header = weights_first + 5  # two weight rows, the shortlist rule, a blank row, the section
    results_header = criteria_header + len(spec.criteria) + 3  # criteria rows, blank, section
    grouped = any(row.group is not None for row in outcome.rows)
    declared = tuple(spec.scale) != (0.0, 100.0)
    keys = ["rank", "name"] + (["group"] if grouped else []) + [f"c:{cid}" for cid in spec.criteria]
    keys += ["jurors"] + (["panel"] if declared else []) + ["percent", "desk", "desk_rank", "final"]
    return InterviewLayout(weights_first, criteria_header, results_header, {k: i for i, k in enumerate(keys)},
                           grouped, declared)


def interview_refs(ctx: Context, outcome: PanelOutcome) -> InterviewRefs:
    lay = interview_layout(outcome)
    sheet = ctx.sheet_name("interview")
    percent = {row.candidate: cell(lay.results_header + 1 + i, lay.columns["percent"], absolute=True, sheet=sheet)
               for i, row in enumerate(outcome.rows)}
    return InterviewRefs(cell(lay.weights_first, 2, absolute=True, sheet=sheet),
                         cell(lay.weights_first + 1, 2, absolute=True, sheet=sheet), percent)


# ---- the sheet ------------------------------------------------------------------------------------

def write_interview(ctx: Context, ws: Any, outcome: PanelOutcome, blocks: Blocks) -> None:
    """The sheet; ``blocks`` locates each criterion's scores on the Jurors sheet."""
    stages = ctx.result.stages
    assert stages is not None
    lay = interview_layout(outcome)
    w = SheetWriter(ws, ctx.styles)
    interview_heading(ctx, w, outcome)
    final_weights(ctx, w, lay.weights_first, stages)
    shares = interview_criteria(ctx, w, lay.criteria_header, outcome)
    row = finalists(ctx, w, lay, outcome, blocks, shares)
    how = aggregation_text(ctx, outcome)
    w.note(row + 1, ctx.t("xp_results_note").format(how=how, sheet=ctx.sheet_name("jurors")))
    if outcome.spec.standardize:
        w.note(row + 2, ctx.t("xp_standardized_note"))
    w.fit_columns({0: 14, 1: 16})
    ws.freeze_panes(lay.results_header + 1, lay.columns["name"] + 1)
    page_setup(ctx, ws, lay.results_header, widths=w.applied, name_columns=lay.columns["name"])


def aggregation_text(ctx: Context, outcome: PanelOutcome) -> str:
    """How the jurors' scores were combined: "rata-rata, dibakukan per juri"."""
    spec = outcome.spec
    return ctx.t(f"p_agg_{spec.aggregation.value}") + (", " + ctx.t("p_standardized") if spec.standardize else "")


def interview_heading(ctx: Context, w: SheetWriter, outcome: PanelOutcome) -> None:
    t, lang, spec = ctx.t, ctx.lang, outcome.spec
    lo, hi = spec.scale
    w.title(spec.title_in(ctx.lang) or t("p_title"))
    w.note(1, t("xp_source").format(path=outcome.source.path, sha=outcome.source.sha256))
    scale = t("xp_scale").format(lo=number_text(lo, lang), hi=number_text(hi, lang), n=spec.min_jurors)
    summary = t("p_summary").format(jurors=len(outcome.jurors), candidates=len(outcome.candidates),
                                    how=aggregation_text(ctx, outcome))
    w.note(2, f"{summary}; {scale}")


def final_weights(ctx: Context, w: SheetWriter, first: int, stages: StagesInfo) -> None:
    """Final-stage weights, written, then shares (the Ranking sheet's Score formulas use
    them), and the shortlist rule."""
    t = ctx.t
    w.note(first - 2, t("xp_final_weights"), SECTION)
    w.header(first - 1, [t("xp_part"), t("xlsx_weight_written"), t("xlsx_weight_relative")])
    pair = f"({cell(first, 1)}+{cell(first + 1, 1)})"
    final = stages.spec.final
    parts = (("desk", "p_desk_score", final.desk, stages.desk_share),
             ("panel", "p_panel_score", final.panel, stages.panel_share))
    for row, (part, key, written, share) in enumerate(parts, start=first):
        w.text(row, 0, t(key), KEY)
        w.number(row, 1, written, GENERAL)
        w.formula(row, 2, f"={cell(row, 1)}/{pair}", share, PCT)
        ctx.published.append(Published(f"final:{part}", t(key), cell(row, 1, absolute=True, sheet=w.ws.name),
                                       float(written)))
    rule = stages.spec.shortlist
    shortlist = (t("xp_shortlist_top").format(n=rule.top) if rule.top is not None
                 else t("xp_shortlist_min").format(score=number_text(rule.min_score, ctx.lang)))
    w.note(first + 2, shortlist)


def interview_criteria(ctx: Context, w: SheetWriter, header: int, outcome: PanelOutcome) -> dict[str, str]:
    """The interview criteria and their relative weights; returns criterion → weight cell."""
    t, spec = ctx.t, outcome.spec
    w.note(header - 1, t("xp_criteria"), SECTION)
    w.header(header, [t("xlsx_code"), t("xlsx_label"), t("xlsx_weight_written"), t("xlsx_weight_relative")])
    c_first, c_last = header + 1, header + len(spec.criteria)
    total = f"SUM({cell(c_first, 2, absolute=True)}:{cell(c_last, 2, absolute=True)})"
    share_of: dict[str, str] = {}
    for r, (cid, criterion) in enumerate(spec.criteria.items(), start=header + 1):
        w.text(r, 0, cid)
        w.text(r, 1, spec.label_of(cid, ctx.lang))
        w.number(r, 2, criterion.weight, GENERAL)
        w.formula(r, 3, f"={cell(r, 2)}/{total}", spec.weights[cid], PCT)
        ctx.published.append(Published(f"panel:{cid}", f"{t('xp_criteria')}: {cid}",
                                       cell(r, 2, absolute=True, sheet=w.ws.name), float(criterion.weight)))
        share_of[cid] = cell(r, 3, absolute=True)
    return share_of


def finalists(ctx: Context, w: SheetWriter, lay: InterviewLayout, outcome: PanelOutcome, blocks: Blocks,
              shares: dict[str, str]) -> int:
    """One row per finalist under the results header; returns the next row."""
    t, lang = ctx.t, ctx.lang
    lo, hi = outcome.spec.scale
    header = lay.results_header
    w.note(header - 1, t("xp_results"), SECTION)
    titles = {"rank": t("xp_final_rank"), "name": t("name"), "group": t("group"), "jurors": t("p_jurors"),
              "panel": t("xp_panel_scale").format(lo=number_text(lo, lang), hi=number_text(hi, lang)),
              "percent": t("xp_panel_100"), "desk": t("p_desk_score"), "desk_rank": t("p_desk_rank"),
              "final": t("p_final_score")}
    titles.update({f"c:{cid}": cid for cid in outcome.spec.criteria})
    w.header(header, [titles[k] for k in lay.columns])
    row = header + 1
    for k, r in enumerate(outcome.rows):
        finalist_row(ctx, w, lay, outcome, row, k, r, blocks, shares)
        row += 1
    return row


def finalist_row(ctx: Context, w: SheetWriter, lay: InterviewLayout, outcome: PanelOutcome, row: int, k: int,
                 r: CombinedRow, blocks: Blocks, shares: dict[str, str]) -> None:
    """Finalist ``r``, the ``k``-th column of the Jurors sheet's matrices."""
    spec, col = outcome.spec, lay.columns
    jurors_sheet = ctx.sheet_name("jurors")
    w.formula(row, col["rank"], f"={ranking_cell(ctx, r.candidate, 'rank')}", r.final_rank, RANK)
    w.text(row, col["name"], r.candidate, KEY)
    if "group" in col:
        w.text(row, col["group"], r.group)
    for cid in spec.criteria:
        first_row, last_row = blocks[cid]
        span = f"{cell(first_row, k + 1, absolute=True, sheet=jurors_sheet)}:{cell(last_row, k + 1, absolute=True)}"
        formula = combined_formula(outcome, cid, r.counts[cid], span)
        if formula is None:
            w.number(row, col[f"c:{cid}"], r.criteria[cid], SCORE)
        else:
            w.formula(row, col[f"c:{cid}"], f"={formula}", r.criteria[cid], SCORE)
    w.number(row, col["jurors"], r.jurors, INT)
    weighted = "+".join(f"{shares[cid]}*{cell(row, col[f'c:{cid}'])}" for cid in spec.criteria)
    if lay.declared_scale:
        lo, hi = spec.scale
        w.formula(row, col["panel"], f"={weighted}", r.panel_score, SCORE)
        percent = f"100*({cell(row, col['panel'])}-{excel_number(lo)})/{excel_number(hi - lo)}"
    else:
        percent = weighted
    w.formula(row, col["percent"], f"={percent}", r.panel_percent, SCORE)
    w.formula(row, col["desk"], f"={ranking_cell(ctx, r.candidate, 'desk')}", r.desk_score, SCORE)
    w.formula(row, col["desk_rank"], f"={ranking_cell(ctx, r.candidate, 'desk_rank')}", r.desk_rank, RANK)
    first = lay.weights_first
    w.formula(row, col["final"], f"={cell(first, 2, absolute=True)}*{cell(row, col['desk'])}+"
                                 f"{cell(first + 1, 2, absolute=True)}*{cell(row, col['percent'])}",
              r.final_score, SCORE)


def combined_formula(outcome: PanelOutcome, criterion: str, count: int, span: str) -> str | None:
    """The Excel expression of one finalist's combined score on ``criterion`` over its column
    ``span`` of the jurors' matrix; None where it is not a formula of the raw scores
    (standardised panels)."""
    spec = outcome.spec
    if spec.standardize:
        return None
    how = spec.aggregation.value
    if spec.aggregation is PanelAggregation.TRIMMED and count < TRIMMED_MIN_SCORES:
        how = spec.trimmed_fallback.value
    if how == "mean":
        return f"AVERAGE({span})"
    if how == "median":
        return f"MEDIAN({span})"
    if how == "trimmed":
        return f"(SUM({span})-MAX({span})-MIN({span}))/(COUNT({span})-2)"
    return None


def number_text(value: float | None, lang: Lang) -> str:
    """A number of the panel's settings as a person writes it: "100", "7,5"."""
    return fmt_number(value, 0 if value is None or float(value).is_integer() else 2, lang)
