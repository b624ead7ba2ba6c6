"""The library result and its JSON (SPEC "Machine-readable result"), on the sample and on
random data."""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import paritrana
from conftest import DEFAULT_CRITERIA, HEADER, SAMPLE_CSV, SAMPLE_XLSX, make_csv, make_workbook, sha256, table

TOP_KEYS = ["title", "year", "baseline_year", "input", "criteria", "results", "ineligible", "warnings"]
RESULT_KEYS = ["rank", "id", "group", "score", "tie", "aspects", "indicators"]
INDICATOR_KEYS = ["raw", "normalized", "weight", "contribution"]


# ---------------------------------------------------------------------------- the sample


def test_sample_top_three(sample_result):
    assert [(r.rank, r.id) for r in sample_result.results[:3]] == [(1, "Ketapang"), (2, "Mempawah"), (3, "Sekadau")]


def test_sample_scores(sample_result):
    # sample_data/README.md: 90,41, 41,92 and 39,37, then Landak 37,05 and Sanggau 36,55
    assert [round(r.score, 2) for r in sample_result.results[:5]] == [90.41, 41.92, 39.37, 37.05, 36.55]
    assert [r.id for r in sample_result.results[3:5]] == ["Landak", "Sanggau"]


def test_sample_ketapang_raw_values(sample_result):
    ketapang = sample_result.results[0].indicators
    assert ketapang["capaian"].raw == 122318.0  # 80,101 PU + 42,217 BPU
    # coverage 100 * 122318 / 179827 = 68.02 %; growth 68.02 - 55.69 = 12.33 points
    assert ketapang["cakupan"].raw == pytest.approx(68.02, abs=0.005)
    assert ketapang["pertumbuhan"].raw == pytest.approx(12.33, abs=0.005)
    assert ketapang["capaian"].normalized == 100.0  # the largest achievement
    assert ketapang["pertumbuhan"].normalized == 100.0  # the largest growth


def test_sample_contributions_sum_to_score(sample_result):
    for r in sample_result.results:
        assert abs(sum(i.contribution for i in r.indicators.values()) - r.score) <= 1e-9


def test_sample_years_and_warnings(sample_result):
    assert (sample_result.year, sample_result.baseline_year) == (2024, 2023)
    assert sample_result.warning_texts() == [  # the 'Catatan' sheet holds notes, no table: skipped silently
        '2023!A19: baris jumlah ("Jumlah") diabaikan',
        '2024!A19: baris jumlah ("Jumlah") diabaikan',
    ]


def test_sample_all_14_ranked(sample_result):
    assert len(sample_result.results) == 14 and sample_result.ineligible == []
    assert [r.rank for r in sample_result.results] == list(range(1, 15))


def test_csv_sample_gives_the_same_ranking(sample_result):
    from_csv = paritrana.run(SAMPLE_CSV)
    assert [(r.id, r.rank) for r in from_csv.results] == [(r.id, r.rank) for r in sample_result.results]
    assert [r.score for r in from_csv.results] == pytest.approx([r.score for r in sample_result.results], abs=1e-12)


def test_sample_with_the_criteria_file_equals_the_packaged_default(sample_result):
    explicit = paritrana.run(SAMPLE_XLSX, criteria=DEFAULT_CRITERIA)
    assert [r.score for r in explicit.results] == [r.score for r in sample_result.results]
    assert explicit.criteria_source.sha256 == sample_result.criteria_source.sha256


# ---------------------------------------------------------------------------- JSON shape


def test_json_has_exactly_the_spec_keys(sample_result):
    data = sample_result.to_dict()
    assert list(data) == TOP_KEYS
    assert list(data["input"]) == ["path", "sha256"] and list(data["criteria"]) == ["path", "sha256", "text"]
    first = data["results"][0]
    assert list(first) == RESULT_KEYS
    assert list(first["aspects"]) == ["kinerja"]
    assert list(first["indicators"]) == ["capaian", "cakupan", "pertumbuhan"]
    assert all(list(v) == INDICATOR_KEYS for v in first["indicators"].values())


def test_json_ineligible_shape(tmp_path):
    rows = table({"Ketapang": (100, 50), "Melawi": (100, 150)})
    base = table({"Ketapang": (100, 40), "Melawi": (100, 40)})
    result = paritrana.run(make_workbook(tmp_path, {"2023": base, "2024": rows}))
    assert result.to_dict()["ineligible"] == [{"id": "Melawi", "group": None, "reasons": ["peserta <= pekerja"]}]


def test_json_hashes_identify_the_inputs(sample_result):
    data = sample_result.to_dict()
    assert data["input"] == {"path": str(SAMPLE_XLSX), "sha256": sha256(SAMPLE_XLSX)}
    assert data["criteria"]["sha256"] == sha256(DEFAULT_CRITERIA)


def test_json_is_byte_identical_across_runs():
    assert paritrana.run(SAMPLE_XLSX).to_json() == paritrana.run(SAMPLE_XLSX).to_json()


def test_json_round_trips_with_full_precision(sample_result):
    text = sample_result.to_json()
    data = json.loads(text)
    assert data == sample_result.to_dict()
    assert data["results"][0]["score"] == sample_result.results[0].score  # no rounding
    assert "NaN" not in text and "Infinity" not in text


# ---------------------------------------------------------------------------- invariants on random data

NAMES = ["Bengkayang", "Kapuas Hulu", "Kayong Utara", "Ketapang", "Kubu Raya", "Landak", "Melawi"]

candidate = st.tuples(
    st.integers(min_value=1_000, max_value=400_000),  # pekerja 2023
    st.floats(min_value=0.05, max_value=0.95),  # coverage 2023
    st.integers(min_value=1_000, max_value=400_000),  # pekerja 2024
    st.floats(min_value=0.05, max_value=0.95),  # coverage 2024
)


def _random_run(folder: Path, data, order) -> paritrana.RankingResult:
    names = NAMES[: len(data)]
    rows = [["Tahun", *HEADER]]
    for year, (p_i, c_i) in ((2023, (0, 1)), (2024, (2, 3))):
        for k in order:
            d = data[k]
            rows.append([year, names[k], d[p_i], int(d[p_i] * d[c_i])])
    return paritrana.run(make_csv(folder, rows, sep=";"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(candidate, min_size=2, max_size=len(NAMES)))
def test_contributions_sum_to_score_on_random_data(data):
    with tempfile.TemporaryDirectory() as folder:
        result = _random_run(Path(folder), data, range(len(data)))
    for r in result.results:
        assert abs(sum(i.contribution for i in r.indicators.values()) - r.score) <= 1e-9
        assert 0.0 <= r.score <= 100.0


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(candidate, min_size=2, max_size=len(NAMES)), st.randoms(use_true_random=False))
def test_row_order_does_not_change_the_results(data, rnd: random.Random):
    order = list(range(len(data)))
    shuffled = order[:]
    rnd.shuffle(shuffled)
    with tempfile.TemporaryDirectory() as folder:
        a = _random_run(Path(folder), data, order).to_dict()
        b = _random_run(Path(folder), data, shuffled).to_dict()
    assert a["results"] == b["results"] and a["ineligible"] == b["ineligible"]
