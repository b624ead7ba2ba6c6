"""A ranking read against other rounds and against fixed classes: the movement since a
previous result, and the status bands of the criteria (``bands:``).

Each function takes a result (a ``RankingResult`` or ``RankingRun``) and returns a copy with
more per-candidate keys (``RankedColumns.extra``) and top-level keys; nothing is changed in
place, and without the option nothing is added (the JSON of a plain ``rank`` stays as it was).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, TypeVar

from paritrana.core.criteria import SCORE_BAND
from paritrana.core.previous import MOVEMENT, PreviousResult, movement_columns
from paritrana.core.ranked import RankedList
from paritrana.core.result import RankingResult
from paritrana.errors import DataError, Issue, IssueCode, Location, Severity
from paritrana.i18n.messages import rounds as m

R = TypeVar("R", bound=RankingResult)


def with_previous(result: R, previous: PreviousResult) -> R:
    """``result`` with each candidate's previous rank and score and its movement (see
    ``core.previous``), and the JSON's top-level ``previous``. A previous result of the same
    or a later year is refused; one that shares no candidate gives a warning."""
    if previous.year is not None and result.year is not None and previous.year >= result.year:
        raise DataError(m.PREVIOUS_SAME_YEAR(previous=previous.year, year=result.year), Location(file=previous.path),
                        hint=m.PREVIOUS_PICK_OLDER())
    added = movement_columns(result.results.columns, previous)
    warnings = list(result.warnings)
    if result.results and all(v is None for v in added[MOVEMENT]):
        warnings.append(Issue(IssueCode.PREVIOUS, Severity.WARNING, m.PREVIOUS_NO_MATCH(title=previous.title),
                              Location(file=previous.path), m.PREVIOUS_NO_MATCH_HINT()))
    columns = result.results.columns.with_extra(added)
    return replace(result, results=RankedList(columns), previous=previous, warnings=warnings)


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
