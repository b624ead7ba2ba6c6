"""The rounds' part of the Audit sheet (called by ``audit_sheet.write_audit``): the previous
result the change of rank is measured from (``rank --previous``: path, SHA-256, title, assessed
year), and how many candidates each data file of a round brought (the JSON's ``inputs``; the
files' paths, sizes and SHA-256 are in the sheet's input table, ``audit_sheet.py``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from paritrana.core.rounds import INPUTS
from paritrana.i18n.messages import xlsx as xm
from paritrana.report.xlsx.base import Context
from paritrana.report.xlsx.style import INT, KEY, MONO, RANK, SECTION, TEXT, gridded
from paritrana.report.xlsx.writer import SheetWriter

SHA = gridded(MONO)
COUNT = replace(INT, align="left")
YEAR = replace(RANK, align="left")  # 2023, not 2.023


def write_rounds_audit(ctx: Context, w: SheetWriter, row: int) -> int:
    """The previous result and the data files, from ``row`` (nothing when neither applies);
    returns the next row."""
    result = ctx.result
    previous = result.previous
    if previous is not None:
        row = w.note(row + 1, ctx.say(xm.AUDIT_PREVIOUS()), SECTION)
        facts: list[tuple[str, Any]] = [(ctx.say(xm.FILE()), previous.path), ("SHA-256", previous.sha256),
                                        (ctx.say(xm.PREVIOUS_TITLE()), previous.title),
                                        (ctx.t("year"), previous.year)]
        for key, value in facts:
            w.text(row, 0, key, KEY)
            if isinstance(value, int):
                w.number(row, 1, value, YEAR)
            else:
                w.text(row, 1, "–" if value in (None, "") else str(value), SHA if key == "SHA-256" else TEXT)
            row += 1
    files: list[dict[str, Any]] = result.sections.get(INPUTS) or []
    if files:
        row = w.note(row + 1, ctx.say(xm.AUDIT_FILES()), SECTION)
        w.text(row, 0, ctx.say(xm.FILE()), KEY)
        w.text(row, 1, ctx.say(xm.FILE_CANDIDATES()), KEY)
        row += 1
        for item in files:
            w.text(row, 0, Path(str(item["path"])).name, TEXT)
            w.number(row, 1, int(item["candidates"]), COUNT)
            row += 1
    return row
