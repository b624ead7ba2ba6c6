"""What every sheet of the Excel report shares: the ``Context`` handed to each sheet writer,
the workbook (its options, its worksheets with the formula fast path, its properties), and the
words that describe a normalisation.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, BinaryIO

from paritrana.core.methods import Better
from paritrana.core.normalize import Scale
from paritrana.i18n import label, localized, years_text
from paritrana.i18n.lang import Lang
from paritrana.report.xlsx.refs import excel_number
from paritrana.report.xlsx.style import Styles

if TYPE_CHECKING:
    from paritrana.core.run import RankingRun
    from paritrana.i18n.text import Message
    from paritrana.report.audit import AuditRecord

# The Excel functions the report's formulas use. xlsxwriter rewrites every formula with about
# thirty regular expressions (one per "future" function it prefixes with _xlfn.); for a formula
# made only of these functions each rewrite is a no-op, and together they were most of the
# time spent writing a 10,000-candidate report.
PLAIN_FUNCTIONS = frozenset({"IF", "MIN", "MAX", "SUM", "COUNT", "COUNTIF", "COUNTIFS", "RANK", "AVERAGE", "STDEVP",
                             "MEDIAN", "SUMPRODUCT", "IFERROR", "ISNUMBER", "ABS", "AND", "OR", "NOT", "LN", "LOG10",
                             "SQRT", "NA", "CHOOSE"})
_FUNCTION_CALL = re.compile(r"([A-Za-z_][A-Za-z0-9_.]*)\(")
# Text is never turned into a formula, a number or a link: it is written as it was read.
WORKBOOK_OPTIONS = {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                    "strings_to_numbers": False}


def plain_formula(formula: str) -> str | None:
    """``formula`` without its ``=`` when xlsxwriter's rewriting would leave it unchanged (only
    PLAIN_FUNCTIONS, no array braces), else None."""
    if formula.startswith("{") or not all(f in PLAIN_FUNCTIONS for f in _FUNCTION_CALL.findall(formula)):
        return None
    return formula[1:] if formula.startswith("=") else formula


@functools.cache
def report_worksheet_class() -> type:
    """xlsxwriter's Worksheet with a fast path for our plain formulas, for the report's own
    sheets only (``workbook.add_worksheet(name, report_worksheet_class())``, the subclassing
    that xlsxwriter documents). Any other formula goes through xlsxwriter's own
    ``_prepare_formula`` unchanged; tests check that both give the same text and that
    xlsxwriter still calls the override."""
    from xlsxwriter.worksheet import Worksheet

    class ReportWorksheet(Worksheet):
        def _prepare_formula(self, formula: str, expand_future_functions: bool = False) -> str:
            plain = plain_formula(formula)
            if plain is not None:
                return plain
            return super()._prepare_formula(formula, expand_future_functions)

    return ReportWorksheet


def new_workbook(target: str | BinaryIO) -> Any:
    """An xlsxwriter workbook writing to ``target`` (a file name or a buffer)."""
    import xlsxwriter

    return xlsxwriter.Workbook(target, dict(WORKBOOK_OPTIONS))


@dataclass(frozen=True)
class Published:
    """A cell a jury may change — a weight or a goalpost — and its value as published.
    ``key`` names it in the criteria, whatever the language: ``aspect:<id>``,
    ``indicator:<id>``, ``goalpost:<id>:min|max``, ``final:desk|panel``, ``panel:<criterion>``."""

    key: str
    what: str  # as the Audit sheet shows it
    cell: str  # absolute, with its sheet
    value: float


@dataclass
class Context:
    """What every sheet writer needs: the result, the language, the styles, and the cell
    references one sheet publishes for the formulas of another."""

    result: RankingRun
    lang: Lang
    styles: Styles
    created: datetime
    command: list[str]
    # Kriteria: indicator → cell of its weight within the aspect / global weight; aspect → share.
    local_weight: dict[str, str] = field(default_factory=dict)
    global_weight: dict[str, str] = field(default_factory=dict)
    aspect_share: dict[str, str] = field(default_factory=dict)
    goalposts: dict[str, tuple[str, str]] = field(default_factory=dict)  # target: cells of its min and max
    # Rincian: (candidate name, indicator) → cell of the raw / normalised value / contribution.
    raw: dict[tuple[str, str], str] = field(default_factory=dict)
    normalized: dict[tuple[str, str], str] = field(default_factory=dict)
    contribution: dict[tuple[str, str], str] = field(default_factory=dict)
    # Rincian: (group, indicator) → the range of the group's normalised values (tiebreaks).
    normalized_block: dict[tuple[str | None, str], str] = field(default_factory=dict)
    # Peringkat: candidate → its row (layout known before the sheet is written, see ranking.py).
    ranking_row: dict[str, int] = field(default_factory=dict)
    ranking_layout: Any = None  # ranking_layout.RankingColumns, made once (ranking_columns)
    # Cells a jury may change (weights, goalposts), with their values as published.
    published: list[Published] = field(default_factory=list)
    # The large report (large.py): values instead of formulas.
    large: bool = False
    mode_note: str = ""  # the large report: why it holds values, not formulas (Audit sheet)
    record: AuditRecord | None = None  # where the report came from (Audit sheet, ``paritrana verify``)
    changed_flag: str | None = None  # the Audit sheet's cell that says whether a weight was changed
    ranking_parts: list[tuple[str, int, int]] = field(default_factory=list)  # the large report: (sheet, first, last)

    def t(self, key: str) -> str:
        return label(key, self.lang)

    def say(self, message: Message) -> str:
        """A catalogue message in the report's language."""
        return message.render(self.lang)

    def text(self, key: str, **values: object) -> str:
        """The large report's label ``xl_<key>`` with ``values`` filled in."""
        text = label(f"xl_{key}", self.lang)
        return text.format(**values) if values else text

    def sheet_name(self, key: str) -> str:
        return label(f"sheet_{key}", self.lang)

    def part_title(self, title: str, part: int, parts: int) -> str:
        """``title`` of a table's ``part``-th sheet (0-based) of ``parts``: "… (bagian 2 dari 4)"."""
        return title + (f" ({self.text('part', k=part + 1, n=parts)})" if parts > 1 else "")


def close_workbook(ctx: Context, workbook: Any, first_sheet: Any) -> None:
    """Open on ``first_sheet``, record the document properties and write the file."""
    result = ctx.result
    first_sheet.activate()
    workbook.set_properties({
        "title": localized(result.title, ctx.lang),
        "subject": ctx.t("xlsx_report_title"),
        "author": "paritrana",
        "comments": f"input sha256 {result.input.sha256}",
        "created": ctx.created.astimezone(UTC).replace(tzinfo=None),  # the file stores UTC
    })
    workbook.close()


# ---- words ---------------------------------------------------------------------------------------

def years_line(result: RankingRun, lang: Lang) -> str:
    return years_text(result.year, result.baseline_year, lang, colon=":", sep=" · ")


def method_text(scale: Scale) -> str:
    """"minmax", or "minmax [1–100]" for a bounded method with its own output range."""
    lo, hi = scale.range
    text = scale.method.value
    if scale.method.bounded and (lo, hi) != (0.0, 100.0):
        text += f" [{excel_number(lo)}–{excel_number(hi)}]"
    return text


def direction_text(better: Better, lang: Lang) -> str:
    return label("c_higher" if better is Better.HIGHER else "c_lower", lang)
