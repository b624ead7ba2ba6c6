"""How much of a file is read, and the checks that run before anything big is built.

A workbook is a zip of XML parts. python-calamine builds each sheet as one dense grid from A1
to the last used cell, so a tiny file naming two cells, A1 and XFD1048576, would ask for
17 billion cells and abort the process. Everything here runs before calamine sees the file:

* the zip's parts are inflated once, streaming, to check that none inflates beyond what it
  declares and that together they stay under ``max_uncompressed_mb`` (a decompression bomb);
* every worksheet part is scanned for the last row and column that holds a cell, exactly as
  calamine will place it (cells without an ``r`` reference are counted like calamine counts
  them), and compared with ``max_rows``, ``max_columns`` and ``max_cells``.

Limits (the command line's messages name the option that raises each):

* ``max_uncompressed_mb`` (1024): the file, or the sum of a zip's inflated parts.
* ``max_rows`` (2,000,000): above Excel's own 1,048,576, so it only matters for CSV files
  and for crafted workbooks.
* ``max_columns`` (1,000): a Paritrana table has a few dozen columns; 1,000 is twenty
  times the widest criteria file. Excel allows 16,384, but a sheet that wide is a stray cell
  far to the right or a crafted file, and every row of it is read cell by cell.
* ``max_cells`` = ``max_uncompressed_mb`` MiB / 20 (53 million at the default): the grid
  rows × columns. A genuine cell takes at least 20 bytes of XML (``<c r="A1"><v>1</v></c>``),
  so a grid larger than that is mostly empty space: a sparse bomb. Raising
  ``--max-uncompressed-mb`` raises it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from paritrana.errors import DataError, Location
from paritrana.i18n.messages import io as m
from paritrana.i18n.text import Message

if TYPE_CHECKING:
    import zipfile

DEFAULT_MAX_UNCOMPRESSED_MB = 1024
DEFAULT_MAX_ROWS = 2_000_000
DEFAULT_MAX_COLUMNS = 1_000
BYTES_PER_CELL = 20
CHUNK = 1 << 16


@dataclass(frozen=True)
class Limits:
    max_uncompressed_mb: int = DEFAULT_MAX_UNCOMPRESSED_MB
    max_rows: int = DEFAULT_MAX_ROWS
    max_columns: int = DEFAULT_MAX_COLUMNS

    @property
    def max_bytes(self) -> int:
        return self.max_uncompressed_mb * 1024 * 1024

    @property
    def max_cells(self) -> int:
        return self.max_bytes // BYTES_PER_CELL


@dataclass(frozen=True)
class ReadOptions:
    """How input files are read: the CSV text encoding (None: UTF-8 with or without BOM) and
    the size limits. One object is passed to every file read by a run — the data, the
    baseline workbook, the jury's scores and a names list — so no file escapes a limit."""

    encoding: str | None = None
    limits: Limits = Limits()


