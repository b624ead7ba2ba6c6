"""The jurors' scoring forms: what a form records about itself, and reading forms back.

``paritrana template --panel`` (``paritrana.report.panel_forms``) writes one workbook per
juror. Each carries a very hidden sheet (``ID_SHEET``) whose first cell is ``FORM_MARKER`` and
whose rows are ``key | value`` pairs (``FormId``): the juror, the whole panel, the shortlist
it was printed for and its fingerprint, the assessed year, the SHA-256 of the data and of the
criteria, and where each score sits (the sheet, each finalist's row, each criterion's column),
plus the conflicts of interest greyed out on it. ``FormId.code`` (ten hex digits) is printed
in the form's footer, so a paper form can be matched to its file too.

The shortlist **fingerprint** is the SHA-256 of the assessed year and the sorted name keys of
the finalists: it changes exactly when the shortlist does (a corrected typo in the data that
moves nobody leaves it alone).

``load_panel_sources`` reads the jury's scores from one workbook (today's layouts, see
``paritrana.panel.load``), from several files, or from a folder of returned forms, and merges
them — never silently:

* a workbook with a form id is read cell by cell at the places the id names; a finalist's
  name cell that no longer holds that finalist (rows moved) is an error naming the cell;
* any other workbook is read as a jury workbook: its sheets (or its juror column) name the
  jurors — the "juror's name" match;
* the same juror in two files is an error naming both;
* the panel is the criteria's ``panel: jurors:``, else the jurors recorded in the forms' ids;
  a file for a juror outside it is an error, a juror without a file a warning (the panel
  score is then computed without that juror; ``min_jurors`` says whether that is enough);
* a form printed for another shortlist (the desk data changed since) is an error; one printed
  from other data or criteria with the same shortlist and interview criteria is a warning;
* in a folder, files that are not workbooks (a scanned PDF) are skipped with a warning, and
  Excel's lock files (``~$…``) and hidden files silently.

Scores out of scale, text in a score cell and the like are the reader's errors, each naming
the file, sheet and cell; every error of every file is raised together.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.core.headers import header_key
from paritrana.core.names import display_name, name_key
from paritrana.errors import DataError, DataErrors, Issue, IssueCode, Location, Severity
from paritrana.i18n.messages import io as io_m
from paritrana.i18n.messages import panel as m
from paritrana.io.limits import ReadOptions
from paritrana.io.load import column_letter
from paritrana.io.read import CSV_SUFFIXES, WORKBOOK_SUFFIXES, RawFile, read_file
from paritrana.panel.load import JUROR_HEADERS, PanelScore, PanelScores, _Reader, build_panel

if TYPE_CHECKING:
    from paritrana.core.criteria import Criteria

FORM_MARKER = "paritrana:jury-form"
FORM_VERSION = 1
ID_SHEET = "_paritrana_formulir"
# What a form prints in a grey (conflicted) cell, in either language.
CONFLICT_MARKS = frozenset({header_key(m.FORM_CONFLICT_CELL.id), header_key(m.FORM_CONFLICT_CELL.en)})
ROLE_HEADERS = ["Unsur", "Jabatan", "Instansi", "Role", "Peran"]
NAME_HEADERS = [*JUROR_HEADERS, "Nama", "Name"]


# ---- the form id ------------------------------------------------------------------------------


def shortlist_fingerprint(year: int | None, finalists: Sequence[str]) -> str:
    """SHA-256 (hex) of the assessed year and the finalists' sorted name keys."""
    text = json.dumps({"year": year, "shortlist": sorted(name_key(n) for n in finalists)}, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class FormId:
    """What a scoring form says about itself (module docstring). ``rows``: finalist → 1-based
    row of the scoring sheet; ``columns``: interview criterion → 0-based column."""

    juror: str
    jurors: list[str]
    shortlist: list[str]
    year: int | None
    data_sha256: str
    criteria_sha256: str
    sheet: str
    name_column: int
    rows: dict[str, int]
    columns: dict[str, int]
    conflicts: list[str] = field(default_factory=list)
    role: str | None = None

    @property
    def fingerprint(self) -> str:
        return shortlist_fingerprint(self.year, self.shortlist)

    @property
    def code(self) -> str:
        """Ten hex digits that name this form (printed in its footer)."""
        text = "\n".join([self.juror, self.fingerprint, self.criteria_sha256])
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10].upper()

    def cell(self, candidate: str, criterion: str) -> str:
        return f"{column_letter(self.columns[criterion])}{self.rows[candidate]}"

    def name_cell(self, candidate: str) -> str:
        return f"{column_letter(self.name_column)}{self.rows[candidate]}"

    def to_rows(self) -> list[tuple[str, str]]:
        """The id sheet's rows after the marker row: ``(key, value)``, lists and maps as JSON."""
        def js(value: Any) -> str:
            return json.dumps(value, ensure_ascii=False)

        return [("code", self.code), ("juror", self.juror), ("role", self.role or ""), ("jurors", js(self.jurors)),
                ("year", "" if self.year is None else str(self.year)), ("shortlist", js(self.shortlist)),
                ("fingerprint", self.fingerprint), ("data_sha256", self.data_sha256),
                ("criteria_sha256", self.criteria_sha256), ("sheet", self.sheet),
                ("name_column", str(self.name_column)), ("rows", js(self.rows)), ("columns", js(self.columns)),
                ("conflicts", js(self.conflicts))]

    @classmethod
    def from_rows(cls, rows: list[list[Any]], where: Location) -> FormId:
        """The id from its sheet's rows (marker row first). ``DataError`` when it is damaged."""
        values = {str(r[0]): r[1] for r in rows[1:] if len(r) >= 2 and r[0] not in (None, "")}
        try:
            year = str(values.get("year", "")).strip()
            form = cls(
                juror=str(values["juror"]), jurors=_strings(json.loads(values["jurors"])),
                shortlist=_strings(json.loads(values["shortlist"])), year=int(float(year)) if year else None,
                data_sha256=str(values["data_sha256"]), criteria_sha256=str(values["criteria_sha256"]),
                sheet=str(values["sheet"]), name_column=int(float(values["name_column"])),
                rows={str(k): int(v) for k, v in json.loads(values["rows"]).items()},
                columns={str(k): int(v) for k, v in json.loads(values["columns"]).items()},
                conflicts=_strings(json.loads(values.get("conflicts") or "[]")),
                role=str(values.get("role") or "") or None)
        except (KeyError, ValueError, TypeError, AttributeError):
            raise DataError(m.FORM_ID_DAMAGED(), where, hint=m.REPRINT_FORM()) from None
        if str(values.get("fingerprint", form.fingerprint)) != form.fingerprint:
            raise DataError(m.FORM_ID_DAMAGED(), where, hint=m.REPRINT_FORM())
        return form


