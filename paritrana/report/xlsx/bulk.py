"""Table bodies of a large report, written as worksheet XML and spliced into xlsxwriter's file.

xlsxwriter spends about 4 µs on each cell (it checks, stores and then serialises every cell
in Python); a 725,000-candidate report has some 25 million cells, which would take minutes.
So for a large report xlsxwriter writes everything except the table bodies — titles, notes,
headers, formats, filters, frozen panes, print setup, charts and the small sheets — into
memory, and ``splice`` copies that file part by part into the target, inserting each body's
``<row>`` elements before its sheet's ``</sheetData>``. A body is built a chunk of rows at a
time, one column at a time with one format string per column, and streamed into the zip:
memory stays flat whatever the number of rows.

The cells are the ones xlsxwriter's own ``constant_memory`` mode writes: numbers at full
precision (``repr``, which reads back as the same double), text as inline strings (escaped
like xlsxwriter escapes them, cut at Excel's 32,767 characters), styles by the xf index of a
workbook format (``style_index``). Nothing xlsxwriter wrote may lie below a body's first row.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from paritrana.core import progress
from paritrana.core.progress import Stage
from paritrana.io.load import column_letter

# Excel's limits (https://support.microsoft.com: "Excel specifications and limits").
EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_COLUMNS = 16_384
EXCEL_MAX_CHARS = 32_767
CHUNK_ROWS = 5_000  # rows built and written at a time
COMPRESS_LEVEL = 6

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;",
                          **{chr(c): f"_x{c:04X}_" for c in range(32) if c not in (9, 10)}})
_LITERAL_ESCAPE = re.compile(r"(_x[0-9A-Fa-f]{4}_)")


def xml_text(value: str) -> str:
    """``value`` as the text of an inline string: cut to Excel's limit, XML-escaped, control
    characters as ``_xHHHH_`` (and a literal ``_xHHHH_`` protected), as xlsxwriter does."""
    if len(value) > EXCEL_MAX_CHARS:
        value = value[:EXCEL_MAX_CHARS]
    if "_x" in value:
        value = _LITERAL_ESCAPE.sub(r"_x005F\1", value)
    return value.translate(_ESCAPES)


def style_index(fmt: Any) -> int:
    """The xf index of an xlsxwriter format, registered now so that xlsxwriter writes it into
    styles.xml even when no cell that xlsxwriter writes uses it."""
    return int(fmt._get_xf_index())


col_letter = column_letter  # 0-based column index → Excel letters


@dataclass(frozen=True)
class Column:
    """One column of a body: ``kind`` "number" or "text", the xf index of its cells, and
    for highlighted rows (``Body.marks``) the xf index per mark."""

    kind: str
    style: int
    marked: dict[Any, int] | None = None


def rows_xml(columns: Sequence[Column], first_col: int, first_row: int, values: Sequence[Sequence[Any]],
             marks: Sequence[Any] | None = None) -> str:
    """The ``<row>`` elements of ``len(values[0])`` rows from sheet row ``first_row`` (0-based);
    ``values`` holds one sequence per column. None, NaN and ±inf are empty styled cells; a row
    whose mark is not None takes each column's ``marked[mark]`` style."""
    n = len(values[0]) if values else 0
    rows = [str(r) for r in range(first_row + 1, first_row + 1 + n)]
    cells = [_column_xml(c, col_letter(first_col + i), rows, values[i], c.style) for i, c in enumerate(columns)]
    lines = [f'<row r="{r}">{"".join(parts)}</row>' for r, *parts in zip(rows, *cells, strict=True)]
    if marks is not None:
        for j, mark in enumerate(marks):
            if mark is not None:
                parts = [_column_xml(c, col_letter(first_col + i), rows[j:j + 1], values[i][j:j + 1],
                                     (c.marked or {}).get(mark, c.style))[0] for i, c in enumerate(columns)]
                lines[j] = f'<row r="{rows[j]}">{"".join(parts)}</row>'
    return "".join(lines)


