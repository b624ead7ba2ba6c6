"""Scoring (core/score.py): what mutation testing found untested.

- ``Reasons``, the sequence of the rules each candidate fails.
- Missing values when ``score_period`` is called on a period directly (``paritrana.run``
  reports empty cells and candidates missing from the baseline in its checks first, so these
  messages are the core's own): the cell named, also through derived values, and the three
  "no value" sentences.
- The missing policies and groups when the indicator concerned is not the first one, means
  within a group, groups of one and of none, ``better: lower``, the scales kept per group, the
  scoring stage announced, and the safety net for a non-finite normalised value.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import paritrana
from conftest import make_workbook, write_criteria
from paritrana.api import evaluate
from paritrana.core import score as score_module
from paritrana.core.criteria import parse_criteria
from paritrana.core.dataset import KEY, NAME, PRESENT, ROW, SHEET, Dataset, Period
from paritrana.core.methods import Better, Method
from paritrana.core.names import name_key
from paritrana.core.normalize import Scale
from paritrana.core.progress import Stage, listening
from paritrana.core.score import Reasons, score_period
from paritrana.errors import DataError, DataErrors, IssueCode, Severity

# ---------------------------------------------------------------------------- Reasons


def test_reasons_list_the_rules_of_each_candidate_in_order():
    reasons = Reasons(3, {1: ["pekerja > 0"]})
    assert (len(reasons), reasons[0], reasons[1], reasons[2]) == (3, [], ["pekerja > 0"], [])


def test_reasons_can_be_indexed_from_the_end():
    reasons = Reasons(3, {1: ["pekerja > 0"]})
    assert (reasons[-1], reasons[-2], reasons[-3]) == ([], ["pekerja > 0"], [])


@pytest.mark.parametrize("i", [3, -4])
def test_reasons_beyond_the_candidates_are_an_index_error(i):
    with pytest.raises(IndexError, match="^reasons index out of range$"):
        Reasons(3, {1: ["pekerja > 0"]})[i]


def test_reasons_can_be_sliced_and_iterated():
    reasons = Reasons(3, {1: ["pekerja > 0"]})
    assert reasons[0:2] == [[], ["pekerja > 0"]]
    assert list(reasons) == [[], ["pekerja > 0"], []]


def test_reasons_equal_the_list_of_the_same_reasons_only():
    reasons = Reasons(2, {0: ["a > 0"]})
    assert reasons == [["a > 0"], []]
    assert reasons != [[], ["a > 0"]]


def test_reasons_without_failures_are_all_empty():
    assert list(Reasons(2)) == [[], []]


def test_a_reason_added_joins_the_candidates_list():
    reasons = Reasons(2, {0: ["a > 0"]})
    reasons.add(0, "b: no value (missing: exclude)")
    reasons.add(1, "a > 0")
    assert list(reasons) == [["a > 0", "b: no value (missing: exclude)"], ["a > 0"]]


# ---------------------------------------------------------------------------- missing values, core only

COLUMNS = {"wilayah": "A", "c": "B", "a": "C", "b": "D"}


def period(values: dict[str, list[float]], baseline: dict[str, list[float]] | None = None,
           present: list[bool] | None = None, baseline_year: int | None = 2023) -> Period:
    """Candidates P, Q, R on sheet 2024, rows 2–4, columns as in COLUMNS (no group column: the
    criteria do not group)."""
    names = ["P", "Q", "R"]
    frame = pd.DataFrame({NAME: names, KEY: [name_key(n) for n in names], SHEET: "2024", ROW: [2, 3, 4],
                          **{c: np.array(v, dtype=float) for c, v in values.items()}})
    dataset = Dataset(path="data.xlsx", sha256="", frame=frame, cells={"2024": COLUMNS})
    previous = None
    if baseline is not None:
        previous = pd.DataFrame({**{c: np.array(v, dtype=float) for c, v in baseline.items()},
                                 PRESENT: present or [True] * 3})
    return Period(frame, previous, 2024, baseline_year if previous is not None else None, dataset)


def only_issue(period_: Period, criteria_text: str) -> tuple:
    with pytest.raises(DataErrors) as caught:
        score_period(period_, parse_criteria(criteria_text))
    [issue] = caught.value.issues
    return (issue.code, issue.severity, str(issue.location), issue.message.render("id"),
            issue.hint.render("id") if issue.hint else None)


FILL_IN = "isi nilainya, atau atur `missing:` pada indikator itu menjadi `zero`, `mean`, atau `exclude`"
FIX = "perbaiki datanya, atau atur `missing:` pada indikator itu menjadi `zero`, `mean`, atau `exclude`"
RATIO = """\
title: M
columns:
  wilayah: [Wilayah]
  c: [C]
  a: [A]
  b: [B]
