"""Ranking (core/rank.py): what mutation testing found untested — the tolerance at exactly
1e-9, ranking nobody, the ``Placings`` sequence itself and the placings remembered on the scores.
"""

from __future__ import annotations

import numpy as np

from paritrana.core.criteria import parse_criteria
from paritrana.core.rank import Placing, rank_scored
from paritrana.core.score import Scored

CRITERIA = "title: T\nindicators:\n  t1: {value: a, weight: 1}\n  t2: {value: b, weight: 1}\n"
NO_TIEBREAK = parse_criteria(CRITERIA)
BY_T1 = parse_criteria(CRITERIA + "tiebreak: [t1]\n")


def scored(scores, t1=None, eligible=None) -> Scored:
    n = len(scores)
    return Scored(
        names=[chr(ord("A") + i) for i in range(n)],
        groups=[None] * n,
        eligible=np.array(eligible if eligible is not None else [True] * n, dtype=bool),
        reasons=[[] for _ in range(n)],
        raw={},
        normalized={"t1": np.array(t1 or [0.0] * n, dtype=float), "t2": np.zeros(n)},
        contribution={},
        aspects={},
        score=np.array(scores, dtype=float),
        scales={},
    )


# ---------------------------------------------------------------------------- the tolerance


def test_scores_exactly_1e9_apart_are_tied():
    # 1e-9 − 0 is exactly the tolerance: within it, so A and B share rank 1
    assert list(rank_scored(scored([0.0, 1e-9]), NO_TIEBREAK)) == [Placing(0, 1, True), Placing(1, 1, True)]


def test_tiebreak_values_exactly_1e9_apart_do_not_separate():
    # equal scores; t1 0 and 1e-9 are within the tolerance: still tied (B, the higher, listed first)
    placings = rank_scored(scored([5.0, 5.0], t1=[0.0, 1e-9]), BY_T1)
    assert list(placings) == [Placing(1, 1, True), Placing(0, 1, True)]


# ---------------------------------------------------------------------------- nobody to rank


def test_no_eligible_candidate_gives_no_placings():
    placings = rank_scored(scored([3.0, 1.0], eligible=[False, False]), NO_TIEBREAK)
    assert (len(placings), list(placings)) == (0, [])


# ---------------------------------------------------------------------------- Placings


def test_placings_can_be_indexed_from_either_end():
    # B 30 first, C 20, A 10
    placings = rank_scored(scored([10.0, 30.0, 20.0]), NO_TIEBREAK)
    assert (placings[0], placings[-1]) == (Placing(1, 1, False), Placing(0, 3, False))


def test_placings_can_be_sliced():
    placings = rank_scored(scored([10.0, 30.0, 20.0]), NO_TIEBREAK)
    assert placings[1:] == [Placing(2, 2, False), Placing(0, 3, False)]


def test_placings_equal_the_list_of_the_same_placings_only():
    placings = rank_scored(scored([10.0, 30.0]), NO_TIEBREAK)
    assert placings == [Placing(1, 1, False), Placing(0, 2, False)]
    assert placings != [Placing(0, 1, False), Placing(1, 2, False)]


def test_a_placing_holds_plain_python_values():
    # the JSON writer and the reports read these: an int row, an int rank, a bool flag
    first = rank_scored(scored([7.0, 7.0]), NO_TIEBREAK)[0]
    assert first == Placing(0, 1, True)
    assert [type(v) for v in first] == [int, int, bool]
    assert [type(v) for v in list(rank_scored(scored([7.0, 7.0]), NO_TIEBREAK))[0]] == [int, int, bool]


# ---------------------------------------------------------------------------- remembered


def test_the_placings_are_remembered_on_the_scores():
    s = scored([10.0, 30.0])
    assert rank_scored(s, NO_TIEBREAK) is rank_scored(s, NO_TIEBREAK)


def test_the_same_scores_under_another_tiebreak_are_ranked_again():
    # tied on score; by t1 (A 90, B 10) A comes first, without a tiebreak both share rank 1
    s = scored([5.0, 5.0], t1=[90.0, 10.0])
    assert list(rank_scored(s, NO_TIEBREAK)) == [Placing(0, 1, True), Placing(1, 1, True)]
    assert list(rank_scored(s, BY_T1)) == [Placing(0, 1, False), Placing(1, 2, False)]
