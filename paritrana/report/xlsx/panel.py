"""The jury panel in the Excel report: the Wawancara/Interview and Juri/Jurors sheets, and the
stage columns of the Ranking sheet.

* **Wawancara / Interview**: the final-stage weights (desk and panel shares as formulas over
  the weights as written), the interview criteria and their relative weights, and one row per
  finalist: the combined score of each criterion, the number of jurors, the panel score, the
  desk score and rank, the final score and the final rank.
* **Juri / Jurors**: the juror × finalist matrix of totals and of each criterion's scores
  (an abstention is the text "abstain" in grey, never 0; "–" where a juror has no row for
  the finalist), then the diagnostics: severity and Spearman's ρ per juror, abstentions,
  Kendall's W with its reading, and the disagreement per finalist.

Formulas, each storing the number paritrana computed:

- criterion score: ``AVERAGE(col)`` (mean), ``MEDIAN(col)`` (median) or
  ``(SUM(col)-MAX(col)-MIN(col))/(COUNT(col)-2)`` (trimmed mean, at least five scores), over
  the finalist's column of that criterion's matrix — "abstain" is text and is left out; with
  ``standardize: true`` the combined values are numbers (they come from the standardised scores)
- panel score = Σ relative weight × criterion score; on 0–100: ``100*(x-lo)/(hi-lo)``
- final score = desk share × desk score + panel share × panel score (0–100)

On the Ranking sheet the indicator contributions are the desk stage's (a finalist's JSON
contributions are these × the desk share, see ``paritrana.panel.stages``): ``desk_view()``
gives the report a result whose finalists carry their desk weights and contributions, so the
Breakdown's formulas (global weight × normalised) hold for every candidate. The Ranking sheet
then shows Desk score (= Σ contributions), Desk #, Panel (a reference into the Interview
sheet) and Shortlisted, and a finalist's Score is ``desk share × desk score + panel share ×
panel score`` with the shares' cells on the Interview sheet — so changing a weight there moves
every final score.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from paritrana.core.panel_spec import TRIMMED_MIN_SCORES, PanelAggregation
from paritrana.core.ranked import RankedList
from paritrana.i18n import fmt_number
from paritrana.report.panel_terminal import W_BANDS
from paritrana.report.xlsx.base import Context, SheetWriter, cell, excel_number, page_setup

if TYPE_CHECKING:
    from paritrana.core.ranked import CandidateResult
    from paritrana.core.run import RankingRun
    from paritrana.panel.outcome import PanelMatrix, PanelOutcome

PANEL_SHEETS = ("interview", "jurors")
SHORTLIST_MARK = "✓"
GREY = "#808080"


# ---- hooks for xlsx.py --------------------------------------------------------------------------

def panel_sheet_keys(result: RankingRun) -> tuple[str, ...]:
    """The sheets the panel adds (none without panel scores); named ``sheet_<key>``."""
    return PANEL_SHEETS if result.panel is not None else ()


def desk_view(result: RankingRun) -> RankingRun:
    """``result`` with each finalist's indicator weights and contributions on the desk scale
    (global weight, global weight × normalised) — what the Breakdown's formulas compute.
    Ranks, scores and everything else are unchanged."""
    columns = result.results.columns
    if columns.stages is None:
        return result
    desk = replace(columns, stages=replace(columns.stages, desk_share=1.0))
    return replace(result, results=RankedList(desk))


def stage_titles(ctx: Context) -> list[str]:
    """The Ranking sheet's stage column titles (none without ``stages:``)."""
    stages = ctx.result.stages
    if stages is None:
        return []
    titles = [ctx.t("p_desk_score"), ctx.t("p_desk_rank")]
    if stages.scored:
        titles.append(ctx.t("p_panel_score"))
    return titles + [ctx.t("p_shortlisted")]


def write_stage_cells(ctx: Context, w: SheetWriter, r: CandidateResult, row: int, col: int, desk_formula: str,
                      fill: str | None) -> str:
    """Write ``r``'s stage cells from column ``col`` on; return the formula of its Score
    (without "="): ``desk_formula`` itself without stages, else the desk cell, or for a
    finalist desk share × desk cell + panel share × panel cell."""
    stages = ctx.result.stages
    if stages is None:
        return desk_formula
    desk = cell(row, col)
    w.formula(row, col, f"={desk_formula}", r.desk_score, "score", fill)
    w.number(row, col + 1, r.desk_rank, "rank", fill)
    formula = desk
    if stages.scored:
        refs = interview_refs(ctx)
        panel_ref = refs.panel_percent.get(r.id) if r.stage == "final" else None
        if panel_ref is not None:
            w.formula(row, col + 2, f"={panel_ref}", r.panel_score, "score", fill)
            formula = f"{refs.desk_share}*{desk}+{refs.panel_share}*{cell(row, col + 2)}"
        else:
            w.text(row, col + 2, "", fill=fill)
    w.text(row, col + len(stage_titles(ctx)) - 1, SHORTLIST_MARK if r.shortlisted else "", fill=fill,
           align="center")
    return formula


