"""The Sensitivitas/Sensitivity sheet (xlsxwriter), for the main report or on its own.

``write_sensitivity_sheet(workbook, result, lang)`` adds the sheet to an open xlsxwriter
``Workbook``: per group a table of rank statistics, a floating-bar chart of the 5–95 % rank
intervals (rank 1 at the top), the exact weight-stability sentences and the drop-one podiums.
Text from the data is always written as a string cell, never as a formula.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.sensitivity.text import place_sentences, podium_sentence, settings_line, stability_sentence, t

if TYPE_CHECKING:
    from paritrana.sensitivity.model import GroupSensitivity, SensitivityResult

CHART_CANDIDATES = 30  # candidates per chart (the first by nominal rank)
HELPER_COLUMN = 20  # chart data (interval start, length) go in hidden columns from here


def write_sensitivity_workbook(result: SensitivityResult, path: Path, *, lang: str) -> None:
    """A workbook holding only the sensitivity sheet (the caller makes the write atomic)."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"in_memory": True, "strings_to_formulas": False,
                                              "strings_to_urls": False, "strings_to_numbers": False})
    try:
        write_sensitivity_sheet(workbook, result, lang)
    finally:
        workbook.close()


def write_sensitivity_sheet(workbook: Any, result: SensitivityResult, lang: str,
                            formats: dict[str, Any] | None = None, name: str | None = None) -> Any:
    """Add the sheet to ``workbook`` and return it. ``formats`` may supply the report's own
    ``bold``, ``header``, ``percent``, ``title`` and ``wrap`` formats."""
    fmt = _formats(workbook, formats)
    sheet = workbook.add_worksheet(name or t("sheet", lang))
    sheet.write_string(0, 0, f"{t('title', lang)} — {result.title}", fmt["title"])
    sheet.write_string(1, 0, settings_line(result.settings, lang))
    if result.year is not None:
        years = f"{result.year}" + (f" ({result.baseline_year})" if result.baseline_year else "")
        sheet.write_string(2, 0, years)
    sheet.set_column(0, 0, 9)
    sheet.set_column(1, 1, 26)
    sheet.set_column(2, 6, 11)
    row = 4
    helper = 0  # next free row in the helper columns
    for group in result.groups:
        row, helper = _group(workbook, sheet, group, result, lang, fmt, row, helper)
    if result.ineligible:
        sheet.write_string(row, 0, t("ineligible", lang), fmt["bold"])
        sheet.write_string(row + 1, 0, ", ".join(result.ineligible))
        row += 3
    if not result.groups:
        sheet.write_string(row, 0, t("no_candidates", lang))
    sheet.set_column(HELPER_COLUMN, HELPER_COLUMN + 1, None, None, {"hidden": True})
    return sheet


def _group(workbook: Any, sheet: Any, group: GroupSensitivity, result: SensitivityResult, lang: str,
           fmt: dict[str, Any], row: int, helper: int) -> tuple[int, int]:
    if group.group is not None:
        sheet.write_string(row, 0, f"{t('group', lang)}: {group.group}", fmt["bold"])
        row += 1
    headers = [t("nominal", lang), t("name", lang), t("median", lang), "5 %", "95 %", t("p_first", lang),
               t("p_top3", lang)]
    for col, text in enumerate(headers):
        sheet.write_string(row, col, text, fmt["header"])
    table_top = row + 1
    for i, c in enumerate(group.candidates):
        r = table_top + i
        sheet.write_number(r, 0, c.nominal_rank)
        sheet.write_string(r, 1, c.id)
        sheet.write_number(r, 2, c.median_rank)
        sheet.write_number(r, 3, c.rank_p05)
        sheet.write_number(r, 4, c.rank_p95)
        sheet.write_number(r, 5, c.p_first, fmt["percent"])
        sheet.write_number(r, 6, c.p_top3, fmt["percent"])
    n = len(group.candidates)
    row = table_top + n
    if n >= 3:
        sheet.write_string(row, 0, podium_sentence(group.p_podium_unchanged, lang))
        row += 1
    if n:
        helper = _chart(workbook, sheet, group, table_top, helper, lang)
    row += 1
    if group.stability:
        sheet.write_string(row, 0, t("stability", lang), fmt["bold"])
        row += 1
        for s in group.stability:
            sheet.write_string(row, 0, stability_sentence(s, lang))
            row += 1
        row += 1
    if group.drop_one and n >= 2:
        row = _drop_one(sheet, group, result, lang, fmt, row)
    return max(row, table_top + 18) + 1, helper


