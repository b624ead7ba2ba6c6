"""Data checks across rows and years → every ``Issue`` found (errors and warnings).

The loader already reported cell-level problems (numbers, bounds, headers, duplicates,
total rows); this adds empty input cells and what needs the assessed year and its baseline
together (``validate_period``); ``paritrana.api.prepare`` runs them for ``rank`` and
``validate`` alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from paritrana.core.criteria import Criteria, Missing
from paritrana.core.dataset import KEY, NAME, ROW, SHEET, YEAR, Dataset, Period
from paritrana.core.evaluate import environments
from paritrana.core.expr import Expr
from paritrana.core.names import closest
from paritrana.errors import Issue, IssueCode, Location, Severity
from paritrana.i18n.messages import checks as m
from paritrana.i18n.text import Message

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd


def validate_period(period: Period, criteria: Criteria) -> list[Issue]:
    """All issues of the loaded files plus the cross-year checks."""
    issues = list(period.dataset.issues)
    if period.baseline is not None:
        issues += period.baseline.issues
    issues += _empty_cells(period, criteria, issues)
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


def _row_location(dataset: Dataset, row: object, column: str | None = None) -> Location:
    return dataset.location(row[SHEET], int(row[ROW]), column)  # type: ignore[index]


def _missing_from_baseline(period: Period, criteria: Criteria) -> list[Issue]:
    if period.previous is None:
        return []
    strict = [iid for iid, policy in indicators_needing_baseline(criteria).items() if policy is Missing.ERROR]
    missing = period.missing_from_baseline()
    if not missing.any():
        return []
    source: Message | str = period.baseline_source.path if period.baseline else m.SAME_FILE()
    base_names = _baseline_names(period)
    year = period.baseline_year
    issues = []
    for _, row in period.current[missing.to_numpy()].iterrows():
        name = row[NAME]
        hint = _closest_hint(name, base_names, year) or m.ADD_TO_BASELINE()
        where = _row_location(period.dataset, row, criteria.entity)
        if strict:
            message = (m.MISSING_BASELINE(name=name, year=year, source=source, users=strict) if year is not None
                       else m.MISSING_BASELINE_NO_YEAR(name=name, source=source, users=strict))
            issues.append(Issue(IssueCode.MISSING_BASELINE, Severity.ERROR, message, where, hint))
        else:
            message = m.NOT_IN_BASELINE_YEAR(name=name, year=year) if year is not None else m.NOT_IN_BASELINE(name=name)
            issues.append(Issue(IssueCode.MISSING_BASELINE, Severity.WARNING, message, where, hint))
    return issues


def _closest_hint(name: str, names: list[str], year: int | None) -> Message | None:
    """"nama yang paling mirip di 2023: "Kayong Utra"" — or None when no name is close."""
    near = closest(name, names)
    if not near:
        return None
    return m.CLOSEST_NAMES(year=year, names=near) if year is not None else m.CLOSEST_NAMES_BASELINE(names=near)


def _baseline_names(period: Period) -> list[str]:
    frame = period.baseline_source.frame
    if period.baseline_year is not None:
        frame = frame[frame[YEAR] == period.baseline_year]
    return list(frame[NAME])


def _only_in_baseline(period: Period, criteria: Criteria) -> list[Issue]:
    if period.previous is None:
        return []
    source = period.baseline_source
    frame = source.frame
    if period.baseline_year is not None:
        frame = frame[frame[YEAR] == period.baseline_year]
    current_keys = set(period.current[KEY])
    current_names = list(period.current[NAME])
    issues = []
    base = period.baseline_year if period.baseline_year is not None else m.THE_BASELINE()
    year = period.year if period.year is not None else m.THE_ASSESSED()
    for _, row in frame[~frame[KEY].isin(current_keys)].iterrows():
        hint = _closest_hint(row[NAME], current_names, period.year) or m.RENAMED_OR_LEFT_OUT()
        issues.append(Issue(IssueCode.ONLY_IN_BASELINE, Severity.WARNING,
                            m.ONLY_IN_BASELINE(name=row[NAME], base=base, year=year),
                            source.location(row[SHEET], int(row[ROW]), criteria.entity), hint))
    return issues


def _coverage_above_100(period: Period) -> list[Issue]:
    return _over_100(period.current, period.dataset)


def _over_100(frame: pd.DataFrame, dataset: Dataset) -> list[Issue]:
    if not {"peserta", "pekerja"} <= set(frame.columns):
        return []
    over = frame[(frame["peserta"] > frame["pekerja"]) & (frame["pekerja"] > 0)]
    return [
        Issue(IssueCode.COVERAGE_ABOVE_100, Severity.WARNING,
              m.COVERAGE_ABOVE_100(name=row[NAME], pct=100 * row["peserta"] / row["pekerja"],
                                   peserta=row["peserta"], pekerja=row["pekerja"]),
              _row_location(dataset, row, "peserta"), m.CHECK_BOTH_FIGURES())
        for _, row in over.iterrows()
    ]


def _implausible_changes(period: Period, criteria: Criteria) -> list[Issue]:
    if not criteria.max_change or period.previous is None:
        return []

    current, previous = environments(period, criteria)
    base = period.baseline_year if period.baseline_year is not None else m.THE_BASELINE()
    issues = []
    for name, limit in criteria.max_change.items():
        now, before = _values(current, name), _values(previous, name)
        if now is None or before is None:
            continue
        text = m.CHANGE_POINTS if _unit_of(name, criteria) == "%" else m.CHANGE
        change = now - before
        for i, (_, row) in enumerate(period.current.iterrows()):  # arrays are positional
            delta = change[i]
            if delta == delta and abs(delta) > limit:
                issues.append(Issue(
                    IssueCode.IMPLAUSIBLE_CHANGE, Severity.WARNING,
                    text(what=name, name=row[NAME], delta=float(delta), base=base, before=float(before[i]),
                         now=float(now[i]), limit=limit),
                    _row_location(period.dataset, row, name if name in criteria.input_columns else criteria.entity),
                    m.CHECK_BOTH_YEARS(),
                ))
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


def _cells_with_issues(issues: list[Issue]) -> set[tuple[str | None, str | None, str | None]]:
    return {(i.location.file, i.location.sheet, i.location.cell) for i in issues if i.location is not None}


def _empty_in(frame: pd.DataFrame, dataset: Dataset, users: dict[tuple[str, bool], dict[str, Missing | None]],
              criteria: Criteria, *, before: bool | None, taken: set[tuple[str | None, str | None, str | None]],
              year: int | None = None) -> list[Issue]:
    """``before=None`` reads every row with the users of both years (used when no period
    could be formed)."""
    issues = []
    for column in criteria.input_columns:
        if before is None:
            readers = {**users.get((column, True), {}), **users.get((column, False), {})}
        else:
            readers = users.get((column, before), {})
        if not readers or column not in frame.columns:
            continue
        for _, row in frame[frame[column].isna()].iterrows():
            where = dataset.location(row[SHEET], int(row[ROW]), column)
            if (where.file, where.sheet, where.cell) in taken:
                continue  # the loader already said why (not a number, out of bounds...)
            issues.append(_empty_issue(column, str(row[NAME]), readers, where, year if before else None))
    return issues


def _empty_issue(column: str, name: str, readers: dict[str, Missing | None], where: Location,
                 year: int | None) -> Issue:
    strict = sorted(iid for iid, policy in readers.items() if policy is Missing.ERROR)
    if strict:
        message = (m.EMPTY_NEEDED(column=column, name=name, users=strict) if year is None
                   else m.EMPTY_NEEDED_BEFORE(column=column, name=name, year=year, users=strict))
        return Issue(IssueCode.MISSING_VALUE, Severity.ERROR, message, where, m.FILL_OR_SET_MISSING())
    effects = [_EFFECT[policy](iid=iid) for iid, policy in sorted(readers.items(), key=lambda kv: kv[0])
               if policy is not None]
    if _ELIGIBILITY in readers:
        effects.append(m.EFFECT_ELIGIBILITY())
    text = (m.EMPTY(column=column, name=name, effects=effects) if year is None
            else m.EMPTY_BEFORE(column=column, name=name, year=year, effects=effects))
    return Issue(IssueCode.EMPTY_VALUE, Severity.WARNING, text, where, m.FILL_IF_KNOWN())


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
