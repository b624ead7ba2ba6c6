"""Probe (round 3): input workbooks as offices really send them, against SPEC's "Input
workbooks" section and the second-round additions — where a ranking could be silently wrong.

Total rows by value in the shapes province tables take (a total on top under the header,
sub-totals above their rows, a lone row that happens to be a sum), total words, numbers as
typed in Indonesian offices.
"""

from __future__ import annotations

import pytest

import paritrana
from conftest import HEADER, make_workbook, write_criteria

# One year, no previous(); the counts are declared integer (people), as in the default criteria.
COUNTS = """\
title: T
columns:
  wilayah: [Kabupaten/Kota]
  pekerja: {headers: [Jumlah Pekerja], integer: true}
  peserta: {headers: [Peserta Aktif], integer: true}
indicators:
  capaian: {value: peserta, weight: 1}
  cakupan: {value: 100 * peserta / pekerja, weight: 1}
"""


def ranked(tmp_path, rows, criteria=COUNTS):
    return paritrana.run(make_workbook(tmp_path, {"2024": [HEADER, *rows]}), criteria=write_criteria(tmp_path, criteria))


# ---- total rows by value: the shapes of real province tables ------------------------------------


def test_a_total_on_top_above_sub_totals_is_dropped_with_them(tmp_path):
    # The province first (under the header), then each wilayah kerja's kabupaten and its sub-total:
    #   Utara 100 + 50 = 150 / 40 + 20 = 60;  Timur 80 + 70 + 30 = 180 / 30 + 10 + 5 = 45
    #   province 150 + 180 = 330 / 60 + 45 = 105 (the five kabupaten, not the sub-totals)
    # Before, none of the three was found (the first block from the header took in the total):
    # the province ranked first and "Wilker Utara" second.
    result = ranked(tmp_path, [["KALIMANTAN BARAT", 330, 105], ["Sambas", 100, 40], ["Bengkayang", 50, 20],
                               ["Wilker Utara", 150, 60], ["Sanggau", 80, 30], ["Sekadau", 70, 10],
                               ["Sintang", 30, 5], ["Wilker Timur", 180, 45]])
    assert sorted(r.id for r in result.results) == ["Bengkayang", "Sambas", "Sanggau", "Sekadau", "Sintang"]
    assert result.warning_texts() == [
        '2024!A2: baris "KALIMANTAN BARAT" diabaikan sebagai baris jumlah: nilainya adalah jumlah 5 baris lainnya',
        '2024!A5: baris "Wilker Utara" diabaikan sebagai baris subtotal: nilainya adalah jumlah baris 3–4 (2 baris)',
        '2024!A9: baris "Wilker Timur" diabaikan sebagai baris subtotal: nilainya adalah jumlah baris 6–8 (3 baris)',
    ]


def test_sub_totals_above_their_rows_and_a_total_at_the_bottom_are_dropped(tmp_path):
    # "Wilker Utara" heads its kabupaten (rows 3–4), "Wilker Timur" its own (rows 6–8); the
    # province at the bottom sums the five kabupaten. Before, all three were ranked.
    result = ranked(tmp_path, [["Wilker Utara", 150, 60], ["Sambas", 100, 40], ["Bengkayang", 50, 20],
                               ["Wilker Timur", 180, 45], ["Sanggau", 80, 30], ["Sekadau", 70, 10],
                               ["Sintang", 30, 5], ["6100 KALIMANTAN BARAT", 330, 105]])
    assert sorted(r.id for r in result.results) == ["Bengkayang", "Sambas", "Sanggau", "Sekadau", "Sintang"]
    assert result.warning_texts() == [
        '2024!A2: baris "Wilker Utara" diabaikan sebagai baris subtotal: nilainya adalah jumlah baris 3–4 (2 baris)',
        '2024!A5: baris "Wilker Timur" diabaikan sebagai baris subtotal: nilainya adalah jumlah baris 6–8 (3 baris)',
        '2024!A9: baris "6100 KALIMANTAN BARAT" diabaikan sebagai baris jumlah: nilainya adalah jumlah 5 baris '
        'lainnya',
    ]


def test_sub_totals_above_their_rows_without_a_total(tmp_path):
    result = ranked(tmp_path, [["Wilker Utara", 150, 60], ["Sambas", 100, 40], ["Bengkayang", 50, 20],
                               ["Wilker Timur", 150, 40], ["Sanggau", 80, 30], ["Sekadau", 70, 10]])
    assert sorted(r.id for r in result.results) == ["Bengkayang", "Sambas", "Sanggau", "Sekadau"]
    assert [w.split(":")[0] for w in result.warning_texts()] == ["2024!A2", "2024!A5"]


