"""Combining the jurors' scores into one panel score per candidate.

For each candidate and interview criterion the scores of the jurors who scored it are
combined (abstentions are left out, never counted as zero):

* ``mean``:    Σ x / n
* ``median``:  the middle score (the mean of the two middle ones for even n)
* ``trimmed``: drop the single highest and the single lowest score, then the mean of the rest
               (needs n ≥ 5; with fewer, ``trimmed_fallback`` says error, mean or median)

The candidate's panel score is Σ_c w_c × combined_c with the criteria's relative weights w_c
(scaled to sum to 1), on the panel's declared scale; ``percent`` puts it on 0–100 for the
final stage: 100 × (score − scale min) / (scale max − scale min).

Optional per-juror standardisation (``standardize: true``) removes lenient and severe jurors'
bias before combining. It works on each juror's scores over **all** the candidates and
criteria that juror scored (not per criterion: with five finalists a per-criterion standard
deviation would rest on five numbers):

    z = (x − m_j) / s_j                          m_j, s_j: juror j's mean and population std
    x' = z × S + M                               back on the panel's scale

where M is the mean of all the panel's scores and S the pooled within-juror standard deviation,
S = √(Σ_j Σ (x − m_j)² / N). A juror who adds +10 to every score has the same z-scores, and S
does not move, so the candidates' standardised scores keep exactly the same gaps and order;
only M, the level, rises by that juror's share of the +10. A juror whose scores are all equal
carries no ranking information: their z-scores are 0 (every x' = M) and a note says so.
Standardised values may leave the declared scale; they are not clipped. M, S and each
juror's m_j and s_j are kept (``Standardization``) so that reports can show every juror's raw
score beside the standardised one.

Worked example (two jurors, two candidates, one criterion): J1 gives A 60 and B 80, J2 gives
A 70 and B 90. m_1 = 70, s_1 = 10; m_2 = 80, s_2 = 10; M = 75; S = √((100 + 100 + 100 + 100)/4) = 10.
J1's 60 → z = −1 → −1 × 10 + 75 = 65; J1's 80 → 85; J2's 70 → 65; J2's 90 → 85. Both jurors
now give A 65 and B 85: J2's +10 leniency is gone, and the mean of all scores is still 75.

Every score counted here is a juror's own: abstentions are absent and a conflicted score
(``paritrana.panel.conflicts``) never reaches this module. ``min_jurors`` is checked on what
remains: fewer jurors for a finalist on some criterion is an error, or — with
``too_few_jurors: warn`` — a note, the score being combined over the jurors who remain.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from paritrana.core.names import name_key
from paritrana.core.panel_spec import TRIMMED_MIN_SCORES, PanelAggregation, PanelSpec, TooFewJurors, TrimmedFallback
from paritrana.errors import DataError, Location
from paritrana.i18n.messages import panel as m
from paritrana.i18n.text import Message

if TYPE_CHECKING:
    from paritrana.panel.load import PanelScore


# ---- pure kernels (arithmetic only) -------------------------------------------------------

def mean(values: Sequence[float]) -> float:
    """Σ x / n."""
    return sum(values) / len(values)


def median(values: Sequence[float]) -> float:
    """The middle value of the sorted values; the mean of the two middle ones for even n."""
    ordered = sorted(values)
    n = len(ordered)
    mid = n // 2
    return ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def trimmed_mean(values: Sequence[float]) -> float:
    """Drop one highest and one lowest value, then Σ x / (n − 2). Needs n ≥ 3."""
    ordered = sorted(values)
    return mean(ordered[1:-1])


@dataclass(frozen=True)
class Standardization:
    """How the panel's scores were standardised: x' = (x − m_j) / s_j × S + M.

    ``jurors[j] = (m_j, s_j, n_j)``: juror j's mean, population standard deviation and number
    of scores (over every candidate and criterion they scored, conflicts left out); ``mean`` is
    M, the mean of all the scores; ``pooled_std`` is S = √(Σ_j Σ (x − m_j)² / N), the pooled
    within-juror standard deviation, N all the scores. ``constant``: jurors with s_j = 0."""

    mean: float
    pooled_std: float
    jurors: dict[str, tuple[float, float, int]]
    constant: list[str]

    def apply(self, value: float, juror: str) -> float:
        """One raw score of ``juror`` on the panel's scale after standardisation."""
        m_j, s_j, _ = self.jurors[name_key(juror)]
        z = (value - m_j) / s_j if s_j > 0 else 0.0
        return z * self.pooled_std + self.mean

    def to_dict(self, names: Sequence[str]) -> dict[str, Any]:
        """The JSON "standardization" object; ``names`` the jurors as spelled in the panel."""
        return {"formula": "(x - juror_mean) / juror_std * pooled_std + mean", "mean": self.mean,
                "pooled_std": self.pooled_std,
                "jurors": {n: {"mean": self.jurors[name_key(n)][0], "std": self.jurors[name_key(n)][1],
                               "scores": self.jurors[name_key(n)][2]} for n in names if name_key(n) in self.jurors},
                "constant": list(self.constant)}


