"""What ``validate`` reports: every issue of one input file, with its place and a fix."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from paritrana.core.criteria import LoadedCriteria
from paritrana.errors import Issue, IssueList, Location
from paritrana.i18n import render

DEFAULT_HINTS = {
    "not-a-number": "type a plain number (e.g. 1.234.567 or 31,63 in the id format)",
    "out-of-bounds": "correct the value, or change the column's min/max under columns: in the criteria",
    "not-integer": "enter a whole number",
    "bad-year": "write the year as 2024",
    "missing-group": "fill in the group of the candidate",
    "total-row": "nothing to do; delete the row to silence this warning",
    "sheet-ignored": "nothing to do if the sheet holds notes; put the year in its name (e.g. '2024') if it holds data",
    "unused-column": "nothing to do; delete the column or use it in the criteria",
    "missing-baseline": "add the candidate to the previous year's sheet, or correct the spelling of its name",
    "only-in-baseline": "check whether the candidate was renamed or left out of the assessed year",
    "empty-sheet": "fill in one row per candidate below the header row, or delete the sheet",
    "period": "check the years in the sheet names, or pass --year / --baseline",
}


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

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """SPEC's validate JSON: keys in English; each issue with code, message, file, sheet,
        cell and hint, the texts in ``lang``."""
        inp: dict[str, Any] = {"path": self.path, "sha256": self.sha256, "layout": self.layout,
                               "years": list(self.years), "year": self.year,
                               "baseline_year": self.baseline_year, "candidates": self.candidates}
        out: dict[str, Any] = {"input": inp}
        if self.baseline_path is not None:
            out["baseline"] = {"path": self.baseline_path, "sha256": self.baseline_sha256}
        out["criteria"] = {"path": self.criteria.path, "sha256": self.criteria.sha256}
        out["errors"] = [_issue_dict(i, lang) for i in self.errors]
        out["warnings"] = [_issue_dict(i, lang) for i in self.warnings]
        out["summary"] = {"errors": len(self.errors), "warnings": len(self.warnings), "ok": self.ok}
        return out

    def to_json(self, lang: str | None = None) -> str:
        return json.dumps(self.to_dict(lang), ensure_ascii=False, indent=2) + "\n"


def _issue_dict(issue: Issue, lang: str | None) -> dict[str, Any]:
    where = issue.location or Location()
    return {"code": issue.code, "message": render(issue.message, lang), "file": where.file, "sheet": where.sheet,
            "cell": where.cell, "hint": render(issue.hint, lang) if issue.hint is not None else None}
