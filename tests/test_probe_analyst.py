"""Round-3 probe of the analyst's commands other than ``rank``: ``criteria show|check``,
``template`` and ``validate``, with files written the way an analyst writes them."""

from __future__ import annotations

import openpyxl
import pytest

from conftest import write_criteria
from paritrana.cli import app

# Two aspects with uneven weights: kinerja 3 : penerapan 1 → 75% and 25%;
# in kinerja cakupan 1 : capaian 3 → 25% and 75%; in penerapan 2 : 1 : 2 → 40%, 20%, 40%.
TWO_ASPECTS = """\
title: Uji dua aspek
columns:
  wilayah: [Wilayah]
  pekerja: [Pekerja]
  peserta: [Peserta]
  anggaran: [Anggaran]
derived:
  cakupan: 100 * peserta / pekerja
aspects:
  kinerja:
    label: Kinerja
    weight: 3
    indicators:
      cakupan: {value: cakupan, weight: 1}
      capaian: {value: peserta, weight: 3}
  penerapan:
    label: {id: Penerapan, en: Implementation}
    weight: 1
    indicators:
      anggaran: {value: anggaran, weight: 2, better: lower}
      rentan: {value: pekerja, weight: 1, normalize: rank}
      per_pekerja: {value: anggaran / pekerja, weight: 2}
"""


# ---- criteria show: effective weights worked out by hand ---------------------------------


@pytest.mark.parametrize(("line", "lang"), [
    ("kinerja 75% — Kinerja", "id"),
    ("cakupan 25% (global 18,75%)", "id"),      # 0,75 × 0,25 = 0,1875
    ("capaian 75% (global 56,25%)", "id"),      # 0,75 × 0,75 = 0,5625 (not "56,2": half-even)
    ("penerapan 25% — Penerapan", "id"),
    ("anggaran 40% (global 10,0%)", "id"),      # 0,25 × 2/5 = 0,10
    ("rentan 20% (global 5,0%)", "id"),         # 0,25 × 1/5 = 0,05
    ("capaian 75% (global 56.25%)", "en"),
    ("penerapan 25% — Implementation", "en"),
])
def test_show_gives_the_effective_weights_as_worked_by_hand(runner, tmp_path, monkeypatch, line, lang):
    monkeypatch.chdir(tmp_path)
    write_criteria(tmp_path, TWO_ASPECTS, "dua.yaml")
    result = runner.invoke(app, ["criteria", "show", "dua.yaml", "--lang", lang])
    assert result.exit_code == 0, result.output
    assert line in result.stdout


def test_show_gives_a_third_to_two_decimals(runner, tmp_path, monkeypatch):
    # three equal weights: 1/3 = 33,33% each, as the JSON weight 0.3333… reads
    monkeypatch.chdir(tmp_path)
    write_criteria(tmp_path, "title: T\nindicators:\n  a: {value: x, weight: 1}\n  b: {value: y, weight: 1}\n"
                             "  c: {value: z, weight: 1}\n", "tiga.yaml")
    result = runner.invoke(app, ["criteria", "show", "tiga.yaml"])
    assert "a (global 33,33%)" in result.stdout


# ---- criteria check: a warning about a name cites the line that reads it -----------------


def test_check_cites_the_line_of_a_name_not_declared(runner, tmp_path, monkeypatch):
    # no `columns:` section, so `peserat` (a typo) is taken as a header: a warning, but one
    # the analyst must be able to find — line 3 reads it
    monkeypatch.chdir(tmp_path)
    write_criteria(tmp_path, """\
        title: Uji
        derived:
          cak: 100 * peserat / pekerja
        indicators:
          a: {value: cak, weight: 1}
          b: {value: peserta, weight: 1}
        """, "salah.yaml")
    result = runner.invoke(app, ["criteria", "check", "salah.yaml"])
    assert result.exit_code == 0, result.output
    assert ("derived.cak: `peserat` dipakai dalam ekspresi tetapi tidak dideklarasikan di `columns:`; "
            'judul kolomnya harus persis "peserat" (baris 3)') in result.output
    assert "indicators.b.value: `peserta` dipakai" in result.output and "(baris 6)" in result.output


