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

# The header row most tests use: the default criteria's first aliases.
HEADER = ["Kabupaten/Kota", "Jumlah Pekerja", "Peserta Aktif"]


def make_workbook(tmp_path: Path, sheets: dict[str, Rows], name: str = "data.xlsx") -> Path:
    """Write ``{"2023": rows, "2024": rows}`` as one sheet per key; rows start at A1."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
            for cell, value in zip(sheet[sheet.max_row], row):
                if isinstance(value, Text):
                    cell.data_type = "s"
    path = tmp_path / name
    book.save(path)
    return path


def make_csv(tmp_path: Path, rows: Rows, name: str = "data.csv", sep: str = ",", bom: bool = False,
             encoding: str = "utf-8") -> Path:
    """Write ``rows`` as delimited text (fields are not quoted; keep them free of ``sep``)."""
    text = "\n".join(sep.join(str(v) for v in row) for row in rows) + "\n"
    data = text.encode(encoding)
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def write_criteria(tmp_path: Path, text: str, name: str = "criteria.yaml") -> Path:
    """Write a criteria file (dedented) and return its path."""
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


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

    return paritrana.run(SAMPLE_XLSX)
