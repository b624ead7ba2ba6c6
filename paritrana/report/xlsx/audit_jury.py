"""The jury's part of the Audit sheet (called by ``audit_sheet.write_audit``): every conflict
of interest as declared (juror, candidate, where it was declared, and whether the chair lifted
it, with the reason and where that was written), the scores filled in despite a conflict (not
counted; the file, sheet and cell, and the value written), every file of the jury's scores
(a returned form with its form code, or a workbook; path and SHA-256), and the panel's jurors
without scores. Four columns, A to D, like the rest of the sheet; long texts wrap.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from paritrana.i18n.messages import xlsx as xm
from paritrana.report.xlsx.base import Context
from paritrana.report.xlsx.interview import panel_outcome
from paritrana.report.xlsx.style import DEC, KEY, MONO, PLAIN, SECTION, TEXT, WRAP, gridded
from paritrana.report.xlsx.writer import LINE_PT, SheetWriter, header_lines

if TYPE_CHECKING:
    from paritrana.i18n.text import Message
    from paritrana.panel.conflicts import Conflict
    from paritrana.panel.outcome import PanelOutcome

# The Audit sheet's columns are at least this wide (``audit_sheet``: A 24, B 40); C and D are
# widened to these for the jury's tables, whose long texts wrap.
WIDTHS = {0: 24, 1: 40, 2: 34, 3: 34}
SHA = gridded(MONO)
INDENTED = replace(TEXT, indent=1)


def write_jury_audit(ctx: Context, w: SheetWriter, row: int) -> int:
    """The jury's sections from ``row`` (nothing without a jury); returns the next row."""
    outcome = panel_outcome(ctx.result)
    if outcome is None:
        return row
    for col in (2, 3):
        w.widen(col, WIDTHS[col] - 2)
    row = conflicts_table(ctx, w, row + 1, outcome)
    if outcome.conflicted_scores:
        row = conflicted_scores(ctx, w, row + 1, outcome)
    row = sources(ctx, w, row + 1, outcome)
    w.text(row, 0, ctx.say(xm.MISSING_JURORS()), KEY)
    w.text(row, 1, ", ".join(outcome.missing_jurors) or "–", TEXT)
    return row + 1


def conflicts_table(ctx: Context, w: SheetWriter, row: int, outcome: PanelOutcome) -> int:
    say = ctx.say
    row = w.note(row, say(xm.AUDIT_CONFLICTS()), SECTION)
    if not outcome.conflicts.items:
        return w.note(row, say(xm.NO_CONFLICTS()), PLAIN)
    w.header(row, [say(xm.JUROR()), say(xm.CANDIDATE()), say(xm.DECLARED()), say(xm.LIFTED())])
    row += 1
    for c in outcome.conflicts.items:
        wrapped_row(w, row, [c.juror, c.candidate, say(declared(c)), say(lifted(c))])
        row += 1
    return row


def declared(c: Conflict) -> Message:
    """Where a conflict was declared: "`asal` juri ("Sekadau"), kriteria.yaml"."""
    what = (xm.FROM_ASAL(origin=c.origin or c.candidate) if c.source == "asal"
            else xm.FROM_FILE() if c.source == "file" else xm.FROM_CRITERIA())
    return xm.AT_PLACE(what=what, place=c.place) if c.place else what


def lifted(c: Conflict) -> Message:
    if c.reason is None:
        return xm.NOT_LIFTED()
    return xm.LIFTED_BECAUSE_AT(reason=c.reason, place=c.lifted_at) if c.lifted_at else xm.LIFTED_BECAUSE(
        reason=c.reason)


def conflicted_scores(ctx: Context, w: SheetWriter, row: int, outcome: PanelOutcome) -> int:
    """The cells filled in despite a conflict: not counted, listed with where they are."""
    say = ctx.say
    row = w.note(row, say(xm.AUDIT_CONFLICTED_SCORES()), SECTION)
    w.header(row, [say(xm.JUROR()), say(xm.CANDIDATE_CRITERION()), say(xm.PLACE()), say(xm.VALUE_WRITTEN())])
    row += 1
    for s in outcome.conflicted_scores:
        place = " › ".join(p for p in (Path(s.file).name if s.file else None, s.sheet) if p)
        place = f"{place}!{s.cell}" if place else s.cell
        wrapped_row(w, row, [s.juror, f"{s.candidate} · {s.criterion}", place])
        w.number(row, 3, s.value, replace(DEC, align="left"))
        row += 1
    return row


def sources(ctx: Context, w: SheetWriter, row: int, outcome: PanelOutcome) -> int:
    """Each file of the jury's scores: a form (its juror and form code) or a workbook (its
    jurors), its path and SHA-256."""
    say = ctx.say
    row = w.note(row, say(xm.AUDIT_SOURCES()), SECTION)
    for source in outcome.sources:
        kind = say(xm.KIND_FORM() if source.kind == "form" else xm.KIND_WORKBOOK())
        w.text(row, 0, f"{kind}: {', '.join(source.jurors)}" if source.kind == "form" else kind, KEY)
        w.text(row, 1, source.path)
        details: list[tuple[str, str]] = [("SHA-256", source.sha256)]
        if source.kind == "form":
            details.append((say(xm.FORM_CODE()), source.code or "–"))
        else:
            details.append((say(xm.JURORS_IN_FILE()), ", ".join(source.jurors) or "–"))
        for key, value in details:
            row += 1
            w.text(row, 0, key, INDENTED)
            w.text(row, 1, value, SHA if key == "SHA-256" else WRAP, measure=key == "SHA-256")
        row += 1
    return row


def wrapped_row(w: SheetWriter, row: int, texts: list[str]) -> None:
    """A table row of texts that wrap within ``WIDTHS`` (the row as tall as its longest)."""
    lines = 1
    for col, text in enumerate(texts):
        w.text(row, col, text, WRAP, measure=False)
        lines = max(lines, header_lines(text, WIDTHS[col] - 2))
    if lines > 1:
        w.ws.set_row(row, LINE_PT * lines + 2)
