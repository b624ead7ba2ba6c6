"""A small evaluator of the Excel subset the reports write, for the formula checks.

It recomputes a formula from the *stored* values of the cells it references (openpyxl,
``data_only=True``), with Excel's rules where the reports rely on them: error values propagate
(``#DIV/0!``, ``#NUM!``, ``#N/A``) and ``IFERROR`` catches them; an empty cell is 0 in
arithmetic and is skipped by MIN/MAX/COUNT/AVERAGE; TRUE is 1 in arithmetic; ``&`` joins text;
ranges are arrays inside SUMPRODUCT and ABS; COUNTIF/COUNTIFS read criteria such as ``">"&x``.
LibreOffice recalculation (``test_libreoffice.py``) checks the same formulas independently.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

TOKEN = re.compile(r"""\s*(?:
    (?P<ref>(?:'(?:[^']|'')+'!|[A-Za-z_][\w.]*!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?(?![\w(]))
  | (?P<num>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)
  | (?P<str>"(?:[^"]|"")*")
  | (?P<func>[A-Z][A-Z0-9.]*)\(
  | (?P<bool>TRUE|FALSE)\b
  | (?P<op><>|<=|>=|[-+*/^=<>(),&])
)""", re.VERBOSE)


@dataclass(frozen=True)
class Error:
    code: str

    def __repr__(self) -> str:
        return self.code


DIV0, NUM, NA, VALUE = Error("#DIV/0!"), Error("#NUM!"), Error("#N/A"), Error("#VALUE!")


def tokenize(text: str) -> list[tuple[str, str]]:
    tokens, pos = [], 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        m = TOKEN.match(text, pos)
        assert m, f"cannot read formula at {text[pos:]!r}"
        kind = m.lastgroup
        assert kind is not None
        tokens.append((kind, m.group(kind)))
        pos = m.end()
    return tokens


def split_ref(ref: str, sheet: str) -> tuple[str, str]:
    if "!" in ref:
        name, ref = ref.rsplit("!", 1)
        sheet = name[1:-1].replace("''", "'") if name.startswith("'") else name
    return sheet, ref.replace("$", "")


# ---- values ------------------------------------------------------------------------------------

def number(v: Any) -> Any:
    """A scalar as a number for arithmetic (blank 0, TRUE 1), or an error."""
    if isinstance(v, Error):
        return v
    if v is None:
        return 0.0
    if isinstance(v, bool):
        return float(v)
    if isinstance(v, (int, float)):
        return float(v)
    try:
        return float(v)
    except (TypeError, ValueError):
        return VALUE


def elementwise(f: Any, *args: Any) -> Any:
    """``f`` over scalars, or element by element over arrays (lists) of one length."""
    lengths = {len(a) for a in args if isinstance(a, list)}
    if not lengths:
        return f(*args)
    assert len(lengths) == 1, "arrays of different sizes"
    n = lengths.pop()
    return [f(*(a[i] if isinstance(a, list) else a for a in args)) for i in range(n)]


def arith(op: str, a: Any, b: Any) -> Any:
    a, b = number(a), number(b)
    if isinstance(a, Error):
        return a
    if isinstance(b, Error):
        return b
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        return DIV0 if b == 0 else a / b
    if a == 0 and b < 0:
        return DIV0
    if a < 0 and not float(b).is_integer():
        return NUM
    try:
        return a ** b
    except OverflowError:
        return NUM


def compare(op: str, a: Any, b: Any) -> Any:
    for v in (a, b):
        if isinstance(v, Error):
            return v
    if isinstance(a, str) or isinstance(b, str):
        a = "" if a is None else a
        b = "" if b is None else b
        if isinstance(a, str) != isinstance(b, str):
            return op == "<>"  # text never equals a number
    else:
        a, b = number(a), number(b)
    return {"=": a == b, "<>": a != b, "<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b}[op]


def text_of(v: Any) -> Any:
    if isinstance(v, Error):
        return v
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float):
        return repr(v) if not v.is_integer() else str(int(v))
    return str(v)


def flat(args: list[Any]) -> list[Any]:
    out: list[Any] = []
    for a in args:
        out += a if isinstance(a, list) else [a]
    return out


def numbers_of(args: list[Any], direct: bool = False) -> Any:
    """The numbers among ``args`` (an error among them is the result); a range's text and
    blanks are skipped."""
    out = []
    for a in flat(args):
        if isinstance(a, Error):
            return a
        if isinstance(a, (int, float)) and not (isinstance(a, bool) and not direct):
            out.append(float(a))
    return out


# ---- criteria of COUNTIF / COUNTIFS ---------------------------------------------------------------

def matches(value: Any, criterion: Any) -> bool:
    if isinstance(criterion, (int, float)) and not isinstance(criterion, bool):
        return isinstance(value, (int, float)) and not isinstance(value, bool) and float(value) == criterion
    text = str(criterion)
    op = next((o for o in ("<=", ">=", "<>", "<", ">", "=") if text.startswith(o)), "=")
    rest = text[len(op):] if text.startswith(op) else text
    try:
        target: Any = float(rest)
    except ValueError:
        target = rest
    if isinstance(target, float):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            return op == "<>"
        return compare(op, float(value), target) is True
    return compare(op, "" if value is None else str(value), target) is True


# ---- the evaluator -----------------------------------------------------------------------------

class Evaluator:
    def __init__(self, formula: str, book: Any, sheet: str):
        self.tokens = tokenize(formula.lstrip("="))
        self.pos, self.book, self.sheet, self.formula = 0, book, sheet, formula

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        self.pos += 1
        return self.tokens[self.pos - 1]

    def value_of(self, ref: str) -> Any:
        from openpyxl.utils.cell import range_boundaries

        name, coords = split_ref(ref, self.sheet)
        ws = self.book[name]
        if ":" in coords:
            c1, r1, c2, r2 = range_boundaries(coords)
            return [stored(ws.cell(r, c).value) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]
        return stored(ws[coords].value)

    def run(self) -> Any:
        result = self.comparison()
        assert self.pos == len(self.tokens), f"unread tokens in {self.formula}"
        return result

    def comparison(self) -> Any:
        value = self.concat()
        while self.peek() in (("op", "="), ("op", "<>"), ("op", "<"), ("op", ">"), ("op", "<="), ("op", ">=")):
            op = self.take()[1]
            right = self.concat()
            value = elementwise(lambda a, b, op=op: compare(op, a, b), value, right)
        return value

    def concat(self) -> Any:
        value = self.total()
        while self.peek() == ("op", "&"):
            self.take()
            right = self.total()
            value = elementwise(lambda a, b: a if isinstance(a := text_of(a), Error) else
                                (b if isinstance(b := text_of(b), Error) else a + b), value, right)
        return value

    def total(self) -> Any:
        value = self.product()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            right = self.product()
            value = elementwise(lambda a, b, op=op: arith(op, a, b), value, right)
        return value

    def product(self) -> Any:
        value = self.power()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.take()[1]
            right = self.power()
            value = elementwise(lambda a, b, op=op: arith(op, a, b), value, right)
        return value

    def power(self) -> Any:
        value = self.unary()
        while self.peek() == ("op", "^"):
            self.take()
            right = self.unary()
            value = elementwise(lambda a, b: arith("^", a, b), value, right)
        return value

    def unary(self) -> Any:
        if self.peek() == ("op", "-"):
            self.take()
            return elementwise(lambda a: arith("-", 0.0, a), self.unary())
        if self.peek() == ("op", "+"):
            self.take()
            return self.unary()
        return self.primary()

    def primary(self) -> Any:
        kind, text = self.take()
        if kind == "num":
            return float(text)
        if kind == "str":
            return text[1:-1].replace('""', '"')
        if kind == "bool":
            return text == "TRUE"
        if kind == "ref":
            return self.value_of(text)
        if kind == "op" and text == "(":
            value = self.comparison()
            assert self.take() == ("op", ")")
            return value
        if kind == "func":
            args = []
            if self.peek() != ("op", ")"):
                args.append(self.comparison())
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.comparison())
            assert self.take() == ("op", ")")
            return call(text, args)
        raise AssertionError(f"unexpected {text!r} in {self.formula}")


def stored(value: Any) -> Any:
    """A stored cell value as the evaluator sees it: error texts as errors."""
    if isinstance(value, str) and value in ("#DIV/0!", "#NUM!", "#N/A", "#VALUE!"):
        return Error(value)
    return value


def truth(v: Any) -> Any:
    if isinstance(v, Error):
        return v
    if isinstance(v, str):
        return VALUE
    return bool(number(v))


def call(name: str, args: list[Any]) -> Any:
    f = FUNCTIONS.get(name)
    assert f is not None, f"the report uses a function the test does not know: {name}"
    return f(args)


def _if(args: list[Any]) -> Any:
    test = truth(args[0])
    if isinstance(test, Error):
        return test
    return args[1] if test else (args[2] if len(args) > 2 else False)


def _aggregate(f: Any, direct: bool = False) -> Any:
    def run(args: list[Any]) -> Any:
        values = numbers_of(args, direct)
        return values if isinstance(values, Error) else f(values)
    return run


def _average(values: list[float]) -> Any:
    return sum(values) / len(values) if values else DIV0


def _stdevp(values: list[float]) -> Any:
    if not values:
        return DIV0
    mean = sum(values) / len(values)
    return math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))


def _median(values: list[float]) -> Any:
    values = sorted(values)
    n = len(values)
    return NUM if not n else (values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2)


def _countifs(args: list[Any]) -> float:
    pairs = list(zip(args[0::2], args[1::2], strict=True))
    n = len(pairs[0][0])
    return float(sum(1 for i in range(n) if all(matches(rng[i], crit) for rng, crit in pairs)))


def _rank(args: list[Any]) -> Any:
    x, values, ascending = number(args[0]), numbers_of([args[1]]), args[2] if len(args) > 2 else 0
    if x not in values:
        return NA
    return float(1 + sum(1 for v in values if (v < x if ascending else v > x)))


def _sumproduct(args: list[Any]) -> Any:
    total = 0.0
    for item in flat([args[0]]) if len(args) == 1 else [a * b for a, b in zip(*args, strict=True)]:
        if isinstance(item, Error):
            return item
        total += float(item) if isinstance(item, (int, float)) else 0.0
    return total


def _math(f: Any, domain: Any) -> Any:
    def run(args: list[Any]) -> Any:
        def one(a: Any) -> Any:
            x = number(a)
            if isinstance(x, Error):
                return x
            return f(x) if domain(x) else NUM
        return elementwise(one, args[0])
    return run


def _logic(f: Any) -> Any:
    def run(args: list[Any]) -> Any:
        values = [truth(a) for a in flat(args)]
        errors = [v for v in values if isinstance(v, Error)]
        return errors[0] if errors else f(values)
    return run


def _iferror(args: list[Any]) -> Any:
    return elementwise(lambda a, b: b if isinstance(a, Error) else a, args[0], args[1])


def _choose(args: list[Any]) -> Any:
    k = number(args[0])
    return k if isinstance(k, Error) else args[int(k)]


FUNCTIONS: dict[str, Any] = {
    "IF": _if,
    "IFERROR": _iferror,
    "ISNUMBER": lambda a: isinstance(a[0], (int, float)) and not isinstance(a[0], bool),
    "MIN": _aggregate(lambda v: min(v) if v else 0.0, direct=True),
    "MAX": _aggregate(lambda v: max(v) if v else 0.0, direct=True),
    "SUM": _aggregate(sum),
    "COUNT": _aggregate(lambda v: float(len(v))),
    "AVERAGE": _aggregate(_average),
    "STDEVP": _aggregate(_stdevp),
    "MEDIAN": _aggregate(_median),
    "COUNTIF": _countifs,
    "COUNTIFS": _countifs,
    "RANK": _rank,
    "SUMPRODUCT": _sumproduct,
    "ABS": _math(abs, lambda x: True),
    "SQRT": _math(math.sqrt, lambda x: x >= 0),
    "LN": _math(math.log, lambda x: x > 0),
    "LOG10": _math(math.log10, lambda x: x > 0),
    "NA": lambda a: NA,
    "AND": _logic(all),
    "OR": _logic(any),
    "NOT": lambda a: (lambda t: t if isinstance(t, Error) else not t)(truth(a[0])),
    "CHOOSE": _choose,
}


def evaluate(formula: str, book: Any, sheet: str) -> Any:
    """Evaluate ``=…`` using the stored values of ``book`` (openpyxl, data_only=True)."""
    return Evaluator(formula, book, sheet).run()


def same(got: Any, expected: Any) -> bool:
    """A computed value against a stored one ("" is stored as an empty cell)."""
    if got == "" and expected in (None, ""):
        return True
    if isinstance(got, bool) or isinstance(expected, bool):
        return got == expected
    if isinstance(got, (int, float)) and isinstance(expected, (int, float)):
        return math.isclose(got, expected, rel_tol=1e-12, abs_tol=1e-12)
    return got == expected


def check_every_formula(formulas: Any, stored_book: Any) -> int:
    """Every formula cell's stored result equals what its formula computes; returns the count."""
    count = 0
    for ws in formulas.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.startswith("="):
                    expected = stored_book[ws.title][c.coordinate].value
                    got = evaluate(c.value, stored_book, ws.title)
                    assert same(got, expected), f"{ws.title}!{c.coordinate} {c.value} = {got!r}, stored {expected!r}"
                    count += 1
    return count
