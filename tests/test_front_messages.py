"""The front end's catalogue (CLI lines, outputs, template, help) renders in both languages."""

from __future__ import annotations

import pytest

from paritrana.i18n.messages import cli, help, report
from paritrana.i18n.text import Text

TEXTS = [t for module in (cli, help, report) for t in vars(module).values() if isinstance(t, Text)]
SAMPLE_VALUES = {"n": 14, "shown": 5, "total": 14, "errors": 3, "warnings": 1, "value": 1.5, "default": 1024,
                 "year": 2024, "baseline": 2023, "names": ["cakupan"], "choices": ["a", "b", "c"],
                 "sheets": ["2024", '"Petunjuk"'], "headers": ["Kabupaten/Kota"], "suffixes": [".xlsx", ".csv"]}


@pytest.mark.parametrize("text", TEXTS, ids=[t.key for t in TEXTS])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_text_renders(text, lang):
    values = {name: SAMPLE_VALUES.get(name, name) for name in text.fields}
    for cli_variant in (False, True):
        rendered = text(**values).render(lang, cli=cli_variant)
        assert rendered and "{" not in rendered.replace("{command_path}", "").replace("{help_option}", "")


def test_numbers_in_messages_follow_the_language():
    assert report.SHOWN_OF(shown=5, total=1234).render("id") == "menampilkan 5 dari 1.234 kandidat"
    assert report.SHOWN_OF(shown=5, total=1234).render("en") == "showing 5 of 1,234 candidates"


def test_the_output_path_hint_names_the_flag_only_on_the_command_line():
    assert report.OUTPUT_EXISTS_HINT().render("id") == "pilih nama lain, atau izinkan berkas itu ditimpa"
    assert report.OUTPUT_EXISTS_HINT().render("id", cli=True) == "tambahkan `--force` untuk menimpanya"
