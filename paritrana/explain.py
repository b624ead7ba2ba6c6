"""Why a candidate scored what it did, and why it ranks above or below another.

``explain(result, name)`` → an ``Explanation``: the rank and score, and for each indicator
raw → normalised (with the min/max or goalposts and the direction that produced it) →
weighted contribution. ``compare(result, name, other)`` → a ``Comparison``: the score gap
split into each indicator's share (the difference of the two contributions), largest first.

With geometric aggregation there are no additive contributions: the explanation is in terms
of the normalised values and the aspect scores, and a comparison splits the score *ratio*
into one factor per indicator, (normalised A / normalised B) ^ global weight — their product
is the ratio of the scores.

Names match as in loading (``names.name_key``); an unknown name raises
``CandidateNotFound`` with the closest names. ``sentences()`` gives plain sentences in the
output language; ``to_dict()`` the JSON form (keys in English).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .criteria import Aggregation, Better, Method
from .errors import Location, ParitranaError
from .i18n import fmt_number, label

if TYPE_CHECKING:
    from .normalize import Scale
    from .result import RankingResult

MINUS = "\u2212"


class CandidateNotFound(ParitranaError):
    """The name given to ``explain`` matches no candidate of the assessed year."""


@dataclass(frozen=True)
class Step:
    """One indicator of one candidate: raw → normalised → contribution."""

    indicator: str
    label: str
    aspect: str
    unit: str | None
    raw: float | None
    normalized: float | None
    weight: float  # global weight
    weight_in_aspect: float
    contribution: float | None  # None with geometric aggregation
    scale: Scale

    def to_dict(self) -> dict[str, Any]:
        s = self.scale
        return {
            "id": self.indicator, "label": self.label, "aspect": self.aspect, "unit": self.unit,
            "raw": self.raw, "normalized": self.normalized, "weight": self.weight,
            "weight_in_aspect": self.weight_in_aspect, "contribution": self.contribution,
            "method": s.method.value, "better": s.better.value, "low": s.low, "high": s.high,
            "mean": s.mean, "std": s.std, "range": list(s.range), "count": s.count,
        }


@dataclass(frozen=True)
class Explanation:
    id: str
    group: str | None
    eligible: bool
    rank: int | None
    of: int  # eligible candidates in the group
    score: float | None
    tie: bool
    aggregation: Aggregation
    aspects: dict[str, float]
    steps: list[Step]
    reasons: list[str] = field(default_factory=list)

    def step(self, indicator: str) -> Step:
        return next(s for s in self.steps if s.indicator == indicator)

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        return {
            "id": self.id, "group": self.group, "eligible": self.eligible, "rank": self.rank, "of": self.of,
            "score": self.score, "tie": self.tie, "aggregation": self.aggregation.value,
            "aspects": dict(self.aspects), "indicators": [s.to_dict() for s in self.steps],
            "reasons": list(self.reasons), "sentences": sentences(self, lang),
        }


@dataclass(frozen=True)
class Share:
    """One indicator's part in the gap between two candidates (first minus second)."""

    indicator: str
    label: str
    first: float | None  # normalised value of the first candidate
    second: float | None
    difference: float | None  # contribution(first) − contribution(second); None if geometric
    factor: float | None  # (first / second) ^ global weight; None if arithmetic


@dataclass(frozen=True)
class Comparison:
    first: Explanation
    second: Explanation
    reason: str | None  # None, "ineligible" or "different_groups": why there is no gap to split
    gap: float | None  # score(first) − score(second)
    ratio: float | None  # score(first) / score(second), geometric only
    shares: list[Share]

    @property
    def comparable(self) -> bool:
        return self.reason is None

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        return {
            "first": self.first.to_dict(lang), "second": self.second.to_dict(lang),
            "comparable": self.comparable, "reason": self.reason, "gap": self.gap, "ratio": self.ratio,
            "shares": [{"indicator": s.indicator, "label": s.label, "first": s.first, "second": s.second,
                        "difference": s.difference, "factor": s.factor} for s in self.shares],
            "sentences": comparison_sentences(self, lang),
        }


# ---- building ---------------------------------------------------------------------------------

