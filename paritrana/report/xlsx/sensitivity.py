"""The Sensitivitas/Sensitivity sheet (xlsxwriter), for the main report or on its own.

``write_sensitivity_sheet(workbook, result, lang)`` adds the sheet to an open xlsxwriter
``Workbook``: per group a table of rank statistics, a floating-bar chart of the 5–95 % rank
intervals (rank 1 at the top), the exact weight-stability sentences and the drop-one podiums.
Text from the data is always written as a string cell, never as a formula.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.report.xlsx.base import new_workbook
from paritrana.report.xlsx.style import Style, Styles
from paritrana.sensitivity.text import place_sentences, podium_sentence, settings_line, stability_sentence, t

if TYPE_CHECKING:
    from paritrana.sensitivity.model import GroupSensitivity, SensitivityResult

CHART_CANDIDATES = 30  # candidates per chart (the first by nominal rank)
HELPER_COLUMN = 20  # chart data (interval start, length) go in hidden columns from here
MIN_TABLE_ROWS = 18  # room for the chart beside a short table

# The sheet's own styles (the spreadsheet's default font, unlike the report's sheets).
TITLE = Style(bold=True, font_size=13)
BOLD = Style(bold=True)
HEADER = Style(bold=True, bottom=1, text_wrap=True, valign="top")
PERCENT = Style(num_format="0.0%")
CHANGED = Style(bold=True, font_color="#C00000")  # a podium place that the drop changed


def write_sensitivity_workbook(result: SensitivityResult, path: Path, *, lang: str) -> None:
    """A workbook holding only the sensitivity sheet (the caller makes the write atomic)."""
    workbook = new_workbook(str(path))
    try:
        write_sensitivity_sheet(workbook, result, lang)
    finally:
        workbook.close()


def write_sensitivity_sheet(workbook: Any, result: SensitivityResult, lang: str, styles: Styles | None = None,
                            name: str | None = None) -> Any:
    """Add the sheet to ``workbook`` and return it (``styles``: the workbook's style cache)."""
    page = SensitivitySheet(workbook, workbook.add_worksheet(name or t("sheet", lang)), result, lang,
                            styles or Styles(workbook))
    page.write()
    return page.sheet


@dataclass
class SensitivitySheet:
    workbook: Any
    sheet: Any
    result: SensitivityResult
    lang: str
    styles: Styles
    helper: int = 0  # next free row in the helper columns

    def fmt(self, style: Style) -> Any:
        return self.styles.format(style)

    def write(self) -> None:
        sheet, result, lang = self.sheet, self.result, self.lang
        sheet.write_string(0, 0, f"{t('title', lang)} — {result.title}", self.fmt(TITLE))
        sheet.write_string(1, 0, settings_line(result.settings, lang))
        if result.year is not None:
            years = f"{result.year}" + (f" ({result.baseline_year})" if result.baseline_year else "")
            sheet.write_string(2, 0, years)
        sheet.set_column(0, 0, 9)
        sheet.set_column(1, 1, 26)
        sheet.set_column(2, 6, 11)
        row = 4
        for group in result.groups:
            row = self.group(group, row)
        if result.ineligible:
            sheet.write_string(row, 0, t("ineligible", lang), self.fmt(BOLD))
            sheet.write_string(row + 1, 0, ", ".join(result.ineligible))
            row += 3
        if not result.groups:
            sheet.write_string(row, 0, t("no_candidates", lang))
        sheet.set_column(HELPER_COLUMN, HELPER_COLUMN + 1, None, None, {"hidden": True})

    def group(self, group: GroupSensitivity, row: int) -> int:
        """One group's table, chart, stability sentences and drop-one podiums; returns the next row."""
        sheet, lang = self.sheet, self.lang
        if group.group is not None:
            sheet.write_string(row, 0, f"{t('group', lang)}: {group.group}", self.fmt(BOLD))
            row += 1
        table_top = self.rank_table(group, row)
        n = len(group.candidates)
        row = table_top + n
        if n >= 3:
            sheet.write_string(row, 0, podium_sentence(group.p_podium_unchanged, lang))
            row += 1
        if n:
            self.chart(group, table_top)
        row += 1
        if group.stability:
            sheet.write_string(row, 0, t("stability", lang), self.fmt(BOLD))
            row += 1
            for s in group.stability:
                sheet.write_string(row, 0, stability_sentence(s, lang))
                row += 1
            row += 1
        if group.drop_one and n >= 2:
            row = self.drop_one(group, row)
        return max(row, table_top + MIN_TABLE_ROWS) + 1

    def rank_table(self, group: GroupSensitivity, row: int) -> int:
        """The header at ``row`` and a row of rank statistics per candidate; returns the first of those rows."""
        sheet, lang = self.sheet, self.lang
        headers = [t("nominal", lang), t("name", lang), t("median", lang), "5 %", "95 %", t("p_first", lang),
                   t("p_top3", lang)]
        for col, text in enumerate(headers):
            sheet.write_string(row, col, text, self.fmt(HEADER))
        for r, c in enumerate(group.candidates, start=row + 1):
            sheet.write_number(r, 0, c.nominal_rank)
            sheet.write_string(r, 1, c.id)
            sheet.write_number(r, 2, c.median_rank)
            sheet.write_number(r, 3, c.rank_p05)
            sheet.write_number(r, 4, c.rank_p95)
            sheet.write_number(r, 5, c.p_first, self.fmt(PERCENT))
            sheet.write_number(r, 6, c.p_top3, self.fmt(PERCENT))
        return row + 1

    def chart(self, group: GroupSensitivity, table_top: int) -> None:
        """A stacked bar chart whose invisible first series floats the interval bar into place."""
        sheet, lang = self.sheet, self.lang
        shown = group.candidates[:CHART_CANDIDATES]
        name = sheet.get_name()
        first = self.helper
        for i, c in enumerate(shown):
            sheet.write_number(first + i, HELPER_COLUMN, c.rank_p05 - 0.5)
            sheet.write_number(first + i, HELPER_COLUMN + 1, c.rank_p95 - c.rank_p05 + 1)
        last = first + len(shown) - 1
        categories = [name, table_top, 1, table_top + len(shown) - 1, 1]
        chart = self.workbook.add_chart({"type": "bar", "subtype": "stacked"})
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
        self.helper = last + 2

    def drop_one(self, group: GroupSensitivity, row: int) -> int:
        """The podium without each indicator in turn, changed places in red; returns the next row."""
        sheet, lang = self.sheet, self.lang
        sheet.write_string(row, 0, t("dropone", lang), self.fmt(BOLD))
        row += 1
        places = len(group.podium)
        headers = [t("without", lang), t("weight", lang)] + [t("place", lang, p=p) for p in range(1, places + 1)]
        for col, text in enumerate(headers):
            sheet.write_string(row, col, text, self.fmt(HEADER))
        row += 1
        for d in group.drop_one:
            sheet.write_string(row, 0, d.indicator)
            sheet.write_number(row, 1, self.result.indicators[d.indicator], self.fmt(PERCENT))
            for p in range(1, places + 1):
                name = d.podium[p - 1] if p <= len(d.podium) else "–"
                sheet.write_string(row, 1 + p, name, self.fmt(CHANGED) if p in d.changed_places else None)
            row += 1
        for sentence in place_sentences(group, lang):
            sheet.write_string(row, 0, sentence)
            row += 1
        return row + 1
