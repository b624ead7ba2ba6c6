"""The status bands on the Kriteria/Criteria sheet (``bands:`` in the criteria): for each band,
its classes from the lowest up with their values in words ("30 sampai di bawah 50"; a cut-off
belongs to the class above it) and how many candidates fall in each — over all groups and, for
grouped criteria, per group (``sections["bands"]``).

In the formula report the counts are ``COUNTIF``/``COUNTIFS`` over the band's column of the
Ranking sheet (itself a formula over the score or the raw value), so they follow a changed
weight; the large report writes the counts as values (its Ranking sheet may be several).
"""

from __future__ import annotations

from typing import Any

from paritrana.core.criteria import SCORE_BAND
from paritrana.core.rounds import BANDS
from paritrana.i18n.messages import xlsx as xm
from paritrana.report import rounds
from paritrana.report.xlsx.base import Context
from paritrana.report.xlsx.ranking_layout import HEADER_ROW, ranking_columns, ranking_rows
from paritrana.report.xlsx.refs import cell_range
from paritrana.report.xlsx.style import INT, SECTION, TEXT, WRAP
from paritrana.report.xlsx.writer import SheetWriter


def write_bands(ctx: Context, w: SheetWriter, row: int) -> int:
    """Each band's classes and counts from ``row`` (nothing without bands); returns the next row."""
    result = ctx.result
    bands = result.criteria.bands
    if not bands:
        return row
    say = ctx.say
    summary: dict[str, Any] = result.sections.get(BANDS, {})
    groups = [g for g in result.groups if g is not None] if result.criteria.group_by else []
    row = w.note(row, say(xm.BANDS_SECTION()), SECTION)
    for target, band in bands.items():
        title = rounds.band_title(result, target, ctx.lang)
        heading = xm.BAND_OF_SCORE(label=title) if target == SCORE_BAND else xm.BAND_OF_INDICATOR(label=title,
                                                                                                  iid=target)
        row = w.note(row, say(heading))
        w.header(row, [say(xm.CLASS()), say(xm.CLASS_RANGE()), say(xm.CLASS_COUNT()), *groups])
        row += 1
        found = summary.get(target, {})
        ranges = rounds.class_ranges(band)
        for k, name in enumerate(str(c) for c in band.classes):
            shown = rounds.class_text(band, name, ctx.lang)
            w.text(row, 0, shown, TEXT)
            w.text(row, 1, ranges[k].render(ctx.lang), WRAP, measure=False)
            w.wrapped.append((row, 1, ranges[k].render(ctx.lang)))
            count_cells(ctx, w, row, target, shown, int(found.get("counts", {}).get(name, 0)), groups,
                        [int(found.get("counts_by_group", {}).get(g, {}).get(name, 0)) for g in groups])
            row += 1
        row += 1
    if not ctx.large:
        row = w.note(row, say(xm.BANDS_COUNT_NOTE(sheet=ctx.sheet_name("ranking")))) + 1
    return row


def count_cells(ctx: Context, w: SheetWriter, row: int, target: str, shown: str, total: int, groups: list[str],
                per_group: list[int]) -> None:
    """The count of one class over all candidates, then per group: formulas over the Ranking
    sheet (values in the large report)."""
    if ctx.large or not ctx.result.results:
        w.number(row, 2, total, INT)
        for k, n in enumerate(per_group):
            w.number(row, 3 + k, n, INT)
        return
    cols = ranking_columns(ctx)
    sheet = ctx.sheet_name("ranking")
    first, last = HEADER_ROW + 1, HEADER_ROW + len(ranking_rows(ctx))
    classes = cell_range(first, last, cols.rounds[f"band:{target}"], sheet=sheet)
    text = "=" + shown.replace('"', '""')  # "=sedang": equal to the text (no operator read from it)
    w.formula(row, 2, f'=COUNTIF({classes},"{text}")', total, INT)
    if groups and cols.group is not None:
        names = cell_range(first, last, cols.group, sheet=sheet)
        for k, (group, n) in enumerate(zip(groups, per_group, strict=True)):
            w.formula(row, 3 + k, f'=COUNTIFS({classes},"{text}",{names},"={group.replace(chr(34), chr(34) * 2)}")',
                      n, INT)
