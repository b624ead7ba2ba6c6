"""``paritrana verify REPORT``: is a published report what paritrana gives for its recorded inputs?

Reads the report's audit record, re-hashes the recorded inputs (at their recorded paths, or
only in the folders given with ``--inputs``), ranks them again with the recorded options in
memory and compares every rank and score (and, in a workbook, the weight cells). Prints
"cocok"/"verified" with what was checked, or the differences; exit 0 when it verifies, 1 when
not. Nothing in the record is executed and nothing is written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from paritrana.cli.options import LangOpt, TableOrJson, TableOrJsonOpt
from paritrana.cli.options import output_lang as command_lang


def verify(
    ctx: typer.Context,
    report: Annotated[Path, typer.Argument(show_default=False)],
    inputs: Annotated[list[Path] | None, typer.Option("--inputs", show_default=False)] = None,
    lang: LangOpt = None,
    fmt: TableOrJsonOpt = TableOrJson.table,
) -> None:
    """Check that a published report is what paritrana gives for its recorded inputs."""
    from paritrana.api import verify as verify_report

    result = verify_report(report, inputs=inputs or [])
    language = command_lang(ctx, lang, "id")
    if fmt is TableOrJson.json:
        typer.echo(json.dumps(result.to_dict(language), ensure_ascii=False, indent=2))
    else:
        typer.echo("\n".join(result.lines(language, cli=True)))
    if not result.verified:
        raise typer.Exit(1)
