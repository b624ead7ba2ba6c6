"""Criteria expressions as Excel formulas (paritrana.core.expr_excel): every operator and
function written as Excel reads it, and computing what the criteria compute.

Cells: x is Data!B2 and y Data!C2 (assessed year), their baseline row Data!B3, C3. Derived
names are written out in place. The evaluations run the formula with tests/excel_eval.py over
a sheet holding the numbers, and compare with ``Expr.evaluate`` on the same numbers;
test_libreoffice.py runs the same table through LibreOffice.
"""

from __future__ import annotations

import math
from typing import Any

import pytest

from excel_eval import evaluate
from paritrana.core.expr import parse_expression
from paritrana.core.expr_excel import ExcelExpr, fits, to_excel, value_formula

CELLS = {("x", False): "Data!$B$2", ("y", False): "Data!$C$2", ("x", True): "Data!$B$3", ("y", True): "Data!$C$3"}
DERIVED = {"cov": parse_expression("100 * y / x"), "growth": parse_expression("cov - previous(cov)")}


def cell_of(name: str, previous: bool) -> str | None:
    return CELLS.get((name, previous))


def excel(text: str, cells: Any = cell_of) -> ExcelExpr:
    return to_excel(parse_expression(text), cells, DERIVED)


# ---- the text of each operator and function ---------------------------------------------------

@pytest.mark.parametrize(("expression", "formula"), [
    ("x + y - 3", "Data!$B$2+Data!$C$2-3"),
    ("x * y / 2", "Data!$B$2*Data!$C$2/2"),
    ("x - (y - 1)", "Data!$B$2-(Data!$C$2-1)"),  # a run of one operator keeps its parentheses
    ("(x + y) * 2", "(Data!$B$2+Data!$C$2)*2"),
    ("x / (y * 2)", "Data!$B$2/(Data!$C$2*2)"),
    ("x ** 2", "Data!$B$2^2"),
    ("-x ** 2", "-(Data!$B$2^2)"),  # Python: −(x²); Excel's -x^2 would be (−x)²
    ("(-x) ** 2", "(-Data!$B$2)^2"),
    ("x ** y ** 2", "Data!$B$2^(Data!$C$2^2)"),  # ** is right-associative, Excel's ^ is not
    ("2 ** -x", "2^(-Data!$B$2)"),
    ("x * -y", "Data!$B$2*(-Data!$C$2)"),
    ("-x * y", "-Data!$B$2*Data!$C$2"),
    ("+x", "Data!$B$2"),
    ("-(x + y)", "-(Data!$B$2+Data!$C$2)"),
    ("min(x, y, 3)", "MIN(Data!$B$2,Data!$C$2,3)"),
    ("max(x, y)", "MAX(Data!$B$2,Data!$C$2)"),
    ("abs(x - y)", "ABS(Data!$B$2-Data!$C$2)"),
    ("sqrt(x)", "SQRT(Data!$B$2)"),
    ("log(x)", "LN(Data!$B$2)"),
    ("log10(x)", "LOG10(Data!$B$2)"),
    ("0.25 * x + 1e-3", "0.25*Data!$B$2+0.001"),
    ("previous(x)", "Data!$B$3"),
    ("x - previous(x)", "Data!$B$2-Data!$B$3"),
    ("cov", "100*Data!$C$2/Data!$B$2"),
    ("growth", "100*Data!$C$2/Data!$B$2-100*Data!$C$3/Data!$B$3"),
    ("2 * growth", "2*(100*Data!$C$2/Data!$B$2-100*Data!$C$3/Data!$B$3)"),
    ("previous(growth)", "NA()"),  # the baseline year has no year before it
    ("x > y", "IF(IFERROR(Data!$B$2>Data!$C$2,FALSE),1,0)"),
    ("(x >= y) * 10", "IFERROR(Data!$B$2>=Data!$C$2,FALSE)*10"),
    ("(x == y) + (x != y)", "IFERROR(Data!$B$2=Data!$C$2,FALSE)+IFERROR(Data!$B$2<>Data!$C$2,FALSE)"),
    ("(x < 1 and y <= 2) * 1", "AND(IFERROR(Data!$B$2<1,FALSE),IFERROR(Data!$C$2<=2,FALSE))*1"),
    ("(x or y) * 1", "OR(IFERROR(Data!$B$2<>0,FALSE),IFERROR(Data!$C$2<>0,FALSE))*1"),
    ("(not x) * 1", "NOT(IFERROR(Data!$B$2<>0,FALSE))*1"),
])
def test_each_operator_and_function_in_excel(expression, formula):
    assert excel(expression).text == formula


