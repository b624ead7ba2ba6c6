"""Files → raw sheets (rows of cell values). No interpretation of headers or numbers here.

Workbooks (.xlsx, .xlsm, .ods, .xls) are read with python-calamine, several times faster
than openpyxl; openpyxl is only opened to tell whether an empty cell is a formula whose
result was never calculated. CSV is decoded (UTF-8 with or without BOM unless an encoding is
given) and its separator (``,``, ``;`` or tab) detected; every CSV field stays text.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import DataError, Location

DEFAULT_MAX_UNCOMPRESSED_MB = 1024
WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
CSV_SUFFIXES = {".csv", ".tsv", ".txt"}


@dataclass(frozen=True)
class RawSheet:
    """One sheet's cells from A1: ``rows[i][j]`` is the value of row i+1, column j+1.

    Empty cells are ``""``; CSV sheets hold text only (``is_text``)."""

    name: str | None
    rows: list[list[Any]]
    is_text: bool = False


@dataclass(frozen=True)
class RawFile:
    path: str
    data: bytes
    sheets: list[RawSheet]
    kind: str  # "xlsx" | "csv"


def read_file(
    path: str | Path,
    *,
    encoding: str | None = None,
    max_uncompressed_mb: int = DEFAULT_MAX_UNCOMPRESSED_MB,
) -> RawFile:
    shown = str(path)
    where = Location(file=shown)
    p = Path(path)
    if p.is_dir():
        raise DataError("is a folder, not a workbook", where)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise DataError("file not found", where) from None
    except OSError as exc:
        raise DataError(f"cannot read the file: {exc.strerror}", where) from None
    if not data:
        raise DataError("the file is empty", where)
    suffix = p.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return RawFile(shown, data, [_read_csv(data, shown, encoding)], "csv")
    if suffix in WORKBOOK_SUFFIXES or data[:4] == b"PK\x03\x04":
        return RawFile(shown, data, _read_workbook(data, shown, suffix, max_uncompressed_mb), "xlsx")
    raise DataError(
        f"unsupported file type '{suffix or '(none)'}'",
        where,
        hint="give an Excel workbook (.xlsx, .xlsm) or a CSV file (.csv)",
    )


def _read_workbook(data: bytes, shown: str, suffix: str, max_mb: int) -> list[RawSheet]:
    from python_calamine import CalamineWorkbook

    where = Location(file=shown)
    if data[:4] == b"PK\x03\x04":
        check_zip_size(data, shown, max_mb)
    elif data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" and suffix in {".xlsx", ".xlsm"}:
        raise DataError(
            "the workbook is encrypted (password-protected) or in an old binary format",
            where,
            hint="remove the password / save it as .xlsx in Excel or LibreOffice",
        )
    elif suffix in {".xlsx", ".xlsm", ".ods"}:
        raise DataError("not an Excel workbook (the file is not a zip package)", where,
                        hint="save the file as .xlsx in Excel or LibreOffice")
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = []
        for name in book.sheet_names:
            rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
            sheets.append(RawSheet(name=name, rows=rows))
    except DataError:
        raise
    except Exception as exc:  # calamine raises its own error types for corrupt files
        raise DataError(
            f"not a readable Excel workbook ({type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''})",
            where,
            hint="open it in Excel or LibreOffice and save it again as .xlsx",
        ) from None
    if not sheets:
        raise DataError("the workbook has no sheets", where)
    return sheets


def check_zip_size(data: bytes, shown: str, max_mb: int) -> None:
    """Refuse a zip package whose parts would inflate beyond ``max_mb`` (a decompression
    bomb), before anything is inflated."""
    where = Location(file=shown)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            total = sum(info.file_size for info in archive.infolist())
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        raise DataError("not an Excel workbook (damaged zip package)", where,
                        hint="open it in Excel or LibreOffice and save it again as .xlsx") from None
    if total > max_mb * 1024 * 1024:
        raise DataError(
            f"the workbook would inflate to {total / 1024 / 1024:,.0f} MB, above the limit of "
            f"{max_mb:,} MB (a decompression bomb?)",
            where,
            hint="if the file is genuine, raise the limit with --max-uncompressed-mb",
        )
    if not any(n.startswith("xl/") for n in names) and "content.xml" not in names:
        # Word and PowerPoint files are zip packages with [Content_Types].xml too
        kind = ("a Word document" if any(n.startswith("word/") for n in names) else
                "a PowerPoint presentation" if any(n.startswith("ppt/") for n in names) else "a zip file")
        raise DataError(f"not an Excel workbook (it is {kind})", where,
                        hint="give an .xlsx workbook or a .csv file")


def _read_csv(data: bytes, shown: str, encoding: str | None) -> RawSheet:
    where = Location(file=shown)
    text = _decode(data, shown, encoding)
    sample = text[:65536]
    lines = [line for line in sample.splitlines() if line.strip()][:20]
    delimiter = _detect_delimiter(lines)
    try:
        rows = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        raise DataError(f"cannot read the CSV: {exc}", where) from None
    width = max((len(r) for r in rows), default=0)
    rows = [r + [""] * (width - len(r)) for r in rows]
    return RawSheet(name=None, rows=rows, is_text=True)


def _decode(data: bytes, shown: str, encoding: str | None) -> str:
    try:
        if encoding:
            return data.decode(encoding)
        return data.decode("utf-8-sig")
    except LookupError:
        raise DataError(f"unknown encoding '{encoding}'", Location(file=shown),
                        hint="use a Python codec name such as utf-8, cp1252 or latin-1") from None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DataError(
            f"the CSV is not valid {encoding or 'UTF-8'} (byte 0x{data[exc.start]:02x} on line {line})",
            Location(file=shown),
            hint="pass its encoding, e.g. --encoding cp1252 (Excel on Windows) or --encoding latin-1",
        ) from None


def _detect_delimiter(lines: list[str]) -> str:
    """The separator among ``,``, ``;`` and tab that splits the first lines most
    consistently (most lines with the same field count, then the most fields). The count is
    the most common one, not the first line's: a title line above the header has one field."""
    from collections import Counter

    best, best_score = ",", (-1, -1)
    for delimiter in ("\t", ";", ","):
        counts = [len(next(csv.reader([line], delimiter=delimiter))) for line in lines] or [1]
        if max(counts) < 2:
            continue
        width, consistent = max(Counter(c for c in counts if c > 1).items(), key=lambda kv: (kv[1], kv[0]))
        score = (consistent, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def empty_formula_cells(path: str, cells: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Of the given empty ``(sheet, row, column)`` cells (1-based), those that hold a
    formula without a cached result. Opens the workbook with openpyxl, only when needed."""
    import warnings

    import openpyxl

    if not cells:
        return []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=False)
        except Exception:  # a workbook calamine read but openpyxl cannot: nothing to add
            return []
    try:
        wanted: dict[str, set[tuple[int, int]]] = {}
        for sheet, row, col in cells:
            wanted.setdefault(sheet, set()).add((row, col))
        found = []
        for sheet, positions in wanted.items():
            if sheet not in book.sheetnames:
                continue
            max_row = max(r for r, _ in positions)
            for row_cells in book[sheet].iter_rows(min_row=1, max_row=max_row):
                for cell in row_cells:
                    pos = (getattr(cell, "row", None), getattr(cell, "column", None))
                    if pos in positions and isinstance(cell.value, str) and cell.value.startswith("="):
                        found.append((sheet, pos[0], pos[1]))
        return found
    finally:
        book.close()
