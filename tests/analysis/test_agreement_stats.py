"""Agreement statistics against the published worked examples (to the precision published),
small cases worked out by hand, and the edge cases: undefined, missing, unequal input."""

import ast
from fractions import Fraction
from pathlib import Path

import pytest

from qdacoder.analysis import agreement_stats
from qdacoder.analysis.agreement_stats import (
    BAND_LABELS,
    BANDS,
    UndefinedAgreement,
    band,
    brennan_prediger_kappa,
    cohen_from_table,
    cohen_kappa,
    fleiss_kappa,
    krippendorff_alpha_nominal,
    pairwise_cohen,
    percent_agreement,
    shown,
)

_ = None  # missing value

# Krippendorff (2011), "Computing Krippendorff's alpha-reliability", section C: 4 observers,
# 12 units, values 1-5, "." missing. Unit 12 has a single value and is not pairable.
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],  # A
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],  # B
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],  # C
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],  # D
]

# Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories.
FLEISS_WIKIPEDIA = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]

# Rows coder A, columns coder B: p_o = 35/50 = .70, p_e = (25*30 + 25*20)/50^2 = .50,
# kappa = (.70 - .50) / (1 - .50) = .40.
COHEN_TABLE = [[20, 5], [10, 15]]


def sequences_from_table(table, labels):
    a, b = [], []
    for i, row in enumerate(table):
        for j, count in enumerate(row):
            a += [labels[i]] * count
            b += [labels[j]] * count
    return a, b


# --- published examples ---------------------------------------------------------------------


def test_krippendorff_2011_nominal_alpha():
    alpha = krippendorff_alpha_nominal(KRIPPENDORFF_2011)
    assert round(alpha, 3) == 0.743
    # n = 40 pairable values, n_c = 9, 13, 10, 5, 3 (the paper's margins), sum o_cc = 32:
    # (39 * 32 - 344) / (40 * 39 - 344) = 904 / 1216 = 113 / 152 = .7434
    assert alpha == pytest.approx(113 / 152, abs=1e-12)


def test_fleiss_wikipedia_example():
    kappa = fleiss_kappa(FLEISS_WIKIPEDIA)
    assert round(kappa, 3) == 0.210
    assert kappa == pytest.approx(0.20993, abs=1e-5)


def test_cohen_from_the_table_and_from_the_ratings_it_counts():
    assert cohen_from_table(COHEN_TABLE) == pytest.approx(0.40, abs=1e-12)
    a, b = sequences_from_table(COHEN_TABLE, ["ja", "nee"])
    assert len(a) == 50
    assert cohen_kappa(a, b) == pytest.approx(0.40, abs=1e-12)
    assert percent_agreement(a, b) == pytest.approx(70.0)


# --- by hand ---------------------------------------------------------------------------------


def test_cohen_by_hand_with_three_categories():
    # Agreement on units 1, 2: p_o = 8/16; marginals A (a 2, b 1, c 1), B (a 2, b 1, c 1):
    # p_e = (2*2 + 1*1 + 1*1) / 16 = 6/16; kappa = (8/16 - 6/16) / (10/16) = 1/5.
    assert cohen_kappa(["a", "a", "b", "c"], ["a", "a", "c", "b"]) == pytest.approx(1 / 5)
    # Agreement on units 1, 3, 4: p_o = 12/16; B (a 1, b 2, c 1): p_e = (2 + 2 + 1) / 16 = 5/16;
    # kappa = (12/16 - 5/16) / (11/16) = 7/11.
    assert cohen_kappa(["a", "a", "b", "c"], ["a", "b", "b", "c"]) == pytest.approx(7 / 11)


def test_pairwise_mean_minimum_maximum_by_hand():
    ratings = {"Anne": [1, 1, 2, 2], "Bram": [1, 1, 1, 2], "Cas": [1, 2, 2, 2]}
    # Anne-Bram: p_o = 3/4, p_e = (2*3 + 2*1)/16 = 1/2, kappa = 1/2
    # Anne-Cas:  p_o = 3/4, p_e = (2*1 + 2*3)/16 = 1/2, kappa = 1/2
    # Bram-Cas:  p_o = 2/4, p_e = (3*1 + 1*3)/16 = 3/8, kappa = (1/8)/(5/8) = 1/5
    result = pairwise_cohen(ratings)
    assert list(result.pairs) == [("Anne", "Bram"), ("Anne", "Cas"), ("Bram", "Cas")]
    assert result.pairs[("Anne", "Bram")] == pytest.approx(0.5)
    assert result.pairs[("Anne", "Cas")] == pytest.approx(0.5)
    assert result.pairs[("Bram", "Cas")] == pytest.approx(0.2)
    assert result.mean == pytest.approx(0.4)
    assert (result.minimum, result.maximum) == (pytest.approx(0.2), pytest.approx(0.5))
    assert result.undefined == 0


