"""A small, safe expression language for criteria formulas.

Criteria files compute indicators with formulas such as ``100 * peserta / pekerja``,
``cakupan - previous(cakupan)`` or ``pekerja > 0 and not (peserta > pekerja)``. This module
parses them with its own tokenizer and a precedence-climbing recursive-descent parser (no
``eval``/``exec``/``compile``, no :mod:`ast`) and evaluates them elementwise on numpy arrays.

Grammar (EBNF; whitespace between tokens is ignored)::

    expression  = disjunction ;
    disjunction = conjunction { "or" conjunction } ;
    conjunction = negation { "and" negation } ;
    negation    = "not" negation | comparison ;
    comparison  = sum [ compare_op sum ] ;           (* one comparison: a < b < c is rejected *)
    compare_op  = "<" | "<=" | ">" | ">=" | "==" | "!=" ;
    sum         = product { ( "+" | "-" ) product } ;
    product     = unary { ( "*" | "/" ) unary } ;
    unary       = ( "-" | "+" ) unary | power ;
    power       = primary [ "**" unary ] ;             (* right-associative; -2**2 == -4 *)
    primary     = NUMBER | NAME | call | "(" expression ")" ;
    call        = FUNCTION "(" [ expression { "," expression } ] ")" ;
    FUNCTION    = "previous" | "gap_closed" | "min" | "max" | "abs" | "log" | "log10" | "sqrt" ;
    NUMBER      = ( digits [ "." [ digits ] ] | "." digits ) [ ( "e" | "E" ) [ "+" | "-" ] digits ] ;
    NAME        = identifier (Unicode letters allowed) that is neither a keyword nor a FUNCTION ;

``and``/``or``/``not`` are lower-case keywords; other Python keywords (``lambda``, ``True``,
``if`` ...) are rejected. Arity: ``previous``, ``abs``, ``log``, ``log10`` and ``sqrt`` take exactly
one argument, ``gap_closed`` exactly two, ``min`` and ``max`` at least two. ``previous()`` cannot be
nested, neither inside itself nor inside the first argument of ``gap_closed()``.

``gap_closed(x, target)`` is the share (in %) of last year's gap to ``target`` that was closed
this year: ``100 × (x − previous(x)) / (target − previous(x))``. It is negative when ``x`` fell
and above 100 when ``x`` passed the target. A candidate that had reached the target already
(``previous(x) ≥ target``) gets 100 while ``x`` stays at or above it, 0 when it falls below.
Like ``previous()`` it reads the baseline year.

Chained comparisons (``a < b < c``) are rejected with a message suggesting ``a < b and b < c``;
an explicitly parenthesised ``(a < b) < c`` compares the boolean as 0/1.

Limits: at most :data:`MAX_LENGTH` characters (after stripping) and at most :data:`MAX_DEPTH`
nesting levels. The nesting of an operand is the number of operators, function calls and
parentheses enclosing it (a run of one left-associative operator, ``a + b - c + d``, counts
once), so ``(((x)))`` has 3 levels and so has ``-(-x)`` (two signs, one pair of parentheses).
Both limits are reported as :class:`~paritrana.errors.ExpressionError`, never as ``RecursionError``.

Evaluation semantics (elementwise, numpy float64; the result always has the row count of the
environment): ``x / 0`` and ``0 / 0`` are NaN, so is ``0 ** negative``; ``log``/``log10`` of
values <= 0 and ``sqrt`` of negative values are NaN; overflow may give ``inf``. ``min``/``max``
propagate NaN. Comparisons give booleans and are False whenever a side is NaN (also for
``!=``). ``and``/``or``/``not`` treat a number as true when it is non-zero and not NaN;
arithmetic treats True as 1. :meth:`Expr.holds` (eligibility rules) is three-valued instead: a
comparison with a NaN side is unknown and stays unknown under ``not``, and only a known truth
holds.

Every problem raises :class:`~paritrana.errors.ExpressionError`; its ``position`` is a 0-based
offset into the text as passed to :func:`parse_expression` (``None`` when not applicable).
Parsing does not import numpy; :meth:`Expr.evaluate` imports it lazily.
"""

from __future__ import annotations

