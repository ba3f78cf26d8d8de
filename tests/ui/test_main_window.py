"""The day-one path in the real window: import, code by every path, undo, reopen."""

import json

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from qdacoder.core import codes, codings, documents
from qdacoder.core.summary import project_summary
from qdacoder.ui.common.dialogs import ImportDialog, ImportOptions
from qdacoder.ui.document.view import PASSAGE_MIME

TRANSCRIPT = (
    "Interview met moeder, casus 2\n"
    "I: Hoe lang heeft u op hulp gewacht?\n"
    "Moeder: Veertien maanden. Dat is geëvalueerd, maar er veranderde niets.\n"
    "I: En toen de hulp er eenmaal was?\n"
    "Moeder: De gedragsdeskundige legde alles rustig uit. Dat hielp echt.\n"
)


@pytest.fixture
def transcript(tmp_path):
    path = tmp_path / "interview_moeder.txt"
    path.write_bytes(TRANSCRIPT.encode("cp1252"))  # an older Windows file
    return path


def import_transcript(window, transcript, case="Casus 2"):
    report = window.projects.import_files([str(transcript)], ImportOptions(None, case, False))
    assert report.failed == []
    return report.imported[0]


def select(window, passage):
    text = window.view.text_edit.toPlainText()
    start = text.index(passage)
    window.view.select_range(start, start + len(passage))
    assert window.view.selection() == (start, start + len(passage))
    return start, start + len(passage)


def click_code(qtbot, window, code_id):
    tree = window.code_panel.tree
    index = window.code_panel.view_index(code_id)
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())


def stored(window, document_id):
    return [(c.start, c.end, codes.get_code(window.project, c.code_id).name)
            for c in codings.document_codings(window.project, document_id)]


def test_import_shows_the_document_under_its_case(window, transcript):
    doc = import_transcript(window, transcript)
    assert window.view.document_id() == doc
    assert "geëvalueerd" in window.view.text_edit.toPlainText()
    model = window.documents.model()
    assert model.index(0, 0).data() == "Casus 2 (1)"
    assert model.index(0, 0, model.index(0, 0)).data() == "interview_moeder"
    assert "characters" in model.index(0, 0, model.index(0, 0)).data(Qt.ItemDataRole.ToolTipRole)
    assert documents.get_document(window.project, doc).kind == "transcript"
    assert window.windowTitle().startswith("onderzoek")
    assert window.coder_label.text() == "Coder: Anna de Vries"


def test_click_a_code_codes_the_selection_then_undo_and_redo(qtbot, window, transcript):
    doc = import_transcript(window, transcript)
    code_id = window.codebook.add_code("Lange wachttijd")
    start, end = select(window, "Veertien maanden.")
    click_code(qtbot, window, code_id)
    assert stored(window, doc) == [(start, end, "Lange wachttijd")]
    assert [h.coding_id for h in window.view.codings_at(start)] != []
    assert window.code_panel.model.count(code_id) == 1
    assert window.undo_action.text() == "&Undo Code with “Lange wachttijd”"

    window.undo_action.trigger()
    assert stored(window, doc) == [] and window.view.codings_at(start) == []
    assert window.code_panel.model.count(code_id) == 0
    window.redo_action.trigger()
    assert stored(window, doc) == [(start, end, "Lange wachttijd")]
    assert window.view.codings_at(start)


