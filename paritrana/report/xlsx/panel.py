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

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from paritrana.core.ranked import RankedList
from paritrana.i18n import fmt_number
from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import audit as am
from paritrana.report.xlsx.base import Context
from paritrana.report.xlsx.interview import interview_refs, panel_outcome, write_interview
from paritrana.report.xlsx.jurors import write_jurors
from paritrana.report.xlsx.ranks import (
    TOLERANCE,
    FinalCells,
    RankCells,
    final_rank_formula,
    final_tie_formula,
    rank_formula,
    tie_formula,
)
from paritrana.report.xlsx.refs import cell, cell_range, excel_number
from paritrana.report.xlsx.standardization import write_standardization
from paritrana.report.xlsx.style import RANK, SCORE, TEXT
from paritrana.report.xlsx.writer import SheetWriter

if TYPE_CHECKING:
    from paritrana.core.ranked import CandidateResult
    from paritrana.core.result import StagesInfo
    from paritrana.core.run import RankingRun

PANEL_SHEETS = ("interview", "jurors")
STANDARDIZATION_SHEET = "standardization"
SHORTLIST_MARK = "✓"
MARK = replace(TEXT, align="center")


def panel_sheet_keys(result: RankingRun) -> tuple[str, ...]:
    """The sheets the panel adds (none without panel scores; the standardisation sheet when the
    panel standardises its jurors' scores); named ``sheet_<key>``."""
    outcome = panel_outcome(result)
    if outcome is None:
        return ()
    return (*PANEL_SHEETS, STANDARDIZATION_SHEET) if outcome.combined.standardization is not None else PANEL_SHEETS


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
    """Write the Interview, Jurors and (standardised panels) Standardisation sheets into ``sheets``
    (keys from ``panel_sheet_keys``)."""
    outcome = panel_outcome(ctx.result)
    if outcome is None:
        return
    blocks = write_jurors(ctx, sheets["jurors"], outcome)
    write_interview(ctx, sheets["interview"], outcome, blocks)
    if STANDARDIZATION_SHEET in sheets:
        write_standardization(ctx, sheets[STANDARDIZATION_SHEET], outcome)


# ---- the Ranking sheet's stage columns ----------------------------------------------------------

@dataclass(frozen=True)
class StageRow:
    """Where a staged candidate's cells are on the Ranking sheet: its ``row``, the first stage
    column ``col`` (desk score; desk rank, panel score when scored, and the shortlist mark
    follow), the Score and Rank columns, and what its desk rank is computed over."""

    row: int
    col: int
    score: int
    rank: int
    desk: RankCells
    first: int  # the group's first and last rows
    last: int


def write_stage_cells(ctx: Context, w: SheetWriter, r: CandidateResult, s: StageRow,
                      desk_formula: str) -> tuple[str, tuple[str, str]]:
    """Write ``r``'s desk score, desk rank, panel score, shortlist mark, Score and Rank, all
    formulas; return its tie formula and the Note's extra words (formula, value): a finalist
    without jury scores. Score = desk share × desk + panel share × panel for a finalist,
    else the desk score; Rank among the finalists, else the desk rank."""
    stages = ctx.result.stages
    assert stages is not None
    row = s.row
    desk, desk_rank = cell(row, s.col), cell(row, s.col + 1)
    mark_col = s.col + (3 if stages.scored else 2)
    w.formula(row, s.col, f"={desk_formula}", r.desk_score, SCORE)
    w.formula(row, s.col + 1, f"={rank_formula(s.desk)}", r.desk_rank, RANK)
    w.ws.write_formula(row, mark_col, f"={shortlist_formula(stages, desk, desk_rank)}", w.styles.format(MARK),
                       SHORTLIST_MARK if r.shortlisted else "")
    desk_tie = tie_formula(s.desk)
    if not stages.scored:
        w.formula(row, s.score, f"={desk}", r.score, SCORE)
        w.formula(row, s.rank, f"={desk_rank}", r.rank, RANK)
        return desk_tie, ("", "")
    outcome = panel_outcome(ctx.result)
    assert outcome is not None
    refs = interview_refs(ctx, outcome)
    panel, mark = cell(row, s.col + 2), cell(row, mark_col)
    panel_ref = refs.panel_percent.get(r.id)
    if panel_ref is not None:
        w.formula(row, s.col + 2, f"={panel_ref}", r.panel_score if r.stage == "final" else None, SCORE)
    else:
        w.text(row, s.col + 2, "", TEXT)
    final = f"{refs.desk_share}*{desk}+{refs.panel_share}*{panel}"
    w.formula(row, s.score, f'=IF({mark}="{SHORTLIST_MARK}",IF(ISNUMBER({panel}),{final},{desk}),{desk})',
              r.score, SCORE)
    cells = FinalCells(mark, cell_range(s.first, s.last, mark_col), cell(row, s.score),
                       cell_range(s.first, s.last, s.score), desk_rank, cell_range(s.first, s.last, s.col + 1))
    w.formula(row, s.rank, f"={final_rank_formula(cells, SHORTLIST_MARK)}", r.rank, RANK)
    tie = final_tie_formula(cells, SHORTLIST_MARK, desk_tie)
    words = ctx.say(am.NOT_SCORED_BY_JURY()).replace('"', '""')
    rank = cell(row, s.rank)
    extra = (f'IF(AND({mark}="{SHORTLIST_MARK}",NOT(ISNUMBER({panel}))),'
             f'IF(OR({rank}<=3,{tie}),"; ","")&"{words}","")')
    return tie, (extra, "")


def shortlist_formula(stages: StagesInfo, desk: str, desk_rank: str) -> str:
    """"✓" when the desk rank is within the top ``n`` (or the desk score reaches the minimum)."""
    rule = stages.spec.shortlist
    if rule.top is not None:
        return f'IF({desk_rank}<={rule.top},"{SHORTLIST_MARK}","")'
    return f'IF({desk}>={excel_number(float(rule.min_score or 0))}-{TOLERANCE},"{SHORTLIST_MARK}","")'


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


def share_text(share: float, lang: Lang) -> str:
    """A share as a percentage without its sign: "60", "33,3"."""
    percent = 100 * share
    return fmt_number(percent, 0 if abs(percent - round(percent)) < 1e-9 else 1, lang)
