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
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from paritrana.core.names import name_key

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
    abstained: list[str]  # candidates this juror did not score on every criterion

    def to_dict(self) -> dict[str, Any]:
        return {"juror": self.juror, "scored": self.scored, "severity": self.severity,
                "spearman": self.spearman, "abstained": list(self.abstained)}


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
class Diagnostics:
    jurors: list[JurorDiagnostics]
    kendall_w: float | None
    kendall_jurors: list[str]  # jurors whose complete rankings W uses
    disagreement: list[Disagreement]  # largest std first
    totals: dict[str, dict[str, float | None]]  # juror → candidate → total (None: not scored)

    @property
    def abstentions(self) -> dict[str, list[str]]:
        return {j.juror: list(j.abstained) for j in self.jurors if j.abstained}

    def to_dict(self) -> dict[str, Any]:
        return {
            "kendall_w": self.kendall_w,
            "kendall_jurors": list(self.kendall_jurors),
            "jurors": [j.to_dict() for j in self.jurors],
            "abstentions": self.abstentions,
            "disagreement": [d.to_dict() for d in self.disagreement],
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
            acc = sums.get((name_key(juror), name_key(candidate)))
            row[candidate] = acc[0] / acc[1] if acc else None
        out[juror] = row
    return out


def diagnose(scores: Sequence[PanelScore], spec: PanelSpec, jurors: Sequence[str],
             candidates: Sequence[str]) -> Diagnostics:
    """Severity, Spearman, Kendall's W, abstentions and disagreement of a panel (raw scores)."""
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
        abstained = [c for c in candidates if any((name_key(c), cid) not in have for cid in spec.criteria)]
        per_juror.append(JurorDiagnostics(juror, len(mine), severity, _rho_with_rest(juror, totals, candidates),
                                          abstained))

    complete = [j for j in jurors if all(totals[j][c] is not None for c in candidates)]
    w = kendall_w([[totals[j][c] for c in candidates] for j in complete]) if complete else None  # type: ignore[misc]

    disagreement = []
    for c in candidates:
        values = [totals[j][c] for j in jurors if totals[j][c] is not None]
        if values:
            disagreement.append(Disagreement(c, len(values), population_std(values), min(values), max(values)))  # type: ignore[arg-type]
    disagreement.sort(key=lambda d: (-d.std, name_key(d.candidate)))
    return Diagnostics(per_juror, w, complete, disagreement, totals)


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