def test_drag_the_selection_onto_a_code(qtbot, window, transcript):
    doc = import_transcript(window, transcript)
    code_id = window.codebook.add_code("Uitleg door professional")
    start, end = select(window, "De gedragsdeskundige legde alles rustig uit.")
    mime = window.view.text_edit.createMimeDataFromSelection()
    # drop targets decide by hasFormat(); Qt's own selection mime data hides added formats
    assert mime.hasFormat(PASSAGE_MIME) and mime.hasText()
    assert json.loads(bytes(mime.data(PASSAGE_MIME)).decode()) == {"document_id": doc, "start": start, "end": end}
    tree = window.code_panel.tree
    target = QPointF(tree.visualRect(window.code_panel.view_index(code_id)).center())
    for kind in (QDropEvent.Type.DragEnter, QDropEvent.Type.DragMove):
        from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent
        cls = QDragEnterEvent if kind == QDropEvent.Type.DragEnter else QDragMoveEvent
        event = cls(target.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(tree.viewport(), event)
        assert event.isAccepted()
    drop = QDropEvent(target, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tree.viewport(), drop)
    assert stored(window, doc) == [(start, end, "Uitleg door professional")]
    assert window.view.selection() is None  # as after a click: clicking the code again codes nothing


def test_quick_code_box_applies_existing_codes_by_name_and_creates_new_ones(qtbot, window, transcript):
    doc = import_transcript(window, transcript)
    parent = window.codebook.add_code("Belemmerend")
    window.codebook.add_code("Wachtlijst", parent)
    box = window.code_panel.quick_code
    start, end = select(window, "Veertien maanden.")
    box.setFocus()
    qtbot.keyClicks(box, "wachtlijst")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    select(window, "Dat hielp echt.")
    box.setText("Bevorderend/Goede uitleg")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    got = {(name) for _s, _e, name in stored(window, doc)}
    assert got == {"Wachtlijst", "Goede uitleg"}
    assert codes.find_code_by_path(window.project, "Belemmerend/Wachtlijst") is not None
    assert codes.find_code_by_path(window.project, "Bevorderend/Goede uitleg") is not None
    assert box.text() == ""
    window.undo_action.trigger()  # one step: the new codes and the coding
    assert codes.find_code_by_path(window.project, "Bevorderend") is None


def test_ctrl_digits_apply_the_codes_used_last(qtbot, window, transcript):
    doc = import_transcript(window, transcript)
    first = window.codebook.add_code("Eerste")
    second = window.codebook.add_code("Tweede")
    select(window, "Veertien maanden.")
    window.coding.code_passage(first)
    select(window, "Dat hielp echt.")
    window.coding.code_passage(second)
    start, end = select(window, "Hoe lang heeft u op hulp gewacht?")
    window.activateWindow()
    window.view.text_edit.setFocus()
    qtbot.keyClick(window.view.text_edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # 2nd most recent
    assert (start, end, "Eerste") in stored(window, doc)
    qtbot.keyClick(window.view.text_edit, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert (start, end, "Eerste") in stored(window, doc)  # "Eerste" is now the most recent
    assert len(stored(window, doc)) == 3  # the same code twice on one passage is refused
    assert window.findChild(QMessageBox, "errorDialog") is not None


def test_in_vivo_code_with_ctrl_i(qtbot, window, transcript):
    doc = import_transcript(window, transcript)
    start, end = select(window, " De gedragsdeskundige legde alles rustig uit. ")
    window.activateWindow()
    window.view.text_edit.setFocus()
    qtbot.keyClick(window.view.text_edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    # surrounding spaces are trimmed, the final full stop is not part of the name
    assert stored(window, doc) == [(start + 1, end - 1, "De gedragsdeskundige legde alles rustig uit")]
    assert window.code_panel.current_code_id() is not None


def test_coding_context_menu_memo_change_and_remove(qtbot, window, transcript, monkeypatch):
    doc = import_transcript(window, transcript)
    a = window.codebook.add_code("A")
    b = window.codebook.add_code("B")
    start, end = select(window, "Veertien maanden.")
    window.coding.code_passage(a)
    coding_id = codings.document_codings(window.project, doc)[0].id
    window.view.coding_context_menu.emit(coding_id, QPoint(100, 100))
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "codingMenu")
    assert [a_.text() for a_ in menu.actions()] == [
        "&Remove coding", "&Change code...", "&Memo...", "",
        "Promoting (bevorderend, +)", "Hindering (belemmerend, −)", "No valence", "", "&Star as quote",
        "C&onfidential (not shared)"]
    assert menu.actions()[6].isChecked()
    menu.actions()[5].trigger()
    assert codings.get_coding(window.project, coding_id).valence == "hindering"
    assert window.view.codings_at(start)[0].label == "− A"
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getMultiLineText", lambda *a, **k: ("Kernpunt", True))
    menu.actions()[2].trigger()
    assert codings.get_coding(window.project, coding_id).memo == "Kernpunt"
    assert window.view.codings_at(start)[0].memo == "Kernpunt"
    window.coding.change_code(coding_id, b)
    assert stored(window, doc) == [(start, end, "B")]
    # the view was updated piece by piece; it must equal a fresh read of the project
    assert window._highlights == window.coding.highlights(doc)
    menu.actions()[0].trigger()
    assert stored(window, doc) == []


def test_close_and_reopen_finds_everything(qtbot, make_window, tmp_path, transcript):
    first = make_window()
    first.projects.new_project(tmp_path / "blijvend.qdacoder")
    doc = import_transcript(first, transcript)
    code_id = first.codebook.add_code("Lange wachttijd")
    start, end = select(first, "Veertien maanden.")
    click_code(qtbot, first, code_id)
    first.close()
    assert first.project is None

    second = make_window()
    assert second.projects.open_project(tmp_path / "blijvend.qdacoder")
    assert second.projects.recent_projects()[0].endswith("blijvend.qdacoder")
    second.documents.select_document(doc)
    assert second.view.document_id() == doc
    assert [h.code_name for h in second.view.codings_at(start)] == ["Lange wachttijd"]
    assert second.code_panel.model.count(code_id) == 1
    # a backup of the changed project is made on opening, on a worker thread
    qtbot.waitUntil(lambda: not second.projects.backups.running(), timeout=10_000)
    assert list((tmp_path / "blijvend backups").glob("*.qdacoder"))


def test_bad_files_are_reported_one_by_one_and_change_nothing(window, tmp_path, transcript):
    bad_docx = tmp_path / "kapot.docx"
    bad_docx.write_bytes(b"\x00\x01 geen zip")
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    unknown = tmp_path / "notities.xyz"
    unknown.write_text("tekst")
    before = project_summary(window.project)
    report = window.projects.import_files(
        [str(bad_docx), str(transcript), str(empty), str(unknown)], ImportOptions(None, None, False))
    assert len(report.imported) == 1 and len(report.failed) == 3
    for name, message in zip(["kapot.docx", "leeg.txt", "notities.xyz"], report.failed):
        assert name in message
    dialog = window.findChild(QMessageBox, "errorDialog")
    assert "kapot.docx" in dialog.text() or "kapot.docx" in dialog.informativeText() + dialog.text()
    assert project_summary(window.project).documents == before.documents + 1
    # importing the same file again is refused too, and says so
    again = window.projects.import_files([str(transcript)], ImportOptions(None, None, False))
    assert again.imported == [] and "already in the project" in again.failed[0]


def test_a_folder_is_imported_as_one_step_and_told_once(window, tmp_path):
    """The window re-reads its document list once per folder, not once per file (that made a
    folder cost more the bigger the project), and undo and redo take the folder as a whole."""
    paths = []
    for n in range(5):
        path = tmp_path / f"veldnotitie_{n + 1}.txt"
        path.write_text(f"Overleg {n + 1}: de mentor sprak met de school over het rooster.\n", encoding="utf-8")
        paths.append(str(path))
    told = []
    window.session.changed.connect(lambda changes, _source: told.append(changes))
    report = window.projects.import_files(paths, ImportOptions(None, "Casus 4", False))
    assert len(report.imported) == 5 and len(told) == 1
    assert told[0].document_ids == set(report.imported)
    model = window.documents.model()
    assert model.index(0, 0).data() == "Casus 4 (5)"
    assert window.undo_stack.count() == 1 and window.undo_action.text() == "&Undo Import 5 document(s)"
    window.undo_action.trigger()
    assert len(told) == 2 and project_summary(window.project).documents == 0
    assert model.rowCount() == 0  # the case the import made went too
    window.redo_action.trigger()
    assert len(told) == 3 and model.index(0, 0).data() == "Casus 4 (5)"


def test_import_dialog_and_dropping_files_on_the_window(qtbot, window, transcript):
    def fill_in():
        dialog = window.findChild(ImportDialog, "importDialog")
        dialog.case.setEditText("Casus 7")
        dialog.autocode.setChecked(True)
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(transcript))])
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    doc = window.view.document_id()
    assert doc is not None
    assert window.documents.model().index(0, 0).data() == "Casus 7 (1)"
    speakers = {name for _s, _e, name in stored(window, doc)}
    assert speakers == {"I", "Moeder"}
    assert window.undo_action.text().startswith("&Undo Import 1 document")
    window.undo_action.trigger()
    assert project_summary(window.project).documents == 0 and window.view.document_id() is None


