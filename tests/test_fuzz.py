"""Fuzzing: whatever goes in, what comes out is a result or a clean error, never another
exception (and never a crash of the process, which would take pytest down with it).

Targets: the number parser (any text → float or NumberFormatError; formatted numbers parse
back), the expression parser and evaluator (any text → Expr or ExpressionError; any parsed
expression on any data → values or ExpressionError), the loader (garbage bytes and random
cells in CSV and xlsx → a result or a ParitranaError), and the sheet-extent scan that guards
calamine (never smaller than the grid calamine builds).

Examples per target: ``PARITRANA_FUZZ_EXAMPLES`` (default 150 here; run e.g. 20,000 by hand).
"""

from __future__ import annotations

import atexit
import datetime as dt
import io
import math
import os
import shutil
import tempfile
import warnings
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import number_cell, ods_number, ods_text, raw_ods, raw_workbook, text_cell
from paritrana.api import run
from paritrana.core.criteria import parse_criteria
from paritrana.core.expr import FUNCTIONS, parse_expression
from paritrana.errors import ExpressionError, NumberFormatError, ParitranaError
from paritrana.i18n import fmt_number
from paritrana.io.limits import Limits, ReadOptions, ods_extents, sheet_extent, well_formed
from paritrana.io.load import build_dataset
from paritrana.io.numbers import parse_number
from paritrana.io.read import read_file

EXAMPLES = int(os.environ.get("PARITRANA_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])

CRITERIA_TEXT = """\
title: Fuzz
columns:
  wilayah: [Wilayah]
  a: {headers: [A], min: null}
  b: {headers: [B], min: 0}
derived:
  rasio: 100 * b / a
indicators:
  v1: {value: a, weight: 2, normalize: zscore, missing: zero}
  v2: {value: rasio, weight: 1, normalize: {method: target, min: 0, max: 100}, missing: mean}
  v3: {value: b, weight: 1, normalize: ratio_to_max, better: lower, missing: exclude}
  v4: {value: a - b, weight: 1, normalize: rank}
eligibility:
  - a != 0
"""
CRITERIA = parse_criteria(CRITERIA_TEXT)


_SCRATCH = Path(tempfile.mkdtemp(prefix="paritrana-fuzz-"))
atexit.register(shutil.rmtree, _SCRATCH, ignore_errors=True)


def scratch() -> Path:
    """A folder for this example's file (reused: examples run one after another)."""
    for item in _SCRATCH.iterdir():
        shutil.rmtree(item) if item.is_dir() else item.unlink()
    return _SCRATCH


# ---- numbers ------------------------------------------------------------------------------------

NUMBERISH = st.text(alphabet="0123456789.,-+% eE\u00a0Rrpi\t", max_size=24)


@FUZZ
@given(st.one_of(st.text(max_size=40), NUMBERISH), st.sampled_from(["id", "en"]))
def test_any_text_is_a_number_or_a_number_format_error(text, locale):
    try:
        value = parse_number(text, locale)
    except NumberFormatError as exc:
        assert str(exc)
    else:
        assert isinstance(value, float) and math.isfinite(value)


def grouped(x: float, locale: str) -> str:
    """``x`` written out in full with thousands separators in ``locale`` (no exponent)."""
    text = format(Decimal(repr(x)), ",f")
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".") if locale == "id" else text


@FUZZ
@given(st.floats(min_value=-1e15, max_value=1e15, allow_nan=False), st.sampled_from(["id", "en"]))
def test_a_number_written_out_in_a_locale_parses_back_exactly(x, locale):
    assert parse_number(grouped(x, locale), locale) == x


@FUZZ
@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False), st.sampled_from(["id", "en"]),
       st.integers(0, 4))
def test_numbers_as_reports_print_them_parse_back(x, locale, decimals):
    text = fmt_number(x, decimals, locale)
    assert parse_number(text, locale) == pytest.approx(round(x, decimals), abs=10.0 ** -decimals)


# ---- expressions --------------------------------------------------------------------------------

TOKENS = ["a", "b", "rasio", "x", "1", "0", "2.5", "1e308", "1e-320", "(", ")", "+", "-", "*", "/", "**",
          "<", "<=", "==", "!=", ">", "and", "or", "not", ",", *FUNCTIONS, "__import__", ".", "[", "]",
          "lambda", "'s'", "é", " "]


@FUZZ
@given(st.one_of(st.text(max_size=80), st.lists(st.sampled_from(TOKENS), max_size=30).map(" ".join)))
def test_any_text_parses_or_raises_an_expression_error(text):
    try:
        expr = parse_expression(text)
    except ExpressionError as exc:
        assert exc.message
    else:
        assert all(n.isidentifier() and n not in (*FUNCTIONS, "and", "or", "not") for n in expr.names())


def numbers(n):
    values = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-5, 5).map(float))
    return st.lists(values, min_size=n, max_size=n)


