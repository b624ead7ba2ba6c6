"""``paritrana criteria show|check|init``: the weight tree at 80 columns, a strict check that
lists every problem, and an editable commented copy that ranks like the default."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from rich.console import Console

import paritrana
from conftest import ROOT, SAMPLE_XLSX, write_criteria
from paritrana.cli.app import app
from paritrana.io.criteria_file import load_criteria
from paritrana.report.criteria_tree import check_criteria, lint, render_criteria, weight_tree

CRITERIA_FILES = sorted((ROOT / "criteria").glob("*.yaml"))


def _shown(path=None, lang="id", width=80) -> str:
    console = Console(width=width, record=True, color_system=None)
    loaded = load_criteria(path)
    render_criteria(loaded, console, lang)
    return console.export_text()


# ---- show --------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [None, *CRITERIA_FILES], ids=["default", *[p.name for p in CRITERIA_FILES]])
def test_show_fits_80_columns(path):
    lines = _shown(path).splitlines()
    assert max(len(line) for line in lines) <= 80, max(lines, key=len)


def test_show_gives_relative_and_global_weights():
    text = _shown()
    assert "kinerja 100% — Kinerja kepesertaan" in text
    assert "capaian 40% (global 40,0%) — Capaian peserta aktif" in text
    assert "pertumbuhan 30% (global 30,0%)" in text


def test_show_multiplies_aspect_and_indicator_shares():
    # penerapan is 30 of 20+30+50; anggaran 30 of 30+30+20+20: 0.3 × 0.3 = 9%.
    text = _shown(ROOT / "criteria" / "paritrana-pemda-lengkap.yaml")
    assert "penerapan 30% — Penerapan dan inisiatif" in text
    assert "anggaran 30% (global 9,0%)" in text


def test_weight_tree_shares_add_up(tmp_path):
    path = write_criteria(tmp_path, """
        title: T
        aspects:
          a: {weight: 2, indicators: {x: {value: p, weight: 1}, y: {value: q, weight: 3}}}
          b: {weight: 1, indicators: {z: {value: r, weight: 5}}}
    """)
    tree = weight_tree(load_criteria(path).criteria)
    assert [(a.id, round(a.share, 6)) for a in tree] == [("a", 0.666667), ("b", 0.333333)]
    assert [(i.id, round(i.share, 6), round(i.global_weight, 6)) for a in tree for i in a.indicators] == [
        ("x", 0.25, 0.166667), ("y", 0.75, 0.5), ("z", 1.0, 0.333333)]


def test_show_names_methods_directions_and_missing_policies(tmp_path):
    path = write_criteria(tmp_path, """
        title: T
        aggregation: geometric
        indicators:
          a: {value: p, weight: 1, normalize: {method: minmax, range: [1, 100]}, better: lower}
          b: {value: q, weight: 1, normalize: {method: target, min: 10, max: 90}, missing: zero}
        tiebreak: [b]
    """)
    text = _shown(path, width=120)
    assert "minmax, rentang 1–100 · makin rendah makin baik · data kosong: dianggap kesalahan" in text
    assert "target 10–90 · makin tinggi makin baik · data kosong: dianggap 0" in text
    assert "Agregasi: rata-rata geometrik tertimbang" in text
    assert "Penentu urutan bila skor sama: b" in text


def test_show_lists_eligibility_and_tiebreak():
    text = _shown()
    assert "• pekerja > 0" in text and "• peserta <= pekerja" in text
    assert "Penentu urutan bila skor sama: pertumbuhan → capaian" in text


def test_show_gives_the_plausible_change_of_a_percentage_in_percentage_points():
    assert "Batas perubahan wajar per tahun: cakupan ±25 poin persentase" in _shown()
    assert "Largest plausible yearly change: cakupan ±25 percentage points" in _shown(lang="en")


def test_show_names_the_packaged_default_and_the_accepted_headers():
    text = _shown()
    assert "paritrana-kabkota.yaml (bawaan)" in text
    assert "Kolom nama kandidat: wilayah" in text
    assert 'pekerja "Jumlah Pekerja", "Pekerja"' in text


def test_show_in_english():
    text = _shown(lang="en")
    assert text.startswith("Paritrana Award — Regency and City Governments\n")
    assert "kinerja 100% — Membership performance" in text
    assert "cakupan 30% (global 30.0%) — Coverage (%)" in text
    assert "value: cakupan - previous(cakupan) [percentage points]" in text
    assert "minmax · higher is better · missing: error" in text
    assert "Eligibility rules" in text


def test_show_labels_in_indonesian_by_default():
    text = _shown()
    assert "cakupan 30% (global 30,0%) — Cakupan kepesertaan (%)" in text
    assert "pertumbuhan 30% (global 30,0%) — Kenaikan cakupan (poin persentase)" in text
    assert "nilai: peserta [orang]" in text


def test_show_cli_follows_lang(runner):
    result = runner.invoke(app, ["criteria", "show", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "capaian 40% (global 40.0%) — Active participants" in result.stdout


def test_show_cli_follows_paritrana_lang(runner, monkeypatch):
    monkeypatch.setenv("PARITRANA_LANG", "en")
    result = runner.invoke(app, ["criteria", "show"])
    assert "— Active participants" in result.stdout


def test_show_cli_follows_the_criteria_language(runner, tmp_path):
    path = write_criteria(tmp_path, """
        title: {id: Uji, en: Test}
        language: en
        indicators:
          a: {value: p, weight: 1, label: {id: Capaian, en: Achievement}}
    """)
    result = runner.invoke(app, ["criteria", "show", str(path)])
    assert result.stdout.startswith("Test\n")
    assert "a (global 100.0%) — Achievement" in result.stdout


def test_show_cli(runner):
    result = runner.invoke(app, ["criteria", "show", str(ROOT / "criteria" / "paritrana-kabkota.yaml")])
    assert result.exit_code == 0, result.output
    assert "capaian 40% (global 40,0%)" in result.stdout


PROBE = """
import json, sys
from typer.testing import CliRunner
from paritrana.cli.app import app
result = CliRunner().invoke(app, {args!r})
print(json.dumps({{"exit": result.exit_code,
                   "heavy": [m for m in ("pandas", "numpy", "openpyxl") if m in sys.modules]}}))
