"""``paritrana rank`` through Typer's CliRunner: exit codes and output."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

import paritrana
from conftest import ROOT, SAMPLE_XLSX, Text, make_workbook, sha256, table, write_criteria
from paritrana.cli.app import app
from paritrana.errors import DataError, OutputError

SAMPLE = str(SAMPLE_XLSX)


def rank(runner, *args):
    return runner.invoke(app, ["rank", *map(str, args)])


# ---------------------------------------------------------------------------- table


def test_table_shows_names_and_indonesian_numbers(runner):
    result = rank(runner, SAMPLE)
    assert result.exit_code == 0, result.output
    for name in ("Ketapang", "Mempawah", "Sekadau", "Kota Pontianak"):
        assert name in result.stdout
    assert "90,41" in result.stdout and "90.41" not in result.stdout
    assert "Peringkat" in result.stdout or "Nama" in result.stdout
    assert result.stdout.index("Ketapang") < result.stdout.index("Mempawah") < result.stdout.index("Sekadau")


def test_lang_en_uses_english_numbers_and_labels(runner):
    result = rank(runner, SAMPLE, "--lang", "en")
    assert result.exit_code == 0
    assert "90.41" in result.stdout and "90,41" not in result.stdout
    assert "Name" in result.stdout and "Nama" not in result.stdout


def test_criteria_language_is_the_default_output_language(runner, tmp_path):
    text = (ROOT / "criteria" / "paritrana-kabkota.yaml").read_text(encoding="utf-8").replace("language: id", "language: en")
    criteria = write_criteria(tmp_path, text)
    result = rank(runner, SAMPLE, "--criteria", criteria)
    assert result.exit_code == 0
    assert "90.41" in result.stdout


def test_table_lists_warnings(runner):
    result = rank(runner, SAMPLE)
    assert '2024!A19: baris jumlah ("Jumlah") diabaikan' in result.stdout


def test_top_limits_the_rows(runner):
    result = rank(runner, SAMPLE, "--top", "3")
    assert result.exit_code == 0
    assert "Sekadau" in result.stdout and "Landak" not in result.stdout
    assert "menampilkan 3 dari 14 kandidat" in result.stdout


# ---------------------------------------------------------------------------- groups

GROUPED = """\
title: G
group_by: kategori
columns:
  wilayah: [Wilayah]
  kategori: [Kategori]
  a: [A]
indicators:
  ia: {value: a, weight: 1}
