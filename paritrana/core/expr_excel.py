"""Criteria expressions as Excel formulas: the Breakdown sheet writes each raw value as a
formula over the Data sheet cells it came from.

``to_excel(expr, cell_of, derived)`` walks the syntax tree of ``paritrana.core.expr`` and
writes the same computation in Excel's language (Excel 2010 and LibreOffice alike):

==============================  ==============================================================
criteria                        Excel
==============================  ==============================================================
``a + b``, ``a - b``            ``a+b``, ``a-b``
``a * b``, ``a / b``            ``a*b``, ``a/b`` (``x/0`` is ``#DIV/0!``)
``a ** b``                      ``(a)^(b)`` — parenthesised: Excel's ``-2^2`` is 4, Python's −4
``-a``, ``+a``                  ``-a`` (``-(…)`` around anything not a single term), ``a``
``min(a, b, …)``, ``max(…)``    ``MIN(a,b,…)``, ``MAX(…)``
``abs(a)``, ``sqrt(a)``         ``ABS(a)``, ``SQRT(a)`` (negative: ``#NUM!``)
``log(a)``, ``log10(a)``        ``LN(a)``, ``LOG10(a)`` (a ≤ 0: ``#NUM!``)
``a < b`` … ``a != b``          ``IFERROR(a<b,FALSE)`` … ``IFERROR(a<>b,FALSE)`` (False when a
                                side has no value, as in the criteria)
``x and y``, ``x or y``         ``AND(x,y)``, ``OR(x,y)``; a number is true when non-zero:
``not x``                       ``NOT(x)``, with ``IFERROR(n<>0,FALSE)`` around a number
a column name                   its cell, from ``cell_of(name, previous=False)``
``previous(x)``                 ``x`` over the baseline row: ``cell_of(name, previous=True)``
a derived name                  its own expression, written out in place (in parentheses)
a name without a cell           ``NA()`` (no baseline row: the value is missing)
a comparison as the value       ``IF(…,1,0)`` (a value is a number, TRUE counts 1)
==============================  ==============================================================

Where the criteria give a missing value (a division by zero, the log of 0, a candidate absent
from the baseline year) the Excel formula gives an error value; ``value_formula`` turns that
into the missing policy's result: an empty cell (``""``), or 0 for ``missing: zero``. A
derived name that itself uses ``previous()`` has no value inside ``previous()`` (the baseline
year has no year before it), as in the criteria: ``NA()``.

One difference is left: ``0 ** 0`` is 1 in the criteria and ``#NUM!`` in Excel (LibreOffice
gives 1). Criteria do not raise zero to the power zero in practice.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from paritrana.core.expr import Binary, Call, Chain, Expr, Name, Node, Number, Unary

# Excel's limit on the length of a formula's text.
MAX_FORMULA_CHARS = 8_192

CellOf = Callable[[str, bool], "str | None"]  # (name, previous) → a cell reference, None: no cell
NumberText = Callable[[float], str]

_COMPARE = {"<": "<", "<=": "<=", ">": ">", ">=": ">=", "==": "=", "!=": "<>"}
_FUNCTIONS = {"min": "MIN", "max": "MAX", "abs": "ABS", "sqrt": "SQRT", "log": "LN", "log10": "LOG10"}
_BOOLEAN_CHAINS = ("and", "or")

# How tightly a piece of formula binds: an operand binding less tightly than its place
# needs is put in parentheses.
ATOM, POWER, PRODUCT, SUM, SIGNED = 9, 8, 6, 5, 4


@dataclass(frozen=True)
class ExcelExpr:
    """An Excel expression (without ``=``) and the cells it reads, in order of first use."""

    text: str
    cells: tuple[str, ...]


def plain_number(value: float) -> str:
    """A constant as Excel reads it, at full precision."""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(float(value))


def to_excel(expr: Expr, cell_of: CellOf, derived: Mapping[str, Expr] | None = None,
             number: NumberText = plain_number) -> ExcelExpr:
    """``expr`` as an Excel expression: names become the cells ``cell_of`` gives, derived
    names (``derived``: name → expression) their expressions, written out."""
    writer = _Writer(cell_of, dict(derived or {}), number)
    text, _ = writer.node(expr.root, previous=False)
    if _is_boolean(expr.root):  # a value is a number: TRUE/FALSE as 1/0 (as the criteria count them)
        text = f"IF({text},1,0)"
    return ExcelExpr(text, tuple(dict.fromkeys(writer.cells)))


def value_formula(excel: ExcelExpr, fill: str = '""') -> str:
    """``excel`` as a cell's formula (without ``=``) whose value is ``fill`` where the
    criteria give a missing value: an input cell is empty, or the expression has no value
    (division by zero …). ``fill`` is ``""`` (an empty result) or ``0`` (``missing: zero``)."""
    inner = f"IFERROR({excel.text},{fill})"
    if not excel.cells:
        return inner
    return f"IF(COUNT({','.join(excel.cells)})<{len(excel.cells)},{fill},{inner})"


def fits(formula: str) -> bool:
    """Whether a formula's text (without ``=``) is within Excel's length limit."""
    return len(formula) + 1 <= MAX_FORMULA_CHARS


class _Writer:
    """Writes one expression; ``cells`` collects the cells it reads."""

    def __init__(self, cell_of: CellOf, derived: dict[str, Expr], number: NumberText):
        self.cell_of, self.derived, self.number = cell_of, derived, number
        self.cells: list[str] = []

    def node(self, node: Node, previous: bool) -> tuple[str, int]:
        """The text of ``node`` and how tightly it binds."""
        match node:
            case Number(value=value):
                text = self.number(value)
                return text, ATOM
            case Name(name=name):
                return self.name(name, previous)
            case Unary(op="not", operand=operand):
                return f"NOT({self.truth(operand, previous)})", ATOM
            case Unary(op=op, operand=operand):
                text, binding = self.node(operand, previous)
                if op == "+":
                    return text, binding
                return f"-{text}" if binding == ATOM else f"-({text})", SIGNED
            case Binary(op="**", left=left, right=right):
                base, exponent = self.operand(left, previous, ATOM), self.operand(right, previous, ATOM)
                return f"{base}^{exponent}", POWER
            case Binary(op=op, left=left, right=right):
                a, b = self.node(left, previous)[0], self.node(right, previous)[0]
                return f"IFERROR({a}{_COMPARE[op]}{b},FALSE)", ATOM
            case Chain(first=first, rest=rest):
                return self.chain(first, rest, previous)
            case Call():
                return self.call(node, previous)
        raise AssertionError(f"unknown node {node!r}")  # pragma: no cover

    def operand(self, node: Node, previous: bool, needs: int, first: bool = False) -> str:
        """``node``'s text, in parentheses when it binds less tightly than ``needs`` (a signed
        term is parenthesised except at the start of a run: ``a*(-b)``, ``-a*b``)."""
        text, binding = self.node(node, previous)
        if binding == SIGNED:
            return text if first else f"({text})"
        return f"({text})" if binding < needs else text

    def chain(self, first: Node, rest: tuple[tuple[str, Node], ...], previous: bool) -> tuple[str, int]:
        op = rest[0][0]
        if op in _BOOLEAN_CHAINS:
            parts = [self.truth(first, previous), *(self.truth(node, previous) for _, node in rest)]
            return f"{op.upper()}({','.join(parts)})", ATOM
        binding = SUM if op in "+-" else PRODUCT
        # Left to right: an operand after the first of equal binding needs parentheses
        # (a-(b-c)); the first one only when it binds less tightly.
        text = self.operand(first, previous, binding, first=True)
        for sign, node in rest:
            text += sign + self.operand(node, previous, binding + 1)
        return text, binding

    def call(self, node: Call, previous: bool) -> tuple[str, int]:
        if node.func == "previous":
            return self.node(node.args[0], previous=True)
        args = ",".join(self.node(arg, previous)[0] for arg in node.args)
        return f"{_FUNCTIONS[node.func]}({args})", ATOM

    def truth(self, node: Node, previous: bool) -> str:
        """``node`` as TRUE/FALSE: a comparison or ``and/or/not`` as it is, a number as
        ``IFERROR(n<>0,FALSE)`` (true when non-zero and not missing)."""
        if _is_boolean(node):
            return self.node(node, previous)[0]
        return f"IFERROR({self.operand(node, previous, SUM)}<>0,FALSE)"

    def name(self, name: str, previous: bool) -> tuple[str, int]:
        expr = self.derived.get(name)
        if expr is not None:
            if previous and expr.uses_previous:
                return "NA()", ATOM  # no year before the baseline year
            return self.node(expr.root, previous)
        cell = self.cell_of(name, previous)
        if cell is None:
            return "NA()", ATOM
        self.cells.append(cell)
        return cell, ATOM


def _is_boolean(node: Node) -> bool:
    return ((isinstance(node, Binary) and node.op != "**")
            or (isinstance(node, Chain) and node.rest[0][0] in _BOOLEAN_CHAINS)
            or (isinstance(node, Unary) and node.op == "not"))