def test_check_cites_the_line_of_an_eligibility_rule_reading_a_name(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_criteria(tmp_path, "title: Uji\nindicators:\n  a: {value: x, weight: 1}\neligibility:\n  - y > 0\n",
                   "syarat.yaml")
    result = runner.invoke(app, ["--lang", "en", "criteria", "check", "syarat.yaml"])
    assert "eligibility.0: `y` is used in an expression" in result.output
    assert "(line 5)" in result.output


def test_check_exits_1_on_a_duplicate_key_naming_both_lines(runner, tmp_path, monkeypatch):
    # YAML itself would keep the second `a` silently; the strict check refuses it
    monkeypatch.chdir(tmp_path)
    write_criteria(tmp_path, "title: x\nindicators:\n  a: {value: p, weight: 1}\n  a: {value: q, weight: 2}\n",
                   "dobel.yaml")
    result = runner.invoke(app, ["criteria", "check", "dobel.yaml"])
    assert result.exit_code == 1
    assert "dobel.yaml baris 4: kunci `a` muncul dua kali (pertama kali di baris 3)" in result.output


# ---- template → fill in → validate → rank -------------------------------------------------


def test_a_template_of_custom_criteria_filled_in_ranks_as_worked_by_hand(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_criteria(tmp_path, TWO_ASPECTS, "dua.yaml")
    made = runner.invoke(app, ["template", "-o", "isian.xlsx", "--criteria", "dua.yaml"])
    assert made.exit_code == 0, made.output
    wb = openpyxl.load_workbook(tmp_path / "isian.xlsx")
    years = [ws for ws in wb if ws.title.isdigit()]
    assert len(years) == 1  # no previous(): the assessed year only
    sheet = years[0]
    assert [c.value for c in sheet[1]] == ["Wilayah", "Pekerja", "Peserta", "Anggaran"]
    for row in (["A", 100, 50, 5], ["B", 200, 200, 1]):
        sheet.append(row)
    wb.save(tmp_path / "isian.xlsx")
    assert runner.invoke(app, ["validate", "isian.xlsx", "-c", "dua.yaml"]).exit_code == 0
    result = runner.invoke(app, ["rank", "isian.xlsx", "-c", "dua.yaml", "-f", "json"])
    assert result.exit_code == 0, result.output
    import json
    out = json.loads(result.stdout)
    # B is best on every indicator but anggaran (lower is better: A 5 is worse than B 1 → B
    # 100 there too): cakupan 100 vs 50, peserta 200 vs 50, pekerja 200 vs 100, anggaran/pekerja
    # 0,005 vs 0,05 → A best there (10 points). B = 100 − 10 = 90; A = 10.
    assert [(r["id"], r["score"]) for r in out["results"]] == [("B", pytest.approx(90.0)), ("A", pytest.approx(10.0))]


# ---- template: the bounds told in the header notes are the criteria's own numbers --------

BOUNDED = """\
title: Batas
columns:
  wilayah: [Wilayah]
  rasio: {headers: [Rasio], min: 0.001, max: 1.5}
  selisih: {headers: [Selisih], min: -5, max: 5}
indicators:
  a: {value: rasio, weight: 1}
  b: {value: selisih, weight: 1}
"""


def _template_notes(runner, tmp_path, monkeypatch) -> dict[str, str]:
    monkeypatch.chdir(tmp_path)
    write_criteria(tmp_path, BOUNDED, "batas.yaml")
    made = runner.invoke(app, ["template", "-o", "isian.xlsx", "-c", "batas.yaml"])
    assert made.exit_code == 0, made.output
    wb = openpyxl.load_workbook(tmp_path / "isian.xlsx")
    sheet = next(ws for ws in wb if ws.title.isdigit())
    return {c.value: c.comment.text for c in sheet[1] if c.comment}


def test_a_template_tells_a_small_bound_as_written_not_rounded_to_zero(runner, tmp_path, monkeypatch):
    # min 0.001 was told as "0,00" (two fixed decimals): a bound the cell would fail
    assert _template_notes(runner, tmp_path, monkeypatch)["Rasio"].endswith("angka 0,001–1,5")


def test_a_template_tells_a_negative_bound_with_the_minus_sign(runner, tmp_path, monkeypatch):
    assert _template_notes(runner, tmp_path, monkeypatch)["Selisih"].endswith("angka −5–5")
