"""Result records of a sensitivity analysis and their JSON form (keys in English).

Staged criteria add ``"stages"`` ("final" or "desk": which stages the analysis covers) and,
when the jury's scores were given, ``"final_stage"`` (``FinalStage``).

Weights are global shares in 0–1 (``0.3`` = 30 %); ranks are 1-based positions. The JSON is
byte-identical for the same inputs and seed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from paritrana.core.result import Source
from paritrana.errors import Issue
from paritrana.i18n.lang import Lang, output_lang
from paritrana.i18n.text import Message, render


@dataclass(frozen=True)
class Settings:
    runs: int
    jitter: float
    methods: tuple[str, ...] | None  # None: every indicator keeps its criteria method
    seed: int
    aggregation: str

    def to_dict(self) -> dict[str, Any]:
        return {"runs": self.runs, "jitter": self.jitter,
                "methods": list(self.methods) if self.methods is not None else None,
                "seed": self.seed, "aggregation": self.aggregation}


@dataclass(frozen=True)
class CandidateSensitivity:
    """Monte Carlo statistics of one candidate (ranks are positions 1..n in its group)."""

    id: str
    group: str | None
    nominal_rank: int
    tie: bool
    median_rank: int
    rank_p05: int
    rank_p95: int
    p_first: float
    p_top3: float

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "group": self.group, "nominal_rank": self.nominal_rank, "tie": self.tie,
                "median_rank": self.median_rank, "rank_p05": self.rank_p05, "rank_p95": self.rank_p95,
                "p_first": self.p_first, "p_top3": self.p_top3}


@dataclass(frozen=True)
class Overtake:
    """At an end of a stability interval, ``candidate`` moves above ``overtakes``."""

    candidate: str
    overtakes: str

    def to_dict(self) -> dict[str, str]:
        return {"candidate": self.candidate, "overtakes": self.overtakes}


@dataclass(frozen=True)
class StabilityInterval:
    """The range of one indicator's global weight (the others rescaled proportionally) in
    which ``holders`` keep their places: the leader (``scope`` "first") or the ordered top
    three (``scope`` "podium"). ``below``/``above`` name who moves at each end; empty when
    the order holds all the way to 0 % / 100 %. Candidates tied for a place (the same
    ``ranks``, 1, 1, 3) hold it together: all of them are holders, and their passing each
    other is not a move."""

    indicator: str
    scope: str
    holders: tuple[str, ...]
    weight: float
    low: float
    high: float
    below: tuple[Overtake, ...]
    above: tuple[Overtake, ...]
    ranks: tuple[int, ...] = ()  # the holders' nominal ranks (empty: 1, 2, 3 …)

    @property
    def whole_range(self) -> bool:
        return not self.below and not self.above

    @property
    def tied(self) -> bool:
        return len(set(self.ranks)) < len(self.ranks)

    def to_dict(self) -> dict[str, Any]:
        return {"indicator": self.indicator, "scope": self.scope, "holders": list(self.holders),
                "holder_ranks": list(self.ranks) or list(range(1, len(self.holders) + 1)),
                "weight": self.weight, "low": self.low, "high": self.high,
                "below": [o.to_dict() for o in self.below], "above": [o.to_dict() for o in self.above]}


@dataclass(frozen=True)
class DropOne:
    """The podium with one indicator removed (weights renormalised within each level)."""

    indicator: str
    podium: tuple[str, ...]  # holders of places 1..3 without the indicator
    changed_places: tuple[int, ...]  # places (1-based) whose holder differs from the nominal podium (a tied
    # place's holders as a set: tied candidates passing each other change no place)
    nominal_ranks: dict[str, int]  # new rank of each nominal podium member

    def to_dict(self) -> dict[str, Any]:
        return {"indicator": self.indicator, "podium": list(self.podium),
                "changed_places": list(self.changed_places), "nominal_podium_ranks": dict(self.nominal_ranks)}


@dataclass(frozen=True)
class GroupSensitivity:
    group: str | None
    candidates: list[CandidateSensitivity]
    p_podium_unchanged: float  # share of runs with the same top three in the same order
    stability: list[StabilityInterval] = field(default_factory=list)
    drop_one: list[DropOne] = field(default_factory=list)

    @property
    def podium(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.candidates[:3])

    def to_dict(self) -> dict[str, Any]:
        return {"group": self.group, "candidates": [c.to_dict() for c in self.candidates],
                "p_podium_unchanged": self.p_podium_unchanged,
                "stability": [s.to_dict() for s in self.stability],
                "drop_one": [d.to_dict() for d in self.drop_one]}


@dataclass(frozen=True)
class ShareInterval:
    """The range of the panel's share of the final score (the desk's is 1 − it) in which
    ``holders`` keep their places; ``below``/``above``: (who, overtakes whom) at each end."""

    holders: tuple[str, ...]
    share: float
    low: float
    high: float
    below: tuple[tuple[str, str], ...]
    above: tuple[tuple[str, str], ...]

    def to_dict(self) -> dict[str, Any]:
        return {"holders": list(self.holders), "panel_share": self.share, "low": self.low, "high": self.high,
                "below": [{"candidate": a, "overtakes": b} for a, b in self.below],
                "above": [{"candidate": a, "overtakes": b} for a, b in self.above]}


@dataclass(frozen=True)
class JurorDrop:
    """The final podium without one juror's scores (``reason``: why it cannot be computed)."""

    juror: str
    podium: tuple[str, ...]
    without: tuple[str, ...]
    changed_places: tuple[int, ...]
    reason: Message | None = None

    def to_dict(self, lang: Lang) -> dict[str, Any]:
        return {"juror": self.juror, "podium": list(self.podium), "without": list(self.without),
                "changed_places": list(self.changed_places),
                "reason": None if self.reason is None else render(self.reason, lang)}


