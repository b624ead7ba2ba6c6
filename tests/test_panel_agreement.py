"""Inter-rater agreement: ICC(2,k) with its 95 % interval, Krippendorff's alpha (interval), the F quantile.

Matrices are juror × candidate (``scores[j][k]``), None = abstention.
"""

from __future__ import annotations

import math
import random
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from paritrana.panel.agreement import (
    _f_cdf,
    _f_quantile,
    _regularized_beta,
    complete_subtable,
    icc2k,
    krippendorff_alpha_interval,
)


def columns(rows_per_candidate: list[list[float]]) -> list[list[float]]:
    """Transpose a candidate × juror table (as papers print it) to juror × candidate."""
    return [list(col) for col in zip(*rows_per_candidate, strict=True)]


# ---- ICC(2,k): Shrout & Fleiss (1979), Table 2 -----------------------------------------------

# 6 targets (candidates) × 4 judges (jurors), one row per target.
SHROUT_FLEISS = columns([
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
])
# Grand total 127 over N = 24 cells, Σy² = 841, CF = 127²/24 = 16129/24.
# Target totals 24 12 26 16 30 19; judge totals 46 15 26 40.
#   SS targets = (24² + … + 19²)/4 − CF = 2913/4 − 16129/24 = 1349/24,  df 5
#   SS judges  = (46² + 15² + 26² + 40²)/6 − CF = 4617/6 − 16129/24 = 2339/24,  df 3
#   SS total   = 841 − 16129/24 = 4055/24;  SS error = (4055 − 1349 − 2339)/24 = 367/24,  df 15
# ANOVA table (Shrout & Fleiss print it rounded: BMS 11.24, JMS 32.49, EMS 1.02):
#   BMS = 1349/120 = 11.2417    JMS = 2339/72 = 32.4861    EMS = 367/360 = 1.0194
# ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS)/n)
#          = (3680/360) / (35610/2160) = 736/1187 = 0.6201          (paper: 0.62)
# ICC(2,1) = (BMS − EMS) / (BMS + (k − 1) EMS + k (JMS − EMS)/n)
#          = 22080/76200 = 184/635 = 0.2898                          (paper: 0.29)


def test_icc_shrout_fleiss_anova_table():
    r = icc2k(SHROUT_FLEISS)
    assert r is not None
    assert (r.candidates, r.jurors) == (6, 4)
    assert r.ms_candidates == pytest.approx(1349 / 120)
    assert r.ms_jurors == pytest.approx(2339 / 72)
    assert r.ms_error == pytest.approx(367 / 360)


def test_icc2k_shrout_fleiss_value():
    r = icc2k(SHROUT_FLEISS)
    assert r is not None
    assert r.value == pytest.approx(736 / 1187)
    assert round(r.value, 3) == 0.620


def test_icc21_shrout_fleiss_value():
    r = icc2k(SHROUT_FLEISS)
    assert r is not None
    assert r.single == pytest.approx(184 / 635)
    assert round(r.single, 3) == 0.290


def test_icc2k_shrout_fleiss_interval():
    # Second route: Shrout & Fleiss's bounds for ICC(2,1) with scipy.stats.f.ppf (scipy 1.17),
    # then the Spearman–Brown step-up k L / (1 + (k − 1) L):
    #   F_J = JMS/EMS = 31.866;  v = 4.785;  F(0.975; 5, 4.785) = 7.4986, F(0.975; 4.785, 5) = 7.1907
    #   ICC(2,1) in [0.01879, 0.76108]  →  ICC(2,k) in [0.07114, 0.92723]
    # pingouin 0.7 prints the same interval rounded: [0.07, 0.93].
    r = icc2k(SHROUT_FLEISS)
    assert r is not None
    assert r.low == pytest.approx(0.0711368, abs=5e-7)
    assert r.high == pytest.approx(0.9272320, abs=5e-7)


