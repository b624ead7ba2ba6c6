"""``paritrana sensitivity FILE``: how stable the ranking is when weights and methods vary."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from paritrana.cli.options import (
    BadValue,
    BaselineOpt,
    CriteriaOpt,
    EncodingOpt,
    FileArg,
    ForceOpt,
    LangOpt,
    MaxMbOpt,
    PanelOpt,
    TableOrJson,
    TableOrJsonOpt,
    TopOpt,
    YearOpt,
    output_lang,
    read_options,
    stdout_console,
)
from paritrana.core.methods import ALTERNATIVES
from paritrana.i18n.messages import cli as m

METHOD_NAMES = ("criteria", *ALTERNATIVES)  # "criteria": each indicator keeps its own method


def _methods(value: str | None) -> list[str] | None:
    if value is None:
        return None
    names = [part.strip().lower() for part in value.split(",") if part.strip()]
    unknown = [n for n in names if n not in METHOD_NAMES]
    if unknown:
        raise BadValue(m.UNKNOWN_METHODS(names=unknown, choices=list(METHOD_NAMES)), option="--methods")
    if not names:
        raise BadValue(m.NO_METHODS(choices=list(METHOD_NAMES)), option="--methods")
    return names


def _jitter(value: float) -> float:
    if not 0 <= value < 1:
        raise BadValue(m.JITTER_RANGE(value=value))
    return value


def sensitivity(
    ctx: typer.Context,
    file: FileArg,
    criteria: CriteriaOpt = None,
    year: YearOpt = None,
    baseline: BaselineOpt = None,
    lang: LangOpt = None,
    runs: Annotated[int, typer.Option("--runs", "-n", min=1, max=1_000_000, metavar="N")] = 10_000,
    jitter: Annotated[float, typer.Option("--jitter", callback=_jitter)] = 0.25,
    methods: Annotated[str | None, typer.Option("--methods", show_default=False)] = None,
    seed: Annotated[int | None, typer.Option("--seed", min=0, metavar="N", show_default=False)] = None,
    fmt: TableOrJsonOpt = TableOrJson.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", show_default=False)] = None,
    force: ForceOpt = False,
    top: TopOpt = None,
    encoding: EncodingOpt = None,
    max_uncompressed_mb: MaxMbOpt = 1024,
    panel: PanelOpt = None,
) -> None:
    """Re-score under random weights (and methods): rank intervals, P(first), exact weight-stability
    intervals of the podium, and the podium without each indicator."""
    from paritrana.api import sensitivity as analyse
    from paritrana.report.sensitivity_output import check_sensitivity_output, write_sensitivity
    from paritrana.report.sensitivity_terminal import DelayedProgress, render_sensitivity

    method_list = _methods(methods)
    if output is not None:
        check_sensitivity_output(output, inputs=[file, baseline, criteria, *(panel or [])], force=force)
    with DelayedProgress() as progress:
        result = analyse(file, criteria=criteria, year=year, baseline=baseline,
                         read=read_options(ctx, encoding, max_uncompressed_mb), runs=runs, jitter=jitter,
                         methods=method_list, seed=seed, progress=progress.update, panel=panel or None)
    language = output_lang(ctx, lang, result.language)
    if output is not None:
        write_sensitivity(result, output, lang=language)
        typer.echo(m.REPORT_SAVED(path=output).render(language), err=True)
    if fmt is TableOrJson.json:
        typer.echo(result.to_json(language), nl=False)
    else:
        render_sensitivity(result, stdout_console(), lang=language, top=top)
