"""Undoable operations: every change to a project is recorded row by row.

Design rules:
- All writes of an operation go through one ``Transaction`` (``insert``, ``update``,
  ``delete``). It runs inside a single SQLite transaction and records, for every row touched,
  the row as it was before and as it is after. That record, the ``Journal``, is enough to undo
  and redo the operation without the operation having to know how to reverse itself.
- Undo and redo check first that the rows still look the way the journal left them. When the
  project was changed behind our back (another program, an edit already undone elsewhere) the
  step is refused with a clear message instead of overwriting newer work.
- Rows that only move (the positions of 200,000 codings after a name is replaced in every
  document) are recorded as one ``Moves`` entry: their ids and the few values before and after,
  in arrays. A ``Step`` per row holds two whole rows and costs more than writing them.
- The journal tells the views what changed (``Changes``): which tables, and which documents'
  codings or text, so the window re-queries only what it shows.
"""

from __future__ import annotations

import hashlib
import json
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import sqlite_utils

from .errors import QT_TRANSLATE_NOOP, ValidationError

Row = dict[str, Any]


class Project(Protocol):
    """What the journal needs of a project: its database. A protocol rather than an import of
    ``core.project``, which imports this module, so the core's dependencies read one way."""

    db: sqlite_utils.Database

    def writing(self) -> AbstractContextManager[None]: ...


TEXT_TABLES = frozenset({"documents", "text_edits", "codings", "speaker_turns", "case_ranges"})  # what a text edit writes


@dataclass(frozen=True)
class Changes:
    """What an operation (or its undo) changed. Views check only the parts they show."""

    tables: frozenset[str] = frozenset()
    document_ids: frozenset[int] = frozenset()  # documents whose text, turns or codings changed
    code_ids: frozenset[int] = frozenset()  # codes that changed or whose codings changed
    coding_ids: frozenset[int] = frozenset()  # codings added, changed or removed
    rows: tuple[tuple[str, int], ...] = ()  # per table, rows added (negative: removed), by name

    def added(self, table: str) -> int:
        """How many rows of ``table`` there are more (negative: fewer) than before."""
        return dict(self.rows).get(table, 0)

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

    @property
    def settled(self) -> bool:
        """A document's consensus was marked done (or not): which codings count changed there."""
        return "consensus_settled" in self.tables

    @property
    def assignments(self) -> bool:
        return "assignments" in self.tables

    @property
    def text_only(self) -> bool:
        """Only texts were edited (a key typed, a replace, or their undo): what is anchored in
        them moved with them, but no row of any other table came or went, so no name, count or
        case changed; only positions and what is shown of the texts did."""
        return ("text_edits" in self.tables and self.tables <= TEXT_TABLES
                and all(table == "text_edits" for table, _n in self.rows))

    def __bool__(self) -> bool:
        return bool(self.tables)

    def __or__(self, other: Changes) -> Changes:
        """What this and ``other`` changed together (several operations told at once)."""
        rows = dict(self.rows)
        for table, n in other.rows:
            rows[table] = rows.get(table, 0) + n
        return Changes(self.tables | other.tables, self.document_ids | other.document_ids,
                       self.code_ids | other.code_ids, self.coding_ids | other.coding_ids,
                       tuple(sorted((t, n) for t, n in rows.items() if n)))


@dataclass(frozen=True)
class Step:
    table: str
    row_id: int
    before: Row | None  # None: the row was inserted
    after: Row | None  # None: the row was deleted

    def inverse(self) -> Step:
        return Step(self.table, self.row_id, self.after, self.before)


