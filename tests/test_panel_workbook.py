"""The jury's workbook as it comes back from the jurors: every oddity is an error or a warning
naming its sheet (and cell), and nothing is merged silently."""

from __future__ import annotations

import pytest

import paritrana
from conftest import make_workbook
from panel_fixtures import REVERSING, desk_workbook, long_panel, panel_criteria, scores
from paritrana.errors import DataError
from paritrana.io.criteria_file import load_criteria
from paritrana.panel.load import load_panel

NAMES = ["Alpha", "Beta", "Gamma", "Delta"]
HEADER = ("Wilayah", "Komitmen", "Inovasi")


@pytest.fixture
def criteria(tmp_path):
    return load_criteria(panel_criteria(tmp_path)).criteria


def read(path, criteria):
    return load_panel(path, criteria, NAMES)


def sheet(*rows, header=HEADER):
    """A juror's sheet: a title, a blank row, the header on row 3, candidates from row 4."""
    return [["Penilaian wawancara"], [], list(header), *map(list, rows)]


def warnings(panel):
    """The warnings with their hints, without the file name."""
    return [str(w).removeprefix("juri.xlsx › ") for w in panel.warnings]


# ---- scores outside the panel's scale ------------------------------------------------------------


def test_a_negative_score_in_a_long_sheet_names_its_cell(tmp_path, criteria):
    path = long_panel(tmp_path, [["J1", "Alpha", "a", 80], ["J1", "Alpha", "b", -5]])
    with pytest.raises(DataError, match=r'^juri\.xlsx › Nilai!D3: nilai −5 di luar skala penilaian 0–100 \(juri "J1", '
                                        r'kandidat "Alpha", kriteria `b`\)'):
        read(path, criteria)


def test_a_score_typed_as_a_percentage_is_an_error_not_a_fraction(tmp_path, criteria):
    # "80%" would otherwise be read as 0.8 — a valid score on 0–100, and a silent disaster
    path = make_workbook(tmp_path, {"Juri 1": sheet(["Alpha", "80%", 70])}, name="juri.xlsx")
    with pytest.raises(DataError, match=r'^juri\.xlsx › Juri 1!B4: "80%" berupa persen, bukan nilai pada skala 0–100 '
                                        r'\(juri "Juri 1", kandidat "Alpha", kriteria `a`\); ketik nilainya tanpa '
                                        r"tanda %$"):
        read(path, criteria)


def test_every_score_outside_the_scale_is_reported_at_once(tmp_path, criteria):
    path = make_workbook(tmp_path, {"Juri 1": sheet(["Alpha", 101, 70], ["Beta", 60, 1000])}, name="juri.xlsx")
    with pytest.raises(DataError) as caught:
        read(path, criteria)
    assert [i.location.place for i in caught.value.issues] == ["Juri 1!B4", "Juri 1!C5"]


# ---- extra sheets: notes, summaries, copies ------------------------------------------------------


def test_a_summary_sheet_named_so_is_ignored_with_a_warning(tmp_path, criteria):
    path = make_workbook(tmp_path, {
        "Juri 1": sheet(["Alpha", 80, 70]),
        "Juri 2": sheet(["Alpha", 60, 50]),
        "Rekap": sheet(["Alpha", 99, 99]),  # not the mean: still not a juror
    }, name="juri.xlsx")
    panel = read(path, criteria)
    assert panel.jurors == ["Juri 1", "Juri 2"]
    assert warnings(panel) == ["Rekap: lembar diabaikan: namanya menunjukkan lembar rekapitulasi, bukan nilai seorang "
                               "juri; bila lembar ini berisi nilai seorang juri, ganti nama lembarnya dengan nama "
                               "juri itu"]


def test_a_sheet_of_the_jurors_means_is_ignored_whatever_its_name(tmp_path, criteria):
    # Alpha a: (80 + 60 + 70) / 3 = 70, b: (70 + 50 + 63) / 3 = 61; Beta a: (90 + 70 + 80) / 3 = 80,
    # b: (40 + 60 + 56) / 3 = 52 — the sheet "Tim" holds exactly these: a summary, not a fourth juror
    path = make_workbook(tmp_path, {
        "Juri 1": sheet(["Alpha", 80, 70], ["Beta", 90, 40]),
        "Juri 2": sheet(["Alpha", 60, 50], ["Beta", 70, 60]),
        "Juri 3": sheet(["Alpha", 70, 63], ["Beta", 80, 56]),
        "Tim": sheet(["Alpha", 70, 61], ["Beta", 80, 52]),
    }, name="juri.xlsx")
    panel = read(path, criteria)
    assert panel.jurors == ["Juri 1", "Juri 2", "Juri 3"]
    assert warnings(panel) == ["Tim: lembar diabaikan: setiap nilainya (4 nilai) sama dengan rata-rata nilai juri lain "
                               "(lembar rekapitulasi, bukan nilai seorang juri)"]


