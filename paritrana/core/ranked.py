"""The ranked candidates as columns, seen as a list of ``CandidateResult``.

A national round ranks 725,000 employers. Building one object per candidate and indicator
(4 million objects) cost more than scoring them, so the ranking keeps plain columns in
placing order and builds a ``CandidateResult`` only when one is looked at. JSON is written
straight from the columns (``json_lines``), byte for byte what the objects would give.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, overload

if TYPE_CHECKING:
    from paritrana.core.result import CandidateResult


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

    def __len__(self) -> int:
        return len(self.ranks)


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
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __repr__(self) -> str:
        return f"RankedList({len(self)} candidates)"

    def _build(self, k: int) -> CandidateResult:
        from paritrana.core.result import CandidateResult, IndicatorResult

        c = self.columns
        indicators = {
            iid: IndicatorResult(c.raw[iid][k], c.normalized[iid][k], c.weights[iid],
                                 None if c.contribution[iid] is None else c.contribution[iid][k])  # type: ignore[index]
            for iid in c.raw
        }
        aspects = {aid: values[k] for aid, values in c.aspects.items()}
        return CandidateResult(c.ranks[k], c.names[k], c.groups[k], c.scores[k], c.ties[k], aspects, indicators)

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
    for j, k in enumerate(range(start, stop)):
        parts = [b'{"rank":', ranks[j], b',"id":', orjson.dumps(c.names[k]), b',"group":', group_bytes[c.groups[k]],
                 b',"score":', scores[j], b',"tie":', ties[j], b',"aspects":{']
        for n, (key, values) in enumerate(aspect_parts):
            parts += [b"," if n else b"", key, values[j]]
        parts.append(b'},"indicators":{')
        for key, raw, normalized, weight, contributions in indicator_parts:
            parts += [key, raw[j], b',"normalized":', normalized[j], weight,
                      b"null" if contributions is None else contributions[j], b"}"]
        parts.append(b"}}")
        yield b"".join(parts)