import difflib
import keyword
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import reduce
from typing import TYPE_CHECKING, Any

from paritrana.errors import ExpressionError
from paritrana.i18n.messages import core as m
from paritrana.i18n.text import Message

if TYPE_CHECKING:  # pragma: no cover
    import numpy

__all__ = ["FUNCTIONS", "MAX_DEPTH", "MAX_LENGTH", "Expr", "parse_expression"]

MAX_LENGTH = 2000
MAX_DEPTH = 50
FUNCTIONS: tuple[str, ...] = ("previous", "gap_closed", "min", "max", "abs", "log", "log10", "sqrt")
_ONE_ARGUMENT = frozenset({"previous", "abs", "log", "log10", "sqrt"})
_TWO_ARGUMENTS = frozenset({"gap_closed"})  # exactly two
KEYWORDS = frozenset({"and", "or", "not"})

# Binary operators and their precedence (higher binds tighter). ``not`` sits at 3 and the
# prefix ``-``/``+`` at 7; ``**`` is the only right-associative operator.
_COMPARE_PREC = 4
_NOT_PREC = 3
_UNARY_PREC = 7
_BINARY: dict[str, int] = {
    "or": 1, "and": 2,
    "<": 4, "<=": 4, ">": 4, ">=": 4, "==": 4, "!=": 4,
    "+": 5, "-": 5, "*": 6, "/": 6, "**": 8,
}  # fmt: skip


# --------------------------------------------------------------------------------- syntax tree


