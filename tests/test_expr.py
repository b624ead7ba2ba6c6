"""Tests for paritrana.core.expr: the criteria formula language (parser + elementwise evaluation)."""

from __future__ import annotations

import contextlib
import dataclasses
import math
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from paritrana.core.expr import MAX_DEPTH, MAX_LENGTH, Expr, parse_expression
from paritrana.errors import ExpressionError


def value(text: str, **env: object) -> float:
    """Evaluate ``text`` over one-row data and return the single number."""
    result = parse_expression(text).evaluate({k: np.atleast_1d(v) for k, v in env.items()})
    assert result.shape == (1,)
    return result[0]


# ------------------------------------------------------------------ precedence and associativity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 + 3 * 4", 14),  # 3*4 = 12, + 2
        ("(2+3)*4", 20),  # 5 * 4
        ("2 ** 3 ** 2", 512),  # right-assoc: 2 ** 9
        ("-2 ** 2", -4),  # -(2 ** 2)
        ("(-2) ** 2", 4),
        ("2 ** -1", 0.5),  # unary minus allowed in the exponent
        ("10 - 4 - 3", 3),  # left-assoc: (10 - 4) - 3
        ("64 / 4 / 2", 8),  # (64 / 4) / 2
        ("2 * 3 / 4", 1.5),  # (2 * 3) / 4
        ("- - 3", 3),
        ("+3 - -3", 6),
        ("1 + 2 < 4", True),  # arithmetic binds tighter than comparison: 3 < 4
        ("not 1 > 2", True),  # not (1 > 2)
        ("1 < 2 or 1 > 2 and 0", True),  # and binds tighter: True or (False and 0)
        ("(1 < 2 or 1 > 2) and 0", False),
        ("not 0 and 0", False),  # (not 0) and 0
        ("2.5 * 2", 5),
        ("1e6 / 1E3", 1000),
        (".5 + 1.", 1.5),
        ("2.5e-1 * 4", 1),
    ],
)
def test_precedence_and_associativity(text: str, expected: float) -> None:
    assert value(text) == expected


def test_chained_comparison_is_rejected_with_a_suggestion() -> None:
    with pytest.raises(ExpressionError, match=r"^perbandingan tidak dapat dirangkai .*`a < b and b < c`$") as info:
        parse_expression("1 < x < 3")
    assert info.value.render("en").startswith("comparisons cannot be chained (`<` at position 6)")


def test_parenthesised_comparison_can_be_compared_again() -> None:
    # (1 < 2) is True == 1; 1 < 3 is True
    assert value("(1 < 2) < 3") == True  # noqa: E712


# -------------------------------------------------------------------------- names and metadata


def test_names_current_and_previous() -> None:
    expr = parse_expression("cakupan - previous(cakupan) + min(a, previous(b * 2))")
    assert expr.names() == {"cakupan", "a", "b"}
    assert expr.current_names() == {"cakupan", "a"}
    assert expr.previous_names() == {"cakupan", "b"}
    assert expr.uses_previous


def test_expression_without_previous() -> None:
    expr = parse_expression("100 * peserta / pekerja")
    assert expr.names() == {"peserta", "pekerja"}
    assert expr.previous_names() == frozenset()
    assert not expr.uses_previous


def test_previous_of_a_constant_still_uses_previous() -> None:
    expr = parse_expression("previous(1)")
    assert expr.uses_previous
    assert expr.names() == frozenset()


@pytest.mark.parametrize(
    ("text", "boolean"),
    [
        ("peserta <= pekerja", True),
        ("pekerja > 0 and not (peserta > pekerja)", True),
        ("not a", True),
        ("a or b", True),
        ("(a == b)", True),
        ("a + b", False),
        ("a ** 2", False),
        ("-(a < b)", False),
        ("max(a, b)", False),
    ],
)
def test_is_boolean_looks_at_the_top_level_node(text: str, boolean: bool) -> None:
    assert parse_expression(text).is_boolean is boolean