def write_stage_note(ctx: Context, w: SheetWriter, row: int) -> int:
    """The line under the Ranking sheet's note that says how a finalist's Score is made."""
    stages = ctx.result.stages
    if stages is None:
        return row
    if stages.scored:
        text = ctx.t("xp_stage_note_final").format(
            desk=fmt_number(100 * stages.desk_share, _decimals(100 * stages.desk_share), ctx.lang),
            panel=fmt_number(100 * stages.panel_share, _decimals(100 * stages.panel_share), ctx.lang),
            sheet=ctx.sheet_name("interview"))
    else:
        text = ctx.t("xp_stage_note_desk")
    w.text(row, 0, text, "subtitle", measure=False)
    return row + 1


# ---- where the cells are (computed from the result alone, so the Ranking sheet can reference
# ---- the Interview sheet whatever order the sheets are written in) ----------------------------

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


def interview_refs(ctx: Context) -> InterviewRefs:
    outcome = ctx.result.panel
    assert outcome is not None
    lay = interview_layout(outcome)
    sheet = ctx.sheet_name("interview")
    percent = {row.candidate: cell(lay.results_header + 1 + i, lay.columns["percent"], absolute=True, sheet=sheet)
               for i, row in enumerate(outcome.rows)}
    return InterviewRefs(cell(lay.weights_first, 2, absolute=True, sheet=sheet),
                         cell(lay.weights_first + 1, 2, absolute=True, sheet=sheet), percent)


# ---- the sheets -------------------------------------------------------------------------------

def write_panel_sheets(ctx: Context, sheets: dict[str, Any]) -> None:
    """Write the Interview and Jurors sheets into ``sheets`` (keys from ``panel_sheet_keys``)."""
    outcome = ctx.result.panel
    if outcome is None:
        return
    blocks = write_jurors(ctx, sheets["jurors"], outcome)
    write_interview(ctx, sheets["interview"], outcome, blocks)


def write_jurors(ctx: Context, ws: Any, outcome: PanelOutcome) -> dict[str | None, tuple[int, int]]:
    """The matrices and the diagnostics; returns criterion (None: totals) → (first, last) row
    of its juror rows (0-based)."""
    t = ctx.t
    spec = outcome.spec
    w = SheetWriter(ws, ctx.formats)
    w.text(0, 0, t("xp_matrix_title"), "title", measure=False)
    w.text(1, 0, t("xp_abstain_note"), "subtitle", measure=False)
    row = 3
    blocks: dict[str | None, tuple[int, int]] = {}
    for criterion in [None, *spec.criteria]:
        if criterion is None:
            title = t("xp_totals")
        else:
            title = t("xp_criterion_block").format(cid=criterion, label=spec.label_of(criterion),
                                                   weight=_percent(spec.weights[criterion], ctx.lang))
        w.text(row, 0, title, "section", measure=False)
        row += 1
        blocks[criterion] = _matrix(ctx, w, row, outcome.matrix(criterion))
        row = blocks[criterion][1] + 2
    row = _juror_diagnostics(ctx, w, row, outcome)
    row = _agreement(ctx, w, row, outcome)
    _disagreement(ctx, w, row, outcome)
    w.fit_columns({0: 16})
    ws.freeze_panes(0, 1)
    page_setup(ctx, ws, ws.name, None)
    return blocks


def _matrix(ctx: Context, w: SheetWriter, header: int, m: PanelMatrix) -> tuple[int, int]:
    w.header(header, [ctx.t("p_juror"), *m.candidates])
    row = header + 1
    for j, juror in enumerate(m.jurors):
        w.text(row, 0, juror)
        for k in range(len(m.candidates)):
            value = m.values[j][k]
            if value is not None:
                w.number(row, k + 1, value, "dec")
            elif m.abstained[j][k]:
                w.text(row, k + 1, ctx.t("xp_abstain_cell"), font_color=GREY, italic=True, align="right")
            else:
                w.text(row, k + 1, "–", font_color=GREY, align="right")
        row += 1
    return header + 1, row - 1


