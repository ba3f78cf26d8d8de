"""The journal's moves: many rows given new positions in one entry, undone and redone exactly,
refused when a moved row was changed behind it, and folded into a typing run only where that
keeps every row's history."""

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qdacoder.core.codes import add_code
from qdacoder.core.codings import add_coding, remove_coding
from qdacoder.core.documents import import_document
from qdacoder.core.errors import ValidationError
from qdacoder.core.journal import Moves, TextChange, combined
from qdacoder.core.text_edits import edit_text

TEXT = "R: De mentor belde elke week. Mijn moeder vond dat fijn. Op school ging het beter.\n"


@pytest.fixture
def doc(project, coder):
    document_id = import_document(project, name="interview 1", text=TEXT).result
    code_id = add_code(project, "Steun").result
    ids = [add_coding(project, document_id=document_id, code_id=code_id, start=s, end=e, coder_id=coder.id).result
           for s, e in [(3, 12), (30, 55), (57, 82)]]  # "De mentor", "Mijn moeder ...", "Op school ..."
    return project, document_id, ids


def sha(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def spans(project, document_id):
    return {r["id"]: (r["start"], r["end"]) for r in project.rows(
        'SELECT id, start, "end" FROM codings WHERE document_id = ?', [document_id])}


def test_an_edit_moves_the_codings_after_it_in_one_entry_undone_and_redone_exactly(doc):
    project, document_id, (first, second, third) = doc
    journal = edit_text(project, document_id, 3, 3, "Nou, ")
    moves = [step for step in journal.steps if isinstance(step, Moves)]
    assert [m.table for m in moves] == ["codings"]
    assert sorted(moves[0].ids) == [first, second, third]  # text typed at a start stays before it
    assert spans(project, document_id) == {first: (8, 17), second: (35, 60), third: (62, 87)}
    assert journal.changes.coding_ids == {first, second, third} and journal.changes.document_ids == {document_id}
    journal.undo(project)
    assert spans(project, document_id) == {first: (3, 12), second: (30, 55), third: (57, 82)}
    journal.redo(project)
    assert spans(project, document_id) == {first: (8, 17), second: (35, 60), third: (62, 87)}


def test_undo_is_refused_when_a_moved_coding_changed_since_and_nothing_changes(doc):
    project, document_id, (_first, second, third) = doc
    journal = edit_text(project, document_id, 20, 20, "heel ")
    project.db.execute('UPDATE codings SET "end" = "end" - 1 WHERE id = ?', [third])  # another program
    before = (spans(project, document_id), project.scalar("SELECT text FROM documents"))
    with pytest.raises(ValidationError, match="changed since"):
        journal.undo(project)
    assert (spans(project, document_id), project.scalar("SELECT text FROM documents")) == before


def test_a_typing_run_folds_moves_of_other_rows_from_each_rows_first_position(doc):
    project, document_id, (first, second, third) = doc
    # the second key moves fewer codings than the first: the folded entry keeps each row's
    # position before the first key that moved it
    keys = [edit_text(project, document_id, 0, 0, "x"), edit_text(project, document_id, 40, 40, "y")]
    run = combined("typing", keys)
    assert [s.table for s in run.steps].count("codings") == 1
    assert spans(project, document_id) == {first: (4, 13), second: (31, 57), third: (59, 84)}
    run.undo(project)
    assert spans(project, document_id) == {first: (3, 12), second: (30, 55), third: (57, 82)}
    run.redo(project)
    assert spans(project, document_id) == {first: (4, 13), second: (31, 57), third: (59, 84)}


def test_moves_do_not_fold_across_a_change_of_a_moved_row(doc):
    project, document_id, (first, second, third) = doc
    steps = [edit_text(project, document_id, 0, 0, "x"), remove_coding(project, second),
             edit_text(project, document_id, 0, 0, "y")]
    run = combined("run", steps)
    assert [type(s).__name__ for s in run.steps if s.table == "codings"] == ["Moves", "Step", "Moves"]
    assert spans(project, document_id) == {first: (5, 14), third: (59, 84)}
    run.undo(project)
    assert spans(project, document_id) == {first: (3, 12), second: (30, 55), third: (57, 82)}
    run.redo(project)
    assert spans(project, document_id) == {first: (5, 14), third: (59, 84)}


def test_an_edit_is_text_only_unless_it_removes_rows(doc):
    project, document_id, (first, _second, _third) = doc
    assert edit_text(project, document_id, 20, 20, "heel ").changes.text_only
    removing = edit_text(project, document_id, 3, 12, "", remove_inside=True)  # all of "De mentor"
    assert removing.result[0].id == first
    assert not removing.changes.text_only and removing.changes.added("codings") == -1


def _edit_of(text, start, length, new):
    start = min(start, len(text))
    end = min(start + length, len(text))
    return (start, end, text[start:end], new)


def _applied(text, edit):
    start, end, _old, new = edit
    return text[:start] + new + text[end:]


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="ab c\n", max_size=12),
       first=st.tuples(st.integers(0, 12), st.integers(0, 4), st.text(alphabet="xyz", max_size=3)),
       second=st.tuples(st.integers(0, 15), st.integers(0, 4), st.text(alphabet="xyz", max_size=3)))
def test_a_text_change_then_another_is_both_and_its_inverse_undoes_both(text, first, second):
    """Two edits in a row (a typing run) as one ``TextChange``: one edit when they meet, two
    rounds when not; either way it makes the text both make, and its inverse gives the text
    back."""
    edit_a = _edit_of(text, *first)
    middle = _applied(text, edit_a)
    edit_b = _edit_of(middle, *second)
    final = _applied(middle, edit_b)
    a = TextChange(1, sha(text), sha(middle), ((edit_a,),))
    b = TextChange(1, sha(middle), sha(final), ((edit_b,),))
    both = a.then(b)
    assert both.applied(text) == final
    assert both.inverse().applied(final) == text
    assert (both.sha_before, both.sha_after) == (sha(text), sha(final))


def test_a_run_of_typed_keys_and_backspaces_stays_one_edit():
    text = "Mijn mentor luisterde."
    change = TextChange(1, "", "", (((5, 5, "", "o"),),))
    for key in [(6, 6, "", "u"), (7, 7, "", "d"), (7, 8, "d", ""), (7, 7, "", "d"), (8, 8, "", "e")]:
        change = change.then(TextChange(1, "", "", ((key,),)))
    assert change.rounds == (((5, 5, "", "oude"),),)
    assert change.applied(text) == "Mijn oudementor luisterde."


def test_undo_is_refused_when_the_text_changed_since_and_nothing_changes(doc):
    project, document_id, _ids = doc
    journal = edit_text(project, document_id, 3, 5, "Onze")  # "De" -> "Onze"
    project.db.execute("UPDATE documents SET text = replace(text, 'week', 'maand')")  # another program
    before = (spans(project, document_id), project.scalar("SELECT text FROM documents"))
    with pytest.raises(ValidationError, match="changed since"):
        journal.undo(project)
    assert (spans(project, document_id), project.scalar("SELECT text FROM documents")) == before
