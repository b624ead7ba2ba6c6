"""Data checks across rows and years → every ``Issue`` found (errors and warnings).

The loader already reported cell-level problems (numbers, bounds, headers, duplicates,
total rows); this adds empty input cells and what needs the assessed year and its baseline
together (``validate_period``, shared by ``rank`` and ``validate``). ``validate_file()`` is
the ``validate`` command's library function: it collects every problem of a file, even when
a sheet is too broken to rank, and says how to fix each.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.core.criteria import Criteria, LoadedCriteria, Missing
from paritrana.errors import DataError, DataErrors, Issue, IssueList, Location, Severity
from paritrana.core.expr import Expr
from paritrana.io.load import NAME, ROW, SHEET, Dataset
from paritrana.core.names import closest
from paritrana.io.period import Period
from paritrana.io.read import DEFAULT_MAX_UNCOMPRESSED_MB

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd


def validate_period(period: Period, criteria: Criteria) -> list[Issue]:
    """All issues of the loaded files plus the cross-year checks."""
    issues = list(period.dataset.issues)
    if period.baseline is not None:
        issues += period.baseline.issues
    issues += _empty_cells(period, criteria, issues)
    issues += _missing_from_baseline(period, criteria)
    issues += _only_in_baseline(period, criteria)
    issues += _coverage_above_100(period)
    issues += _implausible_changes(period, criteria)
    return issues


def indicators_needing_baseline(criteria: Criteria) -> dict[str, Missing]:
    """Indicators whose value reads previous(), directly or through derived names."""
    uses = {name: e.uses_previous for name, e in criteria.derived_exprs.items()}
    changed = True
    while changed:
        changed = False
        for name, expr in criteria.derived_exprs.items():
            if not uses[name] and any(uses.get(dep) for dep in expr.names()):
                uses[name] = changed = True
    return {
        iid: ind.missing
        for iid, ind in criteria.all_indicators.items()
        if ind.expr.uses_previous or any(uses.get(n) for n in ind.expr.names())
    }


def _row_location(dataset: Dataset, row: object, column: str | None = None) -> Location:
    return dataset.location(row[SHEET], int(row[ROW]), column)  # type: ignore[index]


def _missing_from_baseline(period: Period, criteria: Criteria) -> list[Issue]:
    if period.previous is None:
        return []
    strict = [iid for iid, policy in indicators_needing_baseline(criteria).items() if policy is Missing.ERROR]
    missing = period.missing_from_baseline()
    if not missing.any():
        return []
    source = period.baseline_source
    base_names = _baseline_names(period)
    year = period.baseline_year
    issues = []
    for _, row in period.current[missing.to_numpy()].iterrows():
        near = closest(row[NAME], base_names)
        hint = f"closest names in {year or 'the baseline'}: {', '.join(near)}" if near else None
        what = f"'{row[NAME]}' is missing from the baseline year {year or ''}".rstrip()
        if strict:
            message = f"{what} ({source.path if period.baseline else 'same file'}), needed by {', '.join(strict)}"
            issues.append(Issue("missing-baseline", Severity.ERROR, message,
                                _row_location(period.dataset, row, criteria.entity), hint))
        else:
            issues.append(Issue("missing-baseline", Severity.WARNING, what,
                                _row_location(period.dataset, row, criteria.entity), hint))
    return issues


def _baseline_names(period: Period) -> list[str]:
    from paritrana.io.load import YEAR

    frame = period.baseline_source.frame
    if period.baseline_year is not None:
        frame = frame[frame[YEAR] == period.baseline_year]
    return list(frame[NAME])


def _only_in_baseline(period: Period, criteria: Criteria) -> list[Issue]:
    from paritrana.io.load import KEY, YEAR

    if period.previous is None:
        return []
    source = period.baseline_source
    frame = source.frame
    if period.baseline_year is not None:
        frame = frame[frame[YEAR] == period.baseline_year]
    current_keys = set(period.current[KEY])
    current_names = list(period.current[NAME])
    issues = []
    for _, row in frame[~frame[KEY].isin(current_keys)].iterrows():
        near = closest(row[NAME], current_names)
        hint = f"closest names in {period.year}: {', '.join(near)}" if near else None
        issues.append(Issue("only-in-baseline", Severity.WARNING,
                            f"'{row[NAME]}' is in {period.baseline_year or 'the baseline'} but not in {period.year or 'the assessed data'}",
                            source.location(row[SHEET], int(row[ROW]), criteria.entity), hint))
    return issues


def _coverage_above_100(period: Period) -> list[Issue]:
    return _over_100(period.current, period.dataset)


def _over_100(frame: pd.DataFrame, dataset: Dataset) -> list[Issue]:
    if not {"peserta", "pekerja"} <= set(frame.columns):
        return []
    over = frame[(frame["peserta"] > frame["pekerja"]) & (frame["pekerja"] > 0)]
    return [
        Issue("coverage-above-100", Severity.WARNING,
              f"coverage of '{row[NAME]}' is {100 * row['peserta'] / row['pekerja']:.2f} % "
              f"(peserta {row['peserta']:,.0f} > pekerja {row['pekerja']:,.0f})",
              _row_location(dataset, row, "peserta"),
              "check both figures; the candidate fails 'peserta <= pekerja' if the criteria require it")
        for _, row in over.iterrows()
    ]


def _implausible_changes(period: Period, criteria: Criteria) -> list[Issue]:
    if not criteria.max_change or period.previous is None:
        return []
    from paritrana.core.evaluate import environments

    current, previous = environments(period, criteria)
    issues = []
    for name, limit in criteria.max_change.items():
        now, before = _values(current, name), _values(previous, name)
        if now is None or before is None:
            continue
        change = now - before
        for i, row in period.current.iterrows():
            delta = change[i]
            if delta == delta and abs(delta) > limit:
                issues.append(Issue(
                    "implausible-change", Severity.WARNING,
                    f"'{name}' of '{row[NAME]}' changed by {delta:+.2f} from {period.baseline_year or 'the baseline'} "
                    f"({before[i]:.2f} → {now[i]:.2f}), more than the plausible {limit:g}",
                    _row_location(period.dataset, row, name if name in criteria.input_columns else criteria.entity),
                    "check both years' figures",
                ))
    return issues


def _values(env: dict[str, np.ndarray] | None, name: str) -> np.ndarray | None:
    if env is None:
        return None
    return env.get(name)


# ---- empty input cells ------------------------------------------------------------------

_ELIGIBILITY = ""  # marks a column read by the eligibility rules in ``column_users``


def column_users(criteria: Criteria) -> dict[tuple[str, bool], dict[str, Missing | None]]:
    """``(column, in_baseline)`` → who reads it: indicator id → its missing policy, and
    ``""`` → None for the eligibility rules. ``in_baseline`` is True for values read through
    ``previous()`` (directly or via derived names)."""
    users: dict[tuple[str, bool], dict[str, Missing | None]] = {}

    def visit(expr: Expr, before: bool, who: str, policy: Missing | None, trail: frozenset[tuple[str, bool]]) -> None:
        for names, in_before in ((expr.current_names(), before), (expr.previous_names(), True)):
            for name in names:
                if name in criteria.derived_exprs:
                    if (name, in_before) not in trail:
                        visit(criteria.derived_exprs[name], in_before, who, policy, trail | {(name, in_before)})
                else:
                    users.setdefault((name, in_before), {})[who] = policy

    for iid, ind in criteria.all_indicators.items():
        visit(ind.expr, False, iid, ind.missing, frozenset())
    for expr in criteria.eligibility_exprs:
        visit(expr, False, _ELIGIBILITY, None, frozenset())
    return users


_EFFECT = {
    Missing.ZERO: "indicator {iid} counts it as 0",
    Missing.MEAN: "indicator {iid} uses the group mean",
    Missing.EXCLUDE: "indicator {iid} leaves the candidate out of the ranking",
}


def _empty_cells(period: Period, criteria: Criteria, known: list[Issue] | None = None) -> list[Issue]:
    """Empty input cells the criteria read: an error when an indicator with ``missing: error``
    needs the value, else a warning saying what happens instead."""
    taken = _cells_with_issues(known if known is not None else period.dataset.issues)
    users = column_users(criteria)
    issues = _empty_in(period.current, period.dataset, users, criteria, before=False, taken=taken)
    if period.previous is not None:
        present = period.previous[period.previous["_present"].astype(bool)]
        issues += _empty_in(present, period.baseline_source, users, criteria, before=True, taken=taken,
                            year=period.baseline_year)
    return issues


def _cells_with_issues(issues: list[Issue]) -> set[tuple[str | None, str | None, str | None]]:
    return {(i.location.file, i.location.sheet, i.location.cell) for i in issues if i.location is not None}


def _empty_in(frame: pd.DataFrame, dataset: Dataset, users: dict[tuple[str, bool], dict[str, Missing | None]],
              criteria: Criteria, *, before: bool | None, taken: set[tuple[str | None, str | None, str | None]],
              year: int | None = None) -> list[Issue]:
    """``before=None`` reads every row with the users of both years (used when no period
    could be formed)."""
    issues = []
    for column in criteria.input_columns:
        if before is None:
            readers = {**users.get((column, True), {}), **users.get((column, False), {})}
        else:
            readers = users.get((column, before), {})
        if not readers or column not in frame.columns:
            continue
        for _, row in frame[frame[column].isna()].iterrows():
            where = dataset.location(row[SHEET], int(row[ROW]), column)
            if (where.file, where.sheet, where.cell) in taken:
                continue  # the loader already said why (not a number, out of bounds...)
            issues.append(_empty_issue(column, str(row[NAME]), readers, where, year if before else None))
    return issues


def _empty_issue(column: str, name: str, readers: dict[str, Missing | None], where: Location,
                 year: int | None) -> Issue:
    strict = sorted(iid for iid, policy in readers.items() if policy is Missing.ERROR)
    of = f"'{column}' of '{name}'" + (f" in {year}" if year is not None else "")
    through = " through previous()" if year is not None else ""
    if strict:
        return Issue("missing-value", Severity.ERROR,
                     f"{of} is empty (needed by indicator {', '.join(strict)}{through})", where,
                     "fill in the value, or set missing: zero|mean|exclude on the indicator")
    effects = [_EFFECT[policy].format(iid=iid) for iid, policy in sorted(readers.items(), key=lambda kv: kv[0])
               if policy is not None]
    if _ELIGIBILITY in readers:
        effects.append("the candidate fails the eligibility rules that use it")
    return Issue("empty-value", Severity.WARNING, f"{of} is empty; " + "; ".join(effects), where,
                 "fill in the value if it is known")


# ---- the validate command's library function --------------------------------------------

DEFAULT_HINTS = {
    "not-a-number": "type a plain number (e.g. 1.234.567 or 31,63 in the id format)",
    "out-of-bounds": "correct the value, or change the column's min/max under columns: in the criteria",
    "not-integer": "enter a whole number",
    "bad-year": "write the year as 2024",
    "missing-group": "fill in the group of the candidate",
    "total-row": "nothing to do; delete the row to silence this warning",
    "sheet-ignored": "nothing to do if the sheet holds notes; put the year in its name (e.g. '2024') if it holds data",
    "unused-column": "nothing to do; delete the column or use it in the criteria",
    "missing-baseline": "add the candidate to the previous year's sheet, or correct the spelling of its name",
    "only-in-baseline": "check whether the candidate was renamed or left out of the assessed year",
    "empty-sheet": "fill in one row per candidate below the header row, or delete the sheet",
    "unreadable": "give an Excel workbook (.xlsx) or a CSV file",
    "period": "check the years in the sheet names, or pass --year / --baseline",
}


@dataclass(frozen=True)
class ValidationReport(IssueList):
    """Everything ``validate`` found in one input file (and its ``--baseline`` workbook)."""

    path: str
    sha256: str | None
    criteria: LoadedCriteria
    issues: list[Issue]
    layout: str | None = None
    years: list[int] = field(default_factory=list)
    year: int | None = None
    baseline_year: int | None = None
    candidates: int = 0
    baseline_path: str | None = None
    baseline_sha256: str | None = None

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict[str, Any]:
        """SPEC's validate JSON: keys in English; each issue with code, message, file, sheet,
        cell and hint."""
        inp: dict[str, Any] = {"path": self.path, "sha256": self.sha256, "layout": self.layout,
                               "years": list(self.years), "year": self.year,
                               "baseline_year": self.baseline_year, "candidates": self.candidates}
        out: dict[str, Any] = {"input": inp}
        if self.baseline_path is not None:
            out["baseline"] = {"path": self.baseline_path, "sha256": self.baseline_sha256}
        out["criteria"] = {"path": self.criteria.path, "sha256": self.criteria.sha256}
        out["errors"] = [_issue_dict(i) for i in self.errors]
        out["warnings"] = [_issue_dict(i) for i in self.warnings]
        out["summary"] = {"errors": len(self.errors), "warnings": len(self.warnings), "ok": self.ok}
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"


def _issue_dict(issue: Issue) -> dict[str, Any]:
    where = issue.location or Location()
    return {"code": issue.code, "message": issue.message, "file": where.file, "sheet": where.sheet,
            "cell": where.cell, "hint": issue.hint}


def validate_file(
    path: str | Path,
    *,
    criteria: str | Path | LoadedCriteria | None = None,
    year: int | None = None,
    baseline: str | Path | None = None,
    encoding: str | None = None,
    max_uncompressed_mb: int = DEFAULT_MAX_UNCOMPRESSED_MB,
) -> ValidationReport:
    """Every problem of ``path`` at once, each with its place and a suggested fix.

    Unlike ``prepare()`` this does not stop at a sheet whose header is broken: the other
    sheets are still checked, and the cross-year checks run whenever the assessed year and
    its baseline could be read. When no error is found the data are also scored, so that
    ``validate`` passes exactly when ``rank`` would.
    """
    from paritrana.api import as_criteria

    loaded = as_criteria(criteria)
    c = loaded.criteria
    issues: list[Issue] = []
    dataset = _load(path, c, encoding, max_uncompressed_mb, issues)
    base = _load(baseline, c, encoding, max_uncompressed_mb, issues) if baseline is not None else None
    if dataset is None or (baseline is not None and base is None):
        return _report(path, loaded, issues, dataset, base, None)
    period, period_issues = _choose_period(dataset, base, c, year)
    if period is None:
        found = dataset.issues + (base.issues if base else []) + period_issues
        every_year = _all_rows(dataset)
        found += _empty_in(every_year, dataset, column_users(c), c, before=None, taken=_cells_with_issues(found))
        found += _over_100(every_year, dataset)
        return _report(path, loaded, issues + found, dataset, base, None)
    found = validate_period(period, c)
    if not any(i.severity is Severity.ERROR for i in found):
        found += _scoring_issues(period, c)
    return _report(path, loaded, issues + found, dataset, base, period)


def _load(path: str | Path, criteria: Criteria, encoding: str | None, max_mb: int,
          issues: list[Issue]) -> Dataset | None:
    from paritrana.io.load import load_dataset

    try:
        return load_dataset(path, criteria, encoding=encoding, max_uncompressed_mb=max_mb)
    except DataError as exc:  # unreadable, empty, not a workbook, decompression bomb
        issues.append(Issue("unreadable", Severity.ERROR, exc.message, exc.location or Location(file=str(path)),
                            exc.hint))
        return None


def _choose_period(dataset: Dataset, base: Dataset | None, criteria: Criteria,
                   year: int | None) -> tuple[Period | None, list[Issue]]:
    """The period to check across years, or None when a sheet it needs is broken (its
    structural errors are reported already) or the years do not fit (an ``period`` error)."""
    from paritrana.io.period import select_period

    broken = _broken_years(dataset)
    if base is not None and _broken_years(base):
        return None, []
    if None in broken:
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
        return None, [Issue("period", Severity.ERROR, exc.message, exc.location, exc.hint)]
    if base is None and period.previous is not None and assessed is not None:
        low = period.baseline_year if period.baseline_year is not None else -1
        if any(low < b < assessed for b in broken if b is not None):
            return None, []  # the real baseline sheet is broken
    return period, []


def _broken_years(dataset: Dataset) -> set[int | None]:
    """Years whose sheet could not be read as a table (no header, missing column...)."""
    from paritrana.io.load import YEAR_IN_NAME
    from paritrana.api import STRUCTURAL

    out: set[int | None] = set()
    for issue in dataset.errors:
        if issue.code in STRUCTURAL:
            found = YEAR_IN_NAME.findall(issue.location.sheet or "") if issue.location else []
            out.add(int(found[-1]) if dataset.layout == "per-year" and found else None)
    return out


def _all_rows(dataset: Dataset) -> pd.DataFrame:
    from paritrana.io.load import KEY, YEAR

    frame = dataset.frame
    year = frame[YEAR].astype("object").where(frame[YEAR].notna(), None)
    return frame[~frame.assign(_y=year).duplicated(subset=["_y", KEY], keep="first")]


def _scoring_issues(period: Period, criteria: Criteria) -> list[Issue]:
    """What scoring would still refuse (a zero divisor, a negative ratio_to_max value...)."""
    from paritrana.core.rank import rank_scored
    from paritrana.core.score import score_period

    try:
        rank_scored(score_period(period, criteria), criteria)
    except DataErrors as exc:
        return list(exc.issues)
    except DataError as exc:
        return [Issue("scoring", Severity.ERROR, exc.message, exc.location, exc.hint)]
    return []


def _report(path: str | Path, loaded: LoadedCriteria, issues: list[Issue], dataset: Dataset | None,
            base: Dataset | None, period: Period | None) -> ValidationReport:
    issues = [i if i.hint else replace(i, hint=DEFAULT_HINTS.get(i.code)) for i in issues]
    issues = sorted(issues, key=lambda i: i.severity is not Severity.ERROR)  # stable: errors first
    return ValidationReport(
        path=dataset.path if dataset else str(path),
        sha256=dataset.sha256 if dataset else None,
        criteria=loaded,
        issues=issues,
        layout=dataset.layout if dataset else None,
        years=dataset.years if dataset else [],
        year=period.year if period else None,
        baseline_year=period.baseline_year if period else None,
        candidates=len(period.current) if period else 0,
        baseline_path=base.path if base else None,
        baseline_sha256=base.sha256 if base else None,
    )
