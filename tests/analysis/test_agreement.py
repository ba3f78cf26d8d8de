"""Inter-coder agreement on a small fictional project, every figure computed by hand.

The project (document lengths in characters; W = Wachtlijst, S = Steun mentor, L = Leeg, a
code nobody used; "Verslag" has no codings, so it is outside the default documents):

    D1 "Interview Sanne" (100)   Anna: W [0,20) W [40,60) S [70,90)   Bram: W [0,20) S [70,100)
    D2 "Interview Mo"    (100)   Anna: W [10,30)                       Bram: nothing
    D3 "Veldnotitie"     (50)    Anna: nothing                         Bram: S [0,10)
    D4 "Verslag"         (80)    nobody
Cees (three-coder tests only): W [0,20) in D1.
"""

import random
from collections import Counter

import pytest

from qdacoder.analysis.agreement import agreement, weighted_alpha, weighted_fleiss
from qdacoder.analysis.agreement_stats import fleiss_kappa, krippendorff_alpha_nominal
from qdacoder.core.coders import ensure_coder
from qdacoder.core.codes import add_code
from qdacoder.core.codings import add_coding
from qdacoder.core.documents import import_document

APPROX = pytest.approx


def _text(opening: str, length: int) -> str:
    return (opening + " Ze praat over school, thuis en de jeugdhulp. " * 5)[:length]


def build_study(project) -> dict:
    """The project of the module docstring; returns the ids by key and name."""
    ids = {}
    for key, name, length in (("D1", "Interview Sanne", 100), ("D2", "Interview Mo", 100),
                              ("D3", "Veldnotitie", 50), ("D4", "Verslag", 80)):
        ids[key] = import_document(project, name=name, text=_text(name, length)).result
    for key, name in (("W", "Wachtlijst"), ("S", "Steun mentor"), ("L", "Leeg")):
        ids[key] = add_code(project, name).result
    for name in ("Anna", "Bram", "Cees"):
        ids[name] = ensure_coder(project, name).id

    def code(coder, code_key, document, start, end):
        add_coding(project, document_id=ids[document], code_id=ids[code_key], start=start, end=end,
                   coder_id=ids[coder])

    code("Anna", "W", "D1", 0, 20)
    code("Anna", "W", "D1", 40, 60)
    code("Anna", "S", "D1", 70, 90)
    code("Anna", "W", "D2", 10, 30)
    code("Bram", "W", "D1", 0, 20)
    code("Bram", "S", "D1", 70, 100)
    code("Bram", "S", "D3", 0, 10)
    code("Cees", "W", "D1", 0, 20)
    return ids


@pytest.fixture
def study(project):
    return build_study(project)


def _rows(report):
    return {r.path: r for r in report.rows}


def test_occurrence_two_coders(project, study):
    report = agreement(project, [study["Anna"], study["Bram"]], "occurrence")
    assert report.documents == 3  # D4: nobody coded anything there
    rows = _rows(report)
    # W: D1 (1,1) D2 (1,0) D3 (0,0). p_o = 2/3; marginals A 2x1, B 1x1: p_e = (2*1 + 1*2)/9 = 4/9;
    # kappa = (2/3 - 4/9) / (5/9) = 0.4. S mirrors it: D1 (1,1) D2 (0,0) D3 (0,1).
    for path in ("Wachtlijst", "Steun mentor"):
        assert rows[path].n == 3
        assert rows[path].percent == APPROX(200 / 3)
        assert rows[path].kappa.value == APPROX(0.4)
        assert rows[path].kappa.band == "fair" and rows[path].kappa.band_label == "matig"
    # the code nobody used: three (0,0) units, full agreement but no variation
    empty = rows["Leeg"]
    assert (empty.n, empty.percent) == (3, 100.0)
    assert empty.kappa.value is None and empty.kappa.reason == "no variation"
    assert empty.fleiss.value is None and empty.alpha.value is None and empty.kappa.band is None
    # overall, 9 units: (1,1)x2 (1,0) (0,1) (0,0)x5. p_o = 7/9, p_e = (3*3 + 6*6)/81 = 5/9,
    # kappa = (2/9)/(4/9) = 0.5 = Fleiss for two coders. Alpha: n = 18 values, n1 = 6, n0 = 12,
    # o_cc = 7 * 2 = 14, alpha = (17*14 - (30 + 132)) / (306 - 162) = 76/144.
    overall = report.overall
    assert overall.n == 9 and overall.percent == APPROX(700 / 9)
    assert overall.kappa.value == APPROX(0.5) and overall.kappa.band_label == "redelijk"
    assert overall.fleiss.value == APPROX(0.5)
    assert overall.alpha.value == APPROX(76 / 144)
    assert report.mean_code_kappa == APPROX(0.4)


