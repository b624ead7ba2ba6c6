"""Movement since a previous result (``rank --previous``) and the split of a score change
(``explain --previous``), on hand-worked data.

The round of these tests: one indicator ``v`` = ``x``, min–max normalised, weight 1, so a
score is 100·(x − min)/(max − min):

    last year   A 10, B 20, C 30   → A 0, B 50, C 100     ranks C 1, B 2, A 3
    this year   A 25, B 20, C 40   → A 25, B 0, C 100     ranks C 1, A 2, B 3
"""

from __future__ import annotations

import json

import pytest

import paritrana
from conftest import as_typed, make_workbook, write_criteria
from paritrana.cli.app import app
from paritrana.errors import DataError, UsageError
from paritrana.explain.change import rounded_parts
from paritrana.explain.text import change_sentence
from paritrana.io.previous import read_previous

CRITERIA = """\
title: Uji
columns:
  wilayah: [Wilayah]
  x: {headers: [X]}
indicators:
  v: {value: x, weight: 1, normalize: minmax}
"""
LAST = {"A": 10, "B": 20, "C": 30}
NOW = {"A": 25, "B": 20, "C": 40}


def sheet(values):
    return [["Wilayah", "X"], *[[k, v] for k, v in values.items()]]


@pytest.fixture
def round_files(tmp_path):
    """(this year's workbook, last year's JSON result, the criteria)."""
    criteria = write_criteria(tmp_path, CRITERIA)
    last = make_workbook(tmp_path, {"2023": sheet(LAST)}, name="lalu.xlsx")
    now = make_workbook(tmp_path, {"2024": sheet(NOW)}, name="kini.xlsx")
    previous = as_typed(tmp_path / "hasil-2024.json")
    previous.write_text(paritrana.run(last, criteria=criteria).to_json(), encoding="utf-8")
    return now, previous, criteria


# ---- movement --------------------------------------------------------------------------------


def test_movement_is_the_previous_rank_minus_the_rank(round_files):
    now, previous, criteria = round_files
    result = paritrana.run(now, criteria=criteria, previous=previous)
    moved = {r.id: (r.extra["previous_rank"], r.extra["previous_score"], r.extra["movement"]) for r in result.results}
    # C 1 → 1 (=), A 3 → 2 (▲ 1), B 2 → 3 (▼ 1); the previous scores are last year's 100, 0, 50
    assert moved == {"C": (1, 100.0, 0), "A": (3, 0.0, 1), "B": (2, 50.0, -1)}


def test_the_json_gains_the_movement_keys_after_the_others_and_the_previous_source(round_files):
    now, previous, criteria = round_files
    data = json.loads(paritrana.run(now, criteria=criteria, previous=previous).to_json())
    assert list(data["results"][0])[-3:] == ["previous_rank", "previous_score", "movement"]
    assert data["previous"]["path"] == str(previous) and data["previous"]["year"] == 2023
    assert len(data["previous"]["sha256"]) == 64


def test_without_previous_the_results_are_unchanged_byte_for_byte(round_files):
    now, previous, criteria = round_files
    plain = json.loads(paritrana.run(now, criteria=criteria).to_json())
    moved = json.loads(paritrana.run(now, criteria=criteria, previous=previous).to_json())
    for r in moved["results"]:
        for key in ("previous_rank", "previous_score", "movement"):
            del r[key]
    assert moved["results"] == plain["results"] and "previous" not in plain


def test_a_candidate_not_ranked_before_is_new(round_files, tmp_path):
    now, previous, criteria = round_files
    newcomer = make_workbook(tmp_path, {"2024": sheet({**NOW, "D": 30})}, name="baru.xlsx")
    result = paritrana.run(newcomer, criteria=criteria, previous=previous)
    d = result.find("D")
    assert (d.extra["previous_rank"], d.extra["previous_score"], d.extra["movement"]) == (None, None, None)


def test_the_terminal_shows_the_arrows_the_previous_rank_and_score_and_new(round_files, tmp_path, runner):
    now, previous, criteria = round_files
    newcomer = make_workbook(tmp_path, {"2024": sheet({**NOW, "D": 30})}, name="baru.xlsx")
    out = runner.invoke(app, ["rank", str(newcomer), "-c", str(criteria), "--previous", str(previous)]).stdout
    rows = {line.split("│")[2].strip(): line for line in out.splitlines() if line.startswith("│")}
    # this year: C 40 → 100, D 30 → 50, A 25 → 25, B 20 → 0
    assert "│         = │ 1 (100,00) │" in rows["C"]
    assert "│         = │   3 (0,00) │" in rows["A"]
    assert "│       ▼ 2 │  2 (50,00) │" in rows["B"]
    assert "│      baru │          – │" in rows["D"]
    assert "perubahan peringkat sejak hasil-2024.json (tahun yang dinilai 2023): ▲ naik, ▼ turun, = tetap" in out


