"""The library's front door: everything the command line does, one call each.

    import paritrana
    result = paritrana.run("2025.xlsx")                    # → RankingResult (SPEC's JSON)
    report = paritrana.validate("2025.xlsx")               # → ValidationReport (every issue)
    ranked = paritrana.evaluate("2025.xlsx")               # → RankingRun (for reports, explain)

Every entry point takes the same ``ReadOptions`` (CSV encoding and size limits), which reaches
every file it reads: the data, the baseline workbook and the jury's scores.

One code path: ``prepare`` loads the data, chooses the years, runs every check and — when no
check found an error — scores, so that scoring's own refusals (a zero divisor, a negative
``ratio_to_max`` value) are issues too. ``validate`` reports that list; ``run`` stops on its
errors. ``rank`` and ``validate`` therefore report the same errors for every file.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from paritrana.checks.report import ValidationReport, default_hint
from paritrana.checks.rules import validate_period, validate_rows
from paritrana.core.criteria import Criteria, LoadedCriteria
from paritrana.core.dataset import Dataset, Period
from paritrana.core.rank import rank_scored
from paritrana.core.result import RankingResult, Source, build_result
from paritrana.core.run import RankingRun
from paritrana.core.score import Scored, score_period
from paritrana.errors import (
    DataError,
    DataErrors,
    Issue,
    IssueCode,
    IssueList,
    Location,
    ParitranaError,
    Severity,
    UsageError,
)
from paritrana.i18n.messages import audit as am
from paritrana.i18n.text import Message
from paritrana.io.criteria_file import as_criteria, load_criteria
from paritrana.io.limits import ReadOptions
from paritrana.io.load import load_dataset
from paritrana.io.period import select_period
from paritrana.panel.stages import apply_stages
from paritrana.report.audit import InputFile
from paritrana.report.verify import (
    ErrorText,
    Located,
    VerifyResult,
    compare_ranking,
    compare_weights,
    input_message,
    locate,
    read_report,
    rehash,
    role_text,
)
from paritrana.sensitivity import analyse, check_options
from paritrana.sensitivity.model import SensitivityResult
from paritrana.sensitivity.montecarlo import Progress

CriteriaArg = str | Path | LoadedCriteria | None


@dataclass(frozen=True)
class Prepared(IssueList):
    """Everything up to ranking: the criteria, the period (None when the years could not be
    paired), every issue found, and the scores when no issue is an error."""

    criteria: LoadedCriteria
    period: Period | None
    issues: list[Issue]
    dataset: Dataset | None = None
    baseline: Dataset | None = None
    scored: Scored | None = field(default=None, repr=False)


def prepare(path: str | Path, *, criteria: CriteriaArg = None, year: int | None = None,
            baseline: str | Path | None = None, read: ReadOptions | None = None) -> Prepared:
    """Load the criteria and the data, pick the years and collect every data issue.

    Unlike scoring, this does not stop at a sheet whose header is broken: the other sheets
    are still checked, and the cross-year checks run whenever the assessed year and its
    baseline could be read. A file that cannot be read at all is an issue too. Raises only
    ``CriteriaError`` (the criteria are needed to read anything)."""
    loaded = as_criteria(criteria)
    with _speaking(loaded):
        return _prepare(loaded, path, year, baseline, read)


@contextmanager
def _speaking(loaded: LoadedCriteria) -> Iterator[None]:
    """Errors raised under ``loaded`` carry its language, so that they are shown in it."""
    try:
        yield
    except ParitranaError as exc:
        if exc.language is None:
            exc.language = loaded.criteria.language
        raise


def _prepare(loaded: LoadedCriteria, path: str | Path, year: int | None, baseline: str | Path | None,
             read: ReadOptions | None) -> Prepared:
    c = loaded.criteria
    unreadable: list[Issue] = []
    dataset = _load(path, c, read, unreadable)
    base = _load(baseline, c, read, unreadable) if baseline is not None else None
    if dataset is None or (baseline is not None and base is None):
        return _prepared(loaded, None, unreadable, dataset, base)
    period, period_issues = _choose_period(dataset, base, c, year)
    if period is None:
        found = [*dataset.issues, *(base.issues if base else []), *period_issues]
        found += validate_rows(dataset, c, found)
        return _prepared(loaded, None, found, dataset, base)
    found = validate_period(period, c)
    scored = None
    if not any(i.severity is Severity.ERROR for i in found):
        scored, scoring_issues = _score(period, c)
        found += scoring_issues
    return _prepared(loaded, period, found, dataset, base, scored)


def _prepared(loaded: LoadedCriteria, period: Period | None, issues: list[Issue], dataset: Dataset | None,
              base: Dataset | None, scored: Scored | None = None) -> Prepared:
    issues = [i if i.hint else replace(i, hint=default_hint(i)) for i in issues]
    issues = sorted(issues, key=lambda i: i.severity is not Severity.ERROR)  # stable: errors first
    return Prepared(loaded, period, issues, dataset, base, scored)


def _load(path: str | Path, criteria: Criteria, read: ReadOptions | None, issues: list[Issue]) -> Dataset | None:
    try:
        return load_dataset(path, criteria, read)
    except DataError as exc:  # unreadable, empty, not a workbook, decompression bomb
        issues.append(Issue(IssueCode.UNREADABLE, Severity.ERROR, exc.message,
                            exc.location or Location(file=str(path)), exc.hint))
        return None


def _choose_period(dataset: Dataset, base: Dataset | None, criteria: Criteria,
                   year: int | None) -> tuple[Period | None, list[Issue]]:
    """The period to check across years, or None when a sheet it needs is broken (its
    structural errors are reported already) or the years do not fit (a ``period`` error)."""
    broken = dataset.broken_years
    if (base is not None and base.broken_years) or None in broken:
        return None, []
    years = sorted(set(dataset.years) | {y for y in broken if y is not None})
    assessed = year if year is not None else (years[-1] if years else None)
    if assessed is not None and assessed in broken:
        return None, []
    try:
        period = select_period(dataset, criteria, year=assessed if dataset.years else year, baseline=base)
    except DataError as exc:
        if broken:
            return None, []
        return None, [Issue(IssueCode.PERIOD, Severity.ERROR, exc.message, exc.location, exc.hint)]
    if base is None and period.previous is not None and assessed is not None:
        low = period.baseline_year if period.baseline_year is not None else -1
        if any(low < b < assessed for b in broken if b is not None):
            return None, []  # the real baseline sheet is broken
    return period, []


def _score(period: Period, criteria: Criteria) -> tuple[Scored | None, list[Issue]]:
    """The scores, or what scoring refuses (a zero divisor, a negative ratio_to_max value...)."""
    try:
        scored = score_period(period, criteria)
        rank_scored(scored, criteria)
    except DataErrors as exc:
        return None, list(exc.issues)
    except DataError as exc:
        return None, [Issue(IssueCode.SCORING, Severity.ERROR, exc.message, exc.location, exc.hint)]
    return scored, []


def rank_prepared(prepared: Prepared) -> RankingRun:
    """Rank what ``prepare`` found; its errors, if any, are raised together."""
    if prepared.errors or prepared.period is None:
        raise DataErrors(prepared.errors)
    period, loaded = prepared.period, prepared.criteria
    scored = prepared.scored if prepared.scored is not None else score_period(period, loaded.criteria)
    placings = rank_scored(scored, loaded.criteria)
    base = period.baseline
    baseline_source = Source(base.path, base.sha256) if base is not None else None
    warnings = list(prepared.warnings)
    result = build_result(period, scored, loaded, warnings, placings, baseline_source)
    return RankingRun.of(result, loaded, period, scored)


def evaluate(path: str | Path, *, criteria: CriteriaArg = None, year: int | None = None,
             baseline: str | Path | None = None, panel: str | Path | None = None,
             read: ReadOptions | None = None) -> RankingRun:
    """Rank ``path`` and keep what reports, ``explain`` and ``sensitivity`` need beside the
    result (the period read, the scores and the scales behind them)."""
    prepared = prepare(path, criteria=criteria, year=year, baseline=baseline, read=read)
    with _speaking(prepared.criteria):
        ranked = rank_prepared(prepared)
        if panel is None and prepared.criteria.criteria.stages is None:
            return ranked
        return apply_stages(ranked, panel, read)


def run(path: str | Path, *, criteria: CriteriaArg = None, year: int | None = None,
        baseline: str | Path | None = None, panel: str | Path | None = None,
        read: ReadOptions | None = None) -> RankingResult:
    """Rank the candidates of ``path`` under ``criteria`` (default: the packaged criteria).

    With ``stages:`` in the criteria, the desk ranking is followed by the shortlist and, given
    the jury's ``panel`` workbook, the final stage (see ``paritrana.panel.stages``).
    Raises ``DataErrors``/``CriteriaError`` (with file, sheet and cell, or YAML line) for
    anything wrong in the inputs — the same errors ``validate`` reports; data warnings are
    part of the result.
    """
    return evaluate(path, criteria=criteria, year=year, baseline=baseline, panel=panel, read=read).result


def validate(path: str | Path, *, criteria: CriteriaArg = None, year: int | None = None,
             baseline: str | Path | None = None, read: ReadOptions | None = None) -> ValidationReport:
    """Every problem of ``path`` at once, each with its place and a suggested fix; ``ok``
    exactly when ``run`` would rank the file."""
    prepared = prepare(path, criteria=criteria, year=year, baseline=baseline, read=read)
    dataset, base, period = prepared.dataset, prepared.baseline, prepared.period
    return ValidationReport(
        path=dataset.path if dataset else str(path),
        sha256=dataset.sha256 if dataset else None,
        criteria=prepared.criteria,
        issues=prepared.issues,
        layout=dataset.layout if dataset else None,
        years=dataset.years if dataset else [],
        year=period.year if period else None,
        baseline_year=period.baseline_year if period else None,
        candidates=len(period.current) if period else 0,
        baseline_path=base.path if base else None,
        baseline_sha256=base.sha256 if base else None,
    )


def sensitivity(path: str | Path, *, criteria: CriteriaArg = None, year: int | None = None,
                baseline: str | Path | None = None, read: ReadOptions | None = None, runs: int = 10_000,
                jitter: float = 0.25, methods: Sequence[str] | None = None, seed: int | None = None,
                progress: Progress | None = None, panel: str | Path | None = None) -> SensitivityResult:
    """Rank ``path`` as ``run`` does, then analyse how stable the ranking is (see
    ``paritrana.sensitivity``); with staged criteria and the jury's ``panel`` workbook, the
    final stage too. The settings are checked before the data are read."""
    check_options(runs, jitter, methods)
    ranked = evaluate(path, criteria=criteria, year=year, baseline=baseline, panel=panel, read=read)
    return analyse(ranked, runs=runs, jitter=jitter, methods=methods, seed=seed, progress=progress)


def verify(report: str | Path, *, inputs: Sequence[str | Path] = ()) -> VerifyResult:
    """Check a published report (.xlsx or .json) against its audit record: re-hash the
    recorded inputs (at their recorded paths, or in the ``inputs`` folders only), rank them
    again with the recorded options, in memory, and compare every rank and score (and, in a
    workbook, the weight cells) with the report. Writes nothing; runs nothing the record
    says but paritrana's own ranking. A missing, malformed or altered record raises
    ``VerifyError``; everything else that differs is in the result (``verified`` False)."""
    folders = [Path(d) for d in inputs]
    for folder in folders:
        if not folder.is_dir():
            raise UsageError(am.NOT_A_FOLDER(), Location(file=str(folder)), hint=am.NOT_A_FOLDER_HINT())
    published = read_report(report)
    record = published.record
    found = [packaged_input(i) if i.packaged else rehash(locate(i, folders)) for i in record.inputs]
    checked: list[Message] = []
    diffs: list[Message] = []
    for item in found:
        ok, differs = input_message(item)
        checked += [ok] if ok is not None else []
        diffs += [differs] if differs is not None else []
    notes = [f.note for f in found if f.note is not None]
    paths = {f.item.role: f.path for f in found}
    if any(f.path is None and not f.item.packaged for f in found):
        return VerifyResult(str(report), False, checked, [*diffs, am.NOT_RERUN()], notes)
    try:
        again = evaluate(paths["data"], criteria=paths.get("criteria"), year=record.options.year,  # type: ignore[arg-type]
                         baseline=paths.get("baseline"), panel=paths.get("panel"),
                         read=record.options.read_options())
    except ParitranaError as exc:
        return VerifyResult(str(report), False, checked, [*diffs, am.RERUN_FAILED(error=ErrorText(None, error=exc))],
                            notes)
    ok_items, differs_items = compare_weights(published, again.criteria)
    checked += ok_items
    diffs += differs_items
    if published.ranking is not None:
        ok_items, differs_items = compare_ranking(published, again)
        checked += ok_items
        diffs += differs_items
    return VerifyResult(str(report), not diffs, checked, diffs, notes)


def packaged_input(item: InputFile) -> Located:
    """The criteria packaged with this paritrana, in place of a recorded packaged file."""
    sha = load_criteria(None).sha256
    if sha != item.sha256:
        return Located(item, None, am.PACKAGED_CHANGED(role=role_text(item.role)), sha256=sha)
    return Located(item, None, sha256=sha)


__all__ = ["Prepared", "ReadOptions", "RankingRun", "VerifyResult", "evaluate", "prepare", "rank_prepared", "run",
           "sensitivity", "validate", "verify"]
