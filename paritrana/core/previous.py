"""A previous result (last year's ranking, read back from the JSON paritrana wrote) and the
movement of each candidate since then.

``PreviousResult`` holds what the JSON records: each ranked candidate's rank, group, score and
raw indicator values, and the criteria (path, SHA-256 and — from this version on — the text).
``movement_columns`` lines it up with a new ranking: for each ranked candidate its previous
rank and score and the movement, ``previous_rank − rank`` (positive: it moved up). A
candidate is matched by name (as names match across years) within the same group; one that
was not ranked there — absent, ineligible, or in another group — is new (movement None).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from paritrana.core.names import name_key
from paritrana.core.ranked import RankedColumns

# The per-candidate JSON keys that ``--previous`` adds (after the keys every result has).
PREVIOUS_RANK, PREVIOUS_SCORE, MOVEMENT = "previous_rank", "previous_score", "movement"


@dataclass(frozen=True)
class PreviousEntry:
    """One ranked candidate of a previous result."""

    rank: int
    id: str
    group: str | None
    score: float
    raw: dict[str, float | None]  # indicator id → raw value (after the missing policy)


@dataclass(frozen=True)
class PreviousResult:
    """A ranking written earlier (``rank --format json``), as read back."""

    path: str
    sha256: str
    title: str
    year: int | None
    baseline_year: int | None
    criteria_path: str
    criteria_sha256: str
    criteria_text: str | None  # None: written by a version that did not record it
    entries: list[PreviousEntry]
    ineligible: list[str]

    def find(self, name: str, group: str | None) -> PreviousEntry | None:
        """The entry of ``name`` ranked in ``group`` (both matched like names), if any."""
        key, group_key = name_key(name), _group_key(group)
        return self._by_key.get((group_key, key))

    def named(self, name: str) -> PreviousEntry | None:
        """The entry of ``name`` in whichever group it was ranked."""
        key = name_key(name)
        return next((e for e in self.entries if name_key(e.id) == key), None)

    @cached_property
    def _by_key(self) -> dict[tuple[str, str], PreviousEntry]:
        return {(_group_key(e.group), name_key(e.id)): e for e in self.entries}

    def in_group(self, group: str | None) -> list[PreviousEntry]:
        key = _group_key(group)
        return [e for e in self.entries if _group_key(e.group) == key]

    def source_dict(self) -> dict[str, Any]:
        """The JSON's top-level ``previous`` object: which result the movement is measured from."""
        return {"path": self.path, "sha256": self.sha256, "title": self.title, "year": self.year,
                "baseline_year": self.baseline_year}


def _group_key(group: str | None) -> str:
    return "" if group is None else name_key(group)


def movement_columns(columns: RankedColumns, previous: PreviousResult) -> dict[str, list[Any]]:
    """``previous_rank``, ``previous_score`` and ``movement`` of every ranked row."""
    ranks: list[int | None] = []
    scores: list[float | None] = []
    moves: list[int | None] = []
    for k in range(len(columns)):
        entry = previous.find(columns.names[k], columns.groups[k])
        ranks.append(None if entry is None else entry.rank)
        scores.append(None if entry is None else entry.score)
        moves.append(None if entry is None else entry.rank - columns.ranks[k])
    return {PREVIOUS_RANK: ranks, PREVIOUS_SCORE: scores, MOVEMENT: moves}
