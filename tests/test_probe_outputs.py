"""Round-3 probe of what ``paritrana rank`` writes: ``--format`` on stdout, ``--output`` files,
``--top`` and ``--group``, as a user or a script reads them.

SPEC: ``rank`` takes ``--top N``, ``--group VALUE`` and ``--format table|json|csv|markdown``
(to stdout); ``--output PATH``'s extension picks the report type. What the screen formats
show follows ``--top`` and ``--group`` alike; a report file holds the whole ranking.
"""

from __future__ import annotations

import json

import pytest

from conftest import SAMPLE_XLSX, make_workbook, write_criteria
from paritrana.cli.app import app

SAMPLE = str(SAMPLE_XLSX)


def rank(runner, *args):
    return runner.invoke(app, ["rank", *map(str, args)])


GROUPED = """\
title: G
group_by: kategori
columns:
  wilayah: [Wilayah]
  kategori: [Kategori]
  a: [A]
indicators:
  ia: {value: a, weight: 1}
eligibility:
  - a > 0
"""


@pytest.fixture
def grouped(tmp_path):
    # Kabupaten: Ketapang 10 (1st), Landak 4 (2nd), Sambas 0 (ineligible: a > 0 fails);
    # Kota: Kota Pontianak 7 (1st), Kota Singkawang 3 (2nd)
    rows = [["Wilayah", "Kategori", "A"], ["Ketapang", "Kabupaten", 10], ["Kota Pontianak", "Kota", 7],
            ["Landak", "Kabupaten", 4], ["Kota Singkawang", "Kota", 3], ["Sambas", "Kabupaten", 0]]
    return make_workbook(tmp_path, {"2024": rows}), write_criteria(tmp_path, GROUPED)


# ---------------------------------------------------------------------------- --top / --group on JSON


def test_json_on_stdout_shows_only_the_top_n(runner):
    # as the table, the CSV and the Markdown do: Ketapang, Mempawah, Sekadau
    result = rank(runner, SAMPLE, "-f", "json", "--top", "3")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [r["id"] for r in data["results"]] == ["Ketapang", "Mempawah", "Sekadau"]


def test_json_top_as_large_as_the_ranking_gives_the_same_bytes_as_no_top(runner):
    # 14 candidates: --top 14 and --top 100 leave every one in, written exactly as without --top
    whole = rank(runner, SAMPLE, "-f", "json").stdout_bytes
    assert rank(runner, SAMPLE, "-f", "json", "--top", "14").stdout_bytes == whole
    assert rank(runner, SAMPLE, "-f", "json", "--top", "100").stdout_bytes == whole


def test_json_on_stdout_shows_only_the_group_asked(runner, grouped):
    data, criteria = grouped
    result = rank(runner, data, "-c", criteria, "-f", "json", "--group", "kota")  # matched as names are
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert [(r["id"], r["group"], r["rank"]) for r in out["results"]] == [
        ("Kota Pontianak", "Kota", 1), ("Kota Singkawang", "Kota", 2)]
    assert out["ineligible"] == []  # Sambas is a Kabupaten


def test_json_group_keeps_the_groups_ineligible(runner, grouped):
    data, criteria = grouped
    out = json.loads(rank(runner, data, "-c", criteria, "-f", "json", "--group", "Kabupaten", "--top", "1").stdout)
    assert [r["id"] for r in out["results"]] == ["Ketapang"]
    assert out["ineligible"] == [{"id": "Sambas", "group": "Kabupaten", "reasons": ["a > 0"]}]


def test_a_json_report_file_keeps_the_whole_ranking(runner, tmp_path):
    # --top limits the screen; the saved report is the whole ranking (what verify checks)
    result = rank(runner, SAMPLE, "--top", "3", "-o", "hasil.json")
    assert result.exit_code == 0, result.output
    assert len(json.loads((tmp_path / "hasil.json").read_text(encoding="utf-8"))["results"]) == 14


# ---------------------------------------------------------------------------- an existing folder as --output


def test_a_folder_without_an_extension_is_told_as_a_folder(runner, tmp_path):
    # "hasil" is a folder: the file name is missing, not the extension
    (tmp_path / "hasil").mkdir()
    result = rank(runner, SAMPLE, "-o", "hasil")
    assert result.exit_code == 1
    assert result.stderr == ("Kesalahan: hasil: berupa folder, bukan berkas; tambahkan nama berkasnya, "
                             "misalnya hasil/laporan.xlsx\n")
    assert list((tmp_path / "hasil").iterdir()) == []


def test_a_folder_as_the_template_output_is_told_as_a_folder(runner, tmp_path):
    (tmp_path / "hasil").mkdir()
    result = runner.invoke(app, ["template", "-o", "hasil", "--lang", "en"])
    assert result.exit_code == 1
    assert "hasil: is a folder, not a file; add a file name, e.g. hasil/laporan.xlsx" in result.stderr


# ---------------------------------------------------------------------------- the printed Rincian sheet


def test_the_breakdown_prints_no_indicator_block_across_two_pages(runner, tmp_path):
    # 14 candidates × 3 indicators: rows 5–18 capaian, 19–32 cakupan, 33–46 pertumbuhan. A page
    # holds about 27 rows: capaian alone, then cakupan and pertumbuhan together; without the
    # break the last row of cakupan (Melawi) printed alone at the top of the next page.
    import openpyxl

    assert rank(runner, SAMPLE, "-o", "laporan.xlsx").exit_code == 0
    ws = openpyxl.load_workbook(tmp_path / "laporan.xlsx")["Rincian"]
    assert [ws.cell(r, 3).value for r in (18, 19, 32, 33)] == ["capaian", "cakupan", "cakupan", "pertumbuhan"]
    assert [b.id for b in ws.row_breaks.brk] == [18]  # a break after row 18: cakupan starts a page


# ---------------------------------------------------------------------------- a stdout that is not UTF-8


def _run_cp1252(*args: str):
    # Windows redirects stdout (`paritrana rank data.xlsx > hasil.txt`) in the locale's cp1252,
    # which has no "★" and no minus sign "−": the table crashed with a UnicodeEncodeError
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    return subprocess.run([sys.executable, "-m", "paritrana", *args], capture_output=True, env=env, check=False)


def test_the_table_into_a_cp1252_file_is_written_in_utf8():
    done = _run_cp1252("rank", SAMPLE, "--top", "1")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    text = done.stdout.decode("utf-8")
    assert "Paritrana Award — Pemerintah Kabupaten/Kota" in text and "★ 1 │ Ketapang" in text


def test_explain_into_a_cp1252_file_is_written_in_utf8():
    # Landak's growth is negative: −9,00 points, with the minus sign
    done = _run_cp1252("explain", SAMPLE, "Landak")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert "−9,00" in done.stdout.decode("utf-8")


def test_a_console_that_cannot_show_a_character_shows_a_replacement(monkeypatch):
    import io
    import sys

    from paritrana.cli.options import utf8_stdout

    class Console(io.TextIOWrapper):
        def isatty(self) -> bool:
            return True

    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", Console(raw, encoding="cp1252"))
    utf8_stdout()
    sys.stdout.write("★ 1 −9,00")
    sys.stdout.flush()
    assert raw.getvalue() == b"? 1 ?9,00"  # cp1252 as the console expects, nothing raised
