"""Export > Coded document… and the document list's context menu, in the real window (the
dialog answered by the test), writing a real .docx."""

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from qdacoder.ui.export.coded_document import CodedDocumentDialog
from tests.reports.test_coded_document import build


def export_action(window, text):
    menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and "xport" in a.text())
    return next(a for a in menu.actions() if a.text() == text)


def test_the_export_menu_prints_a_case_with_the_codings_chosen(make_window, tmp_path, monkeypatch):
    path, _doc, _ids = build(tmp_path / "studie.qdacoder")
    window = make_window()
    assert window.projects.open_project(path)

    def answer(dialog):
        dialog.whole_case.setChecked(True)
        assert not dialog.coders.isEnabled()  # the final coding unless one asks for coders
        dialog.reading.setCurrentIndex(dialog.reading.findData("coders"))
        assert dialog.coders.isEnabled()
        for row in range(dialog.coders.count()):
            if dialog.coders.item(row).text() == "Bram Jansen":
                dialog.coders.item(row).setCheckState(Qt.CheckState.Unchecked)
        dialog.line_numbers.setChecked(True)
        return 1

    monkeypatch.setattr(CodedDocumentDialog, "exec", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "casus"), ""))
    export_action(window, "&Coded document...").trigger()
    word = docx.Document(tmp_path / "casus.docx")
    assert [p.text for p in word.paragraphs if p.style.name == "Heading 1"] == ["Interview [naam jongere]", "Notitie"]
    assert {c.author for c in word.comments} == {"Anna de Vries"} and len(list(word.comments)) == 3
    assert "3 coding(s)" in window.statusBar().currentMessage()


def test_the_document_menu_prints_that_document(make_window, tmp_path, monkeypatch):
    path, doc, _ids = build(tmp_path / "studie.qdacoder")
    window = make_window()
    assert window.projects.open_project(path)
    shown = []

    def answer(dialog):
        shown.append(dialog.document.currentData())
        dialog.valences["hindering"].setChecked(False)
        return 1

    monkeypatch.setattr(CodedDocumentDialog, "exec", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "een.docx"), ""))
    tree = window.documents
    tree.select_document(doc, emit=False)
    tree.customContextMenuRequested.emit(tree.visualRect(tree.currentIndex()).center())
    menu = window.projects.document_menu
    next(a for a in menu.actions() if a.text() == "&Print coded document...").trigger()
    menu.close()
    assert shown == [doc]
    word = docx.Document(tmp_path / "een.docx")
    assert len(list(word.comments)) == 3  # the hindering coding left out, the confidential one (no valence) kept


def test_a_file_that_cannot_be_written_is_explained(window, tmp_path):
    assert not window.projects.coded_document.export(str(tmp_path / "geen-map" / "x.docx"), [])
    box = window.findChild(QMessageBox, "errorDialog")
    assert box is not None and "Choose the document" in box.text()
    box.close()
