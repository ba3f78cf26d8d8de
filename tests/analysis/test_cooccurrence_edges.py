"""Co-occurrence and crosstab on the cases the array sweep and the branch roll-up must get
right, counted by hand on a small project:

  documents  Een (100 characters): in cases K1 and K2 as a whole (a shared document)
             Twee (100 characters): passages K3 [0, 50) and K4 [40, 100)
  codes      A, A/B, A/B/C (three deep), D, E (no codings)
  case attribute regio: K1 Noord, K2 Noord, K3 Zuid, K4 without a value

  coding  document  code   start-end  coder  valence     cases
  g1      Een       A/B/C  0-10       Anna   promoting   K1 K2
  g2      Een       D      5-15       Anna   hindering   K1 K2
  g3      Een       D      8-12       Bram   -           K1 K2
  g4      Een       A      10-20      Anna   -           K1 K2  (touches g1: no overlap)
  g5      Twee      A/B/C  0-10       Bram   -           K3     (g1's offsets, another document)
  g6      Twee      A/B    45-60      Anna   -           K3 K4
  g7      Twee      D      50-55      Anna   -           K4
  g8      Twee      A/B    0-100      Bram   promoting   K3 K4  (one long coding over g5, g6, g7)
"""

import pytest

from qdacoder.analysis import cooccurrence as co
from qdacoder.analysis.crosstab import crosstab
from qdacoder.analysis.filters import Filters
from qdacoder.core import attributes, cases, codes, codings, documents
from qdacoder.core.attributes import get_variable
from qdacoder.core.coders import ensure_coder

PATHS = ["A", "A/B", "A/B/C", "D", "E"]
CODINGS = (("Een", "A/B/C", 0, 10, "Anna", "promoting"), ("Een", "D", 5, 15, "Anna", "hindering"),
           ("Een", "D", 8, 12, "Bram", None), ("Een", "A", 10, 20, "Anna", None),
           ("Twee", "A/B/C", 0, 10, "Bram", None), ("Twee", "A/B", 45, 60, "Anna", None),
           ("Twee", "D", 50, 55, "Anna", None), ("Twee", "A/B", 0, 100, "Bram", "promoting"))


@pytest.fixture
def ids(project):
    ids = {"Anna": ensure_coder(project, "Anna de Vries").id, "Bram": ensure_coder(project, "Bram Jansen").id}
    for name in ("Een", "Twee"):
        ids[name] = documents.import_document(project, name=name, text=name[0] * 99 + "\n", kind="dossier").result
    for name in ("K1", "K2", "K3", "K4"):
        ids[name] = cases.add_case(project, name).result
    with project.transaction("cases") as tx:
        cases.link_document(tx, ids["K1"], ids["Een"])
        cases.link_document(tx, ids["K2"], ids["Een"])
    cases.assign_passage(project, ids["K3"], ids["Twee"], 0, 50)
    cases.assign_passage(project, ids["K4"], ids["Twee"], 40, 100)
    with project.transaction("codes") as tx:
        for path in PATHS:
            ids[path] = codes.ensure_path(tx, path)
    for number, (document, path, start, end, coder, valence) in enumerate(CODINGS, start=1):
        ids[f"g{number}"] = codings.add_coding(project, document_id=ids[document], code_id=ids[path], start=start,
                                               end=end, coder_id=ids[coder], valence=valence).result
    ids["regio"] = attributes.add_variable(project, target="case", name="regio", type="category",
                                           categories=["Noord", "Zuid"]).result
    for case, value in (("K1", "Noord"), ("K2", "Noord"), ("K3", "Zuid")):
        attributes.set_value(project, ids["regio"], ids[case], value)
    return ids


def rounded(matrix):
    return [[None if v is None else round(v, 4) for v in row] for row in matrix.jaccard]


def test_overlap_touching_other_documents_same_code_and_a_long_coding(project, ids):
    m = co.cooccurrence(project, "overlap")
    assert m.row_labels == PATHS
    # C-D: g1-g2, g1-g3; A-D: g2-g4, g3-g4; B-C: g8-g5; B-D: g6-g7, g8-g7 (g6-g8: one code)
    assert m.values() == [[1, 0, 0, 2, 0], [0, 2, 1, 2, 0], [0, 1, 2, 2, 0], [2, 2, 2, 3, 0], [0, 0, 0, 0, 0]]
    # A-D (1 + 2) / (1 + 3); B-C (1 + 1) / (2 + 2); B-D (2 + 1) / (2 + 3); C-D (1 + 2) / (2 + 3)
    assert rounded(m) == [[None, 0.0, 0.0, 0.75, 0.0], [0.0, None, 0.5, 0.6, 0.0], [0.0, 0.5, None, 0.6, 0.0],
                          [0.75, 0.6, 0.6, None, 0.0], [0.0, 0.0, 0.0, 0.0, None]]
    assert m.units == 8


