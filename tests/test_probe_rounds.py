"""Probe of the national round as a user runs it: findings turned into tests.

Files: one indicator ``v`` = ``x``, min–max normalised, weight 1.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import paritrana
from conftest import as_typed, make_workbook, write_criteria
from paritrana.cli.app import app

CRITERIA = """\
title: Nasional
columns:
  wilayah: [Wilayah]
  x: {headers: [X]}
indicators:
  v: {value: x, weight: 1, normalize: minmax}
"""


def sheet(values):
    return [["Wilayah", "X"], *[[k, v] for k, v in values.items()]]


@pytest.fixture
def folder(tmp_path):
    prov = as_typed(tmp_path / "prov")
    prov.mkdir()
    make_workbook(prov, {"2024": sheet({"A1": 10, "A2": 20})}, name="a.xlsx")
    make_workbook(prov, {"2023": sheet({"B1": 5, "B2": 40})}, name="b.xlsx")
    return prov


def test_files_of_different_years_are_named_as_typed(folder, tmp_path):
    result = CliRunner().invoke(app, ["rank", str(folder), "--criteria", str(write_criteria(tmp_path, CRITERIA))])
    assert result.exit_code == 1
    # the folder is part of the path the user gave: "prov/a.xlsx", not a bare "a.xlsx"
    assert f"2024 di {folder / 'a.xlsx'}; 2023 di {folder / 'b.xlsx'}" in result.output


def test_a_file_given_twice_is_read_once(folder, tmp_path):
    make_workbook(folder, {"2023": sheet({"B1": 5, "B2": 40})}, name="b.xlsx")
    make_workbook(folder, {"2024": sheet({"B1": 5, "B2": 40})}, name="b.xlsx")
    # the folder holds a.xlsx, and a.xlsx is named again: one pool of four, not "A1 in two files"
    result = paritrana.run([folder, folder / "a.xlsx"], criteria=write_criteria(tmp_path, CRITERIA))
    # min 5, max 40: B2 100, A2 (20−5)/35 = 42,86, A1 14,29, B1 0
    assert [(r.id, round(r.score, 2)) for r in result.results] == [
        ("B2", 100.0), ("A2", 42.86), ("A1", 14.29), ("B1", 0.0)]
    assert [i["path"] for i in result.sections["inputs"]] == [str(folder / "a.xlsx"), str(folder / "b.xlsx")]


GROWTH = """\
title: Nasional
columns:
  wilayah: [Wilayah]
  x: {headers: [X]}
indicators:
  naik: {value: x - previous(x), weight: 1, normalize: minmax}
