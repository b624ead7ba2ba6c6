"""``paritrana verify``'s parts: read a published report (its audit record, ranks, scores and,
in a workbook, the weight cells a jury may change), find and re-hash the recorded inputs, and
compare the report with a ranking recomputed from them (``paritrana.api.verify`` runs it).

The audit record is untrusted data: it is parsed strictly (``audit.parse_record``), its paths
are only looked up (a file is read only when it is a regular file; with ``--inputs`` folders,
only inside them, links leading out are refused), and no command written in it is run. Nothing
is written.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.core.previous import PREVIOUS_RANK
from paritrana.core.rounds import HISTORY
from paritrana.errors import DataError, Location, VerifyError
from paritrana.i18n import label
from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import audit as m
from paritrana.i18n.messages import io as io_m
from paritrana.i18n.text import Message
from paritrana.io.criteria_file import PACKAGED_PREFIX
from paritrana.io.limits import ReadOptions
from paritrana.io.read import read_file
from paritrana.report.audit import AuditRecord, InputFile, file_sha256, parse_record

if TYPE_CHECKING:
    from paritrana.core.criteria import Criteria, LoadedCriteria
    from paritrana.core.ranked import CandidateResult
    from paritrana.core.result import RankingResult

RECORD_MARK = "paritrana-audit-record"  # audit_sheet.RECORD_MARK (not imported: report.xlsx imports xlsxwriter)
MAX_JSON_BYTES = 4 << 30
MAX_INPUT_BYTES = 8 << 30
SCORE_TOLERANCE = 1e-9
INDICATOR_FIELDS = ("raw", "normalized", "weight", "contribution")  # JSON keys of an indicator
CELL = re.compile(r"^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?([0-9]{1,7})$")
Key = tuple[str | None, str]  # (group, candidate)


@dataclass(frozen=True)
class Entry:
    """A candidate's rank and score as the report shows them (None: the cell holds no value);
    ``previous``: a JSON report's ``previous_rank`` (None: the report shows no movement)."""

    rank: int | None
    score: float | None
    where: str  # the cells, for a message
    previous: tuple[int | None] | None = None  # (previous_rank,) when the report shows it
    detail: Detail | None = None  # a JSON report's tie flag, aspect scores and indicators


@dataclass(frozen=True)
class Detail:
    """What a JSON result states beside rank and score: each is compared with the recomputed
    values, so that an edited contribution or tie flag is not "verified"."""

    tie: bool
    aspects: dict[str, float | None]
    indicators: dict[str, dict[str, float | None]]  # indicator -> raw/normalized/weight/contribution


@dataclass(frozen=True)
class WeightCell:
    key: str
    cell: str
    published: float
    now: Any


@dataclass(frozen=True)
class Report:
    """What ``verify`` reads from a report: its audit record, its ranking (None: not one it can
    compare), its ineligible candidates (JSON) and the weight cells (Excel)."""

    path: str
    kind: str  # "xlsx" | "json"
    record: AuditRecord
    ranking: dict[Key, Entry] | None
    ineligible: list[str] | None = None
    weights: list[WeightCell] = field(default_factory=list)
    history: dict[int, dict[Key, Entry]] | None = None  # a JSON report's ``history``: each year's ranking
    years: tuple[Any, Any] | None = None  # the ``year`` and ``baseline_year`` stated (JSON; Audit sheet)
    title: str | None = None  # a JSON report's ``title``, as stated
    warnings: list[Any] | None = None  # a JSON report's ``warnings``, as stated


# ---- reading the report -------------------------------------------------------------------------

def read_report(path: str | Path) -> Report:
    """The report at ``path`` (.xlsx or .json, by its first bytes)."""
    shown = str(path)
    where = Location(file=shown)
    p = Path(path)
    if not p.exists():
        raise VerifyError(io_m.FILE_NOT_FOUND(), where, hint=io_m.CHECK_PATH())
    if not p.is_file():
        raise VerifyError(m.NOT_A_REPORT(), where)
    try:
        with p.open("rb") as stream:
            head = stream.read(64)
    except OSError as exc:
        raise VerifyError(m.UNREADABLE_REPORT(reason=exc.strerror or str(exc)), where) from None
    if head[:4] == b"PK\x03\x04":
        return read_workbook_report(shown)
    if head.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] == b"{":  # a JSON object (a CSV or .md report is not one)
        return read_json_report(p, shown)
    raise VerifyError(m.NOT_A_REPORT(), where)


