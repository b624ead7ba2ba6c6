"""``explain`` on the terminal: the indicator table and the sentences, in the output language.

The terminal is the command line's output: its sentences take the command line's wording
(``cli=True``), which may name an option (``--panel``)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from paritrana.explain.change import PARTS, Change
from paritrana.explain.model import Comparison, Explanation, PanelPart
from paritrana.explain.rounding import rounded_parts
from paritrana.explain.text import (
    change_sentence,
    comparison_sentences,
    desk_sentences,
    final_formula,
    headline,
    num,
    panel_headline,
    panel_step_sentences,
    percent,
    points,
    raw_text,
    scale_text,
    sentences,
    share_name,
    shown_contributions,
    signed,
    stage_sentences,
    standardization_sentences,
)
from paritrana.i18n import label, localized
from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import panel as pm
from paritrana.i18n.messages import rounds as rm


def render_explanation(e: Explanation, console: Console, lang: Lang, *, cli: bool = True) -> None:
    if not e.eligible:
        for line in sentences(e, lang, cli=cli):
            console.print(line, markup=False, highlight=False, soft_wrap=True)
        return
    console.print(f"[bold]{escape(headline(e, lang))}[/bold]")
    desk_lines = desk_sentences(e, lang)
    if e.finalist:
        console.print(desk_lines.pop(0), markup=False, highlight=False, soft_wrap=True)
    arithmetic = e.aggregation.value == "arithmetic"
    table = Table(show_lines=False)
    table.add_column(label("xlsx_indicator", lang), no_wrap=True)
    table.add_column(label("xlsx_raw", lang), justify="right", no_wrap=True)
    table.add_column(label("e_scale", lang), min_width=20)
    table.add_column(label("e_normalized_short", lang), justify="right", no_wrap=True)
    table.add_column(label("e_weight", lang), justify="right", no_wrap=True)
    if arithmetic:
        table.add_column(label("e_contribution_short", lang), justify="right", no_wrap=True)
    shown = shown_contributions(e)  # rounded so that they add up to the score shown
    for s in e.steps:
        cells = [s.indicator, raw_text(s.raw, s.unit, lang), scale_text(s.scale, s.raw, lang),
                 num(s.normalized, lang), percent(s.weight, lang)]
        table.add_row(*[escape(c) for c in cells],
                      *([num(shown.get(s.indicator, s.contribution), lang)] if arithmetic else []))
    if arithmetic:
        score, title = (e.score, label("score", lang)) if e.stages is None else \
            (e.stages.desk_score, label("p_desk_score", lang))
        table.add_row(f"[bold]{escape(title)}[/bold]", "", "", "", "", f"[bold]{num(score, lang)}[/bold]")
    console.print(table)
    for line in desk_lines:
        console.print(line, markup=False, highlight=False, soft_wrap=True)
    if e.finalist:
        _render_panel(e, console, lang)
        return
    for line in stage_sentences(e, lang, cli=cli):
        console.print(line, markup=False, highlight=False, soft_wrap=True)


def _render_panel(e: Explanation, console: Console, lang: Lang) -> None:
    """A finalist's panel part: a table of the interview criteria, then the sentences."""

    assert e.stages is not None and e.stages.panel is not None
    panel = e.stages.panel
    console.print()
    console.print(panel_headline(panel, lang), markup=False, highlight=False, soft_wrap=True)
    table = Table(show_lines=False)
    table.add_column(label("e_panel_criterion", lang), no_wrap=True)
    table.add_column(label("xlsx_label", lang))
    table.add_column(label("e_weight", lang), justify="right", no_wrap=True)
    table.add_column(label("e_panel_value", lang), justify="right", no_wrap=True)
    table.add_column(label("p_jurors", lang), justify="right", no_wrap=True)
    table.add_column(label("p_abstained", lang))
    for c in panel.criteria:
        table.add_row(escape(c.criterion), escape(localized(c.label, lang)), percent(c.weight, lang),
                      num(c.value, lang), str(c.jurors), escape(", ".join(c.abstained)))
    total = f"[bold]{num(panel.score, lang)}[/bold]"
    table.add_row(f"[bold]{escape(label('p_panel_score', lang))}[/bold]", "", "", total, str(panel.jurors), "")
    console.print(table)
    for line in panel_step_sentences(e.id, panel, lang):
        console.print(line, markup=False, highlight=False, soft_wrap=True)
    if panel.standardize and panel.juror_scores:
        _raw_and_standardized(e.id, panel, console, lang)
    console.print(f"[bold]{escape(final_formula(e, lang))}[/bold]", highlight=False, soft_wrap=True)


