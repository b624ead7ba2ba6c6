"""Reading a previous result: the JSON ``paritrana rank`` wrote last year → ``PreviousResult``.

Only the JSON is read. An Excel report is refused with a message that says to give the JSON:
its sheets are laid out for people (and change between versions), so reading a ranking back
from them would be a guess. Anything that is not a result written by paritrana is refused
naming what is missing.
"""

from __future__ import annotations

import hashlib
import math
from pathlib import Path
from typing import Any

from paritrana.core.criteria import LoadedCriteria
from paritrana.core.previous import PreviousEntry, PreviousResult
from paritrana.errors import DataError, Location
from paritrana.i18n.messages import rounds as m
from paritrana.io.criteria_file import loaded_from_text, packaged_criteria

SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")


def read_previous(path: str | Path) -> PreviousResult:
    """The result in ``path`` (a JSON written by ``paritrana rank``), or a ``DataError``."""
    import orjson

    shown = str(path)
    where = Location(file=shown)
    if Path(path).suffix.lower() in SPREADSHEETS:
        raise DataError(m.PREVIOUS_NOT_JSON(), where, hint=m.PREVIOUS_SAVE_JSON())
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise DataError(m.PREVIOUS_NOT_FOUND(), where, hint=m.PREVIOUS_SAVE_JSON()) from None
    except IsADirectoryError:
        raise DataError(m.PREVIOUS_IS_FOLDER(), where, hint=m.PREVIOUS_SAVE_JSON()) from None
    except OSError as exc:
        raise DataError(m.PREVIOUS_UNREADABLE(reason=exc.strerror or str(exc)), where) from None
    if raw[:2] == b"PK":  # a workbook whatever its name
        raise DataError(m.PREVIOUS_NOT_JSON(), where, hint=m.PREVIOUS_SAVE_JSON())
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise DataError(m.PREVIOUS_NOT_A_RESULT(what=m.WHAT_JSON()), where, hint=m.PREVIOUS_SAVE_JSON()) from None
    return _result(data, shown, hashlib.sha256(raw).hexdigest(), where)


def _result(data: Any, shown: str, sha256: str, where: Location) -> PreviousResult:
    def refuse(what: str) -> DataError:
        return DataError(m.PREVIOUS_NOT_A_RESULT(what=m.WHAT_KEY(key=what)), where, hint=m.PREVIOUS_SAVE_JSON())

    if not isinstance(data, dict):
        raise refuse("results")
    results, criteria = data.get("results"), data.get("criteria")
    if not isinstance(results, list):
        raise refuse("results")
    if not isinstance(criteria, dict) or not isinstance(criteria.get("sha256"), str):
        raise refuse("criteria")
    entries = []
    for n, item in enumerate(results):
        entry = _entry(item)
        if entry is None:
            raise refuse(f"results[{n}]")
        entries.append(entry)
    text = criteria.get("text")
    year, baseline = data.get("year"), data.get("baseline_year")
    ineligible = [str(i.get("id")) for i in data.get("ineligible") or [] if isinstance(i, dict)]
    return PreviousResult(
        path=shown, sha256=sha256, title=str(data.get("title") or ""),
        year=year if isinstance(year, int) else None, baseline_year=baseline if isinstance(baseline, int) else None,
        criteria_path=str(criteria.get("path") or ""), criteria_sha256=criteria["sha256"],
        criteria_text=text if isinstance(text, str) else None, entries=entries, ineligible=ineligible,
    )


def _entry(item: Any) -> PreviousEntry | None:
    if not isinstance(item, dict):
        return None
    rank, name, group, score = item.get("rank"), item.get("id"), item.get("group"), item.get("score")
    if not isinstance(rank, int) or not isinstance(name, str) or not _number(score):
        return None
    if group is not None and not isinstance(group, str):
        return None
    raw: dict[str, float | None] = {}
    for iid, values in (item.get("indicators") or {}).items():
        value = values.get("raw") if isinstance(values, dict) else None
        raw[str(iid)] = float(value) if value is not None and _number(value) else None
    assert score is not None
    return PreviousEntry(rank, name, group, float(score), raw)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def previous_criteria(previous: PreviousResult, current: LoadedCriteria) -> LoadedCriteria:
    """The criteria the previous result was scored under: the text it records; for a result
    of an earlier version (no text), the current criteria or a packaged file with the same
    SHA-256; else a ``DataError`` saying that the result does not record them."""
    if previous.criteria_text is not None:
        return loaded_from_text(previous.criteria_text, previous.criteria_path or previous.path)
    if previous.criteria_sha256 == current.sha256:
        return current
    for packaged in packaged_criteria():
        text = packaged.text()
        if hashlib.sha256(text.encode("utf-8")).hexdigest() == previous.criteria_sha256:
            return loaded_from_text(text, packaged.path)
    raise DataError(m.PREVIOUS_NO_CRITERIA(), Location(file=previous.path), hint=m.PREVIOUS_RANK_AGAIN())
