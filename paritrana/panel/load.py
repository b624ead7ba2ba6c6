"""Panel workbook → tidy interview scores (``PanelScores``).

Two layouts, detected automatically:

* **long**: a sheet whose header row (one of the first 20 rows) has a juror column and a
  candidate column, plus a criterion and a score column — one row per juror × candidate ×
  criterion. Other sheets of the workbook are ignored (named in the warnings). CSV files
  are read this way.
* **one sheet per juror**: the sheet name is the juror; the header row is the first of the
  first 20 rows with a candidate column, then one column per interview criterion. A sheet
  with no such header row is ignored when it holds no numbers (a notes sheet) and is an
  error when it does (scores we cannot attribute).

Headers match like the data loader's: exactly, after ignoring case, spaces and punctuation.
Built-in aliases (juror: Juri/Juror/Panelis..., candidate: Wilayah/Kabupaten/Kota/Candidate...
plus the criteria's entity headers, criterion: Kriteria/Criterion/Aspek, score:
Nilai/Skor/Score) are extended by ``panel.columns``. An interview criterion is named by its
id, its label or one of its ``headers``.

A blank score is an abstention (e.g. a conflict of interest), recorded with value ``None`` —
never a zero. Every problem (a score outside the scale, text that is not a number, an unknown
candidate or criterion, a score given twice) is collected and raised together, each naming
the sheet and cell, the juror, the candidate and the criterion.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.core.headers import header_key
from paritrana.core.names import closest, display_name, is_total, name_key
from paritrana.core.panel_spec import PanelSpec, did_you_mean
from paritrana.errors import DataError, DataErrors, Issue, IssueCode, Location, NumberFormatError, Severity
from paritrana.io.limits import ReadOptions
from paritrana.io.load import column_letter
from paritrana.io.numbers import parse_number
from paritrana.io.read import RawFile, RawSheet, read_file

if TYPE_CHECKING:
    import pandas as pd

    from paritrana.core.criteria import Criteria

HEADER_SEARCH_ROWS = 20
JUROR_HEADERS = ["Juri", "Juror", "Jury", "Panelis", "Panelist", "Penilai", "Nama Juri", "Anggota Tim", "Judge"]
CANDIDATE_HEADERS = ["Wilayah", "Kabupaten", "Kota", "Kabupaten/Kota", "Kab/Kota", "Daerah", "Candidate",
                     "Kandidat", "Calon", "Nominee"]
CRITERION_HEADERS = ["Kriteria", "Criterion", "Criteria", "Aspek", "Aspect", "Unsur", "Item"]
SCORE_HEADERS = ["Nilai", "Skor", "Score", "Poin", "Points"]
ROLES = ("juror", "candidate", "criterion", "score")


@dataclass(frozen=True)
class PanelScore:
    """One cell of the panel workbook: a juror's score of a candidate on a criterion.

    ``value`` is None for an abstention (a blank cell). ``candidate`` is spelled as in the
    assessed year's data when a candidate list was given, else as written."""

    juror: str
    candidate: str
    criterion: str
    value: float | None
    sheet: str | None
    cell: str

    @property
    def abstained(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class PanelScores:
    path: str
    sha256: str
    layout: str  # "long" | "per-juror"
    scores: list[PanelScore]
    jurors: list[str]  # first-seen order
    warnings: list[Issue] = field(default_factory=list)

    @property
    def candidates(self) -> list[str]:
        return list(dict.fromkeys(s.candidate for s in self.scores))

    def frame(self) -> pd.DataFrame:
        """The scores as a tidy frame: juror, candidate, criterion, value (NaN = abstention),
        sheet, cell."""
        import pandas as pd

        return pd.DataFrame(
            {
                "juror": [s.juror for s in self.scores],
                "candidate": [s.candidate for s in self.scores],
                "criterion": [s.criterion for s in self.scores],
                "value": [math.nan if s.value is None else s.value for s in self.scores],
                "sheet": [s.sheet for s in self.scores],
                "cell": [s.cell for s in self.scores],
            }
        )


def load_panel(
    path: str | Path,
    criteria: Criteria,
    candidates: Sequence[str] | None = None,
    options: ReadOptions | None = None,
) -> PanelScores:
    """Read the panel workbook at ``path`` under ``criteria.panel``.

    With ``candidates`` (the names in the assessed data), every scored candidate must be one
    of them (matched like names across years) and is spelled as in that list."""
    if criteria.panel is None:
        raise DataError("the criteria have no 'panel:' section", Location(file=str(path)))
    raw = read_file(path, options)
    return build_panel(raw, criteria, candidates)


def build_panel(raw: RawFile, criteria: Criteria, candidates: Sequence[str] | None = None) -> PanelScores:
    reader = _Reader(raw, criteria, candidates)
    scores = reader.read()
    errors = [i for i in reader.issues if i.severity is Severity.ERROR]
    if errors:
        raise DataErrors(errors)
    jurors = list(dict.fromkeys(s.juror for s in scores))
    return PanelScores(raw.path, hashlib.sha256(raw.data).hexdigest(), reader.layout, scores, jurors,
                       [i for i in reader.issues if i.severity is Severity.WARNING])


class _Reader:
    def __init__(self, raw: RawFile, criteria: Criteria, candidates: Sequence[str] | None):
        assert criteria.panel is not None
        self.raw = raw
        self.spec: PanelSpec = criteria.panel
        self.locale = criteria.number_locale.value
        self.issues: list[Issue] = []
        self.layout = "per-juror"
        extra = self.spec.columns
        self.aliases = {
            "juror": JUROR_HEADERS + extra.juror,
            "candidate": CANDIDATE_HEADERS + criteria.headers_for(criteria.entity) + extra.candidate,
            "criterion": CRITERION_HEADERS + extra.criterion,
            "score": SCORE_HEADERS + extra.score,
        }
        self.keys = {role: {header_key(h) for h in names} for role, names in self.aliases.items()}
        self.criterion_of: dict[str, str] = {}
        for cid, c in self.spec.criteria.items():
            for name in (cid, c.label or cid, *c.headers):
                self.criterion_of.setdefault(header_key(name), cid)
        self.known = {name_key(c): c for c in candidates} if candidates is not None else None
        self.candidate_list = list(candidates) if candidates is not None else []
        self.jurors: dict[str, str] = {}  # name_key → first spelling
        self.seen: dict[tuple[str, str, str], str] = {}  # (juror, candidate, criterion) keys → place

    # ---- issues ---------------------------------------------------------------------------

    def error(self, message: str, sheet: str | None, cell: str | None = None, hint: str | None = None) -> None:
        self.issues.append(Issue(IssueCode.PANEL, Severity.ERROR, message, Location(self.raw.path, sheet, cell), hint))

    def warn(self, message: str, sheet: str | None, cell: str | None = None) -> None:
        self.issues.append(Issue(IssueCode.PANEL, Severity.WARNING, message, Location(self.raw.path, sheet, cell)))

    # ---- layouts --------------------------------------------------------------------------

    def read(self) -> list[PanelScore]:
        long = [(s, h) for s in self.raw.sheets if (h := self._header(s, ("juror", "candidate"))) is not None]
        if long:
            self.layout = "long"
            scores: list[PanelScore] = []
            chosen = {id(s) for s, _ in long}
            for sheet in self.raw.sheets:
                if id(sheet) not in chosen:
                    self.warn("sheet ignored: no juror and candidate columns (long layout)", sheet.name)
            for sheet, header in long:
                scores += self._long_sheet(sheet, header)
            return scores
        if self.raw.kind == "csv":
            self._no_long_header(self.raw.sheets[0])
            return []
        return self._juror_sheets()

    def _header(self, sheet: RawSheet, roles: tuple[str, ...]) -> int | None:
        for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
            keys = {_key(v) for v in row}
            if all(keys & self.keys[role] for role in roles):
                return index
        return None

    def _no_long_header(self, sheet: RawSheet) -> None:
        self.error(
            f"no header row: none of the first {HEADER_SEARCH_ROWS} rows has a juror column "
            f"({_shown(self.aliases['juror'][:3])}...) and a candidate column "
            f"({_shown(self.aliases['candidate'][:3])}...)",
            sheet.name,
            hint="a CSV panel file is one row per juror, candidate and criterion: Juri, Wilayah, Kriteria, Nilai",
        )

    # ---- long layout ----------------------------------------------------------------------

    def _long_sheet(self, sheet: RawSheet, header: int) -> list[PanelScore]:
        columns = self._role_columns(sheet, header)
        if columns is None:
            return []
        scores = []
        for index in range(header + 1, len(sheet.rows)):
            row = sheet.rows[index]
            excel_row = index + 1
            cells = {role: (row[j] if j < len(row) else "") for role, j in columns.items()}
            if all(_blank(v) for v in cells.values()):
                continue
            where = {role: f"{column_letter(j)}{excel_row}" for role, j in columns.items()}
            missing = [role for role in ("juror", "candidate", "criterion") if _blank(cells[role])]
            if missing:
                self.error(f"row {excel_row} has no {' and no '.join(missing)}", sheet.name, where[missing[0]],
                           hint="fill it in, or delete the row")
                continue
            candidate_name = display_name(cells["candidate"])
            if is_total(candidate_name):
                self.warn(f"total row '{candidate_name}' ignored", sheet.name, where["candidate"])
                continue
            juror = self._juror(display_name(cells["juror"]))
            candidate = self._candidate(candidate_name, sheet.name, where["candidate"])
            criterion = self._criterion(display_name(cells["criterion"]), sheet.name, where["criterion"])
            if candidate is None or criterion is None:
                continue
            score = self._score(cells["score"], juror, candidate, criterion, sheet.name, where["score"])
            if score is not None:
                scores.append(score)
        return scores

    def _role_columns(self, sheet: RawSheet, header: int) -> dict[str, int] | None:
        row = sheet.rows[header]
        keys = [_key(v) for v in row]
        found: dict[str, int] = {}
        ok = True
        for role in ROLES:
            hits = [j for j, k in enumerate(keys) if k and k in self.keys[role]]
            if len(hits) > 1:
                cells = " and ".join(f"{column_letter(j)}{header + 1} '{row[j]}'" for j in hits)
                self.error(f"two {role} columns: {cells}", sheet.name, f"{column_letter(hits[1])}{header + 1}",
                           hint="remove or rename one of them")
                ok = False
            elif not hits:
                present = ", ".join(f"'{v}'" for v in row if not _blank(v)) or "none"
                self.error(f"no {role} column in the header row {header + 1} (found: {present})", sheet.name,
                           f"A{header + 1}",
                           hint=f"name it {_shown(self.aliases[role][:4])} or add an alias under panel: columns: {role}:")
                ok = False
            else:
                found[role] = hits[0]
        if ok:
            for j, value in enumerate(row):
                if j not in found.values() and not _blank(value):
                    self.warn(f"column '{display_name(value)}' ignored", sheet.name, f"{column_letter(j)}{header + 1}")
        return found if ok else None

    # ---- one sheet per juror ----------------------------------------------------------------

    def _juror_sheets(self) -> list[PanelScore]:
        scores: list[PanelScore] = []
        any_juror = False
        for sheet in self.raw.sheets:
            header = self._header(sheet, ("candidate",))
            if header is None:
                if _has_numbers(sheet):
                    self.error(
                        f"unknown layout: no header row with a candidate column in the first {HEADER_SEARCH_ROWS} "
                        f"rows (accepted: {_shown(self.aliases['candidate'])})",
                        sheet.name,
                        hint="a juror sheet has a header row like 'Wilayah | <criterion> | <criterion>...' "
                             "and one row per candidate; or use one long sheet: Juri, Wilayah, Kriteria, Nilai",
                    )
                else:
                    self.warn("sheet ignored: no candidate column (not a juror sheet)", sheet.name)
                continue
            any_juror = True
            scores += self._juror_sheet(sheet, header)
        if not any_juror and not any(i.severity is Severity.ERROR for i in self.issues):
            self.error("no juror sheets: no sheet has a header row with a candidate column "
                       f"(accepted: {_shown(self.aliases['candidate'])})", None,
                       hint="one sheet per juror (sheet name = juror), or one long sheet: Juri, Wilayah, Kriteria, Nilai")
        return scores

    def _juror_sheet(self, sheet: RawSheet, header: int) -> list[PanelScore]:
        row = sheet.rows[header]
        keys = [_key(v) for v in row]
        candidate_col = next(j for j, k in enumerate(keys) if k in self.keys["candidate"])
        columns: dict[str, int] = {}
        unmatched: list[int] = []
        for j, k in enumerate(keys):
            if j == candidate_col or not k:
                continue
            cid = self.criterion_of.get(k)
            if cid is None:
                unmatched.append(j)
            elif cid in columns:
                self.error(f"two columns for criterion '{cid}': {column_letter(columns[cid])}{header + 1} and "
                           f"{column_letter(j)}{header + 1}", sheet.name, f"{column_letter(j)}{header + 1}")
                return []
            else:
                columns[cid] = j
        missing = [cid for cid in self.spec.criteria if cid not in columns]
        if missing:
            others = [display_name(row[j]) for j in unmatched]
            hints, unnamed = [], []
            for cid in missing:
                close = _closest_header(cid, self.spec.label_of(cid), others)
                if close:
                    hints.append(f"for '{cid}' did you mean '{close}'? (add it under panel: criteria: {cid}: headers:)")
                else:
                    unnamed.append(f"'{self.spec.label_of(cid)}' or '{cid}'")
            if unnamed:
                hints.append("name the columns " + ", ".join(unnamed))
            self.error(f"no column for interview criteri{'on' if len(missing) == 1 else 'a'} {_shown(missing)} "
                       f"in the header row {header + 1} (other columns: {_shown(others) or 'none'})",
                       sheet.name, f"A{header + 1}", hint="; ".join(hints))
            return []
        for j in unmatched:
            self.warn(f"column '{display_name(row[j])}' is not an interview criterion; ignored", sheet.name,
                      f"{column_letter(j)}{header + 1}")
        juror = self._juror(display_name(sheet.name or ""))
        scores = []
        for index in range(header + 1, len(sheet.rows)):
            cells = sheet.rows[index]
            excel_row = index + 1
            value = cells[candidate_col] if candidate_col < len(cells) else ""
            if _blank(value):
                continue
            name = display_name(value)
            where = f"{column_letter(candidate_col)}{excel_row}"
            if is_total(name):
                self.warn(f"total row '{name}' ignored", sheet.name, where)
                continue
            candidate = self._candidate(name, sheet.name, where)
            if candidate is None:
                continue
            for cid, j in columns.items():
                cell = cells[j] if j < len(cells) else ""
                score = self._score(cell, juror, candidate, cid, sheet.name, f"{column_letter(j)}{excel_row}")
                if score is not None:
                    scores.append(score)
        return scores

    # ---- names and values -------------------------------------------------------------------

    def _juror(self, name: str) -> str:
        return self.jurors.setdefault(name_key(name) or name, name)

    def _candidate(self, name: str, sheet: str | None, cell: str) -> str | None:
        if self.known is None:
            return name
        found = self.known.get(name_key(name))
        if found is None:
            near = closest(name, self.candidate_list)
            hint = f"did you mean {', '.join(repr(n) for n in near)}?" if near else "check the spelling against the data"
            self.error(f"candidate '{name}' is not in the data", sheet, cell, hint=hint)
        return found

    def _criterion(self, name: str, sheet: str | None, cell: str) -> str | None:
        cid = self.criterion_of.get(header_key(name))
        if cid is None:
            options = list(self.spec.criteria)
            close = _closest_header(name, name, [*options, *(self.spec.label_of(c) for c in options)])
            hint = f"did you mean '{close}'?" if close else did_you_mean(name, options)
            self.error(f"'{name}' is not an interview criterion of the panel", sheet, cell, hint=hint)
        return cid

    def _score(self, value: Any, juror: str, candidate: str, criterion: str, sheet: str | None,
               cell: str) -> PanelScore | None:
        who = f"juror '{juror}', candidate '{candidate}', criterion '{criterion}'"
        key = (name_key(juror), name_key(candidate), criterion)
        place = f"{sheet + '!' if sheet else ''}{cell}"
        if key in self.seen:
            self.error(f"{who} is scored twice (also at {self.seen[key]})", sheet, cell, hint="keep one score")
            return None
        self.seen[key] = place
        number = self._number(value, who, sheet, cell)
        if number is _BAD:
            return None
        if number is not None:
            lo, hi = self.spec.scale
            if not lo <= number <= hi:
                self.error(f"score {number:g} is outside the panel scale {lo:g}–{hi:g} ({who})", sheet, cell,
                           hint=f"scores must lie within panel: scale: [{lo:g}, {hi:g}]")
                return None
        return PanelScore(juror, candidate, criterion, number, sheet, cell)  # type: ignore[arg-type]

    def _number(self, value: Any, who: str, sheet: str | None, cell: str) -> float | None | object:
        if _blank(value):
            return None
        hint = "leave the cell empty for an abstention"
        if isinstance(value, bool):
            self.error(f"{'TRUE' if value else 'FALSE'} is not a score ({who})", sheet, cell, hint=hint)
            return _BAD
        if isinstance(value, (dt.date, dt.time, dt.timedelta)):
            self.error(f'"{value}" is a date or time, not a score ({who})', sheet, cell,
                       hint="format the cell as a number")
            return _BAD
        if isinstance(value, (int, float)):
            number = float(value)
        else:
            try:
                number = parse_number(str(value), self.locale)
            except NumberFormatError as exc:
                self.error(f"{exc} ({who})", sheet, cell, hint=hint)
                return _BAD
        if not math.isfinite(number):
            self.error(f"{number} is not a finite number ({who})", sheet, cell)
            return _BAD
        return number


_BAD = object()


def _key(value: Any) -> str:
    if _blank(value):
        return ""
    return header_key(value if isinstance(value, str) else display_name(value))


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _has_numbers(sheet: RawSheet) -> bool:
    return any(isinstance(v, (int, float)) and not isinstance(v, bool) for row in sheet.rows for v in row)


def _shown(names: Sequence[str]) -> str:
    return ", ".join(f"'{n}'" for n in names)


def _closest_header(word: str, label: str, options: list[str]) -> str | None:
    """The option whose header key is closest to ``word``'s or ``label``'s."""
    import difflib

    keys = {header_key(o): o for o in options}
    for probe in (word, label):
        found = difflib.get_close_matches(header_key(probe), list(keys), n=1, cutoff=0.6)
        if found:
            return keys[found[0]]
    return None
