"""The chair's diagnostics: Kendall's W, Spearman, severity, abstentions, disagreement."""

from __future__ import annotations

import pytest

from paritrana.core.panel_spec import PanelSpec
from paritrana.panel.diagnostics import average_ranks, diagnose, kendall_w, spearman, tie_term
from paritrana.panel.load import PanelScore

SPEC = PanelSpec.model_validate({"criteria": {"a": {"weight": 3}, "b": {"weight": 1}}})


def s(juror, candidate, criterion, value):
    return PanelScore(juror, candidate, criterion, value, None, "D2")


# ---- kernels -------------------------------------------------------------------------------


def test_average_ranks_share_tied_places():
    # 3, 1, 2, 2 → 1 is rank 1, the two 2s share ranks 2 and 3 → 2.5, 3 is rank 4
    assert average_ranks([3, 1, 2, 2]) == [4, 1, 2.5, 2.5]


def test_tie_term_sums_t_cubed_minus_t():
    # groups of sizes 2 and 3 → (8 − 2) + (27 − 3) = 30
    assert tie_term([5, 5, 1, 7, 7, 7]) == 30


def test_kendall_w_siegel_three_judges_six_objects():
    # The classic m = 3, n = 6 example (Siegel 1956):
    #   judge A: 1 6 3 2 5 4;  B: 1 5 6 4 2 3;  C: 6 3 2 5 4 1
    #   R_i = 8 14 11 11 11 8, mean m(n+1)/2 = 10.5
    #   S = 2.5² + 3.5² + 0.5² + 0.5² + 0.5² + 2.5² = 25.5
    #   W = 12 S / (m²(n³ − n)) = 306 / (9 × 210) = 306 / 1890 = 0.1619
    ranks = [[1, 6, 3, 2, 5, 4], [1, 5, 6, 4, 2, 3], [6, 3, 2, 5, 4, 1]]
    assert kendall_w(ranks) == pytest.approx(306 / 1890)


def test_kendall_w_with_the_tie_correction():
    # m = 3, n = 4; juror 1 ties the middle two (scores 10, 20, 20, 30 → ranks 1, 2.5, 2.5, 4),
    # juror 2 ranks 1 2 3 4, juror 3 ranks 4 3 2 1.
    #   R = 6, 7.5, 7.5, 9; mean 7.5; S = 1.5² + 0 + 0 + 1.5² = 4.5
    #   Σ T = (2³ − 2) = 6;  denominator = 3² × (4³ − 4) − 3 × 6 = 540 − 18 = 522
    #   W = 12 × 4.5 / 522 = 54 / 522 = 0.1034  (without the correction 54 / 540 = 0.1)
    scores = [[10, 20, 20, 30], [1, 2, 3, 4], [4, 3, 2, 1]]
    assert kendall_w(scores) == pytest.approx(54 / 522)


def test_kendall_w_is_one_when_every_juror_orders_alike():
    # scores differ but the order is the same: ranks 1 2 3 for both → W = 1
    assert kendall_w([[60, 70, 80], [10, 50, 90]]) == pytest.approx(1.0)


def test_kendall_w_needs_two_jurors():
    assert kendall_w([[1, 2, 3]]) is None


def test_spearman_hand_worked():
    # ranks x 1 2 3 4, y 1 3 2 4: d = 0 −1 1 0, Σd² = 2 → ρ = 1 − 6 × 2 / (4 × 15) = 0.8
    assert spearman([10, 20, 30, 40], [5, 30, 20, 60]) == pytest.approx(0.8)


def test_spearman_of_reversed_orders_is_minus_one():
    assert spearman([1, 2, 3], [9, 5, 1]) == pytest.approx(-1.0)


def test_spearman_needs_three_candidates():
    assert spearman([1, 2], [1, 2]) is None


# ---- one panel ------------------------------------------------------------------------------


