"""The Juri/Jurors sheet of a report with a jury panel, from the top:

- the juror × finalist matrix of totals and of each criterion's scores: an abstention is the
  text "abstain" in grey, a score not counted for a conflict of interest "konflik" (never 0,
  and text, so the Interview sheet's AVERAGE/MEDIAN leave both out); "–" where a juror has no
  row for the finalist;
- the conflicts of interest as declared (``PanelOutcome.conflict_matrix``): "konflik
  kepentingan" on grey, "dicabut" where the chair lifted it, and a line per conflict
  ("Sekadau dinilai oleh 8 juri; juri dari Sekadau (Juri 4) tidak dihitung");
- per juror: scores given, severity, Spearman's ρ with the others, abstentions, conflicts;
- agreement and reliability (``Diagnostics``): Kendall's W, ICC(2,k) with its confidence
  interval and Krippendorff's α, each with its reading and what it was computed over;
- the disagreement per finalist;
- the podium without each juror in turn (leave-one-out), in sentences and as a table.

Every number here is a value (the panel's diagnostics are not spreadsheet formulas); the
matrices are what the Interview sheet's formulas read.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from paritrana.i18n import fmt_number
from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import panel as pm
from paritrana.i18n.messages import xlsx as xm
from paritrana.panel.diagnostics import leave_one_out_sentences
from paritrana.report.panel_terminal import ALPHA_BANDS, ALPHA_TOP, ICC_BANDS, ICC_TOP, W_BANDS, band
from paritrana.report.xlsx.base import Context
from paritrana.report.xlsx.interview import Blocks
from paritrana.report.xlsx.page import keep_together, page_setup
from paritrana.report.xlsx.style import DEC, HEADER, INT, KEY, PLAIN, SCORE, SECTION, SIGNED_FORMAT, TEXT, WRAP
from paritrana.report.xlsx.writer import LINE_PT, MIN_WIDTH, SheetWriter

if TYPE_CHECKING:
    from paritrana.panel.diagnostics import Diagnostics
    from paritrana.panel.outcome import PanelMatrix, PanelOutcome

GREY = "#808080"
CONFLICT_FILL = "#D9D9D9"
NOT_SCORED = replace(TEXT, font_color=GREY, align="right")  # "–": the juror has no row for the finalist
ABSTAINED = replace(NOT_SCORED, italic=True)
CONFLICTED = replace(ABSTAINED, fill=CONFLICT_FILL)  # "konflik": a score not counted
CONFLICT = replace(WRAP, fill=CONFLICT_FILL, align="center", valign="vcenter")  # the conflict matrix
LIFTED = replace(TEXT, italic=True, align="center", valign="vcenter")
SIGNED = replace(SCORE, num_format=SIGNED_FORMAT)
LEFT_SCORE = replace(SCORE, align="left")
MEASURE = replace(WRAP, bold=True)
CHARS_PER_WIDTH = 1.15  # characters of 10 pt text per unit of column width (a width counts digits)
MIN_NAME_WIDTH = 24  # column A: juror names, and the names of the agreement measures (wrapped)


@dataclass
class Wrapped:
    """Cells merged over several columns whose text wraps: their rows are sized once the
    columns' widths are known (``size``)."""

    cells: list[tuple[int, int, int, str]] = field(default_factory=list)  # row, first, last column, text

    def write(self, w: SheetWriter, row: int, first: int, last: int, text: str, style: Any = WRAP) -> None:
        if last > first:
            w.merge(row, first, last, text, style)
        else:
            w.text(row, first, text, style, measure=False)
        self.cells.append((row, first, last, text))

    def size(self, w: SheetWriter) -> None:
        rows: dict[int, int] = {}
        for row, first, last, text in self.cells:
            width = sum(w.applied.get(c, MIN_WIDTH) for c in range(first, last + 1))
            rows[row] = max(rows.get(row, 1), text_lines(text, width * CHARS_PER_WIDTH - 2))
        for row, col, text in w.wrapped:
            rows[row] = max(rows.get(row, 1), text_lines(text, w.applied.get(col, MIN_WIDTH) * CHARS_PER_WIDTH - 2))
        for row, lines in rows.items():
            if lines > 1:  # (text in 10 pt is narrower than the widths' digits: 1.15 characters each)
                w.ws.set_row(row, LINE_PT * lines + 2)


