"""The ranking as CSV and Markdown text.

CSV comes in two dialects (``CsvDialect``):

- ``excel-id``, the default under Indonesian: what a spreadsheet set to Indonesian opens as
  columns of numbers — ``;`` between fields, a decimal comma, UTF-8 with a BOM (so Excel
  reads the names right), column headers in the output language, numbers at full precision
  (the spreadsheet rounds them for display, nothing is lost).
- ``plain``, the default under English: for other programs — ``,`` and ``.``, English column
  names, full-precision numbers, no BOM.

Both list the ranked candidates, then the ineligible ones (no rank, no score) with the rules
they fail and their values ("cakupan 3,68 < 5"). A text field that would start with ``=``,
``+``, ``-`` or ``@`` is prefixed with ``'`` so that no spreadsheet runs it as a formula.

Markdown is for minutes and press releases: labels and numbers in the output language.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from paritrana.explain.rounding import rounded_parts
from paritrana.i18n import fmt_number, label, localized
from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import report as m
from paritrana.i18n.messages import rounds as rm
from paritrana.io.criteria_file import DEFAULT_CRITERIA_NAME, packaged_file_of, shown_name
from paritrana.report import rounds
from paritrana.report.panel_terminal import W_BANDS
from paritrana.report.reasons import ineligible_reasons

if TYPE_CHECKING:
    from paritrana.core.ranked import CandidateResult
    from paritrana.core.result import RankingResult
    from paritrana.panel.outcome import PanelOutcome

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


class CsvDialect(StrEnum):
    """How a CSV export is written (see the module docstring)."""

    excel_id = "excel-id"
    plain = "plain"


def default_dialect(lang: Lang) -> CsvDialect:
    """``excel-id`` under Indonesian, ``plain`` under English."""
    return CsvDialect.excel_id if lang == Lang.ID else CsvDialect.plain


def safe_text(value: str) -> str:
    """Neutralise spreadsheet formula injection in a CSV text field."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def to_json(result: RankingResult) -> str:
    return result.to_json()


# ---- CSV ----------------------------------------------------------------------------------


def to_csv(result: RankingResult, *, dialect: CsvDialect | str = CsvDialect.plain, lang: Lang = Lang.EN,
           group: str | None = None, top: int | None = None) -> str:
    """The ranking as CSV text in ``dialect`` (``excel-id`` text starts with a BOM: write it
    as UTF-8 as it is)."""
    dialect = CsvDialect(dialect)
    excel = dialect is CsvDialect.excel_id
    number: Callable[[Any], str] = _excel_number if excel else _plain
    words = _ExcelWords(lang) if excel else None
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if excel else ",", lineterminator="\r\n" if excel else "\n")
    criteria = result.criteria
    aspects = [] if criteria.flat else list(criteria.tree)
    indicators = list(criteria.all_indicators)
    staged = result.stages is not None  # see paritrana.panel.stages: the same keys as the JSON
    grouped = bool(criteria.group_by) or not excel
    added = rounds.csv_columns(result, lang, plain=not excel)  # movement, bands, source: after `tie`
    header = words.header(result, aspects, indicators, grouped) if words else _plain_header(aspects, indicators, staged)
    at = header.index(words.t("csv_tie") if words else "tie") + 1
    writer.writerow([safe_text(h) for h in [*header[:at], *[h for h, _ in added], *header[at:]]])
    blanks = len(aspects) + 4 * len(indicators) + (7 if staged else 0)
    for r in result.results:
        if (group is not None and r.group != group) or (top is not None and r.rank > top):
            continue
        row: list[object] = [r.rank, safe_text(r.id), *([safe_text(r.group or "")] if grouped else []),
                             number(r.score), words.yes_no(r.tie) if words else str(r.tie).lower()]
        row += [_csv_value(value(r), number) for _, value in added]
        row += [number(r.aspects[a]) for a in aspects]
        for ind in r.indicators.values():
            row += [number(ind.raw), number(ind.normalized), number(ind.weight), number(ind.contribution)]
        if staged:
            row += _stage_cells(r, number, words)
        row += [words.yes_no(True), ""] if words else ["true", ""]
        writer.writerow(row)
    if top is None:
        reasons = ineligible_reasons(result, lang if excel else Lang.EN)
        for item, why in zip(result.ineligible, reasons, strict=True):
            if group is not None and item.group != group:
                continue
            row = ["", safe_text(item.id), *([safe_text(item.group or "")] if grouped else []), "", "",
                   *[""] * (len(added) + blanks)]
            row += [words.yes_no(False) if words else "false", safe_text("; ".join(why))]
            writer.writerow(row)
    return (BOM if excel else "") + buffer.getvalue()


