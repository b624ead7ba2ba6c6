"""Weights, aggregation, eligibility, missing values, ranking and groups — worked by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import paritrana
from conftest import make_workbook, write_criteria
from paritrana.core.criteria import parse_criteria
from paritrana.core.rank import rank_scored
from paritrana.core.score import Scored
from paritrana.errors import DataError, ParitranaError

# ---------------------------------------------------------------------------- weights

# Two aspects: satu (weight 3) holds ia (1) and ib (3); dua (weight 1) holds ic (5).
TWO_ASPECTS = """\
title: Two aspects
aggregation: {aggregation}
columns:
  wilayah: [Wilayah]
  a: [A]
  b: [B]
  c: [C]
aspects:
  satu:
    weight: 3
    indicators:
      ia: {{value: a, weight: 1, normalize: {norm}}}
      ib: {{value: b, weight: 3, normalize: {norm}}}
  dua:
    weight: 1
    indicators:
      ic: {{value: c, weight: 5, normalize: {norm}}}
"""
# a: P 0, Q 10, R 5 -> minmax 0, 100, 50
# b: P 10, Q 0, R 5 -> minmax 100, 0, 50
# c: P 4, Q 2, R 0  -> minmax 100, 50, 0
THREE = [["Wilayah", "A", "B", "C"], ["P", 0, 10, 4], ["Q", 10, 0, 2], ["R", 5, 5, 0]]


def two_aspects(tmp_path, aggregation="arithmetic", norm="minmax"):
    criteria = write_criteria(tmp_path, TWO_ASPECTS.format(aggregation=aggregation, norm=norm))
    data = make_workbook(tmp_path, {"2024": THREE})
    return paritrana.run(data, criteria=criteria)


def by_id(result):
    return {r.id: r for r in result.results}


def test_global_weight_is_aspect_share_times_share_in_aspect():
    c = parse_criteria(TWO_ASPECTS.format(aggregation="arithmetic", norm="minmax"))
    # aspect shares 3/4 and 1/4; in satu ia 1/4, ib 3/4; in dua ic 5/5
    assert c.aspect_shares == pytest.approx({"satu": 0.75, "dua": 0.25})
    assert c.local_weights == pytest.approx({"ia": 0.25, "ib": 0.75, "ic": 1.0})
    # ia 3/4 * 1/4 = 0.1875, ib 3/4 * 3/4 = 0.5625, ic 1/4 * 1 = 0.25
    assert c.global_weights == pytest.approx({"ia": 0.1875, "ib": 0.5625, "ic": 0.25})


def test_weights_are_relative():
    # weights 40/60 and 2/3 are the same criteria: 40/100 = 2/5 = 0.4
    big = parse_criteria("title: T\nindicators:\n  x: {value: a, weight: 40}\n  y: {value: b, weight: 60}\n")
    small = parse_criteria("title: T\nindicators:\n  x: {value: a, weight: 2}\n  y: {value: b, weight: 3}\n")
    assert big.global_weights == pytest.approx({"x": 0.4, "y": 0.6})
    assert small.global_weights == pytest.approx({"x": 0.4, "y": 0.6})


def test_arithmetic_scores(tmp_path):
    r = by_id(two_aspects(tmp_path))
    # P: 0.1875*0 + 0.5625*100 + 0.25*100 = 81.25
    # Q: 0.1875*100 + 0.5625*0 + 0.25*50 = 31.25
    # R: 0.1875*50 + 0.5625*50 + 0.25*0 = 37.5
    assert {k: v.score for k, v in r.items()} == pytest.approx({"P": 81.25, "Q": 31.25, "R": 37.5})
    assert [(k, v.rank) for k, v in sorted(r.items(), key=lambda kv: kv[1].rank)] == [("P", 1), ("R", 2), ("Q", 3)]


def test_arithmetic_contributions_are_weight_times_normalized(tmp_path):
    p = by_id(two_aspects(tmp_path))["P"]
    # ib: 0.5625 * 100 = 56.25; ic: 0.25 * 100 = 25
    assert p.indicators["ib"].contribution == pytest.approx(56.25)
    assert p.indicators["ic"].contribution == pytest.approx(25.0)
    assert p.indicators["ib"].weight == pytest.approx(0.5625)


def test_arithmetic_contributions_sum_to_score(tmp_path):
    for r in two_aspects(tmp_path).results:
        assert sum(i.contribution for i in r.indicators.values()) == pytest.approx(r.score, abs=1e-9)


def test_aspect_score_is_its_own_0_100_score(tmp_path):
    r = by_id(two_aspects(tmp_path))
    # P satu = 1/4*0 + 3/4*100 = 75 (not its share of the total, 56.25); dua = 100
    # Q satu = 1/4*100 + 3/4*0 = 25; dua = 50.   R satu = 50, dua = 0
    assert r["P"].aspects == pytest.approx({"satu": 75.0, "dua": 100.0})
    assert r["Q"].aspects == pytest.approx({"satu": 25.0, "dua": 50.0})
    assert r["R"].aspects == pytest.approx({"satu": 50.0, "dua": 0.0})


def test_score_is_weighted_mean_of_aspects(tmp_path):
    for r in two_aspects(tmp_path).results:
        # 3/4 * satu + 1/4 * dua
        assert r.score == pytest.approx(0.75 * r.aspects["satu"] + 0.25 * r.aspects["dua"])


# ---------------------------------------------------------------------------- geometric

RANGED = "{method: minmax, range: [1, 100]}"
# with range [1, 100]: a -> P 1, Q 100, R 50.5; b -> P 100, Q 1, R 50.5; c -> P 100, Q 50.5, R 1


def test_geometric_aspect_scores(tmp_path):
    r = by_id(two_aspects(tmp_path, "geometric", RANGED))
    # P satu = 1^(1/4) * 100^(3/4) = 10^1.5 = 31.623; dua = 100^1 = 100
    assert r["P"].aspects["satu"] == pytest.approx(10**1.5)
    assert r["P"].aspects["dua"] == pytest.approx(100)
    # Q satu = 100^(1/4) * 1^(3/4) = 10^0.5
    assert r["Q"].aspects["satu"] == pytest.approx(10**0.5)


def test_geometric_total(tmp_path):
    r = by_id(two_aspects(tmp_path, "geometric", RANGED))
    # P = satu^(3/4) * dua^(1/4) = 10^(1.125) * 10^(0.5) = 10^1.625 = 42.17
    assert r["P"].score == pytest.approx(10**1.625)
    # Q = (10^0.5)^(3/4) * 50.5^(1/4);  R = 50.5^(3/4) * 1^(1/4)
    assert r["Q"].score == pytest.approx(10**0.375 * 50.5**0.25)
    assert r["R"].score == pytest.approx(50.5**0.75)
    # R 18.94 > Q 6.32
    assert [x.id for x in two_aspects(tmp_path, "geometric", RANGED).results] == ["P", "R", "Q"]


def test_geometric_contribution_is_null(tmp_path):
    result = two_aspects(tmp_path, "geometric", RANGED)
    assert all(i.contribution is None for r in result.results for i in r.indicators.values())
    assert result.to_dict()["results"][0]["indicators"]["ia"]["contribution"] is None


def test_geometric_over_zero_is_an_error_naming_candidate_and_indicator(tmp_path):
    # plain minmax gives P 0 on ia: a product would silently be 0
    with pytest.raises(DataError, match=r"rata-rata geometrik memerlukan nilai > 0, tetapi nilai P pada indikator "
                                        r"`ia` adalah 0; beri `ia` rentang yang dimulai di atas 0") as info:
        two_aspects(tmp_path, "geometric", "minmax")
    assert str(info.value).startswith("data.xlsx › 2024!A2: ")  # P's row


# ---------------------------------------------------------------------------- eligibility

ELIGIBILITY = """\
title: E
columns:
  wilayah: [Wilayah]
  pekerja: [Pekerja]
  peserta: [Peserta]
