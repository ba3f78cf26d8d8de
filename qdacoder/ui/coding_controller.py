"""Coding and codebook actions: the five ways to code a passage, the coding context menu,
and adding, renaming, recolouring and deleting codes.

Ways to code the selected passage: drag it onto a code, click a code, type in the quick-code
box and press Enter, press Ctrl+1..9 for the nine codes used last, or code it in vivo
(Ctrl+I: a new code named after the passage).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QColorDialog, QInputDialog, QMenu, QMessageBox

from ..core import codes as codes_mod
from ..core import codings
from ..core.documents import document_text
from ..core.errors import QdaError
from .dialogs import CodePickerDialog
from .document_view import Highlight

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow

RECENT = 9


class CodingController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.recent: list[int] = []
        panel = window.code_panel
        panel.tree.clicked.connect(self._code_clicked)
        panel.tree.passage_dropped.connect(self._passage_dropped)
        panel.tree.customContextMenuRequested.connect(self._tree_menu)
        panel.model.rename_requested.connect(self.rename_code)
        panel.quick_code.returnPressed.connect(self.quick_code)
        window.view.coding_context_menu.connect(self._coding_menu)

    # -- menu ------------------------------------------------------------------------------
    def build_menu(self, menu: QMenu) -> None:
        w = self.w
        self.new_code_action = self._action(menu, self.tr("&New code..."), self.new_code_dialog, "Ctrl+Shift+N")
        self._action(menu, self.tr("New &child code..."), lambda: self.new_code_dialog(child=True))
        self._action(menu, self.tr("&Rename code"), self.rename_current, "F2", widget=w.code_panel.tree)
        self._action(menu, self.tr("Change co&lour..."), self.recolor_current)
        self._action(menu, self.tr("Edit &description..."), self.describe_current)
        self._action(menu, self.tr("&Delete code..."), self.delete_current, "Delete", widget=w.code_panel.tree)
        menu.addSeparator()
        self._action(menu, self.tr("Code in &vivo"), self.in_vivo, "Ctrl+I")
        self._action(menu, self.tr("&Quick code"), self.focus_quick_code, "Ctrl+K")
        self._action(menu, self.tr("Remove selected codin&g"), self.remove_selected_coding, "Delete", widget=w.view)
        self.recent_menu = menu.addMenu(self.tr("Recent &codes"))
        self.recent_actions = []
        for n in range(1, RECENT + 1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, i=n - 1: self.apply_recent(i))
            self.w.addAction(action)  # shortcuts work even while the submenu is hidden
            self.recent_actions.append(action)

    def _action(self, menu: QMenu, text: str, slot, shortcut: str | None = None, widget=None) -> QAction:
        action = QAction(text, widget or self.w)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            if widget is not None:
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                widget.addAction(action)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # -- what the document view shows ----------------------------------------------------
    def highlights(self, document_id: int, coding_ids=None) -> list[Highlight]:
        """What the view shows of the document's codings (only ``coding_ids`` when given)."""
        return [
            Highlight(d.id, d.start, d.end, d.code_name, d.code_path, d.color, d.coder, d.memo)
            for d in codings.coding_details(self.w.project, document_id, coding_ids)
        ]

    # -- coding ------------------------------------------------------------------------------
    def _passage(self) -> tuple[int, int, int] | None:
        """(document id, start, end) of the selected passage, trimmed of surrounding spaces."""
        document_id, selection = self.w.view.document_id(), self.w.view.selection()
        if self.w.project is None or document_id is None or selection is None:
            return None
        text = document_text(self.w.project, document_id)
        trimmed = codings.trim_passage(text, *selection)
        return (document_id, *trimmed) if trimmed else None

    def _need_coder(self) -> bool:
        if self.w.coder_id is None:
            self.w.projects.change_coder()
        return self.w.coder_id is not None

    def code_passage(self, code_id: int, passage: tuple[int, int, int] | None = None) -> bool:
        """Code the given passage (default: the selection) with ``code_id``."""
        passage = passage or self._passage()
        if passage is None:
            self.w.statusBar().showMessage(self.tr("Select a passage in the document first."), 5000)
            return False
        if not self._need_coder():
            return False
        document_id, start, end = passage
        name = self.w.code_panel.model.index_of_code(code_id).data() or ""
        journal = self.w.run_operation(
            self.tr("Code with “{name}”").format(name=name),
            lambda: codings.add_coding(self.w.project, document_id=document_id, code_id=code_id,
                                       start=start, end=end, coder_id=self.w.coder_id),
        )
        if journal is not None:
            self.w.statusBar().showMessage(self.tr("Coded with “{name}” (Ctrl+Z to undo)").format(name=name), 5000)
        return journal is not None

    def _code_clicked(self, index) -> None:
        code_id = self.w.code_panel.model.code_id(index)
        if code_id is not None and self._passage() is not None:
            self.code_passage(code_id)

    def _passage_dropped(self, code_id: int, document_id: int, start: int, end: int) -> None:
        text = document_text(self.w.project, document_id)
        trimmed = codings.trim_passage(text, start, end)
        if trimmed:
            self.code_passage(code_id, (document_id, *trimmed))

    def quick_code(self) -> None:
        """Apply the code typed in the quick-code box: a path or a name; a new code when none
        matches."""
        typed = self.w.code_panel.quick_code.text().strip()
        passage = self._passage()
        if not typed or self.w.project is None:
            return
        if passage is None:
            self.w.statusBar().showMessage(self.tr("Select a passage in the document first."), 5000)
            return
        if not self._need_coder():
            return
        path = self._resolve_path(typed)
        document_id, start, end = passage
        journal = self.w.run_operation(
            self.tr("Code with “{name}”").format(name=path),
            lambda: codings.add_coding_by_path(self.w.project, document_id=document_id, path=path,
                                               start=start, end=end, coder_id=self.w.coder_id),
        )
        if journal is not None:
            self.w.code_panel.quick_code.clear()

    def _resolve_path(self, typed: str) -> str:
        """A typed name that matches exactly one code anywhere in the tree means that code."""
        paths = self.w.code_panel.model.paths()
        if any(p.casefold() == typed.casefold() for p in paths):
            return typed
        by_name = [p for p in paths if p.rsplit("/", 1)[-1].casefold() == typed.casefold()]
        return by_name[0] if len(by_name) == 1 else typed

    def focus_quick_code(self) -> None:
        self.w.code_panel.quick_code.setFocus()
        self.w.code_panel.quick_code.selectAll()

    def in_vivo(self) -> None:
        passage = self._passage()
        if passage is None:
            self.w.statusBar().showMessage(self.tr("Select a passage in the document first."), 5000)
            return
        if not self._need_coder():
            return
        document_id, start, end = passage
        journal = self.w.run_operation(
            self.tr("Code in vivo"),
            lambda: codings.add_in_vivo_coding(self.w.project, document_id=document_id, start=start,
                                               end=end, coder_id=self.w.coder_id),
        )
        if journal is not None:
            self.w.code_panel.select_code(journal.result[0])

    def reload_recent(self) -> None:
        project, coder_id = self.w.project, self.w.coder_id
        self.recent = codings.recent_code_ids(project, coder_id, RECENT) if project and coder_id else []
        self.recent_menu.clear()
        model = self.w.code_panel.model
        for n, action in enumerate(self.recent_actions):
            if n < len(self.recent):
                name = model.index_of_code(self.recent[n]).data() or ""
                action.setText(f"&{n + 1} {name}")
                action.setEnabled(True)
                self.recent_menu.addAction(action)
            else:
                action.setEnabled(False)
        self.recent_menu.setEnabled(bool(self.recent))

    def apply_recent(self, n: int) -> None:
        if n < len(self.recent):
            self.code_passage(self.recent[n])

    # -- a coding's context menu -----------------------------------------------------------
    def _coding_menu(self, coding_id: int, position: QPoint) -> None:
        menu = QMenu(self.w)
        menu.setObjectName("codingMenu")
        menu.addAction(self.tr("&Remove coding"), lambda: self.remove_coding(coding_id))
        menu.addAction(self.tr("&Change code..."), lambda: self.change_code_dialog(coding_id))
        menu.addAction(self.tr("&Memo..."), lambda: self.memo_dialog(coding_id))
        menu.popup(position)

    def remove_coding(self, coding_id: int) -> None:
        self.w.run_operation(self.tr("Remove coding"), lambda: codings.remove_coding(self.w.project, coding_id))

    def remove_selected_coding(self) -> None:
        coding_id = self.w.view.selected_coding()
        if coding_id is not None:
            self.remove_coding(coding_id)

    def change_code(self, coding_id: int, code_id: int) -> None:
        self.w.run_operation(self.tr("Change code"),
                             lambda: codings.change_coding_code(self.w.project, coding_id, code_id))

    def change_code_dialog(self, coding_id: int) -> None:
        dialog = CodePickerDialog(codes_mod.code_paths(self.w.project), self.tr("Change code"), self.w)
        if dialog.exec() and dialog.chosen_code() is not None:
            self.change_code(coding_id, dialog.chosen_code())

    def set_memo(self, coding_id: int, memo: str) -> None:
        self.w.run_operation(self.tr("Memo on coding"),
                             lambda: codings.set_coding_memo(self.w.project, coding_id, memo))

    def memo_dialog(self, coding_id: int) -> None:
        try:
            current = codings.get_coding(self.w.project, coding_id).memo
        except QdaError as error:
            self.w.report(error)
            return
        memo, ok = QInputDialog.getMultiLineText(self.w, self.tr("Memo"), self.tr("Memo on this coding:"), current)
        if ok and memo.strip() != current:
            self.set_memo(coding_id, memo)

    # -- the codebook --------------------------------------------------------------------
    def add_code(self, name: str, parent_id: int | None = None) -> int | None:
        journal = self.w.run_operation(
            self.tr("Add code “{name}”").format(name=name.strip()),
            lambda: codes_mod.add_code(self.w.project, name, parent_id=parent_id, created_by=self.w.coder_id),
        )
        if journal is None:
            return None
        self.w.code_panel.select_code(journal.result)
        return journal.result

    def new_code_dialog(self, child: bool = False) -> None:
        if self.w.project is None:
            return
        parent_id = self.w.code_panel.current_code_id() if child else None
        if child and parent_id is None:
            self.w.statusBar().showMessage(self.tr("Select the code to add a child code to."), 5000)
            return
        name, ok = QInputDialog.getText(self.w, self.tr("New code"), self.tr("Name of the new code:"))
        if ok and name.strip():
            self.add_code(name, parent_id)

    def rename_code(self, code_id: int, name: str) -> None:
        self.w.run_operation(self.tr("Rename code to “{name}”").format(name=name),
                             lambda: codes_mod.rename_code(self.w.project, code_id, name))

    def rename_current(self) -> None:
        index = self.w.code_panel.tree.currentIndex()
        if index.isValid():
            self.w.code_panel.tree.edit(index.siblingAtColumn(0))

    def recolor_current(self) -> None:
        code_id = self.w.code_panel.current_code_id()
        if code_id is None:
            return
        current = QColor(codes_mod.get_code(self.w.project, code_id).color)
        color = QColorDialog.getColor(current, self.w, self.tr("Colour of the code"))
        if color.isValid():
            self.w.run_operation(self.tr("Change colour"),
                                 lambda: codes_mod.set_code_color(self.w.project, code_id, color.name()))

    def describe_current(self) -> None:
        code_id = self.w.code_panel.current_code_id()
        if code_id is None:
            return
        code = codes_mod.get_code(self.w.project, code_id)
        text, ok = QInputDialog.getMultiLineText(
            self.w, self.tr("Description"), self.tr("Definition of “{name}”:").format(name=code.name), code.description)
        if ok and text != code.description:
            self.w.run_operation(self.tr("Edit description"),
                                 lambda: codes_mod.set_code_description(self.w.project, code_id, text))

    def delete_code(self, code_id: int) -> None:
        self.w.run_operation(self.tr("Delete code"), lambda: codes_mod.delete_code(self.w.project, code_id))

    def delete_current(self) -> None:
        code_id = self.w.code_panel.current_code_id()
        if code_id is None:
            return
        code = codes_mod.get_code(self.w.project, code_id)
        subcodes = len(codes_mod.subtree_ids(self.w.project, code_id)) - 1
        n = codes_mod.count_subtree_codings(self.w.project, code_id)
        question = self.tr("Delete the code “{name}”, its {subcodes} subcode(s) and their {n} coding(s)? "
                           "You can undo this with Ctrl+Z.").format(name=code.name, subcodes=subcodes, n=n)
        answer = QMessageBox.question(self.w, self.tr("Delete code"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_code(code_id)

    def _tree_menu(self, position: QPoint) -> None:
        tree = self.w.code_panel.tree
        menu = QMenu(tree)
        menu.addAction(self.tr("New code..."), self.new_code_dialog)
        if tree.indexAt(position).isValid():
            menu.addAction(self.tr("New child code..."), lambda: self.new_code_dialog(child=True))
            menu.addAction(self.tr("Rename"), self.rename_current)
            menu.addAction(self.tr("Change colour..."), self.recolor_current)
            menu.addAction(self.tr("Edit description..."), self.describe_current)
            menu.addSeparator()
            menu.addAction(self.tr("Delete..."), self.delete_current)
        menu.popup(tree.viewport().mapToGlobal(position))
