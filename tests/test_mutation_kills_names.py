"""Name matching (core/names.py): how many did-you-mean names ``closest`` offers, and from
how close. Mutation testing found both numbers untested.

Similarity is difflib's ratio on the name keys, 2·M/T (M: matching characters, T: the two
lengths added up).
"""

from __future__ import annotations

from paritrana.core.names import closest

KALBAR = ["Sambas", "Bengkayang", "Landak", "Mempawah", "Sanggau", "Ketapang", "Sintang", "Kapuas Hulu",
          "Sekadau", "Melawi", "Kayong Utara", "Kubu Raya", "Kota Pontianak", "Kota Singkawang"]


def test_closest_offers_three_names_by_default():
    # "sangau" is at least 0.5 from five names: sanggau 12/13 = 0.92, sintang 8/13 = 0.62,
    # sekadau 8/13 = 0.62, sambas 6/12 = 0.5, landak 6/12 = 0.5; the best three are offered
    assert closest("Sangau", KALBAR) == ["Sanggau", "Sintang", "Sekadau"]


def test_closest_offers_as_many_names_as_asked():
    assert closest("Sangau", KALBAR, n=1) == ["Sanggau"]


def test_closest_offers_a_name_half_similar():
    # "ketapan" vs "kota pontianak": 2·6/(7 + 14) = 0.571, above the cutoff 0.5 (below 0.6)
    assert closest("Ketapan", KALBAR) == ["Ketapang", "Kota Pontianak"]
