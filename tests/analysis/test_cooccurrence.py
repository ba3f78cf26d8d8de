"""Code co-occurrence against the hand-counted project of test_frequency_table: overlapping
pairs, documents and cases where two codes meet, and the Jaccard coefficients."""

import pytest

from qdacoder.analysis.cooccurrence import cell_pairs, cooccurrence
from qdacoder.analysis.filters import Filters

from .test_frequency_table import build_study

CODES = ["Factoren", "Factoren/Steun", "Factoren/Wachtlijst", "Participatie"]


@pytest.fixture
def study(project):
    return build_study(project)


def rounded(matrix):
    return [[None if v is None else round(v, 4) for v in row] for row in matrix.jaccard]


def test_overlapping_passages(project, study):
    m = cooccurrence(project, "overlap")
    assert m.row_labels == m.column_labels == CODES
    # the diagonal: each code's codings; Steun-Participatie: c9 in c8, c6 = c15; Steun-Wachtlijst: c16 in c12
    assert m.values() == [
        [1, 0, 0, 0],
        [0, 7, 1, 2],
        [0, 1, 5, 0],
        [0, 2, 0, 3],
    ]
    # (|A'| + |B'|) / (|A| + |B|): Steun-Wachtlijst (1 + 1) / (7 + 5), Steun-Participatie (2 + 2) / (7 + 3)
    assert rounded(m) == [
        [None, 0.0, 0.0, 0.0],
        [0.0, None, 0.1667, 0.4],
        [0.0, 0.1667, None, 0.0],
        [0.0, 0.4, 0.0, None],
    ]
    assert m.units == 16  # codings


def test_same_document(project, study):
    m = cooccurrence(project, "document")
    assert m.values() == [
        [1, 1, 0, 0],
        [1, 5, 4, 3],
        [0, 4, 4, 3],
        [0, 3, 3, 3],
    ]
    assert rounded(m) == [
        [None, 0.2, 0.0, 0.0],  # Factoren only in Dossier Fenna, Steun in 5 documents
        [0.2, None, 0.8, 0.6],
        [0.0, 0.8, None, 0.75],
        [0.0, 0.6, 0.75, None],
    ]
    assert m.units == 5


def test_same_case(project, study):
    m = cooccurrence(project, "case")
    assert m.values() == [
        [1, 1, 0, 0],
        [1, 4, 2, 2],
        [0, 2, 2, 2],
        [0, 2, 2, 2],
    ]
    assert rounded(m) == [
        [None, 0.25, 0.0, 0.0],
        [0.25, None, 0.5, 0.5],
        [0.0, 0.5, None, 1.0],
        [0.0, 0.5, 1.0, None],
    ]
    assert m.units == 4
    assert m.cell(study["Factoren/Wachtlijst"], study["Participatie"], "jaccard") == 1.0


def test_a_cell_opens_its_pairs(project, study):
    c = study
    assert cell_pairs(project, c["Factoren/Steun"], c["Participatie"], "overlap") == [(c["c6"], c["c15"]),
                                                                                     (c["c9"], c["c8"])]
    assert cell_pairs(project, c["Participatie"], c["Factoren/Steun"], "overlap") == [(c["c8"], c["c9"]),
                                                                                     (c["c15"], c["c6"])]
    assert cell_pairs(project, c["Factoren/Wachtlijst"], c["Participatie"], "document") == [
        (c["c1"], c["c4"]), (c["c5"], c["c15"]), (c["c7"], c["c8"])]
    assert cell_pairs(project, c["Factoren"], c["Factoren/Steun"], "case") == [(c["c11"], c["c10"])]
    assert cell_pairs(project, c["Factoren"], c["Factoren"], "case") == [(c["c11"], c["c11"])]
    # every cell's pairs agree with its count
    for scope in ("overlap", "document", "case"):
        m = cooccurrence(project, scope)
        for i, a in enumerate(m.codes):
            for j, b in enumerate(m.codes):
                pairs = cell_pairs(project, a.code_id, b.code_id, scope)
                assert bool(pairs) == bool(m.counts[i][j]), (scope, a.path, b.path)
                if scope == "overlap":  # pairs, and on the diagonal the code's codings
                    assert len(pairs) == m.counts[i][j]


def test_filters_apply_to_both_codes(project, study):
    m = cooccurrence(project, "document", filters=Filters(kinds=frozenset({"transcript"})))
    assert m.values()[1:] == [[0, 2, 2, 2], [0, 2, 2, 2], [0, 2, 2, 2]]
    assert rounded(m)[1] == [0.0, None, 1.0, 1.0]  # Factoren has no codings in transcripts
    empty = cooccurrence(project, "document", filters=Filters(kinds=frozenset({"report"})))
    assert rounded(empty)[0] == [None, None, None, None]  # neither code occurs: no coefficient
    bram = cooccurrence(project, "overlap", filters=Filters(coder_ids=frozenset({study["Bram"]})))
    assert bram.counts[1][3] == 0  # the Participatie codings are Anna's


def test_some_codes_only(project, study):
    m = cooccurrence(project, "case", code_ids=[study["Participatie"], study["Factoren/Wachtlijst"]])
    assert m.row_labels == ["Factoren/Wachtlijst", "Participatie"]
    assert m.values() == [[2, 2], [2, 2]]


def test_a_case_outside_the_case_filter_is_no_unit(project, study):
    from qdacoder.core import cases

    with project.transaction("share") as tx:  # Dossier Fenna also belongs to Casus Sem as a whole
        cases.link_document(tx, study["Casus Sem"], study["Dossier Fenna"])
    assert cooccurrence(project, "case").values()[0][:2] == [2, 2]  # Factoren and Steun meet in Fenna and Sem
    only_fenna = Filters(case_ids=frozenset({study["Casus Fenna"]}))
    m = cooccurrence(project, "case", filters=only_fenna)
    assert (m.values()[0][:2], m.units) == ([1, 1], 1)
