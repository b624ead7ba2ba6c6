"""Scores again from raw indicator values: the arithmetic of ``core.score`` without the data.

``explain --previous`` splits a score change by scoring last year's candidates again with one
thing changed at a time; it has their raw values (from last year's JSON), not their rows. This
module normalises each group and aggregates exactly as ``score_period`` does — the same
kernels (``core.normalize``) and the same sums in the same order — so that scoring a result's
own raw values again gives its scores back (``tests/test_rounds_change.py`` checks it).

The raw values are taken as given: they are the values after the missing policy, as the JSON
records them, and every candidate passed is eligible.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from paritrana.core.criteria import Aggregation, Criteria
from paritrana.core.normalize import normalize

if TYPE_CHECKING:
    import numpy as np


def rescore(raw: dict[str, np.ndarray], groups: list[str | None], criteria: Criteria) -> np.ndarray:
    """The score of every candidate: ``raw[indicator]`` holds one value per candidate, each
    normalised within its group (``groups``) and aggregated under ``criteria``."""
    import numpy as np

    n = len(groups)
    normalized = {iid: np.full(n, np.nan) for iid in criteria.all_indicators}
    group_array = np.array(groups, dtype=object)
    for group in dict.fromkeys(groups):
        members = np.flatnonzero(group_array == group)
        for iid, ind in criteria.all_indicators.items():
            values = np.asarray(raw[iid], dtype=float)
            normalized[iid][members], _ = normalize(values[members], ind.normalize, ind.better)
    if criteria.aggregation is Aggregation.ARITHMETIC:
        terms = {iid: criteria.global_weights[iid] * normalized[iid] for iid in normalized}
        total: np.ndarray = sum(terms.values(), start=np.zeros(n))
        return total
    with np.errstate(divide="ignore", invalid="ignore"):
        aspects = {aid: np.exp(sum((criteria.local_weights[iid] * np.log(normalized[iid]) for iid in aspect.indicators),
                                   start=np.zeros(n)))
                   for aid, aspect in criteria.tree.items()}
        geometric: np.ndarray = np.exp(sum((criteria.aspect_shares[aid] * np.log(aspects[aid]) for aid in aspects),
                                           start=np.zeros(n)))
    return geometric
