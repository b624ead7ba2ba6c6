"""The chair's diagnostics: Kendall's W, Spearman, severity, abstentions, disagreement, ICC(2,k),
Krippendorff's alpha and the final ranking without each juror."""

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


def test_kendall_w_siegel_example_to_three_decimals():
    # Siegel (1956, p. 231) prints W = 0.16; to three decimals 306 / 1890 = 0.162.
    ranks = [[1, 6, 3, 2, 5, 4], [1, 5, 6, 4, 2, 3], [6, 3, 2, 5, 4, 1]]
    assert round(kendall_w(ranks), 3) == 0.162


def test_kendall_w_with_an_abstaining_juror_is_the_siegel_value_of_the_others():
    # W needs complete rankings: a fourth juror who abstained on one candidate is left out (and
    # named), so Siegel's three judges give their published W.
    ranks = [[1, 6, 3, 2, 5, 4], [1, 5, 6, 4, 2, 3], [6, 3, 2, 5, 4, 1]]
    names = [f"C{i}" for i in range(1, 7)]
    cells = [s(f"J{j + 1}", c, k, 7 - r) for j, row in enumerate(ranks) for c, r in zip(names, row, strict=True)
             for k in ("a", "b")]
    cells += [s("J4", c, k, None if c == "C2" else float(i)) for i, c in enumerate(names) for k in ("a", "b")]
    d = diagnose(cells, SPEC, ["J1", "J2", "J3", "J4"], names)
    assert d.kendall_jurors == ["J1", "J2", "J3"]
    assert round(d.kendall_w, 3) == 0.162


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


# ---- agreement you can publish: ICC(2,k), Krippendorff's alpha ----------------------------------------
#
# Three jurors × four finalists, each juror giving the same score on both criteria, so that a
# juror's total is that score:
#
#             J1   J2   J3   mean
#   Alpha     80   70   90   80
#   Beta      60   54   90   68
#   Gamma     75   66   30   57
#   Delta     50   45   55   50        grand mean 63.75; juror means 66.25, 58.75, 66.25
#
# ICC (n = 4 finalists, k = 3 jurors):
#   SSR = 3 × (16.25² + 4.25² + 6.75² + 13.75²) = 3 × 516.75 = 1550.25     MSR = 516.75
#   SSC = 4 × (2.5² + 5² + 2.5²) = 150                                     MSC = 75
#   SST = Σ (y − 63.75)² = 992.1875 + 798.1875 + 1270.6875 + 617.1875 = 3678.25
#   SSE = 3678.25 − 1550.25 − 150 = 1978                                   MSE = 1978 / 6 = 989 / 3
#   ICC(2,k) = (MSR − MSE) / (MSR + (MSC − MSE) / n) = (2245 / 12) / (5437 / 12) = 2245 / 5437 = 0.4129
#   ICC(2,1) = (MSR − MSE) / (MSR + 2 MSE + 3 (MSC − MSE) / 4) = 2245 / 11821 = 0.1899
# Krippendorff's alpha (interval), every finalist with 3 values, n = 12:
#   SS within: Alpha 0 + 100 + 100 = 200, Beta 64 + 196 + 484 = 744, Gamma 324 + 81 + 729 = 1134,
#   Delta 0 + 25 + 25 = 50; Σ = 2128.  D_o = (1/12) × Σ 2 × 3 × SS_u / 2 = 3 × 2128 / 12 = 532
#   D_e = 2 × 3678.25 / 11 = 7356.5 / 11;  α = 1 − 532 × 11 / 7356.5 = 1504.5 / 7356.5 = 0.2045
# Kendall's W (J3 ties Alpha and Beta at 90): ranks J1 4 2 3 1, J2 4 2 3 1, J3 3.5 3.5 1 2;
#   R = 11.5, 7.5, 7, 4; S = 4² + 0 + 0.5² + 3.5² = 28.5; W = 12 × 28.5 / (9 × 60 − 3 × 6) = 342 / 522

TABLE = {"J1": {"Alpha": 80, "Beta": 60, "Gamma": 75, "Delta": 50},
         "J2": {"Alpha": 70, "Beta": 54, "Gamma": 66, "Delta": 45},
         "J3": {"Alpha": 90, "Beta": 90, "Gamma": 30, "Delta": 55}}
FINALISTS = ["Alpha", "Beta", "Gamma", "Delta"]


def table_scores(table=TABLE, skip=()):
    """Both criteria at the juror's score; ``skip`` (juror, candidate, criterion) left blank."""
    return [s(j, c, k, None if (j, c, k) in skip else v) for j, row in table.items() for c, v in row.items()
            for k in ("a", "b")]


def test_icc2k_of_the_jurors_totals_hand_worked():
    d = diagnose(table_scores(), SPEC, list(TABLE), FINALISTS)
    icc = d.reliability.icc
    assert icc.value == pytest.approx(2245 / 5437)
    assert icc.single == pytest.approx(2245 / 11821)
    assert (icc.jurors, icc.candidates, icc.level) == (3, 4, 0.95)
    assert icc.low < icc.value < icc.high
    assert (d.reliability.left_out_jurors, d.reliability.left_out_candidates) == ([], [])


