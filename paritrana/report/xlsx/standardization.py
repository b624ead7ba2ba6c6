"""The Standardisasi/Standardisation sheet of a panel that standardises its jurors' scores
(``standardize: true``): every score raw and standardised side by side, and how one becomes
the other (``paritrana.panel.aggregate``)::

    x′ = (x − m_j) / s_j × S + M

From the top: the formula in words; M and S; per juror m_j, s_j and n_j; then one row per score
of a finalist (juror, finalist, criterion, raw score, standardised score, abstention or
conflict, and the file, sheet and cell it was read from). Formulas, each storing the number
paritrana computed, over the raw scores column X and the jurors' column J (a juror's name a):

- n_j = ``COUNTIFS(J,a,X,"<>")``, m_j = ``SUMPRODUCT((J=a)*X)/n_j``,
  s_j = ``SQRT(SUMPRODUCT((J=a)*(X<>"")*(X-m_j)^2)/n_j)`` (population)
- M = ``AVERAGE(X)``, S = ``SQRT(SUMPRODUCT(n*s^2)/SUM(n))`` over the jurors' rows
  (Σ_j Σ (x − m_j)² = Σ_j n_j s_j²)
- x′ = ``IF(s_j>1E-12*MAX(1,ABS(m_j)),(x-m_j)/s_j*S+M,M)`` (a juror whose scores are all equal
  carries no ranking information: every x′ = M)

An abstention or a conflicted score leaves both cells empty: it counts nowhere. The Interview
sheet combines the standardised values (as numbers: a trimmed mean or median of a subset is
not a formula every spreadsheet has).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.core.names import name_key
from paritrana.i18n.messages import panel as pm
from paritrana.i18n.messages import xlsx as xm
from paritrana.report.xlsx.base import Context
from paritrana.report.xlsx.jurors import ABSTAINED, CONFLICTED
from paritrana.report.xlsx.page import page_setup
from paritrana.report.xlsx.refs import cell, cell_range
from paritrana.report.xlsx.style import DEC, INT, KEY, SCORE, SECTION, TEXT
from paritrana.report.xlsx.writer import SheetWriter

if TYPE_CHECKING:
    from paritrana.panel.aggregate import Standardization
    from paritrana.panel.load import PanelScore
    from paritrana.panel.outcome import PanelOutcome

TOP = 4  # row of M; S follows
SCORE_COLUMNS = ("juror", "candidate", "criterion", "raw", "standardized", "status", "file", "sheet", "cell")


def write_standardization(ctx: Context, ws: Any, outcome: PanelOutcome) -> None:
    """The sheet (only for a panel whose scores were standardised)."""
    scaling = outcome.combined.standardization
    assert scaling is not None
    say = ctx.say
    w = SheetWriter(ws, ctx.styles)
    w.title(say(xm.STANDARDIZATION_TITLE()))
    w.note(1, say(xm.STANDARDIZATION_FORMULA()))
    w.note(2, say(xm.STANDARDIZATION_NOTE(sheet=ctx.sheet_name("interview"))))
    jurors = [j for j in outcome.jurors if name_key(j) in scaling.jurors]
    juror_header = TOP + 4  # M, S, a blank row, the section
    first_juror = juror_header + 1
    scores_header = first_juror + len(jurors) + 3  # the jurors, a blank row, the section, …
    scores = list(outcome.scores)
    first_score, last_score = scores_header + 1, scores_header + max(len(scores), 1)
    col = {k: i for i, k in enumerate(SCORE_COLUMNS)}
    raw = cell_range(first_score, last_score, col["raw"])
    names = cell_range(first_score, last_score, col["juror"])
    juror_row = {name_key(j): first_juror + k for k, j in enumerate(jurors)}
    pooled_cells(w, scaling, raw, first_juror, first_juror + len(jurors) - 1)
    juror_table(ctx, w, juror_header, jurors, scaling, raw, names)
    w.note(scores_header - 1, say(xm.SCORES_SECTION()), SECTION)
    w.header(scores_header, [ctx.t("p_juror"), say(xm.FINALIST()), say(xm.CRITERION()), say(pm.COLUMN_RAW_TOTAL()),
                             say(pm.COLUMN_STANDARDIZED_TOTAL()), ctx.t("xlsx_note"), say(xm.FILE()), say(xm.SHEET()),
                             say(xm.CELL())])
    for k, s in enumerate(scores):
        score_row(ctx, w, first_score + k, s, outcome, juror_row.get(name_key(s.juror)))
    if scores:
        ws.autofilter(scores_header, 0, last_score, len(SCORE_COLUMNS) - 1)
    w.fit_columns({0: 16, 1: 16})
    ws.freeze_panes(scores_header + 1, 0)
    page_setup(ctx, ws, scores_header, widths=w.applied, name_columns=0)


def pooled_cells(w: SheetWriter, scaling: Standardization, raw: str, first: int, last: int) -> None:
    """M over every raw score and S from the jurors' n_j and s_j (columns D and C below)."""
    n, s = cell_range(first, last, 3), cell_range(first, last, 2)
    w.formula(TOP, 1, f"=AVERAGE({raw})", scaling.mean, DEC)
    w.formula(TOP + 1, 1, f"=SQRT(SUMPRODUCT({n}*{s}^2)/SUM({n}))", scaling.pooled_std, DEC)


