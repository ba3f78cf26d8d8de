"""A qdacoder project: one SQLite file.

Design rules:
- The connection runs in autocommit mode; every operation opens its own transaction through
  ``Project.transaction``, so each change is on disk the moment it is made (there is no Save
  button to forget) and a failed operation leaves the file exactly as it was.
- Foreign keys are enforced and the file uses WAL journaling, so a crash loses at most the
  operation in flight.
- Opening refuses, with a plain message, what is not a qdacoder project or was written by a
  newer qdacoder.
- Reading needs only the standard ``sqlite3`` connection (``rows``, ``scalar``). The sqlite-utils
  ``Database`` (transactions, migrations) is made on first use: sqlite-utils imports numpy, and
  a command that only reads (``qdacoder info``) starts in a fraction of the time without it.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import QT_TRANSLATE_NOOP, ProjectFileError
from .journal import Journal, Transaction, Unrecorded
from .schema import MIGRATIONS, SCHEMA_VERSION, version_of

if TYPE_CHECKING:
    from sqlite_utils import Database

SUFFIX = ".qdacoder"
READ_ONLY = QT_TRANSLATE_NOOP(
    "qdacoder", "{file} is read-only (the file, its folder or the medium cannot be written); "
    "nothing can be changed in it. Copy it to a folder you can write to, to work in it.")
_SQLITE_HEADER = b"SQLite format 3\x00"
# Every committed change adds one to this setting, in the change's own transaction, so a backup
# can tell whether the project changed since the last copy without comparing files.
CHANGE_COUNT = "change_count"
_COUNT_CHANGE = (f"INSERT INTO settings (key, value) VALUES ('{CHANGE_COUNT}', 1) "
                 "ON CONFLICT(key) DO UPDATE SET value = value + 1")


# SQLite's page cache of the project's connection, in KB. Reading keeps a small one: the big
# reads (opening counts every coding per code and per document) scan more pages than a cache
# could hold, the operating system keeps the file's pages anyway, and a full cache only sits
# in memory (64 MB of the window's peak on a 20,000-document project). Writing gets the large
# one while its transaction lasts: an operation that moves the codings of every document (a
# replace, its undo) touches most pages of their table and indexes, and would re-read them
# (and spill the changed ones into the WAL before committing) when they do not fit.
READ_CACHE_KB = 2048
WRITE_CACHE_KB = 64 * 1024


def new_guid() -> str:
    return str(uuid.uuid4())


def remove_project_file(path: str | Path) -> None:
    """Remove a project file that was being made and failed, with SQLite's -wal and -shm
    files beside it; what is gone already is no error."""
    for leftover in (Path(path), Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            leftover.unlink()
        except OSError:
            pass


def now() -> str:
    """The current time as stored in the project: ISO 8601, UTC, whole seconds."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Project:
    """An open project. Create with ``Project.create`` or ``Project.open``; close when done."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.conn = connection
        self.read_only = False  # opened without writing: see ``open``
        self._writing = False  # inside ``write_cache``

    @cached_property
    def db(self) -> Database:
        """The sqlite-utils view of the same connection, for writing (``atomic``) and migrating."""
        from sqlite_utils import Database

        return Database(self.conn)

    # -- opening and closing -------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, *, name: str | None = None) -> Project:
        path = Path(path)
        if path.exists():
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("qdacoder", "{file}: a file with this name already exists."),
                file=path.name,
            )
        if not path.parent.is_dir():
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("qdacoder", "{file}: the folder {folder} does not exist."),
                file=path.name,
                folder=str(path.parent),
            )
        try:
            project = cls(path, _connect(path))
        except sqlite3.Error as error:
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("qdacoder", "{file}: the project cannot be created ({reason})."),
                file=path.name,
                reason=str(error),
            ) from error
        project._migrate()
        project.set_setting("name", name or path.stem)
        # the language of reports and tables; a project without it (made before) writes Dutch
        project.set_setting("output_language", "en")
        return project

    @classmethod
    def create_beside(cls, target: str | Path, *, name: str | None = None) -> Project:
        """A new project written beside ``target`` under a hidden temporary name; ``finish_as``
        then gives it the name ``target``. A kill or a full disk half-way leaves no project (or
        a broken one) under the target's name, and a second try is not refused for it."""
        target = Path(target)
        if target.exists():
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("qdacoder", "{file}: a file with this name already exists."),
                file=target.name,
            )
        partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.partial")
        return cls.create(partial, name=name or target.stem)

    def finish_as(self, target: str | Path) -> None:
        """Close this project (made by ``create_beside``) and give it the name ``target``; a file
        that took that name meanwhile is never overwritten."""
        target, partial = Path(target), self.path
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything into the one file
        except sqlite3.OperationalError as error:  # a full disk
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("qdacoder", "{file}: the project cannot be created ({reason})."),
                file=target.name,
                reason=str(error),
            ) from error
        self.close()
        try:
            os.link(partial, target)  # fails when the name is taken: no overwriting
        except FileExistsError:
            remove_project_file(partial)
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("qdacoder", "{file}: a file with this name already exists."),
                file=target.name,
            ) from None
        except OSError:  # a file system without hard links (FAT on a USB stick)
            if target.exists():
                remove_project_file(partial)
                raise ProjectFileError(
                    QT_TRANSLATE_NOOP("qdacoder", "{file}: a file with this name already exists."),
                    file=target.name,
                ) from None
            os.replace(partial, target)
        remove_project_file(partial)
        self.path = target

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool | None = None) -> Project:
        """Open the project at ``path``. It is first looked at through a read-only connection,
        so a file that is not a qdacoder project (or a newer one) is left exactly as it was:
        switching to WAL, or migrating, writes. ``read_only``: open without ever writing (a
        coder copy being merged); by default a file that cannot be written (read-only file,
        folder or medium) opens read-only, and ``Project.read_only`` says so."""
        path = Path(path)
        _check_is_project_file(path)
        if read_only is None:
            read_only = not writable(path)
        connection = _connect_read_only(path)
        try:
            applied = {r[0] for r in connection.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = 'qdacoder'")}
            version = connection.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.OperationalError as error:
            if "no such table" not in str(error):  # locked, unreadable: not the file's fault
                connection.close()
                raise ProjectFileError(
                    QT_TRANSLATE_NOOP("qdacoder", "{file}: the project cannot be opened ({reason})."),
                    file=path.name,
                    reason=str(error),
                ) from error
            applied = set()
        except sqlite3.DatabaseError as error:
            connection.close()
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("qdacoder", "{file}: this is not a qdacoder project."),
                file=path.name,
            ) from error
        if not applied:
            connection.close()
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("qdacoder", "{file}: this is not a qdacoder project."),
                file=path.name,
            )
        if version > SCHEMA_VERSION:
            connection.close()
            raise ProjectFileError(
                QT_TRANSLATE_NOOP(
                    "qdacoder",
                    "{file} was saved by a newer version of qdacoder. Update qdacoder to open it.",
                ),
                file=path.name,
            )
        outdated = version != SCHEMA_VERSION or not applied.issuperset(MIGRATIONS.names)
        if read_only:
            if outdated:  # brought up to date in memory: the file itself is never written
                memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
                connection.backup(memory)
                connection.close()
                connection = memory
            project = cls(path, connection)
            project.read_only = True
            if outdated:
                project._migrate()
            connection.execute("PRAGMA query_only = ON")
            return project
        connection.close()
        try:
            connection = _connect(path)
        except sqlite3.OperationalError as error:
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("qdacoder", "{file}: the project cannot be opened ({reason})."),
                file=path.name,
                reason=str(error),
            ) from error
        project = cls(path, connection)
        if outdated:
            project._migrate()
        return project

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        with self.write_cache():  # a migration may rewrite the table of every coding
            MIGRATIONS.apply(self.db)
        applied = version_of(m.name for m in MIGRATIONS.applied(self.db))
        self.db.execute(f"PRAGMA user_version = {applied}")

    @property
    def schema_version(self) -> int:
        return self.scalar("PRAGMA user_version")

    # -- writing ---------------------------------------------------------------------------
    @contextmanager
    def transaction(self, label: str) -> Iterator[Transaction]:
        """Run the writes of one operation in one SQLite transaction and journal them.
        On any exception nothing is written and the exception propagates."""
        if self.read_only:
            raise ProjectFileError(READ_ONLY, file=self.path.name)
        tx = Transaction(self, label)
        try:
            with self.write_cache(), self.db.atomic():
                yield tx
                if tx.journal.steps:
                    self.count_change()
        except sqlite3.OperationalError as error:  # read-only, disk full, locked by another program
            raise self._not_saved(error) from error

    def _not_saved(self, error: sqlite3.OperationalError) -> ProjectFileError:
        return ProjectFileError(
            QT_TRANSLATE_NOOP("qdacoder", "{file}: the change could not be saved ({reason}). Nothing was changed."),
            file=self.path.name, reason=str(error))

    @contextmanager
    def unrecorded(self, label: str) -> Iterator[Unrecorded]:
        """``transaction`` without the journal, for filling a project just created (it cannot be
        undone: on failure the caller removes the file). Counts as one change."""
        try:
            with self.writing():
                yield Unrecorded(self, label)
        except sqlite3.OperationalError as error:
            raise self._not_saved(error) from error

    @contextmanager
    def writing(self) -> Iterator[None]:
        """A transaction for writes that do not go through ``transaction`` (undo, redo, settings,
        bookkeeping): committed together with one more on the change counter."""
        with self.write_cache(), self.db.atomic():
            yield
            self.count_change()

    @contextmanager
    def write_cache(self) -> Iterator[None]:
        """The large page cache (``WRITE_CACHE_KB``) while the writes inside last; then the
        cache is cut back to what it was, which frees the pages beyond it."""
        before = self.conn.execute("PRAGMA cache_size").fetchone()[0]  # negative: KB
        if self._writing or before <= -WRITE_CACHE_KB:  # nested, or large already
            yield
            return
        self._writing = True
        self.conn.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KB}")
        try:
            yield
        finally:
            self._writing = False
            self.conn.execute(f"PRAGMA cache_size = {before}")

    def count_change(self) -> None:
        """Count one change (inside the transaction that makes it)."""
        self.db.execute(_COUNT_CHANGE)

    @property
    def change_count(self) -> int:
        return int(self.setting(CHANGE_COUNT) or 0)

    def backup_to(self, target: str | Path) -> None:
        """Write a consistent copy of the project (SQLite's online backup)."""
        destination = sqlite3.connect(str(target))
        try:
            self.conn.backup(destination)
        finally:
            destination.close()

    # -- reading ---------------------------------------------------------------------------
    def rows(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> Any:
        row = self.conn.execute(sql, list(params)).fetchone()
        return None if row is None else row[0]

    # -- settings stored in the project ----------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        value = self.scalar("SELECT value FROM settings WHERE key = ?", [key])
        return default if value is None else value

    def set_setting(self, key: str, value: str, *, is_change: bool = True) -> None:
        """Store a setting. ``is_change=False`` for what only remembers the view (the document
        last shown): it does not make a new backup due."""
        if self.read_only:
            raise ProjectFileError(READ_ONLY, file=self.path.name)
        if self.setting(key) == value:
            return
        with self.writing() if is_change else self.db.atomic():
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    @property
    def name(self) -> str:
        return self.setting("name") or self.path.stem


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: no implicit transactions; Project.transaction opens them explicitly
    connection = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute(f"PRAGMA cache_size = -{READ_CACHE_KB}")
    return connection


def writable(path: Path) -> bool:
    """Whether the project file and its folder (where SQLite keeps its -wal and -shm files) can
    be written; ``os.access`` also answers no on a read-only medium."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes to the file. On a read-only folder or medium SQLite cannot
    make the -shm file a WAL project needs; there the file is read as unchanging, which is safe
    only while no -wal file holds changes not yet in the file (then a plain error instead)."""
    uri = path.resolve().as_uri()
    connection = None
    try:
        connection = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None,
                                     check_same_thread=False)
        connection.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        return connection
    except sqlite3.DatabaseError as error:
        if connection is not None:
            connection.close()
        if "unable to open" not in str(error):
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("qdacoder", "{file}: this is not a qdacoder project."), file=path.name,
            ) from error
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP(
                "qdacoder",
                "{file} cannot be opened: it is read-only, and its last changes are still in {wal} "
                "beside it. Open it once where it can be written, or copy both files to such a place.",
            ),
            file=path.name, wal=wal.name,
        )
    return sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None, check_same_thread=False)


def _check_is_project_file(path: Path) -> None:
    if not path.exists():
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("qdacoder", "{file}: the project file does not exist."), file=path.name
        )
    if path.is_dir():
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("qdacoder", "{file} is a folder, not a project file."), file=path.name
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("qdacoder", "{file}: the file cannot be read ({reason})."),
            file=path.name,
            reason=error.strerror or str(error),
        ) from error
    if header != _SQLITE_HEADER:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("qdacoder", "{file}: this is not a qdacoder project."), file=path.name
        )


__all__ = ["Project", "Journal", "SUFFIX", "new_guid", "now"]
