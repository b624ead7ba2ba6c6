"""``paritrana rank FILE``: load, validate, score and rank; print the table, write a report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from paritrana.cli.options import (
    BaselineOpt,
    CriteriaOpt,
    EncodingOpt,
    FileArg,
    ForceOpt,
    LangOpt,
    MaxMbOpt,
    PanelOpt,
    YearOpt,
    choice,
    inputs,
    output_lang,
    read_options,
    stdout_console,
)
from paritrana.report.formats import STDOUT_FORMATS, suffix_list


def rank(
    ctx: typer.Context,
    file: FileArg,
    criteria: CriteriaOpt = None,
    year: YearOpt = None,
    baseline: BaselineOpt = None,
    lang: LangOpt = None,
    top: Annotated[int | None, typer.Option("--top", min=1, help="Show only the first N of each group.",
                                            show_default=False)] = None,
    group: Annotated[str | None, typer.Option("--group", help="Show only this group.", show_default=False)] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", parser=choice(STDOUT_FORMATS),
                                     metavar="[" + "|".join(STDOUT_FORMATS) + "]",
                                     help="Output format on stdout.")] = "table",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help=f"Write a report; the extension picks the format ({suffix_list()}).",
                     show_default=False),
    ] = None,
    force: ForceOpt = False,
    encoding: EncodingOpt = None,
    max_uncompressed_mb: MaxMbOpt = 1024,
    panel: PanelOpt = None,
    sensitivity: Annotated[bool, typer.Option(
        "--sensitivity", help="Add a sensitivity sheet (10,000 weight draws, seed 0) to an .xlsx --output.")] = False,
) -> None:
    """Load, validate, score and rank; print the ranking (and write a report with --output)."""
    from paritrana.api import evaluate
    from paritrana.i18n import label
    from paritrana.report.formats import render_stdout, write_report

    ranked = evaluate(file, criteria=criteria, year=year, baseline=baseline, panel=panel,
                      read=read_options(ctx, encoding, max_uncompressed_mb))
    language = output_lang(ctx, lang, ranked.criteria.language)
    group_value = ranked.group_named(group)
    if sensitivity and (output is None or output.suffix.lower() != ".xlsx"):
        raise typer.BadParameter("--sensitivity adds a sheet to an Excel report; it needs --output FILE.xlsx",
                                 param_hint="--sensitivity")
    if output is not None:
        write_report(ranked, output, lang=language, force=force, inputs=inputs(file, baseline, criteria, panel),
                     sensitivity=sensitivity)
        typer.echo(label("report_written", language).format(path=output), err=True)
    render_stdout(ranked.result, fmt, lang=language, top=top, group=group_value, console=stdout_console())
