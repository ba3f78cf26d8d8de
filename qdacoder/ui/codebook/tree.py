"""The codebook tree: model and view.

The model is a snapshot of the core's code tree with the figures of
``analysis.frequencies``; it re-reads the tree when codes change and only the figures of the
touched codes (and their ancestors) when codings change, so the view keeps its expansion and
selection. A parent shows the distinct totals of its subtree.

The view takes two kinds of drops: a passage dragged from the document view (announced as
``passage_dropped``) and a code dragged within the tree (``code_dropped``: a move to another
parent or position).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QDragMoveEvent, QDropEvent, QFont, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QStyledItemDelegate, QTreeView

from ...analysis.filters import NO_FILTERS
from ...analysis.frequencies import CodeCounter, CodeFrequency, Counts
from ...core import codes as codes_mod
from ...core.models import Code
from ...core.project import Project
from ..common.drag import PASSAGE_MIME

CODE_MIME = "application/x-qdacoder-code"  # JSON {"code_id": int}
CODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2
KEY_ROLE = Qt.ItemDataRole.UserRole + 3  # n when Ctrl+n codes with this code
NAME, CODINGS, DOCUMENTS, CASES, PROMOTING, HINDERING = range(6)
SHOWN_FIGURES = (CODINGS, DOCUMENTS)  # at first: the names need the room; the header's menu adds more
_FIGURES = {CODINGS: "codings", DOCUMENTS: "documents", CASES: "cases", PROMOTING: "promoting", HINDERING: "hindering"}

# made once: the view asks for every row's flags when it lays out 10,000 codes
_FIGURE_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
                 | Qt.ItemFlag.ItemIsDragEnabled)
_NAME_FLAGS = _FIGURE_FLAGS | Qt.ItemFlag.ItemIsEditable


@dataclass(eq=False)  # nodes are compared by identity: the tree holds each once
class _Node:
    code: Code | None
    path: str
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    row: int = 0  # position among its siblings


class CodeTreeModel(QAbstractItemModel):
    """Codes with colour, name and figures. Renaming in place asks the window to run the
    rename operation (``rename_requested``) rather than changing anything itself."""

    rename_requested = Signal(int, str)  # code id, new name

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._root = _Node(None, "")
        self._by_id: dict[int, _Node] = {}
        self._figures: dict[int, CodeFrequency] = {}
        self._counter: CodeCounter | None = None  # what the figures are counted from, kept between changes
        self._coders: dict[int, str] = {}
        self._icons: dict[str, QPixmap] = {}
        self.filters = NO_FILTERS  # e.g. only my codings, while coding blind
        self._keys: dict[int, int] = {}  # code id -> n of its Ctrl+n

    def set_keys(self, code_ids: list[int]) -> None:
        """The codes behind Ctrl+1..9, in order: shown as badges beside their names."""
        old, self._keys = self._keys, {code_id: n for n, code_id in enumerate(code_ids, 1)}
        for code_id in set(old) | set(self._keys):
            if old.get(code_id) != self._keys.get(code_id) and code_id in self._by_id:
                index = self.index_of_code(code_id)
                self.dataChanged.emit(index, index, [KEY_ROLE, Qt.ItemDataRole.ToolTipRole])

    def key_of(self, code_id: int) -> int | None:
        return self._keys.get(code_id)

    # -- loading ---------------------------------------------------------------------------
    def load(self, project: Project | None) -> None:
        self.beginResetModel()
        self._root = _Node(None, "")
        self._by_id = {}
        self._figures = {}
        self._counter = None
        if project is not None:
            for node in codes_mod.walk_tree(project):
                parent = self._by_id.get(node.code.parent_id, self._root)
                item = _Node(node.code, node.path, parent, row=len(parent.children))
                parent.children.append(item)
                self._by_id[node.code.id] = item
            # what the figures are counted from is read now; each code's figures are added up
            # when the tree first shows it (a few dozen rows of 10,000 codes, not all of them)
            self._counter = CodeCounter(project, self.filters)
            from ...core.coders import list_coders

            self._coders = {c.id: c.name for c in list_coders(project)}
        self.endResetModel()

    def refresh_counts(self, project: Project, code_ids: Iterable[int] | None) -> None:
        """Re-count ``code_ids`` and their ancestors only (a project may hold 200,000 codings),
        or every code (None: when cases changed, any code's case count may have)."""
        if code_ids is None or self._counter is None:
            self._counter = CodeCounter(project, self.filters)
            shown, self._figures = self._figures, {}
            fresh = {code_id: self._figures_of(code_id) for code_id in shown}  # the rows shown so far
        else:
            # only these codes' codings changed: the counter reads them again and adds up
            # their branches from what it kept
            fresh = self._counter.update(c for c in code_ids if c in self._by_id)
            shown = self._figures
        for code_id, figures in fresh.items():
            node = self._by_id.get(code_id)
            if node is not None and shown.get(code_id) != figures:
                self._figures[code_id] = figures
                self.dataChanged.emit(self.createIndex(node.row, CODINGS, node), self.createIndex(node.row, HINDERING, node))

    def _figures_of(self, code_id: int) -> CodeFrequency | None:
        """A code's figures, added up from the counter the first time they are asked for."""
        figures = self._figures.get(code_id)
        if figures is None and self._counter is not None and code_id in self._by_id:
            self._figures.update(self._counter.figures([code_id]))  # with its ancestors'
            figures = self._figures.get(code_id)
        return figures

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

    def code(self, code_id: int) -> Code | None:
        node = self._by_id.get(code_id)
        return node.code if node else None

    def paths(self) -> list[str]:
        return [node.path for node in self._by_id.values()]

    def code_ids(self) -> list[int]:
        return list(self._by_id)

    def shown_counts(self, code_id: int) -> Counts:
        """The figures the tree shows: the subtree's distinct totals for a parent, the code's
        own for a leaf."""
        figures = self._figures_of(code_id)
        return figures.subtree if figures else Counts()

    def count(self, code_id: int) -> int:
        figures = self._figures_of(code_id)
        return figures.own.codings if figures else 0

    def _node(self, index: QModelIndex) -> _Node | None:
        return index.internalPointer() if index.isValid() else None

    # -- QAbstractItemModel ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        node = self._node(parent) or self._root
        if 0 <= row < len(node.children) and 0 <= column <= HINDERING:
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
        return HINDERING + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Code"), self.tr("N"), self.tr("Docs"), self.tr("Cases"), "+", "−"][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return [
                self.tr("Code name"),
                self.tr("Number of codings (for a code with subcodes: of its whole branch)"),
                self.tr("Number of documents in which it occurs"),
                self.tr("Number of cases in which it occurs"),
                self.tr("Codings marked promoting (bevorderend)"),
                self.tr("Codings marked hindering (belemmerend)"),
            ][section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        node = self._node(index)
        if node is None or node.code is None:
            return None
        code, column = node.code, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return code.name if column == NAME else getattr(self.shown_counts(code.id), _FIGURES[column])
        if role == Qt.ItemDataRole.EditRole and column == NAME:
            return code.name
        if role == Qt.ItemDataRole.DecorationRole and column == NAME:
            return self._swatch(code.color)
        if role == Qt.ItemDataRole.FontRole and column == NAME and (not code.is_codable or code.added_while_coding):
            font = QFont()
            font.setBold(not code.is_codable)  # categories stand out as headings
            font.setItalic(code.added_while_coding)  # inductive additions are told apart
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CODE_ID_ROLE:
            return code.id
        if role == KEY_ROLE and column == NAME:
            return self._keys.get(code.id)
        if role == PATH_ROLE:
            return node.path
        return None

    def _tooltip(self, node: _Node) -> str:
        code = node.code
        lines = [node.path]
        if code.id in self._keys:
            lines.append(self.tr("Ctrl+{n} codes the selection with it").format(n=self._keys[code.id]))
        if not code.is_codable:
            lines.append(self.tr("Category: groups codes, not applied itself"))
        if code.default_valence:
            lines.append(self.tr("New codings: {valence}").format(
                valence=self.tr("promoting (+)") if code.default_valence == "promoting" else self.tr("hindering (−)")))
        if code.added_while_coding:
            lines.append(self.tr("Added while coding by {coder} on {date}").format(
                coder=self._coders.get(code.created_by, "?"), date=code.created_at[:10]))
        if node.children:
            own = self.count(code.id)
            lines.append(self.tr("{own} coding(s) on this code itself; the figures count the whole branch").format(own=own))
        if code.description:
            lines.append("\n" + code.description)
        return "\n".join(lines)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return _NAME_FLAGS if index.column() == NAME else _FIGURE_FLAGS

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self._node(index)
        if role != Qt.ItemDataRole.EditRole or node is None or node.code is None:
            return False
        name = str(value).strip()
        if name and name != node.code.name:
            self.rename_requested.emit(node.code.id, name)
        return False  # the tree is reloaded from the project once the rename has run

    # -- dragging codes --------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [CODE_MIME, PASSAGE_MIME]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        ids = [self.code_id(i) for i in indexes if i.isValid() and i.column() == NAME]
        if ids:
            mime.setData(CODE_MIME, QByteArray(json.dumps({"code_id": ids[0]}).encode("utf-8")))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def _swatch(self, color: str) -> QPixmap:
        if color not in self._icons:
            pixmap = QPixmap(12, 12)
            pixmap.fill(QColor(color))
            self._icons[color] = pixmap
        return self._icons[color]


def _json(event, mime_type: str) -> dict | None:
    mime = event.mimeData()
    if not mime.hasFormat(mime_type):
        return None
    try:
        data = json.loads(bytes(mime.data(mime_type)).decode("utf-8"))
        return {k: int(v) for k, v in data.items()}
    except (ValueError, TypeError, AttributeError):
        return None


class KeyBadgeDelegate(QStyledItemDelegate):
    """Draws the name as usual and, for a code behind Ctrl+n, a small badge with n at the
    cell's right edge (the name is elided before it)."""

    def paint(self, painter, option, index) -> None:
        n = index.data(KEY_ROLE)
        if n is None:
            super().paint(painter, option, index)
            return
        metrics = option.fontMetrics
        side = metrics.height()
        badge = option.rect.adjusted(option.rect.width() - side - 4, 1, -3, -1)
        shrunk = type(option)(option)
        shrunk.rect = option.rect.adjusted(0, 0, -side - 6, 0)
        super().paint(painter, shrunk, index)
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        palette = option.palette
        painter.setPen(palette.color(palette.ColorRole.Mid))
        painter.setBrush(palette.color(palette.ColorRole.AlternateBase))
        painter.drawRoundedRect(badge, 3, 3)
        painter.setPen(palette.color(palette.ColorRole.Text))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(n))
        painter.restore()


