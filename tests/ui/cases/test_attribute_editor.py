"""The attribute editor in the real window: adding attributes, editing cells as a user does,
refused values, missing values and undo."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QMessageBox, QStyleOptionViewItem

from qdacoder.core import attributes, cases, respondents


@pytest.fixture
def editor(window):
    """The window's own panel (refreshed by the window after every change), with two cases."""
    for name in ("Casus 1", "Casus 2"):
        window.run_operation("case", lambda n=name: cases.add_case(window.project, n))
    return window.attribute_editor


def add(editor, name, kind, values=""):
    dialog = editor.add_attribute_dialog()
    dialog.name.setText(name)
    dialog.set_type(kind)
    assert dialog.categories.isVisibleTo(dialog) == (kind == "category")
    dialog.categories.setText(values)
    dialog.accept()
    return attributes.find_variable(editor.session.project, editor.current_target(), name)


def stored(editor):
    return attributes.values_of(editor.session.project, "case")


def test_add_attributes_and_edit_cells(editor):
    leeftijd = add(editor, "Leeftijd", "number")
    woonplek = add(editor, "Woonplek", "category", "thuis; pleeggezin ;residentieel")
    model = editor.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == ["Leeftijd", "Woonplek"]
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(2)] == ["Casus 1", "Casus 2"]
    assert woonplek.categories == ("thuis", "pleeggezin", "residentieel")
    assert editor.summary.text() == "2 cases; missing values are empty cells"

    assert model.setData(model.index(0, 0), "15")
    assert model.setData(model.index(1, 0), "16,5")
    delegate = editor.table.itemDelegate()
    combo = delegate.createEditor(editor.table.viewport(), QStyleOptionViewItem(), model.index(0, 1))
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "thuis", "pleeggezin", "residentieel"]
    combo.setCurrentIndex(2)
    delegate.setModelData(combo, model, model.index(0, 1))
    casus1 = cases.find_case(editor.session.project, "Casus 1").id
    casus2 = cases.find_case(editor.session.project, "Casus 2").id
    assert stored(editor) == {casus1: {leeftijd.id: 15, woonplek.id: "pleeggezin"}, casus2: {leeftijd.id: 16.5}}
    assert [model.index(r, 0).data() for r in range(2)] == ["15", "16,5"]
    assert model.index(0, 1).data() == "pleeggezin" and model.index(1, 1).data() == ""
    assert editor.session.widget.undo_action.text() == "&Undo Set Woonplek"


def test_a_bad_number_is_refused_and_stores_nothing(editor):
    leeftijd = add(editor, "Leeftijd", "number")
    model = editor.model
    assert not model.setData(model.index(0, 0), "vijftien")
    error = editor.session.widget.findChild(QMessageBox, "errorDialog")
    assert error is not None and "vijftien" in error.text() and "Leeftijd" in error.text()
    assert stored(editor) == {}
    assert model.index(0, 0).data() == ""
    assert leeftijd is not None


def test_an_empty_cell_is_missing_and_undo_brings_the_value_back(editor):
    leeftijd = add(editor, "Leeftijd", "number")
    model = editor.model
    model.setData(model.index(0, 0), "15")
    assert model.setData(model.index(0, 0), "")
    assert stored(editor) == {}  # missing: no row, not 0
    assert model.index(0, 0).data() == ""
    editor.session.widget.undo_action.trigger()
    assert model.index(0, 0).data() == "15"
    assert list(stored(editor).values()) == [{leeftijd.id: 15}]
    editor.session.widget.undo_action.trigger()
    assert model.index(0, 0).data() == ""


def test_yes_no_cells_and_deleting_an_attribute_with_undo(editor):
    add(editor, "Uithuisplaatsing", "boolean")
    model = editor.model
    delegate = editor.table.itemDelegate()
    combo = delegate.createEditor(editor.table.viewport(), QStyleOptionViewItem(), model.index(1, 0))
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "yes", "no"]
    combo.setCurrentIndex(2)
    delegate.setModelData(combo, model, model.index(1, 0))
    assert model.index(1, 0).data() == "no"
    delegate.setEditorData(combo, model.index(1, 0))
    assert combo.currentText() == "no"
    editor.table.setCurrentIndex(model.index(0, 0))
    box = editor.delete_attribute_dialog()
    assert "“Uithuisplaatsing” with its 1 value(s)" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert model.columnCount() == 0
    editor.session.widget.undo_action.trigger()
    assert model.columnCount() == 1 and model.index(1, 0).data() == "no"


def test_respondents_and_documents_have_their_own_attributes(editor):
    project = editor.session.project
    casus1 = cases.find_case(project, "Casus 1").id
    editor.session.widget.run_operation("resp", lambda: respondents.add_respondent(
        project, case_id=casus1, label="Moeder", role="ouder"))
    editor.set_target("respondent")
    assert editor.model.columnCount() == 0
    assert editor.model.headerData(0, Qt.Orientation.Vertical) == "Casus 1/Moeder"
    assert editor.summary.text() == "1 respondents; missing values are empty cells"
    add(editor, "Geboortedatum", "date")
    assert editor.model.setData(editor.model.index(0, 0), "3-2-1985")
    assert editor.model.index(0, 0).data() == "1985-02-03"
    editor.set_target("case")
    assert editor.model.columnCount() == 0
    editor.set_target("document")
    assert editor.model.rowCount() == 0


def test_typing_in_a_cell_of_the_table(qtbot, editor):
    add(editor, "Leeftijd", "number")
    table, model = editor.table, editor.model
    editor.show()
    qtbot.waitExposed(editor)
    table.setCurrentIndex(model.index(1, 0))
    table.edit(model.index(1, 0))
    line = table.indexWidget(model.index(1, 0))
    line.setText("12")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)  # Qt commits queued
    assert model.index(1, 0).data() == "12"
    table.edit(model.index(1, 0))
    line = table.indexWidget(model.index(1, 0))
    line.setText("twaalf")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)  # Qt commits queued
    assert editor.session.widget.findChild(QMessageBox, "errorDialog") is not None
    assert model.index(1, 0).data() == "12"


def test_without_a_project_the_editor_is_empty_and_disabled(qtbot, make_window):
    panel = make_window().attribute_editor  # a window without a project
    assert panel.model.rowCount() == 0 and not panel.add_button.isEnabled()
    assert panel.add_attribute_dialog() is None
