"""Expressions on the data (core/evaluate.py): derived values, eligibility rules and raw
indicator values — the details mutation testing found untested.

Derived values that read ``previous()`` are computed on the baseline too; without a baseline
they are missing (NaN), and the names after them are still computed. A problem in an
expression names the derived value, rule or indicator it is in. An infinite raw value is
missing.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

import paritrana
from conftest import make_workbook, write_criteria
from paritrana.core.criteria import parse_criteria
from paritrana.core.dataset import Dataset, Period
from paritrana.core.evaluate import eligibility, environments, failures, raw_values
from paritrana.errors import CriteriaError
from test_score_rank import ELIGIBILITY

GROWTH = """\
title: T
columns:
  wilayah: [Wilayah]
  peserta: [Peserta]
derived:
  tambah: peserta - previous(peserta)
  dobel: 2 * peserta
indicators:
  naik: {value: tambah, weight: 1}
"""


def one_year(criteria_text: str, **columns: list[float]) -> tuple[Period, object]:
    """A period of one year (no baseline) with the given columns."""
    frame = pd.DataFrame({name: np.array(values, dtype=float) for name, values in columns.items()})
    dataset = Dataset(path="data.xlsx", sha256="", frame=frame, cells={})
    return Period(current=frame, previous=None, year=2024, baseline_year=None, dataset=dataset), parse_criteria(
        criteria_text)


def test_a_derived_value_reading_previous_uses_the_baseline(tmp_path):
    # A: 10 -> 12 adds 2; B: 10 -> 15 adds 5
    header = ["Wilayah", "Peserta"]
    data = make_workbook(tmp_path, {"2023": [header, ["A", 10], ["B", 10]], "2024": [header, ["A", 12], ["B", 15]]})
    result = paritrana.run(data, criteria=write_criteria(tmp_path, GROWTH))
    assert [(r.id, r.indicators["naik"].raw) for r in result.results] == [("B", 5.0), ("A", 2.0)]


def test_without_a_baseline_a_derived_value_reading_previous_is_missing():
    period, criteria = one_year(GROWTH, peserta=[12.0, 15.0])
    current, previous = environments(period, criteria)
    assert previous is None
    assert np.isnan(current["tambah"]).tolist() == [True, True]


def test_without_a_baseline_the_derived_values_after_a_missing_one_are_computed():
    # dobel comes after tambah (missing): 2 · 12 = 24, 2 · 15 = 30
    period, criteria = one_year(GROWTH, peserta=[12.0, 15.0])
    current, _ = environments(period, criteria)
    assert current["dobel"].tolist() == [24.0, 30.0]


# ---------------------------------------------------------------------------- problems name their place

RULES = ELIGIBILITY  # two rules over `pekerja` and `peserta` (tests/test_score_rank.py)


def test_a_problem_in_an_eligibility_rule_names_the_rule():
    # the data hold no `peserta`: the second rule cannot be evaluated
    criteria = parse_criteria(RULES)
    with pytest.raises(CriteriaError) as caught:
        failures({"pekerja": np.array([1.0])}, None, criteria, 1)
    assert str(caught.value) == (
        "syarat kelayakan `peserta <= pekerja`: nama `peserta` tidak dikenal; apakah yang dimaksud `pekerja`?")


def test_a_problem_in_an_indicator_names_the_indicator():
    criteria = parse_criteria(RULES)
    with pytest.raises(CriteriaError) as caught:
        raw_values({"pekerja": np.array([1.0])}, None, criteria)
    assert str(caught.value) == "indikator `capaian`: nama `peserta` tidak dikenal; apakah yang dimaksud `pekerja`?"


def test_a_problem_in_a_derived_value_names_it():
    # a baseline of two rows beside an assessed year of one: `previous(peserta)` has the wrong size
    period, criteria = one_year(GROWTH, peserta=[12.0])
    period = Period(period.current, pd.DataFrame({"peserta": [10.0, 11.0]}), 2024, 2023, period.dataset)
    with pytest.raises(CriteriaError) as caught:
        environments(period, criteria)
    assert str(caught.value) == "nilai turunan `tambah`: nama `peserta` pada data tahun sebelumnya berisi 2 nilai, padahal seharusnya 1 nilai"


# ---------------------------------------------------------------------------- values


def test_eligibility_lists_the_rules_each_candidate_fails():
    # A passes both; B fails both (pekerja 0; peserta 10 > 0); C fails the second (80 > 60)
    criteria = parse_criteria(RULES)
    env = {"pekerja": np.array([100.0, 0.0, 60.0]), "peserta": np.array([50.0, 10.0, 80.0])}
    assert eligibility(env, None, criteria, 3) == [[], ["pekerja > 0", "peserta <= pekerja"], ["peserta <= pekerja"]]


def test_an_infinite_raw_value_is_missing():
    # 10 · 1e308 overflows to inf: no value rather than an infinite one
    criteria = parse_criteria("title: T\nindicators:\n  x: {value: a * 1e308, weight: 1}\n")
    values = raw_values({"a": np.array([10.0, 1.0])}, None, criteria)["x"]
    assert math.isnan(values[0]) and values[1] == 1e308


def test_eligibility_reads_previous_in_the_baseline():
    # A grew 10 -> 12 (passes); B fell 10 -> 8 (fails)
    criteria = parse_criteria("title: T\nindicators:\n  x: {value: peserta, weight: 1}\n"
                              "eligibility:\n  - peserta >= previous(peserta)\n")
    reasons = eligibility({"peserta": np.array([12.0, 8.0])}, {"peserta": np.array([10.0, 10.0])}, criteria, 2)
    assert reasons == [[], ["peserta >= previous(peserta)"]]
