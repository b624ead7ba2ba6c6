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
    source = period.baseline_source
    base_names = _baseline_names(period)
    year = period.baseline_year
    issues = []
    for _, row in period.current[missing.to_numpy()].iterrows():
        near = closest(row[NAME], base_names)
        hint = f"closest names in {year or 'the baseline'}: {', '.join(near)}" if near else None
        what = f"'{row[NAME]}' is missing from the baseline year {year or ''}".rstrip()
        if strict:
            message = f"{what} ({source.path if period.baseline else 'same file'}), needed by {', '.join(strict)}"
            issues.append(Issue(IssueCode.MISSING_BASELINE, Severity.ERROR, message,
                                _row_location(period.dataset, row, criteria.entity), hint))
        else:
            issues.append(Issue(IssueCode.MISSING_BASELINE, Severity.WARNING, what,
                                _row_location(period.dataset, row, criteria.entity), hint))
    return issues


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
    for _, row in frame[~frame[KEY].isin(current_keys)].iterrows():
        near = closest(row[NAME], current_names)
        hint = f"closest names in {period.year}: {', '.join(near)}" if near else None
        issues.append(Issue(IssueCode.ONLY_IN_BASELINE, Severity.WARNING,
                            f"'{row[NAME]}' is in {period.baseline_year or 'the baseline'} but not in {period.year or 'the assessed data'}",
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
              f"coverage of '{row[NAME]}' is {100 * row['peserta'] / row['pekerja']:.2f} % "
              f"(peserta {row['peserta']:,.0f} > pekerja {row['pekerja']:,.0f})",
              _row_location(dataset, row, "peserta"),
              "check both figures; the candidate fails 'peserta <= pekerja' if the criteria require it")
        for _, row in over.iterrows()
    ]


def _implausible_changes(period: Period, criteria: Criteria) -> list[Issue]:
    if not criteria.max_change or period.previous is None:
        return []

    current, previous = environments(period, criteria)
    issues = []
    for name, limit in criteria.max_change.items():
        now, before = _values(current, name), _values(previous, name)
        if now is None or before is None:
            continue
        change = now - before
        for i, row in period.current.iterrows():
            delta = change[i]
            if delta == delta and abs(delta) > limit:
                issues.append(Issue(
                    IssueCode.IMPLAUSIBLE_CHANGE, Severity.WARNING,
                    f"'{name}' of '{row[NAME]}' changed by {delta:+.2f} from {period.baseline_year or 'the baseline'} "
                    f"({before[i]:.2f} → {now[i]:.2f}), more than the plausible {limit:g}",
                    _row_location(period.dataset, row, name if name in criteria.input_columns else criteria.entity),
                    "check both years' figures",
                ))
    return issues


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


_EFFECT = {
    Missing.ZERO: "indicator {iid} counts it as 0",
    Missing.MEAN: "indicator {iid} uses the group mean",
    Missing.EXCLUDE: "indicator {iid} leaves the candidate out of the ranking",
}


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
    of = f"'{column}' of '{name}'" + (f" in {year}" if year is not None else "")
    through = " through previous()" if year is not None else ""
    if strict:
        return Issue(IssueCode.MISSING_VALUE, Severity.ERROR,
                     f"{of} is empty (needed by indicator {', '.join(strict)}{through})", where,
                     "fill in the value, or set missing: zero|mean|exclude on the indicator")
    effects = [_EFFECT[policy].format(iid=iid) for iid, policy in sorted(readers.items(), key=lambda kv: kv[0])
               if policy is not None]
    if _ELIGIBILITY in readers:
        effects.append("the candidate fails the eligibility rules that use it")
    return Issue(IssueCode.EMPTY_VALUE, Severity.WARNING, f"{of} is empty; " + "; ".join(effects), where,
                 "fill in the value if it is known")


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
