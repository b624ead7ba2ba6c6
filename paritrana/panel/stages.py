"""Stages: desk ranking → shortlist → final score with the panel, on a desk ``RankingResult``.

Within each group, the shortlist is the first ``top`` candidates by desk rank (candidates tied
at the cut-off all go through) or every candidate with a desk score ≥ ``min_score``. A
shortlisted candidate's final score is

    final = d × desk score + p × panel score (0–100)       d, p: the final weights as shares

The finalists are ranked by final score; equal final scores (within 1e-9) fall back on the
desk rank, and what is still equal shares a rank (flagged ``tie``). Candidates who were not
shortlisted keep their desk rank and desk score, after the finalists.

JSON (per result, besides SPEC's keys): ``stage`` ("final" | "desk"), ``desk_score``,
``desk_rank``, ``panel_score`` (null unless a scored finalist), ``shortlisted`` and ``panel``
({score, weight, contribution, jurors, criteria} for finalists, else null). For a finalist
``score`` is the final score, and so that the contributions still add up to it, each
indicator's ``weight`` and ``contribution`` are multiplied by the desk share d, and
``panel.contribution`` = p × panel score.

Criteria with stages but no panel scores give the desk ranking with the shortlist marked and a
warning that the final stage was not scored.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from paritrana.core.names import name_key
from paritrana.core.panel_spec import StagesSpec
from paritrana.core.ranked import CandidateResult, PanelEntry, RankedList, StageColumns
from paritrana.core.result import Source, StagesInfo
from paritrana.core.run import RankingRun
from paritrana.errors import CriteriaError, DataError, Issue, IssueCode, Location, Severity
from paritrana.i18n.messages import panel as m
from paritrana.i18n.text import Message
from paritrana.io.limits import ReadOptions
from paritrana.panel.aggregate import PanelAggregate, aggregate_panel
from paritrana.panel.conflicts import (
    NO_CONFLICTS,
    ConflictRow,
    Conflicts,
    apply_conflicts,
    conflict_sentences,
    declare_conflicts,
    filled_warnings,
    read_conflicts,
)
from paritrana.panel.diagnostics import JurorInfluence, PodiumChange, diagnose
from paritrana.panel.forms import FormContext, load_panel_sources
from paritrana.panel.load import PanelScore, PanelScores
from paritrana.panel.outcome import CombinedRow, PanelOutcome

TOLERANCE = 1e-9


PanelArg = str | Path | PanelScores | Sequence[str | Path] | None
ConflictsArg = str | Path | Sequence[ConflictRow] | None


def apply_stages(run: RankingRun, panel: PanelArg = None, read: ReadOptions | None = None,
                 conflicts: ConflictsArg = None) -> RankingRun:
    """The desk ``run`` with the stages of its criteria applied (a new run).

    ``panel``: the jury's scores — a workbook, several files or a folder of returned forms
    (``paritrana.panel.forms``), or scores already read. ``conflicts``: a conflicts sheet (or
    its rows) declaring conflicts of interest beside the criteria's (``paritrana.panel.conflicts``).
    Without ``stages:`` in the criteria the run is returned as it is (a panel file is then
    an error saying what to add). ``read`` bounds the reading of every file."""
    criteria = run.criteria
    stages = criteria.stages
    if stages is None or criteria.panel is None:
        if panel is not None or conflicts is not None:
            raise CriteriaError(m.SCORES_WITHOUT_STAGES(), Location(file=run.criteria_source.path),
                                hint=m.ADD_PANEL_SECTIONS())
        return run
    short = shortlist(run, stages)
    if panel is None:
        return _desk_only(run, stages, short)
    names = [*(r.id for r in run.results), *(i.id for i in run.ineligible)]
    if isinstance(panel, PanelScores):
        scores = panel
    else:
        paths = [panel] if isinstance(panel, (str, Path)) else list(panel)
        scores = load_panel_sources(paths, criteria, names, form_context(run, short), read)
    rows = read_conflicts(conflicts, criteria, read) if isinstance(conflicts, (str, Path)) else list(conflicts or [])
    declared = declare_conflicts(criteria.panel, names, [*scores.expected_jurors, *scores.jurors], rows,
                                 criteria_path=run.criteria_source.path)
    sheet = conflicts_source(conflicts) if isinstance(conflicts, (str, Path)) else None
    return _final(run, stages, short, scores, declared, sheet)


def conflicts_source(path: str | Path) -> Source:
    """The conflicts sheet read, as the audit records it: its path as given and SHA-256."""
    return Source(str(path), hashlib.sha256(Path(path).read_bytes()).hexdigest())


def form_context(run: RankingRun, short: set[str]) -> FormContext:
    """What returned forms are checked against: this run's shortlist, year, data and criteria."""
    finalists = [r.id for r in run.results if name_key(r.id) in short]
    return FormContext(run.year, finalists, run.input.sha256, run.criteria_source.sha256)


