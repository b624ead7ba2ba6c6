"""Drop-one check: the ranking with each indicator removed in turn.

Removing an indicator is done as deleting it from the criteria file would: the other
indicators of its aspect share the aspect's weight (an aspect left empty disappears and the
remaining aspects' shares are renormalised). Normalised values are kept as they are; the
ranking uses the same rules as ``rank`` (tolerance, tiebreak, names). A podium place
"depends on" an indicator when its holder changes without it (a place shared by tied
candidates: when others take the positions they hold).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from paritrana.core.rank import rank_scored
from paritrana.sensitivity.matrix import GroupMatrix, WeightTree, geometric
from paritrana.sensitivity.model import DropOne

if TYPE_CHECKING:
    from paritrana.core.run import RankingRun


def drop_one(result: RankingRun, groups: list[GroupMatrix], tree: WeightTree) -> dict[str | None, list[DropOne]]:
    """For every group, one ``DropOne`` per indicator (none when there is only one)."""
    import numpy as np

    scored = result.scored
    values = np.column_stack([scored.normalized[iid] for iid in tree.indicators])
    log = geometric(result)
    if log:
        with np.errstate(divide="ignore", invalid="ignore"):
            values = np.log(values)
    out: dict[str | None, list[DropOne]] = {gm.group: [] for gm in groups}
    for k, iid in enumerate(tree.indicators):
        weights = tree.without(k)
        if weights is None:
            continue
        keep = weights > 0  # NaN (ineligible) rows stay NaN; 0 × a dropped column adds nothing
        score = values[:, keep] @ weights[keep]
        if log:
            score = np.exp(score)
        placings = rank_scored(replace(scored, score=score), result.criteria)
        for gm in groups:
            ordered = [p for p in placings if scored.groups[p.index] == gm.group]
            out[gm.group].append(_compare(iid, gm, ordered, scored.names))
    return out


def _compare(iid: str, gm: GroupMatrix, ordered: list[Any], names: list[str]) -> DropOne:
    """The podium without ``iid`` against the nominal one. A place held by tied candidates
    (ranks 1, 1, 3) is held by them together: it changes when the positions they hold are
    taken by others, not when they swap among themselves (that order is only the rows')."""
    nominal = gm.names[:3]
    podium = tuple(names[p.index] for p in ordered[:3])
    now = [names[p.index] for p in ordered]
    changed = []
    for place in range(len(nominal)):
        span = [k for k, r in enumerate(gm.ranks) if r == gm.ranks[place]]
        if {gm.names[k] for k in span} != {now[k] for k in span if k < len(now)}:
            changed.append(place + 1)
    ranks = {names[p.index]: p.rank for p in ordered}
    return DropOne(iid, podium, tuple(changed), {name: ranks[name] for name in nominal})
