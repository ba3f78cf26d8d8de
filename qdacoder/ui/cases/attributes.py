"""The attribute editor: a spreadsheet of the typed attributes of cases, documents or respondents.

Design rules:
- The project is the only truth. The model holds a copy of what it last read; a cell edit runs
  ``attributes.set_value`` through ``window.run_operation`` (one undo step per cell) and the
  cell shows the new value only after ``refresh`` re-read it. A refused value (the core checks
  every value) changes nothing: the window shows why and the cell keeps its old value.
- An empty cell is a missing value (no row in the project), never 0, "no" or "".
- ``refresh`` re-reads only when the changes touch what the editor shows. When rows and
  columns stay the same it updates the values in place (dataChanged), so a refresh that arrives
  while the view commits an edit never resets the model under the editor.
- Editors follow the type: a combo of the allowed values (plus empty) for categories, yes /
  no / empty for booleans, a line edit for text, numbers and dates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPushButton, QStyledItemDelegate, QTableView, QVBoxLayout, QWidget,
)

from ...core import attributes
from ...core import cases as cases_mod
from ...core import documents as documents_mod
from ...core import respondents as respondents_mod
from ...core.attributes import Variable

if TYPE_CHECKING:  # pragma: no cover
    from ...core.journal import Changes
    from ..session import Session

WATCHED = {"variables", "attribute_values", "cases", "documents", "respondents"}


def translate(text: str) -> str:
    """Words the core marks for translation (yes, no) in the user's language."""
    return QCoreApplication.translate("qdacoder", text)