def test_codes_are_added_renamed_in_place_and_deleted_after_asking(qtbot, window, transcript):
    doc = import_transcript(window, transcript)
    parent = window.codebook.add_code("Bevorderend")
    child = window.codebook.add_code("Steun", parent)
    select(window, "Dat hielp echt.")
    window.coding.code_passage(child)
    model = window.code_panel.model
    model.setData(model.index_of_code(child), "Steun van professional")
    assert codes.get_code(window.project, child).name == "Steun van professional"
    assert model.index_of_code(child).data() == "Steun van professional"
    window.code_panel.select_code(parent)
    box = window.codebook.delete_current()
    assert "1 subcode(s) and 1 coding(s)" in box.text()
    assert not [b for b in box.buttons() if b.text().startswith("Move")][0].isVisible()  # a top-level code
    [b for b in box.buttons() if b.text() == "Delete with its codings"][0].click()
    assert codes.list_codes(window.project) == [] and stored(window, doc) == []
    window.undo_action.trigger()
    assert stored(window, doc)[0][2] == "Steun van professional"


def test_a_refused_operation_explains_itself_in_a_dialog(window):
    window.codebook.add_code("Steun")
    assert window.codebook.add_code("steun") is None
    dialog = window.findChild(QMessageBox, "errorDialog")
    assert "already a code" in dialog.text()
    assert len(codes.list_codes(window.project)) == 1


