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

Nothing is merged silently. In the one-sheet-per-juror layout:

* two sheets whose names are the same juror ("Juri 1" and "JURI-1") are an error on the second;
* a sheet named like a summary ("Rekap", "Rata-rata", "Jumlah", "Hasil"...) is ignored with a
  warning, and so is a sheet each of whose scores is the mean or the median of the other
  jurors' scores on that cell (at least two other jurors per cell, and not all of them equal):
  exactly, or to the precision its values are written in when some have decimals (a value
  with d decimals may differ from the mean by 0.5 × 10^−d). Means rounded to whole numbers
  look like a juror's own scores, so such a sheet is only recognised by its name;
* a sheet with a candidate column but no criterion column and no numbers (a list of names
  with comments) is ignored with a warning;
* a candidate listed twice on one sheet is an error naming both rows;
* a sheet whose scores are all the same as another sheet's (at least four scores) is a warning;
* a juror whose every score is empty, or whose sheet has no candidate rows, is a warning.

In the long layout a juror written in two spellings ("Juri 1", "juri 1") is one juror, with a
warning naming where the other spelling was first written; a juror scoring the same candidate
on the same criterion twice is an error naming both cells. In both layouts a row whose
candidate is a total or an average ("Jumlah", "Rata-rata") is ignored with a warning, and a
score typed as a percentage ("80%") on a scale up to more than 1 is an error.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.core.headers import header_key
from paritrana.core.names import closest, display_name, is_total, name_key
from paritrana.core.panel_spec import PanelSpec
from paritrana.errors import DataError, DataErrors, Issue, IssueCode, Location, NumberFormatError, Severity
from paritrana.i18n.messages import io as io_m
from paritrana.i18n.messages import panel as m
from paritrana.i18n.text import Message
from paritrana.io.limits import ReadOptions
from paritrana.io.load import column_letter
from paritrana.io.numbers import parse_number
from paritrana.io.read import RawFile, RawSheet, empty_formula_cells, read_file
from paritrana.io.sheets import skipped_silently

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
ROLE_WORDS = {"juror": m.ROLE_JUROR, "candidate": m.ROLE_CANDIDATE, "criterion": m.ROLE_CRITERION,
              "score": m.ROLE_SCORE}
CELL_WORDS = {"juror": m.CELL_JUROR, "candidate": m.CELL_CANDIDATE, "criterion": m.CELL_CRITERION}
# A sheet named so holds a summary of the jurors' scores, not one juror's (name_key words).
SUMMARY_WORDS = frozenset({"rekap", "rekapitulasi", "ringkasan", "summary", "total", "jumlah", "rerata", "average",
                           "mean", "median", "hasil", "gabungan", "recap", "overall"})
# A row whose candidate is one of these (name_key) is a summary row, not a candidate.
SUMMARY_ROWS = frozenset({"rata rata", "ratarata", "rerata", "average", "mean", "median", "nilai rata rata",
                          "rata rata nilai", "jumlah nilai"})
COPY_MIN_SCORES = 4  # identical sheets are reported from this many scores on
FORMULA_CHECKS = 200  # empty score cells looked up for a formula without a saved result
# A numbering column ("No.", "Nomor") on a juror's sheet is neither a criterion nor a mistake.
NUMBER_HEADERS = frozenset({"no", "nomor", "nourut", "nomorurut"})


@dataclass(frozen=True)
class PanelScore:
    """One cell of the panel workbook: a juror's score of a candidate on a criterion.

    ``value`` is None for an abstention (a blank cell) and for a cell not counted because of a
    conflict of interest (``conflict``; see ``paritrana.panel.conflicts``). ``candidate`` is
    spelled as in the assessed year's data when a candidate list was given, else as written.
    ``file`` is the workbook or form the score was read from."""

    juror: str
    candidate: str
    criterion: str
    value: float | None
    sheet: str | None
    cell: str
    file: str | None = None
    conflict: bool = False

    @property
    def abstained(self) -> bool:
        return self.value is None and not self.conflict


