"""The result of a ranking run: what every renderer and report reads.

``RankingResult.to_dict()`` is the machine-readable contract (SPEC "Machine-readable
result"): keys in English, full-precision numbers, byte-identical for the same inputs.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from .criteria import Criteria, LoadedCriteria

if TYPE_CHECKING:
    from .normalize import Scale
    from .panel.outcome import PanelOutcome, StagesInfo
    from .period import Period
    from .score import Scored


class IndicatorResult(NamedTuple):
    """One indicator of one candidate (a named tuple: cheap for 725,000 candidates)."""

    raw: float | None
    normalized: float | None
    weight: float
    contribution: float | None


@dataclass(slots=True)
class CandidateResult:
    rank: int
    id: str
    group: str | None
    score: float
    tie: bool
    aspects: dict[str, float]
    indicators: dict[str, IndicatorResult]
    # Set only when the criteria have `stages:` (paritrana.panel.stages): "final" | "desk".
    stage: str | None = None
    desk_score: float | None = None
    desk_rank: int | None = None
    panel_score: float | None = None  # 0–100; None unless shortlisted and scored
    shortlisted: bool | None = None
    panel: PanelEntry | None = None


@dataclass(frozen=True)
class PanelEntry:
    """A finalist's panel part of the final score (JSON per result: "panel").

    ``contribution = weight × score``; with the indicators' contributions (scaled by the desk
    share) it adds up to the final score. ``criteria`` holds the combined score of each
    interview criterion on the panel's declared scale; ``jurors`` how many jurors scored."""

    score: float
    weight: float
    contribution: float
    jurors: int
    criteria: dict[str, float]


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
    stages: StagesInfo | None = field(default=None, compare=False)
    panel: PanelOutcome | None = field(default=None, repr=False, compare=False)

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
        if self.stages is not None:
            out["stages"] = self.stages.to_dict()
            out["panel"] = self.panel.to_dict() if self.panel is not None else None
        return out

    def to_json(self) -> str:
        """SPEC's JSON: top-level keys indented, one list item per line (compact), so large
        results stay fast to write (C encoder) and diffs stay one line per candidate."""
        from .pipeline import bulk_allocation

        with bulk_allocation():
            return dumps_lines(self.to_dict())


def dumps_lines(data: dict[str, Any]) -> str:
    """JSON with the top-level keys on their own lines and each list item on one line."""

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)

    parts = []
    for key, value in data.items():
        if isinstance(value, list) and value:
            items = ",\n    ".join(dump(item) for item in value)
            parts.append(f"  {dump(key)}: [\n    {items}\n  ]")
        else:
            parts.append(f"  {dump(key)}: {dump(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def _candidate_dict(r: CandidateResult) -> dict[str, Any]:
    out = {
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
    if r.stage is not None:
        p = r.panel
        out.update(stage=r.stage, desk_score=r.desk_score, desk_rank=r.desk_rank, panel_score=r.panel_score,
                   shortlisted=r.shortlisted,
                   panel=None if p is None else {"score": p.score, "weight": p.weight, "contribution": p.contribution,
                                                 "jurors": p.jurors, "criteria": dict(p.criteria)})
    return out


def _listed(values: Any) -> list[float | None]:
    """An array as Python floats, NaN/inf as None (JSON null)."""
    return [v if math.isfinite(v) else None for v in values.tolist()]


def build_result(period: Period, scored: Scored, loaded: LoadedCriteria, warnings: list[str],
                 placings: list, baseline_source: Source | None = None) -> RankingResult:  # type: ignore[type-arg]
    criteria = loaded.criteria
    ids = list(criteria.all_indicators)
    weights = criteria.global_weights
    raw = {iid: _listed(scored.raw[iid]) for iid in ids}
    normalized = {iid: _listed(scored.normalized[iid]) for iid in ids}
    contribution = {iid: None if scored.contribution[iid] is None else _listed(scored.contribution[iid])
                    for iid in ids}
    aspect_ids = [] if criteria.flat else list(criteria.tree)
    aspect_values = {aid: scored.aspects[aid].tolist() for aid in aspect_ids}
    scores = scored.score.tolist()
    results = []
    for p in placings:
        i = p.index
        indicators = {
            iid: IndicatorResult(raw[iid][i], normalized[iid][i], weights[iid],
                                 None if contribution[iid] is None else contribution[iid][i])  # type: ignore[index]
            for iid in ids
        }
        aspects = {aid: aspect_values[aid][i] for aid in aspect_ids}
        results.append(CandidateResult(p.rank, scored.names[i], scored.groups[i], scores[i], p.tie, aspects,
                                       indicators))
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
