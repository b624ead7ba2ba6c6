"""Defects a probe of the jury's side found: a tie read as an order in ``sensitivity``, a
previous result of other criteria compared silently, report edits ``verify`` let through, the
Markdown sources line, and ``--format`` spelled as people type it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from conftest import SAMPLE_XLSX, make_workbook, write_criteria
from paritrana.cli import app

# ---- 1. sensitivity: candidates tied for a place share it -----------------------------------

CROSSED = """\
title: Seri silang
columns:
  wilayah: [Wilayah]
  p: [P]
  q: [Q]
indicators:
  p: {value: p, weight: 1, normalize: {method: target, min: 0, max: 100}}
  q: {value: q, weight: 1, normalize: {method: target, min: 0, max: 100}}
"""


def _crossed(tmp_path: Path) -> None:
    # A = ½·60 + ½·40 = 50 and B = ½·40 + ½·60 = 50: tied at 1= (no tiebreak); C 30, D 20.
    # With p's weight w: A = 40 + 20w, B = 60 − 20w; they meet only at w = 50%, and C (30)
    # stays below both of them (A ≥ 40 and B ≥ 40) at every w: nobody else reaches place 1.
    make_workbook(tmp_path, {"2024": [["Wilayah", "P", "Q"], ["A", 60, 40], ["B", 40, 60], ["C", 30, 30],
                                      ["D", 20, 20]]})
    write_criteria(tmp_path, CROSSED)


def _sensitivity_json(runner) -> dict:
    out = runner.invoke(app, ["sensitivity", "data.xlsx", "-c", "criteria.yaml", "--seed", "1", "--runs", "100",
                              "-f", "json"])
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout)["groups"][0]


def test_a_tie_for_first_is_not_broken_by_a_weight_change(tmp_path, runner):
    # A and B passing each other (at w = 50%) is no change of place 1: they hold it together
    # for every weight of p, 0–100%.
    _crossed(tmp_path)
    first = next(s for s in _sensitivity_json(runner)["stability"] if s["indicator"] == "p" and s["scope"] == "first")
    assert first["holders"] == ["A", "B"]
    assert (first["low"], first["high"], first["below"], first["above"]) == (0.0, 1.0, [], [])


def test_without_one_indicator_tied_candidates_swapping_is_no_change(tmp_path, runner):
    # Without p: A 40, B 60 → B first, A second; positions 1–2 still hold {A, B}: no change.
    _crossed(tmp_path)
    drop = next(d for d in _sensitivity_json(runner)["drop_one"] if d["indicator"] == "p")
    assert drop["podium"] == ["B", "A", "C"]
    assert drop["changed_places"] == []


def test_sensitivity_text_names_tied_candidates_as_tied(tmp_path, runner):
    _crossed(tmp_path)
    out = runner.invoke(app, ["sensitivity", "data.xlsx", "-c", "criteria.yaml", "--seed", "1", "--runs", "100"])
    assert out.exit_code == 0, out.output
    text = " ".join(out.output.split())
    assert "A dan B (seri) tetap di peringkat 1 berapa pun bobot p (0–100%; sekarang 50%)." in text
    assert "Peringkat 1 (seri: A dan B) tidak bergantung pada satu indikator pun." in text
    assert "Peringkat 1= Peringkat 1= Peringkat 3" in text  # the drop-one table's headers
    assert "Peringkat 2" not in text
    assert "melampaui A" not in text


def test_sensitivity_text_in_english_names_the_tie(tmp_path, runner):
    _crossed(tmp_path)
    out = runner.invoke(app, ["sensitivity", "data.xlsx", "-c", "criteria.yaml", "--seed", "1", "--runs", "100",
                              "--lang", "en"])
    assert out.exit_code == 0, out.output
    text = " ".join(out.output.split())
    assert "A and B (tied) stay first whatever the weight of p" in text
    assert "The top three (A and B tied at 1, then C) keep their places whatever the weight of p" in text


# ---- 2. rank --previous: a previous result of other criteria --------------------------------

ROUNDS = {"2023": [["Wilayah", "P", "Q"], ["A", 60, 40], ["B", 40, 60], ["C", 30, 30]],
          "2024": [["Wilayah", "P", "Q"], ["A", 62, 40], ["B", 40, 66], ["C", 35, 30]]}
WITH_R = CROSSED.replace("  q: [Q]\n", "  q: [Q]\n  r: [Q]\n") + \
    "  r: {value: r, weight: 1, normalize: {method: target, min: 0, max: 100}}\n"


def _previous(tmp_path: Path, runner, criteria: str) -> None:
    make_workbook(tmp_path, ROUNDS)
    write_criteria(tmp_path, CROSSED, name="lama.yaml")
    write_criteria(tmp_path, criteria)
    out = runner.invoke(app, ["rank", "data.xlsx", "-c", "lama.yaml", "--year", "2023", "-o", "hasil-2023.json"])
    assert out.exit_code == 0, out.output


def test_rank_previous_under_other_indicators_warns(tmp_path, runner):
    _previous(tmp_path, runner, WITH_R)
    out = runner.invoke(app, ["rank", "data.xlsx", "-c", "criteria.yaml", "--previous", "hasil-2023.json",
                              "-f", "json"])
    assert out.exit_code == 0, out.output
    warnings = json.loads(out.stdout)["warnings"]
    assert warnings == ["hasil-2023.json: hasil sebelumnya disusun dengan kriteria yang berbeda (indikator `r` "
                        "ditambahkan); peringkat dan skor juga berubah karena perbedaan itu, bukan hanya karena data"]


def test_rank_previous_under_other_weights_warns_in_english(tmp_path, runner):
    # p's weight 1 → 3: the same indicators, other weights.
    _previous(tmp_path, runner, CROSSED.replace("p: {value: p, weight: 1", "p: {value: p, weight: 3"))
    out = runner.invoke(app, ["rank", "data.xlsx", "-c", "criteria.yaml", "--previous", "hasil-2023.json",
                              "-f", "json", "--lang", "en"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.stdout)["warnings"] == [
        "hasil-2023.json: the previous result was ranked under other criteria (the weight of `p` changed); ranks "
        "and scores also move because of that, not only because of the data"]


def test_rank_previous_under_the_same_criteria_gives_no_warning(tmp_path, runner):
    _previous(tmp_path, runner, CROSSED.replace("title: Seri silang", "title: Judul lain"))  # wording only
    out = runner.invoke(app, ["rank", "data.xlsx", "-c", "criteria.yaml", "--previous", "hasil-2023.json",
                              "-f", "json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.stdout)["warnings"] == []


# ---- 3. verify: the title, the warnings and the workbook's years -----------------------------

@pytest.fixture
def report(tmp_path, runner) -> Path:
    shutil.copy(SAMPLE_XLSX, "kalbar.xlsx")
    out = runner.invoke(app, ["rank", "kalbar.xlsx", "-o", "hasil.json"])
    assert out.exit_code == 0, out.output
    return Path("hasil.json")


def _edit(path: Path, key: str, value: object) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    data[key] = value
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_verify_finds_an_edited_title(report, runner):
    _edit(report, "title", "Hasil Paritrana 2025 (final)")
    out = runner.invoke(app, ["verify", str(report)])
    assert out.exit_code == 1, out.output
    assert ('judul "Hasil Paritrana 2025 (final)" di laporan, "Paritrana Award — Pemerintah Kabupaten/Kota" '
            "menurut kriteria") in out.output


def test_verify_finds_edited_warnings(report, runner):
    stated = json.loads(report.read_text(encoding="utf-8"))["warnings"]
    assert len(stated) == 2  # the sample's two warnings, as recomputed
    _edit(report, "warnings", stated[:1])
    out = runner.invoke(app, ["verify", str(report)])
    assert out.exit_code == 1, out.output
    assert "daftar peringatan berbeda: 1 peringatan di laporan, 2 bila dihitung ulang" in out.output


def test_verify_finds_an_edited_year_on_the_audit_sheet(tmp_path, runner):
    shutil.copy(SAMPLE_XLSX, "kalbar.xlsx")
    out = runner.invoke(app, ["rank", "kalbar.xlsx", "-o", "hasil.xlsx"])
    assert out.exit_code == 0, out.output
    book = openpyxl.load_workbook("hasil.xlsx")
    for row in book["Audit"].iter_rows():
        if row[0].value == "Tahun yang dinilai":
            row[1].value = 2023  # the sample assesses 2024
    book.save("hasil.xlsx")
    out = runner.invoke(app, ["verify", "hasil.xlsx"])
    assert out.exit_code == 1, out.output
    assert "tahun yang dinilai 2023 di laporan, 2024 bila dihitung ulang" in out.output


# ---- 4. the Markdown sources line --------------------------------------------------------------

@pytest.mark.parametrize(("lang", "told"), [("id", "kriteria `paritrana-kabkota.yaml` (bawaan; SHA-256 `"),
                                             ("en", "criteria `paritrana-kabkota.yaml` (default; SHA-256 `")])
def test_markdown_sources_name_the_packaged_criteria_in_one_bracket(tmp_path, runner, lang, told):
    shutil.copy(SAMPLE_XLSX, "kalbar.xlsx")
    out = runner.invoke(app, ["rank", "kalbar.xlsx", "-f", "markdown", "--lang", lang])
    assert out.exit_code == 0, out.output
    last = out.stdout.strip().splitlines()[-1]
    assert told in last
    assert ") (" not in last


# ---- 5. --format as people type it -----------------------------------------------------------------

@pytest.mark.parametrize(("typed", "starts"), [("JSON", "{"), ("Markdown", "## "), ("md", "## "), ("MD", "## ")])
def test_rank_format_in_any_case_and_md(tmp_path, runner, typed, starts):
    shutil.copy(SAMPLE_XLSX, "kalbar.xlsx")
    out = runner.invoke(app, ["rank", "kalbar.xlsx", "-f", typed])
    assert out.exit_code == 0, out.output
    assert out.stdout.startswith(starts)


@pytest.mark.parametrize(("lang", "told"), [("id", "`md` sama dengan `markdown`"),
                                             ("en", "`md` is short for `markdown`")])
def test_rank_format_help_mentions_md(runner, lang, told):
    out = runner.invoke(app, ["rank", "--help", "--lang", lang], terminal_width=200)
    assert out.exit_code == 0, out.output
    assert told in " ".join(out.output.replace("│", " ").split())
