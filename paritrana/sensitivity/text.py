"""Labels and sentences of the sensitivity analysis, Indonesian first (``--lang en``).

Used by the terminal and the xlsx renderers, so both say exactly the same thing. The labels
(column headers, headings) are here; the sentences are catalogue texts
(``paritrana.i18n.messages.analyses``), rendered in the output language. Weights are shown in
percent with at most one decimal and no space before the sign: "12%", "34,8%"; shares of runs
with one decimal: "51,1%". ``cli=True`` gives the command line's wording, which may name an
option (``--seed``, ``--top``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import analyses as m
from paritrana.i18n.messages import final_stage as fm
from paritrana.i18n.numbers import MINUS, fmt_number
from paritrana.i18n.text import Message

if TYPE_CHECKING:
    from paritrana.sensitivity.model import (
        DropOne,
        FinalStage,
        GroupSensitivity,
        JurorDrop,
        Overtake,
        Settings,
        ShareInterval,
        StabilityInterval,
    )

LABELS: dict[str, dict[str, str]] = {
    "title": {"id": "Analisis sensitivitas", "en": "Sensitivity analysis"},
    "sheet": {"id": "Sensitivitas", "en": "Sensitivity"},
    "nominal": {"id": "Peringkat", "en": "Rank"},
    "name": {"id": "Nama", "en": "Name"},
    "median": {"id": "Median", "en": "Median"},
    "interval": {"id": "Persentil 5–95", "en": "Percentile 5–95"},
    "bar": {"id": "Rentang peringkat 1–{n}", "en": "Rank range 1–{n}"},
    "p_first": {"id": "Peluang juara 1", "en": "Chance of first"},
    "p_top3": {"id": "Peluang 3 besar", "en": "Chance of top 3"},
    "bar_legend": {"id": "━ rentang peringkat pada persentil 5–95 simulasi, ● median",
                   "en": "━ rank range from the 5th to the 95th percentile of the runs, ● median"},
    "stability": {"id": "Rentang bobot aman (dihitung eksak: satu bobot diubah, bobot lain disesuaikan secara "
                        "proporsional)",
                  "en": "Safe weight ranges (exact: one weight varied, the others adjusted proportionally)"},
    "dropone": {"id": "Tanpa satu indikator (bobot lain disesuaikan ulang di setiap tingkat)",
                "en": "Without one indicator (the other weights readjusted at each level)"},
    "indicator": {"id": "Indikator", "en": "Indicator"},
    "weight": {"id": "Bobot", "en": "Weight"},
    "place": {"id": "Peringkat {p}", "en": "Place {p}"},
    "place_tied": {"id": "Peringkat {p}=", "en": "Place {p}="},
    "without": {"id": "tanpa", "en": "without"},
    "changed_mark": {"id": "* berubah tanpa indikator itu", "en": "* changes without that indicator"},
    "ineligible": {"id": "Tidak ikut dianalisis (tidak memenuhi syarat)", "en": "Not analysed (ineligible)"},
    "warnings": {"id": "Peringatan", "en": "Warnings"},
    "group": {"id": "Kelompok", "en": "Group"},
}

# Sentences by their old keys, for renderers that ask ``t(key, lang)`` (values are passed to the text).
SENTENCES = {"no_candidates": m.NO_CANDIDATES, "single_indicator": m.SINGLE_INDICATOR}


def t(key: str, lang: Lang, **values: object) -> str:
    """A label (or one of the few sentences without values) in ``lang``."""
    if key in SENTENCES:
        return SENTENCES[key](**values).render(lang)
    table = LABELS[key]
    text = table.get(lang, table["en"])
    return text.format(**values) if values else text


def share(value: float) -> float:
    """A weight as the percentage it is shown as: one decimal at most (0.3483 → 34.8)."""
    return round(100.0 * value, 1)


def pct(value: float, lang: Lang) -> str:
    """0.3 → "30%", 0.3483 → "34,8%" (id) / "34.8%" (en): a weight, for a table cell."""
    text = fmt_number(share(value), 1, lang)
    for zero in (",0", ".0"):
        if text.endswith(zero):
            text = text[: -len(zero)]
    return f"{text}%".replace("-", MINUS)


def probability(p: float, lang: Lang) -> str:
    """0.511 → "51,1%": a share of the runs, for a table cell."""
    return f"{fmt_number(100.0 * p, 1, lang)}%"


def podium_sentence(p_podium_unchanged: float, lang: Lang) -> str:
    """"Tiga besar dengan urutan yang sama persis muncul pada 51,1% simulasi." """
    return m.PODIUM_SAME(pct=100.0 * p_podium_unchanged).render(lang)


def years_line(year: int | None, baseline_year: int | None, lang: Lang) -> str:
    """"tahun yang dinilai 2024, tahun pembanding 2023" (empty when the year is not known)."""
    if year is None:
        return ""
    if baseline_year is None:
        return m.YEAR(year=year).render(lang)
    return m.YEARS(year=year, baseline=baseline_year).render(lang)


def settings_line(settings: Settings, lang: Lang, *, cli: bool = False) -> str:
    """"10.000 simulasi · setiap bobot ±25% · normalisasi sesuai kriteria · angka acak awal 1"."""
    parts: list[Message] = [m.RUNS(runs=settings.runs), m.JITTER(pct=share(settings.jitter))]
    parts.append(m.METHODS(methods=list(settings.methods)) if settings.methods else m.METHODS_CRITERIA())
    if settings.aggregation == "geometric":
        parts.append(m.GEOMETRIC())
    parts.append(m.SEED(seed=settings.seed))
    return " · ".join(part.render(lang, cli=cli) for part in parts)


def shown_line(shown: int, total: int, lang: Lang, *, cli: bool = False) -> str:
    return m.SHOWN_OF(shown=shown, total=total).render(lang, cli=cli)


def stability_sentence(s: StabilityInterval, lang: Lang) -> str:
    """"Ketapang tetap di peringkat 1 selama bobot capaian antara 12,3% dan 67,1% (sekarang 40%); di
    bawah 12,3%, Mempawah melampaui Ketapang." """
    now = share(s.weight)
    values = {"ind": s.indicator, "now": now}
    span = {"lo": share(s.low), "hi": share(s.high)}
    if s.scope == "first" and s.tied:  # "A dan B (seri) tetap di peringkat 1 …"
        holders = list(s.holders)
        if s.whole_range:
            return m.FIRST_WHOLE_TIED(who=holders, **values).render(lang)
        text = m.FIRST_TIED(who=holders, **values, **span).render(lang)
    elif s.scope == "first":
        who = s.holders[0]
        if s.whole_range:
            return m.FIRST_WHOLE(who=who, ind=s.indicator, now=now).render(lang)
        text = m.FIRST(who=who, ind=s.indicator, lo=share(s.low), hi=share(s.high), now=now).render(lang)
    elif s.tied:  # "Tiga besar (A dan B seri di peringkat 1, lalu D) tetap di tempatnya …"
        who = _places(s.holders, s.ranks, lang)
        if s.whole_range:
            return m.PODIUM_WHOLE_TIED(who=who, **values).render(lang)
        text = m.PODIUM_TIED(who=who, **values, **span).render(lang)
    else:
        holders = list(s.holders)
        if s.whole_range:
            return m.PODIUM_WHOLE(who=holders, ind=s.indicator, now=now).render(lang)
        text = m.PODIUM(who=holders, ind=s.indicator, lo=share(s.low), hi=share(s.high), now=now).render(lang)
    if s.below:
        text += m.BELOW(at=share(s.low), events=_moves(s.below)).render(lang)
    if s.above:
        text += m.ABOVE(at=share(s.high), events=_moves(s.above)).render(lang)
    return text + "."