def test_positions_survive_emoji_in_the_window(window, tmp_path):
    path = tmp_path / "chat.txt"
    text = "Bericht 😊 van jongere: ik wil gehoord worden 👩‍👧 echt.\nAntwoord: we luisteren."
    path.write_text(text, encoding="utf-8")
    doc = window.projects.import_files([str(path)], ImportOptions("fieldnote", None, False)).imported[0]
    code_id = window.codebook.add_code("Gehoord worden")
    start, end = select(window, "ik wil gehoord worden 👩‍👧 echt.")
    window.coding.code_passage(code_id)
    coding = codings.document_codings(window.project, doc)[0]
    assert documents.document_text(window.project, doc)[coding.start:coding.end] == "ik wil gehoord worden 👩‍👧 echt."


def test_opening_a_file_that_is_not_a_project_shows_why(make_window, tmp_path):
    window = make_window()
    bad = tmp_path / "geen_project.qdacoder"
    bad.write_text("hallo")
    assert not window.projects.open_project(bad)
    assert "not a qdacoder project" in window.findChild(QMessageBox, "errorDialog").text()
    assert window.project is None


def test_a_project_open_in_one_window_is_not_silently_opened_in_another(make_window, tmp_path, monkeypatch):
    first = make_window()
    path = tmp_path / "gedeeld.qdacoder"
    assert first.projects.new_project(path)
    import json
    import os

    from qdacoder.core.lock import lock_path

    holder = json.loads(lock_path(path).read_text(encoding="utf-8"))
    holder["pid"] = os.getppid()  # as if another living program held it
    lock_path(path).write_text(json.dumps(holder), encoding="utf-8")
    second = make_window()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No)
    assert not second.projects.open_project(path)
    assert "gedeeld.qdacoder is open in qdacoder by" in asked[0] and second.project is None
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert second.projects.open_project(path)  # the user chose to open it anyway
    second.close()
    assert not lock_path(path).exists()  # closing gives the lock back


