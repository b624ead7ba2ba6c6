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
