"""``paritrana rank FILE...``: load, validate, score and rank; print the table, save a report.

Several files (or a folder of them) are ranked together: the national round."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from paritrana.cli.options import (
    BadValue,
    BaselineOpt,
    ConflictsOpt,
    CriteriaOpt,
    EncodingOpt,
    FilesArg,
    ForceOpt,
    LangOpt,
    MaxMbOpt,
    PanelOpt,
    PreviousOpt,
    TopOpt,
    YearOpt,
    choice,
    early_lang,
    inputs,
    output_lang,
    read_options,
    stdout_console,
)
from paritrana.i18n.messages import cli as m
from paritrana.report.formats import STDOUT_FORMATS

if TYPE_CHECKING:
    from paritrana.core.run import RankingRun
    from paritrana.i18n.lang import Lang

CSV_DIALECTS = ("excel-id", "plain")  # paritrana.report.text.CsvDialect, without importing it for --help
FORMAT_ALIASES = {"md": "markdown"}  # --format md: the Markdown report's own suffix


def rank(
    ctx: typer.Context,
    file: FilesArg,
    criteria: CriteriaOpt = None,
    year: YearOpt = None,
    baseline: BaselineOpt = None,
    lang: LangOpt = None,
    top: TopOpt = None,
    group: Annotated[str | None, typer.Option("--group", show_default=False)] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", parser=choice(STDOUT_FORMATS, FORMAT_ALIASES),
                                     metavar="[" + "|".join(STDOUT_FORMATS) + "]")] = "table",
    output: Annotated[Path | None, typer.Option("--output", "-o", show_default=False)] = None,
    csv_dialect: Annotated[str | None, typer.Option("--csv-dialect", parser=choice(CSV_DIALECTS),
                                                    metavar="[" + "|".join(CSV_DIALECTS) + "]",
                                                    show_default=False)] = None,
    force: ForceOpt = False,
    encoding: EncodingOpt = None,
    max_uncompressed_mb: MaxMbOpt = 1024,
    panel: PanelOpt = None,
    conflicts: ConflictsOpt = None,
    sensitivity: Annotated[bool, typer.Option("--sensitivity")] = False,
    previous: PreviousOpt = None,
    top_per_group: Annotated[int | None, typer.Option("--top-per-group", min=1, metavar="N",
                                                      show_default=False)] = None,
    history: Annotated[bool, typer.Option("--history")] = False,
) -> None:
    """Load, validate, score and rank; print the ranking (and save a report with --output)."""
    from paritrana.api import evaluate
    from paritrana.core.progress import Stage, stage
    from paritrana.report.formats import check_report_path, write_report
    from paritrana.report.progress import progress_display

    if sensitivity and (output is None or output.suffix.lower() != ".xlsx"):
        raise BadValue(m.SENSITIVITY_NEEDS_XLSX(), option="--sensitivity")
    given = inputs(*file, baseline, criteria, *(panel or []), conflicts, previous)
    if output is not None:  # before the work: a wrong path is found in a second, not after the ranking
        check_report_path(output, force=force, inputs=given, sensitivity=sensitivity)
    read = read_options(ctx, encoding, max_uncompressed_mb)
    into_file = not sys.stdout.isatty()  # the output is written while the display counts its rows
    with progress_display(early_lang(ctx, lang)):  # stderr, long work only
        ranked = evaluate(file[0] if len(file) == 1 else file, criteria=criteria, year=year, baseline=baseline,
                          panel=panel or None, conflicts=conflicts, read=read,
                          previous=previous, top_per_group=top_per_group, history=history)
        language = output_lang(ctx, lang, ranked.criteria.language)
        group_value = ranked.group_named(group)
        if output is not None:
            stage(Stage.SAVING)
            write_report(ranked, output, lang=language, force=force, inputs=given, sensitivity=sensitivity,
                         csv_dialect=csv_dialect, read=read)
        if into_file:
            _show(ranked, output, language, fmt, top, group_value, csv_dialect)
    if not into_file:  # on the terminal, after the display is gone
        _show(ranked, output, language, fmt, top, group_value, csv_dialect)


def _show(ranked: RankingRun, output: Path | None, language: Lang, fmt: str, top: int | None, group: str | None,
          csv_dialect: str | None) -> None:
    """Say where the report was saved (stderr), then print the ranking (stdout)."""
    from paritrana.report.formats import render_stdout

    if output is not None:
        typer.echo(m.REPORT_SAVED(path=output).render(language), err=True)
    render_stdout(ranked, fmt, lang=language, top=top, group=group, console=stdout_console(), csv_dialect=csv_dialect)
