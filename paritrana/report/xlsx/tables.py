"""The large report's tables: columns of values with a title and a ``Style`` each, written
over as many sheets as Excel's row limit needs; each sheet prints its first ``PRINT_ROWS`` rows.

xlsxwriter writes each part's top rows, header, filter, widths, frozen panes and print setup;
the body rows are ``bulk.Body``s spliced in afterwards (see ``bulk.py``). Column widths come
from a sample of the values, measured as the small report measures its cells.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from paritrana.core.ranked import ArrayColumn
from paritrana.report.xlsx import bulk as xlsx_bulk
from paritrana.report.xlsx.base import Context
from paritrana.report.xlsx.bulk import Body, Column, Values, plain_list, style_index
from paritrana.report.xlsx.page import page_setup
from paritrana.report.xlsx.podium import PODIUM_FILLS, place, podium_styles
from paritrana.report.xlsx.style import DEC, INT, TEXT, Style, shown_number
from paritrana.report.xlsx.writer import SAMPLE_ALL_ROWS, SAMPLE_STRIDE, SheetWriter

if TYPE_CHECKING:
    from numpy.typing import NDArray

Top = Callable[[SheetWriter, int, int], None]  # writes a part's rows above the header: (writer, part, parts)
PRINT_ROWS = 100  # rows of a table that its sheet prints
DEFAULT_WIDTH = 8.43  # a column whose width is not set (Excel's default)


class LazyColumn:
    """A column made a chunk of rows at a time by ``make(start, stop)`` (a list or an array),
    so that a table of 725,000 rows does not hold a copy of its input columns."""

    def __init__(self, n_rows: int, make: Callable[[int, int], Values]):
        self.n_rows, self.make = n_rows, make

    def __len__(self) -> int:
        return self.n_rows

    def part(self, start: int, stop: int) -> Values:
        return self.make(start, stop)


@dataclass(frozen=True)
class TableColumn:
    """One column: its values (one per row, in the source's order), the style of its cells,
    whether they are numbers or text, and its title. ``lead`` is the style of a podium row's
    cell when it is not ``style`` with the podium's fill (the name column: bold)."""

    values: Values | LazyColumn
    style: Style
    number: bool = True
    lead: Style | None = None
    title: str = ""


def text_column(values: Values | LazyColumn, style: Style = TEXT, lead: Style | None = None) -> TableColumn:
    return TableColumn(values, style, number=False, lead=lead)


def titled(columns: list[TableColumn], titles: list[str]) -> list[TableColumn]:
    """``columns`` with ``titles``, one each."""
    return [replace(c, title=title) for c, title in zip(columns, titles, strict=True)]


@dataclass(frozen=True)
class Table:
    """A table body with its header. Row k of the table is row ``order[k]`` of the columns'
    values (``order`` None: row k); with ``ranks`` (a column of the values) the podium rows
    take each column's podium style."""

    titles: list[str]
    cells: list[Column]  # the bulk writer's columns (xf indices of the styles)
    sources: list[Values | LazyColumn]
    shown: list[str | None]  # the number format of each number column (widths); None for text
    n_rows: int
    order: list[int] | None = None
    ranks: Values | None = None

    def take(self, values: Values | LazyColumn, start: int, stop: int) -> Values:
        """Rows [start, stop) of ``values`` in the table's order (an ``ArrayColumn``'s or a
        numpy array's as an array)."""
        if isinstance(values, LazyColumn):
            values = values.part(0, len(values)) if self.order is not None else values
        if self.order is None:
            return values.part(start, stop) if isinstance(values, (ArrayColumn, LazyColumn)) else values[start:stop]
        rows = self.order[start:stop]
        if isinstance(values, list):
            return list(map(values.__getitem__, rows))
        import numpy as np

        return np.asarray(values)[rows]

    def values(self, start: int, stop: int) -> list[Values]:
        """Rows [start, stop): one sequence per column."""
        return [self.take(s, start, stop) for s in self.sources]

    def arranged(self) -> Table:
        """This table with its columns in a form quick to take rows from in order: with an
        ``order``, its ``ArrayColumn``s as whole arrays (read once, not once per chunk)."""
        if self.order is None:
            return self
        import numpy as np

        def quick(values: Values | LazyColumn) -> Values:
            if isinstance(values, LazyColumn):
                values = values.part(0, len(values))
            return values if isinstance(values, list) else np.asarray(values)

        return replace(self, sources=[quick(s) for s in self.sources],
                       ranks=None if self.ranks is None else quick(self.ranks))

    def marks(self, start: int, stop: int) -> list[int | None] | None:
        """The podium place of each of rows [start, stop) (None: not on the podium)."""
        if self.ranks is None:
            return None
        import numpy as np

        ranks = np.asarray(self.take(self.ranks, start, stop), dtype=float)  # None → NaN
        marks: list[int | None] = [None] * (stop - start)
        for k in np.flatnonzero(np.isin(ranks, list(PODIUM_FILLS))).tolist():
            marks[k] = place(int(ranks[k]))
        return marks

    def capacity(self, header: int) -> int:
        """Body rows that fit a sheet under a header on row ``header``."""
        return xlsx_bulk.EXCEL_MAX_ROWS - header - 1

    def bounds(self, header: int) -> list[tuple[int, int]]:
        """The rows [start, stop) of each sheet the table needs."""
        cap = self.capacity(header)
        n = xlsx_bulk.parts_needed(self.n_rows, cap)
        return [(k * cap, min((k + 1) * cap, self.n_rows)) for k in range(n)]


def make_table(ctx: Context, columns: list[TableColumn], n_rows: int, *, order: list[int] | None = None,
               ranks: Values | None = None) -> Table:
    """A ``Table`` of ``columns``; its styles are registered in the workbook now (with their
    podium styles when ``ranks`` marks the podium)."""
    def index(style: Style) -> int:
        return style_index(ctx.styles.format(style))

    cells = []
    for c in columns:
        plain = index(c.style)
        marked = {p: index(s) for p, s in podium_styles(c.style, c.lead).items()} if ranks is not None else None
        cells.append(Column("number" if c.number else "text", plain, marked))
    return Table([c.title for c in columns], cells, [c.values for c in columns],
                 [c.style.num_format if c.number else None for c in columns], n_rows, order, ranks)


def number_style(values: Sequence[float | None] | NDArray[Any]) -> Style:
    """``INT`` when every known value is whole, else ``DEC`` (as the small report chooses)."""
    import numpy as np

    array = np.asarray(values, dtype=float)  # None → NaN
    known = array[np.isfinite(array)]
    return INT if known.size and bool(np.all(known == np.floor(known))) else DEC


def part_names(base: str, parts: int) -> list[str]:
    """"Rincian", "Rincian (2)", …: the sheets of a table in ``parts`` parts."""
    return [base if k == 0 else f"{base} ({k + 1})" for k in range(parts)]


def write_table(ctx: Context, sheets: list[Any], table: Table, header: int, top: Top, freeze_col: int,
                minimum: dict[int, float], print_beside: int = 0) -> list[Body]:
    """Write each part's top rows (``top(writer, part, parts)``), header, filter, widths and
    print setup, and return the bodies to splice."""
    if len(table.cells) > xlsx_bulk.EXCEL_MAX_COLUMNS:
        raise ValueError(f"{len(table.cells)} columns do not fit an Excel sheet")
    bounds = table.bounds(header)
    widths = sample_widths(table)
    bodies = []
    for k, (ws, (start, stop)) in enumerate(zip(sheets, bounds, strict=True)):
        w = SheetWriter(ws, ctx.styles)
        top(w, k, len(bounds))
        w.header(header, table.titles)
        for col, width in widths.items():
            w.widen(col, width)
        w.fit_columns(minimum)
        if stop > start:
            ws.autofilter(header, 0, header + stop - start, len(table.cells) - 1)
            bodies.append(Body(ws.name, header + 1, stop - start, len(table.cells),
                               body_chunks(table, start, stop, header + 1)))
        else:
            w.note(header + 1, ctx.t("no_results"), TEXT)
        ws.freeze_panes(header + 1, freeze_col)
        beside = {len(table.cells) + k: DEFAULT_WIDTH for k in range(print_beside)}  # the chart's columns
        page_setup(ctx, ws, header, widths={**w.applied, **beside}, name_columns=freeze_col - 1)
        # The printout: the first PRINT_ROWS rows (a national table runs to thousands of pages),
        # and ``print_beside`` columns to the right (the chart).
        ws.print_area(0, 0, header + max(1, min(PRINT_ROWS, stop - start)), len(table.cells) - 1 + print_beside)
    return bodies


def body_chunks(table: Table, start: int, stop: int, first_row: int) -> Callable[[], Iterator[tuple[int, str]]]:
    """The XML of rows [start, stop) from sheet row ``first_row`` on, CHUNK_ROWS rows at a time
    (with their number)."""
    def chunks() -> Iterator[tuple[int, str]]:
        quick = table.arranged()  # held while this body is written, then let go
        for a in range(start, stop, xlsx_bulk.CHUNK_ROWS):
            b = min(a + xlsx_bulk.CHUNK_ROWS, stop)
            yield b - a, xlsx_bulk.rows_xml(quick.cells, 0, first_row + a - start, quick.values(a, b),
                                            quick.marks(a, b))
    return chunks


def sample_widths(table: Table) -> dict[int, float]:
    """The widest shown value of each column over a sample of rows: all of the first
    SAMPLE_ALL_ROWS, then every SAMPLE_STRIDE-th."""
    import numpy as np

    table = table.arranged()
    n, step = table.n_rows, 2_000 * SAMPLE_STRIDE  # rows fetched at a time, then thinned out
    spans = [(0, min(n, SAMPLE_ALL_ROWS), 1)]
    spans += [(a, min(a + step, n), SAMPLE_STRIDE) for a in range(SAMPLE_ALL_ROWS, n, step)]
    widths: dict[int, float] = {}
    for start, stop, stride in spans:
        if stop <= start:
            continue
        for col, values in enumerate(table.values(start, stop)):
            sample = values[::stride]
            shown = table.shown[col]
            if not isinstance(sample, list):
                array = np.asarray(sample)
                sample = _extremes(array) if shown is not None and array.dtype.kind == "f" else plain_list(array)
            widths[col] = max(widths.get(col, 0), widest(sample, shown))
    return widths


def _extremes(values: Any) -> list[float]:
    """The least and the greatest finite value of a float array: every number format of the
    report is fixed-point, so a number is shown no shorter than one of the same sign nearer to
    0, and the widest of the whole column is the widest of these two."""
    import numpy as np

    finite = values[np.isfinite(values)]
    if not finite.size:
        return []
    low = float(finite.min())
    if low == 0 and np.signbit(finite).any():
        low = -0.0  # shown "-0.00": min() does not tell it from 0.0
    return [low, float(finite.max())]


def widest(values: Sequence[Any], num_format: str | None) -> int:
    """The length of the widest of ``values`` as shown (numbers in ``num_format``; None: text)."""
    if num_format is not None:
        return max((len(shown_number(v, num_format)) for v in values if v is not None and v == v), default=0)
    return max((len(str(v)) for v in values if v is not None), default=0)