"""


def test_history_leaves_out_a_year_that_not_every_file_can_rank(tmp_path):
    prov = as_typed(tmp_path / "hist")
    prov.mkdir()
    make_workbook(prov, {"2022": sheet({"A1": 1, "A2": 1}), "2023": sheet({"A1": 2, "A2": 5}),
                         "2024": sheet({"A1": 10, "A2": 6})}, name="a.xlsx")
    make_workbook(prov, {"2023": sheet({"B1": 1}), "2024": sheet({"B1": 4})}, name="b.xlsx")
    # 2024 against 2023: A1 +8, A2 +1, B1 +3 → A1 100, B1 (3−1)/7 = 28,57, A2 0.
    # 2023 against 2022 cannot be ranked: b.xlsx has no 2022, so the history holds 2024 only
    run = paritrana.evaluate(prov, criteria=write_criteria(tmp_path, GROWTH), history=True)
    assert [(r.id, round(r.score, 2)) for r in run.results] == [("A1", 100.0), ("B1", 28.57), ("A2", 0.0)]
    assert [h["year"] for h in run.sections["history"]] == [2024]


def test_a_name_in_another_files_baseline_year_is_an_error(tmp_path):
    prov = as_typed(tmp_path / "cross")
    prov.mkdir()
    make_workbook(prov, {"2023": sheet({"A1": 1, "C": 90}), "2024": sheet({"A1": 10})}, name="a.xlsx")
    make_workbook(prov, {"2023": sheet({"B1": 1}), "2024": sheet({"B1": 4, "C": 15})}, name="b.xlsx")
    # C is ranked from b.xlsx, but only a.xlsx holds a 2023 value for it: not C's growth (15 − 90)
    result = CliRunner().invoke(app, ["rank", str(prov), "--criteria", str(write_criteria(tmp_path, GROWTH))])
    assert result.exit_code == 1
    assert (f'"C" ada di dua berkas: {prov / "a.xlsx"} (2023!A3) dan {prov / "b.xlsx"} (2024!A3)'
            in result.output)


def test_validate_takes_several_files_as_rank_does(tmp_path):
    # "A1" in two files: rank stops on it, and validate — given the same two files — says the same
    make_workbook(tmp_path, {"2024": sheet({"A1": 10, "A2": 20})}, name="a.xlsx")
    make_workbook(tmp_path, {"2024": sheet({"A1": 5, "C": 40})}, name="c.xlsx")
    criteria = str(write_criteria(tmp_path, CRITERIA))
    files = [str(tmp_path / "a.xlsx"), str(tmp_path / "c.xlsx")]
    checked = CliRunner().invoke(app, ["validate", *files, "--criteria", criteria])
    ranked = CliRunner().invoke(app, ["rank", *files, "--criteria", criteria])
    assert checked.exit_code == ranked.exit_code == 1
    assert '"A1" ada di dua berkas' in checked.stdout and '"A1" ada di dua berkas' in ranked.output
    report = paritrana.validate(files, criteria=criteria)
    assert [e.code for e in report.errors] == ["files"] and report.candidates == 0


def test_a_did_you_mean_for_a_missing_baseline_names_only_its_own_files_rows(tmp_path):
    # "Mempawa" is new in b.xlsx's 2024; the closest 2023 name anywhere is a.xlsx's "Mempawah",
    # which b.xlsx's row could never be matched with: b.xlsx's own 2023 holds only "Sekadau",
    # too far off to suggest, so the hint is the plain one (add the name to the baseline)
    make_workbook(tmp_path, {"2023": sheet({"Mempawah": 1, "Sambas": 2}),
                             "2024": sheet({"Mempawah": 3, "Sambas": 4})}, name="a.xlsx")
    make_workbook(tmp_path, {"2023": sheet({"Sekadau": 5}), "2024": sheet({"Sekadau": 6, "Mempawa": 7})},
                  name="b.xlsx")
    report = paritrana.validate([tmp_path / "a.xlsx", tmp_path / "b.xlsx"],
                                criteria=write_criteria(tmp_path, GROWTH))
    missing = [i for i in report.issues if "Mempawa" in i.render("en") and "baseline" in i.render("en")]
    assert len(missing) == 1
    hint = missing[0].hint
    assert hint is not None and "Mempawah" not in hint.render("id")


def test_a_did_you_mean_for_a_name_left_out_names_only_its_own_files_rows(tmp_path):
    # "Sambass" was in b.xlsx's 2023 and is gone from its 2024; a.xlsx's 2024 has "Sambas",
    # a different candidate in a different file: not a likely new spelling of b's row
    make_workbook(tmp_path, {"2023": sheet({"Sambas": 1}), "2024": sheet({"Sambas": 3})}, name="a.xlsx")
    make_workbook(tmp_path, {"2023": sheet({"Sekadau": 5, "Sambass": 1}), "2024": sheet({"Sekadau": 6})},
                  name="b.xlsx")
    report = paritrana.validate([tmp_path / "a.xlsx", tmp_path / "b.xlsx"],
                                criteria=write_criteria(tmp_path, GROWTH))
    left = [i for i in report.issues if '"Sambass"' in i.render("en")]
    assert len(left) == 1
    hint = left[0].hint
    assert hint is not None and '"Sambas"' not in hint.render("id")
