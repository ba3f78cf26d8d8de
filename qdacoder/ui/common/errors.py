"""Errors in plain words: translated messages, non-blocking dialogs, and a last-resort hook
that keeps tracebacks away from the user (they go to a log file instead)."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ...core.errors import QdaError, render

log = logging.getLogger("qdacoder")


def message_for(error: QdaError) -> str:
    """The error's sentence in the user's language."""
    try:
        return render(error.template, error.params, lambda text: QCoreApplication.translate("qdacoder", text))
    except (KeyError, IndexError, ValueError):  # a translation that dropped a placeholder
        return error.message


def show_error(parent: QWidget | None, title: str, text: str, details: str = "", *,
               icon: QMessageBox.Icon = QMessageBox.Icon.Warning, name: str = "errorDialog") -> QMessageBox:
    """Show an error (or, with another ``icon`` and ``name``, a notice) without blocking: the
    dialog is window-modal and returns at once, so nothing waits on it (and tests can read and
    close it)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:
        # nothing in Qt owns a box without parent: keep it alive until it is closed
        _orphans.add(box)
        box.finished.connect(lambda _result, b=box: _orphans.discard(b))
    box.open()
    return box


_orphans: set[QMessageBox] = set()


def log_file() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "qdacoder.log"


def install_excepthook() -> None:
    """An unexpected error shows a short apology and where the details were written."""

    def hook(kind, value, tb):
        details = "".join(traceback.format_exception(kind, value, tb))
        try:
            with log_file().open("a", encoding="utf-8") as handle:
                handle.write(details + "\n")
        except OSError:
            pass
        log.error(details)
        app = QApplication.instance()
        if app is None:
            sys.__excepthook__(kind, value, tb)
            return
        show_error(
            app.activeWindow(),
            QCoreApplication.translate("qdacoder", "Something went wrong"),
            QCoreApplication.translate(
                "qdacoder",
                "qdacoder ran into an unexpected problem. Your work so far is saved. "
                "The details were written to {log}.",
            ).format(log=log_file()),
        )

    sys.excepthook = hook