"""


@pytest.mark.parametrize("args", [["criteria", "show"], ["criteria", "check"]], ids=["show", "check"])
def test_show_and_check_import_no_heavy_library(args):
    out = subprocess.run([sys.executable, "-c", PROBE.format(args=args)], capture_output=True, text=True,
                         check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {"exit": 0, "heavy": []}


# ---- check -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", CRITERIA_FILES, ids=[p.name for p in CRITERIA_FILES])
def test_every_criteria_file_checks_clean(path):
    assert check_criteria(path).warnings == []


def test_check_cli_says_ok(runner):
    result = runner.invoke(app, ["criteria", "check", str(ROOT / "criteria" / "paritrana-kabkota.yaml")])
    assert result.exit_code == 0
    assert result.stdout == "OK: " + str(ROOT / "criteria" / "paritrana-kabkota.yaml") + " (1 aspek, 3 indikator)\n"


def test_check_cli_says_ok_in_english_with_singular_and_plural(runner):
    result = runner.invoke(app, ["criteria", "check", "--lang", "en"])
    assert result.exit_code == 0
    assert result.stdout == "OK: paritrana-kabkota.yaml (default) (1 aspect, 3 indicators)\n"


BAD = """
    title: Bad
    columns:
      peserta: [Peserta]
    aspects:
      kinerja:
        weight: 0
        indicators:
          capaian: {value: peserta +, weight: 40, normalise: minmax}
          cakupan: {value: 100 * peserta / pekerja, weight: -3}
    tiebreak: [capaianx]