def shortlist(run: RankingRun, stages: StagesSpec) -> set[str]:
    """The ``name_key``s of the shortlisted candidates, over all groups."""
    rule = stages.shortlist
    keys = set()
    for r in run.results:
        chosen = r.rank <= rule.top if rule.top is not None else r.score >= rule.min_score - TOLERANCE  # type: ignore[operator]
        if chosen:
            keys.add(name_key(r.id))
    return keys


def _desk_only(run: RankingRun, stages: StagesSpec, short: set[str]) -> RankingRun:
    c = run.results.columns
    listed = [name_key(n) in short for n in c.names]
    staged = StageColumns(stages.final.desk_share, ["desk"] * len(c), list(c.scores), list(c.ranks),
                          [None] * len(c), listed, [None] * len(c))
    results = RankedList(c.reordered(range(len(c)), ranks=list(c.ranks), ties=list(c.ties),
                                     scores=list(c.scores), stages=staged))
    chosen = [n for n, chosen in zip(c.names, listed, strict=True) if chosen]
    warning = _warning(m.DESK_ONLY(names=m.NAMES(names=chosen) if chosen else m.NOBODY()))
    return replace(run, results=results, warnings=[*run.warnings, warning], stages=StagesInfo(stages, scored=False))


def _final(run: RankingRun, stages: StagesSpec, short: set[str], scores: PanelScores,
           conflicts: Conflicts = NO_CONFLICTS, conflicts_file: Source | None = None) -> RankingRun:
    spec = run.criteria.panel
    assert spec is not None
    finalists = [r for r in run.results if name_key(r.id) in short]
    names = [r.id for r in finalists]
    counted, filled = apply_conflicts(scores.scores, conflicts)
    used = [s for s in counted if name_key(s.candidate) in short]
    desk = {name_key(r.id): r for r in run.results}
    index = {name_key(n): k for k, n in enumerate(run.results.columns.names)}
    warnings = list(scores.warnings)
    warnings += filled_warnings([s for s in filled if name_key(s.candidate) in short], scores.path)
    ignored = list(dict.fromkeys(s.candidate for s in scores.scores if name_key(s.candidate) not in short))
    for name in ignored:
        r = desk.get(name_key(name))
        warnings.append(_warning(m.IGNORED_NOT_SHORTLISTED(name=name, rank=r.rank) if r is not None
                                 else m.IGNORED_INELIGIBLE(name=name), scores.path))
    try:
        combined = aggregate_panel(used, spec, names, source=scores.path)
    except DataError as exc:
        if not scores.missing_jurors or type(exc) is not DataError:
            raise
        # too few scores: the jurors who returned no form may be why (their warning is not shown on an error)
        raise DataError(m.WITHOUT_FORMS(text=exc.message, jurors=scores.missing_jurors), exc.location,
                        hint=exc.hint) from None
    warnings += [_warning(note, scores.path) for note in combined.notes]
    jurors = [j for j in scores.jurors if any(name_key(s.juror) == name_key(j) for s in used)]
    warnings += missing_rows(used, spec.criteria, jurors, names, scores.path, conflicts.active)

    d, p = stages.final.desk_share, stages.final.panel_share
    final = final_scores(run, stages, names, combined)
    order: list[int] = []
    ranks: list[int] = []
    ties: list[bool] = []
    totals: list[float] = []
    staged = StageColumns(d, [], [], [], [], [], [])
    rows: list[CombinedRow] = []
    for group in run.groups:
        members = run.in_group(group)
        chosen = [r for r in members if name_key(r.id) in short]
        for r, rank, tie in _rank_finalists(chosen, final):
            cp = combined.candidates[r.id]
            score = final[name_key(r.id)]
            _place(order, ranks, ties, totals, index[name_key(r.id)], rank, tie, score)
            _stage(staged, "final", r, cp.percent, True, PanelEntry(cp.percent, p, p * cp.percent, cp.jurors,
                                                                     dict(cp.criteria)))
            rows.append(CombinedRow(r.id, r.group, dict(cp.criteria), dict(cp.counts), cp.jurors, cp.score,
                                    cp.percent, r.score, r.rank, score, rank))
        for r in members:
            if name_key(r.id) not in short:
                _place(order, ranks, ties, totals, index[name_key(r.id)], r.rank, r.tie, r.score)
                _stage(staged, "desk", r, None, False, None)
    results = RankedList(run.results.columns.reordered(order, ranks=ranks, ties=ties, scores=totals, stages=staged))
    outcome = PanelOutcome(
        spec=spec,
        source=Source(scores.path, scores.sha256),
        layout=scores.layout,
        jurors=jurors,
        candidates=[row.candidate for row in rows],
        scores=used,
        combined=combined,
        diagnostics=replace(diagnose(used, spec, jurors, [row.candidate for row in rows]),
                            leave_one_out=leave_one_out(run, stages, short, used, jurors, final, scores.path)),
        rows=rows,
        ignored=ignored,
        notes=list(combined.notes),
        language=run.criteria.language.value,
        conflicts=conflicts,
        conflict_lines=conflict_sentences(conflicts, [row.candidate for row in rows],
                                          {row.candidate: row.jurors for row in rows}),
        conflicted_scores=[s for s in filled if name_key(s.candidate) in short],
        sources=list(scores.sources),
        panel_jurors=list(scores.expected_jurors) or list(scores.jurors),
        missing_jurors=list(scores.missing_jurors),
        conflicts_source=conflicts_file,
    )
    return replace(run, results=results, warnings=[*run.warnings, *warnings],
                   stages=StagesInfo(stages, scored=True), panel=outcome)


