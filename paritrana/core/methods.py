"""The normalisation methods: one entry each, the single place a method is defined.

An entry holds the method's kernel (raw values of one group → 0–100, higher is better), its
input rule, whether it takes ``range:`` and goalposts, its Excel formula (the Breakdown sheet
writes it over the raw cells) and the keys of the sentence ``explain`` uses for it. The
sensitivity analysis offers every method but ``none`` as an alternative. Adding a method is
one entry here and its tests.

Light on purpose: no pydantic and no numpy at import (the CLI lists ``METHOD_NAMES``).

Kernels (x: the eligible candidates of one group, no NaN; ``lower``: ``better: lower``):

- ``minmax``: 100·(x − min)/(max − min); lower: 100·(max − x)/(max − min); all equal → 100.
- ``target``: the same with fixed goalposts lo/hi, clipped to 0–100.
- ``ratio_to_max``: 100·x/max; lower: 100·min/x. A zero denominator gives 100 where the
  candidate is itself the best (x = max = 0, or x = min = 0) and 0 otherwise. x ≥ 0.
- ``rank``: 100·(r − 1)/(n − 1), r the ascending rank with ties averaged; n = 1 → 100.
- ``zscore``: 50 + 10·z (a T-score, population std); lower: 50 − 10·z; zero spread → 50.
- ``none``: x as given.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


class Method(StrEnum):
    MINMAX = "minmax"
    TARGET = "target"
    RATIO_TO_MAX = "ratio_to_max"
    RANK = "rank"
    ZSCORE = "zscore"
    NONE = "none"

    @property
    def spec(self) -> MethodSpec:
        return METHODS[self]

    @property
    def bounded(self) -> bool:
        """Whether the method's result lies in 0–100, so that ``range:`` can rescale it."""
        return METHODS[self].takes_range


