"""The jurors' scoring forms: out (``template --panel``) and back (``rank --panel FOLDER``).

A small round: desk X = 100, 90, 50, 0 (min–max, so the desk scores are Alpha 100, Beta 90,
Gamma 50, Delta 0); the first three are shortlisted. Interview criteria ``a`` (Komitmen,
weight 3) and ``b`` (Inovasi, weight 1): a panel score is 0.75 a + 0.25 b; final = ½ desk +
½ panel. Four jurors; J3 comes from Gamma (``asal``), a conflict of interest.

A form is laid out as: header row 7, the finalists alphabetically from row 8 (Alpha 8,
Beta 9, Gamma 10), ``a`` in column C and ``b`` in column D.
"""

from __future__ import annotations

import json
import shutil

import openpyxl
import pytest
from typer.testing import CliRunner

from conftest import as_typed, make_workbook, write_criteria
from paritrana.cli import app

DESK = {"Alpha": 100, "Beta": 90, "Gamma": 50, "Delta": 0}
CRITERIA = """\
title: Uji formulir
columns:
  wilayah: [Wilayah]
  x: [X]
indicators:
  v: {value: x, weight: 1, normalize: minmax}
panel:
  label: Wawancara uji
  scale: [0, 100]
  aggregation: mean
  min_jurors: 2
  criteria:
    a: {label: Komitmen, weight: 3}
    b: {label: Inovasi, weight: 1}
  jurors:
    - J1
    - J2
    - {name: J3, asal: Gamma, role: unsur akademisi}
    - J4
stages:
  shortlist: 3
  final: {desk: 50, panel: 50}
"""
ROW = {"Alpha": 8, "Beta": 9, "Gamma": 10}
COLUMN = {"a": "C", "b": "D"}


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def round_files(tmp_path):
    data = make_workbook(tmp_path, {"2024": [["Wilayah", "X"], *[[k, v] for k, v in DESK.items()]]}, name="desk.xlsx")
    criteria = write_criteria(tmp_path, CRITERIA, name="final.yaml")
    return tmp_path, data, criteria


def forms_out(runner, data, criteria, folder, *extra):
    result = runner.invoke(app, ["template", "--panel", str(data), "-c", str(criteria), "-o", str(folder), *extra])
    assert result.exit_code == 0, result.output
    return result


def fill(path, scores):
    """``scores``: {candidate: (a, b)}; None leaves the cell blank."""
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    for candidate, values in scores.items():
        for cid, value in zip("ab", values, strict=True):
            ws[f"{COLUMN[cid]}{ROW[candidate]}"] = value
    book.save(path)


def rank_json(runner, data, criteria, *panel):
    args = ["rank", str(data), "-c", str(criteria), "--format", "json"]
    for p in panel:
        args += ["--panel", str(p)]
    return runner.invoke(app, args)


# ---- the round trip of the issue ------------------------------------------------------------------


