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

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from paritrana.core.names import name_key
from paritrana.i18n.lang import output_lang
from paritrana.i18n.text import Message, render
from paritrana.panel.conflicts import Conflicts

if TYPE_CHECKING:
    from paritrana.core.panel_spec import PanelSpec
    from paritrana.core.result import Source
    from paritrana.panel.aggregate import PanelAggregate
    from paritrana.panel.diagnostics import Diagnostics
    from paritrana.panel.forms import PanelSource
    from paritrana.panel.load import PanelScore


@dataclass(frozen=True)
class PanelMatrix:
    """``values[j][k]``: juror ``jurors[j]`` on candidate ``candidates[k]`` (None: not scored);
    ``abstained[j][k]``: True where that is an explicit blank cell in the panel workbook or a
    cell not counted because of a conflict of interest; ``conflicts[j][k]``: True for the latter."""

    jurors: list[str]
    candidates: list[str]
    criterion: str | None  # None: the jurors' weighted totals
    values: list[list[float | None]]
    abstained: list[list[bool]]
    conflicts: list[list[bool]] = field(default_factory=list)


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
    conflicts: Conflicts = field(default_factory=lambda: Conflicts([]))  # declared, lifted ones included
    conflict_lines: list[Message] = field(default_factory=list)  # one per finalist with a conflict, then lifts
    conflicted_scores: list[PanelScore] = field(default_factory=list)  # conflicted cells filled in anyway (not counted)
    sources: list[PanelSource] = field(default_factory=list)  # the files read (forms or workbooks)
    panel_jurors: list[str] = field(default_factory=list)  # the whole panel (declared or on the forms)
    missing_jurors: list[str] = field(default_factory=list)  # of the panel, those without scores
    conflicts_source: Source | None = None  # the conflicts sheet read (``--conflicts``), for the audit

    # ---- what the chair and the audit read ---------------------------------------------------

    def conflict_matrix(self) -> dict[str, Any]:
        """Juror × finalist: "conflict" (not counted), "lifted" (the chair lifted it) or None."""
        jurors = list(dict.fromkeys([*self.panel_jurors, *self.jurors, *(c.juror for c in self.conflicts.items)]))
        return {"jurors": jurors, "candidates": list(self.candidates),
                "cells": self.conflicts.matrix(jurors, self.candidates)}

    def raw_and_standardized(self, candidate: str) -> list[tuple[str, str, float | None, float | None]]:
        """A finalist's scores as (juror, criterion, raw, standardised); the standardised value is
        None for an abstention or a conflict, and equals the raw one when the panel does not
        standardise."""
        values = self.combined.values
        out = []
        for s in self.scores:
            if name_key(s.candidate) != name_key(candidate):
                continue
            used = values.get((s.juror, s.candidate, s.criterion)) if s.value is not None else None
            out.append((s.juror, s.criterion, s.value, used))
        return out

    # ---- report hooks -----------------------------------------------------------------------

    def matrix(self, criterion: str | None = None) -> PanelMatrix:
        """Juror × finalist: totals (``criterion=None``) or one criterion's raw scores."""
        if criterion is not None and criterion not in self.spec.criteria:
            raise KeyError(criterion)
        blank = {(name_key(s.juror), name_key(s.candidate)) for s in self.scores
                 if s.value is None and (criterion is None or s.criterion == criterion)}
        active = self.conflicts.active
        if criterion is None:
            totals = self.diagnostics.totals
            values = [[totals[j][c] for c in self.candidates] for j in self.jurors]
        else:
            given = {(name_key(s.juror), name_key(s.candidate)): s.value for s in self.scores
                     if s.criterion == criterion and s.value is not None}
            values = [[given.get((name_key(j), name_key(c))) for c in self.candidates] for j in self.jurors]
        abstained = [[values[a][b] is None and (name_key(j), name_key(c)) in blank
                      for b, c in enumerate(self.candidates)] for a, j in enumerate(self.jurors)]
        conflicts = [[(name_key(j), name_key(c)) in active for c in self.candidates] for j in self.jurors]
        return PanelMatrix(list(self.jurors), list(self.candidates), criterion, values, abstained, conflicts)

    def combined_rows(self) -> list[CombinedRow]:
        return list(self.rows)

    def _standardized(self, s: PanelScore) -> float | None:
        if not self.spec.standardize or s.value is None:
            return None
        return self.combined.values.get((s.juror, s.candidate, s.criterion))

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """The JSON "panel" object; its notes in ``lang`` (default: the output language)."""
        lang = output_lang(lang, self.language)
        spec = self.spec
        filled = {(s.juror, s.candidate, s.criterion): s.value for s in self.conflicted_scores}
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
            "too_few_jurors": spec.too_few_jurors.value,
            "sources": [source.to_dict() for source in self.sources],
            "panel_jurors": list(self.panel_jurors),
            "missing_jurors": list(self.missing_jurors),
            "scores": [
                {"juror": s.juror, "candidate": s.candidate, "criterion": s.criterion, "value": s.value,
                 "standardized": self._standardized(s), "conflict": s.conflict,
                 "ignored_value": filled.get((s.juror, s.candidate, s.criterion)),
                 "file": s.file, "sheet": s.sheet, "cell": s.cell}
                for s in self.scores
            ],
            "standardization": (None if self.combined.standardization is None
                                else self.combined.standardization.to_dict(self.jurors)),
            "conflicts": {
                "declared": [c.to_dict() for c in self.conflicts.items],
                "matrix": self.conflict_matrix(),
                "lines": [render(line, lang) for line in self.conflict_lines],
            },
            "totals": [
                {"juror": j, "candidate": c, "total": self.diagnostics.totals[j][c]}
                for j in self.jurors for c in self.candidates
            ],
            "diagnostics": self.diagnostics.to_dict(lang),
            "ignored": list(self.ignored),
            "notes": [render(n, lang) for n in self.notes],
        }