def juror_table(ctx: Context, w: SheetWriter, header: int, jurors: list[str], scaling: Standardization, raw: str,
                names: str) -> None:
    say = ctx.say
    w.text(TOP, 0, say(xm.POOLED_MEAN()), KEY)
    w.text(TOP + 1, 0, say(xm.POOLED_STD()), KEY)
    w.note(header - 1, say(xm.PER_JUROR()), SECTION)
    w.header(header, [ctx.t("p_juror"), say(xm.JUROR_MEAN()), say(xm.JUROR_STD()), say(xm.JUROR_COUNT())])
    for row, juror in enumerate(jurors, start=header + 1):
        mean, std, n = scaling.jurors[name_key(juror)]
        a, m, count = cell(row, 0, absolute=True), cell(row, 1, absolute=True), cell(row, 3, absolute=True)
        w.text(row, 0, juror)
        w.formula(row, 1, f"=SUMPRODUCT(({names}={a})*{raw})/{count}", mean, DEC)
        w.formula(row, 2, f'=SQRT(SUMPRODUCT(({names}={a})*({raw}<>"")*({raw}-{m})^2)/{count})', std, DEC)
        w.formula(row, 3, f'=COUNTIFS({names},{a},{raw},"<>")', n, INT)


def score_row(ctx: Context, w: SheetWriter, row: int, s: PanelScore, outcome: PanelOutcome,
              juror_row: int | None) -> None:
    """One score: who, what, raw and standardised, why it is empty, where it was read."""
    col = {k: i for i, k in enumerate(SCORE_COLUMNS)}
    w.text(row, col["juror"], s.juror)
    w.text(row, col["candidate"], s.candidate)
    w.text(row, col["criterion"], s.criterion)
    value = outcome.combined.values.get((s.juror, s.candidate, s.criterion)) if s.value is not None else None
    if s.value is None or juror_row is None:
        w.number(row, col["raw"], None, DEC)
        w.number(row, col["standardized"], None, SCORE)
        status = ctx.say(xm.CONFLICT_SCORE_CELL() if s.conflict else xm.ABSTAINED())
        w.text(row, col["status"], status, CONFLICTED if s.conflict else ABSTAINED)
    else:
        x = cell(row, col["raw"])
        m, sd = cell(juror_row, 1, absolute=True), cell(juror_row, 2, absolute=True)
        mean, pooled = cell(TOP, 1, absolute=True), cell(TOP + 1, 1, absolute=True)
        w.number(row, col["raw"], s.value, DEC)
        w.formula(row, col["standardized"], f"=IF({sd}>1E-12*MAX(1,ABS({m})),({x}-{m})/{sd}*{pooled}+{mean},{mean})",
                  value, SCORE)
        w.text(row, col["status"], "")
    w.text(row, col["file"], Path(s.file or outcome.source.path).name)
    w.text(row, col["sheet"], s.sheet)
    w.text(row, col["cell"], s.cell, TEXT)
