"""Round-3 probe of the jury's side: ``explain``, the scoring forms (``template --panel`` and
``--panel FOLDER``), ``sensitivity`` and ``verify``, with files built as an office would.

Each test is one promise of SPEC.md (or of the jury's plain expectation) that an earlier
version broke silently.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import make_workbook, write_criteria
from paritrana.cli import app

# ---- explain: the arithmetic shown adds up ---------------------------------------------------

THREE_THIRDS = """\
title: Tiga indikator
columns:
  wilayah: [Wilayah]
  p: [P]
  q: [Q]
  r: [R]
indicators:
  p: {value: p, weight: 1, normalize: {method: target, min: 0, max: 100}}
  q: {value: q, weight: 1, normalize: {method: target, min: 0, max: 100}}
  r: {value: r, weight: 1, normalize: {method: target, min: 0, max: 100}}
"""


def _thirds(tmp_path: Path) -> tuple[Path, Path]:
    # Sekadau: p 10, q 10, r 10,05 on goalposts 0–100, each × 1/3:
    # contributions 3,3333 + 3,3333 + 3,35 = 10,0167 → score shown 10,02.
    # Each contribution rounded alone gives 3,33 + 3,33 + 3,35 = 10,01: one hundredth short.
    data = make_workbook(tmp_path, {"2024": [["Wilayah", "P", "Q", "R"], ["Sekadau", 10, 10, 10.05],
                                             ["Landak", 50, 50, 50]]})
    return data, write_criteria(tmp_path, THREE_THIRDS)


def _shown(text: str) -> float:
    return float(text.replace(".", "").replace(",", ".").replace("−", "-"))


def test_explain_table_contributions_add_up_to_the_score_shown(tmp_path, runner):
    data, criteria = _thirds(tmp_path)
    out = runner.invoke(app, ["explain", str(data), "sekadau", "-c", str(criteria)])
    assert out.exit_code == 0, out.output
    rows = [line for line in out.output.splitlines() if line.startswith("│")]
    last = [re.findall(r"(\d+,\d\d)\s*│\s*$", row) for row in rows]
    parts = [_shown(x[0]) for row, x in zip(rows, last, strict=True) if x and not row.startswith("│ Skor")]
    score = next(_shown(x[0]) for row, x in zip(rows, last, strict=True) if row.startswith("│ Skor"))
    assert score == 10.02
    assert len(parts) == 3
    assert round(sum(parts), 2) == score  # 3,34 + 3,33 + 3,35


def test_explain_sentences_contributions_add_up_to_the_score_shown(tmp_path, runner):
    data, criteria = _thirds(tmp_path)
    out = runner.invoke(app, ["explain", str(data), "Sekadau", "-c", str(criteria), "--lang", "en"])
    assert out.exit_code == 0, out.output
    parts = [float(x) for x in re.findall(r"= (\d+\.\d\d) points", out.output)]
    assert len(parts) == 3
    assert round(sum(parts), 2) == 10.02


def test_explain_json_keeps_the_contributions_at_full_precision(tmp_path, runner):
    data, criteria = _thirds(tmp_path)
    out = runner.invoke(app, ["explain", str(data), "Sekadau", "-c", str(criteria), "-f", "json"])
    assert out.exit_code == 0, out.output
    got = json.loads(out.output)
    assert [i["contribution"] for i in got["indicators"]] == pytest.approx([10 / 3, 10 / 3, 10.05 / 3])


# ---- returned scoring forms ---------------------------------------------------------------------

FORMS = """\
title: Uji formulir
columns:
  wilayah: [Wilayah]
  x: [X]
indicators:
  v: {value: x, weight: 1, normalize: minmax}
panel:
  scale: [0, 100]
  aggregation: mean
  min_jurors: 1
  criteria:
    a: {label: Komitmen, weight: 3}
    b: {label: Inovasi, weight: 1}
  jurors: [J1, J2]
stages:
  shortlist: 2
  final: {desk: 50, panel: 50}
"""
# A form: header row 7, the finalists alphabetically from row 8 (Alpha 8, Beta 9), `a` in
# column C and `b` in column D.
FORM_CELL = {("Alpha", "a"): "C8", ("Alpha", "b"): "D8", ("Beta", "a"): "C9", ("Beta", "b"): "D9"}


@pytest.fixture
def forms(tmp_path, runner):
    """Desk X = 100, 90, 50 (Alpha, Beta shortlisted); two jurors' forms, every score 70."""
    import openpyxl

    data = make_workbook(tmp_path, {"2024": [["Wilayah", "X"], ["Alpha", 100], ["Beta", 90], ["Gamma", 50]]},
                         name="desk.xlsx")
    criteria = write_criteria(tmp_path, FORMS, name="final.yaml")
    out = runner.invoke(app, ["template", "--panel", str(data), "-c", str(criteria), "-o", "formulir"])
    assert out.exit_code == 0, out.output
    folder = Path("formulir")
    for path in sorted(folder.iterdir()):
        book = openpyxl.load_workbook(path)
        for cell in FORM_CELL.values():
            book.worksheets[0][cell] = 70
        book.save(path)
    return data, criteria, folder


