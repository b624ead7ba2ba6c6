"""The ranking as CSV, JSON and Markdown text.

CSV is for other programs: English column names, full-precision numbers with a "." decimal
point, one row per ranked candidate. A data text field that would start with ``=``, ``+``,
``-`` or ``@`` is prefixed with ``'`` so that no spreadsheet runs it as a formula.
Markdown is for minutes and press releases: labels and numbers in the output language.
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from paritrana.i18n import fmt_number, label, years_text
from paritrana.report.panel_terminal import W_BANDS

if TYPE_CHECKING:
    from paritrana.core.result import RankingResult

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value: str) -> str:
    """Neutralise spreadsheet formula injection in a CSV text field."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def to_json(result: RankingResult) -> str:
    return result.to_json()


def to_csv(result: RankingResult, *, group: str | None = None, top: int | None = None) -> str:
    criteria = result.criteria
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    aspects = [] if criteria.flat else list(criteria.tree)
    header = ["rank", "id", "group", "score", "tie", *[f"aspect_{a}" for a in aspects]]
    for iid in criteria.all_indicators:
        header += [f"{iid}_raw", f"{iid}_normalized", f"{iid}_weight", f"{iid}_contribution"]
    staged = result.stages is not None  # see paritrana.panel.stages: the same keys as the JSON
    if staged:
        header += ["stage", "desk_score", "desk_rank", "panel_score", "shortlisted", "panel_weight",
                   "panel_contribution"]
    writer.writerow(header)
    for r in result.results:
        if (group is not None and r.group != group) or (top is not None and r.rank > top):
            continue
        row: list[object] = [r.rank, safe_text(r.id), safe_text(r.group or ""), repr(r.score), str(r.tie).lower()]
        row += [repr(r.aspects[a]) for a in aspects]
        for ind in r.indicators.values():
            row += [_plain(ind.raw), _plain(ind.normalized), repr(ind.weight), _plain(ind.contribution)]
        if staged:
            p = r.panel
            row += [r.stage, _plain(r.desk_score), r.desk_rank, _plain(r.panel_score), str(r.shortlisted).lower(),
                    "" if p is None else repr(p.weight), "" if p is None else repr(p.contribution)]
        writer.writerow(row)
    return buffer.getvalue()


def _plain(value: float | None) -> str:
    return "" if value is None else repr(value)


def to_markdown(result: RankingResult, *, lang: str = "id", top: int | None = None,
                group: str | None = None) -> str:
    """A title line, the years, the podium in a sentence, the table, the ineligible and the
    sources with their SHA-256 — ready to paste into minutes or a press release."""
    criteria = result.criteria
    lines = [f"## {_md(result.title)}", ""]
    if result.year is not None:
        lines += [years_text(result.year, result.baseline_year, lang, colon=":", sep=" · "), ""]
    groups = [group] if group is not None else result.groups
    indicators = list(criteria.all_indicators)
    panel_column = result.stages is not None and result.stages.scored
    if not result.results:
        lines += [label("no_results", lang), ""]
    for g in groups:
        if g is not None:
            lines += [f"### {_md(g)}", ""]
        podium = _podium(result.in_group(g), lang, top)
        if podium:
            lines += [podium, ""]
        head = [label("rank", lang), label("name", lang), label("score", lang),
                *[_md(criteria.label(i)) for i in indicators]]
        head += [label("p_panel_score", lang)] if panel_column else []
        lines.append("| " + " | ".join(head) + " |")
        lines.append("|" + "|".join(["---:", "---", "---:", *["---:"] * (len(head) - 3)]) + "|")
        for r in result.in_group(g):
            if top is not None and r.rank > top:
                continue
            rank = f"{r.rank}" + (" (" + label("tie", lang) + ")" if r.tie else "")
            name = f"**{_md(r.id)}**" if r.rank <= 3 else _md(r.id)
            cells = [_indicator_cell(r.indicators[i].contribution, r.indicators[i].normalized, lang)
                     for i in indicators]
            if panel_column:  # a finalist's indicator contributions are × the desk share: with this, they add up
                cells.append(fmt_number(None if r.panel is None else r.panel.contribution, 2, lang))
            lines.append("| " + " | ".join([rank, name, fmt_number(r.score, 2, lang), *cells]) + " |")
        lines.append("")
    if result.results:
        note = label("contributions" if criteria.aggregation.value == "arithmetic" else "xlsx_normalized_0_100", lang)
        lines += [f"_{note[:1].upper()}{note[1:]}._", ""]
        lines += _stage_lines(result, lang, groups)
    if any(r.tie for r in result.results):
        lines += [f"_{label('ties_note', lang).capitalize()}._", ""]
    if result.ineligible:
        lines += [f"**{label('ineligible', lang)}:**", ""]
        lines += [f"- {_md(i.id)}: {_md('; '.join(i.reasons))}" for i in result.ineligible]
        lines.append("")
    lines += [_sources(result, lang), ""]
    return "\n".join(lines)


