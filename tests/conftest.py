"""Shared helpers: build workbooks, CSV files and criteria files in ``tmp_path``.

Test data are built in code so that every fixture sits next to the test that reads it.
Workbooks are written with openpyxl (plain values; a string starting with "=" becomes a
formula without a cached result, as a script-written file would have).
"""

from __future__ import annotations

import hashlib
import textwrap
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_XLSX = ROOT / "sample_data" / "kalbar-2025.xlsx"
SAMPLE_CSV = ROOT / "sample_data" / "kalbar-2025.csv"
DEFAULT_CRITERIA = ROOT / "criteria" / "paritrana-kabkota.yaml"

Rows = list[list[Any]]


class Text(str):
    """A workbook value written as a text cell even when it starts with "=" (not a formula)."""

@pytest.fixture(autouse=True)
def _work_in_tmp_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A test with ``tmp_path`` runs inside it, as a user runs paritrana in the folder of the
    files; the helpers below return the paths as such a user types them (``data.xlsx``), so
    messages that name a path as typed read as they would on the user's screen."""
    if "tmp_path" in request.fixturenames:
        monkeypatch.chdir(request.getfixturevalue("tmp_path"))


def as_typed(path: Path) -> Path:
    """``path`` as a user in the working folder types it: relative when it lies below it."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


# The header row most tests use: the default criteria's first aliases.
HEADER = ["Kabupaten/Kota", "Jumlah Pekerja", "Peserta Aktif"]

# One year, no previous(); the counts are declared integer (people), as in the default criteria.
COUNTS = """\
title: T
columns:
  wilayah: [Kabupaten/Kota]
  pekerja: {headers: [Jumlah Pekerja], integer: true}
  peserta: {headers: [Peserta Aktif], integer: true}
indicators:
  capaian: {value: peserta, weight: 1}
  cakupan: {value: 100 * peserta / pekerja, weight: 1}
"""


def make_workbook(tmp_path: Path, sheets: dict[str, Rows], name: str = "data.xlsx") -> Path:
    """Write ``{"2023": rows, "2024": rows}`` as one sheet per key; rows start at A1."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
            for cell, value in zip(sheet[sheet.max_row], row, strict=False):
                if isinstance(value, Text):
                    cell.data_type = "s"
    path = tmp_path / name
    book.save(path)
    return as_typed(path)


def make_csv(tmp_path: Path, rows: Rows, name: str = "data.csv", sep: str = ",", bom: bool = False,
             encoding: str = "utf-8") -> Path:
    """Write ``rows`` as delimited text (fields are not quoted; keep them free of ``sep``)."""
    text = "\n".join(sep.join(str(v) for v in row) for row in rows) + "\n"
    data = text.encode(encoding)
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return as_typed(path)


def write_criteria(tmp_path: Path, text: str, name: str = "criteria.yaml") -> Path:
    """Write a criteria file (dedented) and return its path."""
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return as_typed(path)


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def table(rows: dict[str, tuple[Any, ...]], header: list[str] | None = None) -> Rows:
    """``{"Ketapang": (100, 50)}`` → a header row plus one row per candidate."""
    return [list(header or HEADER)] + [[name, *values] for name, values in rows.items()]


# A criteria file with one input column ``x`` read straight into indicator ``v``: the
# normalisation tests vary only the ``normalize:``/``better:`` lines.
ONE_INDICATOR = """\
title: Test
columns:
  wilayah: [Wilayah]
  x: {{headers: [X], min: {xmin}}}
indicators:
  v: {{value: x, weight: 1, {extra}}}
"""


def one_indicator_criteria(tmp_path: Path, extra: str = "normalize: minmax", xmin: str = "null") -> Path:
    return write_criteria(tmp_path, ONE_INDICATOR.format(extra=extra, xmin=xmin), name="one.yaml")


def one_column_workbook(tmp_path: Path, values: dict[str, Any], sheet: str = "2024") -> Path:
    rows = [["Wilayah", "X"]] + [[k, v] for k, v in values.items()]
    return make_workbook(tmp_path, {sheet: rows}, name="one.xlsx")


@pytest.fixture
def runner():
    from typer.testing import CliRunner

    return CliRunner()


@pytest.fixture(scope="session")
def sample_result():
    import paritrana

    return paritrana.evaluate(SAMPLE_XLSX)


# ---- hand-built workbook packages (for files no spreadsheet program would write) ----------

_RAW_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
    '+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>'
)
_RAW_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)


def raw_workbook(tmp_path: Path, sheets: dict[str, str], name: str = "raw.xlsx",
                 extra: dict[str, bytes] | None = None) -> Path:
    """Write an .xlsx package by hand: ``{"2024": '<row r="1">...</row>'}`` gives a sheet
    whose <sheetData> holds exactly that XML (so cells can sit anywhere, e.g. at XFD1048576)."""
    import zipfile

    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel_ns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    entries = "".join(f'<sheet name="{title}" sheetId="{i}" r:id="rId{i}"/>' for i, title in enumerate(sheets, 1))
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        f'worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(sheets) + 1)
    )
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _RAW_CONTENT_TYPES)
        z.writestr("_rels/.rels", _RAW_RELS)
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} {rel_ns}>'
                                      f"<sheets>{entries}</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   f'package/2006/relationships">{rels}</Relationships>')
        for i, xml in enumerate(sheets.values(), 1):
            z.writestr(f"xl/worksheets/sheet{i}.xml",
                       f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>{xml}</sheetData></worksheet>')
        for part, content in (extra or {}).items():
            z.writestr(part, content)
    return path


def text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def number_cell(ref: str, value: float) -> str:
    return f'<c r="{ref}"><v>{value}</v></c>'


def raw_ods(tmp_path: Path, tables: dict[str, str], name: str = "raw.ods") -> Path:
    """Write an OpenDocument spreadsheet by hand: ``{"2024": "<table:table-row>...</table:table-row>"}``."""
    import zipfile

    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    body = "".join(f'<table:table table:name="{title}">{rows}</table:table>' for title, rows in tables.items())
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} '
                                  f'office:version="1.2"><office:body><office:spreadsheet>{body}'
                                  "</office:spreadsheet></office:body></office:document-content>")
        z.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                   'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                   '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/'
                   'vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>')
    return path


def ods_text(text: str, repeat: int = 1) -> str:
    return (f'<table:table-cell table:number-columns-repeated="{repeat}" office:value-type="string">'
            f"<text:p>{text}</text:p></table:table-cell>")


def ods_number(value: float, repeat: int = 1) -> str:
    return (f'<table:table-cell table:number-columns-repeated="{repeat}" office:value-type="float" '
            f'office:value="{value}"><text:p>{value}</text:p></table:table-cell>')