def column_name(count: int) -> str:
    """1-based column number → Excel letters (1 → A, 16384 → XFD)."""
    letters = ""
    while count > 0:
        count, rem = divmod(count - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def check_extent(rows: int, columns: int, limits: Limits, where: Location, what: Message) -> None:
    """Refuse a grid of ``rows`` × ``columns`` (counted from A1) beyond the limits; ``what``
    names the grid (``lembar "2024"``, ``CSV``)."""
    if rows > limits.max_rows:
        raise DataError(m.TOO_MANY_ROWS(what=what, rows=rows, limit=limits.max_rows), where, hint=m.DELETE_BELOW())
    if columns > limits.max_columns:
        raise DataError(m.TOO_MANY_COLUMNS(what=what, letter=column_name(columns), columns=columns,
                                           limit=limits.max_columns), where, hint=m.DELETE_RIGHT())
    if rows * columns > limits.max_cells:
        raise DataError(m.TOO_MANY_CELLS(what=what, rows=rows, columns=columns, cells=rows * columns,
                                         limit=limits.max_cells, mb=limits.max_uncompressed_mb),
                        where, hint=m.DELETE_FAR())


# ---- the zip package ------------------------------------------------------------------


BIG_PART = 4 << 20  # a worksheet's XML from this size on is scanned as it inflates, never held whole
HEAD_ROWS = 24  # rows of a large sheet kept for the loader: the header search (20) and a margin


@dataclass
class PackageScan:
    """What ``check_package`` learnt while checking a zip workbook.

    ``kept`` holds every part's inflated bytes (by its name in the zip) except the large
    worksheets (``BIG_PART`` and more, plain XML): of those, ``heads`` holds the XML up to the
    end of the first ``HEAD_ROWS`` rows. ``paritrana.io.read`` builds a small copy of the
    workbook from them for calamine, and reads the large sheets' columns with fastexcel."""

    kept: dict[str, bytes] = field(default_factory=dict)
    heads: dict[str, bytes] = field(default_factory=dict)
    hidden_rows: dict[str, list[int]] = field(default_factory=dict)  # sheet name → rows hidden in Excel (1-based)
    hidden_columns: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # sheet → (first, last), 1-based

    @property
    def streamed(self) -> bool:
        return bool(self.heads)


def check_package(data: bytes, shown: str, limits: Limits) -> PackageScan:
    """Check a zip workbook before calamine opens it: declared and real inflated sizes, the
    kind of package, and the extent of every worksheet. Each part is inflated once; a large
    worksheet is checked chunk by chunk as it inflates (its XML is read once and never held
    whole)."""
    import io
    import zipfile

    where = Location(file=shown)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, EOFError, OSError):
        # NotImplementedError: a directory entry claiming a zip version newer than Python reads
        raise DataError(m.DAMAGED_ZIP(), where, hint=m.RESAVE_XLSX()) from None
    declared = sum(info.file_size for info in infos)
    if declared > limits.max_bytes:
        raise _bomb(declared, limits, where)
    _check_kind({info.filename for info in infos}, where)
    names = sheet_parts(data, infos)
    scan = PackageScan()
    total = 0
    for info in infos:  # every part: calamine follows the workbook's links, whatever a part is named
        total += info.file_size
        if total > limits.max_bytes:
            raise _bomb(total, limits, where)
        sheet = names.get(info.filename.lower(), info.filename)
        sheet_where = Location(file=shown, sheet=sheet)
        if info.file_size >= BIG_PART and info.compress_type in _STREAMED:
            scanner = _SheetScan(limits)
            for piece in _pieces(data, info, where):
                scanner.feed(piece)
            scanner.finish()
            if scanner.hidden:
                scan.hidden_rows[sheet] = scanner.hidden
            if scanner.sheet_data and hidden_columns(scanner.head):
                scan.hidden_columns[sheet] = hidden_columns(scanner.head)
            if scanner.sheet_data:
                extent = scanner.extent()
                if extent is None:  # odd XML, or too large to be sure: the exact walk of the whole part
                    extent = sheet_extent(_inflate(data, info, where, keep=True), limits)
                check_extent(*extent, limits, sheet_where, m.SHEET_NAMED(name=sheet))
                head = scanner.head_xml()
                if head is not None:
                    scan.heads[info.filename] = head
                    continue
                scan.kept[info.filename] = bytes(_inflate(data, info, where, keep=True))
            else:
                scan.kept[info.filename] = b"".join(scanner.pieces or [])
            continue
        content = _inflate(data, info, where, keep=True)
        scan.kept[info.filename] = bytes(content)
        if b"sheetData" in content:
            hidden = hidden_rows(content)
            if hidden:
                scan.hidden_rows[sheet] = hidden
            if hidden_columns(content):
                scan.hidden_columns[sheet] = hidden_columns(content)
            rows, columns = sheet_extent(content, limits)
            check_extent(rows, columns, limits, sheet_where, m.SHEET_NAMED(name=sheet))
        elif info.filename == "content.xml":  # OpenDocument
            if not well_formed(bytes(content)):  # calamine's OpenDocument reader loops forever on some
                raise DataError(m.ODS_MALFORMED(), where, hint=m.RESAVE_ODS())
            for sheet, rows, columns in ods_extents(bytes(content)):
                check_extent(rows, columns, limits, Location(file=shown, sheet=sheet), m.SHEET_NAMED(name=sheet))
    return scan


def hidden_rows(xml: bytes | bytearray, stop: int | None = None) -> list[int]:
    """The numbers of the rows that ``<row … hidden="1">`` hides (by hand or by a filter) in
    ``xml[:stop]``, up to ``MAX_HIDDEN_ROWS``; a row without its number is not counted."""
    end = len(xml) if stop is None else stop
    if xml.find(b'hidden="', 0, end) < 0:
        return []
    found = []
    for tag in _HIDDEN_ROW.finditer(xml, 0, end):
        number = _ROW_NUMBER.search(tag.group(0))
        if number is not None:
            found.append(int(number.group(1)))
            if len(found) == MAX_HIDDEN_ROWS:
                break
    return found


