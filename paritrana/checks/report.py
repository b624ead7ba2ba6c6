"""What ``validate`` reports: every issue of one input file, with its place and a fix."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from paritrana.core.criteria import LoadedCriteria
from paritrana.core.issues import batched
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

    def to_dict(self, lang: str | None = None, *, cli: bool = False) -> dict[str, Any]:
        """SPEC's validate JSON: keys in English; each issue with code, message, file, sheet,
        cell and hint, the texts in ``lang`` (their command-line wording with ``cli``, as
        ``rank`` prints them)."""
        inp: dict[str, Any] = {"path": self.path, "sha256": self.sha256, "layout": self.layout,
                               "years": list(self.years), "year": self.year,
                               "baseline_year": self.baseline_year, "candidates": self.candidates}
        out: dict[str, Any] = {"input": inp}
        if self.baseline_path is not None:
            out["baseline"] = {"path": self.baseline_path, "sha256": self.baseline_sha256}
        out["criteria"] = {"path": self.criteria.path, "sha256": self.criteria.sha256}
        out["errors"] = _issue_dicts(self.errors, lang, cli)
        out["warnings"] = _issue_dicts(self.warnings, lang, cli)
        out["summary"] = {"errors": len(self.errors), "warnings": len(self.warnings), "ok": self.ok}
        return out

    def to_json(self, lang: str | None = None, *, cli: bool = False) -> str:
        """``to_dict`` as JSON indented by two spaces. Written by orjson: the bytes
        ``json.dumps(..., ensure_ascii=False, indent=2)`` gives (no number here is a float),
        in a fraction of the time and memory for 200,000 issues; a text orjson refuses (a
        lone surrogate) goes the slow way."""
        import orjson

        data = self.to_dict(lang, cli=cli)
        try:
            return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"
        except orjson.JSONEncodeError:
            return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _issue_dict(issue: Issue, lang: str | None, cli: bool = False) -> dict[str, Any]:
    where = issue.location or Location()
    return {"code": issue.code, "message": render(issue.message, lang, cli=cli), "file": where.file,
            "sheet": where.sheet, "cell": where.cell,
            "hint": render(issue.hint, lang, cli=cli) if issue.hint is not None else None}


def _issue_dicts(issues: list[Issue], lang: str | None, cli: bool) -> list[dict[str, Any]]:
    """``_issue_dict`` of each issue; the rows of one check (``IssueBatch``) rendered together."""
    out: list[dict[str, Any]] = []
    for batch, item in batched(issues):
        if batch is None:
            out.append(_issue_dict(item, lang, cli))  # type: ignore[arg-type]
            continue
        rows: list[int] = item  # type: ignore[assignment]
        messages = batch.messages(rows, lang, cli=cli)
        if batch.hints is None:
            shared = render(batch.hint, lang, cli=cli) if batch.hint is not None else None
            hints = [shared] * len(rows)
        else:
            hints = [render(batch.hints(k), lang, cli=cli) for k in rows]
        for k, message, hint in zip(rows, messages, hints, strict=True):
            out.append({"code": batch.code, "message": message, "file": batch.file_of(k), "sheet": batch.sheet(k),
                        "cell": batch.cells[k], "hint": hint})
    return out
