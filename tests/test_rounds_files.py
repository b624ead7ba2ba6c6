"""The national round: several files (or a folder) ranked together, each candidate keeping its
file; a name in two files is an error naming both; ``group_by: file``; ``--top-per-group``.

The files of most tests: one indicator ``v`` = ``x``, min–max normalised, weight 1.

    a.xlsx   A1 10, A2 20
    b.xlsx   B1 5, B2 40, B3 30
"""

from __future__ import annotations

import hashlib
import importlib.util
import json

import pytest

import paritrana
from conftest import ROOT, as_typed, make_workbook, sha256, write_criteria
from paritrana.cli.app import app
from paritrana.errors import DataErrors

CRITERIA = """\
title: Nasional
{group}columns:
  wilayah: [Wilayah]
  x: {{headers: [X]}}
indicators:
  v: {{value: x, weight: 1, normalize: minmax}}
"""


def sheet(values, header=("Wilayah", "X")):
    return [list(header), *[[k, *([v] if not isinstance(v, tuple) else v)] for k, v in values.items()]]


@pytest.fixture
def round_dir(tmp_path):
    folder = as_typed(tmp_path / "prov")  # as a user types it in the working folder
    folder.mkdir()
    make_workbook(folder, {"2024": sheet({"A1": 10, "A2": 20})}, name="a.xlsx")
    make_workbook(folder, {"2024": sheet({"B1": 5, "B2": 40, "B3": 30})}, name="b.xlsx")
    return folder


def criteria(tmp_path, group=""):
    return write_criteria(tmp_path, CRITERIA.format(group=group), name=f"k{len(group)}.yaml")


def test_several_files_rank_as_one_pool_each_keeping_its_file(round_dir, tmp_path):
    result = paritrana.run([round_dir / "a.xlsx", round_dir / "b.xlsx"], criteria=criteria(tmp_path))
    # one pool of five: min 5, max 40 → B2 100, B3 71,43, A2 42,86, A1 14,29, B1 0
    assert [(r.id, round(r.score, 2), r.extra["source"]) for r in result.results] == [
        ("B2", 100.0, str(round_dir / "b.xlsx")), ("B3", 71.43, str(round_dir / "b.xlsx")),
        ("A2", 42.86, str(round_dir / "a.xlsx")), ("A1", 14.29, str(round_dir / "a.xlsx")),
        ("B1", 0.0, str(round_dir / "b.xlsx"))]


def test_a_folder_is_the_files_in_it_by_name(round_dir, tmp_path):
    (round_dir / "~$a.xlsx").write_bytes(b"an Excel lock file")
    (round_dir / "catatan.txt").write_text("not data", encoding="utf-8")
    by_folder = paritrana.run(round_dir, criteria=criteria(tmp_path))
    by_files = paritrana.run([round_dir / "a.xlsx", round_dir / "b.xlsx"], criteria=criteria(tmp_path))
    assert by_folder.to_dict()["results"] == by_files.to_dict()["results"]


def test_the_json_lists_every_file_with_its_hash_and_hashes_the_set(round_dir, tmp_path):
    data = json.loads(paritrana.run(round_dir, criteria=criteria(tmp_path)).to_json())
    a, b = round_dir / "a.xlsx", round_dir / "b.xlsx"
    assert data["inputs"] == [{"path": str(a), "sha256": sha256(a), "candidates": 2},
                              {"path": str(b), "sha256": sha256(b), "candidates": 3}]
    manifest = f"{sha256(a)}  {a}\n{sha256(b)}  {b}\n"
    assert data["input"] == {"path": str(round_dir), "sha256": hashlib.sha256(manifest.encode()).hexdigest()}


def test_one_file_gives_the_json_it_always_gave(round_dir, tmp_path):
    data = paritrana.run(round_dir / "a.xlsx", criteria=criteria(tmp_path)).to_dict()
    assert "inputs" not in data and "source" not in data["results"][0]
    assert data["input"]["path"] == str(round_dir / "a.xlsx")


def test_a_name_in_two_files_is_an_error_naming_both_files(round_dir, tmp_path, runner):
    make_workbook(round_dir, {"2024": sheet({"C1": 7, "A2": 9})}, name="c.xlsx")
    result = runner.invoke(app, ["rank", str(round_dir), "-c", str(criteria(tmp_path))])
    assert result.exit_code == 1
    assert (f'c.xlsx › 2024!A3: "A2" ada di dua berkas: {round_dir / "a.xlsx"} (2024!A3) dan '
            f'{round_dir / "c.xlsx"} (2024!A3); setiap kandidat hanya boleh ada di satu berkas') in result.output


def test_files_of_different_years_are_an_error(round_dir, tmp_path):
    make_workbook(round_dir, {"2023": sheet({"C1": 7})}, name="c.xlsx")
    with pytest.raises(DataErrors) as caught:
        paritrana.run(round_dir, criteria=criteria(tmp_path))
    assert caught.value.render() == ("berkas masukan tidak menilai tahun yang sama: 2024 di prov/a.xlsx dan "
                                     "prov/b.xlsx; 2023 di prov/c.xlsx; samakan tahun di semua berkas, atau pilih "
                                     "tahun yang dinilai")


