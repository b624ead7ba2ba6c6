"""Reading the panel workbook: long sheet or one sheet per juror; every problem with its place."""

from __future__ import annotations

import pytest

from conftest import make_csv, make_workbook, write_criteria
from panel_fixtures import long_panel, panel_criteria
from paritrana.errors import DataError
from paritrana.io.criteria_file import load_criteria
from paritrana.panel.load import load_panel

NAMES = ["Alpha", "Beta", "Kab. Gamma", "Kota Delta"]


@pytest.fixture
def criteria(tmp_path):
    return load_criteria(panel_criteria(tmp_path)).criteria


def read(path, criteria, names=NAMES):
    return load_panel(path, criteria, names)


def juror_sheet(*rows, header=("Wilayah", "Komitmen", "Inovasi")):
    return [["Penilaian wawancara"], [], list(header), *map(list, rows)]


# ---- layouts ---------------------------------------------------------------------------------


def test_long_layout_with_header_aliases(tmp_path, criteria):
    header = ["PANELIS", "Kabupaten", "Aspek", "Skor"]  # aliases, any case
    path = long_panel(tmp_path, [["Juri 1", "Alpha", "a", 80], ["Juri 1", "Alpha", "Inovasi", 70]], header=header)
    panel = read(path, criteria)
    assert panel.layout == "long"
    assert [(p.juror, p.candidate, p.criterion, p.value) for p in panel.scores] == [
        ("Juri 1", "Alpha", "a", 80.0), ("Juri 1", "Alpha", "b", 70.0)]


def test_long_layout_header_below_title_rows(tmp_path, criteria):
    rows = [["Nilai wawancara Tim 9"], [], ["Juri", "Wilayah", "Kriteria", "Nilai"], ["J1", "Beta", "a", 75]]
    path = make_workbook(tmp_path, {"Nilai": rows}, name="juri.xlsx")
    assert read(path, criteria).scores[0].cell == "D4"


def test_one_sheet_per_juror(tmp_path, criteria):
    path = make_workbook(tmp_path, {
        "Juri 1": juror_sheet(["Alpha", 80, 70], ["Beta", 60, 65]),
        "Juri 2": juror_sheet(["Alpha", 85, 75]),
    }, name="juri.xlsx")
    panel = read(path, criteria)
    assert panel.layout == "per-juror"
    assert panel.jurors == ["Juri 1", "Juri 2"]
    assert [(p.juror, p.candidate, p.criterion, p.value, p.cell) for p in panel.scores][:2] == [
        ("Juri 1", "Alpha", "a", 80.0, "B4"), ("Juri 1", "Alpha", "b", 70.0, "C4")]
    assert len(panel.scores) == 6


def test_candidate_names_match_like_the_data_and_take_its_spelling(tmp_path, criteria):
    # "GAMMA" = "Kab. Gamma" (kabupaten prefix optional); "kota delta." = "Kota Delta"
    path = make_workbook(tmp_path, {"Juri 1": juror_sheet(["GAMMA", 80, 70], ["kota delta.", 60, 60])})
    assert {p.candidate for p in read(path, criteria).scores} == {"Kab. Gamma", "Kota Delta"}


def test_a_blank_score_is_an_abstention_not_a_zero(tmp_path, criteria):
    path = make_workbook(tmp_path, {"Juri 1": juror_sheet(["Alpha", None, 70])})
    values = {p.criterion: p.value for p in read(path, criteria).scores}
    assert values == {"a": None, "b": 70.0}


def test_a_notes_sheet_without_a_table_is_skipped_silently(tmp_path, criteria):
    # one column of sentences, as the sample's "Catatan": no table to read, nothing to warn of
    path = make_workbook(tmp_path, {"Juri 1": juror_sheet(["Alpha", 80, 70]), "Catatan": [["Nilai ilustratif"],
                                                                                        ["Skala 0–100"]]})
    panel = read(path, criteria)
    assert panel.jurors == ["Juri 1"]
    assert panel.warnings == []


def test_a_table_without_a_candidate_column_is_ignored_with_a_warning(tmp_path, criteria):
    path = make_workbook(tmp_path, {"Juri 1": juror_sheet(["Alpha", 80, 70]),
                                    "Catatan": [["Tanggal", "Tempat"], ["12 Mei", "Pontianak"]]})
    panel = read(path, criteria)
    assert panel.jurors == ["Juri 1"]
    assert [str(w) for w in panel.warnings] == [
        "data.xlsx › Catatan: lembar diabaikan: tidak ada kolom nama kandidat (bukan lembar nilai juri)"]
    assert panel.warnings[0].render("en") == ("data.xlsx › Catatan: sheet ignored: no candidate column (not a juror's "
                                              "sheet)")


def test_text_scores_are_read_in_the_criteria_number_locale(tmp_path, criteria):
    # number_locale id: "82,5" = 82.5
    path = long_panel(tmp_path, [["J1", "Alpha", "a", "82,5"]])
    assert read(path, criteria).scores[0].value == 82.5


def test_a_long_csv_panel_file(tmp_path, criteria):
    path = make_csv(tmp_path, [["Juri", "Wilayah", "Kriteria", "Nilai"], ["J1", "Beta", "Komitmen", "90"]], sep=";")
    assert [(p.candidate, p.criterion, p.value) for p in read(path, criteria).scores] == [("Beta", "a", 90.0)]


def test_extra_columns_in_a_juror_sheet_are_ignored_with_a_warning(tmp_path, criteria):
    path = make_workbook(tmp_path, {"Juri 1": juror_sheet(["Alpha", 80, 70, "bagus"],
                                                          header=("Wilayah", "Komitmen", "Inovasi", "Catatan"))})
    panel = read(path, criteria)
    assert 'Juri 1!D3: kolom "Catatan" diabaikan: bukan kriteria wawancara' in [w.short for w in panel.warnings]


