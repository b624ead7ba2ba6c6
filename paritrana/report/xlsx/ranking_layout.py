"""The Ranking sheet's layout, shared by the formula report and the large report: its heading
lines, its columns (rank, name, group, score, the rounds' columns, aspect scores, indicator
contributions, stage columns, note) and the header that spans the aspect and indicator columns."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from paritrana.core.criteria import Aggregation
from paritrana.i18n import localized
from paritrana.io.criteria_file import shown_name
from paritrana.report.xlsx.base import Context, years_line
from paritrana.report.xlsx.refs import cell
from paritrana.report.xlsx.rounds_columns import round_columns
from paritrana.report.xlsx.style import KEY, SPAN_HEADER
from paritrana.report.xlsx.writer import SPAN_HEADER_PT, SheetWriter

RESULT_TITLE = replace(KEY, font_size=12)
HEADER_ROW = 5  # the formula report's Ranking header row (0-based); candidates follow it


@dataclass(frozen=True)
class RankingColumns:
    """Column of each part of a Ranking row (0-based), and the header titles."""

    titles: list[str]
    group: int | None
    score: int
    aspects: dict[str, int]  # empty for a single aspect: its score is the total score
    indicators: dict[str, int]  # contributions; normalised values with geometric aggregation
    stage: int  # the first stage column (see stage_titles)
    stages: int  # how many stage columns
    note: int
    rank: int = 0
    name: int = 1
    rounds: dict[str, int] = field(default_factory=dict)  # rounds_columns.round_columns: key → column


def ranking_columns(ctx: Context) -> RankingColumns:
    """The Ranking sheet's columns (made once per report: every Breakdown row asks)."""
    if ctx.ranking_layout is None:
        ctx.ranking_layout = _ranking_columns(ctx)
    layout: RankingColumns = ctx.ranking_layout
    return layout


def _ranking_columns(ctx: Context) -> RankingColumns:
    criteria = ctx.result.criteria
    t = ctx.t
    grouped = bool(criteria.group_by)
    aspects = list(criteria.tree) if len(criteria.tree) > 1 else []
    indicators = list(criteria.all_indicators)
    score = 3 if grouped else 2
    stage = stage_titles(ctx)
    added = round_columns(ctx)
    parts = score + 1 + len(added)  # the first aspect (or indicator) column
    first_stage = parts + len(aspects) + len(indicators)
    titles = [t("rank"), t("name")] + ([t("group")] if grouped else []) + [t("score")] + [title for _, title in added]
    titles += [criteria.aspect_label(a, ctx.lang) for a in aspects]
    titles += [criteria.label(i, ctx.lang) for i in indicators] + stage
    titles += [t("xlsx_note")]
    return RankingColumns(
        titles=titles, group=2 if grouped else None, score=score,
        aspects={aid: parts + i for i, aid in enumerate(aspects)},
        indicators={iid: parts + len(aspects) + i for i, iid in enumerate(indicators)},
        stage=first_stage, stages=len(stage), note=first_stage + len(stage),
        rounds={key: score + 1 + i for i, (key, _) in enumerate(added)})


def stage_titles(ctx: Context) -> list[str]:
    """The Ranking sheet's stage column titles (none without ``stages:``): desk score, desk
    rank, panel score (when the final stage was scored), shortlisted."""
    stages = ctx.result.stages
    if stages is None:
        return []
    titles = [ctx.t("p_desk_score"), ctx.t("p_desk_rank")]
    if stages.scored:
        titles.append(ctx.t("p_panel_score"))
    return titles + [ctx.t("p_shortlisted")]


def ranking_heading(ctx: Context, w: SheetWriter, part: int = 0, parts: int = 1) -> int:
    """The report's title, the ranking's title, the years and the sources; returns the next row."""
    result, t = ctx.result, ctx.t
    w.title(ctx.part_title(t("xlsx_report_title"), part, parts))
    w.note(1, localized(result.title, ctx.lang), RESULT_TITLE)
    w.note(2, years_line(result, ctx.lang))
    criteria = shown_name(result.criteria_source.path, short=True).render(ctx.lang)
    return w.note(3, f"{t('input')}: {Path(result.input.path).name} · {t('criteria')}: {criteria} · "
                     f"{ctx.created:%Y-%m-%d %H:%M}")


def span_header(ctx: Context, w: SheetWriter, row: int, cols: RankingColumns) -> None:
    """Over the aspect columns "Skor aspek (0–100)", over the indicator columns "Kontribusi"
    (or the normalised values with geometric aggregation)."""
    arithmetic = ctx.result.criteria.aggregation is Aggregation.ARITHMETIC
    fmt = w.styles.format(SPAN_HEADER)
    spans = ((list(cols.aspects.values()), ctx.t("xlsx_aspect_scores")),
             (list(cols.indicators.values()), ctx.t("contributions" if arithmetic else "xlsx_normalized_0_100")))
    for span, text in spans:
        if not span:
            continue
        text = text[:1].upper() + text[1:]
        if len(span) == 1:
            w.ws.write_string(row, span[0], text, fmt)
            w.ws.set_row(row, SPAN_HEADER_PT)
        else:
            w.merge(row, span[0], span[-1], text, SPAN_HEADER)


def ranking_rows(ctx: Context) -> dict[str, int]:
    """Each ranked candidate's row on the formula report's Ranking sheet (0-based): group by
    group, in rank order, under the header. Known before the sheet is written, so the other
    sheets can reference it."""
    if not ctx.ranking_row:
        row = HEADER_ROW + 1
        for group in ctx.result.groups:
            for r in ctx.result.in_group(group):
                ctx.ranking_row[r.id] = row
                row += 1
    return ctx.ranking_row


def ranking_cell(ctx: Context, name: str, what: str) -> str:
    """The Ranking sheet's cell of candidate ``name``: its ``rank``, ``score``, ``desk`` score
    or ``desk_rank`` (absolute, with the sheet's name)."""
    cols = ranking_columns(ctx)
    col = {"rank": cols.rank, "score": cols.score, "desk": cols.stage, "desk_rank": cols.stage + 1}[what]
    return cell(ranking_rows(ctx)[name], col, absolute=True, sheet=ctx.sheet_name("ranking"))
