"""Working apart, then merging, in the window: save a coder copy, merge coder copies back.

Each merged copy is one undo step (through ``window.run_operation``). The summary is shown in
a non-blocking message box (objectName "mergeReport") so nothing waits on it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from ...core.errors import QdaError
from ...core.project import SUFFIX
from ...exchange.merge import MergeReport, merge_project, save_coder_copy
from ..common.actions import add_action
from ..common.errors import message_for, show_error

if TYPE_CHECKING:  # pragma: no cover
    from ..session import Session


class MergeActions(QObject):
    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session
        self.last_box: QMessageBox | None = None

    def build_menu(self, menu: QMenu) -> None:
        add_action(menu, self.session.widget, self.tr("Save a &coder copy..."), self.save_copy_dialog)
        add_action(menu, self.session.widget, self.tr("&Merge coder copies..."), self.merge_dialog)

    # -- dialogs ---------------------------------------------------------------------------
    def save_copy_dialog(self) -> None:
        if self.session.project is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.session.widget, self.tr("Save a coder copy"), str(self.session.project.path.parent),
            self.tr("qdacoder projects (*{suffix})").format(suffix=SUFFIX))
        if not path:
            return
        answer = QMessageBox.question(
            self.session.widget, self.tr("Save a coder copy"),
            self.tr("Leave out everyone's codings, so the other coder starts afresh?"))
        self.save_copy(path, keep_codings=answer != QMessageBox.StandardButton.Yes)

    def merge_dialog(self) -> None:
        if self.session.project is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self.session.widget, self.tr("Merge coder copies"), str(self.session.project.path.parent),
            self.tr("qdacoder projects (*{suffix});;All files (*)").format(suffix=SUFFIX))
        if paths:
            self.merge(paths)

    # -- the work (tests call these) ---------------------------------------------------------
    def save_copy(self, path: str | Path, keep_codings: bool = True) -> Path | None:
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(SUFFIX)
        try:
            saved = save_coder_copy(self.session.project, path, keep_codings=keep_codings)
        except QdaError as error:
            show_error(self.session.widget, self.tr("Coder copy not saved"), message_for(error))
            return None
        self.session.show_message(self.tr("Saved a coder copy as {file}").format(file=saved.name), 8000)
        return saved

    def merge(self, paths: list[str | Path]) -> list[MergeReport]:
        """Merge each copy as its own undo step; returns the reports of those merged."""
        reports: list[MergeReport] = []
        failed: list[str] = []
        project = self.session.project
        for path in paths:
            journal = self.session.run_operation(
                self.tr("Merge {file}").format(file=Path(path).name),
                lambda p=path: merge_project(project, p),
                on_error=lambda error: failed.append(message_for(error)),
            )
            if journal is not None:
                reports.append(journal.result)
        if reports:
            # a merge may add coders, and coder rows stay outside the undo journal, so the
            # changes alone do not tell the panels to re-read their coder lists
            self.session.reread.emit()
        self._show(reports, failed)
        return reports

    def _show(self, reports: list[MergeReport], failed: list[str]) -> None:
        text = "\n\n".join([r.summary() for r in reports] + failed)
        icon = QMessageBox.Icon.Warning if failed or any(r.conflicts for r in reports) else QMessageBox.Icon.Information
        box = QMessageBox(icon, self.tr("Merge coder copies"), text, QMessageBox.StandardButton.Ok, self.session.widget)
        box.setObjectName("mergeReport")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_box = box
