"""Project > Export REFI-QDA project and Project > New project from REFI-QDA file, in the
real window (file dialogs answered by the test)."""

import zipfile

from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.exchange.qdpx_study import build


def project_action(window, text):
    menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and "Project" in a.text())
    return next(a for a in menu.actions() if a.text() == text)


def test_export_then_new_project_from_the_menu(make_window, tmp_path, monkeypatch):
    build(tmp_path / "studie.qdacoder").close()
    window = make_window()
    assert window.projects.open_project(tmp_path / "studie.qdacoder")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "uit"), ""))
    project_action(window, "&Export REFI-QDA project (.qdpx)...").trigger()
    assert "project.qde" in zipfile.ZipFile(tmp_path / "uit.qdpx").namelist()
    assert "5 coding(s)" in window.statusBar().currentMessage()
    assert window.findChild(QMessageBox, "qdpxExportReport") is None  # nothing left out, nothing to say

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "uit.qdpx"), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "kopie.qdacoder"), ""))
    project_action(window, "New project from REFI-QDA &file (.qdpx)...").trigger()
    assert window.project.path == tmp_path / "kopie.qdacoder"
    assert window.project.scalar("SELECT count(*) FROM codings") == 5
    box = window.findChild(QMessageBox, "qdpxReport")
    assert box is not None and "5 coding(s)" in box.text()
    box.close()


def test_a_bad_file_is_explained_and_leaves_no_project(window, tmp_path, monkeypatch):
    (tmp_path / "kapot.qdpx").write_bytes(b"geen zip")
    shown = window.project.path
    assert not window.projects.qdpx.new_from(tmp_path / "kapot.qdpx", tmp_path / "nieuw.qdacoder")
    box = window.findChild(QMessageBox, "errorDialog")
    assert box is not None and "kapot.qdpx" in box.text() and "not a REFI-QDA project" in box.text()
    box.close()
    assert not (tmp_path / "nieuw.qdacoder").exists()
    assert window.project.path == shown


def test_the_export_says_in_the_window_what_stays_behind(make_window, tmp_path):
    from qdacoder.core import respondents
    from qdacoder.core.cases import find_case

    with build(tmp_path / "studie.qdacoder") as p:
        respondents.add_respondent(p, case_id=find_case(p, "Sanne").id, label="Moeder van Sanne", role="ouder")
    window = make_window()
    assert window.projects.open_project(tmp_path / "studie.qdacoder")
    assert window.projects.qdpx.export_to(tmp_path / "uit.qdpx")
    box = window.findChild(QMessageBox, "qdpxExportReport")
    assert box is not None and box.text().endswith(
        "Left out 1 respondent(s) and their 0 attribute value(s): REFI-QDA has no place for them.")
    box.close()
