"""Why a candidate scored what it did, and why it ranks above or below another.

``explain(result, name)`` → an ``Explanation``: the rank and score, and for each indicator
raw → normalised (with the min/max or goalposts and the direction that produced it) →
weighted contribution. ``compare(result, name, other)`` → a ``Comparison``: the score gap
split into each indicator's share (the difference of the two contributions), largest first.

With geometric aggregation there are no additive contributions: the explanation is in terms
of the normalised values and the aspect scores, and a comparison splits the score *ratio*
into one factor per indicator, (normalised A / normalised B) ^ global weight — their product
is the ratio of the scores.

With ``stages:`` in the criteria (``paritrana.panel.stages``) the explanation has a ``stages``
part (``StagePart``). Its indicator steps are always the desk stage's — global weight ×
normalised, adding up to the desk score — and for a finalist the panel part follows: each
interview criterion's combined score, how many jurors scored it and who abstained, the panel
score, and the final combination ``final = d × desk + p × panel`` (d, p the final weights as
shares). A candidate not shortlisted ranks by its desk score, and says so. Comparing two
finalists splits the final gap into each indicator's share of the desk part (× d) and the
panel part (p × the panel gap), which add up to it; a finalist against a candidate not
shortlisted is explained on the desk scores, which decided the shortlist.

Names match as in loading (``names.name_key``); an unknown name raises
``CandidateNotFound`` with the closest names. ``paritrana.explain.text`` says it all in plain
sentences in the output language; ``to_dict()`` is the data of the JSON form, and
``explain.text.as_json`` adds the sentences in the output language (keys in English).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from paritrana.core.criteria import Aggregation
from paritrana.core.names import closest, name_key
from paritrana.errors import CandidateNotFound, DataError, Location
from paritrana.i18n.messages import analyses as m
from paritrana.i18n.messages import panel as names
from paritrana.panel.outcome import PanelOutcome

SHOWN_NAMES = 20  # candidates listed when a name is not found and nothing is close

if TYPE_CHECKING:
    from paritrana.core.normalize import Scale
    from paritrana.core.ranked import CandidateResult
    from paritrana.core.result import RankingResult
    from paritrana.core.run import RankingRun


@dataclass(frozen=True)
class Step:
    """One indicator of one candidate: raw → normalised → contribution."""

    indicator: str
    label: str
    aspect: str
    unit: str | None
    raw: float | None
    normalized: float | None
    weight: float  # global weight
    weight_in_aspect: float
    contribution: float | None  # None with geometric aggregation
    scale: Scale

    def to_dict(self) -> dict[str, Any]:
        s = self.scale
        return {
            "id": self.indicator, "label": self.label, "aspect": self.aspect, "unit": self.unit,
            "raw": self.raw, "normalized": self.normalized, "weight": self.weight,
            "weight_in_aspect": self.weight_in_aspect, "contribution": self.contribution,
            "method": s.method.value, "better": s.better.value, "low": s.low, "high": s.high,
            "mean": s.mean, "std": s.std, "range": list(s.range), "count": s.count,
        }


@dataclass(frozen=True)
class Explanation:
    id: str
    group: str | None
    eligible: bool
    rank: int | None
    of: int  # eligible candidates in the group
    score: float | None
    tie: bool
    aggregation: Aggregation
    aspects: dict[str, float]
    steps: list[Step]
    reasons: list[str] = field(default_factory=list)
    stages: StagePart | None = None  # criteria with stages: (the steps are then the desk stage's)

    def step(self, indicator: str) -> Step:
        return next(s for s in self.steps if s.indicator == indicator)

    @property
    def finalist(self) -> bool:
        """Shortlisted and scored by the panel: the score is the final score."""
        return self.stages is not None and self.stages.panel is not None

    def to_dict(self) -> dict[str, Any]:
        """The explanation as data (``explain.text.as_json`` adds the sentences)."""
        out = {
            "id": self.id, "group": self.group, "eligible": self.eligible, "rank": self.rank, "of": self.of,
            "score": self.score, "tie": self.tie, "aggregation": self.aggregation.value,
            "aspects": dict(self.aspects), "indicators": [s.to_dict() for s in self.steps],
            "reasons": list(self.reasons),
        }
        if self.stages is not None:
            out["stages"] = self.stages.to_dict()
        return out


@dataclass(frozen=True)
class PanelCriterionPart:
    """One interview criterion of a finalist: the jurors' combined score (declared scale)."""

    criterion: str
    label: str
    weight: float  # relative weight (share)
    value: float
    jurors: int  # jurors who scored it
    abstained: list[str]  # jurors of the panel who did not