"""


def test_check_lists_every_problem_with_its_line(runner, tmp_path):
    path = write_criteria(tmp_path, BAD, name="bad.yaml")
    result = runner.invoke(app, ["criteria", "check", str(path)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "Kesalahan: bad.yaml: 6 masalah:",
        "  aspects.kinerja.weight: harus lebih besar dari 0 (tertulis 0) (baris 6)",
        "  aspects.kinerja.indicators.capaian.normalise: kunci `normalise` tidak dikenal; apakah yang dimaksud "
        "`normalize`? (baris 8)",
        "  aspects.kinerja.indicators.capaian.value: ekspresi `peserta +` tidak valid: ekspresi berakhir sebelum "
        "lengkap (baris 8)",
        "  aspects.kinerja.indicators.cakupan.weight: harus lebih besar dari 0 (tertulis −3) (baris 9)",
        "  aspects.kinerja.indicators.cakupan.value: `pekerja` bukan kolom yang dideklarasikan di `columns:` "
        "maupun nilai turunan; apakah yang dimaksud `peserta`? (baris 9)",
        "  tiebreak.0: `capaianx` bukan indikator; apakah yang dimaksud `capaian`? (baris 10)",
    ]


def test_check_lists_every_problem_in_english_with_lang(runner, tmp_path):
    path = write_criteria(tmp_path, BAD, name="bad.yaml")
    result = runner.invoke(app, ["criteria", "check", str(path), "--lang", "en"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == "Error: bad.yaml: 6 problems:"
    assert lines[1] == "  aspects.kinerja.weight: must be greater than 0 (got 0) (line 6)"


def test_check_reports_a_cycle(runner, tmp_path):
    path = write_criteria(tmp_path, """
        title: T
        derived: {a: b + 1, b: a + 1}
        indicators: {x: {value: a, weight: 1}}
    """)
    result = runner.invoke(app, ["criteria", "check", str(path)])
    assert result.exit_code == 1
    assert "derived.a: nilai turunan saling merujuk secara melingkar: `a → b → a` (baris 2)" in result.stderr


def test_check_reports_invalid_yaml_with_its_line(runner, tmp_path):
    path = write_criteria(tmp_path, "title: T\nindicators:\n  x: {value: a, weight: 1\n")
    result = runner.invoke(app, ["criteria", "check", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Kesalahan: criteria.yaml baris ")


WARNED = """
    title: T
    columns:
      wilayah: [Wilayah]
      peserta: [Peserta]
      pekerja: [Pekerja]
      catatan: [Catatan]
    derived:
      cakupan: 100 * peserta / pekerja
      sisa: pekerja - peserta
    aggregation: geometric
    indicators:
      capaian: {value: peserta, weight: 3}
      cakupan: {value: cakupan, weight: 1, normalize: {method: target, min: 0, max: 100, range: [1, 100]}}
"""


def test_lint_warns_about_typos_unused_names_dominance_and_zero_scores(tmp_path):
    path = write_criteria(tmp_path, WARNED)
    assert [w.render("id") for w in lint(load_criteria(path))] == [
        "columns.catatan: kolom `catatan` tidak dipakai oleh ekspresi mana pun (baris 6)",
        "derived.sisa: nilai turunan `sisa` tidak dipakai (baris 9)",
        # 3 / (3 + 1) = 75%
        "indicators.capaian: indikator `capaian` menyumbang 75,0% skor akhir; indikator ini sendiri menentukan "
        "sebagian besar peringkat (baris 12)",
        "indicators.capaian: rata-rata geometrik: indikator `capaian` dapat bernilai 0 atau kurang (`minmax`) "
        "sehingga pemeringkatan terhenti; gunakan `normalize: {method: minmax, range: [1, 100]}` (baris 12)",
    ]


def test_lint_speaks_english_too(tmp_path):
    path = write_criteria(tmp_path, WARNED)
    assert lint(load_criteria(path))[0].render("en") == \
        "columns.catatan: column `catatan` is not used by any expression (line 6)"


NO_COLUMNS = """
    title: T
    derived:
      cakupan: 100 * peserta / pekerja
    indicators:
      a: {value: cakupn, weight: 1}
