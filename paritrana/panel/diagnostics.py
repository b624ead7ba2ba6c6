"""What the panel chair checks before signing: severity, agreement, abstentions, disagreement.

All diagnostics read the raw scores (the declared scale, before any standardisation).

* A juror's **total** for a candidate is the weighted mean of their scores on the criteria
  they scored: Σ w_c x_c / Σ w_c over those criteria.
* **Severity**: the mean, over the items (candidate × criterion) a juror scored, of the
  juror's score minus the panel mean on that item (every juror who scored it, the juror
  included). Negative = stricter than the panel, positive = more lenient.
* **Kendall's W** (coefficient of concordance) over the candidates, from the jurors' totals,
  with the tie correction:

      W = 12 S / (m² (n³ − n) − m Σ T_j),   S = Σ_i (R_i − R̄)²,   T_j = Σ_g (t_g³ − t_g)

  m jurors, n candidates, R_i the sum of candidate i's ranks (ties get average ranks), t_g
  the size of each group of ties within a juror's ranking. Only jurors with a total for every
  candidate take part (W needs complete rankings); the others are listed. 0 = no agreement,
  1 = every juror ranks the candidates the same way.
* **Spearman's ρ** of each juror's totals with the mean total of the other jurors, over the
  candidates that juror scored (Pearson correlation of average ranks; None with fewer than
  three candidates or when one side is constant).
* **Disagreement** per candidate: the population standard deviation of the jurors' totals
  (and their range); the largest first.
* **ICC(2,k)** with its 95 % confidence interval and **Krippendorff's alpha** (interval metric),
  from ``paritrana.panel.agreement``, on the jurors' totals: how far the mean of the jurors
  would be reproduced by another panel like this one (ICC), and how far the jurors agree beyond
  chance (alpha). Both can be published beside Kendall's W, which only looks at the order. A
  total here needs every interview criterion of that candidate scored — a total over only some
  criteria is not comparable with the others — so a partial abstention counts as an abstention.
  ICC(2,k) then uses the largest complete juror × candidate sub-table (the jurors and
  candidates left out are listed); alpha uses every candidate with at least two totals.
* **Leave-one-out** (``JurorInfluence``, filled in by ``paritrana.panel.stages``): the final
  ranking recomputed without each juror in turn, and which podium places change.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from paritrana.core.names import name_key
from paritrana.i18n.messages import panel as m
from paritrana.i18n.text import Message, render
from paritrana.panel.agreement import ICCResult, icc2k, krippendorff_alpha_interval

if TYPE_CHECKING:
    from paritrana.core.panel_spec import PanelSpec
    from paritrana.panel.load import PanelScore


# ---- pure kernels ------------------------------------------------------------------------

TIE_TOLERANCE = 1e-9


def tie_groups(values: Sequence[float]) -> list[list[int]]:
    """Indices of ``values`` in ascending order, grouped where values are equal (within
    1e-9, so that weighted totals that differ only by rounding count as ties)."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    groups: list[list[int]] = []
    for i in order:
        if groups and abs(values[i] - values[groups[-1][0]]) <= TIE_TOLERANCE:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def average_ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks in ascending order; tied values share the mean of their ranks."""
    ranks = [0.0] * len(values)
    position = 1
    for group in tie_groups(values):
        shared = position + (len(group) - 1) / 2
        for i in group:
            ranks[i] = shared
        position += len(group)
    return ranks


def tie_term(values: Sequence[float]) -> float:
    """Σ (t³ − t) over the groups of equal values (t = group size)."""
    return float(sum(len(g) ** 3 - len(g) for g in tie_groups(values)))


def kendall_w(matrix: Sequence[Sequence[float]]) -> float | None:
    """Kendall's W for ``matrix[juror][candidate]`` (scores or ranks), ties corrected.

    W = 12 S / (m²(n³ − n) − m Σ T_j); None when m < 2, n < 2 or every juror ties everyone."""
    m = len(matrix)
    n = len(matrix[0]) if m else 0
    if m < 2 or n < 2:
        return None
    ranks = [average_ranks(row) for row in matrix]
    sums = [sum(r[i] for r in ranks) for i in range(n)]
    centre = m * (n + 1) / 2
    s = sum((r - centre) ** 2 for r in sums)
    denominator = m**2 * (n**3 - n) - m * sum(tie_term(row) for row in matrix)
    if denominator <= 0:
        return None
    return 12 * s / denominator


def spearman(x: Sequence[float], y: Sequence[float]) -> float | None:
    """Spearman's ρ: the Pearson correlation of the average ranks of x and y."""
    if len(x) < 3:
        return None
    rx, ry = average_ranks(x), average_ranks(y)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    sxy = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    sxx = sum((a - mx) ** 2 for a in rx)
    syy = sum((b - my) ** 2 for b in ry)
    if sxx == 0 or syy == 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def population_std(values: Sequence[float]) -> float:
    """√(Σ (x − x̄)² / n)."""
    centre = sum(values) / len(values)
    return math.sqrt(sum((v - centre) ** 2 for v in values) / len(values))