def test_round_trip_desk_forms_filled_back_to_the_final_ranking(runner, round_files):
    tmp_path, data, criteria = round_files
    folder = tmp_path / "formulir"
    out = forms_out(runner, data, criteria, folder)
    assert "Formulir disimpan" in out.output and "Konflik kepentingan yang diarsir abu-abu: J3 – Gamma" in out.output
    files = sorted(folder.iterdir())
    assert [f.name for f in files] == ["01-j1.xlsx", "02-j2.xlsx", "03-j3.xlsx", "04-j4.xlsx"]

    # J1 abstains on Alpha's `b`, J2 on Beta's `a`: the two abstentions. J1 types 120 (out of scale).
    fill(files[0], {"Alpha": (80, None), "Beta": (70, 120), "Gamma": (60, 40)})
    fill(files[1], {"Alpha": (90, 80), "Beta": (None, 85), "Gamma": (70, 70)})
    # J3 fills in Gamma although greyed out: the conflicted score.
    fill(files[2], {"Alpha": (60, 60), "Beta": (80, 80), "Gamma": (100, 100)})
    files[3].unlink()  # J4 never returns the form

    caught = rank_json(runner, data, criteria, folder)
    assert caught.exit_code == 1
    assert ('01-j1.xlsx › J1!D9: nilai 120 di luar skala penilaian 0–100 (juri "J1", kandidat "Beta", kriteria `b`)'
            in caught.output)

    fill(files[0], {"Beta": (70, 90)})
    result = rank_json(runner, data, criteria, folder)
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    # By hand (mean over the jurors who count; J3's Gamma is never counted, J4 has no form):
    #   Alpha a (80 + 90 + 60)/3 = 76.667, b (80 + 60)/2 = 70      → 0.75 × 76.667 + 0.25 × 70 = 75
    #   Beta  a (70 + 80)/2 = 75,          b (90 + 85 + 80)/3 = 85  → 0.75 × 75 + 0.25 × 85 = 77.5
    #   Gamma a (60 + 70)/2 = 65,          b (40 + 70)/2 = 55       → 0.75 × 65 + 0.25 × 55 = 62.5
    #   final = ½ desk + ½ panel: Alpha 50 + 37.5 = 87.5, Beta 45 + 38.75 = 83.75, Gamma 25 + 31.25 = 56.25
    ranked = [(r["rank"], r["id"], r["score"], r["panel_score"]) for r in out["results"]]
    assert ranked == [(1, "Alpha", pytest.approx(87.5), pytest.approx(75)),
                      (2, "Beta", pytest.approx(83.75), pytest.approx(77.5)),
                      (3, "Gamma", pytest.approx(56.25), pytest.approx(62.5)),
                      (4, "Delta", 0.0, None)]
    warnings = "\n".join(out["warnings"])
    assert ('03-j3.xlsx › J3!C10: juri "J3" memiliki konflik kepentingan dengan "Gamma", tetapi mengisi nilai '
            "(100 pada `a`); nilai itu tidak dihitung") in warnings
    assert 'juri "J4" tidak mengembalikan formulir; skor wawancara dihitung tanpa juri ini' in warnings
    panel = out["panel"]
    assert panel["layout"] == "forms" and panel["missing_jurors"] == ["J4"]
    assert [s["kind"] for s in panel["sources"]] == ["form"] * 3
    assert panel["conflicts"]["lines"] == [
        "Gamma dinilai oleh 2 juri; juri dari Gamma (J3) tidak dihitung (konflik kepentingan)"]


# ---- forms out ------------------------------------------------------------------------------------


def test_a_form_lists_exactly_the_shortlist_and_the_interview_criteria(runner, round_files):
    tmp_path, data, criteria = round_files
    forms_out(runner, data, criteria, tmp_path / "f")
    ws = openpyxl.load_workbook(tmp_path / "f" / "01-j1.xlsx").worksheets[0]
    assert ws.title == "J1"
    assert [ws.cell(7, c).value for c in range(1, 5)] == ["No.", "Wilayah", "Komitmen", "Inovasi"]
    assert [ws.cell(r, 2).value for r in range(8, 12)] == ["Alpha", "Beta", "Gamma", None]  # Delta not shortlisted
    assert [ws.cell(6, c).value for c in (3, 4)] == ["75%", "25%"]
    assert ws["A4"].value == "Juri: J1"


def test_score_cells_validate_the_scale_and_allow_a_blank(runner, round_files):
    tmp_path, data, criteria = round_files
    forms_out(runner, data, criteria, tmp_path / "f")
    ws = openpyxl.load_workbook(tmp_path / "f" / "01-j1.xlsx").worksheets[0]
    rules = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    assert set(rules) == {"C8:C10", "D8:D10"}
    rule = rules["C8:C10"]
    assert (rule.type, rule.operator or "between", rule.formula1, rule.formula2, rule.allow_blank) == (
        "decimal", "between", "0", "100", True)


def test_only_the_score_cells_are_unlocked_on_a_protected_sheet(runner, round_files):
    tmp_path, data, criteria = round_files
    forms_out(runner, data, criteria, tmp_path / "f")
    ws = openpyxl.load_workbook(tmp_path / "f" / "01-j1.xlsx").worksheets[0]
    assert ws.protection.sheet
    assert ws["C8"].protection.locked is False and ws["D10"].protection.locked is False
    assert ws["B8"].protection.locked is not False  # names cannot be changed


