"""The jurors' scoring forms (``paritrana template --panel``): one workbook per juror.

Each form lists exactly the finalists of the desk ranking (the shortlist of ``stages:``, in
alphabetical order within each group, so that the order says nothing about the desk rank)
and the interview criteria with their weights, on one sheet named after the juror:

* title rows: the award, "Formulir penilaian wawancara", the assessed year, the number of
  finalists and the scale, and the juror (with their role, when the criteria give one);
* a weight row, then the header row ``No. | <entity header> | <criterion label> …`` (labels in
  the output language; the reader also knows them by id and in the other language);
* one row per finalist; every score cell has Excel data validation (a decimal number within
  the panel's scale; a blank is allowed — an abstention) and is the only unlocked cell of a
  sheet protected without a password, so that rows cannot be moved, inserted or sorted;
* a conflict of interest (``paritrana.panel.conflicts``) is a grey, locked cell;
* a legend, a box for the juror's notes, and a date and signature block;
* print set-up: A4 (landscape from five criteria on), the header row repeated, fitted to one
  page wide and — up to 25 finalists — one page tall, the form code in the footer.

A "Petunjuk" ("Instructions") sheet explains how to fill the form in, in the output
language, with the criteria's weights and the files the shortlist came from, and a very hidden
sheet holds the form id (``paritrana.panel.forms.FormId``) by which a returned form is
recognised. Files are named ``NN-<juror>.xlsx`` in the output folder (created when its parent
exists); existing forms are not replaced without ``force``. Written with xlsxwriter, each file
atomically; when one fails, the files of this call are removed again.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from paritrana.core.names import name_key
from paritrana.core.run import RankingRun
from paritrana.errors import CriteriaError, DataError, Location
from paritrana.i18n import fmt_number
from paritrana.i18n.lang import Lang, output_lang
from paritrana.i18n.messages import panel as m
from paritrana.io.atomic import check_output_path, write_atomic
from paritrana.io.limits import ReadOptions
from paritrana.panel.conflicts import Conflicts, declare_conflicts, read_conflicts
from paritrana.panel.forms import FORM_MARKER, FORM_VERSION, ID_SHEET, FormId, JurorEntry
from paritrana.panel.stages import shortlist
from paritrana.report.text import criteria_shown

GUIDE_SHEETS = {Lang.ID: "Petunjuk", Lang.EN: "Instructions"}
FIRST_ROW = 7  # 0-based row of the first finalist (header row above it)
HEADER_ROW = FIRST_ROW - 1
NAME_COLUMN = 1
ONE_PAGE_ROWS = 25  # up to this many finalists the form is fitted to one page
LANDSCAPE_FROM = 5  # criteria
GREY = "#D9D9D9"
SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\']")


@dataclass(frozen=True)
class FormsInfo:
    """What was written: the folder, one file per juror, the finalists, the conflicts greyed."""

    folder: Path
    files: list[Path]
    jurors: list[str]
    finalists: list[str]
    conflict_pairs: list[tuple[str, str]]  # (juror, finalist) cells greyed out
    language: str = Lang.ID

    @property
    def conflicts(self) -> int:
        return len(self.conflict_pairs)


def write_panel_forms(run: RankingRun, folder: str | Path, *, jurors: Sequence[JurorEntry] | None = None,
                      conflicts: str | Path | None = None, lang: Lang | None = None, force: bool = False,
                      read: ReadOptions | None = None, inputs: Sequence[str | Path] = ()) -> FormsInfo:
    """Write one scoring form per juror for the shortlist of the desk ``run`` into ``folder``.

    ``jurors``: the panel (default: the criteria's ``panel: jurors:``); ``conflicts``: a
    conflicts sheet beside the criteria's conflicts (``paritrana.panel.conflicts``)."""
    criteria = run.criteria
    spec, stages = criteria.panel, criteria.stages
    if spec is None or stages is None:
        raise CriteriaError(m.FORMS_NEED_STAGES(), Location(file=run.criteria_source.path),
                            hint=m.ADD_PANEL_SECTIONS())
    language = output_lang(lang, criteria.language.value)
    panel = list(jurors) if jurors else [JurorEntry(j.name, j.role.in_lang(language) if j.role else None)
                                         for j in spec.jurors]
    if not panel:
        raise DataError(m.NO_JURORS(), Location(file=run.criteria_source.path), hint=m.NAME_THE_JURORS())
    short = shortlist(run, stages)
    finalists = _ordered_finalists(run, short)
    if not finalists:
        raise DataError(m.NO_FINALISTS(), Location(file=run.input.path))
    names = [*(r.id for r in run.results), *(i.id for i in run.ineligible)]
    rows = read_conflicts(conflicts, criteria, read) if conflicts is not None else []
    declared = declare_conflicts(spec, names, [j.name for j in panel], rows, criteria_path=run.criteria_source.path)
    target = Path(folder)
    files = [target / f"{i:02d}-{_slug(j.name)}.xlsx" for i, j in enumerate(panel, start=1)]
    created = _prepare_folder(target, files, force, inputs)
    written: list[Path] = []
    try:
        for juror, path in zip(panel, files, strict=True):
            form = _form_id(run, juror, [j.name for j in panel], finalists, declared)
            write_atomic(path, partial(_write, run=run, juror=juror, form=form, lang=language))
            written.append(path)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        if created:
            with contextlib.suppress(OSError):
                target.rmdir()
        raise
    greyed = [(j.name, f) for j in panel for f in finalists if declared.is_active(j.name, f)]
    return FormsInfo(target, files, [j.name for j in panel], finalists, greyed, language)


def _ordered_finalists(run: RankingRun, short: set[str]) -> list[str]:
    out = []
    for group in run.groups:
        members = [r.id for r in run.in_group(group) if name_key(r.id) in short]
        out += sorted(members, key=lambda n: (name_key(n), n))
    return out


def _slug(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:40] or "juri"


def _prepare_folder(target: Path, files: list[Path], force: bool, inputs: Sequence[str | Path]) -> bool:
    """Check every output before anything is written; create the folder (True) if needed."""
    if target.exists() and not target.is_dir():
        raise DataError(m.FORMS_FOLDER_IS_FILE(), Location(file=str(target)), hint=m.FORMS_FOLDER_HINT())
    if not target.exists():
        check_output_path(target, inputs=inputs)  # its parent folder exists
        target.mkdir()
        return True
    for path in files:
        check_output_path(path, inputs=inputs, force=force)
    return False


def _plain(value: float) -> float | int:
    """0.0 → 0, so that Excel's rule reads "between 0 and 100"."""
    return int(value) if float(value).is_integer() else value


def _sheet_name(juror: str, lang: Lang) -> str:
    name = SHEET_NAME_BAD.sub("", juror).strip()[:31].strip()
    if not name or name.casefold() in {s.casefold() for s in GUIDE_SHEETS.values()} or name == ID_SHEET:
        return m.FORM_SHEET().render(lang)
    return name


def _form_id(run: RankingRun, juror: JurorEntry, jurors: list[str], finalists: list[str],
             declared: Conflicts) -> FormId:
    spec = run.criteria.panel
    assert spec is not None
    lang = Lang(run.criteria.language.value)
    return FormId(
        juror=juror.name, jurors=jurors, shortlist=finalists, year=run.year, data_sha256=run.input.sha256,
        criteria_sha256=run.criteria_source.sha256, sheet=_sheet_name(juror.name, lang), name_column=NAME_COLUMN,
        rows={name: FIRST_ROW + 1 + i for i, name in enumerate(finalists)},
        columns={cid: NAME_COLUMN + 1 + j for j, cid in enumerate(spec.criteria)},
        conflicts=[f for f in finalists if declared.is_active(juror.name, f)], role=juror.role)


# ---- the workbook -----------------------------------------------------------------------------


def _write(tmp: Path, run: RankingRun, juror: JurorEntry, form: FormId, lang: Lang) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(tmp), {"strings_to_formulas": False, "strings_to_urls": False})
    try:
        fmt = _formats(book)
        _form_sheet(book.add_worksheet(form.sheet), run, juror, form, lang, fmt)
        _guide_sheet(book.add_worksheet(GUIDE_SHEETS[Lang(lang)]), run, form, lang, fmt)
        ids = book.add_worksheet(ID_SHEET)
        ids.write_string(0, 0, FORM_MARKER)
        ids.write_string(0, 1, str(FORM_VERSION))
        for i, (key, value) in enumerate(form.to_rows(), start=1):
            ids.write_string(i, 0, key)
            ids.write_string(i, 1, value)
        ids.very_hidden()
        book.set_properties({"title": m.FORM_TITLE(panel=_panel_title(run, lang)).render(lang),
                             "subject": f"{juror.name} · {form.code}", "author": "paritrana",
                             "comments": form.code})
    finally:
        book.close()


