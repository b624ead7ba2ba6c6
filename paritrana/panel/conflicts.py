"""Conflicts of interest: which juror must not score which candidate.

Three declarations, merged:

* ``panel: conflicts:`` in the criteria — juror → the candidates they must not score;
* a juror's ``asal`` under ``panel: jurors:`` — a conflict with the candidate of that name
  (matched like names across years: "Kab. Sanggau" = "Sanggau"; an ``asal`` that names no
  candidate declares nothing);
* a conflicts sheet (``read_conflicts``): one row per conflict, with a juror column
  ("Juri"...) and a candidate column ("Wilayah", "Kabupaten/Kota"..., the criteria's entity
  headers); several candidates in one cell may be separated by ";" or ",". An optional
  column "Alasan Pencabutan" ("Override") lifts the conflict of its row with that reason.

A conflict the chair lifts (``panel: overrides:``, each with a reason, or the sheet's column)
stays in the record, marked lifted with its reason, and the juror's score counts. Lifting a
conflict that nobody declared is an error: it would hide a typo.

A conflicted score is never counted, whatever the cell holds: ``apply_conflicts`` turns it
into an abstention marked ``conflict`` (value None) and returns the scores that were filled
in anyway, for a warning naming the juror, the candidate and the cell. Everything downstream
— the combination, the minimum-jurors rule, the diagnostics, leave-one-out — sees only the
counted scores, so adding any value in a conflicted cell changes nothing.

Names are checked when the conflicts are declared for a ranking: a candidate that is not in
the data, or a juror who is neither declared nor has scores, is an error naming where it was
written (with the closest names), all of them at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.core.headers import header_key
from paritrana.core.names import closest, display_name, name_key
from paritrana.errors import DataErrors, Issue, IssueCode, Location, Severity
from paritrana.i18n.messages import panel as m
from paritrana.i18n.text import Message, render
from paritrana.io.limits import ReadOptions
from paritrana.io.load import column_letter
from paritrana.io.read import RawSheet, read_file
from paritrana.panel.load import CANDIDATE_HEADERS, HEADER_SEARCH_ROWS, JUROR_HEADERS, PanelScore

if TYPE_CHECKING:
    from paritrana.core.criteria import Criteria
    from paritrana.core.panel_spec import PanelSpec

OVERRIDE_HEADERS = ["Alasan Pencabutan", "Pencabutan", "Dicabut", "Alasan Dicabut", "Override", "Override Reason",
                    "Lifted", "Lifted Because"]
SOURCES = ("criteria", "asal", "file")
SEPARATORS = re.compile(r"[;,]")


@dataclass(frozen=True)
class ConflictRow:
    """One conflict as written in a conflicts sheet (not yet checked against the data)."""

    juror: str
    candidate: str
    reason: str | None  # the chair lifted it, with this reason
    location: Location  # the candidate's cell


@dataclass(frozen=True)
class Conflict:
    """Juror ``juror`` must not score ``candidate`` (spelled as in the data), declared by
    ``source`` ("criteria", "asal" or "file") at ``place``; ``reason`` when the chair lifted it."""

    juror: str
    candidate: str
    source: str
    place: str | None = None
    origin: str | None = None  # the juror's asal that matched (source "asal")
    reason: str | None = None
    lifted_at: str | None = None  # where the override was written

    @property
    def lifted(self) -> bool:
        return self.reason is not None

    @property
    def key(self) -> tuple[str, str]:
        return name_key(self.juror), name_key(self.candidate)

    def to_dict(self) -> dict[str, Any]:
        return {"juror": self.juror, "candidate": self.candidate, "source": self.source, "declared_at": self.place,
                "asal": self.origin, "lifted": self.lifted, "reason": self.reason, "lifted_at": self.lifted_at}


@dataclass(frozen=True)
class Conflicts:
    """Every declared conflict (lifted ones included), one per juror and candidate."""

    items: list[Conflict]

    def __bool__(self) -> bool:
        return bool(self.items)

    @property
    def active(self) -> set[tuple[str, str]]:
        """(juror, candidate) name keys whose scores are not counted."""
        return {c.key for c in self.items if not c.lifted}

    def is_active(self, juror: str, candidate: str) -> bool:
        return (name_key(juror), name_key(candidate)) in self.active

    def of_candidate(self, candidate: str) -> list[Conflict]:
        return [c for c in self.items if name_key(c.candidate) == name_key(candidate)]

    def of_juror(self, juror: str) -> list[Conflict]:
        return [c for c in self.items if name_key(c.juror) == name_key(juror)]

    def matrix(self, jurors: Sequence[str], candidates: Sequence[str]) -> list[list[str | None]]:
        """``[j][k]``: "conflict", "lifted" or None for juror ``jurors[j]`` and ``candidates[k]``."""
        state = {c.key: "lifted" if c.lifted else "conflict" for c in self.items}
        return [[state.get((name_key(j), name_key(k))) for k in candidates] for j in jurors]


NO_CONFLICTS = Conflicts([])


# ---- declaring ---------------------------------------------------------------------------------


def declare_conflicts(spec: PanelSpec, candidates: Sequence[str], jurors: Sequence[str],
                      rows: Sequence[ConflictRow] = (), *, criteria_path: str | None = None) -> Conflicts:
    """The conflicts of ``spec`` and of a conflicts sheet's ``rows``, named as in the data
    (``candidates``: every candidate of the assessed year) and in the panel (``jurors``: the
    declared jurors and those with scores; empty: any juror is accepted).

    Raises ``DataErrors`` listing every unknown candidate or juror and every override that
    lifts no declared conflict."""
    known = {name_key(c): c for c in candidates}
    panel = {name_key(j): j for j in [*spec.juror_names, *jurors]}
    problems: list[Issue] = []
    found: dict[tuple[str, str], Conflict] = {}
    in_criteria = Location(file=criteria_path) if criteria_path else None

    def add(juror: str, candidate: str, source: str, where: Location | None, origin: str | None = None) -> None:
        name = known.get(name_key(candidate))
        if name is None:
            near = closest(candidate, list(candidates))
            problems.append(_error(m.CONFLICT_UNKNOWN_CANDIDATE(name=candidate, juror=juror), where,
                                   m.DID_YOU_MEAN(names=near) if near else m.CHECK_SPELLING()))
            return
        who = panel.get(name_key(juror))
        if who is None and panel:
            problems.append(_error(m.CONFLICT_UNKNOWN_JUROR(juror=juror, name=name), where,
                                   _juror_hint(juror, list(panel.values()))))
            return
        conflict = Conflict(who or juror, name, source, _place(where), origin)
        found.setdefault(conflict.key, conflict)

    for juror, names in spec.conflicts.items():
        for candidate in names:
            add(juror, candidate, "criteria", in_criteria)
    for j in spec.jurors:
        for origin in j.asal:
            if name_key(origin) in known:
                add(j.name, origin, "asal", in_criteria, origin)
    for row in rows:
        add(row.juror, row.candidate, "file", row.location)

    lifts = [(o.juror, o.candidate, o.reason, in_criteria) for o in spec.overrides]
    lifts += [(r.juror, r.candidate, r.reason, r.location) for r in rows if r.reason]
    for juror, candidate, reason, where in lifts:
        key = (name_key(juror), name_key(candidate))
        if key not in found:
            if name_key(candidate) in known:  # an unknown candidate is reported above (file) or here (criteria)
                problems.append(_error(m.OVERRIDE_WITHOUT_CONFLICT(juror=juror, name=candidate), where,
                                       m.DECLARE_OR_DROP_OVERRIDE()))
            elif where is in_criteria:
                near = closest(candidate, list(candidates))
                problems.append(_error(m.CONFLICT_UNKNOWN_CANDIDATE(name=candidate, juror=juror), where,
                                       m.DID_YOU_MEAN(names=near) if near else m.CHECK_SPELLING()))
            continue
        if found[key].reason is None:
            found[key] = replace(found[key], reason=reason, lifted_at=_place(where))
    if problems:
        raise DataErrors(_unique(problems))
    return Conflicts(list(found.values()))


def _error(message: Message, where: Location | None, hint: Message | None) -> Issue:
    return Issue(IssueCode.PANEL, Severity.ERROR, message, where, hint)


def _unique(issues: list[Issue]) -> list[Issue]:
    seen: set[tuple[str, str | None]] = set()
    out = []
    for i in issues:
        key = (render(i.message, "en"), str(i.location))
        if key not in seen:
            seen.add(key)
            out.append(i)
    return out


def _juror_hint(juror: str, names: list[str]) -> Message:
    near = closest(juror, names, n=1)
    return m.DID_YOU_MEAN(names=near) if near else m.JURORS_ARE(names=names)


def _place(where: Location | None) -> str | None:
    return None if where is None else str(where)


# ---- applying ----------------------------------------------------------------------------------


def apply_conflicts(scores: Iterable[PanelScore], conflicts: Conflicts) -> tuple[list[PanelScore], list[PanelScore]]:
    """(the scores with every conflicted cell an abstention marked ``conflict``, the conflicted
    cells that held a score anyway)."""
    active = conflicts.active
    counted: list[PanelScore] = []
    filled: list[PanelScore] = []
    for s in scores:
        if (name_key(s.juror), name_key(s.candidate)) in active:
            if s.value is not None:
                filled.append(s)
            counted.append(replace(s, value=None, conflict=True))
        else:
            counted.append(s)
    return counted, filled


def filled_warnings(filled: Iterable[PanelScore], default_file: str | None) -> list[Issue]:
    """A warning for each conflicted cell that held a score: juror, candidate and cell."""
    return [Issue(IssueCode.PANEL, Severity.WARNING,
                  m.CONFLICTED_SCORE_IGNORED(juror=s.juror, candidate=s.candidate, criterion=s.criterion,
                                             value=s.value),
                  Location(file=s.file or default_file, sheet=s.sheet, cell=s.cell), m.LEAVE_CONFLICT_EMPTY())
            for s in filled]


def conflict_sentences(conflicts: Conflicts, finalists: Sequence[str], counted: dict[str, int]) -> list[Message]:
    """One line per finalist with a conflict: "Sanggau dinilai oleh 8 juri; juri dari Sanggau
    (Juri 4) tidak dihitung (konflik kepentingan)", then one per lifted conflict with its reason.
    ``counted``: finalist → jurors whose scores count for it."""
    lines: list[Message] = []
    lifted: list[Message] = []
    for name in finalists:
        mine = conflicts.of_candidate(name)
        active = [c for c in mine if not c.lifted]
        if active:
            who = [m.JUROR_FROM(origin=name, juror=c.juror) if c.source == "asal" else m.JUROR_NAMED(juror=c.juror)
                   for c in active]
            n = counted.get(name, 0)
            jurors = m.ONE_JUROR_COUNTED() if n == 1 else m.N_JURORS_COUNTED(n=n)
            lines.append(m.CONFLICT_LINE(candidate=name, jurors=jurors, who=who))
        lifted += [m.CONFLICT_LIFTED(juror=c.juror, candidate=name, reason=c.reason) for c in mine if c.lifted]
    return lines + lifted


# ---- the conflicts sheet ------------------------------------------------------------------------


def read_conflicts(path: str | Path, criteria: Criteria, options: ReadOptions | None = None) -> list[ConflictRow]:
    """The rows of a conflicts sheet (layout in the module docstring). Raises ``DataErrors``
    for a sheet without the two columns and for a row with one of them empty."""
    raw = read_file(path, options)
    aliases = {
        "juror": [*JUROR_HEADERS, *(criteria.panel.columns.juror if criteria.panel else [])],
        "candidate": [*CANDIDATE_HEADERS, *criteria.headers_for(criteria.entity),
                      *(criteria.panel.columns.candidate if criteria.panel else [])],
        "reason": OVERRIDE_HEADERS,
    }
    keys = {role: {header_key(h) for h in names} for role, names in aliases.items()}
    problems: list[Issue] = []
    rows: list[ConflictRow] = []
    read_any = False
    for sheet in raw.sheets:
        found = _header(sheet, keys)
        if found is None:
            continue
        read_any = True
        header, columns = found
        for index in range(header + 1, len(sheet.rows)):
            cells = sheet.rows[index]
            values = {role: _cell(cells, j) for role, j in columns.items()}
            if not values["juror"] and not values["candidate"]:
                continue
            at = {role: Location(raw.path, sheet.name, f"{column_letter(j)}{index + 1}") for role, j in columns.items()}
            if not values["juror"] or not values["candidate"]:
                empty = "juror" if not values["juror"] else "candidate"
                problems.append(_error(m.CONFLICT_ROW_INCOMPLETE(row=index + 1), at[empty], m.FILL_OR_DELETE_ROW()))
                continue
            reason = values.get("reason") or None
            for candidate in SEPARATORS.split(values["candidate"]):
                if candidate.strip():
                    rows.append(ConflictRow(values["juror"], candidate.strip(), reason, at["candidate"]))
    if not read_any:
        problems.append(_error(m.NO_CONFLICT_HEADER(rows=HEADER_SEARCH_ROWS, jurors=aliases["juror"][:3],
                                                    candidates=aliases["candidate"][:3]),
                               Location(file=raw.path), m.CONFLICT_SHEET_HINT()))
    if problems:
        raise DataErrors(problems)
    return rows


def _header(sheet: RawSheet, keys: dict[str, set[str]]) -> tuple[int, dict[str, int]] | None:
    for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        row_keys = [header_key(display_name(v)) if v not in (None, "") else "" for v in row]
        columns = {role: next((j for j, k in enumerate(row_keys) if k and k in wanted), -1)
                   for role, wanted in keys.items()}
        if columns["juror"] >= 0 and columns["candidate"] >= 0:
            return index, {role: j for role, j in columns.items() if j >= 0}
    return None


def _cell(cells: list[Any], j: int) -> str:
    value = cells[j] if j < len(cells) else ""
    return "" if value is None or value == "" else display_name(value)