@FUZZ
@given(st.lists(st.sampled_from(TOKENS[:-5]), min_size=1, max_size=25).map(" ".join), numbers(4), numbers(4))
def test_any_parsed_expression_evaluates_or_raises_an_expression_error(text, a, b):
    import numpy as np

    try:
        expr = parse_expression(text)
    except ExpressionError:
        return
    env = {"a": np.array(a), "b": np.array(b), "rasio": np.array(b[::-1]), "x": np.array(a[::-1])}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            values = expr.evaluate(env, env)
        except ExpressionError as exc:
            assert exc.message
            return
    assert np.shape(values) == (4,)


# ---- the loader ------------------------------------------------------------------------------------


def load_or_refuse(path: Path) -> None:
    """Read, build and rank ``path``; a ParitranaError is a clean refusal."""
    try:
        raw = read_file(path, ReadOptions(limits=Limits(max_uncompressed_mb=16)))
        build_dataset(raw, CRITERIA)
        run(path, criteria=_loaded(), read=ReadOptions(limits=Limits(max_uncompressed_mb=16)))
    except ParitranaError as exc:
        assert str(exc)


def _loaded():
    from paritrana.core.criteria import LoadedCriteria

    return LoadedCriteria(criteria=CRITERIA, path="fuzz.yaml", text=CRITERIA_TEXT, sha256="0" * 64)


@FUZZ
@given(st.binary(max_size=2000), st.sampled_from([".csv", ".xlsx", ".txt", ".ods"]))
def test_garbage_bytes_are_refused_cleanly(data, suffix):
    path = scratch() / f"sampah{suffix}"
    path.write_bytes(data)
    load_or_refuse(path)


CELL_TEXT = st.one_of(
    st.sampled_from(["", " ", "Jumlah", "Total", "Kab. Sekadau", "SEKADAU", "Kota Pontianak", "1.234.567", "31,63",
                     "1,234.5", "12a", "-5", "Rp 1.000", "50%", "NaN", "inf", "1e308", "=SUM(A1:A3)", "+1", "@x",
                     "\x00", "Wilayah", "A", "B", "Tahun", "2024", "\u202e", "é"]),
    st.text(max_size=12),
)
CELL = st.one_of(
    CELL_TEXT,
    st.floats(allow_nan=False, allow_infinity=False),
    st.integers(-10**12, 10**12),
    st.booleans(),
    st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2100, 1, 1)),
)
HEADERS = st.lists(st.sampled_from(["Wilayah", "A", "B", "Tahun", "C", "", "wilayah", "A "]), min_size=1, max_size=5)


@st.composite
def sheets(draw, cell=CELL):
    header = draw(HEADERS)
    rows = draw(st.lists(st.lists(cell, min_size=0, max_size=len(header) + 1), max_size=8))
    return [header, *rows]


@FUZZ
@given(sheets(cell=CELL_TEXT), st.sampled_from([",", ";", "\t"]), st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
def test_random_csv_cells_rank_or_are_refused_cleanly(rows, sep, encoding):
    import csv

    buffer = io.StringIO()
    csv.writer(buffer, delimiter=sep).writerows(rows)
    path = scratch() / "acak.csv"
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))
    load_or_refuse(path)


@FUZZ
@given(st.dictionaries(st.sampled_from(["2023", "2024", "Data 2024", "Catatan", "Sheet1"]), sheets(),
                       min_size=1, max_size=3))
def test_random_workbook_cells_rank_or_are_refused_cleanly(book):
    import openpyxl
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in book.items():
        sheet = workbook.create_sheet(title)
        for r, row in enumerate(rows, 1):
            for c, value in enumerate(row, 1):
                cell = sheet.cell(r, c)
                cell.value = ILLEGAL_CHARACTERS_RE.sub("?", value) if isinstance(value, str) else value
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s" if c % 2 else "f"  # some formulas without a value
    path = scratch() / "acak.xlsx"
    workbook.save(path)
    load_or_refuse(path)


SHEET_XML = st.lists(st.sampled_from([
    '<row r="1">', '<row r="3">', "<row>", "</row>", "<row/>", '<row r="1048576">',
    text_cell("A1", "Wilayah"), text_cell("B1", "A"), text_cell("C1", "B"),
    text_cell("A2", "Sekadau"), number_cell("B2", 5), number_cell("C2", 2), text_cell("A3", "Landak"),
    "<c><v>1</v></c>", '<c t="inlineStr"><is><t>Wilayah</t></is></c>', '<c r="XFD1"><v>1</v></c>',
    '<c r="B7" s="1"/>', "<c/>", '<x:c r="D4"><x:v>1</x:v></x:c>', "<!-- <c r=\"ZZ9\"> -->", "<![CDATA[<c>]]>",
    '<c r="AA5" t="n"><v>3</v></c>', '<c r="b2"><v>1</v></c>', '<c r="A0"><v>1</v></c>', "<v>2</v>", "</c>",
    '<c r="C9"><v>1<x></c></row><c></x></v></c>', "&amp;", "<",
]), max_size=14).map("".join)


