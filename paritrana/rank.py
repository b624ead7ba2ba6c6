"""Ranking: by score descending within each group; ties broken by the tiebreak indicators.

Scores within ``TOLERANCE`` are tied. Tied candidates are compared on the tiebreak
indicators' normalised values, in order; those still equal share the rank (1, 1, 3) and are
flagged ``tie`` so the jury sees them. Candidates the tiebreak separated are not flagged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .criteria import Criteria
from .names import name_key

if TYPE_CHECKING:
    from .score import Scored

TOLERANCE = 1e-9


@dataclass(frozen=True)
class Placing:
    index: int  # row in Scored
    rank: int
    tie: bool


def rank_scored(scored: Scored, criteria: Criteria) -> list[Placing]:
    """Placings of the eligible candidates, grouped (groups in first-seen order)."""
    import numpy as np

    placings: list[Placing] = []
    groups: dict[str | None, list[int]] = {}
    for i in np.flatnonzero(scored.eligible):
        groups.setdefault(scored.groups[i], []).append(int(i))
    for members in groups.values():
        placings += _rank_group(members, scored, criteria.tiebreak)
    return placings


def _rank_group(members: list[int], scored: Scored, tiebreak: list[str]) -> list[Placing]:
    ordered = sorted(members, key=lambda i: (-scored.score[i], name_key(scored.names[i])))
    placings: list[Placing] = []
    position = 1
    for cluster in _clusters(ordered, lambda i: float(scored.score[i])):
        keyed = sorted(cluster, key=lambda i: tuple(-scored.normalized[t][i] for t in tiebreak))
        for tied in _clusters(keyed, lambda i: tuple(float(scored.normalized[t][i]) for t in tiebreak)):
            tied = sorted(tied, key=lambda i: name_key(scored.names[i]))
            placings += [Placing(i, position, len(tied) > 1) for i in tied]
            position += len(tied)
    return placings


def _clusters(ordered: list[int], value) -> list[list[int]]:  # type: ignore[no-untyped-def]
    """Consecutive runs whose values differ by at most TOLERANCE (element-wise for tuples)."""
    runs: list[list[int]] = []
    for i in ordered:
        if runs and _close(value(runs[-1][-1]), value(i)):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _close(a: float | tuple[float, ...], b: float | tuple[float, ...]) -> bool:
    if isinstance(a, tuple) and isinstance(b, tuple):
        return all(abs(x - y) <= TOLERANCE for x, y in zip(a, b))
    return abs(a - b) <= TOLERANCE  # type: ignore[operator]