def _places(holders: tuple[str, ...], ranks: tuple[int, ...], lang: Lang) -> str:
    """The holders place by place, tied ones together: "A dan B seri di peringkat 1, lalu D"."""
    parts: list[str] = []
    for rank in dict.fromkeys(ranks):
        who = [h for h, r in zip(holders, ranks, strict=True) if r == rank]
        parts.append(m.TIED_AT(who=who, rank=rank).render(lang) if len(who) > 1 else who[0])
    text = parts[-1]
    for part in reversed(parts[:-1]):
        text = m.THEN(first=part, rest=text).render(lang)
    return text


def _moves(events: tuple[Overtake, ...]) -> list[Message]:
    """Who overtakes whom, grouped by the one overtaken: "Mempawah dan Sekadau melampaui Ketapang"."""
    by_whom: dict[str, list[str]] = {}
    for e in events:
        who = by_whom.setdefault(e.overtakes, [])
        if e.candidate not in who:
            who.append(e.candidate)
    return [m.OVERTAKES(who=who[0], whom=whom) if len(who) == 1 else m.OVERTAKE(who=who, whom=whom)
            for whom, who in by_whom.items()]


def place_sentences(group: GroupSensitivity, lang: Lang) -> list[str]:
    """One sentence per podium place: which single indicators it depends on. Candidates tied
    for a place (ranks 1, 1, 3) share one sentence: "Peringkat 1 (seri: A dan B) …"."""
    out = []
    podium = group.candidates[:3]
    for rank in dict.fromkeys(c.nominal_rank for c in podium):
        places = [k + 1 for k, c in enumerate(podium) if c.nominal_rank == rank]
        tied = [c.id for c in group.candidates if c.nominal_rank == rank]
        drops = [d for d in group.drop_one if any(p in d.changed_places for p in places)]
        if len(tied) == 1:
            items = [m.PLACE_ITEM(ind=d.indicator, new=_holder(d, places[0])) for d in drops]
            text = (m.PLACE_DEPENDS(p=rank, who=tied[0], items=items) if items
                    else m.PLACE_FREE(p=rank, who=tied[0]))
        else:
            items = [m.PLACE_ITEM_TIED(ind=d.indicator, new=[_holder(d, p) for p in places]) for d in drops]
            text = (m.PLACE_DEPENDS_TIED(p=rank, who=tied, items=items) if items
                    else m.PLACE_FREE_TIED(p=rank, who=tied))
        out.append(text.render(lang))
    return out


