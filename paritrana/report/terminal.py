"""The ranking as a rich table for the terminal (readable at 100 columns)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from paritrana.explain.rounding import rounded_parts
from paritrana.i18n import fmt_number, label, localized
from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import report as m
from paritrana.i18n.messages import rounds as rm
from paritrana.report import rounds
from paritrana.report.panel_terminal import render_panel, stage_caption, stage_cell, stage_parts
from paritrana.report.reasons import ineligible_reasons
from paritrana.report.text import years_line

if TYPE_CHECKING:
    from rich.console import Console

    from paritrana.core.result import CandidateResult, RankingResult

MEDALS = {1: "★ ", 2: "★ ", 3: "★ "}
PODIUM_STYLE = {1: "bold yellow", 2: "bold", 3: "bold"}
MAX_INDICATOR_COLUMNS = 6
DEFAULT_TOP_WHEN_LARGE = 50
LARGE = 100
MAX_LISTED = 30  # ineligible candidates and warnings listed on screen


def render_ranking(result: RankingResult, console: Console, *, lang: Lang = Lang.ID, top: int | None = None,
                   group: str | None = None) -> None:
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    groups = [group] if group is not None else result.groups
    total = len(result.results)
    if top is None and total > LARGE:
        top = DEFAULT_TOP_WHEN_LARGE
    years = years_line(result.year, result.baseline_year, lang)
    console.print(f"[bold]{escape(localized(result.title, lang))}[/bold]" + (f"  ·  {years}" if years else ""))
    if not result.results:
        console.print(label("no_results", lang))
    for g in groups:
        size = result.group_size(g)
        shown = result.in_group(g, top)
        table = Table(title=Text(g) if g is not None else None, title_justify="left", show_lines=False,
                      caption=_caption(result, lang), caption_justify="left")
        table.add_column("#", justify="right", no_wrap=True)
        table.add_column(label("name", lang), no_wrap=False, min_width=12, max_width=32)
        table.add_column(label("score", lang), justify="right", no_wrap=True)
        added = rounds.columns(result, lang)
        for column in added:
            table.add_column(column.title, justify="right" if column.key in ("movement", "previous") else "left",
                             no_wrap=True, max_width=None if column.key.startswith(("band:", "source", "from")) else 16)
        parts = _parts(result, lang)
        for _pid, title in parts:
            table.add_column(title, justify="right", no_wrap=True, max_width=14)
        for r in shown:
            podium = r.shortlisted is not False  # with stages, only finalists take the podium
            style = PODIUM_STYLE.get(r.rank) if podium and (not r.tie or r.rank <= 3) else None
            rank = f"{MEDALS.get(r.rank, '') if podium else ''}{r.rank}" + ("=" if r.tie else "")
            cells = [_part_value(r, pid, result, lang) for pid, _ in parts]
            extra = [Text(c.cell(r), style=c.style(r) or "") for c in added]
            table.add_row(rank, Text(r.id), fmt_number(r.score, 2, lang), *extra, *cells, style=style)
        console.print(table)
        if len(shown) < size:
            console.print(m.SHOWN_OF(shown=len(shown), total=size).render(lang), style="dim", highlight=False)
    for line in rounds.notes(result, lang, group):
        console.print(line, style="dim", markup=False, highlight=False)
    _render_history(result, console, lang, group, top)
    if result.has_ties:
        console.print(f"[yellow]=[/yellow] {label('ties_note', lang)}")
    _render_ineligible(result, console, lang)
    if result.panel is not None:

        render_panel(result, console, lang)
    _render_warnings(result, console, lang)


def _parts(result: RankingResult, lang: Lang = Lang.ID) -> list[tuple[str, str]]:
    """The breakdown columns: indicators, or aspects when there are too many indicators;
    with stages, the desk score, desk rank, panel score and shortlist mark instead."""
    criteria = result.criteria
    if result.stages is not None:

        return stage_parts(lang)
    if _shows_aspects(result):
        return [(f"a:{aid}", aid) for aid in criteria.tree]
    return [(f"i:{iid}", iid) for iid in criteria.all_indicators]


def _shows_aspects(result: RankingResult) -> bool:
    criteria = result.criteria
    return len(criteria.all_indicators) > MAX_INDICATOR_COLUMNS and len(criteria.tree) > 1


def _part_value(r: CandidateResult, pid: str, result: RankingResult, lang: Lang) -> str:
    kind, key = pid.split(":", 1)
    if kind == "s":

        return stage_cell(r, key, lang)
    if kind == "a":
        return fmt_number(r.aspects.get(key), 1, lang)
    ind = r.indicators[key]
    if ind.contribution is not None:  # rounded so that the row's contributions add up to its score shown
        parts = {k: i.contribution for k, i in r.indicators.items() if i.contribution is not None}
        return fmt_number(rounded_parts(parts, r.score)[key], 2, lang)
    return fmt_number(ind.normalized, 2, lang)


def _caption(result: RankingResult, lang: Lang) -> str:
    if result.stages is not None:

        return stage_caption(result, lang)
    if _shows_aspects(result):
        return m.ASPECT_SCORES().render(lang)
    if result.criteria.aggregation.value != "arithmetic":
        return m.NORMALISED().render(lang)
    return label("contributions_rounded", lang)


def _render_history(result: RankingResult, console: Console, lang: Lang, group: str | None, top: int | None) -> None:
    """``--history``: one row per candidate, one column per year ranked: "rank (score)"."""
    from rich.table import Table
    from rich.text import Text

    h = rounds.history(result, group)
    if h is None:
        return
    grouped = any(g is not None for _, g, _ in h.rows)
    table = Table(title=Text(rm.HISTORY_TITLE().render(lang), style="bold"), title_justify="left")
    table.add_column(label("name", lang), min_width=12, max_width=32)
    if grouped:
        table.add_column(label("group", lang), max_width=20)
    for year in h.years:
        table.add_column(str(year), justify="right", no_wrap=True)
    last = h.years[-1]
    for name, g, cells in h.rows:
        if top is not None and (cells.get(last) is None or cells[last][0] > top):
            continue
        table.add_row(Text(name), *([Text(g or "")] if grouped else []),
                      *[rounds.history_cell(cells.get(y), lang) for y in h.years])
    console.print()
    console.print(table)
    console.print(rounds.history_caption(h, lang), style="dim", markup=False, highlight=False)


def _render_ineligible(result: RankingResult, console: Console, lang: Lang) -> None:
    if not result.ineligible:
        return
    console.print(f"\n[bold]{label('ineligible', lang)}[/bold]")
    reasons = ineligible_reasons(result, lang)
    for item, why in list(zip(result.ineligible, reasons, strict=True))[:MAX_LISTED]:
        group = f" ({item.group})" if item.group else ""
        console.print(f"  • {item.id}{group}: " + "; ".join(why), markup=False, highlight=False)
    _more(console, len(result.ineligible), lang)


def _render_warnings(result: RankingResult, console: Console, lang: Lang) -> None:
    if not result.warnings:
        return
    console.print(f"\n[bold]{label('warnings', lang)}[/bold]")
    for warning in result.warnings[:MAX_LISTED]:
        text = warning.short_text(lang, result.input.path)
        console.print(f"  ! {text}", markup=False, highlight=False, style="yellow")
    _more(console, len(result.warnings), lang)


def _more(console: Console, total: int, lang: Lang) -> None:
    """Long lists stop at MAX_LISTED lines on screen; JSON, CSV and xlsx keep them all."""
    if total > MAX_LISTED:
        console.print("  " + m.MORE_LISTED(n=total - MAX_LISTED).render(lang, cli=True), style="dim",
                      highlight=False, markup=False)