def test_pairwise_leaves_an_undefined_pair_out_of_the_summary():
    result = pairwise_cohen({"A": ["x", "x", "x"], "B": ["x", "x", "x"], "C": ["x", "y", "x"]})
    assert result.pairs[("A", "B")] is None
    assert result.pairs[("A", "C")] == 0.0  # p_o = p_e = 2/3
    assert (result.mean, result.minimum, result.maximum, result.undefined) == (0.0, 0.0, 0.0, 1)
    nothing = pairwise_cohen({"A": ["x", "x"], "B": ["x", "x"]})
    assert (nothing.mean, nothing.minimum, nothing.maximum, nothing.undefined) == (None, None, None, 1)
    with pytest.raises(ValueError):
        pairwise_cohen({"A": [1, 2]})


# --- edge cases ------------------------------------------------------------------------------


def test_identical_ratings_agree_perfectly():
    a = ["steun", "zorg", "steun", "school", "zorg"]
    assert percent_agreement(a, list(a)) == 100.0
    assert cohen_kappa(a, list(a)) == 1.0
    assert pairwise_cohen({"A": a, "B": a, "C": a}).mean == 1.0
    assert fleiss_kappa([[3, 0, 0], [0, 3, 0], [3, 0, 0], [0, 0, 3]]) == 1.0
    assert krippendorff_alpha_nominal([a, a, a]) == 1.0


def test_one_category_only_is_undefined():
    assert cohen_kappa(["ja"] * 5, ["ja"] * 5) is None
    assert percent_agreement(["ja"] * 5, ["ja"] * 5) == 100.0
    with pytest.raises(UndefinedAgreement):
        cohen_from_table([[7, 0], [0, 0]])
    with pytest.raises(UndefinedAgreement):
        fleiss_kappa([[4, 0], [4, 0], [4, 0]])
    with pytest.raises(UndefinedAgreement):
        krippendorff_alpha_nominal([["ja", "ja", _], ["ja", "ja", "ja"]])
    assert issubclass(UndefinedAgreement, ValueError)
    # One category each, but not the same one: defined, and no better than chance.
    assert cohen_kappa(["ja"] * 4, ["nee"] * 4) == 0.0


def test_missing_values_are_skipped():
    a = ["x", "y", _, "x", "y", "x"]
    b = ["x", "x", "y", _, "y", "x"]
    # units 1, 2, 5, 6 rated by both: 3 of 4 agree
    assert percent_agreement(a, b) == 75.0
    assert cohen_kappa(a, b) == cohen_kappa(["x", "y", "y", "x"], ["x", "x", "y", "x"])
    # a unit with a single value is not pairable: adding one leaves alpha as it was
    with_single = [row + [value] for row, value in zip(KRIPPENDORFF_2011, [_, 4, _, _])]
    assert krippendorff_alpha_nominal(with_single) == krippendorff_alpha_nominal(KRIPPENDORFF_2011)
    with pytest.raises(ValueError):
        percent_agreement(["x", _], [_, "y"])  # no unit rated by both
    with pytest.raises(ValueError):
        krippendorff_alpha_nominal([["x", _], [_, "y"]])  # no pairable unit


def test_krippendorff_two_coders_by_hand():
    # 4 units, 8 values: o_xx = 2 + 2 (unit 1, 2), o_yy = 2 (unit 3), o_xy = o_yx = 1 (unit 4);
    # n_x = 5, n_y = 3; alpha = (7 * 6 - (20 + 6)) / (56 - 26) = 16 / 30
    data = [["x", "x", "y", "x"], ["x", "x", "y", "y"]]
    assert krippendorff_alpha_nominal(data) == pytest.approx(16 / 30)


def test_unequal_input_is_refused():
    with pytest.raises(ValueError, match="different number of units"):
        percent_agreement([1, 2, 3], [1, 2])
    with pytest.raises(ValueError):
        cohen_kappa([1, 2, 3], [1, 2])
    with pytest.raises(ValueError):
        pairwise_cohen({"A": [1, 2], "B": [1, 2], "C": [1]})
    with pytest.raises(ValueError, match="same number of raters"):
        fleiss_kappa([[2, 1], [1, 1]])
    with pytest.raises(ValueError):
        fleiss_kappa([[2, 1], [1, 1, 1]])
    with pytest.raises(ValueError):
        fleiss_kappa([[1, 0], [0, 1]])  # one rater per unit
    with pytest.raises(ValueError):
        fleiss_kappa([])
    with pytest.raises(ValueError):
        krippendorff_alpha_nominal([[1, 2, 3], [1, 2]])
    with pytest.raises(ValueError):
        cohen_from_table([[1, 2, 3], [4, 5, 6]])
    with pytest.raises(ValueError):
        cohen_from_table([[1, -1], [0, 2]])
    with pytest.raises(ValueError):
        cohen_from_table([[0, 0], [0, 0]])


