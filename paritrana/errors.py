"""The project's one exception tree and the data-quality ``Issue`` record.

Everything a user can get wrong (a workbook, a criteria file, an option) is raised as a
``ParitranaError`` subclass carrying a ``Location`` and a machine-readable ``code``; the CLI
prints one line and exits 1. Anything else is a bug and is allowed to crash loudly.

    ParitranaError
    ├── CriteriaError          the criteria YAML (syntax, keys, weights, expressions)
    │   └── ExpressionError    an expression, before its YAML line is known
    ├── DataError              an input workbook or CSV
    │   ├── DataErrors         several data errors found together
    │   ├── NumberFormatError  a cell's text is not a number (before its cell is known)
    │   └── CandidateNotFound  a name that is not in the data (explain)
    ├── UsageError             an option value that does not fit the data (--group, --years…)
    ├── OutputError            an output path that cannot or must not be written
    └── SensitivityError       analysis settings out of range, a pool too large to analyse

Messages are neutral: they say what to do, never which command-line flag does it; the CLI adds
that when it renders them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import ClassVar


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

    code: ClassVar[str] = "error"

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

    code = "criteria"


class ExpressionError(CriteriaError):
    """An expression does not parse or uses something outside the language.

    Raised by :mod:`paritrana.core.expr` without file context; the criteria loader turns it
    into a :class:`CriteriaError` with the YAML line."""

    code = "expression"

    def __init__(self, message: str, position: int | None = None):
        super().__init__(message)
        self.position = position


class DataError(ParitranaError):
    """An input workbook or CSV is wrong (unreadable, missing column, bad number...)."""

    code = "data"


class NumberFormatError(DataError):
    """A text cell that is not a number in the given locale; the loader adds the cell."""

    code = "not-a-number"


class CandidateNotFound(DataError):
    """A candidate name that is not in the ranked data (``explain``)."""

    code = "candidate-not-found"


class UsageError(ParitranaError):
    """An option value that does not fit the data or the criteria (e.g. an unknown group)."""

    code = "usage"


class OutputError(ParitranaError):
    """The output path cannot or must not be written."""

    code = "output"


class SensitivityError(ParitranaError):
    """Sensitivity settings out of range, or a pool too large for the analysis."""

    code = "sensitivity"


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


class IssueCode(str, Enum):
    """What kind of problem an ``Issue`` is; the value is the ``code`` in ``validate``'s JSON."""

    # the file and its tables
    UNREADABLE = "unreadable"
    NO_HEADER = "no-header"
    MISSING_COLUMN = "missing-column"
    DUPLICATE_HEADER = "duplicate-header"
    DUPLICATE_YEAR = "duplicate-year"
    EMPTY_SHEET = "empty-sheet"
    SHEET_IGNORED = "sheet-ignored"
    UNUSED_COLUMN = "unused-column"
    TOTAL_ROW = "total-row"
    # cells
    NOT_A_NUMBER = "not-a-number"
    NOT_INTEGER = "not-integer"
    OUT_OF_BOUNDS = "out-of-bounds"
    BAD_YEAR = "bad-year"
    FORMULA_WITHOUT_VALUE = "formula-without-value"
    CONTROL_CHARACTERS = "control-characters"
    MISSING_GROUP = "missing-group"
    DUPLICATE_CANDIDATE = "duplicate-candidate"
    MISSING_VALUE = "missing-value"
    EMPTY_VALUE = "empty-value"
    # across years and rows
    PERIOD = "period"
    MISSING_BASELINE = "missing-baseline"
    ONLY_IN_BASELINE = "only-in-baseline"
    COVERAGE_ABOVE_100 = "coverage-above-100"
    IMPLAUSIBLE_CHANGE = "implausible-change"
    # scoring and the jury's workbook
    SCORING = "scoring"
    PANEL = "panel"

    def __str__(self) -> str:
        return self.value


# A sheet with one of these cannot be read as a table: nothing in it can be checked across years.
STRUCTURAL = frozenset({IssueCode.NO_HEADER, IssueCode.MISSING_COLUMN, IssueCode.DUPLICATE_HEADER,
                        IssueCode.DUPLICATE_YEAR})


@dataclass(frozen=True)
class Issue:
    """One data-quality finding: an error stops ranking, a warning is reported."""

    code: IssueCode
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

    code = "data-errors"

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
