"""The expression language (core/expr.py): the details mutation testing found untested.

Nesting limits counted on the tree as well as by the parser, what ``previous()`` reads inside
a function or an ``and``, the names ``gap_closed`` reads in the baseline year, the exact
message and position of a few refusals, and NaN flowing on through later arithmetic.
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest

from paritrana.core.expr import MAX_DEPTH, parse_expression
from paritrana.errors import ExpressionError

TOO_DEEP = f"ekspresi bersarang terlalu dalam (lebih dari {MAX_DEPTH} tingkat)"
NESTED_PREVIOUS = "`previous()` tidak dapat bersarang: `previous(previous(…))` tidak didukung"


def refusal(text: str) -> ExpressionError:
    with pytest.raises(ExpressionError) as caught:
        parse_expression(text)
    return caught.value


def value(text: str, previous: dict[str, float] | None = None, **env: float) -> float:
    """``text`` evaluated on one row (``previous``: the baseline year's row)."""
    prev = None if previous is None else {k: np.array([v]) for k, v in previous.items()}
    return float(parse_expression(text).evaluate({k: np.array([v]) for k, v in env.items()}, prev)[0])


# ---------------------------------------------------------------------------- nesting


def test_operators_inside_parentheses_count_towards_the_depth():
    # 50 pairs of parentheses (50 levels) around a * b + c (2 more: `*` inside `+`) = 52 > 50;
    # the parser saw only the 50 parentheses, the tree check finds it at the `+` (position 56)
    error = refusal("(" * 50 + "a * b + c" + ")" * 50)
    assert (str(error), error.position) == (TOO_DEEP, 56)


def test_a_function_call_counts_as_a_level():
    # 49 parentheses + abs() + `+` + `*` = 52 levels; the tree check finds it at `abs` (position 49)
    error = refusal("(" * 49 + "abs(a * b + c)" + ")" * 49)
    assert (str(error), error.position) == (TOO_DEEP, 49)


# Each kind of node adds a level on the tree. The parser counts only parentheses, signs, `not`,
# `**` exponents and function arguments; the tree check finds the rest, at the node's operator.
# "(" * 50 + "a" + ")" * 50 is 101 characters, so an operator after it is at position 102.
DEEP = "(" * 50 + "a" + ")" * 50  # 50 levels
DEEP_48 = "(" * 48 + "b * c + d" + ")" * 48  # 48 parentheses + `+` + `*` = 50 levels
DEEP_49 = "(" * 49 + "b * c" + ")" * 49  # 49 parentheses + `*` = 50 levels


@pytest.mark.parametrize(
    ("text", "position"),
    [
        (DEEP + " ** 2", 102),  # a power over a 50-level base
        ("a ** " + DEEP_48, 2),  # a power of a 50-level exponent
        (DEEP + " < 1", 102),  # a comparison, deep on the left
        ("a < " + DEEP_49, 2),  # a comparison, deep on the right
        (DEEP + " + 1", 102),  # a run of `+`, deep first operand
        ("a + " + DEEP_49, 2),  # a run of `+`, deep second operand
        ("a + b + " + DEEP_49, 2),  # a run of `+`, deep third operand (the run is extended)
        ("not " + DEEP_48, 0),  # `not` over 50 levels
        ("-" + DEEP_48, 0),  # a sign over 50 levels
    ],
)
def test_every_operator_over_50_levels_is_one_too_many(text, position):
    error = refusal(text)
    assert (str(error), error.position) == (TOO_DEEP, position)


def test_a_run_of_operators_extended_to_50_levels_is_accepted():
    # the third operand has 48 parentheses and `*`: 49 levels; the run of `+` above it: 50
    assert parse_expression("a + b + " + "(" * 48 + "c * d" + ")" * 48).root.depth == 50


def test_51_nots_are_refused_at_the_51st():
    # each `not ` is 4 characters: the 51st starts at position 200
    error = refusal("not " * 51 + "a")
    assert (str(error), error.position) == (TOO_DEEP, 200)


def test_a_nesting_level_is_left_when_its_parentheses_close():
    # min's second argument: 1 (the call) + 49 parentheses = 50 levels, allowed; the first
    # argument's parentheses closed before it and count no more
    assert parse_expression("min((a), " + "(" * 49 + "b" + ")" * 49 + ")").root.depth == 50


def test_parentheses_after_a_closed_pair_are_counted_from_the_top():
    # after (a), 51 nested parentheses: the 51st opens at position 6 + 50 = 56
    error = refusal("(a) + " + "(" * 51 + "b" + ")" * 51)
    assert (str(error), error.position) == (TOO_DEEP, 56)


def test_the_arguments_of_a_call_one_level_too_deep_are_refused_at_its_parenthesis():
    # 50 signs use the 50 levels; min's arguments would be the 51st, opened at position 53
    error = refusal("-" * 50 + "min(a, b)")
    assert (str(error), error.position) == (TOO_DEEP, 53)


# ---------------------------------------------------------------------------- refusals


def test_a_comma_inside_parentheses_is_refused():
    error = refusal("(a, b)")
    assert str(error) == "`,` di posisi 2 tidak diharapkan; tanda `)` untuk `(` di posisi 0 belum ada"


def test_a_missing_comma_between_arguments_is_refused():
    error = refusal("min(1 (2))")
    assert str(error) == (
        "`(` di posisi 6 tidak diharapkan; seharusnya `,` atau `)` dalam pemanggilan `min()` di posisi 0"
    )


def test_a_digit_of_another_script_is_an_unknown_character():
    # "٣" (Arabic-Indic three) is a digit to Python, but numbers are written with 0–9
    error = refusal("a + ٣")
    assert (str(error), error.position) == ("karakter `٣` di posisi 4 tidak dikenal", 4)


def test_an_invalid_number_is_quoted_up_to_its_last_letter():
    assert str(refusal("2abc + 1")) == "angka `2abc` di posisi 0 tidak valid"


def test_a_keyword_cannot_start_an_expression():
    assert str(refusal("and a")) == "`and` di posisi 0 tidak diharapkan"


def test_gap_closed_inside_previous_is_nested_previous():
    # gap_closed reads the baseline year itself: inside previous() it would read the year before
    error = refusal("previous(gap_closed(a, 30))")
    assert (str(error), error.position) == (NESTED_PREVIOUS, 9)


def test_gap_closed_without_a_baseline_is_an_error_at_its_position():
    with pytest.raises(ExpressionError) as caught:
        parse_expression("1 + gap_closed(a, 30)").evaluate({"a": np.array([1.0])})
    assert str(caught.value) == "`previous()` memerlukan tahun pembanding, tetapi data tahun sebelumnya tidak ada"
    assert caught.value.position == 4


def test_gap_closed_with_one_argument_is_refused_at_its_name():
    error = refusal("1 + gap_closed(a)")
    assert (str(error), error.position) == ("`gap_closed()` memerlukan tepat dua argumen (tertulis 1)", 4)


def test_previous_inside_gap_closed_is_refused_at_its_name():
    error = refusal("1 + gap_closed(previous(a), 30)")
    assert error.position == 4


# ---------------------------------------------------------------------------- names read


def test_names_after_a_call_inside_previous_are_still_read_in_the_baseline():
    expr = parse_expression("previous(abs(a) + b)")
    assert (expr.previous_names(), expr.current_names()) == ({"a", "b"}, set())


def test_gap_closed_adds_its_names_to_the_baseline_names_already_read():
    assert parse_expression("previous(b) + gap_closed(a, 30)").previous_names() == {"a", "b"}


@pytest.mark.parametrize(
    ("text", "baseline"),
    [
        ("gap_closed(a, 30)", {"a"}),
        ("gap_closed(-a, 30)", {"a"}),  # a sign
        ("gap_closed(a ** b, 30)", {"a", "b"}),  # a power
        ("gap_closed(a < b, 30)", {"a", "b"}),  # a comparison
        ("gap_closed(100 * a / b - c, 30)", {"a", "b", "c"}),  # runs of operators
        ("gap_closed(abs(a) + max(b, c), 30)", {"a", "b", "c"}),  # calls
        ("gap_closed(2, t)", set()),  # a constant: the target is read in the assessed year only
    ],
)
def test_gap_closed_reads_every_name_of_its_first_argument_in_the_baseline(text, baseline):
    assert parse_expression(text).previous_names() == baseline


@pytest.mark.parametrize(
    ("text", "uses"),
    [
        ("previous(a)", True),
        ("abs(previous(a))", True),  # inside a call
        ("-previous(a)", True),  # under a sign
        ("previous(a) > 1", True),  # left of a comparison
        ("1 < previous(a)", True),  # right of a comparison
        ("previous(a) + 1", True),  # first of a run of operators
        ("1 + previous(a)", True),  # later in the run
        ("gap_closed(a, 30)", True),
        ("abs(-a) + b ** 2 > 1", False),
    ],
)
def test_uses_previous_looks_through_the_whole_expression(text, uses):
    assert parse_expression(text).uses_previous is uses


def test_previous_inside_a_call_inside_gap_closed_is_refused():
    error = refusal("gap_closed(abs(previous(a)), 30)")
    assert str(error) == "`gap_closed(x, target)` sudah membaca `previous(x)` sendiri: tulis `x` tanpa `previous()`"


# ---------------------------------------------------------------------------- evaluation


def test_previous_reads_the_baseline_inside_a_function():
    # baseline a = −3: abs(−3) = 3 (the assessed year's −1 would give 1)
    assert value("previous(abs(a))", previous={"a": -3.0}, a=-1.0) == 3.0


def test_previous_reads_the_baseline_on_both_sides_of_and():
    # baseline a = 5, b = 6: both > 1 (the assessed year's 0 and 0 would give False)
    assert value("previous(a > 1 and b > 1)", previous={"a": 5.0, "b": 6.0}, a=0.0, b=0.0) == 1.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("previous(not (a - 1))", 1.0),  # baseline: not 0 is True (this year's not 2 is False)
        ("previous(-a)", -1.0),  # baseline −1 (this year's −3)
        ("previous(b ** a)", 2.0),  # baseline 2 ** 1 = 2 (this year's b gives 0 ** 1, its a 2 ** 3)
        ("previous(a < b)", 1.0),  # baseline 1 < 2 (this year's a gives 3 < 2, its b 1 < 0)
    ],
)
def test_previous_reads_the_baseline_under_every_operator(text, expected):
    # baseline a = 1, b = 2; this year a = 3, b = 0
    assert value(text, previous={"a": 1.0, "b": 2.0}, a=3.0, b=0.0) == expected


