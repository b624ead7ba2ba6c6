"""``paritrana verify`` over every input and option a run has: the national round (several data
files ranked together, ``--top-per-group``), the final stage from a folder of returned jury
forms with a conflicts-of-interest sheet, the movement since a previous result, the ranking
history, and criteria packaged by name — and the format-1 records of earlier reports.

Each case: a fresh report (Excel and JSON) verifies; one of its inputs edited fails, naming the
input and the candidates whose score or rank moved, exit 1 through the command line.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from conftest import ROOT, make_workbook, sha256, write_criteria
from paritrana.cli.app import app
from paritrana.report.audit import parse_record
from test_panel_forms import CRITERIA as FORMS_CRITERIA
from test_panel_forms import DESK, fill
from test_rounds_movement import CRITERIA as MOVEMENT
from test_rounds_movement import LAST, NOW, sheet

REPORTS = ["laporan.xlsx", "laporan.json"]


def cli(runner: Any, *args: Any) -> Any:
    return runner.invoke(app, [str(a) for a in args])


def made(runner: Any, *args: Any) -> None:
    """Run ``paritrana rank`` with ``args`` once for each report (Excel and JSON)."""
    for report in REPORTS:
        result = cli(runner, "rank", *args, "-o", report)
        assert result.exit_code == 0, result.output


def verify_lines(runner: Any, report: str, *more: Any, verified: bool = True) -> list[str]:
    result = cli(runner, "verify", report, *more)
    assert result.exit_code == (0 if verified else 1), result.output
    return result.stdout.splitlines()


def audit_of(folder: Path) -> dict[str, Any]:
    return json.loads((folder / "laporan.json").read_text(encoding="utf-8"))["audit"]


def set_cell(path: Path, sheet: str, name: str, column: int, value: Any) -> None:
    """Type ``value`` into ``name``'s row, ``column`` (1-based), of ``sheet`` (one cell)."""
    book = openpyxl.load_workbook(path)
    ws = book[sheet]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == name)
    ws.cell(row, column).value = value
    book.save(path)


def changed_line(role: str, path: Path) -> str:
    return f"  • {role} berubah sejak laporan dibuat: {path} (SHA-256 tercatat "


# ---- the national round: two files ranked together, each file's first two -------------------------
#
#   prov/a.xlsx   A1 10, A2 20            group_by: file → groups "a" and "b"
#   prov/b.xlsx   B1 5, B2 40, B3 30      --top-per-group 2: A2 20, A1 10, B2 40, B3 30 scored together
#   min 10, max 40 → B2 100, B3 66,667, A2 33,333, A1 0

NATIONAL = """\
title: Nasional
group_by: file
columns:
  wilayah: [Wilayah]
  x: {headers: [X]}
indicators:
  v: {value: x, weight: 1, normalize: minmax}
"""


def two_files(folder: Path, a: Path, b: Path) -> None:
    make_workbook(a.parent, {"2024": [["Wilayah", "X"], ["A1", 10], ["A2", 20]]}, name=a.name)
    make_workbook(b.parent, {"2024": [["Wilayah", "X"], ["B1", 5], ["B2", 40], ["B3", 30]]}, name=b.name)


@pytest.fixture
def national(tmp_path, runner, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "prov").mkdir()
    two_files(tmp_path, tmp_path / "prov" / "a.xlsx", tmp_path / "prov" / "b.xlsx")
    write_criteria(tmp_path, NATIONAL, name="nasional.yaml")
    made(runner, "prov", "-c", "nasional.yaml", "--top-per-group", 2)
    return tmp_path


def test_the_record_of_a_national_round_lists_each_file_as_ranked_and_the_options(national):
    audit = audit_of(national)
    assert audit["format"] == 2
    assert [(i["role"], i["path"], i["sha256"]) for i in audit["inputs"]] == [
        ("data", "prov/a.xlsx", sha256(national / "prov" / "a.xlsx")),
        ("data", "prov/b.xlsx", sha256(national / "prov" / "b.xlsx")),
        ("criteria", "nasional.yaml", sha256(national / "nasional.yaml"))]
    assert audit["options"] | {"max_rows": 0} == {"year": 2024, "encoding": None, "max_uncompressed_mb": 1024,
                                                 "max_rows": 0, "max_columns": 1000, "top_per_group": 2,
                                                 "history": False, "combined": True}