def _strings(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise TypeError
    return [str(v) for v in value]


def find_form_id(raw: RawFile) -> FormId | None:
    """The form id of a workbook written by ``template --panel``, or None for any other file."""
    for sheet in raw.sheets:
        if sheet.rows and sheet.rows[0] and sheet.rows[0][0] == FORM_MARKER:
            return FormId.from_rows(sheet.rows, Location(raw.path, sheet.name))
    return None


# ---- what the forms are checked against --------------------------------------------------------


@dataclass(frozen=True)
class FormContext:
    """The shortlist of the desk ranking now, and the files it came from."""

    year: int | None
    shortlist: list[str]
    data_sha256: str
    criteria_sha256: str

    @property
    def fingerprint(self) -> str:
        return shortlist_fingerprint(self.year, self.shortlist)


@dataclass(frozen=True)
class PanelSource:
    """One file of the jury's scores: a form ("form", with its ``code``) or a workbook."""

    path: str
    sha256: str
    kind: str  # "form" | "workbook"
    jurors: list[str]
    code: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "sha256": self.sha256, "kind": self.kind, "jurors": list(self.jurors),
                "form_code": self.code}


# ---- reading -----------------------------------------------------------------------------------


def load_panel_sources(paths: Sequence[str | Path], criteria: Criteria, candidates: Sequence[str] | None = None,
                       context: FormContext | None = None, options: ReadOptions | None = None) -> PanelScores:
    """The jury's scores from ``paths`` (files and folders), merged; rules in the module docstring.

    ``candidates`` are the names in the data (scores are spelled as there); ``context`` the
    shortlist the forms must have been printed for (None: not checked)."""
    if criteria.panel is None:
        raise DataError(m.NO_PANEL_SECTION(), Location(file=str(paths[0]) if paths else None),
                        hint=m.ADD_PANEL_SECTIONS())
    files, warnings, issues = _expand(paths)
    parts: list[tuple[PanelScores, PanelSource, FormId | None]] = []
    for path in files:
        try:
            raw = read_file(path, options)
            form = find_form_id(raw) if raw.kind == "xlsx" else None
            if form is not None:
                scores, form_issues = _read_form(raw, form, criteria, candidates, context)
                issues += [i for i in form_issues if i.severity is Severity.ERROR]
                warnings += [i for i in form_issues if i.severity is Severity.WARNING]
                kind = "form"
            else:
                scores, kind = build_panel(raw, criteria, candidates), "workbook"
        except DataErrors as exc:
            issues += exc.issues
            continue
        except DataError as exc:
            issues.append(Issue(IssueCode.PANEL, Severity.ERROR, exc.message, exc.location or Location(file=path),
                                exc.hint))
            continue
        parts.append((scores, PanelSource(scores.path, scores.sha256, kind, list(scores.jurors),
                                          form.code if form else None), form))
    declared = criteria.panel.juror_names
    recorded = list(dict.fromkeys(j for _, _, form in parts if form is not None for j in form.jurors))
    expected = declared or recorded
    issues += _one_file_per_juror(parts)
    issues += _known_jurors(parts, expected, bool(declared))
    if issues:
        raise DataErrors(issues)
    return _merged(paths, parts, expected, warnings)