def _formats(book: Any) -> dict[str, Any]:
    border = {"border": 1}
    return {
        "title": book.add_format({"bold": True, "font_size": 13}),
        "subtitle": book.add_format({"bold": True, "font_size": 12}),
        "text": book.add_format({}),
        "bold": book.add_format({"bold": True}),
        "small": book.add_format({"italic": True, "font_size": 9, "align": "center", "valign": "bottom"}),
        "small_right": book.add_format({"italic": True, "font_size": 9, "align": "right", "valign": "bottom"}),
        "header": book.add_format({"bold": True, "bg_color": "#DDEBF7", "text_wrap": True, "valign": "vcenter",
                                   "align": "center", **border}),
        "number": book.add_format({"align": "center", "valign": "vcenter", **border}),
        "name": book.add_format({"valign": "vcenter", "num_format": "@", **border}),
        "score": book.add_format({"locked": False, "align": "center", "valign": "vcenter", "num_format": "General",
                                  "font_size": 12, **border}),
        "conflict": book.add_format({"bg_color": GREY, "pattern": 1, "align": "center", "valign": "vcenter",
                                     "font_size": 8, "italic": True, **border}),
        "wrap": book.add_format({"text_wrap": True, "valign": "top"}),
        "box": book.add_format({"text_wrap": True, "valign": "top", **border}),
        "center": book.add_format({"align": "center"}),
        "guide_header": book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True,
                                         "valign": "top"}),
    }