@dataclass(frozen=True)
class Moves:
    """Many rows of one table given new integer values in the same few columns (codings and
    speaker turns moved by a text edit). ``before`` and ``after`` hold the values of each row
    in turn, ``len(columns)`` values a row, in the order of ``ids``. The rows' other columns do
    not change, and a moved row is still the same row for every view: a move changes no count."""

    table: str
    columns: tuple[str, ...]
    ids: array  # 'q'
    before: array  # 'q'
    after: array  # 'q'
    document_ids: frozenset[int]  # the documents the rows belong to

    def inverse(self) -> Moves:
        return Moves(self.table, self.columns, self.ids, self.after, self.before, self.document_ids)

    def statement(self) -> str:
        """The UPDATE that gives one row its values after, with ``values``."""
        assignments = ", ".join(f'"{c}" = ?' for c in self.columns)
        return f"UPDATE {self.table} SET {assignments} WHERE id = ?"

    def values(self) -> Iterable[tuple[int, ...]]:
        """Each row's values after and its id, for ``statement``."""
        n = len(self.columns)
        return zip(*(self.after[k::n] for k in range(n)), self.ids)

    def rows(self) -> dict[int, tuple[tuple[int, ...], tuple[int, ...]]]:
        """id -> (values before, values after)."""
        n = len(self.columns)
        return {row_id: (tuple(self.before[i * n:i * n + n]), tuple(self.after[i * n:i * n + n]))
                for i, row_id in enumerate(self.ids)}

    def then(self, later: Moves) -> Moves | None:
        """These moves and ``later`` ones of the same table and columns as one entry, from each
        row's values before the first that moved it to its values after the last (a typing run:
        every key moves the same codings again); None for other columns. Only valid when nothing
        else changed those rows in between."""
        if later.columns != self.columns:
            return None
        if later.ids == self.ids and later.before == self.after:  # the same rows again (typing): no dicts
            return Moves(self.table, self.columns, self.ids, self.before, later.after, self.document_ids | later.document_ids)
        rows = self.rows()
        for row_id, (old, new) in later.rows().items():
            rows[row_id] = (rows[row_id][0] if row_id in rows else old, new)
        rows = {row_id: values for row_id, values in rows.items() if values[0] != values[1]}
        return Moves(self.table, self.columns, array("q", rows), array("q", (v for old, _new in rows.values() for v in old)),
                     array("q", (v for _old, new in rows.values() for v in new)), self.document_ids | later.document_ids)


Edit = tuple[int, int, str, str]  # (start, end, the text there before, the text there after)


@dataclass(frozen=True)
class TextChange:
    """One document's text with spans replaced, kept as those spans (their old and new text),
    not as the whole text before and after: a replace in 20,000 documents, or a long run of
    typing in a 1 MB transcript, would otherwise keep every text it touched twice. ``rounds``:
    the edits made one round after the other, each round sorted and in the positions of the
    text before it."""

    document_id: int
    sha_before: str  # SHA-256 of the text before and after, to check the text undone or redone
    sha_after: str
    rounds: tuple[tuple[Edit, ...], ...]

    def inverse(self) -> TextChange:
        rounds = []
        for edits in reversed(self.rounds):
            inverted, moved = [], 0
            for start, end, old, new in edits:  # into the positions of the text after the round
                inverted.append((start + moved, start + moved + len(new), new, old))
                moved += len(new) - (end - start)
            rounds.append(tuple(inverted))
        return TextChange(self.document_id, self.sha_after, self.sha_before, tuple(rounds))

    def applied(self, text: str) -> str | None:
        """``text`` with the edits made; None when it does not hold the old text they replace."""
        for edits in self.rounds:
            parts, done = [], 0
            for start, end, old, new in edits:
                if text[start:end] != old:
                    return None
                parts += [text[done:start], new]
                done = end
            parts.append(text[done:])
            text = "".join(parts)
        return text

    def then(self, later: TextChange) -> TextChange:
        """This change and ``later`` (of the same document, made right after) as one. A single
        edit that meets the last single edit (a key typed after the one before, a backspace)
        joins it, so a run of typing stays one edit however long it is."""
        rounds = list(self.rounds)
        if rounds and len(rounds[-1]) == 1 and len(later.rounds) == 1 and len(later.rounds[0]) == 1:
            joined = _joined_edit(rounds[-1][0], later.rounds[0][0])
            if joined is not None:
                rounds[-1] = (joined,)
                return TextChange(self.document_id, self.sha_before, later.sha_after, tuple(rounds))
        return TextChange(self.document_id, self.sha_before, later.sha_after, tuple(rounds) + later.rounds)


def _joined_edit(first: Edit, second: Edit) -> Edit | None:
    """The one edit that does ``first`` and then ``second`` (positions in the text after
    ``first``), when ``second`` meets or overlaps the text ``first`` put in; else None."""
    a, b, old_a, new_a = first
    c, d, old_b, new_b = second
    new_end = a + len(new_a)  # where first's new text ends
    if c > new_end or d < a:
        return None
    moved = len(new_a) - (b - a)
    start, end = min(a, c), max(new_end, d) - moved  # the span in the text before both
    old = (old_b[:a - c] if c < a else "") + old_a + (old_b[new_end - c:] if d > new_end else "")
    new = (new_a[:c - a] if c > a else "") + new_b + (new_a[d - a:] if d < new_end else "")
    return start, end, old, new


