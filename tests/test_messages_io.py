"""The catalogue of reading files and checking data (``i18n/messages/io.py`` and ``checks.py``):
every text renders in both languages and follows GLOSSARY-id.md's shape — lower case after
the place, no final full stop, no English island in Indonesian, no command-line flag outside
the command-line variant."""

from __future__ import annotations

import re
import string

import pytest

from paritrana.i18n.messages import checks, io
from paritrana.i18n.text import Text

TEXTS = [(module.__name__.rsplit(".", 1)[-1], name, text) for module in (io, checks)
         for name, text in vars(module).items() if isinstance(text, Text)]
VALUES = ["values"]  # placeholders without a spec get this string


def sample(text: Text) -> dict[str, object]:
    """A value for each placeholder that its spec can format."""
    values: dict[str, object] = {}
    for template in (text.en, text.id):
        for _, name, spec, _ in string.Formatter().parse(template):
            if not name:
                continue
            if spec and "list" in spec:
                values[name] = ["a", "b", "c"]
            elif spec in ("int", "num", "num0", "num1", "num2", "signed"):
                values[name] = 1234.5
            else:
                values.setdefault(name, "x")
    return values


@pytest.mark.parametrize(("module", "name", "text"), TEXTS, ids=[f"{m}.{n}" for m, n, _ in TEXTS])
def test_each_text_renders_in_both_languages_in_the_message_style(module, name, text):
    message = text(**sample(text))
    for lang in ("id", "en"):
        for cli in (False, True):
            shown = message.render(lang, cli=cli)
            assert shown and not shown.endswith("."), shown
            assert not re.match(r"[A-Z][a-z]", shown.lstrip(" (")), shown  # lower case after "<place>: "
        library = message.render(lang)
        assert "--" not in library and "paritrana " not in library, library  # flags only in the cli variant
    indonesian = message.render("id")
    assert not re.search(r"\b(the|is|not|of|and|or|file|sheet|row|column)\b", indonesian), indonesian
    assert "'" not in indonesian, indonesian  # data in "…", identifiers in `…`


def test_both_catalogues_are_loaded_with_their_keys():
    keys = [text.key for _, _, text in TEXTS]
    assert len(keys) == len(set(keys))
    assert all(key.startswith(("io.", "checks.")) for key in keys)


def test_the_glossary_lines_read_as_written():
    # GLOSSARY-id.md section 2, rows 1, 2, 7, 8 and 11, message and hint joined by "; "
    assert f'{io.TOTAL_ROW(name="Jumlah")}; {io.TOTAL_ROW_HINT()}' == (
        'baris jumlah ("Jumlah") diabaikan; tidak perlu tindakan; hapus baris ini agar peringatan ini tidak '
        "muncul lagi")
    assert str(io.MISSING_COLUMN(column="peserta", row=4, found=["Kabupaten/Kota", "Jumlah Pekerja", "Peserta BPJS"])) \
        == ('kolom `peserta` tidak ditemukan di baris judul (baris 4); judul yang ada: "Kabupaten/Kota", '
            '"Jumlah Pekerja", dan "Peserta BPJS"')
    assert f"{io.NEGATIVE_PEOPLE(value=io.NUMBER(x=-5.0), column='pekerja')}; {io.ZERO_OR_MORE()}" == (
        "−5 bernilai negatif, padahal `pekerja` adalah jumlah orang; isi dengan angka 0 atau lebih")
    assert str(checks.MISSING_BASELINE(name="Kayong Utara", year=2023, source=checks.SAME_FILE(),
                                       users=["pertumbuhan"])) == (
        '"Kayong Utara" tidak ada di tahun pembanding 2023 (berkas yang sama), padahal diperlukan oleh indikator '
        "`pertumbuhan`")
    assert f"{io.SHEET_WITHOUT_YEAR()}; {io.SHEET_IGNORED_HINT()}" == (
        "nama lembar tidak memuat tahun; lembar diabaikan; tidak perlu tindakan bila lembar ini berisi catatan; "
        'bila berisi data, cantumkan tahunnya pada nama lembar (misalnya "2024")')


def test_a_cell_is_quoted_as_typed_and_a_number_cell_in_the_output_language():
    assert str(io.NOT_INTEGER_PEOPLE(value=io.TYPED(typed="64,210"), column="pekerja")) == (
        '"64,210" bukan bilangan bulat, padahal `pekerja` adalah jumlah orang')
    assert io.NOT_INTEGER_PEOPLE(value=io.NUMBER(x=12.5), column="peserta").render("en") == (
        "12.5 is not a whole number; `peserta` is a count of people")
