"""Parts rounded for display so that the parts shown add up to the total shown.

Kept apart from ``paritrana.explain.change`` so that the rank table can use it without loading
the analyses of ``explain`` (start-up)."""

from __future__ import annotations


def rounded_parts(parts: dict[str, float], total: float, decimals: int = 2) -> dict[str, float]:
    """The parts rounded to ``decimals`` so that they add up to the rounded total, for
    sentences (+1,20 − 3,40 + 0 = −2,20): each is rounded to the nearest, and what is still
    missing goes to the parts rounded furthest the other way (a part that is exact stays)."""
    unit = 10.0 ** -decimals
    scaled = {k: v / unit for k, v in parts.items()}
    units = {k: round(v) for k, v in scaled.items()}
    missing = round(total / unit) - sum(units.values())
    error = {k: scaled[k] - units[k] for k in parts}  # > 0: rounded down
    order = sorted(parts, key=lambda k: error[k], reverse=missing > 0)
    for k in order[:abs(missing)]:
        units[k] += 1 if missing > 0 else -1
    return {k: round(units[k] * unit, decimals) for k in parts}
