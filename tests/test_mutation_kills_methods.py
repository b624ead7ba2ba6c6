"""Normalisation methods (core/methods.py): what mutation testing found untested.

- Each method's Excel formula (the Breakdown sheet writes it over the raw cells), for
  ``better: higher`` and ``lower``, and how ``range:`` wraps it. Until now only the report
  tests reached these builders, through a whole workbook.
- ``tamed``: when the z-score's input is divided by its largest magnitude (its mean or spread
  would overflow, or its spread underflows to 0) and when it is used as it is; it never warns.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from paritrana.core.methods import ExcelCells, Method, excel_formula, minmax, ratio_to_max, tamed, target, zscore

# The raw value in C5, the group's min/max (or goalposts) in C$20/C$21, its block C$5:C$18,
# its mean and spread in C$22/C$23.
CELLS = ExcelCells(raw="C5", low="C$20", high="C$21", block="C$5:C$18", mean="C$22", std="C$23")
FULL = (0.0, 100.0)


def number(value: float) -> str:
    return f"{value:g}"


def formula(method: Method, lower: bool = False, out_range: tuple[float, float] = FULL) -> str:
    return excel_formula(method, CELLS, lower, out_range, number)


# ---------------------------------------------------------------------------- Excel formulas


def test_minmax_formula_higher():
    # 100·(x − min)/(max − min); all equal → 100
    assert formula(Method.MINMAX) == "IF(C$21=C$20,100,100*(C5-C$20)/(C$21-C$20))"


def test_minmax_formula_lower():
    # 100·(max − x)/(max − min)
    assert formula(Method.MINMAX, lower=True) == "IF(C$21=C$20,100,100*(C$21-C5)/(C$21-C$20))"


def test_target_formula_higher():
    # the goalposts instead of min/max, clipped to 0–100
    assert formula(Method.TARGET) == "MAX(0,MIN(100,100*(C5-C$20)/(C$21-C$20)))"


def test_target_formula_lower():
    assert formula(Method.TARGET, lower=True) == "MAX(0,MIN(100,100*(C$21-C5)/(C$21-C$20)))"


def test_ratio_to_max_formula_higher():
    # 100·x/max; max = 0 → 100
    assert formula(Method.RATIO_TO_MAX) == "IF(C$21=0,100,100*C5/C$21)"


def test_ratio_to_max_formula_lower():
    # 100·min/x; x = min → 100 (also when both are 0)
    assert formula(Method.RATIO_TO_MAX, lower=True) == "IF(C5=C$20,100,100*C$20/C5)"


def test_rank_formula_higher_ranks_ascending():
    # RANK(…, 1): ascending, ties averaged by adding (count of equals − 1)/2; n = 1 → 100
    assert formula(Method.RANK) == (
        "IF(COUNT(C$5:C$18)=1,100,100*((RANK(C5,C$5:C$18,1)+(COUNTIF(C$5:C$18,C5)-1)/2)-1)/(COUNT(C$5:C$18)-1))"
    )


def test_rank_formula_lower_ranks_descending():
    # RANK(…, 0): descending, so the smallest value gets the largest rank
    assert formula(Method.RANK, lower=True) == (
        "IF(COUNT(C$5:C$18)=1,100,100*((RANK(C5,C$5:C$18,0)+(COUNTIF(C$5:C$18,C5)-1)/2)-1)/(COUNT(C$5:C$18)-1))"
    )


def test_zscore_formula_higher():
    # 50 + 10·(x − mean)/std; no spread → 50
    assert formula(Method.ZSCORE) == "IF(C$21=C$20,50,50+10*(C5-C$22)/C$23)"


def test_zscore_formula_lower():
    assert formula(Method.ZSCORE, lower=True) == "IF(C$21=C$20,50,50-10*(C5-C$22)/C$23)"


def test_none_formula_is_the_raw_cell():
    assert formula(Method.NONE) == "C5"


def test_a_range_wraps_the_formula():
    # range [20, 80]: 20 + (80 − 20)·v/100
    assert formula(Method.MINMAX, out_range=(20.0, 80.0)) == (
        "20+60*(IF(C$21=C$20,100,100*(C5-C$20)/(C$21-C$20)))/100"
    )


def test_a_range_starting_at_1_wraps_the_formula():
    # range [1, 100]: 1 + 99·v/100 (only [0, 100] itself is left unwrapped)
    assert formula(Method.RATIO_TO_MAX, out_range=(1.0, 100.0)) == "1+99*(IF(C$21=0,100,100*C5/C$21))/100"


def test_a_range_does_not_wrap_a_method_that_is_not_0_to_100():
    # zscore does not take `range`: its formula stays as it is
    assert formula(Method.ZSCORE, out_range=(1.0, 100.0)) == "IF(C$21=C$20,50,50+10*(C5-C$22)/C$23)"


# ---------------------------------------------------------------------------- kernels


def test_target_with_goalposts_away_from_zero():
    # goalposts 20..80, span 60: 10 -> -16.7 clipped to 0, 20 -> 0, 50 -> 100*30/60 = 50,
    # 80 -> 100, 90 -> 116.7 clipped to 100
    assert target(np.array([10.0, 20.0, 50.0, 80.0, 90.0]), False, 20.0, 80.0).tolist() == [0, 0, 50, 100, 100]


def test_minmax_of_a_span_beyond_the_largest_float():
    # max − min = 2e308 overflows; on halves: (x/2 + 5e307)/1e308 = 0, 0.5, 1
    assert minmax(np.array([-1e308, 0.0, 1e308]), False).tolist() == [0.0, 50.0, 100.0]


def test_target_with_goalposts_spanning_beyond_the_largest_float():
    # goalposts ±1e308: the span overflows; on halves: (x/2 + 5e307)/1e308 = 0.25, 0.5, 0.75
    assert target(np.array([-5e307, 0.0, 5e307]), False, -1e308, 1e308).tolist() == [25.0, 50.0, 75.0]


def test_ratio_to_max_of_all_zeros_gives_100_to_each():
    # max = 0: every candidate is itself the best
    assert ratio_to_max(np.zeros(3), False).tolist() == [100.0, 100.0, 100.0]


def test_ratio_to_max_lower_with_several_zeros_does_not_warn():
    # min = 0: each 0 is the best (100); 5 gets 100·0/5 = 0. The 0/0 computed on the side is silent.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert ratio_to_max(np.array([0.0, 0.0, 5.0]), True).tolist() == [100.0, 100.0, 0.0]


# ---------------------------------------------------------------------------- tamed


def test_ordinary_values_are_used_as_they_are():
    x = np.array([0.1, 0.2, 0.3])  # spread 0.08 < 1: still ordinary
    assert tamed(x) is x


def test_equal_values_are_used_as_they_are():
    x = np.zeros(3)  # spread 0 because all are equal, not because it underflowed
    assert tamed(x) is x


def test_a_spread_that_overflows_is_taken_on_values_divided_by_the_largest():
    # 1e308 and −1e308: mean 0, but the squared deviations (1e616) overflow.
    # Divided by 1e308: 1 and −1.
    assert tamed(np.array([1e308, -1e308])).tolist() == [1.0, -1.0]


def test_zscore_of_values_whose_spread_overflows():
    # on the tamed values 1 and −1: mean 0, std 1, z = ±1 → 50 ± 10
    assert zscore(np.array([1e308, -1e308]), False).tolist() == [60.0, 40.0]


def test_a_spread_that_underflows_is_taken_on_values_divided_by_the_largest():
    # 0 and 5e-324 (the smallest float) differ, but their spread rounds to 0.
    # Divided by 5e-324: 0 and 1.
    x = np.array([0.0, 5e-324])
    assert x.std() == 0.0
    assert tamed(x).tolist() == [0.0, 1.0]


@pytest.mark.parametrize(
    "values",
    [
        [1e308, 1e308, 0.0],  # the sum overflows to inf
        [1e308, 1e308, 0.0, 0.0, -1e308, -1e308, 0.0, 0.0],  # numpy's pairwise sum meets inf − inf
    ],
)
def test_tamed_never_warns(values):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert np.isfinite(tamed(np.array(values))).all()
