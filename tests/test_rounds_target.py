"""``gap_closed(x, target)``: the share of last year's gap to a target closed this year — the
national Universal Coverage target of 32,15 % for 2025 in the examples.

    100 × (x − previous(x)) / (target − previous(x)); a candidate at or above the target the
    year before gets 100 while it stays there, 0 when it falls below it.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

import paritrana
from conftest import make_workbook, write_criteria
from paritrana.core.expr import parse_expression
from paritrana.errors import ExpressionError

GAP = parse_expression("gap_closed(cakupan, 32.15)")


def closed(now: float, before: float) -> float:
    return float(GAP.evaluate({"cakupan": np.array([now])}, {"cakupan": np.array([before])})[0])


@pytest.mark.parametrize("now,before,share", [
    (26.0, 20.0, 100 * 6 / 12.15),      # 6 of the 12,15 points to the target: 49,38 %
    (32.15, 20.0, 100.0),                # exactly on the target: the whole gap
    (35.0, 20.0, 100 * 15 / 12.15),     # beyond the target: 123,46 %
    (18.0, 20.0, 100 * -2 / 12.15),     # fell: −16,46 %
    (20.0, 20.0, 0.0),                   # did not move
    (33.0, 32.15, 100.0),                # on the target last year, above it now: 100
    (32.15, 40.0, 100.0),                # above it last year, fell to the target: still 100
    (30.0, 40.0, 0.0),                   # above it last year, below it now: 0
])
def test_gap_closed_worked_by_hand(now, before, share):
    assert closed(now, before) == pytest.approx(share)


def test_gap_closed_of_a_missing_value_is_missing():
    assert math.isnan(closed(math.nan, 20.0)) and math.isnan(closed(40.0, math.nan))


def test_gap_closed_reads_the_baseline_year_like_previous():
    assert GAP.uses_previous and GAP.previous_names() == {"cakupan"} and GAP.current_names() == {"cakupan"}


@pytest.mark.parametrize("text,message", [
    ("gap_closed(cakupan)", "`gap_closed()` memerlukan tepat dua argumen (tertulis 1)"),
    ("gap_closed(cakupan, 30, 40)", "`gap_closed()` memerlukan tepat dua argumen (tertulis 3)"),
    ("gap_closed(previous(cakupan), 30)", "`gap_closed(x, target)` sudah membaca `previous(x)` sendiri: tulis `x` "
                                          "tanpa `previous()`"),
])
def test_gap_closed_misused_is_an_expression_error(text, message):
    with pytest.raises(ExpressionError) as caught:
        parse_expression(text)
    assert str(caught.value) == message


# The gap to the 32,15 % coverage target (UCJ) as the only indicator, as in docs/panduan.md §10.
UCJ_TARGET = """\
title: Target UCJ
columns:
  wilayah: [Kabupaten/Kota]
  pekerja: {headers: [Jumlah Pekerja], integer: true}
  peserta: {headers: [Peserta Aktif], integer: true}
derived:
  cakupan: 100 * peserta / pekerja
indicators:
  target: {value: "gap_closed(cakupan, 32.15)", weight: 1, normalize: none}
"""


def test_an_indicator_of_the_gap_closed_ranks(tmp_path):
    criteria = write_criteria(tmp_path, UCJ_TARGET)
    header = ["Kabupaten/Kota", "Jumlah Pekerja", "Peserta Aktif"]
    data = make_workbook(tmp_path, {"2023": [header, ["A", 1000, 200], ["B", 1000, 300], ["C", 1000, 400]],
                                    "2024": [header, ["A", 1000, 260], ["B", 1000, 310], ["C", 1000, 380]]})
    result = paritrana.run(data, criteria=criteria)
    # A: 20 → 26 of 32,15: 6/12,15 = 49,38 %; B: 30 → 31 of 32,15: 1/2,15 = 46,51 %; C: 40 (above) → 38: 100
    assert [(r.id, round(r.score, 2)) for r in result.results] == [("C", 100.0), ("A", 49.38), ("B", 46.51)]


def test_the_guides_worked_example_on_the_sample(tmp_path):
    """docs/panduan.md, section 10: the sample's gaps to the 32,15 % target."""
    from conftest import SAMPLE_XLSX

    criteria = write_criteria(tmp_path, UCJ_TARGET, name="ucj.yaml")
    result = paritrana.run(SAMPLE_XLSX, criteria=criteria)
    shares = {r.id: round(r.indicators["target"].raw, 1) for r in result.results}
    assert (shares["Sambas"], shares["Sekadau"], shares["Kota Pontianak"], shares["Ketapang"]) == \
        (13.5, 104.6, -33.5, 100.0)
    frame = paritrana.load_dataset(SAMPLE_XLSX, result.criteria).frame
    totals = {y: 100 * frame[frame["_year"] == y]["peserta"].sum() / frame[frame["_year"] == y]["pekerja"].sum()
              for y in (2023, 2024)}
    assert (round(totals[2023], 2), round(totals[2024], 2)) == (31.22, 31.59)
    assert round(closed(totals[2024], totals[2023]), 1) == 40.1  # the province as a whole