def test_an_error_in_one_file_names_that_file(round_dir, tmp_path):
    make_workbook(round_dir, {"2024": sheet({"C1": "12a"})}, name="c.xlsx")
    with pytest.raises(DataErrors) as caught:
        paritrana.run(round_dir, criteria=criteria(tmp_path))
    assert caught.value.render().startswith('prov/c.xlsx › 2024!B2: "12a" bukan angka')


def test_group_by_file_makes_each_file_a_group(round_dir, tmp_path, runner):
    result = paritrana.run(round_dir, criteria=criteria(tmp_path, "group_by: file\n"))
    assert [(r.id, r.group, r.rank) for r in result.results] == [
        ("A2", "a", 1), ("A1", "a", 2), ("B2", "b", 1), ("B3", "b", 2), ("B1", "b", 3)]
    shown = runner.invoke(app, ["rank", str(round_dir), "-c", str(criteria(tmp_path, "group_by: file\n")),
                                "--group", "b"])
    assert "B3" in shown.stdout and "A2" not in shown.stdout


def test_a_group_column_a_file_lacks_makes_that_file_the_group(round_dir, tmp_path):
    with_column = {"D1": ("Utara", 3), "D2": ("Selatan", 8)}
    make_workbook(round_dir, {"2024": sheet(with_column, header=("Wilayah", "Provinsi", "X"))}, name="d.xlsx")
    text = CRITERIA.format(group="group_by: provinsi\n").replace("  wilayah: [Wilayah]\n",
                                                                    "  wilayah: [Wilayah]\n  provinsi: [Provinsi]\n")
    result = paritrana.run(round_dir, criteria=write_criteria(tmp_path, text, name="prov.yaml"))
    assert {r.id: r.group for r in result.results} == {"A1": "a", "A2": "a", "B1": "b", "B2": "b", "B3": "b",
                                                       "D1": "Utara", "D2": "Selatan"}


def test_top_per_group_scores_each_groups_best_together(round_dir, tmp_path):
    result = paritrana.run(round_dir, criteria=criteria(tmp_path, "group_by: file\n"), top_per_group=1)
    # the first of each file: A2 20 and B2 40, normalised between themselves → B2 100, A2 0
    assert [(r.id, r.group, r.score, r.extra["shortlisted_from"]) for r in result.results] == [
        ("B2", None, 100.0, {"group": "b", "rank": 1}), ("A2", None, 0.0, {"group": "a", "rank": 1})]
    assert result.sections["shortlist"] == {"per_group": 1, "groups": {"a": 1, "b": 1}, "ranked": 5}


def test_top_per_group_two_on_the_command_line(round_dir, tmp_path, runner):
    out = runner.invoke(app, ["rank", str(round_dir), "-c", str(criteria(tmp_path, "group_by: file\n")),
                              "--top-per-group", "2", "-f", "csv", "--csv-dialect", "plain"]).stdout.splitlines()
    # A2 20, A1 10, B2 40, B3 30: min 10, max 40 → B2 100, B3 66,67, A2 33,33, A1 0
    assert [line.split(",")[:2] + line.split(",")[5:8] for line in out[1:]] == [
        ["1", "B2", "b", "1", str(round_dir / "b.xlsx")], ["2", "B3", "b", "2", str(round_dir / "b.xlsx")],
        ["3", "A2", "a", "1", str(round_dir / "a.xlsx")], ["4", "A1", "a", "2", str(round_dir / "a.xlsx")]]


def test_top_per_group_needs_groups(round_dir, tmp_path, runner):
    result = runner.invoke(app, ["rank", str(round_dir), "-c", str(criteria(tmp_path)), "--top-per-group", "1"])
    assert result.exit_code == 1 and "daftar nominasi dari setiap kelompok memerlukan kelompok" in result.output


def test_the_terminal_shows_the_file_of_each_candidate_in_one_pool(round_dir, tmp_path, runner):
    out = runner.invoke(app, ["rank", str(round_dir), "-c", str(criteria(tmp_path))]).stdout
    row = next(line for line in out.splitlines() if "│ B2 " in line)
    assert "Berkas" in out and [cell.strip() for cell in row.split("│")][4] == "b"  # the file, without .xlsx


def test_an_empty_folder_is_an_error(tmp_path, runner):
    (tmp_path / "kosong").mkdir()
    result = runner.invoke(app, ["rank", str(tmp_path / "kosong")])
    assert result.exit_code == 1
    assert "kosong: folder ini tidak berisi buku kerja atau berkas CSV" in result.output


def test_the_national_round_of_38_files_and_514_candidates(tmp_path):
    spec = importlib.util.spec_from_file_location("national", ROOT / "benchmarks" / "national.py")
    national = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(national)
    files = national.write_round(tmp_path / "nasional")
    result = paritrana.run(tmp_path / "nasional")
    assert len(files) == 38 and len(result.results) + len(result.ineligible) == 514
    assert len(result.sections["inputs"]) == 38 and sum(f["candidates"] for f in result.sections["inputs"]) == 514
