"""The criteria file: pydantic models of the YAML and ``load_criteria()``.

Strings from the YAML (``minmax``, ``lower``, ``zero``...) become enums here; expressions are
parsed here once, so nothing downstream handles raw text. Every problem is reported with its
YAML path and line, all at once.
"""

from __future__ import annotations

import contextlib
import difflib
from enum import StrEnum
from functools import cached_property
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from paritrana.core.expr import Expr, parse_expression
from paritrana.core.methods import METHODS, Better, Method
from paritrana.core.panel_spec import PanelSpec, StagesSpec, allowed_keys, stage_problems
from paritrana.core.strict import Strict
from paritrana.core.yaml_source import YamlDocument, load_yaml
from paritrana.errors import CriteriaError, ExpressionError, Location

YEAR_HEADERS = ["tahun", "Tahun", "Year", "Periode"]


class Missing(StrEnum):
    ERROR = "error"
    ZERO = "zero"
    EXCLUDE = "exclude"
    MEAN = "mean"


class Aggregation(StrEnum):
    ARITHMETIC = "arithmetic"
    GEOMETRIC = "geometric"


class Language(StrEnum):
    ID = "id"
    EN = "en"




class Normalize(Strict):
    method: Method = Method.MINMAX
    min: float | None = None
    max: float | None = None
    range: tuple[float, float] | None = None

    @model_validator(mode="after")
    def _check(self) -> Normalize:
        if METHODS[self.method].goalposts:
            if self.min is None or self.max is None:
                raise ValueError("method 'target' needs goalposts: {method: target, min: ..., max: ...}")
            if self.max <= self.min:
                raise ValueError(f"target goalposts need max > min (got min {self.min:g}, max {self.max:g})")
        elif self.min is not None or self.max is not None:
            raise ValueError(f"'min'/'max' goalposts only apply to method 'target', not '{self.method.value}'")
        if self.range is not None:
            if not self.method.bounded:
                raise ValueError(f"'range' applies to minmax, target, ratio_to_max and rank, not '{self.method.value}'")
            if self.range[1] <= self.range[0]:
                raise ValueError(f"range [lo, hi] needs hi > lo (got {list(self.range)})")
        return self

    @property
    def output_range(self) -> tuple[float, float]:
        return self.range if self.range is not None else (0.0, 100.0)


class Indicator(Strict):
    value: str
    weight: Annotated[float, Field(gt=0, allow_inf_nan=False)]
    label: str | None = None
    normalize: Normalize = Normalize()
    better: Better = Better.HIGHER
    missing: Missing = Missing.ERROR
    unit: str | None = None
    description: str | None = None

    @field_validator("normalize", mode="before")
    @classmethod
    def _method_name(cls, value: Any) -> Any:
        return {"method": value} if isinstance(value, str) else value

    @field_validator("value", mode="before")
    @classmethod
    def _number_as_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value

    @model_validator(mode="after")
    def _check(self) -> Indicator:
        if self.normalize.method is Method.NONE and self.better is Better.LOWER:
            raise ValueError("normalize 'none' cannot mirror the scale; remove 'better: lower' or pick a method")
        return self

    @cached_property
    def expr(self) -> Expr:
        return parse_expression(self.value)


class Aspect(Strict):
    weight: Annotated[float, Field(gt=0, allow_inf_nan=False)] = 1.0
    label: str | None = None
    indicators: dict[str, Indicator]

    @field_validator("indicators")
    @classmethod
    def _not_empty(cls, value: dict[str, Indicator]) -> dict[str, Indicator]:
        if not value:
            raise ValueError("an aspect needs at least one indicator")
        return value


