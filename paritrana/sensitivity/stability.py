"""Exact weight-stability intervals, from the piecewise-linear scores — no sampling.

Give indicator k the global weight w and rescale the others proportionally, by
(1 − w)/(1 − w₀) with w₀ its nominal weight. Every candidate's score is then a line in w:

    sᵢ(w) = w·nᵢₖ + (1 − w)/(1 − w₀)·(sᵢ − w₀·nᵢₖ) = cᵢ + bᵢ·w,
    cᵢ = (sᵢ − w₀·nᵢₖ)/(1 − w₀)   (the score without indicator k),   bᵢ = nᵢₖ − cᵢ.

Two candidates swap only where their lines cross: for i above j, dᵢⱼ(w) = sᵢ(w) − sⱼ(w) =
d₀ + (bᵢ − bⱼ)(w − w₀) is zero at r = w₀ − d₀/(bᵢ − bⱼ). Moving w up, j overtakes i at r
when bⱼ > bᵢ; moving down, when bⱼ < bᵢ. Lines cross once, so once j is above i it stays there:
the set of weights that keep the ordered top t is one interval around w₀.

The first change of the ordered top t (t = 1: the leader; t = 3: the podium) comes from a
pair whose upper member is in the nominal top t: two podium members swapping, or an outsider
passing the last of them (an outsider must pass the last before it can pass anyone higher).
So the ends of the interval are the crossings of those ≤ t·m pairs nearest to w₀ on each
side; every pair crossing exactly there is reported as who overtakes whom. Crossings at 0 %
or 100 % themselves do not count (there the other weights, or this one, vanish).

Geometric aggregation works the same on logarithms (``matrix`` is in score space): log of
the total is Σ wₖ·log nₖ, so the intervals are exact there too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from paritrana.sensitivity.model import Overtake, StabilityInterval

if TYPE_CHECKING:
    import numpy as np

    from paritrana.sensitivity.matrix import GroupMatrix, WeightTree

PARALLEL = 1e-12  # slope differences below this (× the value scale) never cross
SAME_POINT = 1e-9  # crossings closer than this are one event
EDGE = 1e-12  # crossings this close to 0 % or 100 % are at the edge, not inside


@dataclass(frozen=True)
class Interval:
    """``low``/``high`` in weight units; ``below``/``above`` as (overtaker, overtaken) rows."""

    low: float
    high: float
    below: tuple[tuple[int, int], ...]
    above: tuple[tuple[int, int], ...]


def interval(matrix: np.ndarray, weights: np.ndarray, k: int, top: int,
             ranks: Sequence[int] | None = None) -> Interval | None:
    """The weights of indicator ``k`` that keep the ordered top ``top`` of ``matrix`` (rows in
    nominal order, score space) as it is; None when ``k`` carries all the weight. ``ranks``
    (the nominal ranks, 1, 1, 3 for a tie): tied candidates share their place, so the top
    takes in everyone tied with its last, and two of them passing each other changes nothing."""
    import numpy as np

    w0 = float(weights[k])
    m = matrix.shape[0]
    if w0 >= 1.0 - 1e-12:
        return None
    top = min(top, m)
    rank = np.arange(1, m + 1) if ranks is None else np.asarray(ranks)
    top = top_size(rank, top)
    if m < 2:
        return Interval(0.0, 1.0, (), ())
    s = matrix @ weights
    c = (s - w0 * matrix[:, k]) / (1.0 - w0)
    b = matrix[:, k] - c
    upper = np.repeat(np.arange(top), m)
    lower = np.tile(np.arange(m), top)
    keep = (lower > upper) & (rank[lower] != rank[upper])  # tied candidates share their place
    upper, lower = upper[keep], lower[keep]
    d0 = s[upper] - s[lower]
    db = b[upper] - b[lower]
    scale = max(1.0, float(np.abs(matrix[:, k]).max()), float(np.abs(c).max()))
    with np.errstate(divide="ignore", invalid="ignore"):
        cross = w0 - d0 / db
    rises = db < -PARALLEL * scale  # the lower candidate gains as w grows
    falls = db > PARALLEL * scale  # ... as w shrinks
    up = np.where(rises, np.maximum(cross, w0), np.inf)
    down = np.where(falls, np.minimum(cross, w0), -np.inf)
    up[up >= 1.0 - EDGE] = np.inf
    down[down <= EDGE] = -np.inf
    high = float(up.min()) if len(up) else np.inf
    low = float(down.max()) if len(down) else -np.inf
    above = _events(upper, lower, up, high)
    below = _events(upper, lower, down, low)
    return Interval(low if below else 0.0, high if above else 1.0, below, above)


def top_size(ranks: Sequence[int] | np.ndarray, top: int) -> int:
    """How many candidates hold the first ``top`` places: the first ``top`` and everyone tied
    with the last of them (ranks 1, 2, 3, 3, 5 → 4)."""
    top = min(top, len(ranks))
    if top == 0:
        return 0
    last = ranks[top - 1]
    return top + sum(1 for r in list(ranks)[top:] if r == last)


def _events(upper: np.ndarray, lower: np.ndarray, at: np.ndarray, end: float) -> tuple[tuple[int, int], ...]:
    import numpy as np

    if not np.isfinite(end):
        return ()
    hits = np.flatnonzero(np.abs(at - end) <= SAME_POINT)
    pairs = sorted((int(lower[h]), int(upper[h])) for h in hits)
    return tuple(pairs)


def stability(gm: GroupMatrix, tree: WeightTree) -> list[StabilityInterval]:
    """Per indicator: the leader's interval and, with three or more candidates, the podium's
    (candidates tied for a place hold it together)."""
    weights = tree.global_weights
    scopes = [("first", 1)] + ([("podium", 3)] if gm.size >= 3 else [])
    out = []
    for k, iid in enumerate(tree.indicators):
        for scope, top in scopes:
            found = interval(gm.nominal, weights, k, top, gm.ranks)
            if found is None:
                continue
            held = top_size(gm.ranks, top)
            out.append(StabilityInterval(
                indicator=iid, scope=scope, holders=tuple(gm.names[:held]), weight=float(weights[k]),
                ranks=tuple(gm.ranks[:held]),
                low=found.low, high=found.high,
                below=tuple(Overtake(gm.names[j], gm.names[i]) for j, i in found.below),
                above=tuple(Overtake(gm.names[j], gm.names[i]) for j, i in found.above),
            ))
    return out
