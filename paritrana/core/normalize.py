"""Normalisation kernels: raw indicator values of one group → 0–100, higher is better.

Each kernel is pure arithmetic on a 1-D float array of the eligible candidates of one group
(no NaN: the ``missing`` policy has been applied before). ``normalize()`` picks the kernel,
mirrors for ``better: lower``, applies ``range`` and returns a ``Scale`` that says what was
used, so reports can show the min/max or goalposts behind every number.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from paritrana.core.criteria import Better, Method, Normalize

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class Scale:
    """What produced the normalised values of one indicator in one group."""

    method: Method
    better: Better
    low: float | None  # data min, target min, or None
    high: float | None  # data max, target max, or None
    range: tuple[float, float]
    mean: float | None = None  # zscore only
    std: float | None = None  # zscore only
    count: int = 0


def minmax(x: np.ndarray, lower: bool) -> np.ndarray:
    """100·(x − min)/(max − min); lower: 100·(max − x)/(max − min); all equal → 100."""
    import numpy as np

    lo, hi = float(x.min()), float(x.max())
    if hi - lo == 0:
        return np.full_like(x, 100.0)
    if math.isinf(hi - lo):  # a span beyond the largest float: the same ratio on halves
        x, lo, hi = x / 2, lo / 2, hi / 2
    return 100.0 * (((hi - x) if lower else (x - lo)) / (hi - lo))  # the best gets exactly 100


def target(x: np.ndarray, lower: bool, lo: float, hi: float) -> np.ndarray:
    """minmax with fixed goalposts lo/hi, clipped to 0–100."""
    import numpy as np

    if math.isinf(hi - lo) or math.isinf(float(np.max(np.abs(x))) + max(abs(lo), abs(hi))):
        x, lo, hi = x / 2, lo / 2, hi / 2  # avoid inf/inf: the same ratio on halves
    value = 100.0 * (((hi - x) if lower else (x - lo)) / (hi - lo))
    return np.clip(value, 0.0, 100.0)


def ratio_to_max(x: np.ndarray, lower: bool) -> np.ndarray:
    """100·x/max; lower: 100·min/x. A zero denominator gives 100 where the candidate is
    itself the best (x = max = 0, or x = min = 0) and 0 otherwise."""
    import numpy as np

    if lower:
        lo = float(x.min())
        with np.errstate(divide="ignore", invalid="ignore"):
            value = np.where(x == lo, 100.0, 100.0 * lo / x)
        return value
    hi = float(x.max())
    if hi == 0:
        return np.full_like(x, 100.0)
    return 100.0 * (x / hi)


def rank_scale(x: np.ndarray, lower: bool) -> np.ndarray:
    """100·(r − 1)/(n − 1), r the ascending rank with ties averaged; n = 1 → 100."""
    import numpy as np

    n = len(x)
    if n == 1:
        return np.full_like(x, 100.0)
    ranks = _average_ranks(-x if lower else x)
    return 100.0 * (ranks - 1.0) / (n - 1)


def zscore(x: np.ndarray, lower: bool) -> np.ndarray:
    """50 + 10·z (a T-score, population std); lower: 50 − 10·z; zero spread → 50."""
    import numpy as np

    if x.max() == x.min():  # no spread; np.std of equal values can round to 1e-17, not 0
        return np.full_like(x, 50.0)
    x = _tamed(x)
    z = (x - float(x.mean())) / float(x.std())
    return 50.0 - 10.0 * z if lower else 50.0 + 10.0 * z


def _tamed(x: np.ndarray) -> np.ndarray:
    """``x`` divided by its largest magnitude when its mean or spread would overflow, or its
    spread underflow to 0 (a z-score does not change with the scale), else ``x`` itself."""
    import numpy as np

    with np.errstate(over="ignore", invalid="ignore", under="ignore"):
        std = x.std()
        if np.isfinite(x.mean()) and np.isfinite(std) and (std > 0 or x.max() == x.min()):
            return x
    return x / float(np.max(np.abs(x)))


def _average_ranks(x: np.ndarray) -> np.ndarray:
    """1-based ascending ranks, ties given the mean of the ranks they span."""
    import numpy as np

    order = np.argsort(x, kind="mergesort")
    sorted_x = x[order]
    ranks = np.empty(len(x), dtype=float)
    start = 0
    for end in range(1, len(x) + 1):
        if end == len(x) or sorted_x[end] != sorted_x[start]:
            ranks[order[start:end]] = (start + 1 + end) / 2.0
            start = end
    return ranks


def normalize(x: np.ndarray, spec: Normalize, better: Better) -> tuple[np.ndarray, Scale]:
    """Normalise one group's values; returns the values and the ``Scale`` used."""
    import numpy as np

    x = np.asarray(x, dtype=float)
    lower = better is Better.LOWER
    method = spec.method
    out_range = spec.output_range
    low = float(x.min()) if len(x) else None
    high = float(x.max()) if len(x) else None
    mean = std = None
    if len(x) == 0:
        values = x.copy()
    elif method is Method.MINMAX:
        values = minmax(x, lower)
    elif method is Method.TARGET:
        assert spec.min is not None and spec.max is not None
        low, high = spec.min, spec.max
        values = target(x, lower, spec.min, spec.max)
    elif method is Method.RATIO_TO_MAX:
        values = ratio_to_max(x, lower)
    elif method is Method.RANK:
        values = rank_scale(x, lower)
    elif method is Method.ZSCORE:
        tamed = _tamed(x)
        scale = 1.0 if tamed is x else float(np.max(np.abs(x)))
        mean, std = float(tamed.mean()) * scale, float(tamed.std()) * scale
        values = zscore(x, lower)
    else:
        values = x.copy()
    if method.bounded and out_range != (0.0, 100.0):
        lo, hi = out_range
        values = lo + (hi - lo) * (values / 100.0)
    scale = Scale(method, better, low, high, (float(out_range[0]), float(out_range[1])), mean, std, len(x))
    return values, scale
