"""Raw sheets → one tidy table of candidates per year (``Dataset``).

Layouts (detected): one sheet per year ("2024", "Data 2025"); one long sheet with a year
column (Tahun/Year/Periode); a single sheet with no year. Headers are found in the first 20
rows by the entity column and matched exactly after ignoring case, spaces and punctuation.
Cell problems are collected as ``Issue``s (all of them); only a file that cannot be read at
all raises here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.core.criteria import YEAR_HEADERS, Criteria
from paritrana.core.dataset import GROUP, KEY, NAME, ROW, SHEET, YEAR, Dataset
from paritrana.core.headers import header_key
from paritrana.core.names import display_name, is_total_key, name_key
from paritrana.errors import DataError, Issue, IssueCode, Location, NumberFormatError, Severity
from paritrana.io.limits import ReadOptions
from paritrana.io.numbers import parse_number
from paritrana.io.read import RawFile, RawSheet, empty_formula_cells, printable, read_file

if TYPE_CHECKING:
    import pandas as pd

HEADER_SEARCH_ROWS = 20
YEAR_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")

def load_dataset(
    path: str | Path,
    criteria: Criteria,
    options: ReadOptions | None = None,
) -> Dataset:
    raw = read_file(path, options)
    return build_dataset(raw, criteria)


def build_dataset(raw: RawFile, criteria: Criteria) -> Dataset:
    import pandas as pd

    builder = _Builder(raw, criteria)
    parts = builder.tables()
    frame = pd.concat(parts, ignore_index=True) if parts else builder.empty_frame()
    if frame.empty and not any(i.severity is Severity.ERROR for i in builder.issues):
        raise DataError("no candidate rows: the header row was found but no row below it names a candidate",
                        Location(file=raw.path), hint="fill in one row per candidate below the header")
    builder.check_formulas(frame)
    builder.check_duplicates(frame)
    return Dataset(
        path=raw.path,
        sha256=hashlib.sha256(raw.data).hexdigest(),
        frame=frame,
        cells=builder.cells,
        issues=builder.issues,
        layout=builder.layout,
        broken_years=frozenset(builder.broken),
    )


def column_letter(index: int) -> str:
    """0-based column index → Excel letters (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


class _Builder:
    def __init__(self, raw: RawFile, criteria: Criteria):
        self.raw = raw
        self.criteria = criteria
        self.issues: list[Issue] = []
        self.cells: dict[str | None, dict[str, str]] = {}
        self.layout = "per-year"
        self.numeric = criteria.input_columns
        self.text_columns = [criteria.entity] + ([criteria.group_by] if criteria.group_by else [])
        self.empty_cells: list[tuple[str, int, int]] = []
        self.broken: set[int | None] = set()  # years whose sheet is not a readable table
        self.group_spelling: dict[str, str] = {}  # "kecilmikro" -> "Kecil-Mikro" as first written

    # ---- issues -----------------------------------------------------------------------

    def error(self, code: IssueCode, message: str, sheet: str | None, cell: str | None = None,
              hint: str | None = None) -> None:
        where = Location(file=self.raw.path, sheet=sheet, cell=cell)
        self.issues.append(Issue(code, Severity.ERROR, message, where, hint))

    def warn(self, code: IssueCode, message: str, sheet: str | None, cell: str | None = None,
             hint: str | None = None) -> None:
        where = Location(file=self.raw.path, sheet=sheet, cell=cell)
        self.issues.append(Issue(code, Severity.WARNING, message, where, hint))

    # ---- layouts ----------------------------------------------------------------------

    def tables(self) -> list[pd.DataFrame]:
        sheets = self.raw.sheets
        dated = [(s, _year_in_name(s.name)) for s in sheets]
        if any(year is not None for _, year in dated):
            self.layout = "per-year"
            return self._per_year_sheets(dated)
        return self._single_sheet(sheets)

    def _per_year_sheets(self, dated: list[tuple[RawSheet, int | None]]) -> list[pd.DataFrame]:
        seen: dict[int, str] = {}
        parts = []
        for sheet, year in dated:
            if year is None:
                self.warn(IssueCode.SHEET_IGNORED, "no year in the sheet name; sheet ignored",
                          sheet.name)
                continue
            if year in seen:
                self.error(IssueCode.DUPLICATE_YEAR, f"sheets '{seen[year]}' and '{sheet.name}' both hold {year}",
                           sheet.name, hint="keep one sheet per year")
                self.broken.add(year)
                continue
            seen[year] = str(sheet.name)
            header = self._find_header(sheet)
            if header is None:
                self._no_header(sheet)
                self.broken.add(year)
                continue
            year_col = self._year_column(sheet.rows[header])
            if year_col is not None:  # a long sheet whose name holds a year ("Rekap 2025"): rows say the year
                self.layout = "long"
                part = self._table(sheet, header, year=None, year_col=year_col)
            else:
                part = self._table(sheet, header, year=year)
            if part is not None and part.empty:
                self.warn(IssueCode.EMPTY_SHEET, f"no candidate rows below the header (row {header + 1}); sheet ignored",
                          sheet.name)
            if part is None:
                self.broken.add(year if year_col is None else None)  # a long sheet's rows hold the years
            else:
                parts.append(part)
        return parts

    def _single_sheet(self, sheets: list[RawSheet]) -> list[pd.DataFrame]:
        chosen: tuple[RawSheet, int] | None = None
        for sheet in sheets:
            header = self._find_header(sheet)
            if header is None:
                continue
            if chosen is None:
                chosen = (sheet, header)
            elif any(any(v != "" for v in row) for row in sheet.rows):
                self.warn(IssueCode.SHEET_IGNORED, f"sheet '{sheet.name}' was ignored (the data are read from "
                          f"'{chosen[0].name}')", sheet.name)
        if chosen is None:
            self._no_header(sheets[0])
            self.broken.add(None)
            return []
        sheet, header = chosen
        year_col = self._year_column(sheet.rows[header])
        self.layout = "long" if year_col is not None else "single"
        part = self._table(sheet, header, year=None, year_col=year_col)
        if part is None:
            self.broken.add(None)
            return []
        return [part]

    def _no_header(self, sheet: RawSheet) -> None:
        headers = ", ".join(f"'{h}'" for h in self.criteria.headers_for(self.criteria.entity))
        self.error(
            IssueCode.NO_HEADER,
            f"no header row: none of the first {HEADER_SEARCH_ROWS} rows has a column for "
            f"'{self.criteria.entity}' (accepted headers: {headers})",
            sheet.name,
            hint=f"add an alias under columns: {self.criteria.entity}: in the criteria",
        )

    def _find_header(self, sheet: RawSheet) -> int | None:
        wanted = {header_key(h) for h in self.criteria.headers_for(self.criteria.entity)}
        for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
            if any(isinstance(v, str) and header_key(v) in wanted for v in row):
                return index
        return None

    def _year_column(self, header_row: list[Any]) -> int | None:
        wanted = {header_key(h) for h in YEAR_HEADERS}
        if "tahun" in self.criteria.columns:
            wanted |= {header_key(h) for h in self.criteria.headers_for("tahun")}
        for j, value in enumerate(header_row):
            if isinstance(value, str) and header_key(value) in wanted:
                return j
        return None

    # ---- one table ----------------------------------------------------------------------

    def _match_columns(self, sheet: RawSheet, header: int) -> dict[str, int] | None:
        """Canonical column → index, reporting missing and doubled headers."""
        row = sheet.rows[header]
        keys = [header_key(v) if isinstance(v, str) else header_key(display_name(v)) if v != "" else "" for v in row]
        found: dict[str, int] = {}
        ok = True
        wanted = [*self.text_columns, *self.numeric]
        for canonical in wanted:
            aliases = {header_key(h) for h in self.criteria.headers_for(canonical)}
            hits = [j for j, k in enumerate(keys) if k and k in aliases]
            if len(hits) > 1:
                cells = " and ".join(f"{column_letter(j)}{header + 1} '{shown(row[j])}'" for j in hits)
                self.error(IssueCode.DUPLICATE_HEADER, f"two headers for column '{canonical}': {cells}", sheet.name,
                           f"{column_letter(hits[1])}{header + 1}", hint="remove or rename one of them")
                ok = False
            elif not hits:
                present = ", ".join(f"'{shown(v)}'" for v in row if v != "") or "none"
                self.error(
                    IssueCode.MISSING_COLUMN,
                    f"column '{canonical}' not found in the header row {header + 1} (found: {present})",
                    sheet.name,
                    f"A{header + 1}",
                    hint=self._missing_column_hint(canonical),
                )
                ok = False
            else:
                found[canonical] = hits[0]
        if not ok:
            return None
        used = set(found.values())
        year_col = self._year_column(row)
        for j, value in enumerate(row):
            if j in used or j == year_col or value == "":
                continue
            self.warn(IssueCode.UNUSED_COLUMN, f"column '{shown(value)}' is not used by the criteria",
                      sheet.name, f"{column_letter(j)}{header + 1}")
        self.cells[sheet.name] = {c: column_letter(j) for c, j in found.items()}
        return found

    def _missing_column_hint(self, canonical: str) -> str:
        """Point at a likely typo in the criteria before suggesting a header alias."""
        import difflib

        if canonical not in self.criteria.columns:
            known = [*self.criteria.columns, *self.criteria.derived]
            close = difflib.get_close_matches(canonical, known, n=1, cutoff=0.75)
            if close:
                return (f"'{canonical}' is not declared under columns: in the criteria — "
                        f"did you mean '{close[0]}'?")
        return f"add the header's name under columns: {canonical}: in the criteria"

    def _table(self, sheet: RawSheet, header: int, *, year: int | None,
               year_col: int | None = None) -> pd.DataFrame | None:
        """One sheet's candidate rows, column by column (fast for large sheets)."""
        import numpy as np
        import pandas as pd

        columns = self._match_columns(sheet, header)
        if columns is None:
            return None
        if year_col is not None:
            self.cells[sheet.name]["_year"] = column_letter(year_col)
        rows = sheet.rows[header + 1:]
        offset = header + 2  # Excel row number of rows[0]
        keep, names, keys = self._candidate_rows(rows, columns[self.criteria.entity], sheet.name, offset)
        excel_rows = [k + offset for k in keep]
        years: list[int | None] = [year] * len(keep)
        if year_col is not None:
            years = [self._parse_year(rows[k][year_col], sheet.name, f"{column_letter(year_col)}{k + offset}")
                     for k in keep]
        records: dict[str, Any] = {
            YEAR: years, NAME: names, KEY: keys, SHEET: [sheet.name] * len(keep), ROW: excel_rows,
            GROUP: self._groups(rows, keep, columns, sheet.name, offset, names),
        }
        for canonical in self.numeric:
            j = columns[canonical]
            values = self._numbers([rows[k][j] for k in keep], sheet, excel_rows, j)
            records[canonical] = self._check_bounds(values, canonical, sheet.name, excel_rows, j)
        frame = pd.DataFrame(records)
        if year_col is not None:
            frame = frame[frame[YEAR].notna()]
        frame[YEAR] = frame[YEAR].astype("Int64")
        for canonical in self.numeric:
            frame[canonical] = frame[canonical].astype(np.float64)
        return frame.reset_index(drop=True)

    def _candidate_rows(self, rows: list[list[Any]], col: int, sheet: str | None,
                        offset: int) -> tuple[list[int], list[str], list[str]]:
        """Indexes, names and keys of the rows that name a candidate (not empty, not a total)."""
        keep: list[int] = []
        names: list[str] = []
        keys: list[str] = []
        for k, row in enumerate(rows):
            value = row[col] if col < len(row) else ""
            if value == "" or value is None:
                continue
            name = display_name(value)
            if not name.isprintable():  # ESC, BEL, bidi overrides: could rewrite the terminal
                name = printable(name)
                self.warn(IssueCode.CONTROL_CHARACTERS, f"control characters removed from the name '{name}'", sheet,
                          f"{column_letter(col)}{k + offset}")
            if not name:
                continue
            key = name_key(name)
            if is_total_key(key):
                self.warn(IssueCode.TOTAL_ROW, f"total row '{name}' ignored", sheet, f"{column_letter(col)}{k + offset}")
                continue
            keep.append(k)
            names.append(name)
            keys.append(key)
        return keep, names, keys

    def _groups(self, rows: list[list[Any]], keep: list[int], columns: dict[str, int], sheet: str | None,
                offset: int, names: list[str]) -> list[str | None]:
        if not self.criteria.group_by:
            return [None] * len(keep)
        j = columns[self.criteria.group_by]
        seen: dict[Any, str | None] = {}  # raw cell value -> group; a few values repeat
        groups: list[str | None] = []
        for k, name in zip(keep, names, strict=True):
            value = rows[k][j]
            if value not in seen:
                text = printable(display_name(value)) if value != "" and value is not None else ""
                seen[value] = self.group_spelling.setdefault(header_key(text), text) if text else None
            group = seen[value]
            if group is None:
                self.error(IssueCode.MISSING_GROUP, f"'{name}' has no {self.criteria.group_by}", sheet,
                           f"{column_letter(j)}{k + offset}", hint="fill in the group of every candidate")
            groups.append(group)
        return groups

    def _numbers(self, cells: list[Any], sheet: RawSheet, excel_rows: list[int], col: int) -> list[float]:
        """Cell values as floats; floats pass straight through, everything else is parsed."""
        values = [v if type(v) is float else None for v in cells]
        for i, v in enumerate(values):
            if v is None or v != v or v in (math.inf, -math.inf):
                values[i] = self._number(cells[i], sheet, excel_rows[i], col)
        return values  # type: ignore[return-value]

    def _check_bounds(self, values: list[float], canonical: str, sheet: str | None, excel_rows: list[int],
                      col: int) -> Any:
        import numpy as np

        array = np.asarray(values, dtype=np.float64)
        low, high, integer = self.criteria.bounds(canonical)
        with np.errstate(invalid="ignore"):
            below = array < low if low is not None else np.zeros(len(array), bool)
            above = array > high if high is not None else np.zeros(len(array), bool)
            fraction = (array != np.floor(array)) & ~np.isnan(array) if integer else np.zeros(len(array), bool)
        for i in np.flatnonzero(below | above | fraction).tolist():
            number, cell = float(array[i]), f"{column_letter(col)}{excel_rows[i]}"
            if below[i]:
                what = "a negative count" if low == 0 else f"below the minimum {low:g}"
                self.error(IssueCode.OUT_OF_BOUNDS, f"{number:g} is {what} for '{canonical}'", sheet, cell,
                           hint=f"values of '{canonical}' must be ≥ {low:g}")
            elif above[i]:
                self.error(IssueCode.OUT_OF_BOUNDS, f"{number:g} is above the maximum {high:g} for '{canonical}'",
                           sheet, cell, hint=f"values of '{canonical}' must be ≤ {high:g}")
            else:
                self.error(IssueCode.NOT_INTEGER, f"{number:g} is not a whole number; '{canonical}' is a count",
                           sheet, cell)
            array[i] = np.nan
        return array

    def empty_frame(self) -> pd.DataFrame:
        import pandas as pd

        frame = pd.DataFrame({k: [] for k in (YEAR, NAME, KEY, SHEET, ROW, GROUP, *self.numeric)})
        frame[YEAR] = frame[YEAR].astype("Int64")
        return frame

    def _parse_year(self, value: Any, sheet: str | None, cell: str) -> int | None:
        if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer():
            year = int(value)
        elif isinstance(value, str) and len(found := YEAR_IN_NAME.findall(value)) == 1:
            year = int(found[0])
        else:
            self.error(IssueCode.BAD_YEAR, f'"{shown(value) if value != "" else "(empty)"}" is not a year', sheet, cell,
                       hint="write the year as 2024")
            return None
        if not 1900 <= year <= 2100:
            self.error(IssueCode.BAD_YEAR, f"{year} is not a plausible year", sheet, cell)
            return None
        return year

    def _number(self, value: Any, sheet: RawSheet, row: int, col: int) -> float:
        """One cell as a number (NaN when empty or wrong; wrong ones are reported)."""
        cell = f"{column_letter(col)}{row}"
        if value == "" or value is None:
            if not sheet.is_text:
                self.empty_cells.append((str(sheet.name), row, col + 1))
            return math.nan
        if isinstance(value, bool):
            self.error(IssueCode.NOT_A_NUMBER, f"{'TRUE' if value else 'FALSE'} is not a number", sheet.name, cell)
            return math.nan
        if isinstance(value, (int, float)):
            number = float(value)
        elif isinstance(value, (dt.date, dt.time, dt.timedelta)):
            self.error(IssueCode.NOT_A_NUMBER, f'"{value}" is a date or time, not a number', sheet.name, cell,
                       hint="format the cell as a number")
            return math.nan
        else:
            text = str(value)
            if not text.strip():
                if not sheet.is_text:
                    self.empty_cells.append((str(sheet.name), row, col + 1))
                return math.nan
            try:
                number = parse_number(text, self.criteria.number_locale.value)
            except NumberFormatError as exc:
                self.error(IssueCode.NOT_A_NUMBER, str(exc), sheet.name, cell)
                return math.nan
        if not math.isfinite(number):
            self.error(IssueCode.NOT_A_NUMBER, f"{number} is not a finite number", sheet.name, cell)
            return math.nan
        return number

    # ---- whole-file checks ----------------------------------------------------------------

    def check_formulas(self, frame: pd.DataFrame) -> None:
        if self.raw.kind != "xlsx" or not self.empty_cells:
            return
        for sheet, row, col in empty_formula_cells(self.raw.path, self.empty_cells[:200], self.raw.data):
            self.error(
                IssueCode.FORMULA_WITHOUT_VALUE,
                "the cell holds a formula whose result was never calculated",
                sheet,
                f"{column_letter(col - 1)}{row}",
                hint="open the file in Excel or LibreOffice and save it, so the results are stored",
            )

    def check_duplicates(self, frame: pd.DataFrame) -> None:
        if frame.empty:
            return
        year = frame[YEAR].astype("object").where(frame[YEAR].notna(), None)
        dup = frame.assign(_y=year).duplicated(subset=["_y", KEY], keep=False)
        if not dup.any():
            return
        for (_, _key), rows in frame[dup].assign(_y=year[dup]).groupby(["_y", KEY], dropna=False, sort=True):
            places = ", ".join(f"{r[SHEET] + '!' if r[SHEET] else ''}row {r[ROW]} '{r[NAME]}'" for _, r in rows.iterrows())
            first = rows.iloc[1]
            letter = self.cells.get(first[SHEET], {}).get(self.criteria.entity, "A")
            what = f" in {int(first[YEAR])}" if first[YEAR] is not None and not _isna(first[YEAR]) else ""
            self.error(IssueCode.DUPLICATE_CANDIDATE, f"candidate '{first[NAME]}' appears more than once{what}: {places}",
                       first[SHEET], f"{letter}{first[ROW]}", hint="keep one row per candidate and year")


def shown(value: Any) -> str:
    """A cell value as quoted in a message: its text, control characters written as escapes."""
    text = display_name(value)
    return text if text.isprintable() else text.encode("unicode_escape").decode("ascii")


def _isna(value: Any) -> bool:
    try:
        import pandas as pd

        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _year_in_name(name: str | None) -> int | None:
    if not name:
        return None
    found = YEAR_IN_NAME.findall(name)
    return int(found[-1]) if found else None