@dataclass(frozen=True)
class Texts:
    """The texts of documents changed by ``TextChange``s: the rows' text, checksum and length."""

    changes: tuple[TextChange, ...]
    table: str = "documents"

    def inverse(self) -> Texts:
        return Texts(tuple(change.inverse() for change in reversed(self.changes)))

    def then(self, later: Texts) -> Texts | None:
        """One entry for both when each changes the same one document; else None."""
        if len(self.changes) == len(later.changes) == 1 and self.changes[0].document_id == later.changes[0].document_id:
            return Texts((self.changes[0].then(later.changes[0]),))
        return None

    @property
    def document_ids(self) -> frozenset[int]:
        return frozenset(change.document_id for change in self.changes)


Entry = Step | Moves | Texts


def fold(steps: list[Entry], later: Iterable[Entry], updates: dict) -> None:
    """Append the entries ``later`` to ``steps`` (an operation done after them), so that a row
    both update keeps one update step, from its state before the first to its state after the
    last, and moves (``Moves``) and text changes (``Texts``) join the last such entry of their
    table when no step touched that table in between: a long run of typing holds one edit of the
    text and each moved coding once, not once per key. ``updates`` indexes the update steps and
    those entries of ``steps`` ((table, row id), or (table, None) for the entries -> index);
    keep it across calls to fold a run one operation at a time."""
    for step in later:
        if isinstance(step, (Moves, Texts)):
            bulk_key = (step.table, None)
            index = updates.get(bulk_key)
            joined = steps[index].then(step) if index is not None and type(steps[index]) is type(step) else None
            if joined is not None:
                steps[index] = joined
                continue
            # the changed rows' update steps stay before this entry: none is folded across it
            for key in [k for k in updates if k[0] == step.table]:
                del updates[key]
            updates[bulk_key] = len(steps)
            steps.append(step)
            continue
        key = (step.table, step.row_id)
        updates.pop((step.table, None), None)  # a row of the table changed: no move folds across it
        index = updates.get(key)
        if step.before is not None and step.after is not None and index is not None and steps[index].after == step.before:
            steps[index] = Step(step.table, step.row_id, steps[index].before, step.after)
            continue
        if step.before is not None and step.after is not None:
            updates[key] = len(steps)
        else:
            updates.pop(key, None)
        steps.append(step)


@dataclass
class Journal:
    """The record of one operation. ``result`` is what the operation returns (e.g. a new id)."""

    label: str
    steps: list[Entry] = field(default_factory=list)
    result: Any = None

    @property
    def changes(self) -> Changes:
        return _changes_of(self.steps)

    def undo(self, project: Project) -> Changes:
        with project.writing():
            _replay(project, [s.inverse() for s in reversed(self.steps)])
        return _changes_of(self.steps, undone=True)

    def redo(self, project: Project) -> Changes:
        with project.writing():
            _replay(project, self.steps)
        return self.changes


def combined(label: str, journals: Sequence[Journal]) -> Journal:
    """One journal for several operations made one after the other (a typing run grouped into
    one undo step), folded by ``fold``."""
    steps: list[Entry] = []
    updates: dict = {}
    for journal in journals:
        fold(steps, journal.steps, updates)
    return Journal(label, steps, journals[-1].result if journals else None)


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

    def insert_many(self, table: str, rows: Sequence[Row]) -> list[int]:
        """Insert ``rows`` (all with the same columns, ids left to SQLite) in one statement and
        journal each; the new ids in order. For bulk rows such as a transcript's thousands of
        speaker turns, where a statement and a read-back per row cost seconds."""
        if not rows:
            return []
        before = _insert_rows(self.project.db, table, rows)
        cursor = self.project.db.execute(f"SELECT * FROM {table} WHERE id > ? ORDER BY id", [before])
        names = [d[0] for d in cursor.description]
        inserted = [dict(zip(names, row)) for row in cursor.fetchall()]
        if len(inserted) != len(rows):  # a programming error: something else wrote meanwhile
            raise RuntimeError(f"insert_many into {table}: {len(rows)} rows written, {len(inserted)} found")
        self.journal.steps.extend(Step(table, row["id"], None, row) for row in inserted)
        return [row["id"] for row in inserted]

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

    def change_texts(self, changes: Sequence[tuple[TextChange, str]]) -> None:
        """Write documents' new texts (each ``TextChange`` with the text it makes, as the caller
        has just made it from the text it read) in one statement, with their checksum and
        length, and journal them as one ``Texts`` entry."""
        if not changes:
            return
        self.project.db.conn.executemany("UPDATE documents SET text = ?, sha256 = ?, length = ? WHERE id = ?",
                                         [(text, change.sha_after, len(text), change.document_id)
                                          for change, text in changes])
        self.journal.steps.append(Texts(tuple(change for change, _text in changes)))

    def move(self, table: str, columns: Sequence[str], ids: Sequence[int], before: Sequence[int],
             after: Sequence[int], document_ids: Iterable[int]) -> None:
        """Give the rows ``ids`` new integer values in ``columns``: ``before`` holds their values
        now (as the caller has just read them), ``after`` the new ones, ``len(columns)`` values a
        row in the order of ``ids``. One statement and one ``Moves`` entry in the journal: for
        the positions of every coding after a text edit."""
        if not ids:
            return
        moves = Moves(table, tuple(columns), array("q", ids), array("q", before), array("q", after),
                      frozenset(document_ids))
        self.project.db.conn.executemany(moves.statement(), moves.values())
        self.journal.steps.append(moves)

    def delete(self, table: str, row_id: int) -> None:
        before = _fetch(self.project, table, row_id)
        if before is None:
            return
        self.project.db.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])
        self.journal.steps.append(Step(table, row_id, before, None))


