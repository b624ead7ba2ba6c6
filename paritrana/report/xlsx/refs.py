"""Cell references and constants as they are written inside the report's formulas."""

from __future__ import annotations

from paritrana.io.load import column_letter

col_letter = column_letter  # 0-based column index → Excel letters


def cell(row: int, col: int, *, absolute: bool = False, sheet: str | None = None) -> str:
    """0-based (row, col) → ``G5``, ``$G$5`` or ``'Rincian'!$G$5``."""
    dollar = "$" if absolute else ""
    ref = f"{dollar}{col_letter(col)}{dollar}{row + 1}"
    if sheet is not None:
        ref = f"'{sheet.replace(chr(39), chr(39) * 2)}'!{ref}"
    return ref


def cell_range(first_row: int, last_row: int, col: int, *, sheet: str | None = None) -> str:
    """``$G$5:$G$18``: rows ``first_row``–``last_row`` of column ``col`` (of ``sheet``:
    ``'Rincian'!$G$5:$G$18``)."""
    return f"{cell(first_row, col, absolute=True, sheet=sheet)}:{cell(last_row, col, absolute=True)}"


def excel_number(value: float) -> str:
    """A constant inside a formula, at full precision."""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(float(value))