def explain(result: RankingResult, name: str) -> Explanation:
    """The explanation of the candidate called ``name`` (matched like names in the data)."""
    from .names import name_key

    key = name_key(name)
    criteria = result.criteria
    for r in result.results:
        if name_key(r.id) == key:
            steps = [
                Step(iid, criteria.label(iid), criteria.aspect_of[iid], ind.unit, r.indicators[iid].raw,
                     r.indicators[iid].normalized, r.indicators[iid].weight, criteria.local_weights[iid],
                     r.indicators[iid].contribution, result.scales[(r.group, iid)])
                for iid, ind in criteria.all_indicators.items()
            ]
            return Explanation(r.id, r.group, True, r.rank, len(result.in_group(r.group)), r.score, r.tie,
                               criteria.aggregation, dict(r.aspects), steps)
    for item in result.ineligible:
        if name_key(item.id) == key:
            return Explanation(item.id, item.group, False, None, len(result.in_group(item.group)), None, False,
                               criteria.aggregation, {}, [], list(item.reasons))
    raise _not_found(result, name)


def compare(result: RankingResult, name: str, other: str) -> Comparison:
    """Why ``name`` ranks where it does relative to ``other``."""
    first, second = explain(result, name), explain(result, other)
    if not (first.eligible and second.eligible):
        return Comparison(first, second, "ineligible", None, None, [])
    if first.group != second.group:
        return Comparison(first, second, "different_groups", None, None, [])
    assert first.score is not None and second.score is not None
    shares = []
    geometric = first.aggregation is Aggregation.GEOMETRIC
    for a in first.steps:
        b = second.step(a.indicator)
        if geometric:
            factor = (a.normalized / b.normalized) ** a.weight if a.normalized and b.normalized else None
            shares.append(Share(a.indicator, a.label, a.normalized, b.normalized, None, factor))
        else:
            difference = (a.contribution or 0.0) - (b.contribution or 0.0)
            shares.append(Share(a.indicator, a.label, a.normalized, b.normalized, difference, None))
    if geometric:
        shares.sort(key=lambda s: -abs(math.log(s.factor)) if s.factor else 0.0)
        ratio = first.score / second.score if second.score else None
        return Comparison(first, second, None, first.score - second.score, ratio, shares)
    shares.sort(key=lambda s: -abs(s.difference or 0.0))
    return Comparison(first, second, None, first.score - second.score, None, shares)


def _not_found(result: RankingResult, name: str) -> CandidateNotFound:
    from .names import closest

    names = [r.id for r in result.results] + [i.id for i in result.ineligible]
    near = closest(name, names)
    hint = f"did you mean {', '.join(repr(n) for n in near)}?" if near else f"candidates: {', '.join(names[:20])}"
    year = f" for {result.year}" if result.year is not None else ""
    return CandidateNotFound(f"no candidate '{name}'{year}", Location(file=result.input.path), hint=hint)


# ---- sentences ----------------------------------------------------------------------------------

def sentences(e: Explanation, lang: str = "id") -> list[str]:
    """The explanation in plain sentences in the output language."""
    if not e.eligible:
        return [label("e_ineligible", lang).format(name=e.id, reasons="; ".join(e.reasons))]
    lines = [headline(e, lang)]
    for s in e.steps:
        lines.append(step_sentence(e.id, s, e.aggregation, lang))
    if e.aggregation is Aggregation.GEOMETRIC:
        if e.aspects:
            parts = "; ".join(f"{aid} {num(v, lang)}" for aid, v in e.aspects.items())
            lines.append(label("e_aspects", lang).format(aspects=parts))
        lines.append(label("e_geometric_note", lang))
    return lines


def headline(e: Explanation, lang: str) -> str:
    rank = f"{e.rank}" + (f" ({label('tie', lang)})" if e.tie else "")
    group = f" [{e.group}]" if e.group is not None else ""
    return label("e_rank_line", lang).format(name=e.id + group, rank=rank, of=e.of, score=num(e.score, lang))


def step_sentence(name: str, s: Step, aggregation: Aggregation, lang: str) -> str:
    fields = {
        "name": name, "indicator": s.indicator, "raw": raw_text(s.raw, s.unit, lang),
        "normalized": num(s.normalized, lang), "scale": scale_text(s.scale, s.raw, lang),
        "weight": percent(s.weight, lang), "contribution": num(s.contribution, lang),
    }
    key = "e_step" if aggregation is Aggregation.ARITHMETIC else "e_step_geometric"
    return label(key, lang).format(**fields)