def test_krippendorff_alpha_of_the_jurors_totals_hand_worked():
    d = diagnose(table_scores(), SPEC, list(TABLE), FINALISTS)
    assert d.alpha == pytest.approx(1504.5 / 7356.5)


def test_kendall_w_beside_them_hand_worked():
    assert diagnose(table_scores(), SPEC, list(TABLE), FINALISTS).kendall_w == pytest.approx(342 / 522)


def test_an_abstention_leaves_the_finalist_out_of_icc_when_that_keeps_more_scores():
    # J2 abstains on Delta: 3 jurors × 3 finalists (9 totals) beat 2 jurors × 4 finalists (8)
    from paritrana.panel.agreement import icc2k

    skip = {("J2", "Delta", "a"), ("J2", "Delta", "b")}
    d = diagnose(table_scores(skip=skip), SPEC, list(TABLE), FINALISTS)
    assert (d.reliability.left_out_jurors, d.reliability.left_out_candidates) == ([], ["Delta"])
    sub = [[TABLE[j][c] for c in FINALISTS[:3]] for j in TABLE]
    assert d.reliability.icc.value == pytest.approx(icc2k(sub).value)


def test_a_partial_abstention_counts_as_an_abstention_for_icc_and_alpha():
    # J2 scored Delta on `a` only: a total over one criterion is not comparable with the others'
    from paritrana.panel.agreement import krippendorff_alpha_interval

    partial = diagnose(table_scores(skip={("J2", "Delta", "b")}), SPEC, list(TABLE), FINALISTS)
    blank = diagnose(table_scores(skip={("J2", "Delta", "a"), ("J2", "Delta", "b")}), SPEC, list(TABLE), FINALISTS)
    assert partial.reliability.icc.value == pytest.approx(blank.reliability.icc.value)
    matrix = [[None if (j, c) == ("J2", "Delta") else TABLE[j][c] for c in FINALISTS] for j in TABLE]
    assert partial.alpha == pytest.approx(krippendorff_alpha_interval(matrix))
    assert partial.totals["J2"]["Delta"] == 45  # the juror's own total still shows it


def test_icc_and_alpha_are_none_when_every_score_is_the_same():
    same = {j: dict.fromkeys(FINALISTS, 70) for j in TABLE}
    d = diagnose(table_scores(same), SPEC, list(TABLE), FINALISTS)
    assert (d.reliability, d.alpha) == (None, None)


def test_the_json_has_icc_alpha_and_leave_one_out_beside_kendall():
    data = diagnose(table_scores(), SPEC, list(TABLE), FINALISTS).to_dict()
    assert data["icc"]["value"] == pytest.approx(2245 / 5437)
    assert data["icc"]["single"] == pytest.approx(2245 / 11821)
    assert set(data["icc"]) == {"value", "low", "high", "level", "single", "jurors", "candidates", "left_out_jurors",
                                "left_out_candidates"}
    assert data["krippendorff_alpha"] == pytest.approx(1504.5 / 7356.5)
    assert data["leave_one_out"] == []  # filled in by the stages, which know the desk scores


# ---- leave-one-out: the final ranking without each juror --------------------------------------------
#
# Desk X = 100, 60, 50, 0 → desk scores Alpha 100, Beta 60, Gamma 50, Delta 0; final = ½ desk + ½ panel
# (mean of the jurors). With every juror: Beta ½ 60 + ½ 68 = 64, Gamma ½ 50 + ½ 57 = 53.5 → Alpha (90),
# Beta, Gamma. Without J3: Beta (60 + 54) / 2 = 57 → 58.5, Gamma (75 + 66) / 2 = 70.5 → 60.25: Gamma
# passes Beta. Without J1: Beta 72 → 66, Gamma 48 → 49; without J2: Beta 75 → 67.5, Gamma 52.5 → 51.25.


def staged_run(tmp_path, table=TABLE):
    import paritrana
    from panel_fixtures import desk_workbook, long_panel, panel_criteria, scores

    rows = scores({j: {c: (v, v) for c, v in row.items()} for j, row in table.items()})
    return paritrana.run(desk_workbook(tmp_path, {"Alpha": 100, "Beta": 60, "Gamma": 50, "Delta": 0}),
                         criteria=panel_criteria(tmp_path, shortlist="4"), panel=long_panel(tmp_path, rows))


def test_leave_one_out_finds_the_juror_without_whom_two_places_swap(tmp_path):
    result = staged_run(tmp_path)
    assert [r.id for r in result.results][:3] == ["Alpha", "Beta", "Gamma"]
    loo = {x.juror: x for x in result.panel.diagnostics.leave_one_out}
    assert loo["J3"].groups[0].without == ("Alpha", "Gamma", "Beta")
    assert loo["J3"].groups[0].changed_places == (2, 3) and loo["J3"].groups[0].swap == ("Beta", "Gamma")
    assert not loo["J1"].changed and not loo["J2"].changed


