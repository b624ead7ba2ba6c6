"""The audit record (paritrana.report.audit): what the Excel report's Audit sheet and a JSON report
saved with ``-o`` record — the tool and its build, the libraries, the command line, the working
folder, every input with its path as given, absolute path, size and SHA-256, the options the
ranking ran with and the sensitivity settings — and its strict reading back."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE_XLSX, sha256
from paritrana.cli.app import app
from paritrana.report.audit import AuditRecord, build_identity, git_commit, parse_record

FINAL = ROOT / "criteria" / "paritrana-kabkota-final.yaml"
PANEL = ROOT / "sample_data" / "panel" / "kalbar-2025-juri.xlsx"


@pytest.fixture
def staged_folder(tmp_path, monkeypatch) -> Path:
    for source in (SAMPLE_XLSX, FINAL, PANEL):
        shutil.copy(source, tmp_path / source.name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_json_report_records_every_input_the_tool_and_the_options(staged_folder, runner):
    args = ["rank", SAMPLE_XLSX.name, "-c", FINAL.name, "--panel", PANEL.name, "-o", "hasil.json", "--max-rows", "5000"]
    assert runner.invoke(app, args).exit_code == 0
    audit = json.loads((staged_folder / "hasil.json").read_text(encoding="utf-8"))["audit"]
    inputs = {i["role"]: i for i in audit["inputs"]}
    assert set(inputs) == {"data", "criteria", "panel"}
    data = inputs["data"]
    assert (data["path"], data["absolute"]) == (SAMPLE_XLSX.name, str(staged_folder / SAMPLE_XLSX.name))
    assert (data["size"], data["sha256"]) == (SAMPLE_XLSX.stat().st_size, sha256(SAMPLE_XLSX))
    assert inputs["panel"]["sha256"] == sha256(PANEL)
    assert audit["working_folder"] == str(staged_folder)
    assert audit["command"] == sys.argv  # the command line as the program received it (here: pytest's)
    assert audit["options"] == {"year": 2024, "encoding": None, "max_uncompressed_mb": 1024, "max_rows": 5000,
                                "max_columns": 1000, "top_per_group": None, "history": False, "combined": False}
    assert audit["format"] == 2
    assert set(audit["tool"]["libraries"]) >= {"pandas", "numpy", "xlsxwriter", "python-calamine"}
    assert audit["tool"]["build"].startswith(("git ", "dist "))


def test_the_audit_sheet_lists_the_inputs_build_folder_and_sensitivity(staged_folder, runner):
    import openpyxl

    args = ["rank", SAMPLE_XLSX.name, "-c", FINAL.name, "--panel", PANEL.name, "-o", "hasil.xlsx", "--sensitivity"]
    assert runner.invoke(app, args).exit_code == 0
    ws = openpyxl.load_workbook(staged_folder / "hasil.xlsx", data_only=True)["Audit"]
    rows = [tuple(ws.cell(r, c).value for c in range(1, 6)) for r in range(1, ws.max_row + 1)]
    facts = {row[0]: row[1] for row in rows}
    assert facts["Folder kerja"] == str(staged_folder)
    assert facts["Versi build"].startswith(("git ", "dist "))
    assert facts["Pustaka"].startswith("pandas ") and "python-calamine " in facts["Pustaka"]
    assert facts["Analisis sensitivitas"] == "10.000 simulasi, angka acak awal 0, bobot ±25%"
    # one row per input: role, path as given, size, SHA-256, absolute path
    header = rows.index(("Peran", "Lokasi berkas seperti ditulis", "Ukuran (bita)", "SHA-256", "Lokasi lengkap"))
    assert rows[header + 1:header + 4] == [
        ("data", SAMPLE_XLSX.name, SAMPLE_XLSX.stat().st_size, sha256(SAMPLE_XLSX), str(staged_folder / SAMPLE_XLSX.name)),
        ("kriteria", FINAL.name, FINAL.stat().st_size, sha256(FINAL), str(staged_folder / FINAL.name)),
        ("nilai juri", PANEL.name, PANEL.stat().st_size, sha256(PANEL), str(staged_folder / PANEL.name))]
    assert facts["Bobot"] == "bobot sesuai yang diterbitkan"


def test_the_record_reads_back_as_written(staged_folder, runner):
    assert runner.invoke(app, ["rank", SAMPLE_XLSX.name, "-o", "hasil.json"]).exit_code == 0
    data = json.loads((staged_folder / "hasil.json").read_text(encoding="utf-8"))["audit"]
    record = parse_record(data, "hasil.json")
    assert isinstance(record, AuditRecord) and record.to_dict() == data
    assert record.input("criteria").packaged  # the packaged default criteria


# ---- the build identity --------------------------------------------------------------------------

def fake_git(root: Path, head: str, refs: dict[str, str], packed: str = "") -> None:
    git = root / ".git"
    git.mkdir(parents=True)
    (git / "HEAD").write_text(head + "\n")
    for ref, commit in refs.items():
        (git / ref).parent.mkdir(parents=True, exist_ok=True)
        (git / ref).write_text(commit + "\n")
    if packed:
        (git / "packed-refs").write_text(packed)


def test_the_commit_of_a_branch(tmp_path):
    fake_git(tmp_path, "ref: refs/heads/main", {"refs/heads/main": "a" * 40})
    assert git_commit(tmp_path) == "a" * 40


def test_the_commit_of_a_packed_branch(tmp_path):
    fake_git(tmp_path, "ref: refs/heads/main", {}, f"# pack-refs\n{'b' * 40} refs/heads/main\n")
    assert git_commit(tmp_path) == "b" * 40


def test_the_commit_of_a_worktree(tmp_path):
    # A worktree's .git is a file naming its folder in the main clone, whose refs it shares.
    main = tmp_path / "main"
    fake_git(main, "ref: refs/heads/main", {"refs/heads/audit": "c" * 40})
    wt_git = main / ".git" / "worktrees" / "audit"
    wt_git.mkdir(parents=True)
    (wt_git / "HEAD").write_text("ref: refs/heads/audit\n")
    (wt_git / "commondir").write_text("../..\n")
    (tmp_path / "wt").mkdir()
    (tmp_path / "wt" / ".git").write_text(f"gitdir: {wt_git}\n")
    assert git_commit(tmp_path / "wt") == "c" * 40


def test_no_clone_no_commit(tmp_path):
    assert git_commit(tmp_path) is None


def test_an_installed_paritrana_names_its_distribution(monkeypatch):
    from paritrana.report import audit

    monkeypatch.setattr(audit, "git_commit", lambda root: None)
    assert build_identity() == "dist 0.1.0"