def _juror_diagnostics(ctx: Context, w: SheetWriter, row: int, outcome: PanelOutcome) -> int:
    t = ctx.t
    w.text(row, 0, t("xp_diagnostics"), "section", measure=False)
    row += 1
    w.header(row, [t("p_juror"), t("p_scored"), t("p_severity"), "Spearman ρ", t("p_abstained")])
    row += 1
    for j in outcome.diagnostics.jurors:
        w.text(row, 0, j.juror)
        w.number(row, 1, j.scored, "int")
        w.number(row, 2, j.severity, "score", num_format='+0.00;-0.00;0.00')
        w.number(row, 3, j.spearman, "score")
        w.text(row, 4, ", ".join(j.abstained))
        row += 1
    w.text(row, 0, t("p_juror_caption"), "subtitle", measure=False)
    return row + 2


def _agreement(ctx: Context, w: SheetWriter, row: int, outcome: PanelOutcome) -> int:

    t = ctx.t
    d = outcome.diagnostics
    w.text(row, 0, t("xp_kendall"), "section", measure=False)
    row += 1
    if d.kendall_w is None:
        w.text(row, 0, t("p_w_none"), "plain", measure=False)
        return row + 2
    band = next((key for limit, key in W_BANDS if d.kendall_w < limit), "p_w_very_strong")
    items: list[tuple[str, Any]] = [
        ("Kendall W" if ctx.lang == "id" else "Kendall's W", d.kendall_w),
        (t("xp_reading"), t(band)),
        (t("xp_kendall_jurors"), f"{len(d.kendall_jurors)}: {', '.join(d.kendall_jurors)}"),
    ]
    for key, value in items:
        w.text(row, 0, key, "key")
        if isinstance(value, float):
            w.number(row, 1, value, "score", align="left")
        else:
            w.text(row, 1, value, "plain", measure=False)
        row += 1
    left_out = [j for j in outcome.jurors if j not in d.kendall_jurors]
    if left_out:
        w.text(row, 0, t("p_w_left_out").format(jurors=", ".join(left_out)), "subtitle", measure=False)
        row += 1
    return row + 1


def _disagreement(ctx: Context, w: SheetWriter, row: int, outcome: PanelOutcome) -> int:
    t = ctx.t
    w.text(row, 0, t("xp_disagreement"), "section", measure=False)
    row += 1
    w.header(row, [t("name"), t("p_jurors"), t("xlsx_std"), t("xp_lowest"), t("xp_highest")])
    row += 1
    for d in outcome.diagnostics.disagreement:
        w.text(row, 0, d.candidate)
        w.number(row, 1, d.jurors, "int")
        w.number(row, 2, d.std, "score")
        w.number(row, 3, d.low, "dec")
        w.number(row, 4, d.high, "dec")
        row += 1
    return row + 1


