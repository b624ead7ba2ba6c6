"""Every text of the jury's and the analyses' catalogues renders in both languages, with and
without the command line's wording, and follows the glossary's shape (no English-style
quotes, one minus sign, no space before a per cent sign)."""

from __future__ import annotations

import re
import string

import pytest

from paritrana.i18n.messages import analyses, panel
from paritrana.i18n.text import Text

TEXTS = [t for module in (panel, analyses) for t in vars(module).values() if isinstance(t, Text)]
SAMPLE = {"num": -12.5, "num1": 51.13, "num2": 87.6207, "int": 1234, "signed": -3.2, "q": "Juri 1", "code": "komitmen",
          "list": ["a", "b", "c"], "qlist": ["Alpha", "Beta"], "codelist": ["a", "b"], "listor": ["x", "y"],
          "qlistor": ["Alpha", "Beta", "Gamma"], "codelistor": ["mean", "median"], "": "Sekadau"}


def values(text: Text) -> dict[str, object]:
    specs = {name: spec for _, name, spec, _ in string.Formatter().parse(text.en) if name}
    return {name: SAMPLE[spec or ""] for name, spec in specs.items()}


@pytest.mark.parametrize("text", TEXTS, ids=[t.key for t in TEXTS])
def test_renders_in_both_languages(text):
    message = text(**values(text))
    for lang in ("id", "en"):
        for cli in (False, True):
            rendered = message.render(lang, cli=cli)
            assert rendered and "{" not in rendered.replace("{shortlist", "").replace("{desk", ""), rendered
            assert "'" not in rendered.replace("'s ", "").replace("s' ", "") or lang == "en", rendered
            assert not re.search(r"\d %", rendered), rendered  # 40%, not 40 %
            assert "-12" not in rendered, rendered  # the minus sign is U+2212


def test_library_texts_name_no_option_and_cli_variants_do():
    for text in TEXTS:
        assert "--" not in text.en and "--" not in text.id, text.key
        if text.cli_id is not None:
            assert "`--" in text.cli_id and "`--" in text.cli_en, text.key
