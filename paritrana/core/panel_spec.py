"""The ``panel:`` and ``stages:`` sections of a criteria file.

``panel:`` describes the interview (Tim 9): the score scale, the interview criteria and their
relative weights, how the jurors' scores are combined, and the minimum number of jurors.
``stages:`` says how many desk candidates go through to the interview (``shortlist``) and how
the final score weighs the desk score against the panel score.

    panel:
      label: Wawancara Tim 9
      scale: [0, 100]
      aggregation: trimmed        # mean | median | trimmed (drop highest and lowest)
      trimmed_fallback: mean      # error | mean | median, when fewer than 5 scores
      standardize: false          # per-juror z-scores, put back on the panel's scale
      min_jurors: 5
      too_few_jurors: error       # error | warn, when conflicts leave fewer than min_jurors
      criteria:
        komitmen: {label: Komitmen kepala daerah, weight: 30}
        inovasi: 25               # a bare number is the weight
      jurors:                     # the panel (names on the scoring forms); optional
        - Juri 1                  # a bare name
        - {name: Juri 4, asal: Sanggau, role: unsur serikat pekerja}
      conflicts:                  # juror → the candidates they must not score
        Juri 7: [Sekadau]
      overrides:                  # a declared conflict the chair lifts, with the reason
        - {juror: Juri 4, candidate: Sanggau, reason: "..."}
    stages:
      shortlist: 5                # or {top: 5} or {min_score: 50}; per group
      final: {desk: 60, panel: 40}

A juror's ``asal`` (their region of origin) declares a conflict with the candidate of that
name (matched like names across years: "Kab. Sanggau" = "Sanggau"); ``conflicts`` declares
others. A conflicted score is never counted (``paritrana.panel.conflicts``).
"""

from __future__ import annotations

import difflib
from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field, field_validator, model_validator

from paritrana.core.headers import header_key
from paritrana.core.localized import Localized, in_lang
from paritrana.core.names import name_key
from paritrana.core.problems import ModelProblem
from paritrana.core.strict import Strict
from paritrana.i18n.messages import criteria as m
from paritrana.i18n.messages import panel as pm
from paritrana.i18n.text import Message

TRIMMED_MIN_SCORES = 5  # trimmed mean: drop the highest and the lowest of at least five scores


class PanelAggregation(StrEnum):
    MEAN = "mean"
    MEDIAN = "median"
    TRIMMED = "trimmed"


class TrimmedFallback(StrEnum):
    ERROR = "error"
    MEAN = "mean"
    MEDIAN = "median"


class TooFewJurors(StrEnum):
    """What happens when fewer than ``min_jurors`` jurors remain for a finalist (after
    abstentions and conflicts of interest): stop with an error, or score over those who remain
    with a warning."""

    ERROR = "error"
    WARN = "warn"


