"""Criteria and ranking outputs probed as an unseen user would, to SPEC (each test a defect found)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from conftest import write_criteria
from paritrana.cli import app
from paritrana.core.expr import parse_expression

# ---- an eligibility rule over an empty value ---------------------------------------------------

# A rule that reads an empty value cannot be shown to hold: the candidate fails it (the warning
# on the empty cell says so: "kandidat tidak memenuhi syarat kelayakan yang memakainya").
# `not (b > 5)` used to pass an empty b: b > 5 is false for an empty b, and `not` made it true.
NOT_RULE = """\
title: Uji
indicators:
  ia: {value: a, weight: 1}
eligibility:
  - not (b > 5)
"""


def test_not_over_an_empty_value_does_not_hold():
    # rows: b = 3 (holds), b = empty (unknown), b = 9 (fails)
    rule = parse_expression("not (b > 5)")
    env = {"b": np.array([3.0, np.nan, 9.0])}
    assert rule.holds(env).tolist() == [True, False, False]


def test_or_with_one_known_true_side_still_holds():
    # Unknown or true is true: a = 1 > 0 decides, whatever b is; unknown and true is unknown.
    env = {"a": np.array([1.0, 1.0]), "b": np.array([np.nan, 2.0])}
    assert parse_expression("a > 0 or not (b > 5)").holds(env).tolist() == [True, True]
    assert parse_expression("a > 0 and not (b > 5)").holds(env).tolist() == [False, True]
    assert parse_expression("not (a > 0 and b > 5)").holds(env).tolist() == [False, True]


def test_a_candidate_with_an_empty_value_fails_a_not_rule(runner, tmp_path):
    criteria = write_criteria(tmp_path, NOT_RULE)
    data = tmp_path / "d.csv"
    data.write_text("wilayah,a,b\nA,10,\nB,20,3\nC,40,9\n", encoding="utf-8")
    result = runner.invoke(app, ["rank", str(data), "-c", str(criteria), "-f", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert [r["id"] for r in out["results"]] == ["B"]
    assert out["ineligible"] == [{"id": "A", "group": None, "reasons": ["not (b > 5)"]},
                                 {"id": "C", "group": None, "reasons": ["not (b > 5)"]}]


# ---- a candidate left out by `missing: exclude`, told in the output language ------------------

# B's divisor is 0, so ia = a / b has no value and `missing: exclude` leaves B out. The JSON keeps
# the stable machine text; what a person reads (the table, explain, the xlsx sheet) is in the
# output language: it used to say "ia: no value (missing: exclude)" in Indonesian output too.
EXCLUDE = """\
title: Uji
indicators:
  ia: {value: a / b, weight: 1, missing: exclude}
"""
EXCLUDE_DATA = "wilayah,a,b\nA,10,5\nB,20,0\nC,40,2\n"


def exclude_case(tmp_path):
    criteria = write_criteria(tmp_path, EXCLUDE)
    data = tmp_path / "d.csv"
    data.write_text(EXCLUDE_DATA, encoding="utf-8")
    return str(data), str(criteria)


def test_the_json_keeps_the_exclusion_reason_as_machine_text(runner, tmp_path):
    data, criteria = exclude_case(tmp_path)
    out = json.loads(runner.invoke(app, ["rank", data, "-c", criteria, "-f", "json"]).stdout)
    assert out["ineligible"] == [{"id": "B", "group": None, "reasons": ["ia: no value (missing: exclude)"]}]


def test_the_rank_table_tells_the_exclusion_in_indonesian(runner, tmp_path):
    data, criteria = exclude_case(tmp_path)
    result = runner.invoke(app, ["rank", data, "-c", criteria])
    assert result.exit_code == 0, result.output
    assert "B: indikator `ia` tidak bernilai (`missing: exclude`)" in result.stdout
    assert "no value" not in result.stdout


def test_the_rank_table_tells_the_exclusion_in_english(runner, tmp_path):
    data, criteria = exclude_case(tmp_path)
    result = runner.invoke(app, ["rank", data, "-c", criteria, "--lang", "en"])
    assert "B: indicator `ia` has no value (`missing: exclude`)" in result.stdout


def test_explain_tells_the_exclusion_in_indonesian(runner, tmp_path):
    data, criteria = exclude_case(tmp_path)
    result = runner.invoke(app, ["explain", data, "B", "-c", criteria])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == ("B tidak memenuhi syarat dan tidak dinilai; syarat yang tidak dipenuhi: "
                                     "indikator `ia` tidak bernilai (`missing: exclude`).")


def test_the_xlsx_ineligible_sheet_tells_the_exclusion_in_indonesian(runner, tmp_path):
    import openpyxl

    data, criteria = exclude_case(tmp_path)
    report = tmp_path / "lap.xlsx"
    result = runner.invoke(app, ["rank", data, "-c", criteria, "-o", str(report)])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(report)["Tidak memenuhi syarat"]
    texts = [v for row in sheet.iter_rows(values_only=True) for v in row if isinstance(v, str)]
    assert "indikator `ia` tidak bernilai (`missing: exclude`)" in texts
    assert not any("no value" in t for t in texts)


def test_the_xlsx_ineligible_sheet_leaves_the_sheet_of_a_csv_row_empty(runner, tmp_path):
    # A CSV has no sheets: the "Lembar sumber" cell is empty, not the text "None".
    import openpyxl

    data, criteria = exclude_case(tmp_path)
    report = tmp_path / "lap.xlsx"
    runner.invoke(app, ["rank", data, "-c", criteria, "-o", str(report)])
    sheet = openpyxl.load_workbook(report)["Tidak memenuhi syarat"]
    values = [v for row in sheet.iter_rows(values_only=True) for v in row]
    assert "None" not in values and "nan" not in values


# ---- a value that cannot be computed, under a lenient missing policy --------------------------

# r = a / b. B's b is 0: r cannot be computed though both cells are filled in. Under
# `missing: zero` B gets r = 0 — now with a warning on B's name cell (A3), not silently.
RATIO = """\
title: Uji
indicators:
  r: {{value: a / b, weight: 1, missing: {policy}}}
