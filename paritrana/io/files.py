"""Several input files ranked as one round: the national round over each province's workbook.

``input_files`` expands the paths given (a folder stands for the workbooks and CSV files in
it, by name). Each file is read and checked on its own, so that every message names its file,
sheet and cell; then ``combine`` lines the files up as one ``Period``:

* each candidate keeps its file (the JSON's per-candidate ``source``);
* its group is the file's name (``kalbar.xlsx`` → ``kalbar``) when the criteria say
  ``group_by: file``, or when they group by a column that this file lacks;
* a name in two files (in the assessed or the baseline year) is an error that names both files;
* the files must assess the same year against the same baseline year.

The combined ``Dataset`` is the files together: its ``path`` is their folder and its
``sha256`` that of the manifest — one line ``<sha256>  <path>`` per file, in the order read —
and ``location()`` sends every place back to its own file (a sheet is ``"<file> › <sheet>"``
in its ``_sheet`` column).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from paritrana.core.dataset import GROUP, KEY, NAME, ROW, SHEET, YEAR, Dataset
from paritrana.errors import DataError, Issue, IssueCode, Location, Severity
from paritrana.i18n.messages import rounds as m
from paritrana.i18n.text import Message, Text

if TYPE_CHECKING:
    import pandas as pd

SUFFIXES = (".xlsx", ".xlsm", ".csv")
SOURCE_INDEX = "_source"  # Period.current of several files: the index of each row's file


def input_files(paths: Sequence[str | Path]) -> list[Path]:
    """The files to read: each path as given, a folder as the workbooks and CSV files in it
    (sorted by name; hidden files and Excel's "~$" lock files left out). A file named twice
    (itself and within its folder) is read once, where it first came."""
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            found.append(path)
            continue
        inside = sorted((p for p in path.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file()
                         and not p.name.startswith((".", "~$"))), key=lambda p: p.name.casefold())
        if not inside:
            raise DataError(m.FOLDER_WITHOUT_DATA(), Location(file=str(path)), hint=m.FOLDER_WITHOUT_DATA_HINT())
        found += inside
    once: dict[str, Path] = {}
    for path in found:
        once.setdefault(os.path.realpath(path), path)
    return list(once.values())


def file_group(path: str | Path) -> str:
    """The group a file stands for: its name without the extension."""
    return Path(path).stem


def manifest(datasets: Sequence[Dataset]) -> str:
    """The SHA-256 of the files together: of one line ``<sha256>  <path>`` per file."""
    lines = "".join(f"{d.sha256}  {d.path}\n" for d in datasets)
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def common_folder(paths: Sequence[str]) -> str:
    """The folder the files share (``.`` when none), as the user typed it."""
    try:
        folder = os.path.commonpath([os.path.dirname(p) or "." for p in paths])
    except ValueError:  # different drives
        folder = ""
    return folder or "."


@dataclass(frozen=True)
class CombinedDataset(Dataset):
    """Several files' rows as one ``Dataset``; ``_sheet`` values are ``"<file> › <sheet>"``
    and ``location()`` answers with the file and sheet they came from."""

    parts: tuple[Dataset, ...] = ()
    sheets: dict[str, tuple[int, str | None]] = field(default_factory=dict)

    def location(self, sheet: str | None, row: int | None = None, column: str | None = None) -> Location:
        found = self.sheets.get(str(sheet))
        if found is None:
            return super().location(sheet, row, column)
        k, original = found
        return self.parts[k].location(original, row, column)


def sheet_key(path: str, sheet: str | None) -> str:
    name = Path(path).name
    return f"{name} › {sheet}" if sheet is not None else name


def assessed_years(dataset: Dataset, year: int | None) -> tuple[int | None, int | None]:
    """The year a file assesses (``year``, else its newest) and the year before it that it
    holds (None when none)."""
    years = dataset.years
    assessed = year if year is not None or not years else years[-1]
    earlier = [y for y in years if assessed is not None and y < assessed]
    return assessed, (earlier[-1] if earlier else None)


def cross_file_issues(datasets: Sequence[Dataset], entity: str, year: int | None,
                      uses_previous: bool) -> list[Issue]:
    """Files that assess different years (or compare with different baseline years), and a
    name in two files (in the assessed year, or in the baseline year when the criteria read
    ``previous()``: a candidate's previous value is never taken from another file)."""
    pairs = [assessed_years(d, year) for d in datasets]
    if len({a for a, _ in pairs}) > 1:
        return [_years_issue(datasets, [a for a, _ in pairs], m.FILES_ASSESS_DIFFERENT_YEARS)]
    if uses_previous and len({b for _, b in pairs}) > 1:
        return [_years_issue(datasets, [b for _, b in pairs], m.FILES_DIFFERENT_BASELINES)]
    issues: list[Issue] = []
    first: dict[str, tuple[Dataset, int]] = {}
    for dataset, (assessed, before) in zip(datasets, pairs, strict=True):
        frame = dataset.frame
        # the baseline year too: a name's previous value must come from its own file
        read = {assessed, before} if uses_previous else {assessed}
        if assessed is not None and dataset.years:  # the assessed year's rows first: the places named
            rows = frame[frame[YEAR].isin(read)].sort_values(YEAR, key=lambda y: y != assessed, kind="stable")
        else:
            rows = frame
        seen_here: set[str] = set()
        for i, key in zip(rows.index.tolist(), rows[KEY].tolist(), strict=True):
            if key in seen_here:
                continue  # a duplicate within one file is that file's own error
            seen_here.add(key)
            if key not in first:
                first[key] = (dataset, i)
                continue
            other, j = first[key]
            here, there = _place(dataset, i, entity), _place(other, j, entity)
            message = m.NAME_IN_TWO_FILES(name=frame.at[i, NAME], first=other.path, first_place=there.place,
                                          second=dataset.path, second_place=here.place)
            issues.append(Issue(IssueCode.FILES, Severity.ERROR, message, here, m.NAME_IN_TWO_FILES_HINT()))
    return issues


def ranked_together(dataset: Dataset, year: int, uses_previous: bool) -> bool:
    """Whether ``year`` can be ranked over every file of ``dataset`` (always, for one file):
    each file holds it and, when the criteria read ``previous()``, the same year before it."""
    if not isinstance(dataset, CombinedDataset):
        return True
    if any(year not in part.years for part in dataset.parts):
        return False
    return not uses_previous or len({assessed_years(part, year)[1] for part in dataset.parts}) == 1


def _place(dataset: Dataset, i: int, entity: str) -> Location:
    frame = dataset.frame
    sheet, row = frame.at[i, SHEET], frame.at[i, ROW]
    return dataset.location(None if sheet is None else str(sheet), int(str(row)), entity)


def _years_issue(datasets: Sequence[Dataset], years: list[int | None], text: Text) -> Issue:
    by_year: dict[object, list[str]] = {}
    for dataset, year in zip(datasets, years, strict=True):
        by_year.setdefault(year, []).append(dataset.path)  # as the user typed it
    parts = [m.YEAR_FILES(year=year if year is not None else "–", files=files) for year, files in by_year.items()]
    return Issue(IssueCode.FILES, Severity.ERROR, text(parts=_joined(parts)), None, m.ONE_YEAR_FOR_ALL_FILES())


def _joined(parts: list[Message]) -> Message:
    """Messages shown joined by "; " (items that hold "a.xlsx dan b.xlsx" take no "dan")."""
    joined = parts[-1]
    for part in reversed(parts[:-1]):
        joined = m.SEMICOLON(first=part, rest=joined)
    return joined


def combine(datasets: Sequence[Dataset], file_groups: Sequence[bool], path: str) -> CombinedDataset:
    """The files as one dataset: every row keeps its file (``SOURCE_INDEX``), and the rows of
    a file that is its own group (``file_groups[k]``) take its name as their group."""
    import pandas as pd

    sheets: dict[str, tuple[int, str | None]] = {}
    frames = []
    for k, (dataset, by_file) in enumerate(zip(datasets, file_groups, strict=True)):
        frame = _renamed(dataset.frame, k, dataset.path, sheets)
        if by_file:
            frame[GROUP] = file_group(dataset.path)
        frame[SOURCE_INDEX] = k
        frames.append(frame)
    cells: dict[str | None, dict[str, str]] = {key: datasets[k].cells.get(original, {})
                                               for key, (k, original) in sheets.items()}
    broken = frozenset(y for d in datasets for y in d.broken_years)
    return CombinedDataset(
        path=path, sha256=manifest(datasets), frame=pd.concat(frames, ignore_index=True), cells=cells,
        issues=[i for d in datasets for i in d.issues], layout=datasets[0].layout, broken_years=broken,
        parts=tuple(datasets), sheets=sheets,
    )


def _renamed(frame: pd.DataFrame, k: int, path: str, sheets: dict[str, tuple[int, str | None]]) -> pd.DataFrame:
    out = frame.copy()
    keys = {}
    for sheet in out[SHEET].unique().tolist():
        key = sheet_key(path, sheet)
        if key in sheets and sheets[key][0] != k:  # two files of one name in different folders
            key = f"{key} ({k + 1})"
        sheets[key] = (k, sheet)
        keys[sheet] = key
    out[SHEET] = [keys[sheet] for sheet in out[SHEET].tolist()]
    return out
