"""``validate`` on the terminal: a heading, one row per issue and a summary line."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from paritrana.checks.report import ValidationReport
from paritrana.i18n import label, render
from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import progress as shown
from paritrana.i18n.messages import report as m
from paritrana.report.text import criteria_shown, years_line

MAX_LISTED = 200  # issues drawn in the table; the JSON (`--format json`) lists them all


def render_report(report: ValidationReport, console: Console, lang: Lang) -> None:
    """A heading, one table row per issue (severity, place, message, fix) and a summary line."""

    title, *details = _heading(report, lang)
    console.print(f"[bold]{escape(title)}[/bold]")
    for line in details:
        console.print(escape(line))
    if report.issues:
        table = Table(show_lines=True, expand=False)
        table.add_column(label("v_severity", lang), no_wrap=True)
        table.add_column(label("v_place", lang), overflow="fold", max_width=22)
        table.add_column(label("v_problem", lang), ratio=3, overflow="fold")
        table.add_column(label("v_fix", lang), ratio=2, overflow="fold")
        for issue in report.issues[:MAX_LISTED]:  # errors come first
            error = issue.severity.value == "error"
            severity = Text(label("v_error" if error else "v_warning", lang), style="bold red" if error else "yellow")
            table.add_row(severity, Text(_place(issue, report)), Text(render(issue.message, lang, cli=True)),
                          Text(render(issue.hint, lang, cli=True)))
        console.print(table)
        if len(report.issues) > MAX_LISTED:
            more = shown.ISSUES_NOT_LISTED(n=len(report.issues) - MAX_LISTED).render(lang, cli=True)
            console.print(more, style="dim", highlight=False, markup=False)
    else:
        console.print(label("v_clean", lang))
    summary = m.VALIDATE_SUMMARY(errors=len(report.errors), warnings=len(report.warnings)).render(lang)
    console.print(Text(summary, style="bold red" if report.errors else "bold green"))


def _heading(report: ValidationReport, lang: Lang) -> list[str]:
    """The file checked; the years and the candidates; the criteria (each short enough for
    one line of a 100-column terminal)."""
    lines = [m.VALIDATE_TITLE(path=report.path).render(lang)]
    parts = []
    years = years_line(report.year, report.baseline_year, lang)
    if years:
        parts.append(years)
    if report.year is not None or report.candidates:
        parts.append(m.VALIDATE_CANDIDATES(n=report.candidates).render(lang))
    if parts:
        lines.append(" · ".join(parts))
    lines.append(m.VALIDATE_CRITERIA(name=criteria_shown(report.criteria.path, lang)).render(lang))
    return lines


def _place(issue: object, report: ValidationReport) -> str:
    """``2024!C7``; prefixed with the file, as typed, when it is not the checked file (the
    heading names that one; a problem of the whole file shows its name)."""
    where = getattr(issue, "location", None)
    if where is None:
        return "–"
    place = where.place
    if where.file and where.file != report.path:
        return f"{where.file} › {place}" if place else where.file
    return place or Path(report.path).name