def _numbers(values: Sequence[Any]) -> list[str] | None:
    """Each number as the shortest text that reads back as the same double, "null" for None,
    NaN and ±inf — orjson's encoding of the list, several times faster than ``repr`` one by
    one. None when orjson refuses a value (the caller then formats them itself)."""
    import orjson

    try:
        text = orjson.dumps(values if isinstance(values, list) else list(values))
    except TypeError:
        return None
    return text[1:-1].decode("ascii").split(",") if len(text) > 2 else []


_PLAIN_TEXT = re.compile(r"[^&<>\x00-\x08\x0b-\x1f]*")


def _column_xml(column: Column, letter: str, rows: Sequence[str], values: Sequence[Any], style: int) -> list[str]:
    head = f'<c r="{letter}'
    empty = f'" s="{style}"/>'
    if column.kind == "number":
        middle = f'" s="{style}"><v>'
        shown = _numbers(values)
        if shown is not None:
            return [f"{head}{r}{middle}{v}</v></c>" if v != "null" else f"{head}{r}{empty}"
                    for r, v in zip(rows, shown, strict=True)]
        isfinite = math.isfinite
        return [f"{head}{r}{middle}{v!r}</v></c>" if v is not None and isfinite(v) else f"{head}{r}{empty}"
                for r, v in zip(rows, values, strict=True)]
    # Each distinct value is escaped once: group, role and sheet columns repeat a few values.
    tails: dict[Any, str] = {None: empty, "": empty}
    middle = f'" s="{style}" t="inlineStr"><is><t>'
    spaced = f'" s="{style}" t="inlineStr"><is><t xml:space="preserve">'
    out = []
    for r, v in zip(rows, values, strict=True):
        tail = tails.get(v)
        if tail is None:
            text = str(v)
            if len(text) > EXCEL_MAX_CHARS or "_x" in text or _PLAIN_TEXT.fullmatch(text) is None:
                text = xml_text(text)
            tail = tails[v] = (f"{spaced if text[0].isspace() or text[-1].isspace() else middle}{text}</t></is></c>"
                               if text else empty)
            if len(tails) > 4096:  # names are unique: no point keeping them
                tails = {None: empty, "": empty}
        out.append(f"{head}{r}{tail}")
    return out


@dataclass
class Body:
    """The rows ``first_row …`` of worksheet ``sheet``: ``n_rows`` rows over ``n_cols``
    columns, produced as XML text by ``chunks()`` (see ``rows_xml``)."""

    sheet: str
    first_row: int
    n_rows: int
    n_cols: int
    chunks: Callable[[], Iterable[str]]

    @property
    def last_row(self) -> int:
        return self.first_row + self.n_rows - 1


def splice(source: bytes, target: Path, bodies: Sequence[Body]) -> None:
    """Copy the xlsx in ``source`` to ``target``, inserting each body into its worksheet."""
    import io

    rows = _Rows(sum(b.n_rows for b in bodies))
    with zipfile.ZipFile(io.BytesIO(source)) as zin:
        parts = _worksheet_parts(zin)
        by_part = {parts[b.sheet]: b for b in bodies}
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL) as zout:
            for info in zin.infolist():
                data = zin.read(info.filename)
                body = by_part.get(info.filename)
                if body is None:
                    zout.writestr(info.filename, data)
                    continue
                head, tail = _split_sheet(data.decode("utf-8"), body)
                with zout.open(info.filename, "w", force_zip64=True) as stream:
                    _write_through_thread(stream, _pieces(head, body, tail, rows))


class _Rows:
    """The rows written so far of ``total``, told to a progress display (``core.progress``)."""

    def __init__(self, total: int):
        self.done, self.total = 0, total

    def add(self, n: int) -> None:
        self.done += n
        progress.advance(Stage.SAVING, self.done, self.total)


