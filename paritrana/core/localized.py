"""Texts a criteria file gives in one or both languages: labels, units, titles, descriptions.

    label: Cakupan kepesertaan (%)                                      # both languages
    label: {id: "Cakupan kepesertaan (%)", en: "Coverage (%)"}         # one per language

A ``Localized`` is a ``str`` — the text in the criteria's ``language`` — so code that needs one
language keeps working; ``in_lang(lang)`` gives the text in another language (or, when the
file gives none in it, the one it has).
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any

from pydantic_core import core_schema

from paritrana.core.problems import ModelProblem
from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import criteria as m

LANGUAGES: tuple[str, ...] = tuple(lang.value for lang in Lang)


class Localized(str):
    """A criteria text in one or both languages; as a ``str``, the text in ``lang``."""

    texts: dict[str, str]  # language → text; empty for a plain string (the same in every language)
    lang: str

    def __new__(cls, texts: str | Mapping[str, str], lang: str = Lang.ID) -> Localized:
        per_language = {} if isinstance(texts, str) else {k: v for k, v in texts.items() if v}
        shown = texts if isinstance(texts, str) else per_language.get(lang) or next(iter(per_language.values()), "")
        obj = super().__new__(cls, shown)
        obj.texts = per_language
        obj.lang = str(lang)
        return obj

    def in_lang(self, lang: str | None = None) -> str:
        """The text in ``lang`` (None: the criteria's language), else the one the file gives."""
        if lang is None:
            return str(self)
        return self.texts.get(str(lang)) or str(self)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Localized):
            return str.__eq__(self, other) and self.texts == other.texts
        return str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = str.__hash__

    def __repr__(self) -> str:
        return f"Localized({self.texts or str(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return Localized, (self.texts or str(self), self.lang)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> core_schema.CoreSchema:
        return core_schema.with_info_plain_validator_function(
            cls._validate,
            serialization=core_schema.plain_serializer_function_ser_schema(lambda v: v.texts or str(v)),
        )

    @classmethod
    def _validate(cls, value: Any, info: core_schema.ValidationInfo) -> Localized:
        context = info.context if isinstance(info.context, Mapping) else {}
        chosen = context.get("language") if context.get("language") in LANGUAGES else None
        if isinstance(value, Localized):  # already read (a model built from another): keep its language
            return value if chosen is None or value.lang == chosen else cls(value.texts or str(value), chosen)
        lang = chosen or Lang.ID
        if isinstance(value, str):
            return cls(value, lang)
        if not isinstance(value, Mapping):
            raise ModelProblem(m.LABEL_FORM())
        for key, text in value.items():
            if key not in LANGUAGES:
                close = difflib.get_close_matches(str(key), LANGUAGES, n=1, cutoff=0.3)
                message = (m.LABEL_LANGUAGE(key=key, close=close[0]) if close
                           else m.LABEL_LANGUAGE_ALLOWED(key=key, allowed=list(LANGUAGES)))
                raise ModelProblem(message, key)
            if not isinstance(text, str):
                raise ModelProblem(m.LABEL_TEXT(key=key), key)
        if not any(value.values()):
            raise ModelProblem(m.LABEL_EMPTY())
        return cls(value, lang)


def in_lang(text: str | None, lang: str | None = None) -> str | None:
    """``text`` (a ``Localized`` or a plain string) in ``lang``; None stays None."""
    if text is None:
        return None
    return text.in_lang(lang) if isinstance(text, Localized) else text
