"""Scoring: eligibility, missing values, normalisation per group, weighted aggregation.

Arithmetic: score = Σ global weight × normalised; an indicator's contribution is its term.
Geometric: each aspect's score is Π normalised^(local weight) over its indicators and the
total Π aspect^(aspect share); contributions are None (a product has no additive parts).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, overload

from paritrana.core import progress
from paritrana.core.criteria import Aggregation, Criteria, Missing
from paritrana.core.dataset import GROUP, KEY, NAME, ROW, SHEET, Period
from paritrana.core.evaluate import environments, failures, raw_values
from paritrana.core.methods import first_negative
from paritrana.core.normalize import Scale, normalize
from paritrana.core.progress import Stage
from paritrana.errors import DataError, DataErrors, Issue, IssueCode, Severity
from paritrana.i18n.messages import core as m

if TYPE_CHECKING:
    import numpy as np


EXCLUDED = ": no value (missing: exclude)"  # after the indicator id: a reason in the JSON (stable text)


def reason_text(reason: str, lang: str | None = None) -> str:
    """An ineligibility reason for a reader in ``lang``: a rule as written in the criteria, or
    the indicator that ``missing: exclude`` left without a value."""
    if reason.endswith(EXCLUDED):
        return m.EXCLUDED(iid=reason[: -len(EXCLUDED)]).render(lang)
    return reason


class Reasons(Sequence[list[str]]):
    """The eligibility rules each candidate fails: ``reasons[i]`` (empty for an eligible
    candidate). Only the failing candidates are stored."""

    def __init__(self, size: int, failing: dict[int, list[str]] | None = None):
        self._size, self._failing = size, failing if failing is not None else {}

    def __len__(self) -> int:
        return self._size

    @overload
    def __getitem__(self, i: int) -> list[str]: ...

    @overload
    def __getitem__(self, i: slice) -> list[list[str]]: ...

    def __getitem__(self, i: int | slice) -> list[str] | list[list[str]]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._size))]
        if i < 0:
            i += self._size
        if not 0 <= i < self._size:
            raise IndexError("reasons index out of range")
        return self._failing.get(i, [])

    def __iter__(self) -> Iterator[list[str]]:
        return (self._failing.get(i, []) for i in range(self._size))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return list(self) == list(other)
        return NotImplemented

    def add(self, i: int, reason: str) -> None:
        self._failing.setdefault(i, []).append(reason)


@dataclass(frozen=True)
class Scored:
    """Per-candidate arrays in the assessed year's row order.

    ``raw`` holds the indicator values after the missing policy (NaN only for ineligible
    candidates); ``normalized``, ``contribution``, ``aspects`` and ``score`` are NaN for
    ineligible candidates. ``scales[(group, indicator)]`` says how each was normalised.
    """

    names: list[str]
    groups: list[str | None]
    eligible: np.ndarray
    reasons: Sequence[list[str]]
    raw: dict[str, np.ndarray]
    normalized: dict[str, np.ndarray]
    contribution: dict[str, np.ndarray | None]
    aspects: dict[str, np.ndarray]
    score: np.ndarray
    scales: dict[tuple[str | None, str], Scale]
    keys: list[str] | None = None  # name_key of each name, when the loader computed it already


def score_period(period: Period, criteria: Criteria) -> Scored:
    import numpy as np

    frame = period.current
    n = len(frame)
    progress.stage(Stage.SCORING)
    current, previous = environments(period, criteria)
    failing = failures(current, previous, criteria, n)
    raw = raw_values(current, previous, criteria, n)
    groups: list[str | None] = _listed(frame[GROUP]) if criteria.group_by else [None] * n
    eligible = np.ones(n, dtype=bool)
    eligible[list(failing)] = False
    reasons = Reasons(n, failing)
    _apply_exclusions(raw, criteria, eligible, reasons)
    _check_missing(raw, criteria, eligible, period)
    raw = _fill_missing(raw, criteria, eligible, groups)
    normalized, scales = _normalize_groups(raw, criteria, eligible, groups, period)
    contribution, aspects, total = _aggregate(normalized, criteria, eligible, period)
    return Scored(
        names=_listed(frame[NAME]),
        groups=groups,
        eligible=eligible,
        reasons=reasons,
        raw=raw,
        normalized=normalized,
        contribution=contribution,
        aspects=aspects,
        score=total,
        scales=scales,
        keys=_listed(frame[KEY]),
    )


def _apply_exclusions(raw: dict[str, np.ndarray], criteria: Criteria, eligible: np.ndarray,
                      reasons: Reasons) -> None:
    import numpy as np

    for iid, ind in criteria.all_indicators.items():
        if ind.missing is not Missing.EXCLUDE:
            continue
        for i in np.flatnonzero(eligible & np.isnan(raw[iid])).tolist():
            reasons.add(i, f"{iid}{EXCLUDED}")
            eligible[i] = False


def _check_missing(raw: dict[str, np.ndarray], criteria: Criteria, eligible: np.ndarray, period: Period) -> None:
    import numpy as np

    issues = []
    for iid, ind in criteria.all_indicators.items():
        if ind.missing is not Missing.ERROR:
            continue
        for i in np.flatnonzero(eligible & np.isnan(raw[iid])):
            issues.append(_missing_issue(iid, int(i), criteria, period))
    if issues:
        raise DataErrors(issues)


def _missing_issue(iid: str, i: int, criteria: Criteria, period: Period) -> Issue:
    """Why candidate i has no value for indicator iid: an empty cell, a zero divisor..."""
    import math

    row = period.current.iloc[i]
    names = criteria.all_indicators[iid].expr.names()
    inputs = [c for c in criteria.input_columns if c in names or _via_derived(c, names, criteria)]
    for column in inputs:
        if math.isnan(row[column]):
            where = period.dataset.location(row[SHEET], int(row[ROW]), column)
            return Issue(IssueCode.MISSING_VALUE, Severity.ERROR,
                         m.VALUE_EMPTY(column=column, name=row[NAME], iid=iid), where, m.FILL_IN_OR_POLICY())
    where = period.dataset.location(row[SHEET], int(row[ROW]), criteria.entity)
    if period.previous is not None and not bool(period.previous.iloc[i]["_present"]):
        message = (m.NO_VALUE_NOT_IN_BASELINE(iid=iid, name=row[NAME], year=period.baseline_year)
                   if period.baseline_year is not None else m.NO_VALUE_NO_BASELINE(iid=iid, name=row[NAME]))
    else:
        message = m.NO_VALUE(iid=iid, name=row[NAME])
    return Issue(IssueCode.MISSING_VALUE, Severity.ERROR, message, where, m.FIX_OR_POLICY())


def _via_derived(column: str, names: frozenset[str], criteria: Criteria) -> bool:
    seen: set[str] = set()
    stack = [n for n in names if n in criteria.derived_exprs]
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        deps = criteria.derived_exprs[name].names()
        if column in deps:
            return True
        stack += [d for d in deps if d in criteria.derived_exprs]
    return False


def _fill_missing(raw: dict[str, np.ndarray], criteria: Criteria, eligible: np.ndarray,
                  groups: list[str | None]) -> dict[str, np.ndarray]:
    import numpy as np

    out = {}
    for iid, values in raw.items():
        policy = criteria.all_indicators[iid].missing
        values = values.copy()
        holes = eligible & np.isnan(values)
        if holes.any() and policy is Missing.ZERO:
            values[holes] = 0.0
        elif holes.any() and policy is Missing.MEAN:
            codes, _ = _codes(groups)
            for code in np.unique(codes[holes]).tolist():
                members = eligible & (codes == code)
                known = values[members & ~np.isnan(values)]
                values[members & np.isnan(values)] = known.mean() if len(known) else 0.0
        out[iid] = values
    return out


def _normalize_groups(raw: dict[str, np.ndarray], criteria: Criteria, eligible: np.ndarray,
                      groups: list[str | None],
                      period: Period) -> tuple[dict[str, np.ndarray], dict[tuple[str | None, str], Scale]]:
    import numpy as np

    n = len(eligible)
    normalized = {iid: np.full(n, np.nan) for iid in raw}
    scales: dict[tuple[str | None, str], Scale] = {}
    codes, names = _codes(groups)
    for code, group in enumerate(names):
        members = np.flatnonzero(eligible & (codes == code)) if len(names) > 1 else np.flatnonzero(eligible)
        if len(members) == 0:
            continue
        for iid, values in raw.items():
            ind = criteria.all_indicators[iid]
            x = values[members]
            bad = first_negative(ind.normalize.method, x)
            if bad is not None:
                i = members[bad]
                row = period.current.iloc[i]
                raise DataError(
                    m.NEGATIVE(iid=iid, name=row[NAME], value=float(values[i]), method=ind.normalize.method.value),
                    period.dataset.location(row[SHEET], int(row[ROW]), criteria.entity),
                    hint=m.USE_MINMAX_OR_ZSCORE(),
                )
            normalized[iid][members], scales[(group, iid)] = normalize(x, ind.normalize, ind.better)
            unusable = members[~np.isfinite(normalized[iid][members])]
            if len(unusable):  # a safety net: the kernels keep finite inputs finite
                row = period.current.iloc[int(unusable[0])]
                raise DataError(
                    m.TOO_FAR_APART(iid=iid, name=row[NAME]),
                    period.dataset.location(row[SHEET], int(row[ROW]), criteria.entity),
                    hint=m.CHECK_MAGNITUDE(),
                )
    return normalized, scales


def _aggregate(normalized: dict[str, np.ndarray], criteria: Criteria, eligible: np.ndarray,
               period: Period) -> tuple[dict[str, np.ndarray | None], dict[str, np.ndarray], np.ndarray]:
    import numpy as np

    n = len(eligible)
    aspects: dict[str, np.ndarray] = {}
    if criteria.aggregation is Aggregation.ARITHMETIC:
        terms = {iid: criteria.global_weights[iid] * normalized[iid] for iid in normalized}
        for aid, aspect in criteria.tree.items():
            aspects[aid] = sum((criteria.local_weights[iid] * normalized[iid] for iid in aspect.indicators),
                               start=np.zeros(n))
        total = sum(terms.values(), start=np.zeros(n))
        contribution: dict[str, np.ndarray | None] = dict(terms)
        return contribution, aspects, total
    for iid, values in normalized.items():
        bad = np.flatnonzero(eligible & (values <= 0))
        if len(bad):
            row = period.current.iloc[int(bad[0])]
            raise DataError(
                m.GEOMETRIC_NOT_POSITIVE(name=row[NAME], value=float(values[bad[0]]), iid=iid),
                period.dataset.location(row[SHEET], int(row[ROW]), criteria.entity),
                hint=m.RANGE_ABOVE_ZERO(iid=iid),
            )
    with np.errstate(divide="ignore", invalid="ignore"):
        for aid, aspect in criteria.tree.items():
            aspects[aid] = _geometric_mean([normalized[iid] for iid in aspect.indicators],
                                           [criteria.local_weights[iid] for iid in aspect.indicators], n)
        total = _geometric_mean(list(aspects.values()), [criteria.aspect_shares[aid] for aid in aspects], n)
    return {iid: None for iid in normalized}, aspects, total


def _geometric_mean(values: list[np.ndarray], weights: list[float], n: int) -> np.ndarray:
    """Π values^weight (weights summing to 1), kept between the smallest and largest of the
    values as a mean is: exp(log 100) is 100.00000000000004, and a candidate at 100 on every
    indicator scores 100, not more."""
    import numpy as np

    mean = np.exp(sum((w * np.log(v) for v, w in zip(values, weights, strict=True)), start=np.zeros(n)))
    return np.clip(mean, np.minimum.reduce(values), np.maximum.reduce(values))


def _listed(column: Any) -> list[Any]:
    """A column of texts as a list (``Series.tolist`` on a pandas string column is 20 times
    faster than ``list(series)``, which boxes each value through the array)."""
    return column.to_numpy(dtype=object, na_value=None).tolist()


def _codes(groups: list[str | None]) -> tuple[np.ndarray, list[str | None]]:
    """Each row's group number, groups numbered in first-seen order, and the groups."""
    import numpy as np

    if groups.count(None) == len(groups):
        return np.zeros(len(groups), dtype=np.int64), [None] if groups else []
    import pandas as pd

    codes, uniques = pd.factorize(np.asarray(groups, dtype=object), use_na_sentinel=False)
    return codes.astype(np.int64, copy=False), list(uniques)
