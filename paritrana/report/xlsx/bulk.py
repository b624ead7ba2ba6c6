"""Table bodies of a large report, written as worksheet XML and spliced into xlsxwriter's file.

xlsxwriter spends about 4 µs on each cell (it checks, stores and then serialises every cell
in Python); a 725,000-candidate report has some 25 million cells, which would take minutes.
So for a large report xlsxwriter writes everything except the table bodies — titles, notes,
headers, formats, filters, frozen panes, print setup, charts and the small sheets — into
memory, and ``splice`` copies that file part by part into the target, inserting each body's
``<row>`` elements before its sheet's ``</sheetData>``. A body is built a chunk of rows at a
time and streamed into the zip, so memory stays flat whatever the number of rows; the work is
done a column at a time in C (orjson formats a column's numbers, one ``replace`` wraps them all
in their cell XML, one ``split`` cuts them apart) and a row is one ``str.join`` (``rows_xml``):
about 0.2 µs a cell. The sheets are deflated at zlib level 2 in a second thread, as fast as the
rows are made (level 6 took three times as long as making them, for a file 17 % smaller).

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
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from paritrana.core import progress
from paritrana.core.progress import Stage
from paritrana.io.load import column_letter

if TYPE_CHECKING:
    from numpy.typing import NDArray

Values: TypeAlias = "Sequence[Any] | NDArray[Any]"  # a column's values: a list, or a numpy array

# Excel's limits (https://support.microsoft.com: "Excel specifications and limits").
EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_COLUMNS = 16_384
EXCEL_MAX_CHARS = 32_767
CHUNK_ROWS = 2_000  # rows built and written at a time
COMPRESS_LEVEL = 2  # zlib level: 6 (the default) takes 3.5× as long for a file 17 % smaller

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


def rows_xml(columns: Sequence[Column], first_col: int, first_row: int, values: Sequence[Values],
             marks: Sequence[Any] | None = None) -> str:
    """The ``<row>`` elements of ``len(values[0])`` rows from sheet row ``first_row`` (0-based);
    ``values`` holds one sequence (or numpy array) per column. None, NaN and ±inf are empty
    styled cells; a row whose mark is not None takes each column's ``marked[mark]`` style.

    A row is its number joined with pieces made a column at a time: ``<row r="`` 7 ``"><c r="A``
    7 ``" s="1"><v>5</v></c><c r="B`` 7 ``" s="3"/></row>`` — each column's piece ends with the
    start of the next cell, so that ``"7".join(pieces)`` gives the whole row in one call and no
    Python code runs per cell."""
    n = len(values[0]) if len(values) else 0
    if n == 0:
        return ""
    rows = list(map(str, range(first_row + 1, first_row + 1 + n)))
    letters = [col_letter(first_col + i) for i in range(len(columns))]
    if not columns:
        return "".join(f'<row r="{r}"></row>' for r in rows)
    opens = [f'<c r="{letter}' for letter in letters[1:]] + ["</row>"]
    pieces = [_column_pieces(c, values[i], c.style, opens[i]) for i, c in enumerate(columns)]
    lines = list(map(str.join, rows, zip(repeat('<row r="'), repeat(f'"><c r="{letters[0]}'), *pieces)))
    if marks is not None:
        for j, mark in enumerate(marks):
            if mark is not None:
                styled = [Column(c.kind, (c.marked or {}).get(mark, c.style)) for c in columns]
                lines[j] = rows_xml(styled, first_col, first_row + j, [v[j:j + 1] for v in values])
    return "".join(lines)


def _column_pieces(column: Column, values: Values, style: int, after: str) -> list[str]:
    """Each cell of the column from its style on (``" s="3"><v>5</v></c>``), followed by ``after``."""
    if column.kind == "number":
        return _number_pieces(values, style, after)
    return _text_pieces(values, style, after)


def _number_pieces(values: Values, style: int, after: str) -> list[str]:
    head, tail, empty = f'" s="{style}"><v>', f"</v></c>{after}", f'" s="{style}"/>{after}'
    shown = _numbers(values)
    if shown is None:
        isfinite = math.isfinite
        return [f"{head}{v!r}{tail}" if v is not None and isfinite(v) else empty for v in values]
    if not shown:
        return []
    # One text for the whole column: the numbers between commas, each wrapped at once.
    text = head + shown.replace(",", f"{tail},{head}") + tail
    if "null" in shown:
        text = text.replace(f"{head}null{tail}", empty)
    return text.split(",")


def _numbers(values: Values) -> str | None:
    """The numbers separated by commas, each as the shortest text that reads back as the same
    double, "null" for None, NaN and ±inf — orjson's encoding of the list (or of the numpy
    array, the same text), many times faster than ``repr`` one by one. None when orjson
    refuses a value (the caller then formats them itself)."""
    import numpy as np
    import orjson

    if isinstance(values, np.ndarray) and not (values.dtype.kind in "iu" or values.dtype == np.float64):
        values = plain_list(values)  # float32, bool, object: as Python values, like the lists
    try:
        if isinstance(values, np.ndarray):
            text = orjson.dumps(np.ascontiguousarray(values), option=orjson.OPT_SERIALIZE_NUMPY)
        else:
            text = orjson.dumps(values if isinstance(values, list) else list(values))
    except TypeError:
        return None
    return text[1:-1].decode("ascii")


_UNSAFE = re.compile(r"[&<>\x01-\x08\x0b-\x1f]")  # text that xml_text would change (\x00: see _plain_texts)
_PLAIN_TEXT = re.compile(r"[^&<>\x00-\x08\x0b-\x1f]*")


def _text_pieces(values: Values, style: int, after: str) -> list[str]:
    middle = f'" s="{style}" t="inlineStr"><is><t>'
    tail = f"</t></is></c>{after}"
    texts = values if isinstance(values, list) else list(values)
    joined = _plain_texts(texts)
    if joined is not None:  # names: every value distinct, none needing care — one text for all
        return (middle + joined.replace("\x00", f"{tail}\x00{middle}") + tail).split("\x00")
    # Each distinct value is escaped once: group, role and sheet columns repeat a few values.
    empty = f'" s="{style}"/>{after}'
    spaced = f'" s="{style}" t="inlineStr"><is><t xml:space="preserve">'
    pieces: dict[Any, str] = {None: empty, "": empty}
    for v in set(texts) - pieces.keys():
        text = str(v)
        if len(text) > EXCEL_MAX_CHARS or "_x" in text or _PLAIN_TEXT.fullmatch(text) is None:
            text = xml_text(text)
        pieces[v] = f"{spaced if text[0].isspace() or text[-1].isspace() else middle}{text}{tail}" if text else empty
    return list(map(pieces.__getitem__, texts))


def _plain_texts(texts: list[Any]) -> str | None:
    """The texts joined by NUL when each is written as it is: all ``str``, ASCII, not empty,
    no space at either end, nothing to escape and within Excel's limit; else None."""
    if not texts or set(map(type, texts)) != {str}:
        return None
    joined = "\x00".join(texts)
    if (not joined or not joined.isascii() or joined.count("\x00") != len(texts) - 1 or "_x" in joined
            or _UNSAFE.search(joined) is not None):
        return None
    for edge in ("\x00", " ", "\t", "\n"):  # an empty text, or one starting or ending with a space
        if joined.startswith(edge) or joined.endswith(edge) or f"\x00{edge}" in joined or f"{edge}\x00" in joined:
            return None
    if len(joined) > EXCEL_MAX_CHARS and max(map(len, texts)) > EXCEL_MAX_CHARS:
        return None
    return joined


def plain_list(array: NDArray[Any]) -> list[Any]:
    """The array as Python values, non-finite floats as None (as ``ArrayColumn`` reads them)."""
    import numpy as np

    if array.dtype.kind != "f":
        return list(array.tolist())
    finite = np.isfinite(array)
    if finite.all():
        return list(array.tolist())
    holes = array.astype(object)
    holes[~finite] = None
    return list(holes.tolist())


@dataclass
class Body:
    """The rows ``first_row …`` of worksheet ``sheet``: ``n_rows`` rows over ``n_cols``
    columns, produced by ``chunks()`` as (number of rows, their XML text) (see ``rows_xml``)."""

    sheet: str
    first_row: int
    n_rows: int
    n_cols: int
    chunks: Callable[[], Iterable[tuple[int, str]]]

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
    for n, chunk in body.chunks():
        yield chunk.encode("utf-8")
        rows.add(n)
    yield tail.encode("utf-8")


def _write_through_thread(stream: Any, pieces: Iterable[bytes]) -> None:
    """Write ``pieces`` to ``stream`` from a second thread: deflating (zlib releases the GIL)
    then runs on the other core while this one builds the next rows."""
    import queue
    import threading

    todo: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
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
