"""The Ranking sheet's columns from rounds (``paritrana.report.rounds``), after the score:

- a shortlist of each group's first (``--top-per-group``): the group a candidate came from and
  its rank there — values from the ranking of each group;
- ``--previous``: Perubahan/Change, a formula ``previous rank − rank`` shown as ▲ 2, ▼ 1 or =
  by its number format (so it follows the rank when a weight is changed; "baru"/"new", text,
  for a candidate not ranked before), then the previous rank and score, values;
- ``bands:`` in the criteria: one column per band, the class as a formula over the score or
  the indicator's raw value on the Breakdown sheet (a value on a cut-off belongs to the class
  above it, as in ``Band.classify``), in the output language;
- several files: Berkas/File, the file the candidate came from (when its group does not say it).

The large report writes the same columns as values (``large_values``).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.core.criteria import SCORE_BAND
from paritrana.core.previous import MOVEMENT, PREVIOUS_RANK, PREVIOUS_SCORE
from paritrana.core.rounds import BANDS, SHORTLIST, SHORTLISTED_FROM, SOURCE
from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import rounds as m
from paritrana.i18n.messages import xlsx as xm
from paritrana.report import rounds
from paritrana.report.xlsx.base import Context
from paritrana.report.xlsx.refs import cell, excel_number
from paritrana.report.xlsx.style import RANK, SCORE, TEXT

if TYPE_CHECKING:
    from paritrana.core.criteria import Band
    from paritrana.core.ranked import CandidateResult
    from paritrana.report.xlsx.writer import SheetWriter

# ▲ 2 / ▼ 1 / = : the movement is a number (places up), shown with its arrow.
MOVEMENT_FORMAT = '"▲ "0;"▼ "0;"="'
MOVEMENT_STYLE = replace(TEXT, num_format=MOVEMENT_FORMAT, align="center")
CENTERED = replace(TEXT, align="center")
UP_COLOR, DOWN_COLOR = "#006100", "#9C0006"


def round_columns(ctx: Context) -> list[tuple[str, str]]:
    """(key, title) of each added column, in order: ``from_group``, ``from_rank``,
    ``movement``, ``previous_rank``, ``previous_score``, ``band:<target>``, ``source``."""
    result, say = ctx.result, ctx.say
    out: list[tuple[str, str]] = []
    if SHORTLIST in result.sections:
        out += [("from_group", say(m.CSV_FROM_GROUP())), ("from_rank", say(m.CSV_GROUP_RANK()))]
    if result.previous is not None:
        out += [("movement", say(m.COL_MOVEMENT())), ("previous_rank", say(m.CSV_PREVIOUS_RANK())),
                ("previous_score", say(m.CSV_PREVIOUS_SCORE()))]
    out += [(f"band:{target}", rounds.band_title(result, target, ctx.lang)) for target in result.criteria.bands]
    if rounds.source_adds(result):
        out.append(("source", say(m.COL_SOURCE())))
    return out


def band_formula(band: Band, value: str, lang: Lang) -> str:
    """The class of ``value`` (a cell) in the output language; "–" when it is not a number."""
    names = [rounds.class_text(band, str(c), lang).replace('"', '""') for c in band.classes]
    text = f'"{names[0]}"'
    for cut, name in zip(band.cuts, names[1:], strict=True):
        text = f'IF({value}>={excel_number(cut)},"{name}",{text})'
    return f'IF(ISNUMBER({value}),{text},"–")'


def write_round_cells(ctx: Context, w: SheetWriter, row: int, r: CandidateResult, columns: dict[str, int],
                      cells: dict[str, str]) -> None:
    """``r``'s added cells on the formula report's Ranking sheet; ``cells``: its ``rank`` and
    ``score`` cells (relative references on this sheet)."""
    criteria = ctx.result.criteria
    for key, col in columns.items():
        if key == "from_group":
            w.text(row, col, str(origin(r).get("group") or "–"))
        elif key == "from_rank":
            w.number(row, col, origin(r).get("rank"), RANK)
        elif key == "movement":
            previous = r.extra.get(PREVIOUS_RANK)
            if previous is None:
                w.text(row, col, ctx.say(m.MOVEMENT_NEW()), CENTERED)
            else:
                rank_col = columns["previous_rank"]
                w.formula(row, col, f"={cell(row, rank_col)}-{cells['rank']}", r.extra.get(MOVEMENT),
                          MOVEMENT_STYLE)
        elif key == "previous_rank":
            w.number(row, col, r.extra.get(PREVIOUS_RANK), RANK)
        elif key == "previous_score":
            w.number(row, col, r.extra.get(PREVIOUS_SCORE), SCORE)
        elif key.startswith("band:"):
            target = key[5:]
            band = criteria.bands[target]
            value = cells["score"] if target == SCORE_BAND else ctx.raw[(r.id, target)]
            w.ws.write_formula(row, col, "=" + band_formula(band, value, ctx.lang), w.styles.format(TEXT),
                               band_cell(ctx, r, target))
            w.widen(col, len(band_cell(ctx, r, target)))
        elif key == "source":
            w.text(row, col, Path(str(r.extra.get(SOURCE, ""))).name)


def origin(r: CandidateResult) -> dict[str, Any]:
    return r.extra.get(SHORTLISTED_FROM) or {}


def band_cell(ctx: Context, r: CandidateResult, target: str) -> str:
    """The class of ``r`` in band ``target`` as the report shows it."""
    classes = r.extra.get(BANDS) or {}
    return rounds.class_text(ctx.result.criteria.bands[target], classes.get(target), ctx.lang)


def movement_formats(ctx: Context, ws: Any, rows: tuple[int, int], col: int) -> None:
    """A rise in dark green, a fall in dark red (the arrows say it in black and white too)."""
    workbook = ctx.styles.workbook
    first, last = rows
    for criteria, color in ((">", UP_COLOR), ("<", DOWN_COLOR)):
        ws.conditional_format(first, col, last, col, {"type": "cell", "criteria": criteria, "value": 0,
                                                      "format": workbook.add_format({"font_color": color})})


def large_values(ctx: Context, key: str) -> tuple[list[Any], Any, bool]:
    """The large report's column ``key``: its values (in the ranked columns' order), style and
    whether they are numbers."""
    c = ctx.result.results.columns
    lang = ctx.lang
    came = c.extra.get(SHORTLISTED_FROM) or [None] * len(c)
    if key == "from_group":
        return [str((o or {}).get("group") or "–") for o in came], TEXT, False
    if key == "from_rank":
        return [(o or {}).get("rank") for o in came], RANK, True
    if key == "movement":
        moved = c.extra.get(MOVEMENT) or [None] * len(c)
        return [movement_word(v, lang) for v in moved], CENTERED, False
    if key == "previous_rank":
        return list(c.extra.get(PREVIOUS_RANK) or [None] * len(c)), RANK, True
    if key == "previous_score":
        return list(c.extra.get(PREVIOUS_SCORE) or [None] * len(c)), SCORE, True
    if key.startswith("band:"):
        target = key[5:]
        band = ctx.result.criteria.bands[target]
        classes = c.extra.get(BANDS) or [None] * len(c)
        return [rounds.class_text(band, (x or {}).get(target), lang) for x in classes], TEXT, False
    sources = c.extra.get(SOURCE) or [""] * len(c)
    return [Path(str(s)).name for s in sources], TEXT, False


def movement_word(moved: int | None, lang: Lang) -> str:
    """"▲ 2", "▼ 1", "=" or "baru" (the large report's values)."""
    if moved is None:
        return m.MOVEMENT_NEW().render(lang)
    if moved == 0:
        return "="
    return f"{rounds.UP if moved > 0 else rounds.DOWN} {abs(moved)}"


def round_notes(ctx: Context) -> list[str]:
    """The lines under the Ranking table: the shortlist, the movement's legend and how the
    added columns are made."""
    result, say = ctx.result, ctx.say
    lines = [line[:1].upper() + line[1:] for line in rounds.legend(result, ctx.lang)]
    if SHORTLIST in result.sections:
        lines.append(say(xm.SHORTLIST_FROM_NOTE()))
    if result.previous is not None and not ctx.large:
        lines.append(say(xm.MOVEMENT_NOTE(path=Path(result.previous.path).name)))
    if result.criteria.bands:
        note = xm.BANDS_NOTE_VALUES if ctx.large else xm.BANDS_NOTE
        lines.append(say(note(sheet=ctx.sheet_name("criteria"))))
    return lines
