"""The file dialogs of the whole window: each starts in the folder last used for the same purpose
(then the folder last used for anything, then the project's folder, then the home folder) and a
save dialog suggests a name: the project's name, what is saved and today's date, as in
"Jeugdzorg-codes-2026-12-04.xlsx".

Every QFileDialog of the window goes through here, so the habit is the same everywhere and the
folders live in one place of the settings ("folders/<purpose>" and "folders/last").
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

LAST = "folders/last"
_UNSAFE = re.compile(r'\s*(?:[/\\:*?"<>|\x00-\x1f]\s*)+')  # what no file system (Windows least of all) takes


def safe_part(text: str) -> str:
    """``text`` usable inside a file name: no folder separators or characters Windows refuses."""
    return " ".join(_UNSAFE.sub("-", text).split()).strip(" .-")


def suggested_name(project_name: str | None, what: str | None, extension: str = "",
                   today: datetime.date | None = None) -> str:
    """"<project>-<what>-<date><extension>", leaving out the parts that are empty."""
    day = (today or datetime.date.today()).isoformat()
    parts = [safe_part(part) for part in (project_name or "", what or "")]
    return "-".join([part for part in parts if part] + [day]) + extension


def start_folder(session, purpose: str) -> Path:
    for key in (f"folders/{purpose}", LAST):
        value = session.settings.value(key, "") if session.settings is not None else ""
        if value and Path(str(value)).is_dir():
            return Path(str(value))
    if session.project is not None and session.project.path.parent.is_dir():
        return session.project.path.parent
    return Path.home()


def _remember(session, purpose: str, path: str) -> None:
    if session.settings is not None:
        folder = str(Path(path).parent)
        session.settings.setValue(f"folders/{purpose}", folder)
        session.settings.setValue(LAST, folder)


def _first_suffix(name_filter: str) -> str:
    """".xlsx" from "Excel (*.xlsx)"; "" when the filter has no single extension."""
    found = re.search(r"\(\*(\.[\w.]+)", name_filter or "")
    return found.group(1) if found else ""


def ask_open(session, parent: QWidget | None, title: str, filters: str, purpose: str) -> str:
    """One file to read ("" when cancelled)."""
    path, _ = QFileDialog.getOpenFileName(parent or session.widget, title, str(start_folder(session, purpose)), filters)
    if path:
        _remember(session, purpose, path)
    return path


def ask_open_many(session, parent: QWidget | None, title: str, filters: str, purpose: str) -> list[str]:
    """Files to read ([] when cancelled)."""
    paths, _ = QFileDialog.getOpenFileNames(parent or session.widget, title, str(start_folder(session, purpose)),
                                            filters)
    if paths:
        _remember(session, purpose, paths[0])
    return list(paths)


def ask_save(session, parent: QWidget | None, title: str, filters: str, purpose: str, what: str | None = None,
             *, name: str | None = None) -> str:
    """Where to write ("" when cancelled). The suggested name is ``name`` when given, else made
    from the project, ``what`` and the date, with the first filter's extension; a chosen name
    without an extension gets the one of the filter chosen."""
    chosen_filter = filters.split(";;")[0]
    extension = _first_suffix(chosen_filter)
    project_name = session.project.path.stem if session.project is not None else None  # short, as the user named the file
    file_name = (safe_part(name) + extension) if name else suggested_name(project_name, what, extension)
    path, chosen = QFileDialog.getSaveFileName(parent or session.widget, title,
                                               str(start_folder(session, purpose) / file_name), filters, chosen_filter)
    if not path:
        return ""
    if not re.search(r"\.[A-Za-z0-9]{1,10}$", Path(path).name):  # "Studie v1.2-codes-..." has no extension yet
        path += _first_suffix(chosen or chosen_filter)
    _remember(session, purpose, path)
    return path