class Better(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"


# ---- kernels -------------------------------------------------------------------------------

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
    ranks = average_ranks(-x if lower else x)
    return 100.0 * (ranks - 1.0) / (n - 1)


def zscore(x: np.ndarray, lower: bool) -> np.ndarray:
    """50 + 10·z (a T-score, population std); lower: 50 − 10·z; zero spread → 50."""
    import numpy as np

    if x.max() == x.min():  # no spread; np.std of equal values can round to 1e-17, not 0
        return np.full_like(x, 50.0)
    x = tamed(x)
    z = (x - float(x.mean())) / float(x.std())
    return 50.0 - 10.0 * z if lower else 50.0 + 10.0 * z


def tamed(x: np.ndarray) -> np.ndarray:
    """``x`` divided by its largest magnitude when its mean or spread would overflow, or its
    spread underflow to 0 (a z-score does not change with the scale), else ``x`` itself."""
    import numpy as np

    with np.errstate(over="ignore", invalid="ignore", under="ignore"):
        std = x.std()
        if np.isfinite(x.mean()) and np.isfinite(std) and (std > 0 or x.max() == x.min()):
            return x
    return x / float(np.max(np.abs(x)))


def average_ranks(x: np.ndarray) -> np.ndarray:
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


# ---- Excel formulas (the Breakdown sheet) ---------------------------------------------------

@dataclass(frozen=True)
class ExcelCells:
    """Cell references of one normalised value: the raw value, the group's min and max (or
    the goalposts), the group's block of raw values, and its mean and spread (zscore)."""

    raw: str
    low: str
    high: str
    block: str
    mean: str | None = None
    std: str | None = None


def _minmax_excel(c: ExcelCells, lower: bool) -> str:
    part = f"{c.high}-{c.raw}" if lower else f"{c.raw}-{c.low}"
    return f"IF({c.high}={c.low},100,100*({part})/({c.high}-{c.low}))"


def _target_excel(c: ExcelCells, lower: bool) -> str:
    part = f"({c.high}-{c.raw})" if lower else f"({c.raw}-{c.low})"
    return f"MAX(0,MIN(100,100*{part}/({c.high}-{c.low})))"


def _ratio_excel(c: ExcelCells, lower: bool) -> str:
    return f"IF({c.raw}={c.low},100,100*{c.low}/{c.raw})" if lower else f"IF({c.high}=0,100,100*{c.raw}/{c.high})"


def _rank_excel(c: ExcelCells, lower: bool) -> str:
    r = f"(RANK({c.raw},{c.block},{0 if lower else 1})+(COUNTIF({c.block},{c.raw})-1)/2)"
    return f"IF(COUNT({c.block})=1,100,100*({r}-1)/(COUNT({c.block})-1))"


def _zscore_excel(c: ExcelCells, lower: bool) -> str:
    return f"IF({c.high}={c.low},50,50{'-' if lower else '+'}10*({c.raw}-{c.mean})/{c.std})"


def _none_excel(c: ExcelCells, lower: bool) -> str:
    return c.raw


# ---- the registry ---------------------------------------------------------------------------

Kernel = Callable[["np.ndarray", bool, float | None, float | None], "np.ndarray"]


@dataclass(frozen=True)
class MethodSpec:
    """One normalisation method.

    ``kernel(x, lower, lo, hi)`` (lo/hi: the goalposts, for ``target``); ``takes_range``: the
    result lies in 0–100 and ``range: [lo, hi]`` rescales it; ``goalposts``: needs ``min``
    and ``max``; ``nonnegative``: every input value must be ≥ 0; ``constant``: the value every
    candidate gets when all values are equal (None: it depends); ``excel(cells, lower)``: the
    Excel expression before any ``range``; ``explain``: the ``explain`` sentence keys for
    higher and lower is better; ``clips``: values beyond the goalposts are clipped."""

    method: Method
    kernel: Kernel
    takes_range: bool
    excel: Callable[[ExcelCells, bool], str]
    explain: tuple[str, str]
    goalposts: bool = False
    nonnegative: bool = False
    constant: float | None = None
    clips: bool = False
    needs_spread: bool = False  # the Excel formula reads the group's mean and spread


def _target_kernel(x: np.ndarray, lower: bool, lo: float | None, hi: float | None) -> np.ndarray:
    assert lo is not None and hi is not None
    return target(x, lower, lo, hi)


def _none_kernel(x: np.ndarray, lower: bool, lo: float | None, hi: float | None) -> np.ndarray:
    return x.copy()


METHODS: dict[Method, MethodSpec] = {
    spec.method: spec for spec in (
        MethodSpec(Method.MINMAX, lambda x, lower, lo, hi: minmax(x, lower), True, _minmax_excel,
                   ("e_minmax", "e_minmax"), constant=100.0),
        MethodSpec(Method.TARGET, _target_kernel, True, _target_excel, ("e_target", "e_target"), goalposts=True,
                   clips=True),
        MethodSpec(Method.RATIO_TO_MAX, lambda x, lower, lo, hi: ratio_to_max(x, lower), True, _ratio_excel,
                   ("e_ratio_max", "e_ratio_min"), nonnegative=True),
        MethodSpec(Method.RANK, lambda x, lower, lo, hi: rank_scale(x, lower), True, _rank_excel,
                   ("e_rank", "e_rank")),
        MethodSpec(Method.ZSCORE, lambda x, lower, lo, hi: zscore(x, lower), False, _zscore_excel,
                   ("e_zscore", "e_zscore"), constant=50.0, needs_spread=True),
        MethodSpec(Method.NONE, _none_kernel, False, _none_excel, ("e_none", "e_none")),
    )
}
METHOD_NAMES: tuple[str, ...] = tuple(m.value for m in Method)
# The methods sensitivity --methods may draw (``none`` would put raw values beside 0–100 ones).
ALTERNATIVES: tuple[str, ...] = tuple(m.value for m in Method if m is not Method.NONE)


def first_negative(method: Method, x: np.ndarray) -> int | None:
    """The index of the first value the method refuses (a negative one for ``ratio_to_max``)."""
    import numpy as np

    if not METHODS[method].nonnegative:
        return None
    bad = np.flatnonzero(x < 0)
    return int(bad[0]) if len(bad) else None


def excel_formula(method: Method, cells: ExcelCells, lower: bool, out_range: tuple[float, float],
                  number: Callable[[float], str]) -> str:
    """The Excel expression (without ``=``) of one normalised value, ``range`` applied;
    ``number`` writes a constant as Excel reads it."""
    spec = METHODS[method]
    inner = spec.excel(cells, lower)
    lo, hi = out_range
    if spec.takes_range and (lo, hi) != (0.0, 100.0):
        return f"{number(lo)}+{number(hi - lo)}*({inner})/100"
    return inner
