"""The inter-coder agreement window: choose coders, level, threshold, documents and codes,
compute, read the per-code and overall figures, export them to Word or Excel.

Design rules:
- The window computes nothing itself: the figures come from ``analysis.agreement`` and the
  table is ``reports.agreement_report.agreement_table``, the cells the files hold, so window,
  files and command line cannot disagree.
- Each level's definition is shown under the level box (``analysis.agreement.LEVEL_DEFINITIONS``),
  and the note lines of the report (coders, documents and the rule they were compared by,
  what was left out, date) under the tables.
- Tabs: the codes table, the pairs of coders (three or more coders), the documents with the
  lowest agreement first, and the method (each formula) — the tables the files hold.
- Documents and codes are check lists; all ticked means the default of the analysis (every
  document; every codable code). Codes no compared coder used are left out and listed, unless
  "Include unused codes" is ticked.
- ``compute()``, ``export_docx(path)`` and ``export_xlsx(path)`` need no dialog, for tests and
  other callers; errors go to the window's error dialog.
"""

from __future__ import annotations

from numbers import Number
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDoubleSpinBox, QGridLayout, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...analysis.agreement import LEVEL_DEFINITIONS, LEVELS, AgreementReport, agreement
from ...core.codes import walk_tree
from ...core.coders import list_coders
from ...core.documents import list_documents
from ...core.errors import QdaError
from ...core.names import name_filter
from ...reports.agreement_report import (
    LEVEL_NAMES, agreement_table, write_agreement_docx, write_agreement_xlsx,
)
from ...reports.language import project_translator  # files in the project's output language
from ..common.texts import translate as _translate
from ..common.errors import message_for, show_error
from ..common.files import ask_save


