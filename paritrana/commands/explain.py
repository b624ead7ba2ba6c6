"""``paritrana explain FILE NAME [--vs OTHER]``: one candidate's score, indicator by indicator;
with ``--vs``, the score gap to another candidate split into each indicator's share."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import TYPE_CHECKING, Annotated

import typer

from ..cli import (
    BaselineOpt,
    CriteriaOpt,
    EncodingOpt,
    FileArg,
    LangOpt,
    MaxMbOpt,
    YearOpt,
    app,
    output_lang,
    stdout_console,
)
from ..i18n import label

if TYPE_CHECKING:
    from rich.console import Console

    from ..explain import Comparison, Explanation


class ExplainFormat(str, Enum):
    table = "table"
    json = "json"


@app.command()
def explain(
    file: FileArg,
    name: Annotated[str, typer.Argument(help="The candidate, spelled as in the data (case, punctuation and "
                                             "'Kab.' do not matter).", show_default=False)],
    vs: Annotated[str | None, typer.Option("--vs", help="Explain the score gap to this candidate.",
                                           show_default=False)] = None,
    fmt: Annotated[ExplainFormat, typer.Option("--format", "-f", help="Output format.")] = ExplainFormat.table,
    criteria: CriteriaOpt = None,
    year: YearOpt = None,
    baseline: BaselineOpt = None,
    lang: LangOpt = None,
    encoding: EncodingOpt = None,
    max_uncompressed_mb: MaxMbOpt = 1024,
) -> None:
    """Explain one candidate's score: raw value → normalised → weighted contribution."""
    from ..explain import compare
    from ..explain import explain as explain_candidate
    from ..pipeline import run

    result = run(file, criteria=criteria, year=year, baseline=baseline, encoding=encoding,
                 max_uncompressed_mb=max_uncompressed_mb)
    language = output_lang(lang, result.criteria.language.value)
    report = compare(result, name, vs) if vs is not None else explain_candidate(result, name)
    if fmt is ExplainFormat.json:
        sys.stdout.write(json.dumps(report.to_dict(language), ensure_ascii=False, indent=2, allow_nan=False) + "\n")
        return
    console = stdout_console()
    if vs is not None:
        _render_comparison(report, console, language)  # type: ignore[arg-type]
    else:
        _render_explanation(report, console, language)  # type: ignore[arg-type]


def _render_explanation(e: Explanation, console: Console, lang: str) -> None:
    from rich.markup import escape
    from rich.table import Table

    from ..explain import headline, num, percent, raw_text, scale_text, sentences

    if not e.eligible:
        for line in sentences(e, lang):
            console.print(line, markup=False, highlight=False, soft_wrap=True)
        return
    console.print(f"[bold]{escape(headline(e, lang))}[/bold]")
    arithmetic = e.aggregation.value == "arithmetic"
    table = Table(show_lines=False)
    table.add_column(label("xlsx_indicator", lang), no_wrap=True)
    table.add_column(label("xlsx_raw", lang), justify="right", no_wrap=True)
    table.add_column(label("e_scale", lang), min_width=20)
    table.add_column(label("e_normalized_short", lang), justify="right", no_wrap=True)
    table.add_column(label("e_weight", lang), justify="right", no_wrap=True)
    if arithmetic:
        table.add_column(label("e_contribution_short", lang), justify="right", no_wrap=True)
    for s in e.steps:
        cells = [s.indicator, raw_text(s.raw, s.unit, lang), scale_text(s.scale, s.raw, lang),
                 num(s.normalized, lang), percent(s.weight, lang)]
        table.add_row(*[escape(c) for c in cells], *([num(s.contribution, lang)] if arithmetic else []))
    if arithmetic:
        total = f"[bold]{num(e.score, lang)}[/bold]"
        table.add_row(f"[bold]{escape(label('score', lang))}[/bold]", "", "", "", "", total)
    console.print(table)
    for line in sentences(e, lang)[1:]:
        console.print(line, markup=False, highlight=False, soft_wrap=True)


def _render_comparison(c: Comparison, console: Console, lang: str) -> None:
    from rich.markup import escape
    from rich.table import Table

    from ..explain import comparison_sentences, num, signed

    lines = comparison_sentences(c, lang)
    if not c.comparable or not c.shares:
        for line in lines:
            console.print(line, markup=False, highlight=False, soft_wrap=True)
        return
    for line in lines[:2]:
        console.print(line, markup=False, highlight=False, soft_wrap=True)
    geometric = c.first.aggregation.value == "geometric"
    table = Table(show_lines=False)
    table.add_column(label("xlsx_indicator", lang), no_wrap=True)
    table.add_column(f"{escape(c.first.id)}\n{label('e_normalized_short', lang)}", justify="right")
    table.add_column(f"{escape(c.second.id)}\n{label('e_normalized_short', lang)}", justify="right")
    table.add_column(label("e_factor" if geometric else "e_difference", lang), justify="right", no_wrap=True)
    for s in c.shares:
        last = f"×{num(s.factor, lang)}" if geometric else signed(s.difference, lang)
        table.add_row(escape(s.indicator), num(s.first, lang), num(s.second, lang), last)
    console.print(table)
    for line in lines[2:]:
        console.print(f"[bold]{escape(line)}[/bold]", highlight=False, soft_wrap=True)
