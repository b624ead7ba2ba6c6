"""The Audit sheet: where the report came from, and whether its weights are still those published.

From the top: the flag "bobot sesuai yang diterbitkan" / "bobot diubah dari yang diterbitkan"
(a formula comparing every weight and goalpost cell a jury may change with its published
value, at a fixed cell the Ranking sheet's banner reads), the tool and its build, the
libraries, the time, the working folder and the command line, the counts, the options and the
sensitivity analysis's settings; every input file in a table of one row each (its role in the
report's language, path as given, size, SHA-256 and absolute path: each data file of a national
round, each returned jury form, the conflicts sheet, the previous result...); the weights as
published beside the cells' current values, the warnings in the report's language, and last
the audit record as JSON (``paritrana.report.audit``), which
``paritrana verify`` reads: in column B of the rows whose column A reads ``RECORD_MARK``.
"""

from __future__ import annotations

import json
import platform
import shlex
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.i18n.messages import audit as am
from paritrana.report.audit import AuditRecord
from paritrana.report.xlsx.audit_jury import write_jury_audit
from paritrana.report.xlsx.audit_rounds import write_rounds_audit
from paritrana.report.xlsx.base import Context
from paritrana.report.xlsx.page import page_setup
from paritrana.report.xlsx.ranking_layout import HEADER_ROW, ranking_columns, ranking_rows
from paritrana.report.xlsx.refs import cell, excel_number
from paritrana.report.xlsx.style import GENERAL, INT, KEY, MONO, PLAIN, RANK, SECTION, TEXT, WRAP, gridded
from paritrana.report.xlsx.writer import LINE_PT, SheetWriter
from paritrana.version import __version__

if TYPE_CHECKING:
    from paritrana.i18n.text import Text

# Warnings listed on the Audit sheet; the rest are counted (a national file can warn about
# hundreds of thousands of rows, and `paritrana validate` lists them all).
MAX_LISTED_WARNINGS = 10_000
FLAG_ROW, FLAG_COL = 2, 1  # the flag's cell (0-based): B3
RECORD_MARK = "paritrana-audit-record"
RECORD_CHUNK = 30_000  # characters per cell (Excel holds 32,767)
SHA = gridded(MONO)
RECORD_TEXT = replace(MONO, font_size=8, text_wrap=True)  # the JSON wraps over columns B–E
VALUE_CHARS = 80  # a value longer than this wraps in column B (about 70 characters wide)
ROLE_WORDS: dict[str, Text] = {"data": am.ROLE_DATA, "baseline": am.ROLE_BASELINE, "criteria": am.ROLE_CRITERIA,
                               "panel": am.ROLE_PANEL, "conflicts": am.ROLE_CONFLICTS, "previous": am.ROLE_PREVIOUS}
INPUT_COLUMNS = 5  # role, path as given, size, SHA-256, absolute path: the sheet's widest table (A–E)
SHA_WIDTH, ABSOLUTE_WIDTH = 35, 36  # a SHA-256 wraps onto two lines; the sheet then fits the page at 8 pt or more


def flag_cell(ctx: Context) -> str:
    """The flag's cell, with the Audit sheet's name (the Ranking sheet's banner reads it)."""
    return cell(FLAG_ROW, FLAG_COL, absolute=True, sheet=ctx.sheet_name("audit"))


def command_line(argv: list[str]) -> str:
    """``sys.argv`` as a shell line, the program shown as ``paritrana``."""
    if not argv:
        return ""
    program = Path(argv[0]).name
    if program in ("paritrana", "__main__.py", "paritrana.exe", "paritrana-script.py"):
        program = "paritrana"
    return shlex.join([program, *argv[1:]])


def write_audit(ctx: Context, ws: Any) -> None:
    """The sheet (written after every sheet whose cells ``ctx.published`` lists)."""
    result, t = ctx.result, ctx.t
    record = ctx.record
    w = SheetWriter(ws, ctx.styles)
    w.title(t("sheet_audit"))
    write_flag(ctx, w)
    row = facts(w, FLAG_ROW + 2, audit_facts(ctx))
    if record is not None:
        row = inputs_table(ctx, w, row + 1, record)
    row = published_table(ctx, w, row + 1)
    row = write_jury_audit(ctx, w, write_rounds_audit(ctx, w, row))  # the jury's and the rounds' rows
    row = w.note(row + 1, f"{t('warnings')} ({len(result.warnings)})", SECTION)
    listed = [issue.short_text(ctx.lang, result.input.path) for issue in result.warnings[:MAX_LISTED_WARNINGS]]
    row = w.notes(row, listed or ["–"], PLAIN)
    if len(result.warnings) > MAX_LISTED_WARNINGS:
        row = w.note(row, ctx.text("more_warnings", n=len(result.warnings) - MAX_LISTED_WARNINGS))
    if record is not None:
        row = write_record(ctx, w, row + 1, record)
    w.fit_columns({0: 24, 1: 40}, maximum=70)
    page_setup(ctx, ws, None, widths=w.applied, name_columns=0)
    ws.print_area(0, 0, row, INPUT_COLUMNS - 1)  # the facts and tables (long lines run on beyond them)