eligibility:
  - a < 100
"""
RATIO_ROWS = "wilayah,a,b\nA,10,2\nB,20,0\nC,30,3\n"  # r: 5, (20 / 0), 10


def _ratio_warnings(runner, tmp_path, policy: str, rows: str = RATIO_ROWS, lang: str = "id") -> list[str]:
    data = tmp_path / "m.csv"
    data.write_text(rows, encoding="utf-8")
    criteria = write_criteria(tmp_path, RATIO.format(policy=policy))
    result = runner.invoke(app, ["rank", str(data), "-c", str(criteria), "-f", "json", "--lang", lang])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    return out["warnings"], [(r["id"], r["score"]) for r in out["results"]]


def test_a_division_by_zero_under_missing_zero_is_a_warning_naming_the_candidate(runner, tmp_path):
    warnings, results = _ratio_warnings(runner, tmp_path, "zero")
    assert warnings == ["A3: indikator `r` untuk B tidak dapat dihitung dari angkanya (misalnya pembagian dengan "
                        "nol); indikator `r` menghitungnya sebagai 0"]
    # r: A 5, B 0, C 10 → minmax 50, 0, 100
    assert results == [("C", 100.0), ("A", 50.0), ("B", 0.0)]


def test_a_division_by_zero_under_missing_mean_says_the_mean_is_used(runner, tmp_path):
    warnings, results = _ratio_warnings(runner, tmp_path, "mean", lang="en")
    assert warnings == ["A3: indicator `r` cannot be computed for B from its figures (a division by zero, for "
                        "instance); indicator `r` uses the group mean"]
    # B takes the mean of 5 and 10 = 7.5 → minmax 50 for B, A 0, C 100
    assert results == [("C", 100.0), ("B", 50.0), ("A", 0.0)]


def test_an_empty_cell_is_told_once_by_its_own_warning(runner, tmp_path):
    warnings, _ = _ratio_warnings(runner, tmp_path, "zero", rows="wilayah,a,b\nA,10,2\nB,20,\nC,30,3\n")
    assert len(warnings) == 1 and warnings[0].startswith("C3: nilai `b` untuk B kosong")


def test_an_ineligible_candidate_gets_no_warning_for_its_value(runner, tmp_path):
    # B fails `a < 100`: its r is never used, so nothing is said about it
    warnings, results = _ratio_warnings(runner, tmp_path, "zero", rows="wilayah,a,b\nA,10,2\nB,200,0\nC,30,3\n")
    assert warnings == [] and [r[0] for r in results] == ["C", "A"]


# ---- a YAML syntax error told in the reader's words --------------------------------------------

INDICATORS = "indicators:\n  r: {value: a, weight: 1}\n"


@pytest.mark.parametrize("text, line, message", [
    # "Uji: 2024" — a colon and a space inside an unquoted title
    ("title: Uji: 2024\n" + INDICATORS, 1, "ada titik dua dan spasi di tempat yang bukan awal kunci; apit teks"),
    # a comma missing between two keys in braces
    ("title: Uji\nindicators:\n  r: {value: a weight: 1}\n", 3, "kurung belum ditutup atau kurang tanda koma"),
    # `c` indented less than its sibling `b`
    ("title: Uji\nx:\n  b: 1\n c: 2\n" + INDICATORS, 4, "indentasi tidak sejajar; beri indentasi yang sama"),
    # the quotation mark opened on line 1 is never closed: line 1, not the end of the file
    ('title: "Uji\n' + INDICATORS, 1, "tanda kutip belum ditutup; tutup tanda kutipnya"),
    # a value starting with @
    ("title: @Uji\n" + INDICATORS, 1, 'nilai tidak boleh diawali "@"; apit nilainya dengan tanda kutip'),
    # a tab used for indentation
    ("title: Uji\nindicators:\n\tr: {value: a, weight: 1}\n", 3, "ada tab di tempat yang memerlukan spasi; ganti tab"),
])
def test_a_yaml_syntax_error_is_told_in_indonesian_at_its_line(runner, tmp_path, text, line, message):
    criteria = tmp_path / "c.yaml"
    criteria.write_text(text, encoding="utf-8")
    data = tmp_path / "m.csv"
    data.write_text(RATIO_ROWS, encoding="utf-8")
    result = runner.invoke(app, ["rank", str(data), "-c", str(criteria)])
    assert result.exit_code == 1
    assert f"c.yaml baris {line}: YAML tidak valid: " in result.stderr
    assert message in result.stderr


def test_a_yaml_problem_not_recognised_is_quoted_as_the_parser_wrote_it():
    from paritrana.core.yaml_source import yaml_problem

    message, hint = yaml_problem("found undefined alias 'x'")
    assert message.render("id") == 'YAML tidak valid: "found undefined alias \'x\'"' and hint is None


def test_a_problem_that_merely_contains_the_letters_tab_is_not_told_as_a_tab():
    from paritrana.core.yaml_source import yaml_problem

    # "unacceptable" holds "tab": it is quoted as PyYAML wrote it, with no hint about tabs
    message, hint = yaml_problem("unacceptable character")
    assert message.render("en") == 'invalid YAML: "unacceptable character"' and hint is None
    assert yaml_problem("found a tab character where an indentation space is expected")[1] is not None