def read_json_report(p: Path, shown: str) -> Report:
    where = Location(file=shown)
    if p.stat().st_size > MAX_JSON_BYTES:
        raise VerifyError(m.NOT_A_REPORT(), where)
    try:
        data = json.loads(p.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise VerifyError(m.NOT_UTF8(), where) from None
    except json.JSONDecodeError as exc:
        raise VerifyError(m.JSON_BROKEN(line=exc.lineno, column=exc.colno), where) from None
    except ValueError as exc:  # a number too long to convert
        raise VerifyError(m.UNREADABLE_REPORT(reason=str(exc)[:200]), where) from None
    if not isinstance(data, dict) or "results" not in data:
        raise VerifyError(m.NOT_A_REPORT(), where)
    if "audit" not in data:
        raise VerifyError(m.NO_RECORD(), where, hint=m.NO_RECORD_HINT())
    record = parse_record(data["audit"], shown)
    try:
        ranking = {(item["group"], item["id"]): json_entry(item, detail=True) for item in data["results"]}
        ineligible = [str(item["id"]) for item in data.get("ineligible", [])]
        history = None if data.get("history") is None else {
            _year(year["year"]): {(item["group"], item["id"]): json_entry(item) for item in year["results"]}
            for year in data["history"]}
        disagrees = disagreement(record, data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise VerifyError(m.RECORD_MALFORMED(problem=f"results: {str(exc)[:100]}"), where,
                          hint=m.RECORD_MALFORMED_HINT()) from None
    if disagrees is not None:
        raise VerifyError(m.RECORD_DISAGREES(what=f"{disagrees} SHA-256"), where, hint=m.RECORD_MALFORMED_HINT())
    title, warnings = data.get("title"), data.get("warnings")
    return Report(shown, "json", record, ranking, ineligible, history=history,
                  years=(data.get("year"), data.get("baseline_year")),
                  title=title if isinstance(title, str) else repr(title),
                  warnings=warnings if isinstance(warnings, list) else [])


def json_entry(item: dict[str, Any], *, detail: bool = False) -> Entry:
    """A candidate of a JSON result (or of its ``history``; ``detail``: with its tie flag,
    aspect scores and indicators)."""
    previous = (_rank(item["previous_rank"]),) if "previous_rank" in item else None
    found = None
    if detail:
        if not isinstance(item["tie"], bool):
            raise ValueError(f"tie {item['tie']!r}")
        found = Detail(item["tie"], {str(k): _score(v) for k, v in item["aspects"].items()},
                       {str(k): {f: _score(v[f]) for f in INDICATOR_FIELDS} for k, v in item["indicators"].items()})
    return Entry(_rank(item["rank"]), _score(item["score"]), str(item["id"]), previous, found)


def disagreement(record: AuditRecord, data: dict[str, Any]) -> str | None:
    """The role whose SHA-256 in the record is not the one the JSON result states, if any: the
    data (one file, or the manifest of several: ``paritrana.io.files.manifest``), the criteria
    and — format 2 — the baseline, the jury's files and the previous result."""
    files = record.of_role("data")
    if len(files) == 1 and not record.options.combined:
        data_sha = files[0].sha256
    else:
        lines = "".join(f"{i.sha256}  {i.path}\n" for i in files)
        data_sha = hashlib.sha256(lines.encode("utf-8")).hexdigest()
    criteria = record.input("criteria")
    pairs: list[tuple[str, Any, Any]] = [
        ("data", data_sha, data["input"]["sha256"]),
        ("criteria", criteria.sha256 if criteria else None, data["criteria"]["sha256"])]
    if record.format >= 2:
        for role in ("baseline", "previous"):
            item = record.input(role)
            stated = data.get(role)
            pairs.append((role, item.sha256 if item else None, stated["sha256"] if stated is not None else None))
        panel = data.get("panel")
        stated_panel = None if panel is None else [s["sha256"] for s in panel["sources"]] or [panel["source"]["sha256"]]
        pairs.append(("panel", [i.sha256 for i in record.of_role("panel")] or None, stated_panel))
    return next((role for role, recorded, stated in pairs if recorded != stated), None)


def _year(value: Any) -> int:
    if type(value) is not int:
        raise ValueError(f"history year {value!r}")
    return value


def _rank(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not float(value).is_integer():
        raise ValueError(f"rank {value!r}")
    return int(value)


def _score(value: Any) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(f"score {value!r}")
    return float(value)


def read_workbook_report(shown: str) -> Report:
    """An Excel report: the record from the Audit sheet, the ranking and weight cells it names
    (their stored values: what the workbook shows)."""
    where = Location(file=shown)
    try:
        raw = read_file(shown, ReadOptions())
    except DataError as exc:
        raise VerifyError(m.UNREADABLE_REPORT(reason=exc.message), where) from None
    sheets = {s.name: s.rows for s in raw.sheets if s.name is not None}
    text = "".join(str(row[1]) for rows in sheets.values() for row in rows
                   if len(row) > 1 and row[0] == RECORD_MARK)
    if not text:
        raise VerifyError(m.NO_RECORD(), where, hint=m.NO_RECORD_HINT())
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise VerifyError(m.RECORD_MALFORMED(problem=str(exc)[:100]), where, hint=m.RECORD_MALFORMED_HINT()) from None
    record = parse_record(data, shown)
    try:
        ranking = workbook_ranking(record.workbook.get("ranking") or {}, sheets)
        weights = [workbook_weight(item, sheets) for item in record.workbook.get("weights") or []]
    except (KeyError, TypeError, ValueError) as exc:
        raise VerifyError(m.RECORD_MALFORMED(problem=f"workbook: {str(exc)[:100]}"), where,
                          hint=m.RECORD_MALFORMED_HINT()) from None
    return Report(shown, "xlsx", record, ranking, None, weights, years=workbook_years(sheets, record.language))


def workbook_years(sheets: dict[str, list[list[Any]]], lang: str) -> tuple[Any, Any] | None:
    """The assessed and baseline year the Audit sheet states (its rows "Tahun yang dinilai" and
    "Tahun pembanding" in the report's language; "–" is none); None without an Audit sheet."""
    rows = sheets.get(label("sheet_audit", lang))
    if rows is None:
        return None
    wanted = {label("year", lang): 0, label("baseline_year", lang): 1}
    found: list[Any] = [None, None]
    for row in rows:
        if len(row) > 1 and isinstance(row[0], str) and row[0] in wanted:
            value = row[1]
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            found[wanted.pop(row[0])] = None if value in ("–", "") else value
    return None if wanted else (found[0], found[1])


def workbook_ranking(spec: dict[str, Any], sheets: dict[str, list[list[Any]]]) -> dict[Key, Entry] | None:
    """The ranking table the record points to: rows ``first``–``last`` (0-based) of each part's
    sheet (one part, or a large report's several)."""
    if not spec:
        return None
    cols = {k: _index(spec[k]) for k in ("rank", "name", "score")}
    group = None if spec["group"] is None else _index(spec["group"])
    parts = spec["parts"]
    if not isinstance(parts, list) or not parts or len(parts) > 64:
        raise ValueError("ranking parts")
    out: dict[Key, Entry] = {}
    for part in parts:
        if not isinstance(part, dict) or set(part) != {"sheet", "first", "last"}:
            raise ValueError("ranking part")
        name, first, last = _text(part["sheet"]), _index(part["first"]), _index(part["last"])
        rows = sheets[name]
        for r in range(first, min(last, len(rows) - 1) + 1):
            row = rows[r]

            def at(col: int | None, row: list[Any] = row) -> Any:
                return row[col] if col is not None and col < len(row) else ""

            key = (None if group is None or at(group) == "" else str(at(group)), str(at(cols["name"])))
            where = f"{name}!{_letters(cols['rank'])}{r + 1}, {_letters(cols['score'])}{r + 1}"
            out[key] = Entry(_rank(at(cols["rank"])), _score(at(cols["score"])), where)
        if last >= len(rows):
            raise ValueError("ranking rows")
    return out


def workbook_weight(item: Any, sheets: dict[str, list[list[Any]]]) -> WeightCell:
    if not isinstance(item, dict) or set(item) != {"key", "cell", "value"}:
        raise ValueError("weights")
    found = CELL.match(_text(item["cell"]))
    if found is None or type(item["value"]) not in (int, float):
        raise ValueError("weights")
    sheet = (found.group(1) or "").replace("''", "'") or found.group(2)
    row, col = int(found.group(4)) - 1, _column(found.group(3))
    rows = sheets[sheet]
    now = rows[row][col] if row < len(rows) and col < len(rows[row]) else ""
    shown = f"{sheet}!{found.group(3)}{found.group(4)}"
    return WeightCell(_text(item["key"]), shown, float(item["value"]), now)


def _text(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 300:
        raise TypeError("text")
    return value


def _index(value: Any) -> int:
    if type(value) is not int or not 0 <= value < 16_384 * 1024:
        raise ValueError("index")
    return value


def _column(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _letters(col: int) -> str:
    out = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        out = chr(65 + rest) + out
    return out


# ---- the inputs ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Located:
    """Where an input was found (``path``), or why not (``problem``); ``note`` says it was
    read from the recorded path (outside any folder given). ``others``: more files that may
    be it (two data files of one name in different folders), tried when ``path``'s SHA-256
    is not the recorded one."""

    item: InputFile
    path: Path | None
    problem: Message | None = None
    note: Message | None = None
    sha256: str | None = None  # as read now
    others: tuple[Path, ...] = ()
    loaded: LoadedCriteria | None = None  # the packaged criteria of that name, in place of a file


def role_text(role: str) -> Message:
    return m.ROLE_NAMES[role]()


def locate(item: InputFile, folders: list[Path]) -> Located:
    """Find ``item``: in the ``folders`` given (its path as given below them, or its file
    name), else at its recorded absolute path or its path as given. Only a regular file is
    taken."""
    if folders:
        return _in_folders(item, folders)
    candidates = list(dict.fromkeys([Path(item.absolute), Path(item.path)]))
    found = [p for p in candidates if p.exists()]
    if not found:
        places = [str(p) for p in candidates]
        return Located(item, None, m.INPUT_MISSING(role=role_text(item.role), path=item.path, places=places))
    files = [p for p in found if p.is_file()]
    if not files:
        return Located(item, None, m.INPUT_NOT_A_FILE(role=role_text(item.role), path=item.path))
    return Located(item, files[0], note=_read_from(item, files[0]), others=tuple(files[1:]))


def _read_from(item: InputFile, path: Path) -> Message:
    return m.READ_FROM(role=role_text(item.role), path=str(path.resolve()))


def _in_folders(item: InputFile, folders: list[Path]) -> Located:
    role = role_text(item.role)
    given = Path(item.path)
    tried: list[str] = []
    refused: Located | None = None
    found: list[Path] = []
    for folder in folders:
        root = folder.resolve()
        names = [Path(given.name)]
        if not given.is_absolute() and ".." not in given.parts and len(given.parts) > 1:
            names.insert(0, given)
        for name in names:
            path = folder / name
            tried.append(str(path))
            if not path.exists():
                continue
            real = path.resolve()
            if not real.is_relative_to(root):
                refused = refused or Located(item, None, m.INPUT_OUTSIDE(role=role, path=str(path), folder=str(folder)))
                continue
            if not real.is_file():
                refused = refused or Located(item, None, m.INPUT_NOT_A_FILE(role=role, path=str(path)))
                continue
            if real not in found:
                found.append(real)
    if found:
        return Located(item, found[0], others=tuple(found[1:]))
    return refused or Located(item, None, m.INPUT_MISSING(role=role, path=item.path, places=tried))


def rehash(found: Located) -> Located:
    """``found`` with the SHA-256 of its file now (of the first of its files whose SHA-256 is
    the recorded one, else of the first), or the problem reading it."""
    if found.path is None:
        return found
    first: Located | None = None
    for path in (found.path, *found.others):
        try:
            sha, _ = file_sha256(path, MAX_INPUT_BYTES)
        except (OSError, VerifyError):
            here = Located(found.item, None, m.INPUT_NOT_A_FILE(role=role_text(found.item.role), path=str(path)))
        else:
            note = None if found.note is None else _read_from(found.item, path)
            here = Located(found.item, path, found.problem, note, sha)
            if sha == found.item.sha256:
                return here
        first = first or here
    assert first is not None
    return first


def input_message(found: Located) -> tuple[Message | None, Message | None]:
    """(checked, difference) of one input."""
    item, role = found.item, role_text(found.item.role)
    if found.problem is not None:
        return None, found.problem
    if item.packaged:
        return m.CHECKED_PACKAGED(role=role, name=item.path.removeprefix(PACKAGED_PREFIX)), None
    if found.sha256 != item.sha256:
        return None, m.INPUT_CHANGED(role=role, path=str(found.path), old=item.sha256[:12] + "…",
                                     new=(found.sha256 or "")[:12] + "…")
    return m.CHECKED_INPUT(role=role, path=str(found.path)), None


# ---- comparing ----------------------------------------------------------------------------------

def compare_ranking(report: Report, result: RankingResult) -> tuple[list[Message], list[Message]]:
    """(checked, differences) between the report's ranks and scores and ``result``'s."""
    assert report.ranking is not None
    now = {(r.group, r.id): r for r in result.results}
    diffs: list[Message] = []
    empty = [entry.where for entry in report.ranking.values() if entry.rank is None or entry.score is None]
    if empty:  # a workbook saved by a program that does not calculate (its formulas keep no values)
        diffs.append(m.NO_VALUES(n=len(empty), cell=empty[0]))
    for key, entry in report.ranking.items():
        new = now.get(key)
        name = _name(key)
        if new is None:
            diffs.append(m.ONLY_IN_REPORT(name=name))
            continue
        if entry.rank is not None and entry.rank != new.rank:
            diffs.append(m.RANK_DIFFERS(name=name, old=entry.rank, new=new.rank))
        if entry.score is not None and _differs(entry.score, new.score):
            diffs.append(m.SCORE_DIFFERS(name=name, old=entry.score, new=new.score))
        if entry.detail is not None:
            diffs += compare_detail(name, entry.detail, new)
        if entry.previous is not None and entry.previous[0] != new.extra.get(PREVIOUS_RANK):
            diffs.append(m.PREVIOUS_RANK_DIFFERS(name=name, old=_previous_rank(entry.previous[0]),
                                                 new=_previous_rank(new.extra.get(PREVIOUS_RANK))))
    diffs += [m.ONLY_RECOMPUTED(name=_name(k)) for k in now if k not in report.ranking]
    if report.ineligible is not None:
        old, new_ids = sorted(report.ineligible), sorted(i.id for i in result.ineligible)
        if old != new_ids:
            diffs.append(m.INELIGIBLE_DIFFER(old=_names(old), new=_names(new_ids)))
    if report.years is not None:  # the year the report says it ranks, and its baseline year
        for stated, again, text in zip(report.years, (result.year, result.baseline_year),
                                       (m.YEAR_DIFFERS, m.BASELINE_YEAR_DIFFERS), strict=True):
            if stated != again:
                diffs.append(text(old=_year_text(stated), new=_year_text(again)))
    diffs += compare_statements(report, result)
    checked = [] if diffs else [m.CHECKED_RANKING(n=len(report.ranking))]
    moved = sum(1 for entry in report.ranking.values() if entry.previous is not None)
    if not diffs and moved:
        checked.append(m.CHECKED_MOVEMENT(n=moved))
    if not diffs and report.ineligible:
        checked.append(m.CHECKED_INELIGIBLE(n=len(report.ineligible)))
    return checked, diffs


def compare_statements(report: Report, result: RankingResult) -> list[Message]:
    """The differences between a JSON report's title and warnings and those the criteria and
    the recomputed ranking give in the report's language (the warnings with the files' paths
    as recorded: an input found in an ``--inputs`` folder is named as the report named it)."""
    lang = report.record.language
    diffs: list[Message] = []
    if report.title is not None:
        again = result.to_dict(results=False, lang=lang, warnings=False)["title"]
        if report.title != again:
            diffs.append(m.TITLE_DIFFERS(old=report.title, new=str(again)))
    if report.warnings is not None:
        recorded = _recorded_paths(report, result)
        now = [_as_recorded(text, recorded) for text in result.warning_texts(lang)]
        stated = [str(w) for w in report.warnings]
        if stated != now:
            only_report = [w for w in stated if w not in now]
            only_now = [w for w in now if w not in stated]
            diffs.append(m.WARNINGS_DIFFER(old=len(stated), new=len(now),
                                           first=(only_report or only_now or stated)[0][:200]))
    return diffs


def _recorded_paths(report: Report, result: RankingResult) -> dict[str, str]:
    """Each input's path as read now → as the record gives it (by role; the data file only
    when it is one)."""
    record = report.record
    out: dict[str, str] = {}
    pairs = [("data", result.input.path), ("baseline", None if result.baseline is None else result.baseline.path),
             ("previous", None if result.previous is None else result.previous.path)]
    for role, path in pairs:
        items = record.of_role(role)
        if path is not None and len(items) == 1 and path != items[0].path:
            out[path] = items[0].path
    return out


def _as_recorded(text: str, paths: dict[str, str]) -> str:
    for now in sorted(paths, key=len, reverse=True):
        text = text.replace(now, paths[now])
    return text


def compare_detail(name: str, detail: Detail, new: CandidateResult) -> list[Message]:
    """The differences between a JSON report's tie flag, aspect scores and indicators for one
    candidate and the recomputed ones (an indicator or aspect on one side only differs too)."""
    diffs: list[Message] = []
    if detail.tie != new.tie:
        diffs.append(m.TIE_DIFFERS(name=name, old=_flag(detail.tie), new=_flag(new.tie)))
    aspects = {**{k: None for k in new.aspects}, **detail.aspects}
    for aid, old in aspects.items():
        again = new.aspects.get(aid)
        if _value_differs(old, again) or aid not in new.aspects or aid not in detail.aspects:
            what = m.ASPECT_SCORE(aspect=aid)
            diffs.append(m.VALUE_DIFFERS(name=name, what=what, old=_value(old), new=_value(again)))
    for iid in dict.fromkeys([*detail.indicators, *new.indicators]):
        stated, now = detail.indicators.get(iid), new.indicators.get(iid)
        for f in INDICATOR_FIELDS:
            old = None if stated is None else stated[f]
            again = None if now is None else getattr(now, f)
            if _value_differs(old, again) or (stated is None) != (now is None):
                what = m.INDICATOR_FIELDS[f](indicator=iid)
                diffs.append(m.VALUE_DIFFERS(name=name, what=what, old=_value(old), new=_value(again)))
                break  # one line per indicator: its first field that differs
    return diffs


def _value_differs(old: float | None, new: float | None) -> bool:
    if old is None or new is None or (isinstance(new, float) and math.isnan(new)):
        return (old is None) != (new is None or math.isnan(new))
    return _differs(old, new)


def _value(x: float | None) -> Message:
    return m.EMPTY_VALUE() if x is None or math.isnan(x) else m.NUMBER(x=x)


def _year_text(year: Any) -> Any:
    return m.EMPTY_VALUE() if year is None else year


def _flag(value: bool) -> Message:
    return m.YES() if value else m.NO()


def compare_history(report: Report, result: RankingResult) -> tuple[list[Message], list[Message]]:
    """(checked, differences) between a JSON report's ``history`` (each year's ranks and
    scores) and the recomputed one: one difference per year, naming its candidates."""
    if report.history is None:
        return [], []
    now: dict[Any, dict[Key, Any]] = {
        year.get("year"): {(r["group"], r["id"]): r for r in year["results"]}
        for year in result.sections.get(HISTORY) or []}
    diffs: list[Message] = []
    for year, entries in report.history.items():
        again = now.get(year, {})
        names = [_name(key) for key, entry in entries.items()
                 if key not in again or entry.rank != again[key]["rank"]
                 or (entry.score is not None) != (again[key]["score"] is not None)
                 or (entry.score is not None and _differs(entry.score, again[key]["score"]))]
        names += [_name(key) for key in again if key not in entries]
        if names:
            diffs.append(m.HISTORY_DIFFERS(year=year, names=names))
    checked = [m.CHECKED_HISTORY(n=len(report.history))] if report.history and not diffs else []
    return checked, diffs


def _names(names: list[str]) -> Message:
    """Names quoted and joined, or "none" (an empty list would leave a gap in the sentence)."""
    return m.NAMES(names=names) if names else m.NO_NAMES()


def _differs(old: float, new: float) -> bool:
    return abs(old - new) > SCORE_TOLERANCE * max(1.0, abs(new))


def _name(key: Key) -> str:
    return key[1] if key[0] is None else f"{key[1]} ({key[0]})"


def _previous_rank(rank: Any) -> Any:
    """A previous rank as a message shows it: the number, or "new" (not ranked before)."""
    return m.NOT_RANKED_BEFORE() if rank is None else rank


def compare_weights(report: Report, criteria: Criteria) -> tuple[list[Message], list[Message]]:
    """(checked, differences): each weight cell as published, and the published value as the
    criteria file says."""
    expected = published_values(criteria)
    diffs: list[Message] = []
    for w in report.weights:
        if w.key not in expected:
            raise VerifyError(m.RECORD_DISAGREES(what=w.key[:60]), Location(file=report.path),
                              hint=m.RECORD_MALFORMED_HINT())
        if expected[w.key] != w.published:
            diffs.append(m.WEIGHT_NOT_CRITERIA(what=w.key.split(":", 1)[1], old=w.published, new=expected[w.key]))
        now, what = w.now, w.key.split(":", 1)[1]
        if isinstance(now, (int, float)) and not isinstance(now, bool):
            if float(now) != w.published:
                diffs.append(m.WEIGHT_EDITED(cell=w.cell, what=what, new=float(now), old=w.published))
        else:
            diffs.append(m.WEIGHT_EDITED_TEXT(cell=w.cell, what=what, new=str(now), old=w.published))
    checked = [m.CHECKED_WEIGHTS(n=len(report.weights))] if report.weights and not diffs else []
    return checked, diffs


def published_values(criteria: Criteria) -> dict[str, float]:
    """Every weight and goalpost the Excel report lets a jury change, by ``Published.key``."""
    out: dict[str, float] = {}
    for aid, aspect in criteria.tree.items():
        out[f"aspect:{aid}"] = float(aspect.weight)
        for iid, ind in aspect.indicators.items():
            out[f"indicator:{iid}"] = float(ind.weight)
            spec = ind.normalize
            if spec.min is not None and spec.max is not None:
                out[f"goalpost:{iid}:min"], out[f"goalpost:{iid}:max"] = float(spec.min), float(spec.max)
    if criteria.stages is not None:
        out["final:desk"], out["final:panel"] = float(criteria.stages.final.desk), float(criteria.stages.final.panel)
    if criteria.panel is not None:
        out.update({f"panel:{cid}": float(c.weight) for cid, c in criteria.panel.criteria.items()})
    return out


# ---- the outcome --------------------------------------------------------------------------------

@dataclass(frozen=True)
class ErrorText(Message):
    """A ``ParitranaError`` as a value inside a message, rendered in the message's language."""

    error: Exception | None = None

    def render(self, lang: str | None = None, *, cli: bool = False) -> str:
        render = getattr(self.error, "render", None)
        return render(lang, cli=cli) if render is not None else str(self.error)


@dataclass(frozen=True)
class VerifyResult:
    """The outcome of ``paritrana verify``: ``verified`` when nothing differs; ``checked``
    says what was compared, ``differences`` what differs, ``notes`` where inputs were read
    from outside any folder given."""

    report: str
    verified: bool
    checked: list[Message]
    differences: list[Message]
    notes: list[Message]

    def lines(self, lang: Lang, *, cli: bool = False) -> list[str]:
        """The outcome as the command line prints it."""
        head = (m.VERIFIED(report=self.report) if self.verified
                else m.NOT_VERIFIED(report=self.report, n=len(self.differences)))
        out = [head.render(lang, cli=cli)]
        for title, items in ((m.DIFFERENCES, self.differences), (m.CHECKED, self.checked + self.notes)):
            if items:
                out.append(title().render(lang, cli=cli))
                out += [f"  • {item.render(lang, cli=cli)}" for item in items]
        return out

    def to_dict(self, lang: Lang) -> dict[str, Any]:
        return {"report": self.report, "verified": self.verified,
                "checked": [c.render(lang) for c in self.checked], "differences": [d.render(lang)
                                                                                 for d in self.differences],
                "notes": [n.render(lang) for n in self.notes]}