class Unrecorded(Transaction):
    """Writes without a journal, for a project being made from nothing (a new project from a
    .qdpx, through ``Project.unrecorded``): there is no earlier state to undo to (the file is
    removed when anything fails), and recording a million rows costs more than writing them."""

    def insert(self, table: str, values: Row) -> int:
        columns = ", ".join(f'"{c}"' for c in values)
        marks = ", ".join("?" for _ in values)
        return self.project.db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})",
                                       list(values.values())).lastrowid

    def insert_many(self, table: str, rows: Sequence[Row]) -> list[int]:
        if not rows:
            return []
        before = _insert_rows(self.project.db, table, rows)
        return list(range(before + 1, before + 1 + len(rows)))  # ids in order: see _insert_rows

    def update(self, table: str, row_id: int, values: Row) -> None:
        assignments = ", ".join(f'"{c}" = ?' for c in values)
        self.project.db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*values.values(), row_id])

    def delete(self, table: str, row_id: int) -> None:
        self.project.db.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])


def _fetch(project: Project, table: str, row_id: int) -> Row | None:
    cursor = project.db.execute(f"SELECT * FROM {table} WHERE id = ?", [row_id])
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip((d[0] for d in cursor.description), row))


CHANGED_SINCE = QT_TRANSLATE_NOOP("qdacoder", "This action cannot be undone or redone: the project was changed since.")


def _replay(project: Project, entries: Sequence[Entry]) -> None:
    """Make each row go from an entry's first state to its second, in order; refuse
    (ValidationError, nothing changed: the caller's transaction rolls back) when a row is not
    in the first state any more. Runs of the same kind of change to one table are read and
    written with one statement each, so undoing the import of a transcript with thousands of
    speaker turns takes a moment, not seconds; the order of the runs is kept, so rows that
    depend on others (foreign keys) come and go in the right order."""
    for table, kind, run in _runs(entries):
        if kind == "moves":
            _replay_moves(project, run)
            continue
        if kind == "texts":
            _replay_texts(project, run)
            continue
        ids = [step.row_id for step in run]
        current = _fetch_many(project, table, ids)
        if any(current.get(step.row_id) != step.before for step in run):
            raise ValidationError(CHANGED_SINCE)
        targets = [step.after for step in run]
        if kind == "delete":
            project.db.conn.executemany(f"DELETE FROM {table} WHERE id = ?", [[row_id] for row_id in ids])
            continue
        columns = list(targets[0])
        if kind == "insert":
            names, marks = ", ".join(f'"{c}"' for c in columns), ", ".join("?" for _ in columns)
            project.db.conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})",
                                        [[row[c] for c in columns] for row in targets])
        else:  # only the columns that change: an index on the others is left alone
            columns = [c for c in columns if any(step.before[c] != step.after[c] for step in run)]
            if not columns:
                continue
            assignments = ", ".join(f'"{c}" = ?' for c in columns)
            project.db.conn.executemany(f"UPDATE {table} SET {assignments} WHERE id = ?",
                                        sorted(([row[c] for c in columns] + [row_id] for row, row_id in zip(targets, ids)),
                                               key=lambda values: values[-1]))


