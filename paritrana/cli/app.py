"""The ``paritrana`` command line: thin commands over the library.

Only Typer is imported at start-up; each command imports what it needs, so ``--help`` and
``--version`` stay fast. Errors a user can cause (``ParitranaError``) are printed as one
``Error: …`` line on stderr with exit code 1 by ``ParitranaGroup`` — the one translation
point; ``--debug`` anywhere on the command line shows the traceback instead.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from paritrana import __version__
from paritrana.errors import ParitranaError
from paritrana.io.limits import DEFAULT_MAX_COLUMNS, DEFAULT_MAX_ROWS, Limits, reading_limits

GLOBAL_LIMITS = ("--max-rows", "--max-columns")  # accepted anywhere on the command line


class ParitranaGroup(TyperGroup):
    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if "--debug" in args:
            args = [a for a in args if a != "--debug"]
            ctx.meta["paritrana.debug"] = True
        return super().parse_args(ctx, _limits_first(args))

    def invoke(self, ctx: Any) -> Any:
        try:
            with reading_limits(Limits()):  # the --max-rows/--max-columns callback refines it
                return super().invoke(ctx)
        except ParitranaError as exc:
            if ctx.meta.get("paritrana.debug"):
                raise
            typer.echo(f"Error: {_terminal_safe(str(exc))}", err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            if ctx.meta.get("paritrana.debug"):
                raise
            typer.echo("Interrupted (Ctrl-C); no partial file was left behind.", err=True)
            ctx.exit(130)


def _terminal_safe(text: str) -> str:
    """``text`` with control characters from the data (ESC, BEL...) written as escapes, so a
    hostile cell cannot move the cursor, recolour or clear the terminal. Newlines stay."""
    if text.isprintable():
        return text
    return "\n".join(line if line.isprintable() else line.encode("unicode_escape").decode("ascii")
                     for line in text.split("\n"))


def _limits_first(args: list[str]) -> list[str]:
    """Move ``--max-rows N`` and ``--max-columns N`` (written anywhere, as the error messages
    suggest) in front of the command, where the app's callback takes them."""
    moved: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest += args[i:]
            break
        if arg in GLOBAL_LIMITS and i + 1 < len(args):
            moved += args[i:i + 2]
            i += 2
            continue
        if arg.split("=", 1)[0] in GLOBAL_LIMITS and "=" in arg:
            moved.append(arg)
        else:
            rest.append(arg)
        i += 1
    return moved + rest


app = typer.Typer(
    cls=ParitranaGroup,
    help="Score and rank the candidates of the Paritrana Award (BPJS Ketenagakerjaan coverage).",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Lang(str, Enum):
    id = "id"
    en = "en"


class TableOrJson(str, Enum):
    """``--format`` of the commands that print a table or JSON (explain, validate, sensitivity)."""

    table = "table"
    json = "json"


TableOrJsonOpt = Annotated[TableOrJson, typer.Option("--format", "-f", help="Output format on stdout.")]


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


# ---- options shared by the commands that read data (spelled once) ---------------------

FileArg = Annotated[Path, typer.Argument(help="Input workbook (.xlsx, .xlsm) or CSV file.", show_default=False)]
CriteriaOpt = Annotated[
    Path | None,
    typer.Option("--criteria", "-c", help="Criteria YAML (default: the packaged kabupaten/kota criteria).",
                 show_default=False),
]
YearOpt = Annotated[int | None, typer.Option("--year", help="Assessed data year (default: the newest in the file).",
                                             show_default=False)]
BaselineOpt = Annotated[
    Path | None,
    typer.Option("--baseline", help="Workbook holding the previous year, for previous().", show_default=False),
]
LangOpt = Annotated[
    Lang | None,
    typer.Option("--lang", help="Output language (default: the criteria's language, else id).", show_default=False),
]
EncodingOpt = Annotated[
    str | None, typer.Option("--encoding", help="CSV text encoding (default UTF-8), e.g. cp1252.", show_default=False)
]
MaxMbOpt = Annotated[
    int,
    typer.Option("--max-uncompressed-mb", min=1, help="Refuse workbooks that would inflate beyond this many MB."),
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show a traceback on errors.")]
MaxRowsOpt = Annotated[
    int,
    typer.Option("--max-rows", min=1, help="Refuse a sheet or CSV with more rows than this (may follow the command).",
                 rich_help_panel="Limits"),
]
MaxColumnsOpt = Annotated[
    int,
    typer.Option("--max-columns", min=1, help="Refuse a sheet or CSV with more columns than this (may follow the "
                 "command).", rich_help_panel="Limits"),
]
PanelOpt = Annotated[
    Path | None,
    typer.Option("--panel", help="Jury interview scores (.xlsx: one sheet per juror, or a long sheet "
                 "Juri/Wilayah/Kriteria/Nilai) for the final stage; needs criteria with panel: and stages:.",
                 show_default=False),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"paritrana {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
    debug: DebugOpt = False,
    max_rows: MaxRowsOpt = DEFAULT_MAX_ROWS,
    max_columns: MaxColumnsOpt = DEFAULT_MAX_COLUMNS,
) -> None:
    """Score and rank the candidates of the Paritrana Award (BPJS Ketenagakerjaan coverage)."""
    from paritrana.io.limits import use_limits

    use_limits(max_rows=max_rows, max_columns=max_columns)


def output_lang(lang: Lang | None, criteria_language: str) -> str:
    return lang.value if lang is not None else criteria_language


def stdout_console() -> Any:
    from rich.console import Console

    return Console(width=None if sys.stdout.isatty() else 100, highlight=False)


@app.command()
def rank(
    file: FileArg,
    criteria: CriteriaOpt = None,
    year: YearOpt = None,
    baseline: BaselineOpt = None,
    lang: LangOpt = None,
    top: Annotated[int | None, typer.Option("--top", min=1, help="Show only the first N of each group.",
                                            show_default=False)] = None,
    group: Annotated[str | None, typer.Option("--group", help="Show only this group.", show_default=False)] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format on stdout.")] = Format.table,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write a report; the extension picks the format "
                     "(.xlsx, .csv, .json, .md).", show_default=False),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing --output file.")] = False,
    encoding: EncodingOpt = None,
    max_uncompressed_mb: MaxMbOpt = 1024,
    panel: PanelOpt = None,
    sensitivity: Annotated[bool, typer.Option(
        "--sensitivity", help="Add a sensitivity sheet (10,000 weight draws, seed 0) to an .xlsx --output.")] = False,
) -> None:
    """Load, validate, score and rank; print the ranking (and write a report with --output)."""
    from paritrana.api import run
    from paritrana.i18n import label
    from paritrana.report.formats import check_group, render_stdout, write_report

    result = run(file, criteria=criteria, year=year, baseline=baseline, encoding=encoding,
                 max_uncompressed_mb=max_uncompressed_mb, panel=panel)
    language = output_lang(lang, result.criteria.language.value)
    group_value = check_group(result, group)
    if sensitivity and (output is None or output.suffix.lower() != ".xlsx"):
        raise typer.BadParameter("--sensitivity adds a sheet to an Excel report; it needs --output FILE.xlsx",
                                 param_hint="--sensitivity")
    if output is not None:
        write_report(result, output, lang=language, force=force, inputs=[file, baseline, criteria, panel],
                     sensitivity=sensitivity)
        typer.echo(label("report_written", language).format(path=output), err=True)
    render_stdout(result, fmt.value, lang=language, top=top, group=group_value, console=stdout_console())


def main() -> None:
    """Console-script entry point."""
    app(prog_name="paritrana")
