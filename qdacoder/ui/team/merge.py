"""Working apart, then merging, in the window: save a coder copy, merge coder copies back.

Each merged copy is one undo step (through ``window.run_operation``). The summary is shown in
a non-blocking message box (objectName "mergeReport") so nothing waits on it.

Save a coder copy first asks (``CoderCopyDialog``) for whom: everyone (the whole project), or
one coder with the documents that coder is to code, ticked in a list grouped by case. A copy
for a coder holds only those documents and assigns them to the coder (one undo step here).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLabel, QMenu, QMessageBox, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...core.coders import coder_unless_refused, list_coders
from ...core.documents import documents_by_case
from ...core.errors import QdaError
from ...core.project import SUFFIX
from ...exchange.merge import MergeReport, merge_project, save_assigned_copy, save_coder_copy
from ..common.actions import add_action
from ..common.errors import message_for, show_error
from ..common.files import ask_open_many, ask_save

if TYPE_CHECKING:  # pragma: no cover
    from ..session import Session


class MergeActions(QObject):
    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session
        self.last_box: QMessageBox | None = None

    def build_menu(self, menu: QMenu) -> None:
        add_action(menu, self.session.widget, self.tr("Save a &coder copy..."), self.save_copy_dialog)
        add_action(menu, self.session.widget, self.tr("&Merge coder copies..."), self.merge_dialog, edits=True)

    # -- dialogs ---------------------------------------------------------------------------
    def save_copy_dialog(self) -> None:
        if self.session.project is None:
            return
        choice = CoderCopyDialog(self.session.project, self.session.widget)
        if choice.exec() != QDialog.DialogCode.Accepted:
            return
        path = ask_save(self.session, None, self.tr("Save a coder copy"),
                        self.tr("qdacoder projects (*{suffix})").format(suffix=SUFFIX), "coder copies",
                        choice.coder() or self.tr("copy"))
        if path:
            self.save_copy(path, keep_codings=not choice.without_codings.isChecked(), coder=choice.coder(),
                           document_ids=choice.documents())

    def merge_dialog(self) -> None:
        if self.session.project is None:
            return
        paths = ask_open_many(self.session, None, self.tr("Merge coder copies"),
                              self.tr("qdacoder projects (*{suffix});;All files (*)").format(suffix=SUFFIX),
                              "coder copies")
        if paths:
            self.merge(paths)

    # -- the work (tests call these) ---------------------------------------------------------
    def save_copy(self, path: str | Path, keep_codings: bool = True, coder: str | None = None,
                  document_ids: list[int] | None = None) -> Path | None:
        """A copy of everything, or with ``coder`` only ``document_ids``, assigned to that coder
        (one undo step)."""
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(SUFFIX)
        project = self.session.project
        failed: list[QdaError] = []
        try:
            if coder:
                try:
                    with coder_unless_refused(project, coder) as made:  # no new coder left when refused
                        journal = self.session.run_operation(
                            self.tr("Save a coder copy for {coder}").format(coder=coder),
                            lambda: save_assigned_copy(project, path, made.id, document_ids or [],
                                                       keep_codings=keep_codings),
                            on_error=failed.append)
                        if failed:
                            raise failed[0]
                finally:
                    self.session.reread.emit()  # a coder row, made or taken out, is outside the journal
                saved = journal.result
            else:
                saved = save_coder_copy(project, path, keep_codings=keep_codings)
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


class CoderCopyDialog(QDialog):
    """For whom the copy is: everyone, or one coder with the documents to code (by case)."""

    def __init__(self, project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coderCopyDialog")
        self.setWindowTitle(self.tr("Save a coder copy"))
        self.coder_box = QComboBox()
        self.coder_box.setEditable(True)
        self.coder_box.addItem(self.tr("Everyone: the whole project"), None)
        for coder in list_coders(project):
            self.coder_box.addItem(coder.name, coder.name)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Documents for this coder (assigned to the coder)")])
        for group in documents_by_case(project):
            if not group.documents:
                continue
            case = QTreeWidgetItem([group.case.name if group.case else self.tr("(no case)")])
            case.setFlags(case.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
            for document in group.documents:
                item = QTreeWidgetItem([document.name])
                item.setData(0, Qt.ItemDataRole.UserRole, document.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                case.addChild(item)
            self.tree.addTopLevelItem(case)
        self.tree.expandAll()
        self.without_codings = QCheckBox(self.tr("Leave out everyone's codings, so the coder starts afresh"))
        self.without_codings.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("For:")))
        layout.addWidget(self.coder_box)
        layout.addWidget(self.tree, stretch=1)
        layout.addWidget(self.without_codings)
        layout.addWidget(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.coder_box.currentTextChanged.connect(lambda _text: self._update())
        self.tree.itemChanged.connect(lambda *_args: self._update())
        self._update()

    def coder(self) -> str | None:
        """The coder's name; None for a copy of everything."""
        text = self.coder_box.currentText().strip()
        return None if not text or text == self.coder_box.itemText(0) else text

    def documents(self) -> list[int] | None:
        """The ticked documents (once each), or None for a copy of everything."""
        if self.coder() is None:
            return None
        ticked = []
        for i in range(self.tree.topLevelItemCount()):
            case = self.tree.topLevelItem(i)
            for j in range(case.childCount()):
                item = case.child(j)
                if item.checkState(0) == Qt.CheckState.Checked:
                    ticked.append(item.data(0, Qt.ItemDataRole.UserRole))
        return list(dict.fromkeys(ticked))

    def tick(self, names: list[str]) -> None:
        """Tick the documents (or cases) named ``names``."""
        for item in self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.text(0) in names:
                item.setCheckState(0, Qt.CheckState.Checked)

    def _update(self) -> None:
        """Documents are chosen only for one coder; that coder needs at least one."""
        for_coder = self.coder() is not None
        self.tree.setEnabled(for_coder)
        self.ok_button.setEnabled(not for_coder or bool(self.documents()))
