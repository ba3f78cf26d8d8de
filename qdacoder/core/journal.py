"""Undoable operations: every change to a project is recorded row by row.

Design rules:
- All writes of an operation go through one ``Transaction`` (``insert``, ``update``,
  ``delete``). It runs inside a single SQLite transaction and records, for every row touched,
  the row as it was before and as it is after. That record, the ``Journal``, is enough to undo
  and redo the operation without the operation having to know how to reverse itself.
- Undo and redo check first that the rows still look the way the journal left them. When the
  project was changed behind our back (another program, an edit already undone elsewhere) the
  step is refused with a clear message instead of overwriting newer work.
- The journal tells the views what changed (``Changes``): which tables, and which documents'
  codings or text, so the window re-queries only what it shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import QT_TRANSLATE_NOOP, ValidationError

if TYPE_CHECKING:  # pragma: no cover
    from .project import Project

Row = dict[str, Any]


@dataclass(frozen=True)
class Changes:
    """What an operation (or its undo) changed. Views check only the parts they show."""

    tables: frozenset[str] = frozenset()
    document_ids: frozenset[int] = frozenset()  # documents whose text, turns or codings changed
    code_ids: frozenset[int] = frozenset()  # codes that changed or whose codings changed
    coding_ids: frozenset[int] = frozenset()  # codings added, changed or removed

    @property
    def documents(self) -> bool:
        return bool(self.tables & {"documents", "case_ranges", "cases"})

    @property
    def codes(self) -> bool:
        return "codes" in self.tables

    @property
    def codings(self) -> bool:
        return "codings" in self.tables

    @property
    def cases(self) -> bool:
        return bool(self.tables & {"cases", "case_ranges"})

    @property
    def coders(self) -> bool:
        return "coders" in self.tables

    def __bool__(self) -> bool:
        return bool(self.tables)


@dataclass(frozen=True)
class Step:
    table: str
    row_id: int
    before: Row | None  # None: the row was inserted
    after: Row | None  # None: the row was deleted


@dataclass
class Journal:
    """The record of one operation. ``result`` is what the operation returns (e.g. a new id)."""

    label: str
    steps: list[Step] = field(default_factory=list)
    result: Any = None

    @property
    def changes(self) -> Changes:
        return _changes_of(self.steps)

    def undo(self, project: Project) -> Changes:
        with project.db.atomic():
            for step in reversed(self.steps):
                _expect(project, step.table, step.row_id, step.after)
                _put(project, step.table, step.row_id, step.before)
        return self.changes

    def redo(self, project: Project) -> Changes:
        with project.db.atomic():
            for step in self.steps:
                _expect(project, step.table, step.row_id, step.before)
                _put(project, step.table, step.row_id, step.after)
        return self.changes


class Transaction:
    """The only way operations write. Use through ``Project.transaction(label)``."""

    def __init__(self, project: Project, label: str) -> None:
        self.project = project
        self.journal = Journal(label)

    @property
    def result(self) -> Any:
        return self.journal.result

    @result.setter
    def result(self, value: Any) -> None:
        self.journal.result = value

    def insert(self, table: str, values: Row) -> int:
        columns = ", ".join(f'"{c}"' for c in values)
        marks = ", ".join("?" for _ in values)
        cursor = self.project.db.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values())
        )
        row_id = cursor.lastrowid
        self.journal.steps.append(Step(table, row_id, None, _fetch(self.project, table, row_id)))
        return row_id

    def update(self, table: str, row_id: int, values: Row) -> None:
        before = _fetch(self.project, table, row_id)
        if before is None:
            raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "This item no longer exists."))
        assignments = ", ".join(f'"{c}" = ?' for c in values)
        self.project.db.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ?", [*values.values(), row_id]
        )
        after = _fetch(self.project, table, row_id)
        if after != before:
            self.journal.steps.append(Step(table, row_id, before, after))

    def delete(self, table: str, row_id: int) -> None:
        before = _fetch(self.project, table, row_id)
        if before is None:
            return
        self.project.db.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])
        self.journal.steps.append(Step(table, row_id, before, None))


def _fetch(project: Project, table: str, row_id: int) -> Row | None:
    cursor = project.db.execute(f"SELECT * FROM {table} WHERE id = ?", [row_id])
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip((d[0] for d in cursor.description), row))


def _expect(project: Project, table: str, row_id: int, expected: Row | None) -> None:
    if _fetch(project, table, row_id) != expected:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "qdacoder",
                "This action cannot be undone or redone: the project was changed since.",
            )
        )


def _put(project: Project, table: str, row_id: int, row: Row | None) -> None:
    """Make the row with ``row_id`` look like ``row`` (None: absent)."""
    exists = _fetch(project, table, row_id) is not None
    if row is None:
        project.db.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])
    elif exists:
        assignments = ", ".join(f'"{c}" = ?' for c in row)
        project.db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*row.values(), row_id])
    else:
        columns = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" for _ in row)
        project.db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))


def _changes_of(steps: list[Step]) -> Changes:
    tables = {s.table for s in steps}
    document_ids: set[int] = set()
    code_ids: set[int] = set()
    for s in steps:
        for row in (s.before, s.after):
            if row is None:
                continue
            if s.table == "documents":
                document_ids.add(s.row_id)
            elif "document_id" in row:
                document_ids.add(row["document_id"])
            if s.table == "codes":
                code_ids.add(s.row_id)
            elif s.table == "codings":
                code_ids.add(row["code_id"])
    coding_ids = frozenset(s.row_id for s in steps if s.table == "codings")
    return Changes(frozenset(tables), frozenset(document_ids), frozenset(code_ids), coding_ids)