def test_a_summary_of_rounded_means_is_recognised_at_its_precision(tmp_path, criteria):
    # Alpha a: (80 + 61 + 70) / 3 = 70.333…, written 70.33 (two decimals: within 0.005)
    path = make_workbook(tmp_path, {
        "Juri 1": sheet(["Alpha", 80, 70]),
        "Juri 2": sheet(["Alpha", 61, 50]),
        "Juri 3": sheet(["Alpha", 70, 60]),
        "Ringkas": sheet(["Alpha", 70.33, 60]),
    }, name="juri.xlsx")
    assert read(path, criteria).jurors == ["Juri 1", "Juri 2", "Juri 3"]


def test_a_juror_close_to_the_others_mean_is_still_a_juror(tmp_path, criteria):
    # Juri 3 gives 70 and 60; the others' means are (80 + 61) / 2 = 70.5 and (70 + 50) / 2 = 60: whole
    # scores must equal the mean exactly to be taken for a summary (rounded means are recognised by name only)
    path = make_workbook(tmp_path, {
        "Juri 1": sheet(["Alpha", 80, 70]),
        "Juri 2": sheet(["Alpha", 61, 50]),
        "Juri 3": sheet(["Alpha", 70, 60]),
    }, name="juri.xlsx")
    panel = read(path, criteria)
    assert panel.jurors == ["Juri 1", "Juri 2", "Juri 3"] and panel.warnings == []


def test_a_juror_who_agrees_with_everyone_is_not_taken_for_a_summary(tmp_path, criteria):
    # every juror gives the same scores: each sheet is the mean of the others, but that is agreement
    rows = (["Alpha", 80, 70], ["Beta", 60, 50])
    path = make_workbook(tmp_path, {f"Juri {j}": sheet(*rows) for j in (1, 2, 3)}, name="juri.xlsx")
    panel = read(path, criteria)
    assert panel.jurors == ["Juri 1", "Juri 2", "Juri 3"]
    assert 'Juri 2: semua nilai di lembar ini (4 nilai) sama persis dengan nilai di lembar "Juri 1"; periksa apakah ' \
           "lembar itu tersalin secara tidak sengaja" in warnings(panel)


def test_a_notes_sheet_listing_the_candidates_without_scores_is_ignored_with_a_warning(tmp_path, criteria):
    path = make_workbook(tmp_path, {
        "Juri 1": sheet(["Alpha", 80, 70]),
        "Catatan": [["Wilayah", "Catatan juri"], ["Alpha", "hadir bupati"], ["Beta", "diwakili sekda"]],
    }, name="juri.xlsx")
    panel = read(path, criteria)
    assert panel.jurors == ["Juri 1"]
    assert warnings(panel) == ["Catatan: lembar diabaikan: tidak ada kolom kriteria wawancara dan tidak ada nilai "
                               "(bukan lembar nilai juri)"]


def test_a_long_sheet_beside_a_summary_sheet_reads_only_the_long_sheet(tmp_path, criteria):
    path = make_workbook(tmp_path, {
        "Nilai": [["Juri", "Wilayah", "Kriteria", "Nilai"], ["J1", "Alpha", "a", 80]],
        "Rekap": [["Wilayah", "Komitmen", "Inovasi"], ["Alpha", 80, 70]],
    }, name="juri.xlsx")
    panel = read(path, criteria)
    assert [(s.juror, s.value) for s in panel.scores] == [("J1", 80.0)]
    assert warnings(panel) == ['Rekap: lembar diabaikan: tidak ada kolom juri dan kolom nama kandidat (nilai dibaca '
                               'dari lembar "Nilai")']