class AttributeModel(QAbstractTableModel):
    """Rows: the targets (id, label); columns: the variables; cells: their values."""

    def __init__(self, commit, parent=None) -> None:
        super().__init__(parent)
        self._commit = commit  # (variable, target id, raw text) -> bool: stored or refused
        self.rows: list[tuple[int, str]] = []
        self.variables: list[Variable] = []
        self.values: dict[int, dict[int, Any]] = {}

    def load(self, rows: list[tuple[int, str]], variables: list[Variable], values: dict[int, dict[int, Any]]) -> None:
        if rows == self.rows and variables == self.variables:
            self.values = values
            if rows and variables:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(variables) - 1))
            return
        self.beginResetModel()
        self.rows, self.variables, self.values = rows, variables, values
        self.endResetModel()

    def variable(self, column: int) -> Variable:
        return self.variables[column]

    def value(self, row: int, column: int) -> Any:
        return self.values.get(self.rows[row][0], {}).get(self.variables[column].id)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.variables)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        variable, value = self.variables[index.column()], self.value(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return attributes.display(variable, value, translate)
        if role == Qt.ItemDataRole.EditRole:
            if variable.type == "boolean":
                return "" if value is None else ("1" if value else "0")
            return attributes.display(variable, value, translate)
        if role == Qt.ItemDataRole.TextAlignmentRole and variable.type == "number":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = "" if value is None else str(value).strip()
        if text == (self.data(index, Qt.ItemDataRole.EditRole) or ""):
            return False
        return self._commit(self.variables[index.column()], self.rows[index.row()][0], text)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and section < len(self.rows):
                return self.rows[section][1]
            return None
        if section >= len(self.variables):
            return None
        variable = self.variables[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return variable.name
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = type_label(variable.type)
            if variable.categories:
                kind += ": " + ", ".join(variable.categories)
            return f"{variable.name} ({kind})" + (f"\n{variable.description}" if variable.description else "")
        return None


def type_label(kind: str) -> str:
    labels = {
        "text": QCoreApplication.translate("AttributeEditor", "text"),
        "number": QCoreApplication.translate("AttributeEditor", "number"),
        "date": QCoreApplication.translate("AttributeEditor", "date (YYYY-MM-DD)"),
        "boolean": QCoreApplication.translate("AttributeEditor", "yes/no"),
        "category": QCoreApplication.translate("AttributeEditor", "category"),
    }
    return labels.get(kind, kind)


class AttributeDelegate(QStyledItemDelegate):
    """A combo for categories and yes/no (an empty entry means missing); a line edit otherwise."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        variable = index.model().variable(index.column())
        if variable.type not in ("category", "boolean"):
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItem("", "")
        if variable.type == "boolean":
            combo.addItem(translate(attributes.YES), "1")
            combo.addItem(translate(attributes.NO), "0")
        else:
            for value in variable.categories:
                combo.addItem(value, value)
        combo.activated.connect(lambda _i, c=combo: (self.commitData.emit(c), self.closeEditor.emit(c)))
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class AddAttributeDialog(QDialog):
    """Name and type of a new attribute; the list of values only for a category."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addAttributeDialog")
        self.setWindowTitle(self.tr("Add attribute"))
        self.form = QFormLayout()
        self.name = QLineEdit()
        self.form.addRow(self.tr("Name:"), self.name)
        self.type = QComboBox()
        for kind in ("text", "number", "date", "boolean", "category"):
            self.type.addItem(type_label(kind), kind)
        self.form.addRow(self.tr("Type:"), self.type)
        self.categories = QLineEdit()
        self.categories.setPlaceholderText(self.tr("The values, separated by ; (e.g. thuis; pleeggezin; residentieel)"))
        self.form.addRow(self.tr("Values:"), self.categories)
        self.type.currentIndexChanged.connect(self._show_categories)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self._show_categories()

    def _show_categories(self) -> None:
        self.form.setRowVisible(self.categories, self.type.currentData() == "category")

    def set_type(self, kind: str) -> None:
        self.type.setCurrentIndex(self.type.findData(kind))

    def values(self) -> tuple[str, str, list[str]]:
        """(name, type, category values)."""
        kind = self.type.currentData()
        values = [v.strip() for v in self.categories.text().split(";") if v.strip()] if kind == "category" else []
        return self.name.text().strip(), kind, values


class AttributeEditor(QWidget):
    """Integration: ``AttributeEditor(window)``; the window calls ``refresh(changes)`` after
    every change and ``refresh()`` when another project is shown. ``file_buttons`` is an empty
    row for import and export buttons."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("attributeEditor")
        self.target = QComboBox()
        self.target.setObjectName("attributeTarget")
        self.target.addItem(self.tr("Cases"), "case")
        self.target.addItem(self.tr("Documents"), "document")
        self.target.addItem(self.tr("Respondents"), "respondent")
        self.target.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model = AttributeModel(self._commit, self)
        self.table = QTableView()
        self.table.setObjectName("attributeTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(AttributeDelegate(self.table))
        self.table.setEditTriggers(QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed
                                   | QTableView.EditTrigger.AnyKeyPressed)
        self.summary = QLabel()
        self.summary.setObjectName("attributeSummary")
        self.add_button = QPushButton(self.tr("Add attribute..."))
        self.add_button.clicked.connect(self.add_attribute_dialog)
        self.delete_button = QPushButton(self.tr("Delete attribute..."))
        self.delete_button.clicked.connect(lambda: self.delete_attribute_dialog())
        self.file_buttons = QHBoxLayout()  # import and export, filled by the window
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Attributes of:")))
        top.addWidget(self.target)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addLayout(self.file_buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        session.subscribe(self.refresh)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------
    def current_target(self) -> str:
        return self.target.currentData()

    def set_target(self, target: str) -> None:
        self.target.setCurrentIndex(self.target.findData(target))

    def refresh(self, changes: Changes | None = None) -> None:
        """Re-read what is shown when ``changes`` (None: anything) touched it."""
        if changes is not None and (not (changes.tables & WATCHED) or changes.text_only):
            return  # an edited text changes no name and no value
        project = self.session.project
        for widget in (self.add_button, self.delete_button, self.target):
            widget.setEnabled(project is not None)
        if project is None:
            self.model.load([], [], {})
            self.summary.clear()
            return
        target = self.current_target()
        self.model.load(self._rows(target), attributes.list_variables(project, target),
                        attributes.values_of(project, target))
        n = len(self.model.rows)
        summary = {
            "case": self.tr("{n} cases; missing values are empty cells"),
            "document": self.tr("{n} documents; missing values are empty cells"),
            "respondent": self.tr("{n} respondents; missing values are empty cells"),
        }[target]
        self.summary.setText(summary.format(n=n))

    def _rows(self, target: str) -> list[tuple[int, str]]:
        project = self.session.project
        if target == "case":
            return [(c.id, c.name) for c in cases_mod.list_cases(project)]
        if target == "document":
            return [(d.id, d.name) for d in documents_mod.list_documents(project)]
        names = {c.id: c.name for c in cases_mod.list_cases(project)}
        rows = [(r.id, f"{names[r.case_id]}/{r.label}" if r.case_id in names else r.label)
                for r in respondents_mod.list_respondents(project)]
        return sorted(rows, key=lambda row: row[1].casefold())

    # -- editing ---------------------------------------------------------------------------
    def _commit(self, variable: Variable, target_id: int, text: str) -> bool:
        project = self.session.project
        if project is None:
            return False
        journal = self.session.run_operation(
            self.tr("Set {name}").format(name=variable.name),
            lambda: attributes.set_value(project, variable.id, target_id, text),
        )
        return journal is not None

    def add_attribute(self, name: str, kind: str, categories: list[str] | None = None) -> int | None:
        project = self.session.project
        if project is None:
            return None
        target = self.current_target()
        journal = self.session.run_operation(
            self.tr("Add attribute “{name}”").format(name=name.strip()),
            lambda: attributes.add_variable(project, target=target, name=name, type=kind, categories=categories or []),
        )
        return None if journal is None else journal.result

    def add_attribute_dialog(self) -> AddAttributeDialog | None:
        if self.session.project is None:
            return None
        dialog = AddAttributeDialog(self)
        dialog.accepted.connect(lambda: self.add_attribute(*dialog.values()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_attribute(self, variable_id: int) -> None:
        project = self.session.project
        name = attributes.get_variable(project, variable_id).name
        self.session.run_operation(self.tr("Delete attribute “{name}”").format(name=name),
                             lambda: attributes.delete_variable(project, variable_id))

    def delete_attribute_dialog(self, variable_id: int | None = None) -> QMessageBox | None:
        """Ask before deleting the attribute of the current column (or ``variable_id``)."""
        if self.session.project is None:
            return None
        if variable_id is None:
            column = self.table.currentIndex().column()
            if not 0 <= column < len(self.model.variables):
                self.session.show_message(self.tr("Click a cell of the attribute to delete first."), 5000)
                return None
            variable_id = self.model.variable(column).id
        variable = attributes.get_variable(self.session.project, variable_id)
        n = sum(1 for values in attributes.values_of(self.session.project, variable.target).values() if variable_id in values)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete attribute"), self.tr(
            "Delete the attribute “{name}” with its {n} value(s)? You can undo this with Ctrl+Z.").format(
            name=variable.name, n=n), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("deleteAttributeDialog")
        box.buttonClicked.connect(
            lambda button: box.standardButton(button) == QMessageBox.StandardButton.Yes
            and self.delete_attribute(variable_id))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