def _expand(paths: Sequence[str | Path]) -> tuple[list[str], list[Issue], list[Issue]]:
    """The files to read (a folder's spreadsheets, sorted by name), and the warnings and errors
    about the rest."""
    files: list[str] = []
    warnings: list[Issue] = []
    errors: list[Issue] = []
    for given in paths:
        p = Path(given)
        if not p.is_dir():
            files.append(str(given))
            continue
        found = []
        for child in sorted(p.iterdir(), key=lambda c: c.name):
            if child.name.startswith(("~$", ".")) or child.is_dir():
                continue
            if child.suffix.lower() in WORKBOOK_SUFFIXES | CSV_SUFFIXES - {".txt"}:
                found.append(str(child))
            else:
                warnings.append(Issue(IssueCode.PANEL, Severity.WARNING, m.FILE_IGNORED_NOT_WORKBOOK(),
                                      Location(file=str(child))))
        if not found:
            errors.append(Issue(IssueCode.PANEL, Severity.ERROR, m.NO_FORMS_IN_FOLDER(), Location(file=str(given)),
                                m.PUT_FORMS_IN_FOLDER()))
        files += found
    return files, warnings, errors


def _one_file_per_juror(parts: list[tuple[PanelScores, PanelSource, FormId | None]]) -> list[Issue]:
    first: dict[str, str] = {}
    issues = []
    for scores, source, _ in parts:
        for juror in scores.jurors:
            key = name_key(juror) or juror
            if key in first:
                issues.append(Issue(IssueCode.PANEL, Severity.ERROR, m.JUROR_TWO_FILES(juror=juror, other=first[key]),
                                    Location(file=source.path, sheet=_sheet_of(scores, juror)), m.KEEP_ONE_FORM()))
            else:
                first[key] = source.path
    return issues


def _known_jurors(parts: list[tuple[PanelScores, PanelSource, FormId | None]], expected: list[str],
                  declared: bool) -> list[Issue]:
    if not expected:
        return []
    keys = {name_key(j) for j in expected}
    issues = []
    for scores, source, _ in parts:
        for juror in scores.jurors:
            if name_key(juror) not in keys:
                hint = m.ADD_JUROR_TO_CRITERIA() if declared else m.FORM_FOR_ANOTHER_PANEL()
                issues.append(Issue(IssueCode.PANEL, Severity.ERROR, m.UNKNOWN_JUROR(juror=juror, names=expected),
                                    Location(file=source.path, sheet=_sheet_of(scores, juror)), hint))
    return issues


def _sheet_of(scores: PanelScores, juror: str) -> str | None:
    return next((s.sheet for s in scores.scores if name_key(s.juror) == name_key(juror)), None)


def _merged(paths: Sequence[str | Path], parts: list[tuple[PanelScores, PanelSource, FormId | None]],
            expected: list[str], warnings: list[Issue]) -> PanelScores:
    sources = [source for _, source, _ in parts]
    seen = {name_key(j) for scores, _, _ in parts for j in scores.jurors}
    missing = [j for j in expected if name_key(j) not in seen]
    shown = ", ".join(str(p) for p in paths)
    for juror in missing:
        warnings.append(Issue(IssueCode.PANEL, Severity.WARNING, m.JUROR_NO_FORM(juror=juror), Location(file=shown),
                              m.COLLECT_MISSING_FORM()))
    if len(parts) == 1 and len(paths) == 1 and not Path(paths[0]).is_dir():
        only = parts[0][0]
        return replace(only, warnings=[*only.warnings, *warnings], sources=sources, expected_jurors=list(expected),
                       missing_jurors=missing)
    digest = hashlib.sha256("\n".join(f"{s.sha256}  {Path(s.path).name}" for s in sources).encode()).hexdigest()
    kinds = {s.kind for s in sources}
    layout = "forms" if kinds == {"form"} else "files"
    jurors = [j for scores, _, _ in parts for j in scores.jurors]
    ordered = [j for j in expected if name_key(j) in {name_key(x) for x in jurors}]
    ordered += [j for j in jurors if name_key(j) not in {name_key(x) for x in ordered}]
    order = {name_key(j): i for i, j in enumerate(ordered)}
    scores = sorted((s for p, _, _ in parts for s in p.scores), key=lambda s: order.get(name_key(s.juror), 0))
    return PanelScores(shown, digest, layout, scores, ordered,
                       [*warnings, *(w for p, _, _ in parts for w in p.warnings)], sources=sources,
                       expected_jurors=list(expected), missing_jurors=missing)