def _panel_title(run: RankingRun, lang: Lang) -> str:
    spec = run.criteria.panel
    assert spec is not None
    return spec.title_in(lang) or m.FORM_PANEL_DEFAULT().render(lang)


def _scale_text(run: RankingRun, lang: Lang) -> tuple[str, str]:
    spec = run.criteria.panel
    assert spec is not None
    lo, hi = spec.scale
    return fmt_number(lo, 0 if float(lo).is_integer() else 2, lang), fmt_number(hi, 0 if float(hi).is_integer() else 2,
                                                                                 lang)


def _merged(ws: Any, first_row: int, first_col: int, last_row: int, last_col: int, text: str, cell: Any) -> None:
    """``merge_range``, or a plain cell when the range is one cell (xlsxwriter refuses to merge
    a single cell, with a warning, and writes nothing: a form with one interview criterion
    would lose its date and signature lines)."""
    if (first_row, first_col) == (last_row, last_col):
        ws.write_string(first_row, first_col, text, cell)
    else:
        ws.merge_range(first_row, first_col, last_row, last_col, text, cell)


def _form_sheet(ws: Any, run: RankingRun, juror: JurorEntry, form: FormId, lang: Lang, fmt: dict[str, Any]) -> None:
    criteria = run.criteria
    spec = criteria.panel
    assert spec is not None
    ids = list(spec.criteria)
    last = NAME_COLUMN + len(ids)
    lo, hi = spec.scale
    ws.set_column(0, 0, 5)
    ws.set_column(NAME_COLUMN, NAME_COLUMN, 28)
    ws.set_column(NAME_COLUMN + 1, last, 17)
    ws.merge_range(0, 0, 0, last, criteria.title_in(lang), fmt["title"])
    ws.merge_range(1, 0, 1, last, m.FORM_TITLE(panel=_panel_title(run, lang)).render(lang), fmt["subtitle"])
    subtitle = m.FORM_SUBTITLE(year=run.year if run.year is not None else "–", n=len(form.rows), lo=lo, hi=hi)
    ws.merge_range(2, 0, 2, last, subtitle.render(lang), fmt["text"])
    who = m.FORM_JUROR_ROLE(name=juror.name, role=juror.role) if juror.role else m.FORM_JUROR(name=juror.name)
    ws.merge_range(3, 0, 3, last, who.render(lang), fmt["bold"])
    ws.write_string(HEADER_ROW - 1, NAME_COLUMN, m.FORM_WEIGHT().render(lang), fmt["small_right"])
    ws.write_string(HEADER_ROW, 0, m.FORM_NO().render(lang), fmt["header"])
    ws.write_string(HEADER_ROW, NAME_COLUMN, criteria.headers_for(criteria.entity)[0], fmt["header"])
    weights = spec.weights
    for j, cid in enumerate(ids):
        col = NAME_COLUMN + 1 + j
        ws.write_string(HEADER_ROW - 1, col, fmt_number(100 * weights[cid], 0 if (100 * weights[cid]).is_integer()
                                                        else 1, lang) + "%", fmt["small"])
        ws.write_string(HEADER_ROW, col, spec.label_of(cid, lang), fmt["header"])
    ws.set_row(HEADER_ROW, 45)
    conflicted = set(form.conflicts)
    for i, name in enumerate(form.rows):
        row = FIRST_ROW + i
        ws.set_row(row, 26)
        ws.write_number(row, 0, i + 1, fmt["number"])
        ws.write_string(row, NAME_COLUMN, name, fmt["name"])
        for j in range(len(ids)):
            if name in conflicted:
                ws.write_string(row, NAME_COLUMN + 1 + j, m.FORM_CONFLICT_CELL().render(lang), fmt["conflict"])
            else:
                ws.write_blank(row, NAME_COLUMN + 1 + j, None, fmt["score"])
    end = FIRST_ROW + len(form.rows) - 1
    lo_text, hi_text = _scale_text(run, lang)
    for j, cid in enumerate(ids):
        col = NAME_COLUMN + 1 + j
        ws.data_validation(FIRST_ROW, col, end, col, {
            "validate": "decimal", "criteria": "between", "minimum": _plain(lo), "maximum": _plain(hi),
            "ignore_blank": True,
            "input_title": spec.label_of(cid, lang)[:32],
            "input_message": m.FORM_INPUT(lo=lo, hi=hi).render(lang)[:250],
            "error_title": m.FORM_INVALID_TITLE().render(lang)[:32],
            "error_message": m.FORM_INVALID(lo=lo, hi=hi).render(lang)[:250]})
    row = end + 2
    legend = m.FORM_LEGEND_CONFLICTS(lo=lo, hi=hi) if conflicted else m.FORM_LEGEND(lo=lo, hi=hi)
    ws.merge_range(row, 0, row, last, legend.render(lang), fmt["wrap"])
    ws.set_row(row, 30)
    row += 2
    ws.merge_range(row, 0, row, last, m.FORM_NOTES().render(lang), fmt["bold"])
    ws.merge_range(row + 1, 0, row + 3, last, "", fmt["box"])
    row += 5
    sign = max(NAME_COLUMN + 1, last - 1)
    _merged(ws, row, sign, row, last, m.FORM_DATE().render(lang), fmt["text"])
    _merged(ws, row + 1, sign, row + 1, last, m.FORM_SIGNATURE().render(lang), fmt["text"])
    _merged(ws, row + 5, sign, row + 5, last, f"( {juror.name} )", fmt["center"])
    bottom = row + 5
    ws.set_paper(9)
    if len(ids) >= LANDSCAPE_FROM:
        ws.set_landscape()
    else:
        ws.set_portrait()
    ws.set_margins(left=0.6, right=0.6, top=0.6, bottom=0.7)
    ws.center_horizontally()
    ws.repeat_rows(HEADER_ROW)
    ws.print_area(0, 0, bottom, last)
    ws.fit_to_pages(1, 1 if len(form.rows) <= ONE_PAGE_ROWS else 0)
    footer = m.FORM_FOOTER(code=form.code).render(lang).replace("&", "&&")
    ws.set_footer(f"&L&8{footer}&R&8&P / &N")
    ws.protect("", {"select_locked_cells": True, "select_unlocked_cells": True})
    ws.freeze_panes(FIRST_ROW, NAME_COLUMN + 1)
    ws.activate()