@dataclass(frozen=True, slots=True)
class Number:
    value: float
    pos: int
    depth: int = field(default=0, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Name:
    name: str
    pos: int
    depth: int = field(default=0, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Unary:
    op: str  # "-", "+" or "not"
    operand: Node
    pos: int
    depth: int = field(default=0, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Binary:
    op: str  # "**" or a comparison operator
    left: Node
    right: Node
    pos: int
    depth: int = field(default=0, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Chain:
    """A left-associative run of same-precedence operators: ``first op1 x1 op2 x2 ...``.

    Flat (not nested) so that ``a + a + ... + a`` of any length stays shallow.
    """

    first: Node
    rest: tuple[tuple[str, Node], ...]
    pos: int
    depth: int = field(default=0, compare=False, repr=False)

    @property
    def prec(self) -> int:
        return _BINARY[self.rest[0][0]]


@dataclass(frozen=True, slots=True)
class Call:
    func: str
    args: tuple[Node, ...]
    pos: int
    depth: int = field(default=0, compare=False, repr=False)


Node = Number | Name | Unary | Binary | Chain | Call


# ------------------------------------------------------------------------------------ tokenizer


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # "num", "name", "op", "kw", "end" or "error" (``problem`` then says what is wrong)
    value: str
    pos: int
    problem: Message | None = None

    def describe(self) -> Message:
        if self.kind == "num":
            return m.TOKEN_NUMBER(text=self.value)
        if self.kind == "name":
            return m.TOKEN_NAME(text=self.value)
        return m.TOKEN_SYMBOL(text=self.value)


_NUMBER_RE = re.compile(r"(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_OPERATORS = ("**", "<=", ">=", "==", "!=", "+", "-", "*", "/", "<", ">", "(", ")", ",")
_CHAR_HINTS: dict[str, Message] = {
    "//": m.FLOOR_DIVISION(),
    "=": m.SINGLE_EQUALS(),
    "'": m.STRINGS(),
    '"': m.STRINGS(),
    ".": m.ATTRIBUTE(),
    "[": m.INDEXING(char="["),
    "]": m.INDEXING(char="]"),
    "!": m.NOT_AN_OPERATOR(char="!", use="not"),
    "&": m.NOT_AN_OPERATOR(char="&", use="and"),
    "|": m.NOT_AN_OPERATOR(char="|", use="or"),
    "^": m.POWER(),
    "%": m.NOT_SUPPORTED(char="%"),
}


def _error(problem: Message, pos: int) -> _Token:
    return _Token("error", "", pos, problem)


def _is_name_char(ch: str) -> bool:
    return ("_" + ch).isidentifier()


def _tokenize(text: str) -> list[_Token]:
    """Split ``text`` into tokens. Stops at the first lexical error, which becomes an
    ``error`` token so that the parser reports problems in left-to-right order."""
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or (ch == "." and text[i + 1 : i + 2].isdigit()):
            number = _NUMBER_RE.match(text, i)
            if number is None:  # a non-ASCII digit
                return [*tokens, _error(m.UNEXPECTED_CHARACTER(char=ch, pos=i), i)]
            j = number.end()
            if j < n and (text[j] == "." or _is_name_char(text[j])):
                while j < n and (text[j] == "." or _is_name_char(text[j])):
                    j += 1
                return [*tokens, _error(m.INVALID_NUMBER(text=text[i:j], pos=i), i)]
            tokens.append(_Token("num", number.group(), i))
            i = j
            continue
        if ch.isidentifier():
            j = i + 1
            while j < n and _is_name_char(text[j]):
                j += 1
            word = text[i:j]
            if word in KEYWORDS:
                tokens.append(_Token("kw", word, i))
            elif keyword.iskeyword(word):
                return [*tokens, _error(m.WORD_NOT_SUPPORTED(word=word), i)]
            else:
                tokens.append(_Token("name", word, i))
            i = j
            continue
        if text.startswith("//", i):
            return [*tokens, _error(_CHAR_HINTS["//"], i)]
        op = next((o for o in _OPERATORS if text.startswith(o, i)), None)
        if op is None:
            return [*tokens, _error(_CHAR_HINTS.get(ch) or m.UNEXPECTED_CHARACTER(char=ch, pos=i), i)]
        tokens.append(_Token("op", op, i))
        i += len(op)
    tokens.append(_Token("end", "", n))
    return tokens


# --------------------------------------------------------------------------------------- parser


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = _tokenize(text)
        self.index = 0
        self.depth = 0
        self.in_previous = False
        self.current: set[str] = set()
        self.previous: set[str] = set()

    # -- token helpers
    def peek(self) -> _Token:
        tok = self.tokens[self.index]
        if tok.kind == "error":
            raise ExpressionError(tok.problem or m.EMPTY(), tok.pos)
        return tok

    def advance(self) -> _Token:
        tok = self.peek()
        if tok.kind != "end":
            self.index += 1
        return tok

    @staticmethod
    def unexpected(tok: _Token, hint: Message | None = None) -> ExpressionError:
        problem = m.UNEXPECTED_END() if tok.kind == "end" else m.UNEXPECTED(token=tok.describe(), pos=tok.pos)
        if tok.kind == "name" and tok.value.lower() in KEYWORDS and hint is None:
            hint = m.LOWER_CASE_KEYWORDS(word=tok.value.lower())
        return ExpressionError(m.WITH_HINT(problem=problem, hint=hint) if hint else problem, tok.pos)

    # -- grammar
    def parse(self) -> Node:
        node = self.expression(0)
        tok = self.peek()
        if tok.kind != "end":
            raise self.unexpected(tok)
        return node

    @staticmethod
    def too_deep(pos: int) -> ExpressionError:
        return ExpressionError(m.TOO_DEEP(n=MAX_DEPTH), pos)

    def checked(self, node: Node) -> Node:
        """Bound the depth of the syntax tree (so that walking it never hits the recursion
        limit) with the same limit as the parser's own nesting."""
        if node.depth > MAX_DEPTH:
            raise self.too_deep(node.pos)
        return node

    def nested(self, min_prec: int, opener: _Token) -> Node:
        """Parse a sub-expression one nesting level deeper (bounds the parser's recursion)."""
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.too_deep(opener.pos)
        try:
            return self.expression(min_prec)
        finally:
            self.depth -= 1

    def expression(self, min_prec: int) -> Node:
        """Precedence climbing: parse operators binding at least as tightly as ``min_prec``."""
        left = self.prefix(min_prec)
        compared = False
        while True:
            tok = self.peek()
            prec = _BINARY.get(tok.value) if tok.kind in ("op", "kw") else None
            if prec is None or prec < min_prec:
                return left
            self.advance()
            if tok.value == "**":
                right = self.nested(_UNARY_PREC, tok)
                left = self.checked(Binary("**", left, right, tok.pos, _above(left, right)))
            elif prec == _COMPARE_PREC:
                if compared:
                    raise ExpressionError(m.CHAINED(op=tok.value, pos=tok.pos), tok.pos)
                right = self.expression(prec + 1)
                left = self.checked(Binary(tok.value, left, right, tok.pos, _above(left, right)))
                compared = True
            else:
                right = self.expression(prec + 1)
                rest = ((tok.value, right),)
                if isinstance(left, Chain) and left.prec == prec:  # extend a left-assoc run
                    depth = max(left.depth, right.depth + 1)
                    left = Chain(left.first, left.rest + rest, left.pos, depth)
                else:
                    left = Chain(left, rest, tok.pos, _above(left, right))
                left = self.checked(left)

    def prefix(self, min_prec: int) -> Node:
        tok = self.peek()
        if tok.kind == "kw" and tok.value == "not":
            if min_prec > _NOT_PREC:
                raise self.unexpected(tok, m.NOT_IN_PARENTHESES())
            self.advance()
            operand = self.nested(_NOT_PREC, tok)
            return self.checked(Unary("not", operand, tok.pos, _above(operand)))
        if tok.kind == "op" and tok.value in ("-", "+"):
            self.advance()
            operand = self.nested(_UNARY_PREC, tok)
            return self.checked(Unary(tok.value, operand, tok.pos, _above(operand)))
        return self.primary()

    def primary(self) -> Node:
        tok = self.advance()
        if tok.kind == "num":
            return Number(float(tok.value), tok.pos)
        if tok.kind == "name":
            if self.peek().kind == "op" and self.peek().value == "(":
                return self.call(tok)
            if tok.value in FUNCTIONS:
                raise ExpressionError(m.FUNCTION_NOT_CALLED(name=tok.value, call=f"{tok.value}(…)"), tok.pos)
            (self.previous if self.in_previous else self.current).add(tok.value)
            return Name(tok.value, tok.pos)
        if tok.kind == "op" and tok.value == "(":
            inner = self.nested(0, tok)
            self.expect_close(tok)
            return self.checked(replace(inner, depth=inner.depth + 1))  # parentheses count
        raise self.unexpected(tok)

    def expect_close(self, opener: _Token) -> None:
        tok = self.advance()
        if not (tok.kind == "op" and tok.value == ")"):
            raise self.unexpected(tok, m.MISSING_CLOSE(pos=opener.pos))

    def call(self, name: _Token) -> Node:
        func = name.value
        if func not in FUNCTIONS:
            same_letters = [f for f in FUNCTIONS if f.lower() == func.lower()]  # LOG, Sqrt
            close = same_letters or difflib.get_close_matches(func.lower(), FUNCTIONS, n=1, cutoff=0.6)
            raise ExpressionError(m.UNKNOWN_FUNCTION_CLOSE(name=func, close=close[0]) if close
                                  else m.UNKNOWN_FUNCTION(name=func, allowed=list(FUNCTIONS)), name.pos)
        opener = self.advance()
        outer_in_previous = self.in_previous
        if func in ("previous", "gap_closed") and self.in_previous:
            raise ExpressionError(m.PREVIOUS_NESTED(), name.pos)
        if func == "previous":
            self.in_previous = True
        try:
            args: list[Node] = []
            tok = self.peek()
            if tok.kind == "op" and tok.value == ")":
                self.advance()
            else:
                while True:
                    args.append(self.nested(0, opener))
                    tok = self.advance()
                    if tok.kind == "op" and tok.value == ")":
                        break
                    if not (tok.kind == "op" and tok.value == ","):
                        raise self.unexpected(tok, m.EXPECTED_COMMA(func=f"{func}()", pos=name.pos))
        finally:
            self.in_previous = outer_in_previous
        if func in _ONE_ARGUMENT and len(args) != 1:
            raise ExpressionError(m.ONE_ARGUMENT(func=f"{func}()", n=len(args)), name.pos)
        if func in _TWO_ARGUMENTS and len(args) != 2:
            raise ExpressionError(m.EXACTLY_TWO_ARGUMENTS(func=f"{func}()", n=len(args)), name.pos)
        if func not in _ONE_ARGUMENT and len(args) < 2:
            raise ExpressionError(m.TWO_ARGUMENTS(func=f"{func}()", n=len(args)), name.pos)
        if func == "gap_closed":  # its first argument is read in the baseline year too
            if _contains_previous(args[0]):
                raise ExpressionError(m.PREVIOUS_IN_GAP_CLOSED(), name.pos)
            self.previous |= _names_in(args[0])
        return self.checked(Call(func, tuple(args), name.pos, _above(*args)))


def _above(*children: Node) -> int:
    """Depth of a node whose children are ``children``."""
    return 1 + max((child.depth for child in children), default=0)


def parse_expression(text: str) -> Expr:
    """Parse ``text`` (see the module docstring for the grammar) into an :class:`Expr`.

    Raises :class:`ExpressionError` for anything outside the language.
    """
    if not isinstance(text, str):
        raise ExpressionError(m.NOT_TEXT(kind=type(text).__name__))
    stripped = text.strip()
    if not stripped:
        raise ExpressionError(m.EMPTY(), 0)
    if len(stripped) > MAX_LENGTH:
        raise ExpressionError(m.TOO_LONG(n=len(stripped), limit=MAX_LENGTH))
    parser = _Parser(text)
    root = parser.parse()
    return Expr(stripped, root, frozenset(parser.current), frozenset(parser.previous))


# ------------------------------------------------------------------------------------ the result


@dataclass(frozen=True)
class Expr:
    """A parsed expression. Build it with :func:`parse_expression`.

    Equality and hashing use ``text`` only (the tree is a function of the text).
    """

    text: str
    root: Node = field(repr=False, compare=False)
    _current: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    _previous: frozenset[str] = field(default=frozenset(), repr=False, compare=False)

    def names(self) -> frozenset[str]:
        """Every name referenced anywhere, inside ``previous()`` too."""
        return self._current | self._previous

    def current_names(self) -> frozenset[str]:
        """Names referenced outside any ``previous()``."""
        return self._current

    def previous_names(self) -> frozenset[str]:
        """Names referenced inside ``previous(...)``."""
        return self._previous

    @property
    def uses_previous(self) -> bool:
        return _contains_previous(self.root)

    @property
    def is_boolean(self) -> bool:
        """True when the top-level node is a comparison, ``and``, ``or`` or ``not``."""
        root = self.root
        return (
            (isinstance(root, Binary) and root.op != "**")
            or (isinstance(root, Chain) and root.prec <= 2)
            or (isinstance(root, Unary) and root.op == "not")
        )

    def evaluate(
        self,
        env: Mapping[str, Any],
        previous_env: Mapping[str, Any] | None = None,
    ) -> numpy.ndarray:
        """Evaluate elementwise over ``env`` (name -> 1-D array or scalar).

        ``previous_env`` holds the baseline year's values, aligned row by row with ``env``;
        it is needed only by ``previous()``. Returns a new 1-D array (float64, or bool for a
        boolean expression) whose length is that of the arrays in ``env`` (1 if none).
        """
        import numpy as np

        evaluator = _Evaluator(np, env, previous_env)
        with np.errstate(all="ignore"):
            value = np.asarray(evaluator.eval(self.root, False))
        if value.dtype != np.bool_:
            value = value.astype(np.float64, copy=False)
        return np.broadcast_to(value, (evaluator.n,)).copy()

    def holds(
        self,
        env: Mapping[str, Any],
        previous_env: Mapping[str, Any] | None = None,
    ) -> numpy.ndarray:
        """Where the expression is known to be true (an eligibility rule that holds).

        Three-valued: a comparison with an empty (NaN) side is unknown, ``not`` keeps it
        unknown, ``x or y`` is true when either side is true and ``x and y`` unknown unless a
        side is false. Only a known truth holds, so ``not (b > 5)`` does not hold for an empty
        ``b``. Without ``not`` this is exactly :meth:`evaluate`'s truth."""
        import numpy as np

        evaluator = _Evaluator(np, env, previous_env)
        with np.errstate(all="ignore"):
            true, _ = evaluator.kleene(self.root, False)
        return np.broadcast_to(np.asarray(true, dtype=bool), (evaluator.n,)).copy()


def _names_in(node: Node) -> set[str]:
    match node:
        case Name(name=name):
            return {name}
        case Call(args=args):
            return set().union(*(_names_in(a) for a in args))
        case Unary(operand=operand):
            return _names_in(operand)
        case Binary(left=left, right=right):
            return _names_in(left) | _names_in(right)
        case Chain(first=first, rest=rest):
            return _names_in(first).union(*(_names_in(x) for _, x in rest))
    return set()


def _contains_previous(node: Node) -> bool:
    match node:
        case Call(func="previous") | Call(func="gap_closed"):
            return True
        case Call(args=args):
            return any(_contains_previous(a) for a in args)
        case Unary(operand=operand):
            return _contains_previous(operand)
        case Binary(left=left, right=right):
            return _contains_previous(left) or _contains_previous(right)
        case Chain(first=first, rest=rest):
            return _contains_previous(first) or any(_contains_previous(x) for _, x in rest)
    return False


# ----------------------------------------------------------------------------------- evaluation


_COMPARE: dict[str, Any] = {
    "<": lambda np, a, b: np.less(a, b), "<=": lambda np, a, b: np.less_equal(a, b),
    ">": lambda np, a, b: np.greater(a, b), ">=": lambda np, a, b: np.greater_equal(a, b),
    "==": lambda np, a, b: np.equal(a, b), "!=": lambda np, a, b: np.not_equal(a, b),
}  # fmt: skip


class _Evaluator:
    """Walks the tree once per :meth:`Expr.evaluate` call (numpy passed in, imported lazily)."""

    def __init__(self, np: Any, env: Mapping[str, Any], previous_env: Mapping[str, Any] | None):
        self.np = np
        self.env = env
        self.previous_env = previous_env
        self.cache: dict[tuple[str, bool], Any] = {}
        self.n = 1
        for value in env.values():
            if np.ndim(value) >= 1:
                self.n = len(value)
                break

    def lookup(self, node: Name, in_previous: bool) -> Any:
        key = (node.name, in_previous)
        if key in self.cache:
            return self.cache[key]
        env = self.previous_env if in_previous else self.env
        assert env is not None  # previous() checks this before descending
        name = (m.NAME_PREVIOUS if in_previous else m.NAME)(name=node.name)
        if node.name not in env:
            close = difflib.get_close_matches(node.name, [k for k in env if isinstance(k, str)], 1)
            problem = m.UNKNOWN_NAME(name=name)
            if close:
                problem = m.WITH_HINT(problem=problem, hint=m.DID_YOU_MEAN(close=close[0]))
            raise ExpressionError(problem, node.pos)
        try:
            array = self.np.asarray(env[node.name], dtype=self.np.float64)
        except (TypeError, ValueError) as exc:
            raise ExpressionError(m.NOT_NUMBERS(name=name), node.pos) from exc
        if array.ndim > 1 or (array.ndim == 1 and len(array) != self.n):
            size = m.SIZE_TABLE() if array.ndim > 1 else m.SIZE_VALUES(n=len(array))
            raise ExpressionError(m.WRONG_SIZE(name=name, size=size, n=self.n), node.pos)
        self.cache[key] = array
        return array

    def num(self, value: Any) -> Any:
        return self.np.asarray(value, dtype=self.np.float64)

    def truth(self, value: Any) -> Any:
        np = self.np
        value = np.asarray(value)
        if value.dtype == np.bool_:
            return value
        value = self.num(value)
        return (value != 0) & ~np.isnan(value)

    def kleene(self, node: Node, prev: bool) -> tuple[Any, Any]:
        """Where ``node`` is known true and where known false (neither: unknown)."""
        np = self.np
        match node:
            case Unary(op="not", operand=operand):
                true, false = self.kleene(operand, prev)
                return false, true
            case Chain(first=first, rest=rest) if rest[0][0] in ("and", "or"):
                parts = [self.kleene(first, prev), *(self.kleene(n, prev) for _, n in rest)]
                trues, falses = [p[0] for p in parts], [p[1] for p in parts]
                if rest[0][0] == "and":
                    return reduce(np.logical_and, trues), reduce(np.logical_or, falses)
                return reduce(np.logical_or, trues), reduce(np.logical_and, falses)
            case Binary(op=op, left=left, right=right) if op != "**":
                a, b = self.num(self.eval(left, prev)), self.num(self.eval(right, prev))
                known = ~np.isnan(a) & ~np.isnan(b)
                true = _COMPARE[op](np, a, b) & known
                return true, known & ~true
        value = np.asarray(self.eval(node, prev))
        if value.dtype == np.bool_:
            return value, ~value
        value = self.num(value)
        return (value != 0) & ~np.isnan(value), value == 0

    def divide(self, a: Any, b: Any) -> Any:
        np = self.np
        a, b = self.num(a), self.num(b)
        return np.where(b == 0, np.nan, np.true_divide(a, b))

    def eval(self, node: Node, prev: bool) -> Any:
        np = self.np
        match node:
            case Number(value=value):
                return value
            case Name():
                return self.lookup(node, prev)
            case Unary(op="not", operand=operand):
                return np.logical_not(self.truth(self.eval(operand, prev)))
            case Unary(op=op, operand=operand):
                value = self.num(self.eval(operand, prev))
                return np.negative(value) if op == "-" else value
            case Binary(op="**", left=left, right=right):
                a, b = self.num(self.eval(left, prev)), self.num(self.eval(right, prev))
                return np.where((a == 0) & (b < 0), np.nan, np.power(a, b))
            case Binary(op=op, left=left, right=right):
                a, b = self.num(self.eval(left, prev)), self.num(self.eval(right, prev))
                return _COMPARE[op](np, a, b) & ~np.isnan(a) & ~np.isnan(b)
            case Chain(first=first, rest=rest):
                return self.chain(first, rest, prev)
            case Call():
                return self.call(node, prev)
        raise AssertionError(f"unknown node {node!r}")  # pragma: no cover

    def gap_closed(self, node: Call, prev: bool) -> Any:
        """100·(x − x₀)/(t − x₀); with x₀ ≥ t (the target reached already) 100 while x ≥ t,
        else 0; NaN when any of the three is."""
        np = self.np
        x = self.num(self.eval(node.args[0], prev))
        x0 = self.num(self.eval(node.args[0], True))
        target = self.num(self.eval(node.args[1], prev))
        share = 100.0 * (x - x0) / (target - x0)
        reached = np.where(x >= target, 100.0, 0.0)
        value = np.where(x0 >= target, reached, share)
        return np.where(np.isnan(x) | np.isnan(x0) | np.isnan(target), np.nan, value)

    def chain(self, first: Node, rest: tuple[tuple[str, Node], ...], prev: bool) -> Any:
        np = self.np
        if rest[0][0] in ("and", "or"):
            acc = self.truth(self.eval(first, prev))
            combine = np.logical_and if rest[0][0] == "and" else np.logical_or
            for _, node in rest:
                acc = combine(acc, self.truth(self.eval(node, prev)))
            return acc
        ops = {"+": np.add, "-": np.subtract, "*": np.multiply, "/": self.divide}
        acc = self.num(self.eval(first, prev))
        for op, node in rest:
            acc = ops[op](acc, self.num(self.eval(node, prev)))
        return acc

    def call(self, node: Call, prev: bool) -> Any:
        np = self.np
        if node.func == "previous":
            if self.previous_env is None:
                raise ExpressionError(m.NEEDS_BASELINE(), node.pos)
            return self.eval(node.args[0], True)
        if node.func == "gap_closed":
            if self.previous_env is None:
                raise ExpressionError(m.NEEDS_BASELINE(), node.pos)
            return self.gap_closed(node, prev)
        args = [self.num(self.eval(arg, prev)) for arg in node.args]
        if node.func == "min":
            return reduce(np.minimum, args)
        if node.func == "max":
            return reduce(np.maximum, args)
        x = args[0]
        if node.func == "abs":
            return np.abs(x)
        if node.func == "sqrt":
            return np.where(x >= 0, np.sqrt(x), np.nan)
        log = np.log if node.func == "log" else np.log10
        return np.where(x > 0, log(x), np.nan)