def test_text_is_stripped_and_positions_refer_to_the_given_text() -> None:
    assert parse_expression("  a + 1\n").text == "a + 1"
    with pytest.raises(ExpressionError) as info:
        parse_expression("  a +")
    assert info.value.position == 5  # the end of "  a +"


def test_unicode_names_are_allowed() -> None:
    expr = parse_expression("jumlah_pekerja_2024 + ñandú + 名前")
    assert expr.names() == {"jumlah_pekerja_2024", "ñandú", "名前"}


def test_expr_is_immutable_and_compares_by_text() -> None:
    expr = parse_expression("a + 1")
    with pytest.raises(dataclasses.FrozenInstanceError):
        expr.text = "b"  # type: ignore[misc]
    assert expr == parse_expression("a + 1")
    assert hash(expr) == hash(parse_expression(" a + 1 "))
    assert isinstance(expr, Expr)


def test_parsing_does_not_import_numpy() -> None:
    code = (
        "import sys; from paritrana.core.expr import parse_expression; "
        "parse_expression('max(a, previous(b)) / 2 > 1'); "
        "assert 'numpy' not in sys.modules, 'numpy imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# ---------------------------------------------------------------------------------- evaluation


def test_evaluate_is_elementwise() -> None:
    expr = parse_expression("100 * peserta / pekerja")
    result = expr.evaluate({"peserta": np.array([1.0, 5.0, 30.0]), "pekerja": [4, 10, 40]})
    # 100*1/4 = 25, 100*5/10 = 50, 100*30/40 = 75
    np.testing.assert_array_equal(result, [25.0, 50.0, 75.0])
    assert result.dtype == np.float64


def test_previous_evaluates_in_previous_env() -> None:
    expr = parse_expression("cakupan - previous(cakupan)")
    result = expr.evaluate({"cakupan": np.array([50.0, 70.0])}, {"cakupan": np.array([40.0, 75.0])})
    np.testing.assert_array_equal(result, [10.0, -5.0])  # 50-40, 70-75


def test_previous_of_a_compound_expression() -> None:
    expr = parse_expression("previous(a / b) * 2")
    result = expr.evaluate({"a": [0.0]}, {"a": [3.0], "b": [4.0]})
    np.testing.assert_array_equal(result, [1.5])  # 3/4 * 2


def test_previous_without_baseline_is_an_error() -> None:
    expr = parse_expression("a - previous(a)")
    with pytest.raises(ExpressionError, match=r"^`previous\(\)` memerlukan tahun pembanding") as info:
        expr.evaluate({"a": [1.0]})
    assert info.value.position == 4


def test_constant_expression_has_the_env_length() -> None:
    np.testing.assert_array_equal(parse_expression("5").evaluate({"a": [1, 2, 3]}), [5.0, 5.0, 5.0])


def test_constant_expression_with_empty_env_has_length_one() -> None:
    np.testing.assert_array_equal(parse_expression("2 * 3").evaluate({}), [6.0])


def test_scalars_in_env_broadcast() -> None:
    result = parse_expression("a * k").evaluate({"a": np.array([1.0, 2.0]), "k": 10})
    np.testing.assert_array_equal(result, [10.0, 20.0])


def test_result_does_not_alias_the_input() -> None:
    column = np.array([1.0, 2.0])
    result = parse_expression("a").evaluate({"a": column})
    result[0] = 99.0
    assert column[0] == 1.0


@pytest.mark.parametrize("text", ["1 / 0", "-1 / 0", "0 / 0", "a / b", "0 ** -1"])
def test_division_by_zero_is_nan(text: str) -> None:
    assert math.isnan(value(text, a=1.0, b=0.0))


def test_division_by_zero_only_affects_its_rows() -> None:
    result = parse_expression("a / b").evaluate({"a": [1.0, 0.0, 6.0], "b": [0.0, 0.0, 3.0]})
    np.testing.assert_array_equal(result, [np.nan, np.nan, 2.0])  # 1/0, 0/0, 6/3


@pytest.mark.parametrize("text", ["log(0)", "log(-1)", "log10(0)", "log10(-5)", "sqrt(-1)"])
def test_math_outside_the_domain_is_nan(text: str) -> None:
    assert math.isnan(value(text))


def test_math_functions() -> None:
    assert value("log10(1000)") == pytest.approx(3.0)
    assert value("log(x)", x=math.e) == pytest.approx(1.0)
    assert value("sqrt(16)") == 4.0
    assert value("sqrt(0)") == 0.0
    assert value("abs(-2.5)") == 2.5


def test_overflow_may_give_inf() -> None:
    assert value("10 ** 400") == math.inf


@pytest.mark.parametrize("op", ["<", "<=", ">", ">=", "==", "!="])
def test_comparisons_with_nan_are_false(op: str) -> None:
    result = parse_expression(f"a {op} b").evaluate({"a": [np.nan, 1.0, np.nan], "b": [1.0, np.nan, np.nan]})
    np.testing.assert_array_equal(result, [False, False, False])
    assert result.dtype == np.bool_


def test_comparisons_elementwise() -> None:
    result = parse_expression("peserta <= pekerja").evaluate({"peserta": [1, 5, 9], "pekerja": [2, 5, 8]})
    np.testing.assert_array_equal(result, [True, True, False])


def test_and_or_not() -> None:
    env = {"a": [1.0, 1.0, 0.0, 0.0], "b": [1.0, 0.0, 1.0, 0.0]}
    np.testing.assert_array_equal(parse_expression("a and b").evaluate(env), [True, False, False, False])
    np.testing.assert_array_equal(parse_expression("a or b").evaluate(env), [True, True, True, False])
    np.testing.assert_array_equal(parse_expression("not a").evaluate(env), [False, False, True, True])


def test_truthiness_of_numbers() -> None:
    # non-zero is true (also negatives), 0 and NaN are false
    result = parse_expression("not not x").evaluate({"x": [2.0, -1.0, 0.0, np.nan]})
    np.testing.assert_array_equal(result, [True, True, False, False])


def test_spec_example_validity_rule() -> None:
    expr = parse_expression("pekerja > 0 and not (peserta > pekerja)")
    result = expr.evaluate({"pekerja": [10, 0, 10, np.nan], "peserta": [5, 0, 11, 1]})
    # 10>0 and not 5>10; 0>0 is False; not 11>10 is False; NaN>0 is False
    np.testing.assert_array_equal(result, [True, False, False, False])


def test_arithmetic_on_booleans_counts_true_as_one() -> None:
    result = parse_expression("(a > 0) + (b > 0) * 2").evaluate({"a": [1, 1, -1], "b": [1, -1, 1]})
    np.testing.assert_array_equal(result, [3.0, 1.0, 2.0])  # 1+2, 1+0, 0+2


def test_min_max_elementwise() -> None:
    env = {"a": [1.0, 5.0, 3.0], "b": [4.0, 2.0, 3.0], "c": [2.0, 9.0, 0.0]}
    np.testing.assert_array_equal(parse_expression("min(a, b)").evaluate(env), [1.0, 2.0, 3.0])
    np.testing.assert_array_equal(parse_expression("max(a, b, c)").evaluate(env), [4.0, 9.0, 3.0])
    np.testing.assert_array_equal(parse_expression("min(a, 2)").evaluate(env), [1.0, 2.0, 2.0])


def test_min_max_propagate_nan() -> None:
    assert math.isnan(value("max(a, 1)", a=np.nan))


def test_unknown_name_suggests_a_close_match() -> None:
    expr = parse_expression("pesrta / pekerja")
    with pytest.raises(ExpressionError,
                       match=r"^nama `pesrta` tidak dikenal; apakah yang dimaksud `peserta`\?$") as info:
        expr.evaluate({"peserta": [1.0], "pekerja": [2.0]})
    assert info.value.position == 0
    assert info.value.render("en") == "unknown name `pesrta`; did you mean `peserta`?"


def test_unknown_name_in_previous_env() -> None:
    expr = parse_expression("previous(a)")
    with pytest.raises(ExpressionError, match=r"^nama `a` pada data tahun sebelumnya tidak dikenal$"):
        expr.evaluate({"a": [1.0]}, {"b": [1.0]})


def test_name_with_wrong_length_is_an_error() -> None:
    expr = parse_expression("a + b")
    with pytest.raises(ExpressionError, match=r"^nama `b` berisi 2 nilai, padahal seharusnya 3 nilai$"):
        expr.evaluate({"a": [1.0, 2.0, 3.0], "b": [1.0, 2.0]})


def test_non_numeric_column_is_an_error() -> None:
    with pytest.raises(ExpressionError, match=r"^nama `a` tidak berisi angka$"):
        parse_expression("a + 1").evaluate({"a": ["x", "y"]})


# ------------------------------------------------------------------------------- limits


def test_maximum_nesting_is_accepted_and_evaluates() -> None:
    text = "(" * MAX_DEPTH + "x" + ")" * MAX_DEPTH
    assert value(text, x=3.0) == 3.0


def test_deep_mixed_nesting_is_walkable() -> None:
    # 8 levels of `a or a and a < a + a * abs(` nest 48 deep: parse, evaluate, repr, == all fine
    text = "a or a and a < a + a * abs(" * 8 + "a" + ")" * 8
    expr = parse_expression(text)
    assert value(text, a=1.0) == True  # noqa: E712  (a or ... with a = 1)
    assert repr(expr.root) and expr.root == parse_expression(text).root


def test_long_flat_chain_is_not_too_deep() -> None:
    text = " + ".join(["1"] * 450)  # 450*4 - 3 = 1797 characters, one flat run of '+'
    assert value(text) == 450


def test_text_of_exactly_max_length_is_accepted() -> None:
    assert parse_expression("x" * MAX_LENGTH).names() == {"x" * MAX_LENGTH}


def test_length_limit_applies_after_stripping() -> None:
    assert parse_expression("  " + "x" * MAX_LENGTH + "\n").text == "x" * MAX_LENGTH


# ------------------------------------------------------------------------- error catalogue

FUNCTIONS_ID = "`previous`, `gap_closed`, `min`, `max`, `abs`, `log`, `log10`, dan `sqrt`"
CATALOGUE = [
    # (text, the message in Indonesian, position)
    ("foo(1)", f"fungsi `foo` tidak dikenal (fungsi yang tersedia: {FUNCTIONS_ID})", 0),
    ("prevous(a)", "fungsi `prevous` tidak dikenal; apakah yang dimaksud `previous`?", 0),
    ("a.b", "akses atribut (`.`) tidak didukung", 1),
    ("a[0]", "pengindeksan (`[`) tidak didukung", 1),
    ("'x'", "teks dalam tanda petik tidak dapat dipakai dalam ekspresi", 0),
    ('a == "x"', "teks dalam tanda petik tidak dapat dipakai dalam ekspresi", 5),
    ("__import__('os')", f"fungsi `__import__` tidak dikenal (fungsi yang tersedia: {FUNCTIONS_ID})", 0),
    ("lambda x: x", "`lambda` tidak dapat dipakai dalam ekspresi", 0),
    ("True", "`True` tidak dapat dipakai dalam ekspresi", 0),
    ("a = b", "`=` bukan operator; apakah yang dimaksud `==`?", 2),
    ("a ! b", "`!` bukan operator; gunakan `not`", 2),
    ("a && b", "`&` bukan operator; gunakan `and`", 2),
    ("a ^ 2", "`^` bukan operator; gunakan `**` untuk pangkat", 2),
    ("a // 2", "`//` (pembagian bulat) tidak didukung; gunakan `/`", 2),
    ("a % 2", "`%` tidak didukung", 2),
    ("a $ 2", "karakter `$` di posisi 2 tidak dikenal", 2),
    ("(1 + 2))", "`)` di posisi 7 tidak diharapkan", 7),
    ("(1 + 2", "ekspresi berakhir sebelum lengkap; tanda `)` untuk `(` di posisi 0 belum ada", 6),
    ("(1 2)", "angka `2` di posisi 3 tidak diharapkan; tanda `)` untuk `(` di posisi 0 belum ada", 3),
    (")", "`)` di posisi 0 tidak diharapkan", 0),
    ("1 +", "ekspresi berakhir sebelum lengkap", 3),
    ("2 * * 3", "`*` di posisi 4 tidak diharapkan", 4),
    ("a b", "nama `b` di posisi 2 tidak diharapkan", 2),
    ("a AND b", "nama `AND` di posisi 2 tidak diharapkan; kata kunci ditulis dengan huruf kecil (`and`)", 2),
    ("a < not b", "`not` di posisi 4 tidak diharapkan; letakkan `not …` di dalam tanda kurung", 4),
    ("2x", "angka `2x` di posisi 0 tidak valid", 0),
    ("1e", "angka `1e` di posisi 0 tidak valid", 0),
    ("1.2.3", "angka `1.2.3` di posisi 0 tidak valid", 0),
    ("", "ekspresi kosong", 0),
    ("   \n", "ekspresi kosong", 0),
    ("x" * (MAX_LENGTH + 1), "ekspresi terlalu panjang (2.001 karakter; batasnya 2.000)", None),
    ("(" * 200 + "1" + ")" * 200, "ekspresi bersarang terlalu dalam (lebih dari 50 tingkat)", 50),
    ("-" * 60 + "1", "ekspresi bersarang terlalu dalam (lebih dari 50 tingkat)", 50),
    ("2 ** " * 60 + "2", "ekspresi bersarang terlalu dalam (lebih dari 50 tingkat)", None),
    ("previous(previous(x))", "`previous()` tidak dapat bersarang: `previous(previous(…))` tidak didukung", 9),
    ("previous(a + previous(b))", "`previous()` tidak dapat bersarang: `previous(previous(…))` tidak didukung", 13),
    ("previous(a, b)", "`previous()` memerlukan tepat satu argumen (tertulis 2)", 0),
    ("previous()", "`previous()` memerlukan tepat satu argumen (tertulis 0)", 0),
    ("log(a, 10)", "`log()` memerlukan tepat satu argumen (tertulis 2)", 0),
    ("min(a)", "`min()` memerlukan sedikitnya dua argumen (tertulis 1)", 0),
    ("max()", "`max()` memerlukan sedikitnya dua argumen (tertulis 0)", 0),
    ("min(a, b,)", "`)` di posisi 9 tidak diharapkan", 9),
    ("min(a b)", "nama `b` di posisi 6 tidak diharapkan; seharusnya `,` atau `)` dalam pemanggilan `min()` di posisi 0",
     6),
    ("min(a=1, b=2)", "`=` bukan operator; apakah yang dimaksud `==`?", 5),
    ("sqrt + 1", "`sqrt` adalah fungsi; tulis dengan tanda kurung, misalnya `sqrt(…)`", 0),
    ("x(1)", f"fungsi `x` tidak dikenal (fungsi yang tersedia: {FUNCTIONS_ID})", 0),
    ("1 < 2 < 3", "perbandingan tidak dapat dirangkai (`<` di posisi 6); gabungkan dengan `and`, misalnya "
                  "`a < b and b < c`", 6),
]


@pytest.mark.parametrize(("text", "message", "position"), CATALOGUE, ids=[repr(c[0])[:40] for c in CATALOGUE])
def test_bad_input_is_rejected(text: str, message: str, position: int | None) -> None:
    with pytest.raises(ExpressionError) as info:
        parse_expression(text)
    assert str(info.value) == message
    if position is not None:
        assert info.value.position == position


@pytest.mark.parametrize(("text", "message"), [
    ("foo(1)", "unknown function `foo` (allowed: `previous`, `gap_closed`, `min`, `max`, `abs`, `log`, `log10` "
               "and `sqrt`)"),
    ("(1 2)", "unexpected number `2` at position 3; missing `)` for the `(` at position 0"),
    ("a AND b", "unexpected name `AND` at position 2; keywords are lower-case (`and`)"),
    ("x" * (MAX_LENGTH + 1), "expression is too long (2,001 characters; the limit is 2,000)"),
    ("min(a)", "`min()` needs at least two arguments (1 given)"),
])
def test_bad_input_is_explained_in_english_too(text: str, message: str) -> None:
    with pytest.raises(ExpressionError) as info:
        parse_expression(text)
    assert info.value.render("en") == message


def test_non_string_is_rejected() -> None:
    with pytest.raises(ExpressionError, match=r"^ekspresi harus berupa teks, bukan `int`$"):
        parse_expression(5)  # type: ignore[arg-type]


# ------------------------------------------------------------------------- property tests

# A tree is ("lit", int) | ("x",) | (op, left, right) with op in + - *.
_PREC = {"+": 1, "-": 1, "*": 2}

trees = st.recursive(
    st.one_of(st.builds(lambda n: ("lit", n), st.integers(-30, 30)), st.just(("x",))),
    lambda sub: st.tuples(st.sampled_from(["+", "-", "*"]), sub, sub),
    max_leaves=10,
)


def render(tree: tuple, minimal: bool) -> str:
    """Render with the fewest parentheses the precedence rules need (or fully parenthesised)."""
    if tree[0] == "lit":
        return str(tree[1])  # negative literals are unary minus, which binds tighter than * here
    if tree[0] == "x":
        return "x"
    op, left, right = tree
    lhs, rhs = render(left, minimal), render(right, minimal)
    if not minimal:
        return f"({lhs} {op} {rhs})"
    if left[0] in _PREC and _PREC[left[0]] < _PREC[op]:
        lhs = f"({lhs})"
    if right[0] in _PREC and _PREC[right[0]] <= _PREC[op]:  # left-assoc: a - (b - c) keeps parens
        rhs = f"({rhs})"
    return f"{lhs} {op} {rhs}"


def compute(tree: tuple, x: int) -> int:
    if tree[0] == "lit":
        return tree[1]
    if tree[0] == "x":
        return x
    op, left, right = tree
    a, b = compute(left, x), compute(right, x)
    return a + b if op == "+" else a - b if op == "-" else a * b


@settings(max_examples=300, deadline=None)
@given(tree=trees, xs=st.lists(st.integers(-30, 30), min_size=1, max_size=4), minimal=st.booleans())
def test_integer_arithmetic_matches_python(tree: tuple, xs: list[int], minimal: bool) -> None:
    # |values| <= 30**10 < 2**53, so float64 arithmetic is exact
    text = render(tree, minimal)
    result = parse_expression(text).evaluate({"x": np.array(xs, dtype=float)})
    assert result.tolist() == [compute(tree, x) for x in xs], text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_fuzz_any_text_parses_or_raises_expression_error(text: str) -> None:
    with contextlib.suppress(ExpressionError):
        parse_expression(text)


_PIECES = [
    "a", "b", "x1", "0", "1", "2.5", "1e3", ".", "+", "-", "*", "/", "**", "(", ")", ",",
    "<", "<=", ">", "==", "!=", "=", " and ", " or ", " not ", "previous(", "min(", "max(",
    "abs(", "log(", "log10(", "sqrt(", " ", "'", "[",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25).map("".join))
def test_fuzz_grammar_pieces_parse_and_evaluate_or_raise_expression_error(text: str) -> None:
    try:
        expr = parse_expression(text)
    except ExpressionError:
        return
    env = {name: np.array([-1.0, 0.0, 2.0, np.nan]) for name in expr.names() | {"row"}}
    result = expr.evaluate(env, env)
    assert result.shape == (4,)
    assert result.dtype in (np.float64, np.bool_)
    if expr.is_boolean:
        assert result.dtype == np.bool_
