"""The output languages, and which one applies when nobody says."""

from __future__ import annotations

import os
from enum import StrEnum

ENV = "PARITRANA_LANG"


class Lang(StrEnum):
    ID = "id"
    EN = "en"


def env_lang() -> Lang | None:
    """The language set in the environment (``PARITRANA_LANG=en``), if it is a known one."""
    value = os.environ.get(ENV, "").strip().lower()
    return Lang(value) if value in Lang.__members__.values() else None


def output_lang(chosen: str | None = None, criteria_language: str | None = None) -> Lang:
    """``chosen`` (``--lang``), else ``PARITRANA_LANG``, else the criteria's ``language``, else
    Indonesian — the rule for every message, label and help text. The system locale is not
    consulted: offices run English Windows for Indonesian staff."""
    if chosen:
        return Lang(chosen)
    return env_lang() or (Lang(criteria_language) if criteria_language else Lang.ID)


def default_lang() -> Lang:
    """The language of ``str(error)`` and ``str(message)`` outside the command line."""
    return env_lang() or Lang.ID