def test_a_conflict_is_a_grey_locked_cell_on_that_jurors_form(runner, round_files):
    tmp_path, data, criteria = round_files
    forms_out(runner, data, criteria, tmp_path / "f")
    ws = openpyxl.load_workbook(tmp_path / "f" / "03-j3.xlsx").worksheets[0]
    assert ws["A4"].value == "Juri: J3 (unsur akademisi)"
    gamma = ws["C10"]
    assert gamma.value == "konflik kepentingan" and gamma.protection.locked is not False
    assert gamma.fill.fgColor.rgb.endswith("D9D9D9")
    assert ws["C9"].protection.locked is False  # Beta is scored as usual


def test_a_form_has_a_signature_block_and_prints_on_one_page(runner, round_files):
    tmp_path, data, criteria = round_files
    forms_out(runner, data, criteria, tmp_path / "f")
    ws = openpyxl.load_workbook(tmp_path / "f" / "02-j2.xlsx").worksheets[0]
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert "Tanda tangan juri," in texts and "( J2 )" in texts and any(t.startswith("Tanggal:") for t in texts)
    # fitted to one page wide and one tall (xlsx leaves out fitToWidth/fitToHeight when they are 1)
    assert ws.page_setup.paperSize == 9 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight in (None, 1)
    assert "Kode formulir" in ws.oddFooter.left.text


def test_the_form_id_is_hidden_and_names_juror_shortlist_and_criteria(runner, round_files):
    import hashlib

    from paritrana.panel.forms import ID_SHEET, shortlist_fingerprint

    tmp_path, data, criteria = round_files
    forms_out(runner, data, criteria, tmp_path / "f")
    book = openpyxl.load_workbook(tmp_path / "f" / "02-j2.xlsx")
    ids = book[ID_SHEET]
    assert ids.sheet_state == "veryHidden"
    values = {r[0]: r[1] for r in ids.iter_rows(min_row=2, values_only=True)}
    assert values["juror"] == "J2"
    assert values["fingerprint"] == shortlist_fingerprint(2024, ["Alpha", "Beta", "Gamma"])
    assert values["criteria_sha256"] == hashlib.sha256(criteria.read_bytes()).hexdigest()
    assert json.loads(values["jurors"]) == ["J1", "J2", "J3", "J4"]


def test_the_instructions_sheet_is_in_the_output_language(runner, round_files):
    tmp_path, data, criteria = round_files
    forms_out(runner, data, criteria, tmp_path / "id")
    forms_out(runner, data, criteria, tmp_path / "en", "--lang", "en")
    assert openpyxl.load_workbook(tmp_path / "id" / "01-j1.xlsx")["Petunjuk"]["A1"].value == (
        "Petunjuk pengisian formulir penilaian wawancara")
    english = openpyxl.load_workbook(tmp_path / "en" / "01-j1.xlsx")
    assert english["Instructions"]["A1"].value == "How to fill in the interview scoring form"
    assert english.worksheets[0]["A2"].value == "Interview scoring form — Wawancara uji"


def test_jurors_from_a_file_replace_the_criteria_list(runner, round_files):
    tmp_path, data, criteria = round_files
    names = tmp_path / "juri.txt"
    names.write_text("# Tim 9\nDr. Andi, M.Si.\nSiti Rahma\n", encoding="utf-8")
    forms_out(runner, data, criteria, tmp_path / "f", "--jurors", str(names))
    assert sorted(p.name for p in (tmp_path / "f").iterdir()) == ["01-dr-andi-m-si.xlsx", "02-siti-rahma.xlsx"]
    assert openpyxl.load_workbook(tmp_path / "f" / "01-dr-andi-m-si.xlsx").worksheets[0].title == "Dr. Andi, M.Si."


