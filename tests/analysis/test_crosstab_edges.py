"""The crosstab by a case or a document attribute where a coding's cases are not simply "the
case of its document", counted by hand on a small fictional Dutch project:

  cases      Casus Anouk (gemeente Gouda), Casus Bas (Gouda), Casus Cor (Delft),
             Casus Dirk (no gemeente), Casus Els (Delft, no documents: out of scope)
  documents  Gezinsplan (bron "gemeente"): wholly in Anouk *and* Bas, two cases with one value
             Interview Cor (bron "eigen"): wholly in Cor; a passage for Anouk, one for Dirk,
               and one for Cor itself (who already holds the whole document)
             Notitie (no bron): in no case; two overlapping passages for Bas, one for Dirk
  codes      Zorg > Thuis > Mantelzorg (three deep), Leeg (no codings)

  coding  document       code        coder  cases (gemeente)
  k1      Gezinsplan     Mantelzorg  Anna   Anouk, Bas (Gouda: once)
  k2      Gezinsplan     Thuis       Bram   Anouk, Bas (Gouda: once)
  k3      Interview Cor  Mantelzorg  Anna   Cor (Delft) and Anouk by her passage (Gouda)
  k4      Interview Cor  Mantelzorg  Anna   Cor (Delft)
  k5      Interview Cor  Thuis       Bram   Cor (Delft; his own passage adds nothing), Dirk (missing)
  k6      Notitie        Mantelzorg  Anna   Bas, by both his passages (Gouda: once)
  k7      Notitie        Zorg        Bram   none: missing, without a case
  k8      Notitie        Thuis       Anna   Dirk (missing)
"""

import numpy as np
import pytest

from qdacoder.analysis.crosstab import _percent_rows, _percents, crosstab
from qdacoder.analysis.filters import AttributeCondition, Filters
from qdacoder.core import attributes, cases, codes, codings, documents
from qdacoder.core.attributes import get_variable
from qdacoder.core.coders import ensure_coder

GEZINSPLAN = "Afspraak: oma past op woensdag op. Thuiszorg helpt bij het wassen.\n"
INTERVIEW_COR = ("I: Wie helpt er thuis?\n"
                 "C: Mijn dochter doet de boodschappen. De thuiszorg komt twee keer per week. Soms is er niemand.\n")
NOTITIE = "Huisbezoek 4 juni. Buurvrouw kookt elke dag. Zoon regelt de financien. Wijkteam niet bereikbaar.\n"

CODINGS = {  # name: document, code, passage, coder
    "k1": ("Gezinsplan", "Zorg/Thuis/Mantelzorg", "oma past op woensdag op.", "Anna"),
    "k2": ("Gezinsplan", "Zorg/Thuis", "Thuiszorg helpt bij het wassen.", "Bram"),
    "k3": ("Interview Cor", "Zorg/Thuis/Mantelzorg", "dochter doet", "Anna"),
    "k4": ("Interview Cor", "Zorg/Thuis/Mantelzorg", "De thuiszorg komt twee keer per week.", "Anna"),
    "k5": ("Interview Cor", "Zorg/Thuis", "niemand", "Bram"),
    "k6": ("Notitie", "Zorg/Thuis/Mantelzorg", "kookt elke dag. Zoon", "Anna"),
    "k7": ("Notitie", "Zorg", "Huisbezoek 4 juni.", "Bram"),
    "k8": ("Notitie", "Zorg/Thuis", "Wijkteam", "Anna"),
}


def _passage(project, ids, case, document, text, passage):
    start = text.index(passage)
    cases.assign_passage(project, ids[case], ids[document], start, start + len(passage))


@pytest.fixture
def zorg(project):
    ids = {"Anna": ensure_coder(project, "Anna de Vries").id, "Bram": ensure_coder(project, "Bram Jansen").id}
    texts = {"Gezinsplan": GEZINSPLAN, "Interview Cor": INTERVIEW_COR, "Notitie": NOTITIE}
    for name, kind, case in (("Gezinsplan", "dossier", "Casus Anouk"), ("Interview Cor", "transcript", "Casus Cor"),
                             ("Notitie", "fieldnote", None)):
        ids[name] = documents.import_document(project, name=name, text=texts[name], kind=kind, case_name=case).result
    ids["Casus Anouk"] = cases.find_case(project, "Casus Anouk").id
    ids["Casus Cor"] = cases.find_case(project, "Casus Cor").id
    for name in ("Casus Bas", "Casus Dirk", "Casus Els"):
        ids[name] = cases.add_case(project, name).result
    with project.transaction("share") as tx:
        cases.link_document(tx, ids["Casus Bas"], ids["Gezinsplan"])
    _passage(project, ids, "Casus Anouk", "Interview Cor", INTERVIEW_COR, "Mijn dochter doet de boodschappen.")
    _passage(project, ids, "Casus Dirk", "Interview Cor", INTERVIEW_COR, "Soms is er niemand.")
    _passage(project, ids, "Casus Cor", "Interview Cor", INTERVIEW_COR, "Soms is er niemand.")
    _passage(project, ids, "Casus Bas", "Notitie", NOTITIE, "Buurvrouw kookt elke dag.")
    _passage(project, ids, "Casus Bas", "Notitie", NOTITIE, "elke dag. Zoon regelt")
    _passage(project, ids, "Casus Dirk", "Notitie", NOTITIE, "Wijkteam niet bereikbaar.")
    with project.transaction("codes") as tx:
        for path in ("Zorg", "Zorg/Thuis", "Zorg/Thuis/Mantelzorg", "Leeg"):
            ids[path] = codes.ensure_path(tx, path)
    for name, (document, path, passage, coder) in CODINGS.items():
        start = texts[document].index(passage)
        ids[name] = codings.add_coding(project, document_id=ids[document], code_id=ids[path], start=start,
                                       end=start + len(passage), coder_id=ids[coder]).result
    ids["gemeente"] = attributes.add_variable(project, target="case", name="gemeente", type="category",
                                              categories=["Gouda", "Delft"]).result
    for case, value in (("Casus Anouk", "Gouda"), ("Casus Bas", "Gouda"), ("Casus Cor", "Delft"),
                        ("Casus Els", "Delft")):
        attributes.set_value(project, ids["gemeente"], ids[case], value)
    ids["bron"] = attributes.add_variable(project, target="document", name="bron", type="text").result
    attributes.set_value(project, ids["bron"], ids["Gezinsplan"], "gemeente")
    attributes.set_value(project, ids["bron"], ids["Interview Cor"], "eigen")
    return ids