def _stage_lines(result: RankingResult, lang: str, groups: list[str | None]) -> list[str]:
    """How a finalist's row adds up, and the jury in one line (criteria with ``stages:``)."""
    stages = result.stages
    if stages is None:
        return []
    if not stages.scored:
        names = ", ".join(_md(r.id) for g in groups for r in result.in_group(g) if r.shortlisted) or "–"
        note = label("md_stage_desk", lang).format(names=names)
        return [f"_{note[:1].upper()}{note[1:]}._", ""]
    note = label("md_stage_note", lang).format(desk=_share(stages.desk_share, lang),
                                               panel=_share(stages.panel_share, lang),
                                               column=label("p_panel_score", lang))
    lines = [f"_{note[:1].upper()}{note[1:]}._", ""]
    outcome = result.panel
    if outcome is not None:

        jury = label("md_jurors", lang).format(n=len(outcome.jurors), names=", ".join(_md(j) for j in outcome.jurors))
        w = outcome.diagnostics.kendall_w
        if w is None:
            lines += [f"{jury}. {label('p_w_none', lang)}.", ""]
        else:
            band = next((key for limit, key in W_BANDS if w < limit), "p_w_very_strong")
            agreement = label("md_kendall", lang).format(w=fmt_number(w, 2, lang), band=label(band, lang))
            lines += [f"{jury}; {agreement}.", ""]
    return lines


def _share(share: float, lang: str) -> str:
    value = 100 * share
    return fmt_number(value, 0 if abs(value - round(value)) < 1e-9 else 1, lang)


ROMAN = {1: "I", 2: "II", 3: "III"}


def _podium(ranked: list, lang: str, top: int | None) -> str:  # type: ignore[type-arg]
    """"Peringkat I Ketapang (skor 90,41), II Mempawah (41,92) dan III Sekadau (39,37)."""
    places: dict[int, list] = {}  # type: ignore[type-arg]
    for r in ranked:
        if r.rank in ROMAN and (top is None or r.rank <= top):
            places.setdefault(r.rank, []).append(r)
    items = []
    for number, (rank, members) in enumerate(sorted(places.items())):
        names = _join([_md(m.id) for m in members], lang)
        score = fmt_number(members[0].score, 2, lang)
        detail = (f"{label('score', lang).lower()} {score}" if number == 0 else score)
        if len(members) > 1:
            detail = f"{label('tie', lang)}, {detail}"
        items.append(f"{ROMAN[rank]} {names} ({detail})")
    if not items:
        return ""
    return label("md_podium", lang).format(items=_join(items, lang, sep=", "))


def _join(items: list[str], lang: str, sep: str = ", ") -> str:
    if len(items) <= 1:
        return "".join(items)
    return sep.join(items[:-1]) + label("md_and", lang) + items[-1]


def _sources(result: RankingResult, lang: str) -> str:
    from pathlib import Path

    parts = [f"{label('input', lang).lower()} `{Path(result.input.path).name}` (SHA-256 `{result.input.sha256}`)"]
    if result.baseline is not None:
        parts.append(f"{label('xlsx_baseline_file', lang).lower()} `{Path(result.baseline.path).name}` "
                     f"(SHA-256 `{result.baseline.sha256}`)")
    parts.append(f"{label('criteria', lang).lower()} `{Path(result.criteria_source.path).name}` "
                 f"(SHA-256 `{result.criteria_source.sha256}`)")
    if result.panel is not None:
        parts.append(f"{label('md_jury_file', lang)} `{Path(result.panel.source.path).name}` "
                     f"(SHA-256 `{result.panel.source.sha256}`)")
    return f"{label('md_source', lang)}: " + "; ".join(parts) + "."


def _indicator_cell(contribution: float | None, normalized: float | None, lang: str) -> str:
    return fmt_number(contribution if contribution is not None else normalized, 2, lang)


def _md(text: str) -> str:
    """Escape the characters that would change a Markdown table or emphasis."""
    for ch in ("\\", "|", "*", "_", "`", "[", "]", "<", ">"):
        text = text.replace(ch, "\\" + ch)
    return text.replace("\n", " ")
