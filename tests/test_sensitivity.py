"""Sensitivity analysis: exact weight-stability intervals, Monte Carlo, drop-one, output."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import paritrana
from conftest import SAMPLE_XLSX, as_typed, make_workbook, write_criteria
from paritrana.cli.app import app
from paritrana.report.sensitivity_terminal import rank_bar
from paritrana.sensitivity import SensitivityError, analyse
from paritrana.sensitivity.matrix import WeightTree, group_matrices, method_matrix
from paritrana.sensitivity.montecarlo import descending_order, quantile_ranks, rank_counts
from paritrana.sensitivity.stability import interval

# ---- fixtures --------------------------------------------------------------------------

# Three indicators read as they are (normalize: none), weights 50/30/20:
#
#          a    b    c    score = .5a + .3b + .2c
#   A     90   40   60    45 + 12 + 12 = 69
#   B     60   90   50    30 + 27 + 10 = 67
#   C     50   70  100    25 + 21 + 20 = 66
#   D     30  100   70    15 + 30 + 14 = 59        nominal order A, B, C, D
#
# Weight w on indicator b (now 0.3), the others scaled by (1 − w)/0.7: s(w) = c + (n_b − c)·w
# with c = (s − 0.3·n_b)/0.7, i.e. 7·s(w) = A: 570 − 290w, B: 400 + 230w, C: 450 + 40w,
# D: 290 + 410w.
#   A = B at 170 = 520w → w = 17/52 ≈ 32.7 %  (B rises: above it B overtakes A)
#   B = C at  50 = 190w → w =  5/19 ≈ 26.3 %  (C falls slower: below it C overtakes B)
#   A = C at 4/11 ≈ 36.4 %, A = D at 2/5, C = D at 16/37 ≈ 43.2 %, B = D at 11/18: all farther.
# Leader A: nobody gains on A as w falls (A has the steepest fall... i.e. the lowest slope), so
#   A stays first on [0, 17/52]; above it B overtakes.
# Podium A, B, C: [5/19, 17/52]; below C overtakes B, above B overtakes A.
#
# Indicator a (now 0.5): 2·s − n_a + (2·n_a − 2·s)·w gives A: 48 + 42w, B: 74 − 14w,
#   C: 82 − 32w, D: 88 − 58w. A only gains as w grows; going down A = B at 26 = 56w,
#   w = 13/28 ≈ 46.4 %, before A = C (17/37 ≈ 45.9 %) and B = C (4/9). Leader and podium:
#   [13/28, 100 %], below 13/28 B overtakes A.
# Indicator c (now 0.2): A: 285/4 − 45/4·w, B: 285/4 − 85/4·w, C: 115/2 + 85/2·w,
#   D: 225/4 + 55/4·w. A = B only at w = 0 (an edge, not a change). A = C at 11/43 ≈ 25.6 %,
#   B = C at 11/51 ≈ 21.6 %. Leader [0, 11/43], above it C overtakes A; podium [0, 11/51],
#   above it C overtakes B.
STABILITY_ROWS = {"A": (90, 40, 60), "B": (60, 90, 50), "C": (50, 70, 100), "D": (30, 100, 70)}

FLAT_CRITERIA = """\
title: Uji sensitivitas
columns:
  wilayah: [Wilayah]
  xa: {{headers: [XA], min: null}}
  xb: {{headers: [XB], min: null}}
  xc: {{headers: [XC], min: null}}
{extra}
indicators:
  a: {{value: xa, weight: {wa}, normalize: {method}}}
  b: {{value: xb, weight: {wb}, normalize: {method}}}
  c: {{value: xc, weight: {wc}, normalize: {method}}}
