"""The streamed pre-scan of a large worksheet (``limits._SheetScan``): whatever the pieces the
XML arrives in, it finds what the whole-XML searches of ``sheet_extent`` find — the odd tags,
``sheetData`` and the largest cell reference — and ``check_package`` refuses what
``sheet_extent`` refuses. Plain segments are checked with numpy (``_plain_cells``), the others
with the regular expressions: both paths are exercised here."""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from paritrana.errors import DataError
from paritrana.io import limits

LIMITS = limits.Limits(max_uncompressed_mb=1, max_rows=5_000, max_columns=30)  # 52,428 cells
HEAD = b'<?xml version="1.0"?><worksheet xmlns:r="x"><sheetData>'
TAIL = b"</sheetData></worksheet>"


def _rows(first: int, last: int, columns: str = "ABCDEFGH") -> bytes:
    return b"".join(b'<row r="%d">' % r + b"".join(b'<c r="%s%d"><v>1</v></c>' % (c.encode(), r) for c in columns)
                    + b"</row>" for r in range(first, last + 1))


def _scan(pieces: list[bytes]) -> limits._SheetScan:
    scan = limits._SheetScan(LIMITS)
    for piece in pieces:
        scan.feed(piece)
    scan.finish()
    return scan


def _split(xml: bytes, *at: int) -> list[bytes]:
    edges = [0, *at, len(xml)]
    return [xml[a:b] for a, b in zip(edges, edges[1:], strict=False) if b > a]


def _truth(xml: bytes) -> tuple[bool, bool, tuple[int, int]]:
    """What the whole XML says: odd tags, sheetData, the largest references."""
    odd = bool(limits._ODD_CELL.search(xml) or limits._PREFIXED.search(xml))
    return odd, b"sheetData" in xml, limits._cells_extent(xml)


# ---- the numpy check of plain segments ----------------------------------------------------------


def test_plain_cells_gives_the_largest_row_and_column_of_a_segment():
    xml = _rows(100_000, 100_300) + b'<c r="C999999"/>' + _rows(100_301, 100_310)  # one cell out of order
    buffer = xml + bytes(limits._PAD)
    # rows: 999999, the cell out of order, not 100310 the last; columns: H (8)
    assert limits._plain_cells(buffer, len(xml)) == (999_999, 8)
    assert limits._cells_extent(xml) == (999_999, 8)


def test_plain_cells_leaves_to_the_regular_expressions_what_is_not_plain():
    for odd in (b'<c r="AA100200"/>', b'<c r="@100200"/>', b'<c r="[100200"/>', b'<c r="A10020"/>',
                b'<c r="A1002000"/>', b'<c r="A1002x0"/>', b'<c r="A100200>', b"<cols>", b"<c>", b'<c  r="A100200"/>',
                b'<c r=\'A100200"/>', b'<c r="A10020?"/>'):
        xml = _rows(100_000, 100_020) + odd + _rows(100_021, 100_030)
        assert limits._plain_cells(xml + bytes(limits._PAD), len(xml)) is None, odd
    xml = _rows(100_000, 100_020) + b'<c r="z100200"/>'  # a lower-case letter is a letter
    assert limits._plain_cells(xml + bytes(limits._PAD), len(xml)) == (100_200, 26) == limits._cells_extent(xml)


def test_a_cell_out_of_order_far_down_a_large_sheet_is_found():
    # 40,000 rows of 8 cells, ~1.3 MB, fed in 64 KB pieces: the cell A4999 sits among rows 30,000+
    # (five digits like them: the numpy path), and G60000 (a sixth digit) after them
    body = _rows(10_000, 30_000) + b'<c r="H99999"><v>1</v></c>' + _rows(30_001, 50_000)
    xml = HEAD + body + TAIL
    pieces = [xml[i:i + 65_536] for i in range(0, len(xml), 65_536)]
    assert _scan(pieces).guess == (99_999, 8)  # beyond max_rows 5,000: the whole part is walked
    assert _scan(pieces).extent() is None