def _replay_moves(project: Project, moves: Moves) -> None:
    """Check that every moved row still has its values before, then give it its values after."""
    names = ", ".join(f'c."{c}"' for c in moves.columns)
    current = array("q")
    # json_each gives the ids in order and each row is found by its id: the values come back
    # in the order of ``ids``, to compare in one go
    for values in project.db.conn.execute(f"SELECT {names} FROM json_each(?) j JOIN {moves.table} c ON c.id = j.value "
                                          "ORDER BY j.key", [json.dumps(moves.ids.tolist())]):
        current.extend(values)
    if current != moves.before:
        raise ValidationError(CHANGED_SINCE)
    project.db.conn.executemany(moves.statement(), moves.values())


def _replay_texts(project: Project, texts: Texts, batch: int = 200) -> None:
    """Check that every text is the one the changes expect (checksum and replaced spans), then
    write the text they make, a few hundred documents at a time."""
    for first in range(0, len(texts.changes), batch):
        changes = texts.changes[first:first + batch]
        current = {row[0]: row[1:] for row in project.db.conn.execute(
            "SELECT id, text, sha256 FROM documents WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps([change.document_id for change in changes])])}
        rows = []
        for change in changes:
            text, sha = current.get(change.document_id, (None, None))
            new = change.applied(text) if sha == change.sha_before else None
            if new is None or hashlib.sha256(new.encode("utf-8")).hexdigest() != change.sha_after:
                raise ValidationError(CHANGED_SINCE)
            rows.append((new, change.sha_after, len(new), change.document_id))
        project.db.conn.executemany("UPDATE documents SET text = ?, sha256 = ?, length = ? WHERE id = ?", rows)


def _runs(entries: Sequence[Entry]):
    """Consecutive steps of one kind ("delete", "insert", "update") on one table, with the same
    columns and no row twice (a row changed twice in one operation splits the run); a ``Moves``
    entry is a run of its own (kind "moves")."""
    run: list = []
    key = None
    seen: set[int] = set()
    for entry in entries:
        if isinstance(entry, (Moves, Texts)):
            if run:
                yield key[0], key[1], run
                run, key, seen = [], None, set()
            yield entry.table, "moves" if isinstance(entry, Moves) else "texts", entry
            continue
        kind = "delete" if entry.after is None else "insert" if entry.before is None else "update"
        this = (entry.table, kind, None if entry.after is None else tuple(entry.after))
        if run and (this != key or entry.row_id in seen):
            yield key[0], key[1], run
            run, seen = [], set()
        key = this
        run.append(entry)
        seen.add(entry.row_id)
    if run:
        yield key[0], key[1], run


def _fetch_many(project: Project, table: str, ids: list[int]) -> dict[int, Row]:
    cursor = project.db.execute(f"SELECT * FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
                                [json.dumps(ids)])
    names = [d[0] for d in cursor.description]
    return {row["id"]: row for row in (dict(zip(names, values)) for values in cursor.fetchall())}


def _changes_of(steps: list[Entry], undone: bool = False) -> Changes:
    tables = {s.table for s in steps}
    rows: dict[str, int] = {}
    document_ids: set[int] = set()
    code_ids: set[int] = set()
    coding_ids: set[int] = set()
    for s in steps:
        if isinstance(s, Texts):
            document_ids |= s.document_ids
            continue
        if isinstance(s, Moves):  # moved rows: no count changes, no code gains or loses a coding
            document_ids |= s.document_ids
            if s.table == "codings":
                coding_ids.update(s.ids)
            continue
        if (s.before is None) != (s.after is None):  # a row inserted or deleted
            added = 1 if s.before is None else -1
            rows[s.table] = rows.get(s.table, 0) + (-added if undone else added)
        if s.table == "codings":
            coding_ids.add(s.row_id)
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
    return Changes(frozenset(tables), frozenset(document_ids), frozenset(code_ids), frozenset(coding_ids),
                   tuple(sorted((t, n) for t, n in rows.items() if n)))


def _insert_rows(db: sqlite_utils.Database, table: str, rows: Sequence[Row]) -> int:
    """Insert ``rows`` (all with the same columns, ids left to SQLite) in one statement; the
    largest id before them. SQLite gives a table without AUTOINCREMENT the ids after the largest
    one, in order, so the new rows are the ids after it."""
    columns = list(rows[0])
    names, marks = ", ".join(f'"{c}"' for c in columns), ", ".join("?" for _ in columns)
    before = db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
    db.conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", [[row[c] for c in columns] for row in rows])
    return before
