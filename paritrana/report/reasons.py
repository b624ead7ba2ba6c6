"""Why a candidate is ineligible, with its own values: the rule ``cakupan >= 5`` failed by a
candidate whose coverage is 3.68 reads "cakupan 3,68 < 5".

The JSON keeps each rule as written (SPEC); the reports a person reads show the values. They
are computed again from a ``RankingRun`` (the period read and the criteria), so nothing is
added to the result; a bare ``RankingResult`` (``paritrana.run``) gives the rules as written.

- A comparison of two plain terms (a name, a number, ``previous(name)``) is turned round and
  shows the values: ``peserta <= pekerja`` → "peserta 150 > pekerja 100".
- Any other rule keeps its text and lists the values: "pekerja > 0 and peserta > 0 (pekerja = 0;
  peserta = 12)".
- A rule that failed because a value is empty says so: "cakupan >= 5 (cakupan kosong)".
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from paritrana.core.evaluate import environments
from paritrana.core.expr import Binary, Call, Chain, Expr, Name, Number, Unary
from paritrana.core.run import RankingRun
from paritrana.core.score import reason_text
from paritrana.i18n import MINUS, fmt_auto
from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import report as m

if TYPE_CHECKING:
    from paritrana.core.result import RankingResult

# the comparison that holds when a rule fails (ASCII, as rules are written)
FAILED = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "=="}


def ineligible_reasons(result: RankingResult, lang: Lang) -> list[list[str]]:
    """The reasons of each of ``result.ineligible``, in order, as text in ``lang``."""
    rules = dict(zip(result.criteria.eligibility, result.criteria.eligibility_exprs, strict=True))
    values = _values(result)
    out = []
    for k, item in enumerate(result.ineligible):
        found = None if values is None else values[k]
        if found is None:
            out.append([reason_text(r, lang) for r in item.reasons])
            continue
        current, previous = found
        out.append([describe(rules[r], current, previous, lang) if r in rules else reason_text(r, lang)
                    for r in item.reasons])
    return out


def describe(expr: Expr, current: dict[str, float], previous: dict[str, float], lang: Lang) -> str:
    """One failed rule with the candidate's values (see the module docstring)."""
    names = _names_in_order(expr.root)
    empty = [_shown(n, p) for n, p in names if math.isnan(_lookup(n, p, current, previous))]
    if empty:
        return m.RULE_EMPTY(rule=expr.text, names=empty).render(lang)
    root = expr.root
    if isinstance(root, Binary) and root.op in FAILED and _plain(root.left) and _plain(root.right):
        left = _term(root.left, current, previous, lang)
        right = _term(root.right, current, previous, lang)
        return f"{left} {FAILED[root.op]} {right}"
    listed = "; ".join(f"{_shown(n, p)} = {_number(_lookup(n, p, current, previous), lang)}" for n, p in names)
    return m.RULE_VALUES(rule=expr.text, values=listed).render(lang) if listed else expr.text


def _values(result: RankingResult) -> list[tuple[dict[str, float], dict[str, float]] | None] | None:
    """Each ineligible candidate's values (assessed year, baseline year), from the run."""
    if not isinstance(result, RankingRun) or not result.ineligible:
        return None
    import numpy as np

    current, previous = environments(result.period, result.criteria)
    rows = np.flatnonzero(~np.asarray(result.scored.eligible, dtype=bool)).tolist()
    out: list[tuple[dict[str, float], dict[str, float]] | None] = []
    for item, i in zip(result.ineligible, rows, strict=False):
        if result.scored.names[i] != item.id:  # not the row it was built from: keep the rules as written
            out.append(None)
            continue
        out.append(({n: float(v[i]) for n, v in current.items()},
                    {n: float(v[i]) for n, v in (previous or {}).items()}))
    out += [None] * (len(result.ineligible) - len(out))
    return out


def _plain(node: Any) -> bool:
    """A term shown with its value: a name, a number or ``previous(name)``."""
    if isinstance(node, Unary) and node.op == "-":
        return isinstance(node.operand, Number)
    return isinstance(node, Name | Number) or (isinstance(node, Call) and node.func == "previous"
                                                and isinstance(node.args[0], Name))


def _term(node: Any, current: dict[str, float], previous: dict[str, float], lang: Lang) -> str:
    if isinstance(node, Number):
        return _number(node.value, lang)
    if isinstance(node, Unary) and isinstance(node.operand, Number):
        return _number(-node.operand.value, lang)
    name, prev = (node.name, False) if isinstance(node, Name) else (node.args[0].name, True)
    return f"{_shown(name, prev)} {_number(_lookup(name, prev, current, previous), lang)}"


def _names_in_order(node: Any) -> list[tuple[str, bool]]:
    """Every (name, inside previous()) of the rule, once each, in reading order."""
    found: list[tuple[str, bool]] = []

    def walk(n: Any, p: bool) -> None:
        if isinstance(n, Name):
            if (n.name, p) not in found:
                found.append((n.name, p))
        elif isinstance(n, Call):
            for arg in n.args:
                walk(arg, p or n.func == "previous")
        elif isinstance(n, Unary):
            walk(n.operand, p)
        elif isinstance(n, Binary):
            walk(n.left, p)
            walk(n.right, p)
        elif isinstance(n, Chain):
            walk(n.first, p)
            for _, x in n.rest:
                walk(x, p)

    walk(node, False)
    return found


def _lookup(name: str, prev: bool, current: dict[str, float], previous: dict[str, float]) -> float:
    return (previous if prev else current).get(name, math.nan)


def _shown(name: str, prev: bool) -> str:
    return f"previous({name})" if prev else name


def _number(value: float, lang: Lang) -> str:
    return fmt_auto(value, lang).replace("-", MINUS)
