"""Codebook actions: adding, renaming, editing, moving (drag and drop), merging and deleting
codes, and importing and exporting codebook files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from ...core import code_edits
from ...core import codes as codes_mod
from ...core.codebook_ops import codebook_from_project, merge_codebook
from ...core.errors import QdaError, render
from .tree import CODE_ID_ROLE
from ..common.dialogs import CodePickerDialog, CodePropertiesDialog
from ..common.errors import message_for, show_error

from ..common.actions import add_action, edits, popup
from ..common.files import ask_open, ask_save

if TYPE_CHECKING:  # pragma: no cover
    from ..session import Session


class CodebookController(QObject):
    def __init__(self, session: Session, code_panel) -> None:
        super().__init__(session)
        self.session = session
        self.code_panel = code_panel
        tree = code_panel.tree
        tree.customContextMenuRequested.connect(self._tree_menu)
        tree.code_dropped.connect(self._code_dropped)
        tree.doubleClicked.connect(lambda index: self.properties_dialog(index.data(CODE_ID_ROLE)))
        code_panel.model.rename_requested.connect(self.rename_code)
        session.project_replaced.connect(lambda: code_panel.load(session.project))
        session.changed.connect(self._follow_changes)

    def _follow_changes(self, changes, _source) -> None:
        """Re-read the codebook, or only the counts of the codes whose codings changed."""
        if changes.codes:
            self.code_panel.reload(self.project)
        elif changes.cases or changes.settled:  # a case's documents or the final coding changed: all counts may
            self.code_panel.refresh_counts(self.project, None)
        elif changes.codings:
            self.code_panel.refresh_counts(self.project, changes.code_ids)

    @property
    def project(self):
        return self.session.project

    # -- menu ------------------------------------------------------------------------------
    def build_menu(self, menu: QMenu) -> None:
        tree = self.code_panel.tree
        add_action(menu, self.session.widget, self.tr("&New code..."), self.new_code_dialog, "Ctrl+Shift+N", edits=True)
        add_action(menu, self.session.widget, self.tr("New &child code..."), lambda: self.new_code_dialog(child=True), edits=True)
        add_action(menu, self.session.widget, self.tr("&Rename code"), self.rename_current, "F2", widget=tree, edits=True)
        add_action(menu, self.session.widget, self.tr("Code &properties..."), lambda: self.properties_dialog(self._current()), edits=True)
        add_action(menu, self.session.widget, self.tr("&Merge code into..."), self.merge_dialog, edits=True)
        add_action(menu, self.session.widget, self.tr("&Delete code..."), self.delete_current, "Delete", widget=tree, edits=True)
        add_action(menu, self.session.widget, self.tr("&Search codes"), self._focus_search, "Ctrl+Shift+F")
        menu.addSeparator()
        add_action(menu, self.session.widget, self.tr("&Import codebook..."), self.import_dialog, edits=True)
        add_action(menu, self.session.widget, self.tr("&Export codebook..."), self.export_dialog)


    def _current(self) -> int | None:
        code_id = self.code_panel.current_code_id()
        if code_id is None:
            self.session.show_message(self.tr("Select a code first."), 5000)
        return code_id

    def _focus_search(self) -> None:
        self.code_panel.search.setFocus()
        self.code_panel.search.selectAll()

    def _tree_menu(self, position: QPoint) -> None:
        tree = self.code_panel.tree
        menu = QMenu(tree)
        menu.setObjectName("codeMenu")
        edits(menu.addAction(self.tr("New code..."), self.new_code_dialog))
        if tree.indexAt(position).isValid():
            edits(menu.addAction(self.tr("New child code..."), lambda: self.new_code_dialog(child=True)),
                  menu.addAction(self.tr("Rename"), self.rename_current),
                  menu.addAction(self.tr("Properties..."), lambda: self.properties_dialog(self._current())),
                  menu.addAction(self.tr("Merge into..."), self.merge_dialog))
            menu.addSeparator()
            edits(menu.addAction(self.tr("Delete..."), self.delete_current))
        popup(menu, tree.viewport().mapToGlobal(position), self.session.project.read_only)

    # -- adding and editing ----------------------------------------------------------------
    def add_code(self, name: str, parent_id: int | None = None) -> int | None:
        journal = self.session.run_operation(
            self.tr("Add code “{name}”").format(name=name.strip()),
            lambda: codes_mod.add_code(self.project, name, parent_id=parent_id, created_by=self.session.coder_id,
                                       **codes_mod.child_properties(self.project, parent_id)),
        )
        if journal is None:
            return None
        self.code_panel.select_code(journal.result)
        return journal.result

    def new_code_dialog(self, child: bool = False) -> None:
        if self.project is None:
            return
        parent_id = self._current() if child else None
        if child and parent_id is None:
            return
        name, ok = QInputDialog.getText(self.session.widget, self.tr("New code"), self.tr("Name of the new code:"))
        if ok and name.strip():
            self.add_code(name, parent_id)

    def rename_code(self, code_id: int, name: str) -> None:
        self.session.run_operation(self.tr("Rename code to “{name}”").format(name=name),
                             lambda: codes_mod.rename_code(self.project, code_id, name))

    def rename_current(self) -> None:
        index = self.code_panel.tree.currentIndex()
        if index.isValid():
            self.code_panel.tree.edit(index.siblingAtColumn(0))

    def edit_code(self, code_id: int, changes: dict) -> None:
        if changes:
            self.session.run_operation(self.tr("Edit code"), lambda: codes_mod.update_code(self.project, code_id, **changes))

    def properties_dialog(self, code_id: int | None) -> CodePropertiesDialog | None:
        """Open the properties of a code; the changes are applied when the dialog is accepted."""
        if code_id is None or self.project is None:
            return None
        dialog = CodePropertiesDialog(codes_mod.get_code(self.project, code_id), self.session.widget)
        dialog.accepted.connect(lambda: self.edit_code(code_id, dialog.changes()))
        dialog.open()
        return dialog

    # -- moving, merging, deleting -------------------------------------------------------
    def move_code(self, code_id: int, parent_id: int | None, position: int | None) -> None:
        self.session.run_operation(self.tr("Move code"),
                             lambda: code_edits.move_code(self.project, code_id, parent_id, position))

    def _code_dropped(self, code_id: int, parent_id: int, position: int) -> None:
        parent = None if parent_id < 0 else parent_id
        if parent == code_id:
            return
        place = None if position < 0 else position
        code = codes_mod.get_code(self.project, code_id)
        if place is not None and code.parent_id == parent:
            # positions count the siblings without the moved code
            siblings = [c.id for c in codes_mod.list_codes(self.project) if c.parent_id == parent]
            if siblings.index(code_id) < place:
                place -= 1
        self.move_code(code_id, parent, place)

    def merge(self, source_id: int, target_id: int) -> None:
        source = codes_mod.get_code(self.project, source_id)
        target = codes_mod.get_code(self.project, target_id)
        self.session.run_operation(self.tr("Merge “{a}” into “{b}”").format(a=source.name, b=target.name),
                             lambda: code_edits.merge_codes(self.project, source_id, target_id))

    def merge_dialog(self) -> CodePickerDialog | None:
        source_id = self._current()
        if source_id is None:
            return None
        below = set(codes_mod.subtree_ids(self.project, source_id))
        choices = {k: v for k, v in codes_mod.code_paths(self.project).items() if k not in below}
        name = codes_mod.get_code(self.project, source_id).name
        dialog = CodePickerDialog(choices, self.tr("Merge “{name}” into...").format(name=name), self.session.widget)
        dialog.accepted.connect(lambda: dialog.chosen_code() is not None and self.merge(source_id, dialog.chosen_code()))
        dialog.open()
        return dialog

    def delete_code(self, code_id: int, keep_codings: bool = False) -> None:
        self.session.run_operation(self.tr("Delete code"),
                             lambda: code_edits.delete_code(self.project, code_id, keep_codings=keep_codings))

    def delete_current(self) -> QMessageBox | None:
        """Ask how to delete the selected code, saying how many codings it has."""
        code_id = self._current()
        if code_id is None:
            return None
        code = codes_mod.get_code(self.project, code_id)
        subcodes = len(codes_mod.subtree_ids(self.project, code_id)) - 1
        n = codes_mod.count_subtree_codings(self.project, code_id)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete code"), self.tr(
            "Delete the code “{name}”? It has {subcodes} subcode(s) and {n} coding(s) in all. "
            "You can undo this with Ctrl+Z.").format(name=code.name, subcodes=subcodes, n=n), parent=self.session.widget)
        box.setObjectName("deleteCodeDialog")
        delete = box.addButton(self.tr("Delete with its codings"), QMessageBox.ButtonRole.DestructiveRole)
        move = box.addButton(self.tr("Move its codings to “{parent}”").format(
            parent=codes_mod.get_code(self.project, code.parent_id).name if code.parent_id else ""),
            QMessageBox.ButtonRole.AcceptRole)
        move.setVisible(code.parent_id is not None)
        box.addButton(QMessageBox.StandardButton.Cancel)

        def answered(button) -> None:
            if button is delete:
                self.delete_code(code_id)
            elif button is move:
                self.delete_code(code_id, keep_codings=True)

        box.buttonClicked.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- codebook files --------------------------------------------------------------------
    def import_codebook(self, path: str) -> list[str] | None:
        """Merge a codebook file into the project; returns the paths added."""
        from ...exchange import read_codebook

        try:
            codebook = read_codebook(path)
        except QdaError as error:
            show_error(self.session.widget, self.tr("Codebook not imported"), message_for(error))
            return None
        journal = self.session.run_operation(self.tr("Import codebook {file}").format(file=Path(path).name),
                                       lambda: merge_codebook(self.project, codebook, created_by=self.session.coder_id))
        if journal is None:
            return None
        report = journal.result
        text = self.tr("{added} code(s) added, {kept} already in the project.").format(
            added=len(report.added), kept=len(report.existing))
        for template, params in codebook.skipped:  # a .qdc's Sets
            text += "\n\n" + render(template, params, lambda t: QCoreApplication.translate("qdacoder", t))
        details = "\n".join(report.added)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Codebook imported"), text, parent=self.session.widget)
        box.setObjectName("codebookImported")
        if details:
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return report.added

    def export_codebook(self, path: str) -> bool:
        from ...exchange import write_codebook

        try:
            write_codebook(codebook_from_project(self.project), path, labels=self.docx_labels())
        except QdaError as error:
            show_error(self.session.widget, self.tr("Codebook not exported"), message_for(error))
            return False
        except OSError as error:
            show_error(self.session.widget, self.tr("Codebook not exported"),
                       self.tr("{file} cannot be written: {reason}").format(file=Path(path).name, reason=error.strerror))
            return False
        self.session.show_message(self.tr("Codebook written to {file}").format(file=path), 8000)
        return True

    def docx_labels(self) -> dict[str, str]:
        """The Word appendix's fixed words, in the user's language."""
        from ...exchange.docx_codebook import DEFAULT_LABELS

        return {key: QCoreApplication.translate("qdacoder", text) for key, text in DEFAULT_LABELS.items()}

    def _filters(self) -> str:
        from ...exchange import FORMATS

        return ";;".join(f"{description} (*{ext})" for ext, description in FORMATS.items())

    def import_dialog(self) -> None:
        if self.project is None:
            return
        path = ask_open(self.session, None, self.tr("Import codebook"), self._filters(), "codebook")
        if path:
            self.import_codebook(path)

    def export_dialog(self) -> None:
        if self.project is None:
            return
        path = ask_save(self.session, None, self.tr("Export codebook"), self._filters(), "codebook", self.tr("codes"))
        if path:
            self.export_codebook(path)
