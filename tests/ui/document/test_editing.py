"""Edit mode in the window (issue 13): an explicit mode, typing through the project's undoable
text edit with the codings kept on their words, runs of typing as one undo step, a warning that
names the codings a deletion removes, and the single-key coding shortcuts off meanwhile."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from qdacoder.core import codings
from qdacoder.core.documents import document_text, sha256_of
from qdacoder.ui.common.dialogs import ImportOptions
from qdacoder.ui.document import editing

TEXT = ("I: Hoe ging de overgang naar de nieuwe groep?\n"
        "R: De overgang was zwaar. Mijn mentor hielp wel, dat was fijn.")


@pytest.fixture
def doc(window, tmp_path):
    path = tmp_path / "interview.txt"
    path.write_text(TEXT, encoding="utf-8")
    return window.projects.import_files([str(path)], ImportOptions("fieldnote", None, False)).imported[0]


def code(window, doc, name, word):
    """A coding of ``word`` (its first occurrence) with a new code ``name``: its id."""
    code_id = window.codebook.add_code(name)
    start = TEXT.index(word)
    window.view.select_range(start, start + len(word))
    window.coding.code_passage(code_id)
    return next(c.id for c in codings.document_codings(window.project, doc) if c.code_id == code_id)


def passage(window, coding_id):
    coding = codings.get_coding(window.project, coding_id)
    return document_text(window.project, coding.document_id)[coding.start:coding.end]


def press(qtbot, window, sequence):
    combo = QKeySequence(sequence)[0]
    qtbot.keyClick(window.view.text_edit, combo.key(), combo.keyboardModifiers())


def start_editing(qtbot, window, position):
    window.editing.action.trigger()
    window.view.place_cursor(position)
    window.activateWindow()
    window.view.text_edit.setFocus()


def test_edit_mode_is_off_until_chosen_and_clearly_shown(qtbot, window, doc):
    action = window.editing.action
    assert action.isCheckable() and not action.isChecked()
    assert action in window.toolbar.actions()
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert action in edit_menu.actions()
    assert window.view.text_edit.isReadOnly() and window.view.edit_banner.isHidden()
    assert all(a.isEnabled() for a in window.coding.single_key_actions)
    action.trigger()
    assert action.isChecked() and window.view.is_editing() and window.view.edit_banner.isVisible()
    assert not any(a.isEnabled() for a in window.coding.single_key_actions)
    action.trigger()
    assert not window.view.is_editing() and window.view.edit_banner.isHidden()
    assert all(a.isEnabled() for a in window.coding.single_key_actions)


def test_typing_changes_the_project_and_codings_stay_on_their_words(qtbot, window, doc):
    mentor = code(window, doc, "Mentor", "mentor hielp")
    overgang = code(window, doc, "Overgang", "overgang naar")
    start_editing(qtbot, window, TEXT.index("de overgang"))
    qtbot.keyClicks(window.view.text_edit, "toen ")
    expected = TEXT.replace("de overgang", "toen de overgang", 1)
    assert document_text(window.project, doc) == expected == window.view.text() == window.view.text_edit.toPlainText()
    assert passage(window, mentor) == "mentor hielp" and passage(window, overgang) == "overgang naar"
    assert window.project.scalar("SELECT sha256 FROM documents WHERE id = ?", [doc]) == sha256_of(expected)
    # the view's highlight moved with its coding
    assert {h.coding_id: (h.start, h.end) for h in window.document.highlights}[mentor] == (
        expected.index("mentor hielp"), expected.index("mentor hielp") + 12)


def test_plus_types_a_plus_in_edit_mode_and_marks_the_coding_outside_it(qtbot, window, doc):
    mentor = code(window, doc, "Mentor", "mentor")
    window.view.select_coding(mentor)
    start_editing(qtbot, window, TEXT.index("zwaar") + 5)
    window.view.select_coding(mentor)
    for key in ("+", "-", "0"):
        press(qtbot, window, key)
    assert "zwaar+-0." in document_text(window.project, doc)
    assert codings.get_coding(window.project, mentor).valence is None
    window.editing.action.trigger()  # edit mode off: + marks the selected coding again
    window.view.select_coding(mentor)
    window.view.text_edit.setFocus()
    press(qtbot, window, "+")
    assert codings.get_coding(window.project, mentor).valence == "promoting"
    assert "zwaar+-0." in document_text(window.project, doc)


def test_a_run_of_typing_is_one_undo_step_and_undo_restores_every_position(qtbot, window, doc):
    mentor = code(window, doc, "Mentor", "mentor hielp")
    before = codings.get_coding(window.project, mentor)
    steps = window.undo_stack.count()
    start_editing(qtbot, window, TEXT.index("Mijn"))
    qtbot.keyClicks(window.view.text_edit, "Ja. ")
    press(qtbot, window, "Backspace")
    assert window.undo_stack.count() == steps + 2  # the typing, then the deleting
    assert "Ja.Mijn" in document_text(window.project, doc)
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert document_text(window.project, doc) == TEXT == window.view.text()
    assert codings.get_coding(window.project, mentor) == before
    window.undo_stack.redo()
    assert "Ja. Mijn" in document_text(window.project, doc) and window.view.text() == document_text(window.project, doc)
    assert passage(window, mentor) == "mentor hielp"


def test_a_cursor_jump_or_a_pause_starts_a_new_step(qtbot, window, doc, monkeypatch):
    steps = window.undo_stack.count()
    start_editing(qtbot, window, 0)
    qtbot.keyClicks(window.view.text_edit, "ab")
    window.view.place_cursor(10)
    qtbot.keyClicks(window.view.text_edit, "c")
    assert window.undo_stack.count() == steps + 2
    monkeypatch.setattr(editing, "PAUSE", 0.0)  # every key after a pause
    qtbot.keyClicks(window.view.text_edit, "de")
    assert window.undo_stack.count() == steps + 4


def test_deleting_a_coded_passage_warns_and_names_the_coding(qtbot, window, doc):
    mentor = code(window, doc, "Mentor", "mentor")
    start = TEXT.index("Mijn mentor")
    window.editing.action.trigger()
    window.view.select_range(start, start + len("Mijn mentor hielp "))
    window.view.text_edit.setFocus()
    press(qtbot, window, "Delete")
    box = window.findChild(QMessageBox, "removeCodingsWarning")
    assert box is not None and "“Mentor” on “mentor”" in box.text()
    assert document_text(window.project, doc) == TEXT  # nothing yet
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert document_text(window.project, doc) == TEXT and codings.get_coding(window.project, mentor) is not None
    press(qtbot, window, "Delete")
    box = window.findChild(QMessageBox, "removeCodingsWarning")
    next(b for b in box.buttons() if b.text() == "Delete text and codings").click()
    assert "Mijn mentor" not in document_text(window.project, doc) == window.view.text()
    assert [c.id for c in codings.document_codings(window.project, doc)] == []
    window.undo_stack.undo()
    assert document_text(window.project, doc) == TEXT and passage(window, mentor) == "mentor"


def test_edit_mode_needs_a_document(window):
    window.editing.action.trigger()
    assert not window.editing.action.isChecked() and not window.view.is_editing()


def test_the_shown_codings_move_as_the_project_moves_them(qtbot, window, doc):
    """The view moves its highlights by the core's rule instead of reading them again: after
    every kind of edit they are what reading them from the project gives."""
    for name, words in (("Overgang", "overgang naar"), ("Zwaar", "zwaar"), ("Mentor", "mentor hielp"),
                        ("Mijn", "Mijn"), ("Fijn", "fijn")):
        code(window, doc, name, words)

    def shown():
        return sorted((h.coding_id, h.start, h.end) for h in window.document.highlights)

    def stored():
        return sorted((h.coding_id, h.start, h.end) for h in window.coding.highlights(doc))

    window.editing.action.trigger()
    text = document_text(window.project, doc)
    edits = [(text.index("overgang naar"), "x"),  # at a coding's start
             (text.index("zwaar") + 5, "y"),  # at a coding's end
             (text.index("mentor") + 3, "z")]  # inside a coding
    for position, letter in edits:
        text = document_text(window.project, doc)
        window.view.place_cursor(position if letter == "x" else text.index({"y": "zwaar", "z": "mentor"}[letter])
                                 + (5 if letter == "y" else 3))
        qtbot.keyClicks(window.view.text_edit, letter)
        assert shown() == stored()
    text = document_text(window.project, doc)
    window.view.select_range(text.index("zwaar") + 2, text.index("Mijn") + 2)  # across two codings' edges
    press(qtbot, window, "Backspace")
    assert window.findChild(QMessageBox, "removeCodingsWarning") is None  # no coding wholly inside
    assert shown() == stored()
    text = document_text(window.project, doc)
    window.view.select_range(text.index("dat was fijn") + 6, len(text))  # a whole coding: removed after asking
    press(qtbot, window, "Delete")
    box = window.findChild(QMessageBox, "removeCodingsWarning")
    next(b for b in box.buttons() if b.text() == "Delete text and codings").click()
    assert shown() == stored() and "fijn" not in document_text(window.project, doc)
    window.undo_stack.undo()  # read again: the same
    assert shown() == stored() and "fijn" in document_text(window.project, doc)
