"""The ranked candidates as columns, seen as a list of ``CandidateResult``.

A national round ranks 725,000 employers. Building one object per candidate and indicator
(4 million objects) cost more than scoring them, so the ranking keeps plain columns in
placing order and builds a ``CandidateResult`` only when one is looked at. The columns of
numbers are ``ArrayColumn``s: numpy arrays read as lists (NaN reads as None), so 725,000
candidates × 20 columns stay 100 MB of arrays instead of 500 MB of Python floats. JSON is
written straight from the columns (``json_lines``), byte for byte what the objects would give.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, overload

from paritrana.core import progress
from paritrana.core.progress import Stage

if TYPE_CHECKING:
    import numpy as np


class ArrayColumn(Sequence[Any]):
    """A numpy array seen as a read-only list: floats with NaN and ±inf as None, ints, or bools.

    ``ArrayColumn(values, order)`` reads ``values[order]`` without making that copy (the
    scores' own arrays, in placing order: 725,000 candidates × 25 columns would be another
    145 MB). ``array`` is the column as one array, for code that works on whole columns (the
    xlsx report); ``part(start, stop)`` a slice of it (JSON); ``numpy.asarray(column)`` gives
    it too."""

    __slots__ = ("_base", "_order", "_kind")

    def __init__(self, array: np.ndarray, order: np.ndarray | None = None):
        self._base, self._order = array, order
        self._kind = array.dtype.kind  # "f", "i" or "b"

    @property
    def array(self) -> np.ndarray:
        return self._base if self._order is None else self._base[self._order]

    def part(self, start: int, stop: int) -> np.ndarray:
        """Rows ``start`` to ``stop`` as an array."""
        return self._base[start:stop] if self._order is None else self._base[self._order[start:stop]]

    def __len__(self) -> int:
        return len(self._base if self._order is None else self._order)

    @overload
    def __getitem__(self, k: int) -> Any: ...

    @overload
    def __getitem__(self, k: slice) -> list[Any]: ...

    def __getitem__(self, k: int | slice) -> Any:
        if isinstance(k, slice):
            if k.step is None or k.step == 1:
                start, stop, _ = k.indices(len(self))
                return _plain_list(self.part(start, max(start, stop)))
            return _plain_list(self.array[k])
        value = (self._base[k] if self._order is None else self._base[self._order[k]]).item()
        if self._kind == "f" and (value != value or value in (_INF, -_INF)):
            return None
        return value

    def __iter__(self) -> Iterator[Any]:
        return iter(_plain_list(self.array))

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        import numpy as np

        return np.asarray(self.array, dtype=dtype)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (ArrayColumn, list, tuple)):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"ArrayColumn({_plain_list(self.part(0, 5))}{'...' if len(self) > 5 else ''})"

    def tolist(self) -> list[Any]:
        return _plain_list(self.array)


_INF = float("inf")


def _plain_list(array: np.ndarray) -> list[Any]:
    """The array as Python values; non-finite floats as None (JSON null)."""
    import numpy as np

    if array.dtype.kind != "f":
        return array.tolist()
    finite = np.isfinite(array)
    if finite.all():
        return array.tolist()
    holes = array.astype(object)
    holes[~finite] = None
    return holes.tolist()


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
    """Columns of the ranked candidates, row k = the k-th placing (lists, or ``ArrayColumn``s
    read as lists)."""

    ranks: Sequence[int]
    ties: Sequence[bool]
    names: list[str]
    groups: list[str | None]
    scores: Sequence[float]
    aspects: dict[str, Sequence[float]]
    raw: dict[str, Sequence[float | None]]
    normalized: dict[str, Sequence[float | None]]
    contribution: dict[str, Sequence[float | None] | None]
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

    def reordered(self, order: Sequence[int], *, ranks: Sequence[int], ties: Sequence[bool], scores: Sequence[float],
                  stages: StageColumns | None) -> RankedColumns:
        """These columns with the rows taken in ``order`` and new ranks, ties and scores."""
        def take(values: Sequence[Any]) -> list[Any]:
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
        ties = self.columns.ties
        return bool(ties.array.any()) if isinstance(ties, ArrayColumn) else any(ties)

    @property
    def group_values(self) -> list[str | None]:
        return self.columns.groups


CHUNK = 10_000  # candidates encoded at a time: bounds the memory of pre-encoded columns


def json_lines(columns: RankedColumns) -> Iterator[bytes]:
    """One compact JSON object per candidate, assembled from pre-encoded columns.

    The floats of ``CHUNK`` candidates are encoded with one ``orjson.dumps`` (see ``_chunk``),
    names with one too (split on ``","``, which inside a JSON string is always escaped), and
    the fixed text between the values is put in with one ``%`` per chunk. They are the pieces
    orjson writes for the same dict, so the bytes equal ``orjson.dumps(candidate_dict)``.
    """
    for chunk in json_chunks(columns):
        yield from bytes(chunk).split(SEPARATOR)


SEPARATOR = b",\n    "  # between the items of a list in SPEC's JSON (``write_json_lines``)


class Encoded:
    """Items of a list already encoded as JSON and joined with ``SEPARATOR``, in ``parts``
    to write one after the other (a chunk is megabytes: joining them would copy it again)."""

    __slots__ = ("parts",)

    def __init__(self, *parts: bytes | memoryview):
        self.parts = parts

    def __bytes__(self) -> bytes:
        return b"".join(self.parts)

    def __len__(self) -> int:
        return sum(len(p) for p in self.parts)


def json_chunks(columns: RankedColumns) -> Iterator[Encoded]:
    """``json_lines``, ``CHUNK`` candidates at a time joined with ``SEPARATOR`` (written with
    one call each)."""
    total = len(columns)
    progress.stage(Stage.WRITING, total)
    for start in range(0, total, CHUNK):
        yield _chunk(columns, start, min(start + CHUNK, total))
        progress.advance(Stage.WRITING, min(start + CHUNK, total), total)


def _encoded(values: Sequence[Any], start: int, stop: int) -> list[bytes]:
    import orjson

    if isinstance(values, ArrayColumn):
        text = orjson.dumps(values.part(start, stop), option=orjson.OPT_SERIALIZE_NUMPY)[1:-1]
    else:
        text = orjson.dumps(list(values[start:stop]))[1:-1]
    return text.split(b",") if text else []


def _texts(values: list[str]) -> list[bytes]:
    """Each text as JSON without its quotes. Split on '","': a quote inside a JSON string is
    escaped, so only a text ending in an escaped quote and a comma could fake the boundary;
    then each is encoded alone."""
    import orjson

    text = orjson.dumps(values)[2:-2]
    if b'\\","' in text:
        return [orjson.dumps(v)[1:-1] for v in values]
    return text.split(b'","') if values else []


def _chunk(c: RankedColumns, start: int, stop: int) -> Encoded:
    """Candidates ``start`` to ``stop`` encoded and joined with ``SEPARATOR``.

    A row has a score, aspect scores and indicator values (floats) with fixed text between
    them, and a few other values (rank, name, group, tie, extra keys). The floats of the
    chunk are encoded with one ``orjson.dumps`` of a (rows × floats) matrix: ``f,f,f,…`` in
    row order. Each comma becomes ``%b`` and the text between two floats (a key, or a key and
    the row's tie, or one row's end and the next row's start) is the argument: one ``%`` of
    the whole chunk writes it, with no object per number. Columns that are not float64
    arrays (lists, built by hand) take the row-by-row way, ``_chunk_by_rows``: same bytes."""
    import numpy as np
    import orjson

    n = stop - start
    slots = _slots(c, start, stop)
    floats = [s for s in slots if isinstance(s, ArrayColumn)]
    if not all(f._kind == "f" and f._base.dtype == np.float64 for f in floats) or not floats:
        return _chunk_by_rows(c, start, stop)
    matrix = np.empty((n, len(floats)))
    for j, column in enumerate(floats):
        matrix[:, j] = column.part(start, stop)
    # the text between float j-1 and float j of a row; segments[0] is before the first float
    # and segments[-1] after the last
    segments: list[list[bytes | list[bytes]]] = [[]]
    for s in slots:
        if isinstance(s, ArrayColumn):
            segments.append([])
        else:
            segments[-1].append(s)
    k = len(floats)
    row: list[bytes] = [b""] * k  # the arguments of one row: the fixed ones set here
    varying: list[tuple[int, list[bytes]]] = []
    for j in range(1, k):
        piece = _pieces(segments[j], n)
        if isinstance(piece, bytes):
            row[j - 1] = piece
        else:
            varying.append((j - 1, piece))
    args = row * n
    for j, pieces in varying:
        args[j::k] = pieces
    if n > 1:  # the end of row r, the separator and the start of row r + 1
        across = [s[:-1] if isinstance(s, list) else s for s in segments[-1]] + [SEPARATOR] + \
            [s[1:] if isinstance(s, list) else s for s in segments[0]]
        piece = _pieces(across, n - 1)
        args[k - 1:n * k - 1:k] = [piece] * (n - 1) if isinstance(piece, bytes) else piece
    del args[-1]  # after the last row: nothing
    first = _pieces([s[:1] if isinstance(s, list) else s for s in segments[0]], 1)
    last = _pieces([s[-1:] if isinstance(s, list) else s for s in segments[-1]], 1)
    numbers = orjson.dumps(matrix.reshape(-1), option=orjson.OPT_SERIALIZE_NUMPY)  # [f,f,…,f]
    text = numbers.replace(b",", b"%b") % tuple(args)
    return Encoded(first if isinstance(first, bytes) else first[0], memoryview(text)[1:-1],
                   last if isinstance(last, bytes) else last[0])


def _slots(c: RankedColumns, start: int, stop: int) -> list[bytes | list[bytes] | ArrayColumn]:
    """A row as its parts in JSON order: fixed text (bytes), values of this chunk already
    encoded (a list of bytes, one a row), or a float column (``ArrayColumn``) still to
    encode. Columns given as lists are encoded here."""
    import orjson

    def encoded(values: Sequence[Any]) -> list[bytes] | ArrayColumn:
        return values if isinstance(values, ArrayColumn) and values._kind == "f" else _encoded(values, start, stop)

    groups = c.groups[start:stop]
    group_bytes = {g: orjson.dumps(g) for g in set(groups)}
    slots: list[bytes | list[bytes] | ArrayColumn] = [
        b'{"rank":', _encoded(c.ranks, start, stop), b',"id":"', _texts(c.names[start:stop]), b'","group":',
        list(map(group_bytes.__getitem__, groups)), b',"score":', encoded(c.scores), b',"tie":',
        _bools(c.ties, start, stop), b',"aspects":{']
    for k, (aid, values) in enumerate(c.aspects.items()):
        slots += [(b"," if k else b"") + orjson.dumps(aid) + b":", encoded(values)]
    slots.append(b'},"indicators":{')
    for k, iid in enumerate(c.raw):
        contribution = c.contribution[iid]
        slots += [(b"," if k else b"") + orjson.dumps(iid) + b':{"raw":', encoded(c.raw[iid]), b',"normalized":',
                  encoded(c.normalized[iid]), b',"weight":' + orjson.dumps(c.weights[iid]) + b',"contribution":']
        slots += [b"null}"] if contribution is None else [encoded(contribution), b"}"]
    slots.append(b"}")
    for key, values in c.extra.items():
        slots += [b"," + orjson.dumps(key) + b":", [orjson.dumps(v) for v in values[start:stop]]]
    slots.append(b"}")
    return slots


def _pieces(segment: list[bytes | list[bytes]], n: int) -> bytes | list[bytes]:
    """The text of a segment of n rows: one text when it is fixed, else one a row (joined
    with one ``%`` for all the rows, split on a NUL byte: JSON text holds none unescaped)."""
    varying = [s for s in segment if isinstance(s, list)]
    if not varying:
        return b"".join(segment)  # type: ignore[arg-type]
    if len(varying) == 1 and n > 100 and len(distinct := set(varying[0])) <= 100:  # the tie: each text made once
        at = next(k for k, s in enumerate(segment) if isinstance(s, list))
        before, after = b"".join(segment[:at]), b"".join(segment[at + 1:])  # type: ignore[arg-type]
        return list(map({v: before + v + after for v in distinct}.__getitem__, varying[0]))
    row = b"".join(b"%b" if isinstance(s, list) else s.replace(b"%", b"%%") for s in segment) + b"\0"
    values: list[bytes] = [b""] * (n * len(varying))
    for j, column in enumerate(varying):
        values[j::len(varying)] = column
    return (row * n % tuple(values)).split(b"\0")[:-1]


_BOOLS = (b"false", b"true")


def _bools(values: Sequence[Any], start: int, stop: int) -> list[bytes]:
    """A column of booleans as JSON, ``true``/``false`` (shared objects, none made a row)."""
    if isinstance(values, ArrayColumn) and values._kind == "b":
        import numpy as np

        return np.array(_BOOLS, dtype=object)[values.part(start, stop).astype(np.intp)].tolist()
    return _encoded(values, start, stop)


def _chunk_by_rows(c: RankedColumns, start: int, stop: int) -> Encoded:
    """``_chunk`` one row at a time: any kind of column (lists, ints for floats)."""
    import orjson

    def constant(piece: bytes) -> bytes:
        return piece.replace(b"%", b"%%")

    columns: list[list[bytes]] = [_encoded(c.ranks, start, stop), _texts(c.names[start:stop])]
    group_bytes = {g: orjson.dumps(g) for g in set(c.groups[start:stop])}
    columns += [[group_bytes[g] for g in c.groups[start:stop]], _encoded(c.scores, start, stop),
                _encoded(c.ties, start, stop)]
    template = [b'{"rank":%b,"id":"%b","group":%b,"score":%b,"tie":%b,"aspects":{']
    for k, (aid, values) in enumerate(c.aspects.items()):
        template.append((b"," if k else b"") + constant(orjson.dumps(aid)) + b":%b")
        columns.append(_encoded(values, start, stop))
    template.append(b'},"indicators":{')
    for k, iid in enumerate(c.raw):
        contribution = c.contribution[iid]
        template.append((b"" if k == 0 else b",") + constant(orjson.dumps(iid)) + b':{"raw":%b,"normalized":%b'
                        + b',"weight":' + orjson.dumps(c.weights[iid]) + b',"contribution":'
                        + (b"null" if contribution is None else b"%b") + b"}")
        columns += [_encoded(c.raw[iid], start, stop), _encoded(c.normalized[iid], start, stop)]
        if contribution is not None:
            columns.append(_encoded(contribution, start, stop))
    template.append(b"}")
    for key, values in c.extra.items():
        template.append(b"," + constant(orjson.dumps(key)) + b":%b")
        columns.append([orjson.dumps(v) for v in values[start:stop]])
    template.append(b"}")
    line = b"".join(template)
    return Encoded(SEPARATOR.join([line % row for row in zip(*columns, strict=True)]))
