"""Cases with passages, merging, respondents linked to speaker labels."""

from dataclasses import dataclass

import pytest

from qdacoder.core import cases, codes, codings, documents, events, memos, respondents
from qdacoder.core.attributes import add_variable, set_value, values_of
from qdacoder.core.errors import ValidationError

FIELDNOTE = (
    "Casuïstiektafel 14 maart.\n"
    "Casus 1: de jongere wil terug naar huis; school denkt mee.\n"
    "Casus 2: moeder wacht al een jaar op hulp; niemand coördineert.\n"
)
INTERVIEW = "I: Hoe gaat het thuis?\nR: Beter sinds de mentor er is.\nI: En school?\nR: Ook beter.\n"


@dataclass(frozen=True)
class Turn:
    start: int
    content_start: int
    end: int
    speaker: str


def snapshot(project):
    return {t: project.rows(f"SELECT * FROM {t} ORDER BY id") for t in
            ("cases", "case_ranges", "respondents", "speaker_turns", "events", "memos", "attribute_values")}


def test_a_passage_of_a_field_note_can_belong_to_two_cases(project, coder):
    doc = documents.import_document(project, name="Veldnotitie", text=FIELDNOTE, kind="fieldnote").result
    one = cases.add_case(project, "Casus 1").result
    two = cases.add_case(project, "Casus 2").result
    first = FIELDNOTE.index("Casus 1:")
    second = FIELDNOTE.index("Casus 2:")
    cases.assign_passage(project, one, doc, first, second - 1)
    cases.assign_passage(project, two, doc, second, len(FIELDNOTE) - 1)
    shared = cases.assign_passage(project, two, doc, 0, 24).result  # the heading concerns both
    cases.assign_passage(project, one, doc, 0, 24)
    assert [c.name for c in cases.cases_of_passage(project, doc, 0, 10)] == ["Casus 1", "Casus 2"]
    assert [c.name for c in cases.cases_of_passage(project, doc, second + 3, second + 9)] == ["Casus 2"]
    groups = {g.case.name if g.case else None: [d.name for d in g.documents] for g in documents.documents_by_case(project)}
    assert groups == {"Casus 1": ["Veldnotitie"], "Casus 2": ["Veldnotitie"], None: []}
    cases.remove_case_range(project, shared)
    assert [c.name for c in cases.cases_of_passage(project, doc, 0, 10)] == ["Casus 1"]
    with pytest.raises(ValidationError, match="not inside"):
        cases.assign_passage(project, one, doc, 5, 5000)


def test_speaker_labels_link_to_respondents(project):
    turns, offset = [], 0
    for line in INTERVIEW.splitlines(keepends=True):
        turns.append(Turn(offset, offset + 3, offset + len(line.rstrip("\n")), line[0]))
        offset += len(line)
    assert [INTERVIEW[t.content_start:t.end] for t in turns][1] == "Beter sinds de mentor er is."
    doc = documents.import_document(project, name="Interview", text=INTERVIEW, turns=turns, case_name="Casus 1").result
    case = cases.find_case(project, "Casus 1").id
    youth = respondents.add_respondent(project, case_id=case, label="Jeugdige 1", role="jeugdige").result
    assert respondents.speakers(project, doc) == [("I", None, 2), ("R", None, 2)]
    journal = respondents.link_speaker(project, doc, "R", youth)
    speaker, who = respondents.speaker_at(project, doc, 30, 40)
    assert speaker == "R" and who.label == "Jeugdige 1" and who.role == "jeugdige"
    assert respondents.speaker_at(project, doc, 5, 10)[1] is None  # the interviewer is not linked
    journal.undo(project)
    assert respondents.speaker_at(project, doc, 30, 40)[1] is None
    with pytest.raises(ValidationError, match="already has a respondent"):
        respondents.add_respondent(project, case_id=case, label="Jeugdige 1")
    respondents.link_speaker(project, doc, "R", youth)
    respondents.delete_respondent(project, youth)
    assert respondents.speakers(project, doc) == [("I", None, 2), ("R", None, 2)]


def test_merging_cases_moves_everything_and_undoes(project, coder):
    doc = documents.import_document(project, name="Interview", text=INTERVIEW, case_name="Casus 1a").result
    documents.import_document(project, name="Dossier", text=FIELDNOTE, case_name="Casus 1b")
    a, b = cases.find_case(project, "Casus 1a").id, cases.find_case(project, "Casus 1b").id
    with project.transaction("both") as tx:  # the same document in both cases is kept once
        cases.link_document(tx, b, doc)
    respondents.add_respondent(project, case_id=a, label="R")
    respondents.add_respondent(project, case_id=b, label="R")
    events.add_event(project, case_id=a, lane="wonen", start="2015", end="2017")
    memos.add_memo(project, target="case", target_id=a, text="Vader niet bereikt.", author="Anna")
    age = add_variable(project, target="case", name="leeftijd", type="number").result
    set_value(project, age, a, "16")
    set_value(project, age, b, "17")
    before = snapshot(project)
    journal = cases.merge_cases(project, a, b)
    assert [c.name for c in cases.list_cases(project)] == ["Casus 1b"]
    assert sorted(d.name for d in documents.documents_by_case(project)[0].documents) == ["Dossier", "Interview"]
    assert sorted(r.label for r in respondents.list_respondents(project, b)) == ["R", "R (Casus 1a)"]
    assert [e.case_id for e in events.list_events(project)] == [b]
    assert memos.list_memos(project, "case", b)[0].text == "Vader niet bereikt."
    assert values_of(project, "case") == {b: {age: 17}}  # the target's own value wins
    journal.undo(project)
    assert snapshot(project) == before


def test_deleting_a_case_takes_its_timeline_values_and_memos_and_undo_restores(project, coder):
    doc = documents.import_document(project, name="Interview", text=INTERVIEW, case_name="Casus 1").result
    case = cases.find_case(project, "Casus 1").id
    code = codes.add_code(project, "Thuis").result
    coding = codings.add_coding(project, document_id=doc, code_id=code, start=26, end=53, coder_id=coder.id).result
    event = events.add_event(project, case_id=case, lane="hulp", start="2019-03", precision="month",
                             care_type="ambulant", turning_point=True).result
    events.link_coding(project, event, coding)
    respondents.add_respondent(project, case_id=case, label="R")
    memos.add_memo(project, target="case", target_id=case, text="Schakelmoment in 2019.")
    before = snapshot(project)
    journal = cases.delete_case(project, case)
    assert cases.list_cases(project) == [] and events.list_events(project) == []
    assert respondents.list_respondents(project)[0].case_id is None
    assert memos.list_memos(project) == []
    assert documents.list_documents(project)  # documents stay
    journal.undo(project)
    assert snapshot(project) == before
    assert events.event_codings(project, event) == [coding]


def test_removing_a_coding_removes_its_event_links_and_memos(project, coder):
    doc = documents.import_document(project, name="Interview", text=INTERVIEW, case_name="Casus 1").result
    case = cases.find_case(project, "Casus 1").id
    code = codes.add_code(project, "Thuis").result
    coding = codings.add_coding(project, document_id=doc, code_id=code, start=26, end=53, coder_id=coder.id).result
    event = events.add_event(project, case_id=case, lane="gezin", start="12", precision="age").result
    events.link_coding(project, event, coding)
    memos.add_memo(project, target="coding", target_id=coding, text="Kerncitaat")
    codings.remove_coding(project, coding)
    assert events.event_codings(project, event) == [] and memos.list_memos(project) == []
