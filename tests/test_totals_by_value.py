"""The search for total rows by value (``paritrana.io.totals``): the cheap prefix-sum filter
that spares summing long blocks again must never turn away a row the exact check accepts."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from paritrana.io.totals import _near, _sums_every_part, find_totals


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(st.lists(st.integers(1, 10**9), min_size=2, max_size=2), min_size=2, max_size=40),
       off=st.floats(-0.0049, 0.0049))
def test_the_prefix_filter_lets_through_every_sum_the_exact_check_accepts(parts, off):
    # a row off its block's sum by up to 0,49 %: whenever the exact check says "sum", the
    # filter (on a difference of prefix sums, which round differently) must say "close"
    block = np.asarray(parts, dtype=np.float64)
    row = np.round(block.sum(axis=0) * (1 + off))
    tol = 0.005 * np.abs(row) + 1e-9
    prefix = np.vstack([np.zeros((1, 2)), np.cumsum(block, axis=0)])
    if _sums_every_part(row, block, tol):
        assert _near(row, prefix[-1] - prefix[0], tol, prefix[-1])


def test_a_sub_total_far_down_a_long_sheet_is_still_found():
    # 200,000 rows, then a sub-total of the last three: 7 + 11 + 13 = 31 in both columns. The
    # block from the header down to it is not close to 31 and is never summed again; the
    # three-row block is (as the first sub-total, it sums every row above it from the header,
    # so the rows before are all given a value of 0 here and hold no value).
    values = np.zeros((200_003, 2))
    values[-3:] = [[7, 7], [11, 11], [13, 13]]
    values = np.vstack([values, [[31, 31]], [[5, 5]], [[6, 6]]])
    found = find_totals(values)
    assert [(t.index, t.first, t.last, t.rows, t.whole) for t in found] == [(200_003, 0, 200_002, 3, False)]


def test_a_row_that_is_not_the_sum_of_the_block_above_is_no_sub_total():
    # 10 + 20 = 30, but the row says 40 in the second column: not a sub-total
    values = np.asarray([[10, 10], [20, 20], [30, 40], [1, 1]], dtype=np.float64)
    assert find_totals(values) == []