def final_scores(run: RankingRun, stages: StagesSpec, finalists: list[str],
                 combined: PanelAggregate) -> dict[str, float]:
    """name_key → d × desk score + p × panel score (0–100), for each finalist."""
    d, p = stages.final.desk_share, stages.final.panel_share
    desk = {name_key(r.id): r.score for r in run.results}
    return {name_key(n): d * desk[name_key(n)] + p * combined.candidates[n].percent for n in finalists}


def podiums(run: RankingRun, short: set[str], final: dict[str, float]) -> dict[str | None, tuple[str, ...]]:
    """The first three of each group's final ranking: the finalists by final score, then the
    others by desk rank."""
    out: dict[str | None, tuple[str, ...]] = {}
    for group in run.groups:
        members = run.in_group(group)
        chosen = [r for r in members if name_key(r.id) in short]
        ordered = [r.id for r, _, _ in _rank_finalists(chosen, final)]
        ordered += [r.id for r in members if name_key(r.id) not in short]
        out[group] = tuple(ordered[:3])
    return out


def leave_one_out(run: RankingRun, stages: StagesSpec, short: set[str], scores: list[PanelScore],
                  jurors: list[str], final: dict[str, float], path: str) -> list[JurorInfluence]:
    """For each juror, the podium of the final ranking recomputed from the other jurors' scores
    (``final``: the final scores with every juror).

    The question is what the others' scores say, so ``min_jurors`` is not applied (it would
    refuse most panels a juror short); everything else — aggregation, fallback,
    standardisation — is as configured. When the ranking cannot be computed without the juror
    (a finalist only that juror scored, a trimmed mean with too few scores and no fallback),
    the reason is kept instead."""
    spec = run.criteria.panel
    assert spec is not None
    relaxed = spec.model_copy(update={"min_jurors": 1})
    finalists = [r.id for r in run.results if name_key(r.id) in short]
    nominal = podiums(run, short, final)
    out = []
    for juror in jurors:
        rest = [s for s in scores if name_key(s.juror) != name_key(juror)]
        try:
            combined = aggregate_panel(rest, relaxed, finalists, source=path)
        except DataError as exc:
            out.append(JurorInfluence(juror, [], exc.message))
            continue
        without = podiums(run, short, final_scores(run, stages, finalists, combined))
        out.append(JurorInfluence(juror, [PodiumChange(g, nominal[g], without[g]) for g in nominal]))
    return out


