"""Choosing a renderer: stdout formats and report files by extension."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.errors import Location, ParitranaError
from paritrana.io.atomic import check_output_path, write_atomic, write_text_atomic

if TYPE_CHECKING:
    from paritrana.core.result import RankingResult

REPORT_SUFFIXES = {".xlsx": "xlsx", ".csv": "csv", ".json": "json", ".md": "markdown", ".markdown": "markdown"}


class UsageError(ParitranaError):
    """An option value that does not fit the data (e.g. an unknown --group)."""


def check_group(result: RankingResult, group: str | None) -> str | None:
    """The spelling of ``group`` used in the data (case-insensitive match), or an error."""
    if group is None:
        return None
    from paritrana.core.names import closest, name_key

    known = [g for g in result.groups if g is not None]
    if not result.criteria.group_by:
        raise UsageError("--group needs criteria with group_by; these criteria rank one pool")
    for g in known:
        if name_key(g) == name_key(group):
            return g
    near = closest(group, known)
    hint = f"did you mean {', '.join(repr(n) for n in near)}?" if near else f"groups: {', '.join(known)}"
    raise UsageError(f"no group '{group}' in the results", hint=hint)


def text_output(result: RankingResult, fmt: str, *, lang: str, top: int | None = None,
                group: str | None = None) -> str:
    from paritrana.report.text import to_csv, to_json, to_markdown

    if fmt == "json":
        return to_json(result)
    if fmt == "csv":
        return to_csv(result, group=group, top=top)
    if fmt == "markdown":
        return to_markdown(result, lang=lang, top=top, group=group)
    raise ValueError(fmt)


def render_stdout(result: RankingResult, fmt: str, *, lang: str, top: int | None, group: str | None,
                  console: Any) -> None:
    if fmt == "table":
        from paritrana.report.terminal import render_ranking

        render_ranking(result, console, lang=lang, top=top, group=group)
        return
    if fmt == "json":
        sys.stdout.flush()
        result.write_json(sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return
    sys.stdout.write(text_output(result, fmt, lang=lang, top=top, group=group))
    sys.stdout.flush()


def write_report(result: RankingResult, path: Path, *, lang: str, force: bool = False,
                 inputs: Iterable[str | Path | None] = (), sensitivity: bool = False) -> None:
    """Write ``result`` to ``path`` atomically; the extension picks the format.
    ``sensitivity`` adds the sensitivity sheet to an .xlsx report (10,000 draws, seed 0, so
    the same inputs give the same sheet)."""
    kind = REPORT_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise UsageError(f"unknown report type '{path.suffix or '(none)'}'", Location(file=str(path)),
                         hint="use .xlsx, .csv, .json or .md")
    if sensitivity and kind != "xlsx":
        raise UsageError("--sensitivity adds a sheet to an Excel report", Location(file=str(path)),
                         hint="use an .xlsx --output, or run `paritrana sensitivity` for the other formats")
    check_output_path(path, inputs=[i for i in inputs if i is not None], force=force)
    if kind == "xlsx":
        from paritrana.report.xlsx.formula_report import write_xlsx

        analysis = None
        if sensitivity:
            from paritrana.sensitivity import analyse

            analysis = analyse(result, seed=0)
        write_xlsx(result, path, lang=lang, sensitivity=analysis)
        return
    if kind == "json":
        write_atomic(path, lambda tmp: _write_json_file(result, tmp))
        return
    write_text_atomic(path, text_output(result, kind, lang=lang))


def _write_json_file(result: RankingResult, path: Path) -> None:
    with path.open("wb") as stream:
        result.write_json(stream)
