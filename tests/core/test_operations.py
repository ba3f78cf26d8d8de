"""Operations run in one transaction, journal every row and can be undone and redone."""

from dataclasses import dataclass

import pytest

from qdacoder.core import cases, code_edits, codes, codings, documents
from qdacoder.core.errors import ValidationError
from qdacoder.core.summary import Summary, adjusted, project_summary


@dataclass(frozen=True)
class Turn:
    start: int
    content_start: int
    end: int
    speaker: str


def turns_of(text):
    """Turns of the I:/R: fixture text, computed here independently of the importers."""
    result, offset = [], 0
    lines = text.split("\n")
    for line in lines:
        if line[:2] in ("I:", "R:"):
            result.append([offset, offset + 3, offset + len(line), line[0]])
        elif result and line:
            result[-1][2] = offset + len(line)
        offset += len(line) + 1
    return [Turn(*t) for t in result]


def snapshot(project):
    return {
        t: project.rows(f"SELECT * FROM {t} ORDER BY id")
        for t in ("documents", "speaker_turns", "codes", "codings", "cases", "case_ranges")
    }


def test_import_with_case_and_autocoded_turns_undoes_and_redoes_as_one_step(project, coder, transcript_text):
    before = snapshot(project)
    journal = documents.import_document(
        project,
        name="Interview jeugdige",
        text=transcript_text,
        turns=turns_of(transcript_text),
        source_name="interview.txt",
        case_name="Casus 1",
        autocode_coder_id=coder.id,
    )
    doc_id = journal.result
    after = snapshot(project)
    assert project_summary(project).as_dict() == {
        "documents": 1, "codes": 3, "codings": 4, "cases": 1, "coders": 1
    }
    assert {c.path for c in codes.walk_tree(project)} == {"Speakers", "Speakers/I", "Speakers/R"}
    said = [transcript_text[c.start:c.end] for c in codings.document_codings(project, doc_id)]
    assert said[1].startswith("Eerst slecht.") and said[1].endswith("echt luisterde.")
    assert journal.changes.documents and journal.changes.codings and doc_id in journal.changes.document_ids

    # the rows added are in the changes, so a count can follow without counting again
    assert adjusted(Summary(0, 0, 0, 0, 1), journal.changes) == project_summary(project)
    undone = journal.undo(project)
    assert snapshot(project) == before
    assert adjusted(project_summary(project), journal.changes) == Summary(1, 3, 4, 1, 1)
    assert adjusted(Summary(1, 3, 4, 1, 1), undone) == project_summary(project) == Summary(0, 0, 0, 0, 1)
    redone = journal.redo(project)
    assert snapshot(project) == after
    assert (redone | undone).rows == () and (redone | redone).added("codings") == 8


def test_failed_operation_leaves_the_project_exactly_as_it_was(project, coder, transcript_text):
    doc = documents.import_document(project, name="Doc", text=transcript_text).result
    code = codes.add_code(project, "Steun").result
    before = snapshot(project)
    with pytest.raises(ValidationError):
        with project.transaction("half") as tx:
            codes.insert_code(tx, "Nieuw")
            codings.insert_coding(tx, document_id=doc, code_id=code, start=0, end=10_000, coder_id=coder.id)
    assert snapshot(project) == before


def test_undo_is_refused_when_the_row_was_changed_since(project, coder, transcript_text):
    add = codes.add_code(project, "Steun")
    codes.rename_code(project, add.result, "Steun van ouders")
    with pytest.raises(ValidationError, match="changed since"):
        add.undo(project)
    assert [c.name for c in codes.list_codes(project)] == ["Steun van ouders"]


def test_undo_of_an_import_is_refused_when_one_of_its_many_turns_changed_since(project, coder, transcript_text):
    """Thousands of rows are undone a run at a time; one changed row still stops the lot."""
    turns = turns_of(transcript_text)  # inserted together, in one statement
    journal = documents.import_document(project, name="Interview Sanne", text=transcript_text, turns=turns)
    imported = snapshot(project)
    some = imported["speaker_turns"][len(turns) // 2]["id"]
    project.db.execute("UPDATE speaker_turns SET speaker = 'X' WHERE id = ?", [some])
    with pytest.raises(ValidationError, match="changed since"):
        journal.undo(project)
    assert project.scalar("SELECT count(*) FROM speaker_turns") == len(turns)  # nothing undone
    project.db.execute("UPDATE speaker_turns SET speaker = ? WHERE id = ?",
                       [imported["speaker_turns"][len(turns) // 2]["speaker"], some])
    journal.undo(project)
    assert project.scalar("SELECT count(*) FROM speaker_turns") == 0
    journal.redo(project)
    assert snapshot(project) == imported  # the same rows, with the same ids


def test_a_row_changed_twice_in_one_operation_is_undone_in_order(project):
    """Insert, then update the same code in one transaction: undo and redo replay it."""
    with project.transaction("twice") as tx:
        first = codes.insert_code(tx, "Steun")
        tx.update("codes", first, {"name": "Steun thuis"})
        codes.insert_code(tx, "Ouders", parent_id=first)
    journal = tx.journal
    after = snapshot(project)
    journal.undo(project)
    assert project.scalar("SELECT count(*) FROM codes") == 0
    journal.redo(project)
    assert snapshot(project) == after


def test_delete_code_removes_subtree_and_codings_and_undo_restores_them(project, coder, transcript_text):
    doc = documents.import_document(project, name="Doc", text=transcript_text).result
    parent = codes.add_code(project, "Belemmerend").result
    child = codes.add_code(project, "Wachtlijst", parent_id=parent).result
    codings.add_coding(project, document_id=doc, code_id=child, start=5, end=20, coder_id=coder.id)
    assert codes.count_subtree_codings(project, parent) == 1
    before = snapshot(project)
    journal = code_edits.delete_code(project, parent)
    assert codes.list_codes(project) == [] and project_summary(project).codings == 0
    journal.undo(project)
    assert snapshot(project) == before


def test_delete_document_removes_its_codings_turns_and_links(project, coder, transcript_text):
    doc = documents.import_document(
        project, name="Doc", text=transcript_text, turns=turns_of(transcript_text),
        case_name="Casus 1", autocode_coder_id=coder.id,
    ).result
    before = snapshot(project)
    journal = documents.delete_document(project, doc)
    assert project_summary(project).documents == 0
    assert project.scalar("SELECT count(*) FROM speaker_turns") == 0
    journal.undo(project)
    assert snapshot(project) == before


def test_case_operations_and_grouping(project, transcript_text):
    a = documents.import_document(project, name="B-interview", text=transcript_text, case_name="Casus 2").result
    documents.import_document(project, name="Los", text=transcript_text + "anders")
    groups = documents.documents_by_case(project)
    assert [(g.case.name if g.case else None, [d.name for d in g.documents]) for g in groups] == [
        ("Casus 2", ["B-interview"]), (None, ["Los"])
    ]
    case1 = cases.add_case(project, "Casus 1").result
    cases.set_document_case(project, a, "Casus 1")
    assert [c.name for c in cases.document_cases(project, a)] == ["Casus 1"]
    cases.set_document_case(project, a, "Casus 3")  # a new case is created
    assert [c.name for c in cases.document_cases(project, a)] == ["Casus 3"]
    cases.set_document_case(project, a, "Casus 1")
    with pytest.raises(ValidationError, match="already a case"):
        cases.rename_case(project, case1, "Casus 2")
    cases.delete_case(project, case1)
    assert cases.document_cases(project, a) == []