derived:
  d1: a * 2
  d2: d1 + 1
indicators:
  ic: {value: c, weight: 1, missing: zero}
  r: {value: VALUE, weight: 1}
"""


def test_an_empty_cell_is_named_with_its_column():
    # Q's a (column C, row 3) is empty; r = a / b needs it
    issue = only_issue(period({"c": [1, 2, 3], "a": [10, np.nan, 4], "b": [2, 1, 2]}),
                       RATIO.replace("VALUE", "a / b"))
    assert issue == (IssueCode.MISSING_VALUE, Severity.ERROR, "data.xlsx › 2024!C3",
                     "nilai `a` untuk Q kosong (diperlukan oleh indikator `r`)", FILL_IN)


def test_an_empty_cell_is_found_through_derived_values():
    # r = d2 / b, d2 = d1 + 1, d1 = a * 2: Q's empty a (C3) is two derived values down
    issue = only_issue(period({"c": [1, 2, 3], "a": [10, np.nan, 4], "b": [2, 1, 2]}),
                       RATIO.replace("VALUE", "d2 / b"))
    assert issue[2:4] == ("data.xlsx › 2024!C3", "nilai `a` untuk Q kosong (diperlukan oleh indikator `r`)")


def test_an_empty_cell_the_indicator_does_not_read_is_not_blamed():
    # Q: c (B3) is empty but r = a / b does not read it; r is 6 / 0, no value: the candidate's row
    issue = only_issue(period({"c": [1, np.nan, 3], "a": [10, 6, 4], "b": [2, 0, 2]}),
                       RATIO.replace("VALUE", "a / b"))
    assert issue == (IssueCode.MISSING_VALUE, Severity.ERROR, "data.xlsx › 2024!A3",
                     "indikator `r` tidak bernilai untuk Q: ekspresinya tidak menghasilkan nilai (pembagian dengan "
                     "nol, log dari nilai ≤ 0, atau nilai tahun pembanding yang kosong)", FIX)


def test_an_empty_cell_no_derived_value_reads_is_not_blamed():
    # r = d2 / b reads a (through d2 and d1) and b, not c: Q's empty c (B3) is not the cause; 6 / 0 is
    issue = only_issue(period({"c": [1, np.nan, 3], "a": [10, 6, 4], "b": [2, 0, 2]}),
                       RATIO.replace("VALUE", "d2 / b"))
    assert issue[2:4] == ("data.xlsx › 2024!A3", "indikator `r` tidak bernilai untuk Q: ekspresinya tidak menghasilkan "
                                                 "nilai (pembagian dengan nol, log dari nilai ≤ 0, atau nilai tahun "
                                                 "pembanding yang kosong)")


GROWTH = """\
title: G
columns:
  wilayah: [Wilayah]
  a: [A]
indicators:
  naik: {value: a - previous(a), weight: 1}