def test_icc2k_interval_is_spearman_brown_of_the_single_juror_interval():
    # The same interval by the Shrout & Fleiss route, but with this module's F quantile:
    # the ICC(2,1) bounds stepped up must equal McGraw & Wong's ICC(A,k) bounds.
    r = icc2k(SHROUT_FLEISS)
    assert r is not None
    n, k = 6, 4
    bms, jms, ems, rho = r.ms_candidates, r.ms_jurors, r.ms_error, r.single
    fj = jms / ems
    v = ((k - 1) * (n - 1) * (k * rho * fj + n * (1 + (k - 1) * rho) - k * rho) ** 2
         / ((n - 1) * k**2 * rho**2 * fj**2 + (n * (1 + (k - 1) * rho) - k * rho) ** 2))
    assert v == pytest.approx(4.785, abs=5e-4)
    f_star, f_star2 = _f_quantile(0.975, n - 1, v), _f_quantile(0.975, v, n - 1)
    low1 = n * (bms - f_star * ems) / (f_star * (k * jms + (k * n - k - n) * ems) + n * bms)
    high1 = n * (f_star2 * bms - ems) / (k * jms + (k * n - k - n) * ems + n * f_star2 * bms)
    assert r.low == pytest.approx(k * low1 / (1 + (k - 1) * low1))
    assert r.high == pytest.approx(k * high1 / (1 + (k - 1) * high1))


def test_icc_lower_level_gives_a_narrower_interval():
    wide, narrow = icc2k(SHROUT_FLEISS, level=0.95), icc2k(SHROUT_FLEISS, level=0.80)
    assert wide is not None and narrow is not None
    assert wide.low < narrow.low < narrow.value < narrow.high < wide.high


def test_icc2k_shrout_fleiss_with_an_abstaining_juror_is_the_published_value():
    # A fifth judge who abstained on two targets: dropping that judge keeps 6 × 4 = 24 cells,
    # dropping the two targets 4 × 5 = 20, so the published table is what is left: ICC(2,k) = 0.62
    # with the interval [0.071, 0.927] of the complete table (Shrout & Fleiss 1979, Table 2).
    scores = [*SHROUT_FLEISS, [None, None, 5, 5, 5, 5]]
    r = icc2k(scores)
    assert r is not None and r.dropped_jurors == (4,) and r.dropped_candidates == ()
    assert (round(r.value, 3), round(r.low, 3), round(r.high, 3)) == (0.620, 0.071, 0.927)


# ---- Krippendorff's alpha: Krippendorff (2011), 4 coders × 12 units with missing values ------

KRIPPENDORFF = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],  # coder A
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],        # coder B
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],     # coder C
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],        # coder D
]
# Unit 12 has one value (B's 3): not pairable, so n = 40 pairable values. Published alphas:
# nominal 0.743, ordinal 0.815, interval 0.849, ratio 0.797.


def test_alpha_interval_krippendorff_2011_example():
    alpha = krippendorff_alpha_interval(KRIPPENDORFF)
    assert alpha is not None
    assert round(alpha, 3) == 0.849


def test_alpha_interval_krippendorff_2011_binary_example_without_missing_values():
    # Krippendorff (2011), section A: two observers, ten units, no missing values; alpha = 0.095.
    # The paper computes it as nominal; for values 0 and 1 the interval metric (c − k)² is the
    # same 0/1 difference, so the interval alpha is the same number:
    #   o_01 = o_10 = 4, n_0 = 14, n_1 = 6, n = 20;  α = 1 − (n − 1) o_01 / (n_0 n_1) = 1 − 76/84 = 0.0952
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    alpha = krippendorff_alpha_interval([a, b])
    assert alpha == pytest.approx(1 - 76 / 84) and round(alpha, 3) == 0.095


def test_alpha_ignores_a_unit_scored_by_one_coder():
    # Unit 12 is not pairable: removing it changes nothing.
    without = [row[:11] for row in KRIPPENDORFF]
    assert krippendorff_alpha_interval(without) == pytest.approx(krippendorff_alpha_interval(KRIPPENDORFF))


# ---- abstentions -------------------------------------------------------------------------------

# 3 jurors × 4 candidates, complete.
PANEL = [
    [1, 2, 3, 5],  # J1
    [2, 2, 4, 5],  # J2
    [1, 3, 3, 4],  # J3
]


