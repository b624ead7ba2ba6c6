"""Criteria names: with a ``columns:`` section, every name an expression reads must be a
declared column or a derived value — anything else is a criteria error at its YAML line, found
when the criteria load, before any data is read. Without ``columns:``, names are headers."""

from __future__ import annotations

import pytest

import paritrana
from conftest import make_workbook, write_criteria
from paritrana.cli import app
from paritrana.errors import CriteriaError
from paritrana.io.criteria_file import load_criteria

DECLARED = """\
title: T
columns:
  wilayah: [Wilayah]
  peserta: [Peserta]
  pekerja: [Pekerja]
derived:
  cakupan: 100 * peserta / pekerja
indicators:
  capaian: {value: peserta, weight: 1}
  cakupan: {value: cakupan, weight: 1}
"""


def problem(tmp_path, text) -> CriteriaError:
    with pytest.raises(CriteriaError) as info:
        load_criteria(write_criteria(tmp_path, text))
    return info.value


def test_the_declared_criteria_load(tmp_path):
    assert load_criteria(write_criteria(tmp_path, DECLARED)).criteria.input_columns == ["peserta", "pekerja"]


def test_a_typo_in_an_indicator_value_is_an_error_at_its_line(tmp_path):
    error = problem(tmp_path, DECLARED.replace("{value: peserta,", "{value: pesrta,"))
    assert str(error) == ("criteria.yaml: indicators.capaian.value: `pesrta` bukan kolom yang dideklarasikan di "
                          "`columns:` maupun nilai turunan; apakah yang dimaksud `peserta`? (baris 9)")
    assert error.render("en") == ("criteria.yaml: indicators.capaian.value: `pesrta` is neither a column declared "
                                  "under `columns:` nor a derived value; did you mean `peserta`? (line 9)")


def test_a_typo_in_a_derived_value_is_an_error(tmp_path):
    error = problem(tmp_path, DECLARED.replace("100 * peserta / pekerja", "100 * peserta / pekrja"))
    assert str(error).endswith("derived.cakupan: `pekrja` bukan kolom yang dideklarasikan di `columns:` maupun "
                               "nilai turunan; apakah yang dimaksud `pekerja`? (baris 7)")


def test_a_typo_in_an_eligibility_rule_is_an_error(tmp_path):
    error = problem(tmp_path, DECLARED + "eligibility:\n  - pekerja > 0\n  - pesrta <= pekerja\n")
    assert str(error).endswith("eligibility.1: `pesrta` bukan kolom yang dideklarasikan di `columns:` maupun "
                               "nilai turunan; apakah yang dimaksud `peserta`? (baris 13)")


def test_a_typo_inside_previous_is_an_error(tmp_path):
    error = problem(tmp_path, DECLARED.replace("{value: cakupan,", "{value: cakupan - previous(cakupn),"))
    assert "indicators.cakupan.value: `cakupn` bukan kolom" in str(error)
    assert "apakah yang dimaksud `cakupan`?" in str(error)


def test_a_typo_in_max_change_is_an_error(tmp_path):
    error = problem(tmp_path, DECLARED + "max_change:\n  cakupn: 25\n")
    assert str(error).endswith("max_change.cakupn: `cakupn` bukan kolom yang dideklarasikan di `columns:` maupun "
                               "nilai turunan; apakah yang dimaksud `cakupan`? (baris 12)")


def test_max_change_may_name_a_column_or_a_derived_value(tmp_path):
    text = DECLARED + "max_change:\n  cakupan: 25\n  peserta: 10000\n"
    assert load_criteria(write_criteria(tmp_path, text)).criteria.max_change == {"cakupan": 25, "peserta": 10000}


def test_a_name_with_nothing_close_says_to_declare_it(tmp_path):
    error = problem(tmp_path, DECLARED.replace("{value: peserta,", "{value: anggaran,"))
    assert str(error).endswith("`anggaran` bukan kolom yang dideklarasikan di `columns:` maupun nilai turunan; "
                               "tambahkan kolom itu di bawah `columns:` beserta judul kolomnya (baris 9)")


def test_every_undeclared_name_is_listed(tmp_path):
    text = DECLARED.replace("{value: peserta,", "{value: pesrta,") + "eligibility:\n  - pekrja > 0\n"
    assert len(problem(tmp_path, text).problems) == 2


def test_an_undeclared_name_is_found_beside_a_wrong_key(tmp_path):
    # a key the model refuses does not hide the whole-file checks
    text = DECLARED.replace("{value: peserta, weight: 1}", "{value: pesrta, weight: 1, colour: red}")
    keys = [p.values["path"] for p in problem(tmp_path, text).problems]
    assert keys == ["indicators.capaian.colour", "indicators.capaian.value"]


def test_function_names_are_not_columns(tmp_path):
    text = DECLARED.replace("{value: cakupan,", "{value: 'sqrt(max(cakupan, 0)) + log(abs(peserta) + 1)',")
    assert load_criteria(write_criteria(tmp_path, text)).criteria


def test_tiebreak_still_names_indicators(tmp_path):
    error = problem(tmp_path, DECLARED + "tiebreak: [pekerja]\n")
    assert "tiebreak.0: `pekerja` bukan indikator" in str(error)


def test_without_columns_names_are_their_own_headers(tmp_path):
    # no `columns:` section: `peserta` is read from a column headed "peserta"
    criteria = write_criteria(tmp_path, "title: T\nindicators:\n  capaian: {value: peserta, weight: 1}\n")
    data = make_workbook(tmp_path, {"2024": [["wilayah", "peserta"], ["A", 10], ["B", 30]]})
    result = paritrana.run(data, criteria=criteria)
    assert [(r.id, r.score) for r in result.results] == [("B", 100.0), ("A", 0.0)]  # minmax over 10..30


def test_check_exits_1_on_a_typo(runner, tmp_path):
    path = write_criteria(tmp_path, DECLARED.replace("{value: peserta,", "{value: pesrta,"))
    result = runner.invoke(app, ["criteria", "check", str(path)])
    assert result.exit_code == 1
    assert "`pesrta` bukan kolom yang dideklarasikan" in result.stderr


def test_rank_stops_on_the_criteria_before_reading_the_data(runner, tmp_path):
    path = write_criteria(tmp_path, DECLARED.replace("{value: peserta,", "{value: pesrta,"))
    result = runner.invoke(app, ["rank", str(tmp_path / "no-such-data.xlsx"), "--criteria", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Kesalahan: criteria.yaml: indicators.capaian.value: `pesrta` bukan kolom")
