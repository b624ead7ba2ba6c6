"""The criteria file: pydantic models of the YAML and ``parse_criteria()``.

Strings from the YAML (``minmax``, ``lower``, ``zero``...) become enums here; expressions are
parsed here once, so nothing downstream handles raw text. Labels, units, titles and
descriptions may be given per language (``label: {id: "…", en: "…"}``, see ``core.localized``).
Every problem is reported with its YAML path and line, all at once (``CriteriaProblems``).
"""

from __future__ import annotations

import difflib
import re
from enum import StrEnum
from functools import cached_property
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from paritrana.core.expr import Expr, parse_expression
from paritrana.core.localized import LANGUAGES, Localized, in_lang
from paritrana.core.methods import METHODS, Better, Method
from paritrana.core.panel_spec import PanelSpec, StagesSpec, allowed_keys, stage_problems
from paritrana.core.problems import CriteriaProblems, ModelProblem, problem_at
from paritrana.core.strict import Strict
from paritrana.core.yaml_source import load_yaml
from paritrana.errors import ExpressionError, Location
from paritrana.i18n.messages import criteria as m
from paritrana.i18n.text import Message

YEAR_HEADERS = ["tahun", "Tahun", "Year", "Periode"]

Path_ = tuple[Any, ...]
Problems = list[tuple[Path_, Message]]  # a YAML path and what is wrong there


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
                raise ModelProblem(m.TARGET_NEEDS_GOALPOSTS())
            if self.max <= self.min:
                raise ModelProblem(m.GOALPOSTS_ORDER(lo=self.min, hi=self.max))
        elif self.min is not None or self.max is not None:
            raise ModelProblem(m.GOALPOSTS_ONLY_TARGET(method=self.method.value))
        if self.range is not None:
            if not self.method.bounded:
                bounded = [method.value for method in Method if method.bounded]
                raise ModelProblem(m.RANGE_NOT_FOR(methods=bounded, method=self.method.value))
            if self.range[1] <= self.range[0]:
                raise ModelProblem(m.RANGE_ORDER(lo=self.range[0], hi=self.range[1]))
        return self

    @property
    def output_range(self) -> tuple[float, float]:
        return self.range if self.range is not None else (0.0, 100.0)


class Indicator(Strict):
    value: str
    weight: Annotated[float, Field(gt=0, allow_inf_nan=False)]
    label: Localized | None = None
    normalize: Normalize = Normalize()
    better: Better = Better.HIGHER
    missing: Missing = Missing.ERROR
    unit: Localized | None = None
    description: Localized | None = None

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
            raise ModelProblem(m.NONE_CANNOT_MIRROR())
        return self

    @cached_property
    def expr(self) -> Expr:
        return parse_expression(self.value)


class Aspect(Strict):
    weight: Annotated[float, Field(gt=0, allow_inf_nan=False)] = 1.0
    label: Localized | None = None
    indicators: dict[str, Indicator]

    @field_validator("indicators")
    @classmethod
    def _not_empty(cls, value: dict[str, Indicator]) -> dict[str, Indicator]:
        if not value:
            raise ModelProblem(m.ASPECT_NEEDS_INDICATOR())
        return value