def panel():
    # Totals (0.75 a + 0.25 b):
    #   J1: Alpha 0.75×70 + 0.25×50 = 65, Beta 0.75×80 + 0.25×80 = 80, Gamma 0.75×60 + 0.25×60 = 60
    #   J2: Alpha 75, Beta 90, Gamma 70 (every score of J1 + 10)
    #   J3: Alpha abstains; Beta 0.75×80 + 0.25×80 = 80; Gamma b only → 60 (weights renormalised)
    scores = []
    for juror, lift in (("J1", 0), ("J2", 10)):
        for candidate, (a, b) in {"Alpha": (70, 50), "Beta": (80, 80), "Gamma": (60, 60)}.items():
            scores += [s(juror, candidate, "a", a + lift), s(juror, candidate, "b", b + lift)]
    scores += [s("J3", "Alpha", "a", None), s("J3", "Alpha", "b", None),
               s("J3", "Beta", "a", 80), s("J3", "Beta", "b", 80),
               s("J3", "Gamma", "a", None), s("J3", "Gamma", "b", 60)]
    return diagnose(scores, SPEC, ["J1", "J2", "J3"], ["Alpha", "Beta", "Gamma"])


def test_juror_totals_weight_the_criteria_they_scored():
    d = panel()
    assert d.totals["J1"] == pytest.approx({"Alpha": 65, "Beta": 80, "Gamma": 60})
    assert d.totals["J3"]["Alpha"] is None
    assert d.totals["J3"]["Gamma"] == pytest.approx(60)


def test_severity_is_the_mean_deviation_from_the_panel_mean():
    # Items and panel means: Alpha a (70, 80) → 75, Alpha b (50, 60) → 55,
    #   Beta a (80, 90, 80) → 83.33, Beta b (80, 90, 80) → 83.33,
    #   Gamma a (60, 70) → 65, Gamma b (60, 70, 60) → 63.33
    # J2 deviations: +5, +5, +6.67, +6.67, +5, +6.67 → mean 35 / 6 = 5.833
    # J3 deviations: Beta −3.33, −3.33, Gamma b −3.33 → mean −3.333
    jurors = {j.juror: j for j in panel().jurors}
    assert jurors["J2"].severity == pytest.approx(35 / 6)
    assert jurors["J3"].severity == pytest.approx(-10 / 3)
    assert jurors["J3"].scored == 3


def test_abstentions_list_the_candidates_a_juror_did_not_fully_score():
    d = panel()
    assert d.abstentions == {"J3": ["Alpha", "Gamma"]}


def test_kendall_w_uses_only_jurors_who_scored_everyone():
    # J1 and J2 both order Gamma < Alpha < Beta → W = 1; J3 is left out (abstained on Alpha)
    d = panel()
    assert d.kendall_jurors == ["J1", "J2"]
    assert d.kendall_w == pytest.approx(1.0)


def test_spearman_per_juror_with_the_mean_of_the_others():
    # J1 totals 65, 80, 60; the others' mean: Alpha 75 (J2 only), Beta (90 + 80) / 2 = 85,
    # Gamma (70 + 60) / 2 = 65 → same order → ρ = 1.  J3 scored only two candidates → None.
    jurors = {j.juror: j for j in panel().jurors}
    assert jurors["J1"].spearman == pytest.approx(1.0)
    assert jurors["J3"].spearman is None


def test_disagreement_is_the_std_of_the_jurors_totals_largest_first():
    # Beta 80, 90, 80 → mean 83.33, population sd √((11.1 + 44.4 + 11.1) / 3) = 4.714
    # Alpha 65, 75 → sd 5;  Gamma 60, 70, 60 → sd 4.714
    d = panel()
    assert [x.candidate for x in d.disagreement][0] == "Alpha"
    assert d.disagreement[0].std == pytest.approx(5.0)
    assert (d.disagreement[0].low, d.disagreement[0].high) == (65, 75)
    beta = next(x for x in d.disagreement if x.candidate == "Beta")
    assert beta.std == pytest.approx((200 / 9) ** 0.5)
