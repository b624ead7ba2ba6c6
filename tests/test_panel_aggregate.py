"""Combining the jurors' scores: mean, median, trimmed, abstentions, standardisation."""

from __future__ import annotations

import pytest

from paritrana.core.panel_spec import PanelSpec
from paritrana.errors import DataError
from paritrana.panel.aggregate import aggregate_panel, mean, median, standardize, trimmed_mean
from paritrana.panel.load import PanelScore


def spec(**overrides):
    base = {"criteria": {"a": {"weight": 3}, "b": {"weight": 1}}}
    return PanelSpec.model_validate({**base, **overrides})


def one_criterion(**overrides):
    return PanelSpec.model_validate({"criteria": {"a": {"weight": 1}}, **overrides})


def s(juror, candidate, criterion, value):
    return PanelScore(juror, candidate, criterion, value, "Nilai", "D2")


# ---- kernels -------------------------------------------------------------------------------


def test_mean():
    # (70 + 80 + 96) / 3 = 82
    assert mean([70, 80, 96]) == pytest.approx(82)


def test_median_of_an_odd_count_is_the_middle_score():
    # sorted 60, 75, 99 → 75
    assert median([99, 60, 75]) == 75


def test_median_of_an_even_count_is_the_mean_of_the_two_middle_scores():
    # sorted 60, 70, 90, 100 → (70 + 90) / 2 = 80
    assert median([100, 60, 90, 70]) == 80


def test_trimmed_mean_drops_one_highest_and_one_lowest():
    # 10, 70, 80, 90, 100 → drop 10 and 100 → (70 + 80 + 90) / 3 = 80
    assert trimmed_mean([100, 70, 10, 90, 80]) == pytest.approx(80)


def test_trimmed_mean_drops_only_one_of_equal_extremes():
    # 50, 50, 60, 70, 70 → drop one 50 and one 70 → (50 + 60 + 70) / 3 = 60
    assert trimmed_mean([50, 70, 60, 50, 70]) == pytest.approx(60)


def test_standardize_hand_worked():
    # J1: A 60, B 80 → m 70, s 10, z −1, +1;  J2 (lenient): A 70, B 90 → m 80, s 10, z −1, +1
    # M = (60 + 80 + 70 + 90) / 4 = 75;  S = √((10² + 10² + 10² + 10²) / 4) = 10
    # x' = z × 10 + 75 → A 65, 65; B 85, 85
    values, constant = standardize([60, 80, 70, 90], ["J1", "J1", "J2", "J2"])
    assert values == pytest.approx([65, 85, 65, 85])
    assert constant == []


def test_standardize_puts_a_constant_juror_at_the_panel_mean():
    # J1: 60, 80 (z −1, +1; s 10); J2: 70, 70 (s 0 → z 0)
    # M = 280 / 4 = 70;  S = √((100 + 100 + 0 + 0) / 4) = √50
    values, constant = standardize([60, 80, 70, 70], ["J1", "J1", "J2", "J2"])
    assert values[2:] == pytest.approx([70, 70])
    assert values[:2] == pytest.approx([70 - 50 ** 0.5, 70 + 50 ** 0.5])
    assert constant == ["J2"]


# ---- aggregate_panel ------------------------------------------------------------------------


def test_panel_score_weights_the_criteria():
    # a: mean(80, 60) = 70; b: mean(40, 60) = 50; panel = 0.75 × 70 + 0.25 × 50 = 65
    scores = [s("J1", "Alpha", "a", 80), s("J2", "Alpha", "a", 60),
              s("J1", "Alpha", "b", 40), s("J2", "Alpha", "b", 60)]
    result = aggregate_panel(scores, spec(), ["Alpha"]).candidates["Alpha"]
    assert result.criteria == {"a": 70, "b": 50}
    assert result.score == pytest.approx(65)


def test_an_abstention_is_left_out_not_counted_as_zero():
    # J3 abstains: mean over J1, J2 = (80 + 70) / 2 = 75 (a zero would give 50)
    scores = [s("J1", "Alpha", "a", 80), s("J2", "Alpha", "a", 70), s("J3", "Alpha", "a", None)]
    result = aggregate_panel(scores, one_criterion(), ["Alpha"]).candidates["Alpha"]
    assert result.score == pytest.approx(75)
    assert result.counts == {"a": 2} and result.jurors == 2


def test_median_aggregation():
    # median(50, 80, 90) = 80
    scores = [s(j, "Alpha", "a", v) for j, v in (("J1", 50), ("J2", 90), ("J3", 80))]
    result = aggregate_panel(scores, one_criterion(aggregation="median"), ["Alpha"]).candidates["Alpha"]
    assert result.score == 80


def test_trimmed_aggregation_with_five_jurors():
    # 20, 70, 75, 80, 100 → drop 20 and 100 → (70 + 75 + 80) / 3 = 75
    scores = [s(f"J{i}", "Alpha", "a", v) for i, v in enumerate((70, 20, 100, 80, 75))]
    result = aggregate_panel(scores, one_criterion(aggregation="trimmed"), ["Alpha"]).candidates["Alpha"]
    assert result.score == pytest.approx(75)
    assert result.method == "trimmed"


def test_trimmed_with_fewer_than_five_scores_is_an_error_by_default():
    scores = [s(f"J{i}", "Alpha", "a", v) for i, v in enumerate((70, 20, 100, 80))]
    with pytest.raises(DataError, match=r"^rata-rata terpangkas memerlukan sedikitnya 5 nilai; nilai kurang untuk "
                                        r"Alpha pada `a` \(4 nilai\); atur `panel: trimmed_fallback:`"):
        aggregate_panel(scores, one_criterion(aggregation="trimmed"), ["Alpha"])