def _read_form(raw: RawFile, form: FormId, criteria: Criteria, candidates: Sequence[str] | None,
               context: FormContext | None) -> tuple[PanelScores, list[Issue]]:
    """The scores of one returned form, read at the cells its id names."""
    assert criteria.panel is not None
    reader = _Reader(raw, criteria, candidates)
    where = Location(raw.path)
    issues: list[Issue] = []

    def problem(severity: Severity, message: Any, loc: Location, hint: Any = None) -> None:
        issues.append(Issue(IssueCode.PANEL, severity, message, loc, hint))

    if context is not None:
        if form.fingerprint != context.fingerprint:
            printed_only = [n for n in form.shortlist if name_key(n) not in {name_key(x) for x in context.shortlist}]
            now_only = [n for n in context.shortlist if name_key(n) not in {name_key(x) for x in form.shortlist}]
            message = (m.FORM_OTHER_YEAR(printed=form.year, now=context.year) if form.year != context.year
                       else m.FORM_OTHER_SHORTLIST(out=printed_only or [m.NOBODY()], new=now_only or [m.NOBODY()]))
            problem(Severity.ERROR, message, where, m.REPRINT_FORMS())
            return PanelScores(raw.path, hashlib.sha256(raw.data).hexdigest(), "form", [], [form.juror]), issues
        if form.data_sha256 != context.data_sha256:
            problem(Severity.WARNING, m.FORM_OTHER_DATA(), where)
        if form.criteria_sha256 != context.criteria_sha256:
            problem(Severity.WARNING, m.FORM_OTHER_CRITERIA(), where)
    wanted = list(criteria.panel.criteria)
    if set(form.columns) != set(wanted):
        problem(Severity.ERROR, m.FORM_OTHER_CRITERIA_SET(printed=list(form.columns), now=wanted), where,
                m.REPRINT_FORMS())
        return PanelScores(raw.path, hashlib.sha256(raw.data).hexdigest(), "form", [], [form.juror]), issues
    sheet = next((s for s in raw.sheets if s.name == form.sheet), None)
    if sheet is None:
        problem(Severity.ERROR, m.FORM_SHEET_MISSING(sheet=form.sheet), where, m.REPRINT_FORM())
        return PanelScores(raw.path, hashlib.sha256(raw.data).hexdigest(), "form", [], [form.juror]), issues
    known = {name_key(c): c for c in candidates} if candidates is not None else None
    scores: list[PanelScore] = []
    for candidate, row in form.rows.items():
        cells = sheet.rows[row - 1] if row - 1 < len(sheet.rows) else []
        written = cells[form.name_column] if form.name_column < len(cells) else ""
        if name_key(display_name(written)) != name_key(candidate):
            problem(Severity.ERROR, m.FORM_ROW_MOVED(row=row, expected=candidate, found=display_name(written)),
                    Location(raw.path, sheet.name, form.name_cell(candidate)), m.RESTORE_FORM_ROWS())
            continue
        name = known.get(name_key(candidate), candidate) if known is not None else candidate
        if known is not None and name_key(candidate) not in known:
            problem(Severity.ERROR, m.UNKNOWN_CANDIDATE(name=candidate), Location(raw.path, sheet.name,
                                                                                   form.name_cell(candidate)),
                    m.REPRINT_FORMS())
            continue
        greyed = candidate in form.conflicts
        for cid in wanted:
            j = form.columns[cid]
            value = cells[j] if j < len(cells) else ""
            if greyed and isinstance(value, str) and header_key(value) in CONFLICT_MARKS:
                value = ""  # the printed "konflik kepentingan" of a grey cell
            score = reader._score(value, form.juror, name, cid, sheet.name, form.cell(candidate, cid))
            if score is not None:
                scores.append(score)
    reader.check_formulas()
    for row in _added_rows(sheet.rows, form):
        written = display_name(sheet.rows[row - 1][form.name_column])
        problem(Severity.WARNING, m.FORM_ROW_ADDED(name=written),
                Location(raw.path, sheet.name, f"{column_letter(form.name_column)}{row}"), m.DELETE_ADDED_ROW())
    issues += reader.issues
    if scores and all(s.value is None for s in scores) and not any(i.severity is Severity.ERROR for i in issues):
        problem(Severity.WARNING, m.JUROR_SCORED_NOBODY(juror=form.juror), Location(raw.path, sheet.name),
                m.FILL_OR_DROP_JUROR())
    return PanelScores(raw.path, hashlib.sha256(raw.data).hexdigest(), "form", scores, [form.juror]), issues