@dataclass(frozen=True)
class JurorScores:
    """One juror's scores of a finalist: ``raw[c]`` as given and ``standardized[c]`` as combined
    (None: abstained, or not counted — ``conflict``); the totals weight the criteria the juror
    scored (Σ w_c x_c / Σ w_c). ``mean``/``std``: the juror's m_j and s_j over everything they
    scored (standardisation only)."""

    juror: str
    raw: dict[str, float | None]
    standardized: dict[str, float | None]
    raw_total: float | None
    standardized_total: float | None
    conflict: bool = False
    mean: float | None = None
    std: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"juror": self.juror, "raw": dict(self.raw), "standardized": dict(self.standardized),
                "raw_total": self.raw_total, "standardized_total": self.standardized_total,
                "conflict": self.conflict, "juror_mean": self.mean, "juror_std": self.std}


@dataclass(frozen=True)
class PanelPart:
    """A finalist's panel stage: ``score`` on the declared ``scale``, ``percent`` on 0–100.

    ``juror_scores``: each juror's raw and (with standardisation) standardised scores of the
    finalist; ``pooled_mean``/``pooled_std``: M and S of the standardisation
    (``paritrana.panel.aggregate``), None without it."""

    title: str | None  # the panel's label
    aggregation: str
    standardize: bool
    scale: tuple[float, float]
    score: float
    percent: float
    jurors: int
    criteria: list[PanelCriterionPart]
    juror_scores: list[JurorScores] = field(default_factory=list)
    pooled_mean: float | None = None
    pooled_std: float | None = None
    conflicts: list[str] = field(default_factory=list)  # jurors not counted for this finalist

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.title, "aggregation": self.aggregation, "standardize": self.standardize,
            "scale": list(self.scale), "score": self.score, "percent": self.percent, "jurors": self.jurors,
            "criteria": [{"id": c.criterion, "label": c.label, "weight": c.weight, "score": c.value,
                          "jurors": c.jurors, "abstained": list(c.abstained)} for c in self.criteria],
            "juror_scores": [j.to_dict() for j in self.juror_scores],
            "standardization": None if self.pooled_mean is None else {
                "mean": self.pooled_mean, "pooled_std": self.pooled_std,
                "formula": "(x - juror_mean) / juror_std * pooled_std + mean"},
            "conflicts": list(self.conflicts),
        }


@dataclass(frozen=True)
class StagePart:
    """Where a candidate stands in the stages: desk → shortlist → final."""

    stage: str  # "final" | "desk"
    shortlisted: bool
    scored: bool  # the final stage was scored (panel scores given)
    desk_score: float
    desk_rank: int
    desk_share: float
    panel_share: float
    shortlist: dict[str, float | int]  # {"top": 5} or {"min_score": 50}
    panel: PanelPart | None  # finalists of a scored final stage only

    def to_dict(self) -> dict[str, Any]:
        return {
            "stage": self.stage, "shortlisted": self.shortlisted, "scored": self.scored,
            "desk_score": self.desk_score, "desk_rank": self.desk_rank,
            "final": {"desk": self.desk_share, "panel": self.panel_share}, "shortlist": dict(self.shortlist),
            "panel": None if self.panel is None else self.panel.to_dict(),
        }


@dataclass(frozen=True)
class Share:
    """One indicator's part in the gap between two candidates (first minus second)."""

    indicator: str
    label: str
    first: float | None  # normalised value of the first candidate
    second: float | None
    difference: float | None  # contribution(first) − contribution(second); None if geometric
    factor: float | None  # (first / second) ^ global weight; None if arithmetic
    kind: str = "indicator"  # between finalists also "panel" (and "desk" with geometric aggregation)


@dataclass(frozen=True)
class Comparison:
    first: Explanation
    second: Explanation
    reason: str | None  # None, "ineligible" or "different_groups": why there is no gap to split
    gap: float | None  # score(first) − score(second); the desk scores' when basis is "desk"
    ratio: float | None  # score(first) / score(second), geometric only
    shares: list[Share]
    # "score"; "final": two finalists, the final gap split into the desk indicators (× the desk
    # share) and the panel; "desk": one finalist, one not — the desk gap that made the shortlist.
    basis: str = "score"

    @property
    def comparable(self) -> bool:
        return self.reason is None

    def to_dict(self) -> dict[str, Any]:
        """The comparison as data (``explain.text.as_json`` adds the sentences)."""
        return {
            "first": self.first.to_dict(), "second": self.second.to_dict(),
            "comparable": self.comparable, "reason": self.reason, "basis": self.basis, "gap": self.gap,
            "ratio": self.ratio,
            "shares": [{"indicator": s.indicator, "kind": s.kind, "label": s.label, "first": s.first,
                        "second": s.second, "difference": s.difference, "factor": s.factor} for s in self.shares],
        }


