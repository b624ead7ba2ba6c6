"""Conflicts of interest: declared in the criteria (``conflicts``, a juror's ``asal``) or in a
conflicts sheet, lifted only with a reason, and never counted.

Desk (panel_fixtures): Alpha 100, Beta 90, Gamma 50, Delta 0; shortlist of three; panel score
0.75 a + 0.25 b; final = ½ desk + ½ panel; mean of the jurors.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import paritrana
from conftest import make_workbook, write_criteria
from panel_fixtures import desk_workbook, long_panel, panel_criteria, scores
from paritrana.errors import CriteriaError, DataErrors
from paritrana.panel.conflicts import Conflict, Conflicts, apply_conflicts
from paritrana.panel.load import PanelScore

# Three jurors; J3's Beta is the conflicted cell in most tests (J3 scores it 10 and 10).
TABLE = {
    "J1": {"Alpha": (80, 80), "Beta": (60, 60), "Gamma": (70, 70)},
    "J2": {"Alpha": (90, 90), "Beta": (80, 80), "Gamma": (50, 50)},
    "J3": {"Alpha": (70, 70), "Beta": (10, 10), "Gamma": (60, 60)},
}


def criteria_with(tmp_path, extra: str, **kw):
    """The fixture's criteria with ``extra`` lines added under ``panel:``."""
    text = panel_criteria(tmp_path, **kw).read_text(encoding="utf-8")
    return write_criteria(tmp_path, text.replace("panel:\n", "panel:\n" + extra, 1), name="conflicts.yaml")


def run(tmp_path, extra="", table=TABLE, conflicts=None, **kw):
    return paritrana.run(desk_workbook(tmp_path), criteria=criteria_with(tmp_path, extra, **kw),
                         panel=long_panel(tmp_path, scores(table)), conflicts=conflicts)


# ---- declared in the criteria -------------------------------------------------------------------


def test_a_conflicted_score_is_not_counted(tmp_path):
    result = run(tmp_path, "  conflicts:\n    J3: [Beta]\n")
    beta = next(r for r in result.results if r.id == "Beta")
    # Beta over J1 and J2 only: a = b = (60 + 80)/2 = 70 → panel 70; final ½ 90 + ½ 70 = 80
    # (J3's 10 counted would give (60 + 80 + 10)/3 = 50 and a final of 70).
    assert beta.panel_score == pytest.approx(70) and beta.score == pytest.approx(80)
    assert beta.panel.jurors == 2


def test_a_filled_conflicted_cell_is_a_warning_naming_juror_candidate_and_cell(tmp_path):
    result = run(tmp_path, "  conflicts:\n    J3: [Beta]\n")
    # the long sheet: header row 1, then J1's six rows, J2's six, J3's Alpha (2), Beta a in row 16
    warning = next(w for w in result.warnings if "konflik kepentingan" in str(w.message))
    assert str(warning.location) == "juri.xlsx › Nilai!D16"
    assert str(warning.message) == ('juri "J3" memiliki konflik kepentingan dengan "Beta", tetapi mengisi nilai '
                                    "(10 pada `a`); nilai itu tidak dihitung")


def test_a_juror_from_a_candidates_region_is_conflicted_by_asal(tmp_path):
    extra = "  jurors:\n    - J1\n    - J2\n    - {name: J3, asal: Kab. Beta}\n"
    result = run(tmp_path, extra)
    assert next(r for r in result.results if r.id == "Beta").panel_score == pytest.approx(70)
    assert [str(x) for x in result.panel.conflict_lines] == [
        "Beta dinilai oleh 2 juri; juri dari Beta (J3) tidak dihitung (konflik kepentingan)"]
    assert [line.render("en") for line in result.panel.conflict_lines] == [
        "Beta is scored by 2 jurors; the juror from Beta (J3) not counted (conflict of interest)"]


def test_the_json_conflict_matrix_matches_the_declaration(tmp_path):
    extra = "  jurors: [J1, J2, {name: J3, asal: Beta}]\n  conflicts:\n    J1: [Gamma]\n"
    panel = run(tmp_path, extra).to_dict()["panel"]
    matrix = panel["conflicts"]["matrix"]
    assert matrix["jurors"] == ["J1", "J2", "J3"] and matrix["candidates"] == ["Alpha", "Beta", "Gamma"]
    assert matrix["cells"] == [[None, None, "conflict"], [None, None, None], [None, "conflict", None]]
    declared = {(c["juror"], c["candidate"], c["source"]) for c in panel["conflicts"]["declared"]}
    assert declared == {("J1", "Gamma", "criteria"), ("J3", "Beta", "asal")}
    cell = next(s for s in panel["scores"] if (s["juror"], s["candidate"], s["criterion"]) == ("J3", "Beta", "a"))
    assert (cell["value"], cell["conflict"], cell["ignored_value"]) == (None, True, 10)


