"""The memo panel in the real window: a research journal, memos on a document, a code, a
coding and a case, searching, filtering, editing and deleting with undo."""

import pytest
from PySide6.QtWidgets import QMessageBox

from qdacoder.core import codings, memos
from qdacoder.ui.common.dialogs import ImportOptions

TEXT = (
    "I: Hoe ging de overdracht naar de nieuwe school?\n"
    "R: De mentor wist alles al, dat scheelde veel.\n"
    "I: En de wachtlijst?\n"
    "R: Daar staan we nog op.\n"
)


@pytest.fixture
def panel(qtbot, window, tmp_path):
    """The window's own panel (refreshed by the window after every change), a document open."""
    memo_panel = window.memo_panel
    path = tmp_path / "gesprek Noor.txt"
    path.write_text(TEXT, encoding="utf-8")
    window.projects.import_files([str(path)], ImportOptions(None, "Casus Noor", False))
    memo_panel.refresh()  # the window does this when it shows another document
    return memo_panel


def write(panel, kind, text, title=""):
    dialog = panel.new_memo_dialog()
    dialog.set_kind(kind)
    label = dialog.target.currentText()
    dialog.title.setText(title)
    dialog.text.setPlainText(text)
    dialog.accept()
    return label, panel.current_memo_id()


def column(panel, c):
    return [panel.model.item(r, c).text() for r in range(panel.model.rowCount())]


def test_journal_document_and_code_memos_newest_first(panel):
    window = panel.session.widget
    code = window.codebook.add_code("Steun van mentor")
    write(panel, "project", "Drie interviews gecodeerd. De Wachtlijst komt vaak terug.", "Logboek week 11")
    label, _ = write(panel, "document", "Moeder spreekt snel; transcriptie nagelezen.")
    assert label == "This document: Document gesprek Noor"
    window.code_panel.select_code(code)
    write(panel, "code", "Alleen als de mentor zelf initiatief neemt.\nZie ook overdracht.")
    assert column(panel, 0) == ["Alleen als de mentor zelf initiatief neemt.",
                                "Moeder spreekt snel; transcriptie nagelezen.", "Logboek week 11"]
    assert column(panel, 1) == ["Code Steun van mentor", "Document gesprek Noor", "Project"]
    assert set(column(panel, 2)) == {"Anna de Vries"}
    stored = memos.list_memos(window.project, "document", window.view.document_id())
    assert [m.author for m in stored] == ["Anna de Vries"]
    assert "Zie ook overdracht." in panel.viewer.toPlainText()


def test_search_is_case_insensitive_and_filters_follow_the_window(panel):
    window = panel.session.widget
    mentor = window.codebook.add_code("Steun van mentor")
    other = window.codebook.add_code("Wachtlijst")
    write(panel, "project", "Drie interviews gecodeerd. De Wachtlijst komt vaak terug.", "Logboek week 11")
    write(panel, "document", "Moeder spreekt snel.")
    window.code_panel.select_code(mentor)
    write(panel, "code", "Alleen als de mentor zelf initiatief neemt.")
    panel.search.setText("WACHTLIJST")
    assert column(panel, 0) == ["Logboek week 11"]
    panel.search.setText("")
    panel.set_filter("document")
    assert column(panel, 0) == ["Moeder spreekt snel."]
    panel.set_filter("code")
    assert column(panel, 0) == ["Alleen als de mentor zelf initiatief neemt."]
    window.code_panel.select_code(other)
    assert column(panel, 0) == []
    panel.set_filter("project")
    assert column(panel, 1) == ["Project"]


def test_memos_on_a_coding_and_on_the_case(panel):
    window = panel.session.widget
    code = window.codebook.add_code("Steun van mentor")
    passage = "De mentor wist alles al, dat scheelde veel."
    start = window.view.text_edit.toPlainText().index(passage)
    window.view.select_range(start, start + len(passage))
    window.coding.code_passage(code)
    coding = codings.document_codings(window.project, window.view.document_id())[0].id
    window.view.select_coding(coding)
    label, _ = write(panel, "coding", "Mooi citaat voor het rapport.")
    assert label == "This coding: Coding on “De mentor wist alles al, dat scheelde veel.”"
    label, _ = write(panel, "case", "Noor: overdracht goed geregeld.")
    assert label == "This case: Case Casus Noor"
    panel.set_filter("coding")
    assert column(panel, 1) == ["Coding on “De mentor wist alles al, dat scheelde veel.”"]
    window.view.select_coding(None)
    assert column(panel, 0) == []
    panel.set_filter("case")
    assert column(panel, 0) == ["Noor: overdracht goed geregeld."]


def test_edit_and_delete_with_undo(panel):
    window = panel.session.widget
    _, memo_id = write(panel, "project", "Eerste indruk: gezin voelt zich niet gehoord.", "Indruk")
    panel.select_memo(memo_id)
    dialog = panel.edit_memo_dialog()
    assert not dialog.target.isEnabled() and dialog.target.currentText() == "Project"
    dialog.text.setPlainText("Eerste indruk: gezin voelt zich wel gehoord door de mentor.")
    dialog.accept()
    assert memos.get_memo(window.project, memo_id).text.endswith("door de mentor.")
    assert "wel gehoord" in panel.viewer.toPlainText()
    window.undo_action.trigger()
    assert memos.get_memo(window.project, memo_id).text == "Eerste indruk: gezin voelt zich niet gehoord."
    panel.select_memo(memo_id)
    box = panel.delete_memo_dialog()
    assert "“Indruk”" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert panel.memo_ids() == [] and memos.list_memos(window.project) == []
    window.undo_action.trigger()
    assert panel.memo_ids() == [memo_id]


def test_an_empty_memo_is_refused(panel):
    write(panel, "project", "   ")
    assert panel.session.widget.findChild(QMessageBox, "errorDialog").text() == "An empty memo is not saved."
    assert panel.memo_ids() == []


def test_without_a_project_the_panel_is_empty_and_disabled(qtbot, make_window):
    panel = make_window().memo_panel  # a window without a project
    assert panel.memo_ids() == [] and not panel.isEnabled()
    assert panel.new_memo_dialog() is None