# ---- building ---------------------------------------------------------------------------------

def explain(result: RankingRun, name: str) -> Explanation:
    """The explanation of the candidate called ``name`` (matched like names in the data)."""

    key = name_key(name)
    criteria = result.criteria
    for r in result.results:
        if name_key(r.id) == key:
            desk = r.stage == "final"  # a finalist's indicators are scaled by the desk share: undo that
            steps = []
            for iid, ind in criteria.all_indicators.items():
                i = r.indicators[iid]
                weight, contribution = i.weight, i.contribution
                if desk:
                    weight = criteria.global_weights[iid]
                    contribution = None if contribution is None or i.normalized is None else weight * i.normalized
                steps.append(Step(iid, criteria.label(iid), criteria.aspect_of[iid], ind.unit, i.raw, i.normalized,
                                  weight, criteria.local_weights[iid], contribution, result.scales[(r.group, iid)]))
            return Explanation(r.id, r.group, True, r.rank, len(result.in_group(r.group)), r.score, r.tie,
                               criteria.aggregation, dict(r.aspects), steps, stages=_stage_part(result, r))
    for item in result.ineligible:
        if name_key(item.id) == key:
            return Explanation(item.id, item.group, False, None, len(result.in_group(item.group)), None, False,
                               criteria.aggregation, {}, [], list(item.reasons))
    raise _not_found(result, name)


def compare(result: RankingRun, name: str, other: str) -> Comparison:
    """Why ``name`` ranks where it does relative to ``other``."""
    first, second = explain(result, name), explain(result, other)
    if (first.id, first.group) == (second.id, second.group):  # "Ketapang" --vs "Kab. Ketapang"
        raise DataError(m.SAME_CANDIDATE(name=name, other=other), Location(file=result.input.path),
                        hint=m.PICK_ANOTHER())
    if not (first.eligible and second.eligible):
        return Comparison(first, second, "ineligible", None, None, [])
    if first.group != second.group:
        return Comparison(first, second, "different_groups", None, None, [])
    assert first.score is not None and second.score is not None
    if first.finalist and second.finalist:
        return _compare_finalists(first, second)
    if first.finalist or second.finalist:  # the shortlist was decided on the desk scores
        assert first.stages is not None and second.stages is not None
        return _split(first, second, first.stages.desk_score, second.stages.desk_score, "desk")
    return _split(first, second, first.score, second.score, "score")


def _split(first: Explanation, second: Explanation, score: float, other_score: float, basis: str) -> Comparison:
    """The gap ``score − other_score`` split over the (desk) indicator steps."""
    shares = []
    geometric = first.aggregation is Aggregation.GEOMETRIC
    for a in first.steps:
        b = second.step(a.indicator)
        if geometric:
            factor = (a.normalized / b.normalized) ** a.weight if a.normalized and b.normalized else None
            shares.append(Share(a.indicator, a.label, a.normalized, b.normalized, None, factor))
        else:
            difference = (a.contribution or 0.0) - (b.contribution or 0.0)
            shares.append(Share(a.indicator, a.label, a.normalized, b.normalized, difference, None))
    if geometric:
        shares.sort(key=lambda s: -abs(math.log(s.factor)) if s.factor else 0.0)
        ratio = score / other_score if other_score else None
        return Comparison(first, second, None, score - other_score, ratio, shares, basis)
    shares.sort(key=lambda s: -abs(s.difference or 0.0))
    return Comparison(first, second, None, score - other_score, None, shares, basis)


def _compare_finalists(first: Explanation, second: Explanation) -> Comparison:
    """final(A) − final(B) = Σ d × (contribution A − contribution B) + p × (panel A − panel B);
    with geometric aggregation the desk part is one share, d × (desk A − desk B)."""
    a, b = first.stages, second.stages
    assert a is not None and b is not None and a.panel is not None and b.panel is not None
    assert first.score is not None and second.score is not None
    d, p = a.desk_share, a.panel_share
    if first.aggregation is Aggregation.GEOMETRIC:
        shares = [Share("desk", "desk", a.desk_score, b.desk_score, d * (a.desk_score - b.desk_score), None, "desk")]
    else:
        shares = []
        for x in first.steps:
            y = second.step(x.indicator)
            difference = d * ((x.contribution or 0.0) - (y.contribution or 0.0))
            shares.append(Share(x.indicator, x.label, x.normalized, y.normalized, difference, None))
    shares.append(Share("panel", a.panel.title or "panel", a.panel.percent, b.panel.percent,
                        p * (a.panel.percent - b.panel.percent), None, "panel"))
    shares.sort(key=lambda s: -abs(s.difference or 0.0))
    return Comparison(first, second, None, first.score - second.score, None, shares, "final")