# ---- the diagnostics of one panel ----------------------------------------------------------

@dataclass(frozen=True)
class JurorDiagnostics:
    juror: str
    scored: int  # items (candidate × criterion) scored
    severity: float | None  # mean deviation from the panel mean; < 0 strict, > 0 lenient
    spearman: float | None  # ρ with the mean of the other jurors
    abstained: list[str]  # candidates this juror did not score on every criterion (conflicts aside)
    conflicts: list[str] = field(default_factory=list)  # candidates not counted: a conflict of interest

    def to_dict(self) -> dict[str, Any]:
        return {"juror": self.juror, "scored": self.scored, "severity": self.severity,
                "spearman": self.spearman, "abstained": list(self.abstained), "conflicts": list(self.conflicts)}


@dataclass(frozen=True)
class Disagreement:
    candidate: str
    jurors: int
    std: float
    low: float
    high: float

    def to_dict(self) -> dict[str, Any]:
        return {"candidate": self.candidate, "jurors": self.jurors, "std": self.std,
                "min": self.low, "max": self.high}


@dataclass(frozen=True)
class Reliability:
    """ICC(2,k) of the jurors' totals, with the jurors and candidates of the sub-table it used."""

    icc: ICCResult
    jurors: list[str]
    candidates: list[str]
    left_out_jurors: list[str]
    left_out_candidates: list[str]

    def to_dict(self) -> dict[str, Any]:
        i = self.icc
        return {"value": i.value, "low": i.low, "high": i.high, "level": i.level, "single": i.single,
                "jurors": list(self.jurors), "candidates": list(self.candidates),
                "left_out_jurors": list(self.left_out_jurors), "left_out_candidates": list(self.left_out_candidates)}


@dataclass(frozen=True)
class PodiumChange:
    """One group's podium with every juror and without one (places are 1-based)."""

    group: str | None
    podium: tuple[str, ...]
    without: tuple[str, ...]

    @property
    def changed_places(self) -> tuple[int, ...]:
        return tuple(p + 1 for p, name in enumerate(self.podium)
                     if p >= len(self.without) or self.without[p] != name)

    @property
    def swap(self) -> tuple[str, str] | None:
        """The two candidates that trade places, when that is the whole change."""
        places = self.changed_places
        if len(places) != 2 or len(self.without) != len(self.podium):
            return None
        i, j = (p - 1 for p in places)
        if (self.without[i], self.without[j]) == (self.podium[j], self.podium[i]):
            return self.podium[i], self.podium[j]
        return None

    def to_dict(self) -> dict[str, Any]:
        return {"group": self.group, "podium": list(self.podium), "without": list(self.without),
                "changed_places": list(self.changed_places)}


