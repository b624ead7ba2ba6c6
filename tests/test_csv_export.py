"""CSV for a spreadsheet set to Indonesian (``excel-id``): it opens as columns of numbers.

The LibreOffice check converts a CSV written under ``id`` the way a spreadsheet in Indonesian
opens it (``;`` fields, language Indonesian: decimal comma) and reads the cells back: the
numbers are numbers, not text. The same file opened as English (decimal point) is the control:
there, "90,405…" cannot be a number — so the check can fail.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess

import pytest

import paritrana
from conftest import SAMPLE_XLSX, make_workbook
from paritrana.report.text import to_csv

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
INDONESIAN, US_ENGLISH = 1057, 1033  # LibreOffice language ids (Windows LCIDs)


def excel_rows(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def open_in_libreoffice(path, tmp_path, language: int):
    """The cells of ``path`` as LibreOffice opens it: ``;`` separated, UTF-8, first line 1,
    in ``language``; converted to .xlsx and read back with openpyxl."""
    import openpyxl

    out = tmp_path / f"out-{language}"
    options = f"CSV:59,34,76,1,,{language}"
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                    f"--infilter={options}", "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=180)
    book = openpyxl.load_workbook(out / f"{path.stem}.xlsx")
    return [list(row) for row in book.active.iter_rows(values_only=True)]


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc")
def test_an_indonesian_spreadsheet_opens_the_numbers_as_numbers(runner, tmp_path):
    from paritrana.cli.app import app

    path = tmp_path / "hasil.csv"
    assert runner.invoke(app, ["rank", str(SAMPLE_XLSX), "-o", str(path)]).exit_code == 0
    cells = open_in_libreoffice(path, tmp_path, INDONESIAN)
    header, ketapang = cells[0], cells[1]
    assert header[:3] == ["Peringkat", "Nama", "Skor"]
    score = paritrana.run(SAMPLE_XLSX).results[0].score
    assert ketapang[0] == 1 and ketapang[1] == "Ketapang"
    assert ketapang[2] == pytest.approx(score, abs=1e-9)  # 90,405… read as the number 90.405…
    numbers = [v for row in cells[1:] for v in row[4:-2]]
    assert numbers and all(isinstance(v, int | float) for v in numbers)  # every figure is a number


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc")
def test_the_control_an_english_spreadsheet_cannot_read_the_decimal_comma(runner, tmp_path):
    from paritrana.cli.app import app

    path = tmp_path / "hasil.csv"
    assert runner.invoke(app, ["rank", str(SAMPLE_XLSX), "-o", str(path)]).exit_code == 0
    score = open_in_libreoffice(path, tmp_path, US_ENGLISH)[1][2]
    assert not (isinstance(score, float) and score == pytest.approx(paritrana.run(SAMPLE_XLSX).results[0].score))


def test_numbers_keep_full_precision_without_an_exponent(tmp_path):
    from conftest import one_column_workbook, one_indicator_criteria

    criteria = one_indicator_criteria(tmp_path, extra="normalize: none")
    data = one_column_workbook(tmp_path, {"A": 0.0000001, "B": 1234567.125})
    rows = excel_rows(to_csv(paritrana.evaluate(data, criteria=criteria), dialect="excel-id", lang="id"))
    raw = {row[1]: row[5] for row in rows[1:]}
    assert raw == {"A": "0,0000001", "B": "1234567,125"}  # no "1e-07", no thousands separator


def test_groups_get_their_column_and_the_english_headers_follow_the_language(tmp_path):
    from conftest import write_criteria

    criteria = write_criteria(tmp_path, """
        title: G
        group_by: kategori
        columns: {wilayah: [Wilayah], kategori: [Kategori], a: [A]}
        indicators:
          ia: {value: a, weight: 1, label: Nilai A}
        """)
    data = make_workbook(tmp_path, {"2024": [["Wilayah", "Kategori", "A"], ["X", "Kota", 1], ["Y", "Kota", 2]]})
    result = paritrana.evaluate(data, criteria=criteria)
    assert excel_rows(to_csv(result, dialect="excel-id", lang="id"))[0][:5] == [
        "Peringkat", "Nama", "Kelompok", "Skor", "Seri"]
    assert excel_rows(to_csv(result, dialect="excel-id", lang="en"))[0][:6] == [
        "Rank", "Name", "Group", "Score", "Tie", "Nilai A: raw value"]