def test_icc_complete_panel_hand_worked():
    # Candidates (rows): 1 2 1 | 2 2 3 | 3 4 3 | 5 5 4; totals 4 7 10 14; jurors 11 13 11.
    # Total 35, N = 12, CF = 1225/12, Σy² = 123.
    #   SSR = (16 + 49 + 100 + 196)/3 − CF = 219/12 → MSR = 219/36 = 73/12
    #   SSC = (121 + 169 + 121)/4 − CF = 8/12   → MSC = 1/3
    #   SSE = 251/12 − 219/12 − 8/12 = 2       → MSE = 2/6 = 1/3
    #   ICC(2,k) = (73/12 − 1/3) / (73/12 + (1/3 − 1/3)/4) = 69/73
    r = icc2k(PANEL)
    assert r is not None
    assert r.value == pytest.approx(69 / 73)
    assert (r.dropped_jurors, r.dropped_candidates) == ((), ())


def test_icc_drops_the_candidate_a_juror_abstained_on():
    # J3 abstains on candidate 4. Dropping candidate 4 keeps 3 × 3 = 9 cells, dropping J3 only
    # 2 × 4 = 8, so candidate 4 goes. On the 3 × 3 table (rows 1 2 1 | 2 2 3 | 3 4 3):
    #   total 21, CF = 49, Σy² = 57 → SST = 8
    #   SSR = (16 + 49 + 100)/3 − 49 = 6 → MSR = 3
    #   SSC = (36 + 64 + 49)/3 − 49 = 2/3 → MSC = 1/3
    #   SSE = 8 − 6 − 2/3 = 4/3 → MSE = 1/3
    #   ICC(2,k) = (3 − 1/3) / 3 = 8/9
    scores = [row[:] for row in PANEL]
    scores[2][3] = None
    r = icc2k(scores)
    assert r is not None
    assert (r.jurors, r.candidates) == (3, 3)
    assert (r.dropped_jurors, r.dropped_candidates) == ((), (3,))
    assert r.value == pytest.approx(8 / 9)


def test_icc_drops_the_juror_who_abstained_most():
    # J3 abstains on candidates 3 and 4: dropping J3 keeps 2 × 4 = 8 cells, dropping the two
    # candidates 3 × 2 = 6. On J1, J2 (rows 1 2 | 2 2 | 3 4 | 5 5):
    #   total 24, CF = 72, Σy² = 88 → SST = 16
    #   SSR = (9 + 16 + 49 + 100)/2 − 72 = 15 → MSR = 5
    #   SSC = (121 + 169)/4 − 72 = 1/2 → MSC = 1/2
    #   SSE = 16 − 15 − 1/2 = 1/2 → MSE = 1/6
    #   ICC(2,k) = (5 − 1/6) / (5 + (1/2 − 1/6)/4) = (29/6) / (61/12) = 58/61
    scores = [row[:] for row in PANEL]
    scores[2][2] = scores[2][3] = None
    r = icc2k(scores)
    assert r is not None
    assert (r.dropped_jurors, r.dropped_candidates) == ((2,), ())
    assert r.value == pytest.approx(58 / 61)


def test_complete_subtable_tie_keeps_more_jurors():
    # 3 × 3, J3 misses candidate 3: {J1, J2} × 3 candidates and {J1, J2, J3} × 2 candidates
    # both have 6 cells; the one with more jurors wins.
    scored = [[True, True, True], [True, True, True], [True, True, False]]
    assert complete_subtable(scored) == ([0, 1, 2], [0, 1])


def test_complete_subtable_tie_keeps_the_earlier_jurors():
    # J2 misses candidate 1, J3 misses candidate 2: {J1, J2} × {2, 3} and {J1, J3} × {1, 3}
    # both have 4 cells and 2 jurors; the earlier jurors (J1, J2) win.
    scored = [[True, True, True], [False, True, True], [True, False, True]]
    assert complete_subtable(scored) == ([0, 1], [1, 2])