def place_headers(group: GroupSensitivity, lang: Lang) -> list[str]:
    """The drop-one table's column headers, one per podium position: "Peringkat 1", or
    "Peringkat 1=" for each of the candidates tied for it (not "Peringkat 2" for the second)."""
    return [t("place_tied" if c.tie else "place", lang, p=c.nominal_rank) for c in group.candidates[:3]]


def _holder(d: DropOne, place: int) -> str | Message:
    return d.podium[place - 1] if place <= len(d.podium) else m.NOBODY()


# ---- the final stage (staged criteria) -------------------------------------------------------

def final_heading(final: FinalStage, lang: Lang) -> str:
    return fm.FINAL_HEADING(desk=share(final.desk_share), panel=share(final.panel_share)).render(lang)


def share_sentence(s: ShareInterval, lang: Lang) -> str:
    """"Ketapang tetap di peringkat 1 selama bobot skor wawancara antara 0% dan 100% (sekarang 40%)." """
    values = {"lo": share(s.low), "hi": share(s.high), "now": share(s.share)}
    text = (fm.SHARE_FIRST(who=s.holders[0], **values) if len(s.holders) == 1
            else fm.SHARE_PODIUM(who=list(s.holders), **values)).render(lang)
    if s.below:
        text += m.BELOW(at=share(s.low), events=[m.OVERTAKES(who=a, whom=b) for a, b in s.below]).render(lang)
    if s.above:
        text += m.ABOVE(at=share(s.high), events=[m.OVERTAKES(who=a, whom=b) for a, b in s.above]).render(lang)
    return text + "."


def juror_sentence(j: JurorDrop, lang: Lang) -> str:
    if j.reason is not None:
        return fm.JUROR_NOT_COMPUTABLE(juror=j.juror, why=j.reason).render(lang)
    if not j.changed_places:
        return fm.JUROR_SAME(juror=j.juror).render(lang)
    return fm.JUROR_CHANGED(juror=j.juror, podium=list(j.without), places=list(j.changed_places)).render(lang)
