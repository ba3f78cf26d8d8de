"""The codebook tree: model and view.

The model is a snapshot of the core's code tree; it re-reads the tree when codes change and
only the counts when codings change (so the view keeps its expansion and selection). The view
accepts passages dragged from the document view and reports them as ``passage_dropped``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QDragMoveEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from ..core import codes as codes_mod
from ..core.models import Code
from ..core.project import Project
from .document_view import PASSAGE_MIME

CODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2
NAME, COUNT = 0, 1


@dataclass(eq=False)  # nodes are compared by identity: the tree holds each once
class _Node:
    code: Code | None
    path: str
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    row: int = 0  # position among its siblings


class CodeTreeModel(QAbstractItemModel):
    """Codes with colour, name and number of codings. Renaming in place asks the window to
    run the rename operation (``rename_requested``) rather than changing anything itself."""

    rename_requested = Signal(int, str)  # code id, new name

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._root = _Node(None, "")
        self._by_id: dict[int, _Node] = {}
        self._counts: dict[int, int] = {}
        self._icons: dict[str, QPixmap] = {}

    # -- loading ---------------------------------------------------------------------------
    def load(self, project: Project | None) -> None:
        self.beginResetModel()
        self._root = _Node(None, "")
        self._by_id = {}
        if project is not None:
            for node in codes_mod.walk_tree(project):
                parent = self._by_id.get(node.code.parent_id, self._root)
                item = _Node(node.code, node.path, parent, row=len(parent.children))
                parent.children.append(item)
                self._by_id[node.code.id] = item
            self._counts = codes_mod.coding_counts(project)
        else:
            self._counts = {}
        self.endResetModel()

    def refresh_counts(self, project: Project, code_ids: Iterable[int]) -> None:
        """Re-count the codings of ``code_ids`` only; a project may hold 200,000 codings."""
        for code_id, n in codes_mod.coding_counts(project, code_ids).items():
            node = self._by_id.get(code_id)
            if node is not None and self._counts.get(code_id, 0) != n:
                self._counts[code_id] = n
                index = self.createIndex(node.row, COUNT, node)
                self.dataChanged.emit(index, index)

    # -- lookups ---------------------------------------------------------------------------
    def index_of_code(self, code_id: int) -> QModelIndex:
        node = self._by_id.get(code_id)
        return self._index_of(node) if node else QModelIndex()

    def _index_of(self, node: _Node) -> QModelIndex:
        if node is self._root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def code_id(self, index: QModelIndex) -> int | None:
        node = self._node(index)
        return node.code.id if node and node.code else None

    def paths(self) -> list[str]:
        return [node.path for node in self._by_id.values()]

    def code_ids(self) -> list[int]:
        return list(self._by_id)

    def count(self, code_id: int) -> int:
        return self._counts.get(code_id, 0)

    def _node(self, index: QModelIndex) -> _Node | None:
        return index.internalPointer() if index.isValid() else None

    # -- QAbstractItemModel ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        node = self._node(parent) or self._root
        if 0 <= row < len(node.children) and 0 <= column < 2:
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()):  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len((self._node(parent) or self._root).children)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Code") if section == NAME else self.tr("Codings")
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        node = self._node(index)
        if node is None or node.code is None:
            return None
        code = node.code
        if role == Qt.ItemDataRole.DisplayRole:
            return code.name if index.column() == NAME else self._counts.get(code.id, 0)
        if role == Qt.ItemDataRole.EditRole and index.column() == NAME:
            return code.name
        if role == Qt.ItemDataRole.DecorationRole and index.column() == NAME:
            return self._swatch(code.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.path + (f"\n\n{code.description}" if code.description else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CODE_ID_ROLE:
            return code.id
        if role == PATH_ROLE:
            return node.path
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        if index.column() == NAME:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self._node(index)
        if role != Qt.ItemDataRole.EditRole or node is None or node.code is None:
            return False
        name = str(value).strip()
        if name and name != node.code.name:
            self.rename_requested.emit(node.code.id, name)
        return False  # the tree is reloaded from the project once the rename has run

    def _swatch(self, color: str) -> QPixmap:
        if color not in self._icons:
            pixmap = QPixmap(12, 12)
            pixmap.fill(QColor(color))
            self._icons[color] = pixmap
        return self._icons[color]


class CodeTreeView(QTreeView):
    """The codebook tree. A passage dragged from the document view onto a code is announced
    with ``passage_dropped(code_id, document_id, start, end)``."""

    passage_dropped = Signal(int, int, int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("codeTree")
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setUniformRowHeights(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def setModel(self, model) -> None:  # type: ignore[override]
        super().setModel(model)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # a fixed count column: sizing it to its contents would read every row on each change
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COUNT, self.fontMetrics().horizontalAdvance(self.tr("Codings")) + 24)

    def _passage(self, event) -> dict | None:
        mime = event.mimeData()
        if not mime.hasFormat(PASSAGE_MIME):
            return None
        try:
            data = json.loads(bytes(mime.data(PASSAGE_MIME)).decode("utf-8"))
            return {k: int(data[k]) for k in ("document_id", "start", "end")}
        except (ValueError, KeyError, TypeError):
            return None

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._passage(event) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self._passage(event) is not None:
            index = self.indexAt(event.position().toPoint())
            if index.isValid():
                event.acceptProposedAction()
            else:
                event.ignore()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        passage = self._passage(event)
        index = self.indexAt(event.position().toPoint())
        code_id = index.data(CODE_ID_ROLE) if index.isValid() else None
        if passage is None or code_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.passage_dropped.emit(code_id, passage["document_id"], passage["start"], passage["end"])

    def expanded_ids(self) -> set[int]:
        model = self.model()
        found: set[int] = set()

        def walk(parent: QModelIndex) -> None:
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                if self.isExpanded(index):
                    found.add(index.data(CODE_ID_ROLE))
                walk(index)

        walk(QModelIndex())
        return found

    def restore_expanded(self, ids: set[int] | None) -> None:
        model: CodeTreeModel = self.model()  # type: ignore[assignment]
        if ids is None:
            self.expandAll()
            return
        for code_id in ids:
            index = model.index_of_code(code_id)
            if index.isValid():
                self.setExpanded(index, True)
