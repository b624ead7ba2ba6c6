"""The result of a ranking run: what every renderer and report reads.

``RankingResult.to_dict()`` is the machine-readable contract (SPEC "Machine-readable
result"): keys in English, full-precision numbers, byte-identical for the same inputs.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any, Protocol

from paritrana.core.bulk import bulk_allocation
from paritrana.core.criteria import Criteria, LoadedCriteria
from paritrana.core.issues import json_texts, short_texts
from paritrana.core.names import closest, name_key
from paritrana.core.panel_spec import StagesSpec
from paritrana.core.previous import PreviousResult
from paritrana.core.rank import Placings
from paritrana.core.ranked import (
    SEPARATOR,
    ArrayColumn,
    CandidateResult,
    Encoded,
    IndicatorResult,
    PanelEntry,
    RankedColumns,
    RankedList,
    json_chunks,
)
from paritrana.errors import Issue, UsageError
from paritrana.i18n.lang import Lang, output_lang
from paritrana.i18n.messages import core as m

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from paritrana.core.dataset import Period
    from paritrana.core.rank import Placing
    from paritrana.core.score import Scored

__all__ = ["CandidateResult", "IndicatorResult", "IneligibleResult", "PanelEntry", "PanelRecord", "RankingResult",
           "Source", "StagesInfo", "build_result"]


@dataclass(frozen=True)
class IneligibleResult:
    id: str
    group: str | None
    reasons: list[str]
    source: str | None = None  # the input file, when several were ranked together (JSON "source")


@dataclass(frozen=True)
class Source:
    path: str
    sha256: str


@dataclass(frozen=True)
class StagesInfo:
    """The stages as applied: the shortlist rule, the final weights (shares summing to 1),
    and whether the final stage was scored (False: desk ranking only, no panel given)."""

    spec: StagesSpec
    scored: bool

    @property
    def desk_share(self) -> float:
        return self.spec.final.desk_share

    @property
    def panel_share(self) -> float:
        return self.spec.final.panel_share

    def to_dict(self) -> dict[str, Any]:
        return {
            "shortlist": self.spec.shortlist.describe(),
            "final": {"desk": self.desk_share, "panel": self.panel_share},
            "scored": self.scored,
        }


class PanelRecord(Protocol):
    """The jury's part of a staged result (``paritrana.panel.outcome.PanelOutcome``): where
    the scores came from, and the JSON "panel" object."""

    @property
    def source(self) -> Source: ...

    def to_dict(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class RankingResult:
    """A ranking as SPEC's JSON holds it, with typed accessors.

    ``results`` are the ranked candidates in placing order (built on access from columns);
    ``criteria`` is the criteria model the scores were computed under (labels, weights);
    ``stages`` and ``panel`` are set for criteria with a final stage. What the analyses need
    beyond this (the rows read, the scales) is in ``paritrana.core.run.RankingRun``."""

    title: str
    year: int | None
    baseline_year: int | None
    input: Source
    criteria_source: Source
    results: RankedList
    ineligible: list[IneligibleResult]
    warnings: list[Issue]
    criteria: Criteria = field(repr=False, compare=False)
    baseline: Source | None = None
    stages: StagesInfo | None = field(default=None, compare=False)
    panel: PanelRecord | None = field(default=None, repr=False, compare=False)
    criteria_text: str = field(default="", repr=False, compare=False)  # the criteria as written: JSON criteria.text
    previous: PreviousResult | None = field(default=None, repr=False, compare=False)  # rank --previous
    # More top-level JSON keys, JSON-ready, written after the others in this order ("bands",
    # "inputs", "shortlist", "history": see paritrana.rounds); absent unless set.
    sections: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def groups(self) -> list[str | None]:
        return list(dict.fromkeys(self.results.group_values))

    @property
    def has_ties(self) -> bool:
        return self.results.has_ties

    def in_group(self, group: str | None, top: int | None = None) -> list[CandidateResult]:
        """The ranked candidates of one group (only ranks ≤ ``top`` when given)."""
        import numpy as np

        c = self.results.columns
        groups = c.groups
        every = group is None and groups.count(None) == len(groups)  # no grouping: a national file's 725,000
        wanted = np.ones(len(groups), dtype=bool) if every else np.fromiter(
            (g == group for g in groups), dtype=bool, count=len(groups))
        if top is not None:
            wanted &= np.asarray(c.ranks) <= top
        return [self.results[k] for k in np.flatnonzero(wanted).tolist()]

    def group_size(self, group: str | None) -> int:
        return list(self.results.columns.groups).count(group)

    def find(self, name: str) -> CandidateResult | None:
        key = name_key(name)
        return next((r for r in self.results if name_key(r.id) == key), None)

    def group_named(self, group: str | None) -> str | None:
        """The spelling of ``group`` used in the data (matched like names), or a ``UsageError``."""
        if group is None:
            return None
        known = [g for g in self.groups if g is not None]
        if not self.criteria.group_by:
            raise UsageError(m.GROUP_NEEDS_GROUP_BY())
        for g in known:
            if name_key(g) == name_key(group):
                return g
        near = closest(group, known)
        hint = m.GROUP_DID_YOU_MEAN(names=near) if near else m.GROUPS_KNOWN(groups=known)
        raise UsageError(m.NO_SUCH_GROUP(group=group), hint=hint)

    def to_frame(self) -> pd.DataFrame:
        """One row per ranked candidate: rank, id, group, score, tie, each aspect's score and
        each indicator's raw, normalised value and contribution (columns ``<id>_raw`` …), for
        notebooks. Ineligible candidates are not in it (see ``ineligible``)."""
        import pandas as pd

        c = self.results.columns
        data: dict[str, Any] = {"rank": _values(c.ranks), "id": c.names, "group": c.groups,
                                "score": _values(c.scores), "tie": _values(c.ties)}
        data.update({f"aspect_{aid}": _values(values) for aid, values in c.aspects.items()})
        rows = list(self.results) if c.stages is not None else None
        for iid in c.raw:
            if rows is None:
                data[f"{iid}_raw"], data[f"{iid}_normalized"] = _values(c.raw[iid]), _values(c.normalized[iid])
                contributions = c.contribution[iid]
                data[f"{iid}_contribution"] = [None] * len(c) if contributions is None else _values(contributions)
            else:
                data[f"{iid}_raw"] = [r.indicators[iid].raw for r in rows]
                data[f"{iid}_normalized"] = [r.indicators[iid].normalized for r in rows]
                data[f"{iid}_contribution"] = [r.indicators[iid].contribution for r in rows]
        if rows is not None:
            data.update(stage=[r.stage for r in rows], desk_score=[r.desk_score for r in rows],
                        desk_rank=[r.desk_rank for r in rows], panel_score=[r.panel_score for r in rows])
        return pd.DataFrame(data)

    def language(self, lang: str | None = None) -> Lang:
        """The output language: ``lang``, else ``PARITRANA_LANG``, else the criteria's."""
        return output_lang(lang, self.criteria.language)

    def warning_texts(self, lang: str | None = None) -> list[str]:
        """The warnings as JSON lists them, ``2025!A17: …``, in the output language."""
        return list(short_texts(self.warnings, self.language(lang), self.input.path))

    def to_dict(self, *, results: bool = True, lang: str | None = None, warnings: bool = True) -> dict[str, Any]:
        """SPEC's JSON as plain data, its texts in the output language; ``results=False``
        (``warnings=False``) leaves the results (warnings) list as None for ``write_json`` to
        stream."""
        out: dict[str, Any] = {
            "title": self.title,
            "year": self.year,
            "baseline_year": self.baseline_year,
            "input": {"path": self.input.path, "sha256": self.input.sha256},
            "criteria": {"path": self.criteria_source.path, "sha256": self.criteria_source.sha256},
        }
        if self.criteria_text:  # what a later round needs to re-score under these criteria
            out["criteria"]["text"] = self.criteria_text
        if self.baseline is not None:
            out["baseline"] = {"path": self.baseline.path, "sha256": self.baseline.sha256}
        out["results"] = [_candidate_dict(r) for r in self.results] if results else None
        out["ineligible"] = [{"id": i.id, "group": i.group, "reasons": list(i.reasons),
                              **({} if i.source is None else {"source": i.source})} for i in self.ineligible]
        out["warnings"] = self.warning_texts(lang) if warnings else None
        if self.stages is not None:
            out["stages"] = self.stages.to_dict()
            out["panel"] = self.panel.to_dict() if self.panel is not None else None
        if self.previous is not None:
            out["previous"] = self.previous.source_dict()
        out.update(self.sections)
        return out

    def to_json(self, lang: str | None = None) -> str:
        """SPEC's JSON as text (see ``write_json``)."""
        buffer = io.BytesIO()
        self.write_json(buffer, lang)
        return buffer.getvalue().decode("utf-8")

    def write_json(self, stream: IO[bytes], lang: str | None = None, extra: dict[str, Any] | None = None) -> None:
        """Write SPEC's JSON: each top-level key on its own line and each list item (a
        candidate) on one compact line, so diffs show one line per candidate. Written piece
        by piece with orjson: 725,000 candidates take seconds, not minutes, and are never
        held in memory as one string. The same inputs give the same bytes. ``extra``: more
        top-level keys after SPEC's (a report's ``"audit"`` record)."""
        with bulk_allocation():
            head = {**self.to_dict(results=False, lang=lang, warnings=False), **(extra or {})}
            if self.results.columns.stages is None:
                lines: Any = json_chunks(self.results.columns)
            else:
                lines = (_candidate_json(r) for r in self.results)
            texts = json_texts(self.warnings, self.language(lang), self.input.path, SEPARATOR)
            write_json_lines(stream, head, {"results": lines, "warnings": map(Encoded, texts)})


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
                if type(item) is Encoded:  # a run of items encoded and joined already
                    if len(item):
                        stream.write(b"[\n    " if first else b",\n    ")
                        for part in item.parts:
                            stream.write(part)
                        first = False
                    continue
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
            "aspects": r.aspects, "indicators": r.indicators, **r.extra}


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
    out.update(r.extra)
    return out


