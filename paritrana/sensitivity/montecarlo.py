"""Monte Carlo re-scoring under random weights (and, optionally, random normalisation).

Each run multiplies every weight — the aspect weights and the indicator weights within each
aspect — by its own factor drawn uniformly from [1 − jitter, 1 + jitter] and renormalises each
level to sum to 1; the global weight of an indicator is then its aspect's share × its share in
the aspect. With ``methods`` each run also draws one normalisation method from the list and
applies it to every indicator (see ``matrix.method_matrix`` for goalposts and ranges). With
``group_by`` every group is ranked on its own, under the same draws (run i is one scenario for
all groups). Ineligible candidates take no part.

Everything is vectorised over runs: the weight matrix W (runs × indicators) is drawn at once,
each method's score-space matrix N (candidates × indicators) is computed once per group, and
scores = W @ Nᵀ; positions come from one sort along the candidate axis (``descending_order``,
an int64-key sort that is faster than ``argsort``), and a single ``bincount`` of
candidate × m + position turns them into the histogram — no rank matrix, no scatter. The only
Python loops are over groups, parts of the runs (memory, threads) and methods.

Statistics per candidate, from the histogram counts[candidate, position]:
median and 5 % / 95 % ranks are the ``inverted_cdf`` quantiles of its positions (the smallest
rank r with P(position ≤ r) ≥ q — always a whole rank); P(first) and P(top three) are shares
of runs. Scores equal to about 12 significant digits keep the nominal order, which mirrors the
tiebreak; candidates with identical rows in every matrix share one row of the product, so their
scores are bit-identical: they tie in every run and share the best of their positions (1, 1, 3),
like the nominal ranking's shared rank.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from paritrana.sensitivity.matrix import GroupMatrix, WeightTree, group_matrices, method_matrix
from paritrana.sensitivity.model import CandidateSensitivity

if TYPE_CHECKING:
    import numpy as np

    from paritrana.core.run import RankingRun

CHUNK_ELEMENTS = 1 << 23  # scores held at once per part (runs × candidates), 64 MB as float64
PARALLEL_ELEMENTS = 1 << 20  # from this many scores on, parts run in threads
MAX_THREADS = 4
Progress = Callable[[int, int], None]  # (runs done, runs in total) over all groups


@dataclass(frozen=True)
class MonteCarloGroup:
    group: str | None
    candidates: list[CandidateSensitivity]
    p_podium_unchanged: float


def draw_weights(rng: np.random.Generator, tree: WeightTree, runs: int, jitter: float) -> np.ndarray:
    """W (runs × indicators): global weights with each level's weights jittered and
    renormalised. Rows sum to 1."""
    import numpy as np

    n_aspects, n_indicators = len(tree.aspects), len(tree.indicators)
    aspect = tree.aspect_share * rng.uniform(1 - jitter, 1 + jitter, size=(runs, n_aspects))
    local = tree.local * rng.uniform(1 - jitter, 1 + jitter, size=(runs, n_indicators))
    aspect /= aspect.sum(axis=1, keepdims=True)
    membership = np.zeros((n_indicators, n_aspects))
    membership[np.arange(n_indicators), tree.aspect_index] = 1.0
    local /= (local @ membership)[:, tree.aspect_index]
    return np.asarray(aspect[:, tree.aspect_index] * local)


@dataclass(frozen=True)
class RankCounts:
    counts: np.ndarray  # (m, m): runs in which candidate i (nominal order) took position j
    podium_same: int  # runs whose ordered top three equals the nominal one
    runs: int


def rank_counts(matrices: Sequence[np.ndarray], choice: np.ndarray | None, weights: np.ndarray,
                tick: Callable[[int], None] | None = None) -> RankCounts:
    """Positions of every candidate in every run. ``matrices[j]`` is used for the runs with
    ``choice == j`` (``choice`` None: the one matrix for all runs). Rows in nominal order.

    Runs are cut into parts (bounded by ``CHUNK_ELEMENTS``; on a machine with several CPUs a
    large job is split across threads — numpy's sort and arithmetic release the GIL); the
    histograms of the parts add up, so the result does not depend on the split."""
    import numpy as np

    m = matrices[0].shape[0]
    runs = weights.shape[0]
    unique, inverse = _dedupe(matrices)
    nonnegative = all(float(matrix.min()) >= 0 for matrix in unique) and float(weights.min()) >= 0

    def part(rows: slice) -> tuple[np.ndarray, int, int]:
        chosen = None if choice is None else choice[rows]
        return _part_counts(unique, inverse, chosen, weights[rows], m, nonnegative)

    counts = np.zeros(m * m, dtype=np.int64)
    podium_same = 0
    slices, workers = _parts(runs, m)
    if workers > 1:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=workers) as pool:
            results = list(_ticking(pool.map(part, slices), tick))
    else:
        results = list(_ticking(map(part, slices), tick))
    for part_counts, part_podium, _ in results:
        counts += part_counts
        podium_same += part_podium
    return RankCounts(counts.reshape(m, m), podium_same, runs)


def _ticking(results, tick):  # type: ignore[no-untyped-def]
    for result in results:
        if tick is not None:
            tick(result[2])
        yield result


def _parts(runs: int, m: int) -> tuple[list[slice], int]:
    """Slices of runs, and how many threads to use on them."""
    import math
    import os

    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    workers = min(MAX_THREADS, cpus) if runs * m >= PARALLEL_ELEMENTS else 1
    step = max(1, min(CHUNK_ELEMENTS // max(m, 1), math.ceil(runs / workers)))
    return [slice(start, start + step) for start in range(0, runs, step)], workers


def _part_counts(unique: list[np.ndarray], inverse: np.ndarray | None, chosen: np.ndarray | None,
                 w: np.ndarray, m: int, nonnegative: bool) -> tuple[np.ndarray, int, int]:
    """Histogram counts (flat, candidate × m + position) and podium repeats of some runs."""
    import numpy as np

    scores = np.empty((len(w), unique[0].shape[0]))
    if chosen is None:
        np.matmul(w, unique[0].T, out=scores)
    else:
        for j, matrix in enumerate(unique):
            rows = chosen == j
            if rows.any():
                scores[rows] = w[rows] @ matrix.T
    if inverse is not None:
        scores = scores[:, inverse]
    order = descending_order(scores, nonnegative=nonnegative)
    positions = np.arange(m)
    top = min(3, m)
    podium = int(np.count_nonzero((order[:, :top] == positions[:top]).all(axis=1)))
    if inverse is not None and len(np.unique(inverse)) < m:
        return _shared_counts(order, inverse, m), podium, len(w)
    order *= m
    order += positions  # candidate × m + position: one histogram cell per (candidate, position)
    return np.bincount(order.ravel(), minlength=m * m), podium, len(w)


def _shared_counts(order: np.ndarray, inverse: np.ndarray, m: int) -> np.ndarray:
    """Histogram counts (flat, candidate × m + position) when some candidates are identical in
    every matrix: they tie in every run, and tied candidates share the best of their positions
    (ranks 1, 1, 3), as in the nominal ranking — not the nominal order's 1, 2."""
    import numpy as np

    runs = order.shape[0]
    place = np.empty_like(order)
    place[np.arange(runs)[:, None], order] = np.arange(m)  # place[run, candidate] = its position
    for row in np.unique(inverse):
        members = np.flatnonzero(inverse == row)
        if len(members) > 1:
            place[:, members] = place[:, members].min(axis=1, keepdims=True)
    place += np.arange(m) * m
    return np.bincount(place.ravel(), minlength=m * m)


def descending_order(scores: np.ndarray, nonnegative: bool = False) -> np.ndarray:
    """For each row of ``scores`` (consumed), the column indices from highest to lowest score;
    scores equal to about 12 significant digits keep column order (the nominal order).

    Faster than ``argsort``: each float64 becomes an int64 key that sorts in the same order
    (the IEEE-754 bit pattern with the sign folded in, inverted for descending), its lowest
    ⌈log₂ m⌉ bits replaced by the column index; a plain in-place sort of the keys then carries
    the index along, and the low bits read it back. ``nonnegative`` (every score ≥ 0, where
    the bit patterns already sort like the floats) skips folding in the sign."""
    import numpy as np

    m = scores.shape[1]
    bits = max(1, (m - 1).bit_length())
    mask = np.int64((1 << bits) - 1)
    keys = scores.view(np.int64)
    if not nonnegative:
        keys ^= (keys >> 63) & np.int64(0x7FFFFFFFFFFFFFFF)  # negative floats: reverse their order
    np.invert(keys, out=keys)  # descending
    keys &= ~mask
    keys |= np.arange(m, dtype=np.int64)
    keys.sort(axis=1)
    keys &= mask
    return keys


def _dedupe(matrices: Sequence[np.ndarray]) -> tuple[list[np.ndarray], np.ndarray | None]:
    """Candidates identical in every matrix share one row, so their scores are bit-equal."""
    import numpy as np

    stacked = np.hstack(list(matrices))
    unique, first, inverse = np.unique(stacked, axis=0, return_index=True, return_inverse=True)
    if len(unique) == stacked.shape[0]:
        return list(matrices), None
    return [m[first] for m in matrices], inverse.ravel()


def quantile_ranks(counts: np.ndarray, runs: int, percent: int) -> np.ndarray:
    """Smallest rank r with (runs at positions ≤ r) ≥ percent % of runs, per candidate."""
    import numpy as np

    cumulative = counts.cumsum(axis=1)
    return np.argmax(cumulative * 100 >= percent * runs, axis=1) + 1


def simulate(result: RankingRun, *, runs: int, jitter: float, methods: Sequence[str] | None, seed: int,
             progress: Progress | None = None, groups: list[GroupMatrix] | None = None) -> list[MonteCarloGroup]:
    """Run the Monte Carlo analysis for every group of ``result`` (a ``paritrana.run`` result);
    ``groups`` are its ``group_matrices`` when the caller already has them."""
    import numpy as np

    rng = np.random.default_rng(seed)
    tree = WeightTree.from_criteria(result.criteria)
    weights = draw_weights(rng, tree, runs, jitter)
    methods = list(methods) if methods else []
    choice = rng.integers(len(methods), size=runs) if len(methods) > 1 else None
    groups = group_matrices(result) if groups is None else groups
    total, done = runs * len(groups), 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total)

    out = []
    for gm in groups:
        matrices = [method_matrix(result, gm, m) for m in methods] if methods else [gm.nominal]
        rc = rank_counts(matrices, choice, weights, tick)
        out.append(MonteCarloGroup(gm.group, _candidates(gm, rc), rc.podium_same / runs))
    return out


def _candidates(gm: GroupMatrix, rc: RankCounts) -> list[CandidateSensitivity]:
    median = quantile_ranks(rc.counts, rc.runs, 50)
    low = quantile_ranks(rc.counts, rc.runs, 5)
    high = quantile_ranks(rc.counts, rc.runs, 95)
    first = rc.counts[:, 0] / rc.runs
    top3 = rc.counts[:, :3].sum(axis=1) / rc.runs
    return [
        CandidateSensitivity(gm.names[i], gm.group, gm.ranks[i], gm.ties[i], int(median[i]), int(low[i]),
                             int(high[i]), float(first[i]), float(top3[i]))
        for i in range(gm.size)
    ]
