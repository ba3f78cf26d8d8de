"""The Find names step of Export > Attribution and placeholders, in the real window: suggestions
found on a worker thread, accepted into the placeholder table, rejected (and remembered), a
missed school added from a selection in a context."""

from PySide6.QtGui import QTextCursor

from qdacoder.core import names
from qdacoder.ui.common.dialogs import ImportOptions

TEXT = ("I: Hoe gaat het met Jayden?\n"
        "R: Jayden woont in Zwolle en zit op De Springplank, bij juf Priscilla.\n"
        "I: En daarvoor?\n"
        "R: Karakter, in Deventer. Jayden vond het daar niks.\n")


def test_find_accept_reject_and_add(qtbot, window, tmp_path):
    path = tmp_path / "gesprek.txt"
    path.write_text(TEXT, encoding="utf-8")
    window.projects.import_files([str(path)], ImportOptions(None, "Casus 1", False))
    settings = window.quotes.settings_dialog()
    finder = settings.open_finder()
    assert finder.chosen_documents() == ["gesprek"]
    assert finder.find()
    forms = [s.form for s in finder.suggestions]
    assert forms[0] == "Jayden" and {"Zwolle", "Deventer", "Karakter", "Priscilla"} <= set(forms)
    assert finder.table.item(0, 1).data(0) == 3
    finder.table.selectRow(0)
    assert "font-weight:700;\">Jayden</span>" in finder.contexts.toHtml() and "gesprek: …" in finder.contexts.toPlainText()
    finder.table.item(0, 4).setText("[naam jongere]")
    assert finder.accept_current()
    assert [(p.name, p.placeholder, p.category) for p in names.list_placeholders(window.project)] == [
        ("Jayden", "[naam jongere]", "person")]
    assert settings.rows()[0] == ("Jayden", "[naam jongere]", False, "person")  # the settings table shows it
    row = [s.form for s in finder.suggestions].index("Karakter")
    finder.table.selectRow(row)
    assert finder.reject_current()
    assert names.rejected_forms(window.project) == ["Karakter"]
    # a school deduce does not know: selected in a context, added in one step
    row = [s.form for s in finder.suggestions].index("Zwolle")
    finder.table.selectRow(row)
    plain = finder.contexts.toPlainText()
    cursor = finder.contexts.textCursor()
    cursor.setPosition(plain.index("De Springplank"))
    cursor.setPosition(plain.index("De Springplank") + len("De Springplank"), QTextCursor.MoveMode.KeepAnchor)
    finder.contexts.setTextCursor(cursor)
    assert finder.own_name.text() == "De Springplank"
    assert finder.add_own()
    assert names.find_placeholder(window.project, "De Springplank").category == "institution"
    settings.accept()  # OK keeps what the finder added
    assert {p.name for p in names.list_placeholders(window.project)} == {"Jayden", "De Springplank"}
    window.undo_stack.undo()  # each step is undoable
    assert finder.find()
    assert "Karakter" not in [s.form for s in finder.suggestions]  # rejected: remembered
