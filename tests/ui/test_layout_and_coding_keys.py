"""A window to live in: the layout stays, the text does not jump, zoom is remembered, and
codings can be chosen and changed from the keyboard with the status bar saying what happened."""

from PySide6.QtCore import Qt

from qdacoder.core import codings
from qdacoder.ui.common.dialogs import ImportOptions

from .test_main_window import click_code, select

TEXT = ("I: Hoe ging de overgang naar de nieuwe groep?\n"
        "R: De overgang was zwaar. Mijn mentor hielp wel, dat was fijn.\n")


def open_document(window, tmp_path):
    path = tmp_path / "interview.txt"
    path.write_text(TEXT, encoding="utf-8")
    return window.projects.import_files([str(path)], ImportOptions(None, None, False)).imported[0]


def test_geometry_docks_and_zoom_come_back_after_a_restart(qtbot, make_window, settings):
    first = make_window()
    first.resize(790, 620)  # the offscreen screen is 800 x 800; restoreGeometry keeps it on screen
    qtbot.waitUntil(lambda: first.size().width() == 790)
    first.docks[2].show()
    first.zoom(+2)
    first.close()
    assert settings.value("window/geometry") is not None
    second = make_window()
    assert second.height() == 620 and second.docks[2].isVisible()
    assert second.view.zoom_level() == 2
    size = second.view.text_edit.font().pointSizeF()
    second.zoom(None)
    assert second.view.text_edit.font().pointSizeF() == size - 2
    assert settings.value("view/zoom") in (0, "0")


def test_the_text_keeps_its_width(window, tmp_path):
    assert window.view.minimumWidth() >= 380
    open_document(window, tmp_path)
    before = window.view.text_edit.viewportMargins().left()
    assert before > 20  # the margin's first column is there before any coding
    code = window.codebook.add_code("Overgang")
    select(window, "De overgang was zwaar.")
    window.coding.code_passage(code)
    assert window.view.text_edit.viewportMargins().left() == before


def test_a_click_on_a_code_codes_once_then_clears_the_selection(qtbot, window, tmp_path):
    doc = open_document(window, tmp_path)
    code = window.codebook.add_code("Overgang")
    select(window, "De overgang was zwaar.")
    click_code(qtbot, window, code)
    assert window.view.selection() is None
    click_code(qtbot, window, code)  # a second click only selects the code
    assert len(codings.document_codings(window.project, doc)) == 1


def test_select_a_coding_with_the_keyboard_and_change_it(qtbot, window, tmp_path):
    doc = open_document(window, tmp_path)
    outer, inner = window.codebook.add_code("Overgang"), window.codebook.add_code("Steun")
    start, end = select(window, "De overgang was zwaar. Mijn mentor hielp wel")
    window.coding.code_passage(outer)
    m_start, m_end = select(window, "Mijn mentor hielp wel")
    window.coding.code_passage(inner)
    window.view.select_range(m_start + 3, m_start + 3)  # the cursor inside both codings
    window.activateWindow()
    window.view.text_edit.setFocus()
    status = window.statusBar()
    qtbot.keyClick(window.view.text_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    first = window.view.selected_coding()
    assert "Steun" in status.currentMessage()  # the innermost first
    qtbot.keyClick(window.view.text_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    second = window.view.selected_coding()
    assert {first, second} == {c.id for c in codings.document_codings(window.project, doc)}
    assert "Overgang" in status.currentMessage()
    qtbot.keyClick(window.view.text_edit, Qt.Key.Key_Plus)
    assert codings.get_coding(window.project, second).valence == "promoting"
    assert status.currentMessage() == "Coding “Overgang” marked promoting (+)."
    qtbot.keyClick(window.view.text_edit, Qt.Key.Key_0)
    assert status.currentMessage() == "Coding “Overgang” has no valence now."
    qtbot.keyClick(window.view.text_edit, Qt.Key.Key_Delete)
    assert status.currentMessage() == "Removed the coding “Overgang” (Ctrl+Z to undo)."
    assert [c.id for c in codings.document_codings(window.project, doc)] == [first]


def test_panels_have_accessible_names(window):
    assert window.view.text_edit.accessibleName() == "Document text"
    assert window.code_panel.tree.accessibleName() == "Codes"
    assert window.documents.accessibleName() == "Documents"
    assert all(dock.accessibleName() for dock in window.docks)