def write_interview(ctx: Context, ws: Any, outcome: PanelOutcome, blocks: dict[str | None, tuple[int, int]]) -> None:
    result, t, lang = ctx.result, ctx.t, ctx.lang
    spec = outcome.spec
    stages = result.stages
    assert stages is not None
    lay = interview_layout(outcome)
    w = SheetWriter(ws, ctx.formats)
    lo, hi = spec.scale
    how = t(f"p_agg_{spec.aggregation.value}") + (", " + t("p_standardized") if spec.standardize else "")
    w.text(0, 0, spec.label or t("p_title"), "title", measure=False)
    w.text(1, 0, t("xp_source").format(path=outcome.source.path, sha=outcome.source.sha256), "subtitle",
           measure=False)
    scale = t("xp_scale").format(lo=_number(lo, lang), hi=_number(hi, lang), n=spec.min_jurors)
    summary = t("p_summary").format(jurors=len(outcome.jurors), candidates=len(outcome.candidates), how=how)
    w.text(2, 0, f"{summary}; {scale}", "subtitle", measure=False)

    # Final-stage weights: written, then shares (the Ranking sheet's Score formulas use them).
    first = lay.weights_first
    w.text(first - 2, 0, t("xp_final_weights"), "section", measure=False)
    w.header(first - 1, [t("xp_part"), t("xlsx_weight_written"), t("xlsx_weight_relative")])
    pair = f"({cell(first, 1)}+{cell(first + 1, 1)})"
    for offset, (key, written, share) in enumerate((("p_desk_score", stages.spec.final.desk, stages.desk_share),
                                                    ("p_panel_score", stages.spec.final.panel, stages.panel_share))):
        w.text(first + offset, 0, t(key), "key")
        w.number(first + offset, 1, written, "general")
        w.formula(first + offset, 2, f"={cell(first + offset, 1)}/{pair}", share, "pct")
    rule = stages.spec.shortlist
    shortlist = (t("xp_shortlist_top").format(n=rule.top) if rule.top is not None
                 else t("xp_shortlist_min").format(score=_number(rule.min_score, lang)))
    w.text(first + 2, 0, shortlist, "subtitle", measure=False)

    # Interview criteria and their relative weights.
    header = lay.criteria_header
    w.text(header - 1, 0, t("xp_criteria"), "section", measure=False)
    w.header(header, [t("xlsx_code"), t("xlsx_label"), t("xlsx_weight_written"), t("xlsx_weight_relative")])
    c_first, c_last = header + 1, header + len(spec.criteria)
    share_of: dict[str, str] = {}
    for i, (cid, criterion) in enumerate(spec.criteria.items()):
        r = header + 1 + i
        w.text(r, 0, cid)
        w.text(r, 1, spec.label_of(cid))
        w.number(r, 2, criterion.weight, "general")
        w.formula(r, 3, f"={cell(r, 2)}/SUM({cell(c_first, 2, absolute=True)}:{cell(c_last, 2, absolute=True)})",
                  spec.weights[cid], "pct")
        share_of[cid] = cell(r, 3, absolute=True)

    # One row per finalist.
    header = lay.results_header
    col = lay.columns
    w.text(header - 1, 0, t("xp_results"), "section", measure=False)
    titles = {"rank": t("xp_final_rank"), "name": t("name"), "group": t("group"), "jurors": t("p_jurors"),
              "panel": t("xp_panel_scale").format(lo=_number(lo, lang), hi=_number(hi, lang)),
              "percent": t("xp_panel_100"), "desk": t("p_desk_score"), "desk_rank": t("p_desk_rank"),
              "final": t("p_final_score")}
    titles.update({f"c:{cid}": cid for cid in spec.criteria})
    w.header(header, [titles[k] for k in col])
    jurors_sheet = ctx.sheet_name("jurors")
    row = header + 1
    for k, r in enumerate(outcome.rows):
        w.number(row, col["rank"], r.final_rank, "rank")
        w.text(row, col["name"], r.candidate, "key")
        if "group" in col:
            w.text(row, col["group"], r.group)
        for cid in spec.criteria:
            first_row, last_row = blocks[cid]
            span = (f"{cell(first_row, k + 1, absolute=True, sheet=jurors_sheet)}:"
                    f"{cell(last_row, k + 1, absolute=True)}")
            formula = combined_formula(outcome, cid, r.counts[cid], span)
            if formula is None:
                w.number(row, col[f"c:{cid}"], r.criteria[cid], "score")
            else:
                w.formula(row, col[f"c:{cid}"], f"={formula}", r.criteria[cid], "score")
        w.number(row, col["jurors"], r.jurors, "int")
        weighted = "+".join(f"{share_of[cid]}*{cell(row, col[f'c:{cid}'])}" for cid in spec.criteria)
        if lay.declared_scale:
            w.formula(row, col["panel"], f"={weighted}", r.panel_score, "score")
            percent = f"100*({cell(row, col['panel'])}-{excel_number(lo)})/{excel_number(hi - lo)}"
        else:
            percent = weighted
        w.formula(row, col["percent"], f"={percent}", r.panel_percent, "score")
        w.number(row, col["desk"], r.desk_score, "score")
        w.number(row, col["desk_rank"], r.desk_rank, "rank")
        w.formula(row, col["final"], f"={cell(first, 2, absolute=True)}*{cell(row, col['desk'])}+"
                                     f"{cell(first + 1, 2, absolute=True)}*{cell(row, col['percent'])}",
                  r.final_score, "score")
        row += 1
    row += 1
    w.text(row, 0, t("xp_results_note").format(how=how, sheet=jurors_sheet), "subtitle", measure=False)
    if spec.standardize:
        w.text(row + 1, 0, t("xp_standardized_note"), "subtitle", measure=False)
    w.fit_columns({0: 14, 1: 16})
    ws.freeze_panes(header + 1, col["name"] + 1)
    page_setup(ctx, ws, ws.name, header)


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


# ---- numbers ----------------------------------------------------------------------------------

def _decimals(value: float) -> int:
    return 0 if abs(value - round(value)) < 1e-9 else 1


def _number(value: float | None, lang: str) -> str:
    return fmt_number(value, 0 if value is None or float(value).is_integer() else 2, lang)


def _percent(share: float, lang: str) -> str:
    return f"{fmt_number(100 * share, _decimals(100 * share), lang)} %"
