"""``paritrana explain FILE NAME [--vs OTHER] [--panel JURI.xlsx]``: one candidate's score,
indicator by indicator; with ``--vs``, the score gap to another candidate split into each
indicator's share. With criteria that have ``stages:`` and the jury's scores (``--panel``), a
finalist's explanation goes on from the desk part to the panel part and the final score."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from paritrana.cli.options import (
    BaselineOpt,
    ConflictsOpt,
    CriteriaOpt,
    EncodingOpt,
    FileArg,
    LangOpt,
    MaxMbOpt,
    PanelOpt,
    PreviousOpt,
    TableOrJson,
    TableOrJsonOpt,
    YearOpt,
    output_lang,
    read_options,
    stdout_console,
)


def explain(
    ctx: typer.Context,
    file: FileArg,
    name: Annotated[str, typer.Argument(show_default=False)],
    vs: Annotated[str | None, typer.Option("--vs", show_default=False)] = None,
    fmt: TableOrJsonOpt = TableOrJson.table,
    criteria: CriteriaOpt = None,
    year: YearOpt = None,
    baseline: BaselineOpt = None,
    lang: LangOpt = None,
    encoding: EncodingOpt = None,
    max_uncompressed_mb: MaxMbOpt = 1024,
    panel: PanelOpt = None,
    conflicts: ConflictsOpt = None,
    previous: PreviousOpt = None,
) -> None:
    """Explain one candidate's score: raw value → normalised → weighted contribution (and, with
    --panel, the jury's interview scores and the final score; with --previous, why the score
    changed since the previous result)."""
    from paritrana.api import evaluate, explain_change
    from paritrana.explain.model import Comparison, compare
    from paritrana.explain.model import explain as explain_candidate
    from paritrana.explain.text import as_json, change_json
    from paritrana.report.explain_terminal import render_change, render_comparison, render_explanation

    read = read_options(ctx, encoding, max_uncompressed_mb)
    change = None
    if previous is not None:
        change = explain_change(file, name, previous, criteria=criteria, year=year, baseline=baseline, read=read)
    result = evaluate(file, criteria=criteria, year=year, baseline=baseline, panel=panel or None,
                      conflicts=conflicts, read=read)
    language = output_lang(ctx, lang, result.criteria.language)
    report = compare(result, name, vs) if vs is not None else explain_candidate(result, name)
    if fmt is TableOrJson.json:
        data = as_json(report, language)
        if change is not None:
            data["change"] = change_json(change, language)
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n")
        return
    console = stdout_console()
    if isinstance(report, Comparison):
        render_comparison(report, console, language)
    else:
        render_explanation(report, console, language)
    if change is not None:
        render_change(change, console, language)
