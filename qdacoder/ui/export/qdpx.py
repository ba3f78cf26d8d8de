"""Project menu: export the open project as a REFI-QDA .qdpx, and make a new project from
one. The work is in ``exchange.qdpx_export`` and ``exchange.qdpx_import``; this module asks
for the files, shows errors in plain words and says what was (not) imported, as REFI asks of
every importing tool."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox

from ...core.errors import QdaError
from ...core.project import SUFFIX
from ..common.background import run_busy
from ..common.errors import message_for, show_error
from ..common.files import ask_open, ask_save

if TYPE_CHECKING:  # pragma: no cover
    from ..session import Session


class QdpxActions(QObject):
    def __init__(self, session: Session, open_project) -> None:
        super().__init__(session)
        self.session = session
        self.open_project = open_project  # opens a project file in the window; False when it did not
        self.last_box: QMessageBox | None = None

    def export_dialog(self) -> None:
        if self.session.project is None:
            self.session.show_message(self.tr("Open or create a project first."), 5000)
            return
        path = ask_save(self.session, None, self.tr("Export REFI-QDA project"), self.tr("REFI-QDA projects (*.qdpx)"),
                        "exchange")
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> bool:
        from ...exchange.qdpx_export import write_qdpx

        path = Path(path)
        if path.suffix.lower() != ".qdpx":
            path = path.with_name(path.name + ".qdpx")
        try:
            report = write_qdpx(self.session.project, path)
        except QdaError as error:
            show_error(self.session.widget, self.tr("Project not exported"), message_for(error))
            return False
        self.session.show_message(self.tr(
            "Exported {documents} document(s), {codings} coding(s) and {memos} memo(s) to {file}.").format(
            documents=report.documents, codings=report.codings, memos=report.memos, file=path.name), 8000)
        if report.left_out:  # events, respondents, turns...: say so, or the file passes for the whole project
            lines = report.lines(lambda text: QCoreApplication.translate("qdacoder", text))
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export REFI-QDA project"), "\n\n".join(lines),
                              QMessageBox.StandardButton.Ok, self.session.widget)
            box.setObjectName("qdpxExportReport")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.last_box = box
        return True

    def new_dialog(self) -> None:
        source = ask_open(self.session, None, self.tr("New project from REFI-QDA file"),
                          self.tr("REFI-QDA projects (*.qdpx);;All files (*)"), "exchange")
        if not source:
            return
        target = ask_save(self.session, None, self.tr("Save the new project as"),
                          self.tr("qdacoder projects (*{suffix})").format(suffix=SUFFIX), "projects",
                          name=Path(source).stem)
        if target:
            self.new_from(source, target)

    def new_from(self, source: str | Path, target: str | Path) -> bool:
        """Create ``target`` from the .qdpx ``source``, open it and show what came in."""
        from ...exchange.qdpx_import import import_qdpx

        target = Path(target)
        if not target.suffix:
            target = target.with_suffix(SUFFIX)
        coder = self.session.coder_name() or "qdacoder"
        try:
            # a new file with a connection of its own: safe on a worker thread
            report = run_busy(self.session.widget, self.tr("Making {file}...").format(file=target.name),
                              lambda: import_qdpx(source, target, coder=coder))
        except QdaError as error:
            show_error(self.session.widget, self.tr("No project made from {file}").format(file=Path(source).name),
                       message_for(error))
            return False
        if not self.open_project(target):
            return False
        lines = report.lines(lambda text: QCoreApplication.translate("qdacoder", text))
        icon = QMessageBox.Icon.Information if not report.skipped else QMessageBox.Icon.Warning
        box = QMessageBox(icon, self.tr("New project from REFI-QDA file"), "\n\n".join(lines),
                          QMessageBox.StandardButton.Ok, self.session.widget)
        box.setObjectName("qdpxReport")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_box = box
        return True