def test_the_audit_sheet_lists_each_file_of_the_round_and_the_option(national):
    ws = openpyxl.load_workbook(national / "laporan.xlsx")["Audit"]
    rows = [tuple(ws.cell(r, c).value for c in range(1, 6)) for r in range(1, ws.max_row + 1)]
    header = rows.index(("Peran", "Lokasi berkas seperti ditulis", "Ukuran (bita)", "SHA-256", "Lokasi lengkap"))
    a, b = national / "prov" / "a.xlsx", national / "prov" / "b.xlsx"
    assert rows[header + 1:header + 3] == [("data", "prov/a.xlsx", a.stat().st_size, sha256(a), str(a)),
                                           ("data", "prov/b.xlsx", b.stat().st_size, sha256(b), str(b))]
    assert "top-per-group=2" in dict((row[0], row[1]) for row in rows)["Opsi"]


@pytest.mark.parametrize("report", REPORTS)
def test_a_national_round_verifies(national, runner, report):
    lines = verify_lines(runner, report)
    assert lines[0] == f"cocok: {report} sesuai dengan hasil paritrana dari berkas masukan yang tercatat"
    assert f"  • berkas data: {national / 'prov' / 'a.xlsx'} (SHA-256 sesuai catatan)" in lines
    assert f"  • berkas data: {national / 'prov' / 'b.xlsx'} (SHA-256 sesuai catatan)" in lines
    assert "  • 4 peringkat dan skor dihitung ulang dengan opsi yang tercatat: sama" in lines


@pytest.mark.parametrize("report", REPORTS)
def test_a_file_of_the_round_edited_by_one_cell_fails(national, runner, report):
    # A2 20 → 25: the pool is still 10–40, so A2 scores 100·(25 − 10)/30 = 50 instead of 33,333
    set_cell(national / "prov" / "a.xlsx", "2024", "A2", 2, 25)
    lines = verify_lines(runner, report, verified=False)
    assert lines[0].startswith(f"tidak cocok: {report} berbeda di ")
    assert any(line.startswith(changed_line("berkas data", national / "prov" / "a.xlsx")) for line in lines)
    assert "  • A2: skor 33,333 di laporan, 50,000 bila dihitung ulang" in lines
    assert f"  • berkas data: {national / 'prov' / 'b.xlsx'} (SHA-256 sesuai catatan)" in lines


def test_the_files_of_a_round_are_found_in_the_folder_given(national, runner, tmp_path):
    sent = tmp_path / "kiriman"
    shutil.copytree(national / "prov", sent)
    shutil.copy(national / "nasional.yaml", sent)
    shutil.rmtree(national / "prov")
    lines = verify_lines(runner, "laporan.json", "--inputs", sent)
    assert f"  • berkas data: {sent / 'a.xlsx'} (SHA-256 sesuai catatan)" in lines


def test_two_files_of_one_name_are_told_apart_by_their_hash(tmp_path, runner, monkeypatch):
    # x/prov.xlsx and y/prov.xlsx, sent back in two folders: both hold a "prov.xlsx"; each
    # recorded file takes the one whose SHA-256 is the recorded one.
    monkeypatch.chdir(tmp_path)
    for name in ("x", "y"):
        (tmp_path / name).mkdir()
    two_files(tmp_path, tmp_path / "x" / "prov.xlsx", tmp_path / "y" / "prov.xlsx")
    write_criteria(tmp_path, NATIONAL.replace("group_by: file\n", ""), name="nasional.yaml")
    assert cli(runner, "rank", "x/prov.xlsx", "y/prov.xlsx", "-c", "nasional.yaml", "-o", "laporan.json").exit_code == 0
    sent = tmp_path / "kiriman"
    for name in ("x", "y"):
        shutil.copytree(tmp_path / name, sent / name)
        shutil.rmtree(tmp_path / name)
    lines = verify_lines(runner, "laporan.json", "--inputs", sent / "x", "--inputs", sent / "y", "--inputs", tmp_path)
    assert f"  • berkas data: {sent / 'x' / 'prov.xlsx'} (SHA-256 sesuai catatan)" in lines
    assert f"  • berkas data: {sent / 'y' / 'prov.xlsx'} (SHA-256 sesuai catatan)" in lines


def test_a_record_that_leaves_out_a_file_of_the_round_disagrees_with_its_report(national, runner):
    path = national / "laporan.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["audit"]["inputs"][1]  # b.xlsx: the JSON's input hash is that of both files
    path.write_text(json.dumps(data), encoding="utf-8")
    result = cli(runner, "verify", "laporan.json")
    assert result.exit_code == 1
    assert "catatan audit tidak sesuai dengan isi laporannya (data SHA-256)" in result.stderr


