"""``paritrana validate FILE``: every data problem at once, each with its place and a fix."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import typer

from paritrana.cli.options import (
    BaselineOpt,
    CriteriaOpt,
    EncodingOpt,
    FilesArg,
    LangOpt,
    MaxMbOpt,
    TableOrJson,
    TableOrJsonOpt,
    YearOpt,
    early_lang,
    output_lang,
    read_options,
    stdout_console,
)

if TYPE_CHECKING:
    from paritrana.checks.report import ValidationReport


def validate(
    ctx: typer.Context,
    file: FilesArg,
    criteria: CriteriaOpt = None,
    year: YearOpt = None,
    baseline: BaselineOpt = None,
    lang: LangOpt = None,
    fmt: TableOrJsonOpt = TableOrJson.table,
    encoding: EncodingOpt = None,
    max_uncompressed_mb: MaxMbOpt = 1024,
) -> None:
    """Check the data without ranking: every error and warning with its sheet, cell and a fix.

    Exits with 1 when there is any error (the same errors that make `rank` stop).
    """
    from paritrana.api import validate as validate_file
    from paritrana.core.progress import Stage, stage
    from paritrana.report.progress import progress_display
    from paritrana.report.validate_terminal import render_report

    def show(report: ValidationReport) -> None:
        language = output_lang(ctx, lang, report.criteria.criteria.language)
        if fmt is TableOrJson.json:
            write_json(report, language)
        else:
            render_report(report, stdout_console(), language)

    into_file = not sys.stdout.isatty()  # the output is written while the display is up
    with progress_display(early_lang(ctx, lang)):  # stderr, long work only
        report = validate_file(file[0] if len(file) == 1 else file, criteria=criteria, year=year, baseline=baseline,
                               read=read_options(ctx, encoding, max_uncompressed_mb))
        if into_file:
            stage(Stage.WRITING)
            show(report)
    if not into_file:  # on the terminal, after the display is gone
        show(report)
    if report.errors:
        raise typer.Exit(1)


def write_json(report: ValidationReport, lang: str) -> None:
    """The report's JSON on stdout, piece by piece (the old way for a text orjson refuses)."""
    import orjson

    try:
        pieces = report.json_pieces(lang, cli=True)
    except orjson.JSONEncodeError:
        typer.echo(report.to_json(lang, cli=True), nl=False)
        return
    sys.stdout.flush()
    for piece in pieces:
        sys.stdout.buffer.write(piece)
    sys.stdout.buffer.flush()