def test_a_lifted_conflict_counts_and_its_reason_is_in_the_json(tmp_path):
    extra = ("  conflicts:\n    J3: [Beta]\n  overrides:\n"
             "    - {juror: J3, candidate: Beta, reason: J3 pindah tugas sebelum 2024}\n")
    result = run(tmp_path, extra)
    assert next(r for r in result.results if r.id == "Beta").panel_score == pytest.approx(50)  # (60 + 80 + 10)/3
    declared = result.to_dict()["panel"]["conflicts"]["declared"]
    assert declared == [{"juror": "J3", "candidate": "Beta", "source": "criteria", "declared_at": "conflicts.yaml",
                         "asal": None, "lifted": True, "reason": "J3 pindah tugas sebelum 2024",
                         "lifted_at": "conflicts.yaml"}]
    assert [str(x) for x in result.panel.conflict_lines] == [
        "Konflik kepentingan J3 dengan Beta dicabut oleh ketua tim juri: J3 pindah tugas sebelum 2024"]
    assert not any("konflik kepentingan dengan" in str(w.message) for w in result.warnings)


def test_an_override_needs_a_reason(tmp_path):
    extra = "  conflicts:\n    J3: [Beta]\n  overrides:\n    - {juror: J3, candidate: Beta}\n"
    with pytest.raises(CriteriaError, match=r"panel\.overrides\.0\.reason"):
        run(tmp_path, extra)


def test_lifting_a_conflict_nobody_declared_is_an_error(tmp_path):
    extra = "  overrides:\n    - {juror: J3, candidate: Beta, reason: salah ketik}\n"
    with pytest.raises(DataErrors, match=r'ketua tim juri mencabut konflik kepentingan juri "J3" dengan "Beta", '
                                         r"padahal konflik itu tidak dinyatakan"):
        run(tmp_path, extra)


def test_a_conflict_with_a_candidate_not_in_the_data_is_an_error_with_the_closest_name(tmp_path):
    with pytest.raises(DataErrors, match=r'konflik kepentingan juri "J3": kandidat "Betta" tidak ada dalam data; '
                                         r'apakah yang dimaksud "Beta" atau "Delta"\?'):
        run(tmp_path, "  conflicts:\n    J3: [Betta]\n")


def test_a_conflict_of_a_juror_not_in_the_panel_is_an_error(tmp_path):
    with pytest.raises(DataErrors, match=r'konflik kepentingan dengan "Beta": "J9" bukan anggota tim juri'):
        run(tmp_path, "  conflicts:\n    J9: [Beta]\n")


def test_a_conflict_of_an_undeclared_juror_is_a_criteria_error_at_its_line(tmp_path):
    extra = "  jurors: [J1, J2, J3]\n  conflicts:\n    J4: [Beta]\n"
    with pytest.raises(CriteriaError, match=r'panel\.conflicts\.J4: "J4" bukan salah satu juri di bawah `panel: '
                                            r"jurors:` \(\"J1\", \"J2\", dan \"J3\"\) \(baris \d+\)"):
        run(tmp_path, extra)


# ---- the minimum-jurors rule ------------------------------------------------------------------


def test_too_few_jurors_left_by_a_conflict_is_an_error_by_default(tmp_path):
    with pytest.raises(paritrana.DataError, match=r"jumlah juri kurang untuk Beta \(2 juri pada `a` dan 2 juri "
                                                  r"pada `b`\) \(sedikitnya 3 juri per kriteria wawancara\)"):
        run(tmp_path, "  conflicts:\n    J3: [Beta]\n", min_jurors=3)


def test_too_few_jurors_with_warn_scores_over_those_who_remain(tmp_path):
    result = run(tmp_path, "  too_few_jurors: warn\n  conflicts:\n    J3: [Beta]\n", min_jurors=3)
    assert next(r for r in result.results if r.id == "Beta").panel_score == pytest.approx(70)
    assert any(str(w.message) == "kurang dari 3 juri untuk Beta (2 juri pada `a` dan 2 juri pada `b`); skor dihitung "
               "dari juri yang tersisa (`too_few_jurors: warn`)" for w in result.warnings)


def test_a_finalist_whose_every_juror_is_conflicted_is_an_error(tmp_path):
    extra = "  conflicts:\n    J1: [Beta]\n    J2: [Beta]\n    J3: [Beta]\n"
    with pytest.raises(paritrana.DataError, match=r'finalis "Beta" tidak dinilai oleh juri mana pun: setiap juri '
                                                  r"yang memiliki baris untuk finalis ini memiliki konflik"):
        run(tmp_path, extra)


# ---- the conflicts sheet (--conflicts) ------------------------------------------------------------


def conflicts_sheet(tmp_path, rows, header=("Juri", "Wilayah", "Alasan Pencabutan")):
    return make_workbook(tmp_path, {"Konflik": [list(header), *rows]}, name="konflik.xlsx")


