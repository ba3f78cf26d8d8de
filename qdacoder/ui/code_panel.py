"""The codebook panel: a search box that filters the tree, the quick-code box, the tree."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QVBoxLayout, QWidget

from ..core.project import Project
from .code_tree import CODE_ID_ROLE, NAME, CodeTreeModel, CodeTreeView


class CodePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("codeSearch")
        self.search.setPlaceholderText(self.tr("Search codes"))
        self.search.setClearButtonEnabled(True)
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
        # a code matching the search shows with its ancestors (to see where it sits)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(NAME)
        self.tree = CodeTreeView()
        self.tree.setModel(self.proxy)
        self.search.textChanged.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.quick_code)
        layout.addWidget(self.tree)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()

    def load(self, project: Project | None) -> None:
        """A project was opened: show its whole tree, expanded."""
        self.model.load(project)
        self.tree.expandAll()
        self._paths.setStringList(sorted(self.model.paths(), key=str.casefold))

    def reload(self, project: Project) -> None:
        """Codes changed: reload, keeping what was expanded and selected; new codes show."""
        expanded = self.tree.expanded_ids()
        known = set(self.model.code_ids())
        current = self.current_code_id()
        self.model.load(project)
        for code_id in expanded:
            self.tree.setExpanded(self.view_index(code_id), True)
        for code_id in set(self.model.code_ids()) - known:
            self.tree.scrollTo(self.view_index(code_id))  # expands its ancestors
        if current is not None:
            self.select_code(current)
        self._paths.setStringList(sorted(self.model.paths(), key=str.casefold))

    def refresh_counts(self, project: Project, code_ids) -> None:
        self.model.refresh_counts(project, code_ids)

    def view_index(self, code_id: int) -> QModelIndex:
        """The tree's index of a code (through the search filter)."""
        return self.proxy.mapFromSource(self.model.index_of_code(code_id))

    def current_code_id(self) -> int | None:
        return self.tree.currentIndex().data(CODE_ID_ROLE)

    def select_code(self, code_id: int) -> None:
        index = self.view_index(code_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
