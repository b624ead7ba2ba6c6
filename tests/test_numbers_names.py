"""Numbers written as text (id/en locales), candidate-name keys and header keys."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from paritrana.core.headers import header_key
from paritrana.core.names import closest, display_name, is_total, name_key
from paritrana.errors import NumberFormatError
from paritrana.io.numbers import parse_number

# ---------------------------------------------------------------------------- numbers, id


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234.567", 1234567.0),  # "." groups thousands
        ("31,63", 31.63),  # "," is the decimal mark
        ("1.234.567,89", 1234567.89),
        ("94.931", 94931.0),  # not 94.931: a thousands group of exactly three digits
        ("42", 42.0),
        ("0,5", 0.5),
        (" 1.000 ", 1000.0),  # surrounding spaces
        ("1 234 567", 1234567.0),  # spaces ignored
        ("-12", -12.0),
        ("+12", 12.0),
        ("-Rp 5.000", -5000.0),  # the sign before or after the currency
        ("Rp -5.000", -5000.0),
    ],
)
def test_id_locale(text, expected):
    assert parse_number(text, "id") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rp 4.300.000", 4300000.0),  # "Rp" and spaces ignored
        ("Rp4.300.000", 4300000.0),
        ("Rp. 4.300.000", 4300000.0),
        ("rp 1.500,50", 1500.5),
    ],
)
def test_rupiah_prefix_is_ignored(text, expected):
    assert parse_number(text, "id") == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("40%", "id", 0.40),  # 40 / 100
        ("31,63 %", "id", 0.3163),  # 31.63 / 100
        ("12.5%", "en", 0.125),  # 12.5 / 100
    ],
)
def test_trailing_percent_divides_by_100(text, locale, expected):
    assert parse_number(text, locale) == pytest.approx(expected, abs=1e-15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,234,567.5", 1234567.5),  # "," groups thousands, "." is the decimal mark
        ("31.63", 31.63),
        ("94,931", 94931.0),
        ("1e3", 1000.0),
    ],
)
def test_en_locale(text, expected):
    assert parse_number(text, "en") == expected


@pytest.mark.parametrize("text", ["12a", "abc", "", "Rp", "%", "1..2", "1,2,3", "--5", "+-5", "-Rp -5", "(5)"])
def test_not_a_number_is_refused(text):
    with pytest.raises(NumberFormatError, match="bukan angka"):
        parse_number(text, "id")


def test_not_a_number_message_quotes_the_text_and_says_how_to_type_a_number():
    with pytest.raises(NumberFormatError) as info:
        parse_number("12a", "id")
    assert str(info.value) == '"12a" bukan angka; ketik angkanya saja, tanpa satuan (misalnya 1.234.567 atau 31,63)'
    assert info.value.render("en") == '"12a" is not a number; type a plain number (e.g. 1.234.567 or 31,63)'


def test_the_example_of_a_number_follows_the_file_locale_not_the_output_language():
    # under number_locale: en the file's numbers are typed 1,234,567 and 31.63, in any language
    with pytest.raises(NumberFormatError) as info:
        parse_number("12a", "en")
    assert str(info.value.hint) == "ketik angkanya saja, tanpa satuan (misalnya 1,234,567 atau 31.63)"


def test_en_number_under_id_locale_suggests_the_locale():
    # "31.63" is not id ("." groups exactly three digits) but is en: refused, not 3163.
    with pytest.raises(NumberFormatError, match="number_locale: en"):
        parse_number("31.63", "id")


def test_id_number_under_en_locale_suggests_the_locale():
    with pytest.raises(NumberFormatError, match="number_locale: id"):
        parse_number("1.234.567,5", "en")


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_id_grouping_round_trips(n):
    grouped = f"{n:,}".replace(",", ".")  # 1234567 -> "1.234.567"
    assert parse_number(grouped, "id") == n
    assert parse_number(f"{n:,}", "en") == n


# ---------------------------------------------------------------------------- names


@pytest.mark.parametrize("spelling", ["Kab. Sekadau", "Kabupaten Sekadau", "SEKADAU", "Kab Sekadau",
                                      "  sekadau ", "Kab.Sekadau", "KABUPATEN  SEKADAU"])
def test_kabupaten_prefix_is_optional(spelling):
    assert name_key(spelling) == name_key("Sekadau")


def test_kota_is_a_different_candidate():
    assert name_key("Kota Pontianak") != name_key("Pontianak")
    assert name_key("Kota Pontianak") == name_key("KOTA PONTIANAK")


def test_punctuation_and_repeated_spaces_are_ignored():
    assert name_key("Kapuas  Hulu") == name_key("Kapuas-Hulu") == name_key("kapuas hulu")


def test_display_name_trims_and_collapses_spaces():
    assert display_name("  Kapuas   Hulu ") == "Kapuas Hulu"
    assert display_name(2024.0) == "2024"  # a whole-number cell is not shown as "2024.0"


@pytest.mark.parametrize("name", ["Jumlah", "TOTAL", "Grand Total", "Jumlah Kalbar", "jumlah:"])
def test_total_rows_are_recognised(name):
    assert is_total(name)


@pytest.mark.parametrize("name", ["Ketapang", "Kota Pontianak", "Totalindo"])
def test_candidates_are_not_totals(name):
    assert not is_total(name)


def test_closest_names_compare_by_key():
    baseline = ["Kabupaten Ketapang", "Kab. Kubu Raya", "Landak"]
    assert closest("Ketapng", baseline)[0] == "Kabupaten Ketapang"


# ---------------------------------------------------------------------------- headers


def test_header_key_ignores_case_spaces_and_punctuation():
    assert header_key("Jumlah Pekerja") == header_key("JUMLAH_PEKERJA") == header_key(" jumlah-pekerja. ")


def test_header_key_is_not_a_substring_match():
    assert header_key("Jumlah Pekerja Formal") != header_key("Jumlah Pekerja")