def test_overlap_with_coder_and_valence_filters(project, ids):
    anna = co.cooccurrence(project, "overlap", filters=Filters(coder_ids=frozenset({ids["Anna"]})))
    assert anna.values() == [[1, 0, 0, 1, 0], [0, 1, 0, 1, 0], [0, 0, 1, 1, 0], [1, 1, 1, 2, 0], [0, 0, 0, 0, 0]]
    assert rounded(anna)[3] == [0.6667, 0.6667, 0.6667, None, 0.0]
    promoting = co.cooccurrence(project, "overlap", filters=Filters(valences=frozenset({"promoting"})))
    assert promoting.values()[1:3] == [[0, 1, 0, 0, 0], [0, 0, 1, 0, 0]]  # g1 and g8: other documents
    assert rounded(promoting)[0] == [None, 0.0, 0.0, None, None]  # A, D and E: none left
    nothing = co.cooccurrence(project, "overlap", filters=Filters(coder_ids=frozenset()))
    assert (nothing.values()[0], nothing.units) == ([0] * 5, 0)


def test_documents_and_cases_with_a_shared_document_and_passages(project, ids):
    m = co.cooccurrence(project, "document")
    assert m.values() == [[1, 0, 1, 1, 0], [0, 1, 1, 1, 0], [1, 1, 2, 2, 0], [1, 1, 2, 2, 0], [0, 0, 0, 0, 0]]
    assert rounded(m)[2] == [0.5, 0.5, None, 1.0, 0.0]
    # A {K1 K2}, B {K3 K4}, C {K1 K2 K3}, D {K1 K2 K4}: g7 lies after K3's passage
    m = co.cooccurrence(project, "case")
    assert m.values() == [[2, 0, 2, 2, 0], [0, 2, 1, 1, 0], [2, 1, 3, 2, 0], [2, 1, 2, 3, 0], [0, 0, 0, 0, 0]]
    assert rounded(m)[1] == [0.0, None, 0.25, 0.25, 0.0]
    assert rounded(m)[2] == [0.6667, 0.25, None, 0.5, 0.0]
    assert m.units == 4
    k3 = co.cooccurrence(project, "case", filters=Filters(case_ids=frozenset({ids["K3"]})))
    assert (k3.values()[1][:3], k3.units) == ([0, 1, 1], 1)


def test_blocks_as_small_as_one_document_give_the_same_figures(project, ids, monkeypatch):
    whole = {scope: co.cooccurrence(project, scope) for scope in co.SCOPES}
    monkeypatch.setattr(co, "_PAIR_BLOCK", 1)
    monkeypatch.setattr(co, "_CELL_BLOCK", 1)
    for scope in co.SCOPES:
        assert co.cooccurrence(project, scope) == whole[scope]


def test_crosstab_branches_count_a_coding_and_a_case_once(project, ids):
    result = crosstab(project, get_variable(project, ids["regio"]))
    assert [(c.label, c.n) for c in result.columns] == [("Noord", 2), ("Zuid", 1), ("missing", 1)]
    # g1 is in K1 and K2, both Noord: one coding; g6 and g8 in K3 (Zuid) and K4 (no value)
    assert dict(zip(result.row_labels, result.values("codings"))) == {
        "A": [2, 3, 2], "A/B": [1, 3, 2], "A/B/C": [1, 1, 0], "D": [2, 0, 1], "E": [0, 0, 0]}
    assert dict(zip(result.row_labels, result.values("cases"))) == {
        "A": [2, 1, 1], "A/B": [2, 1, 1], "A/B/C": [2, 1, 0], "D": [2, 0, 1], "E": [0, 0, 0]}
    bram = crosstab(project, get_variable(project, ids["regio"]), filters=Filters(coder_ids=frozenset({ids["Bram"]})))
    assert dict(zip(bram.row_labels, bram.values("codings"))) == {
        "A": [0, 2, 1], "A/B": [0, 2, 1], "A/B/C": [0, 1, 0], "D": [1, 0, 0], "E": [0, 0, 0]}
    assert dict(zip(bram.row_labels, bram.values("cases"))) == {
        "A": [0, 1, 1], "A/B": [0, 1, 1], "A/B/C": [0, 1, 0], "D": [2, 0, 0], "E": [0, 0, 0]}  # g3: K1 and K2
