"""``paritrana template``: a blank workbook with exactly the criteria's columns, validation,
comments, frozen header, prefilled names and instructions; filled in, it ranks."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

import paritrana
from conftest import ROOT, make_csv, make_workbook
from paritrana.api import validate as validate_file
from paritrana.cli.app import app
from paritrana.errors import UsageError
from paritrana.io.criteria_file import load_criteria
from paritrana.report.template import default_years, parse_years, read_names, write_template

BADAN_USAHA = ROOT / "criteria" / "paritrana-badan-usaha.yaml"
PEMDA = ROOT / "criteria" / "paritrana-pemda-lengkap.yaml"


def _book(path):
    return openpyxl.load_workbook(path)


def _header(sheet):
    return [c.value for c in sheet[1] if c.value is not None]


def _validations(sheet):
    """column letter → (type, operator, formula1, formula2); OOXML omits the default "between"."""
    return {str(dv.sqref).split(":")[0][0]: (dv.type, dv.operator or "between", dv.formula1, dv.formula2)
            for dv in sheet.data_validations.dataValidation}


@pytest.fixture
def default_template(tmp_path):
    path = tmp_path / "input.xlsx"
    write_template(path, years=[2023, 2024])
    return path


def test_one_sheet_per_year_after_the_instructions(default_template):
    assert _book(default_template).sheetnames == ["Petunjuk", "2023", "2024"]


def test_header_is_the_first_alias_of_each_needed_column(default_template):
    assert _header(_book(default_template)["2024"]) == ["Kabupaten/Kota", "Jumlah Pekerja", "Peserta Aktif"]


def test_group_by_column_comes_second_then_every_input_column(tmp_path):
    path = tmp_path / "pemda.xlsx"
    write_template(path, criteria=PEMDA, years=[2024])
    criteria = load_criteria(PEMDA).criteria
    expected = ["Kabupaten/Kota", "Jenis"] + [criteria.headers_for(c)[0] for c in criteria.input_columns]
    assert _header(_book(path)["2024"]) == expected
    assert len(expected) == 15  # wilayah, jenis and 13 input columns


def test_header_comment_gives_label_unit_and_bounds(default_template):
    comment = _book(default_template)["2024"]["B1"].comment.text
    assert comment == "Jumlah pekerja menurut Sakernas BPS, dalam orang\nbilangan bulat ≥ 0"


def test_count_columns_accept_whole_numbers_from_zero(default_template):
    rules = _validations(_book(default_template)["2024"])
    assert rules == {"B": ("whole", "greaterThanOrEqual", "0", None),
                     "C": ("whole", "greaterThanOrEqual", "0", None)}


def test_column_min_max_become_a_between_rule(tmp_path):
    path = tmp_path / "bu.xlsx"
    write_template(path, criteria=BADAN_USAHA, years=[2024])
    sheet = _book(path)["2024"]
    letters = {h: openpyxl.utils.get_column_letter(j + 1) for j, h in enumerate(_header(sheet))}
    rules = _validations(sheet)
    assert rules[letters["Jumlah Program"]] == ("whole", "between", "0", "5")
    assert rules[letters["Upah Dilaporkan"]] == ("decimal", "greaterThanOrEqual", "0", None)


def test_header_row_and_name_column_are_frozen(default_template):
    assert _book(default_template)["2024"].freeze_panes == "B2"


def test_instructions_in_indonesian_by_default(default_template):
    lines = [row[0] for row in _book(default_template)["Petunjuk"].iter_rows(values_only=True) if row[0]]
    assert lines[1] == "Petunjuk pengisian"
    assert ("7. Setelah diisi, periksa dengan `paritrana validate input.xlsx`, lalu susun peringkat dengan "
            "`paritrana rank input.xlsx`.") in lines
    assert lines[-1] == "Kriteria: paritrana-kabkota.yaml (bawaan)"  # never "<default: …>"
    assert not any("previous()" in line for line in lines)


def test_instructions_in_english(tmp_path):
    path = tmp_path / "input.xlsx"
    write_template(path, years=[2024], lang="en")
    book = _book(path)
    assert book.sheetnames == ["Instructions", "2024"]
    assert book["Instructions"]["A2"].value == "How to fill in this workbook"
    assert book["Instructions"]["A17"].value == "Criteria: paritrana-kabkota.yaml (default)"


def test_instructions_carry_a_hidden_marker_that_the_loader_knows(default_template):
    from paritrana.io.sheets import TEMPLATE_MARKER

    sheet = _book(default_template)["Petunjuk"]
    assert sheet["Z1"].value == TEMPLATE_MARKER
    assert sheet.column_dimensions["Z"].hidden


def test_default_years_with_previous_are_the_two_years_before_today():
    assert default_years(load_criteria().criteria, dt.date(2025, 9, 24)) == [2023, 2024]


def test_default_year_without_previous_is_last_year():
    assert default_years(load_criteria(BADAN_USAHA).criteria, dt.date(2025, 9, 24)) == [2024]


def test_parse_years_sorts_and_rejects_junk():
    assert parse_years("2024, 2023,2024") == [2023, 2024]
    with pytest.raises(UsageError) as caught:
        parse_years("2023,20x")
    assert caught.value.render("id") == '"20x" bukan tahun; tulis misalnya 2023,2024'
    assert caught.value.render("en") == '"20x" is not a year; write e.g. 2023,2024'


# ---- names -------------------------------------------------------------------------------


def test_names_from_a_text_file_skip_blanks_totals_comments_and_repeats(tmp_path):
    names = tmp_path / "nama.txt"
    names.write_text("# peserta 2025\nKetapang\n\n  Kota   Pontianak \nKab. Ketapang\nJumlah\n", encoding="utf-8")
    assert read_names(names, load_criteria().criteria) == ["Ketapang", "Kota Pontianak"]


def test_names_from_the_column_headed_like_the_entity(tmp_path):
    path = make_csv(tmp_path, [["No", "Nama Daerah"], ["1", "Sambas"], ["2", "Landak"]])
    assert read_names(path, load_criteria().criteria) == ["Sambas", "Landak"]


def test_names_from_the_first_column_when_no_header_matches(tmp_path):
    path = make_workbook(tmp_path, {"Daftar": [["Sambas", 1], ["Landak", 2]]}, name="daftar.xlsx")
    assert read_names(path, load_criteria().criteria) == ["Sambas", "Landak"]


def test_names_come_from_the_newest_year_sheet(tmp_path):
    path = make_workbook(tmp_path, {"2023": [["Wilayah"], ["Kab. Sambas"]], "2024": [["Wilayah"], ["Sambas"]]})
    assert read_names(path, load_criteria().criteria) == ["Sambas"]


def test_names_are_prefilled_in_every_year_sheet(tmp_path):
    names = tmp_path / "nama.txt"
    names.write_text("Ketapang\nSekadau\n", encoding="utf-8")
    path = tmp_path / "input.xlsx"
    write_template(path, years=[2023, 2024], names_file=names)
    book = _book(path)
    for year in ("2023", "2024"):
        assert [book[year].cell(r, 1).value for r in (2, 3, 4)] == ["Ketapang", "Sekadau", None]


# ---- CLI ---------------------------------------------------------------------------------


def test_cli_writes_and_reports_sheets_and_columns(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["template", "-o", "input.xlsx", "--years", "2023,2024"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        'Templat disimpan: input.xlsx (lembar 2023, 2024, dan "Petunjuk"); nama kandidat belum diisi',
        'Kolom: "Kabupaten/Kota", "Jumlah Pekerja", dan "Peserta Aktif"']
    assert (tmp_path / "input.xlsx").exists()


def test_cli_counts_the_names_it_filled_in(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "nama.txt").write_text("Ketapang\nMempawah\n", encoding="utf-8")
    result = runner.invoke(app, ["template", "-o", "t.xlsx", "--years", "2024", "--names", "nama.txt"])
    assert result.stdout.splitlines()[0] == (
        'Templat disimpan: t.xlsx (lembar 2024 dan "Petunjuk"); 2 nama kandidat sudah diisi')
    english = runner.invoke(app, ["template", "-o", "e.xlsx", "--years", "2024", "--names", "nama.txt", "--lang", "en"])
    assert english.stdout.splitlines()[0] == (
        'Template saved: e.xlsx (sheets 2024 and "Instructions"); 2 candidate names filled in')


def test_cli_refuses_to_overwrite_without_force(runner, default_template):
    before = default_template.read_bytes()
    result = runner.invoke(app, ["template", "-o", str(default_template)])
    assert result.exit_code == 1
    assert "input.xlsx: berkas sudah ada; tambahkan `--force` untuk menimpanya" in result.stderr
    assert default_template.read_bytes() == before


def test_cli_force_replaces(runner, default_template):
    result = runner.invoke(app, ["template", "-o", str(default_template), "--years", "2020", "--force"])
    assert result.exit_code == 0, result.output
    assert _book(default_template).sheetnames == ["Petunjuk", "2020"]


def test_cli_bad_years_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(app, ["template", "-o", str(tmp_path / "x.xlsx"), "--years", "2023,abc"])
    assert result.exit_code == 2
    assert 'nilai `--years` tidak sah: "abc" bukan tahun; tulis misalnya 2023,2024' in result.output


def test_cli_refuses_a_non_xlsx_name(runner, tmp_path):
    result = runner.invoke(app, ["template", "-o", str(tmp_path / "x.csv")])
    assert result.exit_code == 1
    assert "x.csv: templat berupa buku kerja Excel; beri nama berkas yang berakhiran `.xlsx`" in result.stderr


# ---- round trip --------------------------------------------------------------------------


def test_filled_template_ranks_as_worked_by_hand(tmp_path):
    names = tmp_path / "nama.txt"
    names.write_text("A\nB\nC\n", encoding="utf-8")
    path = tmp_path / "input.xlsx"
    write_template(path, years=[2023, 2024], names_file=names)
    figures = {  # (pekerja, peserta)
        "2023": {"A": (100, 10), "B": (100, 20), "C": (200, 50)},
        "2024": {"A": (100, 30), "B": (100, 25), "C": (200, 60)},
    }
    book = openpyxl.load_workbook(path)
    for year, rows in figures.items():
        sheet = book[year]
        for r in range(2, 5):
            sheet.cell(r, 2).value, sheet.cell(r, 3).value = rows[sheet.cell(r, 1).value]
    book.save(path)
    # capaian (peserta, minmax 25..60): A 14.2857, B 0, C 100
    # cakupan 2024 (target 0..100):      A 30,      B 25, C 30
    # pertumbuhan (points, minmax 5..20): A 100,    B 0,  C 0
    # score = .4 capaian + .3 cakupan + .3 pertumbuhan: C 49, A 44.7143, B 7.5
    result = paritrana.run(path)
    assert [(r.rank, r.id) for r in result.results] == [(1, "C"), (2, "A"), (3, "B")]
    assert [r.score for r in result.results] == pytest.approx([49.0, 0.4 * 100 / 7 + 9 + 30, 7.5])
    assert result.warning_texts() == []  # the instructions sheet is the tool's own: no warning
    assert validate_file(path).ok
