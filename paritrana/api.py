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
from typing import TYPE_CHECKING, Any

from paritrana.checks.report import ValidationReport, default_hint
from paritrana.checks.rules import validate_period, validate_rows
from paritrana.core.criteria import FILE_GROUP, Criteria, LoadedCriteria
from paritrana.core.dataset import GROUP, KEY, Dataset, Period
from paritrana.core.names import name_key
from paritrana.core.previous import PreviousResult
from paritrana.core.rank import rank_scored
from paritrana.core.ranked import RankedList
from paritrana.core.result import RankingResult, Source, build_result
from paritrana.core.rounds import HISTORY, INPUTS, SHORTLIST, SHORTLISTED_FROM, SOURCE, with_bands, with_previous
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
from paritrana.i18n.messages import rounds as m_rounds
from paritrana.i18n.text import Message
from paritrana.io.criteria_file import PACKAGED_PREFIX, as_criteria, loaded_from_text, packaged_named
from paritrana.io.files import (
    SOURCE_INDEX,
    CombinedDataset,
    combine,
    common_folder,
    cross_file_issues,
    file_group,
    input_files,
    ranked_together,
)
from paritrana.io.limits import ReadOptions
from paritrana.io.load import load_dataset
from paritrana.io.period import select_period
from paritrana.io.previous import previous_criteria, read_previous

if TYPE_CHECKING:
    from paritrana.explain.change import Change
    from paritrana.panel.stages import ConflictsArg, PanelArg
    from paritrana.report.audit import InputFile, RunOptions
    from paritrana.report.verify import Located, VerifyResult
    from paritrana.sensitivity.model import SensitivityResult
    from paritrana.sensitivity.montecarlo import Progress

CriteriaArg = str | Path | LoadedCriteria | None
PathArg = str | Path | Sequence[str | Path]  # one file, a folder, or several files and folders
PreviousArg = str | Path | PreviousResult | None


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


def prepare(path: PathArg, *, criteria: CriteriaArg = None, year: int | None = None,
            baseline: str | Path | None = None, read: ReadOptions | None = None) -> Prepared:
    """Load the criteria and the data, pick the years and collect every data issue.

    Unlike scoring, this does not stop at a sheet whose header is broken: the other sheets
    are still checked, and the cross-year checks run whenever the assessed year and its
    baseline could be read. A file that cannot be read at all is an issue too. Raises only
    ``CriteriaError`` (the criteria are needed to read anything).

    ``path`` may be several files, or a folder of them (the national round, see
    ``paritrana.io.files``): each is checked on its own, then a name in two files and files
    of different years are errors too, and the files are ranked together."""
    loaded = as_criteria(criteria)
    with _speaking(loaded):
        if isinstance(path, (str, Path)) and not Path(path).is_dir():
            return _prepare(loaded, path, year, baseline, read)
        try:
            paths = input_files([path] if isinstance(path, (str, Path)) else list(path))
        except DataError as exc:  # a folder without data
            return _prepared(loaded, None, [Issue(IssueCode.UNREADABLE, Severity.ERROR, exc.message, exc.location,
                                                  exc.hint)], None, None)
        return _prepare_many(loaded, paths, year, baseline, read)


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
    return _prepare_dataset(loaded, dataset, base, year)


def _prepare_dataset(loaded: LoadedCriteria, dataset: Dataset, base: Dataset | None, year: int | None,
                     more: list[Issue] | None = None) -> Prepared:
    """The checks and scores of a dataset read (``more``: issues found before, kept)."""
    c = loaded.criteria
    period, period_issues = _choose_period(dataset, base, c, year)
    if period is None:
        found = [*dataset.issues, *(base.issues if base else []), *period_issues, *(more or [])]
        found += validate_rows(dataset, c, found)
        return _prepared(loaded, None, found, dataset, base)
    found = [*validate_period(period, c), *(more or [])]
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


def _load(path: str | Path, criteria: Criteria, read: ReadOptions | None, issues: list[Issue],
          optional_group: bool = False) -> Dataset | None:
    try:
        dataset = load_dataset(path, criteria, read, optional_group=optional_group)
    except DataError as exc:  # unreadable, empty, not a workbook, decompression bomb
        issues.append(Issue(IssueCode.UNREADABLE, Severity.ERROR, exc.message,
                            exc.location or Location(file=str(path)), exc.hint))
        return None
    if criteria.group_by == FILE_GROUP:  # the file is the group
        dataset = replace(dataset, frame=dataset.frame.assign(**{GROUP: file_group(path)}))
    return dataset


