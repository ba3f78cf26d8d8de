"""Undo steps that join (a run of typing): the joined journal undoes and redoes exactly, and a
row changed by every key is kept once, not once per key."""

from PySide6.QtGui import QUndoStack

from qdacoder.core.codes import add_code
from qdacoder.core.codings import add_coding, get_coding
from qdacoder.core.coders import ensure_coder
from qdacoder.core.documents import document_text, import_document
from qdacoder.core.project import Project
from qdacoder.core.text_edits import edit_text
from qdacoder.ui.common.undo import JournalCommand, MergingJournalCommand

TEXT = "I: Hoe was de hulp?\nR: De mentor luisterde goed naar mij."


def test_a_run_of_edits_is_one_step_that_undoes_and_redoes_exactly(tmp_path, qapp):
    with Project.create(tmp_path / "studie.qdacoder") as project:
        coder = ensure_coder(project, "Anna de Vries").id
        doc = import_document(project, name="interview", text=TEXT).result
        code = add_code(project, "Mentor").result
        start = TEXT.index("mentor")
        coding = add_coding(project, document_id=doc, code_id=code, start=start, end=start + 6, coder_id=coder).result
        before = get_coding(project, coding)
        stack = QUndoStack()
        notified = []
        for n, letter in enumerate("echt "):
            journal = edit_text(project, doc, 3 + n, 3 + n, letter)
            stack.push(MergingJournalCommand((doc, 1), "Type text", project, journal, notified.append, print))
        assert stack.count() == 1
        merged = stack.command(0).journal
        # the document's text once, as one edit from before the first key to after the last
        texts = [s for s in merged.steps if s.table == "documents"]
        assert len(texts) == 1 and texts[0].changes[0].rounds == (((3, 3, "", "echt "),),)
        assert document_text(project, doc) == "I: echt Hoe was de hulp?\nR: De mentor luisterde goed naar mij."
        assert get_coding(project, coding).start == before.start + 5
        stack.undo()
        assert document_text(project, doc) == TEXT and get_coding(project, coding) == before
        stack.redo()
        assert document_text(project, doc).startswith("I: echt Hoe") and get_coding(project, coding).start == before.start + 5
        # another key (a new run) or a plain command does not join
        stack.push(MergingJournalCommand((doc, 2), "Type text", project, edit_text(project, doc, 0, 0, "x"),
                                         notified.append, print))
        stack.push(JournalCommand("Edit text", project, edit_text(project, doc, 0, 0, "y"), notified.append, print))
        assert stack.count() == 3