def test_an_average_row_under_the_candidates_is_ignored_with_a_warning(tmp_path, criteria):
    path = make_workbook(tmp_path, {"Juri 1": sheet(["Alpha", 80, 70], ["Beta", 60, 50], ["Rata-rata", 70, 60])},
                         name="juri.xlsx")
    panel = read(path, criteria)
    assert {s.candidate for s in panel.scores} == {"Alpha", "Beta"}
    assert warnings(panel) == ['Juri 1!A6: baris "Rata-rata" diabaikan: berisi jumlah atau rata-rata, bukan kandidat']


# ---- one juror, two names; one candidate, two rows -----------------------------------------------


def test_two_sheets_naming_the_same_juror_are_an_error_on_the_second(tmp_path, criteria):
    # A spreadsheet refuses "Juri 1" and "juri 1" as sheet names; "JURI-1" is the same juror all the same
    path = make_workbook(tmp_path, {"Juri 1": sheet(["Alpha", 80, 70]), "JURI-1": sheet(["Beta", 60, 50])},
                         name="juri.xlsx")
    with pytest.raises(DataError, match=r'^juri\.xlsx › JURI-1: lembar "Juri 1" dan "JURI-1" menamai juri yang sama; '
                                        r"lembar ini tidak dibaca; beri nama yang berbeda untuk lembar setiap juri, "
                                        r"atau hapus lembar yang berlebih$") as caught:
        read(path, criteria)
    assert caught.value.render("en") == ('juri.xlsx › JURI-1: sheets "Juri 1" and "JURI-1" name the same juror; this '
                                         "sheet is not read; give each juror's sheet a different name, or delete the "
                                         "extra sheet")


def test_a_juror_spelled_two_ways_in_a_long_sheet_is_one_juror_with_a_warning(tmp_path, criteria):
    path = long_panel(tmp_path, [["Juri 1", "Alpha", "a", 80], ["juri 1", "Alpha", "b", 70]])
    panel = read(path, criteria)
    assert panel.jurors == ["Juri 1"]
    assert warnings(panel) == ['Nilai!A3: juri "juri 1" dianggap sama dengan juri "Juri 1" (ditulis demikian di '
                               "Nilai!A2); tulis nama setiap juri dengan ejaan yang sama di semua baris"]


def test_a_long_sheet_naming_one_juror_twice_for_a_score_is_an_error_naming_both_cells(tmp_path, criteria):
    path = long_panel(tmp_path, [["Juri 1", "Alpha", "a", 80], ["Juri 2", "Alpha", "a", 75],
                                 ["Juri 1", "Alpha", "Komitmen", 60]])
    with pytest.raises(DataError, match=r'^juri\.xlsx › Nilai!D4: juri "Juri 1", kandidat "Alpha", kriteria `a` '
                                        r"dinilai dua kali \(juga di Nilai!D2\)"):
        read(path, criteria)


def test_a_candidate_listed_twice_on_a_jurors_sheet_is_one_error_naming_both_rows(tmp_path, criteria):
    path = make_workbook(tmp_path, {"Juri 1": sheet(["Alpha", 80, 70], ["Beta", 60, 50], ["ALPHA", 85, 75])},
                         name="juri.xlsx")
    with pytest.raises(DataError, match=r'^juri\.xlsx › Juri 1!A6: kandidat "ALPHA" muncul dua kali di lembar ini '
                                        r"\(juga di baris 4\); sisakan satu baris untuk setiap kandidat$"):
        read(path, criteria)


# ---- a juror who scored nobody ---------------------------------------------------------------------


def test_a_juror_whose_every_cell_is_empty_is_a_warning(tmp_path, criteria):
    path = make_workbook(tmp_path, {"Juri 1": sheet(["Alpha", 80, 70]), "Juri 2": sheet(["Alpha", None, None])},
                         name="juri.xlsx")
    panel = read(path, criteria)
    assert panel.jurors == ["Juri 1", "Juri 2"]  # kept: the abstentions are data
    assert warnings(panel) == ['Juri 2: juri "Juri 2" tidak menilai satu kandidat pun: semua sel nilainya kosong; isi '
                               "nilai juri itu, atau hapus lembarnya bila juri itu tidak ikut menilai"]


