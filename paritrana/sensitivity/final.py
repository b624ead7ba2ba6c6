"""Sensitivity of what was decided: the final stage of staged criteria (desk score, shortlist,
interview, final score).

The jury scored the finalists only, so the finalists are held as they were chosen; within each
group the analysis asks how firm the final order is under what could reasonably have been set
otherwise:

* ``montecarlo`` — each run draws the desk weights exactly as the desk analysis does (same
  seed, same draws) and multiplies the desk and panel shares of the final score each by its
  own factor in [1 − jitter, 1 + jitter], renormalised; the finalists are ranked on
  final = d × desk score + p × panel score. Also counted: the runs whose desk scores would
  have shortlisted other candidates (the finalists of a run are not re-chosen: no panel scores
  exist for the others).
* ``share`` — the exact range of the panel's share p (the desk's 1 − p) that keeps the final
  leader and the ordered podium: each final score is a line in p,
  fᵢ(p) = (1 − p)·Dᵢ + p·Pᵢ, and two finalists swap where their lines cross.
* ``jurors`` — the podium without each juror's scores (leave one juror out), as the panel
  diagnostics computed it (``paritrana.panel.stages.leave_one_out``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from paritrana.core.names import name_key
from paritrana.sensitivity.matrix import GroupMatrix, WeightTree, geometric
from paritrana.sensitivity.model import (
    CandidateSensitivity,
    FinalGroup,
    FinalStage,
    JurorDrop,
    ShareInterval,
)
from paritrana.sensitivity.montecarlo import descending_order, draw_weights, quantile_ranks

if TYPE_CHECKING:
    import numpy as np

    from paritrana.core.run import RankingRun

CHUNK_RUNS = 1_000  # runs whose desk scores are held at once (runs × group size)
SAME_POINT = 1e-9


def final_stage(result: RankingRun, groups: list[GroupMatrix], *, runs: int, jitter: float,
                seed: int) -> FinalStage | None:
    """The final stage's sensitivity, or None when the final stage was not scored."""
    import numpy as np

    stages, panel = result.stages, result.panel
    if stages is None or not stages.scored or panel is None:
        return None
    tree = WeightTree.from_criteria(result.criteria)
    weights = draw_weights(np.random.default_rng(seed), tree, runs, jitter)  # the desk analysis's draws
    factors = np.random.default_rng([seed, 1]).uniform(1 - jitter, 1 + jitter, size=(runs, 2))
    shares = factors * np.array([stages.desk_share, stages.panel_share])
    shares /= shares.sum(axis=1, keepdims=True)
    out = []
    for gm in groups:
        finalists = [r for r in result.in_group(gm.group) if r.stage == "final"]
        if not finalists:
            continue
        position = {name_key(n): i for i, n in enumerate(gm.names)}
        rows = np.array([position[name_key(r.id)] for r in finalists], dtype=np.intp)
        panel_scores = np.array([float(r.panel_score or 0.0) for r in finalists])
        desk = np.array([float(r.desk_score or 0.0) for r in finalists])
        counts, same, moved = _simulate(result, gm, rows, panel_scores, weights, shares, stages)
        out.append(FinalGroup(
            group=gm.group,
            candidates=_statistics([r.id for r in finalists], gm.group, [r.rank for r in finalists],
                                   [r.tie for r in finalists], counts, runs),
            p_podium_unchanged=same / runs,
            p_shortlist_changed=moved / runs,
            share=[share_interval(desk, panel_scores, stages.panel_share, [r.id for r in finalists], top)
                   for top in ((1, 3) if len(finalists) >= 3 else (1,))],
            jurors=juror_drops(panel, gm.group),
        ))
    return FinalStage(stages.desk_share, stages.panel_share, out)


