"""Where each raw value comes from: the Data sheet's cells of a candidate's assessed-year row and
baseline row, and the raw value's formula over them (``paritrana.core.expr_excel``).

The Data sheet lists the input files' rows in order (``sheets.write_data``); ``DataCells``
finds, for each candidate, the Data row of its assessed-year row and of its baseline row, and
the column of each input column — before either sheet is written, so the Breakdown can
reference the Data sheet whatever the writing order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from paritrana.core.criteria import Missing
from paritrana.core.dataset import NAME, PRESENT, ROW, SHEET
from paritrana.core.expr_excel import ExcelExpr, fits, to_excel, value_formula
from paritrana.report.xlsx.refs import cell, col_letter, excel_number

if TYPE_CHECKING:
    from paritrana.core.criteria import Criteria
    from paritrana.report.xlsx.base import Context

DATA_HEADER_ROW = 3  # sheets.HEADER_ROW: the Data sheet's header row (0-based)


@dataclass(frozen=True)
class DataCells:
    """Data sheet rows (0-based) of each candidate's assessed and baseline row, and the
    column of each input column."""

    sheet: str
    current: dict[str, int]  # candidate name (as spelled in the assessed year) → row
    previous: dict[str, int]  # candidate name → row of its baseline row (absent: no baseline row)
    columns: dict[str, int]

    def cell_of(self, name: str) -> Any:
        """``cell_of(column, previous)`` for ``to_excel``: the candidate's Data cell."""
        def find(column: str, previous: bool) -> str | None:
            rows = self.previous if previous else self.current
            row = rows.get(name)
            col = self.columns.get(column)
            if row is None or col is None:
                return None
            return cell(row, col, absolute=True, sheet=self.sheet)
        return find


def data_cells(ctx: Context) -> DataCells:
    """Where every candidate's rows are on the Data sheet (see ``sheets.write_data``)."""
    result = ctx.result
    period = result.period
    criteria = result.criteria
    first_col = 3 if criteria.group_by else 2
    columns = {c: first_col + i for i, c in enumerate(criteria.input_columns)}
    datasets = [period.dataset] + ([period.baseline] if period.baseline is not None else [])
    position: dict[tuple[int, str, int], int] = {}
    row = DATA_HEADER_ROW + 1
    for number, dataset in enumerate(datasets):
        for sheet, line in zip(dataset.frame[SHEET].tolist(), dataset.frame[ROW].tolist(), strict=True):
            position.setdefault((number, _sheet(sheet), int(line)), row)
            row += 1
    current = {}
    for name, sheet, line in zip(period.current[NAME].tolist(), period.current[SHEET].tolist(),
                                 period.current[ROW].tolist(), strict=True):
        current[str(name)] = position[(0, _sheet(sheet), int(line))]
    previous = {}
    if period.previous is not None:
        base = 1 if period.baseline is not None else 0
        frame = period.previous
        for name, present, sheet, line in zip(period.current[NAME].tolist(), frame[PRESENT].tolist(),
                                              frame[SHEET].tolist(), frame[ROW].tolist(), strict=True):
            if bool(present):
                previous[str(name)] = position[(base, _sheet(sheet), int(line))]
    return DataCells(ctx.sheet_name("data"), current, previous, columns)


def _sheet(value: Any) -> str:
    return "" if value is None or value != value else str(value)


@dataclass(frozen=True)
class RawFormula:
    """A raw value's formula (without ``=``) and, for ``missing: mean``, the formula of the
    value from the data before the mean fills it in; ``cells``: the Data cells it reads."""

    raw: str | None  # None: too long for Excel (the value is written instead)
    computed: str | None
    cells: tuple[str, ...]


def raw_formula(criteria: Criteria, iid: str, excel: ExcelExpr, computed_block: str | None,
                computed_cell: str | None) -> RawFormula:
    """The raw value of indicator ``iid`` as a formula: the expression itself where every
    eligible candidate has a value (``missing: error``/``exclude``), 0 in place of a missing
    value (``zero``), or the value from the data with the group's mean in its place (``mean``:
    ``computed_cell`` holds that value, ``computed_block`` the group's)."""
    policy = criteria.all_indicators[iid].missing
    computed = None
    if policy is Missing.ZERO:
        raw = value_formula(excel, "0")
    elif policy is Missing.MEAN and computed_block is not None and computed_cell is not None:
        computed = value_formula(excel)
        raw = f"IF(ISNUMBER({computed_cell}),{computed_cell},IFERROR(AVERAGE({computed_block}),0))"
    else:
        raw = excel.text
    if not fits(raw) or (computed is not None and not fits(computed)):
        return RawFormula(None, None, excel.cells)
    return RawFormula(raw, computed, excel.cells)


def indicator_excel(criteria: Criteria, iid: str, cells: DataCells, name: str) -> ExcelExpr:
    """Indicator ``iid`` of candidate ``name`` as an Excel expression over the Data sheet."""
    return to_excel(criteria.all_indicators[iid].expr, cells.cell_of(name), criteria.derived_exprs, excel_number)


def source_text(cells: tuple[str, ...]) -> str:
    """"Data!C5, D5, C20, D20": the cells a raw value reads, the sheet named once."""
    if not cells:
        return ""
    sheet, _ = cells[0].rsplit("!", 1)
    shown = sheet.strip("'").replace("''", "'")
    return f"{shown}!" + ", ".join(c.rsplit("!", 1)[1].replace("$", "") for c in cells)


def first_row_link(cells: tuple[str, ...]) -> str | None:
    """The internal link to the first cell's row (column A), for the Source cell."""
    if not cells:
        return None
    sheet, ref = cells[0].rsplit("!", 1)
    row = ref.replace("$", "").lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return f"internal:{sheet}!{col_letter(0)}{row}"
