"""``paritrana criteria show|check|init``: read, check and start a criteria file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from paritrana.cli.options import LangOpt, output_lang, stdout_console

criteria_app = typer.Typer(help="Show, check or start a criteria file.", no_args_is_help=True)

CriteriaArg = Annotated[
    Path | None,
    typer.Argument(help="Criteria YAML (default: the packaged kabupaten/kota criteria).", show_default=False),
]


@criteria_app.command()
def show(ctx: typer.Context, criteria: CriteriaArg = None, lang: LangOpt = None) -> None:
    """The aspect → indicator tree with relative and effective weights, methods and rules."""
    from paritrana.io.criteria_file import load_criteria
    from paritrana.report.criteria_tree import render_criteria

    loaded = load_criteria(criteria)
    render_criteria(loaded, stdout_console(), output_lang(ctx, lang, loaded.criteria.language))


@criteria_app.command()
def check(ctx: typer.Context, criteria: CriteriaArg = None, lang: LangOpt = None) -> None:
    """Strict check: every error with its YAML line (exit 1), then warnings; "OK" when clean."""
    from paritrana.i18n.messages import criteria as m
    from paritrana.report.criteria_tree import check_criteria

    report = check_criteria(criteria)
    shown = output_lang(ctx, lang, report.criteria.criteria.language)
    for warning in report.warnings:
        typer.echo(m.WARNING(text=warning).render(shown, cli=True))
    typer.echo(report.summary().render(shown, cli=True))


@criteria_app.command()
def init(
    directory: Annotated[Path, typer.Argument(help="Folder to write paritrana-kabkota.yaml into.")] = Path("."),
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
) -> None:
    """Write an editable copy of the default criteria, with comments in Indonesian."""
    from paritrana.report.criteria_tree import init_criteria

    path = init_criteria(directory, force=force)
    typer.echo(f"{path}")
