"""``paritrana criteria show|check|list|init``: read, check, list and start a criteria file."""

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


@criteria_app.command(name="list")
def list_(ctx: typer.Context, lang: LangOpt = None) -> None:
    """The packaged criteria: the name to give ``--criteria``, the title and the file."""
    from paritrana.report.criteria_tree import render_packaged

    render_packaged(stdout_console(), output_lang(ctx, lang, "id"))


@criteria_app.command()
def init(
    name: Annotated[str | None, typer.Argument(show_default=False)] = None,
    directory: Annotated[str | None, typer.Argument(show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force")] = False,
) -> None:
    """Save an editable copy of packaged criteria (default: the commented default criteria)."""
    from paritrana.report.criteria_tree import init_arguments, init_criteria

    packaged, folder = init_arguments(name, directory)
    path = init_criteria(folder, force=force, name=packaged)
    typer.echo(f"{path}")