indicators:
  capaian: {value: peserta, weight: 1}
eligibility:
  - pekerja > 0
  - peserta <= pekerja
"""


def eligibility_run(tmp_path, rows):
    criteria = write_criteria(tmp_path, ELIGIBILITY)
    data = make_workbook(tmp_path, {"2024": [["Wilayah", "Pekerja", "Peserta"], *rows]})
    return paritrana.run(data, criteria=criteria)


def test_ineligible_lists_every_failed_rule_as_written(tmp_path):
    result = eligibility_run(tmp_path, [["A", 100, 50], ["B", 0, 10], ["C", 100, 80]])
    # B: pekerja 0 fails "pekerja > 0"; peserta 10 > 0 fails "peserta <= pekerja"
    assert [(i.id, i.reasons) for i in result.ineligible] == [("B", ["pekerja > 0", "peserta <= pekerja"])]
    assert [r.id for r in result.results] == ["C", "A"]


def test_ineligible_are_excluded_from_normalisation(tmp_path):
    # B (peserta 500 > pekerja 100) would be the max; without it min 50, max 80:
    # A 50 -> 0, C 80 -> 100, D 65 -> 50
    result = eligibility_run(tmp_path, [["A", 100, 50], ["B", 100, 500], ["C", 100, 80], ["D", 100, 65]])
    assert {r.id: r.score for r in result.results} == pytest.approx({"C": 100, "D": 50, "A": 0})
    assert result.to_dict()["ineligible"] == [{"id": "B", "group": None, "reasons": ["peserta <= pekerja"]}]


# ---------------------------------------------------------------------------- missing values

MISSING = """\
title: M
columns:
  wilayah: [Wilayah]
  a: [A]
  b: [B]