def _prepare_many(loaded: LoadedCriteria, paths: list[Path], year: int | None, baseline: str | Path | None,
                  read: ReadOptions | None) -> Prepared:
    """Several files: each read on its own (its messages name it), then checked across files
    and put together as one dataset, checked and scored as one file is."""
    c = loaded.criteria
    unreadable: list[Issue] = []
    datasets = [d for p in paths if (d := _load(p, c, read, unreadable, optional_group=True)) is not None]
    base = _load(baseline, c, read, unreadable) if baseline is not None else None
    if unreadable:
        return _prepared(loaded, None, [*unreadable, *(i for d in datasets for i in d.issues)], None, base)
    across = cross_file_issues(datasets, c.entity, year, c.uses_previous)
    combined = combine(datasets, [_file_is_group(d, c) for d in datasets], common_folder([str(p) for p in paths]))
    if any(i.severity is Severity.ERROR for i in across):
        return _prepared(loaded, None, [*combined.issues, *across], combined, base)
    return _prepare_dataset(loaded, combined, base, year, across)


def _file_is_group(dataset: Dataset, criteria: Criteria) -> bool:
    """The file is its candidates' group: ``group_by: file``, or a group column it lacks."""
    if criteria.group_by == FILE_GROUP:
        return True
    if not criteria.group_by:
        return False
    missing = any(i.code is IssueCode.MISSING_GROUP for i in dataset.issues)
    return not missing and bool(dataset.frame[GROUP].isna().all())


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


def evaluate(path: PathArg, *, criteria: CriteriaArg = None, year: int | None = None,
             baseline: str | Path | None = None, panel: PanelArg = None,
             read: ReadOptions | None = None, conflicts: ConflictsArg = None,
             previous: PreviousArg = None, top_per_group: int | None = None,
             history: bool = False) -> RankingRun:
    """Rank ``path`` and keep what reports, ``explain`` and ``sensitivity`` need beside the
    result (the period read, the scores and the scales behind them). ``previous`` (a JSON
    result written by paritrana) adds each candidate's movement since it. ``top_per_group``
    takes each group's first N to one shortlist, scored and ranked together (the national
    round's shortlist of each province's best). ``history`` adds the ranking of every year
    the data allow, each against its own previous year (``ranking_history``)."""
    prepared = prepare(path, criteria=criteria, year=year, baseline=baseline, read=read)
    with _speaking(prepared.criteria):
        ranked = rank_prepared(prepared)
        if panel is not None or conflicts is not None or prepared.criteria.criteria.stages is not None:
            from paritrana.panel.stages import apply_stages  # start-up: see _LATER

            ranked = apply_stages(ranked, panel, read, conflicts)
        if isinstance(ranked.period.dataset, CombinedDataset):
            ranked = with_sources(ranked)
        if top_per_group is not None:
            ranked = shortlist_groups(ranked, top_per_group)
        ranked = with_bands(ranked)
        if previous is not None:
            before = _previous(previous)
            ranked = with_previous(ranked, before, _criteria_then(before, ranked.loaded))
        if history:
            ranked = replace(ranked, sections={**ranked.sections, HISTORY: ranking_history(prepared, ranked)})
        return ranked


def ranking_history(prepared: Prepared, ranked: RankingRun) -> list[dict[str, Any]]:
    """Every year of the data up to the assessed one that can be ranked — each against the
    newest year before it, as the assessed year is; all years when the criteria never read
    ``previous()`` — with each candidate's rank and score (the JSON's ``history``). The
    assessed year is ``ranked`` itself; with a final stage (``stages:``) the other years are
    their desk ranking."""
    dataset, loaded = prepared.dataset, prepared.criteria
    assert dataset is not None
    years = dataset.years
    if ranked.year is None or not years:
        return [_year_entry(ranked)]
    uses_previous = loaded.criteria.uses_previous
    wanted = [y for y in years if y <= ranked.year and (not uses_previous or prepared.baseline is not None
                                                        or y > years[0])
              and (y == ranked.year or ranked_together(dataset, y, uses_previous))]
    out = []
    for year in wanted:
        if year == ranked.year:
            out.append(_year_entry(ranked))
            continue
        earlier = _prepare_dataset(loaded, dataset, prepared.baseline, year)
        out.append(_year_entry(rank_prepared(earlier)))
    return out