"""


def test_no_value_for_a_candidate_missing_from_the_baseline_year():
    issue = only_issue(period({"a": [12, 15, 9]}, baseline={"a": [10, np.nan, 8]}, present=[True, False, True]),
                       GROWTH)
    assert issue == (IssueCode.MISSING_VALUE, Severity.ERROR, "data.xlsx › 2024!A3",
                     "indikator `naik` tidak bernilai untuk Q: kandidat ini tidak ada di tahun pembanding 2023", FIX)


def test_no_value_for_a_candidate_missing_from_a_baseline_without_a_year():
    issue = only_issue(period({"a": [12, 15, 9]}, baseline={"a": [10, np.nan, 8]}, present=[True, False, True],
                              baseline_year=None), GROWTH)
    assert issue[3] == "indikator `naik` tidak bernilai untuk Q: kandidat ini tidak ada di tahun pembanding"


def test_no_value_for_a_candidate_in_the_baseline_with_an_empty_value_there():
    # Q is in the baseline (present) but its baseline a is empty: the expression gives no value
    issue = only_issue(period({"a": [12, 15, 9]}, baseline={"a": [10, np.nan, 8]}), GROWTH)
    assert issue[3].startswith("indikator `naik` tidak bernilai untuk Q: ekspresinya tidak menghasilkan nilai")


# ---------------------------------------------------------------------------- missing policies (end to end)

TWO = """\
title: E
columns:
  wilayah: [Wilayah]
  a: [A]
  b: [B]
indicators:
  ib: {{value: b, weight: 1, missing: {first}}}
  ia: {{value: a, weight: 1, missing: {second}}}
"""
# Q has no A.
ROWS = [["Wilayah", "A", "B"], ["P", 10, 2], ["Q", None, 1], ["R", 4, 2]]


def test_exclude_on_a_later_indicator_excludes(tmp_path):
    criteria = write_criteria(tmp_path, TWO.format(first="error", second="exclude"))
    result = paritrana.run(make_workbook(tmp_path, {"2024": ROWS}), criteria=criteria)
    assert [(i.id, i.reasons) for i in result.ineligible] == [("Q", ["ia: no value (missing: exclude)"])]


def test_error_on_a_later_indicator_stops_the_core():
    # through score_period itself (paritrana.run reports the empty cell in its checks first)
    criteria = TWO.format(first="zero", second="error").replace("  a: [A]\n  b: [B]\n", "  c: [C]\n  a: [A]\n")
    criteria = criteria.replace("value: b", "value: c")
    with pytest.raises(DataErrors) as caught:
        score_period(period({"c": [2, 1, 2], "a": [10, np.nan, 4]}), parse_criteria(criteria))
    assert [str(i.location) for i in caught.value.issues] == ["data.xlsx › 2024!C3"]


GROUPED = """\
title: G
group_by: kategori
columns:
  wilayah: [Wilayah]
  kategori: [Kategori]
  a: [A]
indicators:
  ia: {value: a, weight: 1, missing: mean}
