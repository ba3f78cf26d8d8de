"""Inter-coder agreement on a small fictional project, every figure computed by hand.

The project (document lengths in characters; W = Wachtlijst, S = Steun mentor, L = Leeg, a
code nobody used, so it is left out unless asked for; "Verslag" has no codings, and without
assignments it counts as "nothing found" by every coder):

    D1 "Interview Sanne" (100)   Anna: W [0,20) W [40,60) S [70,90)   Bram: W [0,20) S [70,100)
    D2 "Interview Mo"    (100)   Anna: W [10,30)                       Bram: nothing
    D3 "Veldnotitie"     (50)    Anna: nothing                         Bram: S [0,10)
    D4 "Verslag"         (80)    nobody
Cees (three-coder tests only): W [0,20) in D1.
"""

import random
from collections import Counter

import pytest

from qdacoder.analysis.agreement import DOCUMENTS_ALL, DOCUMENTS_ASSIGNED, agreement, weighted_alpha, weighted_fleiss
from qdacoder.analysis.agreement_stats import fleiss_kappa, krippendorff_alpha_nominal
from qdacoder.core.assignments import assign_documents
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
    # no assignments: every document counts for both, D4 too (nobody found anything there)
    assert report.documents == 4 and not report.assigned and report.documents_sentence == DOCUMENTS_ALL
    rows = _rows(report)
    # W: D1 (1,1) D2 (1,0) D3 (0,0) D4 (0,0). p_o = 3/4; A 2x1 2x0, B 1x1 3x0:
    # p_e = (2*1 + 2*3)/16 = 1/2; kappa = (3/4 - 1/2) / (1/2) = 0.5. S mirrors it:
    # D1 (1,1) D2 (0,0) D3 (0,1) D4 (0,0). Brennan-Prediger, k = 2: (3/4 - 1/2) / (1/2) = 0.5
    for path in ("Wachtlijst", "Steun mentor"):
        assert rows[path].n == 4 and rows[path].percent == 75.0
        assert rows[path].kappa.value == APPROX(0.5) and rows[path].free_kappa.value == APPROX(0.5)
        assert rows[path].kappa.band == "moderate" and rows[path].kappa.band_label == "redelijk"
        assert str(rows[path].kappa.shown) == "0.500"
    # the code nobody used is listed, not counted (it would be agreement on "absent" only)
    assert "Leeg" not in rows and report.unused_codes == ["Leeg"]
    # overall, 8 units: (1,1)x2 (1,0) (0,1) (0,0)x4. p_o = 3/4, p_e = (3*3 + 5*5)/64 = 34/64,
    # kappa = (48 - 34)/(64 - 34) = 7/15 = Fleiss for two coders with equal marginals. Alpha:
    # n = 16 values, n1 = 6, n0 = 10, o_cc = 6 * 2 = 12, alpha = (15*12 - (30 + 90)) / (240 - 120)
    overall = report.overall
    assert overall.n == overall.n_all == 8 and overall.percent == 75.0
    assert overall.kappa.value == APPROX(7 / 15) and overall.kappa.band_label == "redelijk"
    assert overall.fleiss.value == APPROX(7 / 15)
    assert overall.alpha.value == APPROX(0.5)
    assert overall.free_kappa.value == APPROX(0.5)
    assert report.mean_code_kappa == APPROX(0.5)


def test_unused_codes_on_request(project, study):
    report = agreement(project, [study["Anna"], study["Bram"]], "occurrence", include_unused=True)
    empty = _rows(report)["Leeg"]
    # four (0,0) units: full agreement but no variation; Brennan-Prediger reads it as 1
    assert (empty.n, empty.percent) == (4, 100.0)
    assert empty.kappa.value is None and empty.kappa.reason == "no variation"
    assert empty.fleiss.value is None and empty.alpha.value is None and empty.kappa.band is None
    assert empty.free_kappa.value == APPROX(1.0)
    assert report.unused_codes == ["Leeg"] and report.include_unused
    # pooled with 4 more (0,0): p_o = 10/12, A 3 of 12, B 3 of 12: p_e = (9 + 81)/144;
    # kappa = (120 - 90)/(144 - 90) = 5/9
    assert report.overall.n == 12 and report.overall.kappa.value == APPROX(5 / 9)


def test_frequency_counts_are_categories(project, study):
    rows = _rows(agreement(project, [study["Anna"], study["Bram"]], "frequency"))
    # W: D1 (2,1) D2 (1,0) D3 (0,0) D4 (0,0): D3 and D4 agree, p_o = 1/2; A {2,1,0,0}, B
    # {1,0,0,0}: p_e = (1*0 + 1*1 + 2*3)/16 = 7/16, so kappa = (8 - 7)/(16 - 7) = 1/9 ("gering")
    w = rows["Wachtlijst"]
    assert w.percent == 50.0 and w.kappa.value == APPROX(1 / 9) and w.kappa.band == "slight"
    # Brennan-Prediger: counts 1 and 2 seen, plus zero: k = 3; (1/2 - 1/3) / (2/3) = 1/4
    assert w.free_kappa.value == APPROX(0.25)
    assert rows["Steun mentor"].kappa.value == APPROX(0.5)  # the same as its occurrence
    assert rows["Steun mentor"].free_kappa.value == APPROX(0.5)  # only count 1 seen: k = 2


