"""The result of a ranking run: what every renderer and report reads.

``RankingResult.to_dict()`` is the machine-readable contract (SPEC "Machine-readable
result"): keys in English, full-precision numbers, byte-identical for the same inputs.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .criteria import Criteria, LoadedCriteria

if TYPE_CHECKING:
    from .normalize import Scale
    from .period import Period
    from .score import Scored


@dataclass(frozen=True)
class IndicatorResult:
    raw: float | None
    normalized: float | None
    weight: float
    contribution: float | None


@dataclass(frozen=True)
class CandidateResult:
    rank: int
    id: str
    group: str | None
    score: float
    tie: bool
    aspects: dict[str, float]
    indicators: dict[str, IndicatorResult]


@dataclass(frozen=True)
class IneligibleResult:
    id: str
    group: str | None
    reasons: list[str]


@dataclass(frozen=True)
class Source:
    path: str
    sha256: str


@dataclass(frozen=True)
class RankingResult:
    title: str
    year: int | None
    baseline_year: int | None
    input: Source
    criteria_source: Source
    results: list[CandidateResult]
    ineligible: list[IneligibleResult]
    warnings: list[str]
    criteria: Criteria = field(repr=False, compare=False)
    baseline: Source | None = None
    scales: dict[tuple[str | None, str], Scale] = field(default_factory=dict, repr=False, compare=False)
    criteria_text: str = field(default="", repr=False, compare=False)
    period: Period | None = field(default=None, repr=False, compare=False)
    scored: Scored | None = field(default=None, repr=False, compare=False)

    @property
    def groups(self) -> list[str | None]:
        seen: dict[str | None, None] = {}
        for r in self.results:
            seen.setdefault(r.group, None)
        return list(seen)

    def in_group(self, group: str | None) -> list[CandidateResult]:
        return [r for r in self.results if r.group == group]

    def find(self, name: str) -> CandidateResult | None:
        from .names import name_key

        key = name_key(name)
        return next((r for r in self.results if name_key(r.id) == key), None)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "title": self.title,
            "year": self.year,
            "baseline_year": self.baseline_year,
            "input": {"path": self.input.path, "sha256": self.input.sha256},
            "criteria": {"path": self.criteria_source.path, "sha256": self.criteria_source.sha256},
        }
        if self.baseline is not None:
            out["baseline"] = {"path": self.baseline.path, "sha256": self.baseline.sha256}
        out["results"] = [_candidate_dict(r) for r in self.results]
        out["ineligible"] = [{"id": i.id, "group": i.group, "reasons": list(i.reasons)} for i in self.ineligible]
        out["warnings"] = list(self.warnings)
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _candidate_dict(r: CandidateResult) -> dict[str, Any]:
    return {
        "rank": r.rank,
        "id": r.id,
        "group": r.group,
        "score": r.score,
        "tie": r.tie,
        "aspects": dict(r.aspects),
        "indicators": {
            iid: {"raw": i.raw, "normalized": i.normalized, "weight": i.weight, "contribution": i.contribution}
            for iid, i in r.indicators.items()
        },
    }


def _num(value: float) -> float | None:
    value = float(value)
    return value if math.isfinite(value) else None


def build_result(period: Period, scored: Scored, loaded: LoadedCriteria, warnings: list[str],
                 placings: list, baseline_source: Source | None = None) -> RankingResult:  # type: ignore[type-arg]
    criteria = loaded.criteria
    results = []
    for p in placings:
        i = p.index
        indicators = {
            iid: IndicatorResult(
                raw=_num(scored.raw[iid][i]),
                normalized=_num(scored.normalized[iid][i]),
                weight=criteria.global_weights[iid],
                contribution=None if scored.contribution[iid] is None else _num(scored.contribution[iid][i]),  # type: ignore[index]
            )
            for iid in criteria.all_indicators
        }
        aspects = {} if criteria.flat else {aid: float(scored.aspects[aid][i]) for aid in criteria.tree}
        results.append(CandidateResult(p.rank, scored.names[i], scored.groups[i], float(scored.score[i]),
                                       p.tie, aspects, indicators))
    ineligible = [
        IneligibleResult(scored.names[i], scored.groups[i], list(scored.reasons[i]))
        for i in range(len(scored.names))
        if not scored.eligible[i]
    ]
    return RankingResult(
        title=criteria.title,
        year=period.year,
        baseline_year=period.baseline_year,
        input=Source(period.dataset.path, period.dataset.sha256),
        criteria_source=Source(loaded.path, loaded.sha256),
        results=results,
        ineligible=ineligible,
        warnings=warnings,
        criteria=criteria,
        baseline=baseline_source,
        scales=dict(scored.scales),
        criteria_text=loaded.text,
        period=period,
        scored=scored,
    )