def _raw_and_standardized(name: str, panel: PanelPart, console: Console, lang: Lang) -> None:
    """Each juror's score of the finalist as given and after standardisation, side by side."""
    table = Table(show_lines=False)
    width = max(len(j.juror) for j in panel.juror_scores)
    table.add_column(label("p_juror", lang), no_wrap=True, min_width=min(width, 30))
    for column in (pm.COLUMN_RAW_TOTAL, pm.COLUMN_STANDARDIZED_TOTAL, pm.COLUMN_JUROR_MEAN, pm.COLUMN_JUROR_STD):
        table.add_column(column().render(lang), justify="right")
    for j in panel.juror_scores:
        raw = pm.NOT_COUNTED_CONFLICT().render(lang) if j.conflict else num(j.raw_total, lang)
        table.add_row(escape(j.juror), escape(raw), num(j.standardized_total, lang), num(j.mean, lang),
                      num(j.std, lang))
    console.print(table)
    console.print(pm.JUROR_SCORES_CAPTION(name=name).render(lang), style="dim", markup=False, highlight=False)
    for line in standardization_sentences(panel, lang):
        console.print(line, markup=False, highlight=False, soft_wrap=True)


def render_comparison(c: Comparison, console: Console, lang: Lang, *, cli: bool = True) -> None:
    lines = comparison_sentences(c, lang, cli=cli)
    if not c.comparable or not c.shares:
        for line in lines:
            console.print(line, markup=False, highlight=False, soft_wrap=True)
        return
    for line in lines[:2]:
        console.print(line, markup=False, highlight=False, soft_wrap=True)
    geometric = c.first.aggregation.value == "geometric" and c.basis != "final"
    table = Table(show_lines=False)
    table.add_column(label("xlsx_indicator", lang), no_wrap=True)
    table.add_column(f"{escape(c.first.id)}\n{label('e_normalized_short', lang)}", justify="right")
    table.add_column(f"{escape(c.second.id)}\n{label('e_normalized_short', lang)}", justify="right")
    table.add_column(label("e_factor" if geometric else "e_difference", lang), justify="right", no_wrap=True)
    for s in c.shares:
        last = f"×{num(s.factor, lang)}" if s.factor is not None else signed(s.difference, lang)
        table.add_row(escape(share_name(s, lang)), num(s.first, lang), num(s.second, lang), last)
    console.print(table)
    for line in lines[2:]:
        console.print(f"[bold]{escape(line)}[/bold]", highlight=False, soft_wrap=True)


def render_change(c: Change, console: Console, lang: Lang) -> None:
    """``explain --previous``: the score change split into its parts, then the sentence."""
    console.print()
    console.print(f"[bold]{escape(rm.CHANGE_TITLE(path=c.source).render(lang))}[/bold]")
    if c.status == "split" and c.total is not None:
        shown = rounded_parts(c.parts, c.total)
        table = Table(show_lines=False)
        table.add_column(rm.PART_COLUMN().render(lang))
        table.add_column(rm.POINTS_COLUMN().render(lang), justify="right", no_wrap=True)
        names = {"own_data": rm.PART_OWN, "other_candidates": rm.PART_OTHERS, "criteria": rm.PART_CRITERIA}
        for key in PARTS:
            table.add_row(escape(names[key]().render(lang)), points(shown[key], lang))
        table.add_row(f"[bold]{escape(rm.PART_TOTAL().render(lang))}[/bold]",
                      f"[bold]{points(round(c.total, 2), lang)}[/bold]")
        console.print(table)
    console.print(change_sentence(c, lang), markup=False, highlight=False, soft_wrap=True)
