"""The ranked candidates as columns, seen as a list of ``CandidateResult``.

A national round ranks 725,000 employers. Building one object per candidate and indicator
(4 million objects) cost more than scoring them, so the ranking keeps plain columns in
placing order and builds a ``CandidateResult`` only when one is looked at. JSON is written
straight from the columns (``json_lines``), byte for byte what the objects would give.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, overload


@dataclass(slots=True)
class IndicatorResult:
    """One indicator of one candidate. The field order is the JSON key order: orjson writes
    this dataclass as it stands, which keeps 725,000 candidates fast."""

    raw: float | None
    normalized: float | None
    weight: float
    contribution: float | None


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
    # Keys added by options and criteria (previous_rank, movement, bands, source...), in JSON
    # order after the keys above: see RankedColumns.extra.
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StageColumns:
    """The staged part of a ranking (criteria with ``stages:``), row k = the k-th placing.

    A finalist's indicator weights and contributions are the desk ones × ``desk_share`` (so
    that with the panel's contribution they add up to the final score); the columns keep the
    desk values and the view scales them."""

    desk_share: float
    stage: list[str]  # "final" | "desk"
    desk_score: list[float]
    desk_rank: list[int]
    panel_score: list[float | None]
    shortlisted: list[bool]
    panel: list[PanelEntry | None]


@dataclass(frozen=True)
class RankedColumns:
    """Columns of the ranked candidates, row k = the k-th placing."""

    ranks: list[int]
    ties: list[bool]
    names: list[str]
    groups: list[str | None]
    scores: list[float]
    aspects: dict[str, list[float]]
    raw: dict[str, list[float | None]]
    normalized: dict[str, list[float | None]]
    contribution: dict[str, list[float | None] | None]
    weights: dict[str, float]
    stages: StageColumns | None = None
    # More per-candidate values, JSON-ready (a number, text, None or a small dict): key → one
    # value per row. Set by options and criteria (--previous, bands:, several files...); each
    # becomes a JSON key of every candidate, after "indicators", in this order.
    extra: dict[str, list[Any]] = field(default_factory=dict)

    def with_extra(self, columns: dict[str, list[Any]]) -> RankedColumns:
        """These columns with more per-candidate values (``extra``) added."""
        return replace(self, extra={**self.extra, **columns})

    def __len__(self) -> int:
        return len(self.ranks)

    def reordered(self, order: Sequence[int], *, ranks: list[int], ties: list[bool], scores: list[float],
                  stages: StageColumns | None) -> RankedColumns:
        """These columns with the rows taken in ``order`` and new ranks, ties and scores."""
        def take(values: list[Any]) -> list[Any]:
            return [values[k] for k in order]

        return replace(
            self, ranks=ranks, ties=ties, scores=scores, names=take(self.names), groups=take(self.groups),
            aspects={a: take(v) for a, v in self.aspects.items()}, raw={i: take(v) for i, v in self.raw.items()},
            normalized={i: take(v) for i, v in self.normalized.items()},
            contribution={i: None if v is None else take(v) for i, v in self.contribution.items()}, stages=stages,
            extra={key: take(v) for key, v in self.extra.items()})


class RankedList(Sequence["CandidateResult"]):
    """A read-only list of ``CandidateResult`` built on access from ``RankedColumns``."""

    def __init__(self, columns: RankedColumns):
        self.columns = columns
        self._cache: dict[int, CandidateResult] = {}

    def __len__(self) -> int:
        return len(self.columns)

    @overload
    def __getitem__(self, index: int) -> CandidateResult: ...

    @overload
    def __getitem__(self, index: slice) -> list[CandidateResult]: ...

    def __getitem__(self, index: int | slice) -> CandidateResult | list[CandidateResult]:
        if isinstance(index, slice):
            return [self[k] for k in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("result index out of range")
        found = self._cache.get(index)
        if found is None:
            found = self._cache[index] = self._build(index)
        return found

    def __iter__(self) -> Iterator[CandidateResult]:
        return (self[k] for k in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (RankedList, list)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __repr__(self) -> str:
        return f"RankedList({len(self)} candidates)"

    def _build(self, k: int) -> CandidateResult:
        c, s = self.columns, self.columns.stages
        share = s.desk_share if s is not None and s.stage[k] == "final" else 1.0
        indicators = {}
        for iid in c.raw:
            contributions = c.contribution[iid]
            contribution = None if contributions is None else contributions[k]
            if share != 1.0:
                contribution = None if contribution is None else contribution * share
            indicators[iid] = IndicatorResult(c.raw[iid][k], c.normalized[iid][k], c.weights[iid] * share,
                                              contribution)
        aspects = {aid: values[k] for aid, values in c.aspects.items()}
        found = CandidateResult(c.ranks[k], c.names[k], c.groups[k], c.scores[k], c.ties[k], aspects, indicators,
                                extra={key: values[k] for key, values in c.extra.items()})
        if s is not None:
            found.stage, found.desk_score, found.desk_rank = s.stage[k], s.desk_score[k], s.desk_rank[k]
            found.panel_score, found.shortlisted, found.panel = s.panel_score[k], s.shortlisted[k], s.panel[k]
        return found

    @property
    def has_ties(self) -> bool:
        return any(self.columns.ties)

    @property
    def group_values(self) -> list[str | None]:
        return self.columns.groups


CHUNK = 50_000  # candidates encoded at a time: bounds the memory of pre-encoded columns


def json_lines(columns: RankedColumns) -> Iterator[bytes]:
    """One compact JSON object per candidate, assembled from pre-encoded columns.

    Numbers are encoded a column slice at a time (``orjson.dumps(list)`` split on commas —
    numbers and null contain none); names one by one. The pieces are the ones orjson writes
    for the same dict, so the bytes equal ``orjson.dumps(candidate_dict)``.
    """
    for start in range(0, len(columns), CHUNK):
        yield from _chunk_lines(columns, start, min(start + CHUNK, len(columns)))


def _chunk_lines(c: RankedColumns, start: int, stop: int) -> Iterator[bytes]:
    import orjson

    def encoded(values: list[Any]) -> list[bytes]:
        text = orjson.dumps(values[start:stop])[1:-1]
        return text.split(b",") if text else []

    ranks, scores, ties = encoded(c.ranks), encoded(c.scores), encoded(c.ties)
    group_bytes = {g: orjson.dumps(g) for g in set(c.groups[start:stop])}
    aspect_parts = [(orjson.dumps(aid) + b":", encoded(values)) for aid, values in c.aspects.items()]
    indicator_parts = []
    for n, iid in enumerate(c.raw):
        key = (b"" if n == 0 else b",") + orjson.dumps(iid) + b':{"raw":'
        weight = b',"weight":' + orjson.dumps(c.weights[iid]) + b',"contribution":'
        contribution = c.contribution[iid]
        indicator_parts.append((key, encoded(c.raw[iid]), encoded(c.normalized[iid]), weight,
                                None if contribution is None else encoded(contribution)))
    extra_parts = [(b"," + orjson.dumps(key) + b":", [orjson.dumps(v) for v in values[start:stop]])
                   for key, values in c.extra.items()]
    for j, k in enumerate(range(start, stop)):
        parts = [b'{"rank":', ranks[j], b',"id":', orjson.dumps(c.names[k]), b',"group":', group_bytes[c.groups[k]],
                 b',"score":', scores[j], b',"tie":', ties[j], b',"aspects":{']
        for n, (key, values) in enumerate(aspect_parts):
            parts += [b"," if n else b"", key, values[j]]
        parts.append(b'},"indicators":{')
        for key, raw, normalized, weight, contributions in indicator_parts:
            parts += [key, raw[j], b',"normalized":', normalized[j], weight,
                      b"null" if contributions is None else contributions[j], b"}"]
        parts.append(b"}")
        for key, values in extra_parts:
            parts += [key, values[j]]
        parts.append(b"}")
        yield b"".join(parts)
