"""Labels, units, titles and descriptions per language: ``label: {id: "…", en: "…"}`` or a
plain string (the same in both languages); the accessors take the output language."""

from __future__ import annotations

import json
import pickle

import pytest

import paritrana
from conftest import ROOT, SAMPLE_XLSX, write_criteria
from paritrana.core.criteria import parse_criteria
from paritrana.core.localized import Localized
from paritrana.errors import CriteriaError
from paritrana.io.criteria_file import load_criteria

BOTH = """\
title: {id: Penghargaan Uji, en: Test Award}
description: {id: Contoh, en: Example}
columns:
  wilayah: [Wilayah]
  peserta: {headers: [Peserta], label: {id: Peserta aktif, en: Active participants}, unit: {id: orang, en: people}}
aspects:
  kinerja:
    label: {id: Kinerja kepesertaan, en: Membership performance}
    indicators:
      capaian:
        label: {id: Capaian peserta aktif, en: Active participants}
        value: peserta
        weight: 1
        unit: {id: orang, en: people}
      cakupan: {label: Cakupan (%), value: peserta, weight: 1, unit: "%"}
      polos: {value: peserta, weight: 1}
"""


@pytest.fixture
def c():
    return parse_criteria(BOTH)


def test_a_label_per_language(c):
    assert c.label("capaian", "id") == "Capaian peserta aktif"
    assert c.label("capaian", "en") == "Active participants"


def test_a_plain_label_serves_both_languages(c):
    assert c.label("cakupan", "id") == c.label("cakupan", "en") == "Cakupan (%)"


def test_an_indicator_without_a_label_is_named_by_its_id(c):
    assert c.label("polos", "en") == "polos"


def test_the_one_argument_form_gives_the_criteria_language(c):
    assert c.label("capaian") == "Capaian peserta aktif"  # language: id (the default)
    english = parse_criteria(BOTH + "language: en\n")
    assert english.label("capaian") == "Active participants"
    assert english.aspect_label("kinerja") == "Membership performance"
    assert english.title == "Test Award"


def test_every_kind_of_text_has_an_accessor(c):
    assert c.aspect_label("kinerja", "en") == "Membership performance"
    assert c.title_in("en") == "Test Award" and c.title_in("id") == "Penghargaan Uji"
    assert c.description_in("en") == "Example"
    assert (c.unit("capaian", "en"), c.unit("capaian", "id"), c.unit("cakupan", "en")) == ("people", "orang", "%")
    assert c.unit("polos", "en") is None
    assert c.column_label("peserta", "en") == "Active participants"
    assert c.column_unit("peserta", "id") == "orang"
    assert c.column_label("wilayah", "en") is None


def test_a_text_in_one_language_serves_the_other_too():
    c = parse_criteria("title: {en: Only English}\nindicators:\n  a: {value: x, weight: 1, label: {id: Hanya}}\n")
    assert c.title_in("id") == "Only English"
    assert c.label("a", "en") == "Hanya"


def test_texts_are_strings_so_old_callers_keep_working(c):
    assert isinstance(c.title, str) and c.title == "Penghargaan Uji"
    assert f"{c.all_indicators['capaian'].label}" == "Capaian peserta aktif"
    assert json.dumps({"title": c.title}) == '{"title": "Penghargaan Uji"}'


def test_the_flat_form_keeps_the_title_in_both_languages():
    c = parse_criteria("title: {id: Judul, en: Title}\nlanguage: en\nindicators:\n  a: {value: x, weight: 1}\n")
    assert c.aspect_label("total", "id") == "Judul"
    assert c.aspect_label("total") == "Title"


def test_panel_labels_per_language():
    c = load_criteria(ROOT / "criteria" / "paritrana-kabkota-final.yaml").criteria
    assert c.panel is not None
    assert c.panel.label_of("komitmen", "en") == "Commitment of the regional head"
    assert c.panel.label_of("komitmen") == "Komitmen kepala daerah"
    assert c.panel.title_in("en") == "Tim 9 interview"


def test_a_different_translation_makes_different_criteria():
    one = parse_criteria("title: {id: A, en: B}\nindicators:\n  a: {value: x, weight: 1}\n")
    other = parse_criteria("title: {id: A, en: C}\nindicators:\n  a: {value: x, weight: 1}\n")
    assert one != other
    assert one == parse_criteria("title: {id: A, en: B}\nindicators:\n  a: {value: x, weight: 1}\n")