def test_the_window_keeps_running_while_a_big_file_is_read(window, tmp_path):
    """Reading takes place on a worker thread: a timer of the window keeps firing while a
    5 MB transcript (some tenths of a second to read) is imported. Read on the window's own
    thread, the timer would fire at most once or twice, between the files."""
    big = tmp_path / "lang interview.txt"
    big.write_text("".join(f"I: Hoe ging het op school in week {i}?\nR: Best goed, de mentor belde elke week.\n\n"
                           for i in range(60_000)), encoding="utf-8")
    ticks = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    report = window.projects.import_files([str(big)], ImportOptions(None, None, False))
    timer.stop()
    assert len(report.imported) == 1
    assert len(ticks) >= 5


def test_the_codebook_case_counts_follow_a_document_into_a_case(window):
    from qdacoder.core import cases
    from qdacoder.ui.codebook.tree import CASES

    p = window.project
    imported = documents.import_document(p, name="Interview", text="Wachtlijst van een jaar. Mentor luisterde.")
    window.apply_changes(imported.changes)
    window.run_operation("code", lambda: codings.add_coding_by_path(
        p, document_id=imported.result, path="Wachtlijst", start=0, end=10, coder_id=window.coder_id))
    model = window.code_panel.model
    index = model.index_of_code(p.scalar("SELECT id FROM codes WHERE name = 'Wachtlijst'"))
    cell = model.index(index.row(), CASES, index.parent())
    assert str(model.data(cell, Qt.ItemDataRole.DisplayRole)) == "0"
    window.run_operation("case", lambda: cases.set_document_case(p, imported.result, "Casus 1"))
    assert str(model.data(cell, Qt.ItemDataRole.DisplayRole)) == "1"
    window.undo_stack.undo()
    assert str(model.data(cell, Qt.ItemDataRole.DisplayRole)) == "0"


def test_a_read_only_project_opens_for_reading_with_a_notice(make_window, tmp_path, transcript):
    from tests.readonly_place import read_only_copy

    first = make_window()
    first.projects.new_project(tmp_path / "archief.qdacoder")
    doc = import_transcript(first, transcript)
    first.close()
    with read_only_copy([tmp_path / "archief.qdacoder"], tmp_path / "cd") as cd:
        path = cd / "archief.qdacoder"
        before = path.read_bytes()
        window = make_window()
        assert window.projects.open_project(path)
        notice = window.findChild(QMessageBox, "readOnlyNotice")
        assert "archief.qdacoder cannot be written" in notice.text()
        window.documents.select_document(doc)
        assert "Veertien maanden" in window.view.text_edit.toPlainText()
        window.codebook.add_code("Wachttijd")  # refused with a dialog, not a traceback
        assert "archief.qdacoder is read-only" in window.findChild(QMessageBox, "errorDialog").text()
        window.close()
        assert path.read_bytes() == before
        assert sorted(p.name for p in cd.iterdir()) == ["archief.qdacoder"]  # no lock, no -wal
    assert not (tmp_path / "cd backups").exists()


