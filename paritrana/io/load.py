"""Raw sheets → one tidy table of candidates per year (``Dataset``).

Layouts (detected): one sheet per year ("2024", "Data 2025"); one long sheet with a year
column (Tahun/Year/Periode); a single sheet with no year. Headers are found in the first 20
rows by the entity column and matched exactly after ignoring case, spaces and punctuation.
Rows above the header row are titles, ignored. Below it:

* a CSV line with more or fewer fields than the header row is an error (a decimal comma
  under the ``,`` separator splits "64,210" into two fields and shifts the row);
* a header of two rows (a merged "Jumlah Pekerja" above "2023 | 2024") is an error that says
  so, instead of a table read from the wrong cells;
* a total row is dropped with a warning: by its name ("Jumlah", "Total", "Grand Total",
  "Total Kalbar", "Provinsi …") or by its values (see ``paritrana.io.totals``);
* a date in a year column is read as its year, with one warning naming the cells (see
  ``paritrana.io.years``).

Cell problems are collected as ``Issue``s (all of them); only a file that cannot be read at
all raises here.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import math
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.core import progress
from paritrana.core.criteria import FILE_GROUP, YEAR_HEADERS, Criteria
from paritrana.core.dataset import GROUP, KEY, NAME, ROW, SHEET, YEAR, Dataset
from paritrana.core.headers import header_key
from paritrana.core.names import TOTAL_PREFIXES, TOTALS, display_name, is_average_key, is_total_key, name_key
from paritrana.core.progress import Stage
from paritrana.errors import DataError, Issue, IssueCode, Location, NumberFormatError, Severity
from paritrana.i18n.messages import io as m
from paritrana.i18n.text import Message
from paritrana.io.limits import ReadOptions
from paritrana.io.numbers import parse_number, type_a_number
from paritrana.io.read import RawFile, RawSheet, empty_formula_cells, printable, read_file
from paritrana.io.sheets import skipped_silently
from paritrana.io.totals import TOLERANCE, find_totals
from paritrana.io.years import Kind, YearCell, read_year

if TYPE_CHECKING:
    from collections.abc import Callable

    import pandas as pd

HEADER_SEARCH_ROWS = 20
_NOT_ALNUM = str.maketrans({chr(c): " " for c in range(128) if (not chr(c).isalnum() or chr(c) == "_") and c != 10})
_SPACES = re.compile("  +")  # runs of two or more: single spaces stay as they are
_KABUPATEN_LINE = re.compile("(?m)^(?:kabupaten|kab) ")
YEAR_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
LISTED_CELLS = 5  # cells named in one warning; the rest are counted
_GENERIC_WORDS = {"jumlah", "total", "nama", "data", "nilai", "kabupaten", "kota", "tahun"}


def load_dataset(
    path: str | Path,
    criteria: Criteria,
    options: ReadOptions | None = None,
    *,
    optional_group: bool = False,
) -> Dataset:
    raw = read_file(path, options)
    return build_dataset(raw, criteria, optional_group=optional_group)


def build_dataset(raw: RawFile, criteria: Criteria, *, optional_group: bool = False) -> Dataset:
    """``optional_group``: a ``group_by`` column the sheets lack leaves the groups empty
    instead of being an error (several files: each file is then its own group). With
    ``group_by: file`` no column is looked for."""
    import pandas as pd

    builder = _Builder(raw, criteria, optional_group)
    parts = builder.tables()
    frame = pd.concat(parts, ignore_index=True) if parts else builder.empty_frame()
    if frame.empty and not any(i.severity is Severity.ERROR for i in builder.issues):
        raise DataError(m.NO_CANDIDATE_ROWS(), Location(file=raw.path), hint=m.FILL_CANDIDATE_ROWS())
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


FORMULA_CHECKS = 200  # empty cells looked up for a formula without a saved result


class _Builder:
    def __init__(self, raw: RawFile, criteria: Criteria, optional_group: bool = False):
        self.raw = raw
        self.criteria = criteria
        self.optional_group = optional_group
        self.rows_read = 0
        self.issues: list[Issue] = []
        self.cells: dict[str | None, dict[str, str]] = {}
        self.layout = "per-year"
        self.numeric = criteria.input_columns
        by_column = criteria.group_by if criteria.group_by and criteria.group_by != FILE_GROUP else None
        self.text_columns = [criteria.entity] + ([by_column] if by_column else [])
        self.empty_cells: list[tuple[str, int, int]] = []
        self.broken: set[int | None] = set()  # years whose sheet is not a readable table
        self.group_spelling: dict[str, str] = {}  # "kecilmikro" -> "Kecil-Mikro" as first written
        entity_headers = [criteria.entity, *criteria.headers_for(criteria.entity)]
        # "Provinsi …" is a total word, unless the candidates are provinces themselves
        self.provinces_ranked = any(w in header_key(h) for h in entity_headers for w in ("provinsi", "province"))
        self.counts = [c for c in self.numeric if criteria.bounds(c)[2]]  # the columns a total row sums
        # total words besides "Jumlah …", "Total", "Grand Total": "Total Kalbar", "Provinsi Kalimantan Barat"
        self.total_prefixes = ("total ",) if self.provinces_ranked else ("total ", "provinsi ")
        self.total_words = set() if self.provinces_ranked else {"provinsi"}
        self.locale = criteria.number_locale.value
        self.seen_names: dict[str, tuple[str, str, bool, bool]] = {}  # cell text → name, key, unprintable, total

    # ---- issues -----------------------------------------------------------------------

    def error(self, code: IssueCode, message: Message, sheet: str | None, cell: str | None = None,
              hint: Message | None = None) -> None:
        where = Location(file=self.raw.path, sheet=sheet, cell=cell)
        self.issues.append(Issue(code, Severity.ERROR, message, where, hint))

    def warn(self, code: IssueCode, message: Message, sheet: str | None, cell: str | None = None,
             hint: Message | None = None) -> None:
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
        tables = any(year is not None and not _skipped(sheet) for sheet, year in dated)
        for sheet, year in dated:
            if year is None and _skipped(sheet):  # the template's instructions, notes: io/sheets.py
                continue
            if year is None:
                self.warn(IssueCode.SHEET_IGNORED, m.SHEET_WITHOUT_YEAR(), sheet.name, hint=m.SHEET_IGNORED_HINT())
                continue
            if _skipped(sheet) and tables:  # "Grafik 2024", "Catatan 2025", a blank "2025" for next year
                self.warn(IssueCode.EMPTY_SHEET, m.SHEET_WITHOUT_TABLE(), sheet.name,
                          hint=m.SHEET_WITHOUT_TABLE_HINT(year=year))
                continue
            if year in seen:
                self.error(IssueCode.DUPLICATE_YEAR, m.DUPLICATE_YEAR(first=seen[year], second=sheet.name, year=year),
                           sheet.name, hint=m.ONE_SHEET_PER_YEAR())
                self.broken.add(year)
                continue
            seen[year] = str(sheet.name)
            named = sorted({int(y) for y in YEAR_IN_NAME.findall(sheet.name or "")})
            if len(named) > 1:  # "2023 (revisi 2024)": the last year is taken, and the jury told so
                self.warn(IssueCode.SHEET_YEAR, m.SHEET_TWO_YEARS(years=named, year=year), sheet.name,
                          hint=m.SHEET_TWO_YEARS_HINT())
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
                self.warn(IssueCode.EMPTY_SHEET, m.EMPTY_SHEET(row=header + 1), sheet.name, hint=m.EMPTY_SHEET_HINT())
            elif part is not None:
                self._tell_hidden(sheet)
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
            elif _filled(sheet.rows) or (sheet.body is not None and _filled(sheet.full().rows)):
                self.warn(IssueCode.SHEET_IGNORED, m.OTHER_SHEET_IGNORED(sheet=sheet.name, chosen=chosen[0].name),
                          sheet.name, hint=m.OTHER_SHEET_HINT())
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
        if not part.empty:
            self._tell_hidden(sheet)
        return [part]

    def _tell_hidden_rows(self, sheet: RawSheet, excel_rows: list[int], col: int) -> None:
        """Candidate rows hidden in Excel (by hand, or by a filter left on) are read like any
        other: one warning per sheet names the first of them and counts them all."""
        hidden = [row for row in excel_rows if row in sheet.hidden_rows]
        if hidden:
            text = m.HIDDEN_ROWS if len(hidden) <= 5 else m.HIDDEN_ROWS_AMONG
            self.warn(IssueCode.HIDDEN_ROWS, text(n=len(hidden), rows=[str(r) for r in hidden[:5]]), sheet.name,
                      f"{column_letter(col)}{hidden[0]}", hint=m.HIDDEN_ROWS_HINT())

    def _tell_hidden_columns(self, sheet: RawSheet, header: int, read: list[int]) -> None:
        """Columns the table reads but Excel hides: the jury does not see the figures ranked."""
        hidden = [j for j in read if sheet.column_hidden(j)]
        if hidden:
            titles = [printable(str(sheet.rows[header][j])) for j in hidden]
            self.warn(IssueCode.HIDDEN_COLUMNS, m.HIDDEN_COLUMNS(columns=[column_letter(j) for j in hidden],
                                                                 headers=titles),
                      sheet.name, f"{column_letter(hidden[0])}{header + 1}", hint=m.HIDDEN_COLUMNS_HINT())

    def _tell_hidden(self, sheet: RawSheet) -> None:
        """A hidden sheet whose rows are read: the jury may not know they are there."""
        if sheet.hidden:
            self.warn(IssueCode.HIDDEN_SHEET, m.HIDDEN_SHEET(), sheet.name, hint=m.HIDDEN_SHEET_HINT())

    def _no_header(self, sheet: RawSheet) -> None:
        entity = self.criteria.entity
        headers = self.criteria.headers_for(entity)
        self.error(IssueCode.NO_HEADER, m.NO_HEADER(n=HEADER_SEARCH_ROWS, column=entity, headers=headers), sheet.name,
                   hint=m.NO_HEADER_HINT(alias=headers[0], column=entity))

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

    # ---- the header row ---------------------------------------------------------------------

    def _two_row_header(self, sheet: RawSheet, header: int) -> bool:
        """A header of two rows: group headers (a merged "Jumlah Pekerja") above a row of
        years ("2023 | 2024") — or years above the headers, repeated under each year. Both
        read as one header row give a wrong table; report the shape instead."""
        rows = sheet.rows
        entity = self._entity_index(rows[header])
        below = rows[header + 1] if header + 1 < len(rows) else []
        years = _year_cells(below)
        if len(years) >= 2 and (entity is None or entity >= len(below) or below[entity] in ("", None)):
            groups: list[str] = []
            for j in years:
                left = next((k for k in range(min(j, len(rows[header]) - 1), -1, -1) if rows[header][k] != ""), None)
                if left is not None and left != entity and shown(rows[header][left]) not in groups:
                    groups.append(shown(rows[header][left]))
            if groups:
                lower = list(dict.fromkeys(shown(below[j]) for j in years))
                self._report_two_rows(sheet, header, groups, lower, years[0], below=True)
                return True
        if self._sub_columns(sheet, header, entity, below):
            return True
        above = rows[header - 1] if header > 0 else []
        years = _year_cells(above)
        if len(years) >= 2 and self._doubled_headers(rows[header]):
            texts = [shown(v) for j, v in enumerate(rows[header]) if v != "" and j != entity and j >= min(years)]
            upper = list(dict.fromkeys(shown(above[j]) for j in years))
            self._report_two_rows(sheet, header - 1, upper, list(dict.fromkeys(texts)), years[0], below=False)
            return True
        return False

    def _sub_columns(self, sheet: RawSheet, header: int, entity: int | None, below: list[Any]) -> bool:
        """A header over sub-columns: a merged "Jumlah Pekerja" above "L | P | Jumlah" (men,
        women, both), or "Peserta Aktif" above "PU | BPU | Jumlah". Read as one header row,
        the first sub-column alone ("L") would be ranked as the whole count: report the shape.
        Told by a text under an empty header cell, right of a header the criteria read."""
        head = sheet.rows[header]
        if not below or (entity is not None and entity < len(below) and below[entity] not in ("", None)):
            return False
        read = {header_key(h) for c in self.numeric for h in self.criteria.headers_for(c)}
        groups: list[str] = []
        first: int | None = None
        for j, value in enumerate(below):
            if j == entity or not isinstance(value, str) or not value.strip() or (j < len(head) and head[j] != ""):
                continue
            left = next((k for k in range(min(j, len(head)) - 1, -1, -1) if head[k] != ""), None)
            if left is None or left == entity or not isinstance(head[left], str) or header_key(head[left]) not in read:
                continue
            first = left if first is None else min(first, left)
            if shown(head[left]) not in groups:
                groups.append(shown(head[left]))
        if first is None:
            return False
        lower = list(dict.fromkeys(shown(v) for j, v in enumerate(below) if j >= first and j != entity and v != ""))
        self.error(IssueCode.TWO_ROW_HEADER,
                   m.TWO_ROW_HEADER(row=header + 1, upper=", ".join(f'"{t}"' for t in groups), below=header + 2,
                                    lower=", ".join(f'"{t}"' for t in lower)),
                   sheet.name, f"{column_letter(first)}{header + 2}",
                   hint=m.SUB_COLUMNS_HINT(header=groups[0]))
        return True

    def _report_two_rows(self, sheet: RawSheet, upper_row: int, upper: list[str], lower: list[str], col: int,
                         below: bool) -> None:
        def quoted(items: list[str]) -> str:
            return ", ".join(f'"{text}"' for text in items)

        cell_row = upper_row + 2 if below else upper_row + 1
        self.error(IssueCode.TWO_ROW_HEADER,
                   m.TWO_ROW_HEADER(row=upper_row + 1, upper=quoted(upper), below=upper_row + 2, lower=quoted(lower)),
                   sheet.name, f"{column_letter(col)}{cell_row}", hint=m.TWO_ROW_HEADER_HINT())

    def _entity_index(self, row: list[Any]) -> int | None:
        wanted = {header_key(h) for h in self.criteria.headers_for(self.criteria.entity)}
        return next((j for j, v in enumerate(row) if isinstance(v, str) and header_key(v) in wanted), None)

    def _doubled_headers(self, row: list[Any]) -> bool:
        keys = [header_key(v) if isinstance(v, str) else "" for v in row]
        for canonical in self.numeric:
            aliases = {header_key(h) for h in self.criteria.headers_for(canonical)}
            if sum(1 for k in keys if k and k in aliases) > 1:
                return True
        return False

    def _check_field_counts(self, sheet: RawSheet, header: int) -> None:
        """Each CSV line below the header row has as many fields as the header row (blank
        lines aside); a line that has not is an error naming it."""
        widths = sheet.widths
        if widths is None or header >= len(widths):
            return
        expected = widths[header]
        rows = sheet.rows
        separator = sheet.delimiter or ","
        for i in [i for i in range(header + 1, len(widths)) if widths[i] != expected]:
            fields = rows[i][:widths[i]]
            if not any(str(f).strip() for f in fields):
                continue  # a blank line, or separators only
            text = separator.join(f'"{f}"' if separator in f or '"' in f else f for f in fields)
            text = _typed(text if len(text) <= 80 else text[:77] + "...")
            self.error(IssueCode.FIELD_COUNT,
                       m.FIELD_COUNT(line=i + 1, n=widths[i], text=text, header=header + 1, expected=expected),
                       sheet.name, hint=_field_count_hint(separator, widths[i] > expected))

    # ---- one table ----------------------------------------------------------------------

    def _match_columns(self, sheet: RawSheet, header: int) -> dict[str, int] | None:
        """Canonical column → index, reporting missing and doubled headers."""
        row = sheet.rows[header]
        keys = [header_key(v) if isinstance(v, str) else header_key(display_name(v)) if v != "" else "" for v in row]
        wanted = [*self.text_columns, *self.numeric]
        hits = {}
        for canonical in wanted:
            aliases = {header_key(h) for h in self.criteria.headers_for(canonical)}
            hits[canonical] = [j for j, k in enumerate(keys) if k and k in aliases]
        matched = {j for found in hits.values() for j in found}
        year_col = self._year_column(row)
        found: dict[str, int] = {}
        ok = True
        for canonical in wanted:
            columns = hits[canonical]
            if len(columns) > 1:
                cells = [m.HEADER_CELL(cell=f"{column_letter(j)}{header + 1}", typed=shown(row[j])) for j in columns]
                self.error(IssueCode.DUPLICATE_HEADER, m.DUPLICATE_HEADER(column=canonical, cells=cells), sheet.name,
                           f"{column_letter(columns[1])}{header + 1}", hint=m.REMOVE_ONE_HEADER())
                ok = False
            elif not columns and canonical == self.criteria.group_by and self.optional_group:
                continue  # the file will be the group
            elif not columns:
                present = [shown(v) for v in row if v != ""]
                spare = [j for j, v in enumerate(row) if v != "" and j not in matched and j != year_col]
                self.error(IssueCode.MISSING_COLUMN, m.MISSING_COLUMN(column=canonical, row=header + 1, found=present),
                           sheet.name, f"A{header + 1}", hint=self._missing_column_hint(canonical, row, header, spare))
                ok = False
            else:
                found[canonical] = columns[0]
        if not ok:
            return None
        for j, value in enumerate(row):
            if j in matched or j == year_col or value == "":
                continue
            self.warn(IssueCode.UNUSED_COLUMN, m.UNUSED_COLUMN(header=shown(value)), sheet.name,
                      f"{column_letter(j)}{header + 1}", hint=m.UNUSED_COLUMN_HINT())
        self.cells[sheet.name] = {c: column_letter(j) for c, j in found.items()}
        return found

    def _missing_column_hint(self, canonical: str, row: list[Any], header: int, spare: list[int]) -> Message:
        """The workbook change first (rename the header that looks meant for this column, or
        add the column), the criteria change second; a likely typo in the criteria first of all."""
        if canonical not in self.criteria.columns:
            known = [*self.criteria.columns, *self.criteria.derived]
            close = difflib.get_close_matches(canonical, known, n=1, cutoff=0.75)
            if close:
                return m.UNDECLARED_COLUMN(column=canonical, close=close[0])
        aliases = self.criteria.headers_for(canonical)
        guess = _closest_header(aliases, row, spare)
        if guess is not None:
            return m.RENAME_HEADER(cell=f"{column_letter(guess)}{header + 1}", typed=shown(row[guess]),
                                   alias=aliases[0], column=canonical)
        return m.ADD_COLUMN(alias=aliases[0], column=canonical)

    def _table(self, sheet: RawSheet, header: int, *, year: int | None,
               year_col: int | None = None) -> pd.DataFrame | None:
        """One sheet's candidate rows, column by column (fast for large sheets)."""
        import numpy as np
        import pandas as pd

        if self._two_row_header(sheet, header):
            return None
        self._check_field_counts(sheet, header)
        columns = self._match_columns(sheet, header)
        if columns is None:
            return None
        if year_col is not None:
            self.cells[sheet.name]["_year"] = column_letter(year_col)
        first = header + 2 if _numbering_row(sheet.rows[header + 1] if header + 1 < len(sheet.rows) else []) \
            else header + 1  # the first row of data: below a row of column numbers "(1) | (2) | (3)", if any
        offset = first + 1  # its Excel row number
        wanted = sorted({*columns.values(), *([year_col] if year_col is not None else [])})
        if sheet.hidden_columns:
            self._tell_hidden_columns(sheet, header, wanted)
        body = sheet.body.columns(first, wanted) if sheet.body is not None else None
        if body is None:  # every cell as a Python value
            rows = (sheet.full() if sheet.body is not None else sheet).rows[first:]

            def column(j: int) -> list[Any]:
                return [row[j] if j < len(row) else "" for row in rows]

            def floats(j: int) -> Any:
                return None
        else:  # a large sheet's columns as arrays (paritrana.io.read.SheetBody)
            def column(j: int) -> list[Any]:
                return body[j].items()

            def floats(j: int) -> Any:
                return body[j].floats

        entity_cells = column(columns[self.criteria.entity])
        keep, names, keys, total_rows = self._candidate_rows(entity_cells, columns[self.criteria.entity], sheet.name,
                                                             offset)
        if not sheet.is_text and len(keep) + len(total_rows) < len(entity_cells):
            self._unnamed_rows(entity_cells, [columns[c] for c in self.numeric], column, floats, str(sheet.name),
                               columns[self.criteria.entity], offset)
        excel_rows = [k + offset for k in keep]
        if sheet.hidden_rows:
            self._tell_hidden_rows(sheet, excel_rows, columns[self.criteria.entity])
        years: list[int | None] = [year] * len(keep)
        if year_col is not None:
            cells = column(year_col)
            years = self._years([cells[k] for k in keep], sheet.name, year_col, excel_rows)
        by = self.criteria.group_by
        group_cells = column(columns[by]) if by and by in columns else []  # none, or the file is the group
        records: dict[str, Any] = {
            YEAR: years, NAME: names, KEY: keys, SHEET: [sheet.name] * len(keep), ROW: excel_rows,
            GROUP: self._groups(group_cells, keep, columns, sheet.name, offset, names),
        }
        kept = np.asarray(keep, dtype=np.intp)
        for canonical in self.numeric:
            j = columns[canonical]
            numbers = floats(j)
            if numbers is not None:  # numbers and empty cells only
                values = numbers[kept]
                for i in np.flatnonzero(np.isnan(values)).tolist():
                    if not sheet.is_text:
                        self.empty_cells.append((str(sheet.name), excel_rows[i], j + 1))
                records[canonical] = self._check_bounds(values, values, canonical, sheet.name, excel_rows, j)
                continue
            every = column(j)
            cells = [every[k] for k in keep]
            values = self._numbers(cells, sheet, excel_rows, j)
            self._check_percent_signs(cells, values, canonical, sheet.name, excel_rows, j)
            records[canonical] = self._check_bounds(values, cells, canonical, sheet.name, excel_rows, j)
        frame = pd.DataFrame(records)
        if year_col is not None:
            frame = frame[frame[YEAR].notna()].reset_index(drop=True)
        frame[YEAR] = frame[YEAR].astype("Int64")
        for canonical in self.numeric:
            frame[canonical] = frame[canonical].astype(np.float64)
        self.rows_read += len(frame)
        progress.advance(Stage.READING, self.rows_read, None)  # the rows so far, for a progress display
        counts = self._count_columns(frame)
        words = self._word_total_values(total_rows, offset, column, columns, year, year_col, counts)
        return self._drop_totals_by_value(frame, sheet.name, total_rows, columns[self.criteria.entity], words, counts)

    def _count_columns(self, frame: pd.DataFrame) -> list[str]:
        """The columns a total row sums, compared by ``paritrana.io.totals``: those declared
        ``integer: true``, and every other input column whose values on this sheet are all
        whole numbers ≥ 0 (SPEC's own example declares only ``peserta``; its ``pekerja`` is
        summed by a province row all the same). More columns compared make a coincidence —
        one candidate's 600 participants being another two's 400 + 200 — far less likely."""
        import numpy as np

        def whole(c: str) -> bool:
            v = frame[c].to_numpy(dtype=np.float64)
            return bool(len(v)) and bool(np.isfinite(v).all() and (v >= 0).all() and (v == np.round(v)).all())

        return [c for c in self.numeric if c in self.counts or whole(c)]

    def _word_total_values(self, total_rows: list[int], offset: int, column: Callable[[int], list[Any]],
                           columns: dict[str, int], year: int | None, year_col: int | None,
                           counts: list[str]) -> list[tuple[float, Any]]:
        """The year (NaN: none) and count values (NaN: unreadable) of each total row dropped by
        its name ("Jumlah"): what the table itself says its rows add up to."""
        import numpy as np

        if not counts or not total_rows:
            return []
        cells = [column(columns[c]) for c in counts]
        year_cells = column(year_col) if year_col is not None else None
        found = []
        for row in total_rows:
            k = row - offset
            values = np.asarray([self._quiet_number(c[k] if k < len(c) else "") for c in cells], dtype=np.float64)
            at = year if year_cells is None else read_year(year_cells[k] if k < len(year_cells) else "").year
            found.append((math.nan if at is None else float(at), values))
        return found

    def _quiet_number(self, value: Any) -> float:
        """A cell as a number, NaN when it is none (no issue is reported: a total row's cells)."""
        if isinstance(value, bool):
            return math.nan
        if isinstance(value, (int, float)):
            return float(value)
        if isinstance(value, str) and value.strip():
            try:
                return parse_number(value, self.locale)
            except NumberFormatError:
                return math.nan
        return math.nan

    def _unnamed_rows(self, names: list[Any], numeric: list[int], column: Callable[[int], list[Any]],
                      floats: Callable[[int], Any], sheet: str, col: int, offset: int) -> None:
        """Rows without a name but with figures are skipped (SPEC); their name cell is checked
        for a formula whose result was never saved (``check_formulas``): such a row is a
        candidate the jury would lose without a word."""
        import numpy as np

        empty = [k for k, value in enumerate(names) if value == "" or value is None]
        filled = np.zeros(len(empty), dtype=bool)
        for j in numeric:
            values = floats(j)
            if values is not None:
                filled |= ~np.isnan(values[empty])
            else:
                cells = column(j)
                filled |= np.array([k < len(cells) and cells[k] not in ("", None) for k in empty], dtype=bool)
        for k in np.asarray(empty)[filled][:FORMULA_CHECKS].tolist():
            self.empty_cells.append((sheet, k + offset, col + 1))

    def _candidate_rows(self, cells: list[Any], col: int, sheet: str | None,
                        offset: int) -> tuple[list[int], list[str], list[str], list[int]]:
        """Indexes, names and keys of the rows that name a candidate (not empty, not a
        total word), and the Excel rows of the total words. ``cells`` is the entity column."""
        bulk = self._plain_column(cells, col, sheet, offset)
        if bulk is not None:
            return bulk
        keep: list[int] = []
        names: list[str] = []
        keys: list[str] = []
        totals: list[int] = []
        seen = self.seen_names
        for k, value in enumerate(cells):
            if value == "" or value is None:
                continue
            known = seen.get(value) if type(value) is str else None
            if known is None and type(value) is str and value.isascii() and value.isprintable():
                known = seen[value] = self._plain_name(value)
            if known is None:
                name = display_name(value)
                unprintable = not name.isprintable()  # ESC, BEL, bidi overrides: could rewrite the terminal
                if unprintable:
                    name = printable(name)
                key = name_key(name) if name else ""
                total = bool(name) and (is_total_key(key) or key.startswith(self.total_prefixes)
                                        or key in self.total_words)
                known = (name, key, unprintable, total)
                if type(value) is str:
                    seen[value] = known
            name, key, unprintable, total = known
            if unprintable:
                self.warn(IssueCode.CONTROL_CHARACTERS, m.CONTROL_CHARACTERS(name=name), sheet,
                          f"{column_letter(col)}{k + offset}", hint=m.RETYPE_NAME())
            if not name:
                continue
            if total:
                self._tell_total_row(name, key, sheet, f"{column_letter(col)}{k + offset}")
                totals.append(k + offset)
                continue
            keep.append(k)
            names.append(name)
            keys.append(key)
        return keep, names, keys, totals

    def _plain_column(self, cells: list[Any], col: int, sheet: str | None,
                      offset: int) -> tuple[list[int], list[str], list[str], list[int]] | None:
        """``_candidate_rows`` of an entity column of printable ASCII texts only, on the whole
        column at once: the texts joined by newlines, spaces collapsed and keys made with
        string methods and two regular expressions, then split again (the same names and keys
        as ``display_name`` and ``name_key`` give each). None for any other column."""
        if set(map(type, cells)) - {str}:
            return None
        joined = "\n".join(cells)
        if not joined.isascii() or not joined.replace("\n", "").isprintable():
            return None
        if joined.count("\n") != len(cells) - 1:  # a name on two lines (Alt+Enter, a quoted CSV field)
            return None
        shown = _SPACES.sub(" ", joined).replace(" \n", "\n").replace("\n ", "\n").strip(" ")
        spaced = _SPACES.sub(" ", shown.lower().translate(_NOT_ALNUM)).replace(" \n", "\n").replace("\n ", "\n")
        keyed = _KABUPATEN_LINE.sub("", spaced.strip(" "))
        names, keys = shown.split("\n"), keyed.split("\n")
        totals: list[int] = []
        total_rows = self._total_lines(keyed, keys)
        if total_rows:
            for k in total_rows:
                if not names[k]:
                    continue
                self._tell_total_row(names[k], keys[k], sheet, f"{column_letter(col)}{k + offset}")
                totals.append(k + offset)
            dropped = set(total_rows)
            keep = [k for k, name in enumerate(names) if name and k not in dropped]
        else:
            keep = [k for k, name in enumerate(names) if name]
        if len(keep) == len(names):
            return keep, names, keys, totals
        return keep, [names[k] for k in keep], [keys[k] for k in keep], totals

    def _tell_total_row(self, name: str, key: str, sheet: str | None, cell: str) -> None:
        text = m.AVERAGE_ROW if is_average_key(key) else m.TOTAL_ROW
        self.warn(IssueCode.TOTAL_ROW, text(name=name), sheet, cell, hint=m.TOTAL_ROW_HINT())

    def _total_lines(self, keyed: str, keys: list[str]) -> list[int]:
        """The lines of ``keyed`` whose key is a total word (``is_total_key``, the total prefixes
        and words of this builder)."""
        import bisect

        words = sorted({*TOTALS, *self.total_words}, key=len, reverse=True)
        prefixes = (*TOTAL_PREFIXES, *self.total_prefixes)
        pattern = re.compile("(?m)^(?:" + "|".join(re.escape(w) + "$" for w in words) + "|"
                             + "|".join(re.escape(p) for p in prefixes) + ")")
        found = [hit.start() for hit in pattern.finditer(keyed)]
        if not found:
            return []
        starts, at = [], 0
        for key in keys:
            starts.append(at)
            at += len(key) + 1
        return sorted({bisect.bisect_right(starts, position) - 1 for position in found})

    def _plain_name(self, value: str) -> tuple[str, str, bool, bool]:
        """``_candidate_rows``'s name, key, unprintable and total flags of a printable ASCII
        text, without the general machinery (the same results: NFKC and casefold change no
        such text, and the key's runs of other characters become one space)."""
        name = " ".join(value.split())
        key = " ".join(name.lower().translate(_NOT_ALNUM).split())
        if key.startswith("kabupaten "):
            key = key[10:]
        elif key.startswith("kab "):
            key = key[4:]
        total = bool(name) and (is_total_key(key) or key.startswith(self.total_prefixes) or key in self.total_words)
        return name, key, False, total

    def _drop_totals_by_value(self, frame: pd.DataFrame, sheet: str | None, total_rows: list[int],
                              entity_col: int, words: list[tuple[float, Any]], counts: list[str]) -> pd.DataFrame:
        """Drop the rows whose counts are the sum of other rows of their sheet and year
        (``paritrana.io.totals``), each with a warning saying which rows it sums — unless a
        total row named as such ("Jumlah", ``words``) counts the row among its parts: then
        the row is a candidate that happens to equal the sum of the others (Landak =
        Sekadau + Sambas above "Jumlah")."""
        import numpy as np

        if not counts or len(frame) < 3:
            return frame
        values = frame[counts].to_numpy(dtype=np.float64)
        # Declared counts, two columns or more: a sum of two rows is a total. One column, or
        # columns only found whole on this sheet: a sum of three rows at least. And with no
        # column declared, such a row is only pointed out, still ranked: hand-typed figures
        # add up by chance (10, 20, 30 and 60; 10 / 2 = 6 / 0 + 4 / 2).
        fewest = 2 if self.counts and len(counts) > 1 else 3
        inferred = not self.counts
        excel = frame[ROW].to_numpy()
        words_above = np.searchsorted(np.asarray(sorted(total_rows), dtype=np.int64), excel)
        years = frame[YEAR].to_numpy(dtype=np.float64, na_value=np.nan)
        letter = column_letter(entity_col)
        drop: list[int] = []
        for year in np.unique(years):
            rows = np.flatnonzero(years == year) if year == year else np.flatnonzero(np.isnan(years))
            starts = np.zeros(len(rows), dtype=bool)
            starts[1:] = words_above[rows][1:] != words_above[rows][:-1]
            found = find_totals(values[rows], starts)
            if fewest > 2:
                found = [t for t in found if t.rows >= fewest]
            named = [v for y, v in words if y == year or (y != y and year != year)]
            if named and any(t.whole for t in found):
                subtotals = [int(rows[t.index]) for t in found if not t.whole and not t.doubtful]
                parts = np.setdiff1d(rows, subtotals)
                every = np.nansum(values[parts], axis=0)  # the rows, the one found as a total among them
                if any(np.all(np.abs(v - every) <= TOLERANCE * np.abs(v) + 1e-9) for v in named):
                    found = [t for t in found if not t.whole]
            for total in found:
                i = int(rows[total.index])
                name = frame[NAME].iat[i]
                if inferred:  # no count column declared: a total ranked, and the jury told; sub-totals not
                    if total.whole:
                        self.warn(IssueCode.TOTAL_ROW, m.TOTAL_KEPT(name=name, n=total.rows), sheet,
                                  f"{letter}{excel[i]}", hint=m.TOTAL_KEPT_HINT())
                    continue
                if total.doubtful:  # a lone sub-total amid candidates: ranked, and the jury told
                    self.warn(IssueCode.TOTAL_ROW, m.SUBTOTAL_KEPT(name=name, first=int(excel[rows[total.first]]),
                                                                   last=int(excel[rows[total.last]]), n=total.rows),
                              sheet, f"{letter}{excel[i]}", hint=m.SUBTOTAL_KEPT_HINT())
                    continue
                if total.whole:
                    message = m.TOTAL_BY_VALUE(name=name, n=total.rows)
                else:
                    message = m.SUBTOTAL_BY_VALUE(name=name, first=int(excel[rows[total.first]]),
                                                  last=int(excel[rows[total.last]]), n=total.rows)
                self.warn(IssueCode.TOTAL_ROW, message, sheet, f"{letter}{excel[i]}", hint=m.TOTAL_BY_VALUE_HINT())
                drop.append(i)
        if not drop:
            return frame
        return frame.drop(index=drop).reset_index(drop=True)

    def _groups(self, cells: list[Any], keep: list[int], columns: dict[str, int], sheet: str | None,
                offset: int, names: list[str]) -> list[str | None]:
        if not self.criteria.group_by or self.criteria.group_by not in columns:
            return [None] * len(keep)  # no groups, or the file is the group (see build_dataset)
        j = columns[self.criteria.group_by]
        values = [cells[k] for k in keep]
        seen: dict[Any, str | None] = {}  # raw cell value -> group; a few values repeat
        for value in dict.fromkeys(values):  # first seen first: the group's spelling is the first written
            text = printable(display_name(value)) if value != "" and value is not None else ""
            seen[value] = self.group_spelling.setdefault(header_key(text), text) if text else None
        groups: list[str | None] = [seen[value] for value in values]
        if None in seen.values():
            for i in [i for i, group in enumerate(groups) if group is None]:
                self.error(IssueCode.MISSING_GROUP, m.MISSING_GROUP(column=self.criteria.group_by, name=names[i]),
                           sheet, f"{column_letter(j)}{keep[i] + offset}", hint=m.FILL_GROUP())
        return groups

    def _years(self, cells: list[Any], sheet: str | None, col: int, excel_rows: list[int]) -> list[int | None]:
        """The year of each row from the year column: dates and texts holding one year are
        read as it (one warning names them), anything else is an error naming its cell."""
        read: dict[tuple[type, Any], YearCell] = {}
        parsed = []
        for value in cells:  # a few distinct values repeat down a long sheet
            key = (type(value), value)
            if key not in read:
                read[key] = read_year(value)
            parsed.append(read[key])
        known = sorted({p.year for p in read.values() if p.year is not None})
        hint = m.TYPE_ONE_OF_THE_YEARS(years=known) if known else m.TYPE_THE_YEAR()
        letter = column_letter(col)
        odd = [i for i, p in enumerate(parsed) if p.kind is not Kind.YEAR]
        dated: list[int] = []
        for i in odd:
            p, cell = parsed[i], f"{letter}{excel_rows[i]}"
            if p.kind is Kind.EMPTY:
                self.error(IssueCode.BAD_YEAR, m.EMPTY_YEAR(), sheet, cell, hint=hint)
            elif p.kind is Kind.IMPLAUSIBLE:
                self.error(IssueCode.BAD_YEAR, m.IMPLAUSIBLE_YEAR(typed=_typed(p.typed)), sheet, cell, hint=hint)
            elif p.kind is Kind.BAD:
                self.error(IssueCode.BAD_YEAR, m.NOT_A_YEAR(typed=_typed(p.typed)), sheet, cell, hint=hint)
            else:
                dated.append(i)
        if dated:
            items: list[Message] = [m.DATE_CELL(cell=f"{letter}{excel_rows[i]}", typed=_typed(parsed[i].typed),
                                                year=parsed[i].year) for i in dated[:LISTED_CELLS]]
            if len(dated) > LISTED_CELLS:
                items.append(m.MORE_CELLS(n=len(dated) - LISTED_CELLS))
            only_dates = all(parsed[i].kind is Kind.DATE for i in dated)
            text = m.DATES_AS_YEARS if only_dates else m.TEXTS_AS_YEARS
            self.warn(IssueCode.DATE_AS_YEAR, text(cells=items), sheet, f"{letter}{excel_rows[dated[0]]}",
                      hint=m.DATES_AS_YEARS_HINT())
        return [p.year for p in parsed]

    def _numbers(self, cells: list[Any], sheet: RawSheet, excel_rows: list[int], col: int) -> list[float]:
        """Cell values as floats; floats pass straight through, everything else is parsed."""
        values = [v if type(v) is float else None for v in cells]
        for i, v in enumerate(values):
            if v is None or v != v or v in (math.inf, -math.inf):
                values[i] = self._number(cells[i], sheet, excel_rows[i], col)
        return values  # type: ignore[return-value]

    def _check_percent_signs(self, cells: list[Any], values: list[float], canonical: str, sheet: str | None,
                             excel_rows: list[int], col: int) -> None:
        """A column holding numbers typed with a trailing % (divided by 100) beside numbers
        above 1 typed without one ("68,02%" = 0.6802 beside "38,54" = 38.54) mixes two scales:
        one warning names the first cell of each kind (the values stay as read)."""
        if not any(type(c) is str and "%" in c for c in cells):  # the common case, in one pass
            return
        marked = [type(c) is str and c.rstrip().endswith("%") for c in cells]
        signed = [i for i, percent in enumerate(marked) if percent and values[i] == values[i]]
        if not signed:
            return
        plain = next((i for i, percent in enumerate(marked) if not percent
                      and math.isfinite(values[i]) and abs(values[i]) > 1), None)
        if plain is None:
            return
        letter = column_letter(col)
        first = signed[0]
        raw = cells[plain]
        value = m.TYPED(typed=_typed(raw)) if isinstance(raw, str) else m.NUMBER(x=float(values[plain]))
        self.warn(IssueCode.MIXED_PERCENT,
                  m.MIXED_PERCENT(column=canonical, cell=f"{letter}{excel_rows[first]}",
                                  typed=_typed(cells[first]), x=values[first],
                                  plain_cell=f"{letter}{excel_rows[plain]}", plain=value),
                  sheet, f"{letter}{excel_rows[first]}", hint=m.MIXED_PERCENT_HINT())

    def _check_bounds(self, values: list[float], cells: list[Any], canonical: str, sheet: str | None,
                      excel_rows: list[int], col: int) -> Any:
        """Values outside the column's bounds, or not whole in an ``integer`` column, are
        errors quoting the cell as typed; they become NaN."""
        import numpy as np

        array = np.asarray(values, dtype=np.float64)
        low, high, integer = self.criteria.bounds(canonical)
        column = self.criteria.columns.get(canonical)
        people = column is not None and integer and (column.unit or "").strip().lower() == "orang"
        with np.errstate(invalid="ignore"):
            below = array < low if low is not None else np.zeros(len(array), bool)
            above = array > high if high is not None else np.zeros(len(array), bool)
            fraction = (array != np.floor(array)) & ~np.isnan(array) if integer else np.zeros(len(array), bool)
        for i in np.flatnonzero(below | above | fraction).tolist():
            raw, cell = cells[i], f"{column_letter(col)}{excel_rows[i]}"
            value = m.TYPED(typed=_typed(raw)) if isinstance(raw, str) else m.NUMBER(x=float(array[i]))
            if below[i] and low == 0:
                text = m.NEGATIVE_PEOPLE if people else m.NEGATIVE
                self.error(IssueCode.OUT_OF_BOUNDS, text(value=value, column=canonical), sheet, cell,
                           hint=m.ZERO_OR_MORE())
            elif below[i]:
                self.error(IssueCode.OUT_OF_BOUNDS, m.BELOW_MIN(value=value, low=low, column=canonical), sheet, cell,
                           hint=m.AT_LEAST(low=low, column=canonical))
            elif above[i]:
                self.error(IssueCode.OUT_OF_BOUNDS, m.ABOVE_MAX(value=value, high=high, column=canonical), sheet, cell,
                           hint=m.AT_MOST(high=high, column=canonical))
            else:
                text = m.NOT_INTEGER_PEOPLE if people else m.NOT_INTEGER
                self.error(IssueCode.NOT_INTEGER, text(value=value, column=canonical), sheet, cell,
                           hint=m.WHOLE_NUMBER())
            array[i] = np.nan
        return array

    def empty_frame(self) -> pd.DataFrame:
        import pandas as pd

        frame = pd.DataFrame({k: [] for k in (YEAR, NAME, KEY, SHEET, ROW, GROUP, *self.numeric)})
        frame[YEAR] = frame[YEAR].astype("Int64")
        return frame

    def _number(self, value: Any, sheet: RawSheet, row: int, col: int) -> float:
        """One cell as a number (NaN when empty or wrong; wrong ones are reported)."""
        if value == "" or value is None:
            if not sheet.is_text:
                self.empty_cells.append((str(sheet.name), row, col + 1))
            return math.nan
        cell = f"{column_letter(col)}{row}"
        if isinstance(value, bool):
            self.error(IssueCode.NOT_A_NUMBER, m.LOGICAL_NOT_NUMBER(value="TRUE" if value else "FALSE"), sheet.name,
                       cell, hint=m.TYPE_A_NUMBER_NOT_LOGICAL())
            return math.nan
        if isinstance(value, (int, float)):
            number = float(value)
        elif isinstance(value, (dt.date, dt.time, dt.timedelta)):
            self.error(IssueCode.NOT_A_NUMBER, m.DATE_NOT_NUMBER(typed=str(value)), sheet.name, cell,
                       hint=m.FORMAT_AS_NUMBER())
            return math.nan
        else:
            text = str(value)
            if not text.strip():
                if not sheet.is_text:
                    self.empty_cells.append((str(sheet.name), row, col + 1))
                return math.nan
            try:
                number = parse_number(text, self.locale)
            except NumberFormatError as exc:
                self.error(IssueCode.NOT_A_NUMBER, exc.message, sheet.name, cell, hint=exc.hint)
                return math.nan
        if not math.isfinite(number):
            self.error(IssueCode.NOT_A_NUMBER, m.NOT_FINITE(typed=_typed(value)), sheet.name, cell,
                       hint=type_a_number(self.locale))
            return math.nan
        return number

    # ---- whole-file checks ----------------------------------------------------------------

    def check_formulas(self, frame: pd.DataFrame) -> None:
        if self.raw.kind != "xlsx" or not self.empty_cells:
            return
        for sheet, row, col in empty_formula_cells(self.raw.path, self.empty_cells[:FORMULA_CHECKS], self.raw.data):
            self.error(IssueCode.FORMULA_WITHOUT_VALUE, m.FORMULA_WITHOUT_VALUE(), sheet,
                       f"{column_letter(col - 1)}{row}", hint=m.OPEN_AND_SAVE())

    def check_duplicates(self, frame: pd.DataFrame) -> None:
        if frame.empty:
            return
        dup = frame.duplicated(subset=[YEAR, KEY], keep=False)  # rows without a year: one <NA> year
        if not dup.any():
            return
        year = frame[YEAR].astype("object").where(frame[YEAR].notna(), None)
        for (_, _key), rows in frame[dup].assign(_y=year[dup]).groupby(["_y", KEY], dropna=False, sort=True):
            places = [m.ROW_NAMED(row=int(r[ROW]), name=r[NAME]) for _, r in rows.iterrows()]
            first = rows.iloc[1]
            letter = self.cells.get(first[SHEET], {}).get(self.criteria.entity, "A")
            known = first[YEAR] is not None and not _isna(first[YEAR])
            message = (m.DUPLICATE_CANDIDATE(name=first[NAME], year=int(first[YEAR]), rows=places) if known
                       else m.DUPLICATE_CANDIDATE_NO_YEAR(name=first[NAME], rows=places))
            self.error(IssueCode.DUPLICATE_CANDIDATE, message, first[SHEET], f"{letter}{first[ROW]}",
                       hint=m.ONE_ROW_PER_CANDIDATE())


