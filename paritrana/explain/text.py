"""An explanation in words: the sentences of ``explain`` in the output language.

The sentences are catalogue texts (``paritrana.i18n.messages.analyses``); the short phrases that
describe a normalisation ("min 12, maks 95, makin tinggi makin baik") are labels. Scores have two
decimals, weights are percentages without a space ("40%"), and a negative number takes the minus
sign U+2212. ``cli=True`` gives the command line's wording, which may name an option
(``--panel``).

This module reads the records of ``paritrana.explain.model`` but does not import it at run time
(``model`` calls ``sentences`` from its ``to_dict``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from paritrana.core.criteria import Aggregation
from paritrana.core.methods import Better
from paritrana.core.score import reason_text
from paritrana.explain.change import PARTS, Change
from paritrana.explain.model import Comparison, Explanation, PanelPart, Share, StagePart, Step
from paritrana.explain.rounding import rounded_parts
from paritrana.i18n import fmt_number, label, localized
from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import analyses as m
from paritrana.i18n.messages import panel as pm
from paritrana.i18n.messages import rounds as rm
from paritrana.i18n.numbers import MINUS
from paritrana.i18n.text import Message

if TYPE_CHECKING:
    from paritrana.core.normalize import Scale


def sentences(e: Explanation, lang: Lang = Lang.ID, *, cli: bool = False) -> list[str]:
    """The explanation in plain sentences in the output language."""
    if not e.eligible:
        return [m.INELIGIBLE(name=e.id, reasons="; ".join(reason_text(r, lang) for r in e.reasons)).render(lang)]
    return [headline(e, lang), *desk_sentences(e, lang), *stage_sentences(e, lang, cli=cli)]


def desk_sentences(e: Explanation, lang: Lang) -> list[str]:
    """The indicator steps (the desk stage's when there are stages)."""
    lines = []
    if e.finalist:
        assert e.stages is not None
        lines.append(m.DESK_PART(score=e.stages.desk_score).render(lang))
    shown = shown_contributions(e)
    for s in e.steps:
        lines.append(step_sentence(e.id, s, e.aggregation, lang, shown.get(s.indicator)))
    if e.aggregation is Aggregation.GEOMETRIC:
        if e.aspects:
            parts = "; ".join(m.ASPECT_SCORE(aspect=aid, score=v).render(lang) for aid, v in e.aspects.items())
            lines.append(m.ASPECTS(aspects=parts).render(lang))
        lines.append(m.GEOMETRIC_NOTE().render(lang))
    return lines


def stage_sentences(e: Explanation, lang: Lang, *, cli: bool = False) -> list[str]:
    """After the desk part: the panel part and the final combination (a finalist), or why the
    score is the desk score (everyone else); nothing without stages."""
    st = e.stages
    if st is None:
        return []
    if st.panel is None:
        if st.shortlisted:
            return [m.UNSCORED(name=e.id).render(lang, cli=cli)]
        return [m.NOT_SHORTLISTED(name=e.id, desk_rank=st.desk_rank, rule=shortlist_rule(st),
                                  score=st.desk_score).render(lang)]
    return [panel_headline(st.panel, lang), *panel_step_sentences(e.id, st.panel, lang),
            *standardization_sentences(st.panel, lang), final_formula(e, lang)]


def standardization_sentences(panel: PanelPart, lang: Lang) -> list[str]:
    """With standardised jurors: the formula with the panel's M and S, and one juror's score
    worked through it (the first juror with a standardised score of this finalist)."""
    if panel.pooled_mean is None or panel.pooled_std is None:
        return []
    mean, std = panel.pooled_mean, panel.pooled_std
    lines = [pm.STANDARDIZED_FORMULA(std=std, mean=mean).render(lang)]
    for j in panel.juror_scores:
        for criterion, raw in j.raw.items():
            value = j.standardized.get(criterion)
            if raw is not None and value is not None and j.mean is not None and j.std:
                lines.append(pm.STANDARDIZED_EXAMPLE(juror=j.juror, criterion=criterion, raw=raw, m=j.mean, s=j.std,
                                                     std=std, mean=mean, value=value).render(lang))
                return lines
    return lines


def panel_headline(panel: PanelPart, lang: Lang) -> str:
    how = label(f"p_agg_{panel.aggregation}", lang)
    if panel.standardize:
        how += ", " + label("p_standardized", lang)
    title = localized(panel.title, lang) or label("p_title", lang)
    return m.PANEL_PART(title=title, how=how, score=panel.percent).render(lang)


def panel_step_sentences(name: str, panel: PanelPart, lang: Lang) -> list[str]:
    """One line per interview criterion (and the scale, when it is not 0–100)."""
    lines = []
    for c in panel.criteria:
        jurors = m.ONE_JUROR() if c.jurors == 1 else m.N_JURORS(n=c.jurors)  # English needs the singular
        step: Message = m.PANEL_STEP(name=name, criterion=c.criterion,
                                     label="" if c.label == c.criterion else f" ({localized(c.label, lang)})",
                                     value=c.value, jurors=jurors, weight=share(c.weight))
        if c.abstained:
            step = m.PANEL_ABSTAINED(step=step, jurors=list(c.abstained))
        if panel.conflicts:
            step = pm.PANEL_CONFLICTED(step=step, jurors=list(panel.conflicts))
        lines.append(step.render(lang))
    lo, hi = panel.scale
    if (lo, hi) != (0.0, 100.0):
        lines.append(m.PANEL_SCALE(score=panel.score, lo=lo, hi=hi, percent=panel.percent).render(lang))
    return lines


def final_formula(e: Explanation, lang: Lang) -> str:
    """"skor akhir = 60% × 90,41 (skor indikator) + 40% × 83,44 (skor wawancara) = 87,62"."""
    st = e.stages
    assert st is not None and st.panel is not None
    return m.FINAL_FORMULA(d=share(st.desk_share), desk=st.desk_score, p=share(st.panel_share),
                           panel=st.panel.percent, score=e.score).render(lang)


def shortlist_rule(st: StagePart) -> Message:
    if "top" in st.shortlist:
        return m.RULE_TOP(n=st.shortlist["top"])
    return m.RULE_MIN(score=float(st.shortlist["min_score"]))


def headline(e: Explanation, lang: Lang) -> str:
    rank = f"{e.rank}" + (f" ({label('tie', lang)})" if e.tie else "")
    name = e.id + (f" [{e.group}]" if e.group is not None else "")
    if e.finalist:
        assert e.stages is not None
        return m.FINAL_LINE(name=name, rank=rank, of=e.of, score=e.score, desk=e.stages.desk_score,
                            desk_rank=e.stages.desk_rank).render(lang)
    return m.RANK_LINE(name=name, rank=rank, of=e.of, score=e.score).render(lang)


def shown_contributions(e: Explanation) -> dict[str, float]:
    """Each indicator's contribution as shown (two decimals), rounded so that the shown
    contributions add up to the score shown beside them (the desk score when there are
    stages): 3,3333 + 3,3333 + 3,35 = 10,0167 shows as 3,34 + 3,33 + 3,35 = 10,02, not as
    3,33 + 3,33 + 3,35 = 10,01. Empty with geometric aggregation (no contributions)."""
    parts = {s.indicator: s.contribution for s in e.steps if s.contribution is not None}
    total = e.stages.desk_score if e.stages is not None else e.score
    if e.aggregation is not Aggregation.ARITHMETIC or not parts or total is None:
        return {}
    return rounded_parts(parts, total)


def step_sentence(name: str, s: Step, aggregation: Aggregation, lang: Lang, shown: float | None = None) -> str:
    """One indicator's line; ``shown``: its contribution as the table shows it
    (``shown_contributions``), else its own."""
    fields = {"name": name, "indicator": s.indicator, "raw": raw_value(s.raw, s.unit),
              "normalized": s.normalized, "scale": scale_text(s.scale, s.raw, lang), "weight": share(s.weight)}
    if aggregation is Aggregation.ARITHMETIC:
        return m.STEP(**fields, contribution=s.contribution if shown is None else shown).render(lang)
    return m.STEP_GEOMETRIC(**fields).render(lang)


def scale_text(scale: Scale, raw: float | None, lang: Lang) -> str:
    """How a value was normalised: "target 0–100, makin tinggi makin baik"."""
    entry, lower = scale.method.spec, scale.better is Better.LOWER
    decimals = _decimals(scale.low, scale.high)
    low, high = num(scale.low, lang, decimals), num(scale.high, lang, decimals)
    text = label(entry.explain[lower], lang).format(low=low, high=high, n=scale.count, mean=num(scale.mean, lang),
                                                    std=num(scale.std, lang))
    if not entry.takes_range and entry.constant is None:
        return text  # none: the value as given
    notes = []
    if entry.constant is not None and (scale.low == scale.high or (entry.needs_spread and not scale.std)):
        notes.append(label("e_all_equal", lang).format(value=fmt_number(entry.constant, 0, lang)))
    if entry.clips and raw is not None and scale.low is not None and scale.high is not None \
            and not scale.low <= raw <= scale.high:
        notes.append(label("e_clipped", lang))
    text += ", " + label("c_lower" if lower else "c_higher", lang)
    lo, hi = scale.range
    if entry.takes_range and (lo, hi) != (0.0, 100.0):
        text += f", {label('c_range', lang)} {num(lo, lang, _decimals(lo))}–{num(hi, lang, _decimals(hi))}"
    return "; ".join([text, *notes])


def comparison_sentences(c: Comparison, lang: Lang = Lang.ID, *, cli: bool = False) -> list[str]:
    first, second = c.first, c.second
    if c.reason == "ineligible":
        out = []
        for e in (first, second):
            if not e.eligible:
                out.append(m.NOT_COMPARED(name=e.id).render(lang))
                out += sentences(e, lang, cli=cli)
        return out
    if c.reason == "different_groups":
        return [m.GROUPS(name=first.id, group=first.group, other=second.id, other_group=second.group).render(lang),
                headline(first, lang), headline(second, lang)]
    assert c.gap is not None
    lines = [headline(first, lang), headline(second, lang)]
    score, other_score = first.score, second.score
    if c.basis == "desk":
        assert first.stages is not None and second.stages is not None
        finalist, other = (first, second) if first.finalist else (second, first)
        lines.append(m.SHORTLIST_SPLIT(name=finalist.id, other=other.id).render(lang))
        score, other_score = first.stages.desk_score, second.stages.desk_score
    if c.basis != "final" and first.aggregation is Aggregation.GEOMETRIC:
        parts = "; ".join(f"{s.indicator} ×{num(s.factor, lang)}" for s in c.shares)
        lines.append(m.RATIO(name=first.id, other=second.id, ratio=c.ratio, score=score,
                             other_score=other_score).render(lang))
        lines.append(m.FACTORS(parts=parts).render(lang))
        return lines
    parts = "; ".join(f"{share_name(s, lang)} {signed(s.difference, lang)}" for s in c.shares)
    if abs(c.gap) < 1e-9:
        lines.append(m.LEVEL(name=first.id, other=second.id, score=score, parts=parts).render(lang))
        return lines
    ahead = c.gap > 0
    gaps = {"desk": (m.DESK_AHEAD, m.DESK_BEHIND)}.get(c.basis, (m.AHEAD, m.BEHIND))
    text = gaps[0] if ahead else gaps[1]
    lines.append(text(name=first.id, other=second.id, gap=abs(c.gap), parts=parts).render(lang))
    return lines


def share_name(s: Share, lang: Lang) -> str:
    """An indicator's id, or "wawancara"/"panel" and "skor indikator"/"desk score" for the parts
    of a final gap."""
    if s.kind == "indicator":
        return s.indicator
    return (m.SHARE_PANEL if s.kind == "panel" else m.SHARE_DESK)().render(lang)


# ---- numbers in table cells and phrases ----------------------------------------------------------

def num(value: float | None, lang: Lang, decimals: int = 2) -> str:
    """A number with ``decimals`` decimals and the minus sign U+2212; "–" for none."""
    return fmt_number(value, decimals, lang).replace("-", MINUS)


def signed(value: float | None, lang: Lang) -> str:
    """"+12,33", "−0,41", "±0,00"; "–" for none."""
    if value is None:
        return "–"
    text = num(abs(value), lang)
    if text == num(0.0, lang):
        return f"±{text}"
    return ("+" if value > 0 else MINUS) + text


def share(weight: float) -> float:
    """A weight as the percentage it is shown as: whole, or one decimal (0.3483 → 34.8)."""
    return round(100.0 * weight, 1)


def percent(weight: float, lang: Lang) -> str:
    """0.4 → "40%", 0.125 → "12,5%"."""
    value = share(weight)
    return f"{num(value, lang, 0 if value.is_integer() else 1)}%"


def raw_value(value: float | None, unit: str | None) -> Message:
    """A raw value with its unit: "122.318 orang", "68,02%" (the % sign without a space)."""
    if unit is None or value is None:
        return m.RAW(value=value)
    if unit == "%":
        return m.RAW_PERCENT(value=value)
    return m.RAW_UNIT(value=value, unit=unit)


def raw_text(value: float | None, unit: str | None, lang: Lang) -> str:
    """``raw_value`` as text, for a table cell."""
    return raw_value(value, unit).render(lang)


def _decimals(*values: float | None) -> int:
    return 0 if all(v is None or float(v).is_integer() for v in values) else 2


def as_json(report: Explanation | Comparison, lang: Lang) -> dict[str, Any]:
    """``explain --format json``: the report's data with its sentences in ``lang``."""
    out = report.to_dict()
    if isinstance(report, Comparison):
        out["first"]["sentences"] = sentences(report.first, lang)
        out["second"]["sentences"] = sentences(report.second, lang)
        out["sentences"] = comparison_sentences(report, lang)
    else:
        out["sentences"] = sentences(report, lang)
    return out


# ---- the change since a previous result (explain --previous) ----------------------------------------

def change_sentence(c: Change, lang: Lang) -> str:
    """"Sekadau turun 2 peringkat (dari 1 ke 3), skornya −2,20 poin (41,00 → 38,80): datanya
    sendiri +1,20 poin, kandidat lain −3,40 poin, perubahan kriteria 0." The parts are rounded
    so that they add up to the rounded change."""
    if c.status == "new":
        return rm.NEW(name=c.id).render(lang)
    if c.status == "ineligible":
        return rm.NOT_RANKED_NOW(name=c.id).render(lang)
    assert c.rank is not None and c.previous_rank is not None and c.total is not None
    head = movement_phrase(c)
    score = rm.SCORE_CHANGE(delta=points(c.total, lang), old=c.previous_score, new=c.score)
    if c.status != "split":
        return rm.NOT_SPLIT(head=head, score=score).render(lang)
    shown = rounded_parts(c.parts, c.total)
    parts = {key: "0" if shown[key] == 0 else rm.PART_POINTS(value=points(shown[key], lang)) for key in PARTS}
    return rm.PARTS(head=head, score=score, own=parts["own_data"], others=parts["other_candidates"],
                    criteria=parts["criteria"]).render(lang)


def movement_phrase(c: Change) -> Message:
    assert c.rank is not None and c.previous_rank is not None
    moved = c.movement
    if moved is None:
        return rm.OTHER_GROUP(name=c.id, rank=c.rank, group=c.group or "", before=c.previous_rank,
                              previous_group=c.previous_group or "")
    if moved == 0:
        return rm.STAYED(name=c.id, rank=c.rank)
    if moved > 0:
        return (rm.MOVED_UP_ONE if moved == 1 else rm.MOVED_UP)(name=c.id, n=moved, before=c.previous_rank,
                                                                   rank=c.rank)
    return (rm.MOVED_DOWN_ONE if moved == -1 else rm.MOVED_DOWN)(name=c.id, n=-moved, before=c.previous_rank,
                                                                   rank=c.rank)


def points(value: float, lang: Lang) -> str:
    """A change in points: "+1,20", "−3,40", "0"."""
    text = num(abs(value), lang)
    if text == num(0.0, lang):
        return "0"
    return ("+" if value > 0 else MINUS) + text


def change_json(c: Change, lang: Lang) -> dict[str, Any]:
    """``explain --previous --format json``'s ``change``: the record and its sentence."""
    out = c.to_dict()
    out["sentence"] = change_sentence(c, lang)
    return out