def test_forms_are_not_replaced_without_force(runner, round_files):
    tmp_path, data, criteria = round_files
    forms_out(runner, data, criteria, tmp_path / "f")
    again = runner.invoke(app, ["template", "--panel", str(data), "-c", str(criteria), "-o", str(tmp_path / "f")])
    assert again.exit_code == 1 and "01-j1.xlsx: berkas sudah ada" in again.output
    forms_out(runner, data, criteria, tmp_path / "f", "--force")


def test_panel_forms_need_the_data_file(runner, round_files):
    tmp_path, _, criteria = round_files
    result = runner.invoke(app, ["template", "--panel", "-c", str(criteria), "-o", str(tmp_path / "f")])
    assert result.exit_code == 2 and "formulir memerlukan berkas data" in result.output


def test_a_data_file_without_panel_is_a_usage_error(runner, round_files):
    tmp_path, data, _ = round_files
    result = runner.invoke(app, ["template", str(data), "-o", str(tmp_path / "t.xlsx")])
    assert result.exit_code == 2 and "hanya bersama `--panel`" in result.output


def test_forms_need_jurors(runner, tmp_path):
    data = make_workbook(tmp_path, {"2024": [["Wilayah", "X"], *[[k, v] for k, v in DESK.items()]]})
    text = CRITERIA.replace("  jurors:\n    - J1\n    - J2\n    - {name: J3, asal: Gamma, role: unsur akademisi}\n"
                            "    - J4\n", "")
    criteria = write_criteria(tmp_path, text)
    result = runner.invoke(app, ["template", "--panel", str(data), "-c", str(criteria), "-o", str(tmp_path / "f")])
    assert result.exit_code == 1
    assert "tidak ada juri untuk dibuatkan formulir" in result.output and "`--jurors`" in result.output


# ---- forms back: nothing merged silently -----------------------------------------------------------


@pytest.fixture
def returned(runner, round_files):
    """Every juror's form filled in: every score 70 except J3 on Gamma (greyed, left empty)."""
    tmp_path, data, criteria = round_files
    folder = as_typed(tmp_path / "formulir")  # as a user types it in the working folder
    forms_out(runner, data, criteria, folder)
    for path in sorted(folder.iterdir()):
        fill(path, {c: (70, 70) for c in ROW if not (path.name.startswith("03") and c == "Gamma")})
    return tmp_path, data, criteria, folder


def test_two_forms_from_one_juror_is_an_error_naming_both(runner, returned):
    tmp_path, data, criteria, folder = returned
    shutil.copy(folder / "02-j2.xlsx", folder / "02-j2-revisi.xlsx")
    result = rank_json(runner, data, criteria, folder)
    assert result.exit_code == 1
    assert 'juri "J2" memiliki nilai di dua berkas (juga di' in result.output and "02-j2.xlsx" in result.output
    assert "02-j2-revisi.xlsx" in result.output


def test_a_form_for_a_juror_outside_the_panel_is_an_error(runner, returned, tmp_path):
    _, data, criteria, folder = returned
    other = tmp_path / "other.yaml"
    other.write_text(CRITERIA.replace("    - J4\n", "    - J5\n"), encoding="utf-8")
    result = rank_json(runner, data, other, folder)
    assert result.exit_code == 1
    assert '04-j4.xlsx › J4: juri "J4" bukan anggota tim juri ("J1", "J2", "J3", dan "J5")' in result.output


def test_a_juror_without_a_form_is_a_warning_and_the_rest_count(runner, returned):
    _, data, criteria, folder = returned
    (folder / "01-j1.xlsx").unlink()
    result = rank_json(runner, data, criteria, folder)
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert any('juri "J1" tidak mengembalikan formulir' in w for w in out["warnings"])
    assert out["panel"]["jurors"] == ["J2", "J3", "J4"]


