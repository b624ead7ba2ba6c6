"""load → validate → score → rank: the one function the CLI and library users call."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from paritrana.core.criteria import LoadedCriteria, load_criteria
from paritrana.errors import DataErrors, Issue, IssueList
from paritrana.io.limits import Limits, active_limits
from paritrana.io.load import Dataset, load_dataset
from paritrana.io.period import Period, select_period
from paritrana.core.rank import rank_scored
from paritrana.io.read import DEFAULT_MAX_UNCOMPRESSED_MB
from paritrana.core.result import RankingResult, Source, build_result
from paritrana.core.score import score_period
from paritrana.checks.rules import validate_period


@dataclass(frozen=True)
class Prepared(IssueList):
    """Everything up to scoring: the criteria, the period and all data issues."""

    criteria: LoadedCriteria
    period: Period
    issues: list[Issue]


def as_criteria(criteria: str | Path | LoadedCriteria | None) -> LoadedCriteria:
    return criteria if isinstance(criteria, LoadedCriteria) else load_criteria(criteria)


def prepare(
    path: str | Path,
    *,
    criteria: str | Path | LoadedCriteria | None = None,
    year: int | None = None,
    baseline: str | Path | None = None,
    encoding: str | None = None,
    max_uncompressed_mb: int = DEFAULT_MAX_UNCOMPRESSED_MB,
    limits: Limits | None = None,
) -> Prepared:
    """Load the criteria and the data, pick the years, and collect every data issue.
    ``limits`` (default: ``active_limits(max_uncompressed_mb)``) bounds what is read of each file."""
    loaded = as_criteria(criteria)
    limits = limits if limits is not None else active_limits(max_uncompressed_mb)
    dataset = load_dataset(path, loaded.criteria, encoding=encoding, limits=limits)
    base: Dataset | None = None
    if baseline is not None:
        base = load_dataset(baseline, loaded.criteria, encoding=encoding, limits=limits)
    _stop_on_structure(dataset)
    if base is not None:
        _stop_on_structure(base)
    period = select_period(dataset, loaded.criteria, year=year, baseline=base)
    return Prepared(loaded, period, validate_period(period, loaded.criteria))


@contextmanager
def bulk_allocation() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of small objects are made.

    Reading 725,000 rows creates tens of millions of cells, lists and floats; each automatic
    collection would walk all of them again, which made a large run several times slower.
    Nothing made here holds a reference cycle that needs collecting early.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


STRUCTURAL = {"no-header", "missing-column", "duplicate-header", "duplicate-year"}


def _stop_on_structure(dataset: Dataset) -> None:
    """A sheet whose table could not be read leaves nothing to check across years."""
    if any(issue.code in STRUCTURAL for issue in dataset.errors):
        raise DataErrors(dataset.errors)


def run(
    path: str | Path,
    *,
    criteria: str | Path | LoadedCriteria | None = None,
    year: int | None = None,
    baseline: str | Path | None = None,
    encoding: str | None = None,
    max_uncompressed_mb: int = DEFAULT_MAX_UNCOMPRESSED_MB,
    panel: str | Path | None = None,
    limits: Limits | None = None,
) -> RankingResult:
    """Rank the candidates of ``path`` under ``criteria`` (default: the packaged criteria).

    With ``stages:`` in the criteria, the desk ranking is followed by the shortlist and, given
    the jury's ``panel`` workbook, the final stage (see ``paritrana.panel.stages``).
    Raises ``DataError``/``CriteriaError`` (with file, sheet and cell, or YAML line) for
    anything wrong in the inputs; data warnings are part of the result.
    """
    limits = limits if limits is not None else active_limits(max_uncompressed_mb)
    prepared = prepare(path, criteria=criteria, year=year, baseline=baseline, encoding=encoding, limits=limits)
    result = rank_prepared(prepared)
    if panel is None and prepared.criteria.criteria.stages is None:
        return result
    from paritrana.panel.stages import apply_stages

    return apply_stages(result, panel, encoding=encoding, max_uncompressed_mb=limits.max_uncompressed_mb)


def rank_prepared(prepared: Prepared) -> RankingResult:
    if prepared.errors:
        raise DataErrors(prepared.errors)
    period, loaded = prepared.period, prepared.criteria
    scored = score_period(period, loaded.criteria)
    placings = rank_scored(scored, loaded.criteria)
    base = period.baseline
    baseline_source = Source(base.path, base.sha256) if base is not None else None
    warnings = [w.short for w in prepared.warnings]
    return build_result(period, scored, loaded, warnings, placings, baseline_source)
