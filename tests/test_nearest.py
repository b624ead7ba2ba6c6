"""checks.nearest.NameIndex: the closest names of ``core.names.closest`` (difflib's
``get_close_matches``), exactly — same names, same order, ties to the greater key — found
without computing difflib's ratio against every name."""

from __future__ import annotations

import difflib
import string

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paritrana.checks import nearest, rules
from paritrana.checks.nearest import NameIndex
from paritrana.core.dataset import KEY, NAME
from paritrana.core.names import closest, name_key
from paritrana.i18n.messages import checks as cm

# few letters: many names share their counts and their ratio (ties); some non-ASCII ones
LETTERS = st.sampled_from(list("aab 12") + ["Ñ", "é", "—", "ß", "İ", "ǅ"])
NAMES = st.text(LETTERS, min_size=0, max_size=9)
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)


def _search(names: list[str]) -> rules._Closest:
    frame = pd.DataFrame({NAME: names, KEY: [name_key(n) for n in names]})
    return rules._Closest(lambda: frame, 2023, cm.ADD_TO_BASELINE)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(NAMES, max_size=60), st.lists(NAMES, min_size=1, max_size=5))
def test_the_closest_names_are_the_ones_core_names_closest_gives(names, queries):
    search = _search(names)
    for query in queries:
        assert search.closest(query) == closest(query, names)


@settings(max_examples=200, deadline=None)
@given(st.lists(ANY_TEXT, max_size=40), ANY_TEXT)
def test_any_text_gives_the_same_closest_names(names, query):
    assert _search(names).closest(query) == closest(query, names)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(LETTERS, max_size=6), max_size=50, unique=True), st.text(LETTERS, max_size=6),
       st.integers(1, 5), st.sampled_from([0.0, 0.3, 0.5, 0.8, 1.0]))
def test_any_number_of_names_and_any_cutoff_match_difflib(keys, word, n, cutoff):
    assert NameIndex(keys).closest(word, n, cutoff) == difflib.get_close_matches(word, keys, n, cutoff)


def test_non_ascii_and_kabupaten_names():
    names = ["Kab. Sekadau — Ñ", "Kabupaten Sekadau", "Sekadau Ñ", "Sekadau", "Kota Singkawang", "Ñ", "ñ ñ", "é"]
    search = _search(names)
    for query in ["Kab. Sekadau — Ñ", "sekadau ñ", "SEKADAU", "Ñ", "ñ", "é", "—", "Kota Sekadau"]:
        assert search.closest(query) == closest(query, names)
    # key "sekadau ñ" (ratio 1), then "sekadau" (2·7/(9+7) = 0.875), shown as its last spelling
    assert search.closest("Kab. Sekadau — Ñ") == ["Sekadau Ñ", "Sekadau"]


def test_ties_go_to_the_greater_key():
    # "ab1".."ab9" against "ab": each ratio 2·2/(3+2) = 0.8; the greatest three keys win
    keys = [f"ab{d}" for d in range(1, 10)]
    assert NameIndex(keys).closest("ab") == ["ab9", "ab8", "ab7"] == difflib.get_close_matches("ab", keys, 3, 0.5)


def test_a_name_with_a_long_run_of_one_character():
    # over 255 of one letter: the counts take 16 bits
    keys = ["a" * 300, "a" * 299 + "b", "a" * 10, "b" * 300]
    for word in ["a" * 300, "a" * 290 + "bb", "a" * 12]:
        assert NameIndex(keys).closest(word) == difflib.get_close_matches(word, keys, 3, 0.5)


def test_more_characters_than_the_count_rows_and_a_word_over_64_characters():
    # 100 distinct characters: the rarest share one count row; a word of 70 has no subsequence bound
    alphabet = [chr(0x100 + i) for i in range(100)] + list(string.ascii_lowercase)
    keys = ["".join(alphabet[(i * 7 + j) % len(alphabet)] for j in range(3 + i % 80)) for i in range(300)]
    for word in [keys[5], keys[77][:-1] + "x", "".join(alphabet[:70]), alphabet[99] * 3, "zz"]:
        assert NameIndex(keys).closest(word) == difflib.get_close_matches(word, keys, 3, 0.5)


def test_the_empty_key_is_closest_only_to_itself():
    assert NameIndex(["", "a"]).closest("") == [""]
    assert NameIndex(["a", "b"]).closest("") == []
    assert NameIndex([]).closest("a") == []


def test_each_name_is_searched_once(monkeypatch):
    search = _search(["PT Usaha 000001", "PT Usaha 000002"])
    assert search.closest("PT Usaha 000003") == ["PT Usaha 000002", "PT Usaha 000001"]
    monkeypatch.setattr(NameIndex, "search", lambda *a: [])  # a second search would find nothing
    assert search.closest("pt usaha 000003") == ["PT Usaha 000002", "PT Usaha 000001"]  # same key


@settings(max_examples=200, deadline=None)
@given(st.lists(NAMES, max_size=60), st.lists(NAMES, min_size=1, max_size=5), st.sampled_from([0, 1, 10**9]))
def test_keys_compared_one_by_one_or_by_their_sorted_place_give_the_same_names(names, queries, before_rank):
    # before_rank 0: the keys are sorted at the first search; 10**9: never (compared one by one)
    saved, nearest._BEFORE_RANK = nearest._BEFORE_RANK, before_rank
    try:
        search = _search(names)
        for query in queries:
            assert search.closest(query) == closest(query, names)
    finally:
        nearest._BEFORE_RANK = saved


def test_the_sorted_place_of_keys_is_pythons_order():
    keys = ["b", "a", "ab", "", "Ñ", "a b", "ba", "aa", "é"]
    index = NameIndex(keys)
    assert index._matrix is not None
    assert [keys[i] for i in sorted(range(len(keys)), key=lambda i: nearest._ranks(index._matrix)[i])] == sorted(keys)
