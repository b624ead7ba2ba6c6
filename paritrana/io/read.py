"""Files → raw sheets (rows of cell values). No interpretation of headers or numbers here.

Workbooks (.xlsx, .xlsm, .ods) are read with python-calamine, several times faster than
openpyxl, after ``limits.check_package`` has checked the zip and the extent of every sheet
(calamine builds a sheet as one dense grid, and would abort the process on a crafted one).

A large sheet (``limits.BIG_PART`` of XML and more: about 100,000 cells) is not turned into a
Python object per cell. The check keeps its first rows; calamine reads a small copy of the
workbook holding those rows and every small part (so the header rows keep calamine's exact
cell types), and the loader reads the columns it needs below the header with fastexcel
(``SheetBody``) as arrays — only when each column holds one kind of cell (numbers, or
texts). Any other column, or a reader that is not installed, sends the sheet back to the
cell-by-cell reading: the result is the same either way.
Old binary .xls and .xlsb workbooks are refused (no such check exists for them). Whether an
empty cell is a formula whose result was never calculated is read from the cell's own tag.
CSV is decoded (UTF-8 with or without BOM unless an encoding is given) and its separator
(``,``, ``;`` or tab) detected; every CSV field stays text. Devices, pipes and files over
the size limit are refused before they are read.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from paritrana.core import progress
from paritrana.core.progress import Stage
from paritrana.errors import DataError, Location
from paritrana.i18n.messages import io as m
from paritrana.io.arrow import record_batch
from paritrana.io.limits import (
    _ODD_CELL,
    _PREFIXED,
    Limits,
    PackageScan,
    ReadOptions,
    check_extent,
    check_package,
    column_name,
    sheet_parts,
)

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and encrypted .xlsx
WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
CSV_SUFFIXES = {".csv", ".tsv", ".txt"}


@dataclass(frozen=True)
class RawSheet:
    """One sheet's cells from A1: ``rows[i][j]`` is the value of row i+1, column j+1.

    Empty cells are ``""``; CSV sheets hold text only (``is_text``), padded to the widest
    line, and ``widths[i]`` is the number of fields line i+1 really had (the loader compares
    them with the header row's). A large sheet has ``body``: then ``rows`` holds its first
    rows only, ``body.columns`` reads columns below them, and ``full()`` every row."""

    name: str | None
    rows: list[list[Any]]
    is_text: bool = False
    widths: list[int] | None = None
    delimiter: str | None = None
    body: SheetBody | None = None
    hidden: bool = False  # hidden in the workbook (Excel's "Hide" or "very hidden")
    hidden_rows: frozenset[int] = frozenset()  # rows (1-based) hidden in Excel, by hand or by a filter
    hidden_columns: tuple[tuple[int, int], ...] = ()  # columns hidden in Excel: (first, last), 1-based

    def column_hidden(self, j: int) -> bool:
        """Whether column ``j`` (0-based) is hidden in Excel."""
        return any(first <= j + 1 <= last for first, last in self.hidden_columns)

    def full(self) -> RawSheet:
        """This sheet with every row in ``rows`` (itself unless it is a large sheet)."""
        if self.body is None:
            return self
        return replace(self, rows=self.body.rows(), body=None)


class Cells:
    """One column of a large sheet from a start row: ``floats`` when every cell is a number or
    empty (NaN), else ``values`` (texts, "" when empty)."""

    __slots__ = ("floats", "values")

    def __init__(self, floats: Any = None, values: list[Any] | None = None):
        self.floats, self.values = floats, values

    def __len__(self) -> int:
        return len(self.floats) if self.floats is not None else len(self.values or [])

    def items(self) -> list[Any]:
        """Every cell as calamine gives it: floats, texts, "" for an empty cell."""
        if self.values is not None:
            return self.values
        import numpy as np

        listed: list[Any] = self.floats.tolist()
        if np.isnan(self.floats).any():
            listed = ["" if v != v else v for v in listed]
        return listed


class SheetBody:
    """The cells of a large sheet below its first rows, read a few columns at a time with
    fastexcel from the original workbook; ``rows()`` reads every cell with calamine instead."""

    def __init__(self, data: bytes, name: str, reader: Any):
        self.data, self.name, self._reader = data, name, reader

    def columns(self, start: int, wanted: list[int]) -> dict[int, Cells] | None:
        """Columns ``wanted`` (0-based from A) from row ``start`` (0-based) down to the sheet's
        last row, or None when a column mixes kinds of cell (numbers with texts, logical values,
        dates): then only the cell-by-cell reading keeps every rule."""
        wanted_set = set(wanted)
        try:
            sheet = self._reader().load_sheet(self.name, header_row=None, skip_rows=start, schema_sample_rows=None,
                                              dtype_coercion="strict",
                                              use_columns=lambda c: c.absolute_index in wanted_set)
            infos = sorted(sheet.selected_columns, key=lambda c: c.index)
            columns = record_batch(sheet)
            del sheet  # the whole sheet as calamine read it: freed before the columns are sorted out
        except Exception:  # fastexcel's type errors, and anything it cannot read as calamine does
            return None
        out: dict[int, Cells] = {}
        length = 0
        for info, column in zip(infos, columns, strict=True):
            length = column.length
            dtype = str(info.dtype)
            if dtype in ("float", "int") and column.kind == "float":
                out[info.absolute_index] = Cells(floats=column.values)
            elif dtype == "string" and column.kind in ("text", "null"):
                values = column.values
                out[info.absolute_index] = Cells(values=["" if v is None else v for v in values]
                                                 if None in values else values)
            else:  # logical values, dates, durations: the cell-by-cell rules
                return None
        for j in wanted:
            if j not in out:  # nothing in that column below the start row
                out[j] = Cells(values=[""] * length)
        return out

    def rows(self) -> list[list[Any]]:
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_filelike(io.BytesIO(self.data))
        return book.get_sheet_by_name(self.name).to_python(skip_empty_area=False)


@dataclass(frozen=True)
class RawFile:
    path: str
    data: bytes
    sheets: list[RawSheet]
    kind: str  # "xlsx" | "csv"


def read_file(path: str | Path, options: ReadOptions | None = None) -> RawFile:
    """Read a workbook or CSV file into raw sheets. ``options.limits`` bound the file size,
    rows, columns and cells (nothing larger is built in memory); ``options.encoding`` is the
    CSV text encoding."""
    options = options or ReadOptions()
    limits, encoding = options.limits, options.encoding
    progress.stage(Stage.READING)
    shown = str(path)
    where = Location(file=shown)
    data = _read_bytes(Path(path), where, limits)
    if not data:
        raise DataError(m.FILE_EMPTY(), where, hint=m.EMPTY_FILE_HINT())
    suffix = Path(path).suffix.lower()
    if suffix in CSV_SUFFIXES:
        return RawFile(shown, data, [_read_csv(data, shown, encoding, limits)], "csv")
    if suffix in WORKBOOK_SUFFIXES or data[:4] == b"PK\x03\x04":
        return RawFile(shown, data, _read_workbook(data, shown, suffix, limits), "xlsx")
    raise DataError(m.UNSUPPORTED_TYPE(suffix=suffix) if suffix else m.NO_SUFFIX(), where,
                    hint=m.USE_WORKBOOK_OR_CSV())


def _read_bytes(p: Path, where: Location, limits: Limits) -> bytes:
    """The file's bytes, refusing folders, devices and pipes (which could be endless) and
    files over the size limit before reading them."""
    try:
        if p.is_dir():
            raise DataError(m.FILE_IS_FOLDER(), where, hint=m.PICK_A_FILE())
        if p.exists() and not p.is_file():
            raise DataError(m.FILE_NOT_REGULAR(), where, hint=m.SAVE_TO_FILE())
        size = p.stat().st_size
        with p.open("rb") as handle:
            data = handle.read(limits.max_bytes + 1) if size <= limits.max_bytes else b""
    except FileNotFoundError:
        raise DataError(m.FILE_NOT_FOUND(), where, hint=m.CHECK_PATH()) from None
    except OSError as exc:
        raise DataError(m.FILE_UNREADABLE(reason=exc.strerror or exc), where, hint=m.CHECK_PERMISSION()) from None
    if size > limits.max_bytes or len(data) > limits.max_bytes:
        raise DataError(m.FILE_TOO_LARGE(size=round(max(size, len(data)) / 1024 / 1024),
                                         limit=limits.max_uncompressed_mb),
                        where, hint=m.RAISE_SIZE_LIMIT())
    return data


def _read_workbook(data: bytes, shown: str, suffix: str, limits: Limits) -> list[RawSheet]:
    import python_calamine
    from python_calamine import CalamineWorkbook

    where = Location(file=shown)
    scan = None
    if data[:4] == b"PK\x03\x04":
        scan = check_package(data, shown, limits)
    elif data[:8] == OLE_SIGNATURE:
        raise DataError(m.ENCRYPTED_OR_XLS() if suffix != ".xls" else m.OLD_XLS(), where,
                        hint=m.REMOVE_PASSWORD_SAVE_XLSX())
    else:
        raise DataError(m.NOT_A_ZIP(), where, hint=m.SAVE_AS_XLSX())
    large = _large_sheets(data, scan) if scan is not None and scan.streamed else {}
    opened = _head_workbook(scan) if large else None
    concealed = (scan.hidden_rows, scan.hidden_columns) if scan is not None else ({}, {})
    del scan
    sheets = []
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(opened if opened is not None else data))
        reader = _Reader(data) if large else None
        hidden = _hidden_sheets(book)
        for name in book.sheet_names:
            sheet = book.get_sheet_by_name(name)
            end = sheet.end  # checked before the cells become Python objects
            if end is not None:
                check_extent(end[0] + 1, end[1] + 1, limits, Location(file=shown, sheet=name),
                             m.SHEET_NAMED(name=name))
            rows = sheet.to_python(skip_empty_area=False)
            body = SheetBody(data, name, reader) if name in large else None
            sheets.append(RawSheet(name=printable(name), rows=rows, body=body, hidden=name in hidden))
    except DataError:
        raise
    except python_calamine.PasswordError:
        raise DataError(m.PASSWORD(), where, hint=m.REMOVE_PASSWORD()) from None
    except BaseException as exc:  # calamine's own errors for corrupt files, or a Rust panic
        if not isinstance(exc, Exception) and type(exc).__name__ != "PanicException":
            raise  # KeyboardInterrupt, SystemExit
        if opened is not None:  # the small copy did not open as the workbook does: read it whole
            return _with_hidden(_read_whole(data, shown, limits), *concealed)
        first = str(exc).splitlines()[0][:200] if str(exc) else ""
        raise DataError(m.UNREADABLE_BOOK(detail=f"{type(exc).__name__}: {first}"), where,
                        hint=m.RESAVE_XLSX()) from None
    if not sheets:
        raise DataError(m.NO_SHEETS(), where, hint=m.RESAVE_XLSX())
    return _with_hidden(sheets, *concealed)


def _with_hidden(sheets: list[RawSheet], rows: dict[str, list[int]],
                 columns: dict[str, list[tuple[int, int]]]) -> list[RawSheet]:
    """The sheets with the rows and columns the pre-scan found hidden (``PackageScan``)."""
    if not rows and not columns:
        return sheets
    by_row: dict[str | None, frozenset[int]] = {printable(name): frozenset(found) for name, found in rows.items()}
    by_column: dict[str | None, tuple[tuple[int, int], ...]] = {printable(name): tuple(found)
                                                                for name, found in columns.items()}
    return [replace(s, hidden_rows=by_row.get(s.name, s.hidden_rows),
                    hidden_columns=by_column.get(s.name, s.hidden_columns)) for s in sheets]


def _read_whole(data: bytes, shown: str, limits: Limits) -> list[RawSheet]:
    """Every sheet cell by cell (the package is checked already)."""
    sheets = _read_workbook_cells(data, shown, limits)
    return sheets


def _read_workbook_cells(data: bytes, shown: str, limits: Limits) -> list[RawSheet]:
    import python_calamine
    from python_calamine import CalamineWorkbook

    where = Location(file=shown)
    sheets = []
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        hidden = _hidden_sheets(book)
        for name in book.sheet_names:
            sheet = book.get_sheet_by_name(name)
            end = sheet.end
            if end is not None:
                check_extent(end[0] + 1, end[1] + 1, limits, Location(file=shown, sheet=name),
                             m.SHEET_NAMED(name=name))
            sheets.append(RawSheet(name=printable(name), rows=sheet.to_python(skip_empty_area=False),
                                   hidden=name in hidden))
    except DataError:
        raise
    except python_calamine.PasswordError:
        raise DataError(m.PASSWORD(), where, hint=m.REMOVE_PASSWORD()) from None
    except BaseException as exc:
        if not isinstance(exc, Exception) and type(exc).__name__ != "PanicException":
            raise
        first = str(exc).splitlines()[0][:200] if str(exc) else ""
        raise DataError(m.UNREADABLE_BOOK(detail=f"{type(exc).__name__}: {first}"), where,
                        hint=m.RESAVE_XLSX()) from None
    if not sheets:
        raise DataError(m.NO_SHEETS(), where, hint=m.RESAVE_XLSX())
    return sheets


def _hidden_sheets(book: Any) -> set[str]:
    """The names of the sheets the workbook hides (calamine's sheet metadata)."""
    from python_calamine import SheetVisibleEnum

    return {meta.name for meta in book.sheets_metadata if meta.visible != SheetVisibleEnum.Visible}


class _Reader:
    """fastexcel's reader of the workbook, opened once when a column is first asked for."""

    def __init__(self, data: bytes):
        self.data = data
        self._book: Any = None

    def __call__(self) -> Any:
        if self._book is None:
            import logging

            import fastexcel

            logging.getLogger("fastexcel").setLevel(logging.CRITICAL)  # it logs its type guesses
            self._book = fastexcel.read_excel(self.data)
        return self._book


def _large_sheets(data: bytes, scan: PackageScan) -> set[str]:
    """The names of the sheets whose head alone was kept, when fastexcel can read the rest
    (nothing when it is not installed or a part of the workbook is not plain)."""
    import importlib.util
    import zipfile

    if importlib.util.find_spec("fastexcel") is None:
        return set()
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return set()
    names = sheet_parts(data, infos)
    found = set()
    for part in scan.heads:
        name = names.get(part.lower())
        if name is None:  # a worksheet the workbook does not name: read everything cell by cell
            return set()
        found.add(name)
    return found


_SHARED_REF = re.compile(rb"<c\b[^>]*?\bt\s*=\s*[\"']s[\"'][^>]*>\s*<v>\s*([0-9]+)\s*</v>")
_SHARED_TYPE = re.compile(rb"\bt\s*=\s*[\"']s[\"']")
_SST_ITEM_END = re.compile(rb"</si>|<si\s*/>")


def _head_workbook(scan: PackageScan) -> bytes:
    """A copy of the workbook for calamine: every part as it was, the large sheets cut after
    their first rows, and the shared strings cut after the last one those parts use."""
    import zipfile

    parts = dict(scan.kept)
    parts.update(scan.heads)
    sst = next((n for n in parts if n.lower() == "xl/sharedstrings.xml"), None)
    if sst is not None and len(parts[sst]) > (1 << 20):
        needed = -1
        complete = True
        for name, xml in parts.items():
            if name == sst or b"sheetData" not in xml:
                continue
            refs = _SHARED_REF.findall(xml)
            complete = complete and len(refs) == len(_SHARED_TYPE.findall(xml))
            needed = max([needed, *(int(r) for r in refs)])
        if complete:
            parts[sst] = _first_strings(parts[sst], needed + 1)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as book:
        for name, content in parts.items():
            book.writestr(name, content)
    return out.getvalue()


def _first_strings(xml: bytes, count: int) -> bytes:
    """The shared-strings part cut after its first ``count`` strings (whole when it has fewer
    or is written with prefixes)."""
    if b"<si" not in xml[:4096] and b":si" in xml:
        return xml
    end = None
    for n, found in enumerate(_SST_ITEM_END.finditer(xml), start=1):
        if n >= count:
            end = found.end()
            break
    if count <= 0:
        start = xml.find(b"<si")
        end = start if start >= 0 else None
    if end is None:
        return xml
    return xml[:end] + b"</sst>"


def printable(text: str) -> str:
    """``text`` without the characters a terminal would act on (ESC, BEL, bidi overrides...)."""
    return text if text.isprintable() else "".join(ch for ch in text if ch.isprintable() or ch == " ")


def _read_csv(data: bytes, shown: str, encoding: str | None, limits: Limits) -> RawSheet:
    where = Location(file=shown)
    text = _decode(data, shown, encoding)
    sample = text[:65536]
    lines = [line for line in sample.splitlines() if line.strip()][:20]
    delimiter = _detect_delimiter(lines)
    rows: list[list[str]] = []
    width = 0
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    started = 1  # the line where the current record starts
    try:
        for row in reader:
            rows.append(row)
            width = max(width, len(row))
            started = reader.line_num + 1
            if len(rows) > limits.max_rows or width > limits.max_columns:
                break
    except csv.Error as exc:
        raise DataError(m.CSV_UNREADABLE(detail=exc), Location(file=shown, line=started),
                        hint=m.CHECK_QUOTES()) from None
    if len(rows) > limits.max_rows:
        raise DataError(m.CSV_TOO_MANY_ROWS(limit=limits.max_rows), where, hint=m.RAISE_ROW_LIMIT())
    if width > limits.max_columns:
        raise DataError(m.CSV_TOO_MANY_FIELDS(limit=limits.max_columns, line=len(rows)), where,
                        hint=m.CHECK_SEPARATOR())
    check_extent(len(rows), width, limits, where, m.THE_CSV())
    widths = [len(r) for r in rows]
    rows = [r + [""] * (width - len(r)) if len(r) < width else r for r in rows]
    return RawSheet(name=None, rows=rows, is_text=True, widths=widths, delimiter=delimiter)


def _decode(data: bytes, shown: str, encoding: str | None) -> str:
    try:
        if encoding:
            return data.decode(encoding)
        return data.decode("utf-8-sig")
    except LookupError:
        raise DataError(m.UNKNOWN_ENCODING(name=encoding), Location(file=shown), hint=m.ENCODING_NAMES()) from None
    except UnicodeDecodeError as exc:
        name = encoding or "UTF-8"
        if 0 <= exc.start < len(data):
            line = data[:exc.start].count(b"\n") + 1
            message = m.NOT_VALID_TEXT_AT(encoding=name, byte=f"0x{data[exc.start]:02x}", line=line)
        else:
            message = m.NOT_VALID_TEXT(encoding=name)
        utf16 = encoding is None and data[:2] in (b"\xff\xfe", b"\xfe\xff")  # Excel's "Unicode Text"
        raise DataError(message, Location(file=shown), hint=m.GIVE_UTF16() if utf16 else m.GIVE_ENCODING()) from None
    except (UnicodeError, ValueError) as exc:  # codecs such as punycode raise their own errors
        raise DataError(m.CANNOT_DECODE(encoding=encoding, detail=exc), Location(file=shown),
                        hint=m.TEXT_ENCODING()) from None


def _detect_delimiter(lines: list[str]) -> str:
    """The separator among ``,``, ``;`` and tab that splits the first lines most
    consistently (most lines with the same field count, then the most fields). The count is
    the most common one, not the first line's: a title line above the header has one field.
    When more lines have one field than that count, and some of them come below the first
    line that splits (not titles above the header), the file is one column (no separator)."""
    from collections import Counter

    best, best_score, single = ",", (-1, -1), 0
    for delimiter in ("\t", ";", ","):
        counts = [len(next(csv.reader([line], delimiter=delimiter))) for line in lines] or [1]
        if max(counts) < 2:
            continue
        width, consistent = max(Counter(c for c in counts if c > 1).items(), key=lambda kv: (kv[1], kv[0]))
        score = (consistent, width)
        if score > best_score:
            split = next(i for i, c in enumerate(counts) if c > 1)
            best, best_score, single = delimiter, score, counts.count(1) if 1 in counts[split:] else 0
    if single > best_score[0]:  # one column, a few of its texts holding a comma ("Kubu Raya, Kab.")
        return next((d for d in ("\t", ";", ",") if not any(d in line for line in lines)), best)
    return best


def empty_formula_cells(path: str, cells: list[tuple[str, int, int]],
                        data: bytes | None = None) -> list[tuple[str, int, int]]:
    """Of the given empty ``(sheet, row, column)`` cells (1-based), those that hold a
    formula without a cached result. Each cell's tag is looked up in its sheet's XML (a few
    searches, even in a sheet of a million rows); only a cell written in an unusual way is
    left to openpyxl, which reads the sheet from the top."""
    if not cells:
        return []
    if data is None:
        data = Path(path).read_bytes()
    found, unsure = _formula_tags(data, cells)
    return found + (_formula_cells_openpyxl(path, unsure) if unsure else [])


_CELL_END = re.compile(rb"/>|</(?:\w+:)?c>")


def _formula_tags(data: bytes, cells: list[tuple[str, int, int]]) -> tuple[list[tuple[str, int, int]],
                                                                          list[tuple[str, int, int]]]:
    """(formula cells without a value, cells this search could not settle)."""
    import zipfile


    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = {name: part for part, name in sheet_parts(data, archive.infolist()).items()}
        names = {info.filename.lower(): info.filename for info in archive.infolist()}
    except (zipfile.BadZipFile, NotImplementedError, ValueError, OSError):
        return [], []
    found: list[tuple[str, int, int]] = []
    unsure: list[tuple[str, int, int]] = []
    xml_of: dict[str, bytes] = {}
    for cell in cells:
        sheet, row, col = cell
        part = names.get(parts.get(sheet, ""), "")
        if not part:
            unsure.append(cell)
            continue
        if part not in xml_of:
            xml_of[part] = archive.read(part)
        xml = xml_of[part]
        start = xml.find(f'<c r="{column_name(col)}{row}"'.encode())
        if start < 0:
            if _ODD_CELL.search(xml) or _PREFIXED.search(xml):
                unsure.append(cell)  # cells written without `<c r="...`: ask openpyxl
            continue  # no tag at all: a truly empty cell
        end = _CELL_END.search(xml, start)
        element = xml[start:end.end() if end else len(xml)]
        if re.search(rb"<(?:\w+:)?f[\s>/]", element) and not re.search(rb"<(?:\w+:)?v>[^<]", element):
            found.append(cell)
    return found, unsure


def _formula_cells_openpyxl(path: str, cells: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    import warnings

    import openpyxl

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=False)
        except Exception:  # a workbook calamine read but openpyxl cannot: nothing to add
            return []
    wanted: dict[str, set[tuple[int, int]]] = {}
    for sheet, row, col in cells:
        wanted.setdefault(sheet, set()).add((row, col))
    found = []
    try:
        for sheet, positions in wanted.items():
            if sheet not in book.sheetnames:
                continue
            max_row = max(r for r, _ in positions)
            for row_cells in book[sheet].iter_rows(min_row=1, max_row=max_row):
                for cell in row_cells:
                    pos = (getattr(cell, "row", None), getattr(cell, "column", None))
                    if pos in positions and isinstance(cell.value, str) and cell.value.startswith("="):
                        found.append((sheet, pos[0], pos[1]))
    except Exception:  # openpyxl reads the sheet lazily: XML that calamine forgave may stop it here
        pass
    finally:
        book.close()
    return found
