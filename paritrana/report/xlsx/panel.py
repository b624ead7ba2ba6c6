"""The jury panel in the Excel report: the sheets it adds (Wawancara/Interview, ``interview.py``;
Juri/Jurors, ``jurors.py``) and the stage columns of the Ranking sheet.

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

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from paritrana.core.ranked import RankedList
from paritrana.i18n import fmt_number
from paritrana.report.xlsx.base import Context
from paritrana.report.xlsx.interview import interview_refs, panel_outcome, write_interview
from paritrana.report.xlsx.jurors import write_jurors
from paritrana.report.xlsx.podium import RowLook
from paritrana.report.xlsx.refs import cell
from paritrana.report.xlsx.style import RANK, SCORE, TEXT
from paritrana.report.xlsx.writer import SheetWriter

if TYPE_CHECKING:
    from paritrana.core.ranked import CandidateResult
    from paritrana.core.run import RankingRun

PANEL_SHEETS = ("interview", "jurors")
SHORTLIST_MARK = "✓"
MARK = replace(TEXT, align="center")


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


def write_panel_sheets(ctx: Context, sheets: dict[str, Any]) -> None:
    """Write the Interview and Jurors sheets into ``sheets`` (keys from ``panel_sheet_keys``)."""
    outcome = panel_outcome(ctx.result)
    if outcome is None:
        return
    blocks = write_jurors(ctx, sheets["jurors"], outcome)
    write_interview(ctx, sheets["interview"], outcome, blocks)


# ---- the Ranking sheet's stage columns ----------------------------------------------------------

def write_stage_cells(ctx: Context, w: SheetWriter, r: CandidateResult, row: int, col: int, desk_formula: str,
                      look: RowLook) -> str:
    """Write ``r``'s stage cells from column ``col`` on; return the formula of its Score
    (without "="): ``desk_formula`` itself without stages, else the desk cell, or for a
    finalist desk share × desk cell + panel share × panel cell."""
    stages = ctx.result.stages
    if stages is None:
        return desk_formula
    desk = cell(row, col)
    w.formula(row, col, f"={desk_formula}", r.desk_score, look(SCORE))
    w.number(row, col + 1, r.desk_rank, look(RANK))
    formula = desk
    if stages.scored:
        outcome = panel_outcome(ctx.result)
        assert outcome is not None
        refs = interview_refs(ctx, outcome)
        panel_ref = refs.panel_percent.get(r.id) if r.stage == "final" else None
        if panel_ref is not None:
            w.formula(row, col + 2, f"={panel_ref}", r.panel_score, look(SCORE))
            formula = f"{refs.desk_share}*{desk}+{refs.panel_share}*{cell(row, col + 2)}"
        else:
            w.text(row, col + 2, "", look(TEXT))
    w.text(row, col + (3 if stages.scored else 2), SHORTLIST_MARK if r.shortlisted else "", look(MARK))
    return formula


def write_stage_note(ctx: Context, w: SheetWriter, row: int) -> int:
    """The line under the Ranking sheet's note that says how a finalist's Score is made."""
    stages = ctx.result.stages
    if stages is None:
        return row
    if stages.scored:
        text = ctx.t("xp_stage_note_final").format(
            desk=share_text(stages.desk_share, ctx.lang), panel=share_text(stages.panel_share, ctx.lang),
            sheet=ctx.sheet_name("interview"))
    else:
        text = ctx.t("xp_stage_note_desk")
    return w.note(row, text)


def share_text(share: float, lang: str) -> str:
    """A share as a percentage without its sign: "60", "33,3"."""
    percent = 100 * share
    return fmt_number(percent, 0 if abs(percent - round(percent)) < 1e-9 else 1, lang)
