"""The printed page of every report sheet: landscape A4 fitted to the page width, the table's
header row repeated on each page, the report's title and the sheet's name at the top, the
source, the page number and the time stamp at the bottom."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from paritrana.report.xlsx.base import Context
from paritrana.version import __version__

A4 = 9  # Excel's paper code


def header_footer_text(text: str, limit: int = 80) -> str:
    """Text for a page header/footer: ``&`` is a control character there."""
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return text.replace("&", "&&")


def page_setup(ctx: Context, ws: Any, header_row: int | None) -> None:
    """Landscape A4, fit to the page width, repeated header row, title and page numbers."""
    ws.set_landscape()
    ws.set_paper(A4)
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.4, right=0.4, top=0.7, bottom=0.7)
    if header_row is not None:
        ws.repeat_rows(header_row)
    title = header_footer_text(ctx.result.title)
    # A font-size code (&10) swallows the digits after it: a font name always follows it here.
    ws.set_header(f'&L&10&"Calibri,Bold"{title}&R&10&"Calibri,Regular"{header_footer_text(ws.name, 40)}')
    page = header_footer_text(ctx.t("xlsx_page"))
    stamp = header_footer_text(f"{ctx.t('xlsx_created')} {ctx.created:%Y-%m-%d %H:%M}")
    font = '&8&"Calibri,Regular"'
    source = header_footer_text(f"paritrana {__version__} · {Path(ctx.result.input.path).name}", 60)
    ws.set_footer(f"&L{font}{source}&C{font}{page} &P / &N&R{font}{stamp}")
