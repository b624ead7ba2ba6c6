"""A ranking read against other rounds and against fixed classes: the movement since a
previous result, and the status bands of the criteria (``bands:``).

Each function takes a result (a ``RankingResult`` or ``RankingRun``) and returns a copy with
more per-candidate keys (``RankedColumns.extra``) and top-level keys; nothing is changed in
place, and without the option nothing is added (the JSON of a plain ``rank`` stays as it was).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, TypeVar

from paritrana.core.criteria import SCORE_BAND, Criteria
from paritrana.core.previous import MOVEMENT, PreviousResult, movement_columns
from paritrana.core.ranked import RankedList
from paritrana.core.result import RankingResult
from paritrana.errors import DataError, Issue, IssueCode, Location, Severity
from paritrana.i18n.messages import rounds as m
from paritrana.i18n.text import Message

R = TypeVar("R", bound=RankingResult)


def with_previous(result: R, previous: PreviousResult, criteria_then: Criteria | None = None) -> R:
    """``result`` with each candidate's previous rank and score and its movement (see
    ``core.previous``), and the JSON's top-level ``previous``. A previous result of the same
    or a later year is refused; one that shares no candidate gives a warning, and so does one
    ranked under other criteria (``criteria_then``: the criteria it records, as
    ``io.previous.previous_criteria`` reads them, the same comparison as ``explain
    --previous``; None when it does not record them: then its criteria's SHA-256 is compared)."""
    if previous.year is not None and result.year is not None and previous.year >= result.year:
        raise DataError(m.PREVIOUS_SAME_YEAR(previous=previous.year, year=result.year), Location(file=previous.path),
                        hint=m.PREVIOUS_PICK_OLDER())
    added = movement_columns(result.results.columns, previous)
    warnings = list(result.warnings)
    if result.results and all(v is None for v in added[MOVEMENT]):
        warnings.append(Issue(IssueCode.PREVIOUS, Severity.WARNING, m.PREVIOUS_NO_MATCH(title=previous.title),
                              Location(file=previous.path), m.PREVIOUS_NO_MATCH_HINT()))
    if criteria_then is None:
        differ = [m.CRITERIA_FILE()] if previous.criteria_sha256 != result.criteria_source.sha256 else []
    else:
        differ = criteria_difference(criteria_then, result.criteria)
    if differ:
        warnings.append(Issue(IssueCode.PREVIOUS, Severity.WARNING, m.PREVIOUS_CRITERIA_DIFFER(what=differ),
                              Location(file=previous.path), m.PREVIOUS_CRITERIA_DIFFER_HINT()))
    columns = result.results.columns.with_extra(added)
    return replace(result, results=RankedList(columns), previous=previous, warnings=warnings)


def criteria_difference(before: Criteria, now: Criteria) -> list[Message]:
    """How ``now`` differs from ``before`` where the scores can tell (empty when they are equal
    but for titles, labels, units and descriptions): indicators added, removed, weights written
    differently (an indicator's, or its aspect's), or other scoring rules."""
    if before == now:
        return []
    old, new = before.all_indicators, now.all_indicators
    out: list[Message] = []
    added, removed = [i for i in new if i not in old], [i for i in old if i not in new]
    if added:
        out.append(m.CRITERIA_ADDED(ids=added))
    if removed:
        out.append(m.CRITERIA_REMOVED(ids=removed))
    old_aspects, new_aspects = before.tree, now.tree
    weights = [aid for aid in new_aspects if aid in old_aspects and len(new_aspects) > 1
               and new_aspects[aid].weight != old_aspects[aid].weight]
    weights += [iid for iid in new if iid in old and new[iid].weight != old[iid].weight]
    if weights:
        out.append(m.CRITERIA_WEIGHTS(ids=weights))
    if not out and _scoring(before) != _scoring(now):
        out.append(m.CRITERIA_RULES())
    return out


_WORDING = frozenset({"title", "label", "unit", "description", "language"})  # keys that do not score


def _scoring(criteria: Criteria) -> Any:
    """The criteria without their wording: what the scores depend on (weights included)."""
    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in _WORDING}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return strip(criteria.model_dump())


SOURCE = "source"  # the per-candidate key of the input file, with several files
INPUTS = "inputs"  # the top-level key listing every file read (path, sha256, candidates)
SHORTLIST = "shortlist"  # the top-level key of --top-per-group: per_group, groups (how many each), ranked
HISTORY = "history"  # the top-level key of --history: one ranking per year
SHORTLISTED_FROM = "shortlisted_from"  # per candidate of a shortlist: {"group": …, "rank": …}
BANDS = "bands"  # the per-candidate key {target: class} and the top-level key of the definitions and counts


def with_bands(result: R) -> R:
    """``result`` with each candidate's class in every band of its criteria (``bands`` per
    candidate: target → class) and, top-level, each band's classes, cut-offs and how many
    candidates fall in each class (over all groups, and per group when there are groups).
    Unchanged when the criteria have no bands."""
    bands = result.criteria.bands
    if not bands:
        return result
    c = result.results.columns
    classes = {}
    for target, band in bands.items():
        values = c.scores if target == SCORE_BAND else c.raw[target]
        classes[target] = band.classify([float("nan") if v is None else v for v in values])
    per_candidate = [{t: classes[t][k] for t in bands} for k in range(len(c))]
    grouped = bool(result.criteria.group_by)
    summary: dict[str, Any] = {}
    for target, band in bands.items():
        names = [str(x) for x in band.classes]
        counts = {n: classes[target].count(n) for n in names}
        label = str(band.label) if band.label else None
        entry: dict[str, Any] = {"label": label, "classes": names, "cuts": list(band.cuts), "counts": counts}
        if grouped:
            entry["counts_by_group"] = {
                g: {n: sum(1 for k in range(len(c)) if c.groups[k] == g and classes[target][k] == n) for n in names}
                for g in dict.fromkeys(c.groups) if g is not None}
        summary[target] = entry
    columns = c.with_extra({BANDS: per_candidate})
    return replace(result, results=RankedList(columns), sections={**result.sections, BANDS: summary})
