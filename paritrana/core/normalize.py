"""Normalising one group's raw values with an indicator's method (see ``core.methods``).

``normalize()`` picks the method's kernel, mirrors for ``better: lower``, applies ``range``
and returns a ``Scale`` that says what was used, so reports can show the min/max or
goalposts behind every number.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from paritrana.core.criteria import Normalize
from paritrana.core.methods import METHODS, Better, Method, tamed

SAME = 1e-9  # values closer than this share of the group's largest magnitude are one value

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


def normalize(x: np.ndarray, spec: Normalize, better: Better) -> tuple[np.ndarray, Scale]:
    """Normalise one group's values; returns the values and the ``Scale`` used."""
    import numpy as np

    x = np.asarray(x, dtype=float)
    method = spec.method
    entry = METHODS[method]
    if method is Method.RANK or (method is not Method.NONE and _all_but_equal(x)):
        x = merged(x)  # a rank is its order only; a spread of rounding noise is no spread
    out_range = spec.output_range
    low = float(x.min()) if len(x) else None
    high = float(x.max()) if len(x) else None
    mean = std = None
    if entry.goalposts:
        low, high = spec.min, spec.max
    if len(x) == 0:
        values = x.copy()
    else:
        values = entry.kernel(x, better is Better.LOWER, spec.min, spec.max)
        if entry.needs_spread:
            reduced = tamed(x)
            factor = 1.0 if reduced is x else float(np.max(np.abs(x)))
            mean, std = float(reduced.mean()) * factor, float(reduced.std()) * factor
    if entry.takes_range and out_range != (0.0, 100.0):
        lo, hi = out_range
        values = lo + (hi - lo) * (values / 100.0)
    scale = Scale(method, better, low, high, (float(out_range[0]), float(out_range[1])), mean, std, len(x))
    return values, scale


def _all_but_equal(x: np.ndarray) -> bool:
    """Whether the values differ by rounding only (minmax would spread them over 0–100, zscore
    over 40–60). Values with a real spread are normalised as they are, to the last digit —
    what a spreadsheet recomputing the report's formulas gets."""
    import numpy as np

    if len(x) < 2 or not np.isfinite(x).all():
        return False
    return float(np.ptp(x)) <= SAME * float(np.max(np.abs(x)))


def merged(x: np.ndarray) -> np.ndarray:
    """``x`` with values that differ only by rounding made equal: values within ``SAME`` × the
    largest magnitude of the next smaller one take its value. Two candidates that both grew
    0.07 points (0.15 − 0.08 = 0.06999999999999999 and 0.08 − 0.01 = 0.07) are equal: minmax
    gives both 100 (all equal), rank averages them. Values not that close are left as they are."""
    import numpy as np

    if len(x) < 2:
        return x
    with np.errstate(over="ignore", invalid="ignore"):
        tolerance = SAME * float(np.max(np.abs(x)))
        order = np.argsort(x, kind="stable")
        ordered = x[order]
        gaps = np.diff(ordered)
    if not np.isfinite(tolerance) or not np.any((gaps > 0) & (gaps <= tolerance)):
        return x
    starts = np.r_[True, gaps > tolerance]
    first = np.flatnonzero(starts)
    run_of = np.cumsum(starts) - 1
    heads = ordered[first][run_of]
    if np.any(ordered - heads > tolerance):  # a chain of close values spanning more: run by run
        heads = ordered.copy()
        head = ordered[0]
        for k in range(1, len(ordered)):
            head = head if ordered[k] - head <= tolerance else ordered[k]
            heads[k] = head
    out = np.empty_like(x)
    out[order] = heads
    return out
