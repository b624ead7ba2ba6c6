"""``paritrana rank --panel``: the final stage and the chair's diagnostics on the command line."""

from __future__ import annotations

import json
import re

import pytest

import paritrana
from conftest import ROOT, SAMPLE_XLSX, make_workbook
from panel_fixtures import REVERSING, desk_workbook, long_panel, panel_criteria, scores
from paritrana.cli.app import app

SAMPLE_PANEL = ROOT / "sample_data" / "panel/kalbar-2025-juri.xlsx"
FINAL_CRITERIA = ROOT / "criteria" / "paritrana-kabkota-final.yaml"


def rank(runner, *args):
    return runner.invoke(app, ["rank", *map(str, args)])


def sample(runner, *args):
    return rank(runner, SAMPLE_XLSX, "-c", FINAL_CRITERIA, "--panel", SAMPLE_PANEL, *args)


def test_table_shows_stage_scores_shortlist_and_diagnostics_in_indonesian(runner):
    result = sample(runner)
    assert result.exit_code == 0, result.output
    out = result.stdout
    for text in ("Skor indikator", "Skor wawancara", "Masuk nominasi", "✓", "Kesepakatan antarjuri (W Kendall)",
                 "Kecenderungan", "ρ Spearman", "Jumlah nilai", "Abstain", "Perbedaan pendapat terbesar", "finalis",
                 "−1,44"):
        assert text in out, text
    assert out.index("Ketapang") < out.index("Mempawah") < out.index("Sekadau")
    assert "87,62" in out  # Ketapang's final score, Indonesian decimals


def test_table_in_english(runner):
    result = sample(runner, "--lang", "en")
    assert result.exit_code == 0, result.output
    for text in ("Desk score", "Shortlisted", "Jury agreement (Kendall's W)", "Severity", "Largest disagreement"):
        assert text in result.stdout, text
    assert "87.62" in result.stdout


def test_json_has_the_panel_key_and_equals_the_library_result(runner):
    result = sample(runner, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    library = paritrana.run(SAMPLE_XLSX, criteria=FINAL_CRITERIA, panel=SAMPLE_PANEL).to_dict()
    assert data == json.loads(json.dumps(library))
    diagnostics = data["panel"]["diagnostics"]
    assert diagnostics["abstentions"] == {}  # Juri 4's blank Sekadau is a conflict of interest (asal: Sekadau)
    assert diagnostics["conflicts"] == {"Juri 4": ["Sekadau"]}
    assert len(diagnostics["jurors"]) == 9 and 0 <= diagnostics["kendall_w"] <= 1
    assert [r["id"] for r in data["results"][:3]] == ["Ketapang", "Mempawah", "Sekadau"]


def test_stages_without_panel_warn_that_the_final_stage_was_not_scored(runner):
    result = rank(runner, SAMPLE_XLSX, "-c", FINAL_CRITERIA)
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())  # the warning wraps at the terminal's width
    # the command line may add where the scores go: "(berikan dengan `--panel`)"
    assert re.search(r"tahap akhir belum dinilai karena nilai juri belum ada( \(berikan dengan `--panel`\))?; ini "
                     r"peringkat tahap indikator\. Masuk nominasi: Ketapang, Mempawah, Sekadau, Landak, dan Sanggau",
                     out)


def test_panel_with_the_default_criteria_says_what_to_add(runner):
    result = rank(runner, SAMPLE_XLSX, "--panel", SAMPLE_PANEL)
    assert result.exit_code == 1
    assert ("nilai juri diberikan (`--panel`), tetapi berkas kriteria tidak memiliki bagian `panel:` dan `stages:`; "
            "tambahkan bagian `panel:`") in result.stderr
    assert "Traceback" not in result.output


# ---- bad panel inputs: exit 1, one message naming the place ------------------------------------

def _unknown_layout(tmp_path):
    return make_workbook(tmp_path, {"Juri 1": [["Nama", "K1", "K2"], ["Alpha", 80, 70]]}, name="juri.xlsx")


def _unknown_candidate(tmp_path):
    return long_panel(tmp_path, scores(REVERSING) + [["J1", "Alfa", "a", 80]])  # row 14: 12 rows below the header