def _chart(workbook: Any, sheet: Any, group: GroupSensitivity, table_top: int, helper: int, lang: str) -> int:
    """A stacked bar chart whose invisible first series floats the interval bar into place."""
    shown = group.candidates[:CHART_CANDIDATES]
    name = sheet.get_name()
    first = helper
    for i, c in enumerate(shown):
        sheet.write_number(first + i, HELPER_COLUMN, c.rank_p05 - 0.5)
        sheet.write_number(first + i, HELPER_COLUMN + 1, c.rank_p95 - c.rank_p05 + 1)
    last = first + len(shown) - 1
    categories = [name, table_top, 1, table_top + len(shown) - 1, 1]
    chart = workbook.add_chart({"type": "bar", "subtype": "stacked"})
    chart.add_series({"name": "start", "categories": categories,
                      "values": [name, first, HELPER_COLUMN, last, HELPER_COLUMN],
                      "fill": {"none": True}, "border": {"none": True}})
    chart.add_series({"name": t("interval", lang), "categories": categories,
                      "values": [name, first, HELPER_COLUMN + 1, last, HELPER_COLUMN + 1],
                      "fill": {"color": "#2E75B6"}, "gap": 60})
    n = len(group.candidates)
    chart.set_title({"name": t("bar", lang, n=n) + f" ({t('interval', lang)})"})
    # Bars run from rank − ½ to rank + ½ so that a single rank is visible and centred on its
    # tick; the axis spans 0..n + 1 with those two end labels left blank.
    chart.set_x_axis({"min": 0, "max": n + 1, "major_unit": max(1, (n + 9) // 10), "name": t("nominal", lang),
                      "num_format": f'[=0]"";[>{n}]"";0', "major_gridlines": {"visible": True}})
    chart.set_y_axis({"reverse": True, "interval_unit": 1})
    chart.set_legend({"none": True})
    chart.show_hidden_data()  # the chart data sit in hidden helper columns
    chart.set_size({"width": 620, "height": max(260, 22 * len(shown) + 90)})
    sheet.insert_chart(table_top - 1, 8, chart)
    return last + 2


def _drop_one(sheet: Any, group: GroupSensitivity, result: SensitivityResult, lang: str, fmt: dict[str, Any],
              row: int) -> int:
    sheet.write_string(row, 0, t("dropone", lang), fmt["bold"])
    row += 1
    places = len(group.podium)
    headers = [t("without", lang), t("weight", lang)] + [t("place", lang, p=p) for p in range(1, places + 1)]
    for col, text in enumerate(headers):
        sheet.write_string(row, col, text, fmt["header"])
    row += 1
    for d in group.drop_one:
        sheet.write_string(row, 0, d.indicator)
        sheet.write_number(row, 1, result.indicators[d.indicator], fmt["percent"])
        for p in range(1, places + 1):
            name = d.podium[p - 1] if p <= len(d.podium) else "–"
            sheet.write_string(row, 1 + p, name, fmt["changed"] if p in d.changed_places else None)
        row += 1
    for sentence in place_sentences(group, lang):
        sheet.write_string(row, 0, sentence)
        row += 1
    return row + 1


def _formats(workbook: Any, given: dict[str, Any] | None) -> dict[str, Any]:
    given = dict(given or {})
    defaults = {
        "title": {"bold": True, "font_size": 13},
        "bold": {"bold": True},
        "header": {"bold": True, "bottom": 1, "text_wrap": True, "valign": "top"},
        "percent": {"num_format": "0.0%"},
        "changed": {"bold": True, "font_color": "#C00000"},
    }
    for key, props in defaults.items():
        if key not in given:
            given[key] = workbook.add_format(props)
    return given
