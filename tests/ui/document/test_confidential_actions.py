"""Marking a coding confidential in the real window: the coding's context menu, the lock in
the margin, one undo step, the retrieval list's menu and the quote export's message."""

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

from qdacoder.core import codings, quotes
from tests.ui.test_main_window import import_transcript, select, transcript  # noqa: F401 (a fixture)
from tests.ui.export.test_quote_actions import one_passage_listed


def coding_menu(window, coding_id) -> QMenu:
    window.view.coding_context_menu.emit(coding_id, QPoint(100, 100))
    return window.findChild(QMenu, "codingMenu")


def test_confidential_from_the_coding_menu_shows_a_lock_and_undoes(qtbot, window, transcript, tmp_path):
    doc = import_transcript(window, transcript)
    code = window.codebook.add_code("Thuis")
    start, _end = select(window, "Veertien maanden.")
    window.coding.code_passage(code)
    coding_id = codings.document_codings(window.project, doc)[0].id
    quotes.set_starred(window.project, [coding_id])
    action = next(a for a in coding_menu(window, coding_id).actions() if a.objectName() == "confidential")
    assert action.isCheckable() and not action.isChecked()
    steps = window.undo_stack.count()
    action.trigger()
    assert quotes.is_confidential(window.project, coding_id)
    assert window.undo_stack.count() == steps + 1
    shown = window.view.codings_at(start)[0]
    assert shown.confidential and shown.starred and shown.label == "Thuis"  # the margin draws lock and star icons
    assert [(h.confidential, h.starred) for h in window.coding.highlights(doc)] == [(True, True)]

    assert window.quotes.export(str(tmp_path / "citaten.csv"))
    assert "1 confidential coding(s) left out" in window.statusBar().currentMessage()

    again = next(a for a in coding_menu(window, coding_id).actions() if a.objectName() == "confidential")
    assert again.isChecked()
    window.undo_stack.undo()
    assert not quotes.is_confidential(window.project, coding_id)
    assert not window.view.codings_at(start)[0].confidential
    window.undo_stack.redo()
    assert window.view.codings_at(start)[0].confidential
    again.trigger()  # checked: makes it shareable again
    assert not quotes.is_confidential(window.project, coding_id)


def test_confidential_from_the_retrieval_list(window, tmp_path):
    panel, coding = one_passage_listed(window, tmp_path, "De pleegmoeder vertelde over de ruzie thuis.", "Gezin", 14)
    panel._passage_menu(panel.table.visualRect(panel.model.index(0, 0)).center())
    menu = panel.table.findChild(QMenu, "passageMenu")
    action = next(a for a in menu.actions() if a.objectName() == "confidential")
    assert not action.isChecked()
    action.trigger()
    assert quotes.is_confidential(window.project, coding)
    assert panel.model.rowCount() == 1  # retrieval still shows it
    window.undo_action.trigger()
    assert not quotes.is_confidential(window.project, coding)


def test_confidential_from_the_codes_menu_for_the_selected_coding(window, transcript):
    doc = import_transcript(window, transcript)
    code = window.codebook.add_code("Thuis")
    select(window, "Veertien maanden.")
    window.coding.code_passage(code)
    coding_id = codings.document_codings(window.project, doc)[0].id
    assert window.coding.confidential_action.shortcut().toString() == "Ctrl+Shift+X"
    window.view.select_coding(None)
    window.coding.confidential_action.trigger()
    assert not quotes.is_confidential(window.project, coding_id)
    assert window.statusBar().currentMessage() == "Click a coding first."
    window.view.select_coding(coding_id)
    window.coding.confidential_action.trigger()
    assert quotes.is_confidential(window.project, coding_id)
