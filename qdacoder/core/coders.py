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
    """``ensure_coder`` for one command: when the block fails (a refused coding, a bad value),
    a coder it created is removed again, so a refused command leaves no trace (issue 21).
    Inside an operation's transaction, prefer ``ensure_coder``: it then shares its fate."""
    existed = find_coder(project, name.strip()) if name.strip() else None
    coder = existed or ensure_coder(project, name)
    try:
        yield coder
    except BaseException:
        if existed is None:
            try:
                with project.db.atomic():
                    project.db.execute("DELETE FROM coders WHERE id = ?", [coder.id])
            except sqlite3.Error:
                pass  # something refers to the coder after all: then it stays
        raise
