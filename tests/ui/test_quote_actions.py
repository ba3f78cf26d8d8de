"""Starring a quote from the coding context menu in the real window, then exporting it."""

import docx
from PySide6.QtCore import QPoint

from qdacoder.core import codings, quotes
from qdacoder.reports.quotes import collect_quotes, write_quotes
from tests.ui.test_main_window import import_transcript, select, transcript  # noqa: F401 (a fixture)


def test_star_from_context_menu_and_export(qtbot, window, transcript, tmp_path):
    doc = import_transcript(window, transcript)
    code = window.codebook.add_code("Duur")
    select(window, "Veertien maanden.")
    window.coding.code_passage(code)
    coding_id = codings.document_codings(window.project, doc)[0].id
    quotes.set_placeholder(window.project, "Veertien", "[duur]")
    window.view.coding_context_menu.emit(coding_id, QPoint(100, 100))
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "codingMenu")
    star = next(a for a in menu.actions() if a.objectName() == "starAsQuote")
    assert not star.isChecked()
    star.trigger()
    assert quotes.is_starred(window.project, coding_id)
    assert "Veertien" in window.statusBar().currentMessage()  # the window warns about the name
    window.undo_stack.undo()
    assert not quotes.is_starred(window.project, coding_id)
    window.undo_stack.redo()
    path = tmp_path / "citaten.docx"
    write_quotes(collect_quotes(window.project), path)
    quoted = [p.text for p in docx.Document(path).paragraphs if p.style.name == "Quote"]
    assert len(quoted) == 1 and quoted[0].startswith("“[duur] maanden.”")
