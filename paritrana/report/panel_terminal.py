"""The stage columns of the ranking table and the panel's diagnostics, for the terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from paritrana.core.names import name_key
from paritrana.i18n import MINUS, fmt_number, fmt_signed, label
from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import panel as m
from paritrana.panel.diagnostics import leave_one_out_sentences
from paritrana.panel.outcome import PanelOutcome

if TYPE_CHECKING:
    from rich.console import Console

    from paritrana.core.result import CandidateResult, RankingResult

SHORTLIST_MARK = "✓"
DISAGREEMENT_SHOWN = 3
# Reading of Kendall's W after Schmidt (1997): .1 very weak, .3 weak, .5 moderate, .7 strong,
# .9 unusually strong; each mark names the band up to the next one (below .1: almost none).
W_BANDS = ((0.1, "p_w_nil"), (0.3, "p_w_very_weak"), (0.5, "p_w_weak"), (0.7, "p_w_moderate"),
           (0.9, "p_w_strong"))
# ICC after Koo & Li (2016): below .5 poor, .5–.75 moderate, .75–.9 good, from .9 excellent.
ICC_BANDS = ((0.5, "p_icc_poor"), (0.75, "p_icc_moderate"), (0.9, "p_icc_good"))
ICC_TOP = "p_icc_excellent"
# Krippendorff's alpha after Krippendorff (2004): from .8 reliable, from .667 tentative conclusions only.
ALPHA_BANDS = ((0.667, "p_alpha_low"), (0.8, "p_alpha_tentative"))
ALPHA_TOP = "p_alpha_reliable"


# ---- the ranking table's stage columns (called by report/terminal.py) ------------------------

def stage_parts(lang: Lang) -> list[tuple[str, str]]:
    return [("s:desk", label("p_desk_score", lang)), ("s:desk_rank", label("p_desk_rank", lang)),
            ("s:panel", label("p_panel_score", lang)), ("s:shortlisted", label("p_shortlisted", lang))]


def stage_cell(r: CandidateResult, key: str, lang: Lang) -> str:
    if key == "desk":
        return fmt_number(r.desk_score, 2, lang)
    if key == "desk_rank":
        return "" if r.desk_rank is None else str(r.desk_rank)
    if key == "panel":
        return fmt_number(r.panel_score, 2, lang)
    return SHORTLIST_MARK if r.shortlisted else ""


def stage_caption(result: RankingResult, lang: Lang) -> str:
    stages = result.stages
    assert stages is not None
    if not stages.scored:
        return label("p_caption_desk", lang)
    return label("p_caption_final", lang).format(desk=fmt_number(100 * stages.desk_share, 0, lang),
                                                  panel=fmt_number(100 * stages.panel_share, 0, lang))


# ---- the panel's diagnostics, after the ranking ---------------------------------------------

def render_panel(result: RankingResult, console: Console, lang: Lang = Lang.ID) -> None:
    outcome = result.panel
    if not isinstance(outcome, PanelOutcome):
        return
    from rich.markup import escape

    spec = outcome.spec
    title = spec.label or label("p_title", lang)
    how = label(f"p_agg_{spec.aggregation.value}", lang)
    if spec.standardize:
        how += ", " + label("p_standardized", lang)
    console.print(f"\n[bold]{escape(title)}[/bold]  ·  " + label("p_summary", lang).format(
        jurors=len(outcome.jurors), candidates=len(outcome.candidates), how=how))
    if outcome.rows:
        _combined_table(outcome, console, lang)
        _conflicts(outcome, console, lang)
        _juror_table(outcome, console, lang)
    _agreement(outcome, console, lang)
    _reliability(outcome, console, lang)
    _disagreement(outcome, console, lang)
    _leave_one_out(outcome, console, lang)


def _combined_table(outcome: PanelOutcome, console: Console, lang: Lang) -> None:
    from rich.table import Table
    from rich.text import Text

    spec = outcome.spec
    lo, hi = spec.scale
    grouped = any(row.group is not None for row in outcome.rows)
    table = Table()
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(label("name", lang), max_width=24)
    if grouped:
        table.add_column(label("group", lang), max_width=16)
    for cid in spec.criteria:
        table.add_column(cid, justify="right", no_wrap=True, max_width=14)
    table.add_column(label("p_jurors", lang), justify="right", no_wrap=True)
    table.add_column(label("p_panel_score", lang), justify="right", no_wrap=True)
    for row in outcome.rows:
        table.add_row(str(row.final_rank), Text(row.candidate), *([Text(row.group or "")] if grouped else []),
                      *[fmt_number(row.criteria[cid], 2, lang) for cid in spec.criteria],
                      str(row.jurors), fmt_number(row.panel_percent, 2, lang))
    console.print(table)
    console.print(label("p_combined_caption", lang).format(lo=fmt_number(lo, 0, lang), hi=fmt_number(hi, 0, lang)),
                  style="dim", markup=False, highlight=False)


def _juror_table(outcome: PanelOutcome, console: Console, lang: Lang) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table()
    table.add_column(label("p_juror", lang), max_width=24)
    table.add_column(label("p_scored", lang), justify="right", no_wrap=True)
    table.add_column(label("p_severity", lang), justify="right", no_wrap=True)
    table.add_column(label("p_spearman", lang), justify="right", no_wrap=True)
    table.add_column(label("p_abstained", lang), max_width=40)
    conflicts = any(j.conflicts for j in outcome.diagnostics.jurors)
    if conflicts:
        table.add_column(m.COLUMN_CONFLICTS().render(lang), max_width=30)
    scaling = outcome.combined.standardization
    if scaling is not None:
        table.add_column(m.COLUMN_JUROR_MEAN().render(lang), justify="right", no_wrap=True)
        table.add_column(m.COLUMN_JUROR_STD().render(lang), justify="right", no_wrap=True)
    for j in outcome.diagnostics.jurors:
        severity = "–" if j.severity is None else fmt_signed(j.severity, 2, lang).replace("-", MINUS)
        cells: list[Text | str] = [Text(j.juror), str(j.scored), severity, _num(j.spearman, 2, lang),
                                   Text(", ".join(j.abstained))]
        if conflicts:
            cells.append(Text(", ".join(j.conflicts)))
        if scaling is not None:
            stats = scaling.jurors.get(name_key(j.juror))
            cells += ["–", "–"] if stats is None else [_num(stats[0], 2, lang), _num(stats[1], 2, lang)]
        table.add_row(*cells)
    console.print(table)
    console.print(label("p_juror_caption", lang), style="dim", markup=False, highlight=False)
    if scaling is not None:
        console.print(m.STANDARDIZED_CAPTION(mean=scaling.mean, std=scaling.pooled_std).render(lang), style="dim",
                      markup=False, highlight=False)


def _conflicts(outcome: PanelOutcome, console: Console, lang: Lang) -> None:
    """One line per finalist with a conflict of interest, then the conflicts the chair lifted."""
    for line in outcome.conflict_lines:
        text = line.render(lang)
        console.print(text[:1].upper() + text[1:], markup=False, highlight=False)


def _agreement(outcome: PanelOutcome, console: Console, lang: Lang) -> None:
    d = outcome.diagnostics
    if d.kendall_w is None:
        console.print(label("p_w_none", lang))
        return
    band = next((key for limit, key in W_BANDS if d.kendall_w < limit), "p_w_very_strong")
    console.print(label("p_w", lang).format(w=fmt_number(d.kendall_w, 2, lang), band=label(band, lang),
                                            jurors=len(d.kendall_jurors), candidates=len(outcome.candidates)))
    left_out = [j for j in outcome.jurors if j not in d.kendall_jurors]
    if left_out:
        console.print("  " + label("p_w_left_out", lang).format(jurors=", ".join(left_out)),
                      markup=False, highlight=False)


def band(value: float, bands: tuple[tuple[float, str], ...], top: str) -> str:
    """The label key of the band ``value`` falls in (each mark names the band below it)."""
    return next((key for limit, key in bands if value < limit), top)


def _reliability(outcome: PanelOutcome, console: Console, lang: Lang) -> None:
    d = outcome.diagnostics
    rel = d.reliability
    if rel is None:
        console.print(m.ICC_NONE().render(lang), markup=False, highlight=False)
    else:
        i = rel.icc
        values = {"value": i.value, "band": label(band(i.value, ICC_BANDS, ICC_TOP), lang)}
        line = (m.ICC(**values, level=100 * i.level, low=i.low, high=i.high)
                if i.low is not None and i.high is not None else m.ICC_NO_INTERVAL(**values))
        console.print(line.render(lang), markup=False, highlight=False)
        left_out = rel.left_out_jurors + rel.left_out_candidates
        if left_out:
            console.print("  " + m.ICC_LEFT_OUT(names=left_out).render(lang), markup=False, highlight=False)
    alpha = (m.ALPHA_NONE() if d.alpha is None
             else m.ALPHA(alpha=d.alpha, band=label(band(d.alpha, ALPHA_BANDS, ALPHA_TOP), lang)))
    console.print(alpha.render(lang), markup=False, highlight=False)


def _leave_one_out(outcome: PanelOutcome, console: Console, lang: Lang) -> None:
    from rich.table import Table
    from rich.text import Text

    lines = leave_one_out_sentences(outcome.diagnostics.leave_one_out)
    if not lines:
        return
    console.print(f"\n{label('p_leave_one_out', lang)}", style="bold", markup=False, highlight=False)
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for line in lines:
        grid.add_row("  •", Text(line.render(lang)))
    console.print(grid)


def _disagreement(outcome: PanelOutcome, console: Console, lang: Lang) -> None:
    shown = outcome.diagnostics.disagreement[:DISAGREEMENT_SHOWN]
    if not shown:
        return
    items = [label("p_disagreement_item", lang).format(
        name=d.candidate, std=fmt_number(d.std, 2, lang), low=fmt_number(d.low, 1, lang),
        high=fmt_number(d.high, 1, lang)) for d in shown]
    console.print(label("p_disagreement", lang) + " " + "; ".join(items), markup=False, highlight=False)


def _num(value: float | None, decimals: int, lang: Lang) -> str:
    """A number as people read it, with the minus sign U+2212 (the one used everywhere)."""
    return fmt_number(value, decimals, lang).replace("-", MINUS)
