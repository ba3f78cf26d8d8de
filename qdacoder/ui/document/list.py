"""The documents, grouped by case.

Design rules:
- A model of plain lists (cases, then the ids and names of their documents), reset as a whole
  whenever documents or cases change; no item object per row. With 20,000 documents a
  QStandardItemModel took seconds to clear and fill; this model takes milliseconds.
- It reads only ids and names (``core.documents.names_by_case``); what a tooltip says (kind,
  length, source) is read for the one document under the mouse, when it is asked for, and a
  document's kind when its row is first shown.
- Three columns: the name, the kind and the number of codings under the reading (whose codings
  count). The counts are set apart from the rows (``set_counts``), so a coding recounts one
  document without rebuilding the list; a case shows the sum of its documents.
- Where a document is listed is found in an array of every listed document id (made when first
  asked, dropped when the rows change): a coding finds its document's row without a Python
  walk over 20,000 rows.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher

import numpy as np
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from ...core.documents import NameGroup, get_document, names_and_cases, names_by_case
from ...core.errors import QdaError
from ...core.models import Document
from ...core.project import Project
from ...core.schema import DOCUMENT_KINDS
from ..common.texts import kind_label

DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
NAME, KIND, CODINGS = range(3)  # the columns
_CASE = 0  # internal id of a case row; a document row has its case row + 1
# The view asks for every row's flags when it lays the tree out (20,000 rows at ten times the
# target scale): made once here, not with an enum operation per call. "Never has children"
# spares it asking each document for its rows.
_CASE_FLAGS = Qt.ItemFlag.ItemIsEnabled
_DOCUMENT_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class DocumentTreeModel(QAbstractItemModel):
    """``no_case``: the title of the documents in no case; ``describe(document)``: a document's
    tooltip (both from the view, which can translate)."""

    def __init__(self, no_case: str, describe: Callable[[Document], str], headers: list[str] | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.groups: list[NameGroup] = []
        self.no_case = no_case
        self.describe = describe
        self.headers = headers or ["", "", ""]
        self.counts: dict[int, int] = {}  # document id -> codings under the reading
        self._kinds: dict[int, str] = {}  # document id -> kind, read when its row is first shown
        # every listed document id, case after case, and where each case's documents start in
        # it (``_where``); None until a document's row is looked for after the rows changed
        self._listed: tuple[np.ndarray, np.ndarray] | None = None

    def load(self, project: Project | None) -> None:
        self.beginResetModel()
        self.project = project
        self.groups = self._read(project)
        self._kinds = {}
        self._listed = None
        self.endResetModel()

    def set_counts(self, counts: dict[int, int], document_ids=None) -> None:
        """``counts`` for ``document_ids`` (all documents when None; a document missing from
        ``counts`` has none); only the cells of those documents and their cases are redrawn."""
        if document_ids is None:
            self.counts = dict(counts)
            # every row's count may change: one layout change, which the view answers with one
            # pass over its rows (the rows, their order and the persistent indexes stay as they
            # are); a dataChanged per case made the tree look for each case's rows again, 0.3 s
            # at 2,000 cases
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()
            return
        wanted = list(document_ids)
        for document_id in wanted:
            self.counts[document_id] = counts.get(document_id, 0)
        # one signal per case, from its first to its last changed row (an import counts its
        # hundreds of documents at once), and one for the case's sum
        ids, starts = self._listing()
        places = np.flatnonzero(np.isin(ids, wanted))
        case_rows = np.searchsorted(starts, places, "right") - 1
        for case_row in np.unique(case_rows).tolist():
            inside = places[case_rows == case_row] - starts[case_row]
            self.dataChanged.emit(self.createIndex(int(inside.min()), CODINGS, case_row + 1),
                                  self.createIndex(int(inside.max()), CODINGS, case_row + 1))
            case = self.index(case_row, CODINGS)
            self.dataChanged.emit(case, case)

    def update(self, project: Project | None) -> None:
        """Read the names again and change only what differs: cases that came or went are
        inserted or removed, and of the others only those whose documents changed get their
        rows replaced. The view keeps its expanded rows (expanding 20,000 rows anew is what
        costs) and its scroll position."""
        if project is not self.project:
            self.load(project)
            return
        groups = self._read(project)
        self._listed = None
        old_keys = [g.case.id if g.case else None for g in self.groups]
        new_keys = [g.case.id if g.case else None for g in groups]
        # cases that came, went or moved (renamed), from the end so earlier rows keep their place
        for tag, i1, i2, j1, j2 in reversed(SequenceMatcher(None, old_keys, new_keys, autojunk=False).get_opcodes()):
            if tag in ("delete", "replace"):
                self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
                del self.groups[i1:i2]
                self.endRemoveRows()
            if tag in ("insert", "replace"):
                self.beginInsertRows(QModelIndex(), i1, i1 + j2 - j1 - 1)
                self.groups[i1:i1] = groups[j1:j2]
                self.endInsertRows()
        for row, (old, new) in enumerate(zip(self.groups, groups)):
            if old == new:
                continue
            parent = self.index(row, 0)
            if old.documents != new.documents and old.documents:
                self.beginRemoveRows(parent, 0, len(old.documents) - 1)
                self.groups[row] = NameGroup(old.case, [])
                self.endRemoveRows()
            if self.groups[row].documents != new.documents:
                self.beginInsertRows(parent, 0, len(new.documents) - 1)
                self.groups[row] = new
                self.endInsertRows()
            self.groups[row] = new
            self.dataChanged.emit(parent, parent.siblingAtColumn(CODINGS))  # the case's name, documents, sum
        self._kinds = {}  # a kind may have been changed
        self._listed = None

    def place(self, document_ids: Iterable[int]) -> dict[int, list[tuple[int, tuple[int, str]]]] | None:
        """Where the rows of ``document_ids``, documents just added (an import), go: per case
        row, (position before the insert, (id, name)) in order; where a full read would put
        them, from their names and cases alone (at 20,000 documents reading every name took
        40-130 ms after each import). None when one is listed already, is gone, is of no case
        while the list has no such group, or belongs to a case the list does not show: then
        the caller reads everything again (``update``)."""
        wanted = set(document_ids)
        if self.project is None or not wanted or np.isin(self._listing()[0], list(wanted)).any():
            return None
        found = names_and_cases(self.project, wanted)
        rows = {g.case.id if g.case else None: row for row, g in enumerate(self.groups)}
        if len(found) != len(wanted) or any(c not in rows for _name, cases in found.values() for c in cases or [None]):
            return None
        added: dict[int, list[tuple[int, str]]] = {}  # case row -> (id, name) of its new documents
        for document_id, (name, cases) in found.items():
            for case_id in cases or [None]:
                added.setdefault(rows[case_id], []).append((document_id, name))
        placed = {}
        for row, documents in added.items():
            keys = [name.casefold() for _id, name in self.groups[row].documents]
            documents.sort(key=lambda d: (d[1].casefold(), d[0]))  # equal names in id order, as a full read
            placed[row] = [(bisect_right(keys, name.casefold()), (i, name)) for i, name in documents]
        return placed

    def insert(self, placed: dict[int, list[tuple[int, tuple[int, str]]]]) -> None:
        """Insert the rows ``place`` found: one insert per run of new rows that go together."""
        for row, added in placed.items():
            documents = self.groups[row].documents
            parent = self.index(row, 0)
            for at in sorted({at for at, _document in added}, reverse=True):  # from the end: places stay right
                run = [document for where, document in added if where == at]
                self.beginInsertRows(parent, at, at + len(run) - 1)
                documents[at:at] = run
                self.endInsertRows()
            self.dataChanged.emit(parent, parent.siblingAtColumn(CODINGS))  # the case's number of documents
        self._listed = None

    @staticmethod
    def _read(project: Project | None) -> list[NameGroup]:
        groups = names_by_case(project) if project is not None else []
        # the group of no case stays, empty, in a project with cases: documents imported into
        # it then go under a row that is there, which the tree lays out alone (a new row at the
        # top level makes it lay out all its rows again: 0.1-0.15 s at 20,000 documents)
        return [g for g in groups if g.case is not None or g.documents or len(groups) > 1]

    # -- the tree -----------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        if parent.isValid():  # a document: its case's row + 1 as internal id
            case_row = parent.row()
            if 0 <= column < 3 and 0 <= row < len(self.groups[case_row].documents) and parent.internalId() == _CASE \
                    and parent.column() == 0:
                return self.createIndex(row, column, case_row + 1)
            return QModelIndex()
        if 0 <= column < 3 and 0 <= row < len(self.groups):
            return self.createIndex(row, column, _CASE)
        return QModelIndex()

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()):  # type: ignore[override]
        if not index.isValid() or index.internalId() == _CASE:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _CASE)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == _CASE and parent.column() == 0:
            return len(self.groups[parent.row()].documents)
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return self.headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _CASE_FLAGS if index.internalId() == _CASE else _DOCUMENT_FLAGS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CODINGS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if index.internalId() == _CASE:
            group = self.groups[index.row()]
            if role == CASE_ID_ROLE:
                return group.case.id if group.case else None
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            if column == NAME:
                return f"{group.case.name if group.case else self.no_case} ({len(group.documents)})"
            if column == CODINGS:
                return sum(self.counts.get(document_id, 0) for document_id, _name in group.documents)
            return None
        document_id, name = self.groups[index.internalId() - 1].documents[index.row()]
        if role == DOCUMENT_ID_ROLE:
            return document_id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return name
            if column == KIND:
                return kind_label(self.kind(document_id))
            return self.counts.get(document_id, 0)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return self.tooltip(document_id)
        return None

    def kind(self, document_id: int) -> str:
        if document_id not in self._kinds and self.project is not None:
            row = self.project.db.execute("SELECT kind FROM documents WHERE id = ?", [document_id]).fetchone()
            self._kinds[document_id] = row[0] if row else ""
        return self._kinds.get(document_id, "")

    def tooltip(self, document_id: int) -> str | None:
        if self.project is None:
            return None
        try:
            return self.describe(get_document(self.project, document_id))
        except QdaError:
            return None

    def _listing(self) -> tuple[np.ndarray, np.ndarray]:
        """Every listed document id, case after case, and where each case's ids start."""
        if self._listed is None:
            sizes = [len(group.documents) for group in self.groups]
            ids = np.fromiter((shown for group in self.groups for shown, _name in group.documents),
                              dtype=np.int64, count=sum(sizes))
            self._listed = ids, np.cumsum([0, *sizes[:-1]], dtype=np.int64)
        return self._listed

    def document_indexes(self, document_id: int) -> list[QModelIndex]:
        """Where the document is shown (under each of its cases)."""
        ids, starts = self._listing()
        found = []
        for place in np.flatnonzero(ids == document_id).tolist():
            row = int(np.searchsorted(starts, place, "right")) - 1  # the last case starting at or before it
            found.append(self.createIndex(place - int(starts[row]), 0, row + 1))
        return found


