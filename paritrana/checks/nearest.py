"""The names closest to a name among many, exactly as ``core.names.closest`` finds them.

``core.names.closest`` runs ``difflib.get_close_matches``: difflib's ``ratio`` against every
name, the best three at or over 0.5 (ties to the greater key). On 725,000 names that is
seconds per name; ``NameIndex`` gives the same names in the same order in milliseconds, and
computes ``ratio`` only for the few names that could still be among the best three. Two
upper bounds of ``ratio`` (``2·M / (len(a) + len(b))``, M the characters in difflib's
matching blocks) rule the others out:

1. shared characters (difflib's ``quick_ratio``): M is at most Σ min(count in a, count in b)
   over the characters. Names with the same character counts share this bound, so it is
   computed once per distinct count vector (725,000 "PT Usaha 000001"-like names have a few
   thousand), from a matrix of counts (``uint8``, one row per character; the 63 most frequent
   characters, the rarer ones counted together — a looser bound, still a bound);
2. the longest common subsequence: difflib's matching blocks are a common subsequence, so M
   is at most its length, computed for a whole batch of names at once (bit-parallel, Hyyrö
   2004, one ``uint64`` per name; a name over 64 characters keeps bound 1).

The names are visited by their bound, the highest first; a name whose bound (and, on a tie,
key) cannot beat the third best found so far ends the search.
"""

from __future__ import annotations

import difflib
import heapq
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

_ROWS = 63  # characters with a count row of their own (the most frequent); the rest share one
_FIRST = 32  # signatures (distinct count vectors) searched first, to find a third best early ...
_FIRST_NAMES = 256  # ... at most this many of their names
_BEFORE_RANK = 16  # searches before the keys are sorted (to compare them at once)
_CELLS = 2_000_000  # names × characters per batch of the subsequence bound ...
_MATRIX = 64_000_000  # ... unless all names fit in a character × name matrix of this many cells


