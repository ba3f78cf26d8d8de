"""The documents, grouped by case.

A few thousand rows at most, rebuilt from the core whenever documents or cases change; the
model holds only names and ids, never texts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from ...core.documents import documents_by_case
from ...core.project import Project
from ..common.texts import kind_label

DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class DocumentTree(QTreeView):
    """Cases with their documents; activating a document emits ``document_chosen``."""

    document_chosen = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("documentTree")
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.clicked.connect(self._emit_choice)
        self.activated.connect(self._emit_choice)

    def load(self, project: Project | None) -> None:
        current = self.current_document_id()
        self._model.clear()
        if project is None:
            return
        root = self._model.invisibleRootItem()
        for group in documents_by_case(project):
            if group.case is None and not group.documents:
                continue
            title = group.case.name if group.case else self.tr("Not in a case")
            case_item = QStandardItem(f"{title} ({len(group.documents)})")
            case_item.setData(group.case.id if group.case else None, CASE_ID_ROLE)
            case_item.setSelectable(False)
            for document in group.documents:
                item = QStandardItem(document.name)
                item.setData(document.id, DOCUMENT_ID_ROLE)
                item.setToolTip(
                    self.tr("{kind}, {n} characters\nImported from {source} on {when}").format(
                        kind=kind_label(document.kind), n=f"{document.length:,}".replace(",", "."),
                        source=document.source_name or "-", when=document.imported_at[:10],
                    )
                )
                case_item.appendRow(item)
            root.appendRow(case_item)
        self.expandAll()
        if current is not None:
            self.select_document(current, emit=False)

    def current_document_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(DOCUMENT_ID_ROLE) if index.isValid() else None

    def document_at(self, position) -> int | None:
        """The document under ``position`` (viewport coordinates), None for a case or nothing."""
        index = self.indexAt(position)
        return index.data(DOCUMENT_ID_ROLE) if index.isValid() else None

    def first_document_id(self) -> int | None:
        for row in range(self._model.rowCount()):
            case_item = self._model.item(row)
            if case_item.rowCount():
                return case_item.child(0).data(DOCUMENT_ID_ROLE)
        return None

    def select_document(self, document_id: int, *, emit: bool = True) -> bool:
        for row in range(self._model.rowCount()):
            case_item = self._model.item(row)
            for child_row in range(case_item.rowCount()):
                item = case_item.child(child_row)
                if item.data(DOCUMENT_ID_ROLE) == document_id:
                    self.setCurrentIndex(item.index())
                    if emit:
                        self.document_chosen.emit(document_id)
                    return True
        return False

    def _emit_choice(self, index) -> None:
        document_id = index.data(DOCUMENT_ID_ROLE)
        if document_id is not None:
            self.document_chosen.emit(document_id)