def test_alpha_complete_panel_hand_worked():
    # Units (candidates) 1 2 1 | 2 2 3 | 3 4 3 | 5 5 4: each has SS_u = 2/3 (a, a, a ± 1), m_u = 3
    #   Σ_u 2 m_u SS_u / (m_u − 1) = 4 × 2 = 8, n = 12 → D_o = 8/12 = 2/3
    #   pooled: sum 35, Σv² = 123 → SS = 123 − 1225/12 = 251/12 → D_e = 2 SS / 11 = 251/66
    #   α = 1 − (2/3) / (251/66) = 1 − 44/251 = 207/251
    assert krippendorff_alpha_interval(PANEL) == pytest.approx(207 / 251)


def test_alpha_uses_every_pairable_value_despite_an_abstention():
    # J3 abstains on candidate 4, which keeps J1's and J2's 5 and 5 (SS_u = 0, m_u = 2):
    #   Σ_u = 2 + 2 + 2 + 0 = 6, n = 11 → D_o = 6/11
    #   pooled: sum 31, Σv² = 107 → SS = 107 − 961/11 = 216/11 → D_e = 2 SS / 10 = 216/55
    #   α = 1 − (6/11) / (216/55) = 1 − 5/36 = 31/36
    # (ICC would drop candidate 4 altogether; alpha keeps its two scores.)
    scores = [row[:] for row in PANEL]
    scores[2][3] = None
    assert krippendorff_alpha_interval(scores) == pytest.approx(31 / 36)


def test_nan_counts_as_an_abstention():
    with_none = [row[:] for row in PANEL]
    with_none[2][3] = None
    with_nan = [row[:] for row in PANEL]
    with_nan[2][3] = math.nan
    assert krippendorff_alpha_interval(with_nan) == krippendorff_alpha_interval(with_none)
    assert icc2k(with_nan) == icc2k(with_none)


def test_rows_of_different_lengths_are_refused():
    with pytest.raises(ValueError):
        icc2k([[1, 2, 3], [1, 2]])
    with pytest.raises(ValueError):
        krippendorff_alpha_interval([[1, 2, 3], [1, 2]])


# ---- edge cases -----------------------------------------------------------------------------

# Every juror gives each candidate the same score; the candidates differ.
UNANIMOUS = [[3, 7, 5, 9], [3, 7, 5, 9], [3, 7, 5, 9]]


def test_perfect_agreement_icc_is_one_with_a_point_interval():
    # MSE = MSC = 0, so ICC = MSR / MSR = 1 and both bounds are n MSR / (n MSR) = 1.
    r = icc2k(UNANIMOUS)
    assert r is not None
    assert (r.value, r.single, r.low, r.high) == (1.0, 1.0, 1.0, 1.0)


def test_perfect_agreement_alpha_is_one():
    assert krippendorff_alpha_interval(UNANIMOUS) == 1.0


def test_one_juror_gives_none():
    assert icc2k([[1, 2, 3]]) is None
    assert krippendorff_alpha_interval([[1, 2, 3]]) is None


def test_one_candidate_gives_no_icc():
    assert icc2k([[1], [2], [3]]) is None


def test_constant_scores_give_none():
    constant = [[5, 5, 5], [5, 5, 5]]
    assert icc2k(constant) is None
    assert krippendorff_alpha_interval(constant) is None


def test_constant_decimal_scores_give_none_despite_rounding():
    # 15 × 7.3 minus their float mean leaves residues of 1e-15: mean squares of rounding noise,
    # whose ratio would be an arbitrary "ICC". Equal scores are caught before any arithmetic.
    constant = [[7.3] * 5] * 3
    assert icc2k(constant) is None
    assert krippendorff_alpha_interval(constant) is None


def test_all_abstentions_give_none():
    blank = [[None, None], [None, None]]
    assert icc2k(blank) is None
    assert krippendorff_alpha_interval(blank) is None
    assert icc2k([]) is None
    assert krippendorff_alpha_interval([]) is None


def test_icc_none_when_the_denominator_vanishes():
    # Latin square 1 2 / 2 1: candidate means and juror means are all 1.5, so MSR = MSC = 0,
    # MSE = 1, and MSR + (MSC − MSE)/n = −1/2 < 0: ICC(2,k) would come out as n = 2.
    assert icc2k([[1, 2], [2, 1]]) is None