def _csv_value(value: Any, number: Callable[[Any], str]) -> object:
    """An added column's value: a number in the dialect's form, text made safe."""
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value).lower()
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return number(value)
    return safe_text(str(value))


def _plain_header(aspects: list[str], indicators: list[str], staged: bool) -> list[str]:
    header = ["rank", "id", "group", "score", "tie", *[f"aspect_{a}" for a in aspects]]
    for iid in indicators:
        header += [f"{iid}_raw", f"{iid}_normalized", f"{iid}_weight", f"{iid}_contribution"]
    if staged:
        header += ["stage", "desk_score", "desk_rank", "panel_score", "shortlisted", "panel_weight",
                   "panel_contribution"]
    return [*header, "eligible", "reasons"]


class _ExcelWords:
    """The column headers and yes/no words of the ``excel-id`` dialect, in ``lang``."""

    def __init__(self, lang: Lang):
        self.lang = lang

    def header(self, result: RankingResult, aspects: list[str], indicators: list[str], grouped: bool) -> list[str]:
        t, c = self.t, result.criteria
        head = [t("csv_rank"), t("csv_name"), *([t("csv_group")] if grouped else []), t("csv_score"), t("csv_tie")]
        head += [t("csv_aspect").format(name=c.aspect_label(a, self.lang)) for a in aspects]
        for iid in indicators:
            name = c.label(iid, self.lang)
            head += [t(key).format(name=name) for key in ("csv_raw", "csv_normalized", "csv_weight",
                                                          "csv_contribution")]
        if result.stages is not None:
            head += [t(key) for key in ("csv_stage", "csv_desk_score", "csv_desk_rank", "csv_panel_score",
                                        "csv_shortlisted", "csv_panel_weight", "csv_panel_contribution")]
        return [*head, t("csv_eligible"), t("csv_reasons")]

    def t(self, key: str) -> str:
        return label(key, self.lang)

    def yes_no(self, value: bool | None) -> str:
        return "" if value is None else self.t("csv_yes" if value else "csv_no")

    def stage(self, value: str | None) -> str:
        return "" if value is None else self.t(f"csv_stage_{value}")


def _stage_cells(r: CandidateResult, number: Callable[[Any], str], words: _ExcelWords | None) -> list[object]:
    p = r.panel
    return [words.stage(r.stage) if words else r.stage, number(r.desk_score), r.desk_rank, number(r.panel_score),
            words.yes_no(r.shortlisted) if words else str(r.shortlisted).lower(),
            "" if p is None else number(p.weight), "" if p is None else number(p.contribution)]


def _plain(value: float | None) -> str:
    return "" if value is None else repr(value)


