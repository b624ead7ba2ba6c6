"""The loaded data as the scoring core sees them: ``Dataset`` (every candidate row of one file)
and ``Period`` (the assessed year's rows with the baseline rows lined up beside them).

Built by ``paritrana.io`` (``load_dataset``, ``select_period``); read by checks, scoring and
reports. Plain containers: no file is read here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from paritrana.errors import Issue, IssueList, Location

if TYPE_CHECKING:
    import pandas as pd

# Meta columns of Dataset.frame; canonical data columns sit beside them.
YEAR, NAME, KEY, SHEET, ROW, GROUP = "_year", "_name", "_key", "_sheet", "_row", "_group"
PRESENT = "_present"  # Period.previous: True where the candidate has a baseline row


@dataclass(frozen=True)
class Dataset(IssueList):
    """Every candidate row of a file, all years, with where each came from.

    ``frame`` has the meta columns ``_year`` (int or <NA>), ``_name`` (as spelled),
    ``_key`` (matching key), ``_sheet``, ``_row`` (1-based row in the sheet), ``_group``
    (when the criteria group) and one float column per canonical input column (NaN = empty).
    ``cells[sheet][column]`` is the column letter of a canonical column in that sheet.
    ``broken_years`` are the years whose sheet could not be read as a table (no header, a
    missing or doubled column); ``None`` in it means a sheet without a year.
    """

    path: str
    sha256: str
    frame: pd.DataFrame
    cells: dict[str | None, dict[str, str]]
    issues: list[Issue] = field(default_factory=list)
    layout: str = "per-year"
    broken_years: frozenset[int | None] = frozenset()

    @property
    def years(self) -> list[int]:
        values = self.frame[YEAR].dropna().unique()
        return sorted(int(v) for v in values)

    def location(self, sheet: str | None, row: int | None = None, column: str | None = None) -> Location:
        cell = None
        if row is not None:
            letter = self.cells.get(sheet, {}).get(column, "") if column else ""
            cell = f"{letter}{row}" if letter else f"row {row}"
        return Location(file=self.path, sheet=sheet, cell=cell)


@dataclass(frozen=True)
class Period:
    """The assessed year's rows and, row for row, the baseline rows (NaN where a candidate
    is absent from the baseline). ``previous`` is None when no baseline year is used."""

    current: pd.DataFrame
    previous: pd.DataFrame | None
    year: int | None
    baseline_year: int | None
    dataset: Dataset
    baseline: Dataset | None = None  # the --baseline workbook, when one was given

    @property
    def baseline_source(self) -> Dataset:
        return self.baseline or self.dataset

    def missing_from_baseline(self) -> pd.Series:
        """True for assessed candidates that have no row in the baseline year."""
        import pandas as pd

        if self.previous is None:
            return pd.Series(False, index=self.current.index)
        return ~self.previous[PRESENT].astype(bool)
