"""Starring codings as quotes, the attribution template and the placeholders (fictional study)."""

from types import SimpleNamespace

import pytest

from qdacoder.core import names, quotes
from qdacoder.core.attributes import add_variable, set_values
from qdacoder.core.cases import find_case
from qdacoder.core.codings import add_coding_by_path, get_coding
from qdacoder.core.documents import import_document
from qdacoder.core.errors import NotFoundError, ValidationError
from qdacoder.core.respondents import add_respondent, link_speaker
from qdacoder.importers.turns import find_turns

INTERVIEW = (
    "I: Hoe was het op de groep bij De Vuurtoren?\n"
    "R: Sanne en ik kregen eindelijk een mentor die echt luisterde.\n"
    "I: En thuis?\n"
    "R: Mijn moeder Ria werkte veel, dus ik stond er alleen voor.\n"
)
FIELDNOTE = "Observatie op school: de jongere vertelt dat de mentor van Sanne elke week belt.\n"


def span(text: str, passage: str) -> tuple[int, int]:
    start = text.index(passage)
    return start, start + len(passage)


def build_study(project, coder):
    coder = getattr(coder, "id", coder)
    """Two documents of case "Casus 7": an interview with a linked respondent (jeugdige, 16,
    gemeente Dijkhoven) and a field note without one; four codings, three starred."""
    interview = import_document(project, name="Interview jeugdige 7", text=INTERVIEW,
                                turns=find_turns(INTERVIEW), case_name="Casus 7").result
    note = import_document(project, name="Veldnotitie school", text=FIELDNOTE, kind="fieldnote",
                           case_name="Casus 7").result
    case = find_case(project, "Casus 7").id
    youth = add_respondent(project, case_id=case, label="Jeugdige 7", role="jeugdige").result
    link_speaker(project, interview, "R", youth)
    age = add_variable(project, target="respondent", name="Leeftijd", type="number").result
    town = add_variable(project, target="case", name="Gemeente", type="text").result
    set_values(project, [(age, youth, 16), (town, case, "Dijkhoven")])

    def code(document, text, passage, path, valence):
        start, end = span(text, passage)
        return add_coding_by_path(project, document_id=document, path=path, start=start, end=end,
                                  coder_id=coder, valence=valence).result

    mentor = "Sanne en ik kregen eindelijk een mentor die echt luisterde."
    alone = "Mijn moeder Ria werkte veel, dus ik stond er alleen voor."
    school = "de mentor van Sanne elke week belt"
    ids = SimpleNamespace(
        mentor=code(interview, INTERVIEW, mentor, "Steun/Mentor", "promoting"),
        alone=code(interview, INTERVIEW, alone, "Thuis", "hindering"),
        school=code(note, FIELDNOTE, school, "Steun/Mentor", "promoting"),
        unstarred=code(interview, INTERVIEW, "een mentor", "Steun/School", None),
    )
    quotes.set_starred(project, [ids.mentor, ids.alone, ids.school])
    names.add_placeholder(project, "Sanne", "[naam jongere]", category="person")
    names.add_placeholder(project, "Ria", "[naam ouder]", category="person")
    names.add_placeholder(project, "De Vuurtoren", "[zorginstelling B]", category="institution")
    return SimpleNamespace(interview=interview, note=note, case=case, youth=youth, ids=ids,
                           texts=SimpleNamespace(mentor=mentor, alone=alone, school=school))


@pytest.fixture
def study(project, coder):
    return build_study(project, coder)


def test_starring_is_one_undo_step(project, study):
    ids = study.ids
    assert quotes.starred_ids(project) == sorted([ids.mentor, ids.alone, ids.school])
    journal = quotes.set_starred(project, [ids.mentor, ids.alone], starred=False)
    assert journal.changes.codings and journal.changes.coding_ids == {ids.mentor, ids.alone}
    assert quotes.starred_ids(project) == [ids.school]
    journal.undo(project)
    assert quotes.is_starred(project, ids.mentor) and quotes.is_starred(project, ids.alone)
    journal.redo(project)
    assert not quotes.is_starred(project, ids.mentor)
    assert get_coding(project, ids.mentor).start >= 0  # the coding model still loads
    with pytest.raises(NotFoundError):
        quotes.set_starred(project, [ids.school, 9999])
    assert quotes.is_starred(project, ids.school)  # nothing changed


def test_template_default_presets_and_checks(project, study):
    assert quotes.template(project) == quotes.PRESETS[0][1] == "“{text}” ({role})"
    assert [t for _, t in quotes.PRESETS][1:] == ["“{text}” - {role}[, {age} jaar]", "‘{text}’ (Respondent {gemeente})"]
    assert quotes.set_template(project, "  “{text}” - {role}, {leeftijd} jaar ") == "“{text}” - {role}, {leeftijd} jaar"
    assert quotes.template(project) == "“{text}” - {role}, {leeftijd} jaar"
    quotes.set_template(project, "‘{Text}’ (Respondent {GEMEENTE})")  # field names are case-blind
    with pytest.raises(ValidationError, match=r"must contain \{text\}"):
        quotes.set_template(project, "({role})")
    with pytest.raises(ValidationError, match=r"“\{age\}”, which is not a field"):
        quotes.set_template(project, "“{text}” - {role}, {age} jaar")  # no attribute "age" in this study
    with pytest.raises(ValidationError, match="brace"):
        quotes.set_template(project, "“{text}” ({role)")
    assert quotes.template(project) == "‘{Text}’ (Respondent {GEMEENTE})"