"""


@pytest.fixture
def grouped(tmp_path):
    rows = [["Wilayah", "Kategori", "A"], ["Ketapang", "Kabupaten", 10], ["Kota Pontianak", "Kota", 7],
            ["Landak", "Kabupaten", 4], ["Kota Singkawang", "Kota", 3]]
    return make_workbook(tmp_path, {"2024": rows}), write_criteria(tmp_path, GROUPED)


def test_group_shows_only_that_group(runner, grouped):
    data, criteria = grouped
    result = rank(runner, data, "-c", criteria, "--group", "kota")  # case-insensitive
    assert result.exit_code == 0, result.output
    assert "Kota Pontianak" in result.stdout and "Ketapang" not in result.stdout


def test_groups_are_ranked_separately_in_csv(runner, grouped):
    data, criteria = grouped
    rows = list(csv.DictReader(io.StringIO(rank(runner, data, "-c", criteria, "-f", "csv", "--lang", "en").stdout)))
    assert [(r["group"], r["rank"], r["id"]) for r in rows] == [
        ("Kabupaten", "1", "Ketapang"), ("Kabupaten", "2", "Landak"),
        ("Kota", "1", "Kota Pontianak"), ("Kota", "2", "Kota Singkawang"),
    ]


def test_unknown_group_suggests_the_closest(runner, grouped):
    data, criteria = grouped
    result = rank(runner, data, "-c", criteria, "--group", "Kabupatn")
    assert result.exit_code == 1
    assert 'kelompok "Kabupatn" tidak ada dalam hasil (`--group`); apakah yang dimaksud "Kabupaten"?' in result.stderr
    assert result.stdout == ""


def test_group_without_group_by_is_an_error(runner):
    result = rank(runner, SAMPLE, "--group", "Kota")
    assert result.exit_code == 1
    assert "`--group` memerlukan kriteria yang memakai `group_by`" in result.stderr


# ---------------------------------------------------------------------------- formats


def test_format_json_equals_the_library_result(runner):
    result = rank(runner, SAMPLE, "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == paritrana.run(SAMPLE).to_dict()


def test_format_json_stdout_is_clean_json(runner):
    # the warnings are inside the JSON, nothing else is on stdout
    data = json.loads(rank(runner, SAMPLE, "-f", "json").stdout)
    assert data["warnings"][0] == '2023!A19: baris jumlah ("Jumlah") diabaikan'


def test_format_csv_plain_is_for_programs(runner):
    result = rank(runner, SAMPLE, "--format", "csv", "--csv-dialect", "plain")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 14
    assert (rows[0]["rank"], rows[0]["id"], rows[0]["tie"]) == ("1", "Ketapang", "false")
    assert float(rows[0]["score"]) == paritrana.run(SAMPLE).results[0].score  # full precision
    assert rows[0]["capaian_raw"] == "122318.0"
    assert list(rows[0])[:6] == ["rank", "id", "group", "score", "tie", "aspect_kinerja"]
    assert list(rows[0])[-2:] == ["eligible", "reasons"]
    assert (rows[0]["eligible"], rows[0]["reasons"]) == ("true", "")


def test_format_csv_under_english_is_plain(runner):
    plain = rank(runner, SAMPLE, "-f", "csv", "--csv-dialect", "plain").stdout
    assert rank(runner, SAMPLE, "-f", "csv", "--lang", "en").stdout == plain


def test_format_csv_under_indonesian_is_for_a_spreadsheet(runner):
    result = rank(runner, SAMPLE, "--format", "csv")
    assert result.exit_code == 0
    data = result.stdout_bytes
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: Excel reads the names right
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Peringkat", "Nama", "Skor", "Seri"]  # no group column: the criteria have none
    assert rows[0][5:9] == ["Capaian peserta aktif: nilai mentah", "Capaian peserta aktif: nilai (0–100)",
                            "Capaian peserta aktif: bobot global", "Capaian peserta aktif: kontribusi (poin)"]
    assert rows[0][-2:] == ["Memenuhi syarat", "Syarat yang tidak dipenuhi"]
    score = paritrana.run(SAMPLE).results[0].score
    assert rows[1][:4] == ["1", "Ketapang", repr(score).replace(".", ","), "tidak"]  # full precision, decimal comma
    assert rows[1][5] == "122318"  # a count: no thousands separator, no ",0"
    assert rows[1][-2:] == ["ya", ""]


def test_csv_lists_the_ineligible_with_their_values(runner, tmp_path):
    # Gamma: peserta 130 > pekerja 100 fails "peserta <= pekerja"
    data = make_workbook(tmp_path, {"2023": table({"Alpha": (100, 50), "Beta": (100, 40), "Gamma": (100, 30)}),
                                    "2024": table({"Alpha": (100, 60), "Beta": (100, 45), "Gamma": (100, 130)})})
    excel = list(csv.reader(io.StringIO(rank(runner, data, "-f", "csv").stdout.lstrip("\ufeff")), delimiter=";"))
    assert [r[1] for r in excel[1:]] == ["Alpha", "Beta", "Gamma"]
    gamma = excel[-1]
    assert (gamma[0], gamma[2], gamma[-2], gamma[-1]) == ("", "", "tidak", "peserta 130 > pekerja 100")
    plain = list(csv.DictReader(io.StringIO(rank(runner, data, "-f", "csv", "--lang", "en").stdout)))
    assert (plain[-1]["id"], plain[-1]["rank"], plain[-1]["eligible"], plain[-1]["reasons"]) == (
        "Gamma", "", "false", "peserta 130 > pekerja 100")


def test_format_markdown(runner):
    result = rank(runner, SAMPLE, "--format", "markdown")
    assert result.exit_code == 0
    assert result.stdout.startswith("## Paritrana Award — Pemerintah Kabupaten/Kota\n")
    assert "| 1 | **Ketapang** | 90,41 |" in result.stdout
    assert "| 4 | Landak | 37,05 |" in result.stdout


def _named(tmp_path, name):
    base = table({name: (100, 40), "Landak": (100, 20)})
    now = table({name: (100, 50), "Landak": (100, 30)})
    return make_workbook(tmp_path, {"2023": base, "2024": now})


@pytest.mark.parametrize("name", ['=HYPERLINK("http://example.com","klik")', "+62 Landak", "@Sekadau", "-Melawi"])
def test_csv_guards_against_formula_injection(runner, tmp_path, name):
    data = _named(tmp_path, Text(name))
    result = rank(runner, data, "-f", "csv", "--csv-dialect", "plain")
    assert result.exit_code == 0, result.output
    ids = [r["id"] for r in csv.DictReader(io.StringIO(result.stdout))]
    assert "'" + name in ids and name not in ids
    excel = rank(runner, data, "-f", "csv", "--csv-dialect", "excel-id").stdout.lstrip("\ufeff")
    names = [r[1] for r in csv.reader(io.StringIO(excel), delimiter=";")]
    assert "'" + name in names and name not in names


def test_markdown_escapes_table_characters(runner, tmp_path):
    result = rank(runner, _named(tmp_path, "Kayong | Utara"), "-f", "markdown")
    assert "Kayong \\| Utara" in result.stdout


# ---------------------------------------------------------------------------- --output


@pytest.mark.parametrize(("suffix", "fmt"), [(".json", "json"), (".csv", "csv"), (".md", "markdown")])
def test_output_file_matches_the_stdout_format(runner, tmp_path, suffix, fmt):
    out = tmp_path / f"laporan{suffix}"
    result = rank(runner, SAMPLE, "--output", out)
    assert result.exit_code == 0, result.output
    saved = out.read_bytes()
    if fmt == "json":  # the file also carries the audit record, as its last key (for `paritrana verify`)
        saved, audit = saved.split(b',\n  "audit": ', 1)
        saved += b"\n}\n"
        assert json.loads(audit[:-3])["inputs"][0]["role"] == "data"
    assert saved == rank(runner, SAMPLE, "-f", fmt).stdout_bytes
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left behind
    assert result.stderr == f"Laporan disimpan: {out}\n"


def test_output_refuses_an_existing_file_without_force(runner, tmp_path):
    out = tmp_path / "laporan.json"
    out.write_text("keep me", encoding="utf-8")
    result = rank(runner, SAMPLE, "-o", out)
    assert result.exit_code == 1
    assert "laporan.json: berkas sudah ada; tambahkan `--force` untuk menimpanya" in result.stderr
    assert out.read_text(encoding="utf-8") == "keep me"


def test_output_force_replaces(runner, tmp_path):
    out = tmp_path / "laporan.json"
    out.write_text("old", encoding="utf-8")
    result = rank(runner, SAMPLE, "-o", out, "--force")
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["results"][0]["id"] == "Ketapang"


def test_output_never_overwrites_the_input(runner, tmp_path):
    data = tmp_path / "data.csv"
    data.write_bytes((ROOT / "sample_data" / "kalbar-2025.csv").read_bytes())
    before = sha256(data)
    result = rank(runner, data, "-o", data, "--force")
    assert result.exit_code == 1
    assert "data.csv: berkas ini adalah salah satu berkas masukan dan tidak akan ditimpa" in result.stderr
    assert sha256(data) == before


def test_output_unknown_extension(runner, tmp_path):
    result = rank(runner, SAMPLE, "-o", "laporan.pdf")
    assert result.exit_code == 1
    assert ("laporan.pdf: jenis laporan `.pdf` tidak dikenal; gunakan `.xlsx`, `.csv`, `.json`, atau `.md`"
            in result.stderr)
    assert rank(runner, SAMPLE, "-o", "laporan.pdf", "--lang", "en").stderr == (
        "Error: laporan.pdf: unknown report type `.pdf`; use `.xlsx`, `.csv`, `.json` or `.md`\n")


# ---------------------------------------------------------------------------- version, usage, errors


def test_version(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"paritrana {paritrana.__version__}"


def test_python_m_paritrana_version():
    done = subprocess.run([sys.executable, "-m", "paritrana", "--version"], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert done.returncode == 0
    assert done.stdout.strip() == f"paritrana {paritrana.__version__}"


@pytest.mark.parametrize("args", [["--format", "xml"], ["--top", "0"], ["--lang", "fr"], ["--no-such-option"]])
def test_usage_errors_exit_2(runner, args):
    assert rank(runner, SAMPLE, *args).exit_code == 2


def test_data_error_is_one_line_on_stderr(runner, tmp_path):
    result = rank(runner, "tidak-ada.xlsx")
    assert result.exit_code == 1
    assert result.stderr == "Kesalahan: tidak-ada.xlsx: berkas tidak ditemukan; periksa folder dan nama berkasnya\n"
    assert result.stdout == ""


def test_debug_lets_the_exception_through(runner, tmp_path):
    result = runner.invoke(app, ["rank", str(tmp_path / "tidak-ada.xlsx"), "--debug"])
    assert result.exit_code == 1
    assert isinstance(result.exception, DataError)


def test_debug_prints_a_traceback(tmp_path):
    done = subprocess.run([sys.executable, "-m", "paritrana", "--debug", "rank", str(tmp_path / "tidak-ada.xlsx")],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 1
    assert "Traceback" in done.stderr and "berkas tidak ditemukan" in done.stderr


def test_rank_help(runner):
    result = runner.invoke(app, ["rank", "--help"])
    assert result.exit_code == 0
    for option in ("--criteria", "--year", "--baseline", "--lang", "--top", "--group", "--format", "--output"):
        assert option in result.stdout


def test_top_applies_to_csv(runner):
    rows = list(csv.DictReader(io.StringIO(rank(runner, SAMPLE, "-f", "csv", "--top", "3", "--lang", "en").stdout)))
    assert [r["id"] for r in rows] == ["Ketapang", "Mempawah", "Sekadau"]


def test_top_applies_to_markdown(runner):
    out = rank(runner, SAMPLE, "-f", "markdown", "--top", "2").stdout
    assert "**Mempawah**" in out and "Sekadau" not in out


def test_table_marks_ties_for_the_jury(runner, tmp_path):
    data = make_workbook(tmp_path, {"2023": table({"Sanggau": (100, 40), "Landak": (100, 40)}),
                                    "2024": table({"Sanggau": (100, 50), "Landak": (100, 50)})})
    result = rank(runner, data)
    assert result.exit_code == 0
    assert "1=" in result.stdout
    assert "seri: skor dan indikator penentu sama persis; urutannya diputuskan tim juri" in result.stdout


def test_no_eligible_candidate(runner, tmp_path):
    # peserta above pekerja fails "peserta <= pekerja" for both
    data = make_workbook(tmp_path, {"2023": table({"Sanggau": (100, 40), "Landak": (100, 40)}),
                                    "2024": table({"Sanggau": (100, 150), "Landak": (100, 120)})})
    result = rank(runner, data)
    assert result.exit_code == 0
    assert "Tidak ada kandidat yang memenuhi syarat." in result.stdout
    assert "Sanggau: peserta 150 > pekerja 100" in result.stdout  # the rule turned round, with the values


def test_output_is_atomic_when_the_final_rename_fails(tmp_path, monkeypatch, sample_result):
    from paritrana.io import atomic
    from paritrana.report.formats import write_report

    out = tmp_path / "laporan.csv"
    out.write_text("old report", encoding="utf-8")

    def fail(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", fail)
    with pytest.raises(OutputError, match="laporan.csv: berkas tidak dapat disimpan di folder"):
        write_report(sample_result, out, lang="id", force=True)
    assert out.read_text(encoding="utf-8") == "old report"  # never half-written
    assert [p.name for p in tmp_path.iterdir()] == ["laporan.csv"]  # the temporary file is gone


def test_the_terminal_lists_at_most_30_warnings_and_says_how_many_are_hidden(tmp_path):
    # 35 unused columns in each of 2 sheets → 70 warnings; the screen shows 30, hides 40.
    from typer.testing import CliRunner

    from conftest import make_workbook
    from paritrana.cli.app import app

    header = ["Kabupaten/Kota", "Jumlah Pekerja", "Peserta Aktif", *[f"Catatan {i}" for i in range(35)]]
    rows = [header, ["A", 100, 10, *["x"] * 35], ["B", 100, 20, *["x"] * 35]]
    path = make_workbook(tmp_path, {"2023": rows, "2024": rows})
    out = CliRunner().invoke(app, ["rank", str(path)])
    assert out.exit_code == 0
    assert out.output.count("tidak dipakai oleh kriteria") == 30
    assert "… dan 40 lainnya" in out.output
