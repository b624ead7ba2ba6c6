"""The project's exception tree and the data-quality ``Issue`` record.

Everything a user can get wrong (a workbook, a criteria file, an option) is raised as a
``ParitranaError`` carrying a ``Location``; the CLI prints ``Error: <location>: <message>``
and exits 1. Anything else is a bug and is allowed to crash loudly.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path


@dataclass(frozen=True)
class Location:
    """Where a problem is: a file and, when known, a sheet and cell, or a YAML line."""

    file: str | None = None
    sheet: str | None = None
    cell: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        name = Path(self.file).name if self.file else ""
        place = self.place
        if place:
            return f"{name} › {place}" if name else place
        if self.line is not None:
            return f"{name} line {self.line}" if name else f"line {self.line}"
        return name

    @property
    def place(self) -> str:
        """Sheet and cell without the file: ``2025!C7``, ``2025``, or ``C7`` (CSV)."""
        if self.sheet is not None:
            return f"{self.sheet}!{self.cell}" if self.cell else self.sheet
        return self.cell or ""


class ParitranaError(Exception):
    """A problem the user can fix: bad data, bad criteria, bad options."""

    def __init__(self, message: str, location: Location | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.location = location
        self.hint = hint

    def __str__(self) -> str:
        where = str(self.location) if self.location else ""
        text = f"{where}: {self.message}" if where else self.message
        return f"{text}; {self.hint}" if self.hint else text


class CriteriaError(ParitranaError):
    """The criteria YAML is wrong (syntax, unknown key, bad weight, bad expression...)."""


class DataError(ParitranaError):
    """An input workbook or CSV is wrong (unreadable, missing column, bad number...)."""


class ExpressionError(ValueError):
    """An expression does not parse or uses something outside the language.

    Raised by :mod:`paritrana.core.expr` without file context; the criteria loader turns it into a
    :class:`CriteriaError` with the YAML line.
    """

    def __init__(self, message: str, position: int | None = None):
        super().__init__(message)
        self.message = message
        self.position = position


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    """One data-quality finding: an error stops ranking, a warning is reported."""

    code: str
    severity: Severity
    message: str
    location: Location | None = None
    hint: str | None = None

    def __str__(self) -> str:
        where = str(self.location) if self.location else ""
        text = f"{where}: {self.message}" if where else self.message
        return f"{text}; {self.hint}" if self.hint else text

    @property
    def short(self) -> str:
        """The form used in JSON ``warnings``: ``2025!A17: total row 'Jumlah' ignored``."""
        place = self.location.place if self.location else ""
        return f"{place}: {self.message}" if place else self.message


class IssueList:
    """Mixin for records with an ``issues`` list: its errors and its warnings."""

    issues: list[Issue]

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity is Severity.WARNING]


class DataErrors(DataError):
    """Several data errors found together; each is reported on its own line."""

    def __init__(self, issues: list[Issue]):
        self.issues = list(issues)
        first = self.issues[0]
        super().__init__(first.message, first.location, first.hint)

    def __str__(self) -> str:
        if len(self.issues) == 1:
            return str(self.issues[0])
        shown = [str(i) for i in self.issues[:50]]
        more = len(self.issues) - len(shown)
        tail = [f"... and {more} more (run `paritrana validate` for the full list)"] if more else []
        return f"{len(self.issues)} errors in the data:\n  " + "\n  ".join(shown + tail)