# ---- errors, each naming its place ---------------------------------------------------------------


def test_unknown_candidate_suggests_the_closest_names(tmp_path, criteria):
    path = long_panel(tmp_path, [["J1", "Alpa", "a", 80]])
    with pytest.raises(DataError, match=r'^juri\.xlsx › Nilai!B2: kandidat "Alpa" tidak ada dalam data; '
                                        r'apakah yang dimaksud "Alpha"\?$') as caught:
        read(path, criteria)
    assert caught.value.render("en") == ('juri.xlsx › Nilai!B2: candidate "Alpa" is not in the data; did you mean '
                                         '"Alpha"?')


def test_unknown_criterion_suggests_the_closest(tmp_path, criteria):
    path = long_panel(tmp_path, [["J1", "Alpha", "Komitmn", 80]])
    with pytest.raises(DataError, match=r'Nilai!C2: "Komitmn" bukan kriteria wawancara; apakah yang dimaksud '
                                        r'"Komitmen"\?'):
        read(path, criteria)


def test_score_outside_the_scale_names_juror_candidate_criterion_and_cell(tmp_path, criteria):
    path = make_workbook(tmp_path, {"Juri 3": juror_sheet(["Alpha", 80, 105])}, name="juri.xlsx")
    with pytest.raises(DataError, match=r'^juri\.xlsx › Juri 3!C4: nilai 105 di luar skala penilaian 0–100 '
                                        r'\(juri "Juri 3", kandidat "Alpha", kriteria `b`\); isi dengan nilai 0 '
                                        r'sampai 100 \(skala pada `panel: scale:`\), atau kosongkan sel bila juri '
                                        r'abstain$') as caught:
        read(path, criteria)
    assert caught.value.render("en").startswith(
        'juri.xlsx › Juri 3!C4: score 105 is outside the panel\'s scale 0–100 (juror "Juri 3", candidate "Alpha", '
        'criterion `b`)')


def test_a_non_numeric_score_names_the_cell(tmp_path, criteria):
    path = long_panel(tmp_path, [["J1", "Alpha", "a", "delapan puluh"]])
    with pytest.raises(DataError, match=r'Nilai!D2: "delapan puluh" .* \(juri "J1", kandidat "Alpha", kriteria `a`\); '
                                        r'ketik nilainya sebagai angka, atau kosongkan sel bila juri abstain$'):
        read(path, criteria)


def test_a_juror_sheet_with_scores_but_no_header_row_is_an_unknown_layout(tmp_path, criteria):
    path = make_workbook(tmp_path, {"Juri 1": juror_sheet(["Alpha", 80, 70]),
                                    "Juri 2": [["Nama", "K1", "K2"], ["Alpha", 80, 70]]}, name="juri.xlsx")
    with pytest.raises(DataError, match=r"^juri\.xlsx › Juri 2: lembar berisi angka, tetapi tidak satu pun dari 20 "
                                        r"baris pertamanya berupa baris judul dengan kolom nama kandidat"):
        read(path, criteria)


def test_a_missing_criterion_column_suggests_the_closest_header(tmp_path, criteria):
    path = make_workbook(tmp_path, {"Juri 1": juror_sheet(["Alpha", 80, 70], header=("Wilayah", "Komitmen", "Inovsi"))})
    with pytest.raises(DataError, match=r'Juri 1!A3: kolom untuk kriteria wawancara `b` tidak ditemukan di baris '
                                        r'judul \(baris 3\); judul lain yang ada: "Inovsi"; untuk `b`, apakah yang '
                                        r'dimaksud "Inovsi"\?'):
        read(path, criteria)


def test_a_score_given_twice_is_an_error_naming_both_places(tmp_path, criteria):
    path = long_panel(tmp_path, [["J1", "Alpha", "a", 80], ["j1", "ALPHA", "Komitmen", 70]])
    with pytest.raises(DataError, match=r'Nilai!D3: juri "J1", kandidat "Alpha", kriteria `a` dinilai dua kali '
                                        r'\(juga di Nilai!D2\); hapus salah satu dari kedua nilai itu'):
        read(path, criteria)


def test_every_problem_is_reported_at_once(tmp_path, criteria):
    path = long_panel(tmp_path, [["J1", "Alpa", "a", 80], ["J1", "Beta", "a", 180], ["J1", "Beta", "b", "x"]])
    with pytest.raises(DataError, match=r"^data memuat 3 kesalahan"):
        read(path, criteria)


def test_a_long_sheet_without_a_score_column_is_an_error(tmp_path, criteria):
    path = long_panel(tmp_path, [["J1", "Alpha", "a", 80]], header=["Juri", "Wilayah", "Kriteria", "Hasil"])
    with pytest.raises(DataError, match=r'Nilai!A1: kolom nilai tidak ditemukan di baris judul \(baris 1\); judul '
                                        r'yang ada: "Juri", "Wilayah", "Kriteria", dan "Hasil"; beri kolom itu judul '
                                        r'"Nilai", "Skor", "Score", atau "Poin"'):
        read(path, criteria)


def test_panel_columns_add_header_aliases(tmp_path):
    text = panel_criteria(tmp_path).read_text().replace(
        "  criteria:\n", "  columns: {juror: Anggota, score: Angka}\n  criteria:\n")
    criteria = load_criteria(write_criteria(tmp_path, text, name="aliases.yaml")).criteria
    path = long_panel(tmp_path, [["J1", "Alpha", "a", 80]], header=["Anggota", "Wilayah", "Kriteria", "Angka"])
    assert [(p.juror, p.value) for p in read(path, criteria).scores] == [("J1", 80.0)]