def _year_entry(run: RankingResult) -> dict[str, Any]:
    c = run.results.columns
    return {"year": run.year, "baseline_year": run.baseline_year,
            "results": [{"id": c.names[k], "group": c.groups[k], "rank": c.ranks[k], "score": c.scores[k]}
                        for k in range(len(c))],
            "ineligible": [i.id for i in run.ineligible]}


def explain_change(path: str | Path, name: str, previous: str | Path | PreviousResult, *, criteria: CriteriaArg = None,
                   year: int | None = None, baseline: str | Path | None = None,
                   read: ReadOptions | None = None) -> Change:
    """Split the change of ``name``'s score since ``previous`` into its own data, the other
    candidates and the criteria (see ``paritrana.explain.change``). This year's data are
    ranked once more under the previous result's criteria when those differ."""
    from paritrana.explain.change import split_change  # start-up: see _LATER

    loaded = as_criteria(criteria)
    if loaded.criteria.stages is not None:
        raise UsageError(m_rounds.CHANGE_NO_STAGES())
    before = _previous(previous)
    now = evaluate(path, criteria=loaded, year=year, baseline=baseline, read=read, previous=before)
    with _speaking(now.loaded):
        old = previous_criteria(before, now.loaded)
        under_previous = now
        if old.criteria != now.loaded.criteria:
            try:
                under_previous = evaluate(path, criteria=old, year=year, baseline=baseline, read=read)
            except ParitranaError as exc:
                raise UsageError(m_rounds.PREVIOUS_CRITERIA_DO_NOT_FIT(problem=exc.render()),
                                 Location(file=before.path)) from exc
        return split_change(now, under_previous, before, old.criteria, name)


def shortlist_groups(run: RankingRun, n: int) -> RankingRun:
    """Each group's candidates ranked ``n`` or better, scored and ranked together as one pool
    (normalised among themselves), each with the group and rank it came with
    (``shortlisted_from``). The ineligible candidates stay listed."""
    c = run.loaded.criteria
    if c.stages is not None:
        raise UsageError(m_rounds.SHORTLIST_NO_STAGES())
    if not c.group_by:
        raise UsageError(m_rounds.SHORTLIST_NEEDS_GROUPS())
    came = {name_key(r.id): {"group": r.group, "rank": r.rank} for r in run.results if r.rank <= n}
    period = run.period
    keep = period.current[KEY].isin(list(came)).to_numpy()
    chosen = replace(period, current=period.current[keep].reset_index(drop=True),
                     previous=None if period.previous is None else period.previous[keep].reset_index(drop=True))
    pool = c.model_copy(update={"group_by": None})
    loaded = run.loaded.model_copy(update={"criteria": pool})
    scored = score_period(chosen, pool)
    result = build_result(chosen, scored, loaded, list(run.warnings), rank_scored(scored, pool), run.baseline)
    columns = result.results.columns
    columns = columns.with_extra({SHORTLISTED_FROM: [came[name_key(name)] for name in columns.names]})
    sources = run.results.columns.extra.get(SOURCE)
    if sources is not None:  # several files: each keeps its file
        source_of = {name_key(name): source for name, source in zip(run.results.columns.names, sources, strict=True)}
        columns = columns.with_extra({SOURCE: [source_of[name_key(name)] for name in columns.names]})
    counts: dict[str, int] = {}
    for origin in came.values():
        counts[str(origin["group"])] = counts.get(str(origin["group"]), 0) + 1
    section = {"per_group": n, "groups": counts, "ranked": len(run.results)}
    result = replace(result, results=RankedList(columns), ineligible=run.ineligible,
                     sections={**run.sections, SHORTLIST: section})
    return RankingRun.of(result, loaded, chosen, scored)