indicators:
  r: {{value: a / b, weight: 1, missing: {policy}}}
"""
# r = a / b: P 10/2 = 5, Q 6/0 = missing (division by zero), R 4/2 = 2
DIVIDE = [["Wilayah", "A", "B"], ["P", 10, 2], ["Q", 6, 0], ["R", 4, 2]]


def missing_run(tmp_path, policy):
    criteria = write_criteria(tmp_path, MISSING.format(policy=policy))
    return paritrana.run(make_workbook(tmp_path, {"2024": DIVIDE}), criteria=criteria)


def test_missing_error_names_candidate_and_indicator(tmp_path):
    with pytest.raises(DataError, match=r"indikator `r` tidak bernilai untuk Q: .*pembagian dengan nol") as info:
        missing_run(tmp_path, "error")
    assert "2024!A3" in str(info.value)


def test_missing_zero(tmp_path):
    r = by_id(missing_run(tmp_path, "zero"))
    # Q becomes 0: min 0, max 5 -> P 100, R 2/5*100 = 40, Q 0
    assert r["Q"].indicators["r"].raw == 0
    assert {k: v.score for k, v in r.items()} == pytest.approx({"P": 100, "R": 40, "Q": 0})


def test_missing_exclude(tmp_path):
    result = missing_run(tmp_path, "exclude")
    # Q leaves the pool: P 100, R 0 (min 2, max 5)
    assert [(r.id, r.score) for r in result.results] == [("P", 100.0), ("R", 0.0)]
    assert [i.id for i in result.ineligible] == ["Q"]
    assert "missing: exclude" in result.ineligible[0].reasons[0]


def test_missing_mean(tmp_path):
    r = by_id(missing_run(tmp_path, "mean"))
    # Q gets the mean of P and R: (5 + 2) / 2 = 3.5 -> (3.5 - 2) / 3 * 100 = 50
    assert r["Q"].indicators["r"].raw == pytest.approx(3.5)
    assert r["Q"].score == pytest.approx(50)


# ---------------------------------------------------------------------------- ranking (unit)

TIEBREAK = "title: T\nindicators:\n  t1: {{value: a, weight: 1}}\n  t2: {{value: b, weight: 1}}\ntiebreak: {tb}\n"


def placings(scores, tiebreak=(), t1=None, t2=None, groups=None, eligible=None):
    n = len(scores)
    names = [chr(ord("A") + i) for i in range(n)]
    scored = Scored(
        names=names,
        groups=list(groups or [None] * n),
        eligible=np.array(eligible or [True] * n, dtype=bool),
        reasons=[[] for _ in range(n)],
        raw={},
        normalized={"t1": np.array(t1 or [0.0] * n, float), "t2": np.array(t2 or [0.0] * n, float)},
        contribution={},
        aspects={},
        score=np.array(scores, dtype=float),
        scales={},
    )
    criteria = parse_criteria(TIEBREAK.format(tb=list(tiebreak)).replace("'", ""))
    return [(names[p.index], p.rank, p.tie) for p in rank_scored(scored, criteria)]


def test_rank_is_by_score_descending():
    assert placings([10, 30, 20]) == [("B", 1, False), ("C", 2, False), ("A", 3, False)]


def test_scores_within_1e9_share_the_rank():
    # A and B differ by 5e-10: tied at 1; C is third (1, 1, 3)
    assert placings([50, 50 + 5e-10, 40]) == [("A", 1, True), ("B", 1, True), ("C", 3, False)]


def test_scores_further_apart_than_1e9_are_not_tied():
    assert placings([50, 50 + 1e-6]) == [("B", 1, False), ("A", 2, False)]


def test_tiebreak_separates_and_does_not_flag():
    # equal scores; t1: A 80, B 90 -> B first, neither flagged
    assert placings([50, 50], ["t1"], t1=[80, 90]) == [("B", 1, False), ("A", 2, False)]


def test_tiebreak_indicators_are_used_in_order():
    # t1 equal; t2: A 10, B 20 -> B first. (t2 would be ignored if t1 differed.)
    assert placings([50, 50], ["t1", "t2"], t1=[70, 70], t2=[10, 20]) == [("B", 1, False), ("A", 2, False)]
    assert placings([50, 50], ["t1", "t2"], t1=[90, 70], t2=[10, 20]) == [("A", 1, False), ("B", 2, False)]


def test_still_tied_after_tiebreak_share_the_rank_and_are_flagged():
    # all 50; t1: A 90, B 70, C 70 -> A 1 (separated, not flagged), B and C 2 tied, D 40 -> 4
    out = placings([50, 50, 50, 40], ["t1"], t1=[90, 70, 70, 0])
    assert out == [("A", 1, False), ("B", 2, True), ("C", 2, True), ("D", 4, False)]


def test_ties_without_tiebreak_are_flagged():
    assert placings([50, 50, 50]) == [("A", 1, True), ("B", 1, True), ("C", 1, True)]


def test_ineligible_are_not_ranked():
    assert placings([10, 30, 20], eligible=[True, False, True]) == [("C", 1, False), ("A", 2, False)]


def test_groups_are_ranked_separately():
    out = placings([10, 30, 20, 5], groups=["kab", "kota", "kab", "kota"])
    assert sorted(out) == [("A", 2, False), ("B", 1, False), ("C", 1, False), ("D", 2, False)]


# ---------------------------------------------------------------------------- groups (end to end)

GROUPED = """\
title: G
group_by: kategori
columns:
  wilayah: [Wilayah]
  kategori: [Kategori]
  a: [A]