def test_icc_has_no_interval_when_every_candidate_has_the_same_mean():
    # J1: 1 1, J2: 5 4, J3: 9 10 → both candidates total 15, so MSR = 0 and v = 0 (an F with no
    # degrees of freedom). Grand mean 5; juror means 1, 4.5, 9.5:
    #   SSC = 2 × (16 + 0.25 + 20.25) = 73 → MSC = 36.5;  SST = 16+16+0+1+16+25 = 74
    #   SSE = 74 − 0 − 73 = 1 → MSE = 1/2
    #   ICC(2,k) = (0 − 1/2) / (0 + (36.5 − 0.5)/2) = −1/36
    r = icc2k([[1, 1], [5, 4], [9, 10]])
    assert r is not None
    assert r.value == pytest.approx(-1 / 36)
    assert (r.low, r.high) == (None, None)


def test_icc_has_no_interval_when_the_formula_passes_its_pole():
    # J1: 1 2, J2: 1 3, J3: 2 2 (2 candidates × 3 jurors). Total 11, CF = 121/6, Σy² = 23:
    #   SSR = (4² + 7²)/3 − 121/6 = 3/2 → MSR = 3/2;  SSC = (3² + 4² + 4²)/2 − 121/6 = 1/3 → MSC = 1/6
    #   SSE = 17/6 − 3/2 − 1/3 = 1 → MSE = 1/2;  ICC(2,k) = 1 / (3/2 − 1/6) = 3/4, ICC(2,1) = 1/2
    #   v = 2 (1/4 + 5/4)² / (1/16 + 25/16) = 36/13;  F_L = F(0.975; 1, 36/13) = 19.76
    #   F_L (MSC − MSE) + n MSR = 3 − 19.76/3 < 0, and the "lower bound" would be 4.67 > 1.
    r = icc2k([[1, 2], [1, 3], [2, 2]])
    assert r is not None
    assert (r.value, r.single) == (pytest.approx(3 / 4), pytest.approx(1 / 2))
    assert (r.low, r.high) == (None, None)


def test_icc_bounds_do_not_depend_on_rounding_when_msc_equals_mse():
    # J1: 6 2, J2: 6 9, J3: 6 5: MSC = MSE = 37/6 exactly, but the computed mean squares differ
    # in the last bit, and F_L = F(0.975; 1, v) with v = 0.046 is 2.6 × 10⁶⁷, so
    # F_L (MSC − MSE) decides the sign of the lower bound. MSC − MSE within 1e-12 counts as 0:
    # low = n (MSR − F_L MSE) / (n MSR), the same whatever constant is added to the scores.
    scores = [[6, 2], [6, 9], [6, 5]]
    r = icc2k(scores)
    assert r is not None and r.low is not None
    assert r.ms_jurors == pytest.approx(37 / 6) and r.ms_error == pytest.approx(37 / 6)
    for shift in (-2, 0.1, 1000):
        s = icc2k([[v + shift for v in row] for row in scores])
        assert s is not None and s.low is not None
        assert s.low == pytest.approx(r.low, rel=1e-9)


def test_alpha_can_be_negative():
    # Same Latin square: units {1, 2}, {2, 1}: SS_u = 1/2, Σ_u 2·2·(1/2)/1 = 4, n = 4 → D_o = 1;
    # pooled SS = 1 → D_e = 2/3; α = 1 − 3/2 = −1/2 (systematic disagreement).
    assert krippendorff_alpha_interval([[1, 2], [2, 1]]) == pytest.approx(-0.5)


# ---- the F distribution ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("p", "d1", "d2", "table"),
    [
        (0.95, 5, 10, 3.326),
        (0.975, 2, 20, 4.461),
        (0.95, 10, 5, 4.735),
        (0.95, 1, 10, 4.965),  # = t(0.975; 10)² = 2.228²
        (0.99, 3, 15, 5.417),
    ],
)
def test_f_quantile_table_values(p, d1, d2, table):
    assert _f_quantile(p, d1, d2) == pytest.approx(table, abs=5e-4)