def standardization(values: Sequence[float], jurors: Sequence[str]) -> Standardization:
    """m_j, s_j (population), M and S of ``values`` (``values[i]`` given by ``jurors[i]``)."""
    groups: dict[str, list[float]] = {}
    first: dict[str, str] = {}
    for v, j in zip(values, jurors, strict=True):
        groups.setdefault(name_key(j), []).append(float(v))
        first.setdefault(name_key(j), j)
    stats: dict[str, tuple[float, float, int]] = {}
    squares = 0.0
    constant = []
    for key, mine in groups.items():
        m_j = sum(mine) / len(mine)
        sq = sum((x - m_j) ** 2 for x in mine)
        squares += sq
        s_j = math.sqrt(sq / len(mine))
        if s_j <= 1e-12 * max(1.0, abs(m_j)):
            s_j = 0.0
            constant.append(first[key])
        stats[key] = (m_j, s_j, len(mine))
    n = len(values)
    return Standardization(sum(values) / n if n else 0.0, math.sqrt(squares / n) if n else 0.0, stats, constant)


def standardize(values: Sequence[float], jurors: Sequence[str]) -> tuple[list[float], list[str]]:
    """Per-juror z-scores put back on the panel's scale: x' = (x − m_j) / s_j × S + M.

    ``values[i]`` was given by ``jurors[i]``. M is the mean of all values and S the pooled
    within-juror population standard deviation √(Σ (x − m_j)² / N). A juror with s_j = 0
    gets z = 0. Returns the new values and the jurors whose scores were all equal."""
    if not values:
        return [], []
    how = standardization(values, jurors)
    return [how.apply(v, j) for v, j in zip(values, jurors, strict=True)], how.constant


# ---- the checking wrapper ------------------------------------------------------------------

@dataclass(frozen=True)
class CandidatePanel:
    """A candidate's combined panel result.

    ``criteria[c]`` is the combined score on criterion c (declared scale; standardised when
    the panel standardises), ``counts[c]`` the number of jurors behind it, ``score`` the
    weighted panel score on the declared scale and ``percent`` the same on 0–100."""

    candidate: str
    criteria: dict[str, float]
    counts: dict[str, int]
    jurors: int
    score: float
    percent: float
    method: str  # the combination actually used ("trimmed", or the fallback for some criterion)


@dataclass(frozen=True)
class PanelAggregate:
    candidates: dict[str, CandidatePanel]
    values: dict[tuple[str, str, str], float]  # (juror, candidate, criterion) → value combined
    notes: list[Message] = field(default_factory=list)
    standardization: Standardization | None = None  # how the values were standardised (standardize: true)