def test_markdown_and_csv_carry_the_movement(round_files, runner):
    now, previous, criteria = round_files
    args = ["rank", str(now), "-c", str(criteria), "--previous", str(previous)]
    markdown = runner.invoke(app, [*args, "-f", "markdown"]).stdout
    assert "| Peringkat | Nama | Skor | Perubahan | Sebelumnya | v |" in markdown
    assert "| 2 | **A** | 25,00 | ▲ 1 | 3 (0,00) | 25,00 |" in markdown
    assert "hasil sebelumnya `hasil-2024.json` (SHA-256 `" in markdown
    plain = runner.invoke(app, [*args, "-f", "csv", "--csv-dialect", "plain"]).stdout.splitlines()
    assert plain[0].startswith("rank,id,group,score,tie,previous_rank,previous_score,movement,")
    assert plain[3].startswith("3,B,,0.0,false,2,50.0,-1,")
    excel = runner.invoke(app, [*args, "-f", "csv"]).stdout.splitlines()
    assert excel[0].startswith("\ufeffPeringkat;Nama;Skor;Seri;Peringkat sebelumnya;Skor sebelumnya;"
                               "Perubahan peringkat;")


def test_a_previous_result_of_the_same_year_is_refused(round_files, tmp_path):
    now, _, criteria = round_files
    same = as_typed(tmp_path / "sama.json")
    same.write_text(paritrana.run(now, criteria=criteria).to_json(), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        paritrana.run(now, criteria=criteria, previous=same)
    assert caught.value.render() == ("sama.json: hasil sebelumnya menilai tahun 2024, bukan tahun sebelum 2024; "
                                     "berikan hasil putaran sebelumnya")


def test_a_previous_result_sharing_no_candidate_gives_a_warning(round_files, tmp_path):
    now, _, criteria = round_files
    other = make_workbook(tmp_path, {"2023": sheet({"P": 1, "Q": 2})}, name="lain.xlsx")
    previous = as_typed(tmp_path / "lain.json")
    previous.write_text(paritrana.run(other, criteria=criteria).to_json(), encoding="utf-8")
    result = paritrana.run(now, criteria=criteria, previous=previous)
    assert result.warning_texts()[-1] == ('lain.json: tidak ada kandidat hasil sebelumnya ("Uji") yang diperingkat '
                                          "di sini; semua kandidat baru")


def test_an_excel_report_is_refused_with_a_message_to_give_the_json(round_files, tmp_path, runner):
    now, _, criteria = round_files
    report = tmp_path / "laporan-2024.xlsx"
    report.write_bytes(b"PK\x03\x04 not really a workbook")
    result = runner.invoke(app, ["rank", str(now), "-c", str(criteria), "--previous", str(report)])
    assert result.exit_code == 1
    assert ("laporan-2024.xlsx: hasil sebelumnya dibaca dari berkas JSON yang dibuat paritrana, bukan dari buku kerja "
            "atau laporan; berikan hasil tahun lalu dalam bentuk JSON: `paritrana rank DATA --output "
            "hasil-2024.json`") in result.output


@pytest.mark.parametrize("text,what", [("{not json", "bukan JSON"),
                                       ('{"title": "x"}', "`results` tidak ada atau rusak"),
                                       ('{"results": [{"rank": "1"}], "criteria": {"sha256": "0"}}',
                                        r"`results\[0\]` tidak ada atau rusak")])
def test_a_file_that_is_not_a_result_is_refused_naming_what_is_missing(tmp_path, text, what):
    path = as_typed(tmp_path / "x.json")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match=rf"^x\.json: bukan hasil yang dibuat paritrana \({what}\)"):
        read_previous(path)


# ---- the split of a score change -------------------------------------------------------------