@FUZZ
@given(SHEET_XML)
def test_hand_made_sheets_load_or_are_refused_and_are_never_larger_than_scanned(xml):
    from python_calamine import CalamineWorkbook

    folder = scratch()
    path = raw_workbook(folder, {"2024": xml}, name="tangan.xlsx")
    with zipfile.ZipFile(path) as z:
        scanned = sheet_extent(z.read("xl/worksheets/sheet1.xml"))
    end = None
    if scanned[0] * scanned[1] <= 5_000_000:  # calamine itself is safe to call (if the scan is right)
        try:
            book = CalamineWorkbook.from_path(str(path))
            end = book.get_sheet_by_name("2024").end
        except Exception:  # calamine refuses the XML: nothing to compare
            end = None
    if end is not None:  # the scan may overestimate an odd sheet, never underestimate it
        assert end[0] + 1 <= scanned[0] and end[1] + 1 <= scanned[1]
    load_or_refuse(path)


def _small_workbook() -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "2024"
    for row in (["Wilayah", "A", "B"], ["Sekadau", 10, 5], ["Landak", 20, 1]):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


SMALL_WORKBOOK = _small_workbook()  # built once: its bytes (timestamps) must not vary per example


@FUZZ
@given(st.data())
def test_a_workbook_with_bytes_flipped_is_refused_cleanly(data):
    original = bytearray(SMALL_WORKBOOK)
    for _ in range(data.draw(st.integers(1, 8), label="flips")):
        i = data.draw(st.integers(0, len(original) - 1), label="at")
        original[i] = data.draw(st.integers(0, 255), label="byte")
    if data.draw(st.booleans(), label="truncate"):
        original = original[: data.draw(st.integers(0, len(original)), label="keep")]
    path = scratch() / "rusak.xlsx"
    path.write_bytes(bytes(original))
    load_or_refuse(path)


@FUZZ
@given(st.data())
def test_a_sheet_with_bytes_flipped_inside_a_valid_zip_is_refused_cleanly(data):
    # Flipping bytes of the compressed file mostly breaks the zip; flipping the XML and
    # zipping it again reaches calamine's XML reader and the extent scan.
    with zipfile.ZipFile(io.BytesIO(SMALL_WORKBOOK)) as zin:
        parts = {info.filename: zin.read(info.filename) for info in zin.infolist()}
    name = data.draw(st.sampled_from(sorted(parts)), label="part")
    content = bytearray(parts[name])
    for _ in range(data.draw(st.integers(1, 6), label="flips")):
        i = data.draw(st.integers(0, len(content) - 1), label="at")
        content[i] = data.draw(st.sampled_from(b'<>/"=rc0129AZ \x00\xff'), label="byte")
    parts[name] = bytes(content)
    path = scratch() / "rusak.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for part, body in parts.items():
            zout.writestr(part, body)
    load_or_refuse(path)


CODECS = sorted({*__import__("encodings.aliases").aliases.aliases.values(), "punycode", "undefined", "idna",
                 "rot13", "hex", "unicode_escape", "utf-7"})


@FUZZ
@given(st.binary(min_size=1, max_size=300), st.one_of(st.sampled_from(CODECS), st.text(max_size=12)))
def test_any_encoding_option_reads_or_refuses_cleanly(data, encoding):
    path = scratch() / "kode.csv"
    path.write_bytes(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # unicode_escape on "\s" and the like
        try:
            read_file(path, ReadOptions(encoding))
        except ParitranaError as exc:
            assert str(exc)


ODS_XML = st.lists(st.sampled_from([
    "<table:table-row>", "</table:table-row>", '<table:table-row table:number-rows-repeated="3">',
    '<table:table-row table:number-rows-repeated="2000"/>', ods_text("Wilayah"), ods_text("A"), ods_text("B"),
    ods_text("Sekadau"), ods_number(5), ods_number(2, repeat=3), ods_text("x", repeat=40),
    "<table:table-cell/>", '<table:table-cell table:number-columns-repeated="900"/>', "<table:covered-table-cell/>",
    '<table:table-cell office:value-type="float" office:value="1"/>', "<table:table-cell><text:p/></table:table-cell>",
    "<text:p>x</text:p>", "</table:table-cell>", "<",
]), max_size=14).map("".join)


@FUZZ
@given(ODS_XML)
def test_hand_made_opendocument_sheets_are_never_larger_than_scanned(xml):
    from python_calamine import CalamineWorkbook

    path = raw_ods(scratch(), {"2024": xml}, name="tangan.ods")
    with zipfile.ZipFile(path) as z:
        content = z.read("content.xml")
    scanned = {sheet: (rows, columns) for sheet, rows, columns in ods_extents(content)}
    rows, columns = scanned.get("2024", (0, 0))
    # calamine itself is safe to call on well-formed XML (on "<<<" it loops forever) whose
    # grid the scan found small (if the scan is right)
    if well_formed(content) and rows * columns <= 5_000_000:
        try:
            end = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("2024").end
        except Exception:
            end = None
        if end is not None:
            assert end[0] + 1 <= rows and end[1] + 1 <= columns
    load_or_refuse(path)
