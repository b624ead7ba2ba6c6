"""Ranking: by score descending within each group; ties broken by the tiebreak indicators.

Scores within ``TOLERANCE`` are tied. Tied candidates are compared on the tiebreak
indicators' normalised values, in order; those still equal share the rank (1, 1, 3) and are
flagged ``tie`` so the jury sees them. Candidates the tiebreak separated are not flagged.
Within a shared rank, candidates are listed by name.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from paritrana.core.criteria import Criteria
from paritrana.core.names import name_key

if TYPE_CHECKING:
    import numpy as np

    from paritrana.core.score import Scored

TOLERANCE = 1e-9


class Placing(NamedTuple):
    index: int  # type: ignore[assignment]  # row in Scored (shadows tuple.index, on purpose)
    rank: int
    tie: bool


def rank_scored(scored: Scored, criteria: Criteria) -> list[Placing]:
    """Placings of the eligible candidates, grouped (groups in first-seen order)."""
    import numpy as np

    keys = scored.keys if scored.keys is not None else [name_key(n) for n in scored.names]
    placings: list[Placing] = []
    groups: dict[str | None, list[int]] = {}
    for i in np.flatnonzero(scored.eligible).tolist():
        groups.setdefault(scored.groups[i], []).append(i)
    for members in groups.values():
        placings += _rank_group(np.asarray(members), scored, criteria.tiebreak, keys)
    return placings


def _rank_group(members: np.ndarray, scored: Scored, tiebreak: list[str], keys: list[str]) -> list[Placing]:
    import numpy as np

    name_order = np.argsort(np.array([keys[i] for i in members], dtype=str), kind="stable")
    members = members[name_order]
    ordered = members[np.argsort(-scored.score[members], kind="stable")]
    scores = scored.score[ordered]
    starts = np.concatenate(([0], np.flatnonzero(np.diff(scores) < -TOLERANCE) + 1, [len(ordered)]))
    placings: list[Placing] = []
    for a, b in pairwise(starts.tolist()):
        if b - a == 1:
            placings.append(Placing(int(ordered[a]), a + 1, False))
            continue
        placings += _break_tie(ordered[a:b].tolist(), a + 1, scored, tiebreak, keys)
    return placings


def _break_tie(cluster: list[int], position: int, scored: Scored, tiebreak: list[str],
               keys: list[str]) -> list[Placing]:
    """Order a run of tied scores by the tiebreak values; equal ones share a rank."""
    def values(i: int) -> tuple[float, ...]:
        return tuple(float(scored.normalized[t][i]) for t in tiebreak)

    keyed = sorted(cluster, key=lambda i: (tuple(-v for v in values(i)), keys[i]))
    placings: list[Placing] = []
    run: list[int] = []
    ends: list[int | None] = [*keyed, None]
    for i in ends:
        if run and (i is None or not _close(values(run[-1]), values(i))):
            placings += [Placing(j, position, len(run) > 1) for j in run]
            position += len(run)
            run = []
        if i is not None:
            run.append(i)
    return placings


def _close(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return all(abs(x - y) <= TOLERANCE for x, y in zip(a, b, strict=True))