def _excel_number(value: float | None) -> str:
    """Full precision, never in exponent notation, with a decimal comma: 90,41071428571429."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    import numpy as np

    return np.format_float_positional(float(value), trim="-").replace(".", ",")


# ---- Markdown -----------------------------------------------------------------------------


def to_markdown(result: RankingResult, *, lang: Lang = Lang.ID, top: int | None = None,
                group: str | None = None) -> str:
    """A title line, the years, the podium in a sentence, the table, the ineligible and the
    sources with their SHA-256 — ready to paste into minutes or a press release."""
    criteria = result.criteria
    lines = [f"## {_md(localized(result.title, lang))}", ""]
    years = years_line(result.year, result.baseline_year, lang)
    if years:
        lines += [years, ""]
    groups: list[str | None] = [group] if group is not None else result.groups
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
        added = rounds.columns(result, lang)
        head = [label("rank", lang), label("name", lang), label("score", lang), *[_md(c.title) for c in added],
                *[_md(criteria.label(i, lang)) for i in indicators]]
        head += [label("p_panel_score", lang)] if panel_column else []
        lines.append("| " + " | ".join(head) + " |")
        aligns = ["---:" if c.key in ("movement", "previous") else "---" for c in added]
        lines.append("|" + "|".join(["---:", "---", "---:", *aligns, *["---:"] * (len(head) - 3 - len(added))]) + "|")
        for r in result.in_group(g):
            if top is not None and r.rank > top:
                continue
            rank = f"{r.rank}" + (" (" + label("tie", lang) + ")" if r.tie else "")
            name = f"**{_md(r.id)}**" if r.rank <= 3 else _md(r.id)
            parts = {i: r.indicators[i].contribution for i in indicators}
            if panel_column:  # a finalist's indicator contributions are × the desk share: with this, they add up
                parts["\0panel"] = None if r.panel is None else r.panel.contribution
            shown = _shown_parts(parts, r.score)
            cells = [_indicator_cell(shown[i], r.indicators[i].normalized, lang) for i in indicators]
            if panel_column:
                cells.append(fmt_number(shown["\0panel"], 2, lang))
            extra = [_md(c.cell(r)) for c in added]
            lines.append("| " + " | ".join([rank, name, fmt_number(r.score, 2, lang), *extra, *cells]) + " |")
        lines.append("")
    if result.results:
        note = (label("contributions_rounded", lang) if criteria.aggregation.value == "arithmetic"
                else m.NORMALISED().render(lang))
        lines += [f"_{note[:1].upper()}{note[1:]}._", ""]
        notes = rounds.notes(result, lang, group)
        lines += [f"_{_md(n[:1].upper() + n[1:])}._" for n in notes] + ([""] if notes else [])
        lines += _stage_lines(result, lang, groups)
    lines += _history_lines(result, lang, group, top)
    if any(r.tie for r in result.results):
        lines += [f"_{label('ties_note', lang).capitalize()}._", ""]
    ineligible = [(i, why) for i, why in zip(result.ineligible, ineligible_reasons(result, lang), strict=True)
                  if group is None or i.group == group]
    if ineligible:
        lines += [f"**{label('ineligible', lang)}:**", ""]
        lines += [f"- {_md(i.id)}: {_md('; '.join(why))}" for i, why in ineligible]
        lines.append("")
    lines += [_sources(result, lang), ""]
    return "\n".join(lines)


def _history_lines(result: RankingResult, lang: Lang, group: str | None, top: int | None) -> list[str]:
    """``--history``: "### Riwayat peringkat", a table of rank (score) per year, its caption."""
    h = rounds.history(result, group)
    if h is None:
        return []
    grouped = any(g is not None for _, g, _ in h.rows)
    head = [label("name", lang), *([label("group", lang)] if grouped else []), *[str(y) for y in h.years]]
    lines = [f"### {rm.HISTORY_TITLE().render(lang)}", "", "| " + " | ".join(head) + " |",
             "|" + "|".join(["---"] * (1 + grouped) + ["---:"] * len(h.years)) + "|"]
    last = h.years[-1]
    for name, g, cells in h.rows:
        if top is not None and (cells.get(last) is None or cells[last][0] > top):
            continue
        row = [_md(name), *([_md(g or "")] if grouped else []), *[rounds.history_cell(cells.get(y), lang)
                                                                  for y in h.years]]
        lines.append("| " + " | ".join(row) + " |")
    caption = rounds.history_caption(h, lang)
    return [*lines, "", f"_{_md(caption[:1].upper() + caption[1:])}._", ""]


def years_line(year: int | None, baseline_year: int | None, lang: Lang) -> str:
    """"Tahun yang dinilai 2024, tahun pembanding 2023" (or the assessed year alone)."""
    if year is None:
        return ""
    if baseline_year is None:
        return m.YEAR(year=year).render(lang)
    return m.YEARS(year=year, baseline=baseline_year).render(lang)


def criteria_shown(path: str, lang: Lang) -> str:
    """The criteria file as a person reads it: ``paritrana-kabkota.yaml (bawaan)`` for a
    packaged file (whose path is ``packaged:…`` in the JSON), else the path as given."""
    return shown_name(path).render(lang)


def default_criteria_name(path: str) -> str | None:
    """``paritrana-kabkota.yaml`` when ``path`` stands for a packaged criteria file, else None."""
    return packaged_file_of(path)


def _stage_lines(result: RankingResult, lang: Lang, groups: list[str | None]) -> list[str]:
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
    outcome = cast("PanelOutcome | None", result.panel)
    if outcome is not None:
        jury = label("md_jurors", lang).format(n=len(outcome.jurors), names=", ".join(_md(j) for j in outcome.jurors))
        w = outcome.diagnostics.kendall_w
        if w is None:
            lines += [f"{jury}. {label('p_w_none', lang)}.", ""]
        else:
            band = next((key for limit, key in W_BANDS if w < limit), "p_w_very_strong")
            agreement = label("md_kendall", lang).format(w=fmt_number(w, 2, lang), band=label(band, lang))
            lines += [f"{jury}; {agreement}.", ""]
        conflicts = [line.render(lang) for line in outcome.conflict_lines]  # one per finalist with a conflict
        if conflicts:
            lines += [*(f"- {_md(c[:1].upper() + c[1:])}" for c in conflicts), ""]
    return lines


def _share(share: float, lang: Lang) -> str:
    value = 100 * share
    return fmt_number(value, 0 if abs(value - round(value)) < 1e-9 else 1, lang)


ROMAN = {1: "I", 2: "II", 3: "III"}


def _podium(ranked: list[CandidateResult], lang: Lang, top: int | None) -> str:
    """"Peringkat I Ketapang (skor 90,41), II Mempawah (41,92), dan III Sekadau (39,37)."""
    places: dict[int, list[CandidateResult]] = {}
    for r in ranked:
        if r.rank in ROMAN and (top is None or r.rank <= top):
            places.setdefault(r.rank, []).append(r)
    items = []
    for number, (rank, members) in enumerate(sorted(places.items())):
        names = _join([_md(c.id) for c in members], lang)
        score = fmt_number(members[0].score, 2, lang)
        detail = (f"{label('score', lang).lower()} {score}" if number == 0 else score)
        if len(members) > 1:
            detail = f"{label('tie', lang)}, {detail}"
        items.append(f"{ROMAN[rank]} {names} ({detail})")
    if not items:
        return ""
    return label("md_podium", lang).format(items=_join(items, lang))