def text_lines(text: str, width: float) -> int:
    """How many lines ``text`` wraps onto in a cell ``width`` characters wide."""
    lines, current = 1, 0
    for word in text.split():
        if current and current + 1 + len(word) > width:
            lines, current = lines + 1, len(word)
        else:
            current += (1 if current else 0) + len(word)
    return lines


def write_jurors(ctx: Context, ws: Any, outcome: PanelOutcome) -> Blocks:
    """The sheet; returns criterion (None: totals) → (first, last) row of its juror rows
    (0-based), which the Interview sheet's formulas read."""
    t = ctx.t
    spec = outcome.spec
    w = SheetWriter(ws, ctx.styles)
    wrapped = Wrapped()
    w.title(t("xp_matrix_title"))
    w.note(1, ctx.say(xm.ABSTAIN_NOTE()))
    row = 3
    blocks: Blocks = {}
    sections: list[tuple[int, int]] = []  # each section's rows, kept on one page when it fits
    for criterion in [None, *spec.criteria]:
        if criterion is None:
            title = t("xp_totals")
        else:
            title = t("xp_criterion_block").format(cid=criterion, label=spec.label_of(criterion, ctx.lang),
                                                   weight=percent_text(spec.weights[criterion], ctx.lang))
        start = row
        row = w.note(row, title, SECTION)
        blocks[criterion] = matrix(ctx, w, row, outcome.matrix(criterion))
        sections.append((start, blocks[criterion][1]))
        row = blocks[criterion][1] + 2
    last = max(len(outcome.candidates), 5)  # the wide texts span to the last finalist (or the diagnostics') column
    for write in (lambda r: conflicts(ctx, w, r, outcome), lambda r: juror_diagnostics(ctx, w, r, outcome),
                  lambda r: agreement(ctx, w, wrapped, r, outcome.diagnostics, last),
                  lambda r: disagreement(ctx, w, r, outcome),
                  lambda r: leave_one_out(ctx, w, wrapped, r, outcome, last)):
        start, row = row, write(row)
        if row > start:
            sections.append((start, row - 2))  # a blank row follows each section
    w.fit_columns({0: MIN_NAME_WIDTH})
    wrapped.size(w)
    ws.freeze_panes(0, 1)
    page_setup(ctx, ws, None, widths=w.applied, name_columns=0)
    keep_together(ws, sections, w.applied, row)
    return blocks


def matrix(ctx: Context, w: SheetWriter, header: int, m: PanelMatrix) -> tuple[int, int]:
    """Juror rows × finalist columns under ``header``; returns the first and last juror row."""
    w.header(header, [ctx.t("p_juror"), *m.candidates])
    row = header + 1
    for j, juror in enumerate(m.jurors):
        w.text(row, 0, juror)
        for k in range(len(m.candidates)):
            value = m.values[j][k]
            if m.conflicts and m.conflicts[j][k]:
                w.text(row, k + 1, ctx.say(xm.CONFLICT_SCORE_CELL()), CONFLICTED)
            elif value is not None:
                w.number(row, k + 1, value, DEC)
            elif m.abstained[j][k]:
                w.text(row, k + 1, ctx.t("xp_abstain_cell"), ABSTAINED)
            else:
                w.text(row, k + 1, "–", NOT_SCORED)
        row += 1
    return header + 1, row - 1