def test_the_sample_national_round_by_packaged_criteria_verifies(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(ROOT / "sample_data" / "nasional", tmp_path / "nasional")
    made(runner, "nasional", "--criteria", "kabkota-nasional", "--top-per-group", 3)
    for report in REPORTS:
        lines = verify_lines(runner, report)
        assert ("  • berkas kriteria: paritrana-kabkota-nasional.yaml, kriteria bawaan paritrana (SHA-256 sesuai "
                "catatan)") in lines
        assert "  • 15 peringkat dan skor dihitung ulang dengan opsi yang tercatat: sama" in lines  # 5 provinces × 3


# ---- the final stage: a folder of returned forms and a conflicts sheet -----------------------------
#
# Desk X = 100, 90, 50, 0 → Alpha 100, Beta 90, Gamma 50, Delta 0; the first three are finalists.
# Panel = 0.75 a + 0.25 b (mean over the jurors who count); final = ½ desk + ½ panel.
# Conflicts: J3 – Gamma (asal, in the criteria) and J1 – Alpha (konflik.xlsx). Every score 70
# but J2 on Beta: 90 and 90.
#   Alpha (J2, J3, J4) 70 → 50 + 35 = 85
#   Beta  (J1–J4) a = b = (70 + 90 + 70 + 70)/4 = 75 → 45 + 37,5 = 82,5
#   Gamma (J1, J2, J4) 70 → 25 + 35 = 60

@pytest.fixture
def jury(tmp_path, runner, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    make_workbook(tmp_path, {"2024": [["Wilayah", "X"], *[[k, v] for k, v in DESK.items()]]}, name="desk.xlsx")
    write_criteria(tmp_path, FORMS_CRITERIA, name="final.yaml")
    conflicts_sheet(tmp_path, [["J1", "Alpha"]])
    out = cli(runner, "template", "--panel", "desk.xlsx", "-c", "final.yaml", "-o", "formulir",
              "--conflicts", "konflik.xlsx")
    assert out.exit_code == 0, out.output
    skip = {"01": "Alpha", "03": "Gamma"}  # the greyed-out cells stay empty
    for path in sorted((tmp_path / "formulir").iterdir()):
        scores = {c: (70, 70) for c in ("Alpha", "Beta", "Gamma") if skip.get(path.name[:2]) != c}
        if path.name.startswith("02"):
            scores["Beta"] = (90, 90)
        fill(path, scores)
    made(runner, "desk.xlsx", "-c", "final.yaml", "--panel", "formulir", "--conflicts", "konflik.xlsx")
    return tmp_path


def conflicts_sheet(folder: Path, rows: list[list[str]]) -> Path:
    return make_workbook(folder, {"Konflik": [["Juri", "Wilayah"], *rows]}, name="konflik.xlsx")


def test_the_record_lists_each_form_read_and_the_conflicts_sheet(jury):
    assert [(i["role"], i["path"]) for i in audit_of(jury)["inputs"]] == [
        ("data", "desk.xlsx"), ("criteria", "final.yaml"), ("panel", "formulir/01-j1.xlsx"),
        ("panel", "formulir/02-j2.xlsx"), ("panel", "formulir/03-j3.xlsx"), ("panel", "formulir/04-j4.xlsx"),
        ("conflicts", "konflik.xlsx")]
    assert audit_of(jury)["inputs"][-1]["sha256"] == sha256(jury / "konflik.xlsx")


@pytest.mark.parametrize(("lang", "words"), [
    ("id", ["data", "kriteria", "nilai juri", "nilai juri", "nilai juri", "nilai juri", "konflik kepentingan"]),
    ("en", ["data", "criteria", "jury scores", "jury scores", "jury scores", "jury scores", "conflicts of interest"]),
])
def test_the_audit_sheet_names_each_role_in_the_reports_language(jury, runner, lang, words):
    args = ["rank", "desk.xlsx", "-c", "final.yaml", "--panel", "formulir", "--conflicts", "konflik.xlsx"]
    assert cli(runner, *args, "-o", f"{lang}.xlsx", "--lang", lang).exit_code == 0
    ws = openpyxl.load_workbook(jury / f"{lang}.xlsx")["Audit"]
    column_d = [ws.cell(r, 4).value for r in range(1, ws.max_row + 1)]
    header = column_d.index("SHA-256") + 1  # the header row of the inputs table
    assert [ws.cell(header + 1 + k, 1).value for k in range(8)] == [*words, None]


@pytest.mark.parametrize("report", REPORTS)
def test_a_staged_run_from_forms_and_a_conflicts_sheet_verifies(jury, runner, report):
    lines = verify_lines(runner, report)
    for form in ("01-j1", "02-j2", "03-j3", "04-j4"):
        assert f"  • berkas nilai juri: {jury / 'formulir' / form}.xlsx (SHA-256 sesuai catatan)" in lines
    assert f"  • berkas konflik kepentingan: {jury / 'konflik.xlsx'} (SHA-256 sesuai catatan)" in lines
    assert "  • 4 peringkat dan skor dihitung ulang dengan opsi yang tercatat: sama" in lines


@pytest.mark.parametrize("report", REPORTS)
def test_a_jury_form_cell_edited_fails(jury, runner, report):
    # J2 on Beta's `a`: 90 → 30. Beta a = (70 + 30 + 70 + 70)/4 = 60, b = 75 →
    # panel 0,75 × 60 + 0,25 × 75 = 63,75 → final 45 + 31,875 = 76,875
    fill(jury / "formulir" / "02-j2.xlsx", {"Beta": (30, 90)})
    lines = verify_lines(runner, report, verified=False)
    assert any(line.startswith(changed_line("berkas nilai juri", jury / "formulir" / "02-j2.xlsx")) for line in lines)
    assert "  • Beta: skor 82,500 di laporan, 76,875 bila dihitung ulang" in lines
    assert f"  • berkas nilai juri: {jury / 'formulir' / '01-j1.xlsx'} (SHA-256 sesuai catatan)" in lines


@pytest.mark.parametrize("report", REPORTS)
def test_the_conflicts_sheet_edited_fails(jury, runner, report):
    # J2 – Beta declared too: J2's 90s no longer count, Beta's panel score is 70 → final 45 + 35 = 80
    conflicts_sheet(jury, [["J1", "Alpha"], ["J2", "Beta"]])
    lines = verify_lines(runner, report, verified=False)
    assert any(line.startswith(changed_line("berkas konflik kepentingan", jury / "konflik.xlsx")) for line in lines)
    assert "  • Beta: skor 82,500 di laporan, 80,000 bila dihitung ulang" in lines


def test_a_missing_form_is_named_and_nothing_is_recomputed(jury, runner):
    (jury / "formulir" / "04-j4.xlsx").unlink()
    lines = verify_lines(runner, "laporan.json", verified=False)
    assert any(line.startswith("  • berkas nilai juri tidak ditemukan: formulir/04-j4.xlsx") for line in lines)
    assert "  • peringkat tidak dihitung ulang karena ada berkas masukan yang tidak ditemukan" in lines


# ---- the movement since a previous result -----------------------------------------------------------
#
#   last year   A 10, B 20, C 30   → ranks C 1, B 2, A 3
#   this year   A 25, B 20, C 40   → ranks C 1, A 2, B 3
#   (the criteria and figures of tests/test_rounds_movement.py)


@pytest.fixture
def moved(tmp_path, runner, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write_criteria(tmp_path, MOVEMENT, name="uji.yaml")
    make_workbook(tmp_path, {"2023": sheet(LAST)}, name="lalu.xlsx")
    make_workbook(tmp_path, {"2024": sheet(NOW)}, name="kini.xlsx")
    assert cli(runner, "rank", "lalu.xlsx", "-c", "uji.yaml", "-o", "hasil-2023.json").exit_code == 0
    made(runner, "kini.xlsx", "-c", "uji.yaml", "--previous", "hasil-2023.json")
    return tmp_path


def test_the_record_lists_the_previous_result(moved):
    assert [(i["role"], i["path"]) for i in audit_of(moved)["inputs"]] == [
        ("data", "kini.xlsx"), ("criteria", "uji.yaml"), ("previous", "hasil-2023.json")]


@pytest.mark.parametrize("report", REPORTS)
def test_a_run_with_a_previous_result_verifies(moved, runner, report):
    lines = verify_lines(runner, report)
    assert f"  • berkas hasil sebelumnya: {moved / 'hasil-2023.json'} (SHA-256 sesuai catatan)" in lines


def test_the_json_reports_movement_is_compared(moved, runner):
    lines = verify_lines(runner, "laporan.json")
    assert "  • 3 peringkat sebelumnya (perubahan peringkat dari hasil sebelumnya): sama" in lines


@pytest.mark.parametrize("report", REPORTS)
def test_the_previous_result_edited_fails(moved, runner, report):
    path = moved / "hasil-2023.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    ranks = {item["id"]: item for item in data["results"]}
    ranks["A"]["rank"], ranks["C"]["rank"] = 1, 3  # last year's first and third swapped
    path.write_text(json.dumps(data), encoding="utf-8")
    lines = verify_lines(runner, report, verified=False)
    assert any(line.startswith(changed_line("berkas hasil sebelumnya", path)) for line in lines)
    if report.endswith(".json"):  # the JSON shows each candidate's previous rank
        assert "  • A: peringkat sebelumnya 3 di laporan, 1 bila dihitung ulang" in lines
        assert "  • C: peringkat sebelumnya 1 di laporan, 3 bila dihitung ulang" in lines


def test_a_previous_rank_edited_in_the_json_fails(moved, runner):
    path = moved / "laporan.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["results"][1]["previous_rank"] = 1  # A: was 3rd last year
    path.write_text(json.dumps(data), encoding="utf-8")
    lines = verify_lines(runner, "laporan.json", "--lang", "en", verified=False)
    assert lines[:3] == ["not verified: laporan.json does not match (differences: 1)", "Differences:",
                         "  • A: previous rank 1 in the report, 3 recomputed"]


# ---- the ranking history ------------------------------------------------------------------------------

@pytest.fixture
def history(tmp_path, runner, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "sample_data" / "riwayat" / "kalbar-2022-2024.xlsx", tmp_path / "riwayat.xlsx")
    made(runner, "riwayat.xlsx", "--history")
    return tmp_path


@pytest.mark.parametrize("report", REPORTS)
def test_a_run_with_its_history_verifies(history, runner, report):
    assert audit_of(history)["options"]["history"] is True
    lines = verify_lines(runner, report)
    if report.endswith(".json"):  # 2023 against 2022 and 2024 against 2023
        assert "  • 2 tahun riwayat peringkat dihitung ulang: sama" in lines


def test_a_score_edited_in_the_history_fails(history, runner):
    path = history / "laporan.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    first = data["history"][0]["results"][0]
    first["score"] += 1
    path.write_text(json.dumps(data), encoding="utf-8")
    lines = verify_lines(runner, "laporan.json", verified=False)
    assert f"  • riwayat peringkat 2023: peringkat atau skor {first['id']} berbeda bila dihitung ulang" in lines


# ---- criteria packaged by name --------------------------------------------------------------------------

def test_a_report_of_packaged_criteria_other_than_the_default_verifies(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "sample_data" / "kategori" / "provinsi-2025.xlsx", tmp_path / "provinsi-2025.xlsx")
    made(runner, "provinsi-2025.xlsx", "--criteria", "provinsi")
    # a file in the working folder named like the packaged criteria is never read in their place
    (tmp_path / "packaged:paritrana-provinsi.yaml").write_text("title: palsu\n", encoding="utf-8")
    for report in REPORTS:
        lines = verify_lines(runner, report)
        assert "  • berkas kriteria: paritrana-provinsi.yaml, kriteria bawaan paritrana (SHA-256 sesuai catatan)" \
               in lines


# ---- format 1: the records of earlier reports ----------------------------------------------------------

def as_format_1(audit: dict[str, Any]) -> dict[str, Any]:
    """A format-2 record of one data file as the earlier version wrote it."""
    options = {k: v for k, v in audit["options"].items() if k not in ("top_per_group", "history", "combined")}
    return {**audit, "format": 1, "options": options}


@pytest.fixture
def earlier(tmp_path, runner, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "sample_data" / "kalbar-2025.xlsx", tmp_path / "kalbar-2025.xlsx")
    assert cli(runner, "rank", "kalbar-2025.xlsx", "-o", "laporan.json").exit_code == 0
    path = tmp_path / "laporan.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["audit"] = as_format_1(data["audit"])
    path.write_text(json.dumps(data), encoding="utf-8")
    return tmp_path


def test_a_format_1_record_still_parses(earlier):
    data = json.loads((earlier / "laporan.json").read_text(encoding="utf-8"))["audit"]
    record = parse_record(data, "laporan.json")
    assert record.format == 1 and record.options.top_per_group is None and not record.options.combined
    assert record.to_dict() == data  # read back in its own format


def test_a_report_with_a_format_1_record_still_verifies(earlier, runner):
    lines = verify_lines(runner, "laporan.json")
    assert "  • 14 peringkat dan skor dihitung ulang dengan opsi yang tercatat: sama" in lines


@pytest.mark.parametrize(("change", "problem"), [
    (lambda a: a["inputs"].append({**a["inputs"][0], "role": "previous"}), "inputs.role 'previous'"),
    (lambda a: a["inputs"].append(dict(a["inputs"][0])), "inputs: one data file and one criteria file, each role once"),
    (lambda a: a["options"].update(history=False), "options: unknown 'history'"),
])
def test_a_format_1_record_is_as_strict_as_before(earlier, runner, change, problem):
    path = earlier / "laporan.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data["audit"])
    path.write_text(json.dumps(data), encoding="utf-8")
    result = cli(runner, "verify", "laporan.json")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Kesalahan: laporan.json: catatan audit rusak atau telah diubah ({problem})")