indicators:
  ia: {value: a, weight: 1}
eligibility:
  - a < 1000
"""


def test_group_by_normalises_within_each_group_over_eligible_only(tmp_path):
    rows = [["Wilayah", "Kategori", "A"], ["P", "Kab", 10], ["Q", "Kota", 0], ["R", "Kab", 4],
            ["S", "Kota", 40], ["T", "Kab", 0], ["U", "Kab", 5000]]
    result = paritrana.run(make_workbook(tmp_path, {"2024": rows}), criteria=write_criteria(tmp_path, GROUPED))
    got = [(r.group, r.id, r.rank, round(r.score, 9)) for r in result.results]
    # Kab without U (ineligible): min 0, max 10 -> P 100, R 40, T 0.  Kota: S 100, Q 0.
    assert got == [("Kab", "P", 1, 100), ("Kab", "R", 2, 40), ("Kab", "T", 3, 0),
                   ("Kota", "S", 1, 100), ("Kota", "Q", 2, 0)]
    assert [(i.id, i.group) for i in result.ineligible] == [("U", "Kab")]


def test_group_by_column_missing_from_the_data_is_an_error(tmp_path):
    data = make_workbook(tmp_path, {"2024": [["Wilayah", "A"], ["P", 10]]})
    with pytest.raises(ParitranaError, match=r"kolom `kategori` tidak ditemukan"):
        paritrana.run(data, criteria=write_criteria(tmp_path, GROUPED))


def test_candidate_without_a_group_is_an_error(tmp_path):
    rows = [["Wilayah", "Kategori", "A"], ["P", "Kab", 10], ["Q", None, 5]]
    with pytest.raises(ParitranaError, match=r'2024!B3: nilai `kategori` untuk "Q" kosong'):
        paritrana.run(make_workbook(tmp_path, {"2024": rows}), criteria=write_criteria(tmp_path, GROUPED))


def test_scores_are_finite_for_ranked_candidates(tmp_path):
    assert all(math.isfinite(r.score) for r in two_aspects(tmp_path).results)


# ---------------------------------------------------------------------------- empty cells and missing policies

EMPTY = """\
title: E
columns:
  wilayah: [Wilayah]
  a: [A]
  b: [B]