def _simulate(result: RankingRun, gm: GroupMatrix, rows: np.ndarray, panel_scores: np.ndarray,
              weights: np.ndarray, shares: np.ndarray, stages: Any) -> tuple[np.ndarray, int, int]:
    """The histogram counts[finalist, position], the runs with the same ordered podium, and
    the runs whose desk scores would have shortlisted other candidates."""
    import numpy as np

    f = len(rows)
    counts = np.zeros(f * f, dtype=np.int64)
    same = moved = 0
    nominal = set(rows.tolist())
    for start in range(0, len(weights), CHUNK_RUNS):
        w, s = weights[start:start + CHUNK_RUNS], shares[start:start + CHUNK_RUNS]
        desk = w @ gm.nominal.T
        if geometric(result):
            desk = np.exp(desk)
        final = s[:, :1] * desk[:, rows] + s[:, 1:] * panel_scores[None, :]
        order = descending_order(final)  # ties keep the nominal order (the desk rank breaks them)
        top = min(3, f)
        same += int(np.count_nonzero((order[:, :top] == np.arange(top)).all(axis=1)))
        counts += np.bincount((order * f + np.arange(f)).ravel(), minlength=f * f)
        moved += _shortlist_moves(desk, nominal, stages)
    return counts.reshape(f, f), same, moved


def _shortlist_moves(desk: np.ndarray, nominal: set[int], stages: Any) -> int:
    """How many of these runs' desk scores shortlist a set other than ``nominal``."""
    import numpy as np

    rule = stages.spec.shortlist
    if rule.top is not None:
        n = min(int(rule.top), desk.shape[1])
        cut = -np.sort(-desk, axis=1)[:, n - 1:n]  # each run's n-th desk score: ties at the cut go through
        chosen = desk >= cut - 1e-9
    else:
        chosen = desk >= float(rule.min_score) - 1e-9
    expected = np.zeros(desk.shape[1], dtype=bool)
    expected[list(nominal)] = True
    return int(np.count_nonzero((chosen != expected[None, :]).any(axis=1)))


def _statistics(names: list[str], group: str | None, ranks: list[int], ties: list[bool], counts: np.ndarray,
                runs: int) -> list[CandidateSensitivity]:
    median, low, high = (quantile_ranks(counts, runs, q) for q in (50, 5, 95))
    return [CandidateSensitivity(names[i], group, ranks[i], ties[i], int(median[i]), int(low[i]), int(high[i]),
                                 float(counts[i, 0] / runs), float(counts[i, :3].sum() / runs))
            for i in range(len(names))]


def share_interval(desk: np.ndarray, panel: np.ndarray, p0: float, names: list[str], top: int) -> ShareInterval:
    """The panel shares p that keep the ordered top ``top`` of the final scores
    (1 − p)·desk + p·panel as it is at ``p0``; who moves at each end."""
    import numpy as np

    top = min(top, len(names))
    slope = panel - desk
    low, high = 0.0, 1.0
    below: list[tuple[str, str]] = []
    above: list[tuple[str, str]] = []
    for i in range(top):
        for j in range(i + 1, len(names)):
            db = slope[i] - slope[j]
            if abs(db) < 1e-12:
                continue
            cross = p0 - ((desk[i] + p0 * slope[i]) - (desk[j] + p0 * slope[j])) / db
            if db < 0 and p0 < cross < 1.0:  # j gains on i as p grows
                high, above = _nearer(cross, high, above, (names[j], names[i]), np.less)
            elif db > 0 and 0.0 < cross < p0:
                low, below = _nearer(cross, low, below, (names[j], names[i]), np.greater)
    return ShareInterval(tuple(names[:top]), p0, low, high, tuple(below), tuple(above))


def _nearer(cross: float, end: float, events: list[tuple[str, str]], pair: tuple[str, str],
            closer: Any) -> tuple[float, list[tuple[str, str]]]:
    if abs(cross - end) <= SAME_POINT:
        return end, [*events, pair]
    if closer(cross, end):
        return cross, [pair]
    return end, events


def juror_drops(panel: Any, group: str | None) -> list[JurorDrop]:
    """The podium of ``group`` without each juror, from the panel's leave-one-out diagnostics."""
    out = []
    for influence in panel.diagnostics.leave_one_out:
        change = next((c for c in influence.groups if c.group == group), None)
        if change is None:
            out.append(JurorDrop(influence.juror, (), (), (), influence.not_computable))
            continue
        out.append(JurorDrop(influence.juror, tuple(change.podium), tuple(change.without),
                             tuple(change.changed_places), None))
    return out