def _as_list(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


NonBlank = Annotated[str, Field(min_length=1, pattern=r"\S")]


class Juror(Strict):
    """A member of the panel: the name written on their scoring form, where they come from
    (``asal``: a conflict with the candidate of that name) and their role (printed on the form)."""

    name: NonBlank
    asal: list[NonBlank] = []
    role: Localized | None = None

    @field_validator("asal", mode="before")
    @classmethod
    def _one_origin(cls, value: Any) -> Any:
        return _as_list(value)


class Override(Strict):
    """A declared conflict of interest that the chair lifts, with the reason (shown in the audit)."""

    juror: NonBlank
    candidate: NonBlank
    reason: NonBlank


class PanelCriterion(Strict):
    """One interview criterion: a relative weight, a label and extra header aliases."""

    weight: Annotated[float, Field(gt=0, allow_inf_nan=False)]
    label: Localized | None = None
    headers: list[str] = []

    @field_validator("headers", mode="before")
    @classmethod
    def _one_header(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


class PanelColumns(Strict):
    """Extra header aliases for the panel workbook, added to the built-in ones."""

    juror: list[str] = []
    candidate: list[str] = []
    criterion: list[str] = []
    score: list[str] = []

    @field_validator("juror", "candidate", "criterion", "score", mode="before")
    @classmethod
    def _one_header(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


class PanelSpec(Strict):
    label: Localized | None = None
    scale: tuple[float, float] = (0.0, 100.0)
    aggregation: PanelAggregation = PanelAggregation.MEAN
    trimmed_fallback: TrimmedFallback = TrimmedFallback.ERROR
    standardize: bool = False
    min_jurors: Annotated[int, Field(ge=1)] = 1
    too_few_jurors: TooFewJurors = TooFewJurors.ERROR
    criteria: dict[str, PanelCriterion]
    columns: PanelColumns = PanelColumns()
    jurors: list[Juror] = []
    conflicts: dict[str, list[NonBlank]] = {}
    overrides: list[Override] = []

    @field_validator("jurors", mode="before")
    @classmethod
    def _bare_names(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [{"name": v} if isinstance(v, str) else v for v in value]
        return value

    @field_validator("conflicts", mode="before")
    @classmethod
    def _one_conflict(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {k: _as_list(v) for k, v in value.items()}
        return value

    @field_validator("criteria", mode="before")
    @classmethod
    def _bare_weights(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {k: {"weight": v} if isinstance(v, (int, float)) and not isinstance(v, bool) else v
                    for k, v in value.items()}
        return value

    @field_validator("criteria")
    @classmethod
    def _not_empty(cls, value: dict[str, PanelCriterion]) -> dict[str, PanelCriterion]:
        if not value:
            raise ModelProblem(m.PANEL_NEEDS_CRITERION())
        return value

    @model_validator(mode="after")
    def _check(self) -> PanelSpec:
        lo, hi = self.scale
        if not hi > lo:
            raise ModelProblem(m.SCALE_ORDER(lo=lo, hi=hi))
        return self

    @property
    def weights(self) -> dict[str, float]:
        """Each interview criterion's share (relative weights scaled to sum to 1)."""
        total = sum(c.weight for c in self.criteria.values())
        return {cid: c.weight / total for cid, c in self.criteria.items()}

    def label_of(self, criterion: str, lang: str | None = None) -> str:
        """The interview criterion's label in ``lang`` (None: the criteria's language), else its id."""
        return in_lang(self.criteria[criterion].label, lang) or criterion

    def title_in(self, lang: str | None = None) -> str | None:
        """The panel's own label (``Wawancara Tim 9``) in ``lang``, if it has one."""
        return in_lang(self.label, lang)

    @property
    def juror_names(self) -> list[str]:
        """The declared jurors' names, in order (empty when the criteria name none)."""
        return [j.name for j in self.jurors]

    def to_percent(self, value: float) -> float:
        """A value on the declared scale → 0–100 (the scale the desk score uses)."""
        lo, hi = self.scale
        return 100.0 * (value - lo) / (hi - lo)


class Shortlist(Strict):
    """Who goes through to the interview, per group: the first ``top`` by desk rank (ties at
    the cut-off included) or everyone with a desk score of at least ``min_score``."""

    top: Annotated[int, Field(ge=1)] | None = None
    min_score: Annotated[float, Field(allow_inf_nan=False)] | None = None

    @model_validator(mode="after")
    def _one_rule(self) -> Shortlist:
        if (self.top is None) == (self.min_score is None):
            raise ModelProblem(m.SHORTLIST_ONE_RULE())
        return self

    def describe(self) -> dict[str, float | int]:
        return {"top": self.top} if self.top is not None else {"min_score": self.min_score}  # type: ignore[dict-item]


class FinalStage(Strict):
    """Relative weights of the desk score and the panel score in the final score."""

    desk: Annotated[float, Field(ge=0, allow_inf_nan=False)]
    panel: Annotated[float, Field(gt=0, allow_inf_nan=False)]

    @property
    def desk_share(self) -> float:
        return self.desk / (self.desk + self.panel)

    @property
    def panel_share(self) -> float:
        return self.panel / (self.desk + self.panel)


class StagesSpec(Strict):
    shortlist: Shortlist
    final: FinalStage

    @field_validator("shortlist", mode="before")
    @classmethod
    def _bare_number(cls, value: Any) -> Any:
        return {"top": value} if isinstance(value, int) and not isinstance(value, bool) else value


# ---- helpers for the criteria loader's messages and cross-checks ------------------------

_MODELS: dict[str, type[Strict]] = {
    "PanelSpec": PanelSpec,
    "PanelCriterion": PanelCriterion,
    "PanelColumns": PanelColumns,
    "Juror": Juror,
    "Override": Override,
    "StagesSpec": StagesSpec,
    "Shortlist": Shortlist,
    "FinalStage": FinalStage,
}


def allowed_keys(parent: tuple[Any, ...]) -> list[str] | None:
    """The keys allowed under ``parent`` (a YAML path) inside ``panel:``/``stages:``, for
    "unknown key ... did you mean" messages; None outside those sections."""
    if not parent or parent[0] not in ("panel", "stages"):
        return None
    if parent == ("panel",):
        model = "PanelSpec"
    elif parent == ("stages",):
        model = "StagesSpec"
    elif parent[0] == "panel" and len(parent) == 3 and parent[1] == "criteria":
        model = "PanelCriterion"
    elif parent == ("panel", "columns"):
        model = "PanelColumns"
    elif parent[:2] == ("panel", "jurors") and len(parent) == 3:
        model = "Juror"
    elif parent[:2] == ("panel", "overrides") and len(parent) == 3:
        model = "Override"
    elif parent == ("stages", "shortlist"):
        model = "Shortlist"
    elif parent == ("stages", "final"):
        model = "FinalStage"
    else:
        return None
    return list(_MODELS[model].model_fields)


def stage_problems(panel: PanelSpec | None, stages: StagesSpec | None) -> list[tuple[tuple[Any, ...], Message]]:
    """``panel:`` and ``stages:`` only make sense together; no header names two criteria."""
    if stages is not None and panel is None:
        return [(("stages",), m.STAGES_NEED_PANEL())]
    if panel is not None and stages is None:
        return [(("panel",), m.PANEL_NEEDS_STAGES())]
    problems: list[tuple[tuple[Any, ...], Message]] = []
    if panel is not None:
        seen: dict[str, str] = {}

        for cid, criterion in panel.criteria.items():
            labels = set(criterion.label.texts.values()) | {str(criterion.label)} if criterion.label else set()
            for name in sorted({cid, *labels, *criterion.headers}):
                key = header_key(name)
                if key in seen and seen[key] != cid:
                    problems.append((("panel", "criteria", cid),
                                     m.PANEL_NAME_TWICE(name=name, first=seen[key], second=cid)))
                seen.setdefault(key, cid)
        problems += _juror_problems(panel)
    return problems


def _juror_problems(panel: PanelSpec) -> list[tuple[tuple[Any, ...], Message]]:
    """Each juror named once; conflicts and overrides name declared jurors (when the criteria
    declare any: without a list, the jurors are those of the scores, checked when they are read)."""
    problems: list[tuple[tuple[Any, ...], Message]] = []
    first: dict[str, str] = {}
    for i, juror in enumerate(panel.jurors):
        key = name_key(juror.name)
        if key in first:
            problems.append((("panel", "jurors", i), pm.JUROR_DECLARED_TWICE(name=juror.name, first=first[key])))
        first.setdefault(key, juror.name)
    if not first:
        return problems
    names = list(first.values())
    for name in panel.conflicts:
        if name_key(name) not in first:
            problems.append((("panel", "conflicts", name), _unknown_juror(name, names)))
    for i, override in enumerate(panel.overrides):
        if name_key(override.juror) not in first:
            problems.append((("panel", "overrides", i, "juror"), _unknown_juror(override.juror, names)))
    return problems


def _unknown_juror(name: str, names: list[str]) -> Message:
    near = difflib.get_close_matches(name_key(name), [name_key(n) for n in names], n=1, cutoff=0.6)
    if near:
        close = next(n for n in names if name_key(n) == near[0])
        return pm.NOT_A_DECLARED_JUROR_CLOSE(name=name, close=close)
    return pm.NOT_A_DECLARED_JUROR(name=name, names=names)


def did_you_mean(word: str, options: list[str]) -> str:
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else f"known: {', '.join(options)}"
