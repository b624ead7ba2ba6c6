"""Criteria files: defaults, shapes, and errors with their YAML path and line."""

from __future__ import annotations

import hashlib

import pytest

from conftest import DEFAULT_CRITERIA, write_criteria
from paritrana.core.criteria import Aggregation, Language, Missing, parse_criteria
from paritrana.core.methods import Better, Method
from paritrana.errors import CriteriaError
from paritrana.io.criteria_file import load_criteria

MINIMAL = """\
title: Minimal
aspects:
  kinerja:
    indicators:
      capaian: {value: peserta, weight: 1}
"""


def load(tmp_path, text):
    return load_criteria(write_criteria(tmp_path, text)).criteria


# ---------------------------------------------------------------------------- defaults


def test_defaults(tmp_path):
    c = load(tmp_path, MINIMAL)
    assert c.language is Language.ID
    assert c.number_locale is Language.ID
    assert c.entity == "wilayah"
    assert c.group_by is None
    assert c.aggregation is Aggregation.ARITHMETIC
    assert (c.derived, c.eligibility, c.tiebreak) == ({}, [], [])


def test_indicator_defaults(tmp_path):
    ind = load(tmp_path, MINIMAL).all_indicators["capaian"]
    assert ind.normalize.method is Method.MINMAX
    assert ind.better is Better.HIGHER
    assert ind.missing is Missing.ERROR
    assert load(tmp_path, MINIMAL).label("capaian") == "capaian"  # label defaults to the id


def test_each_canonical_name_is_its_own_header(tmp_path):
    c = load(tmp_path, MINIMAL)
    assert c.headers_for("peserta") == ["peserta"]
    assert c.bounds("peserta") == (0.0, None, False)  # by default >= 0


def test_canonical_name_is_accepted_beside_its_aliases():
    c = parse_criteria(MINIMAL + "columns:\n  peserta: [Peserta Aktif]\n")
    assert c.headers_for("peserta") == ["Peserta Aktif", "peserta"]


def test_column_mapping_with_bounds():
    c = parse_criteria(MINIMAL + "columns:\n  peserta: {headers: Peserta, min: -10, max: 500, integer: true}\n")
    assert c.headers_for("peserta") == ["Peserta", "peserta"]
    assert c.bounds("peserta") == (-10, 500, True)


def test_flat_indicators_are_accepted():
    c = parse_criteria("title: Flat\nindicators:\n  a: {value: x, weight: 1}\n  b: {value: y, weight: 3}\n")
    assert c.flat
    assert list(c.all_indicators) == ["a", "b"]
    assert c.global_weights == pytest.approx({"a": 0.25, "b": 0.75})  # 1/4, 3/4


def test_input_columns_are_the_names_the_expressions_read():
    c = parse_criteria(
        "title: T\nderived:\n  cakupan: 100 * peserta / pekerja\n"
        "indicators:\n  a: {value: cakupan - previous(cakupan), weight: 1}\n"
    )
    assert sorted(c.input_columns) == ["pekerja", "peserta"]
    assert c.uses_previous


def test_packaged_default_loads_and_is_hashed():
    loaded = load_criteria(None)
    assert loaded.criteria.title == "Paritrana Award — Pemerintah Kabupaten/Kota"
    assert loaded.sha256 == hashlib.sha256(DEFAULT_CRITERIA.read_bytes()).hexdigest()
    assert loaded.criteria.tiebreak == ["pertumbuhan", "capaian"]


# ---------------------------------------------------------------------------- errors with lines


def test_unknown_key_suggests_and_cites_the_line(tmp_path):
    text = MINIMAL.replace("{value: peserta, weight: 1}", "{value: peserta, weight: 1, lable: Capaian}")
    with pytest.raises(CriteriaError, match=r"indicators\.capaian\.lable: unknown key 'lable'; did you mean 'label'\? \(line 5\)"):
        load(tmp_path, text)


def test_unknown_top_level_key(tmp_path):
    with pytest.raises(CriteriaError, match=r"unknown key 'tiebrake'; did you mean 'tiebreak'\? \(line 6\)"):
        load(tmp_path, MINIMAL + "tiebrake: [capaian]\n")


def test_unknown_key_without_a_close_match_lists_the_allowed_keys(tmp_path):
    with pytest.raises(CriteriaError, match=r"unknown key 'zzz' \(allowed: title, language"):
        load(tmp_path, MINIMAL + "zzz: 1\n")


def test_error_names_the_file(tmp_path):
    with pytest.raises(CriteriaError, match=r"^criteria\.yaml: "):
        load(tmp_path, MINIMAL + "zzz: 1\n")


@pytest.mark.parametrize("weight", ["0", "-3"])
def test_indicator_weight_must_be_positive(tmp_path, weight):
    text = "title: T\nindicators:\n  a:\n    value: x\n    weight: " + weight + "\n"
    with pytest.raises(CriteriaError, match=rf"indicators\.a\.weight: must be > 0.* \(line 5\)"):
        load(tmp_path, text)


def test_aspect_weight_must_be_positive(tmp_path):
    text = MINIMAL.replace("  kinerja:\n", "  kinerja:\n    weight: 0\n")
    with pytest.raises(CriteriaError, match=r"aspects\.kinerja\.weight: must be > 0.* \(line 4\)"):
        load(tmp_path, text)