@dataclass(frozen=True)
class PanelScores:
    path: str
    sha256: str
    layout: str  # "long" | "per-juror"
    scores: list[PanelScore]
    jurors: list[str]  # first-seen order
    warnings: list[Issue] = field(default_factory=list)
    sources: list[Any] = field(default_factory=list)  # paritrana.panel.forms.PanelSource, one per file read
    expected_jurors: list[str] = field(default_factory=list)  # the panel (declared, or recorded in the forms)
    missing_jurors: list[str] = field(default_factory=list)  # of those, the jurors without scores

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
        raise DataError(m.NO_PANEL_SECTION(), Location(file=str(path)), hint=m.ADD_PANEL_SECTIONS())
    raw = read_file(path, options)
    return build_panel(raw, criteria, candidates)


def build_panel(raw: RawFile, criteria: Criteria, candidates: Sequence[str] | None = None) -> PanelScores:
    reader = _Reader(raw, criteria, candidates)
    scores = reader.read()
    reader.check_formulas()
    errors = [i for i in reader.issues if i.severity is Severity.ERROR]
    if errors:
        raise DataErrors(errors)
    jurors = list(dict.fromkeys(s.juror for s in scores))
    return PanelScores(raw.path, hashlib.sha256(raw.data).hexdigest(), reader.layout, scores, jurors,
                       [i for i in reader.issues if i.severity is Severity.WARNING])


