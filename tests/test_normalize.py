"""Normalisation methods, worked by hand (SPEC "Normalisation").

The kernels are tested through ``normalize()`` (the function scoring calls); the checks that
need a candidate's name (negative ratio_to_max) and the criteria-level refusals go through
``paritrana.run`` and ``parse_criteria``.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import paritrana
from conftest import one_column_workbook, one_indicator_criteria
from paritrana.core.criteria import Normalize, parse_criteria
from paritrana.core.methods import Better, Method
from paritrana.core.normalize import normalize
from paritrana.errors import CriteriaError, DataError


def norm(values, method="minmax", better="higher", **spec):
    out, _ = normalize(np.array(values, dtype=float), Normalize(method=method, **spec), Better(better))
    return out.tolist()


def approx(values):
    return pytest.approx(values, abs=1e-9)


# ---------------------------------------------------------------------------- minmax


def test_minmax_higher():
    # min 10, max 40, span 30: 10 -> 0, 20 -> 100*10/30 = 33.33, 40 -> 100
    assert norm([10, 20, 40]) == approx([0, 100 / 3, 100])


def test_minmax_lower_mirrors():
    # lower: 100*(max - x)/span: 10 -> 100, 20 -> 100*20/30 = 66.67, 40 -> 0
    assert norm([10, 20, 40], better="lower") == approx([100, 200 / 3, 0])


@pytest.mark.parametrize("better", ["higher", "lower"])
def test_minmax_all_equal_gives_100_whatever_better(better):
    assert norm([7, 7, 7], better=better) == [100, 100, 100]


def test_minmax_range_rescales():
    # [0, 33.33, 100] -> 1 + 99 * v/100 = [1, 34, 100]
    assert norm([10, 20, 40], range=(1, 100)) == approx([1, 34, 100])


def test_minmax_best_gets_exactly_100_and_worst_exactly_0():
    # span 1/3: 100*(1/3)/(1/3) computed left to right is 99.99999999999999
    assert norm([0.0, 1 / 3]) == [0.0, 100.0]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), min_size=2, max_size=8, unique=True))
def test_minmax_ends_are_exact(values):
    out = norm(values)
    assert max(out) == 100.0 and min(out) == 0.0
    assert all(0.0 <= v <= 100.0 for v in out)


# ---------------------------------------------------------------------------- target


def test_target_uses_fixed_goalposts_and_clips():
    # goalposts 0..50: 10 -> 20, 20 -> 40, 60 -> 120 clipped to 100, -5 -> -10 clipped to 0
    assert norm([10, 20, 60, -5], "target", min=0, max=50) == approx([20, 40, 100, 0])


def test_target_lower():
    # 100*(50 - x)/50: 10 -> 80, 20 -> 60, 60 -> -20 clipped to 0
    assert norm([10, 20, 60], "target", "lower", min=0, max=50) == approx([80, 60, 0])


def test_target_range():
    # 20, 40 on 0..100 -> 50 + 50 * v/100 = 60, 70
    assert norm([10, 20], "target", min=0, max=50, range=(50, 100)) == approx([60, 70])


def test_target_reports_its_goalposts_in_the_scale():
    _, scale = normalize(np.array([10.0, 20.0]), Normalize(method="target", min=0, max=50), Better.HIGHER)
    assert (scale.low, scale.high) == (0, 50)


# ---------------------------------------------------------------------------- ratio_to_max


def test_ratio_to_max_higher():
    # 100*x/40: 10 -> 25, 20 -> 50, 40 -> 100
    assert norm([10, 20, 40], "ratio_to_max") == approx([25, 50, 100])


def test_ratio_to_max_lower():
    # 100*min/x = 100*10/x: 10 -> 100, 20 -> 50, 40 -> 25
    assert norm([10, 20, 40], "ratio_to_max", "lower") == approx([100, 50, 25])


def test_ratio_to_max_range():
    # [25, 50, 100] -> 1 + 99*v/100 = [25.75, 50.5, 100]
    assert norm([10, 20, 40], "ratio_to_max", range=(1, 100)) == approx([25.75, 50.5, 100])


def test_ratio_to_max_negative_is_an_error_naming_the_candidate(tmp_path):
    criteria = one_indicator_criteria(tmp_path, "normalize: ratio_to_max")
    data = one_column_workbook(tmp_path, {"Ketapang": 10, "Melawi": -4})
    with pytest.raises(DataError, match=r"indikator `v` bernilai negatif untuk Melawi \(−4\), padahal metode "
                                        r"`ratio_to_max` memerlukan nilai ≥ 0; gunakan `minmax` atau `zscore`") as info:
        paritrana.run(data, criteria=criteria)
    assert "2024!A3" in str(info.value)


# ---------------------------------------------------------------------------- rank


def test_rank_ties_are_averaged():
    # ascending ranks 1, 2.5, 2.5, 4 (n = 4): 100*(r-1)/3 = 0, 50, 50, 100
    assert norm([10, 20, 20, 30], "rank") == approx([0, 50, 50, 100])


def test_rank_lower():
    # descending: 30 gets r = 1 -> 0, 10 gets r = 4 -> 100
    assert norm([10, 20, 20, 30], "rank", "lower") == approx([100, 50, 50, 0])


def test_rank_of_one_candidate_is_100():
    assert norm([42], "rank") == [100]


def test_rank_range():
    # 0, 50, 100 -> 10 + 80*v/100 = 10, 50, 90
    assert norm([1, 2, 3], "rank", range=(10, 90)) == approx([10, 50, 90])


# ---------------------------------------------------------------------------- zscore


def test_zscore_uses_the_population_std():
    # mean 20; population std = sqrt((100+0+100)/3) = 8.1650 (the sample std would be 10 -> 40, 50, 60)
    # z = -1.2247, 0, 1.2247 -> 50 + 10z = 37.753, 50, 62.247
    s = math.sqrt(200 / 3)
    assert norm([10, 20, 30], "zscore") == approx([50 - 100 / s, 50, 50 + 100 / s])


def test_zscore_lower_mirrors_around_50():
    s = math.sqrt(200 / 3)
    assert norm([10, 20, 30], "zscore", "lower") == approx([50 + 100 / s, 50, 50 - 100 / s])


def test_zscore_zero_spread_gives_50():
    assert norm([5, 5, 5], "zscore") == [50, 50, 50]


def test_zscore_may_leave_0_to_100():
    # 99 zeros and one 100: mean 1, std sqrt(99), z = 99/sqrt(99) = 9.95 -> 149.5
    out = norm([0] * 99 + [100], "zscore")
    assert out[-1] == pytest.approx(50 + 10 * 99 / math.sqrt(99))
    assert out[-1] > 100


def test_zscore_reports_mean_and_std():
    _, scale = normalize(np.array([10.0, 20.0, 30.0]), Normalize(method="zscore"), Better.HIGHER)
    assert scale.mean == 20 and scale.std == pytest.approx(math.sqrt(200 / 3))


# ---------------------------------------------------------------------------- none


def test_none_keeps_the_values():
    assert norm([-3.5, 12, 250], "none") == [-3.5, 12, 250]


def _criteria_with(extra: str) -> str:
    return f"title: T\nindicators:\n  v: {{value: peserta, weight: 1, {extra}}}\n"


def test_none_with_better_lower_is_a_criteria_error():
    with pytest.raises(CriteriaError, match=r"indicators\.v: `normalize: none` tidak dapat membalik skala; hapus `better: lower`.* \(baris 3\)"):
        parse_criteria(_criteria_with("normalize: none, better: lower"))


def test_none_with_range_is_a_criteria_error():
    with pytest.raises(CriteriaError, match=r"`range` hanya berlaku untuk `minmax`, `target`, `ratio_to_max`, dan `rank`, bukan `none` \(baris 3\)"):
        parse_criteria(_criteria_with("normalize: {method: none, range: [0, 1]}"))


def test_zscore_with_range_is_a_criteria_error():
    with pytest.raises(CriteriaError, match=r"`range` hanya berlaku untuk .*, bukan `zscore`"):
        parse_criteria(_criteria_with("normalize: {method: zscore, range: [0, 1]}"))


def test_target_needs_goalposts():
    with pytest.raises(CriteriaError, match="metode `target` memerlukan batas bawah dan batas atas"):
        parse_criteria(_criteria_with("normalize: target"))


def test_range_needs_hi_above_lo():
    with pytest.raises(CriteriaError, match=r"`range: \[lo, hi\]` memerlukan hi lebih besar dari lo \(tertulis \[100, 1\]\)"):
        parse_criteria(_criteria_with("normalize: {method: minmax, range: [100, 1]}"))


def test_normalize_by_name_or_mapping_is_the_same():
    by_name = parse_criteria(_criteria_with("normalize: rank")).all_indicators["v"].normalize
    by_map = parse_criteria(_criteria_with("normalize: {method: rank}")).all_indicators["v"].normalize
    assert by_name == by_map and by_name.method is Method.RANK


def test_default_method_is_minmax_higher():
    ind = parse_criteria(_criteria_with("label: V")).all_indicators["v"]
    assert ind.normalize.method is Method.MINMAX and ind.better is Better.HIGHER


# ---------------------------------------------------------------------------- properties


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.floats(min_value=0, max_value=1e6, allow_nan=False), min_size=1, max_size=8),
    st.sampled_from(["minmax", "ratio_to_max", "rank"]),
    st.sampled_from(["higher", "lower"]),
)
def test_bounded_methods_stay_within_0_100(values, method, better):
    out = norm(values, method, better)
    assert all(0.0 <= v <= 100.0 for v in out)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.floats(min_value=0, max_value=1e6, allow_nan=False), min_size=2, max_size=8, unique=True),
    st.sampled_from(["minmax", "ratio_to_max", "rank", "zscore"]),
)
def test_lower_reverses_the_order(values, method):
    higher, lower = norm(values, method, "higher"), norm(values, method, "lower")
    best, worst = values.index(max(values)), values.index(min(values))
    assert higher[best] >= higher[worst] and lower[worst] >= lower[best]


def test_zscore_of_equal_values_not_exactly_representable_is_50():
    # 0.1 has no exact binary form; numpy's std of [0.1, 0.1, 0.1] is ~1.4e-17, not 0.
    # Equal values have no spread, so every candidate gets 50 (SPEC), not 40 or 60.
    import numpy as np

    from paritrana.core.methods import zscore

    assert zscore(np.array([0.1, 0.1, 0.1]), lower=False).tolist() == [50.0, 50.0, 50.0]


def test_values_a_hair_apart_in_a_real_spread_are_normalised_exactly():
    # 5,8882002977 and 5,8882002900 lie 7,7e-9 apart, under 1e-9 × the largest value (10):
    # close, but the group has a real spread (0 to 10), so each keeps its own exact minmax,
    # 100 · (x − 0) / (10 − 0) — what a spreadsheet recomputing the report gets
    from paritrana.core.criteria import Normalize
    from paritrana.core.methods import Better
    from paritrana.core.normalize import normalize

    x = np.array([5.8882002977, 5.88820029, 0.0, 10.0])
    values, _ = normalize(x, Normalize(method="minmax"), Better.HIGHER)
    assert values[0] != values[1]  # not merged into one value
    assert values.tolist() == pytest.approx([100 * v / 10 for v in x.tolist()], rel=1e-15, abs=0)
