"""The ranking as an Excel workbook that a jury can hand out and an auditor can trace.

Sheets, named in the output language: Peringkat/Ranking (with a bar chart of the scores), the
jury's Wawancara/Interview, Juri/Jurors and Standardisasi/Standardisation (``panel``), the
Riwayat/History of ``rank --history`` (``history``), Rincian/Breakdown, Data, Kriteria/Criteria,
Tidak memenuhi syarat/Ineligible, Audit.
Every number is a live formula down to the data cells — raw values over the Data sheet,
normalised values, contributions, aspect scores, scores, ranks, ties, the shortlist and the
final stage — and each formula cell stores the number paritrana computed, so a viewer that
does not recalculate shows the same numbers as Excel's own recalculation, and a jury member
who tries another weight sees what ``paritrana rank`` gives with it. The Audit sheet keeps the
weights as published and the audit record that ``paritrana verify`` reads.
A pool above ``large.LARGE_REPORT_CANDIDATES`` (a national round) gets the large report
instead: values rather than formulas, one Breakdown row per candidate, tables continued on
further sheets at Excel's row limit (see ``large.py``).

This module assembles the workbook; each sheet has its module (``ranking``, ``breakdown``,
``criteria_sheet``, ``sheets``, ``panel``), all written with the sheet model of ``style``,
``writer``, ``podium``, ``page`` and ``ranking_layout``, shared with the large report.

Text from the data is always a text cell (never a formula). The file is written atomically
(a temporary file in the same folder, then a rename): a crash or Ctrl-C leaves no half
report. ``render.write_report`` checks the output path (no overwriting the input, ``--force``)
before calling ``write_xlsx``.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from paritrana.i18n.lang import Lang
from paritrana.io.atomic import write_atomic
from paritrana.report.audit import AuditRecord, audit_record
from paritrana.report.xlsx import breakdown, sheets
from paritrana.report.xlsx.audit_sheet import flag_cell, write_audit
from paritrana.report.xlsx.base import Context, close_workbook, new_workbook, report_worksheet_class
from paritrana.report.xlsx.criteria_sheet import write_criteria
from paritrana.report.xlsx.history import history_sheet_keys, write_history
from paritrana.report.xlsx.large import build_large_workbook, is_large
from paritrana.report.xlsx.panel import desk_view, panel_sheet_keys, write_panel_sheets
from paritrana.report.xlsx.ranking import write_ranking
from paritrana.report.xlsx.sensitivity import write_sensitivity_sheet
from paritrana.report.xlsx.style import Styles

if TYPE_CHECKING:
    from paritrana.core.run import RankingRun
    from paritrana.sensitivity.model import SensitivityResult

SHEETS = ("ranking", "breakdown", "data", "criteria", "ineligible", "audit")


def write_xlsx(result: RankingRun, path: str | Path, *, lang: Lang = Lang.ID, command: list[str] | None = None,
               created: datetime | None = None, sensitivity: SensitivityResult | None = None,
               record: AuditRecord | None = None) -> None:
    """Write the Excel report to ``path`` atomically.

    ``command`` is the command line shown on the Audit sheet (default ``sys.argv``);
    ``created`` the time stamp (default now, with the local time zone); ``sensitivity`` adds
    the Sensitivitas sheet (``paritrana.sensitivity.analyse``); ``record`` is the audit record
    (``paritrana.report.audit``; default: one made from these and the default reading options).
    """
    write_atomic(Path(path), lambda tmp: build_report(result, tmp, lang=lang, command=command, created=created,
                                                      sensitivity=sensitivity, record=record))


def build_report(result: RankingRun, target: Path, *, lang: Lang = Lang.ID, command: list[str] | None = None,
                 created: datetime | None = None, sensitivity: SensitivityResult | None = None,
                 record: AuditRecord | None = None) -> None:
    """Build the report into ``target`` (not atomically: ``write_xlsx`` and the format table
    pass a temporary path)."""
    argv = list(sys.argv if command is None else command)
    when = created or datetime.now().astimezone()
    if record is None:
        record = audit_record(result, command=argv, lang=lang, created=when,
                              sensitivity=sensitivity.settings if sensitivity is not None else None)
    build_workbook(result, target, lang=lang, command=argv, created=when, sensitivity=sensitivity, record=record)


def build_workbook(result: RankingRun, target: Path, *, lang: Lang, command: list[str], created: datetime,
                   sensitivity: SensitivityResult | None = None, record: AuditRecord | None = None) -> None:
    """Build the whole workbook and save it to ``target`` (nothing is saved on an error)."""

    if is_large(result):
        build_large_workbook(result, target, lang=lang, command=command, created=created, sensitivity=sensitivity,
                             record=record)
        return
    workbook = new_workbook(str(target))
    ctx = Context(desk_view(result), lang, Styles(workbook), created, command, record=record)  # panel: see panel.py
    ctx.changed_flag = flag_cell(ctx)
    keys = (SHEETS[0], *panel_sheet_keys(result), *history_sheet_keys(result), *SHEETS[1:])
    sheet_class = report_worksheet_class()
    pages = {key: workbook.add_worksheet(ctx.sheet_name(key), sheet_class) for key in keys}
    # Formulas reference other sheets' cells: weights first, then the breakdown, then scores.
    write_criteria(ctx, pages["criteria"])
    breakdown.write_breakdown(ctx, pages["breakdown"])
    write_ranking(ctx, pages["ranking"], workbook)
    sheets.write_data(ctx, pages["data"])
    sheets.write_ineligible(ctx, pages["ineligible"])
    write_panel_sheets(ctx, pages)
    if "history" in pages:
        write_history(ctx, pages["history"], workbook)
    write_audit(ctx, pages["audit"])  # last: it lists the weight cells of the sheets above
    if sensitivity is not None:
        write_sensitivity_sheet(workbook, sensitivity, lang, ctx.styles)
    close_workbook(ctx, workbook, pages["ranking"])