def test_frequency_overall(project, study):
    report = agreement(project, [study["Anna"], study["Bram"]], "frequency")
    # 8 units (2,1) (1,0) (0,0) (0,0) | (1,1) (0,0) (0,1) (0,0); agreeing: (0,0)x4 and (1,1):
    # p_o = 5/8; A 2:1 1:2 0:5, B 1:3 0:5: p_e = (0 + 2*3 + 5*5)/64 = 31/64;
    # kappa = (40 - 31)/(64 - 31) = 3/11
    assert report.overall.kappa.value == APPROX(3 / 11)
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
    # nobody used Leeg: no segments at all; asked for, it is a row without units
    assert "Leeg" not in rows and report.unused_codes == ["Leeg"]
    leeg = _rows(agreement(project, [study["Anna"], study["Bram"]], "overlap", include_unused=True))["Leeg"]
    assert leeg.n == 0 and leeg.percent is None and leeg.kappa.reason == "no units"
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
    # N = 100 + 100 + 50 + 80 = 330 characters per code.
    # W: both 20, only Anna 40, only Bram 0, neither 270: p_o = 290/330;
    # p_e = (60*20 + 270*310)/330^2 = 84900/108900; kappa = (95700 - 84900)/(108900 - 84900) = 0.45
    w = rows["Wachtlijst"]
    assert w.n == 330 and w.percent == APPROX(29000 / 330) and w.kappa.value == APPROX(0.45)
    assert w.kappa.band_label == "redelijk"
    # S: both 20, only Anna 0, only Bram 20 ([90,100) and D3 [0,10)), neither 290: p_o = 310/330;
    # p_e = (20*40 + 310*290)/108900 = 90700/108900; kappa = 11600/18200 = 58/91 ("voldoende tot goed")
    s = rows["Steun mentor"]
    assert s.kappa.value == APPROX(58 / 91) and s.kappa.band == "substantial"
    assert "Leeg" not in rows
    # pooled: both 40, only A 40, only B 20, neither 560 (N 660): p_o = 600/660;
    # p_e = (80*60 + 580*600)/660^2 = 352800/435600; kappa = 43200/82800 = 12/23
    assert report.overall.n == 660 and report.overall.kappa.value == APPROX(12 / 23)
    assert report.mean_code_kappa == APPROX((0.45 + 58 / 91) / 2)


def test_three_coders_pairwise_fleiss_alpha(project, study):
    report = agreement(project, [study["Anna"], study["Bram"], study["Cees"]], "occurrence")
    w = _rows(report)["Wachtlijst"]
    # D1 (1,1,1) D2 (1,0,0) D3 (0,0,0) D4 (0,0,0). Anna-Bram and Anna-Cees 0.5 (as above);
    # Bram-Cees identical: kappa 1. Mean 2/3, range 0.5-1.
    assert [p.coders for p in w.pairs] == [("Anna", "Bram"), ("Anna", "Cees"), ("Bram", "Cees")]
    assert [p.kappa.value for p in w.pairs] == [APPROX(0.5), APPROX(0.5), APPROX(1.0)]
    assert [p.n for p in w.pairs] == [4, 4, 4]
    assert (w.kappa.value, w.kappa_min, w.kappa_max) == (APPROX(2 / 3), APPROX(0.5), APPROX(1.0))
    assert w.percent == 75.0  # all three agree on D1, D3 and D4
    # Fleiss: P_i = 1, 1/3, 1, 1 -> P = 5/6; p1 = 1/3, p0 = 2/3 -> P_e = 5/9; kappa = 5/8
    assert w.fleiss.value == APPROX(0.625)
    # alpha: n = 12, n1 = 4, n0 = 8, o_cc = 3 + 1 + 3 + 3 = 10: (11*10 - 68)/(132 - 68) = 42/64
    assert w.alpha.value == APPROX(42 / 64)
    data = [[1, 1, 0, 0], [1, 0, 0, 0], [1, 0, 0, 0]]
    assert w.fleiss.value == APPROX(fleiss_kappa([[3 - sum(u), sum(u)] for u in zip(*data)]))
    assert w.alpha.value == APPROX(krippendorff_alpha_nominal(data))
    # Brennan-Prediger per pair: p_o 3/4, 3/4, 1 -> 0.5, 0.5, 1; the row gives their mean
    assert w.free_kappa.value == APPROX(2 / 3)


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
    # every document counts: W: both 0, only Cees 20, neither 310: p_o = p_e = 310/330, kappa 0;
    # only W was used by either of them
    assert report.documents == 4 and [r.path for r in report.rows] == ["Wachtlijst"]
    assert _rows(report)["Wachtlijst"].kappa.value == APPROX(0.0)
    nobody = agreement(project, [dirk, ensure_coder(project, "Eva").id], "overlap")
    assert nobody.documents == 4 and nobody.rows == [] and nobody.overall.n == 0
    assert nobody.overall.kappa.reason == "no units"
    assert nobody.unused_codes == ["Wachtlijst", "Steun mentor", "Leeg"]
    with pytest.raises(ValueError):
        agreement(project, [study["Anna"], 999], "occurrence")