@dataclass(frozen=True)
class JurorInfluence:
    """The podium without one juror's scores; ``not_computable`` says why there is none (e.g. a
    finalist only that juror scored)."""

    juror: str
    groups: list[PodiumChange]
    not_computable: Message | None = None

    @property
    def changed(self) -> bool:
        return any(g.changed_places for g in self.groups)

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        return {"juror": self.juror, "computable": self.not_computable is None,
                "reason": None if self.not_computable is None else render(self.not_computable, lang),
                "groups": [g.to_dict() for g in self.groups]}


@dataclass(frozen=True)
class Diagnostics:
    jurors: list[JurorDiagnostics]
    kendall_w: float | None
    kendall_jurors: list[str]  # jurors whose complete rankings W uses
    disagreement: list[Disagreement]  # largest std first
    totals: dict[str, dict[str, float | None]]  # juror → candidate → total (None: not scored)
    reliability: Reliability | None = None  # ICC(2,k); None when not computable
    alpha: float | None = None  # Krippendorff's alpha, interval metric
    leave_one_out: list[JurorInfluence] = field(default_factory=list)

    @property
    def abstentions(self) -> dict[str, list[str]]:
        return {j.juror: list(j.abstained) for j in self.jurors if j.abstained}

    @property
    def conflicts(self) -> dict[str, list[str]]:
        """juror → the finalists whose scores by that juror are not counted (conflict of interest)."""
        return {j.juror: list(j.conflicts) for j in self.jurors if j.conflicts}

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        return {
            "kendall_w": self.kendall_w,
            "kendall_jurors": list(self.kendall_jurors),
            "icc": None if self.reliability is None else self.reliability.to_dict(),
            "krippendorff_alpha": self.alpha,
            "jurors": [j.to_dict() for j in self.jurors],
            "abstentions": self.abstentions,
            "conflicts": self.conflicts,
            "disagreement": [d.to_dict() for d in self.disagreement],
            "leave_one_out": [x.to_dict(lang) for x in self.leave_one_out],
        }


def juror_totals(scores: Sequence[PanelScore], spec: PanelSpec, jurors: Sequence[str],
                 candidates: Sequence[str]) -> dict[str, dict[str, float | None]]:
    """juror → candidate → Σ w_c x_c / Σ w_c over the criteria the juror scored (None: none)."""
    weights = spec.weights
    sums: dict[tuple[str, str], list[float]] = {}
    for s in scores:
        if s.value is None:
            continue
        acc = sums.setdefault((name_key(s.juror), name_key(s.candidate)), [0.0, 0.0])
        acc[0] += weights[s.criterion] * s.value
        acc[1] += weights[s.criterion]
    out: dict[str, dict[str, float | None]] = {}
    for juror in jurors:
        row: dict[str, float | None] = {}
        for candidate in candidates:
            found = sums.get((name_key(juror), name_key(candidate)))
            row[candidate] = found[0] / found[1] if found else None
        out[juror] = row
    return out


