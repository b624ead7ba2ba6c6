"""Drop-one check: the ranking with each indicator removed in turn.

Removing an indicator is done as deleting it from the criteria file would: the other
indicators of its aspect share the aspect's weight (an aspect left empty disappears and the
remaining aspects' shares are renormalised). Normalised values are kept as they are; the
ranking uses the same rules as ``rank`` (tolerance, tiebreak, names). A podium place
"depends on" an indicator when its holder changes without it.
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
    nominal = gm.names[:3]
    podium = tuple(names[p.index] for p in ordered[:3])
    changed = tuple(place + 1 for place, name in enumerate(nominal) if place >= len(podium) or podium[place] != name)
    ranks = {names[p.index]: p.rank for p in ordered}
    return DropOne(iid, podium, changed, {name: ranks[name] for name in nominal})