indicators:
  ia: {{value: a, weight: 1, missing: {policy}}}
  ib: {{value: b, weight: 1}}
"""
# Q has no A. ib = b: P 2, Q 1, R 2 -> minmax P 100, Q 0, R 100
EMPTY_ROWS = [["Wilayah", "A", "B"], ["P", 10, 2], ["Q", None, 1], ["R", 4, 2]]


def empty_run(tmp_path, policy):
    criteria = write_criteria(tmp_path, EMPTY.format(policy=policy))
    return paritrana.run(make_workbook(tmp_path, {"2024": EMPTY_ROWS}), criteria=criteria)


def test_empty_cell_with_missing_error_names_the_cell(tmp_path):
    with pytest.raises(DataError, match=r"data\.xlsx › 2024!B3: nilai `a` untuk Q kosong "
                                        r"\(diperlukan oleh indikator `ia`\)"):
        empty_run(tmp_path, "error")


def test_empty_cell_with_missing_zero(tmp_path):
    result = empty_run(tmp_path, "zero")
    # ia: P 10, Q 0, R 4 -> 100, 0, 40; score = (ia + ib) / 2: P 100, R 70, Q 0
    assert [(r.id, round(r.score, 9)) for r in result.results] == [("P", 100), ("R", 70), ("Q", 0)]
    assert any(w.startswith("2024!B3: nilai `a` untuk Q kosong") for w in result.warning_texts())


def test_empty_cell_with_missing_mean(tmp_path):
    r = by_id(empty_run(tmp_path, "mean"))
    # Q's ia = (10 + 4) / 2 = 7 -> (7 - 4) / 6 * 100 = 50; Q = (50 + 0) / 2 = 25
    assert r["Q"].indicators["ia"].raw == 7
    assert r["Q"].score == pytest.approx(25)


def test_empty_cell_with_missing_exclude(tmp_path):
    result = empty_run(tmp_path, "exclude")
    # without Q: ia P 100, R 0; ib P 100, R 100 -> P 100, R 50
    assert [(r.id, round(r.score, 9)) for r in result.results] == [("P", 100), ("R", 50)]
    assert [(i.id, i.reasons) for i in result.ineligible] == [("Q", ["ia: no value (missing: exclude)"])]


def test_identical_candidates_tie_end_to_end(tmp_path):
    criteria = write_criteria(tmp_path, ELIGIBILITY + "tiebreak: [capaian]\n")
    rows = [["Wilayah", "Pekerja", "Peserta"], ["Sanggau", 100, 80], ["Landak", 100, 80], ["Melawi", 100, 20]]
    result = paritrana.run(make_workbook(tmp_path, {"2024": rows}), criteria=criteria)
    # Sanggau and Landak: same score and same tiebreak value -> 1, 1 (listed by name), Melawi 3
    assert [(r.id, r.rank, r.tie) for r in result.results] == [("Landak", 1, True), ("Sanggau", 1, True),
                                                               ("Melawi", 3, False)]


# ---------------------------------------------------------------------------- ranking (property)

small = st.integers(min_value=0, max_value=3)  # few values, so ties are frequent


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(small, small, small), min_size=1, max_size=8), st.integers(min_value=0, max_value=2))
def test_rank_is_one_plus_the_number_of_better_candidates(rows, n_tiebreak):
    scores = [float(s) for s, _, _ in rows]
    t1, t2 = [float(a) for _, a, _ in rows], [float(b) for _, _, b in rows]
    tiebreak = ["t1", "t2"][:n_tiebreak]
    out = {name: (rank, tie) for name, rank, tie in placings(scores, tiebreak, t1=t1, t2=t2)}

    def key(i):  # what decides the order: score, then the tiebreak values in order
        return (scores[i], *([t1[i], t2[i]][:n_tiebreak]))

    for i in range(len(rows)):
        better = sum(1 for j in range(len(rows)) if key(j) > key(i))
        same = sum(1 for j in range(len(rows)) if j != i and key(j) == key(i))
        assert out[chr(ord("A") + i)] == (1 + better, same > 0)


def test_eligibility_rule_with_previous_reads_the_baseline(tmp_path):
    criteria = write_criteria(tmp_path, """\