def test_f_lower_quantile_is_the_reciprocal_upper_one():
    # F(0.05; 5, 10) = 1 / F(0.95; 10, 5) = 1 / 4.735 = 0.2112
    assert _f_quantile(0.05, 5, 10) == pytest.approx(1 / _f_quantile(0.95, 10, 5), rel=1e-10)
    assert round(_f_quantile(0.05, 5, 10), 3) == 0.211


def test_f_quantile_closed_form_for_two_and_two():
    # F(2, 2) has CDF f / (1 + f), so its p-quantile is p / (1 − p): 0.75 → 3, 0.975 → 39.
    assert _f_quantile(0.75, 2, 2) == pytest.approx(3, rel=1e-10)
    assert _f_quantile(0.975, 2, 2) == pytest.approx(39, rel=1e-10)


def test_f_quantile_beyond_the_float_range():
    # With 10⁻⁶ denominator degrees of freedom the 97.5 % point is about 10^(3 × 10⁶).
    assert _f_quantile(0.975, 5, 1e-6) == math.inf
    assert _f_quantile(0.025, 1e-6, 5) == 0.0


def test_f_quantile_inverts_the_cdf_for_fractional_df():
    f = _f_quantile(0.975, 4.785, 5)
    assert _f_cdf(f, 4.785, 5) == pytest.approx(0.975, abs=1e-12)


@pytest.mark.parametrize("x", [0.0, 0.1, 0.5, 0.9, 0.999, 1.0])
@pytest.mark.parametrize("b", [0.5, 1, 2.5, 7])
def test_incomplete_beta_with_a_equal_one(x, b):
    # I_x(1, b) = 1 − (1 − x)^b
    assert _regularized_beta(x, 1, b) == pytest.approx(1 - (1 - x) ** b, abs=1e-13)


@pytest.mark.parametrize("x", [0.05, 0.3, 0.7, 0.95])
def test_incomplete_beta_with_b_equal_one_and_symmetry(x):
    # I_x(a, 1) = x^a, and I_x(a, b) = 1 − I_{1−x}(b, a)
    assert _regularized_beta(x, 3.5, 1) == pytest.approx(x**3.5, abs=1e-13)
    assert _regularized_beta(x, 2.5, 6) == pytest.approx(1 - _regularized_beta(1 - x, 6, 2.5), abs=1e-13)


def test_incomplete_beta_half_for_equal_parameters():
    # Beta(a, a) is symmetric about 1/2.
    assert _regularized_beta(0.5, 4.3, 4.3) == pytest.approx(0.5, abs=1e-13)


def test_f_quantile_matches_scipy_for_fractional_df():
    stats = pytest.importorskip("scipy.stats")
    for p, d1, d2 in [(0.975, 5, 4.785), (0.975, 4.785, 5), (0.95, 1.3, 37.2), (0.025, 8, 2.5),
                      (0.999, 3, 60)]:
        assert _f_quantile(p, d1, d2) == pytest.approx(float(stats.f.ppf(p, d1, d2)), rel=1e-9)


# ---- second implementations (optional: pingouin, krippendorff) --------------------------------


def _random_matrix(rng: random.Random, jurors: int, candidates: int, missing: float) -> list[list[float | None]]:
    """A plausible panel: candidate quality 50–95, juror severity and noise (sd 5), whole
    numbers; each cell blank with probability ``missing``."""
    quality = [rng.uniform(50, 95) for _ in range(candidates)]
    severity = [rng.gauss(0, 5) for _ in range(jurors)]
    return [[None if rng.random() < missing else float(round(q + s + rng.gauss(0, 5))) for q in quality]
            for s in severity]


