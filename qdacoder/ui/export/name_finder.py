"""Find names: the suggested placeholders of ``analysis.name_suggestions`` (deduce plus
qdacoder's rules), found on a worker thread, to accept (with a placeholder and category) or
reject; a name the finder missed is added from a selection in a context in one step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QTextEdit, QVBoxLayout,
    QWidget,
)

from ...analysis import name_suggestions as ns
from ...core import names as names_mod
from ...core.errors import QdaError
from ..common.background import run_with_progress
from ..common.errors import message_for, show_error

if TYPE_CHECKING:  # pragma: no cover
    from ..session import Session

# the placeholder offered for a category; the researcher changes it before accepting
DEFAULT_PLACEHOLDERS = {"person": "[naam]", "place": "[plaats]", "institution": "[instelling]", "other": "[gegeven]"}


def translate(text: str) -> str:
    return QCoreApplication.translate("qdacoder", text)


def category_box(category: str) -> QComboBox:
    box = QComboBox()
    for key in names_mod.CATEGORIES:
        box.addItem(translate(names_mod.CATEGORY_LABELS[key]), key)
    box.setCurrentIndex(max(box.findData(category), 0))
    return box


class NameFinder(QDialog):
    """Documents to search, the suggestions found, their contexts, and accept / reject."""

    added = Signal(str, str, str)  # name, placeholder, category: a name put on the list

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent or session.widget)
        self.setObjectName("nameFinder")
        self.setWindowTitle(self.tr("Find names"))
        self.session = session
        self.suggestions: list[ns.Suggestion] = []
        self.documents = QListWidget()
        self.documents.setObjectName("nameFinderDocuments")
        for row in session.project.rows("SELECT name FROM documents ORDER BY name COLLATE NOCASE"):
            item = QListWidgetItem(row["name"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.documents.addItem(item)
        self.documents.setMaximumHeight(90)
        self.find_button = QPushButton(self.tr("Find names"))
        self.find_button.setObjectName("findNames")
        self.find_button.clicked.connect(self.find)
        self.status = QLabel(self.tr("Finds persons, places, institutions, streets, dates, phone numbers, e-mail "
                                     "addresses and BSN numbers with deduce; nothing leaves this computer."))
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("suggestionTable")
        self.table.setHorizontalHeaderLabels([self.tr("Found"), self.tr("Times"), self.tr("Documents"),
                                              self.tr("Category"), self.tr("Placeholder")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self.show_contexts)
        self.contexts = QTextEdit()
        self.contexts.setObjectName("suggestionContexts")
        self.contexts.setReadOnly(True)
        self.contexts.setToolTip(self.tr("Select a name in these lines (a school the finder missed, say) to add it below."))
        self.contexts.selectionChanged.connect(self.take_selection)
        accept = QPushButton(self.tr("Accept"))
        accept.setObjectName("acceptSuggestion")
        accept.clicked.connect(self.accept_current)
        reject = QPushButton(self.tr("Not a name"))
        reject.setObjectName("rejectSuggestion")
        reject.setToolTip(self.tr("Reject: this form is not suggested again in this project."))
        reject.clicked.connect(self.reject_current)
        self.own_name = QLineEdit()
        self.own_name.setObjectName("ownName")
        self.own_name.setPlaceholderText(self.tr("a name from the text"))
        self.own_placeholder = QLineEdit("[instelling]")
        self.own_category = category_box("institution")
        self.own_category.currentIndexChanged.connect(
            lambda _i: self.own_placeholder.setText(DEFAULT_PLACEHOLDERS[self.own_category.currentData()]))
        add_own = QPushButton(self.tr("Add"))
        add_own.setObjectName("addOwnName")
        add_own.clicked.connect(self.add_own)
        buttons = QHBoxLayout()
        buttons.addWidget(accept)
        buttons.addWidget(reject)
        buttons.addStretch()
        own = QHBoxLayout()
        own.addWidget(QLabel(self.tr("Add a name:")))
        for widget in (self.own_name, self.own_placeholder, self.own_category, add_own):
            own.addWidget(widget)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.contexts)
        lower_layout.addLayout(own)
        upper = QWidget()  # the suggestions with their buttons right below them
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table)
        upper_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([380, 180])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.documents, 1)
        top.addWidget(self.find_button)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        layout.addWidget(close)
        self.resize(820, 620)

    # --- finding -------------------------------------------------------------------------------
    def chosen_documents(self) -> list[str]:
        items = [self.documents.item(i) for i in range(self.documents.count())]
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    def find(self) -> bool:
        """Search the ticked documents on a worker thread; False when cancelled or failed."""
        chosen = self.chosen_documents()
        if not chosen:
            self.status.setText(self.tr("Tick one or more documents."))
            return False
        try:
            inputs = ns.read_inputs(self.session.project, chosen if len(chosen) < self.documents.count() else None)
        except QdaError as error:
            show_error(self, self.tr("Names not searched"), message_for(error))
            return False
        text = (self.tr("Searching for names...") if ns.deduce_ready() else self.tr(
            "Preparing the name lists. This happens once and takes a minute or two; later searches start at once."))
        try:
            finished, found = run_with_progress(self, text, self.tr("Cancel"),
                                                lambda report: ns.find_suggestions(inputs, report), name="nameProgress")
        except QdaError as error:
            show_error(self, self.tr("Names not searched"), message_for(error))
            return False
        if not finished:
            self.status.setText(self.tr("Search cancelled."))
            return False
        self.suggestions = found
        self.fill()
        self.status.setText(self.tr("{n} suggestion(s) in {d} document(s). Accept puts a name on the placeholder "
                                    "list; “Not a name” is remembered.").format(n=len(found), d=len(inputs.documents)))
        return True

    def fill(self) -> None:
        self.table.setRowCount(0)
        for suggestion in self.suggestions:
            row = self.table.rowCount()
            self.table.insertRow(row)
            form = QTableWidgetItem(suggestion.form)
            form.setFlags(form.flags() & ~Qt.ItemFlag.ItemIsEditable)
            form.setToolTip(suggestion.kind)
            self.table.setItem(row, 0, form)
            for column, value in ((1, suggestion.count), (2, len(suggestion.documents))):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
            box = category_box(suggestion.category)
            self.table.setCellWidget(row, 3, box)
            self.table.setItem(row, 4, QTableWidgetItem(DEFAULT_PLACEHOLDERS[suggestion.category]))
        if self.suggestions:
            self.table.selectRow(0)

    def show_contexts(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.suggestions):
            self.contexts.clear()
            return
        html = []
        for c in self.suggestions[row].contexts:
            escape = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731
            html.append(f"<p><i>{escape(c.document)}</i>: …{escape(c.before)}<b>{escape(c.text)}</b>{escape(c.after)}…</p>")
        self.contexts.setHtml("".join(html))

    def take_selection(self) -> None:
        chosen = " ".join(self.contexts.textCursor().selectedText().split())
        if chosen:
            self.own_name.setText(chosen)

    # --- accept and reject -----------------------------------------------------------------------
    def _drop_row(self, row: int) -> None:
        del self.suggestions[row]
        self.table.removeRow(row)

    def _add(self, name: str, placeholder: str, category: str) -> bool:
        project = self.session.project
        journal = self.session.run_operation(
            self.tr("Add placeholder"),
            lambda: names_mod.add_placeholder(project, name, placeholder, category=category),
            on_error=lambda error: show_error(self, self.tr("Name not added"), message_for(error)))
        if journal is None:
            return False
        self.added.emit(name, placeholder.strip(), category)
        return True

    def accept_current(self) -> bool:
        row = self.table.currentRow()
        if not 0 <= row < len(self.suggestions):
            return False
        placeholder = self.table.item(row, 4).text()
        if not self._add(self.suggestions[row].form, placeholder, self.table.cellWidget(row, 3).currentData()):
            return False
        self._drop_row(row)
        return True

    def reject_current(self) -> bool:
        row = self.table.currentRow()
        if not 0 <= row < len(self.suggestions):
            return False
        form, project = self.suggestions[row].form, self.session.project
        journal = self.session.run_operation(
            self.tr("Reject suggested name"), lambda: names_mod.reject_suggestion(project, form),
            on_error=lambda error: show_error(self, self.tr("Not rejected"), message_for(error)))
        if journal is None:
            return False
        self._drop_row(row)
        return True

    def add_own(self) -> bool:
        name = self.own_name.text()
        if not self._add(name, self.own_placeholder.text(), self.own_category.currentData()):
            return False
        self.own_name.clear()
        self.session.show_message(self.tr("{name} added to the placeholder list").format(name=name.strip()), 5000)
        return True
