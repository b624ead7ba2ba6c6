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

Messages and hints are ``Message``s from the catalogue (``paritrana.i18n.messages``), rendered in
the output language when shown. They are neutral: they say what to do, never which
command-line flag does it; the CLI renders their command-line variant (``render(cli=True)``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar

from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import common as m
from paritrana.i18n.text import Message, render


@dataclass(frozen=True)
class Location:
    """Where a problem is: a file and, when known, a sheet and cell, or a YAML line."""

    file: str | None = None
    sheet: str | None = None
    cell: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        return self.render()

    def render(self, lang: str | None = None) -> str:
        """``2025.xlsx › 2025!C7``, ``k2.yaml line 37`` (``baris 37``), or the file alone."""
        name = self.file or ""  # the path as the user typed it (SPEC: not the bare file name)
        place = self.place
        if place:
            return f"{name} › {place}" if name else place
        if self.line is not None:
            return m.YAML_LINE(file=name, line=self.line).render(lang) if name else m.LINE(line=self.line).render(lang)
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
    language: str | None = None  # the criteria's language, when the error arose under criteria

    def __init__(self, message: Message | str, location: Location | None = None,
                 hint: Message | str | None = None):
        self.message = Message.of(message)
        self.location = location
        self.hint = None if hint is None else Message.of(hint)
        super().__init__(self.message.render(Lang.EN))

    def render(self, lang: str | None = None, *, cli: bool = False) -> str:
        """``<place>: <problem>; <hint>`` in ``lang`` (the command-line wording with ``cli``)."""
        return one_line(self.location, self.message, self.hint, lang, cli=cli)

    def __str__(self) -> str:
        return self.render()


class CriteriaError(ParitranaError):
    """The criteria YAML is wrong (syntax, unknown key, bad weight, bad expression...)."""

    code = "criteria"


class ExpressionError(CriteriaError):
    """An expression does not parse or uses something outside the language.

    Raised by :mod:`paritrana.core.expr` without file context; the criteria loader turns it
    into a :class:`CriteriaError` with the YAML line."""

    code = "expression"

    def __init__(self, message: Message | str, position: int | None = None):
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


class VerifyError(ParitranaError):
    """A report that ``paritrana verify`` cannot check: no audit record, a malformed or altered one."""

    code = "verify"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class IssueCode(StrEnum):
    """What kind of problem an ``Issue`` is; the value is the ``code`` in ``validate``'s JSON."""

    # the file and its tables
    UNREADABLE = "unreadable"
    NO_HEADER = "no-header"
    MISSING_COLUMN = "missing-column"
    DUPLICATE_HEADER = "duplicate-header"
    DUPLICATE_YEAR = "duplicate-year"
    TWO_ROW_HEADER = "two-row-header"
    FIELD_COUNT = "field-count"
    EMPTY_SHEET = "empty-sheet"
    SHEET_IGNORED = "sheet-ignored"
    SHEET_YEAR = "sheet-year"
    HIDDEN_SHEET = "hidden-sheet"
    HIDDEN_ROWS = "hidden-rows"
    HIDDEN_COLUMNS = "hidden-columns"
    UNUSED_COLUMN = "unused-column"
    TOTAL_ROW = "total-row"
    # cells
    NOT_A_NUMBER = "not-a-number"
    NOT_INTEGER = "not-integer"
    MIXED_PERCENT = "mixed-percent"
    OUT_OF_BOUNDS = "out-of-bounds"
    BAD_YEAR = "bad-year"
    DATE_AS_YEAR = "date-as-year"
    FORMULA_WITHOUT_VALUE = "formula-without-value"
    CONTROL_CHARACTERS = "control-characters"
    MISSING_GROUP = "missing-group"
    DUPLICATE_CANDIDATE = "duplicate-candidate"
    MISSING_VALUE = "missing-value"
    EMPTY_VALUE = "empty-value"
    NOT_COMPUTABLE = "not-computable"
    # across years and rows
    PERIOD = "period"
    MISSING_BASELINE = "missing-baseline"
    BASELINE_GAP = "baseline-gap"
    ONLY_IN_BASELINE = "only-in-baseline"
    COVERAGE_ABOVE_100 = "coverage-above-100"
    IMPLAUSIBLE_CHANGE = "implausible-change"
    # scoring and the jury's workbook
    SCORING = "scoring"
    PANEL = "panel"
    STAGES = "stages"
    # other rounds: a previous result, several input files
    PREVIOUS = "previous"
    FILES = "files"


# A sheet with one of these cannot be read as a table: nothing in it can be checked across years.
STRUCTURAL = frozenset({IssueCode.NO_HEADER, IssueCode.MISSING_COLUMN, IssueCode.DUPLICATE_HEADER,
                        IssueCode.DUPLICATE_YEAR})


def one_line(location: Location | None, message: Message | str, hint: Message | str | None,
             lang: str | None = None, *, cli: bool = False) -> str:
    """The shape of every message: ``<place>: <problem>; <hint>``."""
    where = location.render(lang) if location else ""
    text = render(message, lang, cli=cli)
    text = f"{where}: {text}" if where else text
    return f"{text}; {render(hint, lang, cli=cli)}" if hint else text


@dataclass(frozen=True)
class Issue:
    """One data-quality finding: an error stops ranking, a warning is reported."""

    code: IssueCode
    severity: Severity
    message: Message | str
    location: Location | None = None
    hint: Message | str | None = None

    def render(self, lang: str | None = None, *, cli: bool = False) -> str:
        return one_line(self.location, self.message, self.hint, lang, cli=cli)

    def __str__(self) -> str:
        return self.render()

    def short_text(self, lang: str | None = None, main_file: str | None = None) -> str:
        """The form used in JSON ``warnings``: ``2025!A17: total row 'Jumlah' ignored`` — the
        place without the file, unless the issue is in another file than ``main_file``."""
        where = self.location
        place = where.place if where else ""
        if where is not None and where.file and where.file != main_file:
            place = where.render(lang)
        text = render(self.message, lang)
        return f"{place}: {text}" if place else text

    @property
    def short(self) -> str:
        """``short_text`` in the default language, without the file name."""
        return self.short_text(None, self.location.file if self.location else None)


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

    SHOWN = 50  # errors listed in one message; the rest are counted

    def __init__(self, issues: list[Issue]):
        self.issues = list(issues)
        first = self.issues[0]
        super().__init__(first.message, first.location, first.hint)

    def render(self, lang: str | None = None, *, cli: bool = False) -> str:
        if len(self.issues) == 1:
            return self.issues[0].render(lang, cli=cli)
        shown = [i.render(lang, cli=cli) for i in self.issues[:self.SHOWN]]
        more = len(self.issues) - len(shown)
        tail = [m.MORE_ERRORS(n=more).render(lang, cli=cli)] if more else []
        head = m.ERRORS_IN_DATA(n=len(self.issues)).render(lang, cli=cli)
        return f"{head}\n  " + "\n  ".join(shown + tail)