def _out_of_scale(tmp_path):
    rows = scores(REVERSING)
    rows[3][3] = 120  # J1, Beta, b
    return long_panel(tmp_path, rows)


def _non_numeric(tmp_path):
    rows = scores(REVERSING)
    rows[0][3] = "n/a"  # J1, Alpha, a
    return long_panel(tmp_path, rows)


def _too_few_jurors(tmp_path):
    return long_panel(tmp_path, scores({"J1": REVERSING["J1"]}))


BAD = {
    "unknown juror sheet layout": (_unknown_layout, "juri.xlsx › Juri 1: lembar berisi angka, tetapi tidak satu pun"),
    "unknown candidate": (_unknown_candidate, 'Nilai!B14: kandidat "Alfa" tidak ada dalam data; apakah yang '
                                              'dimaksud "Alpha"?'),
    "score out of scale": (_out_of_scale, 'Nilai!D5: nilai 120 di luar skala penilaian 0–100 (juri "J1", '
                                          'kandidat "Beta", kriteria `b`)'),
    "non-numeric score": (_non_numeric, 'Nilai!D2: "n/a" '),
    "too few jurors": (_too_few_jurors, "juri.xlsx: jumlah juri kurang untuk Alpha (1 juri pada `a` dan 1 juri pada "
                                        "`b`), Beta"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_panel_input_exits_1_naming_the_place(runner, tmp_path, case):
    build, message = BAD[case]
    panel = build(tmp_path)
    result = rank(runner, desk_workbook(tmp_path), "-c", panel_criteria(tmp_path, min_jurors=2), "--panel", panel)
    assert result.exit_code == 1, result.output
    assert message in result.stderr
    assert result.stderr.startswith("Kesalahan: ") and "Traceback" not in result.output


def test_csv_has_the_stage_columns_and_each_row_adds_up(runner):
    import csv
    import io

    result = sample(runner, "--format", "csv", "--csv-dialect", "plain")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["id"], r["stage"], r["shortlisted"]) for r in rows[4:6]] == [
        ("Sanggau", "final", "true"), ("Kota Pontianak", "desk", "false")]
    for r in rows:
        parts = sum(float(v) for k, v in r.items() if k.endswith("_contribution") and v)
        assert parts == pytest.approx(float(r["score"]), abs=1e-9), r["id"]


def test_table_shows_icc_alpha_and_the_podium_without_each_juror(runner):
    out = " ".join(sample(runner).stdout.split())  # lines wrap at the terminal's width
    assert "Keandalan rata-rata nilai tim juri, ICC(2,k) = 0,79 — baik (selang kepercayaan 95%: 0,42–0,97)" in out
    assert "tidak ikut dihitung (dipakai tabel juri × finalis lengkap yang terbesar): Juri 4" in out
    assert "Kesepakatan nilai antarjuri, α Krippendorff (interval) = 0,31 — kurang andal" in out
    assert "Tanpa satu juri (peringkat akhir dihitung ulang tanpa nilai juri itu) • Tanpa salah satu juri pun, tiga " \
           "besar tetap sama." in out


def test_the_chair_reads_which_juror_decides_a_place(runner, tmp_path):
    # desk 100, 60, 50, 0; J3 alone lifts Beta above Gamma (hand-worked in test_panel_diagnostics.py)
    table = {"J1": {"Alpha": 80, "Beta": 60, "Gamma": 75, "Delta": 50},
             "J2": {"Alpha": 70, "Beta": 54, "Gamma": 66, "Delta": 45},
             "J3": {"Alpha": 90, "Beta": 90, "Gamma": 30, "Delta": 55}}
    panel = long_panel(tmp_path, scores({j: {c: (v, v) for c, v in row.items()} for j, row in table.items()}))
    desk = desk_workbook(tmp_path, {"Alpha": 100, "Beta": 60, "Gamma": 50, "Delta": 0})
    result = rank(runner, desk, "-c", panel_criteria(tmp_path, shortlist="4"), "--panel", panel, "--lang", "en")
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "• Without J3, Beta and Gamma swap places. • Without any one of the other jurors, the top three stay " \
           "the same." in out