def hidden_columns(xml: bytes | bytearray) -> list[tuple[int, int]]:
    """The columns that ``<col min="3" max="5" … hidden="1"/>`` hides in Excel, as (first, last)
    1-based numbers; only the ``<cols>`` before ``<sheetData`` are read (where Excel writes them)."""
    end = xml.find(b"<sheetData")
    end = len(xml) if end < 0 else end
    if xml.find(b"<col", 0, end) < 0 or xml.find(b'hidden="', 0, end) < 0:
        return []
    found = []
    for tag in _HIDDEN_COL.finditer(xml, 0, end):
        first, last = _attribute(tag.group(0), b"min"), _attribute(tag.group(0), b"max")
        if first is not None and last is not None and first.isdigit() and last.isdigit():
            found.append((int(first), int(last)))
    return found


class _SheetScan:
    """The checks of ``sheet_extent``'s fast path, on a worksheet's XML as it inflates; the
    first rows are kept.

    The XML is cut into segments that each end just before a ``<``: every tag the searches
    look for starts with its only ``<`` (or has none), so none straddles two segments and each
    segment is judged on its own bytes, the rest of the piece waiting for the next one. A
    segment of plain cells is checked with numpy (``_plain_cells``), any other with the
    regular expressions of ``sheet_extent``."""

    STALL = 1 << 22  # bytes without a `<` after which the scan gives up (then the whole part is walked)

    def __init__(self, limits: Limits):
        self.limits = limits
        self.sheet_data = False
        self.odd = False
        self.guess: tuple[int, int] | None = None  # the extent known so far: no cell seen lies beyond it
        self.rest = b""  # the bytes from the last `<` on, judged with the next piece
        self.finished = False
        self.head = bytearray()
        self.head_end: int | None = None
        self.pieces: list[bytes] | None = []  # the whole part, until it shows it is a worksheet
        self.hidden: list[int] = []  # rows hidden in Excel

    def feed(self, piece: bytes) -> None:
        if self.pieces is not None:
            self.pieces.append(piece)
        if self.head_end is None:
            self._keep_head(piece)
        buffer = self.rest + piece if self.rest else piece
        cut = buffer.rfind(b"<", 0, len(buffer) - _PAD)  # a segment leaves _PAD bytes for numpy's reads
        if cut <= 0:
            if len(buffer) > self.STALL:  # no tag for megabytes: not what a worksheet looks like
                self.odd = True
                self._segment(buffer, len(buffer))
                self.rest = buffer[-len(b"sheetData"):]
            else:
                self.rest = buffer
            return
        self.rest = buffer[cut:]
        self._segment(buffer, cut)

    def _segment(self, buffer: bytes, cut: int) -> None:
        """Judge ``buffer[:cut]``, a run of whole tags (its last byte is followed by a `<`)."""
        if not self.sheet_data and buffer.find(b"sheetData", 0, cut) >= 0:
            self.sheet_data = True
            self.pieces = None
        if len(self.hidden) < MAX_HIDDEN_ROWS:
            self.hidden += hidden_rows(buffer, cut)
        if self.odd:
            return
        if buffer.find(b":", 0, cut) >= 0 and _PREFIXED.search(buffer, 0, cut):
            self.odd = True
            return
        found = _plain_cells(buffer, cut)
        if found is None:  # other tags starting `<c`, or references not all alike: the exact searches
            if _ODD_CELL.search(buffer, 0, cut):
                self.odd = True
                return
            found = _cells_extent(buffer[:cut])
        if self.guess is None:  # as sheet_extent guesses: the dimension tag, then every cell
            dimension = _DIMENSION.search(buffer, 0, cut)
            self.guess = (int(dimension.group(2)), _column_number(dimension.group(1))) if dimension else (0, 0)
        self.guess = (max(self.guess[0], found[0]), max(self.guess[1], found[1]))

    def finish(self) -> None:
        """Judge the last bytes (the part ends after them)."""
        if not self.finished:
            self.finished = True
            if self.rest:
                last, self.rest = self.rest, b""
                self._segment(last + bytes(_PAD), len(last))

    def _keep_head(self, piece: bytes) -> None:
        self.head += piece
        rows, at = 0, 0
        while True:
            at = self.head.find(b"</row>", at)
            if at < 0:
                break
            rows, at = rows + 1, at + len(b"</row>")
            if rows >= HEAD_ROWS:
                self.head_end = at
                del self.head[at:]
                return

    def extent(self) -> tuple[int, int] | None:
        """The extent as ``sheet_extent`` gives it for plain XML, or None for odd XML or a
        guess beyond the limits (then the whole part is walked, as before)."""
        self.finish()
        if self.odd or self.guess is None or not _fits(self.guess, self.limits):
            return None
        return self.guess

    def head_xml(self) -> bytes | None:
        """The sheet cut after its first rows, closed so that it parses; None when the sheet
        is odd or its cells start too far down to be in the kept bytes."""
        if self.odd or b"<sheetData" not in self.head:
            return None
        head = bytes(self.head)
        if self.head_end is None:  # fewer rows than HEAD_ROWS: the kept bytes are the whole part
            return head
        return head + b"</sheetData></worksheet>"


