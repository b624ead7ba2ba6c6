"""``paritrana verify REPORT``: a fresh report verifies; an input edited by one cell, a weight
edited in the workbook, a score edited in the JSON each fail with their message; the audit
record is untrusted data (a malformed or altered one is an error, a command in it is never run,
inputs outside the folders given are not read) and nothing is written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import paritrana
from conftest import ROOT, SAMPLE_XLSX
from paritrana.cli.app import app

FINAL = ROOT / "criteria" / "paritrana-kabkota-final.yaml"
PANEL = ROOT / "sample_data" / "panel" / "kalbar-2025-juri.xlsx"


def cli(runner: Any, *args: Any) -> Any:
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def published(tmp_path, runner, monkeypatch) -> Path:
    """A folder as a secretariat has it: the data, and the reports made from it there."""
    folder = tmp_path / "hasil"
    folder.mkdir()
    shutil.copy(SAMPLE_XLSX, folder / "kalbar-2025.xlsx")
    monkeypatch.chdir(folder)
    for report in ("laporan.xlsx", "laporan.json"):
        assert cli(runner, "rank", "kalbar-2025.xlsx", "-o", report).exit_code == 0
    return folder


def edit_cell(path: Path, sheet: str, name: str, column: int, change: Any) -> None:
    """Change one cell with openpyxl (a program that keeps formulas but no computed values)."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    ws = book[sheet]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == name)
    ws.cell(row, column).value = change(ws.cell(row, column).value)
    book.save(path)


@pytest.mark.parametrize("report", ["laporan.xlsx", "laporan.json"])
def test_a_fresh_report_verifies(published, runner, report):
    result = cli(runner, "verify", report)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"cocok: {report} sesuai dengan hasil paritrana dari berkas masukan yang tercatat"
    assert "  • 14 peringkat dan skor dihitung ulang dengan opsi yang tercatat: sama" in lines
    assert "  • berkas kriteria: paritrana-kabkota.yaml, kriteria bawaan paritrana (SHA-256 sesuai catatan)" in lines
    assert f"  • berkas data dibaca dari lokasi yang tercatat {published / 'kalbar-2025.xlsx'}" in lines


def test_a_fresh_workbook_also_checks_its_weights(published, runner):
    # 1 aspect + 3 indicator weights + the 2 goalposts of cakupan
    lines = cli(runner, "verify", "laporan.xlsx").stdout.splitlines()
    assert "  • 6 bobot dan batas di buku kerja: sesuai yang diterbitkan" in lines


def test_an_input_edited_by_one_cell_fails(published, runner):
    # Sekadau's 2024 participants + 500: its coverage, growth and score change; the hash too.
    edit_cell(published / "kalbar-2025.xlsx", "2024", "Sekadau", 3, lambda v: v + 500)
    result = cli(runner, "verify", "laporan.json")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("tidak cocok: laporan.json berbeda di")
    assert any(line.startswith(f"  • berkas data berubah sejak laporan dibuat: {published / 'kalbar-2025.xlsx'} "
                               "(SHA-256 tercatat ") for line in lines)
    assert any(line.startswith("  • Sekadau: skor 39,369 di laporan, ") for line in lines)


def test_a_weight_edited_in_the_workbook_fails(published, runner):
    edit_cell(published / "laporan.xlsx", "Kriteria", "capaian", 3, lambda v: 50)
    result = cli(runner, "verify", "laporan.xlsx")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert "  • bobot diubah setelah diterbitkan: sel Kriteria!C7 (capaian) berisi 50, yang diterbitkan 40" in lines
    # openpyxl saved the formulas without their results: the ranking cannot be read either
    assert ("  • buku kerja tidak menyimpan hasil peringkat atau skor di 14 baris (misalnya Peringkat!A7, C7): "
            "berkas disimpan oleh program yang tidak menghitung rumus") in lines


def test_a_score_edited_in_the_json_fails(published, runner):
    data = json.loads((published / "laporan.json").read_text(encoding="utf-8"))
    data["results"][1]["score"] += 0.5  # Mempawah 41,924 → 42,424
    (published / "laporan.json").write_text(json.dumps(data), encoding="utf-8")
    result = cli(runner, "verify", "laporan.json", "--lang", "en")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[:3] == [
        "not verified: laporan.json does not match (differences: 1)",
        "Differences:",
        "  • Mempawah: score 42.424 in the report, 41.924 recomputed",
    ]


