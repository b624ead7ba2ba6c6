"""SPEC's JSON is assembled from pre-encoded pieces (core/ranked.py for the results,
core/issues.py for the warnings) for speed. These tests hold it to what a plain encoder gives
for the same result: a value that needs escaping, a missing or non-finite number, a tie, a
percent sign or a large number in a warning must come out exactly as ``json.dumps`` or
``orjson.dumps`` of the value would write it."""

from __future__ import annotations

import json
import math
from typing import Any

import numpy as np
import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import paritrana
import paritrana.core.ranked as ranked
from conftest import HEADER, make_workbook
from paritrana.core.issues import CellNames, Column, IssueBatch, _grouped, json_texts, short_texts
from paritrana.core.ranked import SEPARATOR, ArrayColumn, RankedColumns, RankedList, json_lines
from paritrana.core.result import _candidate_json
from paritrana.errors import Issue, IssueCode, Location, Severity
from paritrana.i18n.messages import checks as cm

# Names a JSON encoder must escape (quote, backslash; a quote and a comma at the end, which
# looks like the boundary between two encoded items) or keep as UTF-8 (—, Ñ), and a percent sign (the pieces are put together with `%`). "Tie A" and "Tie B" have equal figures.
# 2023 → 2024 coverage (peserta / pekerja): most move by more than 25 points (a warning each,
# naming the region), "Lebih" has more participants than workers (a warning with "%").
NAMES = {
    # name: (pekerja 2023, peserta 2023, pekerja 2024, peserta 2024)
    "Kab. Sekadau — Ñ": (1000, 100, 1000, 800),  # 10 % → 80 %: +70 points
    'Kota "Lama"': (1000, 900, 1000, 300),  # 90 % → 30 %: −60 points
    "Back\\slash": (2000, 500, 2000, 500),
    "Ends with \\": (1000, 200, 1000, 700),  # 20 % → 70 %
    'Quote comma ",': (1000, 100, 1000, 900),  # 10 % → 90 %
    "Persen 100% naik": (1000, 50, 1000, 950),  # 5 % → 95 %
    "Tie A": (1000, 400, 1000, 500),
    "Tie B": (1000, 400, 1000, 500),
    "Lebih": (1000, 900, 1000, 1200),  # 120 %: above 100
}


def _workbook(tmp_path):  # type: ignore[no-untyped-def]
    sheets = {}
    for year, part in (("2023", slice(0, 2)), ("2024", slice(2, 4))):
        sheets[year] = [HEADER] + [[name, *figures[part]] for name, figures in NAMES.items()]
    return make_workbook(tmp_path, sheets)