"""


def three_indicator_case(tmp_path: Path, rows: dict[str, tuple[float, ...]] = STABILITY_ROWS,
                         weights: tuple[float, float, float] = (50, 30, 20), method: str = "none",
                         extra: str = "", name: str = "c.yaml", drop_c: bool = False):
    """A workbook with columns XA, XB, XC and flat criteria with indicators a, b, c (or a, b)."""
    book = as_typed(tmp_path / "data.xlsx")
    if not book.exists():
        make_workbook(tmp_path, {"2024": [["Wilayah", "XA", "XB", "XC"]] + [[k, *v] for k, v in rows.items()]})
    text = FLAT_CRITERIA.format(wa=weights[0], wb=weights[1], wc=weights[2], method=method, extra=extra)
    if drop_c:
        text = "\n".join(line for line in text.splitlines() if not line.startswith("  c: ")) + "\n"
    return book, write_criteria(tmp_path, text, name=name)


@pytest.fixture
def stability_case(tmp_path):
    book, criteria = three_indicator_case(tmp_path)
    return paritrana.evaluate(book, criteria=criteria)


def interval_of(report, indicator: str, scope: str):
    return next(s for s in report.groups[0].stability if s.indicator == indicator and s.scope == scope)


# ---- exact stability intervals -----------------------------------------------------------

def test_podium_interval_of_b_is_the_hand_worked_crossings(stability_case):
    s = interval_of(analyse(stability_case, runs=10, seed=0), "b", "podium")
    assert (s.low, s.high) == pytest.approx((5 / 19, 17 / 52), abs=1e-12)
    assert [(o.candidate, o.overtakes) for o in s.below] == [("C", "B")]
    assert [(o.candidate, o.overtakes) for o in s.above] == [("B", "A")]


def test_leader_interval_of_b_reaches_zero(stability_case):
    s = interval_of(analyse(stability_case, runs=10, seed=0), "b", "first")
    assert (s.low, s.high, s.below) == (0.0, pytest.approx(17 / 52, abs=1e-12), ())
    assert [(o.candidate, o.overtakes) for o in s.above] == [("B", "A")]


def test_interval_of_a_reaches_one(stability_case):
    report = analyse(stability_case, runs=10, seed=0)
    for scope in ("first", "podium"):
        s = interval_of(report, "a", scope)
        assert (s.low, s.high, s.above) == (pytest.approx(13 / 28, abs=1e-12), 1.0, ())
        assert [(o.candidate, o.overtakes) for o in s.below] == [("B", "A")]


def test_crossing_at_zero_weight_is_not_an_end(stability_case):
    report = analyse(stability_case, runs=10, seed=0)
    first, podium = interval_of(report, "c", "first"), interval_of(report, "c", "podium")
    assert (first.low, first.below, first.high) == (0.0, (), pytest.approx(11 / 43, abs=1e-12))
    assert (podium.low, podium.high) == (0.0, pytest.approx(11 / 51, abs=1e-12))
    assert [(o.candidate, o.overtakes) for o in podium.above] == [("C", "B")]


@pytest.mark.parametrize(("w", "podium"), [
    (0.30, ["A", "B", "C"]),  # inside [5/19, 17/52]
    (0.33, ["B", "A", "C"]),  # just above 17/52 ≈ 0.3269
    (0.26, ["A", "C", "B"]),  # just below 5/19 ≈ 0.2632
])
def test_rerunning_the_pipeline_with_the_changed_weight_agrees(tmp_path, w, podium):
    # b gets w; a and c keep their 5:2 ratio and share 1 − w.
    weights = ((1 - w) * 5 / 7, w, (1 - w) * 2 / 7)
    book, criteria = three_indicator_case(tmp_path, weights=weights, name="moved.yaml")
    assert [r.id for r in paritrana.evaluate(book, criteria=criteria).results[:3]] == podium


def test_the_one_indicator_carrying_all_weight_has_no_interval(tmp_path):
    book, criteria = three_indicator_case(tmp_path)
    result = paritrana.evaluate(book, criteria=criteria)
    gm = group_matrices(result)[0]
    assert interval(gm.nominal, np.array([0.0, 1.0, 0.0]), 1, 3) is None


def test_geometric_intervals_are_exact_on_logarithms(tmp_path):
    # Geometric, a and b weighted 60/40, values as given; log score = w·ln a + (1 − w)·ln b:
    #   P: a 100, b 10  → w·ln 100 + (1 − w)·ln 10 = (1 + w)·ln 10   (3.684 at w = .6)
    #   Q: a 10, b 100  → (2 − w)·ln 10                                (3.224)
    #   R: a 30, b 30   → ln 30 = 3.401 at every w                     order P, R, Q
    # Going down from w = .6: P = Q at 1 + w = 2 − w, w = 1/2 (both 1.5·ln 10 = 3.454 > ln 30,
    # so Q takes first place there); P = R only later, at w = ln 3 / ln 10 ≈ 0.477.
    rows = {"P": (100, 10, 1), "Q": (10, 100, 1), "R": (30, 30, 1)}
    book, criteria = three_indicator_case(tmp_path, rows=rows, weights=(60, 40, 1), drop_c=True,
                                          extra="aggregation: geometric")
    result = paritrana.evaluate(book, criteria=criteria)
    assert [r.id for r in result.results] == ["P", "R", "Q"]
    s = interval_of(analyse(result, runs=10, seed=0), "a", "first")
    assert (s.low, s.high) == (pytest.approx(0.5, abs=1e-12), 1.0)
    assert [(o.candidate, o.overtakes) for o in s.below] == [("Q", "P")]


@pytest.mark.parametrize(("w", "leader"), [(0.51, "P"), (0.49, "Q")])
def test_geometric_pipeline_agrees_on_either_side(tmp_path, w, leader):
    rows = {"P": (100, 10, 1), "Q": (10, 100, 1), "R": (30, 30, 1)}
    book, criteria = three_indicator_case(tmp_path, rows=rows, weights=(w, 1 - w, 1), drop_c=True,
                                          extra="aggregation: geometric")
    assert paritrana.evaluate(book, criteria=criteria).results[0].id == leader


def _top(matrix: np.ndarray, weights: np.ndarray, top: int) -> list[int]:
    return list(np.argsort(-(matrix @ weights), kind="stable")[:top])


@settings(max_examples=150, deadline=None)
@given(
    values=st.lists(st.lists(st.integers(0, 100), min_size=3, max_size=3), min_size=3, max_size=7),
    raw_weights=st.lists(st.integers(1, 10), min_size=3, max_size=3),
    k=st.integers(0, 2),
    top=st.sampled_from([1, 3]),
    where=st.floats(0.0, 1.0),
)
def test_weights_inside_keep_the_top_and_weights_outside_change_it(values, raw_weights, k, top, where):
    weights = np.array(raw_weights, dtype=float) / sum(raw_weights)
    matrix = np.array(values, dtype=float)
    scores = matrix @ weights
    matrix = matrix[np.argsort(-scores, kind="stable")]  # rows in nominal order
    ordered = np.sort(scores)[::-1]
    assume(np.all(np.diff(ordered) < -1e-6))  # no nominal ties
    found = interval(matrix, weights, k, top)
    assert found is not None and found.low <= weights[k] <= found.high

    def moved(w: float) -> np.ndarray:
        out = weights * (1 - w) / (1 - weights[k])
        out[k] = w
        return out

    nominal = list(range(min(top, len(matrix))))
    margin = 1e-6
    if found.high - found.low > 2 * margin:
        inside = found.low + margin + where * (found.high - found.low - 2 * margin)
        assert _top(matrix, moved(inside), top) == nominal
    if found.high < 1 - margin:
        outside = found.high + margin + where * (1 - found.high - margin)
        assert _top(matrix, moved(outside), top) != nominal
    if found.low > margin:
        outside = where * (found.low - margin)
        assert _top(matrix, moved(outside), top) != nominal


# ---- Monte Carlo ----------------------------------------------------------------------------

# Two indicators, 50/50, values as given:   a    b    score
#                                     A    80   40    60
#                                     B    50   60    55
#                                     C    10   95    52.5
# With w = weight of a: A = 40 + 40w, B = 60 − 10w, C = 95 − 85w. Going down from 1/2,
# C passes B at 35 = 75w (w = 7/15) and A at 55 = 125w (w = 11/25 = 0.44): A leads for w > 0.44.
TWO_ROWS = {"A": (80, 40, 0), "B": (50, 60, 0), "C": (10, 95, 0)}


@pytest.fixture
def two_indicator_result(tmp_path):
    book, criteria = three_indicator_case(tmp_path, rows=TWO_ROWS, weights=(1, 1, 1), name="two.yaml",
                                          drop_c=True)
    return paritrana.evaluate(book, criteria=criteria)


def test_two_indicator_fixture_leader_interval(two_indicator_result):
    s = interval_of(analyse(two_indicator_result, runs=10, seed=0), "a", "first")
    assert (s.low, s.high) == (pytest.approx(0.44, abs=1e-12), 1.0)


def test_jitter_inside_the_interval_keeps_the_leader_in_every_run(two_indicator_result):
    # jitter 0.1: w(a) = 0.5(1+u)/(0.5(1+u) + 0.5(1+v)) ≥ 0.9/(0.9 + 1.1) = 0.45 > 0.44.
    leader = analyse(two_indicator_result, runs=5000, jitter=0.1, seed=3).groups[0].candidates[0]
    assert (leader.id, leader.p_first, leader.rank_p95) == ("A", 1.0, 1)


def test_p_first_matches_the_share_of_weights_inside_the_exact_interval(two_indicator_result):
    # jitter 0.25: X = 1+u, Y = 1+v uniform on [0.75, 1.25]; A first ⇔ X/(X+Y) > 0.44
    # ⇔ Y < (14/11)·X. P = 2·[∫_{.75}^{x*} (28x/11 − 1.5) dx + (1.25 − x*)], x* = 1.25·11/14
    #   = 2·[0.1635552 + 0.2678571] = 0.8628247.
    x_star = 1.25 * 11 / 14
    expected = 2 * ((14 * x_star**2 / 11 - 1.5 * x_star) - (14 * 0.75**2 / 11 - 1.5 * 0.75) + (1.25 - x_star))
    assert expected == pytest.approx(0.8628247, abs=1e-6)
    report = analyse(two_indicator_result, runs=40_000, jitter=0.25, seed=11)
    leader = report.groups[0].candidates[0]
    assert leader.p_first == pytest.approx(expected, abs=0.01)  # 5 standard errors
    challenger = report.groups[0].candidates[2]
    assert challenger.id == "C" and challenger.p_first == pytest.approx(1 - expected, abs=0.01)


def test_same_seed_same_statistics(stability_case):
    one = analyse(stability_case, runs=2000, jitter=0.3, seed=42).to_dict()
    two = analyse(stability_case, runs=2000, jitter=0.3, seed=42).to_dict()
    assert one == two


def test_another_seed_other_draws(stability_case):
    one = analyse(stability_case, runs=2000, jitter=0.3, seed=42).groups[0].candidates
    two = analyse(stability_case, runs=2000, jitter=0.3, seed=43).groups[0].candidates
    assert [c.p_top3 for c in one] != [c.p_top3 for c in two]


def test_zero_jitter_reproduces_the_nominal_ranking(stability_case):
    group = analyse(stability_case, runs=50, jitter=0.0, seed=1).groups[0]
    assert [(c.id, c.median_rank, c.rank_p05, c.rank_p95) for c in group.candidates] == [
        ("A", 1, 1, 1), ("B", 2, 2, 2), ("C", 3, 3, 3), ("D", 4, 4, 4)]
    assert (group.candidates[0].p_first, group.p_podium_unchanged) == (1.0, 1.0)


def test_seed_is_drawn_and_reported_when_not_given(stability_case):
    report = analyse(stability_case, runs=500, jitter=0.3)
    again = analyse(stability_case, runs=500, jitter=0.3, seed=report.settings.seed)
    assert report.to_dict() == again.to_dict()


# Methods. minmax vs rank on four candidates, 50/50:
#          a    b  | minmax a, b   score | rank a, b        score
#   A    100    8  |  100   80     90    | 100    33.3     66.7
#   B     10   10  |   10  100     55    |  66.7 100       83.3
#   C      5    9  |    5   90     47.5  |  33.3  66.7     50
#   D      0    0  |    0    0      0    |   0     0        0
METHOD_ROWS = {"A": (100, 8, 0), "B": (10, 10, 0), "C": (5, 9, 0), "D": (0, 0, 0)}


@pytest.fixture
def method_result(tmp_path):
    book, criteria = three_indicator_case(tmp_path, rows=METHOD_ROWS, weights=(1, 1, 1), method="minmax",
                                          name="m.yaml", drop_c=True)
    return paritrana.evaluate(book, criteria=criteria)


def test_nominal_leader_under_minmax(method_result):
    assert [r.id for r in method_result.results] == ["A", "B", "C", "D"]


def test_drawing_rank_for_every_run_makes_b_first(method_result):
    group = analyse(method_result, runs=200, jitter=0.0, methods=["rank"], seed=5).groups[0]
    by_id = {c.id: c for c in group.candidates}
    assert (by_id["B"].p_first, by_id["A"].median_rank, by_id["C"].median_rank) == (1.0, 2, 3)


def test_two_methods_split_the_runs(method_result):
    group = analyse(method_result, runs=4000, jitter=0.0, methods=["minmax", "rank"], seed=5).groups[0]
    by_id = {c.id: c for c in group.candidates}
    assert by_id["A"].p_first + by_id["B"].p_first == pytest.approx(1.0)
    assert by_id["A"].p_first == pytest.approx(0.5, abs=0.04)  # binomial, 5 standard errors


def test_target_keeps_goalposts_only_when_target_is_drawn(tmp_path):
    # a: 20, 40, 60 with goalposts 0–200 → target 10, 20, 30; minmax 0, 50, 100.
    # b: 1, 2, 10 normalised by rank (0, 50, 100) in the criteria; it has no goalposts, so a
    # drawn "target" falls back to the observed min and max: minmax 0, 11.1, 100.
    rows = {"A": (20, 1, 0), "B": (40, 2, 0), "C": (60, 10, 0)}
    book, criteria = three_indicator_case(tmp_path, rows=rows, weights=(1, 1, 1), method="minmax", name="t.yaml",
                                          drop_c=True)
    criteria.write_text(criteria.read_text()
                        .replace("a: {value: xa, weight: 1, normalize: minmax}",
                                 "a: {value: xa, weight: 1, normalize: {method: target, min: 0, max: 200}}")
                        .replace("b: {value: xb, weight: 1, normalize: minmax}",
                                 "b: {value: xb, weight: 1, normalize: rank}"))
    result = paritrana.evaluate(book, criteria=criteria)
    gm = group_matrices(result)
    assert gm[0].names == ["C", "B", "A"]
    target, minmax = method_matrix(result, gm[0], "target"), method_matrix(result, gm[0], "minmax")
    assert target[:, 0].tolist() == pytest.approx([30, 20, 10])
    assert minmax[:, 0].tolist() == pytest.approx([100, 50, 0])
    assert target[:, 1].tolist() == pytest.approx([100, 100 / 9, 0])


def test_ratio_to_max_on_negative_values_is_an_error(tmp_path):
    rows = {"A": (-5, 1, 1), "B": (3, 2, 2), "C": (4, 3, 3)}
    book, criteria = three_indicator_case(tmp_path, rows=rows, method="minmax")
    with pytest.raises(SensitivityError, match=r'^data\.xlsx: metode `ratio_to_max` memerlukan nilai ≥ 0, padahal '
                                              r'indikator `a` untuk "A" bernilai −5; jangan sertakan `ratio_to_max` '
                                              r"dalam metode yang diundi$") as caught:
        analyse(paritrana.evaluate(book, criteria=criteria), runs=10, methods=["ratio_to_max"], seed=0)
    assert caught.value.render("en") == ('data.xlsx: the method `ratio_to_max` needs values ≥ 0, but indicator `a` of '
                                         '"A" is −5; leave `ratio_to_max` out of the methods drawn')


def test_geometric_with_a_method_giving_zero_is_an_error(tmp_path):
    # normalize: none has no range, so a drawn minmax gives the lowest candidate 0 — log(0).
    book, criteria = three_indicator_case(tmp_path, extra="aggregation: geometric")
    result = paritrana.evaluate(book, criteria=criteria)
    with pytest.raises(SensitivityError, match=r'^c\.yaml: agregasi geometrik memerlukan nilai > 0, padahal "B" '
                                              r"mendapat 0 pada indikator `c` dengan metode `minmax`"):
        analyse(result, runs=10, methods=["criteria", "minmax"], seed=0)


def test_geometric_with_ranged_methods_runs(tmp_path):
    book, criteria = three_indicator_case(tmp_path, method="{method: minmax, range: [1, 100]}",
                                          extra="aggregation: geometric")
    report = analyse(paritrana.evaluate(book, criteria=criteria), runs=200, methods=["minmax", "rank"], seed=0)
    assert sum(c.p_first for c in report.groups[0].candidates) == pytest.approx(1.0)


def test_ineligible_candidates_are_left_out(tmp_path):
    book, criteria = three_indicator_case(tmp_path, extra="eligibility:\n  - xc >= 60")
    report = analyse(paritrana.evaluate(book, criteria=criteria), runs=100, seed=0)
    assert [c.id for c in report.groups[0].candidates] == ["A", "C", "D"]
    assert report.ineligible == ["B"]


def test_groups_are_analysed_separately(tmp_path):
    rows = [["Wilayah", "Kelompok", "XA", "XB", "XC"], ["A", "g1", 90, 40, 60], ["B", "g1", 60, 90, 50],
            ["C", "g2", 50, 70, 100], ["D", "g2", 30, 100, 70], ["E", "g2", 10, 10, 10]]
    book = make_workbook(tmp_path, {"2024": rows}, name="groups.xlsx")
    criteria = write_criteria(tmp_path, FLAT_CRITERIA.format(
        wa=50, wb=30, wc=20, method="none", extra="group_by: kelompok").replace(
        "  wilayah: [Wilayah]\n", "  wilayah: [Wilayah]\n  kelompok: [Kelompok]\n"), name="g.yaml")
    report = analyse(paritrana.evaluate(book, criteria=criteria), runs=300, jitter=0.2, seed=0)
    assert [(g.group, [c.id for c in g.candidates]) for g in report.groups] == [
        ("g1", ["A", "B"]), ("g2", ["C", "D", "E"])]
    assert max(c.rank_p95 for c in report.groups[0].candidates) <= 2


# ---- kernels ------------------------------------------------------------------------------

def test_descending_order_keeps_column_order_for_ties_and_handles_negatives():
    scores = np.array([[1.0, 3.0, 3.0, -2.0, 0.0], [-1.0, -0.5, 2.0, 2.0, -3.0]])
    assert descending_order(scores.copy()).tolist() == [[1, 2, 0, 4, 3], [2, 3, 1, 0, 4]]


def test_rank_counts_histogram_and_podium():
    # Two candidates' rows swap between the two runs: weights pick column 0 or column 1.
    matrix = np.array([[2.0, 0.0], [0.0, 1.0], [1.0, 3.0]])
    weights = np.array([[1.0, 0.0], [0.0, 1.0]])
    rc = rank_counts([matrix], None, weights)
    # run 1 scores 2, 0, 1 → order 0, 2, 1; run 2 scores 0, 1, 3 → order 2, 1, 0.
    assert rc.counts.tolist() == [[1, 0, 1], [0, 1, 1], [1, 1, 0]]
    assert rc.podium_same == 0


def test_quantile_ranks_are_inverted_cdf():
    # One candidate over 20 runs: rank 1 in 1 run, rank 2 in 9, rank 3 in 10.
    counts = np.array([[1, 9, 10]])
    assert [int(quantile_ranks(counts, 20, p)[0]) for p in (5, 50, 95)] == [1, 2, 3]


def test_drawn_weights_stay_within_the_jitter_and_sum_to_one():
    from paritrana.io.criteria_file import load_criteria
    from paritrana.sensitivity.montecarlo import draw_weights

    tree = WeightTree.from_criteria(load_criteria(None).criteria)  # one aspect: 40/30/30
    w = draw_weights(np.random.default_rng(0), tree, 1000, 0.2)
    assert np.allclose(w.sum(axis=1), 1.0)
    # w_capaian = .4x/(.4x + .3y + .3z) with x, y, z in [0.8, 1.2]:
    # at least .32/(.32 + .72) ≈ 0.308, at most .48/(.48 + .48) = 0.5.
    assert w[:, 0].min() >= 0.4 * 0.8 / (0.4 * 0.8 + 0.6 * 1.2) - 1e-12
    assert w[:, 0].max() <= 0.4 * 1.2 / (0.4 * 1.2 + 0.6 * 0.8) + 1e-12


def test_rank_bar_marks_interval_and_median():
    assert rank_bar(2, 3, 5, 6, width=6) == "·━●━━·"
    assert rank_bar(1, 1, 2, 3, width=6) == "●━━···"
    assert len(rank_bar(10, 40, 90, 500, width=28)) == 28


# ---- drop-one ------------------------------------------------------------------------------

# Without a (b, c → 0.6, 0.4): A 48, B 74, C 82, D 88 → D, C, B: every place changes.
# Without b (a, c → 5/7, 2/7): A 81.4, B 57.1, C 64.3, D 41.4 → A, C, B: places 2 and 3.
# Without c (a, b → 0.625, 0.375): A 71.25 = B 71.25 (tied, shared rank 1), C 57.5 → A, B, C.
def test_drop_one_podiums(stability_case):
    drops = {d.indicator: d for d in analyse(stability_case, runs=10, seed=0).groups[0].drop_one}
    assert (drops["a"].podium, drops["a"].changed_places) == (("D", "C", "B"), (1, 2, 3))
    assert (drops["b"].podium, drops["b"].changed_places) == (("A", "C", "B"), (2, 3))
    assert (drops["c"].podium, drops["c"].changed_places) == (("A", "B", "C"), ())
    assert drops["c"].nominal_ranks == {"A": 1, "B": 1, "C": 3}


def test_drop_one_renormalises_within_the_aspect(tmp_path):
    # Two aspects 50/50: k1 = {a}, k2 = {b, c}. Dropping a leaves k2 alone (b, c = 60/40 of it);
    # dropping b gives c all of k2: weights a .5, c .5 → A 75, B 55, C 75, D 50: A, C tied... by
    # name A first, C second, B third.
    text = """\
