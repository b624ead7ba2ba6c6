"""Defects found by probing the commands other than ``rank``/``validate`` as a user would:
``verify``, ``sensitivity``, the usage errors and the help texts. One behaviour per test."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import SAMPLE_XLSX
from paritrana.cli.app import app


def cli(runner: Any, *args: Any) -> Any:
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def published(tmp_path, runner, monkeypatch) -> Path:
    """The sample data and a JSON report made from it, in the current folder."""
    shutil.copy(SAMPLE_XLSX, tmp_path / "kalbar-2025.xlsx")
    monkeypatch.chdir(tmp_path)
    assert cli(runner, "rank", "kalbar-2025.xlsx", "-o", "laporan.json").exit_code == 0
    return tmp_path


def edit_json(path: Path, change: Any) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


# ---- verify: what a JSON report states beside rank and score ------------------------------------

def test_verify_finds_an_edited_contribution(published, runner):
    # Ketapang leads on capaian: normalised 100 × global weight 0,4 = 40 points, edited to 10.
    # Rank and score are left as they were, so only the breakdown is wrong.
    edit_json(published / "laporan.json",
              lambda d: d["results"][0]["indicators"]["capaian"].update(contribution=10.0))
    result = cli(runner, "verify", "laporan.json")
    assert result.exit_code == 1
    assert "  • Ketapang: kontribusi `capaian` 10,000 di laporan, 40,000 bila dihitung ulang" in result.stdout


def test_verify_finds_an_edited_tie_flag(published, runner):
    edit_json(published / "laporan.json", lambda d: d["results"][0].update(tie=True))
    result = cli(runner, "verify", "laporan.json", "--lang", "en")
    assert result.exit_code == 1
    assert "  • Ketapang: tie `true` in the report, `false` recomputed" in result.stdout


def test_verify_finds_an_edited_aspect_score(published, runner):
    edit_json(published / "laporan.json", lambda d: d["results"][1]["aspects"].update(kinerja=99.0))
    result = cli(runner, "verify", "laporan.json")
    assert result.exit_code == 1
    assert "  • Mempawah: skor aspek `kinerja` 99,000 di laporan, " in result.stdout


def test_verify_names_an_empty_list_of_ineligible_candidates(published, runner):
    # The sample has no ineligible candidate; the edited report claims one.
    edit_json(published / "laporan.json",
              lambda d: d.update(ineligible=[{"id": "Melawi", "group": None, "reasons": ["pekerja > 0"]}]))
    result = cli(runner, "verify", "laporan.json")
    assert result.exit_code == 1
    assert ('  • kandidat yang tidak memenuhi syarat berbeda: "Melawi" di laporan, tidak ada bila dihitung ulang'
            in result.stdout)


# ---- verify: a file that is not a report --------------------------------------------------------

def test_verify_a_missing_report_says_so_in_indonesian(runner, tmp_path):
    result = cli(runner, "verify", "hasil/laporan.json")
    assert result.exit_code == 1
    assert result.stderr == ("Kesalahan: hasil/laporan.json: berkas tidak ditemukan; "
                             "periksa folder dan nama berkasnya\n")


def test_verify_a_csv_report_is_not_a_report(runner, tmp_path):
    # A CSV export has no audit record: it is "not a report", not a JSON parser's complaint.
    (tmp_path / "laporan.csv").write_text("\ufeffPeringkat;Nama;Skor\n1;Ketapang;90,41\n", encoding="utf-8")
    result = cli(runner, "verify", tmp_path / "laporan.csv")
    assert result.exit_code == 1
    assert "bukan laporan paritrana (buku kerja .xlsx atau berkas .json)" in result.stderr
    assert "Expecting value" not in result.stderr


def test_verify_a_broken_json_names_line_and_column(runner, tmp_path):
    (tmp_path / "laporan.json").write_text('{"results": [\n  {"rank": 1,\n', encoding="utf-8")
    result = cli(runner, "verify", tmp_path / "laporan.json")
    assert result.exit_code == 1
    assert "laporan tidak dapat dibaca: JSON-nya rusak di baris 3, kolom 1" in result.stderr


# ---- click's own usage errors in the output language (exit 2) ---------------------------------

@pytest.mark.parametrize(("args", "expected"), [
    (["rank"], "argumen `BERKAS` belum diberikan"),
    (["explain", "data.xlsx"], "argumen `NAMA` belum diberikan"),
    (["template"], "opsi `--output` wajib diberikan"),
    (["rank", "data.xlsx", "--forse"], "opsi `--forse` tidak dikenal; apakah yang dimaksud `--force` atau"),
    (["rnk", "data.xlsx"], "perintah `rnk` tidak dikenal; apakah yang dimaksud `rank`?"),
    (["rank", "data.xlsx", "--top", "0"], "nilai `--top` tidak sah: harus paling kecil 1"),
    (["rank", "data.xlsx", "--top", "lima"], "nilai `--top` tidak sah: harus bilangan bulat"),
    (["rank", "data.xlsx", "--top"], "opsi `--top` memerlukan nilai"),
    (["sensitivity", "data.xlsx", "--jitter", "0,25"], "nilai `--jitter` tidak sah: harus angka"),
    (["explain", "data.xlsx", "A", "B"], 'argumen berlebih: "B"'),
    (["rank", "data.xlsx", "--lang", "fr"], "nilai `--lang` tidak sah: harus salah satu dari `id` atau `en`"),
])
def test_click_usage_errors_are_in_indonesian(runner, args, expected):
    result = cli(runner, *args)
    assert result.exit_code == 2
    text = " ".join(line.strip("│ ") for line in result.stderr.splitlines())  # the error box, unwrapped
    assert expected in text
    for english in ("Missing", "No such", "Invalid value", "Input should", "Got unexpected", "requires an"):
        assert english not in result.stderr


def test_click_usage_errors_follow_lang_en(runner):
    result = cli(runner, "rank", "--lang", "en")
    assert result.exit_code == 2
    assert "missing argument `FILE`" in result.stderr


def test_the_jitter_placeholder_is_a_word_of_the_language(runner):
    result = cli(runner, "sensitivity", "--help")
    assert "<float>" not in result.stdout
    assert "PECAHAN" in result.stdout


# ---- the Excel report names the packaged criteria as a person reads them -----------------------

def test_the_report_heading_names_the_default_criteria_as_bawaan(runner, tmp_path):
    # GLOSSARY-id §3: "Kriteria: paritrana-kabkota.yaml (bawaan)", not the internal "packaged:…"
    import openpyxl

    out = tmp_path / "laporan.xlsx"
    assert cli(runner, "rank", SAMPLE_XLSX, "-o", out).exit_code == 0
    book = openpyxl.load_workbook(out)
    assert "Kriteria: paritrana-kabkota.yaml (bawaan) · " in book["Peringkat"]["A4"].value
    assert book["Kriteria"]["A2"].value.startswith("paritrana-kabkota.yaml (bawaan) · SHA-256 ")
