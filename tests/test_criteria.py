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
# Messages are in Indonesian by default (``str(error)``); ``render("en")`` gives English.


def problem(tmp_path, text) -> CriteriaError:
    with pytest.raises(CriteriaError) as info:
        load(tmp_path, text)
    return info.value


def test_unknown_key_suggests_and_cites_the_line(tmp_path):
    text = MINIMAL.replace("{value: peserta, weight: 1}", "{value: peserta, weight: 1, lable: Capaian}")
    error = problem(tmp_path, text)
    assert str(error) == ("criteria.yaml: aspects.kinerja.indicators.capaian.lable: kunci `lable` tidak dikenal; "
                          "apakah yang dimaksud `label`? (baris 5)")
    assert error.render("en") == ("criteria.yaml: aspects.kinerja.indicators.capaian.lable: unknown key `lable`; "
                                  "did you mean `label`? (line 5)")


def test_unknown_top_level_key(tmp_path):
    with pytest.raises(CriteriaError,
                       match=r"kunci `tiebrake` tidak dikenal; apakah yang dimaksud `tiebreak`\? \(baris 6\)"):
        load(tmp_path, MINIMAL + "tiebrake: [capaian]\n")


def test_unknown_key_without_a_close_match_lists_the_allowed_keys(tmp_path):
    with pytest.raises(CriteriaError,
                       match=r"kunci `zzz` tidak dikenal; kunci yang dikenal di sini: `title`, `language`"):
        load(tmp_path, MINIMAL + "zzz: 1\n")


def test_error_names_the_file(tmp_path):
    with pytest.raises(CriteriaError, match=r"^criteria\.yaml: "):
        load(tmp_path, MINIMAL + "zzz: 1\n")


@pytest.mark.parametrize(("weight", "shown"), [("0", "0"), ("-3", "−3")])
def test_indicator_weight_must_be_positive(tmp_path, weight, shown):
    text = "title: T\nindicators:\n  a:\n    value: x\n    weight: " + weight + "\n"
    error = problem(tmp_path, text)
    assert str(error) == f"criteria.yaml: indicators.a.weight: harus lebih besar dari 0 (tertulis {shown}) (baris 5)"
    assert error.render("en") == f"criteria.yaml: indicators.a.weight: must be greater than 0 (got {shown}) (line 5)"


def test_aspect_weight_must_be_positive(tmp_path):
    text = MINIMAL.replace("  kinerja:\n", "  kinerja:\n    weight: 0\n")
    with pytest.raises(CriteriaError, match=r"aspects\.kinerja\.weight: harus lebih besar dari 0 .* \(baris 4\)"):
        load(tmp_path, text)


def test_bad_expression_cites_the_line(tmp_path):
    text = "title: T\nindicators:\n  a: {value: x, weight: 1}\n  b:\n    value: peserta +\n    weight: 1\n"
    error = problem(tmp_path, text)
    assert str(error) == ("criteria.yaml: indicators.b.value: ekspresi `peserta +` tidak valid: ekspresi berakhir "
                          "sebelum lengkap (baris 5)")
    assert error.render("en").endswith("bad expression `peserta +`: unexpected end of expression (line 5)")


def test_python_is_not_an_expression(tmp_path):
    text = "title: T\nindicators:\n  a: {value: '__import__(\"os\")', weight: 1}\n"
    with pytest.raises(CriteriaError, match=r"indicators\.a\.value: ekspresi `__import__\(\"os\"\)` tidak valid: "
                                            r"fungsi `__import__` tidak dikenal"):
        load(tmp_path, text)


def test_yaml_syntax_error_cites_the_line_and_quotes_pyyaml(tmp_path):
    text = "title: T\nindicators:\n  a: {value: x, weight: 1}\n  b: {value: y, weight: [\n"
    with pytest.raises(CriteriaError, match=r'^criteria\.yaml baris \d+: YAML tidak valid: "') as info:
        load(tmp_path, text)
    assert info.value.location.line in (4, 5)
    assert info.value.render("en").startswith(f"criteria.yaml line {info.value.location.line}: invalid YAML: \"")


def test_tabs_in_yaml_are_explained(tmp_path):
    with pytest.raises(CriteriaError, match=r"baris 3: YAML tidak valid: .*; ganti tab dengan spasi"):
        load(tmp_path, "title: T\nindicators:\n\ta: {value: x, weight: 1}\n")


def test_duplicate_key_cites_both_lines(tmp_path):
    text = "title: T\nindicators:\n  a: {value: x, weight: 1}\n  a: {value: y, weight: 1}\n"
    error = problem(tmp_path, text)
    assert str(error) == "criteria.yaml baris 4: kunci `a` muncul dua kali (pertama kali di baris 3)"
    assert error.render("en") == "criteria.yaml line 4: duplicate key `a` (first defined on line 3)"


def test_tiebreak_must_name_an_indicator(tmp_path):
    with pytest.raises(CriteriaError, match=r"tiebreak\.0: `capian` bukan indikator; apakah yang dimaksud `capaian`\? "
                                            r"\(baris 6\)"):
        load(tmp_path, MINIMAL + "tiebreak: [capian]\n")


def test_tiebreak_naming_a_column_is_an_error(tmp_path):
    with pytest.raises(CriteriaError, match=r"`peserta` bukan indikator; indikator yang ada: `capaian`"):
        load(tmp_path, MINIMAL + "tiebreak: [peserta]\n")


