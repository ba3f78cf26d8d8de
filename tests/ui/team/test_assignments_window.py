"""Team > Assignments (a coder x document grid grouped by case) and the document choice of
Team > Save a coder copy, with real widgets on the real main window."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMenu

from qdacoder.core.assignments import list_assignments
from qdacoder.core.coders import ensure_coder
from qdacoder.core.documents import find_document, import_document
from qdacoder.core.project import Project
from qdacoder.ui.team.merge import CoderCopyDialog

TEXT = "Veldnotitie: {name} vertelt dat de juf haar elke ochtend begroet.\n"


def prepare(window):
    for name, case in (("Interview Noor", "Noor"), ("Veldnotitie Noor", "Noor"), ("Interview Sem", None)):
        journal = import_document(window.project, name=name, text=TEXT.format(name=name), case_name=case)
        window.apply_changes(journal.changes)
    ensure_coder(window.project, "Bram Jansen")


def pairs(window):
    return [(a.coder, a.document) for a in list_assignments(window.project)]


def test_the_grid_assigns_per_document_and_per_case_as_undo_steps(window, qtbot):
    prepare(window)
    grid_window = window.tools.assignments_window()  # as Team > Assignments opens it
    qtbot.addWidget(grid_window)
    grid = grid_window.grid
    coders = [grid.horizontalHeaderItem(c).text() for c in range(grid.columnCount())]
    assert coders == ["Anna de Vries", "Bram Jansen"]
    labels = [grid.verticalHeaderItem(r).text().strip() for r in range(grid.rowCount())]
    assert labels == ["Noor", "Interview Noor", "Veldnotitie Noor", "(no case)", "Interview Sem"]
    # tick one document for Anna: one undo step; the case row shows a partial tick
    grid.item(grid_window.row_of("Interview Noor"), 0).setCheckState(Qt.CheckState.Checked)
    assert pairs(window) == [("Anna de Vries", "Interview Noor")]
    case = grid.item(grid_window.row_of("Noor"), 0)
    assert case.checkState() == Qt.CheckState.PartiallyChecked and case.text() == "1/2"
    # the case row for Bram: both documents of the case at once
    grid.item(grid_window.row_of("Noor"), 1).setCheckState(Qt.CheckState.Checked)
    assert pairs(window) == [("Anna de Vries", "Interview Noor"), ("Bram Jansen", "Interview Noor"),
                             ("Bram Jansen", "Veldnotitie Noor")]
    window.undo_stack.undo()  # the grid follows undo
    assert pairs(window) == [("Anna de Vries", "Interview Noor")]
    assert grid.item(grid_window.row_of("Veldnotitie Noor"), 1).checkState() == Qt.CheckState.Unchecked
    window.undo_stack.redo()
    assert grid.item(grid_window.row_of("Noor"), 1).checkState() == Qt.CheckState.Checked
    grid.item(grid_window.row_of("Interview Noor"), 0).setCheckState(Qt.CheckState.Unchecked)
    assert ("Anna de Vries", "Interview Noor") not in pairs(window)


def test_a_new_coder_gets_a_column_and_the_menu_has_the_action(window, qtbot):
    prepare(window)
    grid_window = window.tools.assignments_window()
    qtbot.addWidget(grid_window)
    grid_window.add_coder("Cees Bakker")
    assert grid_window.grid.columnCount() == 3
    assert grid_window.grid.horizontalHeaderItem(2).text() == "Cees Bakker"
    menu = QMenu(window)
    window.tools.build_team_menu(menu)
    assert "&Assignments..." in [a.text() for a in menu.actions()]


def test_save_a_coder_copy_for_chosen_documents(window, qtbot, tmp_path):
    prepare(window)
    dialog = CoderCopyDialog(window.project, window)
    qtbot.addWidget(dialog)
    assert dialog.coder() is None and dialog.documents() is None and not dialog.tree.isEnabled()
    assert dialog.ok_button.isEnabled()  # everyone: the whole project
    dialog.coder_box.setCurrentText("Cees Bakker")
    assert dialog.tree.isEnabled() and not dialog.ok_button.isEnabled()  # which documents?
    dialog.tick(["Noor"])  # the case ticks its documents
    noor = [find_document(window.project, n).id for n in ("Interview Noor", "Veldnotitie Noor")]
    assert sorted(dialog.documents()) == sorted(noor) and dialog.ok_button.isEnabled()
    steps = window.undo_stack.count()
    saved = window.merges.save_copy(tmp_path / "cees", keep_codings=not dialog.without_codings.isChecked(),
                                    coder=dialog.coder(), document_ids=dialog.documents())
    assert saved == tmp_path / "cees.qdacoder"
    assert pairs(window) == [("Cees Bakker", "Interview Noor"), ("Cees Bakker", "Veldnotitie Noor")]
    with Project.open(saved) as copy:
        assert sorted(r["name"] for r in copy.rows("SELECT name FROM documents")) == ["Interview Noor", "Veldnotitie Noor"]
        assert [(a.coder, a.document) for a in list_assignments(copy)] == pairs(window)
    assert window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    assert pairs(window) == []
    # a file that exists already: a message, nothing assigned
    assert window.merges.save_copy(saved, coder="Cees Bakker", document_ids=noor) is None
    assert pairs(window) == []
    # ... and for a coder who was not there: the coder is not left behind either
    assert window.merges.save_copy(saved, coder="Fenna de Wit", document_ids=noor) is None
    assert window.project.scalar("SELECT count(*) FROM coders WHERE name = 'Fenna de Wit'") == 0
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
