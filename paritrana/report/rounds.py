"""The columns and notes that rounds add to a ranking, for the terminal, Markdown and CSV.

- with ``--previous``: the movement (▲ 2, ▼ 1, =, baru) and the previous rank and score;
- with ``bands:`` in the criteria: one column per band (the class), and a line counting the
  candidates of each class;
- with several input files: the file each candidate came from;
- with ``--history``: a table of each candidate's rank and score in every year ranked.

Each column is a title and a cell function; the terminal and Markdown show them after the
score, CSV writes the values (``csv_columns``: numbers stay numbers).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.core.criteria import SCORE_BAND, Band
from paritrana.core.localized import in_lang
from paritrana.core.names import name_key
from paritrana.core.previous import MOVEMENT, PREVIOUS_RANK, PREVIOUS_SCORE
from paritrana.core.rounds import BANDS, HISTORY, SHORTLIST, SHORTLISTED_FROM, SOURCE
from paritrana.i18n import fmt_number
from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import rounds as m

if TYPE_CHECKING:
    from paritrana.core.ranked import CandidateResult
    from paritrana.core.result import RankingResult

UP, DOWN = "▲", "▼"


@dataclass(frozen=True)
class Column:
    """One added column: its title in the output language and the text of each cell."""

    key: str
    title: str
    cell: Callable[[CandidateResult], str]
    style: Callable[[CandidateResult], str | None] = lambda r: None


def has_movement(result: RankingResult) -> bool:
    return result.previous is not None


def movement_text(r: CandidateResult, lang: Lang) -> str:
    """"▲ 2", "▼ 1", "=" or "baru"."""
    moved = r.extra.get(MOVEMENT)
    if moved is None:
        return m.MOVEMENT_NEW().render(lang)
    if moved == 0:
        return "="
    return f"{UP if moved > 0 else DOWN} {abs(moved)}"


def previous_text(r: CandidateResult, lang: Lang) -> str:
    """"9 (22,30)": the previous rank and score; "–" for a new candidate."""
    rank = r.extra.get(PREVIOUS_RANK)
    if rank is None:
        return "–"
    return f"{rank} ({fmt_number(r.extra.get(PREVIOUS_SCORE), 2, lang)})"


def band_title(result: RankingResult, target: str, lang: Lang) -> str:
    band = result.criteria.bands[target]
    if band.label:
        return in_lang(band.label, lang) or target
    name = m.SCORE_NAME().render(lang) if target == SCORE_BAND else target
    return m.BAND_DEFAULT(name=name).render(lang)


def class_text(band: Band, name: str | None, lang: Lang) -> str:
    """A class as the output language names it ("–" for none)."""
    if name is None:
        return "–"
    found = next((c for c in band.classes if str(c) == name), None)
    return (in_lang(found, lang) or name) if found is not None else name


def columns(result: RankingResult, lang: Lang) -> list[Column]:
    """The added columns, in the order they are shown: the group a shortlisted candidate came
    from, movement, previous, bands, file."""
    out = []
    if SHORTLIST in result.sections:
        out.append(Column("from", m.COL_FROM().render(lang), _from_text))
    if has_movement(result):
        out.append(Column("movement", m.COL_MOVEMENT().render(lang), lambda r: movement_text(r, lang), _movement_style))
        out.append(Column("previous", m.COL_PREVIOUS().render(lang), lambda r: previous_text(r, lang)))
    for target, band in result.criteria.bands.items():
        out.append(Column(f"band:{target}", band_title(result, target, lang), _band_cell(band, target, lang)))
    if has_sources(result) and not result.criteria.group_by and SHORTLIST not in result.sections:
        # one pool of several files: the file is the only place the province shows (grouped,
        # the group's title or the "from" column says it)
        out.append(Column("source", m.COL_SOURCE().render(lang), lambda r: Path(str(r.extra.get(SOURCE, ""))).stem))
    return out


def _from_text(r: CandidateResult) -> str:
    """"kalbar (1)": the group a shortlisted candidate came from, and its rank there."""
    came = r.extra.get(SHORTLISTED_FROM) or {}
    return f"{came.get('group') or '–'} ({came.get('rank', '–')})"


def _band_cell(band: Band, target: str, lang: Lang) -> Callable[[CandidateResult], str]:
    def cell(r: CandidateResult) -> str:
        classes = r.extra.get(BANDS) or {}
        return class_text(band, classes.get(target), lang)

    return cell


def _band_value(target: str) -> Callable[[CandidateResult], str]:
    """The class as the criteria name it (the plain CSV, like the JSON)."""
    def value(r: CandidateResult) -> str:
        return str((r.extra.get(BANDS) or {}).get(target) or "")

    return value


def _movement_style(r: CandidateResult) -> str | None:
    moved = r.extra.get(MOVEMENT)
    if moved is None or moved == 0:
        return None
    return "green" if moved > 0 else "red"


def has_sources(result: RankingResult) -> bool:
    return bool(result.results) and SOURCE in result.results.columns.extra


def source_adds(result: RankingResult) -> bool:
    """Whether the file of each candidate says more than its group: several files, and a
    candidate whose group (or, on a shortlist, the group it came from) is not its file's name."""
    if not has_sources(result):
        return False
    c = result.results.columns
    came = c.extra.get(SHORTLISTED_FROM) or [None] * len(c)
    groups = [(origin or {}).get("group") if SHORTLIST in result.sections else g for g, origin in zip(c.groups, came,
                                                                                                       strict=True)]
    return any(g is None or g != Path(str(s)).stem for g, s in zip(groups, c.extra[SOURCE], strict=True))


