"""Backups in the window: made on a worker thread when a project is opened, and Project > Restore
backup..., which lists them and restores one as a new project file.

Design rules:
- Opening never waits for a backup: the copy runs on a thread of its own with a connection of
  its own (``core.backups.make_backup``) and reports in the status bar when it is done.
- The rule for which backups are kept is the user's (QSettings), the same for every project.
"""

from __future__ import annotations

from collections.abc import Callable

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...core import backups
from ...core.backups import Backup, Retention
from ...core.errors import QdaError
from ..common.background import run_busy
from ..common.errors import message_for, show_error

if TYPE_CHECKING:  # pragma: no cover
    from ..session import Session


def megabytes(size: int) -> str:
    return f"{size / 1e6:,.1f} MB"


def retention(settings: QSettings) -> Retention:
    default = Retention()
    return Retention(int(settings.value("backups/keep_recent", default.recent)),
                     int(settings.value("backups/keep_days", default.days)))


class BackgroundBackups(QObject):
    """Makes the backup of a project just opened, on a worker thread."""

    done = Signal(object, object, object)  # the project's path, the new Backup (None: nothing changed), an error or None

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session
        self.thread: threading.Thread | None = None
        self.done.connect(self._report)

    def start(self, project_path: Path) -> threading.Thread:
        rule = retention(self.session.settings)
        # daemon: quitting does not wait for a copy either; a copy cut off is never listed
        self.thread = threading.Thread(target=self._run, args=(Path(project_path), rule),
                                       name="qdacoder-backup", daemon=True)
        self.thread.start()
        return self.thread

    def running(self) -> bool:
        return self.thread is not None and self.thread.is_alive()

    def _run(self, path: Path, rule: Retention) -> None:
        try:
            made, error = backups.make_backup(path, rule), None
        except QdaError as failed:
            made, error = None, message_for(failed)
        except OSError as failed:
            made, error = None, failed.strerror or str(failed)
        try:
            self.done.emit(path, made, error)  # reaches _report on the window's thread
        except RuntimeError:  # the window is gone already
            pass

    def _report(self, path: Path, made: Backup | None, error: str | None) -> None:
        if error is not None:
            self.session.show_message(self.tr("No backup could be made: {reason}").format(reason=error), 8000)
        elif made is not None:
            every = backups.list_backups(path)
            self.session.show_message(self.tr("Backup made ({size}; {n} backup(s), {total} in all).").format(
                size=megabytes(made.size), n=len(every), total=megabytes(backups.total_size(every))), 8000)


class RestoreDialog(QDialog):
    """The backups of a project with their date, size and counts; restores one as a new file."""

    def __init__(self, project_path: Path, settings: QSettings, parent: QWidget | None = None, *,
                 ask_target: Callable[[str, str], str] | None = None) -> None:
        """``ask_target(title, suggested file name)``: where to restore to ("" when cancelled),
        the window's one file dialog (``ui.common.files``)."""
        super().__init__(parent)
        self.ask_target = ask_target
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore backup"))
        self.project_path = Path(project_path)
        self.settings = settings
        self.restored: Path | None = None
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Made"), self.tr("Size"), self.tr("Documents"), self.tr("Codes"), self.tr("Codings")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        layout.addWidget(self.table)

        rule = retention(settings)
        keep = QHBoxLayout()
        form = QFormLayout()
        self.keep_recent = QSpinBox()
        self.keep_recent.setRange(1, 100)
        self.keep_recent.setValue(rule.recent)
        self.keep_recent.setSuffix(self.tr(" openings with changes"))
        self.keep_days = QSpinBox()
        self.keep_days.setRange(0, 365)
        self.keep_days.setValue(rule.days)
        self.keep_days.setSuffix(self.tr(" days"))
        form.addRow(self.tr("Keep a backup of the last"), self.keep_recent)
        form.addRow(self.tr("and one a day for the last"), self.keep_days)
        keep.addLayout(form)
        keep.addStretch()
        layout.addLayout(keep)
        note = QLabel(self.tr("A backup is made when a project that changed since its last backup is opened. "
                              "The rule applies to every project and takes effect at the next backup."))
        note.setWordWrap(True)
        layout.addWidget(note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore as new project..."))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.finished.connect(lambda _result: self._save_rule())
        self.load()

    def load(self) -> None:
        self.backups = backups.list_backups(self.project_path)
        self.summary.setText(self.tr("{n} backup(s) of {project} in {folder}, {total} in all.").format(
            n=len(self.backups), project=self.project_path.name, folder=str(backups.backup_folder(self.project_path)),
            total=megabytes(backups.total_size(self.backups))))
        self.table.setRowCount(len(self.backups))
        unknown = self.tr("unreadable")
        for row, backup in enumerate(self.backups):
            cells = [str(backup.number), backup.made_at.strftime("%Y-%m-%d %H:%M:%S"), megabytes(backup.size),
                     *(unknown if n is None else f"{n:,}" for n in (backup.documents, backup.codes, backup.codings))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if self.backups:
            self.table.selectRow(0)
        self.table.resizeColumnsToContents()
        self.restore_button.setEnabled(bool(self.backups))

    def _save_rule(self) -> None:
        self.settings.setValue("backups/keep_recent", self.keep_recent.value())
        self.settings.setValue("backups/keep_days", self.keep_days.value())

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_selected(self, target: str | Path | None = None) -> Path | None:
        """Restore the selected backup as ``target`` (asked when None); the new file or None."""
        backup = self.selected()
        if backup is None:
            return None
        if target is None:
            suggestion = f"{self.project_path.stem} {backup.made_at.strftime('%Y-%m-%d %H%M')}"
            target = self.ask_target(self.tr("Restore backup as new project"), suggestion) if self.ask_target else ""
            if not target:
                return None
        try:
            self.restored = run_busy(self, self.tr("Restoring the backup..."),
                                     lambda: backups.restore_backup(self.project_path, backup.number, target))
        except QdaError as error:
            show_error(self, self.tr("Backup not restored"), message_for(error))
            return None
        self.accept()
        return self.restored


def project_of(chosen: Path) -> Path:
    """The project whose backups to show for a file chosen by the user: the project itself, or,
    when a file in a "<project> backups" folder was chosen (the project may be gone), that
    project."""
    folder = chosen.parent
    if folder.name.endswith(" backups"):
        return folder.parent / (folder.name.removesuffix(" backups") + chosen.suffix)
    return chosen
