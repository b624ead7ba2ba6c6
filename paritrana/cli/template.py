"""``paritrana template -o input.xlsx``: a blank input workbook for the criteria."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from paritrana.cli.options import LANG_KEY, BadValue, CriteriaOpt, ForceOpt, LangOpt
from paritrana.errors import UsageError
from paritrana.i18n.lang import output_lang
from paritrana.i18n.messages import cli as m


def _years(value: str | None) -> list[int] | None:
    if value is None:
        return None
    from paritrana.report.template import parse_years

    try:
        return parse_years(value)
    except UsageError as exc:
        raise BadValue(exc.message, option="--years") from None


def template(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("--output", "-o", show_default=False)],
    criteria: CriteriaOpt = None,
    years: Annotated[str | None, typer.Option("--years", show_default=False)] = None,
    names: Annotated[Path | None, typer.Option("--names", show_default=False)] = None,
    lang: LangOpt = None,
    force: ForceOpt = False,
) -> None:
    """Save a blank input workbook with exactly the columns the criteria need."""
    from paritrana.report.template import write_template

    info = write_template(output, criteria=criteria, years=_years(years), names_file=names,
                          lang=lang or ctx.meta.get(LANG_KEY), force=force)
    language = output_lang(info.language)
    sheets = [*map(str, info.years), f'"{info.instructions_sheet}"']
    filled = m.NAMES_FILLED(n=len(info.names)) if info.names else m.NO_NAMES_FILLED()
    typer.echo(m.TEMPLATE_SAVED(path=info.path, sheets=sheets, names=filled).render(language))
    typer.echo(m.TEMPLATE_COLUMNS(headers=info.headers).render(language))
