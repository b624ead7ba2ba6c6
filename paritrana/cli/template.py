"""``paritrana template -o input.xlsx``: a blank input workbook for the criteria; with
``--panel DATA -o formulir/``, the jurors' scoring forms for the shortlist of the desk ranking."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from paritrana.cli.options import (
    LANG_KEY,
    BadValue,
    BaselineOpt,
    ConflictsOpt,
    CriteriaOpt,
    EncodingOpt,
    ForceOpt,
    LangOpt,
    MaxMbOpt,
    YearOpt,
    inputs,
    output_lang,
    read_options,
)
from paritrana.errors import UsageError
from paritrana.i18n.lang import Lang
from paritrana.i18n.lang import output_lang as resolve_lang
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
    file: Annotated[Path | None, typer.Argument(show_default=False)] = None,
    criteria: CriteriaOpt = None,
    years: Annotated[str | None, typer.Option("--years", show_default=False)] = None,
    names: Annotated[Path | None, typer.Option("--names", show_default=False)] = None,
    panel: Annotated[bool, typer.Option("--panel")] = False,
    jurors: Annotated[Path | None, typer.Option("--jurors", show_default=False)] = None,
    conflicts: ConflictsOpt = None,
    year: YearOpt = None,
    baseline: BaselineOpt = None,
    encoding: EncodingOpt = None,
    max_uncompressed_mb: MaxMbOpt = 1024,
    lang: LangOpt = None,
    force: ForceOpt = False,
) -> None:
    """Save a blank input workbook with exactly the columns the criteria need (with --panel, the
    jurors' scoring forms)."""
    if panel:
        _forms(ctx, file, output, criteria, jurors, conflicts, year, baseline, encoding, max_uncompressed_mb, lang,
               force, years, names)
        return
    for given, option in ((file, None), (jurors, "--jurors"), (conflicts, "--conflicts"), (year, "--year"),
                          (baseline, "--baseline")):
        if given is not None:
            raise BadValue(m.ONLY_WITH_PANEL(), option=option or "FILE")
    from paritrana.report.template import write_template

    chosen = lang or ctx.meta.get(LANG_KEY)
    info = write_template(output, criteria=criteria, years=_years(years), names_file=names,
                          lang=None if chosen is None else Lang(chosen), force=force)
    language = resolve_lang(info.language)
    sheets = [*map(str, info.years), f'"{info.instructions_sheet}"']
    filled = m.NAMES_FILLED(n=len(info.names)) if info.names else m.NO_NAMES_FILLED()
    typer.echo(m.TEMPLATE_SAVED(path=info.path, sheets=sheets, names=filled).render(language))
    typer.echo(m.TEMPLATE_COLUMNS(headers=info.headers).render(language))


def _forms(ctx: typer.Context, file: Path | None, output: Path, criteria: Path | None, jurors: Path | None,
           conflicts: Path | None, year: int | None, baseline: Path | None, encoding: str | None,
           max_uncompressed_mb: int, lang: object, force: bool, years: str | None, names: Path | None) -> None:
    """``template --panel DATA -o FOLDER``: rank the desk stage, then one form per juror."""
    if file is None:
        raise BadValue(m.PANEL_NEEDS_DATA(), option="--panel")
    for given, option in ((years, "--years"), (names, "--names")):
        if given is not None:
            raise BadValue(m.NOT_WITH_PANEL(), option=option)
    from paritrana.api import evaluate
    from paritrana.panel.forms import read_jurors
    from paritrana.report.panel_forms import write_panel_forms

    read = read_options(ctx, encoding, max_uncompressed_mb)
    desk = evaluate(file, criteria=criteria, year=year, baseline=baseline, read=read)
    language = output_lang(ctx, lang, desk.criteria.language)  # type: ignore[arg-type]
    panel = read_jurors(jurors, read) if jurors is not None else None
    info = write_panel_forms(desk, output, jurors=panel, conflicts=conflicts, lang=language, force=force, read=read,
                             inputs=inputs(file, criteria, baseline, jurors, conflicts))
    typer.echo(m.FORMS_SAVED(folder=str(output), n=len(info.jurors), total=len(info.finalists),
                              names=info.finalists).render(language))
    for path in info.files:
        typer.echo(f"  {path}")
    if info.conflicts:
        pairs = [m.FORM_CONFLICT_PAIR(juror=j, candidate=c) for j, c in info.conflict_pairs]
        typer.echo(m.FORMS_CONFLICTS(items=pairs).render(language))
