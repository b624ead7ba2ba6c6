"""How far the jurors agree: ICC(2,k) with its confidence interval, and Krippendorff's alpha.

Both statistics read a plain matrix ``scores[j][k]``: juror j's score of candidate k, or
``None`` when the juror abstained (NaN counts as ``None`` too; an abstention is never 0).
Rows must all have the same length. Nothing here reads files or prints.

**ICC(2,k)** (Shrout & Fleiss 1979; "ICC(A,k)" in McGraw & Wong 1996): two-way random
effects, absolute agreement, the reliability of the mean of the k jurors. On a complete
n candidates × k jurors table y_ij, with row (candidate) means ȳ_i., column (juror) means
ȳ_.j and grand mean ȳ:

    SSR = k Σ_i (ȳ_i. − ȳ)²           MSR = SSR / (n − 1)              ("BMS" in S & F)
    SSC = n Σ_j (ȳ_.j − ȳ)²           MSC = SSC / (k − 1)              ("JMS")
    SSE = Σ_ij (y_ij − ȳ_i. − ȳ_.j + ȳ)²   MSE = SSE / ((n − 1)(k − 1))   ("EMS")

    ICC(2,k) = (MSR − MSE) / (MSR + (MSC − MSE) / n)
    ICC(2,1) = (MSR − MSE) / (MSR + (k − 1) MSE + k (MSC − MSE) / n)     (one juror)

ICC(2,k) is the Spearman–Brown step-up of ICC(2,1): ICC(2,k) = k ρ / (1 + (k − 1) ρ), ρ = ICC(2,1).

Confidence interval at level 1 − α (α = 0.05 for 95 %; McGraw & Wong 1996, Table 7, case 2A):

    F_L = F⁻¹(1 − α/2; n − 1, v)        F_U = F⁻¹(1 − α/2; v, n − 1)
    low  = n (MSR − F_L MSE) / (F_L (MSC − MSE) + n MSR)
    high = n (F_U MSR − MSE) / (MSC − MSE + n F_U MSR)

with Satterthwaite's approximate degrees of freedom, ρ̂ = ICC(2,1) (the *single*-juror value):

    v = (a MSC + b MSE)² / ((a MSC)² / (k − 1) + (b MSE)² / ((n − 1)(k − 1)))
    a = k ρ̂ / (n (1 − ρ̂)),   b = 1 + k ρ̂ (n − 1) / (n (1 − ρ̂))

(Written with ρ̂_k = ICC(2,k) instead, a = ρ̂_k / (n (1 − ρ̂_k)) and b = 1 + ρ̂_k (n − 1) /
(n (1 − ρ̂_k)), without the factor k: the same numbers, since ρ̂_k / (1 − ρ̂_k) = k ρ̂ / (1 − ρ̂).
Mixing the two forms is the classic mistake. Shrout & Fleiss give the same v in terms of
F_J = MSC / MSE, and the same bounds as the Spearman–Brown step-up of their ICC(2,1) bounds.)
The code multiplies a and b by n (1 − ρ̂), which leaves v unchanged and avoids dividing by
1 − ρ̂ = 0:

    A = k ρ̂ MSC,   B = (n + (kn − k − n) ρ̂) MSE,   v = (k − 1)(n − 1)(A + B)² / ((n − 1) A² + B²)

Substituting ρ̂ gives A + B = n k MSR (MSC + (n − 1) MSE) / (n MSR + k MSC + (kn − k − n) MSE),
so the numerator of v vanishes in exactly two cases, where the bounds no longer depend on F:

* MSC = MSE = 0 (every juror gives each candidate the same score; v = 0/0): both bounds
  are n MSR / (n MSR) = 1, so low = high = 1;
* MSR = 0 (every candidate has the same mean score; ICC(2,k) ≤ 0; v = 0): an F with 0
  degrees of freedom has no quantiles, so low = high = None.

Here "= 0" means at most 1e-12 of the other mean squares (zero up to rounding). Likewise
MSC − MSE counts as 0 when within 1e-12 of MSC + MSE, in the bounds and in both ICCs: the
mean squares carry rounding errors of about 1e-16 of their size, and F_L can reach 10¹⁵
when ρ̂ < 0, enough to flip the sign of a bound.

The bounds are not clipped to [−1, 1], but both are None unless low ≤ ICC(2,k) ≤ high
(to 1e-9) with both finite: when MSC < MSE and F_L is large (few candidates),
F_L (MSC − MSE) + n MSR turns negative, the formula has passed its pole and its "lower
bound" comes out above 1 (pingouin 0.7 prints such pairs as they come).

*Abstentions.* ICC needs a complete table, so it uses the largest complete sub-table: among
the sets S of at least two jurors, with C(S) the candidates scored by every juror in S (at
least two), the one with the most cells |S| × |C(S)|; on a tie, the one with more jurors
(the panel's result is the mean over its jurors, which is what ICC(2,k) is about), then the
one whose kept juror numbers come first in order (sorted, compared as tuples). Only "closed"
sets S (no juror outside S scored all of C(S)) can win, and they are exactly the
intersections of the candidates' "scored by" sets, so the search enumerates those (at most
2^k of them; the panel has at most nine jurors). The result lists the jurors and candidates
left out (0-based indices into the input).

``icc2k`` is None when fewer than two jurors or two candidates remain, when every remaining
score is the same (no variance: all mean squares are 0), or when the denominator
MSR + (MSC − MSE)/n — an estimate of k × the variance of a candidate's juror-mean, which
cannot be negative — is not positive (at most 1e-12 of MSR + (MSC + MSE)/n, i.e. zero up to
rounding); the quotient would then be meaningless (e.g. a Latin square 1 2 / 2 1 gives 0/0
for ICC(2,1) and n for ICC(2,k)).

**Krippendorff's alpha, interval metric** (Krippendorff 2011, "Computing Krippendorff's
Alpha-Reliability"), δ²(c, k) = (c − k)². The candidates are the units and the jurors the
coders; a unit with m_u ≥ 2 values is pairable, others are dropped; n = Σ m_u over the
pairable units. Coincidences: each ordered pair of values (c, k) from two different jurors
in unit u adds 1 / (m_u − 1) to o_ck; n_c = Σ_k o_ck.

    D_o = (1/n) Σ_c Σ_k o_ck δ²(c, k)
    D_e = 1 / (n (n − 1)) Σ_c Σ_k n_c n_k δ²(c, k)
    α = 1 − D_o / D_e

For δ² = (c − k)² the pair sums collapse, using Σ_{i≠j} (v_i − v_j)² = 2 m Σ_i (v_i − v̄)²
over any m values:

    D_o = (1/n) Σ_u 2 m_u SS_u / (m_u − 1),     SS_u = Σ (v − v̄_u)² within unit u
    D_e = 2 SS / (n − 1),                       SS = Σ (v − v̄)² over all n pairable values

α is None when no unit is pairable or D_e = 0 (every pairable value the same). α = 1 is
perfect agreement, 0 agreement at chance level; it can be negative.

**F quantile** (numpy has none, and scipy is not a dependency): the F(d1, d2) CDF is
I_x(d1/2, d2/2) with x = d1 f / (d1 f + d2), I the regularized incomplete beta function
(continued fraction, Numerical Recipes 3rd ed. §6.4, modified Lentz's method); the quantile
is found by bisection on log f to a relative width of 1e-12 (better than the 1e-10 needed).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

Scores = Sequence[Sequence[float | None]]

#: a denominator at most this fraction of the sum of its terms' sizes is zero up to rounding
_RELATIVE_ZERO = 1e-12


@dataclass(frozen=True)
class ICCResult:
    """ICC(2,k) of the complete sub-table used, with its confidence interval."""

    value: float  # ICC(2,k): reliability of the mean of the `jurors` jurors
    low: float | None  # confidence interval (None: undefined, see the module docstring)
    high: float | None
    single: float  # ICC(2,1): reliability of one juror
    candidates: int  # n, candidates used
    jurors: int  # k, jurors used
    dropped_jurors: tuple[int, ...]  # 0-based rows of `scores` left out
    dropped_candidates: tuple[int, ...]  # 0-based columns of `scores` left out
    ms_candidates: float  # MSR ("BMS")
    ms_jurors: float  # MSC ("JMS")
    ms_error: float  # MSE ("EMS")
    level: float = 0.95  # confidence level of low/high


def _difference(x: float, y: float) -> float:
    """x − y, or 0.0 when it is within 1e-12 of |x| + |y| (equal up to rounding)."""
    d = x - y
    return 0.0 if abs(d) <= _RELATIVE_ZERO * (abs(x) + abs(y)) else d


# ---- the matrix ---------------------------------------------------------------------------


def _as_matrix(scores: Scores) -> np.ndarray:
    """``scores`` as a float array juror × candidate with NaN for an abstention.

    Raises ValueError for rows of different lengths or an infinite score."""
    import numpy as np

    rows = [list(row) for row in scores]
    width = len(rows[0]) if rows else 0
    if any(len(row) != width for row in rows):
        raise ValueError("every juror's row must have one cell per candidate")
    matrix = np.array([[math.nan if v is None else float(v) for v in row] for row in rows],
                      dtype=float).reshape(len(rows), width)
    if np.isinf(matrix).any():
        raise ValueError("scores must be finite numbers or None")
    return matrix


def complete_subtable(scored: Sequence[Sequence[bool]]) -> tuple[list[int], list[int]] | None:
    """The jurors and candidates (0-based, ascending) of the largest complete sub-table.

    ``scored[j][k]`` says whether juror j scored candidate k. The rule (most cells, then
    most jurors, then the earliest jurors) is in the module docstring. None when no set of
    at least two jurors shares at least two candidates."""
    m = len(scored)
    n = len(scored[0]) if m else 0
    scored_by = [frozenset(j for j in range(m) if scored[j][k]) for k in range(n)]
    closed: set[frozenset[int]] = {frozenset(range(m))}
    for jurors in scored_by:
        closed |= {s & jurors for s in closed}
    best: tuple[tuple[int, int, list[int]], list[int], list[int]] | None = None
    for s in closed:
        kept = sorted(s)
        candidates = [k for k in range(n) if s <= scored_by[k]]
        if len(kept) < 2 or len(candidates) < 2:
            continue
        key = (-len(kept) * len(candidates), -len(kept), kept)
        if best is None or key < best[0]:
            best = (key, kept, candidates)
    return None if best is None else (best[1], best[2])


# ---- ICC(2,k) -------------------------------------------------------------------------------


def icc2k(scores: Scores, level: float = 0.95) -> ICCResult | None:
    """ICC(2,k), two-way random effects, absolute agreement, mean of k jurors, with its CI.

    ``scores[j][k]``: juror j's score of candidate k, None for an abstention. Formulas, the
    abstention rule and when the result is None are in the module docstring."""
    import numpy as np

    if not 0 < level < 1:
        raise ValueError("level must be between 0 and 1")
    matrix = _as_matrix(scores)
    chosen = complete_subtable((~np.isnan(matrix)).tolist())
    if chosen is None:
        return None
    jurors, candidates = chosen
    y = matrix[np.ix_(jurors, candidates)].T  # n candidates × k jurors
    n, k = y.shape
    if np.ptp(y) == 0:
        return None
    y = y - y.mean()
    row = y.mean(axis=1, keepdims=True)
    col = y.mean(axis=0, keepdims=True)
    msr = float(k * np.sum(row**2) / (n - 1))
    msc = float(n * np.sum(col**2) / (k - 1))
    mse = float(np.sum((y - row - col) ** 2) / ((n - 1) * (k - 1)))

    jurors_minus_error = _difference(msc, mse)
    denominator = msr + jurors_minus_error / n
    if denominator <= _RELATIVE_ZERO * (msr + (msc + mse) / n):
        return None
    value = (msr - mse) / denominator
    single = (msr - mse) / (msr + (k - 1) * mse + k * jurors_minus_error / n)
    low, high = _icc2k_interval(msr, msc, mse, n, k, single, level)
    if low is None or high is None or not low - 1e-9 <= value <= high + 1e-9:
        low = high = None
    return ICCResult(
        value=value, low=low, high=high, single=single, candidates=n, jurors=k,
        dropped_jurors=tuple(j for j in range(matrix.shape[0]) if j not in jurors),
        dropped_candidates=tuple(c for c in range(matrix.shape[1]) if c not in candidates),
        ms_candidates=msr, ms_jurors=msc, ms_error=mse, level=level,
    )


def _icc2k_interval(msr: float, msc: float, mse: float, n: int, k: int, single: float,
                    level: float) -> tuple[float | None, float | None]:
    """McGraw & Wong's bounds for ICC(A,k) with Satterthwaite's v (module docstring)."""
    if msc + mse <= _RELATIVE_ZERO * msr:
        return 1.0, 1.0
    if msr <= _RELATIVE_ZERO * (msc + mse):
        return None, None
    a = k * single * msc
    b = (n + (k * n - k - n) * single) * mse
    spread = (n - 1) * a**2 + b**2
    if spread <= 0:  # a = b = 0 needs MSR = 0 or MSC = MSE = 0, handled above; kept as a guard
        return None, None
    v = (k - 1) * (n - 1) * (a + b) ** 2 / spread
    upper_tail = 1 - (1 - level) / 2
    f_l = _f_quantile(upper_tail, n - 1, v)
    f_u = _f_quantile(upper_tail, v, n - 1)
    jurors_minus_error = _difference(msc, mse)
    low_denominator = f_l * jurors_minus_error + n * msr
    high_denominator = jurors_minus_error + n * f_u * msr
    if low_denominator == 0 or high_denominator == 0:
        return None, None
    low = n * (msr - f_l * mse) / low_denominator
    high = n * (f_u * msr - mse) / high_denominator
    return (low, high) if math.isfinite(low) and math.isfinite(high) else (None, None)


# ---- Krippendorff's alpha (interval) ----------------------------------------------------------


def krippendorff_alpha_interval(scores: Scores) -> float | None:
    """Krippendorff's alpha with the interval metric δ² = (c − k)²; abstentions allowed.

    ``scores[j][k]``: juror (coder) j's score of candidate (unit) k, None for an abstention.
    Units with fewer than two scores are not pairable and are left out. None when nothing is
    pairable or every pairable score is the same (D_e = 0)."""
    import numpy as np

    matrix = _as_matrix(scores)
    units = [col[~np.isnan(col)] for col in matrix.T]
    units = [u for u in units if u.size >= 2]
    if not units:
        return None
    values = np.concatenate(units)
    if np.ptp(values) == 0:
        return None
    n = int(values.size)
    within = 0.0  # Σ_u 2 m_u SS_u / (m_u − 1)
    for u in units:
        m_u = int(u.size)
        within += 2 * m_u * float(np.sum((u - u.mean()) ** 2)) / (m_u - 1)
    d_o = within / n
    d_e = 2 * float(np.sum((values - values.mean()) ** 2)) / (n - 1)
    return 1 - d_o / d_e


# ---- the F distribution -----------------------------------------------------------------------

_BETACF_MAX_ITERATIONS = 10_000
_BETACF_EPS = 1e-15
_FPMIN = 1e-300


def _betacf(a: float, b: float, x: float) -> float:
    """The continued fraction of I_x(a, b), by the modified Lentz method (NR §6.4):

        I_x(a, b) = x^a (1 − x)^b / (a B(a, b)) × 1 / (1 + d_1 / (1 + d_2 / (1 + …)))
        d_2m+1 = −(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1))
        d_2m   = m (b − m) x / ((a + 2m − 1)(a + 2m))

    Converges fast for x < (a + 1) / (a + b + 2)."""
    qab, qap, qam = a + b, a + 1, a - 1
    c = 1.0
    d = 1 - qab * x / qap
    d = 1 / (d if abs(d) >= _FPMIN else _FPMIN)
    h = d
    for m in range(1, _BETACF_MAX_ITERATIONS + 1):
        m2 = 2 * m
        for aa in (m * (b - m) * x / ((qam + m2) * (a + m2)),
                   -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))):
            d = 1 + aa * d
            d = 1 / (d if abs(d) >= _FPMIN else _FPMIN)
            c = 1 + aa / c
            c = c if abs(c) >= _FPMIN else _FPMIN
            step = d * c
            h *= step
        if abs(step - 1) < _BETACF_EPS:
            return h
    raise ArithmeticError(f"incomplete beta: no convergence for a={a}, b={b}, x={x}")


def _regularized_beta(x: float, a: float, b: float) -> float:
    """I_x(a, b) = B(x; a, b) / B(a, b) for 0 ≤ x ≤ 1, a, b > 0 (NR §6.4).

    Uses the continued fraction directly for x < (a + 1)/(a + b + 2), otherwise through the
    symmetry I_x(a, b) = 1 − I_{1−x}(b, a)."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    log_front = (math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
                 + a * math.log(x) + b * math.log1p(-x))
    front = math.exp(log_front)
    if x < (a + 1) / (a + b + 2):
        return front * _betacf(a, b, x) / a
    return 1 - front * _betacf(b, a, 1 - x) / b