def test_a_conflicts_sheet_declares_conflicts(tmp_path):
    result = run(tmp_path, conflicts=conflicts_sheet(tmp_path, [["J3", "Beta", None]]))
    assert next(r for r in result.results if r.id == "Beta").panel_score == pytest.approx(70)
    assert result.to_dict()["panel"]["conflicts"]["declared"][0]["declared_at"] == "konflik.xlsx › Konflik!B2"


def test_a_conflicts_sheet_lifts_a_conflict_with_a_reason(tmp_path):
    sheet = conflicts_sheet(tmp_path, [["J3", "Beta", "disetujui rapat pleno 12 Mei"]])
    result = run(tmp_path, "  conflicts:\n    J3: [Beta]\n", conflicts=sheet)
    assert next(r for r in result.results if r.id == "Beta").panel_score == pytest.approx(50)
    declared = result.to_dict()["panel"]["conflicts"]["declared"][0]
    assert (declared["lifted"], declared["reason"], declared["lifted_at"]) == (
        True, "disetujui rapat pleno 12 Mei", "konflik.xlsx › Konflik!B2")


def test_a_conflicts_sheet_row_with_an_unknown_candidate_names_the_cell(tmp_path):
    sheet = conflicts_sheet(tmp_path, [["J3", "Gama", None]])
    with pytest.raises(DataErrors) as caught:
        run(tmp_path, conflicts=sheet)
    assert [str(i.location) for i in caught.value.issues] == ["konflik.xlsx › Konflik!B2"]


def test_a_conflicts_sheet_without_the_two_columns_is_an_error(tmp_path):
    sheet = conflicts_sheet(tmp_path, [["J3", "Beta"]], header=("Nama", "Daerah asal"))
    with pytest.raises(DataErrors, match="baris judul tidak ditemukan"):
        run(tmp_path, conflicts=sheet)


def test_the_cli_takes_a_conflicts_sheet(tmp_path):
    import json

    from typer.testing import CliRunner

    from paritrana.cli import app

    data = desk_workbook(tmp_path)
    criteria = panel_criteria(tmp_path)
    sheet = conflicts_sheet(tmp_path, [["J3", "Beta", None]])
    result = CliRunner().invoke(app, ["rank", str(data), "-c", str(criteria), "--panel",
                                      str(long_panel(tmp_path, scores(TABLE))), "--conflicts", str(sheet), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["panel"]["conflicts"]["lines"] == [
        "Beta dinilai oleh 2 juri; J3 tidak dihitung (konflik kepentingan)"]
    table = CliRunner().invoke(app, ["rank", str(data), "-c", str(criteria), "--panel",
                                     str(long_panel(tmp_path, scores(TABLE))), "--conflicts", str(sheet)])
    assert "Beta dinilai oleh 2 juri; J3 tidak dihitung (konflik kepentingan)" in table.output


# ---- never counted: a property --------------------------------------------------------------------


def test_apply_conflicts_turns_a_conflicted_score_into_a_marked_blank():
    conflicts = Conflicts([Conflict("J3", "Beta", "criteria")])
    cell = PanelScore("J3", "Kab. Beta", "a", 55.0, "Nilai", "D16")
    counted, filled = apply_conflicts([cell], conflicts)
    assert (counted[0].value, counted[0].conflict, counted[0].abstained) == (None, True, False)
    assert filled == [cell]


@pytest.fixture(scope="module")
def desk_run(tmp_path_factory):
    from paritrana.api import evaluate

    folder = tmp_path_factory.mktemp("desk")
    criteria = criteria_with(folder, "  conflicts:\n    J3: [Beta]\n    J1: [Gamma]\n")
    return evaluate(desk_workbook(folder), criteria=criteria)


def panel_scores(beta_j3: tuple[float | None, float | None], gamma_j1: tuple[float | None, float | None]):
    from paritrana.panel.load import PanelScores

    cells = []
    for juror, row in TABLE.items():
        for candidate, pair in row.items():
            if (juror, candidate) == ("J3", "Beta"):
                pair = beta_j3
            if (juror, candidate) == ("J1", "Gamma"):
                pair = gamma_j1
            cells += [PanelScore(juror, candidate, cid, v, "Nilai", "D2") for cid, v in zip("ab", pair, strict=True)]
    return PanelScores("juri.xlsx", "0" * 64, "long", cells, list(TABLE))


score = st.one_of(st.none(), st.floats(min_value=0, max_value=100, allow_nan=False))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.tuples(score, score), st.tuples(score, score))
def test_any_value_in_a_conflicted_cell_changes_nothing(desk_run, beta_j3, gamma_j1):
    from paritrana.panel.stages import apply_stages

    blank = apply_stages(desk_run, panel_scores((None, None), (None, None)))
    filled = apply_stages(desk_run, panel_scores(beta_j3, gamma_j1))
    assert [(r.id, r.rank, r.score) for r in filled.results] == [(r.id, r.rank, r.score) for r in blank.results]
    assert filled.panel.diagnostics.to_dict() == blank.panel.diagnostics.to_dict()
    assert filled.panel.combined.candidates == blank.panel.combined.candidates
