"""Normalising one group (core/normalize.py): the ``Scale`` it reports, field by field, and the
details mutation testing found untested (an empty group, integer input, the z-score's mean
and spread of values too large to square, exact values with the default range).
"""

from __future__ import annotations

import numpy as np

from paritrana.core.criteria import Normalize
from paritrana.core.methods import Better, Method
from paritrana.core.normalize import Scale, normalize


def test_the_scale_of_minmax_says_min_max_range_and_count():
    # lower is better, min 10, max 40, span 30: 10 -> 100, 25 -> 100·15/30 = 50, 40 -> 0;
    # range [20, 80]: 20 + 60·v/100 = 80, 50, 20
    values, scale = normalize(np.array([10.0, 25.0, 40.0]), Normalize(method="minmax", range=(20, 80)), Better.LOWER)
    assert values.tolist() == [80.0, 50.0, 20.0]
    assert scale == Scale(Method.MINMAX, Better.LOWER, 10.0, 40.0, (20.0, 80.0), None, None, 3)


def test_the_scale_of_an_empty_group_has_no_min_or_max():
    values, scale = normalize(np.array([]), Normalize(method="minmax"), Better.HIGHER)
    assert values.tolist() == []
    assert scale == Scale(Method.MINMAX, Better.HIGHER, None, None, (0.0, 100.0), None, None, 0)


def test_the_scale_of_zscore_gives_the_mean_and_spread_of_values_too_large_to_square():
    # 1e308 and 0: the squared deviations overflow, so the spread is taken on 1 and 0
    # (mean 0.5, std 0.5) and multiplied back by 1e308: mean 5e307, std 5e307; z = ±1 → 60, 40
    values, scale = normalize(np.array([1e308, 0.0]), Normalize(method="zscore"), Better.HIGHER)
    assert values.tolist() == [60.0, 40.0]
    assert (scale.mean, scale.std) == (5e307, 5e307)


def test_integer_counts_come_back_as_floats():
    values, _ = normalize(np.array([1, 2, 3]), Normalize(method="none"), Better.HIGHER)
    assert values.dtype == np.float64


def test_the_default_range_leaves_the_values_exactly_as_computed():
    # rank of 101 distinct values: 100·(r − 1)/100 = r − 1 exactly. Rescaling by 0 + 100·v/100 would
    # not be exact (7/100·100 = 7.000000000000001), so with range [0, 100] nothing is rescaled.
    values, _ = normalize(np.arange(101.0), Normalize(method="rank"), Better.HIGHER)
    assert values.tolist() == [float(r) for r in range(101)]
