"""Data checks across rows and years → every ``Issue`` found (errors and warnings).

The loader already reported cell-level problems (numbers, bounds, headers, duplicates,
total rows); this adds empty input cells and what needs the assessed year and its baseline
together (``validate_period``); ``paritrana.api.prepare`` runs them for ``rank`` and
``validate`` alike.

Every rule works on whole columns: the failing rows are found with numpy, and each rule gives
one ``IssueBatch`` (``paritrana.core.issues``) for them — an ``Issue`` per failing row whose
text is built when it is read, so 200,000 flagged rows cost a fraction of a second. The
closest names offered in a hint are looked up only when the hint is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from paritrana.checks.nearest import NameIndex
from paritrana.core import progress
from paritrana.core.criteria import Criteria, Missing
from paritrana.core.dataset import KEY, NAME, ROW, SHEET, YEAR, Dataset, Period
from paritrana.core.evaluate import environments, failures, raw_values
from paritrana.core.expr import Expr
from paritrana.core.issues import CellNames, Column, IssueBatch, as_column
from paritrana.core.names import name_key
from paritrana.core.progress import Stage
from paritrana.errors import Issue, IssueCode, Location, ParitranaError, Severity
from paritrana.i18n.messages import checks as m
from paritrana.i18n.text import Message, Text
from paritrana.io.files import SOURCE_INDEX

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd


def validate_period(period: Period, criteria: Criteria) -> list[Issue]:
    """All issues of the loaded files plus the cross-year checks."""
    progress.stage(Stage.CHECKING)
    issues = list(period.dataset.issues)
    if period.baseline is not None:
        issues += period.baseline.issues
    issues += _empty_cells(period, criteria, issues)
    issues += _not_computable(period, criteria)
    issues += _baseline_gap(period)
    issues += _missing_from_baseline(period, criteria)
    issues += _only_in_baseline(period, criteria)
    issues += _coverage_above_100(period)
    issues += _implausible_changes(period, criteria)
    return issues


def indicators_needing_baseline(criteria: Criteria) -> dict[str, Missing]:
    """Indicators whose value reads previous(), directly or through derived names."""
    uses = {name: e.uses_previous for name, e in criteria.derived_exprs.items()}
    changed = True
    while changed:
        changed = False
        for name, expr in criteria.derived_exprs.items():
            if not uses[name] and any(uses.get(dep) for dep in expr.names()):
                uses[name] = changed = True
    return {
        iid: ind.missing
        for iid, ind in criteria.all_indicators.items()
        if ind.expr.uses_previous or any(uses.get(n) for n in ind.expr.names())
    }


def _cells(dataset: Dataset, frame: pd.DataFrame, rows: np.ndarray,
           column: str | None) -> tuple[str | list[str | None], list[str | None], CellNames]:
    """The file, sheet and cell (``Dataset.location``) of the given rows of ``frame`` (the
    cells' names are made when read). The file is one path, or one per row when the dataset
    places its sheets in several files (``paritrana.io.files.CombinedDataset``)."""
    sheets = frame[SHEET].to_numpy()[rows].tolist()
    numbers = frame[ROW].to_numpy()[rows].astype("int64").tolist()
    if type(dataset).location is Dataset.location:
        letters = {sheet: dataset.cells.get(sheet, {}).get(column, "") if column else "" for sheet in set(sheets)}
        return dataset.path, sheets, CellNames(sheets, numbers, letters)
    places = {sheet: _place_of(dataset, sheet, column) for sheet in set(sheets)}
    files = [places[s][0] for s in sheets]
    shown = [places[s][1] for s in sheets]
    return files, shown, CellNames(sheets, numbers, {s: place[2] for s, place in places.items()})


def _place_of(dataset: Dataset, sheet: str | None, column: str | None) -> tuple[str | None, str | None, str]:
    """The file, sheet and column letter ``dataset.location`` gives a cell of ``column`` in ``sheet``."""
    where = dataset.location(sheet, 1, column)
    cell = where.cell or ""
    return where.file, where.sheet, "" if cell.startswith("row ") else cell[:-1]


def _batch(code: IssueCode, severity: Severity, text: Text, values: Mapping[str, object], dataset: Dataset,
           frame: pd.DataFrame, rows: np.ndarray, column: str | None, hint: Message | None = None,
           hints: object = None) -> list[Issue]:
    """One ``RowIssue`` per row of ``rows`` (positions in ``frame``), placed at ``column``."""
    if not len(rows):
        return []
    files, sheets, cells = _cells(dataset, frame, rows, column)
    batch = IssueBatch(code, severity, text, dict(values), file=files, sheets=sheets, cells=cells, hint=hint,
                       hints=hints)  # type: ignore[arg-type]
    return list(batch.rows())


def _missing_from_baseline(period: Period, criteria: Criteria) -> list[Issue]:
    import numpy as np

    if period.previous is None:
        return []
    strict = [iid for iid, policy in indicators_needing_baseline(criteria).items() if policy is Missing.ERROR]
    rows = np.flatnonzero(period.missing_from_baseline().to_numpy(dtype=bool))
    if not len(rows):
        return []
    source: Message | str = period.baseline_source.path if period.baseline else m.SAME_FILE()
    year = period.baseline_year
    names = period.current[NAME].to_numpy()[rows].tolist()
    values: dict[str, object] = {"name": Column(names)}
    if strict:
        severity = Severity.ERROR
        values.update(source=source, users=strict, **({"year": year} if year is not None else {}))
        text = m.MISSING_BASELINE if year is not None else m.MISSING_BASELINE_NO_YEAR
    else:
        severity = Severity.WARNING
        values.update({"year": year} if year is not None else {})
        text = m.NOT_IN_BASELINE_YEAR if year is not None else m.NOT_IN_BASELINE
    hints = _hints(names, _sources(period.current, rows), lambda: _baseline_rows(period), year, m.ADD_TO_BASELINE)
    return _batch(IssueCode.MISSING_BASELINE, severity, text, values, period.dataset, period.current, rows,
                  criteria.entity, hints=hints)


def _sources(frame: pd.DataFrame, rows: np.ndarray) -> list[object] | None:
    """The file of each of ``rows`` when several files are ranked together, else None."""
    return frame[SOURCE_INDEX].to_numpy()[rows].tolist() if SOURCE_INDEX in frame.columns else None


def _hints(names: list[str], sources: list[object] | None, search: Callable[[], pd.DataFrame], year: int | None,
           otherwise: Text) -> Callable[[int], Message]:
    """The did-you-mean of each name, made when shown. With several files, the names searched
    are those of the name's own file: a row of another file is another candidate, never a new
    spelling of this one (names are unique across the files)."""
    nears: dict[object, _Closest] = {}

    def hint(k: int) -> Message:
        source = None if sources is None else sources[k]
        if source not in nears:
            nears[source] = _Closest(lambda: _of_file(search(), source), year, otherwise)
        return nears[source](names[k])

    return hint


def _of_file(frame: pd.DataFrame, source: object) -> pd.DataFrame:
    if source is None or SOURCE_INDEX not in frame.columns:
        return frame
    return frame[frame[SOURCE_INDEX] == source]


class _Closest:
    """The hint naming the names closest to a name, as ``core.names.closest`` finds them (the
    same names, in the same order). Computed when the hint is shown; the names searched are
    indexed once (``checks.nearest.NameIndex``: difflib's exact ratio only for the few names
    that can still be among the best three), and each name is searched once."""

    CUTOFF = 0.5
    SHOWN = 3

    def __init__(self, frame: Callable[[], pd.DataFrame], year: int | None, otherwise: Text):
        self._frame, self.year, self.otherwise = frame, year, otherwise
        self._index: NameIndex | None = None
        self._names: list[str] = []  # the name shown for each key of the index
        self._found: dict[str, list[str]] = {}

    def __call__(self, name: str) -> Message:
        near = self.closest(name)
        if not near:
            return self.otherwise()
        return m.CLOSEST_NAMES(year=self.year, names=near) if self.year is not None else \
            m.CLOSEST_NAMES_BASELINE(names=near)

    def closest(self, name: str) -> list[str]:
        if self._index is None:
            frame = self._frame().drop_duplicates(KEY, keep="last")  # a key's last spelling
            self._index, self._names = NameIndex(frame[KEY].tolist()), frame[NAME].tolist()
        word = name_key(name)
        if word not in self._found:
            self._found[word] = [self._names[k] for k in self._index.search(word, self.SHOWN, self.CUTOFF)]
        return list(self._found[word])


def _baseline_rows(period: Period) -> pd.DataFrame:
    frame = period.baseline_source.frame
    if period.baseline_year is not None:
        frame = frame[frame[YEAR] == period.baseline_year]
    return frame


def _only_in_baseline(period: Period, criteria: Criteria) -> list[Issue]:
    import numpy as np

    if period.previous is None:
        return []
    source = period.baseline_source
    frame = source.frame
    if period.baseline_year is not None:
        frame = frame[frame[YEAR] == period.baseline_year]
    rows = np.flatnonzero(~frame[KEY].isin(period.current[KEY]).to_numpy(dtype=bool))
    if not len(rows):
        return []
    base = period.baseline_year if period.baseline_year is not None else m.THE_BASELINE()
    year = period.year if period.year is not None else m.THE_ASSESSED()
    names = frame[NAME].to_numpy()[rows].tolist()
    hints = _hints(names, _sources(frame, rows), lambda: period.current, period.year, m.RENAMED_OR_LEFT_OUT)
    return _batch(IssueCode.ONLY_IN_BASELINE, Severity.WARNING, m.ONLY_IN_BASELINE,
                  {"name": Column(names), "base": base, "year": year}, source, frame, rows, criteria.entity,
                  hints=hints)


def _coverage_above_100(period: Period) -> list[Issue]:
    return _over_100(period.current, period.dataset)


def _over_100(frame: pd.DataFrame, dataset: Dataset) -> list[Issue]:
    import numpy as np

    if not {"peserta", "pekerja"} <= set(frame.columns):
        return []
    peserta = frame["peserta"].to_numpy(dtype=np.float64)
    pekerja = frame["pekerja"].to_numpy(dtype=np.float64)
    with np.errstate(invalid="ignore"):
        rows = np.flatnonzero((peserta > pekerja) & (pekerja > 0))
    if not len(rows):
        return []
    over, workers = peserta[rows], pekerja[rows]
    values = {"name": as_column(frame[NAME].to_numpy()[rows]), "pct": as_column(100 * over / workers),
              "peserta": as_column(over), "pekerja": as_column(workers)}
    return _batch(IssueCode.COVERAGE_ABOVE_100, Severity.WARNING, m.COVERAGE_ABOVE_100, values, dataset, frame,
                  rows, "peserta", m.CHECK_BOTH_FIGURES())


def _implausible_changes(period: Period, criteria: Criteria) -> list[Issue]:
    import numpy as np

    if not criteria.max_change or period.previous is None:
        return []

    current, previous = environments(period, criteria)
    base = period.baseline_year if period.baseline_year is not None else m.THE_BASELINE()
    names = period.current[NAME].to_numpy()
    issues: list[Issue] = []
    for name, limit in criteria.max_change.items():
        now, before = _values(current, name), _values(previous, name)
        if now is None or before is None:
            continue
        text = m.CHANGE_POINTS if _unit_of(name, criteria) == "%" else m.CHANGE
        change = np.asarray(now - before, dtype=np.float64)
        with np.errstate(invalid="ignore"):
            rows = np.flatnonzero(np.abs(change) > limit)  # NaN compares False
        values = {"what": name, "name": as_column(names[rows]), "delta": as_column(change[rows]), "base": base,
                  "before": as_column(np.asarray(before, dtype=np.float64)[rows]),
                  "now": as_column(np.asarray(now, dtype=np.float64)[rows]), "limit": limit}
        column = name if name in criteria.input_columns else criteria.entity
        issues += _batch(IssueCode.IMPLAUSIBLE_CHANGE, Severity.WARNING, text, values, period.dataset,
                         period.current, rows, column, m.CHECK_BOTH_YEARS())
    return issues


def _unit_of(name: str, criteria: Criteria) -> str | None:
    """The unit of a column, or of the indicator whose value is exactly ``name`` ("%": a
    change is in percentage points)."""
    column = criteria.columns.get(name)
    if column is not None and column.unit:
        return column.unit.strip()
    for ind in criteria.all_indicators.values():
        if ind.value.strip() == name and ind.unit:
            return ind.unit.strip()
    return None


def _values(env: dict[str, np.ndarray] | None, name: str) -> np.ndarray | None:
    if env is None:
        return None
    return env.get(name)


# ---- empty input cells ------------------------------------------------------------------

_ELIGIBILITY = ""  # marks a column read by the eligibility rules in ``column_users``


def column_users(criteria: Criteria) -> dict[tuple[str, bool], dict[str, Missing | None]]:
    """``(column, in_baseline)`` → who reads it: indicator id → its missing policy, and
    ``""`` → None for the eligibility rules. ``in_baseline`` is True for values read through
    ``previous()`` (directly or via derived names)."""
    users: dict[tuple[str, bool], dict[str, Missing | None]] = {}

    def visit(expr: Expr, before: bool, who: str, policy: Missing | None, trail: frozenset[tuple[str, bool]]) -> None:
        for names, in_before in ((expr.current_names(), before), (expr.previous_names(), True)):
            for name in names:
                if name in criteria.derived_exprs:
                    if (name, in_before) not in trail:
                        visit(criteria.derived_exprs[name], in_before, who, policy, trail | {(name, in_before)})
                else:
                    users.setdefault((name, in_before), {})[who] = policy

    for iid, ind in criteria.all_indicators.items():
        visit(ind.expr, False, iid, ind.missing, frozenset())
    for expr in criteria.eligibility_exprs:
        visit(expr, False, _ELIGIBILITY, None, frozenset())
    return users


_EFFECT = {Missing.ZERO: m.EFFECT_ZERO, Missing.MEAN: m.EFFECT_MEAN, Missing.EXCLUDE: m.EFFECT_EXCLUDE}


def _empty_cells(period: Period, criteria: Criteria, known: list[Issue] | None = None) -> list[Issue]:
    """Empty input cells the criteria read: an error when an indicator with ``missing: error``
    needs the value, else a warning saying what happens instead."""
    taken = _cells_with_issues(known if known is not None else period.dataset.issues)
    users = column_users(criteria)
    issues = _empty_in(period.current, period.dataset, users, criteria, before=False, taken=taken)
    if period.previous is not None:
        present = period.previous[period.previous["_present"].astype(bool)]
        issues += _empty_in(present, period.baseline_source, users, criteria, before=True, taken=taken,
                            year=period.baseline_year)
    return issues


def _baseline_gap(period: Period) -> list[Issue]:
    """A baseline year that is not the year before the assessed one (2022 for 2024, when the
    file has no 2023): SPEC takes the newest earlier year, and the jury is told how far back."""
    year, base = period.year, period.baseline_year
    if period.previous is None or year is None or base is None or year - base <= 1:
        return []
    source = period.baseline_source
    return [Issue(IssueCode.BASELINE_GAP, Severity.WARNING, m.BASELINE_GAP(base=base, year=year, gap=year - base),
                  Location(file=source.path), m.ADD_YEAR_BEFORE(missing=year - 1))]


def _not_computable(period: Period, criteria: Criteria) -> list[Issue]:
    """Eligible candidates whose indicator has no value though every cell it reads is filled in
    (a division by zero, the log of 0), under ``missing: zero`` or ``mean``: a warning each
    saying what the policy puts in its place. Empty cells and candidates missing from the
    baseline year have warnings of their own; ``missing: error`` stops at scoring, and
    ``missing: exclude`` lists the candidate as ineligible with its reason."""
    import numpy as np

    lenient = {iid: ind.missing for iid, ind in criteria.all_indicators.items()
               if ind.missing in (Missing.ZERO, Missing.MEAN)}
    if not lenient:
        return []
    n = len(period.current)
    try:
        current, previous = environments(period, criteria)
        raw = raw_values(current, previous, criteria)
        failing = failures(current, previous, criteria, n)
    except ParitranaError:  # an expression that cannot be computed at all: scoring says so
        return []
    eligible = np.ones(n, dtype=bool)
    eligible[list(failing)] = False
    users = column_users(criteria)
    absent = period.missing_from_baseline().to_numpy(dtype=bool)
    issues: list[Issue] = []
    for iid, policy in lenient.items():
        explained = np.zeros(n, dtype=bool)  # an empty cell it reads, or no row in the baseline year
        for (column, before), readers in users.items():
            if iid not in readers:
                continue
            frame = period.previous if before else period.current
            if frame is not None and column in frame.columns:
                explained |= frame[column].isna().to_numpy(dtype=bool)
            if before:
                explained |= absent
        rows = np.flatnonzero(eligible & np.isnan(raw[iid]) & ~explained)
        if not len(rows):
            continue
        names = period.current[NAME].to_numpy()[rows].tolist()
        values = {"iid": iid, "name": Column(str(x) for x in names), "effect": _EFFECT[policy](iid=iid)}
        issues += _batch(IssueCode.NOT_COMPUTABLE, Severity.WARNING, m.NOT_COMPUTABLE, values, period.dataset,
                         period.current, rows, criteria.entity, hint=m.CHECK_FIGURES())
    return issues


def _cells_with_issues(issues: list[Issue]) -> set[tuple[str | None, str | None, str | None]]:
    return {(i.location.file, i.location.sheet, i.location.cell) for i in issues if i.location is not None}


def _empty_in(frame: pd.DataFrame, dataset: Dataset, users: dict[tuple[str, bool], dict[str, Missing | None]],
              criteria: Criteria, *, before: bool | None, taken: set[tuple[str | None, str | None, str | None]],
              year: int | None = None) -> list[Issue]:
    """``before=None`` reads every row with the users of both years (used when no period
    could be formed)."""
    import numpy as np

    issues: list[Issue] = []
    for column in criteria.input_columns:
        if before is None:
            readers = {**users.get((column, True), {}), **users.get((column, False), {})}
        else:
            readers = users.get((column, before), {})
        if not readers or column not in frame.columns:
            continue
        rows = np.flatnonzero(frame[column].isna().to_numpy(dtype=bool))
        if not len(rows):
            continue
        files, sheets, cells = _cells(dataset, frame, rows, column)
        one_file = isinstance(files, str)
        # the loader already said why for some (not a number, out of bounds...)
        keep = [k for k in range(len(rows))
                if (files if one_file else files[k], sheets[k], cells[k]) not in taken]
        if not keep:
            continue
        names = frame[NAME].to_numpy()[rows[keep]].tolist()
        text, values, hint, code, severity = _empty_text(column, readers, year if before else None)
        values["name"] = Column(str(n) for n in names)
        every = len(keep) == len(rows)
        batch = IssueBatch(code, severity, text, values, file=files if one_file or every else [files[k] for k in keep],
                           sheets=sheets if every else [sheets[k] for k in keep],
                           cells=cells if every else [cells[k] for k in keep], hint=hint)
        issues += batch.rows()
    return issues


def _empty_text(column: str, readers: dict[str, Missing | None],
                year: int | None) -> tuple[Text, dict[str, object], Message, IssueCode, Severity]:
    """The text, its shared values, hint, code and severity of an empty cell in ``column``."""
    strict = sorted(iid for iid, policy in readers.items() if policy is Missing.ERROR)
    values: dict[str, object] = {"column": column}
    if year is not None:
        values["year"] = year
    if strict:
        values["users"] = strict
        text = m.EMPTY_NEEDED if year is None else m.EMPTY_NEEDED_BEFORE
        return text, values, m.FILL_OR_SET_MISSING(), IssueCode.MISSING_VALUE, Severity.ERROR
    effects = [_EFFECT[policy](iid=iid) for iid, policy in sorted(readers.items(), key=lambda kv: kv[0])
               if policy is not None]
    if _ELIGIBILITY in readers:
        effects.append(m.EFFECT_ELIGIBILITY())
    values["effects"] = effects
    text = m.EMPTY if year is None else m.EMPTY_BEFORE
    return text, values, m.FILL_IF_KNOWN(), IssueCode.EMPTY_VALUE, Severity.WARNING


def validate_rows(dataset: Dataset, criteria: Criteria, known: list[Issue]) -> list[Issue]:
    """The row checks for a file whose years could not be paired (a broken sheet, a missing
    baseline): empty cells and coverage above 100 %, over every row of every year."""
    every_year = _all_rows(dataset)
    found = _empty_in(every_year, dataset, column_users(criteria), criteria, before=None,
                      taken=_cells_with_issues(known))
    return found + _over_100(every_year, dataset)


def _all_rows(dataset: Dataset) -> pd.DataFrame:
    """Each candidate's first row in each year (a duplicate is reported by the loader)."""
    frame = dataset.frame
    year = frame[YEAR].astype("object").where(frame[YEAR].notna(), None)
    return frame[~frame.assign(_y=year).duplicated(subset=["_y", KEY], keep="first")]
