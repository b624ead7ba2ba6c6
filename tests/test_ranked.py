"""The ranked candidates kept as columns: the list view and the JSON written from columns
must be exactly what per-candidate objects would give."""

from __future__ import annotations

import json

import orjson
import pytest

import paritrana
from conftest import make_csv, write_criteria
from paritrana.core.ranked import RankedList, json_lines
from paritrana.core.result import _candidate_json

# Groups, a tie (C and D equal everywhere), a geometric variant (contribution null), an
# empty cell under missing: zero, and a flat file (aspects {}).
ROWS = [
    ["nama", "kelas", "x", "y"],
    ["A", "satu", "10", "1"],
    ["B", "satu", "20", "3"],
    ["C", "dua", "5", "2"],
    ["D", "dua", "5", "2"],
    ["E", "dua", "", "4"],
]
ARITHMETIC = """
title: t
entity: nama
group_by: kelas
aspects:
  p: {weight: 1, indicators: {x: {value: x, weight: 2, missing: zero}}}
  q: {weight: 1, indicators: {y: {value: y, weight: 1}}}
"""
GEOMETRIC = """
title: t
entity: nama
group_by: kelas
aggregation: geometric
aspects:
  p:
    weight: 1
    indicators:
      x: {value: x, weight: 2, missing: zero, normalize: {method: minmax, range: [1, 100]}}
  q:
    weight: 1
    indicators:
      y: {value: y, weight: 1, normalize: {method: minmax, range: [1, 100]}}
"""
FLAT = """
title: t
entity: nama
indicators:
  x: {value: x, weight: 1, missing: zero}
  y: {value: y, weight: 1, better: lower}
"""


@pytest.mark.parametrize("criteria", [ARITHMETIC, GEOMETRIC, FLAT], ids=["arithmetic", "geometric", "flat"])
def test_json_from_columns_equals_json_from_objects(tmp_path, criteria):
    data = make_csv(tmp_path, ROWS)
    result = paritrana.run(data, criteria=write_criteria(tmp_path, criteria))
    assert isinstance(result.results, RankedList)
    from_columns = list(json_lines(result.results.columns))
    from_objects = [orjson.dumps(_candidate_json(r)) for r in result.results]
    assert from_columns == from_objects
    assert [json.loads(line) for line in from_columns] == result.to_dict()["results"]


def test_the_tie_is_in_both_views(tmp_path):
    # C and D have equal x and y, so equal scores and no tiebreak: rank 1, 1 in group "dua".
    result = paritrana.run(make_csv(tmp_path, ROWS), criteria=write_criteria(tmp_path, ARITHMETIC))
    dua = result.in_group("dua")
    assert [(r.id, r.rank, r.tie) for r in dua][:2] == [("C", 1, True), ("D", 1, True)]
    assert result.has_ties


def test_the_list_view_indexes_and_slices_like_a_list(tmp_path):
    result = paritrana.run(make_csv(tmp_path, ROWS), criteria=write_criteria(tmp_path, FLAT))
    everyone = list(result.results)
    assert result.results[-1] == everyone[-1]
    assert result.results[1:3] == everyone[1:3]
    assert len(result.results) == 5
    with pytest.raises(IndexError):
        result.results[5]


def test_json_lines_are_the_same_when_encoded_in_chunks(tmp_path, monkeypatch):
    # Chunks of 2 candidates (5 candidates → 3 chunks) give the same lines as one chunk.
    import paritrana.core.ranked as ranked

    result = paritrana.run(make_csv(tmp_path, ROWS), criteria=write_criteria(tmp_path, ARITHMETIC))
    whole = list(json_lines(result.results.columns))
    monkeypatch.setattr(ranked, "CHUNK", 2)
    assert list(ranked.json_lines(result.results.columns)) == whole


@pytest.mark.parametrize("criteria", [ARITHMETIC, FLAT], ids=["grouped", "flat"])
@pytest.mark.parametrize("top", [None, 1, 2, 10])
def test_a_group_s_candidates_are_those_the_list_holds_in_that_group_up_to_top(tmp_path, criteria, top):
    result = paritrana.run(make_csv(tmp_path, ROWS), criteria=write_criteria(tmp_path, criteria))
    everyone = list(result.results)
    for group in [*result.groups, "none such"]:
        expected = [r for r in everyone if r.group == group and (top is None or r.rank <= top)]
        assert result.in_group(group, top) == expected