# --- bands -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "key"),
    [
        (-0.1, "poor"),
        (-0.004, "poor"),  # shown -0.004: below 0, as the legend says
        (-0.0004, "slight"),  # shown 0.000
        (0, "slight"),
        (0.20, "slight"),
        (0.2004, "slight"),  # shown 0.200
        (0.204, "fair"),  # shown 0.204: above 0.20
        (0.2049999, "fair"),  # shown 0.205, like 0.205: the same figure, the same band
        (0.205, "fair"),
        (0.21, "fair"),
        (0.40, "fair"),
        (0.4005, "moderate"),  # shown 0.401 (half up, on the decimal as shown)
        (0.41, "moderate"),
        (0.60, "moderate"),
        (0.61, "substantial"),
        (0.80, "substantial"),
        (0.8004, "substantial"),
        (0.805, "almost_perfect"),
        (0.81, "almost_perfect"),
        (1.0, "almost_perfect"),
        (1.0000000000000002, "almost_perfect"),  # float noise on perfect agreement
        (Fraction(3, 4), "substantial"),
    ],
)
def test_band_boundaries(value, key):
    assert band(value) == key


def test_band_refuses_what_is_no_coefficient():
    for value in (1.01, float("nan"), float("inf")):
        with pytest.raises(ValueError):
            band(value)


def test_bands_have_the_reports_dutch_labels_marked_for_translation():
    assert [key for _, key, _ in BANDS] == [
        "poor", "slight", "fair", "moderate", "substantial", "almost_perfect"]
    assert list(BAND_LABELS.values()) == [
        "slecht", "gering", "matig", "redelijk", "voldoende tot goed", "bijna perfect"]
    assert [float(upper) for upper, _, _ in BANDS] == [-0.001, 0.20, 0.40, 0.60, 0.80, 1.00]
    # pyside6-lupdate finds only literal QT_TRANSLATE_NOOP("qdacoder", "...") calls
    tree = ast.parse(Path(agreement_stats.__file__).read_text(encoding="utf-8"))
    marked = [call.args[1].value for call in ast.walk(tree) if isinstance(call, ast.Call)
              and getattr(call.func, "id", None) == "QT_TRANSLATE_NOOP" and call.args[0].value == "qdacoder"]
    assert set(BAND_LABELS.values()) <= set(marked)


def test_shown_rounds_once_half_up_and_keeps_its_zeros():
    assert str(shown(0.4)) == "0.400" and str(shown(0.3944)) == "0.394"
    assert str(shown(0.2045)) == "0.205" and str(shown(2 / 3)) == "0.667"
    assert str(shown(-0.0004)) == "0.000" and str(shown(-0.004)) == "-0.004"
    assert str(shown(200 / 3, 1)) == "66.7" and str(shown(100.0, 1)) == "100.0"
    with pytest.raises(ValueError):
        shown(float("nan"))


def test_brennan_prediger_free_marginal_kappa():
    # the Cohen table: p_o = .70; k = 2: (.70 - .50) / .50 = .40 (here equal to Cohen's kappa,
    # whose p_e happens to be .50 too)
    a, b = sequences_from_table(COHEN_TABLE, ["ja", "nee"])
    assert brennan_prediger_kappa(a, b, 2) == pytest.approx(0.4)
    # skewed marginals: Cohen is low, kappa_n is not. 18 (1,1), 1 (1,0), 1 (0,1), 0 (0,0):
    # p_o = .90, p_e = (19*19 + 1*1)/400 = .905, Cohen = -.053; kappa_n = (.9 - .5)/.5 = .8
    a = [1] * 19 + [0]
    b = [1] * 18 + [0, 1]
    assert cohen_kappa(a, b) == pytest.approx(-0.05263, abs=1e-5)
    assert brennan_prediger_kappa(a, b, 2) == pytest.approx(0.8)
    # k = 4 categories, p_o = 1/2: (1/2 - 1/4) / (3/4) = 1/3; missing units skipped
    assert brennan_prediger_kappa([1, 2, 3, 4, None], [1, 2, 4, 3, 2], 4) == pytest.approx(1 / 3)
    with pytest.raises(ValueError):
        brennan_prediger_kappa([1, 1], [1, 1], 1)
