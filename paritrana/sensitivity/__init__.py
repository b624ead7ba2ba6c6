"""Is the podium robust? Sensitivity of a ranking to its weights and normalisation.

Library use::

    import paritrana
    report = paritrana.sensitivity("2025.xlsx", runs=10_000, jitter=0.25, seed=1)
    print(report.to_json())

Three analyses per group of eligible candidates (ineligible candidates take no part):

* ``montecarlo`` — re-score under random weights (and methods): rank intervals, the chance
  of first place and of the top three, the chance of the same ordered podium;
* ``stability`` — for each indicator, the exact interval of its weight that keeps the
  leader and the ordered podium;
* ``dropone`` — the podium with each indicator removed.

These three are the desk stage's. For staged criteria whose final stage was scored,
``final`` analyses what was decided: the finalists under drawn desk weights and final shares,
the panel-share ranges of the final podium, and the podium without each juror; without the
jury's scores the result says it covers the desk stage only (``stages``).
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from typing import TYPE_CHECKING

from paritrana.errors import Location, SensitivityError
from paritrana.i18n.messages import analyses as m
from paritrana.sensitivity.dropone import drop_one
from paritrana.sensitivity.final import final_stage
from paritrana.sensitivity.matrix import METHOD_CHOICES, WeightTree, group_matrices
from paritrana.sensitivity.model import (
    CandidateSensitivity,
    DropOne,
    GroupSensitivity,
    Overtake,
    SensitivityResult,
    Settings,
    StabilityInterval,
)
from paritrana.sensitivity.montecarlo import Progress, simulate
from paritrana.sensitivity.stability import stability

__all__ = [
    "analyse", "SensitivityResult", "GroupSensitivity", "CandidateSensitivity",
    "StabilityInterval", "Overtake", "DropOne", "SensitivityError", "DEFAULT_RUNS", "DEFAULT_JITTER",
]

DEFAULT_RUNS = 10_000
DEFAULT_JITTER = 0.25
MAX_RUNS = 1_000_000
# The rank histogram of a group is candidates × candidates counts: 5,000 candidates take
# 200 MB; a national pool of 725,000 employers would need terabytes. Larger pools are
# analysed per group (group_by) or on a shortlist.
MAX_GROUP_CANDIDATES = 5_000

if TYPE_CHECKING:
    from paritrana.core.run import RankingRun


def check_pool(result: RankingRun) -> None:
    """Refuse a group too large for the rank histogram, before any memory is taken."""
    for group in result.groups:
        size = result.group_size(group)
        if size > MAX_GROUP_CANDIDATES:
            message = (m.POOL_TOO_LARGE(size=size, most=MAX_GROUP_CANDIDATES) if group is None
                       else m.POOL_TOO_LARGE_GROUP(size=size, group=group, most=MAX_GROUP_CANDIDATES))
            raise SensitivityError(message, Location(file=result.input.path), hint=m.SMALLER_POOL())


def analyse(result: RankingRun, *, runs: int = DEFAULT_RUNS, jitter: float = DEFAULT_JITTER,
            methods: Sequence[str] | None = None, seed: int | None = None,
            progress: Progress | None = None) -> SensitivityResult:
    """Sensitivity of ``result`` (from ``paritrana.run``). ``seed`` None draws one (reported
    in the result, so a run can be repeated)."""

    methods = check_options(runs, jitter, methods)
    check_pool(result)
    seed = secrets.randbits(32) if seed is None else seed
    tree = WeightTree.from_criteria(result.criteria)
    groups = group_matrices(result)
    simulated = simulate(result, runs=runs, jitter=jitter, methods=methods, seed=seed, progress=progress,
                         groups=groups)
    dropped = drop_one(result, groups, tree)
    stages = None if result.stages is None else ("final" if result.stages.scored else "desk")
    out = [
        GroupSensitivity(mc.group, mc.candidates, mc.p_podium_unchanged, stability(gm, tree), dropped[gm.group])
        for mc, gm in zip(simulated, groups, strict=True)
    ]
    return SensitivityResult(
        title=result.criteria.title,
        year=result.year,
        baseline_year=result.baseline_year,
        input=result.input,
        criteria_source=result.criteria_source,
        settings=Settings(runs, jitter, tuple(methods) if methods else None, seed,
                          result.criteria.aggregation.value),
        indicators={iid: float(w) for iid, w in zip(tree.indicators, tree.global_weights, strict=True)},
        groups=out,
        ineligible=[i.id for i in result.ineligible],
        warnings=list(result.warnings),
        language=result.criteria.language.value,
        stages=stages,
        final=final_stage(result, groups, runs=runs, jitter=jitter, seed=seed),
    )


def check_options(runs: int, jitter: float, methods: Sequence[str] | None) -> list[str] | None:
    """Validate the analysis settings; returns the methods without duplicates."""

    if not 1 <= runs <= MAX_RUNS:
        raise SensitivityError(m.RUNS_OUT_OF_RANGE(most=MAX_RUNS, runs=runs))
    if not 0 <= jitter < 1:
        raise SensitivityError(m.JITTER_OUT_OF_RANGE(jitter=jitter), hint=m.JITTER_EXAMPLE(example=0.25, pct=25))
    if methods is None:
        return None
    unique = list(dict.fromkeys(methods))
    unknown = [name for name in unique if name not in METHOD_CHOICES]
    if unknown or not unique:
        message = m.UNKNOWN_METHODS(names=unknown) if unknown else m.NO_METHODS()
        raise SensitivityError(message, hint=m.CHOOSE_METHODS(choices=list(METHOD_CHOICES)))
    return unique