title: Growth required
columns:
  wilayah: [Wilayah]
  peserta: [Peserta]
indicators:
  capaian: {value: peserta, weight: 1}
eligibility:
  - peserta >= previous(peserta)
""")
    # A grew 10 -> 12 (eligible); B fell 10 -> 8 (ineligible)
    header = ["Wilayah", "Peserta"]
    data = make_workbook(tmp_path, {"2023": [header, ["A", 10], ["B", 10]], "2024": [header, ["A", 12], ["B", 8]]})
    result = paritrana.run(data, criteria=criteria)
    assert result.baseline_year == 2023
    assert [r.id for r in result.results] == ["A"]
    assert [(i.id, i.reasons) for i in result.ineligible] == [("B", ["peserta >= previous(peserta)"])]


def test_eligibility_rule_with_previous_and_no_baseline_is_a_data_error(tmp_path):
    criteria = write_criteria(tmp_path, "title: T\ncolumns:\n  wilayah: [Wilayah]\n  peserta: [Peserta]\n"
                                        "indicators:\n  capaian: {value: peserta, weight: 1}\n"
                                        "eligibility:\n  - peserta >= previous(peserta)\n")
    data = make_workbook(tmp_path, {"2024": [["Wilayah", "Peserta"], ["A", 12]]})
    with pytest.raises(DataError, match=r'`previous\(\)` \(syarat kelayakan "peserta >= previous\(peserta\)"\), '
                                        r"tetapi berkas ini tidak memuat tahun sebelum 2024"):
        paritrana.run(data, criteria=criteria)
