"""The tables of the large report, built from the ranked columns without making an object per
candidate: Ranking (rank, name, group, score, aspect scores, contributions, stage columns, tie
flag), Breakdown (raw and normalised value of every indicator, one row per candidate), Data
(one table per input file and year) and Ineligible."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.core.criteria import Aggregation
from paritrana.core.dataset import GROUP, NAME, ROW, SHEET, YEAR
from paritrana.core.names import name_key
from paritrana.core.score import reason_text
from paritrana.report.xlsx.base import Context
from paritrana.report.xlsx.breakdown import imputed_values
from paritrana.report.xlsx.bulk import Values
from paritrana.report.xlsx.panel import SHORTLIST_MARK
from paritrana.report.xlsx.ranking_layout import ranking_columns
from paritrana.report.xlsx.rounds_columns import large_values
from paritrana.report.xlsx.sheets import data_layout, ineligible_titles, year_role
from paritrana.report.xlsx.style import DEC, KEY, RANK, SCORE, TEXT, WRAP
from paritrana.report.xlsx.tables import (
    LazyColumn,
    Table,
    TableColumn,
    make_table,
    number_style,
    text_column,
    titled,
)

if TYPE_CHECKING:
    from paritrana.core.dataset import Dataset
    from paritrana.core.ranked import RankedColumns

CENTERED = replace(TEXT, align="center")


def report_order(columns: RankedColumns) -> list[int] | None:
    """The report's row order, group by group in order of first appearance (None: the
    placings are already grouped)."""
    position = {g: i for i, g in enumerate(dict.fromkeys(columns.groups))}
    codes = [position[g] for g in columns.groups]
    if all(a <= b for a, b in pairwise(codes)):
        return None
    return sorted(range(len(codes)), key=codes.__getitem__)


# ---- Peringkat / Ranking ---------------------------------------------------------------------------

def ranking_table(ctx: Context, order: list[int] | None) -> Table:
    """The ranked candidates in ``order`` (see ``report_order``)."""
    c = ctx.result.results.columns
    cols = ranking_columns(ctx)
    columns = [TableColumn(c.ranks, RANK), text_column(c.names, lead=KEY)]
    if cols.group is not None:
        columns.append(text_column(c.groups))
    columns.append(TableColumn(c.scores, SCORE))
    for key in cols.rounds:
        values, style, is_number = large_values(ctx, key)
        columns.append(TableColumn(values, style, number=is_number))
    columns += [TableColumn(c.aspects[aid], SCORE) for aid in cols.aspects]
    arithmetic = ctx.result.criteria.aggregation is Aggregation.ARITHMETIC
    for iid in cols.indicators:
        part = c.contribution[iid] if arithmetic else None
        columns.append(TableColumn(part if part is not None else c.normalized[iid], SCORE))
    if c.stages is not None:
        s = c.stages
        columns += [TableColumn(s.desk_score, SCORE), TableColumn(s.desk_rank, RANK)]
        if cols.stages == 4:
            columns.append(TableColumn(s.panel_score, SCORE))
        columns.append(text_column([SHORTLIST_MARK if chosen else "" for chosen in s.shortlisted], CENTERED))
    tie = ctx.t("xlsx_tie_flag")
    columns.append(text_column([tie if x else "" for x in c.ties]))
    return make_table(ctx, titled(columns, cols.titles), len(c), order=order, ranks=c.ranks)


# ---- Rincian / Breakdown ---------------------------------------------------------------------------

def breakdown_table(ctx: Context, order: list[int] | None) -> Table:
    """One row per ranked candidate, in ``order`` (see ``report_order``)."""
    result, t = ctx.result, ctx.t
    c = result.results.columns
    columns = [TableColumn(c.ranks, RANK), text_column(c.names)]
    if result.criteria.group_by:
        columns.append(text_column(c.groups))
    titles = [t("rank"), t("name")] + ([t("group")] if result.criteria.group_by else [])
    for iid in result.criteria.all_indicators:
        columns += [TableColumn(c.raw[iid], number_style(c.raw[iid])), TableColumn(c.normalized[iid], SCORE)]
        titles += [ctx.text("raw"), t("xlsx_normalized")]
    imputed = imputed_values(result, ctx.lang)
    if imputed:
        notes: dict[str, list[str]] = {}
        for (name, iid), text in imputed.items():
            notes.setdefault(name, []).append(f"{iid}: {text}")
        columns.append(text_column(["; ".join(notes[n]) if n in notes else "" for n in c.names]))
        titles.append(t("xlsx_note"))
    return make_table(ctx, titled(columns, titles), len(c), order=order)


# ---- Data ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Rows:
    """Some rows of a data frame (``positions``; None: all), read a column at a time, so that
    no copy of the whole frame is made for each year."""

    frame: Any  # a pandas DataFrame
    positions: Any = None  # a numpy array of row positions

    def __len__(self) -> int:
        return len(self.frame) if self.positions is None else len(self.positions)

    def __getitem__(self, column: str) -> Any:
        values = self.frame[column]
        return values if self.positions is None else values.iloc[self.positions]

    def column(self, column: str, convert: Callable[[Any], Values]) -> LazyColumn:
        """Column ``column`` of these rows, a chunk at a time: ``convert(series)`` of the chunk."""
        values = self.frame[column]
        first = self._first_of_a_run()
        if first is not None:  # all rows, or one unbroken run of them: slices, not a gather per chunk
            return LazyColumn(len(self), lambda start, stop: convert(values.iloc[first + start:first + stop]))
        positions = self.positions
        return LazyColumn(len(self), lambda start, stop: convert(values.iloc[positions[start:stop]]))

    def _first_of_a_run(self) -> int | None:
        """The first position when the rows are consecutive (all of them: 0), else None. A year
        of one sheet is such a run in the frame: each chunk is then a slice."""
        import numpy as np

        positions = self.positions
        if positions is None:
            return 0
        if len(positions) and bool((np.diff(positions) == 1).all()):
            return int(positions[0])
        return None


Piece = tuple[int, "Dataset", int | None, Rows]  # file number, its dataset, year, its rows


def data_pieces(ctx: Context) -> list[Piece]:
    """The input rows split by file and year: the assessed year first, then the baseline year,
    then years not used (newest first)."""
    import numpy as np

    result = ctx.result
    datasets, _, _ = data_layout(ctx)
    pieces: list[Piece] = []
    for number, dataset in enumerate(datasets):
        frame = dataset.frame
        years = frame[YEAR]
        unknown = years.isna().to_numpy(dtype=bool)
        found: list[Any] = list(dict.fromkeys(years[~unknown].tolist())) + ([None] if unknown.any() else [])
        for year in found:
            mask = unknown if year is None else years.eq(year).fillna(False).to_numpy(dtype=bool)
            rows = Rows(frame) if len(found) == 1 else Rows(frame, np.flatnonzero(mask))
            pieces.append((number, dataset, None if year is None else int(year), rows))
    result_years = [result.year, result.baseline_year]
    pieces.sort(key=lambda p: (p[0], result_years.index(p[2]) if p[2] in result_years else 2, -(p[2] or 0)))
    return pieces


def repeated(value: Any, n: int) -> LazyColumn:
    return LazyColumn(n, lambda start, stop: [value] * (stop - start))


def _names(values: Any) -> list[Any]:
    return list(values.astype(str).tolist())


def _texts(values: Any) -> list[Any]:
    texts = values.tolist()
    if set(map(type, texts)) == {str}:  # the usual case: nothing missing, nothing to convert
        return list(texts)
    return [None if v is None or v != v else str(v) for v in texts]


def _floats(values: Any) -> Values:
    return values.to_numpy(dtype=float)


def _array(values: Any) -> Values:
    return values.to_numpy()


def data_tables(ctx: Context) -> list[tuple[str, Table, int | None]]:
    """One table per input file and year: (sheet base name, table, year)."""
    import numpy as np

    if ctx.result.period is None:
        return []
    datasets, columns, titles = data_layout(ctx)
    styles = {c: number_style(np.concatenate([d.frame[c].to_numpy(dtype=float) for d in datasets])) for c in columns}
    pieces = data_pieces(ctx)
    tables = []
    for number, dataset, year, rows in pieces:
        role = year_role(ctx, year, is_baseline_file=number > 0)
        n = len(rows)
        # Each column is read from the data a chunk at a time, as it is written.
        table = [TableColumn(repeated(year, n), RANK), text_column(rows.column(NAME, _names))]
        if ctx.result.criteria.group_by:
            table.append(text_column(rows.column(GROUP, _texts)))
        table += [TableColumn(rows.column(c, _floats), styles[c]) for c in columns]
        table.append(text_column(repeated(role, n)))
        if len(datasets) > 1:
            table.append(text_column(repeated(Path(dataset.path).name, n)))
        table += [text_column(rows.column(SHEET, _texts)), TableColumn(rows.column(ROW, _array), RANK)]
        base = ctx.sheet_name("data") if len(pieces) == 1 or year is None else f"{ctx.sheet_name('data')} {year}"
        tables.append((base, make_table(ctx, titled(table, titles), n), year))
    return tables


# ---- Tidak memenuhi syarat / Ineligible ------------------------------------------------------------

def ineligible_rows(ctx: Context) -> list[int | None]:
    """For each ineligible candidate, its row in the assessed year's data (None: not found)."""
    items = ctx.result.ineligible
    current = ctx.result.period.current if ctx.result.period is not None else None
    index: list[int | None] = [None] * len(items)
    if current is None or not items:
        return index
    import numpy as np

    names = current[NAME].astype(str)
    ids = {item.id for item in items}
    exact: dict[str, int] = {}
    found_rows = np.flatnonzero(names.isin(ids).to_numpy(dtype=bool)).tolist()
    for i, name in zip(found_rows, names.iloc[found_rows].tolist(), strict=True):  # the last row of a name wins
        exact[name] = i
    keyed: dict[str, int] | None = None
    for j, item in enumerate(items):
        found = exact.get(item.id)
        if found is None:
            keyed = keyed if keyed is not None else {name_key(n): i for i, n in enumerate(names.tolist())}
            found = keyed.get(name_key(item.id))
        index[j] = found
    return index


def ineligible_table(ctx: Context) -> Table:
    result = ctx.result
    items = result.ineligible
    current = result.period.current if result.period is not None else None
    index = ineligible_rows(ctx)

    known = [i for i in index if i is not None]

    def column_of(name: str) -> list[Any]:
        if current is None:
            return [None] * len(items)
        values = iter(current[name].iloc[known].tolist())  # only the rows of the ineligible
        return [None if i is None else next(values) for i in index]

    columns = [text_column([i.id for i in items])]
    if result.criteria.group_by:
        columns.append(text_column([i.group for i in items]))
    columns.append(text_column(["; ".join(reason_text(r, ctx.lang) for r in i.reasons) for i in items], WRAP))
    for c in result.criteria.input_columns:
        style = number_style(current[c].to_numpy(dtype=float)) if current is not None else DEC
        columns.append(TableColumn(column_of(c), style))
    columns += [text_column([None if s is None or s != s else str(s) for s in column_of(SHEET)]),
                TableColumn(column_of(ROW), RANK)]
    return make_table(ctx, titled(columns, ineligible_titles(ctx)), len(items))