def with_sources(run: RankingRun) -> RankingRun:
    """Several files: each candidate's file (``source``) and, top-level, every file read."""
    dataset = run.period.dataset
    assert isinstance(dataset, CombinedDataset)
    paths = [part.path for part in dataset.parts]
    current = run.period.current
    source_of = dict(zip(current[KEY].tolist(), (paths[k] for k in current[SOURCE_INDEX].tolist()), strict=True))
    columns = run.results.columns.with_extra({SOURCE: [source_of[name_key(n)] for n in run.results.columns.names]})
    files = []
    for k, part in enumerate(dataset.parts):
        rows = int((current[SOURCE_INDEX] == k).sum())
        files.append({"path": part.path, "sha256": part.sha256, "candidates": rows})
    ineligible = [replace(i, source=source_of.get(name_key(i.id))) for i in run.ineligible]
    return replace(run, results=RankedList(columns), ineligible=ineligible,
                   sections={**run.sections, INPUTS: files})


def _previous(previous: str | Path | PreviousResult) -> PreviousResult:
    return previous if isinstance(previous, PreviousResult) else read_previous(previous)


def _criteria_then(before: PreviousResult, now: LoadedCriteria) -> Criteria | None:
    """The criteria ``before`` was ranked under, as ``explain_change`` reads them; None when it
    does not record them (the movement is still shown: ``with_previous`` compares SHA-256)."""
    try:
        return previous_criteria(before, now).criteria
    except ParitranaError:
        return None


def run(path: PathArg, *, criteria: CriteriaArg = None, year: int | None = None,
        baseline: str | Path | None = None, panel: PanelArg = None,
        read: ReadOptions | None = None, conflicts: ConflictsArg = None,
        previous: PreviousArg = None, top_per_group: int | None = None,
        history: bool = False) -> RankingResult:
    """Rank the candidates of ``path`` under ``criteria`` (default: the packaged criteria).

    With ``stages:`` in the criteria, the desk ranking is followed by the shortlist and, given
    the jury's ``panel`` scores (a workbook, several files or a folder of returned forms), the
    final stage (see ``paritrana.panel.stages``); ``conflicts`` is a sheet of conflicts of
    interest beside the criteria's ``panel: conflicts:``. ``path`` may be several files or a
    folder (ranked together); ``previous``, ``top_per_group`` and ``history``: see ``evaluate``.
    Raises ``DataErrors``/``CriteriaError`` (with file, sheet and cell, or YAML line) for
    anything wrong in the inputs — the same errors ``validate`` reports; data warnings are
    part of the result.
    """
    return evaluate(path, criteria=criteria, year=year, baseline=baseline, panel=panel, read=read,
                    conflicts=conflicts, previous=previous, top_per_group=top_per_group, history=history).result


def validate(path: PathArg, *, criteria: CriteriaArg = None, year: int | None = None,
             baseline: str | Path | None = None, read: ReadOptions | None = None) -> ValidationReport:
    """Every problem of ``path`` (a file, a folder, or several ranked together) at once, each
    with its place and a suggested fix; ``ok`` exactly when ``run`` would rank it."""
    prepared = prepare(path, criteria=criteria, year=year, baseline=baseline, read=read)
    dataset, base, period = prepared.dataset, prepared.baseline, prepared.period
    return ValidationReport(
        path=dataset.path if dataset else (str(path) if isinstance(path, str | Path) else ", ".join(map(str, path))),
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
                progress: Progress | None = None, panel: PanelArg = None,
                conflicts: ConflictsArg = None) -> SensitivityResult:
    """Rank ``path`` as ``run`` does, then analyse how stable the ranking is (see
    ``paritrana.sensitivity``); with staged criteria and the jury's ``panel`` workbook, the
    final stage too. The settings are checked before the data are read."""
    from paritrana.sensitivity import analyse, check_options  # start-up: see _LATER

    check_options(runs, jitter, methods)
    ranked = evaluate(path, criteria=criteria, year=year, baseline=baseline, panel=panel, read=read,
                      conflicts=conflicts)
    return analyse(ranked, runs=runs, jitter=jitter, methods=methods, seed=seed, progress=progress)


