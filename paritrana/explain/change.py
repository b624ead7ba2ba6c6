"""Why a candidate's score changed since the previous result: its own data, the other
candidates' data, and the criteria — each in points, adding up to the change.

The change ``score now − score before`` is split by scoring again with one thing changed at a
time, in this fixed order (each step keeps what the steps before it changed):

1. **own data** — last year's candidates under last year's criteria, with this candidate's
   raw values replaced by this year's (computed under last year's criteria):
   ``own = S1 − S_before``;
2. **the other candidates** — this year's candidates (all of them, as this year's data give
   them), still under last year's criteria: ``others = S2 − S1``. This is the normalisation
   moving: a new maximum, a candidate that joined or left, a group that changed;
3. **the criteria** — this year's criteria: ``criteria = S_now − S2`` (0 when they are the
   same).

So ``own + others + criteria = S_now − S_before`` (to the last bit of a float: the three are
differences of the same four scores). Last year's scores are scored again from the raw values
the previous JSON records (``core.rescore``); a result that does not give its own scores back
that way (edited, or scored by other arithmetic) is refused. Raw values "under last year's
criteria" come from ranking this year's data with them (``paritrana.api.explain_change``).

A candidate not ranked in the previous result is new: there is no change to split. Neither is
there when this year's data fail last year's eligibility rules (step 1 has no score then).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from paritrana.core.criteria import Criteria
from paritrana.core.names import name_key
from paritrana.core.previous import PreviousEntry, PreviousResult
from paritrana.core.rescore import rescore
from paritrana.errors import DataError, Location, UsageError
from paritrana.explain.model import explain
from paritrana.explain.rounding import rounded_parts as rounded_parts  # re-exported (tests, callers)
from paritrana.i18n.messages import rounds as m

if TYPE_CHECKING:
    from paritrana.core.ranked import CandidateResult
    from paritrana.core.run import RankingRun

PARTS = ("own_data", "other_candidates", "criteria")  # the order of the split, and of the JSON keys
REPRODUCE_TOLERANCE = 1e-6  # points: last year's scores scored again must give themselves back


@dataclass(frozen=True)
class Change:
    """A candidate's change since the previous result.

    ``status``: ``"split"`` (``parts`` add up to ``score − previous_score``), ``"new"`` (not
    ranked before), ``"ineligible"`` (not ranked now) or ``"not_eligible_before"`` (this
    year's data fail last year's rules, so the change cannot be split)."""

    id: str
    group: str | None
    status: str
    year: int | None
    previous_year: int | None
    source: str  # the previous result's path
    rank: int | None = None
    previous_rank: int | None = None
    previous_group: str | None = None
    score: float | None = None
    previous_score: float | None = None
    parts: dict[str, float] = field(default_factory=dict)
    criteria_changed: bool = False

    @property
    def movement(self) -> int | None:
        """Places moved up (negative: down); None when not ranked in the same group both times."""
        if self.rank is None or self.previous_rank is None or name_key(self.group or "") != \
                name_key(self.previous_group or ""):
            return None
        return self.previous_rank - self.rank

    @property
    def total(self) -> float | None:
        if self.score is None or self.previous_score is None:
            return None
        return self.score - self.previous_score

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "group": self.group, "status": self.status, "year": self.year,
            "previous_year": self.previous_year, "previous": self.source, "rank": self.rank,
            "previous_rank": self.previous_rank,
            "previous_group": self.previous_group, "movement": self.movement, "score": self.score,
            "previous_score": self.previous_score, "change": self.total,
            "parts": {key: self.parts[key] for key in PARTS} if self.parts else None,
            "order": list(PARTS), "criteria_changed": self.criteria_changed,
        }


def split_change(now: RankingRun, under_previous: RankingRun, previous: PreviousResult, previous_criteria: Criteria,
                 name: str) -> Change:
    """The change of ``name``'s score since ``previous``. ``now`` is this year's ranking;
    ``under_previous`` ranks this year's data under ``previous_criteria`` (``now`` itself when
    the criteria did not change)."""
    if now.stages is not None or previous_criteria.stages is not None:
        raise UsageError(m.CHANGE_NO_STAGES())
    found = explain(now, name)
    base: dict[str, Any] = {"id": found.id, "group": found.group, "year": now.year, "previous_year": previous.year,
            "source": previous.path}
    entry = previous.named(found.id)
    before: dict[str, Any] = {} if entry is None else {"previous_rank": entry.rank, "previous_group": entry.group,
                                       "previous_score": entry.score}
    changed = under_previous is not now
    if not found.eligible:
        return Change(**base, status="ineligible", **before, criteria_changed=changed)
    assert found.score is not None
    current: dict[str, Any] = {"rank": found.rank, "score": found.score}
    if entry is None:
        return Change(**base, status="new", **current, criteria_changed=changed)
    mine = _ranked(under_previous, found.id)
    if mine is None:
        return Change(**base, status="not_eligible_before", **current, **before, criteria_changed=changed)
    s1 = _own_data_score(previous, previous_criteria, entry, mine)
    s2 = mine.score
    parts = {"own_data": s1 - entry.score, "other_candidates": s2 - s1, "criteria": found.score - s2}
    return Change(**base, status="split", **current, **before, parts=parts, criteria_changed=changed)


def _ranked(run: RankingRun, name: str) -> CandidateResult | None:
    key = name_key(name)
    return next((r for r in run.results if name_key(r.id) == key), None)


def _own_data_score(previous: PreviousResult, criteria: Criteria, entry: PreviousEntry,
                    mine: CandidateResult) -> float:
    """S1: ``entry``'s group of the previous result scored again under ``criteria`` with this
    candidate's raw values replaced by ``mine`` (this year's, under the same criteria). The
    group as it was is scored first and must give its own scores back."""
    import numpy as np

    members = previous.in_group(entry.group)
    ids = list(criteria.all_indicators)
    where = Location(file=previous.path)
    raw = {}
    for iid in ids:
        values = [e.raw.get(iid) for e in members]
        if any(v is None for v in values):
            raise DataError(m.CHANGE_NO_RAW(iid=iid), where, hint=m.PREVIOUS_RANK_AGAIN())
        raw[iid] = np.array(values, dtype=float)
    groups = [entry.group] * len(members)
    again = rescore(raw, groups, criteria)
    worst = max((abs(a - e.score) for a, e in zip(again.tolist(), members, strict=True)), default=0.0)
    if not worst <= REPRODUCE_TOLERANCE:
        raise DataError(m.CHANGE_NOT_REPRODUCED(), where, hint=m.PREVIOUS_RANK_AGAIN())
    k = next(i for i, e in enumerate(members) if e is entry)
    for iid in ids:
        value = mine.indicators[iid].raw
        raw[iid][k] = math.nan if value is None else value
    return float(rescore(raw, groups, criteria)[k])