def conflicts(ctx: Context, w: SheetWriter, row: int, outcome: PanelOutcome) -> int:
    """The conflicts of interest as declared, juror × finalist, then one line per conflict;
    returns the next row."""
    row = w.note(row, ctx.say(xm.CONFLICT_SECTION()), SECTION)
    if not outcome.conflicts.items:
        return w.note(row, ctx.say(xm.NO_CONFLICTS()), PLAIN) + 1
    grid = outcome.conflict_matrix()
    w.header(row, [ctx.t("p_juror"), *grid["candidates"]])
    row += 1
    words = {"conflict": (ctx.say(xm.CONFLICT_CELL()), CONFLICT), "lifted": (ctx.say(xm.LIFTED_CELL()), LIFTED)}
    for juror, cells in zip(grid["jurors"], grid["cells"], strict=True):
        w.text(row, 0, juror)
        for k, state in enumerate(cells):
            text, style = words.get(state, ("", TEXT))
            w.text(row, k + 1, text, style, measure=False)
            if state == "conflict":
                w.wrapped.append((row, k + 1, text))
        row += 1
    row = w.note(row, ctx.say(xm.CONFLICT_MATRIX_NOTE(sheet=ctx.sheet_name("audit"))))
    lines = [line.render(ctx.lang) for line in outcome.conflict_lines]
    row = w.notes(row, [text[:1].upper() + text[1:] for text in lines], PLAIN)
    return row + 1


def juror_diagnostics(ctx: Context, w: SheetWriter, row: int, outcome: PanelOutcome) -> int:
    t = ctx.t
    row = w.note(row, t("xp_diagnostics"), SECTION)
    w.header(row, [t("p_juror"), t("p_scored"), t("p_severity"), t("p_spearman"), t("p_abstained"),
                   ctx.say(pm.COLUMN_CONFLICTS())])
    row += 1
    for j in outcome.diagnostics.jurors:
        w.text(row, 0, j.juror)
        w.number(row, 1, j.scored, INT)
        w.number(row, 2, j.severity, SIGNED)
        w.number(row, 3, j.spearman, SCORE)
        w.text(row, 4, ", ".join(j.abstained))
        w.text(row, 5, ", ".join(j.conflicts))
        row += 1
    w.note(row, t("p_juror_caption"))
    return row + 2


def agreement(ctx: Context, w: SheetWriter, wrapped: Wrapped, row: int, d: Diagnostics, last: int) -> int:
    """Kendall's W, ICC(2,k) and Krippendorff's α: value, reading and what each was computed
    over (details merged over columns D to ``last``); returns the next row."""
    say, t = ctx.say, ctx.t
    row = w.note(row, say(xm.AGREEMENT_SECTION()), SECTION)
    w.header(row, [say(xm.MEASURE()), say(xm.VALUE()), say(xm.READING())])
    span(w, row, 3, last, say(xm.DETAILS()))
    row += 1
    none = say(xm.NOT_COMPUTABLE())
    rows: list[tuple[str, float | None, str, str]] = []
    if d.kendall_w is None:
        rows.append((say(xm.KENDALL_NAME()), None, none, say(xm.KENDALL_NONE())))
    else:
        reading = t(next((key for limit, key in W_BANDS if d.kendall_w < limit), "p_w_very_strong"))
        rows.append((say(xm.KENDALL_NAME()), d.kendall_w, reading,
                     say(xm.KENDALL_DETAILS(n=len(d.kendall_jurors), jurors=d.kendall_jurors))))
    rel = d.reliability
    if rel is None:
        rows.append((say(xm.ICC_NAME()), None, none, say(xm.ICC_NONE())))
    else:
        i = rel.icc
        parts = [say(xm.ICC_INTERVAL(level=100 * i.level, low=i.low, high=i.high))
                 if i.low is not None and i.high is not None else say(xm.ICC_NO_INTERVAL()),
                 say(xm.ICC_USED(jurors=i.jurors, candidates=i.candidates))]
        left_out = rel.left_out_jurors + rel.left_out_candidates
        if left_out:
            parts.append(say(xm.ICC_LEFT_OUT(names=left_out)))
        rows.append((say(xm.ICC_NAME()), i.value, t(band(i.value, ICC_BANDS, ICC_TOP)), "; ".join(parts)))
    if d.alpha is None:
        rows.append((say(xm.ALPHA_NAME()), None, none, say(xm.ALPHA_NONE())))
    else:
        rows.append((say(xm.ALPHA_NAME()), d.alpha, t(band(d.alpha, ALPHA_BANDS, ALPHA_TOP)), say(xm.ALPHA_DETAILS())))
    for name, value, reading, details in rows:
        w.text(row, 0, name, MEASURE, measure=False)
        w.wrapped.append((row, 0, name))
        w.number(row, 1, value, LEFT_SCORE)
        w.text(row, 2, reading, WRAP, measure=False)
        w.wrapped.append((row, 2, reading))
        wrapped.write(w, row, 3, last, details)
        row += 1
    return w.note(row, say(xm.AGREEMENT_NOTE())) + 1


