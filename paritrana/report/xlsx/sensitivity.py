"""The Sensitivitas/Sensitivity sheet (xlsxwriter), for the main report or on its own.

``write_sensitivity_sheet(workbook, result, lang)`` adds the sheet to an open xlsxwriter
``Workbook``: per group a table of rank statistics, a floating-bar chart of the 5–95 % rank
intervals (rank 1 at the top), the exact weight-stability sentences and the drop-one podiums;
for staged criteria, which stage it covers and, when the final stage was scored, the final
stage (``paritrana.sensitivity.final``). The page is set up as the report's sheets are
(landscape A4, title and page numbers).
Text from the data is always written as a string cell, never as a formula.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.i18n import localized
from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import final_stage as fm
from paritrana.report.xlsx.base import new_workbook
from paritrana.report.xlsx.page import page_look
from paritrana.report.xlsx.style import Style, Styles
from paritrana.sensitivity.text import (
    final_heading,
    juror_sentence,
    place_headers,
    place_sentences,
    podium_sentence,
    settings_line,
    share_sentence,
    stability_sentence,
    t,
)
from paritrana.version import __version__

if TYPE_CHECKING:
    from paritrana.sensitivity.model import FinalGroup, GroupSensitivity, SensitivityResult

CHART_CANDIDATES = 30  # candidates per chart (the first by nominal rank)
HELPER_COLUMN = 20  # chart data (interval start, length) go in hidden columns from here
MIN_TABLE_ROWS = 18  # room for the chart beside a short table
PRINT_COLUMNS = 16  # the table and the chart beside it (columns A–P): the printed width
TABLE_LAST_COLUMN = 6  # the rank table's columns (A–G); long sentences wrap over them
LINE_CHARS = 105  # characters of a sentence that fit on one line over them
CHART_WIDTH_PX = 480

# The sheet's own styles (the spreadsheet's default font, unlike the report's sheets).
TITLE = Style(bold=True, font_size=13)
BOLD = Style(bold=True)
HEADER = Style(bold=True, bottom=1, text_wrap=True, valign="top")
PERCENT = Style(num_format="0.0%")
CHANGED = Style(bold=True, font_color="#C00000")  # a podium place that the drop changed
SECTION = Style(bold=True, font_size=12, font_color="#1F4E78")


def write_sensitivity_workbook(result: SensitivityResult, path: Path, *, lang: Lang) -> None:
    """A workbook holding only the sensitivity sheet (the caller makes the write atomic)."""
    workbook = new_workbook(str(path))
    try:
        write_sensitivity_sheet(workbook, result, lang)
    finally:
        workbook.close()


def write_sensitivity_sheet(workbook: Any, result: SensitivityResult, lang: Lang, styles: Styles | None = None,
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
    lang: Lang
    styles: Styles
    helper: int = 0  # next free row in the helper columns

    def fmt(self, style: Style) -> Any:
        return self.styles.format(style)

    def write(self) -> None:
        sheet, result, lang = self.sheet, self.result, self.lang
        sheet.write_string(0, 0, f"{t('title', lang)} — {localized(result.title, lang)}", self.fmt(TITLE))
        sheet.write_string(1, 0, settings_line(result.settings, lang))
        if result.year is not None:
            years = f"{result.year}" + (f" ({result.baseline_year})" if result.baseline_year else "")
            sheet.write_string(2, 0, years)
        sheet.set_column(0, 0, 12)
        sheet.set_column(1, 1, 26)
        sheet.set_column(2, 6, 11)
        row = 4
        if result.stages == "desk":
            row = self.line(row, fm.DESK_ONLY().render(lang), CHANGED) + 1
        elif result.stages == "final":
            row = self.line(row, fm.DESK_HEADING().render(lang), SECTION)
        for group in result.groups:
            row = self.group(group, row)
        if result.final is not None:
            row = self.final_stage(row)
        if result.ineligible:
            sheet.write_string(row, 0, t("ineligible", lang), self.fmt(BOLD))
            sheet.write_string(row + 1, 0, ", ".join(result.ineligible))
            row += 3
        if not result.groups:
            sheet.write_string(row, 0, t("no_candidates", lang))
        sheet.set_column(HELPER_COLUMN, HELPER_COLUMN + 1, None, None, {"hidden": True})
        page_look(sheet, localized(result.title, lang), lang,
                  f"paritrana {__version__} · {Path(result.input.path).name}", (max(row, 1), PRINT_COLUMNS))

    def line(self, row: int, text: str, style: Style | None = None) -> int:
        """A sentence from column A; a long one wraps over the table's columns (left of the
        charts), so that the page shows it whole."""
        if len(text) <= LINE_CHARS:
            self.sheet.write_string(row, 0, text, self.fmt(style) if style is not None else None)
        else:
            wrapped = replace(style or Style(), text_wrap=True, valign="top")
            self.sheet.merge_range(row, 0, row, TABLE_LAST_COLUMN, text, self.fmt(wrapped))
            self.sheet.set_row(row, 15 * (-(-len(text) // LINE_CHARS)))
        return row + 1

    def final_stage(self, row: int) -> int:
        """The final stage: per group the finalists' rank statistics and chart, how often the desk
        scores would have shortlisted others, the safe range of the panel's share, and the
        podium without each juror."""
        final, lang = self.result.final, self.lang
        assert final is not None
        row = self.line(row, final_heading(final, lang), SECTION)
        row = self.line(row, fm.FINAL_RUNS(pct=100 * self.result.settings.jitter).render(lang)) + 1
        for group in final.groups:
            if group.group is not None:
                row = self.line(row, f"{t('group', lang)}: {group.group}", BOLD)
            table_top = self.rank_table(group, row)
            row = table_top + len(group.candidates)
            if len(group.candidates) >= 3:
                row = self.line(row, podium_sentence(group.p_podium_unchanged, lang))
            row = self.line(row, fm.SHORTLIST_CHANGED(pct=100 * group.p_shortlist_changed).render(lang))
            self.chart(group, table_top)
            row = self.line(row + 1, fm.SHARE_HEADING().render(lang), BOLD)
            for s in group.share:
                row = self.line(row, share_sentence(s, lang))
            if group.jurors:
                row = self.line(row + 1, fm.JURORS_HEADING().render(lang), BOLD)
                for j in group.jurors:
                    row = self.line(row, juror_sentence(j, lang), CHANGED if j.changed_places else None)
            row = max(row, table_top + MIN_TABLE_ROWS) + 1
        return row

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
            self.line(row, podium_sentence(group.p_podium_unchanged, lang))
            row += 1
        if n:
            self.chart(group, table_top)
        row += 1
        if group.stability:
            sheet.write_string(row, 0, t("stability", lang), self.fmt(BOLD))
            row += 1
            for s in group.stability:
                self.line(row, stability_sentence(s, lang))
                row += 1
            row += 1
        if group.drop_one and n >= 2:
            row = self.drop_one(group, row)
        return max(row, table_top + MIN_TABLE_ROWS) + 1

    def rank_table(self, group: GroupSensitivity | FinalGroup, row: int) -> int:
        """The header at ``row`` and a row of rank statistics per candidate; returns the first of those rows."""
        sheet, lang = self.sheet, self.lang
        headers = [t("nominal", lang), t("name", lang), t("median", lang), "5%", "95%", t("p_first", lang),
                   t("p_top3", lang)]
        for col, text in enumerate(headers):
            sheet.write_string(row, col, text, self.fmt(HEADER))
        sheet.set_row(row, 30)  # two-line titles ("Peluang juara 1")
        for r, c in enumerate(group.candidates, start=row + 1):
            sheet.write_number(r, 0, c.nominal_rank)
            sheet.write_string(r, 1, c.id)
            sheet.write_number(r, 2, c.median_rank)
            sheet.write_number(r, 3, c.rank_p05)
            sheet.write_number(r, 4, c.rank_p95)
            sheet.write_number(r, 5, c.p_first, self.fmt(PERCENT))
            sheet.write_number(r, 6, c.p_top3, self.fmt(PERCENT))
        return row + 1

    def chart(self, group: GroupSensitivity | FinalGroup, table_top: int) -> None:
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
        chart.set_size({"width": CHART_WIDTH_PX, "height": max(260, 22 * len(shown) + 90)})
        sheet.insert_chart(table_top - 1, 8, chart)
        self.helper = last + 2

    def drop_one(self, group: GroupSensitivity, row: int) -> int:
        """The podium without each indicator in turn, changed places in red; returns the next row."""
        sheet, lang = self.sheet, self.lang
        sheet.write_string(row, 0, t("dropone", lang), self.fmt(BOLD))
        row += 1
        places = len(group.podium)
        headers = [t("without", lang), t("weight", lang)] + place_headers(group, lang)
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
            self.line(row, sentence)
            row += 1
        return row + 1