def verify(report: str | Path, *, inputs: Sequence[str | Path] = ()) -> VerifyResult:
    """Check a published report (.xlsx or .json) against its audit record: re-hash the
    recorded inputs (at their recorded paths, or in the ``inputs`` folders only), rank them
    again with the recorded options, in memory, and compare every rank and score (and, in a
    workbook, the weight cells) with the report. Writes nothing; runs nothing the record
    says but paritrana's own ranking. A missing, malformed or altered record raises
    ``VerifyError``; everything else that differs is in the result (``verified`` False).

    Every input the record lists takes part: each data file in the recorded order (the
    national round), the baseline, the criteria (a packaged file from this paritrana), each
    file of the jury's scores, the conflicts sheet and the previous result; and every option
    (year, reading options, ``top_per_group``, ``history``). A JSON report's movement since
    the previous result and its ranking history are compared too."""

    from paritrana.report.verify import (  # start-up: see _LATER
        ErrorText,
        VerifyResult,
        compare_history,
        compare_ranking,
        compare_weights,
        input_message,
        locate,
        read_report,
        rehash,
    )

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
    if any(f.path is None and f.loaded is None for f in found):
        return VerifyResult(str(report), False, checked, [*diffs, am.NOT_RERUN()], notes)
    try:
        again = rerun(record.options, found)
    except ParitranaError as exc:
        return VerifyResult(str(report), False, checked, [*diffs, am.RERUN_FAILED(error=ErrorText(None, error=exc))],
                            notes)
    for compare in (lambda: compare_weights(published, again.criteria),
                    lambda: compare_ranking(published, again) if published.ranking is not None else ([], []),
                    lambda: compare_history(published, again)):
        ok_items, differs_items = compare()
        checked += ok_items
        diffs += differs_items
    return VerifyResult(str(report), not diffs, checked, diffs, notes)


def rerun(options: RunOptions, found: Sequence[Located]) -> RankingRun:
    """The ranking of the inputs ``found`` (each located, the criteria loaded) with the
    recorded ``options``: what the report's command computed, in memory."""

    def files(role: str) -> list[Path]:
        return [f.path for f in found if f.item.role == role and f.path is not None]

    def one(role: str) -> Path | None:
        paths = files(role)
        return paths[0] if paths else None

    data = files("data")
    criteria = next(f.loaded if f.item.packaged else f.path for f in found if f.item.role == "criteria")
    return evaluate(data if options.combined or len(data) > 1 else data[0], criteria=criteria, year=options.year,
                    baseline=one("baseline"), panel=files("panel") or None, read=options.read_options(),
                    conflicts=one("conflicts"), previous=one("previous"), top_per_group=options.top_per_group,
                    history=options.history)


def packaged_input(item: InputFile) -> Located:
    """The criteria packaged with this paritrana, in place of a recorded packaged file (by its
    packaged name only: a file of that name in the working folder is never read)."""
    from paritrana.report.verify import Located, role_text  # start-up: see _LATER

    packaged = packaged_named(item.path)
    changed = am.PACKAGED_CHANGED(role=role_text(item.role), name=item.path.removeprefix(PACKAGED_PREFIX))
    if packaged is None:  # no longer packaged under that name
        return Located(item, None, changed, sha256=None)
    loaded = loaded_from_text(packaged.text(), packaged.path)
    problem = changed if loaded.sha256 != item.sha256 else None  # changed: ranked under these all the same
    return Located(item, None, problem, sha256=loaded.sha256, loaded=loaded)


# Start-up: a ranking without ``stages:`` does not need the jury's panel, nor the sensitivity
# analysis, the verification of a report or the split of a score change (a third of this
# module's imports): ``evaluate`` imports ``paritrana.panel.stages`` only for staged criteria,
# ``sensitivity``, ``verify`` and ``explain_change`` their analyses when called, and the
# result types are loaded when first asked for.
_LATER = {"Change": "paritrana.explain.change", "VerifyResult": "paritrana.report.verify"}


def __getattr__(name: str) -> Any:
    if name in _LATER:
        from importlib import import_module

        return getattr(import_module(_LATER[name]), name)
    raise AttributeError(f"module 'paritrana.api' has no attribute {name!r}")


__all__ = ["Change", "Prepared", "ReadOptions", "RankingRun", "VerifyResult", "evaluate", "explain_change", "prepare",
           "rank_prepared", "run", "sensitivity", "validate", "verify"]