def table(result, measure):
    return dict(zip(result.row_labels, result.values(measure)))


def test_a_coding_counts_once_per_value_of_its_cases(project, zorg):
    result = crosstab(project, get_variable(project, zorg["gemeente"]))
    assert [(c.label, c.n) for c in result.columns] == [("Gouda", 2), ("Delft", 1), ("missing", 1)]
    assert table(result, "codings") == {
        "Zorg": [4, 3, 3],  # k7 has no case: missing
        "Zorg/Thuis": [4, 3, 2],
        "Zorg/Thuis/Mantelzorg": [3, 2, 0],  # k1 (Anouk and Bas) and k6 (two passages of Bas) once in Gouda
        "Leeg": [0, 0, 0],
    }
    assert table(result, "cases") == {
        "Zorg": [2, 1, 1], "Zorg/Thuis": [2, 1, 1], "Zorg/Thuis/Mantelzorg": [2, 1, 0], "Leeg": [0, 0, 0],
    }


def test_only_countable_cases_count(project, zorg):
    gemeente = get_variable(project, zorg["gemeente"])
    only_anouk = crosstab(project, gemeente, filters=Filters(case_ids=frozenset({zorg["Casus Anouk"]})))
    assert [(c.label, c.n) for c in only_anouk.columns] == [("Gouda", 1), ("Delft", 0), ("missing", 0)]
    # k3 is also Cor's (Delft), but Cor is filtered out: only its Gouda counts
    assert table(only_anouk, "codings") == {"Zorg": [3, 0, 0], "Zorg/Thuis": [3, 0, 0],
                                            "Zorg/Thuis/Mantelzorg": [2, 0, 0], "Leeg": [0, 0, 0]}
    assert table(only_anouk, "cases")["Zorg"] == [1, 0, 0]
    # k3 passes (it is in Cor and in a Gouda case) but no case is both: it has no countable case
    neither = Filters(case_ids=frozenset({zorg["Casus Cor"]}),
                      attributes=(AttributeCondition(zorg["gemeente"], "case", frozenset({"Gouda"})),))
    result = crosstab(project, gemeente, filters=neither)
    assert table(result, "codings")["Zorg/Thuis/Mantelzorg"] == [0, 0, 1]
    assert table(result, "cases")["Zorg/Thuis/Mantelzorg"] == [0, 0, 0]


def test_a_coder_filter_counts_only_that_coders_codings(project, zorg):
    only_bram = Filters(coder_ids=frozenset({zorg["Bram"]}))
    result = crosstab(project, get_variable(project, zorg["gemeente"]), filters=only_bram)
    assert table(result, "codings") == {"Zorg": [1, 1, 2], "Zorg/Thuis": [1, 1, 1],
                                        "Zorg/Thuis/Mantelzorg": [0, 0, 0], "Leeg": [0, 0, 0]}
    assert table(result, "cases") == {"Zorg": [2, 1, 1], "Zorg/Thuis": [2, 1, 1],
                                      "Zorg/Thuis/Mantelzorg": [0, 0, 0], "Leeg": [0, 0, 0]}


def test_by_a_document_attribute_a_case_counts_once_per_value_of_its_documents(project, zorg):
    result = crosstab(project, get_variable(project, zorg["bron"]))
    assert [(c.label, c.n) for c in result.columns] == [("eigen", 1), ("gemeente", 1), ("missing", 1)]
    assert table(result, "codings") == {
        "Zorg": [3, 2, 3], "Zorg/Thuis": [3, 2, 2], "Zorg/Thuis/Mantelzorg": [2, 1, 1], "Leeg": [0, 0, 0],
    }
    # Anouk counts under eigen (her passage, k3) and under gemeente (Gezinsplan, k1); k7 in no case
    assert table(result, "cases") == {
        "Zorg": [3, 2, 2], "Zorg/Thuis": [3, 2, 2], "Zorg/Thuis/Mantelzorg": [2, 2, 1], "Leeg": [0, 0, 0],
    }


def test_percentages_of_a_whole_grid_equal_those_of_each_row():
    rows = [[1, 7, 7], [4, 1, 7], [1, 1, 1], [0, 0, 0], [3, 0, 0], [2, 2, 1], [13, 4, 2], [7, 0, 7]]
    # (1, 7, 7) of 15: 6.67, 46.67, 46.67, each rounded on its own: equal counts, equal
    # percentages, 101 in all (the exported table says so in a note)
    assert _percent_rows(np.array(rows)) == [_percents(r) for r in rows]
    assert _percent_rows(np.array(rows))[0] == (7, 47, 47)
    assert _percent_rows(np.array(rows))[2] == (33, 33, 33)
    assert _percent_rows(np.array([[5], [0]])) == [(100,), (None,)]  # a sibling group of one code