def test_trimmed_falls_back_to_the_mean_when_configured():
    # 4 scores: mean (70 + 20 + 100 + 80) / 4 = 67.5, and a note says so
    scores = [s(f"J{i}", "Alpha", "a", v) for i, v in enumerate((70, 20, 100, 80))]
    agg = aggregate_panel(scores, one_criterion(aggregation="trimmed", trimmed_fallback="mean"), ["Alpha"])
    assert agg.candidates["Alpha"].score == pytest.approx(67.5)
    assert agg.candidates["Alpha"].method == "mean"
    assert str(agg.notes[0]) == ("kurang dari 5 nilai: rata-rata dipakai sebagai pengganti rata-rata terpangkas "
                                 "untuk Alpha pada `a` (4 nilai)")
    assert agg.notes[0].render("en") == ("fewer than 5 scores: the mean was used instead of the trimmed mean for "
                                         "Alpha on `a` (4)")


def test_too_few_jurors_names_the_candidate_and_criterion():
    scores = [s("J1", "Alpha", "a", 70), s("J2", "Alpha", "a", 80), s("J1", "Beta", "a", 60)]
    with pytest.raises(DataError, match=r"^jumlah juri kurang untuk Beta \(1 juri pada `a`\) \(sedikitnya 2 juri "
                                        r"per kriteria wawancara\); tambahkan nilai yang kurang"):
        aggregate_panel(scores, one_criterion(min_jurors=2), ["Alpha", "Beta"])


def test_a_finalist_without_any_row_is_an_error_naming_it():
    scores = [s("J1", "Alpha", "a", 70)]
    with pytest.raises(DataError, match=r'^finalis "Gamma" tidak dinilai oleh juri mana pun: tidak ada baris untuk '
                                        r"finalis ini dalam nilai juri mana pun; isi nilai juri untuk finalis ini"):
        aggregate_panel(scores, one_criterion(), ["Alpha", "Gamma"])


def test_a_finalist_every_juror_abstained_on_is_an_error_naming_it():
    scores = [s("J1", "Alpha", "a", 70), s("J1", "Gamma", "a", None), s("J2", "Gamma", "a", None)]
    with pytest.raises(DataError, match=r'^finalis "Gamma" tidak dinilai oleh juri mana pun: semua juri '
                                        r"mengosongkan nilainya \(abstain\)") as caught:
        aggregate_panel(scores, one_criterion(), ["Alpha", "Gamma"])
    assert caught.value.render("en").startswith('finalist "Gamma" was scored by no juror: every juror left its')


def test_percent_puts_a_one_to_ten_scale_on_zero_to_hundred():
    # scale 1–10, mean(7, 9) = 8 → 100 × (8 − 1) / 9 = 77.78
    scores = [s("J1", "Alpha", "a", 7), s("J2", "Alpha", "a", 9)]
    result = aggregate_panel(scores, one_criterion(scale=[1, 10]), ["Alpha"]).candidates["Alpha"]
    assert result.score == 8
    assert result.percent == pytest.approx(700 / 9)


# ---- standardisation and the lenient juror ------------------------------------------------------

# J3 abstains on Alpha (conflict of interest) and scores only Beta and Gamma. Alpha and Beta are
# close, so a lenient J3 (+10 on everything) lifts Beta above Alpha in a plain mean.
NEUTRAL = {"J1": {"Alpha": 76, "Beta": 74, "Gamma": 60},
           "J2": {"Alpha": 78, "Beta": 76, "Gamma": 62},
           "J3": {"Alpha": None, "Beta": 75, "Gamma": 61}}


def panel_scores(table, lenient=0):
    out = []
    for juror, row in table.items():
        for candidate, value in row.items():
            if juror == "J3" and value is not None:
                value += lenient
            out.append(s(juror, candidate, "a", value))
    return out


def combined(table, lenient, **settings):
    agg = aggregate_panel(panel_scores(table, lenient), one_criterion(**settings), ["Alpha", "Beta", "Gamma"])
    return {c: r.score for c, r in agg.candidates.items()}


def test_a_lenient_juror_changes_the_plain_mean_ranking():
    # neutral: Alpha (76 + 78) / 2 = 77 > Beta (74 + 76 + 75) / 3 = 75
    # lenient: Beta (74 + 76 + 85) / 3 = 78.33 > Alpha 77
    neutral, lenient = combined(NEUTRAL, 0), combined(NEUTRAL, 10)
    assert neutral["Alpha"] == pytest.approx(77) and neutral["Beta"] == pytest.approx(75)
    assert lenient["Beta"] == pytest.approx(235 / 3) and lenient["Beta"] > lenient["Alpha"]


def test_a_lenient_juror_changes_nothing_after_standardisation():
    # J3's +10 leaves J3's z-scores and the pooled within-juror std as they are, so every
    # candidate's standardised score keeps its gaps; only the panel mean M moves, by J3's share
    # of the +10: J3 gave 2 of the 8 scores → +10 × 2 / 8 = +2.5 for everyone.
    neutral = combined(NEUTRAL, 0, standardize=True)
    lenient = combined(NEUTRAL, 10, standardize=True)
    for candidate in neutral:
        assert lenient[candidate] - neutral[candidate] == pytest.approx(2.5)
    assert sorted(neutral, key=neutral.get) == sorted(lenient, key=lenient.get)
    assert neutral["Alpha"] > neutral["Beta"] and lenient["Alpha"] > lenient["Beta"]