"""
GROUPED_ELIGIBLE = GROUPED + "eligibility:\n  - a < 1000\n"


def grouped(tmp_path, rows, criteria=GROUPED):
    data = make_workbook(tmp_path, {"2024": [["Wilayah", "Kategori", "A"], *rows]})
    return {r.id: r for r in paritrana.run(data, criteria=write_criteria(tmp_path, criteria)).results}


def test_missing_mean_is_the_mean_of_the_own_group(tmp_path):
    # Kab: P 10, R 4 -> Q gets (10 + 4) / 2 = 7 (not the mean with Kota's 100 and 200)
    r = grouped(tmp_path, [["P", "Kab", 10], ["Q", "Kab", None], ["R", "Kab", 4],
                           ["S", "Kota", 100], ["T", "Kota", 200]])
    assert r["Q"].indicators["ia"].raw == 7.0


def test_missing_mean_of_a_group_without_any_value_is_0(tmp_path):
    # Kota's only candidate has no A: nothing to average, so 0
    r = grouped(tmp_path, [["P", "Kab", 10], ["R", "Kab", 4], ["S", "Kota", None]])
    assert r["S"].indicators["ia"].raw == 0.0


# ---------------------------------------------------------------------------- groups and direction

THREE_GROUPS = [["Wilayah", "Kategori", "A"], ["P", "Kab", 10], ["Q", "Kab", 20], ["R", "Kota", 30],
                ["S", "Kota", 60], ["T", "Desa", 1], ["U", "Desa", 3]]


def test_three_groups_are_each_normalised_on_their_own(tmp_path):
    # minmax within each group: the lower of each pair 0, the higher 100
    r = grouped(tmp_path, THREE_GROUPS[1:])
    assert {k: v.score for k, v in r.items()} == {"P": 0, "Q": 100, "R": 0, "S": 100, "T": 0, "U": 100}


def test_the_scales_are_kept_per_group(tmp_path):
    data = make_workbook(tmp_path, {"2024": THREE_GROUPS})
    scales = evaluate(data, criteria=write_criteria(tmp_path, GROUPED)).scored.scales
    assert scales == {
        ("Kab", "ia"): Scale(Method.MINMAX, Better.HIGHER, 10.0, 20.0, (0.0, 100.0), None, None, 2),
        ("Kota", "ia"): Scale(Method.MINMAX, Better.HIGHER, 30.0, 60.0, (0.0, 100.0), None, None, 2),
        ("Desa", "ia"): Scale(Method.MINMAX, Better.HIGHER, 1.0, 3.0, (0.0, 100.0), None, None, 2),
    }


def test_a_group_of_one_candidate_is_normalised(tmp_path):
    # Kota has only S: all equal under minmax -> 100
    r = grouped(tmp_path, [["P", "Kab", 10], ["Q", "Kab", 20], ["S", "Kota", 60]])
    assert r["S"].score == 100.0


def test_a_group_whose_candidates_are_all_ineligible_leaves_the_others_ranked(tmp_path):
    # Kab (seen first) has only U, ineligible (a ≥ 1000); Kota is still normalised: R 0, S 100
    r = grouped(tmp_path, [["U", "Kab", 5000], ["R", "Kota", 30], ["S", "Kota", 60]], GROUPED_ELIGIBLE)
    assert {k: v.score for k, v in r.items()} == {"R": 0.0, "S": 100.0}


def test_better_lower_ranks_the_smallest_first(tmp_path):
    criteria = write_criteria(tmp_path, "title: L\ncolumns:\n  wilayah: [Wilayah]\n  a: [A]\n"
                                        "indicators:\n  ia: {value: a, weight: 1, better: lower}\n")
    data = make_workbook(tmp_path, {"2024": [["Wilayah", "A"], ["P", 10], ["Q", 30], ["R", 20]]})
    # lower is better: P 10 -> 100, R 20 -> 50, Q 30 -> 0
    assert [(r.id, r.score) for r in paritrana.run(data, criteria=criteria).results] == [
        ("P", 100.0), ("R", 50.0), ("Q", 0.0)]


# ---------------------------------------------------------------------------- the stage, the safety net


def test_scoring_is_announced_as_a_stage(tmp_path):
    criteria = write_criteria(tmp_path, "title: S\ncolumns:\n  wilayah: [Wilayah]\n  a: [A]\n"
                                        "indicators:\n  ia: {value: a, weight: 1}\n")
    data = make_workbook(tmp_path, {"2024": [["Wilayah", "A"], ["P", 10], ["Q", 30]]})
    seen: list[tuple] = []
    with listening(lambda *event: seen.append(event)):
        paritrana.run(data, criteria=criteria)
    assert (Stage.SCORING, None, None) in seen


def test_a_non_finite_normalised_value_is_an_error_naming_the_candidate(monkeypatch):
    # a safety net: no method gives one for finite values, so a method is made to give one
    def broken(x, spec, better):
        values = np.asarray(x, dtype=float).copy()
        values[1] = np.inf
        return values, None

    monkeypatch.setattr(score_module, "normalize", broken)
    with pytest.raises(DataError) as caught:
        score_period(period({"a": [12, 15, 9]}), parse_criteria(
            "title: S\ncolumns:\n  wilayah: [Wilayah]\n  a: [A]\nindicators:\n  ia: {value: a, weight: 1}\n"))
    assert str(caught.value) == ("data.xlsx › 2024!A3: indikator `ia` tidak dapat dinormalisasi untuk Q: selisih "
                                 "nilainya terlalu besar untuk dihitung; periksa besaran nilai di data")