def test_a_total_on_top_and_another_at_the_bottom_are_both_dropped(tmp_path):
    # 1000 + 500 + 800 = 2300, 400 + 200 + 300 = 900, written twice
    result = ranked(tmp_path, [["KALBAR", 2300, 900], ["Sambas", 1000, 400], ["Bengkayang", 500, 200],
                               ["Sanggau", 800, 300], ["6100", 2300, 900]])
    assert sorted(r.id for r in result.results) == ["Bengkayang", "Sambas", "Sanggau"]
    assert [w.split(":")[0] for w in result.warning_texts()] == ["2024!A2", "2024!A6"]


def test_two_sub_totals_amid_candidates_are_dropped_without_a_total(tmp_path):
    # rows 2–3 → row 4, rows 5–6 → row 7; the two kota below belong to no wilayah kerja
    result = ranked(tmp_path, [["Sambas", 100, 40], ["Bengkayang", 50, 20], ["Wilker Utara", 150, 60],
                               ["Sanggau", 80, 30], ["Sekadau", 70, 10], ["Wilker Timur", 150, 40],
                               ["Kota Pontianak", 500, 300], ["Kota Singkawang", 90, 10]])
    assert "Wilker Utara" not in [r.id for r in result.results]
    assert "Wilker Timur" not in [r.id for r in result.results]
    assert len(result.results) == 6


def test_a_lone_candidate_equal_to_two_rows_above_it_is_ranked_with_a_warning(tmp_path):
    # Ketapang 150 / 60 = Sambas + Bengkayang (100 + 50 / 40 + 20), but Sanggau below it is in
    # no block and no total backs a sub-total up: Ketapang is a candidate (SPEC: a total equals
    # the sum of *all* other rows). Before, it was dropped as a sub-total.
    #   capaian (peserta) 40, 20, 60, 30 → minmax: Sambas 50, Bengkayang 0, Ketapang 100, Sanggau 25
    #   cakupan 40, 40, 40, 37.5 % → minmax: 100, 100, 100, 0
    #   score (equal weights): Ketapang 100, Sambas 75, Bengkayang 50, Sanggau 12.5
    result = ranked(tmp_path, [["Sambas", 100, 40], ["Bengkayang", 50, 20], ["Ketapang", 150, 60],
                               ["Sanggau", 80, 30]])
    assert [(r.id, r.score) for r in result.results] == [("Ketapang", 100.0), ("Sambas", 75.0),
                                                         ("Bengkayang", 50.0), ("Sanggau", 12.5)]
    assert result.warning_texts() == [
        '2024!A4: baris "Ketapang" sama dengan jumlah baris 2–3 (2 baris), tetapi tetap dinilai sebagai kandidat '
        'karena tidak ada baris jumlah atau subtotal lain di lembar ini']
    assert result.warning_texts("en") == [
        '2024!A4: row "Ketapang" equals the sum of rows 2–3 (2 rows) but is ranked as a candidate: no total or '
        'other sub-total in the sheet goes with it']


def test_a_sheet_of_two_candidates_and_their_total(tmp_path):
    result = ranked(tmp_path, [["Sambas", 100, 40], ["Bengkayang", 50, 20], ["6100 KALBAR", 150, 60]])
    assert [r.id for r in result.results] == ["Sambas", "Bengkayang"]


def test_a_long_sheet_with_a_total_on_top_of_each_year(tmp_path):
    rows = [["Tahun", *HEADER]]
    for year, f in ((2023, 1), (2024, 2)):
        rows += [[year, "KALBAR", 330 * f, 105 * f], [year, "Sambas", 100 * f, 40 * f],
                 [year, "Bengkayang", 50 * f, 20 * f], [year, "Wilker Utara", 150 * f, 60 * f],
                 [year, "Sanggau", 80 * f, 30 * f], [year, "Sekadau", 70 * f, 10 * f],
                 [year, "Sintang", 30 * f, 5 * f], [year, "Wilker Timur", 180 * f, 45 * f]]
    result = paritrana.run(make_workbook(tmp_path, {"Rekap": rows}), criteria=write_criteria(tmp_path, COUNTS))
    assert sorted(r.id for r in result.results) == ["Bengkayang", "Sambas", "Sanggau", "Sekadau", "Sintang"]
    assert [w.split(":")[0] for w in result.warning_texts()] == [
        "Rekap!B2", "Rekap!B5", "Rekap!B9", "Rekap!B10", "Rekap!B13", "Rekap!B17"]


@pytest.mark.parametrize(("peserta", "dropped"), [(903, True), (915, False)])
def test_a_total_on_top_is_equal_within_half_a_percent(tmp_path, peserta, dropped):
    # 400 + 200 + 300 = 900: 903 is 0.33 % off, 915 is 1.6 % off
    result = ranked(tmp_path, [["KALBAR", 2300, peserta], ["Sambas", 1000, 400], ["Bengkayang", 500, 200],
                               ["Sanggau", 800, 300]])
    assert ("KALBAR" not in [r.id for r in result.results]) is dropped