def test_title_is_required(tmp_path):
    with pytest.raises(CriteriaError, match=r"title: kunci wajib `title` belum ada"):
        load(tmp_path, MINIMAL.replace("title: Minimal\n", ""))


def test_aspects_or_indicators_required(tmp_path):
    with pytest.raises(CriteriaError, match=r"kriteria memerlukan `aspects` \(atau `indicators` tanpa aspek\)"):
        load(tmp_path, "title: T\n")


def test_aspects_and_indicators_together_are_an_error(tmp_path):
    with pytest.raises(CriteriaError, match=r"`aspects` dan `indicators` tidak dapat dipakai bersamaan"):
        load(tmp_path, MINIMAL + "indicators:\n  b: {value: y, weight: 1}\n")


def test_unknown_method_lists_the_methods_and_suggests_one(tmp_path):
    text = MINIMAL.replace("weight: 1}", "weight: 1, normalize: minmx}")
    with pytest.raises(CriteriaError, match=r"normalize\.method: `minmx` bukan salah satu dari `minmax`, .*, "
                                            r"atau `none`; apakah yang dimaksud `minmax`\? \(baris 5\)"):
        load(tmp_path, text)


def test_a_range_is_a_pair(tmp_path):
    text = MINIMAL.replace("weight: 1}", "weight: 1, normalize: {method: minmax, range: [1]}}")
    with pytest.raises(CriteriaError, match=r"normalize\.range: harus berisi dua angka, misalnya `\[1, 100\]` "
                                            r"\(baris 5\)"):
        load(tmp_path, text)


def test_all_problems_are_reported_at_once(tmp_path):
    text = "title: T\nindicators:\n  a: {value: x, weight: 0}\n  b: {value: y, weight: 1, colour: red}\n"
    error = problem(tmp_path, text)
    assert len(error.problems) == 2
    assert str(error).splitlines() == [
        "criteria.yaml: 2 masalah:",
        "  indicators.a.weight: harus lebih besar dari 0 (tertulis 0) (baris 3)",
        "  indicators.b.colour: kunci `colour` tidak dikenal; kunci yang dikenal di sini: `value`, `weight`, "
        "`label`, `normalize`, `better`, `missing`, `unit`, dan `description` (baris 4)",
    ]
    assert error.render("en").splitlines()[0] == "criteria.yaml: 2 problems:"


def test_problems_are_listed_from_the_top_of_the_file(tmp_path):
    # the unknown key (a model error) is on line 4, the bad expression (a whole-file check) on line 3
    text = "title: T\nindicators:\n  a: {value: x +, weight: 1}\n  b: {value: y, weight: 1, colour: red}\n"
    assert [p.render("en")[-8:] for p in problem(tmp_path, text).problems] == ["(line 3)", "(line 4)"]


def test_problems_are_structured_data(tmp_path):
    error = problem(tmp_path, MINIMAL + "tiebreak: [capian]\nzzz: 1\n")
    assert [p.key for p in error.problems] == ["criteria.problem-at", "criteria.problem-at"]
    assert [p.values["path"] for p in error.problems] == ["tiebreak.0", "zzz"]


def test_an_error_in_a_criteria_file_is_shown_in_its_language(runner, tmp_path):
    from paritrana.cli import app

    path = write_criteria(tmp_path, MINIMAL + "language: en\nzzz: 1\n")
    result = runner.invoke(app, ["criteria", "check", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: criteria.yaml: zzz: unknown key `zzz`")


def test_eligibility_rule_must_be_a_comparison(tmp_path):
    with pytest.raises(CriteriaError, match=r"eligibility\.0: syarat `pekerja` harus berupa perbandingan \(misalnya "
                                            r"`pekerja > 0`\) \(baris 7\)"):
        load(tmp_path, MINIMAL + "eligibility:\n  - pekerja\n")


def test_indicator_value_must_be_a_number(tmp_path):
    with pytest.raises(CriteriaError, match=r"nilai indikator harus berupa angka, bukan perbandingan"):
        load(tmp_path, MINIMAL.replace("value: peserta", "value: peserta > 0"))


def test_derived_names_in_a_circle_are_an_error(tmp_path):
    text = MINIMAL + "derived:\n  a: b + 1\n  b: a + 1\n"
    with pytest.raises(CriteriaError, match=r"derived\.a: nilai turunan saling merujuk secara melingkar: `a → b → a`"):
        load(tmp_path, text)


def test_yaml_anchors_are_refused(tmp_path):
    text = "title: T\nindicators:\n  a: &x {value: x, weight: 1}\n  b: *x\n"
    with pytest.raises(CriteriaError, match=r"baris 3: jangkar dan alias YAML \(`&`, `\*`\) tidak didukung"):
        load(tmp_path, text)


def test_missing_criteria_file(tmp_path):
    with pytest.raises(CriteriaError, match=r"nope\.yaml: berkas kriteria tidak ditemukan$") as info:
        load_criteria(tmp_path / "nope.yaml")
    assert info.value.render("en").endswith("nope.yaml: criteria file not found")


def test_not_a_mapping(tmp_path):
    with pytest.raises(CriteriaError, match=r"berkas kriteria harus berisi pasangan kunci dan nilai YAML"):
        load(tmp_path, "- just\n- a list\n")