class Column(Strict):
    headers: list[str] = []
    min: float | None = 0.0
    max: float | None = None
    integer: bool = False
    label: Localized | None = None
    unit: Localized | None = None

    @field_validator("headers", mode="before")
    @classmethod
    def _one_header(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


class Band(Strict):
    """Status bands of one value (an indicator's raw value, or the score): named classes from
    the lowest values up, and the cut-offs between them. A value equal to a cut-off belongs to
    the upper class: with ``cuts: [30, 50, 70]``, 30 is in the second class, 29,99 in the first."""

    label: Localized | None = None
    classes: list[Localized]
    cuts: list[Annotated[float, Field(allow_inf_nan=False)]]

    @model_validator(mode="after")
    def _check(self) -> Band:
        if len(self.classes) < 2:
            raise ModelProblem(m.BAND_TWO_CLASSES(), "classes")
        if len(self.cuts) != len(self.classes) - 1:
            raise ModelProblem(m.BAND_CUTS_COUNT(classes=len(self.classes), n=len(self.classes) - 1,
                                                 got=len(self.cuts)), "cuts")
        if any(b <= a for a, b in zip(self.cuts, self.cuts[1:], strict=False)):
            raise ModelProblem(m.BAND_CUTS_ORDER(), "cuts")
        names = [str(c) for c in self.classes]
        doubled = sorted({n for n in names if names.count(n) > 1})
        if doubled:
            raise ModelProblem(m.BAND_CLASS_TWICE(names=doubled), "classes")
        return self

    def classify(self, values: Any) -> list[str | None]:
        """The class of each value (as named in the criteria's language); None for a value
        that is missing. A value equal to a cut-off is in the class above it."""
        import numpy as np

        x = np.asarray(values, dtype=float)
        index = np.searchsorted(np.asarray(self.cuts, dtype=float), x, side="right")
        names = [str(c) for c in self.classes]
        return [None if v != v else names[i] for v, i in zip(x.tolist(), index.tolist(), strict=True)]


SCORE_BAND = "score"  # the `bands:` key that bands the score (any other key names an indicator)
FILE_GROUP = "file"  # `group_by: file`: each input file is a group (several files: one per province)


class Criteria(Strict):
    """A whole criteria file. ``aspects`` is always filled: a flat ``indicators:`` mapping
    becomes one implicit aspect (see ``flat``)."""

    title: Localized
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
    description: Localized | None = None
    panel: PanelSpec | None = None
    stages: StagesSpec | None = None
    bands: dict[str, Band] = {}

    @field_validator("columns", mode="before")
    @classmethod
    def _column_lists(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {k: {"headers": v} if isinstance(v, (list, str)) or v is None else v for k, v in value.items()}
        return value

    @field_validator("indicators")
    @classmethod
    def _some_indicator(cls, value: dict[str, Indicator] | None) -> dict[str, Indicator] | None:
        if value is not None and not value:
            raise ModelProblem(m.NEEDS_INDICATOR())
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
            raise ModelProblem(m.ASPECTS_OR_INDICATORS())
        if self.indicators is None and not self.aspects:
            raise ModelProblem(m.NEEDS_ASPECTS())
        return self

    # ---- derived views -------------------------------------------------------------

    @property
    def flat(self) -> bool:
        return self.indicators is not None

    @property
    def declares_columns(self) -> bool:
        """Whether the file has a ``columns:`` section: then every name an expression reads
        must be declared there (or be a derived value); without one, each name is its header."""
        return "columns" in self.model_fields_set

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

    # ---- texts in the output language ---------------------------------------------------
    # ``lang`` None: the criteria's own ``language`` (what the one-argument form always gave).

    def label(self, indicator_id: str, lang: str | None = None) -> str:
        """The indicator's label in ``lang`` (its id when it has none)."""
        return in_lang(self.all_indicators[indicator_id].label, lang) or indicator_id

    def aspect_label(self, aspect_id: str, lang: str | None = None) -> str:
        return in_lang(self.tree[aspect_id].label, lang) or aspect_id

    def title_in(self, lang: str | None = None) -> str:
        return self.title.in_lang(lang)

    def description_in(self, lang: str | None = None) -> str | None:
        return in_lang(self.description, lang)

    def unit(self, indicator_id: str, lang: str | None = None) -> str | None:
        return in_lang(self.all_indicators[indicator_id].unit, lang)

    def column_label(self, canonical: str, lang: str | None = None) -> str | None:
        column = self.columns.get(canonical)
        return in_lang(column.label, lang) if column else None

    def column_unit(self, canonical: str, lang: str | None = None) -> str | None:
        column = self.columns.get(canonical)
        return in_lang(column.unit, lang) if column else None

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
    """The criteria in ``text``, or one ``CriteriaProblems`` listing every problem: the keys
    and values the models refuse, and the checks that need the whole file (expressions, names,
    tiebreak, cycles), which run on the YAML as written even when a key elsewhere is wrong."""
    doc = load_yaml(text, file=file)
    if not isinstance(doc.data, dict):
        raise CriteriaProblems([m.NOT_A_MAPPING()], doc.location(()))
    language = doc.data.get("language") if doc.data.get("language") in LANGUAGES else None
    criteria: Criteria | None = None
    found: Problems = []
    try:
        criteria = Criteria.model_validate(doc.data, context={"language": language or Language.ID})
    except ValidationError as exc:
        found += _validation_problems(exc)
    found += file_problems(doc.data, criteria)
    if found:
        lines = [doc.line_of(path) for path, _ in found]
        order = sorted(range(len(found)), key=lambda k: (lines[k] is None, lines[k] or 0))  # top to bottom
        problems = [problem_at(found[k][0], found[k][1], lines[k]) for k in order]
        error = CriteriaProblems(problems, Location(file=file))
        error.language = language  # shown in the criteria's language unless the user chose one
        raise error
    assert criteria is not None
    return criteria


# ---- what the models refuse ----------------------------------------------------------------

_ALLOWED_KEYS: dict[str, list[str]] = {
    "Criteria": list(Criteria.model_fields),
    "Indicator": list(Indicator.model_fields),
    "Aspect": list(Aspect.model_fields),
    "Normalize": list(Normalize.model_fields),
    "Column": list(Column.model_fields),
    "Band": list(Band.model_fields),
}

_TYPE_MESSAGES = {
    "string_type": m.MUST_BE_TEXT, "float_type": m.MUST_BE_NUMBER, "float_parsing": m.MUST_BE_NUMBER,
    "finite_number": m.MUST_BE_NUMBER, "int_type": m.MUST_BE_INTEGER, "int_parsing": m.MUST_BE_INTEGER,
    "int_from_float": m.MUST_BE_INTEGER, "bool_type": m.MUST_BE_BOOL, "bool_parsing": m.MUST_BE_BOOL,
    "dict_type": m.MUST_BE_MAPPING, "model_type": m.MUST_BE_MAPPING, "model_attributes_type": m.MUST_BE_MAPPING,
    "list_type": m.MUST_BE_LIST, "tuple_type": m.MUST_BE_LIST,
}


def _validation_problems(exc: ValidationError) -> Problems:
    problems: Problems = []
    for err in exc.errors():
        loc = tuple(part for part in err["loc"] if not (isinstance(part, str) and part.startswith("function-")))
        if err["type"] in ("missing", "too_long") and loc and isinstance(loc[-1], int):
            problems.append((loc[:-1], m.PAIR()))  # a pair ([lo, hi]) with a number too few or too many
            continue
        message, keys = _message(err, loc)
        problems.append(((*loc, *keys), message))
    return problems


def _message(err: Any, loc: Path_) -> tuple[Message, Path_]:
    """What went wrong, and the keys below ``loc`` it is at (for the YAML line)."""
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if kind == "extra_forbidden":
        key = str(loc[-1]) if loc else ""
        allowed = _allowed_for(loc[:-1])
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        if close:
            return m.UNKNOWN_KEY(key=key, close=close[0]), ()
        return m.UNKNOWN_KEY_ALLOWED(key=key, allowed=allowed), ()
    if kind == "missing":
        return (m.REQUIRED_KEY(key=loc[-1]) if loc else m.REQUIRED()), ()
    if kind in ("greater_than", "greater_than_equal"):
        text = m.MUST_BE_GT if kind == "greater_than" else m.MUST_BE_GE
        limit = ctx.get("gt", ctx.get("ge"))
        return text(limit=_number(limit), got=_number(err.get("input"))), ()
    if kind == "enum":
        options = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        got = str(err.get("input"))
        close = difflib.get_close_matches(got, options, n=1, cutoff=0.6)
        if close:
            return m.NOT_ONE_OF_CLOSE(got=got, options=options, close=close[0]), ()
        return m.NOT_ONE_OF(got=got, options=options), ()
    if kind == "value_error":
        error = ctx.get("error")
        if isinstance(error, ModelProblem):
            return error.message, error.keys
        return m.NOT_ACCEPTED(detail=str(error)), ()
    if kind in ("too_short", "too_long"):
        if ctx.get("field_type") == "Tuple":
            return m.PAIR(), ()
        wanted = ctx.get("min_length") if kind == "too_short" else ctx.get("max_length")
        return m.WRONG_COUNT(n=wanted, got=ctx.get("actual_length", 0)), ()
    if kind in _TYPE_MESSAGES:
        return _TYPE_MESSAGES[kind](), ()
    return m.NOT_ACCEPTED(detail=err["msg"]), ()


def _number(value: Any) -> Any:
    try:
        return float(value)
    except (TypeError, ValueError):
        return value


def _allowed_for(parent: Path_) -> list[str]:
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
    elif len(parent) >= 2 and parent[-2] == "bands":
        model = "Band"
    return [k for k in _ALLOWED_KEYS[model] if not k.startswith("_")]


# ---- checks that need the whole file ---------------------------------------------------------


def file_problems(data: dict[Any, Any], criteria: Criteria | None = None) -> Problems:
    """Checks that need the whole file: expressions, the names they read, tiebreak, cycles.

    They read the YAML as written (skipping what has the wrong shape, which the models report),
    so that one wrong key elsewhere does not hide them. ``criteria`` (when the models accepted
    the file) adds the checks that need the models: column bounds, panel and stages."""
    raw = _RawCriteria(data)
    problems: Problems = []
    derived: dict[str, Expr] = {}
    for name, text in raw.derived.items():
        expr = _expression(text, ("derived", name), raw, problems)
        if expr is not None:
            derived[name] = expr
            if expr.is_boolean:
                problems.append((("derived", name), m.DERIVED_NOT_A_NUMBER()))
        if raw.columns is not None and name in raw.columns:
            problems.append((("derived", name), m.COLUMN_AND_DERIVED(name=name)))
    problems += _cycles(derived)
    seen: set[str] = set()
    for path, iid, value in raw.indicators:
        if iid in seen:
            problems.append((path, m.INDICATOR_TWICE(iid=iid)))
        seen.add(iid)
        if value is None:
            continue
        expr = _expression(value, (*path, "value"), raw, problems)
        if expr is not None and expr.is_boolean:
            problems.append(((*path, "value"), m.VALUE_NOT_A_NUMBER()))
        if expr is not None:
            for name in sorted(expr.names() & raw.special):
                problems.append(((*path, "value"), m.NAMES_CANDIDATES(name=name)))
    for i, text in raw.eligibility:
        expr = _expression(text, ("eligibility", i), raw, problems)
        if expr is not None and not expr.is_boolean:
            problems.append((("eligibility", i), m.RULE_NOT_A_COMPARISON(rule=text)))
    ids = sorted(seen)
    for i, name in raw.tiebreak:
        if ids and name not in seen:
            close = difflib.get_close_matches(name, ids, n=1)
            problems.append((("tiebreak", i), m.TIEBREAK_NOT_INDICATOR(name=name, close=close[0]) if close
                             else m.TIEBREAK_NOT_INDICATOR_LIST(name=name, ids=ids)))
    for name in raw.max_change:
        if raw.columns is not None:
            if name not in raw.columns and name not in raw.derived:
                problems.append((("max_change", name), _not_declared(name, raw)))
        elif name not in raw.derived and name not in raw.names_read:
            problems.append((("max_change", name), m.NOT_A_NAME(name=name)))
    for name in raw.bands:
        if name != SCORE_BAND and ids and name not in seen:
            close = difflib.get_close_matches(name, [SCORE_BAND, *ids], n=1)
            problems.append((("bands", name), m.BAND_TARGET_CLOSE(name=name, close=close[0]) if close
                             else m.BAND_TARGET(name=name, ids=[SCORE_BAND, *ids])))
        elif name == SCORE_BAND and name in seen:
            problems.append((("bands", name), m.BAND_SCORE_AMBIGUOUS()))
    if criteria is not None:
        for name, column in criteria.columns.items():
            if column.min is not None and column.max is not None and column.max < column.min:
                problems.append((("columns", name), m.MAX_BELOW_MIN()))
        problems += stage_problems(criteria.panel, criteria.stages)
    return problems


class _RawCriteria:
    """The parts of the YAML as written that the whole-file checks read, wrong shapes skipped."""

    def __init__(self, data: dict[Any, Any]):
        columns = data.get("columns")
        self.columns: set[str] | None = {str(k) for k in columns} if isinstance(columns, dict) else None
        derived = data.get("derived")
        self.derived: dict[str, str] = {str(k): t for k, v in derived.items()
                                        if (t := _text(v)) is not None} if isinstance(derived, dict) else {}
        self.indicators: list[tuple[Path_, str, str | None]] = []
        for base, indicators in _indicator_maps(data):
            for iid, ind in indicators.items():
                value = _text(ind.get("value")) if isinstance(ind, dict) else None
                self.indicators.append(((*base, iid), str(iid), value))
        rules = data.get("eligibility")
        self.eligibility: list[tuple[int, str]] = [(i, r) for i, r in enumerate(rules) if isinstance(r, str)] \
            if isinstance(rules, list) else []
        tiebreak = data.get("tiebreak")
        self.tiebreak: list[tuple[int, str]] = [(i, t) for i, t in enumerate(tiebreak) if isinstance(t, str)] \
            if isinstance(tiebreak, list) else []  # a non-text entry is told by the model check
        max_change = data.get("max_change")
        self.max_change: list[str] = [str(k) for k in max_change] if isinstance(max_change, dict) else []
        bands = data.get("bands")
        self.bands: list[str] = [str(k) for k in bands] if isinstance(bands, dict) else []
        entity, group_by = data.get("entity", "wilayah"), data.get("group_by")
        self.special: set[str] = {n for n in (entity, group_by) if isinstance(n, str)}
        self.names_read: set[str] = set()


def _text(value: Any) -> str | None:
    """An expression as written: text, or a bare number (``weight`` aside, ``value: 1`` is one)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return str(value)
    return value if isinstance(value, str) else None


def _indicator_maps(data: dict[Any, Any]) -> list[tuple[Path_, dict[Any, Any]]]:
    out: list[tuple[Path_, dict[Any, Any]]] = []
    if isinstance(data.get("indicators"), dict):
        out.append((("indicators",), data["indicators"]))
    aspects = data.get("aspects")
    if isinstance(aspects, dict):
        for aid, aspect in aspects.items():
            if isinstance(aspect, dict) and isinstance(aspect.get("indicators"), dict):
                out.append((("aspects", aid, "indicators"), aspect["indicators"]))
    return out


def _expression(text: str, path: Path_, raw: _RawCriteria, problems: Problems) -> Expr | None:
    """``text`` parsed, or None with the problem noted; with ``columns:`` declared, every name
    it reads must be a declared column or a derived value."""
    try:
        expr = parse_expression(text)
    except ExpressionError as exc:
        problems.append((path, m.BAD_EXPRESSION(text=_shortened(text.strip()), problem=exc.message)))
        return None
    raw.names_read |= expr.names()
    if raw.columns is not None:
        for name in sorted(expr.names() - raw.columns - raw.derived.keys() - raw.special):
            problems.append((path, _not_declared(name, raw)))
    return expr


def _shortened(text: str, most: int = 60) -> str:
    """An expression short enough to quote in a message (the YAML line says where the rest is)."""
    return text if len(text) <= most else text[:most - 1] + "…"


def _not_declared(name: str, raw: _RawCriteria) -> Message:
    known = sorted((raw.columns or set()) | raw.derived.keys())
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return m.NOT_DECLARED(name=name, close=close[0]) if close else m.NOT_DECLARED_ADD(name=name)


def _cycles(derived: dict[str, Expr]) -> Problems:
    problems: Problems = []
    state: dict[str, int] = {}

    def visit(name: str, trail: list[str]) -> None:
        if state.get(name) == 2:
            return
        if state.get(name) == 1:
            cycle = " → ".join([*trail[trail.index(name):], name])
            problems.append((("derived", name), m.CYCLE(cycle=cycle)))
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