def missing_rows(scores: list[PanelScore], criteria: Iterable[str], jurors: list[str], finalists: list[str],
                 path: str, conflicted: set[tuple[str, str]] | frozenset[tuple[str, str]] = frozenset()) -> list[Issue]:
    """A warning for each juror with no row at all for a finalist, or none for some of its
    criteria: counted as an abstention like a blank cell, but worth a look (a row forgotten
    is not a conflict of interest declared). Located on the juror's sheet. A declared conflict
    (``conflicted``: juror and candidate name keys) needs no row."""
    criteria = list(criteria)
    have: dict[tuple[str, str], set[str]] = {}
    sheet_of: dict[str, str | None] = {}
    file_of: dict[str, str] = {}
    for s in scores:
        have.setdefault((name_key(s.juror), name_key(s.candidate)), set()).add(s.criterion)
        sheet_of.setdefault(name_key(s.juror), s.sheet)
        file_of.setdefault(name_key(s.juror), s.file or path)
    out = []
    for juror in jurors:
        for name in finalists:
            if (name_key(juror), name_key(name)) in conflicted:
                continue
            got = have.get((name_key(juror), name_key(name)), set())
            lacking = [c for c in criteria if c not in got]
            if not lacking:
                continue
            text = (m.NO_ROW_FOR_FINALIST(juror=juror, name=name) if len(lacking) == len(criteria)
                    else m.NO_SCORE_FOR_CRITERIA(juror=juror, name=name, criteria=lacking))
            out.append(Issue(IssueCode.STAGES, Severity.WARNING, text,
                             Location(file=file_of.get(name_key(juror), path), sheet=sheet_of.get(name_key(juror))),
                             m.ADD_ROW_EMPTY_IF_ABSTAINED()))
    return out


def _warning(message: Message, file: str | None = None) -> Issue:
    return Issue(IssueCode.STAGES, Severity.WARNING, message, Location(file=file) if file else None)


def _place(order: list[int], ranks: list[int], ties: list[bool], scores: list[float], row: int, rank: int,
           tie: bool, score: float) -> None:
    order.append(row)
    ranks.append(rank)
    ties.append(tie)
    scores.append(score)


def _stage(staged: StageColumns, stage: str, desk: CandidateResult, panel_score: float | None, shortlisted: bool,
           entry: PanelEntry | None) -> None:
    staged.stage.append(stage)
    staged.desk_score.append(desk.score)
    staged.desk_rank.append(desk.rank)
    staged.panel_score.append(panel_score)
    staged.shortlisted.append(shortlisted)
    staged.panel.append(entry)


def _rank_finalists(chosen: list[CandidateResult], final: dict[str, float]) -> list[tuple[CandidateResult, int, bool]]:
    """Finalists by final score, then desk rank; still equal → a shared rank, flagged."""
    ordered = sorted(chosen, key=lambda r: (-final[name_key(r.id)], r.rank, name_key(r.id)))
    out: list[tuple[CandidateResult, int, bool]] = []
    runs: list[list[CandidateResult]] = []
    for r in ordered:
        last = runs[-1][-1] if runs else None
        if last is not None and abs(final[name_key(last.id)] - final[name_key(r.id)]) <= TOLERANCE \
                and last.rank == r.rank:
            runs[-1].append(r)
        else:
            runs.append([r])
    position = 1
    for run in runs:
        out += [(r, position, len(run) > 1) for r in run]
        position += len(run)
    return out