def test_a_comparison_takes_the_whole_sum_on_its_right():
    # 3 < 1 + 5 is 3 < 6: True (not (3 < 1) + 5 = 5)
    assert value("3 < 1 + 5") == 1.0


@pytest.mark.parametrize(("text", "expected"), [("0 ** 0", 1.0), ("0 ** 0.5", 0.0)])
def test_zero_to_a_power_that_is_not_negative_is_a_number(text, expected):
    assert value(text) == expected


def test_evaluation_never_warns():
    # 1/0 and log(0) are NaN, 10 ** 400 overflows to inf: silently
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        parse_expression("1 / 0 + log(0) + 10 ** 400").evaluate({})


def test_a_column_of_text_is_an_error_at_its_position():
    with pytest.raises(ExpressionError) as caught:
        parse_expression("1 + a").evaluate({"a": np.array(["x"])})
    assert (str(caught.value), caught.value.position) == ("nama `a` tidak berisi angka", 4)


def test_a_table_for_a_name_is_an_error_at_its_position():
    with pytest.raises(ExpressionError) as caught:
        parse_expression("1 + a").evaluate({"a": np.ones((1, 1))})
    assert (str(caught.value), caught.value.position) == (
        "nama `a` berisi sebuah tabel, padahal seharusnya 1 nilai", 4)


def test_a_column_of_the_wrong_length_is_an_error_at_its_position():
    with pytest.raises(ExpressionError) as caught:
        parse_expression("1 + a").evaluate({"b": np.ones(2), "a": np.ones(3)})
    assert (str(caught.value), caught.value.position) == ("nama `a` berisi 3 nilai, padahal seharusnya 2 nilai", 4)


def test_true_plus_true_is_two():
    # comparisons give booleans; arithmetic counts True as 1: 1 + 1
    assert value("(1 < 2) + (2 < 3)") == 2.0


def test_gap_closed_of_a_missing_value_is_missing_also_when_the_target_was_reached():
    # baseline 40 ≥ target 30 would give 100 or 0; with no value this year it gives none
    assert math.isnan(value("gap_closed(a, 30)", previous={"a": 40.0}, a=math.nan))


@pytest.mark.parametrize(("text", "expected"), [("log(0.5)", math.log(0.5)), ("log10(0.1)", -1.0)])
def test_log_of_a_value_between_0_and_1_is_negative(text, expected):
    assert value(text) == pytest.approx(expected)
