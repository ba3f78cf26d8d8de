"""Editing the codebook in the real window: drag to move, merge, delete with a choice,
properties, search, figures and valence."""

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from qdacoder.core import codes, codings
from qdacoder.ui.codebook.tree import CODINGS, DOCUMENTS, HINDERING, NAME, PROMOTING
from qdacoder.ui.common.dialogs import ImportOptions

TEXT = (
    "I: Hoe ging de overdracht naar de nieuwe school?\n"
    "R: De mentor wist alles al, dat scheelde veel.\n"
    "I: En thuis?\n"
    "R: Thuis was het onrustig, niemand zag dat.\n"
)


def open_text(window, tmp_path, name="gesprek", case="Casus 1"):
    path = tmp_path / f"{name}.txt"
    path.write_text(TEXT, encoding="utf-8")
    return window.projects.import_files([str(path)], ImportOptions(None, case, False)).imported[0]


def select(window, passage):
    start = window.view.text_edit.toPlainText().index(passage)
    window.view.select_range(start, start + len(passage))
    return start, start + len(passage)


def drag_code(window, code_id, onto_code_id, where="middle"):
    tree = window.code_panel.tree
    mime = window.code_panel.model.mimeData([window.code_panel.model.index_of_code(code_id)])
    rect = tree.visualRect(window.code_panel.view_index(onto_code_id))
    y = {"middle": rect.center().y(), "above": rect.top() + 1, "below": rect.bottom() - 1}[where]
    point = QPointF(rect.center().x(), y)
    for cls in (QDragEnterEvent, QDragMoveEvent):
        event = cls(point.toPoint(), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(tree.viewport(), event)
        assert event.isAccepted()
    QApplication.sendEvent(tree.viewport(), QDropEvent(point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                                                        Qt.KeyboardModifier.NoModifier))


def paths(window):
    return [n.path for n in codes.walk_tree(window.project)]


def test_drag_a_code_onto_another_parent_and_between_siblings(window):
    cb = window.codebook
    bevorderend = cb.add_code("Bevorderend")
    belemmerend = cb.add_code("Belemmerend")
    mentor = cb.add_code("Mentor", bevorderend)
    wachtlijst = cb.add_code("Wachtlijst", bevorderend)
    onrust = cb.add_code("Onrust thuis", belemmerend)
    drag_code(window, wachtlijst, belemmerend)  # onto a code: becomes its last child
    assert paths(window) == ["Bevorderend", "Bevorderend/Mentor", "Belemmerend",
                             "Belemmerend/Onrust thuis", "Belemmerend/Wachtlijst"]
    drag_code(window, wachtlijst, onrust, "above")  # before a sibling
    assert paths(window)[-2:] == ["Belemmerend/Wachtlijst", "Belemmerend/Onrust thuis"]
    assert window.undo_action.text() == "&Undo Move code"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert paths(window) == ["Bevorderend", "Bevorderend/Mentor", "Bevorderend/Wachtlijst", "Belemmerend",
                             "Belemmerend/Onrust thuis"]
    assert window.code_panel.view_index(mentor).isValid()


def test_merge_two_codes_in_the_window(window, tmp_path):
    doc = open_text(window, tmp_path)
    cb = window.codebook
    steun = cb.add_code("Steun van mentor")
    hulp = cb.add_code("Mentor")
    select(window, "De mentor wist alles al, dat scheelde veel.")
    window.coding.code_passage(steun)
    window.coding.code_passage(hulp)  # the same passage: must not count twice after merging
    select(window, "Hoe ging de overdracht naar de nieuwe school?")
    window.coding.code_passage(steun)
    window.code_panel.select_code(steun)
    dialog = window.codebook.merge_dialog()
    dialog.filter.setText("Mentor")
    assert dialog.chosen_code() == hulp
    dialog.accept()
    assert paths(window) == ["Mentor"]
    assert len(codings.document_codings(window.project, doc)) == 2
    assert window.code_panel.model.count(hulp) == 2
    assert {h.code_name for h in window.view.codings_at(window.view.text_edit.toPlainText().index("De mentor"))} == {"Mentor"}
    window.undo_action.trigger()
    assert paths(window) == ["Steun van mentor", "Mentor"]


def test_delete_moving_the_codings_to_the_parent(window, tmp_path):
    doc = open_text(window, tmp_path)
    parent = window.codebook.add_code("Belemmerend")
    child = window.codebook.add_code("Onrust thuis", parent)
    select(window, "Thuis was het onrustig, niemand zag dat.")
    window.coding.code_passage(child)
    window.code_panel.select_code(child)
    box = window.codebook.delete_current()
    assert "0 subcode(s) and 1 coding(s)" in box.text()
    move = [b for b in box.buttons() if b.text() == "Move its codings to “Belemmerend”"][0]
    assert move.isVisible()
    move.click()
    assert paths(window) == ["Belemmerend"]
    assert [c.code_id for c in codings.document_codings(window.project, doc)] == [parent]


def test_properties_default_valence_and_categories(window, tmp_path):
    open_text(window, tmp_path)
    category = window.codebook.add_code("Factoren")
    code_id = window.codebook.add_code("Overdracht school", category)
    dialog = window.codebook.properties_dialog(code_id)
    dialog.description.setPlainText("Informatie gaat mee naar de nieuwe school.")
    dialog.inclusion.setPlainText("Overdracht tussen scholen of groepen.")
    dialog.example.setPlainText("De mentor wist alles al.")
    dialog.valence.setCurrentIndex(dialog.valence.findData("promoting"))
    dialog.set_color("#2e7d32")
    dialog.accept()
    code = codes.get_code(window.project, code_id)
    assert (code.description, code.inclusion, code.example, code.default_valence, code.color) == (
        "Informatie gaat mee naar de nieuwe school.", "Overdracht tussen scholen of groepen.",
        "De mentor wist alles al.", "promoting", "#2e7d32")
    second = window.codebook.properties_dialog(category)
    second.category.setChecked(True)
    second.accept()
    assert not codes.get_code(window.project, category).is_codable
    name_font = window.code_panel.model.index_of_code(category).data(Qt.ItemDataRole.FontRole)
    assert isinstance(name_font, QFont) and name_font.bold()

    start, _ = select(window, "De mentor wist alles al, dat scheelde veel.")
    window.coding.code_passage(code_id)
    assert window.view.codings_at(start)[0].label == "+ Overdracht school"  # the default valence
    window.coding.code_passage(category)
    assert "is a category" in window.findChild(QMessageBox, "errorDialog").text()


def test_figures_per_code_and_subtree_totals_in_the_tree(window, tmp_path):
    open_text(window, tmp_path, "gesprek1", "Casus 1")
    parent = window.codebook.add_code("Factoren")
    a = window.codebook.add_code("Mentor", parent)
    b = window.codebook.add_code("Thuis", parent)
    select(window, "De mentor wist alles al, dat scheelde veel.")
    window.coding.code_passage(a)
    select(window, "Thuis was het onrustig, niemand zag dat.")
    window.coding.code_passage(b)
    window.coding.set_valence(codings.document_codings(window.project, window.view.document_id())[-1].id, "hindering")
    model = window.code_panel.model

    def row(code_id):
        index = model.index_of_code(code_id)
        return [model.index(index.row(), column, index.parent()).data() for column in range(NAME, HINDERING + 1)]

    assert row(a) == ["Mentor", 1, 1, 1, 0, 0]
    assert row(b) == ["Thuis", 1, 1, 1, 0, 1]
    assert row(parent) == ["Factoren", 2, 1, 1, 0, 1]  # one document, one case: counted once
    assert model.headerData(PROMOTING, Qt.Orientation.Horizontal) == "+"
    assert model.headerData(DOCUMENTS, Qt.Orientation.Horizontal) == "Docs"
    assert CODINGS == 1


def test_search_filters_the_tree_and_coding_still_works(qtbot, window, tmp_path):
    doc = open_text(window, tmp_path)
    parent = window.codebook.add_code("Belemmerend")
    target = window.codebook.add_code("Onrust thuis", parent)
    window.codebook.add_code("Bevorderend")
    qtbot.keyClicks(window.code_panel.search, "onrust")
    proxy = window.code_panel.proxy
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "Belemmerend"
    assert window.code_panel.view_index(target).isValid()
    select(window, "Thuis was het onrustig, niemand zag dat.")
    tree = window.code_panel.tree
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(window.code_panel.view_index(target)).center())
    assert [c.code_id for c in codings.document_codings(window.project, doc)] == [target]
    window.code_panel.search.clear()
    assert proxy.rowCount() == 2