def test_a_jurors_sheet_without_candidate_rows_is_a_warning(tmp_path, criteria):
    path = make_workbook(tmp_path, {"Juri 1": sheet(["Alpha", 80, 70]), "Juri 2": sheet()}, name="juri.xlsx")
    panel = read(path, criteria)
    assert panel.jurors == ["Juri 1"]
    assert warnings(panel) == ['Juri 2: juri "Juri 2" tidak menilai satu kandidat pun: lembar ini tidak memiliki baris '
                               "kandidat; isi nilai juri itu, atau hapus lembarnya bila juri itu tidak ikut menilai"]


def test_a_juror_with_only_empty_rows_in_a_long_sheet_is_a_warning_at_the_first_row(tmp_path, criteria):
    path = long_panel(tmp_path, [["J1", "Alpha", "a", 80], ["J2", "Alpha", "a", None], ["J2", "Alpha", "b", None]])
    assert 'Nilai!D3: juri "J2" tidak menilai satu kandidat pun: semua sel nilainya kosong; isi nilai juri itu, ' \
           "atau hapus lembarnya bila juri itu tidak ikut menilai" in warnings(read(path, criteria))


# ---- finalists nobody scored, rows forgotten ---------------------------------------------------------


def test_a_finalist_missing_from_every_juror_is_an_error_naming_the_finalist(tmp_path):
    # shortlist: Alpha, Beta, Gamma; nobody wrote a row for Gamma — min_jurors cannot allow that
    table = {j: {c: v for c, v in rows.items() if c != "Gamma"} for j, rows in REVERSING.items()}
    with pytest.raises(DataError, match=r'^juri\.xlsx: finalis "Gamma" tidak dinilai oleh juri mana pun: tidak ada '
                                        r"baris untuk finalis ini dalam nilai juri mana pun; isi nilai juri untuk "
                                        r"finalis ini, atau periksa apakah namanya ditulis sama dengan nama di data$"):
        paritrana.run(desk_workbook(tmp_path), criteria=panel_criteria(tmp_path),
                      panel=long_panel(tmp_path, scores(table)))


def test_a_row_missing_from_one_jurors_sheet_is_an_abstention_with_a_warning(tmp_path):
    path = make_workbook(tmp_path, {
        "Juri 1": sheet(["Alpha", 60, 40], ["Beta", 90, 80], ["Gamma", 50, 50]),
        "Juri 2": sheet(["Alpha", 70, 60], ["Beta", 100, 90]),  # no row for Gamma
    }, name="juri.xlsx")
    result = paritrana.run(desk_workbook(tmp_path), criteria=panel_criteria(tmp_path), panel=path)
    assert result.panel.diagnostics.abstentions == {"Juri 2": ["Gamma"]}
    assert 'juri.xlsx › Juri 2: juri "Juri 2" tidak memiliki baris untuk finalis "Gamma"; dianggap abstain' \
        in result.warning_texts()
    warning = next(w for w in result.warnings if "Gamma" in w.render("en") and "no row" in w.render("en"))
    assert warning.render("en") == ('juri.xlsx › Juri 2: juror "Juri 2" has no row for finalist "Gamma"; counted as '
                                    "an abstention; add the row, leaving its cells empty if the juror abstained")


def test_a_blank_row_is_a_declared_abstention_without_a_warning(tmp_path):
    path = make_workbook(tmp_path, {
        "Juri 1": sheet(["Alpha", 60, 40], ["Beta", 90, 80], ["Gamma", 50, 50]),
        "Juri 2": sheet(["Alpha", 70, 60], ["Beta", 100, 90], ["Gamma", None, None]),
    }, name="juri.xlsx")
    result = paritrana.run(desk_workbook(tmp_path), criteria=panel_criteria(tmp_path), panel=path)
    assert result.panel.diagnostics.abstentions == {"Juri 2": ["Gamma"]}
    assert not any("Gamma" in text for text in result.warning_texts())


def test_a_missing_criterion_row_in_a_long_sheet_names_the_criterion(tmp_path):
    rows = [r for r in scores(REVERSING) if r[:3] != ["J2", "Gamma", "b"]]
    result = paritrana.run(desk_workbook(tmp_path), criteria=panel_criteria(tmp_path), panel=long_panel(tmp_path, rows))
    assert 'juri.xlsx › Nilai: juri "J2" tidak memiliki baris untuk finalis "Gamma" pada kriteria `b`; dianggap ' \
           "abstain" in result.warning_texts()