@dataclass(frozen=True)
class FinalGroup:
    """One group's final stage: the finalists' Monte Carlo statistics (desk weights and final
    shares drawn), the share of runs whose desk scores would shortlist others, the panel-share
    ranges that keep the leader and the podium, and the podium without each juror."""

    group: str | None
    candidates: list[CandidateSensitivity]
    p_podium_unchanged: float
    p_shortlist_changed: float
    share: list[ShareInterval]
    jurors: list[JurorDrop]

    def to_dict(self, lang: Lang) -> dict[str, Any]:
        return {"group": self.group, "candidates": [c.to_dict() for c in self.candidates],
                "p_podium_unchanged": self.p_podium_unchanged, "p_shortlist_changed": self.p_shortlist_changed,
                "share": [s.to_dict() for s in self.share], "jurors": [j.to_dict(lang) for j in self.jurors]}


@dataclass(frozen=True)
class FinalStage:
    """The sensitivity of the final stage (``paritrana.sensitivity.final``)."""

    desk_share: float
    panel_share: float
    groups: list[FinalGroup]

    def to_dict(self, lang: Lang) -> dict[str, Any]:
        return {"desk_share": self.desk_share, "panel_share": self.panel_share,
                "groups": [g.to_dict(lang) for g in self.groups]}


@dataclass(frozen=True)
class SensitivityResult:
    title: str
    year: int | None
    baseline_year: int | None
    input: Source
    criteria_source: Source
    settings: Settings
    indicators: dict[str, float]  # indicator id → nominal global weight
    groups: list[GroupSensitivity]
    ineligible: list[str]
    warnings: list[Issue]
    language: str = "id"  # the criteria's language, the default for labels
    # Staged criteria: "final" (the final stage is analysed too, ``final``) or "desk" (the jury's
    # scores were not given: the analysis covers the desk stage only); None without stages.
    stages: str | None = None
    final: FinalStage | None = None

    def to_dict(self, lang: Lang | None = None) -> dict[str, Any]:
        """The analysis as plain data, its texts in ``lang`` (default: the output language)."""
        lang = output_lang(lang, self.language)
        return {
            "title": self.title, "year": self.year, "baseline_year": self.baseline_year,
            "input": {"path": self.input.path, "sha256": self.input.sha256},
            "criteria": {"path": self.criteria_source.path, "sha256": self.criteria_source.sha256},
            "settings": self.settings.to_dict(),
            "weights": dict(self.indicators),
            "groups": [g.to_dict() for g in self.groups],
            "ineligible": list(self.ineligible),
            "warnings": [w.short_text(lang, self.input.path) for w in self.warnings],
            **({"stages": self.stages} if self.stages is not None else {}),
            **({"final_stage": self.final.to_dict(lang)} if self.final is not None else {}),
        }

    def to_json(self, lang: Lang | None = None) -> str:
        return json.dumps(self.to_dict(lang), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