def scale_text(scale: Scale, raw: float | None, lang: str) -> str:
    """How a value was normalised: "target 0–100, makin tinggi makin baik"."""
    method, lower = scale.method, scale.better is Better.LOWER
    decimals = _decimals(scale.low, scale.high)
    low, high = num(scale.low, lang, decimals), num(scale.high, lang, decimals)
    notes = []
    if method is Method.MINMAX:
        text = label("e_minmax", lang).format(low=low, high=high)
        if scale.low == scale.high:
            notes.append(label("e_all_equal", lang).format(value="100"))
    elif method is Method.TARGET:
        text = label("e_target", lang).format(low=low, high=high)
        if raw is not None and scale.low is not None and scale.high is not None and not scale.low <= raw <= scale.high:
            notes.append(label("e_clipped", lang))
    elif method is Method.RATIO_TO_MAX:
        text = label("e_ratio_min" if lower else "e_ratio_max", lang).format(low=low, high=high)
    elif method is Method.RANK:
        text = label("e_rank", lang).format(n=scale.count)
    elif method is Method.ZSCORE:
        text = label("e_zscore", lang).format(mean=num(scale.mean, lang), std=num(scale.std, lang))
        if not scale.std:
            notes.append(label("e_all_equal", lang).format(value="50"))
    else:
        return label("e_none", lang)
    text += ", " + label("c_lower" if lower else "c_higher", lang)
    lo, hi = scale.range
    if method.bounded and (lo, hi) != (0.0, 100.0):
        span = f"{fmt_number(lo, _decimals(lo), lang)}–{fmt_number(hi, _decimals(hi), lang)}"
        text += f", {label('c_range', lang)} {span}"
    return "; ".join([text, *notes])


def comparison_sentences(c: Comparison, lang: str = "id") -> list[str]:
    first, second = c.first, c.second
    if c.reason == "ineligible":
        out = []
        for e in (first, second):
            if not e.eligible:
                out.append(label("e_not_compared", lang).format(name=e.id))
                out += sentences(e, lang)
        return out
    if c.reason == "different_groups":
        return [label("e_groups", lang).format(name=first.id, group=first.group, other=second.id,
                                                other_group=second.group),
                headline(first, lang), headline(second, lang)]
    assert c.gap is not None
    lines = [headline(first, lang), headline(second, lang)]
    if first.aggregation is Aggregation.GEOMETRIC:
        parts = "; ".join(f"{s.indicator} ×{num(s.factor, lang)}" for s in c.shares)
        lines.append(label("e_ratio", lang).format(name=first.id, other=second.id, ratio=num(c.ratio, lang),
                                                   score=num(first.score, lang), other_score=num(second.score, lang)))
        lines.append(label("e_factors", lang).format(parts=parts))
        return lines
    parts = "; ".join(f"{s.indicator} {signed(s.difference, lang)}" for s in c.shares)
    if abs(c.gap) < 1e-9:
        lines.append(label("e_level", lang).format(name=first.id, other=second.id, score=num(first.score, lang),
                                                   parts=parts))
    else:
        key = "e_ahead" if c.gap > 0 else "e_behind"
        lines.append(label(key, lang).format(name=first.id, other=second.id, gap=num(abs(c.gap), lang), parts=parts))
    return lines


# ---- numbers in sentences ----------------------------------------------------------------------

def num(value: float | None, lang: str, decimals: int = 2) -> str:
    return fmt_number(value, decimals, lang).replace("-", MINUS)


def signed(value: float | None, lang: str) -> str:
    if value is None:
        return "–"
    text = num(abs(value), lang)
    if text == num(0.0, lang):
        return f"±{text}"
    return ("+" if value > 0 else MINUS) + text


def percent(weight: float, lang: str) -> str:
    value = weight * 100
    decimals = 0 if abs(value - round(value)) < 1e-9 else 1
    return f"{fmt_number(value, decimals, lang)} %"


def raw_text(value: float | None, unit: str | None, lang: str) -> str:
    text = num(value, lang, 0 if value is not None and float(value).is_integer() else 2)
    return f"{text} {unit}" if unit and value is not None else text


def _decimals(*values: float | None) -> int:
    return 0 if all(v is None or float(v).is_integer() for v in values) else 2