_STREAMED = {0, 8}  # ZIP_STORED, ZIP_DEFLATED
_PAD = 16  # bytes after a segment that numpy may read (a `<c` tag's 6 bytes and the 8 after)
_LT_C = int.from_bytes(b"<c", "little")
_CELL_TAG = int.from_bytes(b'<c r="', "little")
_NIBBLES, _THREES, _SIXES = 0xF0F0F0F0F0F0F0F0, 0x3030303030303030, 0x0606060606060606


def _plain_cells(buffer: bytes, cut: int) -> tuple[int, int] | None:
    """(rows, columns) of the cells in ``buffer[:cut]`` as ``_cells_extent`` counts them, when
    every `<c` there starts a cell tag `<c r="` whose reference is one letter, digits and a
    quote, with as many digits in all of them (what a writer puts in a megabyte of rows);
    else None. ``buffer`` holds ``_PAD`` more bytes after ``cut``. Vectorised: the tags are
    found as the 2-byte word `<c` at even and at odd offsets, then each tag's bytes are read
    as 8-byte words (``words[i]`` holds the bytes from offset ``i``)."""
    import numpy as np

    starts = []
    for offset in (0, 1):
        pairs = np.frombuffer(buffer, "<u2", count=(cut - offset) // 2, offset=offset)
        starts.append(np.flatnonzero(pairs == _LT_C) * 2 + offset)
    at = np.concatenate(starts)
    if not len(at):
        return 0, 0
    words = np.ndarray((len(buffer) - 7,), dtype="<u8", buffer=buffer, strides=(1,))
    if not ((words[at] & 0xFFFFFFFFFFFF) == _CELL_TAG).all():
        return None
    refs = words[at + 6]  # b'H724991"' as a little-endian number: the letter in the low byte
    quote = int(refs[0]).to_bytes(8, "little").find(b'"')
    if quote < 2:  # no digit, or more than 7 bytes before the quote
        return None
    digits = (1 << 8 * quote) - 256  # the bytes between the letter and the quote
    closing = 0xFF << 8 * quote
    letters = (refs & 0xFF).astype(np.uint8) | 32
    plain = (letters - 97) < 26  # A-Z, a-z (uint8: below `a` wraps round)
    plain &= (refs & ((_NIBBLES & digits) | closing)) == ((_THREES & digits) | (0x22 << 8 * quote))  # 0x30-0x3F, `"`
    plain &= (((refs & digits) + (_SIXES & digits)) & (_NIBBLES & digits)) == (_THREES & digits)  # 0-9, not :-?
    if not plain.all():
        return None
    largest = int(refs[int(np.argmax((refs & digits).byteswap()))]).to_bytes(8, "little")
    return int(largest[1:quote]), int(letters.max()) - 96


MARGIN = 32  # tags starting this close to a piece's end are read with the next piece

def _stored_bytes(data: bytes, info: zipfile.ZipInfo, where: Location) -> tuple[memoryview, DataError]:
    """The part's compressed bytes as stored, after its local header (and the error that says
    the part is damaged, for the checks that follow); an encrypted part is refused."""
    import struct

    damaged = DataError(m.DAMAGED_PART(part=info.filename), where, hint=m.RESAVE_XLSX())
    if info.flag_bits & 0x1:
        raise DataError(m.PASSWORD(), where, hint=m.REMOVE_PASSWORD())
    start = info.header_offset
    header = data[start:start + 30]
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise damaged
    name_len, extra_len = struct.unpack("<HH", header[26:30])
    begin = start + 30 + name_len + extra_len
    raw = memoryview(data)[begin:begin + info.compress_size]
    if len(raw) < info.compress_size:
        raise damaged
    return raw, damaged


def _pieces(data: bytes, info: zipfile.ZipInfo, where: Location) -> Iterator[bytes]:
    """The part's bytes as they inflate, a slice at a time, with the checks of ``_inflate``."""
    import zipfile
    import zlib

    raw, damaged = _stored_bytes(data, info, where)
    size = crc = 0
    if info.compress_type == zipfile.ZIP_STORED:
        for offset in range(0, len(raw), 1 << 20):
            piece = bytes(raw[offset:offset + (1 << 20)])
            size, crc = size + len(piece), zlib.crc32(piece, crc)
            yield piece
    else:
        inflater = zlib.decompressobj(-15)
        try:
            for offset in range(0, len(raw) + 1, CHUNK):
                compressed = raw[offset:offset + CHUNK]
                piece = inflater.decompress(compressed) if len(compressed) else inflater.flush()
                if size + len(piece) > info.file_size:  # inflates beyond what the zip directory says
                    raise damaged
                size, crc = size + len(piece), zlib.crc32(piece, crc)
                if piece:
                    yield piece
                if inflater.eof:
                    break
        except zlib.error:
            raise damaged from None
    if size != info.file_size or crc != info.CRC:
        raise damaged


def _bomb(size: int, limits: Limits, where: Location) -> DataError:
    return DataError(m.BOMB(size=round(size / 1024 / 1024), limit=limits.max_uncompressed_mb), where,
                     hint=m.RAISE_SIZE_LIMIT())


def _check_kind(names: set[str], where: Location) -> None:
    lower = {n.lower() for n in names}
    if "xl/workbook.bin" in lower:
        raise DataError(m.XLSB(), where, hint=m.SAVE_AS_XLSX())
    if not any(n.startswith("xl/") for n in lower) and "content.xml" not in lower:
        # Word and PowerPoint files are zip packages with [Content_Types].xml too
        kind = (m.KIND_WORD() if any(n.startswith("word/") for n in lower) else
                m.KIND_POWERPOINT() if any(n.startswith("ppt/") for n in lower) else m.KIND_ZIP())
        raise DataError(m.NOT_EXCEL(kind=kind), where, hint=m.USE_XLSX_OR_CSV())


def _inflate(data: bytes, info: zipfile.ZipInfo, where: Location, keep: bool) -> bytes | bytearray:
    """The part's bytes (or b"" when not ``keep``), refusing a part that is encrypted, uses
    an unusual compression, inflates beyond its declared size, or fails its checksum."""
    import zipfile
    import zlib

    raw, damaged = _stored_bytes(data, info, where)
    if info.compress_type == zipfile.ZIP_STORED:
        content: bytes | bytearray = bytes(raw) if keep else b""
        size, crc = len(raw), zlib.crc32(raw)
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        size, crc, content = _deflate(raw, info.file_size, keep, damaged)
    else:
        raise DataError(m.COMPRESSION(part=info.filename), where, hint=m.RESAVE_XLSX())
    if size != info.file_size or crc != info.CRC:
        raise damaged
    return content


def _deflate(raw: memoryview, declared: int, keep: bool, damaged: DataError) -> tuple[int, int, bytearray]:
    """Inflate ``raw`` a slice at a time (a slice of 64 KB inflates to at most ~64 MB), stopping
    as soon as the output passes the declared size."""
    import zlib

    inflater = zlib.decompressobj(-15)
    content = bytearray(declared if keep else 0)
    size = crc = 0
    try:
        for offset in range(0, len(raw) + 1, CHUNK):
            piece = raw[offset:offset + CHUNK]
            out = inflater.decompress(piece) if len(piece) else inflater.flush()
            if size + len(out) > declared:  # inflates beyond what the zip directory says
                raise damaged
            if keep:
                content[size:size + len(out)] = out
            size += len(out)
            crc = zlib.crc32(out, crc)
            if inflater.eof:
                break
    except zlib.error:
        raise damaged from None
    return size, crc, content


def sheet_parts(data: bytes, infos: list[zipfile.ZipInfo]) -> dict[str, str]:
    """Worksheet part path (lower case) → sheet name, read from the workbook and its rels
    (best effort: a part that is not found here is named by its path)."""
    import html
    import struct
    import zlib

    small = {i.filename.lower(): i for i in infos if i.file_size < 10 * 1024 * 1024}
    try:
        workbook = _small_part(data, small.get("xl/workbook.xml"))
        rels = _small_part(data, small.get("xl/_rels/workbook.xml.rels"))
    except (zlib.error, ValueError, struct.error):
        return {}
    targets = {}
    for tag in re.findall(rb"<(?:\w+:)?Relationship\b[^>]*>", rels):
        rid, target = _attribute(tag, b"Id"), _attribute(tag, b"Target")
        if rid and target:
            path = target.decode("utf-8", "replace").lstrip("/")
            targets[rid] = path if path.lower().startswith("xl/") else f"xl/{path}"
    names = {}
    for tag in re.findall(rb"<(?:\w+:)?sheet\b[^>]*>", workbook):
        name, rid = _attribute(tag, b"name"), _attribute(tag, rb"\w+:id")
        if name and rid in targets:
            names[targets[rid].lower()] = html.unescape(name.decode("utf-8", "replace"))
    return names


def _small_part(data: bytes, info: zipfile.ZipInfo | None) -> bytes:
    import struct
    import zipfile
    import zlib

    if info is None:
        return b""
    start = info.header_offset
    name_len, extra_len = struct.unpack("<HH", data[start + 26:start + 30])
    begin = start + 30 + name_len + extra_len
    raw = data[begin:begin + info.compress_size]  # not data[begin:]: a copy of the rest of the file
    if info.compress_type == zipfile.ZIP_STORED:
        return raw
    inflater = zlib.decompressobj(-15)
    return inflater.decompress(raw, info.file_size + 1)[:info.file_size]


def _attribute(tag: bytes, name: bytes) -> bytes | None:
    found = re.search(rb"\s" + name + rb"\s*=\s*(\"[^\"]*\"|'[^']*')", tag)
    return found.group(1)[1:-1] if found else None


# ---- the extent of one worksheet ----------------------------------------------------------

# Fast path, for the XML that Excel, LibreOffice, openpyxl and xlsxwriter write: every cell
# tag starts `<c r="B7"` (no cell without its reference, no prefixed or oddly spaced tags).
# Then every lexical `<c r="..."` is counted, even one in a comment or an empty self-closing
# cell: never fewer than calamine's cells. The extent is guessed from the `<dimension>` tag
# and the first and last cells, then one search checks that no cell lies beyond the guess.
_ODD_CELL = re.compile(rb'<c(?:[\t\r\n>/]| (?!r="))')  # a cell tag not written `<c r="`
_PREFIXED = re.compile(rb":(?:c|row)[\s/>]")
_HIDDEN_ROW = re.compile(rb'<row\s[^>]*?\bhidden="(?:1|true)"[^>]*>')
_HIDDEN_COL = re.compile(rb'<col\s[^>]*?\bhidden="(?:1|true)"[^>]*>')
_ROW_NUMBER = re.compile(rb'\sr="([0-9]{1,9})"')
MAX_HIDDEN_ROWS = 100_000  # rows hidden (a filter can hide most of a sheet): enough to name them
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="(?:[A-Za-z]+[0-9]+:)?([A-Za-z]+)0*([0-9]+)"')
_CELL_COLUMNS = re.compile(rb'<c r="([A-Za-z]+)[0-9]')
_CELL_ROWS = re.compile(rb'<c r="[A-Za-z]+0*([0-9]+)"')
# Slow path: calamine's own walk over the tags (quick-xml, empty elements expanded).
_MARKUP = re.compile(
    rb"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<!(?:[^>\"']|\"[^\"]*\"|'[^']*')*>"
    rb"|<(/?)([^\s/>]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>",
    re.S,
)
_R_ATTRIBUTE = re.compile(rb"(?:^|\s)r\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_REFERENCE = re.compile(rb"([A-Za-z]*)([0-9]+)")
# Bounds that hold whatever the XML looks like: calamine's row and column counters only move
# by an explicit reference or by one per row end / per cell.
_ANY_R_DIGITS = re.compile(rb"\br\s*=\s*[\"']\s*[A-Za-z]*0*([0-9]+)")
_ANY_R_LETTERS = re.compile(rb"\br\s*=\s*[\"']\s*([A-Za-z]+)[0-9]")
_ROW_EVENTS = re.compile(rb"</?(?:[^\s/>:]*:)?row[\s/>]")
_CELL_STARTS = re.compile(rb"<(?:[^\s/>:]*:)?c[\s/>]")


def sheet_extent(xml: bytes | bytearray, limits: Limits | None = None) -> tuple[int, int]:
    """(rows, columns) from A1 to the last cell that may hold a value, as calamine will build
    the sheet: never less than calamine's. For plain sheets it is exact, or a checked upper
    bound that already fits ``limits``; for odd ones an upper bound."""
    if not _ODD_CELL.search(xml) and not _PREFIXED.search(xml):
        guess = _guess_extent(xml)
        if limits is not None and _fits(guess, limits) and not _beyond(xml, guess):
            return guess
        return _cells_extent(xml)
    walked = _walk_extent(xml)
    return walked if walked is not None else _bound_extent(xml)


def _fits(extent: tuple[int, int], limits: Limits) -> bool:
    rows, columns = extent
    return rows <= limits.max_rows and columns <= limits.max_columns and rows * columns <= limits.max_cells


def _guess_extent(xml: bytes | bytearray) -> tuple[int, int]:
    head, tail = _cells_extent(xml[:1 << 20]), _cells_extent(xml[-(1 << 20):])
    rows, columns = max(head[0], tail[0]), max(head[1], tail[1])
    dimension = _DIMENSION.search(xml[:1 << 16])
    if dimension:
        rows, columns = max(rows, int(dimension.group(2))), max(columns, _column_number(dimension.group(1)))
    return rows, columns


def _beyond(xml: bytes | bytearray, extent: tuple[int, int]) -> bool:
    """Whether some `<c r="...">` lies beyond ``extent`` (one search)."""
    rows, columns = extent
    if rows < 1 or columns < 1:
        return True
    pattern = (rb'<c r="(?:' + _letters_above(column_name(columns).encode()) + rb"[0-9]|[A-Za-z]+0*"
               + _number_above(rows) + rb'")')
    return re.search(pattern, xml) is not None


def _number_above(n: int) -> bytes:
    """A pattern for the decimal numbers (without leading zeros) greater than ``n``."""
    digits = str(n).encode()
    options = [rb"[1-9][0-9]{%d,}" % len(digits)]
    for i, d in enumerate(digits):
        if d < ord("9"):
            rest = len(digits) - i - 1
            options.append(digits[:i] + b"[%c-9]" % (d + 1) + (rb"[0-9]{%d}" % rest if rest else b""))
    return b"(?:" + b"|".join(options) + b")"


def _letters_above(letters: bytes) -> bytes:
    """A pattern for the column letters (either case) after ``letters``."""
    options = [rb"[A-Za-z]{%d,}" % (len(letters) + 1)]
    for i, ch in enumerate(letters):
        if ch < ord("Z"):
            prefix = b"".join(b"[%c%c]" % (c, c + 32) for c in letters[:i])
            above = b"[%c-Z%c-z]" % (ch + 1, ch + 33)
            rest = len(letters) - i - 1
            options.append(prefix + above + (rb"[A-Za-z]{%d}" % rest if rest else b""))
    return b"(?:" + b"|".join(options) + b")"


def _cells_extent(xml: bytes | bytearray) -> tuple[int, int]:
    letters = set(_CELL_COLUMNS.findall(xml))
    if not letters:
        return 0, 0
    rows = max(_CELL_ROWS.findall(xml), key=lambda digits: (len(digits), digits), default=b"0")
    return int(rows), max(_column_number(x) for x in letters)


def _walk_extent(xml: bytes | bytearray) -> tuple[int, int] | None:
    """Follow calamine's cell reader tag by tag; None when the tags are not properly nested
    or a row or cell sits inside a cell (then calamine's reading cannot be predicted)."""
    stack: list[bytes] = []
    cell_depth: int | None = None  # stack depth of the open <c>, when inside one
    row = column = 0  # 0-based, as calamine counts
    rows = columns = 0
    for token in _MARKUP.finditer(xml):
        name = token.group(2)
        if name is None:
            continue  # comment, CDATA, processing instruction, DOCTYPE
        local = name.split(b":", 1)[-1]
        attributes = token.group(3)
        if token.group(1):  # an end tag
            if not stack or stack[-1] != name:
                return None
            stack.pop()
            if cell_depth is not None:
                if len(stack) == cell_depth:
                    cell_depth = None
            elif local == b"row":
                row, column = row + 1, 0
            continue
        empty = attributes.endswith(b"/")
        if cell_depth is not None and local in (b"row", b"c", b"sheetData"):
            return None
        if local == b"sheetData":
            row = column = 0
        elif local == b"row":
            reference = _reference(attributes)
            if reference is not None:
                row = reference[0]
            if empty:
                row, column = row + 1, 0
        elif local == b"c":
            reference = _reference(attributes)
            if reference is not None and reference[1] is not None:
                here = (reference[0], reference[1])
                column = reference[1]
            else:
                here = (row, column)
            if not empty:
                rows, columns = max(rows, here[0] + 1), max(columns, here[1] + 1)
                cell_depth = len(stack)
            column += 1
        if not empty:
            stack.append(name)
    return rows, columns


def _bound_extent(xml: bytes | bytearray) -> tuple[int, int]:
    """An upper bound for any XML: the largest explicit reference plus one step per row end
    (rows) or per cell (columns)."""
    rows = max((int(d) for d in _ANY_R_DIGITS.findall(xml)), default=0) + len(_ROW_EVENTS.findall(xml)) + 1
    columns = (max((_column_number(x) for x in set(_ANY_R_LETTERS.findall(xml))), default=0)
               + len(_CELL_STARTS.findall(xml)))
    return rows, columns


def _reference(attributes: bytes) -> tuple[int, int | None] | None:
    """The 0-based (row, column) of an ``r="B7"`` attribute (column None for ``r="7"``)."""
    found = _R_ATTRIBUTE.search(attributes)
    if not found:
        return None
    value = found.group(1) if found.group(1) is not None else found.group(2)
    parts = _REFERENCE.fullmatch(value)
    if not parts or int(parts.group(2)) == 0:
        return None  # calamine refuses it: the workbook fails to open
    column = _column_number(parts.group(1)) - 1 if parts.group(1) else None
    return int(parts.group(2)) - 1, column


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters.upper():
        number = number * 26 + (ch - 64)
    return number


# ---- OpenDocument spreadsheets ---------------------------------------------------------------
# A cell or row may say it repeats (number-columns-repeated="16384"); LibreOffice writes such
# repeats for the empty area after the table, which calamine drops. Only cells with content
# count, as calamine counts them.

_ODS_TABLE = re.compile(rb"<table:table\b([^>]*)>(.*?)</table:table>", re.S)
_ODS_ROW = re.compile(rb"<table:table-row\b([^>]*?)(?:/>|>(.*?)</table:table-row>)", re.S)
_ODS_CELL = re.compile(rb"<table:(?:covered-)?table-cell\b([^>]*?)(?:/>|>(.*?)</table:(?:covered-)?table-cell>)", re.S)
_ODS_NAME = re.compile(rb'table:name="([^"]*)"')
_ROWS_REPEATED = re.compile(rb'number-rows-repeated="([0-9]+)"')
_COLUMNS_REPEATED = re.compile(rb'number-columns-repeated="([0-9]+)"')


def well_formed(xml: bytes) -> bool:
    """Whether ``xml`` parses as XML (expat; a DOCTYPE, and with it any entity, is refused)."""
    from xml.parsers import expat

    parser = expat.ParserCreate()

    def no_doctype(*args: object) -> None:
        raise ValueError("DOCTYPE")

    parser.StartDoctypeDeclHandler = no_doctype
    try:
        parser.Parse(xml, True)
    except (expat.ExpatError, ValueError):
        return False
    return True


def ods_extents(xml: bytes) -> list[tuple[str, int, int]]:
    """(sheet, rows, columns) of each table: from A1 to the last cell with content."""
    import html

    out = []
    for table in _ODS_TABLE.finditer(xml):
        name = _ODS_NAME.search(table.group(1))
        sheet = html.unescape(name.group(1).decode("utf-8", "replace")) if name else "?"
        row = rows = columns = 0
        for found in _ODS_ROW.finditer(table.group(2)):
            repeat = _repeat(_ROWS_REPEATED, found.group(1))
            column = last = 0
            for cell in _ODS_CELL.finditer(found.group(2) or b""):
                column += _repeat(_COLUMNS_REPEATED, cell.group(1))
                if b"office:" in cell.group(1) or (cell.group(2) or b"").strip():
                    last = column
            if last:
                rows, columns = row + repeat, max(columns, last)
            row += repeat
        out.append((sheet, rows, columns))
    return out


def _repeat(pattern: re.Pattern[bytes], attributes: bytes) -> int:
    found = pattern.search(attributes)
    return int(found.group(1)) if found else 1