def _field_count_hint(separator: str, more: bool) -> Message:
    """A decimal comma splits a number in two only where the comma separates fields."""
    if not more:
        return m.MISSING_FIELDS()
    return m.DECIMAL_COMMA() if separator == "," else m.EXTRA_FIELDS()


def _skipped(sheet: RawSheet) -> bool:
    """``skipped_silently`` of the whole sheet (a large sheet's first rows decide when they
    hold a table)."""
    if not skipped_silently(sheet.rows):
        return False
    return sheet.body is None or skipped_silently(sheet.full().rows)


def _filled(rows: list[list[Any]]) -> bool:
    return any(any(v != "" for v in row) for row in rows)


def shown(value: Any) -> str:
    """A cell value as quoted in a message: its text, control characters written as escapes."""
    text = display_name(value)
    return text if text.isprintable() else text.encode("unicode_escape").decode("ascii")


def _typed(value: Any) -> str:
    """A cell as it was typed, for a message: trimmed, at most 60 characters, control
    characters written as escapes ("64,210" stays "64,210")."""
    text = str(value).strip()
    text = text if len(text) <= 60 else text[:57] + "..."
    return text if text.isprintable() else text.encode("unicode_escape").decode("ascii")


def _year_cells(row: list[Any]) -> list[int]:
    """Indexes of the year cells of a row that holds years only ("2023 | 2024", at least
    two, within ten years of each other); [] for any other row."""
    found, years = [], []
    for j, value in enumerate(row):
        if value == "" or value is None:
            continue
        year = read_year(value)
        if year.kind is not Kind.YEAR or year.year is None:
            return []
        found.append(j)
        years.append(year.year)
    return found if len(found) >= 2 and max(years) - min(years) <= 10 else []