def test_a_localized_text_survives_pickling():
    text = Localized({"id": "Cakupan", "en": "Coverage"}, "en")
    again = pickle.loads(pickle.dumps(text))
    assert again == text and again.in_lang("id") == "Cakupan" and str(again) == "Coverage"


def test_the_json_title_is_in_the_criteria_language():
    result = paritrana.run(SAMPLE_XLSX)
    assert result.to_dict()["title"] == "Paritrana Award — Pemerintah Kabupaten/Kota"
    assert result.criteria.title_in("en") == "Paritrana Award — Regency and City Governments"


# ---- mistakes ----------------------------------------------------------------------------------


def test_an_unknown_language_suggests_the_close_one(tmp_path):
    path = write_criteria(tmp_path, BOTH.replace("en: Membership performance", "eng: Membership performance"))
    with pytest.raises(CriteriaError) as info:
        load_criteria(path)
    assert str(info.value) == ("criteria.yaml: aspects.kinerja.label.eng: kode bahasa `eng` tidak dikenal; "
                               "apakah yang dimaksud `en`? (baris 8)")
    assert info.value.render("en").endswith("unknown language `eng`; did you mean `en`? (line 8)")


def test_an_unknown_language_in_a_block_cites_its_own_line(tmp_path):
    path = write_criteria(tmp_path, "title:\n  id: Uji\n  fr: Essai\nindicators:\n  a: {value: x, weight: 1}\n")
    with pytest.raises(CriteriaError, match=r"title\.fr: kode bahasa `fr` tidak dikenal; bahasa yang tersedia: "
                                            r"`id` dan `en` \(baris 3\)$"):
        load_criteria(path)


def test_a_label_must_be_text_or_a_mapping():
    with pytest.raises(CriteriaError, match=r"indicators\.a\.label: harus berupa teks, atau teks per bahasa: "
                                            r'`\{id: "…", en: "…"\}` \(baris 3\)'):
        parse_criteria("title: T\nindicators:\n  a: {value: x, weight: 1, label: [a, b]}\n")


def test_a_label_in_a_language_must_be_text():
    with pytest.raises(CriteriaError, match=r"indicators\.a\.unit\.en: teks untuk bahasa `en` harus berupa teks"):
        parse_criteria("title: T\nindicators:\n  a: {value: x, weight: 1, unit: {id: orang, en: [1]}}\n")


def test_an_empty_label_mapping_is_an_error():
    with pytest.raises(CriteriaError, match=r"title: isi teksnya dalam sedikitnya satu bahasa"):
        parse_criteria("title: {}\nindicators:\n  a: {value: x, weight: 1}\n")


# ---- the packaged criteria ----------------------------------------------------------------------

CRITERIA_FILES = sorted((ROOT / "criteria").glob("*.yaml"))


def _texts(c):
    yield "title", c.title
    for aid, aspect in c.aspects.items():
        yield f"aspects.{aid}.label", aspect.label
    for iid, ind in c.all_indicators.items():
        yield f"{iid}.label", ind.label
        yield f"{iid}.unit", ind.unit
    for name, column in c.columns.items():
        yield f"columns.{name}.label", column.label
        yield f"columns.{name}.unit", column.unit
    if c.panel is not None:
        yield "panel.label", c.panel.label
        for cid, criterion in c.panel.criteria.items():
            yield f"panel.{cid}.label", criterion.label


@pytest.mark.parametrize("path", [*CRITERIA_FILES, ROOT / "paritrana" / "data" / "criteria-init.yaml"],
                         ids=lambda p: p.name)
def test_every_packaged_text_is_in_both_languages(path):
    c = load_criteria(path).criteria
    for where, text in _texts(c):
        if text is not None:
            # a plain string (a unit such as "%" or "Rp") serves both languages
            assert set(text.texts) in ({"id", "en"}, set()), where
            assert text.texts or not any(ch.isalpha() for ch in text.replace("Rp", "")), where


def test_the_default_criteria_use_the_glossary_labels():
    c = load_criteria(None).criteria
    assert c.label("cakupan", "id") == "Cakupan kepesertaan (%)"
    assert c.label("pertumbuhan", "id") == "Kenaikan cakupan (poin persentase)"
    assert c.unit("pertumbuhan", "id") == "poin persentase"
    assert c.label("pertumbuhan", "en") == "Coverage growth (percentage points)"
