"""The Juri/Jurors sheet of a report with a jury panel: the juror × finalist matrix of totals and
of each criterion's scores (an abstention is the text "abstain" in grey, never 0; "–" where a
juror has no row for the finalist), then the diagnostics: severity and Spearman's ρ per juror,
abstentions, Kendall's W with its reading, and the disagreement per finalist."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from paritrana.i18n import fmt_number
from paritrana.report.panel_terminal import W_BANDS
from paritrana.report.xlsx.base import Context
from paritrana.report.xlsx.interview import Blocks
from paritrana.report.xlsx.page import page_setup
from paritrana.report.xlsx.style import DEC, INT, KEY, PLAIN, SCORE, SECTION, SIGNED_FORMAT, TEXT
from paritrana.report.xlsx.writer import SheetWriter

if TYPE_CHECKING:
    from paritrana.panel.outcome import PanelMatrix, PanelOutcome

GREY = "#808080"
NOT_SCORED = replace(TEXT, font_color=GREY, align="right")  # "–": the juror has no row for the finalist
ABSTAINED = replace(NOT_SCORED, italic=True)
SIGNED = replace(SCORE, num_format=SIGNED_FORMAT)
LEFT_SCORE = replace(SCORE, align="left")


def write_jurors(ctx: Context, ws: Any, outcome: PanelOutcome) -> Blocks:
    """The matrices and the diagnostics; returns criterion (None: totals) → (first, last) row
    of its juror rows (0-based)."""
    t = ctx.t
    spec = outcome.spec
    w = SheetWriter(ws, ctx.styles)
    w.title(t("xp_matrix_title"))
    w.note(1, t("xp_abstain_note"))
    row = 3
    blocks: Blocks = {}
    for criterion in [None, *spec.criteria]:
        if criterion is None:
            title = t("xp_totals")
        else:
            title = t("xp_criterion_block").format(cid=criterion, label=spec.label_of(criterion),
                                                   weight=percent_text(spec.weights[criterion], ctx.lang))
        row = w.note(row, title, SECTION)
        blocks[criterion] = matrix(ctx, w, row, outcome.matrix(criterion))
        row = blocks[criterion][1] + 2
    row = juror_diagnostics(ctx, w, row, outcome)
    row = agreement(ctx, w, row, outcome)
    disagreement(ctx, w, row, outcome)
    w.fit_columns({0: 16})
    ws.freeze_panes(0, 1)
    page_setup(ctx, ws, None, widths=w.applied, name_columns=0)
    return blocks


def matrix(ctx: Context, w: SheetWriter, header: int, m: PanelMatrix) -> tuple[int, int]:
    """Juror rows × finalist columns under ``header``; returns the first and last juror row."""
    w.header(header, [ctx.t("p_juror"), *m.candidates])
    row = header + 1
    for j, juror in enumerate(m.jurors):
        w.text(row, 0, juror)
        for k in range(len(m.candidates)):
            value = m.values[j][k]
            if value is not None:
                w.number(row, k + 1, value, DEC)
            elif m.abstained[j][k]:
                w.text(row, k + 1, ctx.t("xp_abstain_cell"), ABSTAINED)
            else:
                w.text(row, k + 1, "–", NOT_SCORED)
        row += 1
    return header + 1, row - 1


def juror_diagnostics(ctx: Context, w: SheetWriter, row: int, outcome: PanelOutcome) -> int:
    t = ctx.t
    row = w.note(row, t("xp_diagnostics"), SECTION)
    w.header(row, [t("p_juror"), t("p_scored"), t("p_severity"), "Spearman ρ", t("p_abstained")])
    row += 1
    for j in outcome.diagnostics.jurors:
        w.text(row, 0, j.juror)
        w.number(row, 1, j.scored, INT)
        w.number(row, 2, j.severity, SIGNED)
        w.number(row, 3, j.spearman, SCORE)
        w.text(row, 4, ", ".join(j.abstained))
        row += 1
    w.note(row, t("p_juror_caption"))
    return row + 2


def agreement(ctx: Context, w: SheetWriter, row: int, outcome: PanelOutcome) -> int:
    """Kendall's W over the jurors who scored every finalist, and its reading."""
    t = ctx.t
    d = outcome.diagnostics
    row = w.note(row, t("xp_kendall"), SECTION)
    if d.kendall_w is None:
        w.note(row, t("p_w_none"), PLAIN)
        return row + 2
    band = next((key for limit, key in W_BANDS if d.kendall_w < limit), "p_w_very_strong")
    w.text(row, 0, "Kendall W" if ctx.lang == "id" else "Kendall's W", KEY)
    w.number(row, 1, d.kendall_w, LEFT_SCORE)
    row += 1
    for key, value in ((t("xp_reading"), t(band)),
                       (t("xp_kendall_jurors"), f"{len(d.kendall_jurors)}: {', '.join(d.kendall_jurors)}")):
        w.text(row, 0, key, KEY)
        w.text(row, 1, value, PLAIN, measure=False)
        row += 1
    left_out = [j for j in outcome.jurors if j not in d.kendall_jurors]
    if left_out:
        row = w.note(row, t("p_w_left_out").format(jurors=", ".join(left_out)))
    return row + 1


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


def percent_text(share: float, lang: str) -> str:
    """A weight as a person writes it: "40 %", "33,3 %"."""
    percent = 100 * share
    return f"{fmt_number(percent, 0 if abs(percent - round(percent)) < 1e-9 else 1, lang)} %"