class NameIndex:
    """Keys (``core.names.name_key`` results, distinct) searched like ``get_close_matches``.

    The keys are held as one run of symbols: symbol s (1, 2, …) is the s-th smallest character
    of the keys, so symbols compare like the characters; 0 pads a key past its end."""

    def __init__(self, keys: list[str]):
        import numpy as np

        self.keys = keys
        n = len(keys)
        self._lengths = np.fromiter(map(len, keys), dtype=np.int64, count=n)
        self._offsets = np.concatenate([[0], np.cumsum(self._lengths)])
        codes = np.frombuffer("".join(keys).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        frequency = np.bincount(codes) if len(codes) else np.zeros(1, np.int64)
        present = np.flatnonzero(frequency)
        kinds = len(present)
        dtype = np.uint8 if kinds < 255 else np.uint16 if kinds < 65_535 else np.uint32
        table = np.zeros(len(frequency), dtype=dtype)
        table[present] = np.arange(1, kinds + 1)
        self._text = table[codes]
        self._symbol = {chr(c): s for s, c in enumerate(present.tolist(), 1)}
        self._unknown = kinds + 1  # a character of a word in no key
        common = 1 + np.argsort(-frequency[present], kind="stable")[:_ROWS]
        self._rows = len(common) + 1  # the common characters, then the others together
        self._row = np.full(kinds + 2, self._rows - 1, dtype=np.int64)
        self._row[common] = np.arange(len(common))
        self._row[[0, self._unknown]] = self._rows  # past a key's end, in no key: counted nowhere
        widest = int(self._lengths.max()) if n else 0
        self._matrix: np.ndarray | None = None  # character × key, when it is not too large
        if widest * n <= _MATRIX:
            self._matrix = np.zeros((widest, n), dtype=dtype)
            for column in range(widest):
                has = np.flatnonzero(self._lengths > column)
                self._matrix[column, has] = self._text[self._offsets[has] + column]
        self._rank: np.ndarray | None = None  # each key's place in sorted order, once searched often
        self._searches = 0
        self._signature, self._members, self._starts = self._signatures(kinds)
        self._counts_of = self._counts(self._signature)  # row × signature
        self._length_of = self._lengths[self._signature].astype(np.float64)

    def _signatures(self, kinds: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The distinct character counts of the keys: one key for each (positions), the keys
        grouped by their counts, and where each group starts in that grouping."""
        import numpy as np

        n = len(self.keys)
        if not n:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(1, dtype=np.int64)
        weights = np.random.default_rng(17).integers(1, 2**63, size=kinds + 1, dtype=np.uint64)
        digest = np.zeros(n, dtype=np.uint64)  # Σ weight of each character (wrapping): a hash of the counts
        filled = np.flatnonzero(self._lengths)
        if len(filled):
            digest[filled] = np.add.reduceat(weights[self._text], self._offsets[filled])
        members = np.argsort(digest, kind="stable")
        ordered = digest[members]
        starts = np.concatenate([[0], np.flatnonzero(ordered[1:] != ordered[:-1]) + 1, [n]])
        first = members[starts[:-1]]
        group = np.empty(n, dtype=np.int64)
        group[members] = np.repeat(np.arange(len(first)), np.diff(starts))
        # each key's characters in order (equal for equal counts), else the counts themselves
        same = np.sort(self._matrix, axis=0) if self._matrix is not None else self._counts(np.arange(n))
        if not np.array_equal(same[:, first[group]], same):  # two different counts with one hash
            return np.arange(n), np.arange(n), np.arange(n + 1)
        return first, members, starts

    def _counts(self, keys: np.ndarray) -> np.ndarray:
        """row × key (positions): how many characters of each count row each key has."""
        import numpy as np

        most = int(self._lengths.max()) if len(self.keys) else 0
        rows = self._rows
        counts = np.zeros((rows, len(keys)), dtype=np.uint8 if most <= 255 else np.uint16)
        step = 32_768
        for start in range(0, len(keys), step):
            for part, matrix in self._batches(keys[start:start + step]):
                size = len(matrix[0]) if len(matrix) else part.stop - part.start
                found = np.bincount((self._row[matrix] * size + np.arange(size)).ravel(), minlength=(rows + 1) * size)
                begin = start + (part.start or 0)
                counts[:, begin:begin + size] = found.reshape(rows + 1, size)[:rows]
        return counts

    def closest(self, word: str, n: int = 3, cutoff: float = 0.5) -> list[str]:
        """``difflib.get_close_matches(word, self.keys, n, cutoff)``, the same keys in the same order."""
        return [self.keys[k] for k in self.search(word, n, cutoff)]

    def search(self, word: str, n: int = 3, cutoff: float = 0.5) -> list[int]:
        """The positions of the keys ``closest`` gives."""
        import numpy as np

        if not word:  # ratio("", key) is 1 for the empty key, 0 for any other
            scored = [(0.0 if key else 1.0, key, k) for k, key in enumerate(self.keys)]
            return [k for ratio, _, k in heapq.nlargest(n, scored) if ratio >= cutoff]
        symbols = np.array([self._symbol.get(c, self._unknown) for c in word], dtype=np.int64)
        wanted = np.bincount(self._row[symbols], minlength=self._rows + 1)[:self._rows]
        most = int(np.iinfo(self._counts_of.dtype).max)
        shared = np.zeros(self._counts_of.shape[1], dtype=np.int64)
        step = np.empty(self._counts_of.shape[1], dtype=self._counts_of.dtype)
        for row in np.flatnonzero(wanted).tolist():
            np.minimum(self._counts_of[row], min(int(wanted[row]), most), out=step)
            shared += step
        bound = 2.0 * shared / (self._length_of + len(word))  # ≥ quick_ratio ≥ ratio
        reach = np.flatnonzero(bound >= cutoff)
        best: list[tuple[float, str]] = []  # the best n so far, the weakest first
        search = _Search(self, word, symbols, n, cutoff, best)
        # first a few of the names with the highest bound, to find a third best early ...
        top = reach if len(reach) <= _FIRST else reach[np.argpartition(-bound[reach], _FIRST)[:_FIRST]]
        first = self._expand(top[np.argsort(-bound[top], kind="stable")])[:_FIRST_NAMES]
        search.run(first)
        # ... then every other name whose bound beats the weakest of the best, or ties it with
        # a greater key (ties go to the greater key)
        if len(best) < n:
            rest = self._expand(reach)
        else:
            weakest, key = best[0]
            tied = self._expand(reach[bound[reach] == weakest])
            greater = tied[self._greater(tied, key, search.position[key])]
            rest = np.concatenate([self._expand(reach[bound[reach] > weakest]), greater])
        search.run(rest[~np.isin(rest, first, assume_unique=True)])
        return [search.position[key] for _, key in heapq.nlargest(n, best)]

    def _expand(self, signatures: np.ndarray) -> np.ndarray:
        """The keys (positions) of the given signatures."""
        import numpy as np

        if not len(signatures):
            return np.zeros(0, dtype=np.int64)
        starts, stops = self._starts[signatures], self._starts[signatures + 1]
        sizes = stops - starts
        within = np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        return self._members[np.repeat(starts, sizes) + within]

    def _batches(self, keys: np.ndarray, width: int = 0) -> Iterator[tuple[slice, np.ndarray]]:
        """The given keys (positions) in batches, each as a character × key matrix of symbols
        (0 past a key's end), at least ``width`` characters."""
        import numpy as np

        if self._matrix is not None:
            matrix = self._matrix[:, keys]
            if len(matrix) < width:
                matrix = np.concatenate([matrix, np.zeros((width - len(matrix), len(keys)), matrix.dtype)])
            yield slice(0, len(keys)), matrix
            return
        lengths = self._lengths[keys]
        widest = max(1, width, int(lengths.max()) if len(keys) else 1)
        step = max(1, _CELLS // widest)
        for start in range(0, len(keys), step):
            part, size = keys[start:start + step], lengths[start:start + step]
            column = np.arange(max(width, int(size.max())))
            inside = column[:, None] < size[None, :]
            where = np.where(inside, self._offsets[part][None, :] + column[:, None], 0)
            yield slice(start, start + step), np.where(inside, self._text[where], 0)

    def _greater(self, keys: np.ndarray, than: str, where: int) -> np.ndarray:
        """For each key (positions): is it greater than the key ``than`` (at position ``where``),
        as Python compares them?"""
        import numpy as np

        self._searches += 1
        if self._rank is None and self._matrix is not None and self._searches > _BEFORE_RANK:
            self._rank = _ranks(self._matrix)
        if self._rank is not None:
            return self._rank[keys] > self._rank[where]
        target = np.array([self._symbol[c] for c in than] + [0], dtype=np.int64)
        out = np.zeros(len(keys), dtype=bool)
        for part, matrix in self._batches(keys, len(target)):
            other = np.zeros(len(matrix), dtype=np.int64)
            other[:len(target)] = target
            differs = matrix != other[:, None]
            first = differs.argmax(axis=0)  # the first character that differs
            found = np.take_along_axis(matrix, first[None, :], axis=0)[0]
            out[part] = differs.any(axis=0) & (found > other[first])
        return out

    def subsequence_bound(self, symbols: np.ndarray, keys: np.ndarray) -> np.ndarray:
        """2·LCS / (len(key) + len(word)) for each key (positions), ≥ difflib's ratio; the word
        given as symbols, at most 64 of them."""
        import numpy as np

        m = len(symbols)
        masks = np.zeros(self._unknown + 1, dtype=np.uint64)  # 0, past a key's end, matches nothing
        for position, s in enumerate(symbols.tolist()):
            masks[s] |= np.uint64(1 << position)
        low = np.uint64((1 << m) - 1)
        out = np.empty(len(keys), dtype=np.float64)
        for part, matrix in self._batches(keys):
            v = np.full(matrix.shape[1], 0xFFFFFFFFFFFFFFFF, dtype=np.uint64)
            for row in masks[matrix]:
                u = v & row
                v = (v + u) | (v - u)
            common = m - np.bitwise_count(v & low).astype(np.int64)
            out[part] = 2.0 * common / (self._lengths[keys[part]] + m)
        return out


class _Search:
    """One word's search: ``run`` adds to ``best`` the keys among the given ones that enter the
    best n, computing difflib's ratio in the order of their bound."""

    def __init__(self, index: NameIndex, word: str, symbols: np.ndarray, n: int, cutoff: float,
                 best: list[tuple[float, str]]):
        self.index, self.word, self.symbols, self.n, self.cutoff, self.best = index, word, symbols, n, cutoff, best
        self.position: dict[str, int] = {}  # the keys tried, at their position
        self.matcher = difflib.SequenceMatcher()
        self.matcher.set_seq2(word)

    def floor(self) -> float:
        return self.best[0][0] if len(self.best) == self.n else self.cutoff

    def run(self, keys: np.ndarray) -> None:
        import numpy as np

        if not len(keys) or self.n <= 0:
            return
        if len(self.symbols) <= 64:
            bound = self.index.subsequence_bound(self.symbols, keys)
            kept = bound >= self.floor()
            keys, bound = keys[kept], bound[kept]
        else:
            bound = np.ones(len(keys))
        order = np.argsort(-bound, kind="stable")
        keys, bounds = keys[order], bound[order]
        i = 0
        while i < len(keys):
            b = float(bounds[i])
            if len(self.best) == self.n and b <= self.best[0][0]:
                if b < self.best[0][0]:
                    return  # no later name reaches the weakest of the best
                # a tie with the weakest: only a greater key can still enter
                j = i + int(np.searchsorted(-bounds[i:], -b, side="right"))
                for key, k in sorted(((self.index.keys[k], k) for k in keys[i:j].tolist()), reverse=True):
                    if (b, key) < self.best[0]:
                        break
                    self._try(k)
                i = j
                continue
            self._try(int(keys[i]))
            i += 1

    def _try(self, k: int) -> None:
        key = self.index.keys[k]
        self.position[key] = k
        self.matcher.set_seq1(key)
        ratio = self.matcher.ratio()
        if ratio >= self.cutoff:
            (heapq.heappush if len(self.best) < self.n else heapq.heappushpop)(self.best, (ratio, key))


def _ranks(matrix: np.ndarray) -> np.ndarray:
    """Each key's place among the keys sorted (``matrix``: character × key symbols, which
    compare like the characters): a stable sort on each character, the last first."""
    import numpy as np

    order = np.arange(matrix.shape[1])
    for row in matrix[::-1]:
        order = order[np.argsort(row[order], kind="stable")]
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    return rank
