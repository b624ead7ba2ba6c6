"""A ranking together with what produced it: the analyses' view of a run.

``RankingResult`` is what SPEC's JSON holds. Reports, ``explain`` and ``sensitivity`` also need
the rows that were read, the scores behind the ranks and the scales behind every normalised
value; ``RankingRun`` carries them beside the result and is what those analyses take.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from paritrana.core.criteria import LoadedCriteria
from paritrana.core.dataset import Period
from paritrana.core.normalize import Scale
from paritrana.core.result import RankingResult
from paritrana.core.score import Scored


@dataclass(frozen=True, kw_only=True)
class RankingRun(RankingResult):
    """A ``RankingResult`` with the loaded criteria, the period read and the desk scores."""

    loaded: LoadedCriteria = field(repr=False, compare=False)
    period: Period = field(repr=False, compare=False)
    scored: Scored = field(repr=False, compare=False)

    @classmethod
    def of(cls, result: RankingResult, loaded: LoadedCriteria, period: Period, scored: Scored) -> RankingRun:
        return cls(**{f.name: getattr(result, f.name) for f in fields(RankingResult)}, loaded=loaded, period=period,
                   scored=scored)

    @property
    def result(self) -> RankingResult:
        """The public result alone (what ``paritrana.run`` returns)."""
        return RankingResult(**{f.name: getattr(self, f.name) for f in fields(RankingResult)})

    @property
    def scales(self) -> dict[tuple[str | None, str], Scale]:
        """How each indicator was normalised in each group: ``scales[(group, indicator)]``."""
        return self.scored.scales