def test_context_menus_of_a_read_only_project_show_their_changes_off(make_window, tmp_path, transcript, qtbot):
    """Right-click menus are made when they open; in a read-only project what would change it
    is shown off in them (as in the menu bar), and what only reads stays on."""
    from PySide6.QtWidgets import QMenu

    from tests.readonly_place import read_only_file

    first = make_window()
    first.projects.new_project(tmp_path / "archief.qdacoder")
    doc = import_transcript(first, transcript)
    code_id = first.codebook.add_code("Wachttijd")
    select(first, "Veertien maanden.")
    first.coding.code_passage(code_id)
    coding_id = codings.document_codings(first.project, doc)[0].id
    first.close()
    (tmp_path / "archief.qdacoder-wal").unlink(missing_ok=True)

    def shown(menu):
        return {a.text().replace("&", ""): a.isEnabled() for a in menu.actions() if a.text()}

    window = make_window()
    with read_only_file(tmp_path / "archief.qdacoder") as path:
        assert window.projects.open_project(path)
        window.documents.select_document(doc)
        tree = window.documents
        window.projects._document_menu(tree.visualRect(window.documents.model().index(0, 0, tree.model().index(0, 0))).center())
        menu = window.projects.document_menu
        assert shown(menu) == {"Rename document...": False, "Put in case...": False, "Kind": True,
                               "Print coded document...": True, "Delete document...": False}
        kinds = next(a.menu() for a in menu.actions() if a.menu() is not None)
        assert not any(a.isEnabled() for a in kinds.actions())
        window.codebook._tree_menu(window.code_panel.tree.visualRect(window.code_panel.view_index(code_id)).center())
        assert not any(shown(window.code_panel.tree.findChild(QMenu, "codeMenu")).values())
        window.coding._coding_menu(coding_id, window.mapToGlobal(window.rect().center()))
        coding_menu = window.findChild(QMenu, "codingMenu")
        assert not any(shown(coding_menu).values())
        for menu in (window.projects.document_menu, coding_menu):
            menu.close()
        window.projects.close_project()
    window.close()


def test_the_status_counts_follow_every_change_without_counting_again(qtbot, window, transcript):
    """The status bar's counts are adjusted by the rows each change added or removed (undo and
    redo too), and stay equal to a fresh count of the project."""
    import_transcript(window, transcript)
    code_id = window.codebook.add_code("Wachttijd")
    select(window, "Veertien maanden.")
    click_code(qtbot, window, code_id)
    assert window._summary == project_summary(window.project) and window._summary.codings == 1
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window._summary == project_summary(window.project) and (window._summary.codes, window._summary.codings) == (0, 0)
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert window._summary == project_summary(window.project) and window._summary.codings == 1


def test_a_read_only_project_file_is_marked_in_the_title_and_status_bar_and_edits_are_off(
        make_window, tmp_path, transcript):
    """The notice on opening goes away; the mark stays for as long as the project is shown."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel

    from qdacoder.ui.common.actions import EDITS
    from tests.readonly_place import read_only_file

    first = make_window()
    first.projects.new_project(tmp_path / "archief.qdacoder")
    import_transcript(first, transcript)
    first.close()
    (tmp_path / "archief.qdacoder-wal").unlink(missing_ok=True)  # closed: all in the file
    window = make_window()
    editing = [a for a in window.findChildren(QAction) if a.property(EDITS)]
    names = {a.text().replace("&", "") for a in editing}
    assert {"Import files...", "Code in vivo", "New code...", "Delete document...", "Import case attributes...",
            "Merge coder copies..."} <= names
    label = window.findChild(QLabel, "readOnlyLabel")
    with read_only_file(tmp_path / "archief.qdacoder") as path:
        assert window.projects.open_project(path)
        assert window.windowTitle() == "archief [read-only] – qdacoder"
        assert label.isVisibleTo(window) and label.text() == "Read-only: changes cannot be saved"
        window.statusBar().showMessage("een ander bericht")  # messages come and go; the mark stays
        assert label.isVisibleTo(window)
        assert not any(a.isEnabled() for a in editing)
        assert not window.code_panel.quick_code.isEnabled()
        assert not (window.code_panel.tree.acceptDrops() or window.code_panel.tree.dragEnabled() or window.acceptDrops())
        assert window.find_action.isEnabled()  # reading goes on
        window.projects.close_project()
    window.projects.new_project(tmp_path / "nieuw.qdacoder")  # a writable project: the mark goes
    assert window.windowTitle() == "nieuw – qdacoder"
    assert not label.isVisibleTo(window)
    assert all(a.isEnabled() for a in editing) and window.code_panel.quick_code.isEnabled()
    assert window.code_panel.tree.acceptDrops() and window.code_panel.tree.dragEnabled() and window.acceptDrops()
    window.close()
