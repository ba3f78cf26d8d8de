"""One window per project: the lock file."""

import json
import os
import socket

import pytest

from qdacoder.core.lock import ProjectLocked, acquire, lock_path


def test_a_second_opener_is_refused_until_the_first_lets_go(tmp_path):
    project = tmp_path / "studie.qdacoder"
    project.write_bytes(b"")
    first = acquire(project)
    holder = json.loads(lock_path(project).read_text(encoding="utf-8"))
    holder["pid"] = os.getppid()  # as if another, living program on this computer held it
    lock_path(project).write_text(json.dumps(holder), encoding="utf-8")
    with pytest.raises(ProjectLocked, match="studie.qdacoder is open in qdacoder by"):
        acquire(project)
    acquire(project, force=True)  # the user chose to open it anyway
    first.release()
    assert not lock_path(project).exists()


def test_a_lock_left_by_a_crashed_program_is_taken_over(tmp_path):
    project = tmp_path / "studie.qdacoder"
    lock_path(project).write_text(json.dumps({"pid": 999_999_999, "host": socket.gethostname(), "user": "anna",
                                              "since": "2026-01-01T10:00"}), encoding="utf-8")
    acquire(project).release()
    assert not lock_path(project).exists()


def test_a_lock_from_another_computer_is_respected(tmp_path):
    project = tmp_path / "studie.qdacoder"
    lock_path(project).write_text(json.dumps({"pid": 1, "host": "werkplek-7", "user": "bram",
                                              "since": "2026-11-20T09:15:00+00:00"}), encoding="utf-8")
    with pytest.raises(ProjectLocked, match="by bram on werkplek-7 since 2026-11-20 09:15"):
        acquire(project)