def _stage_part(result: RankingResult, r: CandidateResult) -> StagePart | None:
    stages = result.stages
    if stages is None or r.stage is None:
        return None
    panel = _panel_part(result, r.id) if r.stage == "final" and result.panel is not None else None
    assert r.desk_score is not None and r.desk_rank is not None
    return StagePart(r.stage, bool(r.shortlisted), stages.scored, r.desk_score, r.desk_rank, stages.desk_share,
                     stages.panel_share, stages.spec.shortlist.describe(), panel)


def _panel_part(result: RankingResult, name: str) -> PanelPart | None:
    """The finalist's interview criteria: combined score, jurors who scored, who abstained."""

    outcome = result.panel
    assert isinstance(outcome, PanelOutcome)
    key = name_key(name)
    row = next((x for x in outcome.rows if name_key(x.candidate) == key), None)
    if row is None:
        return None
    spec = outcome.spec
    conflicted = [c.juror for c in outcome.conflicts.of_candidate(name) if not c.lifted]
    parts = []
    for cid in spec.criteria:
        scored = {name_key(s.juror) for s in outcome.scores
                  if s.value is not None and s.criterion == cid and name_key(s.candidate) == key}
        parts.append(PanelCriterionPart(cid, spec.criteria[cid].label or cid, spec.weights[cid], row.criteria[cid],
                                        row.counts[cid], [j for j in outcome.jurors if name_key(j) not in scored
                                                          and name_key(j) not in {name_key(c) for c in conflicted}]))
    scaling = outcome.combined.standardization
    return PanelPart(spec.label, spec.aggregation.value, spec.standardize, (spec.scale[0], spec.scale[1]),
                     row.panel_score, row.panel_percent, row.jurors, parts, _juror_scores(outcome, name),
                     None if scaling is None else scaling.mean, None if scaling is None else scaling.pooled_std,
                     conflicted)


def _juror_scores(outcome: PanelOutcome, name: str) -> list[JurorScores]:
    """Each juror's raw and standardised scores of the finalist ``name``."""
    weights = outcome.spec.weights
    scaling = outcome.combined.standardization
    rows: dict[str, JurorScores] = {}
    for juror, criterion, raw, used in outcome.raw_and_standardized(name):
        entry = rows.setdefault(name_key(juror), JurorScores(juror, {}, {}, None, None))
        entry.raw[criterion] = raw
        entry.standardized[criterion] = used if outcome.spec.standardize else None
    out = []
    conflicted = {name_key(c.juror) for c in outcome.conflicts.of_candidate(name) if not c.lifted}
    for juror in outcome.jurors:
        entry = rows.get(name_key(juror)) or JurorScores(juror, {}, {}, None, None)
        stats = scaling.jurors.get(name_key(juror)) if scaling is not None else None
        out.append(JurorScores(juror, entry.raw, entry.standardized, _weighted(entry.raw, weights),
                               _weighted(entry.standardized, weights), name_key(juror) in conflicted,
                               None if stats is None else stats[0], None if stats is None else stats[1]))
    return out


def _weighted(values: dict[str, float | None], weights: dict[str, float]) -> float | None:
    given = {c: v for c, v in values.items() if v is not None}
    if not given:
        return None
    return sum(weights[c] * v for c, v in given.items()) / sum(weights[c] for c in given)


def _not_found(result: RankingResult, name: str) -> CandidateNotFound:
    every = [r.id for r in result.results] + [i.id for i in result.ineligible]
    near = closest(name, every)
    if near:
        hint = names.DID_YOU_MEAN(names=near)
    elif len(every) > SHOWN_NAMES:
        hint = m.CANDIDATES_ARE_MORE(names=every[:SHOWN_NAMES], more=len(every) - SHOWN_NAMES)
    else:
        hint = m.CANDIDATES_ARE(names=every)
    message = m.NO_CANDIDATE_IN_YEAR(name=name, year=result.year) if result.year is not None \
        else m.NO_CANDIDATE(name=name)
    return CandidateNotFound(message, Location(file=result.input.path), hint=hint)