def test_the_cells_read_are_listed_once_in_order():
    assert excel("x + y * x - previous(y)").cells == ("Data!$B$2", "Data!$C$2", "Data!$C$3")


def test_a_candidate_without_a_baseline_row_reads_no_value():
    result = excel("x - previous(x)", lambda name, previous: None if previous else CELLS[(name, previous)])
    assert result.text == "Data!$B$2-NA()" and result.cells == ("Data!$B$2",)


def test_a_missing_value_becomes_an_empty_result_or_zero():
    # An empty input cell (COUNT of the cells read falls short) or an error value (x/0): the
    # policy's value — "" (no value) or 0 (missing: zero).
    ex = excel("y / x")
    assert value_formula(ex) == 'IF(COUNT(Data!$C$2,Data!$B$2)<2,"",IFERROR(Data!$C$2/Data!$B$2,""))'
    assert value_formula(ex, "0") == "IF(COUNT(Data!$C$2,Data!$B$2)<2,0,IFERROR(Data!$C$2/Data!$B$2,0))"
    assert value_formula(excel("3")) == 'IFERROR(3,"")'


def test_excel_s_length_limit():
    assert fits("A" * 8191) and not fits("A" * 8192)


# ---- what the formulas compute ---------------------------------------------------------------

def book(x: float | None, y: float | None, px: float | None, py: float | None) -> Any:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    for ref, value in (("B2", x), ("C2", y), ("B3", px), ("C3", py)):
        ws[ref] = value
    return wb


EXPRESSIONS = ["x + y", "x - (y - 1)", "x * y / 4", "(x + y) / (x - y)", "x ** 2", "-x ** 2", "(-x) ** 3",
               "x ** 0.5", "2 ** -x", "min(x, y, 3)", "max(x, -y)", "abs(y - x)", "sqrt(x)", "log(x)",
               "log10(y)", "cov", "growth", "(x > y) * 10", "(x <= 2 or y == 3) + 1", "(not (x < y)) * 5",
               "y / (x - previous(x))", "100 * y / x - previous(100 * y / x)"]
VALUES = [(4.0, 3.0, 2.0, 1.0), (2.0, 3.0, 2.0, 1.5), (9.0, 0.0, 9.0, 0.0), (0.5, 7.0, 1.0, 2.0),
          (0.0, 2.0, 1.0, 1.0), (-4.0, 2.0, 1.0, 1.0)]


def criteria_value(text: str, values: tuple[float, ...]) -> float:
    """What the criteria compute (NaN: no value)."""
    import numpy as np

    x, y, px, py = values
    previous = {"x": np.array([px]), "y": np.array([py])}
    previous["cov"] = DERIVED["cov"].evaluate(previous)
    env: dict[str, Any] = {"x": np.array([x]), "y": np.array([y])}
    env["cov"] = DERIVED["cov"].evaluate(env)
    env["growth"] = DERIVED["growth"].evaluate(env, previous)
    value = float(parse_expression(text).evaluate(env, previous)[0])
    return value if math.isfinite(value) else math.nan


@pytest.mark.parametrize("values", VALUES, ids=[str(v) for v in VALUES])
@pytest.mark.parametrize("text", EXPRESSIONS)
def test_the_excel_formula_computes_what_the_criteria_compute(text, values):
    got = evaluate("=" + value_formula(excel(text)), book(*values), "Data")
    want = criteria_value(text, values)
    if math.isnan(want):
        assert got == ""  # division by zero, log of 0, √ of a negative: no value
    else:
        assert got == pytest.approx(want, rel=1e-12)


def test_an_empty_input_cell_gives_no_value():
    assert evaluate("=" + value_formula(excel("x + 1")), book(None, 1.0, 1.0, 1.0), "Data") == ""
    assert evaluate("=" + value_formula(excel("x + 1"), "0"), book(None, 1.0, 1.0, 1.0), "Data") == 0
