"""Status bands (``bands:`` in the criteria): named classes of an indicator's raw value or of
the score, a column in every output and a count per class. A value equal to a cut-off belongs
to the class above it."""

from __future__ import annotations

import json

import pytest

import paritrana
from conftest import ROOT, make_workbook, write_criteria
from paritrana.cli.app import app
from paritrana.core.criteria import parse_criteria
from paritrana.errors import CriteriaError

BANDED = """\
title: Uji predikat
columns:
  wilayah: [Wilayah]
  x: {headers: [X]}
indicators:
  cakupan: {value: x, weight: 1, normalize: {method: target, min: 0, max: 100}}
bands:
  cakupan:
    label: {id: Predikat cakupan, en: Coverage band}
    classes: [{id: rendah, en: low}, {id: sedang, en: medium}, {id: tinggi, en: high},
              {id: sangat tinggi, en: very high}]
    cuts: [30, 50, 70]
  score: {classes: [kurang, baik], cuts: [50]}
"""
# every cut-off, just below it, and the ends
VALUES = {"A": 0, "B": 29.99, "C": 30, "D": 49.99, "E": 50, "F": 69.99, "G": 70, "H": 100}


@pytest.fixture
def banded(tmp_path):
    criteria = write_criteria(tmp_path, BANDED)
    data = make_workbook(tmp_path, {"2024": [["Wilayah", "X"], *[[k, v] for k, v in VALUES.items()]]})
    return data, criteria


def test_a_value_on_a_cut_off_is_in_the_class_above_it(banded):
    data, criteria = banded
    result = paritrana.run(data, criteria=criteria)
    classes = {r.id: r.extra["bands"]["cakupan"] for r in result.results}
    assert classes == {"A": "rendah", "B": "rendah", "C": "sedang", "D": "sedang", "E": "tinggi", "F": "tinggi",
                       "G": "sangat tinggi", "H": "sangat tinggi"}


def test_the_score_is_banded_too(banded):
    data, criteria = banded
    result = paritrana.run(data, criteria=criteria)
    # target 0–100 with weight 1: the score is x itself; 49,99 is below the cut-off 50, 50 is on it
    assert result.find("D").extra["bands"]["score"] == "kurang" and result.find("E").extra["bands"]["score"] == "baik"


def test_the_json_counts_each_class_and_records_the_classes_and_cut_offs(banded):
    data, criteria = banded
    summary = json.loads(paritrana.run(data, criteria=criteria).to_json())["bands"]
    assert summary["cakupan"] == {"label": "Predikat cakupan",
                                  "classes": ["rendah", "sedang", "tinggi", "sangat tinggi"],
                                  "cuts": [30.0, 50.0, 70.0],
                                  "counts": {"rendah": 2, "sedang": 2, "tinggi": 2, "sangat tinggi": 2}}
    assert summary["score"]["counts"] == {"kurang": 4, "baik": 4}


def test_the_terminal_shows_a_column_per_band_and_the_counts(banded, runner):
    data, criteria = banded
    out = runner.invoke(app, ["rank", str(data), "-c", str(criteria)]).stdout
    assert "Predikat cakupan" in out and "Predikat skor" in out
    row = next(line for line in out.splitlines() if "│ G " in line)
    assert "sangat tinggi" in row and "baik" in row
    assert ("Predikat cakupan: rendah (di bawah 30) 2, sedang (30 sampai di bawah 50) 2, tinggi (50 sampai di bawah "
            "70) 2, sangat tinggi (70 ke atas) 2") in " ".join(out.split())


def test_the_classes_read_in_the_output_language(banded, runner):
    data, criteria = banded
    out = runner.invoke(app, ["rank", str(data), "-c", str(criteria), "--lang", "en"]).stdout
    assert "Coverage band" in out and "very high (70 and above) 2" in " ".join(out.split())


def test_markdown_and_csv_carry_the_bands(banded, runner):
    data, criteria = banded
    markdown = runner.invoke(app, ["rank", str(data), "-c", str(criteria), "-f", "markdown"]).stdout
    assert "| Peringkat | Nama | Skor | Predikat cakupan | Predikat skor | cakupan |" in markdown
    assert "| 2 | **G** | 70,00 | sangat tinggi | baik | 70,00 |" in markdown
    plain = runner.invoke(app, ["rank", str(data), "-c", str(criteria), "-f", "csv", "--csv-dialect", "plain"])
    lines = plain.stdout.splitlines()
    assert lines[0].startswith("rank,id,group,score,tie,band_cakupan,band_score,")
    assert lines[2].startswith("2,G,,70.0,false,sangat tinggi,baik,")


def test_without_bands_nothing_is_added(sample_result):
    data = sample_result.to_dict()
    assert "bands" not in data and "bands" not in data["results"][0]


def test_the_provinsi_criteria_band_coverage(tmp_path):
    result = paritrana.run(ROOT / "sample_data" / "kategori" / "provinsi-2025.xlsx", criteria="provinsi")
    counts = result.sections["bands"]["cakupan"]["counts"]
    assert sum(counts.values()) == len(result.results)
    for r in result.results:  # each class holds exactly the coverages within its cut-offs
        value, name = r.indicators["cakupan"].raw, r.extra["bands"]["cakupan"]
        assert name == ("rendah" if value < 30 else "sedang" if value < 50 else "tinggi" if value < 70
                        else "sangat tinggi")


@pytest.mark.parametrize("band,message", [
    ("cakupan: {classes: [a, b], cuts: [1, 2]}", "2 kelas memerlukan 1 batas, satu di antara setiap dua kelas "
                                                 "(tertulis 2)"),
    ("cakupan: {classes: [a, b, c], cuts: [50, 30]}", "batas harus naik, mulai dari kelas terendah"),
    ("cakupan: {classes: [a], cuts: []}", "tulis paling sedikit dua kelas"),
    ("cakupan: {classes: [a, a], cuts: [1]}", 'kelas "a" ditulis dua kali'),
    ("cakupn: {classes: [a, b], cuts: [1]}", "`cakupn` bukan `score` dan bukan indikator; apakah yang dimaksud "
                                             "`cakupan`?"),
])
def test_bands_that_cannot_classify_are_criteria_errors_at_their_line(band, message):
    text = "title: T\nindicators:\n  cakupan: {value: x, weight: 1}\nbands:\n  " + band + "\n"
    with pytest.raises(CriteriaError) as caught:
        parse_criteria(text)
    assert message in caught.value.render() and "(baris 5)" in caught.value.render()