def test_leave_one_out_sentences_for_the_chair(tmp_path):
    from paritrana.panel.diagnostics import leave_one_out_sentences

    lines = leave_one_out_sentences(staged_run(tmp_path).panel.diagnostics.leave_one_out)
    assert [str(line) for line in lines] == ["Tanpa J3, Beta dan Gamma bertukar tempat.",
                                             "Tanpa salah satu juri lainnya, tiga besar tetap sama."]
    assert [line.render("en") for line in lines] == [
        "Without J3, Beta and Gamma swap places.", "Without any one of the other jurors, the top three stay the same."]


def test_leave_one_out_is_in_the_json_panel_diagnostics(tmp_path):
    data = staged_run(tmp_path).to_dict()["panel"]["diagnostics"]
    j3 = next(x for x in data["leave_one_out"] if x["juror"] == "J3")
    assert j3 == {"juror": "J3", "computable": True, "reason": None,
                  "groups": [{"group": None, "podium": ["Alpha", "Beta", "Gamma"],
                              "without": ["Alpha", "Gamma", "Beta"], "changed_places": [2, 3]}]}
    assert data["icc"]["value"] == pytest.approx(2245 / 5437)
    assert data["krippendorff_alpha"] == pytest.approx(1504.5 / 7356.5)


def test_without_the_only_juror_of_a_finalist_the_ranking_cannot_be_computed(tmp_path):
    # Only J3 scored Delta: without J3 nobody has — said, not a crash
    table = {j: {c: v for c, v in row.items() if c != "Delta" or j == "J3"} for j, row in TABLE.items()}
    loo = {x.juror: x for x in staged_run(tmp_path, table).panel.diagnostics.leave_one_out}
    assert loo["J3"].groups == [] and loo["J3"].not_computable is not None
    from paritrana.panel.diagnostics import leave_one_out_sentences

    assert str(leave_one_out_sentences([loo["J3"]])[0]) == (
        'Tanpa J3, peringkat akhir tidak dapat dihitung: finalis "Delta" tidak dinilai oleh juri mana pun: tidak ada '
        "baris untuk finalis ini dalam nilai juri mana pun.")


def test_a_podium_that_changes_more_than_a_swap_is_said_in_full():
    from paritrana.panel.diagnostics import JurorInfluence, PodiumChange, leave_one_out_sentences

    change = PodiumChange(None, ("A", "B", "C"), ("A", "D", "B"))
    assert change.changed_places == (2, 3) and change.swap is None
    [line] = leave_one_out_sentences([JurorInfluence("Juri 2", [change])])
    assert str(line) == "Tanpa Juri 2, tiga besar menjadi A, D, dan B (dengan semua juri: A, B, dan C)."


def test_a_change_within_a_group_names_the_group():
    from paritrana.panel.diagnostics import JurorInfluence, PodiumChange, leave_one_out_sentences

    influence = JurorInfluence("Juri 2", [PodiumChange("kota", ("A", "B"), ("B", "A")),
                                          PodiumChange("kab", ("C", "D", "E"), ("C", "D", "E"))])
    assert [str(x) for x in leave_one_out_sentences([influence])] == ["kota: Tanpa Juri 2, A dan B bertukar tempat."]


# ---- on the sample: kalbar-2025-juri.xlsx with criteria/paritrana-kabkota-final.yaml ---------------------


@pytest.fixture(scope="module")
def sample_panel():
    import paritrana
    from conftest import ROOT, SAMPLE_XLSX

    return paritrana.run(SAMPLE_XLSX, criteria=ROOT / "criteria" / "paritrana-kabkota-final.yaml",
                         panel=ROOT / "sample_data" / "panel" / "kalbar-2025-juri.xlsx").panel.diagnostics


def test_sample_agreement_beside_kendalls_w(sample_panel):
    # Juri 4 left Sekadau blank: ICC uses the 8 jurors who scored all five finalists (40 totals;
    # dropping Sekadau instead would keep 9 × 4 = 36), alpha every total (44)
    d = sample_panel
    assert d.kendall_w == pytest.approx(0.4615, abs=1e-4)
    icc = d.reliability.icc
    assert (icc.value, icc.low, icc.high, icc.single) == (pytest.approx(0.7941, abs=1e-4),
                                                          pytest.approx(0.4176, abs=1e-4),
                                                          pytest.approx(0.9741, abs=1e-4),
                                                          pytest.approx(0.3252, abs=1e-4))
    assert d.reliability.left_out_jurors == ["Juri 4"] and d.reliability.left_out_candidates == []
    assert d.alpha == pytest.approx(0.3073, abs=1e-4)


def test_sample_podium_does_not_rest_on_any_one_juror(sample_panel):
    from paritrana.panel.diagnostics import leave_one_out_sentences

    assert [x.juror for x in sample_panel.leave_one_out] == [f"Juri {j}" for j in range(1, 10)]
    assert all(g.without == ("Ketapang", "Mempawah", "Sekadau") for x in sample_panel.leave_one_out for g in x.groups)
    assert [str(x) for x in leave_one_out_sentences(sample_panel.leave_one_out)] == [
        "Tanpa salah satu juri pun, tiga besar tetap sama."]
