"""What ``validate`` reports: every issue of one input file, with its place and a fix."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from paritrana.core.criteria import LoadedCriteria
from paritrana.core.issues import batched, json_items
from paritrana.errors import Issue, IssueCode, IssueList, Location
from paritrana.i18n import render
from paritrana.i18n.messages import checks as m
from paritrana.i18n.messages import io
from paritrana.i18n.text import Message, Text

DEFAULT_HINTS: dict[str, Text] = {  # the hint of an issue that brings none, by its code
    IssueCode.NOT_A_NUMBER: m.HINT_NOT_A_NUMBER,
    IssueCode.OUT_OF_BOUNDS: m.HINT_OUT_OF_BOUNDS,
    IssueCode.NOT_INTEGER: m.HINT_NOT_INTEGER,
    IssueCode.BAD_YEAR: m.HINT_BAD_YEAR,
    IssueCode.MISSING_GROUP: m.HINT_MISSING_GROUP,
    IssueCode.TOTAL_ROW: io.TOTAL_ROW_HINT,
    IssueCode.SHEET_IGNORED: io.SHEET_IGNORED_HINT,
    IssueCode.UNUSED_COLUMN: m.HINT_UNUSED_COLUMN,
    IssueCode.MISSING_BASELINE: m.ADD_TO_BASELINE,
    IssueCode.ONLY_IN_BASELINE: m.RENAMED_OR_LEFT_OUT,
    IssueCode.EMPTY_SHEET: io.EMPTY_SHEET_HINT,
    IssueCode.PERIOD: m.HINT_PERIOD,
    IssueCode.SCORING: m.HINT_SCORING,
    IssueCode.FIELD_COUNT: io.DECIMAL_COMMA,
    IssueCode.TWO_ROW_HEADER: io.TWO_ROW_HEADER_HINT,
    IssueCode.DATE_AS_YEAR: io.DATES_AS_YEARS_HINT,
}


def default_hint(issue: Issue) -> Message | None:
    """The hint ``validate`` shows for ``issue``: its own, else the default of its code."""
    if issue.hint:
        return Message.of(issue.hint)
    text = DEFAULT_HINTS.get(issue.code)
    return text() if text is not None else None


@dataclass(frozen=True)
class ValidationReport(IssueList):
    """Everything ``validate`` found in one input file (and its ``--baseline`` workbook)."""

    path: str
    sha256: str | None
    criteria: LoadedCriteria
    issues: list[Issue]
    layout: str | None = None
    years: list[int] = field(default_factory=list)
    year: int | None = None
    baseline_year: int | None = None
    candidates: int = 0
    baseline_path: str | None = None
    baseline_sha256: str | None = None

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_dict(self, lang: str | None = None, *, cli: bool = False, issues: bool = True) -> dict[str, Any]:
        """SPEC's validate JSON: keys in English; each issue with code, message, file, sheet,
        cell and hint, the texts in ``lang`` (their command-line wording with ``cli``, as
        ``rank`` prints them). ``issues=False``: the lists of errors and warnings left empty."""
        inp: dict[str, Any] = {"path": self.path, "sha256": self.sha256, "layout": self.layout,
                               "years": list(self.years), "year": self.year,
                               "baseline_year": self.baseline_year, "candidates": self.candidates}
        out: dict[str, Any] = {"input": inp}
        if self.baseline_path is not None:
            out["baseline"] = {"path": self.baseline_path, "sha256": self.baseline_sha256}
        out["criteria"] = {"path": self.criteria.path, "sha256": self.criteria.sha256}
        out["errors"] = _issue_dicts(self.errors, lang, cli) if issues else []
        out["warnings"] = _issue_dicts(self.warnings, lang, cli) if issues else []
        out["summary"] = {"errors": len(self.errors), "warnings": len(self.warnings), "ok": self.ok}
        return out

    def to_json(self, lang: str | None = None, *, cli: bool = False) -> str:
        """``to_dict`` as JSON indented by two spaces: the bytes ``json.dumps(...,
        ensure_ascii=False, indent=2)`` gives (no number here is a float). See ``json_pieces``."""
        import orjson

        try:
            return b"".join(self.json_pieces(lang, cli=cli)).decode("utf-8")
        except orjson.JSONEncodeError:  # a lone surrogate (a file name that is not UTF-8)
            return json.dumps(self.to_dict(lang, cli=cli), ensure_ascii=False, indent=2) + "\n"

    def json_pieces(self, lang: str | None = None, *, cli: bool = False) -> list[bytes]:
        """``to_json`` as UTF-8 pieces to write one after another. Written by orjson, each check's
        rows straight from their columns: 230,000 issues never become dictionaries nor one
        string. Raises ``orjson.JSONEncodeError`` for a text orjson refuses (a lone surrogate)."""
        import orjson

        head = orjson.dumps(self.to_dict(lang, cli=cli, issues=False), option=orjson.OPT_INDENT_2)
        errors_at = head.index(b'\n  "errors": []') + len(b'\n  "errors": ')
        warnings_at = head.index(b'\n  "warnings": []') + len(b'\n  "warnings": ')
        return [head[:errors_at], *_issues_json(self.errors, lang, cli), head[errors_at + 2:warnings_at],
                *_issues_json(self.warnings, lang, cli), head[warnings_at + 2:], b"\n"]


def _issue_dict(issue: Issue, lang: str | None, cli: bool = False) -> dict[str, Any]:
    where = issue.location or Location()
    return {"code": issue.code, "message": render(issue.message, lang, cli=cli), "file": where.file,
            "sheet": where.sheet, "cell": where.cell,
            "hint": render(issue.hint, lang, cli=cli) if issue.hint is not None else None}


@dataclass(frozen=True)
class _Run:
    """The rows of one check that follow each other in the list, field by field."""

    code: IssueCode
    messages: list[str]
    files: list[str | None]
    sheets: list[str | None]
    cells: list[str | None]
    hints: list[str | None]


def _runs(issues: list[Issue], lang: str | None, cli: bool) -> Iterator[dict[str, Any] | _Run]:
    """The issues in order: a lone issue as ``_issue_dict``, a check's rows (``IssueBatch``) as a
    ``_Run`` rendered together."""
    for batch, item in batched(issues):
        if batch is None:
            yield _issue_dict(item, lang, cli)  # type: ignore[arg-type]
            continue
        rows: list[int] = item  # type: ignore[assignment]
        if batch.hints is None:
            shared = render(batch.hint, lang, cli=cli) if batch.hint is not None else None
            hints = [shared] * len(rows)
        else:
            hints = [render(batch.hints(k), lang, cli=cli) for k in rows]
        yield _Run(batch.code, batch.messages(rows, lang, cli=cli), [batch.file_of(k) for k in rows],
                   [batch.sheet(k) for k in rows], [batch.cells[k] for k in rows], hints)


def _issue_dicts(issues: list[Issue], lang: str | None, cli: bool) -> list[dict[str, Any]]:
    """``_issue_dict`` of each issue."""
    out: list[dict[str, Any]] = []
    for run in _runs(issues, lang, cli):
        if isinstance(run, dict):
            out.append(run)
            continue
        for message, file, sheet, cell, hint in zip(run.messages, run.files, run.sheets, run.cells, run.hints,
                                                    strict=True):
            out.append({"code": run.code, "message": message, "file": file, "sheet": sheet, "cell": cell,
                        "hint": hint})
    return out


def _issues_json(issues: list[Issue], lang: str | None, cli: bool) -> Iterator[bytes]:
    """The list of ``issues`` as orjson's ``OPT_INDENT_2`` writes it as the value of a top-level
    key: ``[]``, or each issue on seven lines indented by four and six spaces."""
    import orjson

    if not issues:
        yield b"[]"
        return
    yield b"[\n"
    for n, run in enumerate(_runs(issues, lang, cli)):
        if n:
            yield b",\n"
        if isinstance(run, dict):  # its own lines, moved in by four spaces (no JSON text holds a newline)
            yield b"    " + orjson.dumps(run, option=orjson.OPT_INDENT_2).replace(b"\n", b"\n    ")
            continue
        pattern = (b'    {\n      "code": ' + orjson.dumps(run.code).replace(b"%", b"%%")
                   + b',\n      "message": "%b",\n      "file": %b,\n      "sheet": %b,\n      "cell": %b,'
                   + b'\n      "hint": %b\n    }')
        yield b",\n".join([pattern % row for row in zip(json_items(run.messages), _json_values(run.files),
                                                         _json_values(run.sheets), _json_values(run.cells),
                                                         _json_values(run.hints), strict=True)])
    yield b"\n  ]"


def _json_values(values: list[str | None]) -> list[bytes]:
    """Each value as JSON: a string, or ``null``; a value shared by every row encoded once."""
    import orjson

    first = values[0] if values else None
    if all(v is first for v in values):
        return [orjson.dumps(first)] * len(values)
    texts = iter(json_items([v for v in values if v is not None]))
    return [b'"' + next(texts) + b'"' if v is not None else b"null" for v in values]