def _guide_sheet(ws: Any, run: RankingRun, form: FormId, lang: Lang, fmt: dict[str, Any]) -> None:
    spec = run.criteria.panel
    stages = run.criteria.stages
    assert spec is not None and stages is not None
    lo, hi = spec.scale
    ws.set_column(0, 0, 26)
    ws.set_column(1, 1, 44)
    ws.set_column(2, 3, 12)
    ws.write_string(0, 0, m.FORM_GUIDE_TITLE().render(lang), fmt["title"])
    rule = stages.shortlist
    chosen = (m.FORM_SHORTLIST_TOP(n=rule.top) if rule.top is not None else m.FORM_SHORTLIST_MIN(score=rule.min_score))
    lines = [m.FORM_GUIDE_FOR(juror=form.juror, sheet=form.sheet, n=len(form.rows), rule=chosen),
             m.FORM_GUIDE_SCALE(lo=lo, hi=hi), m.FORM_GUIDE_ABSTAIN(), m.FORM_GUIDE_CONFLICT(),
             m.FORM_GUIDE_LOCKED(), m.FORM_GUIDE_RETURN(), m.FORM_GUIDE_SECRETARIAT()]
    row = 2
    for n, line in enumerate(lines, start=1):
        ws.merge_range(row, 0, row, 3, f"{n}. {line.render(lang)}", fmt["wrap"])
        ws.set_row(row, 32)
        row += 1
    row += 1
    heads = (m.FORM_HEAD_CRITERION(), m.FORM_HEAD_LABEL(), m.FORM_WEIGHT(), m.FORM_HEAD_SCALE())
    for j, head in enumerate(heads):
        ws.write_string(row, j, head.render(lang), fmt["guide_header"])
    lo_text, hi_text = _scale_text(run, lang)
    for cid, weight in spec.weights.items():
        row += 1
        ws.write_string(row, 0, cid)
        ws.write_string(row, 1, spec.label_of(cid, lang), fmt["wrap"])
        ws.write_string(row, 2, fmt_number(100 * weight, 0 if (100 * weight).is_integer() else 1, lang) + "%")
        ws.write_string(row, 3, f"{lo_text}–{hi_text}")
    row += 2
    facts = [m.FORM_FACT_CODE(code=form.code),
             m.FORM_FACT_DATA(name=Path(run.input.path).name, sha=run.input.sha256),
             m.FORM_FACT_CRITERIA(name=criteria_shown(run.criteria_source.path, lang), sha=run.criteria_source.sha256)]
    for fact in facts:
        ws.merge_range(row, 0, row, 3, fact.render(lang), fmt["wrap"])
        ws.set_row(row, 30)
        row += 1
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