def test_a_rank_edited_in_the_json_fails(published, runner):
    data = json.loads((published / "laporan.json").read_text(encoding="utf-8"))
    data["results"][0]["rank"], data["results"][1]["rank"] = 2, 1
    (published / "laporan.json").write_text(json.dumps(data), encoding="utf-8")
    lines = cli(runner, "verify", "laporan.json").stdout.splitlines()
    assert "  • Ketapang: peringkat 2 di laporan, 1 bila dihitung ulang" in lines
    assert "  • Mempawah: peringkat 1 di laporan, 2 bila dihitung ulang" in lines


def test_verify_writes_nothing(published, runner):
    before = sorted((p.name, p.stat().st_mtime_ns) for p in published.iterdir())
    assert cli(runner, "verify", "laporan.xlsx").exit_code == 0
    assert sorted((p.name, p.stat().st_mtime_ns) for p in published.iterdir()) == before


# ---- where the inputs are found ----------------------------------------------------------------

def test_inputs_are_looked_for_only_in_the_folders_given(published, runner, tmp_path):
    sent = tmp_path / "kiriman"
    sent.mkdir()
    shutil.copy(SAMPLE_XLSX, sent / "kalbar-2025.xlsx")
    (published / "kalbar-2025.xlsx").unlink()  # not at the recorded path any more
    result = cli(runner, "verify", "laporan.xlsx", "--inputs", sent)
    assert result.exit_code == 0, result.output
    assert f"  • berkas data: {sent / 'kalbar-2025.xlsx'} (SHA-256 sesuai catatan)" in result.stdout.splitlines()
    assert "dibaca dari lokasi yang tercatat" not in result.stdout


def test_a_link_out_of_the_folder_given_is_not_followed(published, runner, tmp_path):
    sent = tmp_path / "kiriman"
    sent.mkdir()
    (sent / "kalbar-2025.xlsx").symlink_to(published / "kalbar-2025.xlsx")
    result = cli(runner, "verify", "laporan.xlsx", "--inputs", sent)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert (f'  • berkas data: {sent / "kalbar-2025.xlsx"} mengarah ke luar folder "{sent}" (sebuah tautan); '
            "berkas itu tidak dibaca") in lines
    assert "  • peringkat tidak dihitung ulang karena ada berkas masukan yang tidak ditemukan" in lines


def test_a_missing_input_says_where_it_was_looked_for(published, runner):
    (published / "kalbar-2025.xlsx").rename(published / "lain.xlsx")
    result = cli(runner, "verify", "laporan.json")
    assert result.exit_code == 1
    assert f"  • berkas data tidak ditemukan: kalbar-2025.xlsx (dicari di \"{published / 'kalbar-2025.xlsx'}\" dan " \
           '"kalbar-2025.xlsx"); berikan folder tempat berkas itu disimpan dengan `--inputs FOLDER`' \
        in result.stdout.splitlines()


def test_inputs_must_be_a_folder(published, runner):
    result = cli(runner, "verify", "laporan.json", "--inputs", "kalbar-2025.xlsx")
    assert result.exit_code == 1
    assert result.stderr.startswith("Kesalahan: kalbar-2025.xlsx: bukan folder; berikan folder")


# ---- an untrusted record -------------------------------------------------------------------------

