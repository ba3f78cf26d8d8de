"""Safety nets around the project file: rotating backups and a warning for synced folders."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from .project import Project

KEEP = 5
# Sync clients copy a database file while SQLite writes it (and its -wal file), a known way to
# corrupt it. We cannot prevent that, only say so.
_SYNCED = ("onedrive", "dropbox", "google drive", "googledrive", "icloud", "mobile documents", "box sync", "nextcloud")


def backup_folder(project_path: Path) -> Path:
    return project_path.with_name(project_path.stem + " backups")


def make_backup(project: Project, keep: int = KEEP) -> Path:
    """Copy the project into its backup folder and remove all but the newest ``keep`` copies."""
    folder = backup_folder(project.path)
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y-%m-%d %H%M%S")
    target = folder / f"{project.path.stem} {stamp}{project.path.suffix or '.qdacoder'}"
    project.backup_to(target)
    copies = sorted(folder.glob(f"{project.path.stem} ????-??-?? ??????*"))
    for old in copies[:-keep]:
        old.unlink(missing_ok=True)
    return target


def in_synced_folder(path: Path) -> bool:
    return any(part.casefold() in _SYNCED or part.casefold().startswith("onedrive") for part in path.resolve().parts)
