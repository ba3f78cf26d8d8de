"""Safety nets around the project file: backups that cost nothing visible, and a warning for
synced folders.

Design rules:
- A backup is made only when the project changed since the last one: every committed change
  adds one to the project's change counter (``Project.change_count``) and each backup carries
  the counter it was made at, so comparing two numbers says whether a copy is due.
- The copy is SQLite's online backup in one step, on a connection of its own, inside one read
  transaction: a consistent snapshot, and in WAL mode writers are never blocked meanwhile.
  (``VACUUM INTO`` would give the same snapshot but rebuilds every index: 20 times slower.)
  It is written under a temporary name and renamed when complete, so a copy cut off by a crash
  or by quitting is never listed as a backup.
- Which copies are kept is one rule (``Retention``): the newest few, and the newest of each day
  for the last days. Everything here works on the project's path alone, so the backups of a
  project file that is damaged or gone can still be listed and restored.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from .errors import QT_TRANSLATE_NOOP, NotFoundError, ProjectFileError
from .project import CHANGE_COUNT, Project, remove_project_file

# Sync clients copy a database file while SQLite writes it (and its -wal file), a known way to
# corrupt it. We cannot prevent that, only say so.
_SYNCED = ("onedrive", "dropbox", "google drive", "googledrive", "icloud", "mobile documents", "box sync", "nextcloud")
_STAMP = "%Y-%m-%d %H%M%S"
_PARTIAL = ".partial"


@dataclass(frozen=True)
class Retention:
    """Which backups are kept: the ``recent`` newest, and the newest of each of the last
    ``days`` calendar days (today included)."""

    recent: int = 3
    days: int = 7


@dataclass(frozen=True)
class Backup:
    number: int  # 1 = the newest
    path: Path
    made_at: datetime  # local time, from the file name
    size: int  # bytes
    change_count: int | None  # the project's change counter in the copy (None: an older copy)
    documents: int | None  # None: the copy cannot be read
    codes: int | None
    codings: int | None


def backup_folder(project_path: Path) -> Path:
    return Path(project_path).with_name(Path(project_path).stem + " backups")


def _backup_files(project_path: Path) -> list[tuple[datetime, Path]]:
    """The finished backups of the project, newest first, with the time in their name."""
    project_path = Path(project_path)
    folder = backup_folder(project_path)
    if not folder.is_dir():
        return []
    found = []
    prefix = project_path.stem + " "
    for path in folder.iterdir():
        if not path.name.startswith(prefix) or path.name.endswith(_PARTIAL):
            continue
        try:
            made_at = datetime.strptime(path.stem[len(prefix):len(prefix) + 17], _STAMP)
        except ValueError:
            continue
        # a second copy within the same second is named "... (2)"
        rest = path.stem[len(prefix) + 17:].strip(" ()")
        found.append((made_at, int(rest) if rest.isdigit() else 1, path))
    return [(made_at, path) for made_at, _n, path in sorted(found, reverse=True)]


def _read_only(path: Path) -> sqlite3.Connection:
    # immutable: a backup is never written after it is made, and no -wal or -shm file appears
    # beside it when it is read
    return sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)


def _facts(path: Path) -> tuple[int | None, int | None, int | None, int | None]:
    """The change counter, documents, codes and codings of a backup (None where unreadable)."""
    try:
        with closing(_read_only(path)) as db:
            row = db.execute("SELECT value FROM settings WHERE key = ?", [CHANGE_COUNT]).fetchone()
            counts = [db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                      for table in ("documents", "codes", "codings")]
    except sqlite3.Error:
        return None, None, None, None
    return (int(row[0]) if row else 0), *counts


def list_backups(project_path: str | Path) -> list[Backup]:
    """The backups of the project at ``project_path``, newest first, numbered from 1."""
    backups = []
    for number, (made_at, path) in enumerate(_backup_files(Path(project_path)), 1):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        backups.append(Backup(number, path, made_at, size, *_facts(path)))
    return backups


def total_size(backups: list[Backup]) -> int:
    return sum(b.size for b in backups)


def to_keep(made: list[datetime], retention: Retention, today: datetime) -> set[int]:
    """The rule: which of the backups made at ``made`` (newest first) are kept, as indexes."""
    keep = set(range(min(retention.recent, len(made))))
    first_day = (today - timedelta(days=retention.days - 1)).date() if retention.days > 0 else None
    days_seen = set()
    for index, stamp in enumerate(made):
        day = stamp.date()
        if first_day is not None and first_day <= day <= today.date() and day not in days_seen:
            days_seen.add(day)
            keep.add(index)
    return keep


def prune(project_path: str | Path, retention: Retention, today: datetime | None = None) -> list[Path]:
    """Remove the backups the rule does not keep (and copies left half-made); what was removed."""
    files = _backup_files(Path(project_path))
    keep = to_keep([made for made, _path in files], retention, today or datetime.now())
    removed = []
    for index, (_made, path) in enumerate(files):
        if index not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    folder = backup_folder(Path(project_path))
    if folder.is_dir():
        for partial in folder.glob(f"*{_PARTIAL}"):
            if not _being_made.get(partial):
                partial.unlink(missing_ok=True)
    return removed


# One backup at a time per folder in this program: a project closed and opened again while its
# first copy is still being written waits for that copy and then finds nothing changed.
_folder_locks: dict[Path, threading.Lock] = {}
_folder_locks_guard = threading.Lock()
_being_made: dict[Path, bool] = {}


FOLDER_WAIT = 600  # seconds a backup waits for the one before it (a copy of GBs on a slow disk)


@contextmanager
def folder_lock(project_path: str | Path) -> Iterator[None]:
    """Hold the right to write into the project's backup folder (for this program)."""
    folder = backup_folder(Path(project_path)).resolve()
    with _folder_locks_guard:
        lock = _folder_locks.setdefault(folder, threading.Lock())
    if not lock.acquire(timeout=FOLDER_WAIT):
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("qdacoder", "{file}: the backup before this one is still being made."),
            file=Path(project_path).name)
    try:
        yield
    finally:
        lock.release()


