"""The documents, grouped by case, each with its kind and its number of codings.

A few thousand rows at most, rebuilt from the core whenever documents or cases change; the
model holds only names, kinds, counts and ids, never texts. The counts are those of the
reading (whose codings count) and are set apart from the rows (``set_counts``), so a coding
recounts one document without rebuilding the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from ...core.documents import documents_by_case
from ...core.project import Project
from ...core.schema import DOCUMENT_KINDS
from ..common.texts import kind_label

DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
NAME, KIND, CODINGS = range(3)  # the columns


class DocumentTree(QTreeView):
    """Cases with their documents; activating a document emits ``document_chosen``."""

    document_chosen = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("documentTree")
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self._count_items: dict[int, QStandardItem] = {}  # document id -> its Codings cell
        self._case_counts: list[tuple[QStandardItem, list[int]]] = []  # a case's Codings cell, its documents
        self._set_headers()
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # fixed widths from the font: sizing to the contents would read every row on each count
        # (2,000 documents: seconds when a project opens, a delay after every coding)
        metrics = self.fontMetrics()
        kinds = [kind_label(kind) for kind in DOCUMENT_KINDS] + [self.tr("Kind")]
        for column, texts in ((KIND, kinds), (CODINGS, [self.tr("Codings"), "00000"])):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, max(metrics.horizontalAdvance(t) for t in texts) + 16)
        self.setUniformRowHeights(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.clicked.connect(self._emit_choice)
        self.activated.connect(self._emit_choice)

    def _set_headers(self) -> None:
        self._model.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Kind"), self.tr("Codings")])
        self._model.horizontalHeaderItem(CODINGS).setToolTip(
            self.tr("Codings in the document under the reading (whose codings count)"))

    def load(self, project: Project | None, counts: dict[int, int] | None = None) -> None:
        current = self.current_document_id()
        self._model.removeRows(0, self._model.rowCount())  # not clear(): the columns keep their sizing
        self._count_items, self._case_counts = {}, []
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
            case_total = _number_cell(selectable=False)
            for document in group.documents:
                item = QStandardItem(document.name)
                item.setData(document.id, DOCUMENT_ID_ROLE)
                item.setToolTip(
                    self.tr("{kind}, {n} characters\nImported from {source} on {when}").format(
                        kind=kind_label(document.kind), n=f"{document.length:,}".replace(",", "."),
                        source=document.source_name or "-", when=document.imported_at[:10],
                    )
                )
                kind = QStandardItem(kind_label(document.kind))
                kind.setData(document.id, DOCUMENT_ID_ROLE)
                count = _number_cell()
                count.setData(document.id, DOCUMENT_ID_ROLE)
                self._count_items[document.id] = count
                case_item.appendRow([item, kind, count])
            self._case_counts.append((case_total, [d.id for d in group.documents]))
            root.appendRow([case_item, _number_cell(selectable=False, text=""), case_total])
        if counts:  # otherwise the cells start at 0 and the controller counts right after
            self.set_counts(counts)
        self.expandAll()
        if current is not None:
            self.select_document(current, emit=False)

    def set_counts(self, counts: dict[int, int], document_ids=None) -> None:
        """Show ``counts`` (document id -> codings) for ``document_ids`` (all documents when None;
        a document missing from ``counts`` has none); the cases show their documents' sum."""
        touched = set(self._count_items if document_ids is None else document_ids)
        for document_id in touched:
            item = self._count_items.get(document_id)
            if item is not None:
                item.setData(counts.get(document_id, 0), Qt.ItemDataRole.DisplayRole)
        for case_total, documents in self._case_counts:
            if document_ids is None or not touched.isdisjoint(documents):  # one coding: one case summed again
                case_total.setData(sum(self.count(d) for d in documents), Qt.ItemDataRole.DisplayRole)

    def count(self, document_id: int) -> int:
        """The number of codings shown for ``document_id``."""
        item = self._count_items.get(document_id)
        return int(item.data(Qt.ItemDataRole.DisplayRole) or 0) if item is not None else 0

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
        index = index.siblingAtColumn(NAME)
        document_id = index.data(DOCUMENT_ID_ROLE)
        if document_id is not None:
            self.document_chosen.emit(document_id)


def _number_cell(*, selectable: bool = True, text: str | None = None) -> QStandardItem:
    item = QStandardItem(text or "")
    if text is None:
        item.setData(0, Qt.ItemDataRole.DisplayRole)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    item.setSelectable(selectable)
    return item