def _f_cdf(f: float, d1: float, d2: float) -> float:
    """P(F ≤ f) for F ~ F(d1, d2): I_x(d1/2, d2/2) with x = d1 f / (d1 f + d2).

    For x > 1/2 it is 1 − I_y(d2/2, d1/2) with y = 1 − x = d2 / (d1 f + d2) computed
    directly: 1 − x would lose y's digits (all of them once x rounds to 1)."""
    if f <= 0:
        return 0.0
    x, y = d1 * f / (d1 * f + d2), d2 / (d1 * f + d2)
    if x <= 0.5:
        return _regularized_beta(x, d1 / 2, d2 / 2)
    return 1 - _regularized_beta(y, d2 / 2, d1 / 2)


def _f_quantile(p: float, d1: float, d2: float) -> float:
    """The f with P(F ≤ f) = p for F ~ F(d1, d2), 0 < p < 1, d1, d2 > 0 (not necessarily
    whole numbers: v above is not).

    Bisection on t = ln f: the bracket starts at [−1, 1], doubles outwards until it holds
    the answer (giving up past |t| = 512 with 0 or inf: exp(±1024) is out of float range)
    and is halved until narrower than 1e-12, i.e. f to a relative 1e-12. (Against
    scipy.stats.f.ppf the result agrees to a relative 2e-12 for degrees of freedom 0.5–500.)"""
    if not 0 < p < 1:
        raise ValueError("p must be between 0 and 1")
    lo, hi = -1.0, 1.0
    while _f_cdf(math.exp(lo), d1, d2) > p:
        lo *= 2
        if lo < -512:
            return 0.0
    while _f_cdf(math.exp(hi), d1, d2) < p:
        hi *= 2
        if hi > 512:
            return math.inf
    while hi - lo > 1e-12:
        mid = (lo + hi) / 2
        if _f_cdf(math.exp(mid), d1, d2) < p:
            lo = mid
        else:
            hi = mid
    return math.exp((lo + hi) / 2)