"""


def test_lint_without_columns_warns_that_each_name_is_its_own_header(tmp_path):
    path = write_criteria(tmp_path, NO_COLUMNS)
    assert [w.render("id") for w in lint(load_criteria(path))][:3] == [
        "indicators.a.value: `cakupn` dipakai dalam ekspresi tetapi tidak dideklarasikan di `columns:`; "
        "apakah yang dimaksud `cakupan`? (baris 5)",
        'derived.cakupan: `pekerja` dipakai dalam ekspresi tetapi tidak dideklarasikan di `columns:`; judul '
        'kolomnya harus persis "pekerja" (baris 3)',
        'derived.cakupan: `peserta` dipakai dalam ekspresi tetapi tidak dideklarasikan di `columns:`; judul '
        'kolomnya harus persis "peserta" (baris 3)',
    ]


def test_check_cli_prints_warnings_and_still_exits_0(runner, tmp_path):
    path = write_criteria(tmp_path, WARNED)
    result = runner.invoke(app, ["criteria", "check", str(path)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len([line for line in lines if line.startswith("Peringatan: ")]) == 4
    assert lines[-1].endswith("(1 aspek, 2 indikator; 4 peringatan)")


def test_check_cli_counts_warnings_in_english(runner, tmp_path):
    path = write_criteria(tmp_path, WARNED)
    result = runner.invoke(app, ["criteria", "check", str(path), "--lang", "en"])
    lines = result.stdout.splitlines()
    assert lines[0] == "Warning: columns.catatan: column `catatan` is not used by any expression (line 6)"
    assert lines[-1].endswith("(1 aspect, 2 indicators; 4 warnings)")


def test_check_cli_says_one_warning_in_the_singular(runner, tmp_path):
    path = write_criteria(tmp_path, "title: T\ncolumns: {p: [P], q: [Q]}\nindicators:\n  a: {value: p, weight: 1}\n")
    result = runner.invoke(app, ["criteria", "check", str(path), "--lang", "en"])
    assert result.stdout.splitlines()[-1].endswith("(1 aspect, 1 indicator; 2 warnings)")  # q unused, wilayah
    result = runner.invoke(app, ["criteria", "check", str(path)])
    assert result.stdout.splitlines()[-1].endswith("(1 aspek, 1 indikator; 2 peringatan)")


# ---- init --------------------------------------------------------------------------------


def test_init_writes_a_commented_copy_equal_to_the_default(runner, tmp_path):
    result = runner.invoke(app, ["criteria", "init", str(tmp_path / "kriteria")])
    assert result.exit_code == 0, result.output
    written = tmp_path / "kriteria" / "paritrana-kabkota.yaml"
    assert result.stdout.strip() == str(written)
    text = written.read_text(encoding="utf-8")
    assert text.count("\n#") > 20  # explanations in Indonesian
    assert "Bobot bersifat relatif" in text
    assert load_criteria(written).criteria == load_criteria().criteria


def test_init_copy_ranks_like_the_default(tmp_path):
    from paritrana.report.criteria_tree import init_criteria

    written = init_criteria(tmp_path)
    mine = paritrana.run(SAMPLE_XLSX, criteria=written)
    default = paritrana.run(SAMPLE_XLSX)
    assert [(r.id, r.score) for r in mine.results] == [(r.id, r.score) for r in default.results]
    assert [r.id for r in mine.results[:3]] == ["Ketapang", "Mempawah", "Sekadau"]


def test_init_refuses_to_overwrite_without_force(runner, tmp_path):
    written = tmp_path / "paritrana-kabkota.yaml"
    written.write_text("title: mine\n", encoding="utf-8")
    result = runner.invoke(app, ["criteria", "init", str(tmp_path)])
    assert result.exit_code == 1
    assert "berkas sudah ada; tambahkan `--force` untuk menimpanya" in result.stderr
    assert written.read_text(encoding="utf-8") == "title: mine\n"


def test_init_force_replaces(runner, tmp_path):
    written = tmp_path / "paritrana-kabkota.yaml"
    written.write_text("title: mine\n", encoding="utf-8")
    result = runner.invoke(app, ["criteria", "init", str(tmp_path), "--force"])
    assert result.exit_code == 0
    assert load_criteria(written).criteria == load_criteria().criteria


def test_init_into_a_file_is_an_error(runner, tmp_path):
    target = tmp_path / "file.txt"
    target.write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["criteria", "init", str(target)])
    assert result.exit_code == 1
    assert "file.txt: ini berkas, bukan folder; pilih folder tempat menyimpan `paritrana-kabkota.yaml`" in result.stderr