@dataclass
class _JurorSheet:
    """One juror's sheet as read: its scores and its own issues (dropped with the sheet when it
    turns out to be a summary)."""

    sheet: RawSheet
    juror: str
    scores: list[PanelScore]
    issues: list[Issue]

    def values(self) -> dict[tuple[str, str], float | None]:
        return {(name_key(s.candidate), s.criterion): s.value for s in self.scores}


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
            labels = [str(c.label), *c.label.texts.values()] if c.label else []
            for name in (cid, *labels, *c.headers):  # a label in either language (forms print the output language's)
                self.criterion_of.setdefault(header_key(name), cid)
        self.known = {name_key(c): c for c in candidates} if candidates is not None else None
        self.candidate_list = list(candidates) if candidates is not None else []
        self.jurors: dict[str, tuple[str, str]] = {}  # name_key → (first spelling, where it was written)
        self.spellings: set[str] = set()  # juror spellings already reported
        self.seen: dict[tuple[str, str, str], str] = {}  # (juror, candidate, criterion) keys → place
        self.empty: list[tuple[str, int, int, Message]] = []  # empty score cells: (sheet, row, column, who)

    # ---- issues ---------------------------------------------------------------------------

    def error(self, message: Message, sheet: str | None, cell: str | None = None, hint: Message | None = None) -> None:
        self.issues.append(Issue(IssueCode.PANEL, Severity.ERROR, message, Location(self.raw.path, sheet, cell), hint))

    def warn(self, message: Message, sheet: str | None, cell: str | None = None, hint: Message | None = None) -> None:
        self.issues.append(Issue(IssueCode.PANEL, Severity.WARNING, message, Location(self.raw.path, sheet, cell),
                                 hint))

    # ---- layouts --------------------------------------------------------------------------

    def read(self) -> list[PanelScore]:
        long = [(s, h) for s in self.raw.sheets if (h := self._header(s, ("juror", "candidate"))) is not None]
        if long:
            self.layout = "long"
            scores: list[PanelScore] = []
            chosen = {id(s) for s, _ in long}
            names = [s.name or "" for s, _ in long]
            for sheet in self.raw.sheets:
                if id(sheet) not in chosen:
                    self.warn(m.SHEET_IGNORED_LONG(sheets=names), sheet.name)
            for sheet, header in long:
                scores += self._long_sheet(sheet, header)
            self._scored_nobody_long(scores)
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
        self.error(m.NO_LONG_HEADER(rows=HEADER_SEARCH_ROWS, jurors=self.aliases["juror"][:3],
                                    candidates=self.aliases["candidate"][:3]),
                   sheet.name, hint=m.LONG_LAYOUT_HINT())

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
                self.error(m.ROW_INCOMPLETE(roles=[CELL_WORDS[r]() for r in missing], row=excel_row), sheet.name,
                           where[missing[0]], hint=m.FILL_OR_DELETE_ROW())
                continue
            candidate_name = display_name(cells["candidate"])
            if _summary_row(candidate_name):
                self.warn(m.ROW_IGNORED_TOTAL(name=candidate_name), sheet.name, where["candidate"])
                continue
            juror = self._juror(display_name(cells["juror"]), sheet.name, where["juror"])
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
                first, second = (m.CELL_HEADER(cell=f"{column_letter(j)}{header + 1}", header=display_name(row[j]))
                                 for j in hits[:2])
                self.error(m.TWO_ROLE_COLUMNS(role=ROLE_WORDS[role](), first=first, second=second), sheet.name,
                           f"{column_letter(hits[1])}{header + 1}", hint=m.REMOVE_ONE_COLUMN())
                ok = False
            elif not hits:
                present = [display_name(v) for v in row if not _blank(v)]
                self.error(m.ROLE_COLUMN_MISSING(role=ROLE_WORDS[role](), row=header + 1, found=present), sheet.name,
                           f"A{header + 1}", hint=m.NAME_THE_COLUMN(names=self.aliases[role][:4], key=role))
                ok = False
            else:
                found[role] = hits[0]
        if ok:
            for j, value in enumerate(row):
                if j not in found.values() and not _blank(value):
                    self.warn(m.COLUMN_IGNORED(name=display_name(value)), sheet.name, f"{column_letter(j)}{header + 1}")
        return found if ok else None

    def _scored_nobody_long(self, scores: list[PanelScore]) -> None:
        first: dict[str, PanelScore] = {}
        given: set[str] = set()
        for s in scores:
            first.setdefault(name_key(s.juror), s)
            if s.value is not None:
                given.add(name_key(s.juror))
        for key, s in first.items():
            if key not in given:
                self.warn(m.JUROR_SCORED_NOBODY(juror=s.juror), s.sheet, s.cell, hint=m.FILL_OR_DROP_JUROR())

    # ---- one sheet per juror ----------------------------------------------------------------

    def _juror_sheets(self) -> list[PanelScore]:
        read: list[_JurorSheet] = []
        any_juror = False
        owners: dict[str, str] = {}  # juror name_key → the sheet that holds the juror
        for sheet in self.raw.sheets:
            header = self._header(sheet, ("candidate",))
            if header is None:
                if _has_numbers(sheet):
                    self.error(m.UNKNOWN_LAYOUT(rows=HEADER_SEARCH_ROWS, names=self.aliases["candidate"]),
                               sheet.name, hint=m.JUROR_SHEET_HINT())
                elif not skipped_silently(sheet.rows):  # a notes sheet or our own instructions: no word
                    self.warn(m.SHEET_IGNORED_NO_CANDIDATE(), sheet.name)
                continue
            any_juror = True
            name = display_name(sheet.name or "")
            if _summary_sheet(name):
                self.warn(m.SUMMARY_SHEET_BY_NAME(), sheet.name, hint=m.RENAME_IF_JUROR())
                continue
            key = name_key(name) or name
            if key in owners:
                self.error(m.SAME_JUROR_TWICE(first=owners[key], second=sheet.name or ""), sheet.name,
                           hint=m.ONE_SHEET_PER_JUROR())
                continue
            mine = self._isolated(sheet, header, name)
            if mine is not None:
                owners[key] = sheet.name or ""
                read.append(mine)
        if not any_juror and not any(i.severity is Severity.ERROR for i in self.issues):
            self.error(m.NO_JUROR_SHEETS(names=self.aliases["candidate"]), None, hint=m.JUROR_SHEET_HINT())
        kept = self._drop_summaries(read)
        self._report_copies(kept)
        scores: list[PanelScore] = []
        for js in kept:
            self.issues += js.issues
            if not js.scores:
                self.warn(m.JUROR_SHEET_EMPTY(juror=js.juror), js.sheet.name, hint=m.FILL_OR_DROP_JUROR())
            elif all(s.value is None for s in js.scores):
                self.warn(m.JUROR_SCORED_NOBODY(juror=js.juror), js.sheet.name, hint=m.FILL_OR_DROP_JUROR())
            scores += js.scores
        return scores

    def _isolated(self, sheet: RawSheet, header: int, juror: str) -> _JurorSheet | None:
        """Read one juror's sheet with its issues kept apart (``None``: not a juror's sheet)."""
        outer, self.issues = self.issues, []
        try:
            scores = self._juror_sheet(sheet, header, juror)
            issues = self.issues
        finally:
            self.issues = outer
        if scores is None:
            self.issues += issues
            return None
        return _JurorSheet(sheet, juror, scores, issues)

    def _juror_sheet(self, sheet: RawSheet, header: int, juror: str) -> list[PanelScore] | None:
        """The scores of one juror's sheet; None when the sheet turns out not to be a juror's."""
        row = sheet.rows[header]
        keys = [_key(v) for v in row]
        candidate_col = next(j for j, k in enumerate(keys) if k in self.keys["candidate"])
        columns: dict[str, int] = {}
        unmatched: list[int] = []
        for j, k in enumerate(keys):
            if j == candidate_col or not k or k in NUMBER_HEADERS:
                continue
            cid = self.criterion_of.get(k)
            if cid is None:
                unmatched.append(j)
            elif cid in columns:
                first, second = (m.CELL_HEADER(cell=f"{column_letter(c)}{header + 1}", header=display_name(row[c]))
                                 for c in (columns[cid], j))
                self.error(m.TWO_CRITERION_COLUMNS(cid=cid, first=first, second=second), sheet.name,
                           f"{column_letter(j)}{header + 1}", hint=m.REMOVE_ONE_COLUMN())
                return []
            else:
                columns[cid] = j
        if not columns and not _has_numbers_below(sheet, header):
            self.warn(m.SHEET_IGNORED_NO_CRITERIA(), sheet.name)
            return None
        missing = [cid for cid in self.spec.criteria if cid not in columns]
        if missing:
            self._missing_criteria(sheet, header, missing, [display_name(row[j]) for j in unmatched])
            return []
        for j in unmatched:
            self.warn(m.CRITERION_COLUMN_IGNORED(name=display_name(row[j])), sheet.name,
                      f"{column_letter(j)}{header + 1}")
        scores = []
        rows_of: dict[str, int] = {}  # candidate name_key → the Excel row it was first read from
        for index in range(header + 1, len(sheet.rows)):
            cells = sheet.rows[index]
            excel_row = index + 1
            value = cells[candidate_col] if candidate_col < len(cells) else ""
            if _blank(value):
                continue
            name = display_name(value)
            where = f"{column_letter(candidate_col)}{excel_row}"
            if _summary_row(name):
                self.warn(m.ROW_IGNORED_TOTAL(name=name), sheet.name, where)
                continue
            candidate = self._candidate(name, sheet.name, where)
            if candidate is None:
                continue
            if name_key(candidate) in rows_of:
                self.error(m.CANDIDATE_TWICE(name=name, row=rows_of[name_key(candidate)]), sheet.name, where,
                           hint=m.ONE_ROW_PER_CANDIDATE())
                continue
            rows_of[name_key(candidate)] = excel_row
            for cid, j in columns.items():
                cell = cells[j] if j < len(cells) else ""
                score = self._score(cell, juror, candidate, cid, sheet.name, f"{column_letter(j)}{excel_row}")
                if score is not None:
                    scores.append(score)
        return scores

    def _missing_criteria(self, sheet: RawSheet, header: int, missing: list[str], others: list[str]) -> None:
        hints: list[Message] = []
        unnamed: list[Message] = []
        for cid in missing:
            close = _closest_header(cid, self.spec.label_of(cid), others)
            if close:
                hints.append(m.CRITERION_DID_YOU_MEAN(cid=cid, close=close))
            else:
                unnamed.append(m.NAME_OR_ID(label=self.spec.label_of(cid), cid=cid))
        if unnamed:
            hints.append(m.NAME_THE_COLUMNS(names=unnamed))
        hint = hints[0]
        for more in hints[1:]:
            hint = m.TWO_HINTS(first=hint, second=more)
        shown = m.QUOTED_LIST(names=others) if others else m.NOBODY()
        self.error(m.CRITERIA_COLUMNS_MISSING(missing=missing, row=header + 1, others=shown), sheet.name,
                   f"A{header + 1}", hint=hint)

    def _drop_summaries(self, sheets: list[_JurorSheet]) -> list[_JurorSheet]:
        """The sheets without those each of whose scores is the mean or median of the others'."""
        kept = list(sheets)
        for js in sheets:
            others = [o.values() for o in kept if o is not js]
            how = _summary_of(js.values(), others)
            if how is not None:
                kept.remove(js)
                given = sum(v is not None for v in js.values().values())
                self.warn(m.SUMMARY_SHEET_BY_VALUES(n=given, how=how), js.sheet.name)
        return kept

    def _report_copies(self, sheets: list[_JurorSheet]) -> None:
        for later, js in enumerate(sheets):
            mine = js.values()
            if sum(v is not None for v in mine.values()) < COPY_MIN_SCORES:
                continue
            for other in sheets[:later]:
                if other.values() == mine:
                    given = sum(v is not None for v in mine.values())
                    self.warn(m.SAME_SCORES_AS(n=given, other=other.sheet.name or ""), js.sheet.name,
                              hint=m.CHECK_COPIED())
                    break

    # ---- names and values -------------------------------------------------------------------

    def _juror(self, name: str, sheet: str | None, cell: str) -> str:
        """The juror's first spelling; another spelling of the same juror is reported once."""
        key = name_key(name) or name
        place = f"{sheet + '!' if sheet else ''}{cell}"
        first, where = self.jurors.setdefault(key, (name, place))
        if name != first and name not in self.spellings:
            self.spellings.add(name)
            self.warn(m.JUROR_SPELLING(name=name, first=first, place=where), sheet, cell, hint=m.SPELL_ALIKE())
        return first

    def _candidate(self, name: str, sheet: str | None, cell: str) -> str | None:
        if self.known is None:
            return name
        found = self.known.get(name_key(name))
        if found is None:
            near = closest(name, self.candidate_list)
            hint = m.DID_YOU_MEAN(names=near) if near else m.CHECK_SPELLING()
            self.error(m.UNKNOWN_CANDIDATE(name=name), sheet, cell, hint=hint)
        return found

    def _criterion(self, name: str, sheet: str | None, cell: str) -> str | None:
        cid = self.criterion_of.get(header_key(name))
        if cid is None:
            options = list(self.spec.criteria)
            close = _closest_header(name, name, [*options, *(self.spec.label_of(c) for c in options)])
            hint = m.DID_YOU_MEAN(names=[close]) if close else m.KNOWN_CRITERIA(names=options)
            self.error(m.UNKNOWN_CRITERION(name=name), sheet, cell, hint=hint)
        return cid

    def _score(self, value: Any, juror: str, candidate: str, criterion: str, sheet: str | None,
               cell: str) -> PanelScore | None:
        who = m.WHO(juror=juror, candidate=candidate, criterion=criterion)
        key = (name_key(juror), name_key(candidate), criterion)
        place = f"{sheet + '!' if sheet else ''}{cell}"
        if key in self.seen:
            self.error(m.SCORED_TWICE(who=who, other=self.seen[key]), sheet, cell, hint=m.KEEP_ONE_SCORE())
            return None
        self.seen[key] = place
        number = self._number(value, who, sheet, cell)
        if number is _BAD:
            return None
        if number is None and sheet is not None and self.raw.kind == "xlsx":
            self._remember_empty(sheet, cell, who)
        if number is not None:
            lo, hi = self.spec.scale
            if not lo <= number <= hi:  # type: ignore[operator]
                self.error(m.OUT_OF_SCALE(value=number, lo=lo, hi=hi, who=who), sheet, cell,
                           hint=m.WITHIN_SCALE(lo=lo, hi=hi))
                return None
        return PanelScore(juror, candidate, criterion, number, sheet, cell, self.raw.path)  # type: ignore[arg-type]

    def _remember_empty(self, sheet: str, cell: str, who: Message) -> None:
        found = re.fullmatch(r"([A-Z]+)(\d+)", cell)
        if found is not None:
            col = 0
            for letter in found.group(1):
                col = col * 26 + ord(letter) - 64
            self.empty.append((sheet, int(found.group(2)), col, who))

    def check_formulas(self) -> None:
        """An empty score cell that holds a formula never calculated (a workbook written by a
        script and never opened in a spreadsheet program) is an error, not an abstention."""
        if not self.empty:
            return
        who = {(sheet, row, col): w for sheet, row, col, w in self.empty}
        cells = [(sheet, row, col) for sheet, row, col, _ in self.empty[:FORMULA_CHECKS]]
        for sheet, row, col in empty_formula_cells(self.raw.path, cells, self.raw.data):
            self.error(m.WITH_WHO(problem=io_m.FORMULA_WITHOUT_VALUE(), who=who[(sheet, row, col)]), sheet,
                       f"{column_letter(col - 1)}{row}", hint=io_m.OPEN_AND_SAVE())

    def _number(self, value: Any, who: Message, sheet: str | None, cell: str) -> float | None | object:
        if _blank(value):
            return None
        if isinstance(value, bool):
            self.error(m.NOT_A_SCORE(typed="TRUE" if value else "FALSE", who=who), sheet, cell,
                       hint=m.TYPE_OR_ABSTAIN())
            return _BAD
        if isinstance(value, (dt.date, dt.time, dt.timedelta)):
            self.error(m.DATE_NOT_SCORE(typed=str(value), who=who), sheet, cell, hint=m.FORMAT_AS_NUMBER())
            return _BAD
        if isinstance(value, (int, float)):
            number = float(value)
        else:
            text = str(value).strip()
            lo, hi = self.spec.scale
            if text.endswith("%") and hi > 1:
                self.error(m.PERCENT_SCORE(typed=text, lo=lo, hi=hi, who=who), sheet, cell,
                           hint=m.TYPE_WITHOUT_PERCENT())
                return _BAD
            try:
                number = parse_number(text, self.locale)
            except NumberFormatError as exc:
                self.error(m.WITH_WHO(problem=exc.message, who=who), sheet, cell, hint=m.TYPE_OR_ABSTAIN())
                return _BAD
        if not math.isfinite(number):
            self.error(m.NOT_FINITE(typed=str(value), who=who), sheet, cell)
            return _BAD
        return number