def make_backup(project_path: str | Path, retention: Retention = Retention(), *,
                now: datetime | None = None) -> Backup | None:
    """Copy the project at ``project_path`` into its backup folder when it changed since the
    newest backup there, then apply ``retention``. The new backup, or None when nothing changed.

    Opens a connection of its own (so it may run on a worker thread while the project is open
    elsewhere) and reads one snapshot: the counter and the copy come from the same moment."""
    project_path = Path(project_path)
    with folder_lock(project_path):
        newest = _backup_files(project_path)[:1]
        last_count = _facts(newest[0][1])[0] if newest else None
        folder = backup_folder(project_path)
        stamp = now or datetime.now()
        name, suffix = f"{project_path.stem} {stamp.strftime(_STAMP)}", project_path.suffix or ".qdacoder"
        target = folder / f"{name}{suffix}"
        for n in range(2, 1000):
            if not target.exists():
                break
            target = folder / f"{name} ({n}){suffix}"
        partial = target.with_name(target.name + _PARTIAL)
        source = sqlite3.connect(str(project_path), isolation_level=None, check_same_thread=False)
        try:
            source.execute("BEGIN")  # one read transaction: counter and copy are one snapshot
            row = source.execute("SELECT value FROM settings WHERE key = ?", [CHANGE_COUNT]).fetchone()
            count = int(row[0]) if row else 0
            if newest and last_count == count:
                return None
            folder.mkdir(exist_ok=True)
            _being_made[partial] = True
            try:
                _copy(source, partial)
                os.replace(partial, target)
            finally:
                _being_made.pop(partial, None)
                partial.unlink(missing_ok=True)
        except sqlite3.Error as error:
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("qdacoder", "{file}: no backup could be made ({reason})."),
                file=project_path.name, reason=str(error),
            ) from error
        finally:
            source.close()
        prune(project_path, retention, stamp)
    made = [b for b in list_backups(project_path) if b.path == target]
    return made[0] if made else None


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """SQLite's online backup of ``source`` into a new file, in one step (one read lock)."""
    destination = sqlite3.connect(str(target))
    try:
        # the copy is checked only when complete and renamed afterwards: no journal needed
        destination.execute("PRAGMA journal_mode = OFF")
        destination.execute("PRAGMA synchronous = OFF")
        source.backup(destination, pages=-1)
        # an ordinary file, like the project: no WAL left switched on in the copy's header
        destination.execute("PRAGMA journal_mode = DELETE")
    finally:
        destination.close()
    with open(target, "rb+") as handle:  # on disk before it counts as a backup
        os.fsync(handle.fileno())


def restore_backup(project_path: str | Path, number: int, target: str | Path) -> Path:
    """Write backup ``number`` (1 = the newest) of the project as a new project file
    ``target``; the project itself is left alone."""
    target = Path(target)
    if not target.suffix:
        target = target.with_suffix(".qdacoder")
    backups = _backup_files(Path(project_path))
    if not 1 <= number <= len(backups):
        raise NotFoundError(
            QT_TRANSLATE_NOOP("qdacoder", "{file} has no backup number {number} (it has {count})."),
            file=Path(project_path).name, number=number, count=len(backups),
        )
    if target.exists():
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("qdacoder", "{file}: a file with this name already exists."), file=target.name)
    if not target.parent.is_dir():
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("qdacoder", "{file}: the folder {folder} does not exist."),
            file=target.name, folder=str(target.parent))
    source_path = backups[number - 1][1]
    try:
        with closing(_read_only(source_path)) as source:
            destination = sqlite3.connect(str(target))
            try:
                source.backup(destination, pages=-1)
            finally:
                destination.close()
        with Project.open(target) as restored:  # brings an older copy up to this version
            if restored.scalar("PRAGMA quick_check") != "ok":
                raise sqlite3.DatabaseError("the copy is damaged")
    except (sqlite3.Error, ProjectFileError) as error:
        remove_project_file(target)
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("qdacoder", "{file}: the backup could not be restored ({reason})."),
            file=source_path.name, reason=str(error),
        ) from error
    return target


def in_synced_folder(path: Path) -> bool:
    return any(part.casefold() in _SYNCED or part.casefold().startswith("onedrive") for part in path.resolve().parts)