def test_the_three_parts_of_a_change_add_up_to_it_worked_by_hand(round_files):
    now, previous, criteria = round_files
    change = paritrana.api.explain_change(now, "A", previous, criteria=criteria)
    # before: A scored 0 (the minimum of 10, 20, 30)
    # own data: last year's B 20 and C 30 with A's 25 → 100·(25 − 20)/(30 − 20) = 50: +50
    # the others: this year's B 20 and C 40 → 100·(25 − 20)/(40 − 20) = 25: 25 − 50 = −25
    # the criteria did not change: 0
    assert change.status == "split"
    assert change.parts == {"own_data": 50.0, "other_candidates": -25.0, "criteria": 0.0}
    assert sum(change.parts.values()) == change.total == 25.0
    assert (change.previous_rank, change.rank, change.movement) == (3, 2, 1)


def test_a_criteria_change_is_the_third_part(round_files, tmp_path):
    now, previous, _ = round_files
    ratio = write_criteria(tmp_path, CRITERIA.replace("minmax", "ratio_to_max"), name="baru.yaml")
    change = paritrana.api.explain_change(now, "A", previous, criteria=ratio)
    # own data and the others as above (under last year's min–max): +50 and −25, reaching 25;
    # this year's ratio_to_max gives A 100·25/40 = 62,5: the criteria change is 62,5 − 25 = +37,5
    assert change.parts == {"own_data": 50.0, "other_candidates": -25.0, "criteria": 37.5}
    assert change.total == 62.5 and change.criteria_changed


def test_the_change_in_a_sentence(round_files):
    now, previous, criteria = round_files
    change = paritrana.api.explain_change(now, "A", previous, criteria=criteria)
    assert change_sentence(change, "id") == ("A naik 1 peringkat (dari 3 ke 2), skornya +25,00 poin (0,00 → 25,00): "
                                             "datanya sendiri +50,00 poin, kandidat lain −25,00 poin, perubahan "
                                             "kriteria 0.")
    assert change_sentence(change, "en") == ("A rose 1 place (from 3 to 2), its score +25.00 points (0.00 → 25.00): "
                                             "its own data +50.00 points, the other candidates −25.00 points, the "
                                             "criteria change 0.")


def test_explain_previous_on_the_command_line_shows_the_parts_and_the_sentence(round_files, runner):
    now, previous, criteria = round_files
    result = runner.invoke(app, ["explain", str(now), "B", "-c", str(criteria), "--previous", str(previous)])
    assert result.exit_code == 0, result.output
    # B: 50 before; own data unchanged (20 among 10, 20, 30: +0); the others: 20 is now the minimum (−50)
    assert "│ Datanya sendiri             │      0 │" in result.stdout
    assert "│ Kandidat lain (normalisasi) │ −50,00 │" in result.stdout
    assert result.stdout.rstrip().endswith("B turun 1 peringkat (dari 2 ke 3), skornya −50,00 poin (50,00 → 0,00): "
                                           "datanya sendiri 0, kandidat lain −50,00 poin, perubahan kriteria 0.")


def test_explain_previous_as_json_keeps_full_precision_and_the_order(round_files, runner):
    now, previous, criteria = round_files
    out = runner.invoke(app, ["explain", str(now), "A", "-c", str(criteria), "--previous", str(previous), "-f", "json"])
    change = json.loads(out.stdout)["change"]
    assert change["order"] == ["own_data", "other_candidates", "criteria"]
    assert change["parts"] == {"own_data": 50.0, "other_candidates": -25.0, "criteria": 0.0}
    assert change["change"] == 25.0 and change["movement"] == 1 and change["sentence"].startswith("A naik 1")


def test_a_new_candidate_has_no_change_to_split(round_files, tmp_path):
    now, previous, criteria = round_files
    newcomer = make_workbook(tmp_path, {"2024": sheet({**NOW, "D": 30})}, name="baru.xlsx")
    change = paritrana.api.explain_change(newcomer, "D", previous, criteria=criteria)
    assert change.status == "new" and change.parts == {}
    assert change_sentence(change, "id") == ("D baru: tidak diperingkat dalam hasil sebelumnya, jadi tidak ada "
                                              "perubahan skor yang dapat dirinci.")


def test_a_previous_result_that_does_not_give_its_scores_back_is_refused(round_files):
    now, previous, criteria = round_files
    data = json.loads(previous.read_text(encoding="utf-8"))
    data["results"][0]["score"] = 99.0  # edited by hand
    previous.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataError, match="tidak dapat dihitung ulang dari nilai yang dicatatnya"):
        paritrana.api.explain_change(now, "C", previous, criteria=criteria)