def _values(column: Any) -> Any:
    """A column for pandas: the array of an ``ArrayColumn``, NaN for None (else as it is)."""
    return column.array if isinstance(column, ArrayColumn) else column


def _column(values: Any, order: np.ndarray) -> ArrayColumn:
    """``values`` in placing order, read through ``order`` (no copy of the column)."""
    import numpy as np

    return ArrayColumn(np.asarray(values), order)


def build_result(period: Period, scored: Scored, loaded: LoadedCriteria, warnings: list[Issue],
                 placings: Sequence[Placing], baseline_source: Source | None = None) -> RankingResult:
    import numpy as np

    criteria = loaded.criteria
    ids = list(criteria.all_indicators)
    if isinstance(placings, Placings):  # already arrays
        order = np.asarray(placings.order, dtype=np.intp)
        ranks, ties = np.asarray(placings.ranks, dtype=np.int64), np.asarray(placings.ties, dtype=np.bool_)
    else:
        order = np.array([p.index for p in placings], dtype=np.intp)
        ranks = np.array([p.rank for p in placings], dtype=np.int64)
        ties = np.array([p.tie for p in placings], dtype=np.bool_)
    aspect_ids = [] if criteria.flat else list(criteria.tree)
    rows = order.tolist()
    names, groups = scored.names, scored.groups
    contribution: dict[str, Any] = {}
    for iid in ids:
        part = scored.contribution[iid]
        contribution[iid] = None if part is None else _column(part, order)
    columns = RankedColumns(
        ranks=ArrayColumn(ranks),
        ties=ArrayColumn(ties),
        names=[names[i] for i in rows],
        groups=[groups[i] for i in rows],
        scores=_column(scored.score, order),
        aspects={aid: _column(scored.aspects[aid], order) for aid in aspect_ids},
        raw={iid: _column(scored.raw[iid], order) for iid in ids},
        normalized={iid: _column(scored.normalized[iid], order) for iid in ids},
        contribution=contribution,
        weights=dict(criteria.global_weights),
    )
    results = RankedList(columns)
    ineligible = [
        IneligibleResult(names[i], groups[i], list(scored.reasons[i]))
        for i in np.flatnonzero(~np.asarray(scored.eligible, dtype=bool)).tolist()
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
        criteria_text=loaded.text,
    )
