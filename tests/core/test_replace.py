"""Replace every X by Y across documents: the placeholders' whole-word rule, one undo step for
every document, hits that can be skipped, codings kept on the replaced words."""

import pytest

from qdacoder.core.cases import add_case, set_document_case
from qdacoder.core.codes import add_code
from qdacoder.core.codings import add_coding
from qdacoder.core.documents import document_text, import_document, sha256_of
from qdacoder.core.errors import NotFoundError, ValidationError
from qdacoder.core.replace import documents_for, find_hits, replace_hits
from qdacoder.core.text_edits import CodingsWouldBeRemoved

EEN = "R: Jayden zei dat Jaydens moeder en JAYDEN's zus Jansen niet kenden. jayden lachte.\n"
TWEE = "I: Heeft Jayden al een plek?\nR: Nee, Jayden wacht nog.\n"


@pytest.fixture
def docs(project, coder):
    one = import_document(project, name="interview 1", text=EEN, kind="transcript").result
    two = import_document(project, name="notitie 2", text=TWEE, kind="fieldnote").result
    return project, coder.id, one, two


def test_whole_words_as_written_and_in_capitals_with_possessives(docs):
    project, _coder, one, two = docs
    hits = find_hits(project, "Jayden")
    assert [(h.document, h.match) for h in hits] == [
        ("interview 1", "Jayden"), ("interview 1", "Jaydens"), ("interview 1", "JAYDEN's"),
        ("notitie 2", "Jayden"), ("notitie 2", "Jayden")]
    assert hits[0].after.startswith(" zei dat") and hits[3].before.endswith("Heeft ")
    assert "jayden" in [h.match for h in find_hits(project, "Jayden", any_case=True)]
    assert find_hits(project, "Jans") == []  # never the start of Jansen
    assert [h.replaced_by("Sem") for h in hits[:3]] == ["Sem", "Sems", "Sem's"]
    assert hits[1].replaced_by("[naam]") == "[naam]'s"
    assert [h.document_id for h in find_hits(project, "Jayden", document_ids=[two])] == [two, two]
    with pytest.raises(ValidationError):
        find_hits(project, "  ")


def test_replacing_is_one_step_for_every_document_and_skipped_hits_stay(docs):
    project, coder_id, one, two = docs
    code_id = add_code(project, "Naam").result
    name = EEN.index("Jayden")
    coded = add_coding(project, document_id=one, code_id=code_id, start=name, end=name + 6, coder_id=coder_id).result
    after = add_coding(project, document_id=one, code_id=code_id, start=EEN.index("lachte"),
                       end=EEN.index("lachte") + 6, coder_id=coder_id).result
    hits = find_hits(project, "Jayden")
    kept = [h for h in hits if h.match != "JAYDEN's"]  # one hit skipped in the preview
    journal = replace_hits(project, kept, "[naam]")
    assert journal.result.hits == 4 and journal.result.documents == 2 and journal.result.removed == []
    text = document_text(project, one)
    assert text == "R: [naam] zei dat [naam]'s moeder en JAYDEN's zus Jansen niet kenden. jayden lachte.\n"
    assert document_text(project, two) == "I: Heeft [naam] al een plek?\nR: Nee, [naam] wacht nog.\n"
    spans = {r["id"]: (r["start"], r["end"]) for r in project.rows('SELECT id, start, "end" FROM codings')}
    assert text[slice(*spans[coded])] == "[naam]" and text[slice(*spans[after])] == "lachte"
    assert project.scalar("SELECT sha256 FROM documents WHERE id = ?", [one]) == sha256_of(text)
    journal.undo(project)
    assert (document_text(project, one), document_text(project, two)) == (EEN, TWEE)
    journal.redo(project)
    with pytest.raises(ValidationError):  # the hits were found in the text as it was: refused now
        replace_hits(project, hits, "[naam]")


def test_codings_on_part_of_a_replaced_name_need_consent(docs):
    project, coder_id, one, _two = docs
    code_id = add_code(project, "Naam").result
    name = EEN.index("Jayden")
    add_coding(project, document_id=one, code_id=code_id, start=name, end=name + 3, coder_id=coder_id)
    hits = find_hits(project, "Jayden")
    with pytest.raises(CodingsWouldBeRemoved):
        replace_hits(project, hits, "Sem")
    assert document_text(project, one) == EEN
    journal = replace_hits(project, hits, "Sem", remove_inside=True)
    assert [c.passage for c in journal.result.removed] == ["Jay"]


def test_choosing_documents_by_name_case_and_kind(docs):
    project, _coder, one, two = docs
    set_document_case(project, two, "Casus Noor")
    assert documents_for(project) == [one, two]
    assert documents_for(project, names=["interview 1"]) == [one]
    assert documents_for(project, cases=["Casus Noor"]) == [two]
    assert documents_for(project, kinds=["transcript"]) == [one]
    with pytest.raises(NotFoundError):
        documents_for(project, names=["interview 9"])
    with pytest.raises(NotFoundError):
        documents_for(project, cases=["Casus 9"])
    with pytest.raises(ValidationError):
        documents_for(project, kinds=["brief"])