class Column(Strict):
    headers: list[str] = []
    min: float | None = 0.0
    max: float | None = None
    integer: bool = False
    label: str | None = None
    unit: str | None = None

    @field_validator("headers", mode="before")
    @classmethod
    def _one_header(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


class Criteria(Strict):
    """A whole criteria file. ``aspects`` is always filled: a flat ``indicators:`` mapping
    becomes one implicit aspect (see ``flat``)."""

    title: str
    language: Language = Language.ID
    number_locale: Language = Language.ID
    entity: str = "wilayah"
    group_by: str | None = None
    columns: dict[str, Column] = {}
    derived: dict[str, str] = {}
    aspects: dict[str, Aspect] = {}
    indicators: dict[str, Indicator] | None = None
    eligibility: list[str] = []
    tiebreak: list[str] = []
    aggregation: Aggregation = Aggregation.ARITHMETIC
    max_change: dict[str, Annotated[float, Field(gt=0)]] = {}
    description: str | None = None
    panel: PanelSpec | None = None
    stages: StagesSpec | None = None

    @field_validator("columns", mode="before")
    @classmethod
    def _column_lists(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {k: {"headers": v} if isinstance(v, (list, str)) or v is None else v for k, v in value.items()}
        return value

    @field_validator("derived", mode="before")
    @classmethod
    def _derived_text(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {k: str(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v
                    for k, v in value.items()}
        return value

    @model_validator(mode="after")
    def _shape(self) -> Criteria:
        if self.indicators is not None and self.aspects:
            raise ValueError("use either 'aspects' or a flat 'indicators' mapping, not both")
        if self.indicators is None and not self.aspects:
            raise ValueError("the criteria need 'aspects' (or a flat 'indicators' mapping)")
        return self

    # ---- derived views -------------------------------------------------------------

    @property
    def flat(self) -> bool:
        return self.indicators is not None

    @cached_property
    def tree(self) -> dict[str, Aspect]:
        """Aspects with their indicators; a flat file gives one aspect named ``total``."""
        if self.indicators is not None:
            return {"total": Aspect(weight=1.0, label=self.title, indicators=self.indicators)}
        return dict(self.aspects)

    @cached_property
    def all_indicators(self) -> dict[str, Indicator]:
        return {iid: ind for aspect in self.tree.values() for iid, ind in aspect.indicators.items()}

    @cached_property
    def aspect_of(self) -> dict[str, str]:
        return {iid: aid for aid, aspect in self.tree.items() for iid in aspect.indicators}

    @cached_property
    def aspect_shares(self) -> dict[str, float]:
        total = sum(a.weight for a in self.tree.values())
        return {aid: a.weight / total for aid, a in self.tree.items()}

    @cached_property
    def local_weights(self) -> dict[str, float]:
        """Each indicator's share within its aspect."""
        out: dict[str, float] = {}
        for aspect in self.tree.values():
            total = sum(i.weight for i in aspect.indicators.values())
            out.update({iid: i.weight / total for iid, i in aspect.indicators.items()})
        return out

    @cached_property
    def global_weights(self) -> dict[str, float]:
        return {iid: self.aspect_shares[self.aspect_of[iid]] * w for iid, w in self.local_weights.items()}

    @cached_property
    def derived_exprs(self) -> dict[str, Expr]:
        return {name: parse_expression(text) for name, text in self.derived.items()}

    @cached_property
    def eligibility_exprs(self) -> list[Expr]:
        return [parse_expression(text) for text in self.eligibility]

    def label(self, indicator_id: str) -> str:
        return self.all_indicators[indicator_id].label or indicator_id

    def aspect_label(self, aspect_id: str) -> str:
        return self.tree[aspect_id].label or aspect_id

    @cached_property
    def input_columns(self) -> list[str]:
        """Numeric canonical columns the expressions read, in a stable order."""
        exprs = [*self.derived_exprs.values(), *self.eligibility_exprs]
        exprs += [ind.expr for ind in self.all_indicators.values()]
        names: list[str] = []
        for expr in exprs:
            for name in sorted(expr.names()):
                if name not in self.derived and name not in names:
                    names.append(name)
        declared = [n for n in self.columns if n in names]
        return declared + [n for n in names if n not in declared]

    @cached_property
    def uses_previous(self) -> bool:
        exprs = [*(ind.expr for ind in self.all_indicators.values()), *self.derived_exprs.values(),
                 *self.eligibility_exprs]
        return any(e.uses_previous for e in exprs)

    def headers_for(self, canonical: str) -> list[str]:
        """Accepted headers of a canonical column; the name itself is always one of them."""
        column = self.columns.get(canonical)
        headers = list(column.headers) if column else []
        if canonical not in headers:
            headers.append(canonical)
        return headers

    def bounds(self, canonical: str) -> tuple[float | None, float | None, bool]:
        column = self.columns.get(canonical)
        if column is None:
            return 0.0, None, False
        return column.min, column.max, column.integer


class LoadedCriteria(BaseModel):
    """A criteria model with where it came from (path, text, SHA-256)."""

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    criteria: Criteria
    path: str
    text: str
    sha256: str


def parse_criteria(text: str, file: str | None = None) -> Criteria:
    doc = load_yaml(text, file=file)
    if not isinstance(doc.data, dict):
        raise CriteriaError("a criteria file must be a YAML mapping (title:, aspects:, ...)", doc.location(()))
    try:
        criteria = Criteria.model_validate(doc.data)
    except ValidationError as exc:
        raise CriteriaError(_format_validation(exc, doc), Location(file=file)) from None
    problems = _semantic_problems(criteria)
    if problems:
        raise CriteriaError(_join([f"{_where(doc, path)}{msg}" for path, msg in problems]), Location(file=file))
    return criteria


# ---- error formatting --------------------------------------------------------------

_ALLOWED_KEYS: dict[str, list[str]] = {
    "Criteria": list(Criteria.model_fields),
    "Indicator": list(Indicator.model_fields),
    "Aspect": list(Aspect.model_fields),
    "Normalize": list(Normalize.model_fields),
    "Column": list(Column.model_fields),
}


def _format_validation(exc: ValidationError, doc: YamlDocument) -> str:
    lines = []
    for err in exc.errors():
        loc = tuple(part for part in err["loc"] if not (isinstance(part, str) and part.startswith("function-")))
        path = ".".join(map(str, loc)) or "(top level)"
        message = _message(err, loc)
        line = doc.line_of(loc)
        lines.append(f"{path}: {message}" + (f" (line {line})" if line else ""))
    return _join(lines)


def _message(err: Any, loc: tuple[Any, ...]) -> str:
    kind = err["type"]
    if kind == "extra_forbidden":
        key = str(loc[-1]) if loc else ""
        allowed = _allowed_for(loc[:-1])
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else f" (allowed: {', '.join(allowed)})"
        return f"unknown key '{key}'{hint}"
    if kind == "missing":
        return "required key is missing"
    if kind == "greater_than":
        return f"must be > {err['ctx']['gt']} (got {err.get('input')!r})"
    if kind == "enum":
        return f"{err.get('input')!r} is not one of: {err['ctx']['expected']}"
    if kind == "value_error":
        return str(err["ctx"]["error"])
    return err["msg"]


def _allowed_for(parent: tuple[Any, ...]) -> list[str]:
    panel_keys = allowed_keys(parent)
    if panel_keys is not None:
        return panel_keys
    model = "Criteria"
    if not parent:
        model = "Criteria"
    elif parent[-1] == "normalize":
        model = "Normalize"
    elif len(parent) >= 2 and parent[-2] == "indicators":
        model = "Indicator"
    elif len(parent) >= 2 and parent[-2] == "aspects":
        model = "Aspect"
    elif len(parent) >= 2 and parent[-2] == "columns":
        model = "Column"
    return [k for k in _ALLOWED_KEYS[model] if not k.startswith("_")]


def _where(doc: YamlDocument, path: tuple[Any, ...]) -> str:
    line = doc.line_of(path)
    dotted = ".".join(map(str, path))
    return f"{dotted} (line {line}): " if line else f"{dotted}: "


def _join(lines: list[str]) -> str:
    if len(lines) == 1:
        return lines[0]
    return f"{len(lines)} problems:\n  " + "\n  ".join(lines)


def _semantic_problems(c: Criteria) -> list[tuple[tuple[Any, ...], str]]:
    """Checks that need the whole file: expressions, names, tiebreak, cycles."""
    problems: list[tuple[tuple[Any, ...], str]] = []
    derived: dict[str, Expr] = {}
    for name, text in c.derived.items():
        expr = _parse(text, ("derived", name), problems)
        if expr is not None:
            derived[name] = expr
            if expr.is_boolean:
                problems.append((("derived", name), "a derived value must be a number, not a comparison"))
        if name in c.columns:
            problems.append((("derived", name), f"'{name}' is both a column and a derived name"))
    problems += _cycles(derived)
    indicator_ids = set()
    for aid, aspect in c.tree.items():
        base: tuple[Any, ...] = ("indicators",) if c.flat else ("aspects", aid, "indicators")
        for iid, ind in aspect.indicators.items():
            if iid in indicator_ids:
                problems.append(((*base, iid), f"indicator id '{iid}' is used in two aspects"))
            indicator_ids.add(iid)
            expr = _parse(ind.value, (*base, iid, "value"), problems)
            if expr is not None and expr.is_boolean:
                problems.append(((*base, iid, "value"), "an indicator value must be a number, not a comparison"))
            if expr is not None:
                for name in sorted(expr.names() & {c.entity, c.group_by} - {None}):
                    problems.append(((*base, iid, "value"), f"'{name}' names candidates/groups; it is not a number"))
    for i, text in enumerate(c.eligibility):
        expr = _parse(text, ("eligibility", i), problems)
        if expr is not None and not expr.is_boolean:
            problems.append((("eligibility", i), f"rule '{text}' must be a comparison (e.g. pekerja > 0)"))
    for i, name in enumerate(c.tiebreak):
        if name not in indicator_ids:
            close = difflib.get_close_matches(name, sorted(indicator_ids), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else f" (indicators: {', '.join(sorted(indicator_ids))})"
            problems.append((("tiebreak", i), f"'{name}' is not an indicator{hint}"))
    known = set(c.columns) | set(c.derived) | set(_expression_names(c))
    for name in c.max_change:
        if name not in known:
            problems.append((("max_change", name), f"'{name}' is not a column or derived name"))
    for name, column in c.columns.items():
        if column.min is not None and column.max is not None and column.max < column.min:
            problems.append((("columns", name), "max is below min"))
    problems += stage_problems(c.panel, c.stages)
    return problems


def _expression_names(c: Criteria) -> set[str]:
    names: set[str] = set()
    for text in [*c.derived.values(), *c.eligibility, *(i.value for i in c.all_indicators.values())]:
        with contextlib.suppress(ExpressionError):
            names |= parse_expression(text).names()
    return names


def _parse(text: str, path: tuple[Any, ...], problems: list[tuple[tuple[Any, ...], str]]) -> Expr | None:
    try:
        return parse_expression(text)
    except ExpressionError as exc:
        problems.append((path, f"bad expression '{text}': {exc.message}"))
        return None


def _cycles(derived: dict[str, Expr]) -> list[tuple[tuple[Any, ...], str]]:
    problems = []
    state: dict[str, int] = {}

    def visit(name: str, trail: list[str]) -> None:
        if state.get(name) == 2:
            return
        if state.get(name) == 1:
            cycle = " → ".join([*trail[trail.index(name):], name])
            problems.append((("derived", name), f"derived names refer to each other in a circle: {cycle}"))
            return
        state[name] = 1
        for dep in sorted(derived[name].names() & derived.keys()):
            visit(dep, [*trail, name])
        state[name] = 2

    for name in derived:
        visit(name, [])
    return problems


def derived_order(criteria: Criteria) -> list[str]:
    """Derived names in an order where each comes after the names it uses."""
    order: list[str] = []
    exprs = criteria.derived_exprs

    def visit(name: str) -> None:
        if name in order:
            return
        for dep in sorted(exprs[name].names() & exprs.keys()):
            visit(dep)
        order.append(name)

    for name in exprs:
        visit(name)
    return order