def test_frequency_counts_are_categories(project, study):
    rows = _rows(agreement(project, [study["Anna"], study["Bram"]], "frequency"))
    # W: D1 (2,1) D2 (1,0) D3 (0,0): only D3 agrees, p_o = 1/3; A {2,1,0}, B {1,0,0}:
    # p_e = (1*0 + 1*1 + 1*2)/9 = 1/3, so kappa = 0 ("gering")
    w = rows["Wachtlijst"]
    assert w.percent == APPROX(100 / 3) and w.kappa.value == APPROX(0.0) and w.kappa.band == "slight"
    assert rows["Steun mentor"].kappa.value == APPROX(0.4)  # the same as its occurrence


def test_frequency_overall(project, study):
    report = agreement(project, [study["Anna"], study["Bram"]], "frequency")
    # 9 units (2,1) (1,0) (0,0) | (1,1) (0,0) (0,1) | (0,0)x3; agreeing: (0,0)x5 and (1,1):
    # p_o = 6/9; A 2:1 1:2 0:6, B 1:3 0:6: p_e = (0 + 2*3 + 6*6)/81 = 42/81;
    # kappa = (54 - 42)/(81 - 42) = 12/39
    assert report.overall.kappa.value == APPROX(12 / 39)
    assert report.overall.kappa.band_label == "matig"


def test_overlap_segments(project, study):
    report = agreement(project, [study["Anna"], study["Bram"]], "overlap", threshold=0.9)
    rows = _rows(report)
    # W: D1 [0,20) both (IoU 1), Anna's [40,60) alone, Anna's D2 [10,30) alone: (1,1) (1,0) (1,0)
    # p_o = 1/3; A all 1, B 1:1 0:2: p_e = 3*1/9 = 1/3, kappa = 0
    w = rows["Wachtlijst"]
    assert (w.n, w.percent) == (3, APPROX(100 / 3)) and w.kappa.value == APPROX(0.0)
    # S: [70,90) vs [70,100): IoU 20/30 < 0.9, so (1,0) (0,1), and Bram's D3 (0,1).
    # p_o = 0, p_e = (1*2 + 2*1)/9 = 4/9, kappa = -(4/9)/(5/9) = -0.8 ("slecht")
    s = rows["Steun mentor"]
    assert s.percent == 0.0 and s.kappa.value == APPROX(-0.8) and s.kappa.band_label == "slecht"
    # nobody used Leeg: no segments at all
    assert rows["Leeg"].n == 0 and rows["Leeg"].percent is None
    assert rows["Leeg"].kappa.value is None and rows["Leeg"].kappa.reason == "no units"
    # overall 6 segments: (1,1) (1,0)x3 (0,1)x2: p_o = 1/6, p_e = (4*3 + 2*3)/36 = 1/2, kappa = -2/3
    assert report.overall.n == 6 and report.overall.kappa.value == APPROX(-2 / 3)
    # a lower threshold matches S in D1 (IoU 2/3): (1,1) (0,1): p_o = 1/2; A 1:1 0:1, B 1:2 0:0:
    # p_e = (1*2 + 1*0)/4 = 1/2, kappa = 0
    loose = _rows(agreement(project, [study["Anna"], study["Bram"]], "overlap", threshold=0.6))
    assert loose["Steun mentor"].percent == 50.0 and loose["Steun mentor"].kappa.value == APPROX(0.0)


@pytest.mark.parametrize("end, matched", [(90, True), (89, False)])
def test_overlap_threshold_ninety_percent(project, end, matched):
    document = import_document(project, name="Interview Fleur", text=_text("Fleur", 100)).result
    code = add_code(project, "Thuissituatie").result
    anna, bram = ensure_coder(project, "Anna").id, ensure_coder(project, "Bram").id
    add_coding(project, document_id=document, code_id=code, start=0, end=100, coder_id=anna)
    add_coding(project, document_id=document, code_id=code, start=0, end=end, coder_id=bram)
    row = agreement(project, [anna, bram], "overlap").rows[0]  # default threshold 0.9
    if matched:  # 90/100 = 90%: one segment coded by both
        assert (row.n, row.percent) == (1, 100.0) and row.kappa.reason == "no variation"
    else:  # 89/100: two segments (1,0) and (0,1), no agreement
        assert (row.n, row.percent) == (2, 0.0)


def test_character_level_from_intervals(project, study):
    report = agreement(project, [study["Anna"], study["Bram"]], "character")
    rows = _rows(report)
    # N = 100 + 100 + 50 = 250 characters per code.
    # W: both 20, only Anna 40, only Bram 0, neither 190: p_o = 210/250;
    # p_e = (60*20 + 190*230)/250^2 = 44900/62500; kappa = 0.1216/0.2816 = 19/44
    w = rows["Wachtlijst"]
    assert w.n == 250 and w.percent == APPROX(84.0) and w.kappa.value == APPROX(19 / 44)
    assert w.kappa.band_label == "redelijk"
    # S: both 20, only Anna 0, only Bram 20 ([90,100) and D3 [0,10)), neither 210: p_o = .92;
    # p_e = (20*40 + 230*210)/62500 = .7856; kappa = .1344/.2144 = 42/67 ("voldoende tot goed")
    s = rows["Steun mentor"]
    assert s.percent == APPROX(92.0) and s.kappa.value == APPROX(42 / 67) and s.kappa.band == "substantial"
    assert rows["Leeg"].n == 250 and rows["Leeg"].kappa.reason == "no variation"
    # pooled: both 40, only A 40, only B 20, neither 650 (N 750): p_o = .92;
    # p_e = (80*60 + 670*690)/750^2 = .8304; kappa = .0896/.1696 = 28/53
    assert report.overall.n == 750 and report.overall.kappa.value == APPROX(28 / 53)
    assert report.mean_code_kappa == APPROX((19 / 44 + 42 / 67) / 2)