def test_valence_keys_on_the_selected_coding(qtbot, window, tmp_path):
    doc = open_text(window, tmp_path)
    code_id = window.codebook.add_code("Mentor")
    select(window, "De mentor wist alles al, dat scheelde veel.")
    window.coding.code_passage(code_id)
    coding_id = codings.document_codings(window.project, doc)[0].id
    window.view.select_coding(coding_id)
    window.activateWindow()
    window.view.text_edit.setFocus()
    qtbot.keyClick(window.view.text_edit, Qt.Key.Key_Plus)
    assert codings.get_coding(window.project, coding_id).valence == "promoting"
    qtbot.keyClick(window.view.text_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert codings.get_coding(window.project, coding_id).valence == "hindering"
    qtbot.keyClick(window.view.text_edit, Qt.Key.Key_0)
    assert codings.get_coding(window.project, coding_id).valence is None


def test_codes_added_while_coding_are_marked(window, tmp_path):
    open_text(window, tmp_path)
    planned = window.codebook.add_code("Gepland")
    select(window, "Thuis was het onrustig, niemand zag dat.")
    window.code_panel.quick_code.setText("Nieuw tijdens coderen")
    window.coding.quick_code()
    new = codes.find_code_by_path(window.project, "Nieuw tijdens coderen")
    assert new.added_while_coding and not codes.get_code(window.project, planned).added_while_coding
    model = window.code_panel.model
    assert model.index_of_code(new.id).data(Qt.ItemDataRole.FontRole).italic()
    assert "Added while coding by Anna de Vries" in model.index_of_code(new.id).data(Qt.ItemDataRole.ToolTipRole)
    window.code_panel.inductive.setChecked(True)  # list the inductive additions
    proxy = window.code_panel.proxy
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Nieuw tijdens coderen"]
    window.code_panel.inductive.setChecked(False)
    assert proxy.rowCount() == 2


def test_import_and_export_a_codebook_in_the_window(window, tmp_path):
    window.codebook.add_code("Eigen code")
    source = tmp_path / "codeboom.yaml"
    source.write_text(
        "codebook: Codeboom 2017\ncodes:\n"
        "  - name: Bevorderend\n    category: true\n    codes:\n"
        "      - name: Vroegsignalering\n        valence: bevorderend\n"
        "        description: Problemen worden vroeg gezien.\n"
        "  - name: Eigen code\n", encoding="utf-8")
    added = window.codebook.import_codebook(str(source))
    assert added == ["Bevorderend", "Bevorderend/Vroegsignalering"]
    report = window.findChild(QMessageBox, "codebookImported")
    assert report.text() == "2 code(s) added, 1 already in the project."
    assert window.code_panel.view_index(codes.find_code_by_path(window.project, "Bevorderend/Vroegsignalering").id).isValid()
    window.undo_action.trigger()  # the whole import is one step
    assert paths(window) == ["Eigen code"]
    window.redo_action.trigger()
    target = tmp_path / "uit.qdc"
    assert window.codebook.export_codebook(str(target))
    from qdacoder.exchange import read_codebook

    assert [p for p, _d, _e in read_codebook(target).walk()] == ["Eigen code", "Bevorderend", "Bevorderend/Vroegsignalering"]


def test_a_qdc_with_sets_says_in_the_window_that_they_are_not_taken(window, tmp_path):
    source = tmp_path / "nvivo.qdc"
    source.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo 14">
  <Codes><Code guid="11111111-2222-4333-8444-555555555501" name="Ouders" isCodable="true"/></Codes>
  <Sets><Set guid="11111111-2222-4333-8444-5555555555aa" name="Opvoeders"/>
        <Set guid="11111111-2222-4333-8444-5555555555ab" name="School"/></Sets>
</CodeBook>""", encoding="utf-8")
    assert window.codebook.import_codebook(str(source)) == ["Ouders"]
    report = window.findChild(QMessageBox, "codebookImported")
    assert report.text() == ("1 code(s) added, 0 already in the project.\n\n"
                             "nvivo.qdc: skipped 2 set(s) of codes, as qdacoder has no sets: Opvoeders, School.")


def test_a_broken_codebook_file_is_refused_in_the_window(window, tmp_path):
    bad = tmp_path / "kapot.qdc"
    bad.write_text("<CodeBook><Codes>", encoding="utf-8")
    assert window.codebook.import_codebook(str(bad)) is None
    assert "kapot.qdc" in window.findChild(QMessageBox, "errorDialog").text()
    assert paths(window) == []


def test_new_project_from_a_starter_codebook(make_window, tmp_path):
    window = make_window()
    assert window.projects.new_project(tmp_path / "studie.qdacoder", "overijssel_afsluiten_trajecten")
    assert len(paths(window)) >= 15
    assert window.code_panel.model.rowCount() >= 2
