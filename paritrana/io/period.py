"""Choosing the assessed year and its baseline, and lining the baseline up by candidate."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from paritrana.core.criteria import Criteria
from paritrana.core.dataset import KEY, PRESENT, YEAR, Dataset, Period
from paritrana.errors import DataError, IssueCode, Location
from paritrana.i18n.messages import io as m
from paritrana.i18n.text import Message
from paritrana.io.files import CombinedDataset
from paritrana.io.read import CSV_SUFFIXES

if TYPE_CHECKING:
    import pandas as pd


def select_period(
    dataset: Dataset,
    criteria: Criteria,
    *,
    year: int | None = None,
    baseline: Dataset | None = None,
) -> Period:
    years = dataset.years
    where = Location(file=dataset.path)
    if year is not None and years and year not in years:
        raise DataError(m.NO_DATA_FOR_YEAR(year=year, years=years), where, hint=m.PICK_A_YEAR())
    assessed: int | None
    if years:
        assessed = year if year is not None else years[-1]
        current = dataset.frame[dataset.frame[YEAR] == assessed]
    else:
        assessed = year
        current = dataset.frame
    current = _first_of_each(current, [KEY], dataset).reset_index(drop=True)
    if not criteria.uses_previous:
        return Period(current, None, assessed, None, dataset, baseline)
    source = baseline if baseline is not None else dataset
    if assessed is None and baseline is not None and len(baseline.years) > 1:
        # the data say no year: the baseline's newest year may be the assessed year itself
        raise DataError(m.ASSESSED_YEAR_UNKNOWN(name=baseline.path, years=baseline.years), where,
                        hint=m.GIVE_ASSESSED_YEAR())
    base_frame, base_year = _baseline_rows(source, assessed, is_external=baseline is not None)
    if base_frame is None:
        raise DataError(_no_baseline_message(dataset, criteria, assessed, baseline), where,
                        hint=_no_baseline_hint(dataset, assessed, baseline))
    aligned = current[[KEY]].merge(base_frame, on=KEY, how="left", indicator=PRESENT)
    aligned[PRESENT] = aligned[PRESENT] == "both"
    return Period(current, aligned.reset_index(drop=True), assessed, base_year, dataset, baseline)


def _first_of_each(frame: pd.DataFrame, subset: list[str], dataset: Dataset) -> pd.DataFrame:
    """The first row of each candidate (and year). A dataset whose loader found no candidate
    twice in a year has nothing to drop, and 725,000 keys are not hashed again to learn it."""
    if not any(issue.code is IssueCode.DUPLICATE_CANDIDATE for issue in dataset.issues):
        return frame
    return frame.drop_duplicates(subset=subset, keep="first")


def _baseline_rows(source: Dataset, assessed: int | None, is_external: bool) -> tuple[pd.DataFrame | None, int | None]:
    frame = _first_of_each(source.frame, [YEAR, KEY], source)
    years = source.years
    if not years:
        if not is_external:
            return None, None
        return frame, None
    earlier = [y for y in years if assessed is None or y < assessed]
    if not earlier:
        return None, None
    base_year = earlier[-1]
    return frame[frame[YEAR] == base_year], base_year


def _no_baseline_hint(dataset: Dataset, assessed: int | None, baseline: Dataset | None) -> Message:
    """What to add: a sheet to a workbook of year sheets, rows to a table with a year column,
    a year column to a CSV (which has no sheets), or an earlier year to the baseline given."""
    if baseline is not None and assessed is not None:
        return m.OTHER_BASELINE(year=assessed)
    if isinstance(dataset, CombinedDataset):
        return m.ADD_BASELINE_FILES()
    if dataset.layout == "long":
        return m.ADD_BASELINE_ROWS()
    if Path(dataset.path).suffix.lower() in CSV_SUFFIXES:
        return m.ADD_BASELINE_CSV()
    return m.ADD_BASELINE()


def _no_baseline_message(dataset: Dataset, criteria: Criteria, assessed: int | None,
                         baseline: Dataset | None) -> Message:
    users: list[object] = [f"`{iid}`" for iid, ind in criteria.all_indicators.items() if ind.expr.uses_previous]
    users += [f"`{name}`" for name, e in criteria.derived_exprs.items() if e.uses_previous]
    users += [m.ELIGIBILITY_RULE(rule=text)
              for text, e in zip(criteria.eligibility, criteria.eligibility_exprs, strict=True) if e.uses_previous]
    source = (m.THE_BASELINE_FILE(name=baseline.path) if baseline is not None
              else m.THE_FILES() if isinstance(dataset, CombinedDataset) else m.THE_FILE())
    empty = [str(i.location.sheet) for i in dataset.issues if i.code is IssueCode.EMPTY_SHEET and i.location]
    note: Message | str = m.EMPTY_SHEETS_NOTE(sheets=empty) if empty else ""
    if assessed is None:
        return m.NO_BASELINE_YEAR(users=users, note=note)
    return m.NO_YEAR_BEFORE(users=users, source=source, year=assessed, note=note)