def disagreement(ctx: Context, w: SheetWriter, row: int, outcome: PanelOutcome) -> int:
    """Per finalist: how many jurors, the spread of their totals, the lowest and the highest."""
    t = ctx.t
    row = w.note(row, t("xp_disagreement"), SECTION)
    w.header(row, [t("name"), t("p_jurors"), t("xlsx_std"), t("xp_lowest"), t("xp_highest")])
    row += 1
    for d in outcome.diagnostics.disagreement:
        w.text(row, 0, d.candidate)
        w.number(row, 1, d.jurors, INT)
        w.number(row, 2, d.std, SCORE)
        w.number(row, 3, d.low, DEC)
        w.number(row, 4, d.high, DEC)
        row += 1
    return row + 1


def leave_one_out(ctx: Context, w: SheetWriter, wrapped: Wrapped, row: int, outcome: PanelOutcome,
                  last: int) -> int:
    """The podium without each juror: the chair's sentences, then per juror (and group) the top
    three and the places that change; returns the next row."""
    influences = outcome.diagnostics.leave_one_out
    if not influences:
        return row
    say = ctx.say
    row = w.note(row, ctx.t("p_leave_one_out"), SECTION)
    row = w.notes(row, [line.render(ctx.lang) for line in leave_one_out_sentences(influences)], PLAIN)
    w.header(row, [say(xm.WITHOUT_JUROR()), say(xm.PLACES_CHANGED())])
    span(w, row, 2, last, say(xm.TOP_THREE_WITHOUT()))
    row += 1
    for x in influences:
        if x.not_computable is not None:
            w.text(row, 0, x.juror)
            w.text(row, 1, "–")
            wrapped.write(w, row, 2, last, x.not_computable.render(ctx.lang))
            row += 1
            continue
        for g in x.groups:
            w.text(row, 0, x.juror)
            places = ", ".join(str(p) for p in g.changed_places) or say(xm.NONE_CHANGED())
            w.text(row, 1, places, KEY if g.changed_places else TEXT)
            podium = ", ".join(g.without)
            wrapped.write(w, row, 2, last, f"{g.group}: {podium}" if g.group is not None else podium,
                          replace(WRAP, bold=bool(g.changed_places)))
            row += 1
    return row + 1


def span(w: SheetWriter, row: int, first: int, last: int, title: str) -> None:
    """A header title over columns ``first``–``last`` (one cell when they are one)."""
    if last > first:
        w.merge(row, first, last, title, HEADER)
    else:
        w.text(row, first, title, HEADER, measure=False)


def percent_text(share: float, lang: Lang) -> str:
    """A weight as a person writes it: "40%", "33,3%"."""
    percent = 100 * share
    return f"{fmt_number(percent, 0 if abs(percent - round(percent)) < 1e-9 else 1, lang)}%"