def _set(path: Path, cell: str, value: object) -> None:
    import openpyxl

    book = openpyxl.load_workbook(path)
    book.worksheets[0][cell] = value
    book.save(path)


def test_a_form_score_that_is_a_formula_never_calculated_is_an_error_not_an_abstention(forms, runner):
    # A form filled in by a script (openpyxl) with "=80+5": the cell holds no value until a
    # spreadsheet program calculates it. Read as empty it would silently be an abstention.
    data, criteria, folder = forms
    _set(folder / "02-j2.xlsx", "D9", "=80+5")
    out = runner.invoke(app, ["rank", str(data), "-c", str(criteria), "--panel", str(folder)])
    assert out.exit_code == 1, out.output
    assert ('formulir/02-j2.xlsx › J2!D9: sel berisi rumus yang hasilnya belum pernah dihitung (juri "J2", '
            'kandidat "Beta", kriteria `b`); buka berkas di Excel atau LibreOffice') in " ".join(out.output.split())


def test_a_juror_sheet_score_that_is_a_formula_never_calculated_is_an_error(tmp_path, runner):
    data = make_workbook(tmp_path, {"2024": [["Wilayah", "X"], ["Alpha", 100], ["Beta", 90], ["Gamma", 50]]},
                         name="desk.xlsx")
    criteria = write_criteria(tmp_path, FORMS, name="final.yaml")
    juri = make_workbook(tmp_path, {"J1": [["Wilayah", "Komitmen", "Inovasi"], ["Alpha", 80, 70], ["Beta", "=70+5", 60]],
                                    "J2": [["Wilayah", "Komitmen", "Inovasi"], ["Alpha", 75, 65], ["Beta", 70, 60]]},
                         name="juri.xlsx")
    out = runner.invoke(app, ["rank", str(data), "-c", str(criteria), "--panel", str(juri), "--lang", "en"])
    assert out.exit_code == 1, out.output
    assert ('juri.xlsx › J1!B3: the cell holds a formula whose result was never calculated (juror "J1", '
            'candidate "Beta", criterion `a`)') in " ".join(out.output.split())


def test_an_empty_form_cell_is_still_an_abstention(forms, runner):
    # Beta on `b`: J1 70, J2 left empty → mean over J1 alone = 70; no error.
    data, criteria, folder = forms
    _set(folder / "02-j2.xlsx", "D9", None)
    out = runner.invoke(app, ["rank", str(data), "-c", str(criteria), "--panel", str(folder), "-f", "json"])
    assert out.exit_code == 0, out.output
    beta = next(r for r in json.loads(out.stdout)["results"] if r["id"] == "Beta")
    assert beta["panel"]["criteria"]["b"] == 70


def test_a_candidate_added_by_hand_below_the_finalists_is_a_warning_naming_the_row(forms, runner):
    # J1 types Gamma (not shortlisted) on row 10 with 95 and 90: ignored, but never silently.
    data, criteria, folder = forms
    import openpyxl

    path = folder / "01-j1.xlsx"
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    sheet.protection.sheet = False
    sheet["A10"], sheet["B10"], sheet["C10"], sheet["D10"] = 3, "Gamma", 95, 90
    book.save(path)
    out = runner.invoke(app, ["rank", str(data), "-c", str(criteria), "--panel", str(folder), "-f", "json"])
    assert out.exit_code == 0, out.output
    got = json.loads(out.stdout)
    assert ('formulir/01-j1.xlsx › J1!B10: nilai untuk "Gamma" pada baris yang ditambahkan ke formulir diabaikan: '
            'formulir ini hanya untuk finalis yang tercetak') in got["warnings"]
    assert {r["id"]: r.get("panel_score") for r in got["results"]} == {"Alpha": 70, "Beta": 70, "Gamma": None}