def test_a_form_printed_for_another_shortlist_is_an_error_naming_the_file(runner, returned, tmp_path):
    _, _, criteria, folder = returned
    changed = make_workbook(tmp_path, {"2024": [["Wilayah", "X"], ["Alpha", 100], ["Beta", 90], ["Gamma", 50],
                                                ["Delta", 95]]}, name="desk-baru.xlsx")
    result = rank_json(runner, changed, criteria, folder)
    assert result.exit_code == 1
    assert ("01-j1.xlsx: formulir ini dicetak untuk daftar nominasi lain (data tahap indikator berubah sejak "
            "formulir dicetak): ada di formulir tetapi tidak lagi masuk nominasi: Gamma; masuk nominasi sekarang "
            "tetapi tidak ada di formulir: Delta") in result.output
    assert "cetak formulir baru untuk daftar nominasi sekarang (`paritrana template` dengan `--panel`)" in result.output


def test_data_changed_without_changing_the_shortlist_is_a_warning(runner, returned, tmp_path):
    _, _, criteria, folder = returned
    changed = make_workbook(tmp_path, {"2024": [["Wilayah", "X"], ["Alpha", 100], ["Beta", 80], ["Gamma", 50],
                                                ["Delta", 0]]}, name="desk-koreksi.xlsx")
    result = rank_json(runner, changed, criteria, folder)
    assert result.exit_code == 0, result.output
    warnings = json.loads(result.stdout)["warnings"]
    assert sum("formulir ini dicetak dari data lain (SHA-256 berbeda); daftar nominasinya sama" in w
               for w in warnings) == 4


def test_a_score_out_of_scale_names_the_file_and_cell(runner, returned):
    _, data, criteria, folder = returned
    fill(folder / "04-j4.xlsx", {"Gamma": (101, 70)})
    result = rank_json(runner, data, criteria, folder)
    assert result.exit_code == 1
    assert "04-j4.xlsx › J4!C10: nilai 101 di luar skala penilaian 0–100" in result.output


def test_a_name_cell_changed_on_a_form_is_an_error_naming_the_cell(runner, returned):
    _, data, criteria, folder = returned
    book = openpyxl.load_workbook(folder / "02-j2.xlsx")
    ws = book.worksheets[0]
    ws["B8"], ws["B9"] = "Beta", "Alpha"  # rows swapped after unprotecting the sheet
    book.save(folder / "02-j2.xlsx")
    result = rank_json(runner, data, criteria, folder)
    assert result.exit_code == 1
    assert '02-j2.xlsx › J2!B8: baris 8 formulir ini seharusnya berisi "Alpha", tetapi berisi "Beta"' in result.output


def test_every_error_of_every_form_is_reported_together(runner, returned):
    _, data, criteria, folder = returned
    fill(folder / "01-j1.xlsx", {"Alpha": (-1, 70)})
    fill(folder / "04-j4.xlsx", {"Beta": (70, 150)})
    result = rank_json(runner, data, criteria, folder)
    assert result.exit_code == 1
    assert "01-j1.xlsx › J1!C8" in result.output and "04-j4.xlsx › J4!D9" in result.output


def test_a_file_in_the_folder_that_is_not_a_workbook_is_skipped_with_a_warning(runner, returned):
    _, data, criteria, folder = returned
    (folder / "scan-j1.pdf").write_bytes(b"%PDF-1.4")
    (folder / "~$01-j1.xlsx").write_bytes(b"lock")  # Excel's lock file: skipped silently
    result = rank_json(runner, data, criteria, folder)
    assert result.exit_code == 0, result.output
    warnings = json.loads(result.stdout)["warnings"]
    assert "formulir/scan-j1.pdf: berkas diabaikan: bukan buku kerja atau berkas CSV" in warnings
    assert not any("~$" in w for w in warnings)


def test_an_empty_folder_is_an_error(runner, round_files):
    tmp_path, data, criteria = round_files
    (tmp_path / "kosong").mkdir()
    result = rank_json(runner, data, criteria, tmp_path / "kosong")
    assert result.exit_code == 1 and "folder ini tidak berisi buku kerja nilai juri" in result.output


def test_several_files_are_read_like_a_folder(runner, returned):
    _, data, criteria, folder = returned
    files = sorted(folder.iterdir())
    result = rank_json(runner, data, criteria, *files[:2])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["panel"]["jurors"] == ["J1", "J2"] and out["panel"]["missing_jurors"] == ["J3", "J4"]