def _added_rows(rows: list[list[Any]], form: FormId) -> list[int]:
    """The 1-based rows below the form's header, other than the printed finalists', with a
    name and a number in a score column: a candidate the juror added by hand."""
    printed = set(form.rows.values())
    added = []
    for index in range(min(printed, default=1) - 1, len(rows)):
        cells = rows[index]
        if index + 1 in printed or form.name_column >= len(cells):
            continue
        name = cells[form.name_column]
        if not isinstance(name, str) or not name.strip():
            continue
        if any(j < len(cells) and isinstance(cells[j], (int, float)) and not isinstance(cells[j], bool)
               for j in form.columns.values()):
            added.append(index + 1)
    return added


# ---- the list of jurors for the forms ----------------------------------------------------------


@dataclass(frozen=True)
class JurorEntry:
    name: str
    role: str | None = None


def read_jurors(path: str | Path, options: ReadOptions | None = None) -> list[JurorEntry]:
    """The jurors for the forms from a text file (one name per line; ``#`` starts a comment)
    or a workbook/CSV: the column headed "Juri"/"Nama"... (else the first column), with an
    optional role column ("Unsur", "Jabatan"...). Repeated names are an error."""
    p = Path(path)
    entries: list[tuple[str, str | None, Location]] = []
    if p.suffix.lower() == ".txt":
        try:
            text = p.read_bytes().decode("utf-8-sig")
        except OSError:
            raise DataError(io_m.FILE_NOT_FOUND(), Location(file=str(path)), hint=io_m.CHECK_PATH()) from None
        except UnicodeDecodeError:
            raise DataError(m.JURORS_NOT_UTF8(), Location(file=str(path))) from None
        for i, line in enumerate(text.splitlines(), start=1):
            name = display_name(line)
            if name and not name.startswith("#"):
                entries.append((name, None, Location(file=str(path), line=i)))
    else:
        raw = read_file(p, options)
        entries = _juror_table(raw)
    problems: list[Issue] = []
    seen: dict[str, str] = {}
    out = []
    for name, role, where in entries:
        if name_key(name) in seen:
            problems.append(Issue(IssueCode.PANEL, Severity.ERROR,
                                  m.JUROR_DECLARED_TWICE(name=name, first=seen[name_key(name)]), where))
            continue
        seen[name_key(name)] = name
        out.append(JurorEntry(name, role))
    if problems:
        raise DataErrors(problems)
    if not out:
        raise DataError(m.NO_JURORS_IN_FILE(), Location(file=str(path)), hint=m.JURORS_FILE_HINT())
    return out


def _juror_table(raw: RawFile) -> list[tuple[str, str | None, Location]]:
    names = {header_key(h) for h in NAME_HEADERS}
    roles = {header_key(h) for h in ROLE_HEADERS}
    for sheet in raw.sheets:
        for index, row in enumerate(sheet.rows[:20]):
            keys = [header_key(display_name(v)) if v not in (None, "") else "" for v in row]
            name_col = next((j for j, k in enumerate(keys) if k in names), None)
            if name_col is None:
                continue
            role_col = next((j for j, k in enumerate(keys) if k in roles), None)
            out = []
            for i in range(index + 1, len(sheet.rows)):
                cells = sheet.rows[i]
                name = display_name(cells[name_col]) if name_col < len(cells) and cells[name_col] != "" else ""
                if not name:
                    continue
                role = display_name(cells[role_col]) if role_col is not None and role_col < len(cells) else ""
                out.append((name, role or None, Location(raw.path, sheet.name, f"{column_letter(name_col)}{i + 1}")))
            return out
    first = raw.sheets[0]
    return [(display_name(r[0]), None, Location(raw.path, first.name, f"A{i + 1}"))
            for i, r in enumerate(first.rows) if r and r[0] not in (None, "") and display_name(r[0])]