def legend(result: RankingResult, lang: Lang) -> list[str]:
    """The shortlist's line and the movement's legend (the first of ``notes``; the Excel report
    shows the band counts as a table)."""
    lines = []
    shortlist = result.sections.get(SHORTLIST)
    if shortlist is not None:
        lines.append(m.SHORTLIST_NOTE(n=shortlist["per_group"], groups=len(shortlist["groups"]),
                                      ranked=shortlist["ranked"]).render(lang))
    previous = result.previous
    if previous is not None:
        lines.append(m.MOVEMENT_LEGEND(path=Path(previous.path).name, year=previous.year or "–").render(lang))
    return lines


def notes(result: RankingResult, lang: Lang, group: str | None = None) -> list[str]:
    """The lines under the table: the movement's legend and each band's counts per class
    (of ``group`` when one is shown alone)."""
    lines = legend(result, lang)
    summary: dict[str, Any] = result.sections.get(BANDS, {})
    for target, band in result.criteria.bands.items():
        found = summary.get(target, {})
        counts = found.get("counts", {}) if group is None else found.get("counts_by_group", {}).get(group, {})
        ranges = class_ranges(band)
        items = ", ".join(m.BAND_COUNT(name=class_text(band, name, lang), range=ranges[k], n=counts.get(name, 0))
                          .render(lang) for k, name in enumerate(str(c) for c in band.classes))
        lines.append(m.BAND_COUNTS(label=band_title(result, target, lang), counts=items).render(lang))
    return lines


def class_ranges(band: Band) -> list[Any]:
    """Each class's values in words: "di bawah 30", "30 sampai di bawah 50", "70 ke atas" (a
    cut-off belongs to the class above it)."""
    cuts = band.cuts
    out: list[Any] = [m.BAND_LOWEST(cut=cuts[0])]
    out += [m.BAND_MIDDLE(low=a, high=b) for a, b in zip(cuts, cuts[1:], strict=False)]
    return [*out, m.BAND_HIGHEST(cut=cuts[-1])]


def csv_columns(result: RankingResult, lang: Lang, plain: bool) -> list[tuple[str, Callable[[CandidateResult], Any]]]:
    """CSV headers and values: ``previous_rank``, ``previous_score``, ``movement`` (places up,
    negative down, empty when new), ``band_<target>`` and ``source`` in the plain dialect;
    the same in words of the output language in ``excel-id`` (a new candidate: "baru")."""
    out: list[tuple[str, Callable[[CandidateResult], Any]]] = []
    if SHORTLIST in result.sections:
        out += [("from_group" if plain else m.CSV_FROM_GROUP().render(lang),
                 lambda r: (r.extra.get(SHORTLISTED_FROM) or {}).get("group")),
                ("group_rank" if plain else m.CSV_GROUP_RANK().render(lang),
                 lambda r: (r.extra.get(SHORTLISTED_FROM) or {}).get("rank"))]
    if has_movement(result):
        new = "" if plain else m.MOVEMENT_NEW().render(lang)
        out += [
            ("previous_rank" if plain else m.CSV_PREVIOUS_RANK().render(lang), lambda r: r.extra.get(PREVIOUS_RANK)),
            ("previous_score" if plain else m.CSV_PREVIOUS_SCORE().render(lang),
             lambda r: r.extra.get(PREVIOUS_SCORE)),
            ("movement" if plain else m.CSV_MOVEMENT().render(lang),
             lambda r: new if r.extra.get(MOVEMENT) is None else r.extra.get(MOVEMENT)),
        ]
    for target, band in result.criteria.bands.items():
        header = f"band_{target}" if plain else band_title(result, target, lang)
        out.append((header, _band_value(target) if plain else _band_cell(band, target, lang)))
    if has_sources(result):
        out.append(("source" if plain else m.CSV_SOURCE().render(lang), lambda r: str(r.extra.get(SOURCE, ""))))
    return out


# ---- the history of a workbook (rank --history) ----------------------------------------------------


@dataclass(frozen=True)
class History:
    """Rank and score of each candidate in every year ranked: ``rows`` in the order of the
    ranking shown (its candidates first, then those ranked only in earlier years), each
    ``(name, group, {year: (rank, score)})``."""

    years: list[int]
    baselines: dict[int, int | None]
    rows: list[tuple[str, str | None, dict[int, tuple[int, float]]]]


def history(result: RankingResult, group: str | None = None) -> History | None:
    entries: list[dict[str, Any]] | None = result.sections.get(HISTORY)
    if not entries:
        return None
    years = [int(e["year"]) for e in entries]
    cells: dict[tuple[str, str], dict[int, tuple[int, float]]] = {}
    spelled: dict[tuple[str, str], tuple[str, str | None]] = {}
    for entry in entries:
        for r in entry["results"]:
            key = (name_key(r["group"] or ""), name_key(r["id"]))
            cells.setdefault(key, {})[int(entry["year"])] = (r["rank"], r["score"])
            spelled[key] = (r["id"], r["group"])
    order = [(name_key(r.group or ""), name_key(r.id)) for r in result.results]
    order += [k for k in cells if k not in order]
    rows = [(*spelled[k], cells[k]) for k in order if k in cells
            and (group is None or name_key(spelled[k][1] or "") == name_key(group))]
    return History(years, {int(e["year"]): e["baseline_year"] for e in entries}, rows)


def history_cell(cell: tuple[int, float] | None, lang: Lang) -> str:
    """"3 (39,37)": rank and score in one year; "–" when not ranked that year."""
    if cell is None:
        return "–"
    return f"{cell[0]} ({fmt_number(cell[1], 2, lang)})"


def history_caption(h: History, lang: Lang) -> str:
    pairs = [m.HISTORY_PAIR(year=y, baseline=h.baselines[y]) if h.baselines[y] is not None else m.HISTORY_YEAR(year=y)
             for y in h.years]
    return m.HISTORY_CAPTION(pairs=pairs).render(lang)
