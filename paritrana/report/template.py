"""A blank input workbook with exactly the columns the criteria need (``paritrana template``).

One sheet per year, named by the year; the columns are the entity, the ``group_by`` column
(if any), then ``criteria.input_columns``, each headed by its first accepted header with the
label, unit and bounds as a cell comment. Number cells carry Excel data validation (≥ 0, or
the column's min/max; whole numbers for ``integer: true``). The header row and the name
column are frozen; candidate names can be prefilled. A "Petunjuk" ("Instructions") sheet
explains how to fill it in; a hidden marker cell (``io.sheets.TEMPLATE_MARKER``) lets the loader
skip that sheet silently, whatever it is called. Written with xlsxwriter, atomically.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from paritrana.core.criteria import FILE_GROUP, Criteria, LoadedCriteria
from paritrana.core.headers import header_key
from paritrana.core.names import display_name, is_total, name_key
from paritrana.errors import DataError, Location, UsageError
from paritrana.i18n import MINUS, fmt_auto, localized
from paritrana.i18n.lang import Lang, output_lang
from paritrana.i18n.messages import report as m
from paritrana.io.atomic import check_output_path, refuse_folder, write_atomic
from paritrana.io.criteria_file import load_criteria
from paritrana.io.load import YEAR_IN_NAME
from paritrana.io.read import read_file
from paritrana.io.sheets import TEMPLATE_MARKER
from paritrana.report.text import criteria_shown

EXTRA_ROWS = 200  # rows with data validation below the prefilled names
MIN_ROWS = 500
HEADER_SEARCH_ROWS = 20
MARKER_COLUMN = 25  # column Z of the instructions sheet, hidden: holds TEMPLATE_MARKER
SHEET_NAMES = {Lang.ID: "Petunjuk", Lang.EN: "Instructions"}


@dataclass(frozen=True)
class TemplateInfo:
    """What was written: the file, its year sheets, the column headers, the prefilled names,
    the instructions sheet and the language of its texts."""

    path: Path
    years: list[int]
    headers: list[str]
    names: list[str]
    instructions_sheet: str
    language: str = Lang.ID


@dataclass(frozen=True)
class _Col:
    canonical: str
    header: str
    note: str
    numeric: bool
    low: float | None = None
    high: float | None = None
    integer: bool = False


def default_years(criteria: Criteria, today: dt.date | None = None) -> list[int]:
    """The current year −2 and −1 when the criteria use previous(), else the current year −1
    (an award assesses the data of the year before)."""
    year = (today or dt.date.today()).year
    return [year - 2, year - 1] if criteria.uses_previous else [year - 1]


def parse_years(text: str) -> list[int]:
    """``"2023,2024"`` → ``[2023, 2024]`` (sorted, unique); UsageError on anything else."""
    years: set[int] = set()
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit() or not 1900 <= int(part) <= 2100:
            raise UsageError(m.NOT_A_YEAR(typed=part))
        years.add(int(part))
    if not years:
        raise UsageError(m.NO_YEAR())
    return sorted(years)


def write_template(
    path: str | Path,
    *,
    criteria: str | Path | LoadedCriteria | None = None,
    years: list[int] | None = None,
    names_file: str | Path | None = None,
    lang: Lang | None = None,
    force: bool = False,
    today: dt.date | None = None,
) -> TemplateInfo:
    """Write the template workbook to ``path`` (refusing to replace a file without ``force``)."""

    loaded = criteria if isinstance(criteria, LoadedCriteria) else load_criteria(criteria)
    c = loaded.criteria
    target = Path(path)
    refuse_folder(target)
    if target.suffix.lower() != ".xlsx":
        raise UsageError(m.TEMPLATE_NOT_XLSX(), Location(file=str(target)), hint=m.TEMPLATE_NOT_XLSX_HINT())
    given = [names_file, None if isinstance(criteria, LoadedCriteria) else criteria]
    check_output_path(target, inputs=[p for p in given if p is not None], force=force)
    names = read_names(names_file, c) if names_file is not None else []
    chosen = sorted(set(years)) if years else default_years(c, today)
    language = output_lang(lang, c.language.value)
    columns = template_columns(c, language)
    sheet = SHEET_NAMES[language]
    write_atomic(target, lambda tmp: _write(tmp, loaded, columns, chosen, names, language, sheet, target.name))
    return TemplateInfo(target, chosen, [col.header for col in columns], names, sheet, language)


def template_columns(criteria: Criteria, lang: Lang = Lang.ID) -> list[_Col]:
    """Entity, group_by (if any), then the input columns, in that order."""
    cols = [_Col(criteria.entity, criteria.headers_for(criteria.entity)[0], m.T_NOTE_ENTITY().render(lang),
                 numeric=False)]
    if criteria.group_by and criteria.group_by != FILE_GROUP:  # `file`: the workbook itself is the group
        cols.append(_Col(criteria.group_by, criteria.headers_for(criteria.group_by)[0], m.T_NOTE_GROUP().render(lang),
                         numeric=False))
    for name in criteria.input_columns:
        low, high, integer = criteria.bounds(name)
        column = criteria.columns.get(name)
        text = localized(column.label, lang) if column and column.label else name
        if column and column.unit:
            text = m.T_NOTE_UNIT(label=text, unit=localized(column.unit, lang)).render(lang)
        cols.append(_Col(name, criteria.headers_for(name)[0], f"{text}\n{_bounds_text(low, high, integer, lang)}",
                         numeric=True, low=low, high=high, integer=integer))
    return cols


def _bounds_text(low: float | None, high: float | None, integer: bool, lang: Lang) -> str:
    kind = (m.T_WHOLE() if integer else m.T_NUMBER()).render(lang)
    if low is not None and high is not None:
        return f"{kind} {_bound(low, lang)}–{_bound(high, lang)}"
    if low is not None:
        return f"{kind} ≥ {_bound(low, lang)}"
    if high is not None:
        return f"{kind} ≤ {_bound(high, lang)}"
    return kind


def _plain(value: float) -> float | int:
    """0.0 → 0, so the rule reads "≥ 0" in Excel, not "≥ 0.0"."""
    return int(value) if float(value).is_integer() else value


def _bound(value: float, lang: Lang) -> str:
    """A bound as the criteria write it: 0.5 → "0,5", 0.001 → "0,001" (never rounded to a
    different number), −5 with the minus sign."""
    text = fmt_auto(value, lang, most=6)
    return MINUS + text[1:] if text.startswith("-") else text


# ---- names ------------------------------------------------------------------------------


def read_names(path: str | Path, criteria: Criteria) -> list[str]:
    """Candidate names from a text file (one per line) or from a workbook/CSV column: the
    column headed by one of the entity's accepted headers (in the newest year's sheet when
    the sheets are named by year), else the first column. Empty
    cells, total rows and repeated names are left out."""
    p = Path(path)
    if p.suffix.lower() == ".txt":
        values: list[Any] = [line for line in _read_text(p).splitlines() if not line.lstrip().startswith("#")]
    else:

        values = _name_column(read_file(p), criteria)
    names: list[str] = []
    seen: set[str] = set()
    for value in values:
        name = display_name(value) if value is not None else ""
        if not name or is_total(name) or name_key(name) in seen:
            continue
        seen.add(name_key(name))
        names.append(name)
    if not names:
        raise DataError(m.NO_NAMES(), Location(file=str(p)), hint=m.NO_NAMES_HINT())
    return names


def _read_text(p: Path) -> str:
    try:
        return p.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise DataError(m.NAMES_NOT_FOUND(), Location(file=str(p))) from None
    except UnicodeDecodeError:
        raise DataError(m.NAMES_NOT_UTF8(), Location(file=str(p)), hint=m.NAMES_NOT_UTF8_HINT()) from None


def _name_column(raw: Any, criteria: Criteria) -> list[Any]:

    wanted = {header_key(h) for h in criteria.headers_for(criteria.entity)}
    newest_first = sorted(raw.sheets, key=lambda s: -max(map(int, YEAR_IN_NAME.findall(s.name or "")), default=0))
    for sheet in newest_first:
        for i, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
            for j, value in enumerate(row):
                if isinstance(value, str) and header_key(value) in wanted:
                    return [r[j] for r in sheet.rows[i + 1:] if j < len(r)]
    first = next((s for s in raw.sheets if any(any(v != "" for v in r) for r in s.rows)), raw.sheets[0])
    return [r[0] for r in first.rows if r]


# ---- the workbook -------------------------------------------------------------------------


def _write(tmp: Path, loaded: LoadedCriteria, columns: list[_Col], years: list[int], names: list[str],
           lang: Lang, instructions: str, filename: str) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(tmp), {"strings_to_formulas": False, "strings_to_urls": False})
    try:
        fmt = {
            "header": book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True,
                                       "valign": "top"}),
            "text": book.add_format({"num_format": "@"}),
            "integer": book.add_format({"num_format": "#,##0"}),
            "number": book.add_format({"num_format": "#,##0.00"}),
            "title": book.add_format({"bold": True, "font_size": 14}),
            "bold": book.add_format({"bold": True}),
            "wrap": book.add_format({"text_wrap": True, "valign": "top"}),
        }
        _instructions(book.add_worksheet(instructions), loaded, columns, years, lang, fmt, filename)
        last = max(MIN_ROWS, len(names) + EXTRA_ROWS)
        for year in years:
            _year_sheet(book.add_worksheet(str(year)), columns, names, last, lang, fmt)
    finally:
        book.close()


def _year_sheet(ws: Any, columns: list[_Col], names: list[str], last: int, lang: Lang, fmt: dict[str, Any]) -> None:
    for j, col in enumerate(columns):
        ws.write_string(0, j, col.header, fmt["header"])
        ws.write_comment(0, j, col.note, {"x_scale": 1.6, "y_scale": 0.9})
        width = max(len(col.header) + 3, 14 if col.numeric else 24)
        if col.numeric:
            ws.set_column(j, j, width, fmt["integer"] if col.integer else fmt["number"])
            ws.data_validation(1, j, last, j, _validation(col, lang))
        else:
            ws.set_column(j, j, width, fmt["text"])
    for i, name in enumerate(names, start=1):
        ws.write_string(i, 0, name, fmt["text"])
    ws.freeze_panes(1, 1)
    ws.set_row(0, 30)


def _validation(col: _Col, lang: Lang) -> dict[str, Any]:
    kind = "integer" if col.integer else "decimal"
    rule: dict[str, Any] = {"validate": kind, "ignore_blank": True}
    low = col.low if col.low is not None else -1e15
    high = col.high if col.high is not None else 1e15
    if col.integer:
        low, high = math.ceil(low), math.floor(high)
    else:
        low, high = _plain(low), _plain(high)
    if col.high is None and col.low is not None:
        rule.update(criteria=">=", value=low)
    elif col.low is None and col.high is not None:
        rule.update(criteria="<=", value=high)
    else:
        rule.update(criteria="between", minimum=low, maximum=high)
    what = _bounds_text(col.low, col.high, col.integer, lang)
    rule["input_title"] = col.header[:32]
    rule["input_message"] = _note_line(col.note)[:250]
    rule["error_title"] = m.T_INVALID_TITLE().render(lang)[:32]
    rule["error_message"] = m.T_INVALID(what=what).render(lang)[:250]
    return rule


def _instructions(ws: Any, loaded: LoadedCriteria, columns: list[_Col], years: list[int], lang: Lang,
                  fmt: dict[str, Any], filename: str) -> None:
    c = loaded.criteria
    ws.set_column(0, 0, 28)
    ws.set_column(1, 1, 22)
    ws.set_column(2, 2, 70)
    ws.write_string(0, 0, c.title_in(lang), fmt["title"])
    ws.write_string(0, MARKER_COLUMN, TEMPLATE_MARKER)
    ws.set_column(MARKER_COLUMN, MARKER_COLUMN, None, None, {"hidden": True})
    ws.write_string(1, 0, m.T_TITLE().render(lang), fmt["bold"])
    locale = m.T_LOCALE_ID() if c.number_locale.value == "id" else m.T_LOCALE_EN()
    lines = [m.T_ROWS(years=", ".join(map(str, years))), m.T_NAMES(entity=columns[0].header),
             m.T_NUMBERS(locale=locale), m.T_TOTALS(), m.T_COMMENTS(), m.T_CHECK(file=filename)]
    if c.group_by and c.group_by != FILE_GROUP:
        lines.insert(2, m.T_GROUP(group=columns[1].header))
    if c.uses_previous:
        lines.insert(1, m.T_PREVIOUS())
    row = 3
    for n, line in enumerate(lines, start=1):
        ws.write_string(row, 0, f"{n}. {line.render(lang)}")
        row += 1
    row += 1
    for j, head in enumerate((m.T_HEAD_HEADER(), m.T_HEAD_NAME(), m.T_HEAD_NOTE())):
        ws.write_string(row, j, head.render(lang), fmt["header"])
    for col in columns:
        row += 1
        ws.write_string(row, 0, col.header)
        ws.write_string(row, 1, col.canonical)
        ws.write_string(row, 2, _note_line(col.note), fmt["wrap"])
    row += 2
    ws.write_string(row, 0, m.T_CRITERIA(name=criteria_shown(loaded.path, lang)).render(lang))
    ws.activate()


def _note_line(note: str) -> str:
    """A column's note on one line: "Jumlah pekerja, dalam orang; bilangan bulat ≥ 0"."""
    return note.replace("\n", "; ")