def tamper(published: Path, change: Any) -> None:
    path = published / "laporan.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data["audit"])
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(("change", "problem"), [
    (lambda a: a["options"].update(year="2024; rm -rf ~"), "options.year"),
    (lambda a: a["options"].update(encoding="rot13"), "options.encoding 'rot13'"),
    (lambda a: a["options"].update(max_rows=-1), "options.max_rows"),
    (lambda a: a.update(shell="sh -c 'touch x'"), "audit: unknown 'shell'"),
    (lambda a: a["inputs"][0].update(sha256="not a hash"), "inputs.sha256"),
    (lambda a: a.pop("options"), "audit: missing options"),
    (lambda a: a.update(format=3), "format 3"),
    (lambda a: a["options"].update(top_per_group="2"), "options.top_per_group"),
    (lambda a: a["options"].update(history="yes"), "options.history"),
    (lambda a: a["options"].update(combined=1), "options.combined"),
    (lambda a: a["options"].pop("combined"), "options: missing combined"),
    (lambda a: a["inputs"][0].update(packaged=True), "inputs.packaged"),
    (lambda a: a["inputs"][0].update(role="juri"), "inputs.role 'juri'"),
    (lambda a: a["inputs"].append(dict(a["inputs"][-1])),
     "inputs: one data file or more, one criteria file, at most one baseline, conflicts and previous file"),
])
def test_a_malformed_record_is_a_clear_error(published, runner, change, problem):
    tamper(published, change)
    result = cli(runner, "verify", "laporan.json")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Kesalahan: laporan.json: catatan audit rusak atau telah diubah ({problem})")


def test_a_record_that_disagrees_with_its_report_is_an_error(published, runner):
    tamper(published, lambda a: a["inputs"][0].update(sha256="0" * 64))
    result = cli(runner, "verify", "laporan.json")
    assert result.exit_code == 1
    assert "catatan audit tidak sesuai dengan isi laporannya (data SHA-256)" in result.stderr


def test_the_recorded_command_line_is_never_run(published, runner, tmp_path):
    marker = tmp_path / "dijalankan"
    tamper(published, lambda a: a.update(command=["sh", "-c", f"touch {marker}"]))
    assert cli(runner, "verify", "laporan.json").exit_code == 0
    assert not marker.exists()


def test_a_report_without_a_record(published, runner):
    (published / "stdout.json").write_bytes(paritrana.run(SAMPLE_XLSX).to_json().encode())
    result = cli(runner, "verify", "stdout.json")
    assert result.exit_code == 1
    assert result.stderr.startswith("Kesalahan: stdout.json: laporan tidak memuat catatan audit; hanya laporan")


def test_not_a_report(published, runner):
    result = cli(runner, "verify", "kalbar-2025.xlsx")
    assert result.exit_code == 1
    assert "laporan tidak memuat catatan audit" in result.stderr


# ---- a staged report, the library, JSON output ---------------------------------------------------

def test_a_staged_report_with_the_jury_workbook_verifies(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for source in (SAMPLE_XLSX, FINAL, PANEL):
        shutil.copy(source, tmp_path / source.name)
    made = cli(runner, "rank", SAMPLE_XLSX.name, "-c", FINAL.name, "--panel", PANEL.name, "-o", "final.xlsx")
    assert made.exit_code == 0, made.output
    result = paritrana.verify("final.xlsx")
    assert result.verified, result.lines("en")
    lines = result.lines("id")
    assert f"  • berkas nilai juri: {tmp_path / PANEL.name} (SHA-256 sesuai catatan)" in lines
    # the aspect and indicator weights, the goalposts, the final 60/40 and 4 interview criteria
    assert "  • 12 bobot dan batas di buku kerja: sesuai yang diterbitkan" in lines


def test_verify_as_json(published, runner):
    result = cli(runner, "verify", "laporan.json", "--format", "json", "--lang", "en")
    data = json.loads(result.stdout)
    assert data["verified"] is True and data["differences"] == []
    assert "14 ranks and scores recomputed with the recorded options: the same" in data["checked"]


def test_a_large_report_verifies_and_a_score_edited_in_it_fails(tmp_path, monkeypatch):
    import openpyxl

    from paritrana.report.xlsx import large
    from test_report_xlsx import large_pool, write

    monkeypatch.setattr(large, "LARGE_REPORT_CANDIDATES", 10)  # the 62 candidates get the large report
    path = write(large_pool(tmp_path), tmp_path / "besar.xlsx")
    assert paritrana.verify(path).verified
    book = openpyxl.load_workbook(path)
    ws = book["Peringkat"]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == 1)
    name, score = ws.cell(row, 2).value, ws.cell(row, 4).value
    ws.cell(row, 4).value = score + 1  # a value, not a formula: the large report holds values
    book.save(path)
    result = paritrana.verify(path)
    assert not result.verified
    assert any(line.startswith(f"  • {name} (") and "bila dihitung ulang" in line for line in result.lines("id"))
