"""The result of a ranking run: what every renderer and report reads.

``RankingResult.to_dict()`` is the machine-readable contract (SPEC "Machine-readable
result"): keys in English, full-precision numbers, byte-identical for the same inputs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING, Any

from paritrana.core.criteria import Criteria, LoadedCriteria
from paritrana.core.ranked import RankedColumns, RankedList, json_lines

if TYPE_CHECKING:
    from paritrana.core.normalize import Scale
    from paritrana.panel.outcome import PanelOutcome, StagesInfo
    from paritrana.io.period import Period
    from paritrana.core.score import Scored


@dataclass(slots=True)
class IndicatorResult:
    """One indicator of one candidate. The field order is the JSON key order: orjson writes
    this dataclass as it stands, which keeps 725,000 candidates fast."""

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
    results: Sequence[CandidateResult]  # a RankedList (built on access) or a plain list
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
        values = self.results.group_values if isinstance(self.results, RankedList) else [r.group for r in self.results]
        return list(dict.fromkeys(values))

    @property
    def has_ties(self) -> bool:
        if isinstance(self.results, RankedList):
            return self.results.has_ties
        return any(r.tie for r in self.results)

    def in_group(self, group: str | None, top: int | None = None) -> list[CandidateResult]:
        """The ranked candidates of one group (only ranks ≤ ``top`` when given)."""
        if isinstance(self.results, RankedList):
            c = self.results.columns
            return [self.results[k] for k in range(len(c))
                    if c.groups[k] == group and (top is None or c.ranks[k] <= top)]
        return [r for r in self.results if r.group == group and (top is None or r.rank <= top)]

    def group_size(self, group: str | None) -> int:
        if isinstance(self.results, RankedList):
            return self.results.columns.groups.count(group)
        return sum(1 for r in self.results if r.group == group)

    def find(self, name: str) -> CandidateResult | None:
        from paritrana.core.names import name_key

        key = name_key(name)
        return next((r for r in self.results if name_key(r.id) == key), None)

    def to_dict(self, *, results: bool = True) -> dict[str, Any]:
        """SPEC's JSON as plain data; ``results=False`` leaves the results list as None for
        ``write_json`` to stream."""
        out: dict[str, Any] = {
            "title": self.title,
            "year": self.year,
            "baseline_year": self.baseline_year,
            "input": {"path": self.input.path, "sha256": self.input.sha256},
            "criteria": {"path": self.criteria_source.path, "sha256": self.criteria_source.sha256},
        }
        if self.baseline is not None:
            out["baseline"] = {"path": self.baseline.path, "sha256": self.baseline.sha256}
        out["results"] = [_candidate_dict(r) for r in self.results] if results else None
        out["ineligible"] = [{"id": i.id, "group": i.group, "reasons": list(i.reasons)} for i in self.ineligible]
        out["warnings"] = list(self.warnings)
        if self.stages is not None:
            out["stages"] = self.stages.to_dict()
            out["panel"] = self.panel.to_dict() if self.panel is not None else None
        return out

    def to_json(self) -> str:
        """SPEC's JSON as text (see ``write_json``)."""
        import io

        buffer = io.BytesIO()
        self.write_json(buffer)
        return buffer.getvalue().decode("utf-8")

    def write_json(self, stream: IO[bytes]) -> None:
        """Write SPEC's JSON: each top-level key on its own line and each list item (a
        candidate) on one compact line, so diffs show one line per candidate. Written piece
        by piece with orjson: 725,000 candidates take seconds, not minutes, and are never
        held in memory as one string. The same inputs give the same bytes."""
        from paritrana.api import bulk_allocation

        with bulk_allocation():
            head = self.to_dict(results=False)
            if isinstance(self.results, RankedList) and self.stages is None:
                lines: Any = json_lines(self.results.columns)
            else:
                lines = (_candidate_json(r) for r in self.results)
            write_json_lines(stream, head, {"results": lines})


def write_json_lines(stream: IO[bytes], data: dict[str, Any], lists: dict[str, Any] | None = None) -> None:
    """``data`` as JSON with top-level keys on their own lines and each list item on one
    line; ``lists`` supplies (lazily) the items of keys whose value in ``data`` is None."""
    import orjson

    lists = lists or {}
    stream.write(b"{")
    for n, (key, value) in enumerate(data.items()):
        stream.write(b"\n  " if n == 0 else b",\n  ")
        stream.write(orjson.dumps(key) + b": ")
        if key in lists or isinstance(value, list):
            items = lists.get(key, value)
            first = True
            for item in items:
                stream.write(b"[\n    " if first else b",\n    ")
                stream.write(item if isinstance(item, bytes) else orjson.dumps(item))
                first = False
            stream.write(b"[]" if first else b"\n  ]")
        else:
            stream.write(orjson.dumps(value))
    stream.write(b"\n}\n")


def _candidate_json(r: CandidateResult) -> dict[str, Any]:
    """``_candidate_dict`` for orjson: indicators stay dataclasses (serialised natively)."""
    if r.stage is not None:
        return _candidate_dict(r)
    return {"rank": r.rank, "id": r.id, "group": r.group, "score": r.score, "tie": r.tie,
            "aspects": r.aspects, "indicators": r.indicators}


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
    import numpy as np

    finite = np.isfinite(values)
    if finite.all():
        return values.tolist()
    holes = values.astype(object)
    holes[~finite] = None
    return holes.tolist()


def build_result(period: Period, scored: Scored, loaded: LoadedCriteria, warnings: list[str],
                 placings: list, baseline_source: Source | None = None) -> RankingResult:  # type: ignore[type-arg]
    criteria = loaded.criteria
    import numpy as np

    ids = list(criteria.all_indicators)
    order = np.array([p.index for p in placings], dtype=np.intp)
    aspect_ids = [] if criteria.flat else list(criteria.tree)
    columns = RankedColumns(
        ranks=[p.rank for p in placings],
        ties=[p.tie for p in placings],
        names=[scored.names[i] for i in order.tolist()],
        groups=[scored.groups[i] for i in order.tolist()],
        scores=_listed(scored.score[order]),  # type: ignore[arg-type]
        aspects={aid: _listed(scored.aspects[aid][order]) for aid in aspect_ids},  # type: ignore[misc]
        raw={iid: _listed(scored.raw[iid][order]) for iid in ids},
        normalized={iid: _listed(scored.normalized[iid][order]) for iid in ids},
        contribution={iid: None if scored.contribution[iid] is None else _listed(scored.contribution[iid][order])  # type: ignore[index]
                      for iid in ids},
        weights=dict(criteria.global_weights),
    )
    results = RankedList(columns)
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