_COLUMN_NUMBER = re.compile(r"\s*[(\[]?\s*(\d{1,2})\s*[)\]]?\s*")


def _numbering_row(row: list[Any]) -> bool:
    """Whether ``row`` numbers the columns, as statistical tables do under their header:
    "(1) | (2) | (3)" or 1 | 2 | 3, from 1, in adjacent cells, three at least. Such a row
    is no candidate (a row "1" of pekerja 2 and peserta 3 would be ranked)."""
    cells = [(j, v) for j, v in enumerate(row) if v != "" and v is not None]
    if len(cells) < 3:
        return False
    for i, (j, value) in enumerate(cells):
        if isinstance(value, bool) or j != cells[0][0] + i:
            return False
        if isinstance(value, (int, float)):
            number = float(value)
        elif isinstance(value, str) and (found := _COLUMN_NUMBER.fullmatch(value)):
            number = float(found.group(1))
        else:
            return False
        if number != i + 1:
            return False
    return True


def _closest_header(aliases: list[str], row: list[Any], spare: list[int]) -> int | None:
    """Of the unmatched headers ``spare``, the one that looks meant for a column with these
    ``aliases``: a distinctive word in common ("Peserta BPJS" for "Peserta Aktif"), or a
    spelling close to one of them ("Jumlah Pekrja")."""
    keys = [header_key(a) for a in aliases]
    words = {w for a in aliases for w in re.findall(r"\w{4,}", a.casefold())} - _GENERIC_WORDS
    best: tuple[float, int] | None = None
    for j in spare:
        text = shown(row[j])
        ratio = max(difflib.SequenceMatcher(None, header_key(text), k).ratio() for k in keys)
        shared = bool(words & set(re.findall(r"\w{4,}", text.casefold())))
        score = ratio + (1.0 if shared else 0.0)
        if (shared or ratio >= 0.8) and (best is None or score > best[0]):
            best = (score, j)
    return best[1] if best else None


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
