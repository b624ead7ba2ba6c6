"""Expressions on the data: derived names, eligibility rules and raw indicator values."""

from __future__ import annotations

from typing import TYPE_CHECKING

from paritrana.core.criteria import Criteria, derived_order
from paritrana.core.dataset import Period
from paritrana.errors import CriteriaError, ExpressionError
from paritrana.i18n.messages import core as m
from paritrana.i18n.text import Message, Text

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

Env = dict[str, "np.ndarray"]


def environments(period: Period, criteria: Criteria) -> tuple[Env, Env | None]:
    """Column and derived values of the assessed year and (row-aligned) of the baseline."""
    previous = _columns(period.previous, criteria) if period.previous is not None else None
    if previous is not None:
        previous = _with_derived(previous, None, criteria)
    current = _with_derived(_columns(period.current, criteria), previous, criteria)
    return current, previous


def _columns(frame: pd.DataFrame, criteria: Criteria) -> Env:
    return {name: frame[name].to_numpy(dtype=float) for name in criteria.input_columns}


def _with_derived(env: Env, previous: Env | None, criteria: Criteria) -> Env:
    import numpy as np

    out = dict(env)
    length = len(next(iter(env.values()))) if env else 0
    for name in derived_order(criteria):
        expr = criteria.derived_exprs[name]
        if expr.uses_previous and previous is None:
            out[name] = np.full(length, np.nan)
            continue
        out[name] = _evaluate(expr, out, previous, m.IN_DERIVED, name=name)
    return out


def _evaluate(expr, env: Env, previous: Env | None, where: Text, **names: str) -> np.ndarray:  # type: ignore[no-untyped-def]
    """``expr`` evaluated; a problem names where the expression is (``where`` with ``names``)."""
    try:
        return expr.evaluate(env, previous)
    except ExpressionError as exc:
        problem: Message = exc.message
        raise CriteriaError(where(problem=problem, **names)) from None


def _holds(expr, env: Env, previous: Env | None, rule: str) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Where the rule ``expr`` is known to hold; a problem names the rule."""
    try:
        return expr.holds(env, previous)
    except ExpressionError as exc:
        raise CriteriaError(m.IN_ELIGIBILITY(problem=exc.message, rule=rule)) from None


def eligibility(current: Env, previous: Env | None, criteria: Criteria, length: int) -> list[list[str]]:
    """For each candidate, the rules it fails (as written in the criteria)."""
    reasons: list[list[str]] = [[] for _ in range(length)]
    for i, failed in failures(current, previous, criteria, length).items():
        reasons[i] = failed
    return reasons


def failures(current: Env, previous: Env | None, criteria: Criteria, length: int) -> dict[int, list[str]]:
    """The candidates that fail a rule → the rules each fails, in the criteria's order (only
    the failing candidates are listed)."""
    import numpy as np

    masks = []
    for text, expr in zip(criteria.eligibility, criteria.eligibility_exprs, strict=True):
        passed = _holds(expr, current, previous, rule=text)
        masks.append(~np.broadcast_to(np.asarray(passed), (length,)).astype(bool))  # an empty value: failed
    if not masks:
        return {}
    failing = np.flatnonzero(np.logical_or.reduce(masks))
    if len(masks) == 1:
        return {i: [criteria.eligibility[0]] for i in failing.tolist()}
    rows = np.stack([mask[failing] for mask in masks], axis=1).tolist()
    return {i: [text for text, hit in zip(criteria.eligibility, row, strict=True) if hit]
            for i, row in zip(failing.tolist(), rows, strict=True)}


def raw_values(current: Env, previous: Env | None, criteria: Criteria,
               length: int | None = None) -> dict[str, np.ndarray]:
    """Each indicator's value per candidate; an expression without a column (``value: 1``)
    gives every candidate the same value. ``length``: the number of candidates (default: the
    length of the columns in ``current``)."""
    import numpy as np

    if length is None:
        length = max((np.size(v) for v in current.values()), default=1)
    out = {}
    for iid, ind in criteria.all_indicators.items():
        values = np.asarray(_evaluate(ind.expr, current, previous, m.IN_INDICATOR, iid=iid), dtype=float)
        values = np.where(np.isinf(values), np.nan, np.broadcast_to(values, (length,)))
        out[iid] = values
    return out