def aggregate_panel(scores: Sequence[PanelScore], spec: PanelSpec, candidates: Sequence[str],
                    *, source: str | None = None) -> PanelAggregate:
    """Combine ``scores`` for each of ``candidates`` (the finalists).

    Raises ``DataError`` naming a finalist nobody scored (no juror has a row for it, or every
    juror left it empty), every candidate with fewer than ``min_jurors`` scores on a criterion,
    and (with ``trimmed_fallback: error``) every criterion with too few scores for a trimmed
    mean."""
    _check_scored(scores, candidates, source)
    given = [s for s in scores if s.value is not None]
    values = [float(s.value) for s in given]  # type: ignore[arg-type]
    notes: list[Message] = []
    scaling: Standardization | None = None
    if spec.standardize and given:
        scaling = standardization(values, [s.juror for s in given])
        values = [scaling.apply(v, s.juror) for v, s in zip(values, given, strict=True)]
        notes += [m.CONSTANT_JUROR(juror=j) for j in scaling.constant]
    used = {(s.juror, s.candidate, s.criterion): v for s, v in zip(given, values, strict=True)}
    by_item: dict[tuple[str, str], list[float]] = {}
    jurors_of: dict[str, set[str]] = {}
    for (juror, candidate, criterion), v in used.items():
        by_item.setdefault((name_key(candidate), criterion), []).append(v)
        jurors_of.setdefault(name_key(candidate), set()).add(name_key(juror))
    notes += _check_counts(by_item, spec, candidates, source)
    weights = spec.weights
    out: dict[str, CandidatePanel] = {}
    fallback_items: list[Message] = []
    too_few: list[Message] = []
    for candidate in candidates:
        combined: dict[str, float] = {}
        counts: dict[str, int] = {}
        method = spec.aggregation.value
        for cid in spec.criteria:
            item = by_item[(name_key(candidate), cid)]
            counts[cid] = len(item)
            how = spec.aggregation
            if how is PanelAggregation.TRIMMED and len(item) < TRIMMED_MIN_SCORES:
                if spec.trimmed_fallback is TrimmedFallback.ERROR:
                    too_few.append(m.ITEM_COUNT(candidate=candidate, criterion=cid, n=len(item)))
                    continue
                how = PanelAggregation(spec.trimmed_fallback.value)
                method = how.value
                fallback_items.append(m.ITEM_COUNT(candidate=candidate, criterion=cid, n=len(item)))
            combined[cid] = _KERNELS[how](item)
        if too_few and len(combined) < len(spec.criteria):
            continue
        score = sum(weights[cid] * combined[cid] for cid in spec.criteria)
        out[candidate] = CandidatePanel(candidate, combined, counts, len(jurors_of[name_key(candidate)]),
                                        score, spec.to_percent(score), method)
    if too_few:
        raise DataError(m.TRIMMED_TOO_FEW(n=TRIMMED_MIN_SCORES, items=too_few), Location(file=source),
                        hint=m.SET_FALLBACK())
    if fallback_items:
        used_instead = m.HOW_MEDIAN() if spec.trimmed_fallback is TrimmedFallback.MEDIAN else m.HOW_MEAN()
        notes.append(m.FALLBACK_USED(n=TRIMMED_MIN_SCORES, how=used_instead, items=fallback_items))
    return PanelAggregate(out, used, notes, scaling)


def _check_scored(scores: Sequence[PanelScore], candidates: Sequence[str], source: str | None) -> None:
    """A finalist with no score at all is an error of its own, whatever ``min_jurors`` says:
    without a single score there is no panel score to combine with the desk score."""
    rows = {name_key(s.candidate) for s in scores}
    given = {name_key(s.candidate) for s in scores if s.value is not None}
    free = {name_key(s.candidate) for s in scores if not s.conflict}
    for candidate in candidates:
        key = name_key(candidate)
        if key not in given:
            why = (m.NO_ROWS() if key not in rows else m.ALL_ABSTAINED() if key in free else m.ALL_CONFLICTED())
            raise DataError(m.NOBODY_SCORED(name=candidate, why=why), Location(file=source),
                            hint=m.ADD_FINALIST_SCORES())


def _check_counts(by_item: dict[tuple[str, str], list[float]], spec: PanelSpec, candidates: Sequence[str],
                  source: str | None) -> list[Message]:
    """Fewer than ``min_jurors`` scores on some criterion of a finalist: an error, or (with
    ``too_few_jurors: warn``) a note, the score being computed over the jurors who remain."""
    short: list[Message] = []
    for candidate in candidates:
        counts = {cid: len(by_item.get((name_key(candidate), cid), [])) for cid in spec.criteria}
        low = [m.JURORS_ON(n=n, criterion=cid) for cid, n in counts.items() if n < spec.min_jurors]
        if low:
            short.append(m.CANDIDATE_COUNTS(candidate=candidate, counts=low))
    if short and spec.too_few_jurors is TooFewJurors.WARN:
        return [m.TOO_FEW_JURORS_KEPT(items=short, n=spec.min_jurors)]
    if short:
        raise DataError(m.TOO_FEW_JURORS(items=short, n=spec.min_jurors), Location(file=source),
                        hint=m.ADD_SCORES_OR_LOWER())
    return []


_KERNELS = {
    PanelAggregation.MEAN: mean,
    PanelAggregation.MEDIAN: median,
    PanelAggregation.TRIMMED: trimmed_mean,
}