def test_a_previous_result_without_its_criteria_text_uses_the_same_criteria_by_their_hash(round_files):
    now, previous, criteria = round_files
    data = json.loads(previous.read_text(encoding="utf-8"))
    del data["criteria"]["text"]  # as an earlier version wrote it
    previous.write_text(json.dumps(data), encoding="utf-8")
    assert paritrana.api.explain_change(now, "A", previous, criteria=criteria).parts["own_data"] == 50.0


def test_a_previous_result_without_its_criteria_text_and_other_criteria_is_refused(round_files, tmp_path):
    now, previous, _ = round_files
    data = json.loads(previous.read_text(encoding="utf-8"))
    del data["criteria"]["text"]
    previous.write_text(json.dumps(data), encoding="utf-8")
    other = write_criteria(tmp_path, CRITERIA.replace("minmax", "rank"), name="lain.yaml")
    with pytest.raises(DataError) as caught:
        paritrana.api.explain_change(now, "A", previous, criteria=other)
    assert caught.value.render().startswith("hasil-2024.json: hasil sebelumnya tidak mencatat isi berkas kriterianya")


def test_criteria_with_a_final_stage_are_refused(round_files):
    now, previous, _ = round_files
    with pytest.raises(UsageError, match="hanya dapat dirinci untuk kriteria tanpa tahap akhir"):
        paritrana.api.explain_change(now, "A", previous, criteria="kabkota-final")


@pytest.mark.parametrize("parts,total,shown", [
    ({"a": 1.204, "b": -3.404, "c": 0.0}, -2.2, {"a": 1.2, "b": -3.4, "c": 0.0}),
    # 0,005 + 0,005 = 0,01: each rounds to 0,01 (half away) or 0,00; the sum must show 0,01
    ({"a": 0.004, "b": 0.004, "c": 0.002}, 0.01, {"a": 0.01, "b": 0.0, "c": 0.0}),
    ({"a": 22.953, "b": -5.8876, "c": 0.0}, 17.0654, {"a": 22.96, "b": -5.89, "c": 0.0}),
])
def test_rounded_parts_add_up_to_the_rounded_change_and_leave_an_exact_zero(parts, total, shown):
    assert rounded_parts(parts, total) == shown
    assert round(sum(shown.values()), 2) == round(total, 2)


# ---- scoring again from raw values gives the scores back ---------------------------------------------


def test_rescoring_the_samples_raw_values_gives_its_scores_back_exactly(sample_result):
    import numpy as np

    from paritrana.core.rescore import rescore

    rows = list(sample_result.results)
    raw = {iid: np.array([r.indicators[iid].raw for r in rows]) for iid in sample_result.criteria.all_indicators}
    again = rescore(raw, [r.group for r in rows], sample_result.criteria)
    assert again.tolist() == [r.score for r in rows]


def test_rescoring_geometric_grouped_criteria_gives_the_scores_back(tmp_path):
    import numpy as np

    from paritrana.core.rescore import rescore

    criteria = write_criteria(tmp_path, """\
        title: Geo
        group_by: jenis
        aggregation: geometric
        columns:
          wilayah: [Wilayah]
          jenis: [Jenis]
          x: {headers: [X]}
          y: {headers: [Y]}
        aspects:
          a: {weight: 2, indicators: {u: {value: x, weight: 1, normalize: {method: minmax, range: [1, 100]}}}}
          b: {weight: 1, indicators: {w: {value: y, weight: 3, normalize: {method: rank, range: [1, 100]}},
                                      z: {value: x + y, weight: 1, normalize: {method: minmax, range: [1, 100]}}}}
        """)
    rows = [["Wilayah", "Jenis", "X", "Y"], ["A", "K", 1, 9], ["B", "K", 5, 2], ["C", "K", 3, 3], ["D", "L", 4, 4],
            ["E", "L", 8, 1], ["F", "L", 6, 7]]
    result = paritrana.run(make_workbook(tmp_path, {"2024": rows}), criteria=criteria)
    ranked = list(result.results)
    raw = {iid: np.array([r.indicators[iid].raw for r in ranked]) for iid in ("u", "w", "z")}
    again = rescore(raw, [r.group for r in ranked], result.criteria)
    assert again.tolist() == pytest.approx([r.score for r in ranked], abs=1e-12)
