"""Data checks across rows and years → every ``Issue`` found (errors and warnings).

The loader already reported cell-level problems (numbers, bounds, headers, duplicates,
total rows); this adds what needs the assessed year and its baseline together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .criteria import Criteria, Missing
from .errors import Issue, Location, Severity
from .load import NAME, ROW, SHEET, Dataset
from .names import closest
from .period import Period

if TYPE_CHECKING:
    import numpy as np


def validate_period(period: Period, criteria: Criteria) -> list[Issue]:
    """All issues of the loaded files plus the cross-year checks."""
    issues = list(period.dataset.issues)
    if period.baseline is not None:
        issues += period.baseline.issues
    issues += _missing_from_baseline(period, criteria)
    issues += _only_in_baseline(period)
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
            issues.append(Issue("missing-baseline", Severity.ERROR, message,
                                _row_location(period.dataset, row, criteria.entity), hint))
        else:
            issues.append(Issue("missing-baseline", Severity.WARNING, what,
                                _row_location(period.dataset, row, criteria.entity), hint))
    return issues


def _baseline_names(period: Period) -> list[str]:
    from .load import YEAR

    frame = period.baseline_source.frame
    if period.baseline_year is not None:
        frame = frame[frame[YEAR] == period.baseline_year]
    return list(frame[NAME])


def _only_in_baseline(period: Period) -> list[Issue]:
    from .load import KEY, YEAR

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
        issues.append(Issue("only-in-baseline", Severity.WARNING,
                            f"'{row[NAME]}' is in {period.baseline_year or 'the baseline'} but not in {period.year or 'the assessed data'}",
                            source.location(row[SHEET], int(row[ROW])), hint))
    return issues


def _coverage_above_100(period: Period) -> list[Issue]:
    frame = period.current
    if not {"peserta", "pekerja"} <= set(frame.columns):
        return []
    over = frame[(frame["peserta"] > frame["pekerja"]) & (frame["pekerja"] > 0)]
    return [
        Issue("coverage-above-100", Severity.WARNING,
              f"coverage of '{row[NAME]}' is {100 * row['peserta'] / row['pekerja']:.2f} % "
              f"(peserta {row['peserta']:,.0f} > pekerja {row['pekerja']:,.0f})",
              _row_location(period.dataset, row, "peserta"),
              "check both figures; the candidate fails 'peserta <= pekerja' if the criteria require it")
        for _, row in over.iterrows()
    ]


def _implausible_changes(period: Period, criteria: Criteria) -> list[Issue]:
    if not criteria.max_change or period.previous is None:
        return []
    from .evaluate import environments

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
                    "implausible-change", Severity.WARNING,
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
