"""Input layouts and options as offices send them, checked against SPEC (round 3 probe).

Each test is one promise of SPEC's "Input workbooks" section (layouts, `--year`, `--baseline`,
CSV decoding, separators, quoting, field counts) on a small file built here.
"""

from __future__ import annotations

import pytest

import paritrana
from conftest import HEADER, make_workbook, write_criteria

# Criteria without previous(): capaian = peserta, cakupan = 100 · peserta / pekerja, both minmax.
PLAIN = """\
title: T
columns:
  wilayah: [Kabupaten/Kota]
  pekerja: [Jumlah Pekerja]
  peserta: [Peserta Aktif]
derived:
  cakupan: 100 * peserta / pekerja
indicators:
  capaian: {value: peserta, weight: 1}
  cakupan: {value: cakupan, weight: 1}
"""


def raws(result, indicator="capaian"):
    return {r.id: r.indicators[indicator].raw for r in result.results}


# ------------------------------------------------------------------- names typed on two lines


def test_a_quoted_csv_name_on_two_lines_keeps_every_row_its_own_figures(tmp_path):
    # "Kubu<newline>Raya" in quotes is one field: the name reads "Kubu Raya" (spaces collapsed)
    # and each candidate keeps its own peserta (it used to crash with an IndexError).
    (tmp_path / "d.csv").write_text('Kabupaten/Kota,Jumlah Pekerja,Peserta Aktif\n'
                                    '"Kubu\nRaya",150000,58000\nSambas,100000,9000\n', encoding="utf-8")
    result = paritrana.run("d.csv", criteria=write_criteria(tmp_path, PLAIN))
    assert raws(result) == {"Kubu Raya": 58000.0, "Sambas": 9000.0}


def test_a_workbook_name_wrapped_with_alt_enter_keeps_every_row_its_own_figures(tmp_path):
    data = make_workbook(tmp_path, {"2024": [HEADER, ["Kubu\nRaya", 150000, 58000], ["Sambas", 100000, 9000]]})
    result = paritrana.run(data, criteria=write_criteria(tmp_path, PLAIN))
    assert raws(result) == {"Kubu Raya": 58000.0, "Sambas": 9000.0}
