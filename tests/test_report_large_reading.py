"""The large report: a float column's widest value is found from its two extremes, exactly
as looking at every value would find it; a year's rows are read in slices when they are one run."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from paritrana.report.xlsx.style import INT_FORMAT, PCT_FORMAT, RANK_FORMAT, SCORE_FORMAT, SIGNED_FORMAT
from paritrana.report.xlsx.tables import _extremes, plain_list, widest

FORMATS = [INT_FORMAT, PCT_FORMAT, RANK_FORMAT, SCORE_FORMAT, SIGNED_FORMAT, "0.000"]


@settings(max_examples=300, deadline=None)
@given(values=arrays(np.float64, st.integers(0, 40),
                     elements=st.one_of(st.floats(-1e12, 1e12), st.sampled_from([0.0, -0.0, np.nan, np.inf, -np.inf,
                                                                                   9.995, -9.995, 999.5, -0.004]))),
       fmt=st.sampled_from(FORMATS))
def test_the_two_extremes_give_the_width_every_value_gives(values, fmt):
    assert widest(_extremes(values), fmt) == widest(plain_list(values), fmt)


def test_a_negative_zero_is_as_wide_as_it_is_shown():
    # -0.0 is shown "-0.00" (5 characters), 0.25 "0.25" (4): the width is 5
    values = np.array([0.0, -0.0, 0.25])
    assert widest(_extremes(values), SCORE_FORMAT) == 5


def test_a_column_of_no_finite_number_has_no_width():
    assert _extremes(np.array([np.nan, np.inf])) == []


def test_a_run_of_rows_is_read_in_slices_and_gives_the_rows_a_gather_gives():
    # rows 3, 4, 5 of a 8-row frame: one unbroken run, read by slicing from row 3; rows 1, 4, 6
    # are gathered. Each chunk is the frame's own values at those rows.
    import pandas as pd

    from paritrana.report.xlsx.large_tables import Rows

    frame = pd.DataFrame({"x": [10.0, 11, 12, 13, 14, 15, 16, 17]})
    run = Rows(frame, np.array([3, 4, 5]))
    assert run._first_of_a_run() == 3
    assert run.column("x", lambda s: s.tolist()).part(1, 3) == [14.0, 15.0]
    scattered = Rows(frame, np.array([1, 4, 6]))
    assert scattered._first_of_a_run() is None
    assert scattered.column("x", lambda s: s.tolist()).part(0, 3) == [11.0, 14.0, 16.0]
    assert Rows(frame)._first_of_a_run() == 0
