"""The printed page of every report sheet: landscape A4, the table's header row repeated on each
page, the report's title and the sheet's name at the top, the source, the page number and the
time stamp at the bottom.

A sheet is fitted to the page width when that prints its 10 pt text at 8 pt or more; a wider
sheet keeps its size and continues on the pages to the right, its name columns repeated on
each (a 19-column Data sheet shrunk onto one page width printed at 3 pt).

The sensitivity sheet, written without a report's context, takes the same page through
``page_look``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from paritrana.i18n import label, localized
from paritrana.i18n.lang import Lang
from paritrana.report.xlsx.base import Context
from paritrana.report.xlsx.writer import MIN_SCALE, PRINT_HEIGHT_PX, PRINT_WIDTH_PX, column_pixels, fits_page_width
from paritrana.version import __version__

A4 = 9  # Excel's paper code
__all__ = ["A4", "MIN_SCALE", "PRINT_WIDTH_PX", "column_pixels", "fits_page_width", "keep_together", "page_look",
           "page_setup"]
PAGE_SLACK = 0.94  # of a page's height: the spreadsheet's own rounding, the header and footer
def header_footer_text(text: str, limit: int = 80) -> str:
    """Text for a page header/footer: ``&`` is a control character there."""
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return text.replace("&", "&&")


def page_setup(ctx: Context, ws: Any, header_row: int | None, *, widths: dict[int, float] | None = None,
               name_columns: int | None = None, last_row: int | None = None) -> None:
    """Landscape A4, repeated header row, title and page numbers; fitted to the page width
    unless that would print below 8 pt (``widths``: the columns' widths), in which case the
    columns up to ``name_columns`` repeat on the pages to the right. The printed area is those
    columns, down to ``last_row`` (default: the last row written; a chart may reach further)."""
    if widths:
        ws.print_area(0, 0, max(last_row or 0, ws.dim_rowmax or 0), max(widths))
    ws.set_landscape()
    ws.set_paper(A4)
    if widths is None or fits_page_width(widths):
        ws.fit_to_pages(1, 0)
    else:
        ws.print_across()  # a row's pages follow each other
        if name_columns is not None:
            ws.repeat_columns(0, name_columns)
    ws.set_margins(left=0.4, right=0.4, top=0.7, bottom=0.7)
    if header_row is not None:
        ws.repeat_rows(header_row)
    header_footer(ws, localized(ctx.result.title, ctx.lang), ctx.t("xlsx_page"),
                  f"{ctx.t('xlsx_created')} {ctx.created:%Y-%m-%d %H:%M}",
                  f"paritrana {__version__} · {Path(ctx.result.input.path).name}")


def keep_together(ws: Any, blocks: list[tuple[int, int]], widths: dict[int, float], last_row: int) -> None:
    """Page breaks before each block of rows (first, last: a section's title, its header and
    its rows) that would start on one page and end on the next but fits on a page of its own,
    so that no table is printed apart from its title or header. Row heights are those set on
    ``ws`` (else its default); the sheet prints at the scale that fits ``widths`` to the page
    width. Call it after every row height is set."""
    table = sum(column_pixels(w) for w in widths.values())
    scale = min(1.0, PRINT_WIDTH_PX / table) if table and fits_page_width(widths) else 1.0
    room = PRINT_HEIGHT_PX * PAGE_SLACK / scale
    ends = dict(blocks)
    heights = [row_pixels(ws, row) for row in range(last_row + 1)]
    breaks, used = [], 0.0
    for row, height in enumerate(heights):
        end = ends.get(row)
        if end is not None and used > 0:
            block = sum(heights[row:end + 1])
            if used + block > room and block <= room:
                breaks.append(row)
                used = 0.0
        if used + height > room:  # the spreadsheet starts a page here by itself
            used = 0.0
        used += height
    if breaks:
        ws.set_h_pagebreaks(breaks)


def row_pixels(ws: Any, row: int) -> float:
    """The height of ``row`` in pixels, as set on the xlsxwriter worksheet ``ws``."""
    size = ws.row_sizes.get(row)
    return float(size[0]) if size is not None else float(ws.default_row_height)


def header_footer(ws: Any, title: str, page_word: str, stamp_text: str, source_text: str) -> None:
    """The report's title and the sheet's name at the top; source, page number and time stamp
    at the bottom."""
    title = header_footer_text(title)
    # A font-size code (&10) swallows the digits after it: a font name always follows it here.
    ws.set_header(f'&L&10&"Calibri,Bold"{title}&R&10&"Calibri,Regular"{header_footer_text(ws.name, 40)}')
    page = header_footer_text(page_word)
    stamp = header_footer_text(stamp_text)
    font = '&8&"Calibri,Regular"'
    source = header_footer_text(source_text, 60)
    ws.set_footer(f"&L{font}{source}&C{font}{page} &P / &N&R{font}{stamp}")


def page_look(ws: Any, title: str, lang: Lang, source: str, extent: tuple[int, int]) -> None:
    """The page of a sheet written without a report's context (the sensitivity sheet): as
    ``page_setup`` — landscape A4, fitted to the page width, title, source and page numbers —
    over the rows and columns ``extent`` (the rest: helper columns, long lines running on)."""
    ws.set_landscape()
    ws.set_paper(A4)
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.4, right=0.4, top=0.7, bottom=0.7)
    ws.print_area(0, 0, extent[0], extent[1] - 1)
    stamp = f"{label('xlsx_created', lang)} {datetime.now().astimezone():%Y-%m-%d %H:%M}"
    header_footer(ws, title, label("xlsx_page", lang), stamp, source)