def test_a_handmade_workbook_beside_the_forms_is_matched_by_its_sheet_name(runner, returned):
    _, data, criteria, folder = returned
    (folder / "04-j4.xlsx").unlink()
    make_workbook(folder, {"J4": [["Wilayah", "Komitmen", "Inovasi"], ["Alpha", 60, 60], ["Beta", 60, 60],
                                  ["Gamma", 60, 60]]}, name="nilai-j4-tulisan-tangan.xlsx")
    result = rank_json(runner, data, criteria, folder)
    assert result.exit_code == 0, result.output
    panel = json.loads(result.stdout)["panel"]
    assert [s["kind"] for s in panel["sources"]] == ["form", "form", "form", "workbook"]
    # Alpha: a (70 + 70 + 70 + 60)/4 = 67.5, b the same → panel 67.5
    assert panel["candidates"][0]["id"] == "Alpha" and panel["candidates"][0]["score"] == pytest.approx(67.5)


def test_the_sample_forms_round_trip_gives_the_sample_workbooks_ranking(runner, tmp_path):
    """The sample's nine jurors typed into printed forms rank exactly as the sample workbook."""
    from conftest import ROOT, SAMPLE_XLSX
    from paritrana.core.names import name_key

    final = ROOT / "criteria" / "paritrana-kabkota-final.yaml"
    folder = tmp_path / "formulir"
    forms_out(runner, SAMPLE_XLSX, final, folder)
    source = openpyxl.load_workbook(ROOT / "sample_data" / "panel" / "kalbar-2025-juri.xlsx")
    for path in sorted(folder.iterdir()):
        book = openpyxl.load_workbook(path)
        ws = book.worksheets[0]
        given = {name_key(r[0]): r[1:5] for r in source[ws.title].iter_rows(min_row=5, values_only=True) if r[0]}
        for row in range(8, 13):
            if ws.cell(row, 3).value is None:  # a grey cell keeps its print
                for j in range(4):
                    ws.cell(row, 3 + j).value = given[name_key(ws.cell(row, 2).value)][j]
        book.save(path)
    from_forms = json.loads(rank_json(runner, SAMPLE_XLSX, final, folder).stdout)
    from_book = json.loads(rank_json(runner, SAMPLE_XLSX, final, ROOT / "sample_data" / "panel"
                                     / "kalbar-2025-juri.xlsx").stdout)
    assert [(r["id"], r["score"]) for r in from_forms["results"]] == [(r["id"], r["score"]) for r in from_book["results"]]


def test_a_conflicts_sheet_greys_out_cells_on_the_forms(runner, round_files):
    tmp_path, data, criteria = round_files
    sheet = make_workbook(tmp_path, {"Konflik": [["Juri", "Wilayah"], ["J1", "Alpha"]]}, name="konflik.xlsx")
    out = forms_out(runner, data, criteria, tmp_path / "f", "--conflicts", str(sheet))
    assert "Konflik kepentingan yang diarsir abu-abu: J1 – Alpha dan J3 – Gamma" in out.output
    ws = openpyxl.load_workbook(tmp_path / "f" / "01-j1.xlsx").worksheets[0]
    assert ws["C8"].value == "konflik kepentingan" and ws["C9"].value is None


def test_too_few_scores_with_forms_missing_names_the_jurors_without_a_form(runner, returned):
    # J1 and J2 returned nothing; J3 may not score Gamma (a conflict): Gamma has J4's score alone,
    # under min_jurors: 2 — the error says which forms are missing (their warning is not shown on an error)
    _, data, criteria, folder = returned
    (folder / "01-j1.xlsx").unlink()
    (folder / "02-j2.xlsx").unlink()
    result = rank_json(runner, data, criteria, folder)
    assert result.exit_code == 1
    assert 'jumlah juri kurang untuk' in result.output
    assert '(juri yang tidak mengembalikan formulir: "J1" dan "J2")' in result.output