def diagnose(scores: Sequence[PanelScore], spec: PanelSpec, jurors: Sequence[str],
             candidates: Sequence[str]) -> Diagnostics:
    """Severity, Spearman, Kendall's W, ICC(2,k), Krippendorff's alpha, abstentions and
    disagreement of a panel (raw scores). The leave-one-out is left to the stages. A conflicted
    cell (``PanelScore.conflict``) counts nowhere: it is listed apart from the abstentions."""
    conflicted = {(name_key(s.juror), name_key(s.candidate)) for s in scores if s.conflict}
    given = [s for s in scores if s.value is not None]
    items: dict[tuple[str, str], list[float]] = {}
    for s in given:
        items.setdefault((name_key(s.candidate), s.criterion), []).append(float(s.value))  # type: ignore[arg-type]
    item_mean = {k: sum(v) / len(v) for k, v in items.items()}
    totals = juror_totals(scores, spec, jurors, candidates)
    scored_items: dict[str, set[tuple[str, str]]] = {}
    for s in given:
        scored_items.setdefault(name_key(s.juror), set()).add((name_key(s.candidate), s.criterion))

    per_juror = []
    for juror in jurors:
        mine = [s for s in given if name_key(s.juror) == name_key(juror)]
        deviations = [float(s.value) - item_mean[(name_key(s.candidate), s.criterion)] for s in mine]  # type: ignore[arg-type]
        severity = sum(deviations) / len(deviations) if deviations else None
        have = scored_items.get(name_key(juror), set())
        mine_conflicts = [c for c in candidates if (name_key(juror), name_key(c)) in conflicted]
        abstained = [c for c in candidates if c not in mine_conflicts
                     and any((name_key(c), cid) not in have for cid in spec.criteria)]
        per_juror.append(JurorDiagnostics(juror, len(mine), severity, _rho_with_rest(juror, totals, candidates),
                                          abstained, mine_conflicts))

    complete = [j for j in jurors if all(totals[j][c] is not None for c in candidates)]
    w = kendall_w([[_given(totals[j][c]) for c in candidates] for j in complete]) if complete else None

    disagreement = []
    for c in candidates:
        values = [v for j in jurors if (v := totals[j][c]) is not None]
        if values:
            disagreement.append(Disagreement(c, len(values), population_std(values), min(values), max(values)))
    disagreement.sort(key=lambda d: (-d.std, name_key(d.candidate)))

    whole = [[totals[j][c] if all((name_key(c), cid) in scored_items.get(name_key(j), set()) for cid in spec.criteria)
              else None for c in candidates] for j in jurors]
    return Diagnostics(per_juror, w, complete, disagreement, totals, _reliability(whole, jurors, candidates),
                       krippendorff_alpha_interval(whole) if whole and candidates else None)


def _reliability(matrix: list[list[float | None]], jurors: Sequence[str],
                 candidates: Sequence[str]) -> Reliability | None:
    if not matrix or not candidates:
        return None
    icc = icc2k(matrix)
    if icc is None:
        return None
    left_j, left_c = set(icc.dropped_jurors), set(icc.dropped_candidates)
    return Reliability(icc, [j for k, j in enumerate(jurors) if k not in left_j],
                       [c for k, c in enumerate(candidates) if k not in left_c],
                       [jurors[k] for k in sorted(left_j)], [candidates[k] for k in sorted(left_c)])


def _given(value: float | None) -> float:
    assert value is not None
    return value


def _rho_with_rest(juror: str, totals: dict[str, dict[str, float | None]], candidates: Sequence[str]) -> float | None:
    x, y = [], []
    for c in candidates:
        mine = totals[juror][c]
        rest = [row[c] for j, row in totals.items() if j != juror and row[c] is not None]
        if mine is None or not rest:
            continue
        x.append(mine)
        y.append(sum(rest) / len(rest))  # type: ignore[arg-type]
    return spearman(x, y)


def leave_one_out_sentences(influences: Sequence[JurorInfluence]) -> list[Message]:
    """For the chair: one sentence per juror without whom a podium changes (or the final ranking
    cannot be computed) — "Tanpa Juri 4, Mempawah dan Sekadau bertukar tempat." — then one for
    all the others."""
    out: list[Message] = []
    affected = 0
    for x in influences:
        if x.not_computable is not None:
            out.append(m.WITHOUT_NOT_COMPUTABLE(juror=x.juror, why=x.not_computable))
            affected += 1
            continue
        if x.changed:
            affected += 1
        for g in x.groups:
            if not g.changed_places:
                continue
            swap = g.swap
            sentence = (m.WITHOUT_SWAP(juror=x.juror, first=swap[0], second=swap[1]) if swap is not None
                        else m.WITHOUT_BECOMES(juror=x.juror, new=list(g.without), old=list(g.podium)))
            out.append(sentence if g.group is None else m.IN_GROUP(group=g.group, sentence=sentence))
    if influences and not affected:
        out.append(m.WITHOUT_ANYONE_SAME())
    elif affected < len(influences):
        out.append(m.WITHOUT_OTHERS_SAME())
    return out
