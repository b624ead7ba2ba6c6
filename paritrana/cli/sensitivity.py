"""``paritrana sensitivity FILE``: how stable the ranking is when weights and methods vary."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from paritrana.cli.options import (
    BaselineOpt,
    CriteriaOpt,
    EncodingOpt,
    FileArg,
    LangOpt,
    MaxMbOpt,
    TableOrJson,
    TableOrJsonOpt,
    YearOpt,
    output_lang,
    read_options,
    stdout_console,
)
from paritrana.core.methods import ALTERNATIVES

METHOD_NAMES = ("criteria", *ALTERNATIVES)  # "criteria": each indicator keeps its own method


def _methods(value: str | None) -> list[str] | None:
    if value is None:
        return None
    names = [part.strip().lower() for part in value.split(",") if part.strip()]
    unknown = [n for n in names if n not in METHOD_NAMES]
    if unknown or not names:
        raise typer.BadParameter(f"unknown method {', '.join(map(repr, unknown)) or '(empty)'}; "
                                 f"choose from {', '.join(METHOD_NAMES)}")
    return names


def _jitter(value: float) -> float:
    if not 0 <= value < 1:
        raise typer.BadParameter(f"must be at least 0 and below 1 (got {value:g}); 0.25 means ±25 %")
    return value


def sensitivity(
    ctx: typer.Context,
    file: FileArg,
    criteria: CriteriaOpt = None,
    year: YearOpt = None,
    baseline: BaselineOpt = None,
    lang: LangOpt = None,
    runs: Annotated[int, typer.Option("--runs", "-n", min=1, max=1_000_000,
                                      help="Monte Carlo runs.")] = 10_000,
    jitter: Annotated[float, typer.Option("--jitter", callback=_jitter,
                                          help="Each weight is multiplied by a factor in 1 ± jitter.")] = 0.25,
    methods: Annotated[str | None, typer.Option(
        "--methods", help="Comma-separated normalisations to draw from per run (e.g. minmax,rank,zscore; "
        "'criteria' = each indicator's own). Default: the criteria's.", show_default=False)] = None,
    seed: Annotated[int | None, typer.Option("--seed", min=0, help="Random seed, to repeat a run exactly "
                                             "(default: a fresh one, printed).", show_default=False)] = None,
    fmt: TableOrJsonOpt = TableOrJson.table,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write the analysis; the extension picks the format (.xlsx, .json).",
        show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing --output file.")] = False,
    top: Annotated[int | None, typer.Option("--top", min=1, help="Show only the first N of each group "
                                            "(default: all up to 30, else 20).", show_default=False)] = None,
    encoding: EncodingOpt = None,
    max_uncompressed_mb: MaxMbOpt = 1024,
) -> None:
    """Re-score under random weights (and methods): rank intervals, P(first), exact weight-stability
    intervals of the podium, and the podium without each indicator."""
    from paritrana.api import sensitivity as analyse
    from paritrana.report.sensitivity_output import check_sensitivity_output, write_sensitivity
    from paritrana.report.sensitivity_terminal import DelayedProgress, render_sensitivity


    method_list = _methods(methods)
    if output is not None:
        check_sensitivity_output(output, inputs=[file, baseline, criteria], force=force)
    with DelayedProgress() as progress:
        result = analyse(file, criteria=criteria, year=year, baseline=baseline,
                         read=read_options(ctx, encoding, max_uncompressed_mb), runs=runs, jitter=jitter,
                         methods=method_list, seed=seed, progress=progress.update)
    language = output_lang(ctx, lang, result.language)
    if output is not None:
        write_sensitivity(result, output, lang=language)
        typer.echo(f"{output}", err=True)
    if fmt is TableOrJson.json:
        typer.echo(result.to_json(language), nl=False)
    else:
        render_sensitivity(result, stdout_console(), lang=language, top=top)