# ---- pieces cut anywhere ----------------------------------------------------------------------


def test_a_reference_split_across_pieces_counts():
    xml = HEAD + _rows(1, 20) + b'<row r="4000"><c r="D4000"><v>1</v></c></row>' + TAIL
    at = xml.index(b"D4000") + 2  # `<c r="D4` | `000"`
    assert _scan(_split(xml, at)).guess == (4000, 8)


def test_a_long_reference_split_across_pieces_counts():
    # 80 leading zeros: longer than any fixed overlap between pieces (64 bytes before)
    far = b'<c r="A' + b"0" * 80 + b'6000"/>'
    xml = HEAD + _rows(1, 20) + far + TAIL
    at = xml.index(far) + 50
    assert _scan(_split(xml, at)).guess == (6000, 8)
    data = _package(xml)
    with pytest.raises(DataError, match="6.000"):
        limits.check_package(data, "a.xlsx", LIMITS)


@pytest.mark.parametrize(("tag", "odd"), [
    (b"<c>", True), (b"<c/>", True), (b'<c\tr="A1"/>', True), (b'<c x="1"/>', True),
    (b'<c r="A1"/>', False), (b"<cols/>", False), (b'<x:c r="A1"/>', True), (b'<x:row r="2"/>', True),
])
def test_an_odd_tag_cut_at_every_byte_is_found(tag, odd):
    xml = HEAD + _rows(1, 3) + tag + _rows(4, 5) + TAIL
    start = xml.index(tag)
    for at in range(start - 2, start + len(tag) + 2):
        assert _scan(_split(xml, at)).odd is odd, at
        assert _scan(_split(xml, at, at + 1)).odd is odd, at  # a piece of one byte


def test_an_odd_tag_in_the_last_bytes_is_found():
    xml = HEAD + _rows(1, 3) + TAIL + b"<c>"
    assert _scan(_split(xml, len(xml) - 1)).odd
    assert _scan([xml]).odd


def test_sheetdata_cut_across_pieces_is_found():
    xml = HEAD + _rows(1, 2) + TAIL
    at = xml.index(b"sheetData") + 4
    assert _scan(_split(xml, at)).sheet_data
    assert not _scan(_split(xml.replace(b"sheetData", b"sheetDota"), at)).sheet_data


def test_megabytes_without_a_tag_make_the_whole_part_walked(monkeypatch):
    monkeypatch.setattr(limits._SheetScan, "STALL", 1000)
    text = b"x" * 3000
    xml = HEAD + b"<row><c r=\"A1\" t=\"inlineStr\"><is><t>" + text + b"</t></is></c></row>" + TAIL
    at = xml.index(text)
    scan = _scan(_split(xml, at + 10, at + 1500, at + 2990))
    assert scan.odd and scan.sheet_data and scan.extent() is None
    assert _scan([xml]).extent() == (1, 1)  # in one piece: plain


# ---- against the whole XML, for any cut -----------------------------------------------------------

_CELL = st.sampled_from([b'<c r="%s%d"><v>1</v></c>', b'<c r="%s%d" t="s"><v>2</v></c>', b'<c r="%s%d"/>'])
_EXTRA = st.sampled_from([
    b"<c>", b"<c/>", b'<c\nr="A1">', b'<c r=\'A1\'>', b'<c  r="A1">', b'<x:c r="A1">', b'<x:row r="3">', b"<col min=\"1\"/>",
    b'<c r="a5"/>', b'<c r="A0005"/>', b'<c r="AA7"/>', b'<c r="A1x"/>', b'<c r="A"/>', b'<c r="A1234567"/>',
    b'<c r="A' + b"0" * 80 + b'6000"/>', b'<c r="Q99"/>', b"text:c more", b"<", b"<c ", b"sheetData",
])


