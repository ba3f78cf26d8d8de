"""Team > Assignments: which coder codes which documents, as a coder x document grid grouped
by case.

Design rules:
- The grid decides nothing itself: ticking a cell runs ``core.assignments.assign_documents`` or
  ``unassign_documents`` through the session, one undo step per click. A case's row ticks or
  clears all its documents for that coder at once; it shows a partial tick when only some are.
- It re-reads the project after every change the session reports (undo, redo, a merge that
  brought assignments, a deleted document), and only while it is shown.
- A coder who has not coded yet can be added here (a coder row is bookkeeping, outside undo,
  as everywhere).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout, QInputDialog, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...core.assignments import assign_documents, assigned_documents, unassign_documents
from ...core.coders import ensure_coder, list_coders
from ...core.documents import documents_by_case
from ...core.errors import QdaError

CHECKED, UNCHECKED, PARTIAL = Qt.CheckState.Checked, Qt.CheckState.Unchecked, Qt.CheckState.PartiallyChecked


class AssignmentsWindow(QWidget):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("assignmentsWindow")
        self.setWindowTitle(self.tr("Assignments"))
        self.resize(800, 600)
        self.session = session
        self.grid = QTableWidget()
        self.grid.setObjectName("assignmentsGrid")
        self.add_button = QPushButton(self.tr("Add &coder..."))
        self.note = QLabel(self.tr(
            "Tick the documents each coder codes. Agreement compares each coder's assigned documents: "
            "a document not assigned to a coder is missing for that coder, not “nothing found”. "
            "Without any assignment every document counts for every coder."))
        self.note.setWordWrap(True)
        self.rows: list[list[int]] = []  # per grid row: the documents it stands for
        self.coder_ids: list[int] = []  # per grid column
        self._filling = False
        self._stale = False
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.grid, stretch=1)
        self.grid.itemChanged.connect(self._toggled)
        self.add_button.clicked.connect(lambda _checked=False: self.ask_coder())
        session.subscribe(self._on_change, owner=self)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------------
    def _on_change(self, changes) -> None:
        if changes is not None and (not (changes.assignments or changes.documents or changes.coders) or changes.text_only):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # read when shown again

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read coders, documents by case and assignments anew."""
        self._stale = False
        self._filling = True
        try:
            self.grid.clear()
            self.rows, self.coder_ids = [], []
            project = self.session.project
            if project is None:
                self.grid.setRowCount(0)
                self.grid.setColumnCount(0)
                return
            coders = list_coders(project)
            self.coder_ids = [c.id for c in coders]
            given = assigned_documents(project, self.coder_ids)
            groups = [g for g in documents_by_case(project) if g.documents]
            self.grid.setColumnCount(len(coders))
            self.grid.setHorizontalHeaderLabels([c.name for c in coders])
            self.grid.setRowCount(sum(len(g.documents) + 1 for g in groups))
            labels = []
            for group in groups:
                documents = [d.id for d in group.documents]
                labels.append(group.case.name if group.case else self.tr("(no case)"))
                self._row(documents, [len(given[c] & set(documents)) for c in self.coder_ids], heading=True)
                for document in group.documents:
                    labels.append("    " + document.name)
                    self._row([document.id], [int(document.id in given[c]) for c in self.coder_ids])
            self.grid.setVerticalHeaderLabels(labels)
            self.grid.resizeColumnsToContents()
        finally:
            self._filling = False

    def _row(self, documents: list[int], counts: list[int], heading: bool = False) -> None:
        row = len(self.rows)
        self.rows.append(documents)
        for column, count in enumerate(counts):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(CHECKED if count == len(documents) else PARTIAL if count else UNCHECKED)
            if heading:
                font = QFont()
                font.setBold(True)
                item.setFont(font)
                item.setBackground(QBrush(QColor("#eeeeee")))
                item.setText(f"{count}/{len(documents)}")
            self.grid.setItem(row, column, item)

    # -- changing --------------------------------------------------------------------------------
    def _toggled(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        self.set_assigned(self.coder_ids[item.column()], self.rows[item.row()], item.checkState() != UNCHECKED)

    def set_assigned(self, coder_id: int, document_ids: list[int], assigned: bool) -> None:
        """Assign the documents to the coder (or take them away) as one undo step."""
        project = self.session.project
        if assigned:
            self.session.run_operation(self.tr("Assign documents"),
                                       lambda: assign_documents(project, coder_id, document_ids), source=self)
        else:
            self.session.run_operation(self.tr("Remove assignments"),
                                       lambda: unassign_documents(project, coder_id, document_ids), source=self)
        self.refresh()  # the case rows' partial ticks

    def ask_coder(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add coder"), self.tr("Name of the coder:"))
        if ok and name.strip():
            self.add_coder(name)

    def add_coder(self, name: str) -> None:
        try:
            ensure_coder(self.session.project, name)
        except QdaError as error:
            self.session.report(error)
            return
        self.session.reread.emit()  # coder rows are outside the journal: tell the other panels
        self.refresh()

    def row_of(self, label: str) -> int:
        """The grid row whose label (case or document name) is ``label``; -1 when none."""
        for row in range(self.grid.rowCount()):
            header = self.grid.verticalHeaderItem(row)
            if header is not None and header.text().strip() == label:
                return row
        return -1
