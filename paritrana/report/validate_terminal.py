"""``validate`` on the terminal: a heading, one row per issue and a summary line."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from paritrana.checks.report import ValidationReport
from paritrana.i18n import label, render, years_text


def render_report(report: ValidationReport, console: Console, lang: str) -> None:
    """A heading, one table row per issue (severity, place, message, fix) and a summary line."""

    title, details = _heading(report, lang)
    console.print(f"[bold]{escape(title)}[/bold]")
    console.print(escape(details))
    if report.issues:
        table = Table(show_lines=True, expand=False)
        table.add_column(label("v_severity", lang), no_wrap=True)
        table.add_column(label("v_place", lang), overflow="fold", max_width=22)
        table.add_column(label("v_problem", lang), ratio=3, overflow="fold")
        table.add_column(label("v_fix", lang), ratio=2, overflow="fold")
        for issue in report.issues:
            error = issue.severity.value == "error"
            severity = Text(label("v_error" if error else "v_warning", lang), style="bold red" if error else "yellow")
            table.add_row(severity, Text(_place(issue, report)), Text(render(issue.message, lang, cli=True)),
                          Text(render(issue.hint, lang, cli=True)))
        console.print(table)
    else:
        console.print(label("v_clean", lang))
    summary = label("v_summary", lang).format(errors=len(report.errors), warnings=len(report.warnings))
    console.print(Text(summary, style="bold red" if report.errors else "bold green"))


def _heading(report: ValidationReport, lang: str) -> tuple[str, str]:
    title = f"{label('v_title', lang)}: {Path(report.path).name}"
    shown = report.criteria.path
    if shown.startswith("<default: "):
        shown = f"{shown.removeprefix('<default: ').rstrip('>')} ({label('v_default', lang)})"
    parts = [f"{label('criteria', lang)}: {Path(shown).name}"]
    years = years_text(report.year, report.baseline_year, lang, sep=" · ")
    if years:
        parts.append(years)
    if report.year is not None or report.candidates:
        parts.append(label("v_candidates", lang).format(n=report.candidates))
    return title, " · ".join(parts)


def _place(issue: object, report: ValidationReport) -> str:
    """``2024!C7``; prefixed with the file name when it is not the checked file."""
    where = getattr(issue, "location", None)
    if where is None:
        return "–"
    place = where.place
    if where.file and where.file != report.path:
        name = Path(where.file).name
        return f"{name} › {place}" if place else name
    return place or Path(report.path).name
