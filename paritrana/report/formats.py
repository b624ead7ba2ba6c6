"""The output formats of a ranking: one table row per format, read by the CLI and the writers.

A format has a name (``--format NAME`` on stdout when it has a ``print`` function), the file
extensions that pick it for ``--output`` (when it has a ``save`` function), and those two
functions. The CLI's ``--format`` choices, the ``--output`` help and the "unknown report type"
hint are all built from ``FORMATS``: a new format is one module and one row here.

The CLI reads this table for ``--help``, so its adapters import the writers (and with them
pandas, rich tables, xlsxwriter) only when a format is used: the one place in the library that
imports its own modules inside functions, for start-up time.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from paritrana.errors import Location, UsageError
from paritrana.io.atomic import check_output_path, write_atomic, write_text_atomic

if TYPE_CHECKING:
    from rich.console import Console

    from paritrana.core.result import RankingResult
    from paritrana.core.run import RankingRun
    from paritrana.sensitivity.model import SensitivityResult


@dataclass(frozen=True)
class View:
    """What part of a ranking to show, and in which language."""

    lang: str = "id"
    top: int | None = None
    group: str | None = None


@dataclass(frozen=True)
class OutputFormat:
    """``print`` writes the ranking to stdout; ``save`` writes it to a (temporary) path."""

    name: str
    suffixes: tuple[str, ...]
    print: Callable[[RankingResult, View, Console], None] | None
    save: Callable[[RankingRun, Path, View, SensitivityResult | None], None] | None


def _print_table(result: RankingResult, view: View, console: Console) -> None:
    from paritrana.report.terminal import render_ranking


    render_ranking(result, console, lang=view.lang, top=view.top, group=view.group)


def _print_json(result: RankingResult, view: View, console: Console) -> None:
    sys.stdout.flush()
    result.write_json(sys.stdout.buffer, view.lang)
    sys.stdout.buffer.flush()


def _json_file(run: RankingRun, path: Path, view: View, sensitivity: SensitivityResult | None) -> None:
    with path.open("wb") as stream:
        run.result.write_json(stream, view.lang)


def _csv_text(result: RankingResult, view: View) -> str:
    from paritrana.report.text import to_csv


    return to_csv(result, group=view.group, top=view.top)


def _markdown_text(result: RankingResult, view: View) -> str:
    from paritrana.report.text import to_markdown


    return to_markdown(result, lang=view.lang, top=view.top, group=view.group)


def _xlsx_file(run: RankingRun, path: Path, view: View, sensitivity: SensitivityResult | None) -> None:
    from paritrana.report.xlsx.formula_report import build_report


    build_report(run, path, lang=view.lang, sensitivity=sensitivity)


def _text_format(name: str, suffixes: tuple[str, ...], text: Callable[[RankingResult, View], str]) -> OutputFormat:
    """A format whose output is one text, the same on stdout and in a file."""

    def printed(result: RankingResult, view: View, console: Console) -> None:
        _write_stdout(text(result, view))

    def saved(run: RankingRun, path: Path, view: View, sensitivity: SensitivityResult | None) -> None:
        path.write_text(text(run.result, View(view.lang)), encoding="utf-8", newline="")

    return OutputFormat(name, suffixes, printed, saved)


def _write_stdout(text: str, stream: IO[str] | None = None) -> None:
    out = stream or sys.stdout
    out.write(text)
    out.flush()


FORMATS: tuple[OutputFormat, ...] = (
    OutputFormat("table", (), _print_table, None),
    OutputFormat("xlsx", (".xlsx",), None, _xlsx_file),
    _text_format("csv", (".csv",), _csv_text),
    OutputFormat("json", (".json",), _print_json, _json_file),
    _text_format("markdown", (".md", ".markdown"), _markdown_text),
)
BY_NAME = {f.name: f for f in FORMATS}
STDOUT_FORMATS = tuple(f.name for f in FORMATS if f.print is not None)
REPORT_SUFFIXES = {suffix: f.name for f in FORMATS if f.save is not None for suffix in f.suffixes}


def suffix_list() -> str:
    """The report extensions for help and hints, one per format: ``.xlsx, .csv, .json or .md``."""
    names = [f.suffixes[0] for f in FORMATS if f.save is not None]
    return ", ".join(names[:-1]) + " or " + names[-1]


def format_for(path: Path) -> OutputFormat:
    """The report format that ``path``'s extension picks, or a ``UsageError`` listing them."""
    name = REPORT_SUFFIXES.get(path.suffix.lower())
    if name is None:
        raise UsageError(f"unknown report type '{path.suffix or '(none)'}'", Location(file=str(path)),
                         hint=f"use {suffix_list()}")
    return BY_NAME[name]


def render_stdout(result: RankingResult, fmt: str, *, lang: str, top: int | None, group: str | None,
                  console: Console) -> None:
    printer = BY_NAME[fmt].print
    assert printer is not None, fmt
    printer(result, View(lang, top, group), console)


def write_report(run: RankingRun, path: Path, *, lang: str, force: bool = False,
                 inputs: Iterable[str | Path | None] = (), sensitivity: bool = False) -> None:
    """Write ``run`` to ``path`` atomically; the extension picks the format.
    ``sensitivity`` adds the sensitivity sheet to an .xlsx report (10,000 draws, seed 0, so
    the same inputs give the same sheet)."""
    fmt = format_for(path)
    if sensitivity and fmt.name != "xlsx":
        raise UsageError("--sensitivity adds a sheet to an Excel report", Location(file=str(path)),
                         hint="use an .xlsx --output, or run `paritrana sensitivity` for the other formats")
    check_output_path(path, inputs=[i for i in inputs if i is not None], force=force)
    analysis = None
    if sensitivity:

        from paritrana.sensitivity import analyse

        analysis = analyse(run, seed=0)
    save = fmt.save
    assert save is not None
    write_atomic(path, lambda tmp: save(run, tmp, View(lang), analysis))


__all__ = ["BY_NAME", "FORMATS", "REPORT_SUFFIXES", "STDOUT_FORMATS", "OutputFormat", "View", "format_for",
           "render_stdout", "suffix_list", "write_report", "write_text_atomic"]
