"""Filters select codings the same way for every analysis; checked on a small Dutch project."""

from dataclasses import dataclass

import pytest

from qdacoder.analysis.filters import AttributeCondition, Filters, describe, where
from qdacoder.core import attributes, cases, codes, codings, documents, respondents
from qdacoder.core.coders import ensure_coder

INTERVIEW = "I: Hoe ging het?\nR: De mentor hielp echt.\nI: En thuis?\nR: Thuis was het onrustig.\n"
FIELDNOTE = "Overleg. Casus A: school denkt mee. Casus B: wachtlijst van een jaar.\n"


@dataclass(frozen=True)
class Turn:
    start: int
    content_start: int
    end: int
    speaker: str


def turns(text):
    result, offset = [], 0
    for line in text.splitlines(keepends=True):
        result.append(Turn(offset, offset + 3, offset + len(line.rstrip("\n")), line[0]))
        offset += len(line)
    return result


@pytest.fixture
def study(project):
    anna = ensure_coder(project, "Anna de Vries").id
    bram = ensure_coder(project, "Bram Jansen").id
    interview = documents.import_document(project, name="Interview", text=INTERVIEW, turns=turns(INTERVIEW),
                                          case_name="Casus A").result
    note = documents.import_document(project, name="Veldnotitie", text=FIELDNOTE, kind="fieldnote").result
    a, b = cases.find_case(project, "Casus A").id, cases.add_case(project, "Casus B").result
    cases.assign_passage(project, a, note, FIELDNOTE.index("Casus A"), FIELDNOTE.index("Casus B") - 1)
    cases.assign_passage(project, b, note, FIELDNOTE.index("Casus B"), len(FIELDNOTE) - 1)
    youth = respondents.add_respondent(project, case_id=a, label="Jeugdige", role="jeugdige").result
    respondents.link_speaker(project, interview, "R", youth)
    code = codes.add_code(project, "Factor").result
    age = attributes.add_variable(project, target="case", name="leeftijd", type="number").result
    attributes.set_value(project, age, a, 15)
    attributes.set_value(project, age, b, 17)

    def coding(doc, text, passage, coder, valence=None):
        start = text.index(passage)
        return codings.add_coding(project, document_id=doc, code_id=code, start=start, end=start + len(passage),
                                  coder_id=coder, valence=valence).result

    ids = {
        "mentor": coding(interview, INTERVIEW, "De mentor hielp echt.", anna, "promoting"),
        "thuis": coding(interview, INTERVIEW, "Thuis was het onrustig.", bram, "hindering"),
        "vraag": coding(interview, INTERVIEW, "Hoe ging het?", anna),
        "school": coding(note, FIELDNOTE, "school denkt mee", anna, "promoting"),
        "wachtlijst": coding(note, FIELDNOTE, "wachtlijst van een jaar", bram, "hindering"),
    }
    return {"ids": ids, "a": a, "b": b, "age": age, "anna": anna, "interview": interview}


def passing(project, filters):
    sql, params = where(filters)
    return {r["id"] for r in project.rows(f"SELECT g.id FROM codings g WHERE {sql}", params)}


def names(study, *keys):
    return {study["ids"][k] for k in keys}


def test_each_filter_selects_the_codings_counted_by_hand(project, study):
    everything = names(study, "mentor", "thuis", "vraag", "school", "wachtlijst")
    assert passing(project, Filters()) == everything
    assert passing(project, Filters(case_ids=frozenset({study["b"]}))) == names(study, "wachtlijst")
    assert passing(project, Filters(case_ids=frozenset({study["a"]}))) == names(study, "mentor", "thuis", "vraag", "school")
    assert passing(project, Filters(kinds=frozenset({"fieldnote"}))) == names(study, "school", "wachtlijst")
    assert passing(project, Filters(coder_ids=frozenset({study["anna"]}))) == names(study, "mentor", "vraag", "school")
    assert passing(project, Filters(valences=frozenset({"hindering"}))) == names(study, "thuis", "wachtlijst")
    assert passing(project, Filters(valences=frozenset({"promoting", None}))) == names(study, "mentor", "vraag", "school")
    assert passing(project, Filters(roles=frozenset({"jeugdige"}))) == names(study, "mentor", "thuis")
    assert passing(project, Filters(text="THUIS")) == names(study, "thuis")
    assert passing(project, Filters(document_ids=frozenset())) == set()


def test_attribute_conditions_on_cases(project, study):
    older = AttributeCondition(study["age"], "case", minimum=16)
    assert passing(project, Filters(attributes=(older,))) == names(study, "wachtlijst")
    fifteen = AttributeCondition(study["age"], "case", values=frozenset({15}))
    assert passing(project, Filters(attributes=(fifteen,), valences=frozenset({"promoting"}))) == names(study, "mentor", "school")


def test_filters_in_words(project, study):
    text = describe(project, Filters(case_ids=frozenset({study["a"]}), valences=frozenset({"hindering", None})))
    assert text == "cases: Casus A; valence: hindering, no valence"
    assert describe(project, Filters()) == "No filters: all codings."