class DocumentTree(QTreeView):
    """Cases with their documents; activating a document emits ``document_chosen``."""

    document_chosen = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("documentTree")
        self._model = DocumentTreeModel(self.tr("Not in a case"), self._tooltip,
                                        [self.tr("Document"), self.tr("Kind"), self.tr("Codings")], self)
        self.setModel(self._model)
        self._model.rowsInserted.connect(self._expand_new_cases)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setToolTip(self.tr("Codings in the document under the reading (whose codings count)"))
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

    def _tooltip(self, document: Document) -> str:
        return self.tr("{kind}, {n} characters\nImported from {source} on {when}").format(
            kind=kind_label(document.kind), n=f"{document.length:,}".replace(",", "."),
            source=document.source_name or "-", when=document.imported_at[:10])

    def load(self, project: Project | None, counts: dict[int, int] | None = None,
             added: Iterable[int] | None = None) -> None:
        """Show the documents of ``project`` (after a change: only what changed is replaced;
        ``added``: the ids of documents just added, when nothing else changed)."""
        current = self.current_document_id()
        if project is not self._model.project:
            self._model.load(project)
            self.expandAll()
        elif added is not None and (placed := self._model.place(added)) is not None:
            self._insert(placed)
        else:
            self._model.update(project)
        if counts is not None:  # otherwise the controller counts right after
            self.set_counts(counts)
        if current is not None:
            self.select_document(current, emit=False)

    def _insert(self, placed) -> None:
        """Rows inserted under an open case make the tree lay out every row it shows again
        (0.1-0.15 s at 20,000 documents); under a closed one they do not, and opening it lays
        out its own rows alone. So the cases that get documents are closed for the insert."""
        opened = [row for row in placed if self.isExpanded(self._model.index(row, 0))]
        for row in opened:
            self.collapse(self._model.index(row, 0))
        self._model.insert(placed)
        for row in opened:
            self.expand(self._model.index(row, 0))

    def _expand_new_cases(self, parent: QModelIndex, first: int, last: int) -> None:
        if not parent.isValid():
            for row in range(first, last + 1):
                self.expand(self._model.index(row, 0))

    def set_counts(self, counts: dict[int, int], document_ids=None) -> None:
        """Show ``counts`` (document id -> codings) for ``document_ids`` (all when None)."""
        self._model.set_counts(counts, document_ids)

    def count(self, document_id: int) -> int:
        """The number of codings shown for ``document_id``."""
        return self._model.counts.get(document_id, 0)

    def current_document_id(self) -> int | None:
        index = self.currentIndex()
        return index.siblingAtColumn(NAME).data(DOCUMENT_ID_ROLE) if index.isValid() else None

    def document_at(self, position) -> int | None:
        """The document under ``position`` (viewport coordinates), None for a case or nothing."""
        index = self.indexAt(position)
        return index.siblingAtColumn(NAME).data(DOCUMENT_ID_ROLE) if index.isValid() else None

    def first_document_id(self) -> int | None:
        for group in self._model.groups:
            if group.documents:
                return group.documents[0][0]
        return None

    def select_document(self, document_id: int, *, emit: bool = True) -> bool:
        found = self._model.document_indexes(document_id)
        if not found:
            return False
        self.setCurrentIndex(found[0])
        if emit:
            self.document_chosen.emit(document_id)
        return True

    def _emit_choice(self, index) -> None:
        document_id = index.siblingAtColumn(NAME).data(DOCUMENT_ID_ROLE)
        if document_id is not None:
            self.document_chosen.emit(document_id)
