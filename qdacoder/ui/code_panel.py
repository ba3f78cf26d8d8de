"""The codebook panel: a quick-code box above the code tree."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QVBoxLayout, QWidget

from ..core.project import Project
from .code_tree import CodeTreeModel, CodeTreeView


class CodePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quick_code = QLineEdit()
        self.quick_code.setObjectName("quickCode")
        self.quick_code.setPlaceholderText(self.tr("Quick code: type a code, Enter to apply (Ctrl+K)"))
        self.quick_code.setClearButtonEnabled(True)
        self._paths = QStringListModel(self)
        completer = QCompleter(self._paths, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.quick_code.setCompleter(completer)
        self.model = CodeTreeModel(self)
        self.tree = CodeTreeView()
        self.tree.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.quick_code)
        layout.addWidget(self.tree)

    def load(self, project: Project | None) -> None:
        """A project was opened: show its whole tree, expanded."""
        self.model.load(project)
        self.tree.expandAll()
        self._paths.setStringList(sorted(self.model.paths(), key=str.casefold))

    def reload(self, project: Project) -> None:
        """Codes changed: reload, keeping what was expanded and selected."""
        expanded = self.tree.expanded_ids()
        known = set(self.model.code_ids())
        current = self.current_code_id()
        self.model.load(project)
        self.tree.restore_expanded(expanded | (set(self.model.code_ids()) - known))
        if current is not None:
            self.select_code(current)
        self._paths.setStringList(sorted(self.model.paths(), key=str.casefold))

    def refresh_counts(self, project: Project, code_ids) -> None:
        self.model.refresh_counts(project, code_ids)

    def current_code_id(self) -> int | None:
        return self.model.code_id(self.tree.currentIndex())

    def select_code(self, code_id: int) -> None:
        index = self.model.index_of_code(code_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
