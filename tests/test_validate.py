"""``paritrana validate``: every data problem at once, each with its sheet, cell and a fix;
exit 1 on errors; ``rank`` refuses exactly what ``validate`` calls an error."""

from __future__ import annotations

import json

import pytest

from conftest import HEADER, SAMPLE_XLSX, Text, make_workbook, table, write_criteria
from paritrana.api import validate as validate_file
from paritrana.cli.app import app
from paritrana.errors import DataError, DataErrors

# One workbook with one instance of every problem SPEC lists (default criteria).
#   2021: no header row.   2022: two headers for 'pekerja' and no 'peserta' column.
#   2023/2024: the cell problems and the cross-year problems, row by row below.
BASELINE_2023 = {
    "Ketapang": (181454, 101052), "Mempawah": (100000, 38120), "Sekadau": (50000, 15000),
    "Landak": (130000, 80000), "Sambas": (200000, 40000), "Kubu Raya": (1000, 950),
    "Melawi": (10000, 1000), "Sintang": (5000, 1000), "Sanggau": (6000, 1200),
}
ASSESSED_2024 = [
    HEADER + ["Keterangan"],                   # row 1; D1 unused column
    ["Ketapang", 179827, 122318],              # row 2  clean
    ["Mempawah", 100000, None],                # row 3  C3 empty (missing value)
    ["Sekadao", 50000, 16000],                 # row 4  A4 not in 2023 (closest: Sekadau)
    ["Landak", 130000, "12a"],                 # row 5  C5 not a number
    ["Sambas", -5, 40000],                     # row 6  B6 negative count
    ["Kubu Raya", 1000, 1010],                 # row 7  C7 coverage 101 % (warning)
    ["Melawi", 10000, 5000],                   # row 8  A8 cakupan 10 → 50: +40 > max_change 25
    ["Kab. Ketapang", 1, 1],                   # row 9  A9 duplicate of Ketapang
    ["Sintang", 1234.5, 100],                  # row 10 B10 not a whole number
    ["Sanggau", 6000, "=B2*0"],                # row 11 C11 formula never calculated
    ["Jumlah", 1, 1],                          # row 12 A12 total row (warning)
]

EXPECTED = {  # (code, place) → severity
    ("no-header", "2021"): "error",
    ("duplicate-header", "2022!C1"): "error",
    ("missing-column", "2022!A1"): "error",
    ("missing-value", "2024!C3"): "error",
    ("missing-baseline", "2024!A4"): "error",
    ("not-a-number", "2024!C5"): "error",
    ("out-of-bounds", "2024!B6"): "error",
    ("duplicate-candidate", "2024!A9"): "error",
    ("not-integer", "2024!B10"): "error",
    ("formula-without-value", "2024!C11"): "error",
    ("coverage-above-100", "2024!C7"): "warning",
    ("implausible-change", "2024!A8"): "warning",
    ("total-row", "2024!A12"): "warning",
    ("unused-column", "2024!D1"): "warning",
    ("only-in-baseline", "2023!A5"): "warning",
    ("sheet-ignored", "Catatan"): "warning",
}


@pytest.fixture
def seeded(tmp_path):
    return make_workbook(tmp_path, {
        "2021": [["Daerah tanpa judul", "x"], ["Ketapang", 1]],
        "2022": [["Kabupaten/Kota", "Jumlah Pekerja", "Pekerja"], ["Ketapang", 1, 2]],
        "2023": [["Data 2023"], *table(BASELINE_2023)],
        "2024": ASSESSED_2024,
        "Catatan": [["sumber", "contoh"]],  # a table under a name without a year: warned about
    }, name="seeded.xlsx")


def _found(report):
    return {(i.code, i.location.place): i.severity.value for i in report.issues}


def test_every_seeded_problem_is_reported_with_its_cell(seeded):
    assert _found(validate_file(seeded)) == EXPECTED


def test_every_issue_has_a_suggested_fix(seeded):
    report = validate_file(seeded)
    assert all(issue.hint for issue in report.issues), [i.code for i in report.issues if not i.hint]


def test_one_year_only_names_the_closest_name_in_the_other_year(seeded):
    by_code = {i.code: i for i in validate_file(seeded).issues}
    assert str(by_code["missing-baseline"].hint) == 'nama yang paling mirip di 2023: "Sekadau"'
    assert str(by_code["only-in-baseline"].hint).startswith('nama yang paling mirip di 2024: "Sekadao"')
    assert by_code["missing-baseline"].hint.render("en") == 'closest names in 2023: "Sekadau"'


