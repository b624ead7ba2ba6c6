"""SPEC's "Criteria files (YAML)" section checked by hand arithmetic, through `rank -f json`.

Each test is one sentence of the section: a tiny table, a criteria file, and the numbers worked
by hand in a comment. The first tests are defects this probe found; the rest pin what SPEC
promises so a change to the arithmetic is caught.
"""

from __future__ import annotations

import json

import pytest

from conftest import make_workbook, write_criteria
from paritrana.cli import app


def rank_json(runner, tmp_path, csv: str, criteria: str, *extra: str) -> dict:
    data = tmp_path / "d.csv"
    data.write_text(csv, encoding="utf-8")
    path = write_criteria(tmp_path, criteria)
    result = runner.invoke(app, ["rank", str(data.name), "-c", str(path.name), "-f", "json", *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def rank_error(runner, tmp_path, csv: str, criteria: str, *extra: str) -> str:
    data = tmp_path / "d.csv"
    data.write_text(csv, encoding="utf-8")
    path = write_criteria(tmp_path, criteria)
    result = runner.invoke(app, ["rank", str(data.name), "-c", str(path.name), "-f", "json", *extra])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    return " ".join(result.output.split())


def by_id(out: dict) -> dict[str, dict]:
    return {r["id"]: r for r in out["results"]}


def normalized(out: dict, iid: str) -> dict[str, float]:
    return {r["id"]: r["indicators"][iid]["normalized"] for r in out["results"]}


# ==== defects found =============================================================================

# ---- values equal but for float rounding are equal ------------------------------------------------
# A grew 0.08 → 0.15 and B 0.01 → 0.08: both +0.07 points, but 0.15 − 0.08 is 0.06999999999999999
# and 0.08 − 0.01 is 0.07. minmax used to give B 100 and A 0 (B first outright, no tie); SPEC:
# "if all values are equal, every candidate gets 100".

GROWTH = """\
title: Uji
indicators:
  g: {{value: c - previous(c), weight: 1, normalize: {method}}}
"""


def growth_workbook(tmp_path):
    return make_workbook(tmp_path, {"2023": [["wilayah", "c"], ["A", 0.08], ["B", 0.01]],
                                    "2024": [["wilayah", "c"], ["A", 0.15], ["B", 0.08]]})


@pytest.mark.parametrize(("method", "expected"), [("minmax", 100.0), ("rank", 50.0), ("zscore", 50.0),
                                                  ("ratio_to_max", 100.0)])
def test_an_equal_growth_computed_two_ways_is_equal(runner, tmp_path, method, expected):
    # all equal: minmax 100, ratio_to_max 100·x/max = 100; rank: both r = 1.5 → 100·0.5/1 = 50;
    # zscore: no spread → 50. Both tied at rank 1.
    book = growth_workbook(tmp_path)
    criteria = write_criteria(tmp_path, GROWTH.format(method=method))
    result = runner.invoke(app, ["rank", book.name, "-c", criteria.name, "-f", "json"])
    out = json.loads(result.stdout)
    assert normalized(out, "g") == {"A": expected, "B": expected}
    assert [(r["rank"], r["tie"]) for r in out["results"]] == [(1, True), (1, True)]


def test_values_that_really_differ_keep_their_exact_minmax(runner, tmp_path):
    # 2, 4, 4, 10 (no value within 1e-9 × 10 of another but the equal fours):
    # minmax 100·(4 − 2)/8 = 25 exactly, as typed by hand.
    out = rank_json(runner, tmp_path, "wilayah,a\nA,2\nB,4\nC,4\nD,10\nE,11\n",
                    "title: Uji\nindicators:\n  x: {value: a, weight: 1}\n")
    assert normalized(out, "x") == {"E": 100.0, "D": pytest.approx(800 / 9), "B": 2 / 9 * 100,
                                    "C": 2 / 9 * 100, "A": 0.0}


# ---- a constant indicator value ------------------------------------------------------------------
# `value: 5` (every candidate the same) in criteria that read no column used to crash with an
# IndexError traceback.

def test_criteria_reading_no_column_give_every_candidate_the_same(runner, tmp_path):
    # x = 5 for both: all equal → minmax 100; both score 100, tied
    out = rank_json(runner, tmp_path, "wilayah,a\nA,1\nB,2\n", "title: Uji\nindicators:\n  x: {value: 5, weight: 1}\n")
    assert [(r["rank"], r["indicators"]["x"]["raw"], r["score"], r["tie"]) for r in out["results"]] == [
        (1, 5.0, 100.0, True), (1, 5.0, 100.0, True)]


def test_a_constant_indicator_value_gives_every_candidate_100(runner, tmp_path):
    # x: 5 for all → all equal → minmax 100; y: a = 1, 2 → 0, 100.
    # A = 0.5·100 + 0.5·0 = 50; B = 0.5·100 + 0.5·100 = 100
    out = rank_json(runner, tmp_path, "wilayah,a\nA,1\nB,2\n",
                    "title: Uji\nindicators:\n  x: {value: 5, weight: 1}\n  y: {value: a, weight: 1}\n")
    assert {r["id"]: (r["indicators"]["x"]["raw"], r["score"]) for r in out["results"]} == {
        "B": (5.0, 100.0), "A": (5.0, 50.0)}


def test_a_constant_derived_value_is_given_to_every_candidate(runner, tmp_path):
    # k = 2·3 = 6 for both; `none` keeps it: both score 6, tied.
    out = rank_json(runner, tmp_path, "wilayah,a\nA,1\nB,2\n",
                    "title: Uji\nderived:\n  k: 2 * 3\nindicators:\n  x: {value: k, weight: 1, normalize: none}\n")
    assert [(r["rank"], r["score"], r["tie"]) for r in out["results"]] == [(1, 6.0, True), (1, 6.0, True)]


# ---- an empty flat `indicators:` mapping ----------------------------------------------------------
# `indicators: {}` used to crash with a pydantic traceback when the data were read.

def test_an_empty_indicators_mapping_is_a_criteria_error_at_its_line(runner, tmp_path):
    text = rank_error(runner, tmp_path, "wilayah,a\nA,1\n", "title: Uji\nindicators: {}\n")
    assert "criteria.yaml: indicators: kriteria memerlukan sedikitnya satu indikator (baris 2)" in text


def test_an_empty_indicators_mapping_in_english(runner, tmp_path):
    text = rank_error(runner, tmp_path, "wilayah,a\nA,1\n", "title: Uji\nindicators: {}\n", "--lang", "en")
    assert "indicators: the criteria need at least one indicator (line 2)" in text


# ---- a geometric mean stays within its values ------------------------------------------------------
# exp(log 100) is 100.00000000000004: a candidate at 100 everywhere scored above 100.

def test_a_geometric_mean_of_hundreds_is_exactly_100(runner, tmp_path):
    # B is best on both: 100^0.25 · 100^0.75 = 100; A: 25^0.25 · 25^0.75 = 25 (ratio_to_max 1/4, 10/40)
    out = rank_json(runner, tmp_path, "wilayah,a,b\nA,1,10\nB,4,40\n",
                    "title: Uji\naggregation: geometric\nindicators:\n"
                    "  x: {value: a, weight: 1, normalize: ratio_to_max}\n"
                    "  y: {value: b, weight: 3, normalize: ratio_to_max}\n")
    assert by_id(out)["B"]["score"] == 100.0
    assert by_id(out)["A"]["score"] == pytest.approx(25.0, abs=1e-12)


def test_a_one_indicator_geometric_aspect_is_its_value(runner, tmp_path):
    # aspect q holds z alone: its score is z's normalised value, 100 and 25, exactly
    out = rank_json(runner, tmp_path, "wilayah,a,c\nA,1,4\nB,4,1\n", """\
title: Uji
aggregation: geometric
aspects:
  p: {weight: 1, indicators: {x: {value: a, weight: 1, normalize: ratio_to_max}}}
  q: {weight: 1, indicators: {z: {value: c, weight: 3, normalize: ratio_to_max}}}
""")
    assert {r["id"]: r["aspects"] for r in out["results"]} == {"A": {"p": 25.0, "q": 100.0},
                                                               "B": {"p": 100.0, "q": 25.0}}


# ---- a function name in capitals is suggested in lower case -----------------------------------------

def test_a_function_in_capitals_suggests_the_lower_case_name(runner, tmp_path):
    text = rank_error(runner, tmp_path, "wilayah,a\nA,1\n", "title: Uji\nindicators:\n  x: {value: LOG(a), weight: 1}\n")
    assert "fungsi `LOG` tidak dikenal; apakah yang dimaksud `log`? (baris 3)" in text


# ==== SPEC pinned by hand ========================================================================

def test_the_defaults_read_canonical_headers_and_id_numbers(runner, tmp_path):
    # no language/number_locale/entity/columns: header `wilayah` names candidates, "1.000" is 1000
    # (id locale), flat indicators, arithmetic. x = a minmax over 1000, 2000, 4000: 0, 33.3, 100;
    # y = b lower over 10, 30, 20: 100, 0, 50. Weights 1:3 → 0.25, 0.75.
    # A = 0.25·0 + 0.75·100 = 75; C = 0.25·100 + 0.75·50 = 62.5; B = 0.25·33.33 + 0 = 8.33
    out = rank_json(runner, tmp_path, 'wilayah,a,b\nA,"1.000",10\nB,"2.000",30\nC,"4.000",20\n',
                    "title: Uji\nindicators:\n  x: {value: a, weight: 1}\n  y: {value: b, weight: 3, better: lower}\n")
    assert [(r["rank"], r["id"], r["score"]) for r in out["results"]] == [
        (1, "A", 75.0), (2, "C", 62.5), (3, "B", pytest.approx(25 / 3))]
    a = by_id(out)["A"]["indicators"]
    assert (a["x"]["raw"], a["x"]["weight"], a["y"]["weight"], a["y"]["contribution"]) == (1000.0, 0.25, 0.75, 75.0)


def test_global_weight_is_aspect_share_times_share_in_aspect(runner, tmp_path):
    # aspects 1:3 → 0.25, 0.75; in p x:y = 2:2 → 0.5 each → global 0.125; z alone → 0.75.
    # C: x 100, y 0, z 10/10 = 100 → 12.5 + 0 + 75 = 87.5; aspect p = 0.5·100 + 0.5·0 = 50
    out = rank_json(runner, tmp_path, "wilayah,a,b,c\nA,0,10,5\nB,10,20,5\nC,20,0,10\n", """\
title: Uji
aspects:
  p:
    weight: 1
    indicators:
      x: {value: a, weight: 2}
      y: {value: b, weight: 2}
  q:
    weight: 3
    indicators:
      z: {value: c, weight: 5, normalize: ratio_to_max}
""")
    c = by_id(out)["C"]
    assert {k: v["weight"] for k, v in c["indicators"].items()} == {"x": 0.125, "y": 0.125, "z": 0.75}
    assert (c["score"], c["aspects"]) == (87.5, {"p": 50.0, "q": 100.0})
    # B: x 50, y 100, z 50 → 6.25 + 12.5 + 37.5 = 56.25
    assert by_id(out)["B"]["score"] == 56.25


METHOD_TABLE = "wilayah,a\nA,2\nB,4\nC,4\nD,10\nE,7\n"


@pytest.mark.parametrize(("method", "better", "expected"), [
    # minmax over 2..10: (x − 2)/8; lower (10 − x)/8
    ("minmax", "higher", {"A": 0.0, "B": 25.0, "C": 25.0, "D": 100.0, "E": 62.5}),
    ("minmax", "lower", {"A": 100.0, "B": 75.0, "C": 75.0, "D": 0.0, "E": 37.5}),
    # target 3..8 clipped: A (2) → 0, D (10) → 100, B 20, E 80; lower mirrored
    ("{method: target, min: 3, max: 8}", "higher", {"A": 0.0, "B": 20.0, "C": 20.0, "D": 100.0, "E": 80.0}),
    ("{method: target, min: 3, max: 8}", "lower", {"A": 100.0, "B": 80.0, "C": 80.0, "D": 0.0, "E": 20.0}),
    # ratio_to_max: 100·x/10; lower: 100·2/x
    ("ratio_to_max", "higher", {"A": 20.0, "B": 40.0, "C": 40.0, "D": 100.0, "E": 70.0}),
    ("ratio_to_max", "lower", {"A": 100.0, "B": 50.0, "C": 50.0, "D": 20.0, "E": pytest.approx(200 / 7)}),
    # rank ascending A 1, B/C 2.5, E 4, D 5; 100·(r − 1)/4
    ("rank", "higher", {"A": 0.0, "B": 37.5, "C": 37.5, "D": 100.0, "E": 75.0}),
    ("rank", "lower", {"A": 100.0, "B": 62.5, "C": 62.5, "D": 0.0, "E": 25.0}),
    # minmax with range [10, 60]: 10 + 50·(x − 2)/8
    ("{method: minmax, range: [10, 60]}", "higher", {"A": 10.0, "B": 22.5, "C": 22.5, "D": 60.0, "E": 41.25}),
    ("{method: rank, range: [1, 100]}", "lower", {"A": 100.0, "B": 62.875, "C": 62.875, "D": 1.0, "E": 25.75}),
])
def test_each_method_each_direction_by_hand(runner, tmp_path, method, better, expected):
    out = rank_json(runner, tmp_path, METHOD_TABLE,
                    f"title: Uji\nindicators:\n  x: {{value: a, weight: 1, normalize: {method}, better: {better}}}\n")
    assert normalized(out, "x") == expected


def test_zscore_uses_the_population_deviation(runner, tmp_path):
    # 1, 3, 3, 9: mean 4, deviations −3, −1, −1, 5; variance (9 + 1 + 1 + 25)/4 = 9, σ = 3
    # (the sample σ would be √12). A: 50 + 10·(−3)/3 = 40; B: 46.67; D: 66.67; lower: A 60
    csv = "wilayah,a\nA,1\nB,3\nC,3\nD,9\n"
    up = rank_json(runner, tmp_path, csv, "title: Uji\nindicators:\n  x: {value: a, weight: 1, normalize: zscore}\n")
    assert normalized(up, "x") == pytest.approx({"A": 40.0, "B": 140 / 3, "C": 140 / 3, "D": 200 / 3})
    down = rank_json(runner, tmp_path, csv,
                     "title: Uji\nindicators:\n  x: {value: a, weight: 1, normalize: zscore, better: lower}\n")
    assert normalized(down, "x")["A"] == pytest.approx(60.0)


@pytest.mark.parametrize(("method", "better", "expected"), [
    ("minmax", "higher", 100.0), ("minmax", "lower", 100.0), ("zscore", "higher", 50.0),
    ("zscore", "lower", 50.0), ("rank", "lower", 50.0),
])
def test_all_equal_values(runner, tmp_path, method, better, expected):
    # all 7: minmax 100 whatever `better`; zscore σ = 0 → 50; rank: all r = 2 → 100·1/2 = 50
    out = rank_json(runner, tmp_path, "wilayah,a\nA,7\nB,7\nC,7\n",
                    f"title: Uji\nindicators:\n  x: {{value: a, weight: 1, normalize: {method}, better: {better}}}\n")
    assert set(normalized(out, "x").values()) == {expected}


@pytest.mark.parametrize(("method", "expected"), [("rank", 100.0), ("minmax", 100.0), ("zscore", 50.0),
                                                  ("{method: rank, range: [10, 20]}", 20.0)])
def test_a_group_of_one(runner, tmp_path, method, expected):
    # A is alone in its group: n = 1 → rank 100 (rescaled to 20), minmax all equal 100, zscore 50
    out = rank_json(runner, tmp_path, "wilayah,kategori,a\nA,besar,1\nB,kecil,3\nC,kecil,9\n",
                    f"title: Uji\ngroup_by: kategori\nindicators:\n  x: {{value: a, weight: 1, normalize: {method}}}\n")
    assert normalized(out, "x")["A"] == expected


def test_normalisation_is_within_the_group_over_eligible_candidates(runner, tmp_path):
    # besar: C (9) fails `ok > 0`, so min/max are 1 and 3 (not 9): B 100, A 0.
    # kecil: 10, 30, 20 → 0, 100, 50. Ranks restart in each group.
    out = rank_json(runner, tmp_path,
                    "wilayah,kategori,a,ok\nA,besar,1,1\nB,besar,3,1\nC,besar,9,0\nD,kecil,10,1\nE,kecil,30,1\nF,kecil,20,1\n",
                    "title: Uji\ngroup_by: kategori\nindicators:\n  x: {value: a, weight: 1}\neligibility:\n  - ok > 0\n")
    assert [(r["group"], r["rank"], r["id"], r["score"]) for r in out["results"]] == [
        ("besar", 1, "B", 100.0), ("besar", 2, "A", 0.0),
        ("kecil", 1, "E", 100.0), ("kecil", 2, "F", 50.0), ("kecil", 3, "D", 0.0)]
    assert out["ineligible"] == [{"id": "C", "group": "besar", "reasons": ["ok > 0"]}]


def test_a_group_by_column_the_data_lack_is_an_error(runner, tmp_path):
    text = rank_error(runner, tmp_path, "wilayah,a\nA,1\nB,2\n",
                      "title: Uji\ngroup_by: kelompok\nindicators:\n  x: {value: a, weight: 1}\n")
    assert "kolom `kelompok` tidak ditemukan" in text


TIED = "wilayah,a,b\nA,10,0\nB,0,10\nC,5,5\nD,5,5\nE,0,0\n"
TIED_CRITERIA = "title: Uji\nindicators:\n  x: {value: a, weight: 1}\n  y: {value: b, weight: 1}\n"


def test_what_the_tiebreak_leaves_tied_shares_the_rank(runner, tmp_path):
    # A, B, C, D all score 50 (100/0, 0/100, 50/50, 50/50). Tiebreak y: B 100, C = D 50, A 0.
    # B 1 (separated: no flag), C and D share 2 (flagged), A 4 (separated), E 5.
    out = rank_json(runner, tmp_path, TIED, TIED_CRITERIA + "tiebreak: [y]\n")
    assert [(r["rank"], r["id"], r["tie"]) for r in out["results"]] == [
        (1, "B", False), (2, "C", True), (2, "D", True), (4, "A", False), (5, "E", False)]


def test_without_a_tiebreak_every_equal_score_shares_the_rank(runner, tmp_path):
    out = rank_json(runner, tmp_path, TIED, TIED_CRITERIA)
    assert [(r["rank"], r["tie"]) for r in out["results"]] == [(1, True)] * 4 + [(5, False)]


def test_the_second_tiebreak_decides_what_the_first_leaves(runner, tmp_path):
    # A: x 100, y 0; B: x 0, y 100 → both 50 and tiebreak [z, x]: z equal (both 1), x puts A first
    out = rank_json(runner, tmp_path, "wilayah,a,b,c\nA,10,0,1\nB,0,10,1\n",
                    TIED_CRITERIA + "  z: {value: c, weight: 0.000001}\ntiebreak: [z, x]\n")
    assert [(r["rank"], r["id"], r["tie"]) for r in out["results"]] == [(1, "A", False), (2, "B", False)]


def test_scores_within_1e_9_are_tied(runner, tmp_path):
    # `none` keeps the values: 5 and 5.0000000005 differ by 5e-10 (tied), 5.000000002 by 2e-9 (not)
    out = rank_json(runner, tmp_path, "wilayah,a\nA,5\nB,5.0000000005\nC,5.000000002\n",
                    "title: Uji\nnumber_locale: en\nindicators:\n  x: {value: a, weight: 1, normalize: none}\n")
    assert [(r["rank"], r["id"], r["tie"]) for r in out["results"]] == [(1, "C", False), (2, "A", True), (2, "B", True)]


DIVIDE = "wilayah,a,e\nA,2,7\nB,4,7\nC,4,0\nD,9,7\n"


@pytest.mark.parametrize(("policy", "c_raw", "c_norm"), [
    # a/e: A 2/7, B 4/7, D 9/7; C 4/0 → no value
    ("zero", 0.0, 0.0),  # C = 0 is the new min: A (2/7)/(9/7) → 100·2/9
    ("mean", 5 / 7, pytest.approx(100 * (5 / 7 - 2 / 7) / (9 / 7 - 2 / 7))),  # mean of 2/7, 4/7, 9/7 = 5/7 → 300/7
])
def test_a_division_by_zero_is_a_missing_value_under_the_policy(runner, tmp_path, policy, c_raw, c_norm):
    out = rank_json(runner, tmp_path, DIVIDE,
                    f"title: Uji\nindicators:\n  x: {{value: a / e, weight: 1, missing: {policy}}}\n")
    c = by_id(out)["C"]["indicators"]["x"]
    assert (c["raw"], c["normalized"]) == (pytest.approx(c_raw), c_norm)


def test_missing_exclude_leaves_the_candidate_out_of_the_normalisation(runner, tmp_path):
    # C has no value: ineligible; over A, B, D: (4/7 − 2/7)/(9/7 − 2/7) = 2/7 → 28.57
    out = rank_json(runner, tmp_path, DIVIDE, "title: Uji\nindicators:\n  x: {value: a / e, weight: 1, missing: exclude}\n")
    assert normalized(out, "x") == pytest.approx({"D": 100.0, "B": 200 / 7, "A": 0.0})
    assert out["ineligible"] == [{"id": "C", "group": None, "reasons": ["x: no value (missing: exclude)"]}]


def test_missing_error_is_an_error_naming_candidate_and_indicator(runner, tmp_path):
    text = rank_error(runner, tmp_path, DIVIDE, "title: Uji\nindicators:\n  x: {value: a / e, weight: 1}\n")
    assert "d.csv › A4: indikator `x` tidak bernilai untuk C" in text


@pytest.mark.parametrize(("expression", "expected"), [
    ("min(a, b)", [4.0, 1.0]), ("max(a, b)", [9.0, 100.0]), ("abs(a - b)", [5.0, 99.0]),
    ("log(a)", [pytest.approx(1.3862943611198906), pytest.approx(4.605170185988092)]),
    ("log10(a)", [pytest.approx(0.6020599913279624), 2.0]), ("sqrt(a)", [2.0, 10.0]),
    ("a ** 2 / 2", [8.0, 5000.0]), ("(a + b) * 2", [26.0, 202.0]),
])
def test_the_expression_functions(runner, tmp_path, expression, expected):
    out = rank_json(runner, tmp_path, "wilayah,a,b\nA,4,9\nB,100,1\n",
                    f'title: Uji\nindicators:\n  x: {{value: "{expression}", weight: 1, normalize: none}}\n')
    assert [by_id(out)[k]["indicators"]["x"]["raw"] for k in "AB"] == expected


@pytest.mark.parametrize("expression", ["exp(a)", "round(a)", "a % 2", "a // 2", "a.real",
                                        "__import__('os')", "a if a else a", "[a]", "lambda: a"])
def test_anything_else_in_an_expression_is_an_error_at_its_line(runner, tmp_path, expression):
    text = rank_error(runner, tmp_path, "wilayah,a\nA,4\n",
                      f'title: Uji\nindicators:\n  x: {{value: "{expression}", weight: 1}}\n')
    assert "indicators.x.value" in text and "(baris 3)" in text


def test_eligibility_rules_use_comparisons_and_or_not(runner, tmp_path):
    # A (4, 9): fails `a >= 10 or b >= 10` and `not (a == 4)`; B (100, 1) passes both; C (50, 50) too
    out = rank_json(runner, tmp_path, "wilayah,a,b\nA,4,9\nB,100,1\nC,50,50\n",
                    "title: Uji\nindicators:\n  x: {value: a, weight: 1}\neligibility:\n"
                    "  - a >= 10 or b >= 10\n  - not (a == 4) and b != 0\n")
    assert [r["id"] for r in out["results"]] == ["B", "C"]
    assert out["ineligible"] == [{"id": "A", "group": None,
                                  "reasons": ["a >= 10 or b >= 10", "not (a == 4) and b != 0"]}]


@pytest.mark.parametrize(("indicator", "said"), [
    ("{value: a, weight: 1, bettr: lower}", "kunci `bettr` tidak dikenal; apakah yang dimaksud `better`? (baris 3)"),
    ("{value: a, weight: 1, normalize: {method: minmax, rnage: [1, 100]}}",
     "kunci `rnage` tidak dikenal; apakah yang dimaksud `range`? (baris 3)"),
    ("{value: a, weight: 1, normalize: none, better: lower}", "`normalize: none` tidak dapat membalik skala"),
    ("{value: a, weight: 1, normalize: {method: none, range: [1, 100]}}", "`range` hanya berlaku untuk"),
    ("{value: a, weight: 1, normalize: {method: zscore, range: [1, 100]}}", "bukan `zscore` (baris 3)"),
    ("{value: a, weight: 0}", "indicators.x.weight: harus lebih besar dari 0"),
])
def test_criteria_mistakes_are_errors_at_their_line(runner, tmp_path, indicator, said):
    text = rank_error(runner, tmp_path, "wilayah,a\nA,4\n", f"title: Uji\nindicators:\n  x: {indicator}\n")
    assert said in text


def test_ratio_to_max_refuses_a_negative_value(runner, tmp_path):
    text = rank_error(runner, tmp_path, "wilayah,a\nA,2\nB,4\n",
                      "title: Uji\nindicators:\n  x: {value: a - 3, weight: 1, normalize: ratio_to_max}\n")
    assert "indikator `x` bernilai negatif untuk A (−1)" in text


def test_geometric_over_a_zero_is_an_error_naming_candidate_and_indicator(runner, tmp_path):
    text = rank_error(runner, tmp_path, "wilayah,a\nA,2\nB,4\n",
                      "title: Uji\naggregation: geometric\nindicators:\n  x: {value: a, weight: 1}\n")
    assert "nilai A pada indikator `x` adalah 0" in text


def test_geometric_aspects_and_total_by_hand(runner, tmp_path):
    # ratio_to_max: x 1/4, 4/4, 3/4 → 25, 100, 75; y 10/40, 40/40, 20/40 → 25, 100, 50; z 4/4, 1/4, 2/4.
    # C: p = √(75·50) = 61.237; q = 50; total √(61.237·50) = 55.334. Contributions null.
    # A: p 25, q 100 → 50; B: p 100, q 25 → 50: tied.
    out = rank_json(runner, tmp_path, "wilayah,a,b,c\nA,1,10,4\nB,4,40,1\nC,3,20,2\n", """\
title: Uji
aggregation: geometric
aspects:
  p:
    weight: 1
    indicators:
      x: {value: a, weight: 1, normalize: ratio_to_max}
      y: {value: b, weight: 1, normalize: ratio_to_max}
  q:
    weight: 1
    indicators:
      z: {value: c, weight: 3, normalize: ratio_to_max}
""")
    c = by_id(out)["C"]
    assert c["aspects"] == pytest.approx({"p": 3750 ** 0.5, "q": 50.0})
    assert c["score"] == pytest.approx((3750 ** 0.5 * 50) ** 0.5)
    assert {v["contribution"] for r in out["results"] for v in r["indicators"].values()} == {None}
    assert [(r["rank"], r["tie"]) for r in out["results"]] == [(1, False), (2, True), (2, True)]


def test_a_label_per_language(runner, tmp_path):
    path = write_criteria(tmp_path, """\
title: Uji
indicators:
  x: {value: a, weight: 1, label: {id: Capaian peserta, en: Participants reached}}
""")
    for lang, label in (("id", "Capaian peserta"), ("en", "Participants reached")):
        result = runner.invoke(app, ["criteria", "show", path.name, "--lang", lang])
        assert result.exit_code == 0, result.output
        assert label in result.output


def test_zscore_is_not_clipped_to_0_100(runner, tmp_path):
    # 99 zeros and one 1: mean 0.01, σ = √(0.01·0.99) = 0.0995; z = 0.99/0.0995 = 9.95 → 149.5
    csv = "wilayah,a\n" + "".join(f"K{i},0\n" for i in range(99)) + "Z,1\n"
    out = rank_json(runner, tmp_path, csv, "title: Uji\nindicators:\n  x: {value: a, weight: 1, normalize: zscore}\n")
    assert by_id(out)["Z"]["score"] == pytest.approx(50 + 10 * 0.99 / (0.01 * 0.99) ** 0.5)
    assert by_id(out)["Z"]["score"] > 100


def test_a_number_in_tiebreak_is_told_once(runner, tmp_path):
    # `tiebreak: [1, y]`: entry 0 is not text (one problem, not also "`1` is not an indicator")
    text = rank_error(runner, tmp_path, "wilayah,a\nA,1\n",
                      "title: Uji\nindicators:\n  x: {value: a, weight: 1}\ntiebreak: [1, y]\n")
    assert "2 masalah" in text and "tiebreak.0: harus berupa teks (baris 4)" in text
    assert "`1` bukan indikator" not in text and "tiebreak.1: `y` bukan indikator" in text
