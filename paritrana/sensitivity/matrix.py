"""The numbers every analysis starts from: the weight tree as arrays and, per group, the
candidates × indicators matrix in *score space*.

Score space is where the total score is a weighted sum of the columns, so that
``scores = N @ w`` for a global weight vector ``w``:

* arithmetic aggregation: the normalised values themselves (score = Σ wₖ·nₖ);
* geometric aggregation: their natural logarithms. The total is Π aspect^share with
  aspect = Π nₖ^local, so log(total) = Σ share·local·log nₖ = Σ wₖ·log nₖ — a weighted sum
  again, and ordering by log(total) is ordering by the total.

Rows of a group's matrix are in nominal ranking order (rank, then tiebreak, then name), so
row 0 is the nominal leader.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from paritrana.core.criteria import Aggregation, Criteria, Indicator, Normalize
from paritrana.core.methods import ALTERNATIVES, Method, first_negative
from paritrana.core.normalize import normalize
from paritrana.core.rank import rank_scored
from paritrana.errors import Location, SensitivityError
from paritrana.i18n.messages import analyses as m

if TYPE_CHECKING:
    import numpy as np

    from paritrana.core.run import RankingRun

CRITERIA_METHOD = "criteria"
ALTERNATIVE_METHODS = ALTERNATIVES
METHOD_CHOICES = (CRITERIA_METHOD, *ALTERNATIVE_METHODS)


@dataclass(frozen=True)
class WeightTree:
    """Aspect shares and local indicator shares (each level sums to 1) as arrays."""

    indicators: tuple[str, ...]
    aspects: tuple[str, ...]
    aspect_share: np.ndarray  # (A,)
    local: np.ndarray  # (K,) share of each indicator within its aspect
    aspect_index: np.ndarray  # (K,) which aspect each indicator belongs to

    @classmethod
    def from_criteria(cls, criteria: Criteria) -> WeightTree:
        import numpy as np

        aspects = tuple(criteria.tree)
        indicators = tuple(criteria.all_indicators)
        return cls(
            indicators=indicators,
            aspects=aspects,
            aspect_share=np.array([criteria.aspect_shares[a] for a in aspects]),
            local=np.array([criteria.local_weights[i] for i in indicators]),
            aspect_index=np.array([aspects.index(criteria.aspect_of[i]) for i in indicators]),
        )

    @property
    def global_weights(self) -> np.ndarray:
        return self.aspect_share[self.aspect_index] * self.local

    def without(self, k: int) -> np.ndarray | None:
        """Global weights with indicator ``k`` deleted from the criteria: its aspect's other
        indicators share the aspect's weight; an aspect left empty is dropped and the other
        aspects' shares renormalised. None when ``k`` is the only indicator."""
        import numpy as np

        local = self.local.copy()
        local[k] = 0.0
        shares = self.aspect_share.copy()
        same = self.aspect_index == self.aspect_index[k]
        left = local[same].sum()
        if left > 0:
            local[same] /= left
        else:
            shares[self.aspect_index[k]] = 0.0
            if shares.sum() == 0:
                return None
            shares /= shares.sum()
        return np.asarray(shares[self.aspect_index] * local)


@dataclass(frozen=True)
class GroupMatrix:
    """One group's eligible candidates in nominal order and their score-space matrix."""

    group: str | None
    rows: np.ndarray  # indices into Scored, nominal order
    names: list[str]
    ranks: list[int]
    ties: list[bool]
    nominal: np.ndarray  # (m, K): criteria methods, score space

    @property
    def size(self) -> int:
        return len(self.names)


def geometric(result: RankingRun) -> bool:
    return result.criteria.aggregation is Aggregation.GEOMETRIC


def group_matrices(result: RankingRun) -> list[GroupMatrix]:
    """Every group with at least one eligible candidate, in first-seen order."""
    import numpy as np

    scored, criteria = result.scored, result.criteria
    placings = rank_scored(scored, criteria)
    by_group: dict[str | None, list[Any]] = {}
    for p in placings:
        by_group.setdefault(scored.groups[p.index], []).append(p)
    out = []
    for group, members in by_group.items():
        rows = np.array([p.index for p in members], dtype=np.intp)
        values = np.column_stack([scored.normalized[iid][rows] for iid in criteria.all_indicators])
        out.append(GroupMatrix(group, rows, [scored.names[i] for i in rows], [p.rank for p in members],
                               [p.tie for p in members], _score_space(values, result, rows, CRITERIA_METHOD)))
    return out


def method_matrix(result: RankingRun, gm: GroupMatrix, method: str) -> np.ndarray:
    """The group's score-space matrix when every indicator is normalised with ``method``.

    ``criteria`` keeps each indicator's own method. Otherwise the raw values (after the
    ``missing`` policy) are renormalised within the group, keeping ``better`` and, for the
    bounded methods, the indicator's ``range``. Goalposts are kept only when the drawn method
    is ``target``: an indicator with goalposts uses them, one without falls back to the
    observed min and max (minmax); any other drawn method drops the goalposts.
    """
    import numpy as np

    if method == CRITERIA_METHOD:
        return gm.nominal
    scored, criteria = result.scored, result.criteria
    columns = []
    for iid, ind in criteria.all_indicators.items():
        x = scored.raw[iid][gm.rows]
        spec = alternative_spec(ind, Method(method))
        bad = first_negative(spec.method, x)
        if bad is not None:
            raise SensitivityError(
                m.METHOD_NEEDS_NONNEGATIVE(method=spec.method.value, indicator=iid, name=gm.names[bad],
                                           value=float(x[bad])),
                Location(file=result.input.path), hint=m.LEAVE_METHOD_OUT(method=spec.method.value))
        values, _ = normalize(x, spec, ind.better)
        columns.append(values)
    return _score_space(np.column_stack(columns), result, gm.rows, method)


def alternative_spec(ind: Indicator, method: Method) -> Normalize:
    own = ind.normalize
    keep_range = own.range if own.method.bounded else None
    if method is Method.TARGET:
        if own.method is Method.TARGET:
            return own
        return Normalize(method=Method.MINMAX, range=keep_range)
    if method is Method.ZSCORE:
        return Normalize(method=Method.ZSCORE)
    return Normalize(method=method, range=keep_range)


def _score_space(values: np.ndarray, result: RankingRun, rows: np.ndarray, method: str) -> np.ndarray:
    import numpy as np

    if not geometric(result):
        return values
    bad = np.argwhere(values <= 0)
    if len(bad):
        i, k = bad[0]
        iid = list(result.criteria.all_indicators)[k]
        name = result.scored.names[rows[i]]
        raise SensitivityError(
            m.GEOMETRIC_NEEDS_POSITIVE(name=name, value=float(values[i, k]), indicator=iid, method=method),
            Location(file=result.criteria_source.path), hint=m.LEAVE_METHOD_OUT_OR_RANGE(method=method, indicator=iid))
    return np.log(values)