@st.composite
def _sheets(draw: st.DrawFn) -> tuple[bytes, list[bytes]]:
    parts = [b'<?xml version="1.0"?><worksheet xmlns:r="x">', draw(st.sampled_from([b"<sheetData>", b"<other>"]))]
    rows = draw(st.integers(0, 120))
    first = draw(st.sampled_from([1, 95, 9_990]))
    for r in range(first, first + rows):
        parts.append(b'<row r="%d">' % r)
        for c in range(draw(st.integers(0, 4))):
            parts.append(draw(_CELL) % (b"ABCD"[c:c + 1], r))
        parts.append(b"</row>")
        if draw(st.integers(0, 60)) == 0:
            parts.append(draw(_EXTRA))
    parts.append(b"</sheetData></worksheet>")
    xml = b"".join(parts)
    cuts = sorted(draw(st.lists(st.integers(1, max(1, len(xml) - 1)), max_size=30)))
    return xml, _split(xml, *cuts)


@given(_sheets())
@settings(max_examples=300, deadline=None)
def test_the_streamed_scan_finds_what_the_whole_xml_holds(sheet):
    xml, pieces = sheet
    scan = _scan(pieces)
    odd, sheet_data, cells = _truth(xml)
    assert (scan.odd, scan.sheet_data) == (odd, sheet_data)
    if not odd:
        assert scan.guess == cells  # no dimension tag: the largest references, exactly
        assert scan.extent() == (cells if limits._fits(cells, LIMITS) else None)


@given(_sheets())
@settings(max_examples=150, deadline=None)
def test_check_package_refuses_what_sheet_extent_refuses(sheet):
    xml, _ = sheet
    if b"sheetData" not in xml:
        return
    rows, columns = limits.sheet_extent(xml, LIMITS)
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(limits, "BIG_PART", 64)  # streamed
            limits.check_package(_package(xml), "a.xlsx", LIMITS)
    except DataError:
        assert not limits._fits((rows, columns), LIMITS)
    else:
        assert limits._fits((rows, columns), LIMITS)


def _package(sheet: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("xl/workbook.xml", b'<workbook><sheets><sheet name="2024" r:id="rId1"/></sheets></workbook>')
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return out.getvalue()


# ---- rows hidden in Excel ------------------------------------------------------------------------

def test_hidden_rows_are_found_whatever_the_order_of_the_attributes():
    xml = (b'<sheetData><row r="1"><c r="A1"/></row><row r="2" spans="1:3" hidden="1"><c r="A2"/></row>'
           b'<row hidden="true" r="5" ht="0"/><row r="6" hidden="0"/><row hidden="1"/><cols><col hidden="1"/></cols>'
           b"</sheetData>")
    # row 6 is shown (hidden="0"); a hidden row without its number cannot be named; a column is not a row
    assert limits.hidden_rows(xml) == [2, 5]
    assert limits.hidden_rows(xml, stop=60) == []  # only what lies before `stop`


@pytest.mark.parametrize("cut", [1, 7, 50, 4_000, 4_013, 4_020])
def test_a_hidden_row_is_found_in_a_streamed_sheet_wherever_the_pieces_are_cut(cut):
    rows = _rows(1, 60).replace(b'<row r="40">', b'<row r="40" hidden="1">')
    at = rows.index(b'<row r="40"') + cut - 7
    assert _scan(_split(HEAD + rows + TAIL, at, at + 3)).hidden == [40]


def test_hidden_columns_are_read_from_the_cols_before_the_rows():
    xml = (b'<worksheet><cols><col min="1" max="1" width="9"/><col hidden="1" min="3" max="4"/>'
           b'<col min="6" max="16384" customWidth="1" hidden="true"/></cols>'
           b'<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'
           b'<cols><col min="2" max="2" hidden="1"/></cols></worksheet>')  # after the rows: not Excel's
    assert limits.hidden_columns(xml) == [(3, 4), (6, 16384)]
    assert limits.hidden_columns(b'<worksheet><sheetData/></worksheet>') == []