def test_bad_expression_cites_the_line(tmp_path):
    text = "title: T\nindicators:\n  a: {value: x, weight: 1}\n  b:\n    value: peserta +\n    weight: 1\n"
    with pytest.raises(CriteriaError, match=r"indicators\.b\.value \(line 5\): bad expression 'peserta \+'"):
        load(tmp_path, text)


def test_python_is_not_an_expression(tmp_path):
    text = "title: T\nindicators:\n  a: {value: '__import__(\"os\")', weight: 1}\n"
    with pytest.raises(CriteriaError, match=r"indicators\.a\.value \(line 3\): bad expression"):
        load(tmp_path, text)


def test_yaml_syntax_error_cites_the_line(tmp_path):
    text = "title: T\nindicators:\n  a: {value: x, weight: 1}\n  b: {value: y, weight: [\n"
    with pytest.raises(CriteriaError, match=r"^criteria\.yaml baris \d+: invalid YAML") as info:
        load(tmp_path, text)
    assert info.value.location.line in (4, 5)


def test_tabs_in_yaml_are_explained(tmp_path):
    with pytest.raises(CriteriaError, match=r"baris 3: invalid YAML.*tabs"):
        load(tmp_path, "title: T\nindicators:\n\ta: {value: x, weight: 1}\n")


def test_duplicate_key_cites_both_lines(tmp_path):
    text = "title: T\nindicators:\n  a: {value: x, weight: 1}\n  a: {value: y, weight: 1}\n"
    with pytest.raises(CriteriaError, match=r"baris 4: duplicate key 'a' \(first defined on line 3\)"):
        load(tmp_path, text)


def test_tiebreak_must_name_an_indicator(tmp_path):
    with pytest.raises(CriteriaError, match=r"tiebreak\.0 \(line 6\): 'capian' is not an indicator; did you mean 'capaian'\?"):
        load(tmp_path, MINIMAL + "tiebreak: [capian]\n")


def test_tiebreak_naming_a_column_is_an_error(tmp_path):
    with pytest.raises(CriteriaError, match=r"'peserta' is not an indicator"):
        load(tmp_path, MINIMAL + "tiebreak: [peserta]\n")


def test_title_is_required(tmp_path):
    with pytest.raises(CriteriaError, match=r"title: required key is missing"):
        load(tmp_path, MINIMAL.replace("title: Minimal\n", ""))


def test_aspects_or_indicators_required(tmp_path):
    with pytest.raises(CriteriaError, match=r"the criteria need 'aspects' \(or a flat 'indicators' mapping\)"):
        load(tmp_path, "title: T\n")


def test_aspects_and_indicators_together_are_an_error(tmp_path):
    with pytest.raises(CriteriaError, match=r"either 'aspects' or a flat 'indicators'"):
        load(tmp_path, MINIMAL + "indicators:\n  b: {value: y, weight: 1}\n")


def test_unknown_method_lists_the_methods(tmp_path):
    text = MINIMAL.replace("weight: 1}", "weight: 1, normalize: minmx}")
    with pytest.raises(CriteriaError, match=r"normalize\.method: 'minmx' is not one of: 'minmax'.* \(line 5\)"):
        load(tmp_path, text)


def test_all_problems_are_reported_at_once(tmp_path):
    text = "title: T\nindicators:\n  a: {value: x, weight: 0}\n  b: {value: y, weight: 1, colour: red}\n"
    with pytest.raises(CriteriaError, match=r"2 problems:\n  indicators\.a\.weight: must be > 0.* \(line 3\)\n"
                                            r"  indicators\.b\.colour: unknown key 'colour'"):
        load(tmp_path, text)


def test_eligibility_rule_must_be_a_comparison(tmp_path):
    with pytest.raises(CriteriaError, match=r"eligibility\.0 \(line 7\): rule 'pekerja' must be a comparison"):
        load(tmp_path, MINIMAL + "eligibility:\n  - pekerja\n")


def test_indicator_value_must_be_a_number(tmp_path):
    with pytest.raises(CriteriaError, match=r"an indicator value must be a number, not a comparison"):
        load(tmp_path, MINIMAL.replace("value: peserta", "value: peserta > 0"))


def test_derived_names_in_a_circle_are_an_error(tmp_path):
    text = MINIMAL + "derived:\n  a: b + 1\n  b: a + 1\n"
    with pytest.raises(CriteriaError, match=r"derived names refer to each other in a circle"):
        load(tmp_path, text)


def test_yaml_anchors_are_refused(tmp_path):
    text = "title: T\nindicators:\n  a: &x {value: x, weight: 1}\n  b: *x\n"
    with pytest.raises(CriteriaError, match=r"anchors and aliases"):
        load(tmp_path, text)


def test_missing_criteria_file(tmp_path):
    with pytest.raises(CriteriaError, match=r"nope\.yaml: criteria file not found"):
        load_criteria(tmp_path / "nope.yaml")


def test_not_a_mapping(tmp_path):
    with pytest.raises(CriteriaError, match=r"must be a YAML mapping"):
        load(tmp_path, "- just\n- a list\n")
