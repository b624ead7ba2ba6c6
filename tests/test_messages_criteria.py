"""The catalogue of criteria and core messages: every text renders in both languages and
follows the glossary's shape (no English islands in Indonesian, no 'x' quotes, no full stop)."""

from __future__ import annotations

import string

import pytest

from paritrana.i18n.messages import core, criteria
from paritrana.i18n.text import Text

TEXTS = [t for module in (criteria, core) for t in vars(module).values() if isinstance(t, Text)]


def sample(template: str) -> dict[str, object]:
    """A value for every placeholder, of the kind its spec formats."""
    values: dict[str, object] = {}
    for _, name, spec, _ in string.Formatter().parse(template):
        if not name:
            continue
        if spec and spec.rstrip("or").endswith("list"):
            values[name] = ["a", "b", "c"]
        elif spec in ("int", "num", "num0", "num1", "num2", "signed"):
            values[name] = 1234.5
        else:
            values[name] = "x"
    return values


@pytest.mark.parametrize("text", TEXTS, ids=lambda t: t.key)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_text_renders(text, lang):
    rendered = text(**sample(text.en)).render(lang)
    assert rendered.strip() == rendered and rendered


@pytest.mark.parametrize("text", TEXTS, ids=lambda t: t.key)
def test_indonesian_follows_the_glossary(text):
    rendered = text(**sample(text.id)).render("id")
    for english in ("did you mean", "unknown", "must be", "line ", "error", "Warning"):
        assert english not in rendered, rendered
    assert "'" not in rendered.replace("'<", ""), rendered  # data in "…", identifiers in `…`
    assert not rendered.endswith("."), rendered
    assert "1.234,5" in rendered or "1234" not in rendered  # numbers in the Indonesian format


def test_numbers_in_messages_follow_the_language():
    message = core.TOO_LONG(n=2001, limit=2000)
    assert message.render("id") == "ekspresi terlalu panjang (2.001 karakter; batasnya 2.000)"
    assert message.render("en") == "expression is too long (2,001 characters; the limit is 2,000)"
