"""``rank --history``: every year of a workbook ranked against its own previous year.

    growth g = x − previous(x), min–max normalised:
    2022  A 10, B 10, C 10
    2023  A 20, B 15, C 10   g: A 10, B 5, C 0   → A 100, B 50, C 0    ranks A 1, B 2, C 3
    2024  A 22, B 25, C 16   g: A 2, B 10, C 6   → A 0, B 100, C 50    ranks B 1, C 2, A 3
"""

from __future__ import annotations

import json

import pytest

import paritrana
from conftest import make_workbook, write_criteria
from paritrana.cli.app import app

GROWTH = """\
title: Riwayat
columns:
  wilayah: [Wilayah]
  x: {headers: [X]}
indicators:
  g: {value: x - previous(x), weight: 1, normalize: minmax}
"""
LEVEL = GROWTH.replace("x - previous(x)", "x")
YEARS = {"2022": {"A": 10, "B": 10, "C": 10}, "2023": {"A": 20, "B": 15, "C": 10}, "2024": {"A": 22, "B": 25, "C": 16}}


@pytest.fixture
def three_years(tmp_path):
    return make_workbook(tmp_path, {y: [["Wilayah", "X"], *[[k, v] for k, v in rows.items()]]
                                    for y, rows in YEARS.items()})


def test_each_year_is_ranked_against_its_previous_year(three_years, tmp_path):
    result = paritrana.run(three_years, criteria=write_criteria(tmp_path, GROWTH), history=True)
    history = result.sections["history"]
    assert [(e["year"], e["baseline_year"]) for e in history] == [(2023, 2022), (2024, 2023)]  # 2022 has none
    assert [(r["id"], r["rank"], r["score"]) for r in history[0]["results"]] == [("A", 1, 100.0), ("B", 2, 50.0),
                                                                                 ("C", 3, 0.0)]
    assert [(r["id"], r["rank"], r["score"]) for r in history[1]["results"]] == [("B", 1, 100.0), ("C", 2, 50.0),
                                                                                 ("A", 3, 0.0)]


def test_criteria_without_previous_rank_every_year(three_years, tmp_path):
    result = paritrana.run(three_years, criteria=write_criteria(tmp_path, LEVEL, name="level.yaml"), history=True)
    assert [(e["year"], e["baseline_year"]) for e in result.sections["history"]] == [(2022, None), (2023, None),
                                                                                     (2024, None)]


def test_the_history_stops_at_the_assessed_year(three_years, tmp_path):
    result = paritrana.run(three_years, criteria=write_criteria(tmp_path, GROWTH), year=2023, history=True)
    assert [e["year"] for e in result.sections["history"]] == [2023]


def test_the_history_is_a_top_level_key_and_the_results_stay_as_they_were(three_years, tmp_path):
    criteria = write_criteria(tmp_path, GROWTH)
    plain = json.loads(paritrana.run(three_years, criteria=criteria).to_json())
    with_history = json.loads(paritrana.run(three_years, criteria=criteria, history=True).to_json())
    assert with_history["results"] == plain["results"] and "history" not in plain
    assert list(with_history["history"][0]) == ["year", "baseline_year", "results", "ineligible"]


def test_the_terminal_shows_rank_and_score_per_year(three_years, tmp_path, runner):
    out = runner.invoke(app, ["rank", str(three_years), "-c", str(write_criteria(tmp_path, GROWTH)),
                              "--history"]).stdout
    table = out[out.index("Riwayat peringkat"):]
    rows = [line for line in table.splitlines() if line.startswith("│")]
    assert rows == ["│ B            │  2 (50,00) │ 1 (100,00) │",
                    "│ C            │   3 (0,00) │  2 (50,00) │",
                    "│ A            │ 1 (100,00) │   3 (0,00) │"]
    assert "2023 terhadap 2022 dan 2024 terhadap 2023" in table


def test_markdown_has_the_history_table(three_years, tmp_path, runner):
    out = runner.invoke(app, ["rank", str(three_years), "-c", str(write_criteria(tmp_path, GROWTH)), "--history",
                              "-f", "markdown"]).stdout
    assert "### Riwayat peringkat\n\n| Nama | 2023 | 2024 |\n|---|---:|---:|\n| B | 2 (50,00) | 1 (100,00) |" in out


def test_the_sample_history_of_kalimantan_barat():
    from conftest import ROOT

    result = paritrana.run(ROOT / "sample_data" / "riwayat" / "kalbar-2022-2024.xlsx", history=True)
    years = {e["year"]: {r["id"]: r["rank"] for r in e["results"]} for e in result.sections["history"]}
    assert sorted(years) == [2023, 2024]
    assert years[2024]["Sekadau"] == 3 and years[2023]["Sekadau"] == 9  # the strong riser of the sample
