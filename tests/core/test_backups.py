"""Backups: made only when the project changed, a consistent copy that restores to the same
project, kept by the rule of the last openings and one a day."""

import sqlite3
from datetime import datetime

import pytest

from qdacoder.core import backups
from qdacoder.core.backups import Retention, list_backups, make_backup, restore_backup, to_keep
from qdacoder.core.codes import add_code
from qdacoder.core.codings import add_coding
from qdacoder.core.documents import import_document
from qdacoder.core.errors import NotFoundError, ProjectFileError
from qdacoder.core.project import Project

TEXT = "I: Hoe ging het op school?\nR: Eerst slecht, later kreeg ik een mentor die luisterde.\n"


def dump(path):
    """Every row and every schema object of a project file, as SQL."""
    with sqlite3.connect(path) as db:
        return list(db.iterdump())


def coded_study(project, coder):
    document = import_document(project, name="Interview Sanne", text=TEXT, kind="transcript").result
    code = add_code(project, "Mentor").result
    add_coding(project, document_id=document, code_id=code, start=30, end=50, coder_id=coder.id)
    return document, code


def test_a_backup_restores_to_an_identical_project(project, coder, tmp_path):
    coded_study(project, coder)
    made = make_backup(project.path)
    assert made.number == 1 and (made.documents, made.codes, made.codings) == (1, 1, 1)
    assert made.change_count == project.change_count > 0
    expected = dump(project.path)
    add_code(project, "Later toegevoegd")  # after the backup: not in it
    restored = restore_backup(project.path, 1, tmp_path / "terug")
    assert restored == tmp_path / "terug.qdacoder"
    assert dump(restored) == expected
    with Project.open(restored) as again:
        assert again.scalar("PRAGMA integrity_check") == "ok"
    assert dump(project.path) != expected  # the project itself is left as it is


def test_an_unchanged_project_makes_no_new_backup(project, coder):
    coded_study(project, coder)
    first = make_backup(project.path)
    assert make_backup(project.path) is None
    assert make_backup(project.path) is None
    assert [b.path for b in list_backups(project.path)] == [first.path]


def test_every_change_counts_undo_and_settings_too(project, coder):
    document, code = coded_study(project, coder)
    make_backup(project.path)
    before = project.change_count
    journal = add_coding(project, document_id=document, code_id=code, start=0, end=10, coder_id=coder.id)
    assert project.change_count == before + 1
    journal.undo(project)
    assert project.change_count == before + 2
    project.set_setting("name", "Studie B")
    assert project.change_count == before + 3
    second = make_backup(project.path)
    assert second is not None and second.change_count == before + 3
    assert len(list_backups(project.path)) == 2


def test_a_refused_operation_is_no_change(project, coder):
    document, code = coded_study(project, coder)
    before = project.change_count
    with pytest.raises(Exception):
        add_coding(project, document_id=document, code_id=code, start=30, end=50, coder_id=coder.id)  # twice
    assert project.change_count == before


def test_the_backups_of_a_project_that_is_gone_can_be_restored(project, coder, tmp_path):
    coded_study(project, coder)
    make_backup(project.path)
    path = project.path
    project.close()
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    assert len(list_backups(path)) == 1
    with Project.open(restore_backup(path, 1, tmp_path / "gered.qdacoder")) as saved:
        assert saved.scalar("SELECT count(*) FROM codings") == 1


def test_restore_refuses_what_it_cannot_do(project, coder, tmp_path):
    coded_study(project, coder)
    make_backup(project.path)
    with pytest.raises(NotFoundError, match="no backup number 2 \\(it has 1\\)"):
        restore_backup(project.path, 2, tmp_path / "x.qdacoder")
    (tmp_path / "bestaat.qdacoder").write_text("iets")
    with pytest.raises(ProjectFileError, match="already exists"):
        restore_backup(project.path, 1, tmp_path / "bestaat.qdacoder")
    assert (tmp_path / "bestaat.qdacoder").read_text() == "iets"


def test_the_rule_keeps_the_last_openings_and_one_a_day():
    today = datetime(2026, 3, 10, 18, 0)
    made = [  # newest first
        datetime(2026, 3, 10, 17, 0), datetime(2026, 3, 10, 12, 0), datetime(2026, 3, 10, 9, 0),
        datetime(2026, 3, 10, 8, 0),  # today's 4th: neither among the last 3 nor the day's newest
        datetime(2026, 3, 9, 20, 0), datetime(2026, 3, 9, 10, 0),  # yesterday: the newest stays
        datetime(2026, 3, 4, 12, 0),  # 6 days ago: in the week
        datetime(2026, 3, 3, 12, 0),  # 7 days ago: out
    ]
    assert to_keep(made, Retention(recent=3, days=7), today) == {0, 1, 2, 4, 6}
    assert to_keep(made, Retention(recent=1, days=0), today) == {0}
    assert to_keep(made, Retention(recent=5, days=1), today) == {0, 1, 2, 3, 4}


def test_old_backups_are_removed_by_the_rule(project, coder):
    coded_study(project, coder)
    days = [datetime(2026, 3, d, 9, 0) for d in range(1, 11)]  # one opening with changes a day
    for n, day in enumerate(days):
        project.set_setting("name", f"versie {n}")
        assert make_backup(project.path, Retention(recent=3, days=4), now=day) is not None
    kept = [b.made_at for b in list_backups(project.path)]
    assert kept == [datetime(2026, 3, d, 9, 0) for d in (10, 9, 8, 7)]


def test_a_copy_cut_off_halfway_is_not_a_backup(project, coder):
    coded_study(project, coder)
    folder = backups.backup_folder(project.path)
    folder.mkdir()
    half = folder / f"{project.path.stem} 2026-03-01 090000.qdacoder.partial"
    half.write_bytes(b"SQLite format 3\x00")
    assert list_backups(project.path) == []
    make_backup(project.path)
    assert not half.exists()
    assert len(list_backups(project.path)) == 1
