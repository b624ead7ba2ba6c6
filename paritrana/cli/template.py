"""``paritrana template -o input.xlsx``: a blank input workbook for the criteria."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from paritrana.cli.options import CriteriaOpt, LangOpt
from paritrana.errors import UsageError


def _years(value: str | None) -> list[int] | None:
    if value is None:
        return None
    from paritrana.report.template import parse_years

    try:
        return parse_years(value)
    except UsageError as exc:
        raise typer.BadParameter(str(exc), param_hint="--years") from None


def template(
    output: Annotated[Path, typer.Option("--output", "-o", help="The workbook to write (.xlsx).",
                                         show_default=False)],
    criteria: CriteriaOpt = None,
    years: Annotated[
        str | None,
        typer.Option("--years", metavar="YEARS",
                     help="Year sheets, e.g. 2023,2024 (default: last year, and the year before it when "
                          "the criteria use previous()).", show_default=False),
    ] = None,
    names: Annotated[
        Path | None,
        typer.Option("--names", help="Prefill candidate names: a text file (one per line) or a workbook/CSV "
                     "with a name column.", show_default=False),
    ] = None,
    lang: LangOpt = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
) -> None:
    """Write a blank input workbook with exactly the columns the criteria need."""
    from paritrana.report.template import write_template

    info = write_template(output, criteria=criteria, years=_years(years), names_file=names,
                          lang=lang.value if lang else None, force=force)
    en = info.instructions_sheet == "Instructions"
    sheets = ", ".join(map(str, info.years))
    if en:
        typer.echo(f"Written {info.path}: sheets {sheets} and '{info.instructions_sheet}'; "
                   f"{len(info.names)} names prefilled")
        typer.echo(f"Columns: {', '.join(info.headers)}")
    else:
        typer.echo(f"Ditulis {info.path}: lembar {sheets} dan '{info.instructions_sheet}'; "
                   f"{len(info.names)} nama terisi")
        typer.echo(f"Kolom: {', '.join(info.headers)}")