def write_flag(ctx: Context, w: SheetWriter) -> None:
    """"bobot sesuai yang diterbitkan", or "bobot diubah dari yang diterbitkan" once any cell
    of ``ctx.published`` differs from its published value."""
    w.text(FLAG_ROW, 0, ctx.t("c_weight").capitalize(), KEY)
    same, changed = ctx.say(am.WEIGHTS_AS_PUBLISHED()), ctx.say(am.WEIGHTS_CHANGED())
    if not ctx.published:
        w.text(FLAG_ROW, FLAG_COL, same, KEY)
        return
    tests = ",".join(f"{p.cell}<>{excel_number(p.value)}" for p in ctx.published)
    w.ws.write_formula(FLAG_ROW, FLAG_COL, f'=IF(OR({tests}),"{changed}","{same}")', w.styles.format(KEY), same)


def facts(w: SheetWriter, row: int, items: list[tuple[str, str | int | None]]) -> int:
    """Key and value rows from ``row``; returns the next row."""
    for key, value in items:
        w.text(row, 0, key, KEY)
        if isinstance(value, int):
            w.number(row, 1, value, replace(RANK if value < 10_000 else INT, align="left"))
        elif value is not None and len(value) > VALUE_CHARS:  # a long command line wraps within the page
            w.text(row, 1, value, WRAP, measure=False)
            w.ws.set_row(row, LINE_PT * -(-len(value) // VALUE_CHARS))
        else:
            w.text(row, 1, "–" if value is None else value, SHA if "SHA-256" in key else TEXT)
        row += 1
    return row


def audit_facts(ctx: Context) -> list[tuple[str, str | int | None]]:
    """(what, value) for the Audit sheet: the tool, time, command, files and counts."""
    result, t, record = ctx.result, ctx.t, ctx.record
    tool = record.tool if record is not None else None
    items: list[tuple[str, str | int | None]] = [
        (t("xlsx_tool"), f"paritrana {__version__} (Python {platform.python_version()})")]
    if tool is not None:
        items += [(ctx.say(am.BUILD()), tool.build),
                  (ctx.say(am.LIBRARIES()), ", ".join(f"{k} {v}" for k, v in tool.libraries.items()))]
    items += [(t("xlsx_created"), ctx.created.isoformat(timespec="seconds"))]
    if record is not None:
        items.append((ctx.say(am.WORKING_FOLDER()), record.working_folder))
    items += [(t("xlsx_command"), command_line(ctx.command)),
              (t("xlsx_input_file"), result.input.path), (t("xlsx_input_sha"), result.input.sha256),
              (t("xlsx_criteria_file"), result.criteria_source.path),
              (t("xlsx_criteria_sha"), result.criteria_source.sha256)]
    if result.baseline is not None:
        items += [(t("xlsx_baseline_file"), result.baseline.path), (t("xlsx_baseline_sha"), result.baseline.sha256)]
    n_eligible, n_ineligible = len(result.results), len(result.ineligible)
    items += [(t("year"), result.year), (t("baseline_year"), result.baseline_year),
              (t("xlsx_pool"), n_eligible + n_ineligible), (t("xlsx_eligible_count"), n_eligible),
              (t("xlsx_ineligible_count"), n_ineligible),
              (t("c_aggregation"), t(f"c_{result.criteria.aggregation.value}"))]
    if record is not None:
        items += [(ctx.say(am.OPTIONS()), options_text(record)), (ctx.say(am.SENSITIVITY()), sensitivity_text(ctx))]
    if ctx.large:
        items.append((ctx.text("mode"), ctx.mode_note))
    return items


def options_text(record: AuditRecord) -> str:
    o = record.options
    parts = [f"year={o.year}" if o.year is not None else "", f"encoding={o.encoding}" if o.encoding else "",
             f"max-uncompressed-mb={o.max_uncompressed_mb}", f"max-rows={o.max_rows}",
             f"max-columns={o.max_columns}", f"top-per-group={o.top_per_group}" if o.top_per_group else "",
             "history" if o.history else "", f"lang={record.language}"]
    return " · ".join(p for p in parts if p)


def sensitivity_text(ctx: Context) -> str:
    s = ctx.record.sensitivity if ctx.record is not None else None
    if s is None:
        return ctx.say(am.NO_SENSITIVITY())
    return ctx.say(am.SENSITIVITY_SETTINGS(runs=s.runs, seed=s.seed, pct=100 * s.jitter))


def inputs_table(ctx: Context, w: SheetWriter, row: int, record: AuditRecord) -> int:
    """One row per input file, in the record's order (the data files as ranked, the baseline,
    the criteria, each file of the jury's scores, the conflicts sheet, the previous result):
    its role in the report's language, its path as given, size, SHA-256 and absolute path."""
    row = w.note(row, ctx.say(am.INPUTS()), SECTION)
    w.header(row, [ctx.say(am.ROLE()), ctx.say(am.PATH_GIVEN()), ctx.say(am.SIZE()), "SHA-256",
                   ctx.say(am.PATH_ABSOLUTE())])
    w.widen(3, SHA_WIDTH)
    w.widen(4, ABSOLUTE_WIDTH)
    for item in record.inputs:
        row += 1
        w.text(row, 0, ctx.say(ROLE_WORDS[item.role]()), KEY)
        w.text(row, 1, item.path, WRAP)
        if item.size is None:
            w.text(row, 2, "–")
        else:
            w.number(row, 2, item.size, replace(INT, align="left"))
        w.text(row, 3, item.sha256, replace(SHA, text_wrap=True), measure=False)
        w.text(row, 4, item.absolute, WRAP, measure=False)
        lines = max(-(-len(item.sha256) // (SHA_WIDTH - 2)), -(-len(item.absolute) // (ABSOLUTE_WIDTH - 2)),
                    -(-len(item.path) // 70))
        w.ws.set_row(row, LINE_PT * max(1, lines))
    return row + 1


def published_table(ctx: Context, w: SheetWriter, row: int) -> int:
    """The weights and goalposts as published, beside what their cells hold now."""
    row = w.note(row, ctx.say(am.PUBLISHED()), SECTION)
    w.header(row, [ctx.say(am.WHAT()), ctx.say(am.CELL()), ctx.say(am.AS_PUBLISHED()), ctx.say(am.NOW())])
    row += 1
    for p in ctx.published:
        w.text(row, 0, p.what)
        w.text(row, 1, p.cell.replace("$", "").replace("'", ""))
        w.number(row, 2, p.value, GENERAL)
        w.formula(row, 3, f"={p.cell}", p.value, GENERAL)
        row += 1
    return row


def write_record(ctx: Context, w: SheetWriter, row: int, record: AuditRecord) -> int:
    """The audit record as JSON, with where the ranking and the weights are in this workbook;
    returns the next row."""
    w.note(row, ctx.say(am.RECORD()), SECTION)
    data = replace(record, workbook=workbook_cells(ctx)).to_dict()
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(", ", ": "))
    k = row + 1
    for k, start in enumerate(range(0, len(text), RECORD_CHUNK), start=row + 1):
        w.text(k, 0, RECORD_MARK, MONO, measure=False)
        w.merge(k, 1, INPUT_COLUMNS - 1, text[start:start + RECORD_CHUNK], RECORD_TEXT)
        w.ws.set_row(k, min(409, 13 * (1 + len(text[start:start + RECORD_CHUNK]) // 110)))
    return k + 1


def workbook_cells(ctx: Context) -> dict[str, Any]:
    """Where ``paritrana verify`` finds the ranking (its rows on one sheet, or on each part of a
    large report's) and the published cells."""
    cols = ranking_columns(ctx)
    parts = ctx.ranking_parts
    if not ctx.large and ctx.result.results:
        parts = [(ctx.sheet_name("ranking"), HEADER_ROW + 1, HEADER_ROW + len(ranking_rows(ctx)))]
    ranking = {"parts": [{"sheet": s, "first": a, "last": b} for s, a, b in parts], "rank": cols.rank,
               "name": cols.name, "group": cols.group, "score": cols.score} if parts else {}
    weights = [{"key": p.key, "cell": p.cell, "value": p.value} for p in ctx.published]
    return {"ranking": ranking, "weights": weights}
