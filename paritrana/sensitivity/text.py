"""Labels and sentences of the sensitivity analysis, Indonesian first (``--lang en``).

Used by the terminal and the xlsx renderers, so both say exactly the same thing.
Weights are shown in percent with at most one decimal: "12 %", "34,8 %".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from paritrana.i18n import fmt_number

if TYPE_CHECKING:
    from paritrana.sensitivity.model import DropOne, GroupSensitivity, Overtake, Settings, StabilityInterval

LABELS: dict[str, dict[str, str]] = {
    "title": {"id": "Analisis sensitivitas", "en": "Sensitivity analysis"},
    "sheet": {"id": "Sensitivitas", "en": "Sensitivity"},
    "runs": {"id": "{runs} simulasi", "en": "{runs} runs"},
    "jitter": {"id": "setiap bobot ±{pct}", "en": "each weight ±{pct}"},
    "methods": {"id": "normalisasi acak: {methods}", "en": "random normalisation: {methods}"},
    "methods_criteria": {"id": "normalisasi sesuai kriteria", "en": "normalisation as in the criteria"},
    "seed": {"id": "seed {seed}", "en": "seed {seed}"},
    "geometric": {"id": "agregasi geometrik (dihitung pada logaritma)",
                  "en": "geometric aggregation (computed on logarithms)"},
    "nominal": {"id": "Peringkat", "en": "Rank"},
    "name": {"id": "Nama", "en": "Name"},
    "median": {"id": "Median", "en": "Median"},
    "interval": {"id": "5–95 %", "en": "5–95 %"},
    "bar": {"id": "Rentang peringkat 1–{n}", "en": "Rank range 1–{n}"},
    "p_first": {"id": "P(juara 1)", "en": "P(first)"},
    "p_top3": {"id": "P(3 besar)", "en": "P(top 3)"},
    "bar_legend": {"id": "━ rentang peringkat 5–95 % simulasi, ● median",
                   "en": "━ rank range in 5–95 % of the runs, ● median"},
    "podium_same": {"id": "Tiga besar sama persis, dengan urutannya, pada {pct} simulasi.",
                    "en": "The same top three in the same order in {pct} of the runs."},
    "shown_of": {"id": "menampilkan {shown} dari {total} kandidat (--top N untuk lebih banyak)",
                 "en": "showing {shown} of {total} candidates (--top N for more)"},
    "stability": {"id": "Stabilitas bobot (tepat: satu bobot diubah, bobot lain diskalakan proporsional)",
                  "en": "Weight stability (exact: one weight varied, the others rescaled proportionally)"},
    "dropone": {"id": "Tanpa satu indikator (bobot dinormalkan ulang per tingkat)",
                "en": "Without one indicator (weights renormalised per level)"},
    "indicator": {"id": "Indikator", "en": "Indicator"},
    "weight": {"id": "Bobot", "en": "Weight"},
    "place": {"id": "Posisi {p}", "en": "Place {p}"},
    "without": {"id": "tanpa", "en": "without"},
    "changed_mark": {"id": "* berubah tanpa indikator itu", "en": "* changes without that indicator"},
    "ineligible": {"id": "Tidak ikut dianalisis (tidak memenuhi syarat)", "en": "Not analysed (ineligible)"},
    "warnings": {"id": "Peringatan data", "en": "Data warnings"},
    "no_candidates": {"id": "Tidak ada kandidat yang memenuhi syarat.", "en": "No eligible candidates."},
    "group": {"id": "Kelompok", "en": "Group"},
    "single_indicator": {"id": "Hanya ada satu indikator: tidak ada bobot yang bisa diubah.",
                         "en": "There is only one indicator: no weight to vary."},
}

SENTENCES: dict[str, dict[str, str]] = {
    "first_whole": {"id": "{who} tetap di posisi pertama berapa pun bobot {ind} (0–100 %; sekarang {now}).",
                    "en": "{who} stays first whatever the weight of {ind} (0–100 %; now {now})."},
    "first": {"id": "{who} tetap di posisi pertama selama bobot {ind} antara {lo} dan {hi} (sekarang {now})",
              "en": "{who} stays first while the weight of {ind} stays between {lo} and {hi} (now {now})"},
    "podium_whole": {"id": "Urutan tiga besar ({who}) tetap berapa pun bobot {ind} (0–100 %; sekarang {now}).",
                     "en": "The top three ({who}) keep their order whatever the weight of {ind} "
                           "(0–100 %; now {now})."},
    "podium": {"id": "Urutan tiga besar ({who}) tetap selama bobot {ind} antara {lo} dan {hi} (sekarang {now})",
               "en": "The top three ({who}) keep their order while the weight of {ind} stays between {lo} "
                     "and {hi} (now {now})"},
    "below": {"id": "; di bawah {at} {what}", "en": "; below {at} {what}"},
    "above": {"id": "; di atas {at} {what}", "en": "; above {at} {what}"},
    "overtakes": {"id": "{who} menyalip", "en": "{who} overtakes"},
    "overtakes_whom": {"id": "{who} menyalip {whom}", "en": "{who} overtakes {whom}"},
    "and": {"id": " dan ", "en": " and "},
    "place_free": {"id": "Posisi {p} ({who}) tidak bergantung pada satu indikator pun.",
                   "en": "Place {p} ({who}) does not depend on any single indicator."},
    "place_depends": {"id": "Posisi {p} ({who}) bergantung pada {items}.",
                      "en": "Place {p} ({who}) depends on {items}."},
    "place_item": {"id": "{ind} (tanpanya: {new})", "en": "{ind} (without it: {new})"},
    "nobody": {"id": "kosong", "en": "nobody"},
}


def t(key: str, lang: str, **values: object) -> str:
    table = LABELS.get(key) or SENTENCES[key]
    text = table.get(lang, table["en"])
    return text.format(**values) if values else text


def pct(share: float, lang: str) -> str:
    """0.3 → "30 %", 0.3483 → "34,8 %" (id) / "34.8 %" (en)."""
    text = fmt_number(100.0 * share, 1, lang)
    for zero in (",0", ".0"):
        if text.endswith(zero):
            text = text[: -len(zero)]
    return f"{text} %"


def probability(p: float, lang: str) -> str:
    return f"{fmt_number(100.0 * p, 1, lang)} %"


def settings_line(settings: Settings, lang: str) -> str:
    parts = [t("runs", lang, runs=fmt_number(settings.runs, 0, lang)),
             t("jitter", lang, pct=pct(settings.jitter, lang))]
    if settings.methods:
        parts.append(t("methods", lang, methods=", ".join(settings.methods)))
    else:
        parts.append(t("methods_criteria", lang))
    if settings.aggregation == "geometric":
        parts.append(t("geometric", lang))
    parts.append(t("seed", lang, seed=settings.seed))
    return " · ".join(parts)


def stability_sentence(s: StabilityInterval, lang: str) -> str:
    now = pct(s.weight, lang)
    if s.scope == "first":
        who = s.holders[0]
        if s.whole_range:
            return t("first_whole", lang, who=who, ind=s.indicator, now=now)
        text = t("first", lang, who=who, ind=s.indicator, lo=pct(s.low, lang), hi=pct(s.high, lang), now=now)
    else:
        who = ", ".join(s.holders)
        if s.whole_range:
            return t("podium_whole", lang, who=who, ind=s.indicator, now=now)
        text = t("podium", lang, who=who, ind=s.indicator, lo=pct(s.low, lang), hi=pct(s.high, lang), now=now)
    if s.below:
        text += t("below", lang, at=pct(s.low, lang), what=_moves(s.below, s.scope, lang))
    if s.above:
        text += t("above", lang, at=pct(s.high, lang), what=_moves(s.above, s.scope, lang))
    return text + "."


def join(items: list[str], lang: str) -> str:
    """["a", "b", "c"] → "a, b dan c" (id) / "a, b and c" (en)."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + t("and", lang) + items[-1]


def _moves(events: tuple[Overtake, ...], scope: str, lang: str) -> str:
    if scope == "first":
        return t("overtakes", lang, who=join(list(dict.fromkeys(e.candidate for e in events)), lang))
    return join([t("overtakes_whom", lang, who=e.candidate, whom=e.overtakes) for e in events], lang)


def place_sentences(group: GroupSensitivity, lang: str) -> list[str]:
    """One sentence per podium place: which single indicators it depends on."""
    out = []
    for place, holder in enumerate(group.podium, start=1):
        items = [
            t("place_item", lang, ind=d.indicator, new=_holder(d, place, lang))
            for d in group.drop_one if place in d.changed_places
        ]
        if items:
            out.append(t("place_depends", lang, p=place, who=holder, items=join(items, lang)))
        else:
            out.append(t("place_free", lang, p=place, who=holder))
    return out


def _holder(d: DropOne, place: int, lang: str) -> str:
    return d.podium[place - 1] if place <= len(d.podium) else t("nobody", lang)
