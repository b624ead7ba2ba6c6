"""The panel part of a ranking result, and the tables the reports read from it.

``RankingResult.stages`` (``paritrana.core.result.StagesInfo``) says how the stages were set up and whether the final
stage was scored; ``RankingResult.panel`` (``PanelOutcome``) holds the panel's scores, the
combined scores and the diagnostics. Report hooks (plain data, no formatting):

* ``outcome.matrix(criterion=None)`` → ``PanelMatrix``: juror × candidate, each cell the
  juror's total (weighted over the criteria they scored) or one criterion's score; ``None``
  where the juror did not score, with ``abstained[j][k]`` telling a blank cell (abstention)
  from a missing row.
* ``outcome.combined_rows()`` → one ``CombinedRow`` per finalist: combined score per
  criterion, jurors, panel score (declared scale and 0–100), desk and final score, ranks.
* ``outcome.diagnostics`` → ``Diagnostics`` (severity, Spearman, Kendall's W, abstentions,
  disagreement); ``outcome.to_dict()`` is the JSON "panel" object.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from paritrana.core.names import name_key
from paritrana.i18n.lang import output_lang
from paritrana.i18n.text import Message, render

if TYPE_CHECKING:
    from paritrana.core.panel_spec import PanelSpec
    from paritrana.core.result import Source
    from paritrana.panel.aggregate import PanelAggregate
    from paritrana.panel.diagnostics import Diagnostics
    from paritrana.panel.load import PanelScore


@dataclass(frozen=True)
class PanelMatrix:
    """``values[j][k]``: juror ``jurors[j]`` on candidate ``candidates[k]`` (None: not scored);
    ``abstained[j][k]``: True where that is an explicit blank cell in the panel workbook."""

    jurors: list[str]
    candidates: list[str]
    criterion: str | None  # None: the jurors' weighted totals
    values: list[list[float | None]]
    abstained: list[list[bool]]


@dataclass(frozen=True)
class CombinedRow:
    candidate: str
    group: str | None
    criteria: dict[str, float]  # combined per interview criterion (declared scale)
    counts: dict[str, int]  # jurors behind each criterion
    jurors: int
    panel_score: float  # declared scale
    panel_percent: float  # 0–100, as used in the final score
    desk_score: float
    desk_rank: int
    final_score: float
    final_rank: int


@dataclass(frozen=True)
class PanelOutcome:
    spec: PanelSpec
    source: Source
    layout: str
    jurors: list[str]
    candidates: list[str]  # the finalists, in final order
    scores: list[PanelScore]  # the finalists' scores as read (raw, abstentions included)
    combined: PanelAggregate
    diagnostics: Diagnostics
    rows: list[CombinedRow]
    ignored: list[str]  # candidates with panel scores who were not shortlisted
    notes: list[Message]
    language: str = "id"  # the criteria's language: the default of the texts in ``to_dict``

    # ---- report hooks -----------------------------------------------------------------------

    def matrix(self, criterion: str | None = None) -> PanelMatrix:
        """Juror × finalist: totals (``criterion=None``) or one criterion's raw scores."""
        if criterion is not None and criterion not in self.spec.criteria:
            raise KeyError(criterion)
        blank = {(name_key(s.juror), name_key(s.candidate)) for s in self.scores
                 if s.value is None and (criterion is None or s.criterion == criterion)}
        if criterion is None:
            totals = self.diagnostics.totals
            values = [[totals[j][c] for c in self.candidates] for j in self.jurors]
        else:
            given = {(name_key(s.juror), name_key(s.candidate)): s.value for s in self.scores
                     if s.criterion == criterion and s.value is not None}
            values = [[given.get((name_key(j), name_key(c))) for c in self.candidates] for j in self.jurors]
        abstained = [[values[a][b] is None and (name_key(j), name_key(c)) in blank
                      for b, c in enumerate(self.candidates)] for a, j in enumerate(self.jurors)]
        return PanelMatrix(list(self.jurors), list(self.candidates), criterion, values, abstained)

    def combined_rows(self) -> list[CombinedRow]:
        return list(self.rows)

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """The JSON "panel" object; its notes in ``lang`` (default: the output language)."""
        lang = output_lang(lang, self.language)
        spec = self.spec
        return {
            "source": {"path": self.source.path, "sha256": self.source.sha256},
            "layout": self.layout,
            "scale": list(spec.scale),
            "aggregation": spec.aggregation.value,
            "standardize": spec.standardize,
            "min_jurors": spec.min_jurors,
            "criteria": {cid: {"label": spec.label_of(cid), "weight": w} for cid, w in spec.weights.items()},
            "jurors": list(self.jurors),
            "candidates": [
                {"id": r.candidate, "group": r.group, "score": r.panel_score, "percent": r.panel_percent,
                 "jurors": r.jurors, "criteria": dict(r.criteria), "counts": dict(r.counts)}
                for r in self.rows
            ],
            "scores": [
                {"juror": s.juror, "candidate": s.candidate, "criterion": s.criterion, "value": s.value,
                 "sheet": s.sheet, "cell": s.cell}
                for s in self.scores
            ],
            "totals": [
                {"juror": j, "candidate": c, "total": self.diagnostics.totals[j][c]}
                for j in self.jurors for c in self.candidates
            ],
            "diagnostics": self.diagnostics.to_dict(lang),
            "ignored": list(self.ignored),
            "notes": [render(n, lang) for n in self.notes],
        }
