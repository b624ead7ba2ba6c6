"""The message catalogue's machinery: ``Text`` (one message in both languages) and ``Message``
(a text with its values, rendered when it is shown).

A catalogue module (``paritrana.i18n.messages.*``) defines each message once::

    NOT_A_NUMBER = Text("cell.not-a-number",
                        en='{typed:q} is not a number',
                        id='{typed:q} bukan angka')

and the library raises ``DataError(NOT_A_NUMBER(typed="12a"), where)``. Nothing is rendered
until the message is shown, so the same error reads in Indonesian on the command line and in
English in an English report. Library texts never name a command-line flag; a text may carry
a ``cli`` variant that does, which the CLI uses (``render(lang, cli=True)``).

Placeholders take a format spec that says how the value is written in each language:

==========  =====================================================================
``{x}``     as it is (years stay bare: 2024); a ``Message`` is rendered
``{x:num}`` a number with the decimals it needs, at most two: 12 · 12,5 · 31,63
``{x:num2}`` two decimals (also ``num0``, ``num1``): 1.234.567,00
``{x:int}`` a whole number with grouping: 1.234.567
``{x:signed}`` with its sign, − (U+2212) or +: −22,89 · +12,33
``{x:q}``   quoted as typed: "12a"      ``{x:code}``  in backticks: `peserta`
``{x:list}`` "a, b, dan c" / "a, b and c" (``qlist``, ``codelist`` quote each item;
            ``listor``, ``qlistor``, ``codelistor`` join with atau/or)
==========  =====================================================================
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from paritrana.i18n.lang import Lang, default_lang
from paritrana.i18n.numbers import MINUS, fmt_auto, fmt_number

CATALOG: dict[str, Text] = {}  # every Text by key, filled as the catalogue modules are imported

_AND = {Lang.ID: "dan", Lang.EN: "and"}
_OR = {Lang.ID: "atau", Lang.EN: "or"}


class Text:
    """One message in Indonesian and English, with an optional command-line variant of each."""

    __slots__ = ("key", "en", "id", "cli_en", "cli_id", "fields")

    def __init__(self, key: str, *, en: str, id: str, cli_en: str | None = None, cli_id: str | None = None):
        if key in CATALOG:
            raise ValueError(f"message key {key!r} is defined twice")
        self.key, self.en, self.id, self.cli_en, self.cli_id = key, en, id, cli_en, cli_id
        self.fields = frozenset(placeholders(en))
        for variant in (id, cli_en, cli_id):
            if variant is not None and frozenset(placeholders(variant)) != self.fields:
                raise ValueError(f"message {key!r}: the languages use different placeholders")
        CATALOG[key] = self

    def __call__(self, **values: Any) -> Message:
        missing = self.fields - values.keys()
        if missing:
            raise TypeError(f"message {self.key!r} needs {', '.join(sorted(missing))}")
        return Message(self, values)

    def template(self, lang: str, cli: bool = False) -> str:
        if cli:
            variant = self.cli_id if lang == Lang.ID else self.cli_en
            if variant is not None:
                return variant
        return self.id if lang == Lang.ID else self.en

    def __repr__(self) -> str:
        return f"Text({self.key!r})"


@dataclass(frozen=True)
class Message:
    """A catalogue text with its values (or, for text that comes from elsewhere — a library's
    own error, a line the user wrote — a ``literal`` shown as it is)."""

    text: Text | None
    values: Mapping[str, Any] = field(default_factory=dict)
    literal: str | None = None

    @classmethod
    def of(cls, value: Message | str) -> Message:
        return value if isinstance(value, Message) else cls(None, {}, value)

    @property
    def key(self) -> str | None:
        return self.text.key if self.text is not None else None

    def render(self, lang: str | None = None, *, cli: bool = False) -> str:
        lang = Lang(lang) if lang else default_lang()
        if self.text is None:
            return self.literal or ""
        return _Formatter(lang, cli).vformat(self.text.template(lang, cli), (), self.values)

    def __str__(self) -> str:
        return self.render()


def placeholders(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


def render(value: Message | str | None, lang: str | None = None, *, cli: bool = False) -> str:
    """A message, or a plain string, as text in ``lang``."""
    if value is None:
        return ""
    return value.render(lang, cli=cli) if isinstance(value, Message) else value


class _Formatter(string.Formatter):
    def __init__(self, lang: Lang, cli: bool):
        super().__init__()
        self.lang, self.cli = lang, cli

    def format_field(self, value: Any, spec: str) -> str:
        lang = self.lang
        if spec == "":
            return self.plain(value)
        if spec == "num":
            return fmt_auto(value, lang).replace("-", MINUS)
        if spec in ("num0", "num1", "num2", "num3"):
            return fmt_number(value, int(spec[-1]), lang).replace("-", MINUS)
        if spec == "int":
            return fmt_number(value, 0, lang).replace("-", MINUS)
        if spec == "signed":
            text = fmt_auto(value, lang)
            return text.replace("-", MINUS) if text.startswith("-") else f"+{text}"
        if spec == "q":
            return f'"{self.plain(value)}"'
        if spec == "code":
            return f"`{self.plain(value)}`"
        if spec.rstrip("or").endswith("list"):
            return self.join(value, spec)
        return super().format_field(value, spec)

    def plain(self, value: Any) -> str:
        if isinstance(value, Message):
            return value.render(self.lang, cli=self.cli)
        if isinstance(value, float):
            return fmt_auto(value, self.lang).replace("-", MINUS)
        return str(value)

    def join(self, items: Iterable[Any], spec: str) -> str:
        quote = {"q": '"', "c": "`"}.get(spec[0], "")
        words = [f"{quote}{self.plain(item)}{quote}" for item in items]
        word = (_OR if spec.endswith("or") else _AND)[self.lang]
        if len(words) <= 1:
            return "".join(words)
        if len(words) == 2:
            return f"{words[0]} {word} {words[1]}"
        comma = "," if self.lang == Lang.ID else ""  # EYD: a comma before dan/atau from three items on
        return f"{', '.join(words[:-1])}{comma} {word} {words[-1]}"