def test_the_printed_signature_block_is_not_an_added_row(forms, runner):
    data, criteria, folder = forms
    out = runner.invoke(app, ["rank", str(data), "-c", str(criteria), "--panel", str(folder), "-f", "json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.stdout)["warnings"] == []


# ---- verify ---------------------------------------------------------------------------------------

KALBAR = {
    "2023": [["Kabupaten/Kota", "Jumlah Pekerja", "Peserta Aktif"], ["Ketapang", 180000, 100000],
             ["Sekadau", 60000, 20000], ["Landak", 130000, 60000]],
    "2024": [["Kabupaten/Kota", "Jumlah Pekerja", "Peserta Aktif"], ["Ketapang", 180000, 122000],
             ["Sekadau", 61000, 25000], ["Landak", 130000, 69590]],
}


@pytest.fixture
def published(tmp_path, runner):
    make_workbook(tmp_path, KALBAR, name="data.xlsx")
    out = runner.invoke(app, ["rank", "data.xlsx", "-o", "hasil.json"])
    assert out.exit_code == 0, out.output
    return Path("hasil.json")


@pytest.mark.parametrize(("key", "value", "told"), [
    ("year", 2023, "tahun yang dinilai 2023 di laporan, 2024 bila dihitung ulang"),
    ("baseline_year", 2022, "tahun pembanding 2022 di laporan, 2023 bila dihitung ulang"),
    ("baseline_year", None, "tahun pembanding kosong di laporan, 2023 bila dihitung ulang"),
])
def test_verify_finds_an_edited_year(published, runner, key, value, told):
    # The report says which year it ranks: "Hasil 2023" on a 2024 ranking is not verified.
    data = json.loads(published.read_text(encoding="utf-8"))
    data[key] = value
    published.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = runner.invoke(app, ["verify", str(published)])
    assert out.exit_code == 1, out.output
    assert told in out.output


def test_verify_an_untouched_report_still_verifies(published, runner):
    out = runner.invoke(app, ["verify", str(published)])
    assert out.exit_code == 0, out.output
    assert out.output.startswith("cocok: hasil.json")


def test_verify_a_moved_input_names_the_inputs_option(published, runner, tmp_path):
    Path("arsip").mkdir()
    Path("data.xlsx").rename("arsip/data.xlsx")
    out = runner.invoke(app, ["verify", str(published)])
    assert out.exit_code == 1, out.output
    assert "berkas data tidak ditemukan: data.xlsx" in out.output
    assert "berikan folder tempat berkas itu disimpan dengan `--inputs FOLDER`" in out.output
    again = runner.invoke(app, ["verify", str(published), "--inputs", "arsip"])
    assert again.exit_code == 0, again.output


# ---- sensitivity ------------------------------------------------------------------------------------

TIED = """\
title: Seri
indicators:
  cakupan: {value: 100 * peserta / pekerja, weight: 1, normalize: {method: target, min: 0, max: 100}}
  capaian: {value: peserta, weight: 1}
"""


def test_sensitivity_gives_candidates_tied_on_every_indicator_the_same_chances(tmp_path, runner):
    # A and B have the same figures (50 of 100 workers): they tie under any weights, so
    # they share first place in every run (rank 1=, 1=, 3 as `rank` shows), never A first
    # and B second by the order of the rows.
    make_workbook(tmp_path, {"2024": [["Wilayah", "Pekerja", "Peserta"], ["A", 100, 50], ["B", 100, 50],
                                      ["C", 100, 30]]})
    write_criteria(tmp_path, TIED)
    out = runner.invoke(app, ["sensitivity", "data.xlsx", "-c", "criteria.yaml", "--seed", "3", "--runs", "200",
                              "-f", "json"])
    assert out.exit_code == 0, out.output
    got = {c["id"]: c for c in json.loads(out.stdout)["groups"][0]["candidates"]}
    assert [got[n]["nominal_rank"] for n in "ABC"] == [1, 1, 3]
    assert got["A"]["p_first"] == got["B"]["p_first"] == 1.0
    assert got["A"]["median_rank"] == got["B"]["median_rank"] == 1
    assert (got["C"]["median_rank"], got["C"]["p_first"], got["C"]["p_top3"]) == (3, 0.0, 1.0)


def test_sensitivity_with_the_same_seed_gives_the_same_output(tmp_path, runner):
    make_workbook(tmp_path, KALBAR, name="data.xlsx")
    first = runner.invoke(app, ["sensitivity", "data.xlsx", "--seed", "7", "--runs", "500"])
    again = runner.invoke(app, ["sensitivity", "data.xlsx", "--seed", "7", "--runs", "500"])
    assert first.exit_code == again.exit_code == 0, first.output
    assert first.output == again.output


def test_rank_table_contributions_add_up_to_the_score_shown(tmp_path, runner):
    # The same Sekadau as explain's: 3,34 + 3,33 + 3,35 = 10,02 in its row of the rank table,
    # the same figures explain shows.
    data, criteria = _thirds(tmp_path)
    out = runner.invoke(app, ["rank", str(data), "-c", str(criteria)])
    assert out.exit_code == 0, out.output
    row = next(line for line in out.output.splitlines() if "Sekadau" in line)
    score, *parts = [_shown(x) for x in re.findall(r"\d+,\d\d", row)]
    assert score == 10.02
    assert parts == [3.34, 3.33, 3.35]


def test_a_form_with_one_interview_criterion_keeps_its_date_and_signature_lines(tmp_path, runner):
    # With one criterion the signature block is one cell wide: it must still be written, with
    # no Python warning on the screen.
    import warnings

    import openpyxl

    make_workbook(tmp_path, {"2024": [["Wilayah", "X"], ["Alpha", 100], ["Beta", 90], ["Gamma", 50]]},
                  name="desk.xlsx")
    write_criteria(tmp_path, FORMS.replace("    b: {label: Inovasi, weight: 1}\n", ""), name="final.yaml")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = runner.invoke(app, ["template", "--panel", "desk.xlsx", "-c", "final.yaml", "-o", "formulir"])
    assert out.exit_code == 0, out.output
    sheet = openpyxl.load_workbook("formulir/01-j1.xlsx").worksheets[0]
    texts = [c for row in sheet.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert any(t.startswith("Tanggal") for t in texts)
    assert "( J1 )" in texts
