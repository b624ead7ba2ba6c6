"""Number parsing (io/numbers.py): the details mutation testing found untested.

Each test pins one behaviour a mutant of ``parse_number`` changed without any other test
noticing: the default locale, a "+" sign around the currency, and the exact message and hint
of each refusal (the cell as typed, shortened and escaped).
"""

from __future__ import annotations

import pytest

from paritrana.errors import NumberFormatError
from paritrana.io.numbers import parse_number, type_a_number

ID_HINT = "ketik angkanya saja, tanpa satuan (misalnya 1.234.567 atau 31,63)"
EN_HINT = "ketik angkanya saja, tanpa satuan (misalnya 1,234,567 atau 31.63)"


def refusal(text: str, locale: str = "id") -> NumberFormatError:
    with pytest.raises(NumberFormatError) as caught:
        parse_number(text, locale)
    return caught.value


# ---------------------------------------------------------------------------- defaults


def test_parse_number_reads_the_indonesian_format_by_default():
    # no locale given: "1.234,5" is 1234 thousands-grouped plus ,5 decimals = 1234.5
    assert parse_number("1.234,5") == 1234.5


def test_the_number_hint_shows_indonesian_examples_by_default():
    assert type_a_number().render("id") == ID_HINT


# ---------------------------------------------------------------------------- signs


def test_a_plus_sign_before_the_currency_is_read():
    # "+" then "Rp 5.000": the sign is taken off first, then the currency: +5000
    assert parse_number("+Rp 5.000", "id") == 5000.0


def test_a_plus_sign_after_the_currency_is_read():
    # "Rp" then "+5.000": the sign after the currency is taken off too: +5000
    assert parse_number("Rp +5.000", "id") == 5000.0


# ---------------------------------------------------------------------------- refusals


def test_a_currency_without_a_number_names_the_cell_and_gives_the_hint():
    assert str(refusal("Rp")) == f'"Rp" bukan angka; {ID_HINT}'


def test_the_hint_for_a_missing_number_follows_the_locale():
    assert str(refusal("Rp", "en")) == f'"Rp" bukan angka; {EN_HINT}'


def test_a_number_beyond_the_largest_float_is_too_large():
    # 1e999 overflows float64 (max about 1.8e308) to infinity
    assert str(refusal("1e999", "en")) == f'"1e999" terlalu besar; {EN_HINT}'


def test_a_number_in_the_other_format_says_which_format_was_expected():
    # "31.63" has a thousands group of two digits under `id`, but reads as 31.63 under `en`
    assert str(refusal("31.63", "id")) == (
        '"31.63" bukan angka dalam format angka `id` (misalnya 1.234.567 atau 31,63); '
        "ketik ulang angkanya dalam format itu, atau atur `number_locale: en` dalam berkas kriteria "
        "bila seluruh berkas memakai format `en`"
    )


# ---------------------------------------------------------------------------- the cell as shown


def test_a_cell_of_60_characters_is_quoted_whole():
    text = "x" * 60
    assert refusal(text).message.render("id") == f'"{text}" bukan angka'


def test_a_cell_of_61_characters_is_cut_to_57_and_an_ellipsis():
    # 61 > 60: the first 57 characters, then "..." (60 in all)
    text = "x" * 61
    assert refusal(text).message.render("id") == f'"{"x" * 57}..." bukan angka'


def test_a_control_character_is_written_as_an_escape():
    # ESC (0x1b) is not printable: shown as the four characters \x1b
    assert refusal("\x1b[31m5").message.render("id") == '"\\x1b[31m5" bukan angka'


def test_a_printable_non_ascii_cell_is_quoted_as_typed():
    # the en dash is printable: quoted as typed, not as \u2013
    assert refusal("satu–dua").message.render("id") == '"satu–dua" bukan angka'