def test_errors_come_before_warnings(seeded):
    severities = [i.severity.value for i in validate_file(seeded).issues]
    assert severities == sorted(severities)  # "error" < "warning"


def test_cli_table_lists_places_and_ends_with_the_summary(runner, seeded):
    result = runner.invoke(app, ["validate", str(seeded)])
    assert result.exit_code == 1
    for _, place in EXPECTED:
        assert place in result.stdout
    assert result.stdout.rstrip().splitlines()[-1] == "10 kesalahan, 6 peringatan"


def test_cli_table_fits_100_columns(runner, seeded):
    result = runner.invoke(app, ["validate", str(seeded)])
    assert max(len(line) for line in result.stdout.splitlines()) <= 100


def test_cli_summary_in_english(runner, seeded):
    result = runner.invoke(app, ["validate", str(seeded), "--lang", "en"])
    assert result.exit_code == 1
    assert "Suggested fix" in result.stdout
    assert result.stdout.rstrip().splitlines()[-1] == "errors: 10, warnings: 6"


def test_cli_json_has_english_keys_and_every_issue(runner, seeded):
    result = runner.invoke(app, ["validate", str(seeded), "--format", "json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert list(data) == ["input", "criteria", "errors", "warnings", "summary"]
    assert data["summary"] == {"errors": 10, "warnings": 6, "ok": False}
    assert data["input"]["year"] == 2024 and data["input"]["baseline_year"] == 2023
    first = next(e for e in data["errors"] if e["code"] == "not-a-number")
    assert first == {"code": "not-a-number", "message": '"12a" bukan angka', "file": str(seeded),
                     "sheet": "2024", "cell": "C5", "hint": first["hint"]}
    places = {(e["code"], f"{e['sheet']}!{e['cell']}" if e["cell"] else e["sheet"])
              for e in data["errors"] + data["warnings"]}
    assert places == set(EXPECTED)


def test_clean_sample_exits_0_with_its_warnings(runner):
    result = runner.invoke(app, ["validate", str(SAMPLE_XLSX)])
    assert result.exit_code == 0, result.output
    assert "2024!A19" in result.stdout  # the 'Jumlah' total row
    assert result.stdout.rstrip().splitlines()[-1] == "0 kesalahan, 2 peringatan"  # the 'Catatan' notes: silent


def test_no_problem_at_all_says_so(runner, tmp_path):
    path = make_workbook(tmp_path, {"2023": table({"A": (100, 10), "B": (100, 20)}),
                                    "2024": table({"A": (100, 15), "B": (100, 30)})})
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0
    assert "Tidak ada masalah." in result.stdout
    assert result.stdout.rstrip().endswith("0 kesalahan, 0 peringatan")


def test_unreadable_file_is_an_error_in_the_report(runner, tmp_path):
    path = tmp_path / "kosong.xlsx"
    path.write_bytes(b"")
    result = runner.invoke(app, ["validate", str(path), "--format", "json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [(e["code"], e["message"]) for e in data["errors"]] == [("unreadable", "berkas kosong")]


def test_empty_cell_is_a_warning_when_the_indicator_tolerates_it(tmp_path):
    criteria = write_criteria(tmp_path, """
        title: T
        columns: {wilayah: [Wilayah], x: [x]}
        indicators:
          v: {value: x, weight: 1, missing: zero}
    """)
    path = make_workbook(tmp_path, {"2024": [["Wilayah", "x"], ["A", 5], ["B", None]]})
    report = validate_file(path, criteria=criteria)
    assert [(i.code, i.severity.value, i.location.place) for i in report.issues] == [
        ("empty-value", "warning", "2024!B3")]
    assert str(report.issues[0].message) == "nilai `x` untuk B kosong; indikator `v` menghitungnya sebagai 0"
    assert report.issues[0].message.render("en") == "`x` of B is empty; indicator `v` counts it as 0"


def test_empty_baseline_cell_needed_by_previous_is_an_error(tmp_path):
    path = make_workbook(tmp_path, {"2023": table({"A": (100, None), "B": (100, 20)}),
                                    "2024": table({"A": (100, 15), "B": (100, 30)})})
    report = validate_file(path)
    assert [(i.code, i.location.place) for i in report.errors] == [("missing-value", "2023!C2")]
    assert str(report.errors[0].message) == (
        "nilai `peserta` untuk A di tahun 2023 kosong (diperlukan oleh indikator `pertumbuhan` melalui `previous()`)")


def test_a_broken_assessed_sheet_skips_the_cross_year_checks(tmp_path):
    # 2024 has no 'Peserta Aktif': comparing 2023 with nothing would only add noise.
    path = make_workbook(tmp_path, {"2023": table({"A": (100, 10)}),
                                    "2024": [["Kabupaten/Kota", "Jumlah Pekerja"], ["A", 100]]})
    report = validate_file(path)
    assert [i.code for i in report.issues] == ["missing-column"]
    assert report.year is None


def test_year_not_in_the_file_is_an_error(tmp_path):
    path = make_workbook(tmp_path, {"2023": table({"A": (100, 10)}), "2024": table({"A": (100, 20)})})
    report = validate_file(path, year=2030)
    assert [(i.code, str(i.message)) for i in report.errors] == [
        ("period", "tidak ada data 2030 (tahun dalam berkas: 2023 dan 2024)")]
    assert str(report.errors[0].hint) == "pilih salah satu tahun itu"  # the library names no option
    assert report.errors[0].hint.render(cli=True) == "pilih salah satunya dengan `--year`"


# ---- rank and validate agree -------------------------------------------------------------


def test_rank_refuses_the_same_errors_validate_reports(tmp_path):
    import paritrana

    path = make_workbook(tmp_path, {
        "2023": table({"A": (100, 10), "B": (100, 20), "C": (100, 5)}),
        "2024": table({"A": (100, None), "B": (100, Text("x")), "D": (100, 5)}),
    })
    report = validate_file(path)
    with pytest.raises(DataErrors) as raised:
        paritrana.run(path)
    in_rank = sorted((i.code, i.location.place) for i in raised.value.issues)
    in_validate = sorted((i.code, i.location.place) for i in report.errors)
    assert in_rank == in_validate == [("missing-baseline", "2024!A4"), ("missing-value", "2024!C2"),
                                      ("not-a-number", "2024!C3")]


def test_rank_cli_exits_1_where_validate_does(runner, seeded):
    ranked = runner.invoke(app, ["rank", str(seeded)])
    validated = runner.invoke(app, ["validate", str(seeded)])
    assert ranked.exit_code == validated.exit_code == 1
    assert "2022!C1" in ranked.stderr  # rank stops at the broken sheet's header


def test_validate_reports_what_only_scoring_would_refuse(tmp_path):
    # ratio_to_max needs values ≥ 0, which only scoring can see: validate must not say OK.
    criteria = write_criteria(tmp_path, """
        title: T
        columns: {wilayah: [Wilayah], x: {headers: [X], min: null}}
        indicators:
          v: {value: x, weight: 1, normalize: ratio_to_max}
    """)
    path = make_workbook(tmp_path, {"2024": [["Wilayah", "X"], ["A", 5], ["B", -2]]})
    report = validate_file(path, criteria=criteria)
    assert [(i.code, i.location.place) for i in report.errors] == [("scoring", "2024!A3")]
    import paritrana

    with pytest.raises(DataError, match="metode `ratio_to_max` memerlukan nilai ≥ 0"):
        paritrana.run(path, criteria=criteria)


def test_clean_data_pass_both(tmp_path):
    import paritrana

    path = make_workbook(tmp_path, {"2023": table({"A": (100, 10), "B": (100, 20)}),
                                    "2024": table({"A": (100, 15), "B": (100, 30)})})
    assert validate_file(path).ok
    assert [r.id for r in paritrana.run(path).results] == ["B", "A"]


def test_baseline_workbook_problems_name_that_file(runner, tmp_path, monkeypatch):
    base = make_workbook(tmp_path, {"2023": table({"A": (100, 10), "B": (100, None), "C": (100, 10)})},
                         name="base.xlsx")
    now = make_workbook(tmp_path, {"2024": table({"A": (100, 20), "B": (100, 30)})}, name="now.xlsx")
    report = validate_file(now, baseline=base)
    assert [(i.code, i.location.file, i.location.place) for i in report.issues] == [
        ("missing-value", str(base), "2023!C3"), ("only-in-baseline", str(base), "2023!A4")]
    monkeypatch.chdir(tmp_path)  # the places name the baseline as typed
    result = runner.invoke(app, ["validate", "now.xlsx", "--baseline", "base.xlsx"])
    assert result.exit_code == 1
    assert "base.xlsx › 2023!C3" in result.stdout


def test_heading_names_the_default_criteria(runner):
    result = runner.invoke(app, ["validate", str(SAMPLE_XLSX)])
    assert result.stdout.splitlines()[1:3] == ["Tahun yang dinilai 2024, tahun pembanding 2023 · 14 kandidat",
                                               "Kriteria: paritrana-kabkota.yaml (bawaan)"]