_BAD = object()


def _key(value: Any) -> str:
    if _blank(value):
        return ""
    return header_key(value if isinstance(value, str) else display_name(value))


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _has_numbers(sheet: RawSheet) -> bool:
    return any(_is_number(v) for row in sheet.rows for v in row)


def _has_numbers_below(sheet: RawSheet, header: int) -> bool:
    return any(_is_number(v) for row in sheet.rows[header + 1:] for v in row)


def _summary_sheet(name: str) -> bool:
    """A sheet name like "Rekap", "Rata-rata", "Jumlah Nilai", "Hasil Akhir", "Summary"."""
    key = name_key(name)
    words = key.split()
    return bool(words) and (words[0] in SUMMARY_WORDS or key.startswith("rata rata")
                            or any(w in {"rekap", "rekapitulasi", "ringkasan", "summary"} for w in words))


def _summary_row(name: str) -> bool:
    """A candidate cell that is a total or an average: "Jumlah", "Total", "Rata-rata"."""
    return is_total(name) or name_key(name) in SUMMARY_ROWS


def _summary_of(mine: dict[tuple[str, str], float | None],
                others: list[dict[tuple[str, str], float | None]]) -> Message | None:
    """``m.HOW_MEAN`` or ``m.HOW_MEDIAN`` when each of ``mine``'s scores is that of the others'
    scores on the same cell (rules in the module docstring); else None."""
    cells = {k: v for k, v in mine.items() if v is not None}
    if len(cells) < 2:
        return None
    decimals = max(_decimals(v) for v in cells.values())
    tolerance = (0.5 * 10.0 ** -decimals if decimals else 0.0) + 1e-9
    columns: list[list[float]] = []
    for k in cells:
        column = [v for o in others if (v := o.get(k)) is not None]
        if len(column) < 2:
            return None
        columns.append(column)
    if all(max(c) - min(c) <= tolerance for c in columns):
        return None  # the others agree everywhere: a copy, not a summary
    for kernel, how in ((statistics.fmean, m.HOW_MEAN), (statistics.median, m.HOW_MEDIAN)):
        if all(abs(v - kernel(c)) <= tolerance for v, c in zip(cells.values(), columns, strict=True)):
            return how()
    return None


def _decimals(value: float, most: int = 6) -> int:
    """How many decimals ``value`` is written with (at most ``most``)."""
    for d in range(most + 1):
        if abs(value - round(value, d)) <= 1e-9:
            return d
    return most


def _closest_header(word: str, label: str, options: list[str]) -> str | None:
    """The option whose header key is closest to ``word``'s or ``label``'s."""
    import difflib

    keys = {header_key(o): o for o in options}
    for probe in (word, label):
        found = difflib.get_close_matches(header_key(probe), list(keys), n=1, cutoff=0.6)
        if found:
            return keys[found[0]]
    return None