def test_assigned_documents_only_and_missing_is_not_nothing(project, study):
    # Anna and Bram were both given D1 and D3; Anna's coding in D2 lies outside her documents
    for coder in ("Anna", "Bram"):
        assign_documents(project, study[coder], [study["D1"], study["D3"]])
    report = agreement(project, [study["Anna"], study["Bram"]], "occurrence")
    assert report.assigned and report.documents_sentence == DOCUMENTS_ASSIGNED
    assert report.documents == 2 and report.document_ids == [study["D1"], study["D3"]]
    assert report.outside_assignment == 1 and report.single_coder_documents == []
    rows = _rows(report)
    # W: D1 (1,1) D3 (0,0): kappa 1. S: D1 (1,1) D3 (0,1): p_o 1/2, p_e = (1*2 + 1*0)/4, kappa 0
    assert rows["Wachtlijst"].kappa.value == APPROX(1.0) and rows["Wachtlijst"].n == 2
    assert rows["Steun mentor"].kappa.value == APPROX(0.0)
    # Cees has nothing assigned: missing everywhere, so Anna-Cees share no document
    with_cees = agreement(project, [study["Anna"], study["Cees"]], "occurrence")
    assert with_cees.unassigned_coders == ["Cees"] and with_cees.documents == 0
    assert with_cees.single_coder_documents == ["Interview Sanne", "Veldnotitie"]
    assert with_cees.overall.kappa.reason == "no units"


def test_missing_per_statistic_with_three_coders(project, study):
    # D1 to all three, D2 to Anna and Bram only: Fleiss and "all agree" use D1 alone, the pairs
    # their shared documents, alpha every value present
    assign_documents(project, study["Anna"], [study["D1"], study["D2"]])
    assign_documents(project, study["Bram"], [study["D1"], study["D2"]])
    assign_documents(project, study["Cees"], [study["D1"]])
    w = _rows(agreement(project, [study["Anna"], study["Bram"], study["Cees"]], "occurrence"))["Wachtlijst"]
    # W: D1 (1,1,1), D2 (1,0,·)
    assert (w.n, w.n_all, w.percent) == (2, 1, 100.0)
    assert [p.n for p in w.pairs] == [2, 1, 1]
    assert w.pairs[0].percent == 50.0 and w.fleiss.reason == "no variation" and w.fleiss.n == 1
    # alpha: values 1,1,1 | 1,0: n = 5, n1 = 4, n0 = 1, o_cc = 3 + 0 = 3: (4*3 - 12)/(20 - 12) = 0
    assert w.alpha.value == APPROX(0.0) and w.alpha.n == 2
    assert w.alpha.value == APPROX(krippendorff_alpha_nominal([[1, 1], [1, 0], [1, None]]))


def test_per_document_agreement_lowest_first(project, study):
    report = agreement(project, [study["Anna"], study["Bram"]], "occurrence")
    # over W and S: D2 (1,0) (0,0) and D3 (0,0) (0,1) agree on half; D1 and D4 on both
    assert [(d.name, d.n, d.percent) for d in report.document_rows] == [
        ("Interview Mo", 2, 50.0), ("Veldnotitie", 2, 50.0), ("Interview Sanne", 2, 100.0), ("Verslag", 2, 100.0)]
    # D2 alpha: n = 4 values, n1 = 1, n0 = 3, o_cc = 2: (3*2 - 6)/(12 - 6) = 0
    assert report.document_rows[0].alpha.value == APPROX(0.0)
    assert report.document_rows[0].coders == ["Anna", "Bram"]
    assert report.document_rows[-1].alpha.reason == "no variation"


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


def test_weighted_alpha_with_missing_equals_agreement_stats():
    rng = random.Random(7)
    checked = 0
    for _ in range(40):
        units = [tuple(rng.choice([0, 1, 2, None]) for _ in range(3)) for _ in range(rng.randint(3, 12))]
        data = [list(c) for c in zip(*units)]
        try:
            expected = krippendorff_alpha_nominal(data)
        except ValueError:  # nothing pairable, or no variation
            continue
        assert weighted_alpha(Counter(units)).value == APPROX(expected)
        checked += 1
    assert checked > 20
