"""Rounds in the Excel report (issue 16): the movement since a previous result, status bands and
their counts, several input files and the shortlist of each group's first, and the history.

One indicator ``v`` = ``x``, min–max normalised, weight 1, so a score is 100·(x − min)/(max − min):

    last year (2023)   A 10, B 20, C 30         → A 0, B 50, C 100          ranks C 1, B 2, A 3
    this year (2024)   A 25, B 20, C 40, D 5    → A 57,14, B 42,86, C 100, D 0   ranks C 1, A 2, B 3, D 4
    movement           C =, A ▲ 1, B ▼ 1, D baru (not ranked last year)
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

import paritrana
from conftest import make_workbook, sha256, write_criteria
from test_report_xlsx import check_every_formula, find_row, header_map, open_both, write
from test_rounds_bands import BANDED, VALUES

CRITERIA = """\
title: Uji
{group}columns:
  wilayah: [Wilayah]
  x: {{headers: [X]}}
indicators:
  v: {{value: x, weight: 1, normalize: minmax}}
"""
BAND_VALUES = VALUES  # every cut-off, just below it, and the ends
GROWTH = CRITERIA.format(group="").replace("value: x,", "value: x - previous(x),")
YEARS = {"2022": {"A": 10, "B": 10, "C": 10}, "2023": {"A": 20, "B": 15, "C": 10}, "2024": {"A": 22, "B": 25, "C": 16}}
HEADER = 6  # the Ranking sheet's header row (1-based)
MOVEMENT_FORMAT = '"▲ "0;"▼ "0;"="'


def sheet(values: dict[str, Any]) -> list[list[Any]]:
    return [["Wilayah", "X"], *[[k, v] for k, v in values.items()]]


def ranking(ws: Any) -> dict[str, dict[str, Any]]:
    """name → {column title: value} of the Ranking sheet."""
    cols = header_map(ws, HEADER)
    out = {}
    for r in range(HEADER + 1, ws.max_row + 1):
        name = ws.cell(r, 2).value
        if ws.cell(r, 1).value is None or not isinstance(name, str):
            break
        out[name] = {title: ws.cell(r, c).value for title, c in cols.items()} | {"_row": r}
    return out


# ---- movement since a previous result --------------------------------------------------------------


@pytest.fixture(scope="module")
def moved(tmp_path_factory) -> tuple[Any, Any, Any, Path]:
    """(the run, the report's formulas, its stored values, the previous result)."""
    tmp = tmp_path_factory.mktemp("previous")
    criteria = write_criteria(tmp, CRITERIA.format(group=""))
    last = make_workbook(tmp, {"2023": sheet({"A": 10, "B": 20, "C": 30})}, name="lalu.xlsx")
    previous = tmp / "hasil-2023.json"
    previous.write_text(paritrana.run(last, criteria=criteria).to_json(), encoding="utf-8")
    now = make_workbook(tmp, {"2024": sheet({"A": 25, "B": 20, "C": 40, "D": 5})}, name="kini.xlsx")
    run = paritrana.evaluate(now, criteria=criteria, previous=previous)
    formulas, stored = open_both(write(run, tmp / "r.xlsx"))
    return run, formulas, stored, previous


def test_the_movement_and_previous_columns_follow_the_score(moved):
    _, _, stored, _ = moved
    titles = [stored["Peringkat"].cell(HEADER, c).value for c in range(1, 8)]
    assert titles == ["Peringkat", "Nama", "Skor", "Perubahan", "Peringkat sebelumnya", "Skor sebelumnya", "v"]


def test_the_movement_is_previous_rank_minus_rank_shown_with_arrows(moved):
    _, formulas, stored, _ = moved
    rows = ranking(stored["Peringkat"])
    # C 1 → 1, A 3 → 2, B 2 → 3
    assert {n: rows[n]["Perubahan"] for n in "CAB"} == {"C": 0, "A": 1, "B": -1}
    a = rows["A"]["_row"]
    assert formulas["Peringkat"].cell(a, 4).value == f"=E{a}-A{a}"
    assert stored["Peringkat"].cell(a, 4).number_format == MOVEMENT_FORMAT


def test_a_candidate_not_ranked_before_is_new_with_no_previous_rank_or_score(moved):
    _, _, stored, _ = moved
    d = ranking(stored["Peringkat"])["D"]
    assert (d["Perubahan"], d["Peringkat sebelumnya"], d["Skor sebelumnya"]) == ("baru", None, None)


def test_the_previous_rank_and_score_are_last_years_values(moved):
    _, formulas, stored, _ = moved
    rows = ranking(stored["Peringkat"])
    assert {n: (rows[n]["Peringkat sebelumnya"], rows[n]["Skor sebelumnya"]) for n in "ABC"} == {
        "A": (3, 0), "B": (2, 50), "C": (1, 100)}
    assert formulas["Peringkat"].cell(rows["A"]["_row"], 5).value == 3  # a value, not a formula


def test_the_legend_is_under_the_table(moved):
    _, _, stored, _ = moved
    lines = [c.value for c in stored["Peringkat"]["A"] if isinstance(c.value, str)]
    assert ("Perubahan peringkat sejak hasil-2023.json (tahun yang dinilai 2023): ▲ naik, ▼ turun, = tetap; "
            "sebelumnya: peringkat (skor)") in lines


def test_the_audit_names_the_previous_result_and_its_hash(moved):
    _, _, stored, previous = moved
    ws = stored["Audit"]
    row = find_row(ws, 1, "Hasil sebelumnya (perubahan peringkat)")
    assert [(ws.cell(r, 1).value, ws.cell(r, 2).value) for r in range(row + 1, row + 5)] == [
        ("Berkas", str(previous)), ("SHA-256", sha256(previous)), ("Judul", "Uji"), ("Tahun yang dinilai", 2023)]
    assert ws.cell(row + 4, 2).number_format == "0"  # a year: 2023, not 2.023


def test_every_formula_with_movement_computes_its_stored_value(moved):
    _, formulas, stored, _ = moved
    assert check_every_formula(formulas, stored) > 0


def test_the_movement_in_english(moved, tmp_path):
    run = moved[0]
    ws = open_both(write(run, tmp_path / "en.xlsx", "en"))[1]["Ranking"]
    assert [ws.cell(HEADER, c).value for c in (4, 5, 6)] == ["Change", "Previous rank", "Previous score"]
    assert ranking(ws)["D"]["Change"] == "new"


# ---- status bands ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def banded(tmp_path_factory) -> tuple[Any, Any, Any]:
    tmp = tmp_path_factory.mktemp("bands")
    criteria = write_criteria(tmp, BANDED)
    data = make_workbook(tmp, {"2024": sheet(BAND_VALUES)})
    run = paritrana.evaluate(data, criteria=criteria)
    formulas, stored = open_both(write(run, tmp / "r.xlsx"))
    return run, formulas, stored


def test_a_column_per_band_with_the_class_at_its_cut_offs(banded):
    _, _, stored, = banded
    rows = ranking(stored["Peringkat"])
    # the target method on 0–100 makes the score the value itself; a cut-off belongs to the upper class
    assert {n: rows[n]["Predikat cakupan"] for n in BAND_VALUES} == {
        "A": "rendah", "B": "rendah", "C": "sedang", "D": "sedang", "E": "tinggi", "F": "tinggi",
        "G": "sangat tinggi", "H": "sangat tinggi"}
    assert {n: rows[n]["Predikat skor"] for n in "DE"} == {"D": "kurang", "E": "baik"}


def test_a_band_is_a_formula_over_the_raw_value_or_the_score(banded):
    _, formulas, stored = banded
    rows = ranking(stored["Peringkat"])
    c = rows["C"]["_row"]
    cols = header_map(stored["Peringkat"], HEADER)
    coverage = formulas["Peringkat"].cell(c, cols["Predikat cakupan"]).value
    # C is 6th by score: its raw value on the Breakdown sheet is in E10 (column E, rows from 5 by rank)
    raw = "'Rincian'!$E$10"
    assert coverage == (f'=IF(ISNUMBER({raw}),IF({raw}>=70,"sangat tinggi",IF({raw}>=50,"tinggi",'
                        f'IF({raw}>=30,"sedang","rendah"))),"–")')
    assert stored["Rincian"]["E10"].value == 30 and stored["Rincian"]["B10"].value == "C"
    assert formulas["Peringkat"].cell(c, cols["Predikat skor"]).value == f'=IF(ISNUMBER(C{c}),IF(C{c}>=50,"baik","kurang"),"–")'


def test_the_counts_per_class_are_formulas_on_the_criteria_sheet(banded):
    _, formulas, stored = banded
    ws = stored["Kriteria"]
    header = find_row(ws, 1, "Kelas", start=find_row(ws, 1, "Predikat"))
    assert ws.cell(header - 1, 1).value == "Predikat cakupan (dari nilai mentah `cakupan`)"
    assert [[ws.cell(r, c).value for c in (1, 2, 3)] for r in range(header + 1, header + 5)] == [
        ["rendah", "di bawah 30", 2], ["sedang", "30 sampai di bawah 50", 2], ["tinggi", "50 sampai di bawah 70", 2],
        ["sangat tinggi", "70 ke atas", 2]]
    assert formulas["Kriteria"].cell(header + 1, 3).value == "=COUNTIF('Peringkat'!$D$7:$D$14,\"=rendah\")"
    score = find_row(ws, 1, "Predikat skor (dari skor)")
    assert [[ws.cell(r, c).value for c in (1, 3)] for r in (score + 2, score + 3)] == [["kurang", 4], ["baik", 4]]


def test_every_formula_with_bands_computes_its_stored_value(banded):
    _, formulas, stored = banded
    assert check_every_formula(formulas, stored) > 0


def test_bands_in_english(banded, tmp_path):
    ws = open_both(write(banded[0], tmp_path / "en.xlsx", "en"))[1]["Ranking"]
    rows = ranking(ws)
    assert (rows["C"]["Coverage band"], rows["H"]["Coverage band"]) == ("medium", "very high")


def test_bands_counted_per_group(tmp_path):
    grouped = BANDED.replace("columns:\n  wilayah: [Wilayah]\n", "group_by: zona\ncolumns:\n  wilayah: [Wilayah]\n"
                             "  zona: [Zona]\n")
    rows = [["Wilayah", "Zona", "X"], ["A", "Barat", 10], ["B", "Barat", 60], ["C", "Timur", 40], ["D", "Timur", 80]]
    run = paritrana.evaluate(make_workbook(tmp_path, {"2024": rows}), criteria=write_criteria(tmp_path, grouped))
    formulas, stored = open_both(write(run, tmp_path / "r.xlsx"))
    ws = stored["Kriteria"]
    header = find_row(ws, 1, "Kelas", start=find_row(ws, 1, "Predikat"))
    assert [ws.cell(header, c).value for c in range(1, 6)] == ["Kelas", "Rentang nilai", "Jumlah kandidat", "Barat",
                                                               "Timur"]
    # rendah: A (10) in Barat; sedang: C (40) in Timur; tinggi: B (60) in Barat; sangat tinggi: D (80) in Timur
    assert [[ws.cell(r, c).value for c in (3, 4, 5)] for r in range(header + 1, header + 5)] == [
        [1, 1, 0], [1, 0, 1], [1, 1, 0], [1, 0, 1]]
    check_every_formula(formulas, stored)


# ---- several files ------------------------------------------------------------------------------


@pytest.fixture
def two_files(tmp_path) -> Path:
    folder = tmp_path / "prov"
    folder.mkdir()
    make_workbook(folder, {"2024": sheet({"A1": 10, "A2": 20})}, name="a.xlsx")
    make_workbook(folder, {"2024": sheet({"B1": 5, "B2": 40, "B3": 30})}, name="b.xlsx")
    return folder


def test_several_files_give_a_file_column(two_files, tmp_path):
    run = paritrana.evaluate(two_files, criteria=write_criteria(tmp_path, CRITERIA.format(group="")))
    rows = ranking(open_both(write(run, tmp_path / "r.xlsx"))[1]["Peringkat"])
    # one pool of five: B2 100, B3 71,43, A2 42,86, A1 14,29, B1 0
    assert [(n, rows[n]["Berkas"]) for n in rows] == [("B2", "b.xlsx"), ("B3", "b.xlsx"), ("A2", "a.xlsx"),
                                                      ("A1", "a.xlsx"), ("B1", "b.xlsx")]


def test_the_data_sheet_names_each_rows_file_and_sheet(two_files, tmp_path):
    run = paritrana.evaluate(two_files, criteria=write_criteria(tmp_path, CRITERIA.format(group="")))
    ws = open_both(write(run, tmp_path / "r.xlsx"))[1]["Data"]
    cols = header_map(ws, 4)
    sheets = {ws.cell(r, 2).value: ws.cell(r, cols["Lembar sumber"]).value for r in range(5, 10)}
    assert sheets == {"A1": "a.xlsx › 2024", "A2": "a.xlsx › 2024", "B1": "b.xlsx › 2024", "B2": "b.xlsx › 2024",
                      "B3": "b.xlsx › 2024"}


def test_the_audit_lists_every_file_once_with_its_hash_and_its_candidates(two_files, tmp_path):
    run = paritrana.evaluate(two_files, criteria=write_criteria(tmp_path, CRITERIA.format(group="")))
    ws = open_both(write(run, tmp_path / "r.xlsx"))[1]["Audit"]
    a = two_files / "a.xlsx"
    # the input table: one row per file, with its SHA-256
    assert [c.value for c in ws["D"] if c.value == sha256(a)] == [sha256(a)]
    row = find_row(ws, 1, "Berkas data yang digabung")
    assert [(ws.cell(r, 1).value, ws.cell(r, 2).value) for r in range(row + 1, row + 4)] == [
        ("Berkas", "Kandidat (baris tahun yang dinilai)"), ("a.xlsx", 2), ("b.xlsx", 3)]


def test_a_shortlist_of_each_files_first_shows_where_each_came_from(two_files, tmp_path):
    criteria = write_criteria(tmp_path, CRITERIA.format(group="group_by: file\n"))
    run = paritrana.evaluate(two_files, criteria=criteria, top_per_group=1)
    formulas, stored = open_both(write(run, tmp_path / "r.xlsx"))
    rows = ranking(stored["Peringkat"])
    # the first of each file, scored together: min 20 (A2), max 40 (B2)
    assert {n: (r["Peringkat"], r["Skor"], r["Kelompok asal"], r["Peringkat di kelompok asal"])
            for n, r in rows.items()} == {"B2": (1, 100, "b", 1), "A2": (2, 0, "a", 1)}
    assert "Berkas" not in header_map(stored["Peringkat"], HEADER)  # the group it came from is its file
    lines = [c.value for c in stored["Peringkat"]["A"] if isinstance(c.value, str)]
    assert ("Daftar nominasi: 1 teratas dari setiap kelompok (2 kelompok, dari 5 kandidat yang diperingkat), "
            "dinilai dan diperingkat bersama") in lines
    check_every_formula(formulas, stored)


# ---- the history --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def history(tmp_path_factory) -> tuple[Any, Path]:
    """(the stored workbook, its path)."""
    tmp = tmp_path_factory.mktemp("history")
    data = make_workbook(tmp, {y: sheet(rows) for y, rows in YEARS.items()})
    run = paritrana.evaluate(data, criteria=write_criteria(tmp, GROWTH), history=True)
    path = write(run, tmp / "r.xlsx")
    return open_both(path)[1], path


def test_the_history_sheet_follows_the_ranking(history):
    assert history[0].sheetnames[:2] == ["Peringkat", "Riwayat"]


def test_the_history_holds_rank_and_score_per_year_in_the_rankings_order(history):
    ws = history[0]["Riwayat"]
    # g = x − previous(x): 2023 A 10, B 5, C 0 → A 100, B 50, C 0; 2024 A 2, B 10, C 6 → A 0, B 100, C 50
    assert [ws.cell(5, c).value for c in (2, 4)] == ["Peringkat", "Skor"]
    assert [[ws.cell(r, c).value for c in range(1, 6)] for r in range(6, 10)] == [
        ["Nama", "2023", "2024", "2023", "2024"], ["B", 2, 1, 50, 100], ["C", 3, 2, 0, 50], ["A", 1, 3, 100, 0]]
    assert "2023 terhadap 2022 dan 2024 terhadap 2023" in ws["A2"].value


def test_a_line_chart_per_podium_candidate_rank_1_at_the_top(history):
    _, path = history
    with zipfile.ZipFile(path) as z:
        charts = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")]
    lines = [c for c in charts if "<c:lineChart>" in c]
    # the three of 2024's podium, each its own row of ranks (B row 7, C row 8, A row 9)
    assert sorted(re.search(r"<c:val><c:numRef><c:f>(.*?)</c:f>", c).group(1) for c in lines) == [
        "Riwayat!$B$7:$C$7", "Riwayat!$B$8:$C$8", "Riwayat!$B$9:$C$9"]
    assert all('<c:orientation val="maxMin"/>' in c for c in lines)


def test_without_history_there_is_no_history_sheet(moved):
    assert "Riwayat" not in moved[2].sheetnames


# ---- the large report writes the same columns as values --------------------------------------------


def test_the_large_report_has_the_movement_bands_and_history_as_values(moved, monkeypatch, tmp_path):
    from paritrana.report.xlsx import large as xlsx_large

    monkeypatch.setattr(xlsx_large, "LARGE_REPORT_CANDIDATES", 1)
    run = moved[0]
    stored = open_both(write(run, tmp_path / "large.xlsx"))[1]
    ws = stored["Peringkat"]
    header = find_row(ws, 1, "Peringkat")
    cols = header_map(ws, header)
    rows = {ws.cell(r, 2).value: ws.cell(r, cols["Perubahan"]).value for r in range(header + 1, header + 5)}
    assert rows == {"C": "=", "A": "▲ 1", "B": "▼ 1", "D": "baru"}
