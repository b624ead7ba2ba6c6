"""Choosing the assessed year and its baseline, and lining the baseline up by candidate."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from paritrana.core.criteria import Criteria
from paritrana.core.dataset import KEY, PRESENT, YEAR, Dataset, Period
from paritrana.errors import DataError, IssueCode, Location

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
        listed = ", ".join(map(str, years))
        raise DataError(f"no data for {year} (years in the file: {listed})", where,
                        hint="pick one of them with --year")
    if years:
        assessed = year if year is not None else years[-1]
        current = dataset.frame[dataset.frame[YEAR] == assessed]
    else:
        assessed = year
        current = dataset.frame
    current = current.drop_duplicates(subset=[KEY], keep="first").reset_index(drop=True)
    if not criteria.uses_previous:
        return Period(current, None, assessed, None, dataset, baseline)
    source = baseline if baseline is not None else dataset
    base_frame, base_year = _baseline_rows(source, assessed, is_external=baseline is not None)
    if base_frame is None:
        raise DataError(_no_baseline_message(dataset, criteria, assessed, baseline), where,
                        hint="add the previous year's sheet to the workbook, or pass --baseline FILE")
    aligned = current[[KEY]].merge(base_frame, on=KEY, how="left", indicator=PRESENT)
    aligned[PRESENT] = aligned[PRESENT] == "both"
    return Period(current, aligned.reset_index(drop=True), assessed, base_year, dataset, baseline)


def _baseline_rows(source: Dataset, assessed: int | None, is_external: bool) -> tuple[pd.DataFrame | None, int | None]:
    frame = source.frame.drop_duplicates(subset=[YEAR, KEY], keep="first")
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


def _no_baseline_message(dataset: Dataset, criteria: Criteria, assessed: int | None,
                         baseline: Dataset | None) -> str:
    users = [iid for iid, ind in criteria.all_indicators.items() if ind.expr.uses_previous]
    users += [name for name, e in criteria.derived_exprs.items() if e.uses_previous]
    users += [f"eligibility '{text}'" for text, e in zip(criteria.eligibility, criteria.eligibility_exprs, strict=True)
              if e.uses_previous]
    what = ", ".join(users)
    source = f"the baseline {Path(baseline.path).name}" if baseline is not None else "the file"
    empty = [str(i.location.sheet) for i in dataset.issues if i.code is IssueCode.EMPTY_SHEET and i.location]
    note = f" (no candidate rows in sheet {', '.join(repr(s) for s in empty)})" if empty else ""
    if assessed is None:
        return f"the criteria use previous() ({what}) but the data have no year to compare with{note}"
    return f"the criteria use previous() ({what}) but {source} has no year before {assessed}{note}"