class CodeTreeView(QTreeView):
    """The codebook tree (its model may be a filter proxy: ids travel in ``CODE_ID_ROLE``).

    ``passage_dropped(code_id, document_id, start, end)``: a passage was dropped on a code.
    ``code_dropped(code_id, parent_id, position)``: a code was dropped to be moved; parent_id
    -1 means the top level, position -1 means last."""

    passage_dropped = Signal(int, int, int, int)
    code_dropped = Signal(int, int, int)
    columns_changed = Signal()  # figure columns shown or hidden from the header's menu

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("codeTree")
        self.setAcceptDrops(True)
        self.setDragEnabled(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setUniformRowHeights(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setItemDelegateForColumn(NAME, KeyBadgeDelegate(self))

    def setModel(self, model) -> None:  # type: ignore[override]
        super().setModel(model)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # fixed, narrow figure columns: sizing them to their contents would read every row on
        # each change, and the names need the room
        metrics = self.fontMetrics()
        for column in range(CODINGS, HINDERING + 1):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, max(metrics.horizontalAdvance(title), metrics.horizontalAdvance("000")) + 8)
            header.setSectionHidden(column, column not in SHOWN_FIGURES)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setToolTip(self.tr("Right-click to choose the columns"))

    def figure_columns(self) -> list[int]:
        """The figure columns shown (the name column always is)."""
        return [c for c in range(CODINGS, HINDERING + 1) if not self.header().isSectionHidden(c)]

    def set_figure_columns(self, columns) -> None:
        for column in range(CODINGS, HINDERING + 1):
            self.header().setSectionHidden(column, column not in columns)

    def _header_menu(self, position) -> None:
        menu = self.figure_menu()
        menu.popup(self.header().mapToGlobal(position))

    def figure_menu(self) -> QMenu:
        """Checkable entries, one per figure column (what the header's context menu shows)."""
        menu = QMenu(self)
        menu.setObjectName("codeColumnsMenu")
        model = self.model()
        for column in range(CODINGS, HINDERING + 1):
            action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)))
            action.setCheckable(True)
            action.setChecked(not self.header().isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self._show_column(c, on))
        return menu

    def _show_column(self, column: int, on: bool) -> None:
        self.header().setSectionHidden(column, not on)
        self.columns_changed.emit()

    def drop_target(self, event) -> tuple[int, int] | None:
        """(parent id or -1, position or -1) for a code dropped at the event's position: on
        the upper or lower quarter of a row it goes before or after that code, in the middle
        it becomes its last child, below all rows it goes to the end of the top level."""
        point = event.position().toPoint()
        index = self.indexAt(point)
        if not index.isValid():
            return -1, -1
        index = index.siblingAtColumn(NAME)
        rect = self.visualRect(index)
        code_id = index.data(CODE_ID_ROLE)
        parent = index.parent()
        parent_id = parent.data(CODE_ID_ROLE) if parent.isValid() else -1
        if point.y() < rect.top() + rect.height() / 4:
            return parent_id, self._source_row(index)
        if point.y() > rect.bottom() - rect.height() / 4 and not self.isExpanded(index):
            return parent_id, self._source_row(index) + 1
        return code_id, -1

    def _source_row(self, index: QModelIndex) -> int:
        model = self.model()
        while hasattr(model, "mapToSource"):  # a filter hides rows; positions count them all
            index = model.mapToSource(index)
            model = model.sourceModel()
        return index.row()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if _json(event, PASSAGE_MIME) is not None or _json(event, CODE_MIME) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if _json(event, PASSAGE_MIME) is not None:
            if self.indexAt(event.position().toPoint()).isValid():
                event.acceptProposedAction()
            else:
                event.ignore()
        elif _json(event, CODE_MIME) is not None:
            super().dragMoveEvent(event)  # draws the drop indicator
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        passage, code = _json(event, PASSAGE_MIME), _json(event, CODE_MIME)
        if passage is not None:
            index = self.indexAt(event.position().toPoint())
            code_id = index.data(CODE_ID_ROLE) if index.isValid() else None
            if code_id is None:
                event.ignore()
                return
            event.acceptProposedAction()
            self.passage_dropped.emit(code_id, passage["document_id"], passage["start"], passage["end"])
        elif code is not None:
            parent_id, position = self.drop_target(event)
            # the move runs as an operation and the tree is reloaded; Qt must not move rows itself
            event.setDropAction(Qt.DropAction.IgnoreAction)
            event.accept()
            self.code_dropped.emit(code["code_id"], parent_id, position)
        else:
            event.ignore()

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
