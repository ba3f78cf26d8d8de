"""Backups in the real window: made on a worker thread when a changed project is opened (the
window never waits for one), and Project > Restore backup... restoring one as a new file."""

import pytest

from qdacoder.core import backups
from qdacoder.core.codes import add_code
from qdacoder.core.coders import ensure_coder
from qdacoder.core.documents import import_document
from qdacoder.core.project import Project
from qdacoder.ui.project.backups import RestoreDialog, project_of, retention

TEXT = "I: Hoe was de overgang naar de nieuwe woning?\nR: Spannend, maar mijn begeleider ging mee.\n"


@pytest.fixture
def study(tmp_path):
    path = tmp_path / "woonstudie.qdacoder"
    with Project.create(path) as project:
        ensure_coder(project, "Anna de Vries")
        import_document(project, name="Interview Daan", text=TEXT, kind="transcript")
        add_code(project, "Begeleiding")
    return path


def finished(qtbot, window):
    qtbot.waitUntil(lambda: not window.projects.backups.running(), timeout=10_000)


def test_opening_does_not_wait_for_the_backup(qtbot, make_window, study):
    window = make_window()
    # the backup waits for the backup folder, held here: opening must finish all the same
    with backups.folder_lock(study):
        assert window.projects.open_project(study)
        assert window.project is not None and window.documents.first_document_id() is not None
        assert window.projects.backups.running()
        assert backups.list_backups(study) == []
    finished(qtbot, window)
    made = backups.list_backups(study)
    assert [(b.documents, b.codes) for b in made] == [(1, 1)]
    qtbot.waitUntil(lambda: "Backup made" in window.statusBar().currentMessage())


def test_an_unchanged_project_gets_no_new_backup(qtbot, make_window, study):
    window = make_window()
    for _ in range(2):
        assert window.projects.open_project(study)
        finished(qtbot, window)
        window.set_project(None)
    assert len(backups.list_backups(study)) == 1
    assert window.projects.open_project(study)
    window.codebook.add_code("Nieuw na de backup")
    window.set_project(None)
    assert window.projects.open_project(study)
    finished(qtbot, window)
    assert [b.codes for b in backups.list_backups(study)] == [2, 1]


def test_restore_lists_the_backups_and_writes_a_new_project(qtbot, make_window, study, settings, tmp_path):
    window = make_window()
    assert window.projects.open_project(study)
    finished(qtbot, window)
    window.codebook.add_code("Na de backup")
    dialog = RestoreDialog(study, settings, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, c).text() for c in range(6)]
    assert row[0] == "1" and row[3:] == ["1", "1", "0"] and row[2].endswith("MB")
    assert "1 backup(s) of woonstudie.qdacoder" in dialog.summary.text()
    restored = dialog.restore_selected(tmp_path / "woonstudie hersteld.qdacoder")
    assert restored.exists()
    with Project.open(restored) as copy:
        assert [r["name"] for r in copy.rows("SELECT name FROM codes")] == ["Begeleiding"]
    assert window.project.scalar("SELECT count(*) FROM codes") == 2  # the open project is untouched


def test_the_rule_is_kept_in_the_settings(qtbot, study, settings):
    dialog = RestoreDialog(study, settings)
    qtbot.addWidget(dialog)
    assert (dialog.keep_recent.value(), dialog.keep_days.value()) == (3, 7)
    dialog.keep_recent.setValue(5)
    dialog.keep_days.setValue(14)
    dialog.reject()
    assert retention(settings) == backups.Retention(recent=5, days=14)
    again = RestoreDialog(study, settings)
    qtbot.addWidget(again)
    assert (again.keep_recent.value(), again.keep_days.value()) == (5, 14)


def test_a_file_in_the_backup_folder_stands_for_its_project(tmp_path):
    chosen = tmp_path / "woonstudie backups" / "woonstudie 2026-03-01 090000.qdacoder"
    assert project_of(chosen) == tmp_path / "woonstudie.qdacoder"
    assert project_of(tmp_path / "woonstudie.qdacoder") == tmp_path / "woonstudie.qdacoder"
