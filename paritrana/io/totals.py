"""Total rows found by their values: a row whose counts are the sum of other rows.

A province table often carries its total under a name that is no total word
("6100 KALIMANTAN BARAT", "Kalbar"), and sometimes sub-totals (one per district group). Ranked
as a candidate, such a row would take first place on every count. ``find_totals`` finds them
among the rows of one sheet and year, in sheet order, on the *count columns* only — the
numeric input columns declared ``integer: true`` (people, documents, regions), and those
whose values on the sheet are all whole numbers ≥ 0 (chosen by ``paritrana.io.load``, which
also asks for three rows summed when the columns were not declared, or are only one).
Percentages, ratios and amounts are not summed by a total row (a province's coverage is not
the sum of its districts'), so they are not compared.

* A **sub-total** is a row equal, in every count column, to the sum of the rows since the
  previous sub-total, total word or the header — at least two of them with a value.
  A bottom total without sub-totals above it is the sum of every row above it: a total.
* A **total** is a row equal, in every count column, to the sum of all the other rows of
  its sheet and year (sub-totals and total words left out) — at least two with a value.
  Once a total is found, the search stops: with the total gone, a candidate that happens to
  be the sum of the others (Landak = Sekadau + Sambas) is no total.

"Equal" is within 0.5 % of the row's value (published totals are often rounded) and within
half of the smallest part that is not 0: a total includes *every* row it sums, so a large
district beside a small one (200.000 against 200.000 + 1.000) is no total. The row
itself must hold every count and at least one that is not 0 (a row of zeros is the sum of
nothing). The search is vectorised: prefix sums, one ``searchsorted`` for the blocks that
may end above each row, then a short walk over the few rows that pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

TOLERANCE = 0.005  # 0.5 % of the row's value
MIN_ROWS = 2


@dataclass(frozen=True)
class Total:
    """Row ``index`` (of the rows given) is a total of rows ``first``..``last`` (indexes,
    inclusive; ``rows`` of them hold a value). ``whole`` when they are all the other rows."""

    index: int
    first: int
    last: int
    rows: int
    whole: bool
    doubtful: bool = False  # a lone sub-total amid candidates: kept as a candidate, with a warning


def find_totals(values: np.ndarray, starts_segment: np.ndarray | None = None) -> list[Total]:
    """The total and sub-total rows among ``values`` (rows × count columns, NaN = empty),
    in row order. ``starts_segment[i]`` is True when a total word stood just above row i
    (a sub-total's rows never reach above it).

    Tables are searched in three shapes, the first that has a total wins: sub-totals below
    their rows and the total below or above everything (just under the header); then the
    same upside down — sub-totals *above* their rows ("Wilayah Kerja Sanggau" then its
    kabupaten) and the total at the bottom. Without a total, sub-totals stand when there are
    two or more of them, or the last row is one; a lone sub-total amid candidates (Ketapang
    = Sambas + Bengkayang, rows 2–3, with rows below) is ``doubtful``: kept as a candidate."""
    import numpy as np

    x = np.asarray(values, dtype=np.float64)
    n = x.shape[0]
    if n < MIN_ROWS + 1 or x.ndim != 2 or x.shape[1] == 0:
        return []
    starts = np.zeros(n, dtype=bool) if starts_segment is None else np.asarray(starts_segment, dtype=bool)
    down = _search(x, starts)  # each orientation searched once: a search walks every row
    if any(t.whole for t in down):
        return down
    top = _top_total(x, starts)
    if top is not None:
        return top
    flipped = np.zeros(n, dtype=bool)
    flipped[1:] = starts[:0:-1]  # a total word between rows i-1 and i stands above row n-i upside down
    up = _search(x[::-1], flipped)
    upside = _top_total(x[::-1], flipped) if not any(t.whole for t in up) else up
    if upside is not None:
        return _flipped(upside, n)
    if len(down) >= 2 or (down and down[-1].index == n - 1):
        return down
    if len(up) >= 2 and up[-1].index == n - 1:  # the first row heads the first block
        return _flipped(up, n)
    return [Total(t.index, t.first, t.last, t.rows, t.whole, doubtful=True) for t in down]


def _flipped(totals: list[Total], n: int) -> list[Total]:
    """Totals found upside down, in the rows' own order."""
    turned = (Total(n - 1 - t.index, n - 1 - t.last, n - 1 - t.first, t.rows, t.whole) for t in totals)
    return sorted(turned, key=lambda t: t.index)


def _top_total(x: np.ndarray, starts: np.ndarray) -> list[Total] | None:
    """Row 0 as the total of every row below it, once the sub-totals (and a second total at
    the bottom) among them are left out; None when it is not."""
    import numpy as np

    n = x.shape[0]
    if n < MIN_ROWS + 1 or np.isnan(x[0]).any() or not (x[0] > 0).any() or not _may_head(x):
        return None
    below = [Total(t.index + 1, t.first + 1, t.last + 1, t.rows, t.whole) for t in _search(x[1:], starts[1:])]
    parts = np.ones(n, dtype=bool)
    parts[0] = False
    parts[[t.index for t in below]] = False
    z = np.nan_to_num(x[parts], nan=0.0)
    rows = int((z != 0).any(axis=1).sum())
    if rows < MIN_ROWS or not _sums_every_part(x[0], z, TOLERANCE * np.abs(x[0]) + 1e-9):
        return None
    return [Total(0, 1, n - 1, rows, True), *below]


def _may_head(x: np.ndarray) -> bool:
    """A cheap necessary condition for row 0 to total the rows below it: below it lie its
    parts once, the sub-totals summing some of them once more, and perhaps a second total at
    the bottom — from 1 to 3 times row 0 in every column (with values ≥ 0; else: maybe)."""
    import numpy as np

    z = np.nan_to_num(x[1:], nan=0.0)
    if (z < 0).any() or (x[0] < 0).any():
        return True
    below = z.sum(axis=0)
    slack = 3 * (TOLERANCE * x[0] + 1e-9) + 1e-9 * below
    return bool(((below >= x[0] - slack) & (below <= 3 * x[0] + slack)).all())


def _search(x: np.ndarray, starts_segment: np.ndarray) -> list[Total]:
    """Sub-totals below their rows, and a total below them or anywhere among the rows."""
    import numpy as np

    n = x.shape[0]
    if n < MIN_ROWS + 1:
        return []
    z = np.nan_to_num(x, nan=0.0)
    prefix = np.vstack([np.zeros((1, x.shape[1])), np.cumsum(z, axis=0)])  # prefix[a] = sum of rows < a
    valued = np.concatenate([[0], np.cumsum((z != 0).any(axis=1))])  # rows holding a value, before a
    eligible = np.asarray(~np.isnan(x).any(axis=1) & (x > 0).any(axis=1), dtype=bool)
    tol = TOLERANCE * np.abs(x) + 1e-9
    segment_start = np.maximum.accumulate(np.where(starts_segment, np.arange(n), 0))

    found = {t.index: t for t in _subtotals(x, z, prefix, valued, eligible, tol, segment_start)}
    rest = np.ones(n, dtype=bool)
    rest[list(found)] = False
    for i, t in list(found.items()):  # a bottom total is a block from the header over every other row
        if t.first == 0 and not rest[t.last + 1:].any():
            found[i] = Total(i, t.first, t.last, t.rows, True)
            return [found[k] for k in sorted(found)]  # one total per sheet and year
    grand = z[rest].sum(axis=0)
    counted = int((z[rest] != 0).any(axis=1).sum())
    rows = np.flatnonzero(rest & eligible)
    rows = rows[np.abs(x[rows, 0] - (grand[0] - z[rows, 0])) <= tol[rows, 0]]  # first column first: cheap
    if rows.size:
        others = grand - z[rows]
        nonzero_others = counted - (z[rows] != 0).any(axis=1)
        hit = _matches(x, tol, rows, others) & (nonzero_others >= MIN_ROWS)
        for i, k in zip(rows[hit].tolist(), nonzero_others[hit].tolist(), strict=True):
            parts = rest.copy()
            parts[i] = False
            if _sums_every_part(x[i], z[parts], tol[i]):
                found[i] = Total(i, 0, n - 1, int(k), True)
    return [found[i] for i in sorted(found)]


def _subtotals(x: np.ndarray, z: np.ndarray, prefix: np.ndarray, valued: np.ndarray, eligible: np.ndarray,
               tol: np.ndarray, segment_start: np.ndarray) -> list[Total]:
    """Rows equal to the sum of a block of at least two rows just above them, the block
    starting right after the previous sub-total, total word or the header."""
    import numpy as np

    n = x.shape[0]
    key = _key_column(z)
    if key is None:
        return []
    index = np.arange(n)
    run = prefix[:, key]  # non-decreasing: the key column holds no negative value
    target = run[:-1] - z[:, key]  # prefix[a] that a block a..i-1 summing to row i would need
    lo = np.searchsorted(run, target - tol[:, key], side="left")
    hi = np.searchsorted(run, target + tol[:, key], side="right") - 1
    maybe = eligible & (lo <= hi) & (lo <= index - MIN_ROWS)
    candidates = []
    for start in (lo, np.minimum(hi, index - MIN_ROWS)):
        rows = np.flatnonzero(maybe)
        starts = np.clip(start[rows], 0, None)
        ok = _matches(x, tol, rows, prefix[rows] - prefix[starts]) & (valued[rows] - valued[starts] >= MIN_ROWS)
        candidates.append(rows[ok])
    found: list[Total] = []
    last = -1  # the previous sub-total
    for i in np.union1d(*candidates).tolist():
        start = max(last + 1, int(segment_start[i]))
        if i - start < MIN_ROWS or valued[i] - valued[start] < MIN_ROWS:
            continue
        if not _near(x[i], prefix[i] - prefix[start], tol[i], prefix[i]):
            continue  # the block from ``start`` is not even close: no need to sum it again
        if _sums_every_part(x[i], z[start:i], tol[i]):
            found.append(Total(i, start, i - 1, int(valued[i] - valued[start]), False))
            last = i
    return found


def _matches(x: np.ndarray, tol: np.ndarray, rows: np.ndarray, sums: np.ndarray) -> np.ndarray:
    """Whether each of ``rows`` equals its ``sums`` in every count column (within 0.5 %)."""
    import numpy as np

    return (np.abs(x[rows] - sums) <= tol[rows]).all(axis=1)


def _near(row: np.ndarray, sums: np.ndarray, tol: np.ndarray, scale: np.ndarray) -> bool:
    """A cheap necessary condition for ``_sums_every_part``: ``row`` within twice the tolerance
    of ``sums`` (a difference of prefix sums), with room for the prefix sums' rounding."""
    import numpy as np

    slack = 2 * tol + 1e-9 * np.abs(scale) + 1e-6
    return bool((np.abs(row - sums) <= slack).all())


def _sums_every_part(row: np.ndarray, parts: np.ndarray, tol: np.ndarray) -> bool:
    """Whether ``row`` equals the sum of ``parts`` in every column, closer than 0.5 % and than
    half of the column's smallest part that is not 0 (so that no part could be left out)."""
    import numpy as np

    magnitude = np.abs(parts)
    smallest = np.where(magnitude > 0, magnitude, np.inf).min(axis=0)
    return bool((np.abs(row - parts.sum(axis=0)) <= np.minimum(tol, smallest / 2)).all())


def _key_column(z: np.ndarray) -> int | None:
    """The count column to search blocks by: one without negative values, the largest sum
    (the most distinct prefix sums)."""
    import numpy as np

    usable = ~(z < 0).any(axis=0)
    if not usable.any():
        return None
    sums = np.where(usable, z.sum(axis=0), -1.0)
    return int(np.argmax(sums))