def _plain_json(data: dict[str, Any]) -> str:
    """SPEC's layout written with the standard library, one value at a time: each top-level
    key on its line, each list item compact on its own line."""
    def compact(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    lines = []
    for key, value in data.items():
        if isinstance(value, list):
            text = "[\n    " + ",\n    ".join(compact(v) for v in value) + "\n  ]" if value else "[]"
        else:
            text = compact(value)
        lines.append(f"  {json.dumps(key)}: {text}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def test_the_json_is_what_json_dumps_writes_for_the_same_result(tmp_path):
    # (the loader keeps names as typed but for spaces: a tab or a line break in a name is read
    # as a space, so control characters are tried on columns and batches built by hand below)
    result = paritrana.run(_workbook(tmp_path))
    written = result.to_json()
    # the result built the slow way: one dict per candidate from the list view
    assert written == _plain_json(result.to_dict())
    ranked_names = [r["id"] for r in json.loads(written)["results"]]
    assert set(ranked_names) <= set(NAMES) and 'Kota "Lama"' in ranked_names


def test_the_escaped_names_the_tie_and_the_warnings_are_in_the_json(tmp_path):
    result = paritrana.run(_workbook(tmp_path))
    written = result.to_json()
    assert '"id":"Kab. Sekadau — Ñ"' in written  # UTF-8 as it is, not \u escapes
    assert '"id":"Kota \\"Lama\\""' in written and '"id":"Ends with \\\\"' in written
    assert '"id":"Quote comma \\","' in written
    ties = [r for r in json.loads(written)["results"] if r["id"].startswith("Tie ")]
    assert [r["tie"] for r in ties] == [True, True] and ties[0]["rank"] == ties[1]["rank"]
    warnings = json.loads(written)["warnings"]
    assert warnings == result.warning_texts()
    # 1200 / 1000 = 120 %: the warning keeps its "%" (the pieces are joined with `%`)
    assert any("Lebih 120,00% (peserta 1.200 > pekerja 1.000)" in w for w in warnings)
    # 5 % → 95 %: +90 points, named with its "%" too
    assert any("Persen 100% naik berubah +90" in w for w in warnings)


def test_the_english_json_is_what_json_dumps_writes(tmp_path):
    result = paritrana.run(_workbook(tmp_path))
    assert result.to_json("en") == _plain_json(result.to_dict(lang="en"))


# ---- the results, from random columns ------------------------------------------------------------

_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)  # orjson refuses lone surrogates
_FLOAT = st.one_of(st.floats(allow_nan=True, allow_infinity=True),
                   st.sampled_from([0.0, -0.0, 100.0, 1e16, 1e-7, 5e-324, 0.1 + 0.2]))


@st.composite
def _columns(draw: st.DrawFn) -> RankedColumns:
    n = draw(st.integers(1, 12))
    floats = st.lists(_FLOAT, min_size=n, max_size=n).map(lambda v: np.array(v, dtype=np.float64))
    order = np.array(draw(st.permutations(range(n))), dtype=np.intp)

    def column() -> ArrayColumn:  # read through the placing order, as build_result makes them
        return ArrayColumn(draw(floats), order)

    aspects = {draw(_TEXT): column() for _ in range(draw(st.integers(0, 2)))}
    indicators = draw(st.lists(_TEXT, min_size=1, max_size=3, unique=True))
    extra_values = st.one_of(st.none(), st.integers(-5, 5), _TEXT)
    return RankedColumns(
        ranks=ArrayColumn(np.array(draw(st.lists(st.integers(1, 10**6), min_size=n, max_size=n)), dtype=np.int64)),
        ties=ArrayColumn(np.array(draw(st.lists(st.booleans(), min_size=n, max_size=n)), dtype=np.bool_)),
        names=draw(st.lists(_TEXT, min_size=n, max_size=n)),
        groups=draw(st.lists(st.one_of(st.none(), _TEXT), min_size=n, max_size=n)),
        scores=column(), aspects=aspects,
        raw={i: column() for i in indicators}, normalized={i: column() for i in indicators},
        contribution={i: None if draw(st.booleans()) else column() for i in indicators},
        weights={i: draw(st.floats(0, 1)) for i in indicators},
        extra={draw(_TEXT): draw(st.lists(extra_values, min_size=n, max_size=n)) for _ in range(draw(st.integers(0, 2)))},
    )


@settings(max_examples=150, deadline=None)
@given(columns=_columns(), chunk=st.integers(1, 5))
def test_json_lines_of_random_columns_equal_each_candidate_encoded_alone(columns, chunk):
    # several chunks (of 1 to 5 candidates), so rows meet across chunk edges too
    old, ranked.CHUNK = ranked.CHUNK, chunk
    try:
        lines = list(json_lines(columns))
    finally:
        ranked.CHUNK = old
    assert lines == [orjson.dumps(_candidate_json(r)) for r in RankedList(columns)]
    # NaN and ±inf are written as null, what the list view reads them as (None)
    assert [json.loads(line) for line in lines] == [json.loads(orjson.dumps(_candidate_json(r)))
                                                    for r in RankedList(columns)]


def test_a_long_chunk_equals_each_candidate_encoded_alone():
    # 250 candidates in chunks of 120: a text that differs only by the row's tie is made once
    # per chunk (more than 100 rows), the rows meet across two chunk edges
    rng = np.random.default_rng(5)
    n = 250
    order = rng.permutation(n)

    def column() -> ArrayColumn:
        values = rng.normal(50, 30, n)
        values[rng.random(n) < 0.05] = np.nan
        return ArrayColumn(values, order)

    columns = RankedColumns(
        ranks=ArrayColumn(np.arange(1, n + 1)), ties=ArrayColumn(rng.random(n) < 0.3),
        names=[f'PT "{k}" \\ Ñ' for k in range(n)], groups=[None if k % 3 else f"g{k % 7}" for k in range(n)],
        scores=column(), aspects={"a": column()}, raw={"x": column(), "y": column()},
        normalized={"x": column(), "y": column()}, contribution={"x": column(), "y": None},
        weights={"x": 0.25, "y": 0.75}, extra={"source": [f"f{k % 4}.xlsx" for k in range(n)]})
    old, ranked.CHUNK = ranked.CHUNK, 120
    try:
        lines = list(json_lines(columns))
    finally:
        ranked.CHUNK = old
    assert lines == [orjson.dumps(_candidate_json(r)) for r in RankedList(columns)]


def test_non_finite_numbers_are_written_as_null():
    nan, inf = float("nan"), float("inf")
    columns = RankedColumns(
        ranks=ArrayColumn(np.array([1, 2])), ties=ArrayColumn(np.array([False, False])), names=["a", "b"],
        groups=[None, None], scores=ArrayColumn(np.array([1.5, -0.0])), aspects={},
        raw={"x": ArrayColumn(np.array([nan, inf]))}, normalized={"x": ArrayColumn(np.array([-inf, 2.0]))},
        contribution={"x": None}, weights={"x": 1.0})
    assert list(json_lines(columns)) == [
        b'{"rank":1,"id":"a","group":null,"score":1.5,"tie":false,"aspects":{},"indicators":{"x":{"raw":null,'
        b'"normalized":null,"weight":1.0,"contribution":null}}}',
        b'{"rank":2,"id":"b","group":null,"score":-0.0,"tie":false,"aspects":{},"indicators":{"x":{"raw":null,'
        b'"normalized":2.0,"weight":1.0,"contribution":null}}}']


def test_keys_and_names_with_a_percent_sign_are_written_as_they_are():
    # the pieces are put together with `%`: a key "100%" or "%s" must not be read as a placeholder
    columns = RankedColumns(
        ranks=ArrayColumn(np.array([1, 2])), ties=ArrayColumn(np.array([False, True])), names=["50%", "%s%b"],
        groups=["%d", None], scores=ArrayColumn(np.array([2.0, 1.0])),
        aspects={"a%": ArrayColumn(np.array([1.0, 2.0])), "%%": ArrayColumn(np.array([3.0, 4.0]))},
        raw={"x%s": ArrayColumn(np.array([5.0, 6.0]))}, normalized={"x%s": ArrayColumn(np.array([7.0, 8.0]))},
        contribution={"x%s": ArrayColumn(np.array([9.0, 10.0]))}, weights={"x%s": 1.0},
        extra={"k%b": ["%", "%%"]})
    assert list(json_lines(columns)) == [orjson.dumps(_candidate_json(r)) for r in RankedList(columns)]
    assert json.loads(list(json_lines(columns))[1])["aspects"] == {"a%": 2.0, "%%": 4.0}


def test_columns_given_as_lists_are_encoded_like_arrays():
    # lists (columns built by hand, or reordered) take the row-by-row way: the same bytes
    arrays = RankedColumns(
        ranks=ArrayColumn(np.array([1, 1])), ties=ArrayColumn(np.array([True, True])), names=['"q"', "\\"],
        groups=["g", "g"], scores=ArrayColumn(np.array([2.5, 2.5])), aspects={"a": ArrayColumn(np.array([1.0, 2.0]))},
        raw={"x": ArrayColumn(np.array([3.0, math.nan]))}, normalized={"x": ArrayColumn(np.array([0.1, 0.2]))},
        contribution={"x": ArrayColumn(np.array([4.0, 5.0]))}, weights={"x": 0.5}, extra={"source": ["f", None]})
    lists = RankedColumns(
        ranks=[1, 1], ties=[True, True], names=['"q"', "\\"], groups=["g", "g"], scores=[2.5, 2.5],
        aspects={"a": [1.0, 2.0]}, raw={"x": [3.0, None]}, normalized={"x": [0.1, 0.2]},
        contribution={"x": [4.0, 5.0]}, weights={"x": 0.5}, extra={"source": ["f", None]})
    assert list(json_lines(arrays)) == list(json_lines(lists))
    assert json.loads(next(json_lines(lists)))["id"] == '"q"'


# ---- the warnings ------------------------------------------------------------------------------------

def _change_batch(names: list[str], deltas: list[float], *, sheets: Any = "2024", cells: Any = None,
                  file: Any = "data.xlsx") -> IssueBatch:
    n = len(names)
    before = [50.0] * n
    cells = cells if cells is not None else CellNames(["2024"] * n, list(range(2, n + 2)), {"2024": "A"})
    return IssueBatch(IssueCode.IMPLAUSIBLE_CHANGE, Severity.WARNING, cm.CHANGE,
                      {"what": "kepesertaan", "name": Column(names), "delta": Column(deltas), "base": 2023,
                       "before": Column(before), "now": Column([b + d for b, d in zip(before, deltas, strict=True)]),
                       "limit": 25},
                      file=file, sheets=sheets, cells=cells)


def _plain(issues: list[Issue], lang: str, main_file: str | None) -> bytes:
    return SEPARATOR.join(json.dumps(t, ensure_ascii=False).encode() for t in short_texts(issues, lang, main_file))


HOSTILE = ['Kota "Lama"', "Back\\slash", "Ends with \\", 'x",', "Tab\there", "Line\nbreak", "100% naik",
           "Kab. Sekadau — Ñ", "\x00\x1f\x7f", "\u2028"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_warnings_of_a_batch_are_written_as_json_dumps_writes_them(lang):
    # deltas from tiny to beyond a thousand (grouped: 1.234,5 / 1,234.5), both signs
    deltas = [30.0, -30.0, 0.004, -0.004, 1234.5, -1234567.891, 999.995, 26.1, -99.99, 25.5]
    issues: list[Issue] = [Issue(IssueCode.TOTAL_ROW, Severity.WARNING, 'plain "one"', Location("data.xlsx", "2024", "A9")),
                           *_change_batch(HOSTILE, deltas).rows()]
    written = SEPARATOR.join(json_texts(issues, lang, "data.xlsx", SEPARATOR))
    assert written == _plain(issues, lang, "data.xlsx")


def test_warnings_placed_in_other_ways_are_written_as_json_dumps_writes_them():
    n = len(HOSTILE)
    deltas = [30.0 + k for k in range(n)]
    batches = [
        # two sheets; a sheet name with a quote and a percent sign
        _change_batch(HOSTILE, deltas, sheets=['20"24'] * 5 + ["2023%"] * 5),
        # one sheet, cells of two letters
        _change_batch(HOSTILE, deltas, cells=CellNames(["a"] * 5 + ["b"] * 5, list(range(n)), {"a": "A", "b": "B"})),
        # no letter: "row 7"
        _change_batch(HOSTILE, deltas, cells=CellNames(["2024"] * n, list(range(n)), {"2024": ""})),
        # cells as a list, one missing
        _change_batch(HOSTILE, deltas, cells=[f"C{k}" if k != 3 else None for k in range(n)]),
        # rows of another file than the main one
        _change_batch(HOSTILE, deltas, file="other.xlsx"),
        # no sheet
        _change_batch(HOSTILE, deltas, sheets=None),
    ]
    for batch in batches:
        issues: list[Issue] = list(batch.rows())
        issues = issues[::2] + issues[1::2]  # rows out of order: runs of one row
        written = SEPARATOR.join(json_texts(issues, "id", "data.xlsx", SEPARATOR))
        assert written == _plain(issues, "id", "data.xlsx")


@settings(max_examples=100, deadline=None)
@given(rows=st.lists(st.tuples(_TEXT, st.floats(-1e15 + 1, 1e15 - 1)), min_size=1, max_size=20))
def test_warnings_of_random_names_and_numbers_are_written_as_json_dumps_writes_them(rows):
    names, deltas = [r[0] for r in rows], [r[1] for r in rows]
    issues: list[Issue] = list(_change_batch(names, deltas).rows())
    for lang in ("id", "en"):
        assert SEPARATOR.join(json_texts(issues, lang, "data.xlsx", SEPARATOR)) == _plain(issues, lang, "data.xlsx")


@settings(max_examples=300, deadline=None)
@given(values=st.lists(st.floats(-1e15 + 1, 1e15 - 1), min_size=1, max_size=10), decimals=st.integers(0, 3))
def test_numbers_formatted_together_are_formatted_as_one_by_one(values, decimals):
    assert _grouped(values, decimals).split("\n") == [format(v, f"_.{decimals}f") for v in values]