def test_three_coders_pairwise_fleiss_alpha(project, study):
    report = agreement(project, [study["Anna"], study["Bram"], study["Cees"]], "occurrence")
    w = _rows(report)["Wachtlijst"]
    # D1 (1,1,1) D2 (1,0,0) D3 (0,0,0). Anna-Bram and Anna-Cees 0.4 (as above); Bram-Cees
    # identical: kappa 1. Mean 0.6, range 0.4-1.
    assert [p.coders for p in w.pairs] == [("Anna", "Bram"), ("Anna", "Cees"), ("Bram", "Cees")]
    assert [p.kappa.value for p in w.pairs] == [APPROX(0.4), APPROX(0.4), APPROX(1.0)]
    assert (w.kappa.value, w.kappa_min, w.kappa_max) == (APPROX(0.6), APPROX(0.4), APPROX(1.0))
    assert w.percent == APPROX(200 / 3)  # all three agree on D1 and D3
    # Fleiss: P_i = 1, 1/3, 1 -> P = 7/9; p1 = 4/9, p0 = 5/9 -> P_e = 41/81; kappa = 22/40
    assert w.fleiss.value == APPROX(0.55)
    # alpha: n = 9, n1 = 4, n0 = 5, o_cc = 3 + 1 + 3 = 7: (8*7 - 32)/(72 - 32) = 0.6
    assert w.alpha.value == APPROX(0.6)
    data = [[1, 1, 0], [1, 0, 0], [1, 0, 0]]
    assert w.fleiss.value == APPROX(fleiss_kappa([[3 - sum(u), sum(u)] for u in zip(*data)]))
    assert w.alpha.value == APPROX(krippendorff_alpha_nominal(data))


def test_three_coders_character_and_overlap(project, study):
    coders = [study["Anna"], study["Bram"], study["Cees"]]
    w = _rows(agreement(project, coders, "character"))["Wachtlijst"]
    # Bram and Cees coded W identically: both 20, neither 230 -> kappa 1
    assert w.pairs[2].kappa.value == APPROX(1.0) and w.fleiss.value is not None
    o = _rows(agreement(project, coders, "overlap"))["Wachtlijst"]
    # segments: D1 [0,20) by all three, Anna's two alone: Bram-Cees have one shared unit only
    assert o.n == 3 and o.pairs[2].kappa.n == 1 and o.pairs[2].kappa.reason == "no variation"


def test_chosen_documents_and_codes(project, study):
    report = agreement(project, [study["Anna"], study["Bram"]], "occurrence",
                       document_ids=[study["D1"], study["D4"]], code_ids=[study["W"]])
    assert report.documents == 2 and [r.path for r in report.rows] == ["Wachtlijst"]
    # D1 (1,1), D4 (0,0): full agreement, kappa 1
    assert report.rows[0].percent == 100.0 and report.rows[0].kappa.value == APPROX(1.0)


def test_bad_input(project, study):
    with pytest.raises(ValueError):
        agreement(project, [study["Anna"]], "occurrence")
    with pytest.raises(ValueError):
        agreement(project, [study["Anna"], study["Bram"]], "sentence")


def test_coders_who_coded_nothing_at_all(project, study):
    dirk = ensure_coder(project, "Dirk").id
    report = agreement(project, [study["Cees"], dirk], "character")
    # default documents: only D1 (Cees); W: both 0, only Cees 20, neither 80: p_o = .8, p_e =
    # (20*0 + 80*100)/100^2 = .8, kappa = 0
    assert report.documents == 1 and _rows(report)["Wachtlijst"].kappa.value == APPROX(0.0)
    nobody = agreement(project, [dirk, ensure_coder(project, "Eva").id], "overlap")
    assert nobody.documents == 0 and nobody.overall.n == 0 and nobody.overall.kappa.reason == "no units"
    with pytest.raises(ValueError):
        agreement(project, [study["Anna"], 999], "occurrence")


def test_weighted_forms_equal_agreement_stats():
    rng = random.Random(4)
    for _ in range(30):
        units = [tuple(rng.randrange(3) for _ in range(3)) for _ in range(rng.randint(3, 12))]
        counts = Counter(units)
        if len({v for u in units for v in u}) < 2:
            continue
        table = [[u.count(c) for c in range(3)] for u in units]
        assert weighted_fleiss(counts).value == APPROX(fleiss_kappa(table))
        assert weighted_alpha(counts).value == APPROX(krippendorff_alpha_nominal([list(c) for c in zip(*units)]))
