"""A blank input workbook with exactly the columns the criteria need (``paritrana template``).

One sheet per year, named by the year; the columns are the entity, the ``group_by`` column
(if any), then ``criteria.input_columns``, each headed by its first accepted header with the
label, unit and bounds as a cell comment. Number cells carry Excel data validation (≥ 0, or
the column's min/max; whole numbers for ``integer: true``). The header row and the name
column are frozen; candidate names can be prefilled. A "Petunjuk" ("Instructions") sheet
explains how to fill it in. Written with xlsxwriter, atomically.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from paritrana.core.criteria import Criteria, LoadedCriteria
from paritrana.core.headers import header_key
from paritrana.core.names import display_name, is_total, name_key
from paritrana.errors import DataError, Location, UsageError
from paritrana.i18n import fmt_number
from paritrana.io.atomic import check_output_path, write_atomic
from paritrana.io.criteria_file import load_criteria
from paritrana.io.load import YEAR_IN_NAME
from paritrana.io.read import read_file

EXTRA_ROWS = 200  # rows with data validation below the prefilled names
MIN_ROWS = 500
HEADER_SEARCH_ROWS = 20


@dataclass(frozen=True)
class TemplateInfo:
    """What was written: the file, its year sheets, the column headers and prefilled names."""

    path: Path
    years: list[int]
    headers: list[str]
    names: list[str]
    instructions_sheet: str


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
            raise UsageError(f"'{part}' is not a year (write e.g. 2023,2024)")
        years.add(int(part))
    if not years:
        raise UsageError("give at least one year, e.g. 2024")
    return sorted(years)


def write_template(
    path: str | Path,
    *,
    criteria: str | Path | LoadedCriteria | None = None,
    years: list[int] | None = None,
    names_file: str | Path | None = None,
    lang: str | None = None,
    force: bool = False,
    today: dt.date | None = None,
) -> TemplateInfo:
    """Write the template workbook to ``path`` (refusing to replace a file without ``force``)."""

    loaded = criteria if isinstance(criteria, LoadedCriteria) else load_criteria(criteria)
    c = loaded.criteria
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise UsageError("the template is an Excel workbook; give a name ending in .xlsx",
                            Location(file=str(target)))
    check_output_path(target, inputs=[names_file, criteria if not isinstance(criteria, LoadedCriteria) else None],
                      force=force)
    names = read_names(names_file, c) if names_file is not None else []
    chosen = sorted(set(years)) if years else default_years(c, today)
    language = lang or c.language.value
    columns = template_columns(c, language)
    sheet = "Instructions" if language == "en" else "Petunjuk"
    write_atomic(target, lambda tmp: _write(tmp, loaded, columns, chosen, names, language, sheet, target.name))
    return TemplateInfo(target, chosen, [col.header for col in columns], names, sheet)


def template_columns(criteria: Criteria, lang: str = "id") -> list[_Col]:
    """Entity, group_by (if any), then the input columns, in that order."""
    en = lang == "en"
    cols = [_Col(criteria.entity, criteria.headers_for(criteria.entity)[0],
                 "Candidate name, spelled the same in every year" if en
                 else "Nama kandidat, dieja sama di setiap tahun", numeric=False)]
    if criteria.group_by:
        cols.append(_Col(criteria.group_by, criteria.headers_for(criteria.group_by)[0],
                         "Group: candidates are ranked within each group" if en
                         else "Kelompok: kandidat diperingkat di dalam kelompoknya", numeric=False))
    for name in criteria.input_columns:
        low, high, integer = criteria.bounds(name)
        column = criteria.columns.get(name)
        text = (column.label if column and column.label else name)
        if column and column.unit:
            text += f" ({column.unit})"
        cols.append(_Col(name, criteria.headers_for(name)[0], f"{text}\n{_bounds_text(low, high, integer, lang)}",
                         numeric=True, low=low, high=high, integer=integer))
    return cols


def _bounds_text(low: float | None, high: float | None, integer: bool, lang: str) -> str:
    en = lang == "en"
    kind = ("whole number" if en else "bilangan bulat") if integer else ("number" if en else "angka")
    if low is not None and high is not None:
        return f"{kind} {fmt_number(low, _decimals(low), lang)}–{fmt_number(high, _decimals(high), lang)}"
    if low is not None:
        return f"{kind} ≥ {fmt_number(low, _decimals(low), lang)}"
    if high is not None:
        return f"{kind} ≤ {fmt_number(high, _decimals(high), lang)}"
    return kind


def _plain(value: float) -> float | int:
    """0.0 → 0, so the rule reads "≥ 0" in Excel, not "≥ 0.0"."""
    return int(value) if float(value).is_integer() else value


def _decimals(value: float) -> int:
    return 0 if float(value).is_integer() else 2


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
        raise DataError("no candidate names found", Location(file=str(p)),
                        hint="give a text file with one name per line, or a sheet with a name column")
    return names


def _read_text(p: Path) -> str:
    try:
        return p.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise DataError("file not found", Location(file=str(p))) from None
    except UnicodeDecodeError:
        raise DataError("the names file is not UTF-8 text", Location(file=str(p)),
                        hint="save it as UTF-8 (Notepad: Save as → Encoding UTF-8)") from None


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
           lang: str, instructions: str, filename: str) -> None:
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


def _year_sheet(ws: Any, columns: list[_Col], names: list[str], last: int, lang: str, fmt: dict[str, Any]) -> None:
    en = lang == "en"
    for j, col in enumerate(columns):
        ws.write_string(0, j, col.header, fmt["header"])
        ws.write_comment(0, j, col.note, {"x_scale": 1.6, "y_scale": 0.9})
        width = max(len(col.header) + 3, 14 if col.numeric else 24)
        if col.numeric:
            ws.set_column(j, j, width, fmt["integer"] if col.integer else fmt["number"])
            ws.data_validation(1, j, last, j, _validation(col, en))
        else:
            ws.set_column(j, j, width, fmt["text"])
    for i, name in enumerate(names, start=1):
        ws.write_string(i, 0, name, fmt["text"])
    ws.freeze_panes(1, 1)
    ws.set_row(0, 30)


def _validation(col: _Col, en: bool) -> dict[str, Any]:
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
    what = _bounds_text(col.low, col.high, col.integer, "en" if en else "id")
    rule["input_title"] = col.header[:32]
    rule["input_message"] = (col.note.replace("\n", " — "))[:250]
    rule["error_title"] = ("Not a valid value" if en else "Nilai tidak sah")[:32]
    rule["error_message"] = (f"Enter a {what}." if en else f"Isi dengan {what}.")[:250]
    return rule


_TEXT = {
    "id": {
        "title": "Petunjuk pengisian",
        "lines": [
            "Isi satu baris untuk setiap kandidat pada setiap lembar tahun ({years}). "
            "Nama lembar menentukan tahun data: jangan diganti.",
            "Kolom '{entity}': nama kandidat, dieja sama di setiap tahun. Awalan 'Kabupaten'/'Kab.' boleh "
            "ditulis atau tidak, tetapi 'Kota X' berbeda dari 'X'.",
            "Angka diketik sebagai angka. Bila ditulis sebagai teks, gunakan format {locale}. "
            "Jangan memakai rumus yang belum dihitung; simpan berkas di Excel/LibreOffice.",
            "Jangan menambah baris Jumlah/Total: baris itu diabaikan. Jangan mengubah judul kolom.",
            "Arahkan kursor ke judul kolom untuk melihat keterangan, satuan dan batas nilainya.",
            "Setelah diisi, periksa dengan:  paritrana validate {file}   lalu   paritrana rank {file}",
        ],
        "group": "Kolom '{group}': kelompok kandidat; peringkat disusun di dalam setiap kelompok.",
        "previous": "Kriteria ini membandingkan dengan tahun sebelumnya (previous()): isi juga lembar tahun "
                    "pembanding.",
        "locale_id": "Indonesia (1.234.567 dan 31,63)",
        "locale_en": "Inggris (1,234,567 dan 31.63)",
        "table": ["Judul kolom", "Nama di kriteria", "Keterangan dan batas"],
        "criteria": "Kriteria",
    },
    "en": {
        "title": "How to fill in this workbook",
        "lines": [
            "Fill in one row per candidate on every year sheet ({years}). The sheet name gives the data "
            "year: do not rename it.",
            "Column '{entity}': the candidate's name, spelled the same in every year. The prefix "
            "'Kabupaten'/'Kab.' is optional, but 'Kota X' and 'X' are different candidates.",
            "Type numbers as numbers. Written as text they must use the {locale} format. Do not leave "
            "formulas uncalculated; save the file in Excel/LibreOffice.",
            "Do not add Total rows (they are ignored) and do not change the column headers.",
            "Point at a column header to see its description, unit and bounds.",
            "When done, check it with:  paritrana validate {file}   then   paritrana rank {file}",
        ],
        "group": "Column '{group}': the candidate's group; candidates are ranked within each group.",
        "previous": "These criteria compare with the previous year (previous()): fill in the baseline year's "
                    "sheet too.",
        "locale_id": "Indonesian (1.234.567 and 31,63)",
        "locale_en": "English (1,234,567 and 31.63)",
        "table": ["Column header", "Name in the criteria", "Description and bounds"],
        "criteria": "Criteria",
    },
}


def _instructions(ws: Any, loaded: LoadedCriteria, columns: list[_Col], years: list[int], lang: str,
                  fmt: dict[str, Any], filename: str) -> None:
    c = loaded.criteria
    t = _TEXT["en" if lang == "en" else "id"]
    ws.set_column(0, 0, 28)
    ws.set_column(1, 1, 22)
    ws.set_column(2, 2, 70)
    ws.write_string(0, 0, c.title, fmt["title"])
    ws.write_string(1, 0, t["title"], fmt["bold"])
    values = {"years": ", ".join(map(str, years)), "entity": columns[0].header, "file": filename,
              "locale": t[f"locale_{c.number_locale.value}"], "group": columns[1].header if c.group_by else ""}
    lines = list(t["lines"])
    if c.group_by:
        lines.insert(2, t["group"])
    if c.uses_previous:
        lines.insert(1, t["previous"])
    row = 3
    for n, line in enumerate(lines, start=1):
        ws.write_string(row, 0, f"{n}. {line.format(**values)}")
        row += 1
    row += 1
    for j, head in enumerate(t["table"]):
        ws.write_string(row, j, head, fmt["header"])
    for col in columns:
        row += 1
        ws.write_string(row, 0, col.header)
        ws.write_string(row, 1, col.canonical)
        ws.write_string(row, 2, col.note.replace("\n", " — "), fmt["wrap"])
    row += 2
    ws.write_string(row, 0, f"{t['criteria']}: {loaded.path}")
    ws.activate()