class AgreementDialog(QWidget):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("agreementDialog")
        self.setWindowTitle(self.tr("Inter-coder agreement"))
        self.resize(1100, 750)
        self.session = session
        self.report: AgreementReport | None = None
        self.coder_boxes: dict[int, QCheckBox] = {}
        self.coder_row = QHBoxLayout()
        self.level_box = QComboBox()
        for level in LEVELS:
            self.level_box.addItem(_translate(LEVEL_NAMES[level]), level)
        self.definition = QLabel()
        self.definition.setWordWrap(True)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(1, 100)
        self.threshold.setDecimals(0)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(90)
        self.documents, self.codes = QListWidget(), QListWidget()
        self.compute_button = QPushButton(self.tr("&Compute"))
        self.word_button, self.excel_button = QPushButton(self.tr("Export &Word...")), QPushButton(self.tr("Export &Excel..."))
        self.include_unused = QCheckBox(self.tr("Include unused codes"))
        self.table, self.pairs_table, self.documents_table = QTableWidget(), QTableWidget(), QTableWidget()
        self.method = QPlainTextEdit()
        self.method.setReadOnly(True)
        self.tabs = QTabWidget()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self._build()
        self.reload()

    def _build(self) -> None:
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Coders (two or more):")), 0, 0)
        grid.addLayout(self.coder_row, 0, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Level:")), 1, 0)
        grid.addWidget(self.level_box, 1, 1)
        grid.addWidget(QLabel(self.tr("Overlap threshold:")), 1, 2)
        grid.addWidget(self.threshold, 1, 3)
        grid.addWidget(self.definition, 2, 0, 1, 4)
        grid.addWidget(QLabel(self.tr("Documents (all ticked: every document)")), 3, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Codes (all ticked: every code)")), 3, 2, 1, 2)
        grid.addWidget(self.documents, 4, 0, 1, 2)
        grid.addWidget(self.codes, 4, 2, 1, 2)
        buttons = QHBoxLayout()
        for button in (self.compute_button, self.word_button, self.excel_button):
            buttons.addWidget(button)
        buttons.addWidget(self.include_unused)
        buttons.addStretch()
        self.tabs.addTab(self.table, self.tr("Codes"))
        self.tabs.addTab(self.pairs_table, self.tr("Pairs of coders"))
        self.tabs.addTab(self.documents_table, self.tr("Documents"))
        self.tabs.addTab(self.method, self.tr("Method"))
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, stretch=1)
        layout.addWidget(self.note)
        self.level_box.currentIndexChanged.connect(self._show_definition)
        self.threshold.valueChanged.connect(self._show_definition)
        self.compute_button.clicked.connect(lambda _checked=False: self.compute())
        self.word_button.clicked.connect(lambda _checked=False: self._ask("docx", self.tr("Word (*.docx)")))
        self.excel_button.clicked.connect(lambda _checked=False: self._ask("xlsx", self.tr("Excel (*.xlsx)")))
        self._show_definition()

    @property
    def project(self):
        return self.session.project

    def reload(self) -> None:
        """Fill the coder boxes and the lists from the project (all ticked)."""
        while self.coder_row.count():
            widget = self.coder_row.takeAt(0).widget()
            if widget is not None:  # hidden at once: deleteLater waits for the event loop
                widget.hide()
                widget.deleteLater()
        self.coder_boxes.clear()
        self.documents.clear()
        self.codes.clear()
        if self.project is None:
            return
        for coder in list_coders(self.project):
            box = QCheckBox(coder.name)
            self.coder_boxes[coder.id] = box
            self.coder_row.addWidget(box)
        self.coder_row.addStretch()
        for document in list_documents(self.project):
            self._add(self.documents, document.name, document.id)
        for node in walk_tree(self.project):
            self._add(self.codes, "    " * node.depth + node.code.name, node.code.id)

    @staticmethod
    def _add(widget: QListWidget, text: str, key: int) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        widget.addItem(item)

    def _show_definition(self) -> None:
        level = self.level_box.currentData()
        self.threshold.setEnabled(level == "overlap")
        self.definition.setText(_translate(LEVEL_DEFINITIONS[level]).format(threshold=f"{self.threshold.value():g}"))

    def set_coders(self, names: list[str]) -> None:
        for box in self.coder_boxes.values():
            box.setChecked(box.text() in names)

    @staticmethod
    def _ticked(widget: QListWidget) -> list[int] | None:
        items = [widget.item(i) for i in range(widget.count())]
        ticked = [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]
        return None if len(ticked) == len(items) else ticked

    def compute(self) -> AgreementReport | None:
        """Compute with the current choices and show the table; None (and a message) when
        fewer than two coders are ticked."""
        if self.project is None:
            return None
        coders = [key for key, box in self.coder_boxes.items() if box.isChecked()]
        if len(coders) < 2:
            self.note.setText(self.tr("Tick two or more coders."))
            self.report = None
            for widget in (self.table, self.pairs_table, self.documents_table):
                widget.setRowCount(0)
            return None
        self.report = agreement(self.project, coders, self.level_box.currentData(),
                                code_ids=self._ticked(self.codes), document_ids=self._ticked(self.documents),
                                threshold=self.threshold.value() / 100,
                                include_unused=self.include_unused.isChecked())
        table = agreement_table(self.report, self.project.name, _translate)
        self._fill(self.table, table.headers, table.rows, table.levels)
        pairs = table.pairs
        self._fill(self.pairs_table, pairs.headers if pairs else [], pairs.rows if pairs else [],
                   pairs.levels if pairs else [])
        self.tabs.setTabEnabled(self.tabs.indexOf(self.pairs_table), pairs is not None)
        self._fill(self.documents_table, table.documents.headers, table.documents.rows, table.documents.levels)
        self.method.setPlainText("\n\n".join(table.method))
        self.note.setText("\n".join(table.note))
        return self.report

    @staticmethod
    def _fill(widget: QTableWidget, headers: list[str], rows: list[list], levels: list[int]) -> None:
        """The cells as the files hold them: figures as shown (3 or 1 decimals), right-aligned."""
        widget.clear()
        widget.setColumnCount(len(headers))
        widget.setHorizontalHeaderLabels(headers)
        widget.setRowCount(len(rows))
        for r, (values, level) in enumerate(zip(rows, levels)):
            for c, value in enumerate(values):
                text = "" if value is None else str(value)
                item = QTableWidgetItem("    " * level + text if c == 0 else text)
                if isinstance(value, Number):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                widget.setItem(r, c, item)
        widget.resizeColumnsToContents()

    def cell(self, row: int, column: int, table: QTableWidget | None = None) -> str:
        item = (table or self.table).item(row, column)
        return "" if item is None else item.text()

    def _ask(self, extension: str, kind: str) -> None:
        path = ask_save(self.session, self, self.tr("Export agreement"), kind, "reports", self.tr("agreement"))
        if path:
            (self.export_docx if extension == "docx" else self.export_xlsx)(path)

    def export_docx(self, path: str | Path) -> bool:
        return self._export(lambda: write_agreement_docx(self.report, path, names=name_filter(self.project),
                                                         project_name=self.project.name,
                                                         translate=project_translator(self.project)))

    def export_xlsx(self, path: str | Path) -> bool:
        return self._export(lambda: write_agreement_xlsx(self.report, path, names=name_filter(self.project),
                                                         project_name=self.project.name,
                                                         translate=project_translator(self.project)))

    def _export(self, write) -> bool:
        if self.report is None and self.compute() is None:
            return False
        try:
            write()
        except QdaError as error:
            show_error(self, self.tr("qdacoder"), message_for(error))
            return False
        return True