def _join(items: list[str], lang: Lang) -> str:
    """"a dan b"; "a, b, dan c" (EYD: a comma before dan from three items on)."""
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return items[0] + label("md_and", lang) + items[1]
    comma = "," if lang == Lang.ID else ""
    return ", ".join(items[:-1]) + comma + label("md_and", lang) + items[-1]


def _sources(result: RankingResult, lang: Lang) -> str:
    """"Sumber: data `kalbar-2025.xlsx` (SHA-256 `…`); kriteria `paritrana-kabkota.yaml` (bawaan; SHA-256 `…`)."""
    def code(path: str) -> str:
        return f"`{Path(path).name}`"

    parts = [m.SOURCE_INPUT(name=code(result.input.path), sha=result.input.sha256).render(lang)]
    if result.baseline is not None:
        parts.append(m.SOURCE_BASELINE(name=code(result.baseline.path), sha=result.baseline.sha256).render(lang))
    packaged = packaged_file_of(result.criteria_source.path)
    sha = result.criteria_source.sha256
    if packaged is None:
        criteria = m.SOURCE_CRITERIA(name=code(result.criteria_source.path), sha=sha)
    else:  # "kriteria `paritrana-kabkota.yaml` (bawaan; SHA-256 `…`)": one bracket, not two in a row
        text = m.SOURCE_CRITERIA_DEFAULT if packaged == DEFAULT_CRITERIA_NAME else m.SOURCE_CRITERIA_PACKAGED
        criteria = text(name=packaged, sha=sha)
    parts.append(criteria.render(lang))
    if result.previous is not None:
        parts.append(rm.SOURCE_PREVIOUS(name=code(result.previous.path), sha=result.previous.sha256).render(lang))
    if result.panel is not None:
        parts.append(m.SOURCE_JURY(name=code(result.panel.source.path), sha=result.panel.source.sha256).render(lang))
    return m.SOURCES(parts="; ".join(parts)).render(lang)


def _shown_parts(parts: dict[str, float | None], score: float) -> dict[str, float | None]:
    """The contributions rounded so that those shown add up to the score shown (31,03 + 18,62 +
    13,71 = 63,36, not 18,61 and 63,35), when every part is a number."""
    if any(v is None for v in parts.values()):
        return parts
    return dict(rounded_parts({k: v for k, v in parts.items() if v is not None}, score))


def _indicator_cell(contribution: float | None, normalized: float | None, lang: Lang) -> str:
    return fmt_number(contribution if contribution is not None else normalized, 2, lang)


def _md(text: str) -> str:
    """Escape the characters that would change a Markdown table or emphasis."""
    for ch in ("\\", "|", "*", "_", "`", "[", "]", "<", ">"):
        text = text.replace(ch, "\\" + ch)
    return text.replace("\n", " ")