@pytest.mark.filterwarnings("ignore:The inplace keyword")  # pingouin 0.7 on pandas 3
@pytest.mark.parametrize("seed", range(5))
def test_icc_matches_pingouin(seed, monkeypatch):
    pg = pytest.importorskip("pingouin")
    pd = pytest.importorskip("pandas")
    # pingouin rounds the interval to 2 decimals unless told not to. (It also prints the raw
    # formula where this module says None, e.g. [14.89, 0.55] around an ICC(2,k) of −25.6 for
    # 2 jurors scoring 4 candidates at random; the panels here differ between candidates.)
    monkeypatch.delitem(pg.options, "round.column.CI95", raising=False)
    rng = random.Random(seed)
    scores = _random_matrix(rng, rng.randint(2, 9), rng.randint(3, 12), missing=0.0)
    long = pd.DataFrame([(k, j, v) for j, row in enumerate(scores) for k, v in enumerate(row)],
                        columns=["candidate", "juror", "score"])
    table = pg.intraclass_corr(long, "candidate", "juror", "score").set_index("Type")
    ours = icc2k(scores)
    assert ours is not None
    assert ours.value == pytest.approx(table.loc["ICC(A,k)", "ICC"], abs=1e-9)
    assert ours.single == pytest.approx(table.loc["ICC(A,1)", "ICC"], abs=1e-9)
    low, high = table.loc["ICC(A,k)", "CI95"]
    assert (ours.low, ours.high) == pytest.approx((low, high), abs=1e-8)


@pytest.mark.parametrize("seed", range(5))
def test_alpha_matches_the_krippendorff_package(seed):
    krippendorff = pytest.importorskip("krippendorff")
    np = pytest.importorskip("numpy")
    rng = random.Random(seed)
    scores = _random_matrix(rng, rng.randint(2, 9), rng.randint(3, 12), missing=0.25)
    data = np.array([[np.nan if v is None else v for v in row] for row in scores])
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement="interval")
    assert krippendorff_alpha_interval(scores) == pytest.approx(expected, abs=1e-9)


# ---- properties -------------------------------------------------------------------------------

cell = st.one_of(st.none(), st.integers(min_value=1, max_value=10).map(float))


@st.composite
def matrices(draw, abstentions: bool = True):
    jurors = draw(st.integers(min_value=2, max_value=9))
    candidates = draw(st.integers(min_value=2, max_value=8))
    value = cell if abstentions else st.integers(min_value=1, max_value=10).map(float)
    return [[draw(value) for _ in range(candidates)] for _ in range(jurors)]


def _close(a: float | None, b: float | None) -> bool:
    """Both None, or equal to 1e-9, relative or absolute (bounds can be −10⁸ for ICC < 0)."""
    if a is None or b is None:
        return a is None and b is None
    return b == pytest.approx(a, rel=1e-9, abs=1e-9)


def _shift(scores, c):
    return [[None if v is None else v + c for v in row] for row in scores]


@settings(max_examples=150, deadline=None)
@given(matrices(), st.integers(min_value=-50, max_value=50))
def test_shifting_every_score_changes_neither_statistic(scores, c):
    assert _close(krippendorff_alpha_interval(scores), krippendorff_alpha_interval(_shift(scores, c)))
    r, s = icc2k(scores), icc2k(_shift(scores, c))
    assert (r is None) == (s is None)
    if r is not None and s is not None:
        assert (s.dropped_jurors, s.dropped_candidates) == (r.dropped_jurors, r.dropped_candidates)
        assert _close(r.value, s.value) and _close(r.low, s.low) and _close(r.high, s.high)


@settings(max_examples=150, deadline=None)
@given(matrices(), st.randoms(use_true_random=False))
def test_alpha_does_not_depend_on_juror_order(scores, rnd):
    shuffled = scores[:]
    rnd.shuffle(shuffled)
    assert _close(krippendorff_alpha_interval(scores), krippendorff_alpha_interval(shuffled))


@settings(max_examples=150, deadline=None)
@given(matrices(abstentions=False), st.randoms(use_true_random=False))
def test_icc_of_a_complete_panel_does_not_depend_on_juror_order(scores, rnd):
    # (With abstentions the tie-break "earliest jurors" may pick another sub-table.)
    shuffled = scores[:]
    rnd.shuffle(shuffled)
    r, s = icc2k(scores), icc2k(shuffled)
    assert (r is None) == (s is None)
    if r is not None and s is not None:
        assert _close(r.value, s.value) and _close(r.low, s.low) and _close(r.high, s.high)


# ---- start-up ---------------------------------------------------------------------------------


def test_importing_the_module_does_not_import_numpy():
    code = "import sys, paritrana.panel.agreement; print('numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
