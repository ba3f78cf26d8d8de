"""Coders: the people who code. Every coding names its coder."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from .errors import QT_TRANSLATE_NOOP, ValidationError
from .models import Coder
from .project import Project, new_guid, now


def list_coders(project: Project) -> list[Coder]:
    return [Coder(**r) for r in project.rows("SELECT id, guid, name FROM coders ORDER BY name")]


def find_coder(project: Project, name: str) -> Coder | None:
    rows = project.rows("SELECT id, guid, name FROM coders WHERE name = ?", [name.strip()])
    return Coder(**rows[0]) if rows else None


def ensure_coder(project: Project, name: str) -> Coder:
    """The coder with this name, created when new. Not an undoable step: a coder row is
    bookkeeping that costs nothing to keep, and undoing a coding must not remove its coder."""
    name = name.strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "A coder needs a name."))
    existing = find_coder(project, name)
    if existing:
        return existing
    with project.writing():
        project.db.execute(
            "INSERT INTO coders (guid, name, created_at) VALUES (?, ?, ?)", [new_guid(), name, now()]
        )
    coder = find_coder(project, name)
    assert coder is not None
    return coder


@contextmanager
def coder_for(project: Project, name: str) -> Iterator[Coder]:
    """``ensure_coder`` for one command, in one SQLite transaction with the command's writes
    (the operations inside nest as savepoints): a refused, failed or killed command leaves no
    new coder behind (issue 21)."""
    with project.db.atomic():
        yield ensure_coder(project, name)


@contextmanager
def coder_unless_refused(project: Project, name: str) -> Iterator[Coder]:
    """``ensure_coder`` for a command that cannot run inside one transaction with it, as
    ``coder_for`` does (a coder copy is read from the project by a second connection, which
    would wait for that transaction for ever): a coder made here is removed again when the
    command is refused or fails, so the project stays exactly as it was."""
    made = find_coder(project, name.strip()) is None
    coder = ensure_coder(project, name)
    try:
        yield coder
    except BaseException:
        if made:
            try:
                with project.writing():
                    project.db.execute("DELETE FROM coders WHERE id = ?", [coder.id])
            except sqlite3.IntegrityError:  # something refers to it after all: it stays
                pass
        raise
