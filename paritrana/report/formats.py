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
from paritrana.i18n.lang import Lang, output_lang
from paritrana.i18n.messages import report as m
from paritrana.io.atomic import check_output_path, refuse_folder, write_atomic, write_text_atomic

if TYPE_CHECKING:
    from rich.console import Console

    from paritrana.core.result import RankingResult
    from paritrana.core.run import RankingRun
    from paritrana.io.limits import ReadOptions
    from paritrana.report.audit import AuditRecord
    from paritrana.sensitivity.model import SensitivityResult


@dataclass(frozen=True)
class View:
    """What part of a ranking to show, in which language, and (CSV) in which dialect:
    ``excel-id`` or ``plain``, by default the one of the language (``report.text``)."""

    lang: Lang = Lang.ID
    top: int | None = None
    group: str | None = None
    csv_dialect: str | None = None
    audit: AuditRecord | None = None  # a report file's audit record (.xlsx, .json)


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
    """SPEC's JSON on stdout. ``--top``/``--group`` keep the results they select (ranks ≤ N
    of each group, the one group) and that group's ineligible candidates, as the table does;
    the other keys are unchanged. A report file (``_json_file``) keeps the whole ranking."""
    sys.stdout.flush()
    if view.top is None and view.group is None:
        result.write_json(sys.stdout.buffer, view.lang)
    else:
        from paritrana.core.result import write_json_lines

        data = result.to_dict(lang=view.lang)
        data["results"] = [r for r in data["results"] if (view.group is None or r["group"] == view.group)
                           and (view.top is None or r["rank"] <= view.top)]
        data["ineligible"] = [i for i in data["ineligible"] if view.group is None or i["group"] == view.group]
        write_json_lines(sys.stdout.buffer, data)
    sys.stdout.buffer.flush()


def _json_file(run: RankingRun, path: Path, view: View, sensitivity: SensitivityResult | None) -> None:
    with path.open("wb") as stream:
        audit = {"audit": view.audit.to_dict()} if view.audit is not None else None
        run.result.write_json(stream, view.lang, extra=audit)


def _csv_text(result: RankingResult, view: View) -> str:
    from paritrana.report.text import default_dialect, to_csv

    dialect = view.csv_dialect or default_dialect(view.lang)
    return to_csv(result, dialect=dialect, lang=view.lang, group=view.group, top=view.top)


def _markdown_text(result: RankingResult, view: View) -> str:
    from paritrana.report.text import to_markdown

    return to_markdown(result, lang=view.lang, top=view.top, group=view.group)


def _xlsx_file(run: RankingRun, path: Path, view: View, sensitivity: SensitivityResult | None) -> None:
    from paritrana.report.xlsx.formula_report import build_report

    build_report(run, path, lang=view.lang, sensitivity=sensitivity, record=view.audit,
                 command=view.audit.command if view.audit is not None else None)


def _text_format(name: str, suffixes: tuple[str, ...], text: Callable[[RankingResult, View], str]) -> OutputFormat:
    """A format whose output is one text, the same on stdout and in a file."""

    def printed(result: RankingResult, view: View, console: Console) -> None:
        _write_stdout(text(result, view))

    def saved(run: RankingRun, path: Path, view: View, sensitivity: SensitivityResult | None) -> None:
        path.write_text(text(run, View(view.lang, csv_dialect=view.csv_dialect)), encoding="utf-8", newline="")

    return OutputFormat(name, suffixes, printed, saved)


def _write_stdout(text: str, stream: IO[str] | None = None) -> None:
    """``text`` on stdout as UTF-8 whatever the console's encoding (a CSV's BOM, "—" in a
    title), so that ``paritrana rank -f csv > hasil.csv`` gives the same bytes as ``-o``."""
    out = stream or sys.stdout
    out.flush()
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        out.write(text)
        out.flush()
        return
    buffer.write(text.encode("utf-8"))
    buffer.flush()


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


def suffix_list() -> list[str]:
    """The report extensions for help and hints, one per format: ``.xlsx``, ``.csv``, ``.json``, ``.md``."""
    return [f.suffixes[0] for f in FORMATS if f.save is not None]


def format_for(path: Path) -> OutputFormat:
    """The report format that ``path``'s extension picks, or a ``UsageError`` listing them."""
    name = REPORT_SUFFIXES.get(path.suffix.lower())
    if name is None:
        problem = m.UNKNOWN_REPORT_TYPE(suffix=path.suffix) if path.suffix else m.NO_REPORT_TYPE()
        raise UsageError(problem, Location(file=str(path)), hint=m.USE_SUFFIXES(suffixes=suffix_list()))
    return BY_NAME[name]


def render_stdout(result: RankingResult, fmt: str, *, lang: Lang, top: int | None, group: str | None,
                  console: Console, csv_dialect: str | None = None) -> None:
    """Print ``result`` in format ``fmt``. A ``RankingRun`` (``paritrana.evaluate``) lets the
    reasons of the ineligible candidates show their values."""
    printer = BY_NAME[fmt].print
    assert printer is not None, fmt
    printer(result, View(lang, top, group, csv_dialect), console)


def check_report_path(path: Path, *, force: bool = False, inputs: Iterable[str | Path | None] = (),
                      sensitivity: bool = False) -> OutputFormat:
    """Everything about ``path`` that can be checked before the work: its extension picks a
    format, the sensitivity sheet needs .xlsx, and the path can be written (``check_output_path``)."""
    refuse_folder(path)
    fmt = format_for(path)
    if sensitivity and fmt.name != "xlsx":
        raise UsageError(m.SENSITIVITY_XLSX_ONLY(), Location(file=str(path)), hint=m.SENSITIVITY_XLSX_ONLY_HINT())
    check_output_path(path, inputs=[i for i in inputs if i is not None], force=force)
    return fmt


def write_report(run: RankingRun, path: Path, *, lang: Lang | str, force: bool = False,
                 inputs: Iterable[str | Path | None] = (), sensitivity: bool = False,
                 csv_dialect: str | None = None, read: ReadOptions | None = None,
                 command: list[str] | None = None) -> None:
    """Write ``run`` to ``path`` atomically; the extension picks the format.
    ``sensitivity`` adds the sensitivity sheet to an .xlsx report (10,000 draws, seed 0, so
    the same inputs give the same sheet); ``csv_dialect`` is the CSV's (see ``report.text``).
    An .xlsx or .json report carries the audit record (``paritrana.report.audit``) of the
    reading options ``read`` the run used and the command line ``command`` (default ``sys.argv``),
    for ``paritrana verify``."""
    from paritrana.report.audit import audit_record

    lang = output_lang(lang)  # a library caller may give "id" or "en"
    fmt = check_report_path(path, force=force, inputs=inputs, sensitivity=sensitivity)
    analysis = None
    if sensitivity:
        from paritrana.sensitivity import analyse

        analysis = analyse(run, seed=0)
    record = audit_record(run, command=command, read=read, lang=lang,
                          sensitivity=analysis.settings if analysis is not None else None)
    save = fmt.save
    assert save is not None
    write_atomic(path, lambda tmp: save(run, tmp, View(lang, csv_dialect=csv_dialect, audit=record), analysis))


__all__ = ["BY_NAME", "FORMATS", "REPORT_SUFFIXES", "STDOUT_FORMATS", "OutputFormat", "View", "check_report_path",
           "format_for", "render_stdout", "suffix_list", "write_report", "write_text_atomic"]