def _pieces(head: str, body: Body, tail: str, rows: _Rows) -> Iterator[bytes]:
    yield head.encode("utf-8")
    for chunk in body.chunks():
        yield chunk.encode("utf-8")
        rows.add(chunk.count("</row>"))
    yield tail.encode("utf-8")


def _write_through_thread(stream: Any, pieces: Iterable[bytes]) -> None:
    """Write ``pieces`` to ``stream`` from a second thread: deflating (zlib releases the GIL)
    then runs on the other core while this one builds the next rows."""
    import queue
    import threading

    todo: queue.Queue[bytes | None] = queue.Queue(maxsize=8)
    failed: list[BaseException] = []

    def writer() -> None:
        try:
            while (piece := todo.get()) is not None:
                stream.write(piece)
        except BaseException as error:  # reported in the caller's thread below
            failed.append(error)
            while todo.get() is not None:  # keep taking, so that the producer never blocks
                pass

    thread = threading.Thread(target=writer, name="xlsx-deflate", daemon=True)
    thread.start()
    try:
        for piece in pieces:
            if failed:
                break
            todo.put(piece)
    finally:
        todo.put(None)
        thread.join()
    if failed:
        raise failed[0]


def _worksheet_parts(zin: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → its part (``xl/worksheets/sheet3.xml``), from workbook.xml and its rels."""
    import xml.etree.ElementTree as ET

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    pkg = "{http://schemas.openxmlformats.org/package/2006/relationships}"
    targets = {r.get("Id"): r.get("Target", "") for r in ET.fromstring(zin.read("xl/_rels/workbook.xml.rels"))
               .iter(f"{pkg}Relationship")}
    parts = {}
    for sheet in ET.fromstring(zin.read("xl/workbook.xml")).iter(f"{main}sheet"):
        target = targets[sheet.get(f"{rel}id")]
        parts[sheet.get("name", "")] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return parts


_ROW_NUMBER = re.compile(r'<row r="(\d+)"')
_DIMENSION = re.compile(r'<dimension ref="([A-Z]+\d+)(?::[A-Z]+\d+)?"/>')


def _split_sheet(xml: str, body: Body) -> tuple[str, str]:
    """The worksheet XML before and after the place of the body's rows, with its dimension
    widened to the body's last row and column."""
    end = xml.rfind("</sheetData>")
    if end < 0:
        empty = xml.find("<sheetData/>")
        if empty < 0:
            raise ValueError(f"no sheetData in worksheet '{body.sheet}'")
        head, tail = xml[:empty] + "<sheetData>", "</sheetData>" + xml[empty + len("<sheetData/>"):]
    else:
        head, tail = xml[:end], xml[end:]
        last = _ROW_NUMBER.match(head, max(head.rfind("<row r="), 0))
        if last is not None and int(last.group(1)) > body.first_row:
            raise ValueError(f"worksheet '{body.sheet}' has cells in row {last.group(1)}, inside the body")
    if body.n_rows:
        ref = f"A1:{col_letter(max(body.n_cols, 1) - 1)}{body.last_row + 1}"
        match = _DIMENSION.search(head)
        if match is not None:
            old = match.group(0)
            widest = _widest(old, ref)
            head = head[:match.start()] + f'<dimension ref="{widest}"/>' + head[match.end():]
    return head, tail


def _widest(old: str, ref: str) -> str:
    """The union of the dimension in ``old`` (``<dimension ref="A1:F5"/>``) and ``ref``."""
    found = re.findall(r"([A-Z]+)(\d+)", old) + re.findall(r"([A-Z]+)(\d+)", ref)
    last_col = max((c for c, _ in found), key=lambda c: (len(c), c))
    last_row = max(int(r) for _, r in found)
    return f"A1:{last_col}{last_row}"


def parts_needed(rows: int, capacity: int) -> int:
    """How many sheets ``rows`` body rows need at ``capacity`` rows a sheet (at least one)."""
    return max(1, -(-rows // max(capacity, 1)))
