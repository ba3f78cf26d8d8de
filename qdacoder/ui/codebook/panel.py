"""The codebook panel: a search box that filters the tree, the quick-code box, the tree."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtWidgets import QCheckBox, QCompleter, QLineEdit, QVBoxLayout, QWidget

from ...core.project import Project
from .tree import CODE_ID_ROLE, NAME, CodeTreeModel, CodeTreeView


class CodeFilter(QSortFilterProxyModel):
    """Filters the tree by name, and optionally to the codes added while coding (the
    inductive additions to a deductive codebook). A match shows with its ancestors."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.only_added_while_coding = False
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(NAME)

    def set_only_added_while_coding(self, on: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self.only_added_while_coding = on
            self.endFilterChange()
        else:
            self.only_added_while_coding = on
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802 - Qt override
        if self.only_added_while_coding:
            code = self.sourceModel().code(self.sourceModel().index(row, NAME, parent).data(CODE_ID_ROLE))
            if code is None or not code.added_while_coding:
                return False
        return super().filterAcceptsRow(row, parent)


class CodePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("codeSearch")
        self.search.setPlaceholderText(self.tr("Search codes (Ctrl+Shift+F)"))
        self.search.setAccessibleName(self.tr("Search codes"))
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
        self.proxy = CodeFilter(self)
        self.proxy.setSourceModel(self.model)
        self.inductive = QCheckBox(self.tr("Only codes added while coding"))
        self.inductive.setObjectName("onlyAddedWhileCoding")
        self.inductive.toggled.connect(self._only_added_while_coding)
        self.tree = CodeTreeView()
        self.tree.setModel(self.proxy)
        self._open_before_search: set[int] | None = None
        self.search.textChanged.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.inductive)
        layout.addWidget(self.quick_code)
        layout.addWidget(self.tree)

    def _filter(self, text: str) -> None:
        """Filter the tree; the branches open before the search open again once it is cleared."""
        searching = bool(text.strip())
        if searching and self._open_before_search is None:
            self._open_before_search = self.tree.expanded_ids()
        current = self.current_code_id()
        self.proxy.setFilterFixedString(text.strip())
        if searching:
            self.tree.expandAll()
        elif self._open_before_search is not None:
            opened, self._open_before_search = self._open_before_search, None
            self.tree.collapseAll()
            for code_id in opened:
                self.tree.setExpanded(self.view_index(code_id), True)
            if current is not None:  # the code found stays in view
                self.select_code(current)

    def _only_added_while_coding(self, on: bool) -> None:
        self.proxy.set_only_added_while_coding(on)
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