title: Dua aspek
columns:
  wilayah: [Wilayah]
  xa: [XA]
  xb: [XB]
  xc: [XC]
aspects:
  k1: {weight: 50, indicators: {a: {value: xa, weight: 1, normalize: none}}}
  k2: {weight: 50, indicators: {b: {value: xb, weight: 60, normalize: none},
                                c: {value: xc, weight: 40, normalize: none}}}
"""
    book, _ = three_indicator_case(tmp_path)
    criteria = write_criteria(tmp_path, text, name="aspects.yaml")
    drops = {d.indicator: d for d in analyse(paritrana.evaluate(book, criteria=criteria), runs=10, seed=0)
             .groups[0].drop_one}
    assert (drops["b"].podium, drops["b"].nominal_ranks) == (("A", "C", "B"), {"A": 1, "B": 3, "C": 1})
    assert drops["a"].podium == ("D", "C", "B")  # b .6, c .4 as in the flat case


# ---- sentences and the command ------------------------------------------------------------

def test_sentence_in_indonesian(stability_case):
    from paritrana.sensitivity.text import stability_sentence

    s = interval_of(analyse(stability_case, runs=10, seed=0), "b", "first")
    assert stability_sentence(s, "id") == ("A tetap di peringkat 1 selama bobot b antara 0% dan 32,7% "
                                           "(sekarang 30%); di atas 32,7%, B melampaui A.")


def test_sentence_in_english_for_the_whole_range(stability_case):
    from paritrana.sensitivity.text import stability_sentence

    s = interval_of(analyse(stability_case, runs=10, seed=0), "a", "podium")
    assert stability_sentence(s, "en") == ("The top three (A, B and C) keep their order while the weight of a stays "
                                           "between 46.4% and 100% (now 50%); below 46.4%, B overtakes A.")


def test_sample_leader_is_stable_whatever_the_weights():
    from paritrana.sensitivity.text import stability_sentence

    report = analyse(paritrana.evaluate(SAMPLE_XLSX), runs=10, seed=0)
    first = interval_of(report, "pertumbuhan", "first")
    assert stability_sentence(first, "id") == (
        "Ketapang tetap di peringkat 1 berapa pun bobot pertumbuhan (0–100%; sekarang 30%).")


def test_cli_table_in_indonesian(runner):
    out = runner.invoke(app, ["sensitivity", str(SAMPLE_XLSX), "--runs", "500", "--seed", "1"])
    assert out.exit_code == 0, out.output
    assert ("500 simulasi · setiap bobot ±25% · normalisasi sesuai kriteria · angka acak awal (`--seed`) 1"
            in out.output)
    assert "Ketapang tetap di peringkat 1 berapa pun bobot capaian" in out.output
    assert "Peringkat 1 (Ketapang) tidak bergantung pada satu indikator pun." in out.output
    assert "Tiga besar dengan urutan yang sama persis muncul pada " in out.output
    assert "tahun yang dinilai 2024, tahun pembanding 2023" in " ".join(out.output.split())
    assert "Peluang" in out.output and "juara 1" in out.output and "Persentil" in out.output  # headers on two lines


def test_cli_table_fits_100_columns(runner):
    out = runner.invoke(app, ["sensitivity", str(SAMPLE_XLSX), "--runs", "200", "--seed", "1", "--lang", "en"])
    assert out.exit_code == 0
    assert "keep their order while the weight of" in out.output
    assert max(len(line.rstrip()) for line in out.output.splitlines()) <= 100


def test_cli_json_equals_the_library(runner):
    out = runner.invoke(app, ["sensitivity", str(SAMPLE_XLSX), "--runs", "300", "--seed", "7", "--format", "json",
                              "--methods", "minmax,rank,zscore"])
    assert out.exit_code == 0
    expected = analyse(paritrana.evaluate(SAMPLE_XLSX), runs=300, seed=7, methods=["minmax", "rank", "zscore"])
    assert json.loads(out.stdout) == json.loads(expected.to_json())


def test_cli_writes_json_output(runner, tmp_path):
    target = tmp_path / "s.json"
    out = runner.invoke(app, ["sensitivity", str(SAMPLE_XLSX), "--runs", "100", "--seed", "2", "-o", str(target)])
    assert out.exit_code == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert (data["settings"]["seed"], data["groups"][0]["candidates"][0]["id"]) == (2, "Ketapang")


def test_cli_writes_xlsx_with_sheet_and_chart(runner, tmp_path):
    import openpyxl

    target = tmp_path / "s.xlsx"
    out = runner.invoke(app, ["sensitivity", str(SAMPLE_XLSX), "--runs", "100", "--seed", "2", "-o", str(target)])
    assert out.exit_code == 0
    book = openpyxl.load_workbook(target)
    sheet = book["Sensitivitas"]
    assert (sheet["B5"].value, sheet["B6"].value, len(sheet._charts)) == ("Nama", "Ketapang", 1)


def test_cli_refuses_an_unknown_output_type(runner, tmp_path):
    out = runner.invoke(app, ["sensitivity", str(SAMPLE_XLSX), "-o", "s.csv"])
    assert out.exit_code == 1
    assert 'Kesalahan: s.csv: jenis berkas keluaran ".csv" tidak dikenal; akhiri nama berkas dengan `.xlsx` atau ' \
           "`.json`" in out.output


def test_cli_refuses_to_overwrite_without_force(runner, tmp_path):
    target = tmp_path / "s.json"
    target.write_text("{}")
    out = runner.invoke(app, ["sensitivity", str(SAMPLE_XLSX), "--runs", "10", "-o", str(target)])
    assert (out.exit_code, target.read_text()) == (1, "{}")
    assert "berkas sudah ada; tambahkan `--force` untuk menimpanya" in out.output


@pytest.mark.parametrize("args", [["--methods", "minmax,fancy"], ["--jitter", "1.5"], ["--runs", "0"]])
def test_cli_bad_options_are_usage_errors(runner, args):
    out = runner.invoke(app, ["sensitivity", str(SAMPLE_XLSX), *args])
    assert out.exit_code == 2


def test_cli_data_error_is_one_line(runner, tmp_path):
    rows = {"A": (-5, 1, 1), "B": (3, 2, 2), "C": (4, 3, 3)}
    book, criteria = three_indicator_case(tmp_path, rows=rows, method="minmax")
    out = runner.invoke(app, ["sensitivity", str(book), "-c", str(criteria), "--methods", "ratio_to_max"])
    assert out.exit_code == 1
    assert ('Kesalahan: data.xlsx: metode `ratio_to_max` memerlukan nilai ≥ 0, padahal indikator `a` untuk "A" '
            "bernilai −5; hapus `ratio_to_max` dari `--methods`") in out.output


def test_cli_method_names_are_the_library_ones():
    from paritrana.cli.sensitivity import METHOD_NAMES
    from paritrana.sensitivity.matrix import METHOD_CHOICES

    assert METHOD_NAMES == METHOD_CHOICES


def test_splitting_runs_across_parts_and_threads_changes_nothing(stability_case, monkeypatch):
    from paritrana.sensitivity import montecarlo

    whole = analyse(stability_case, runs=3000, jitter=0.4, methods=["criteria", "rank"], seed=9).to_dict()
    monkeypatch.setattr(montecarlo, "PARALLEL_ELEMENTS", 1)
    monkeypatch.setattr(montecarlo, "CHUNK_ELEMENTS", 4 * 700)  # 700 runs per part: 5 parts
    ticks = []
    split = analyse(stability_case, runs=3000, jitter=0.4, methods=["criteria", "rank"], seed=9,
                    progress=lambda done, total: ticks.append((done, total))).to_dict()
    assert split == whole
    assert ticks[-1] == (3000, 3000) and len(ticks) == 5


def test_a_pool_larger_than_the_histogram_limit_is_refused_with_a_clear_error(monkeypatch):
    # With the limit lowered to 10, the 14 Kalbar regions are one group too many:
    # exit 1, the count and the limit in the message, no traceback.
    from typer.testing import CliRunner

    import paritrana.sensitivity as sensitivity
    from paritrana.cli.app import app

    monkeypatch.setattr(sensitivity, "MAX_GROUP_CANDIDATES", 10)
    out = CliRunner().invoke(app, ["sensitivity", str(SAMPLE_XLSX), "--runs", "10"])
    assert out.exit_code == 1
    assert ("14 kandidat memenuhi syarat: analisis sensitivitas menangani paling banyak 10 kandidat per kelompok"
            in " ".join(out.output.split()))
    assert "Traceback" not in out.output


def test_rank_output_xlsx_with_sensitivity_adds_the_sheet_with_the_podium(tmp_path):
    # rank --output report.xlsx --sensitivity: the report gains a Sensitivitas sheet naming
    # the three podium candidates; the other sheets are still there.
    import openpyxl
    from typer.testing import CliRunner

    from paritrana.cli.app import app

    report = tmp_path / "laporan.xlsx"
    out = CliRunner().invoke(app, ["rank", str(SAMPLE_XLSX), "-o", str(report), "--sensitivity"])
    assert out.exit_code == 0, out.output
    book = openpyxl.load_workbook(report)
    assert book.sheetnames[0] == "Peringkat" and book.sheetnames[-1] == "Sensitivitas"
    text = " ".join(str(c.value) for row in book["Sensitivitas"].iter_rows() for c in row if c.value is not None)
    assert all(name in text for name in ("Ketapang", "Mempawah", "Sekadau"))


def test_rank_sensitivity_without_an_xlsx_output_is_a_usage_error(tmp_path):
    from typer.testing import CliRunner

    from paritrana.cli.app import app

    no_output = CliRunner().invoke(app, ["rank", str(SAMPLE_XLSX), "--sensitivity"])
    assert no_output.exit_code == 2
    as_csv = CliRunner().invoke(app, ["rank", str(SAMPLE_XLSX), "-o", str(tmp_path / "r.csv"), "--sensitivity"])
    assert as_csv.exit_code == 2
    assert "--output BERKAS.xlsx" in as_csv.output
    assert not (tmp_path / "r.csv").exists()
