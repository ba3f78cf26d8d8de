"""Small dialogs: import options, choosing a code, a code's properties."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox, QColorDialog, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from ...core.schema import DOCUMENT_KINDS
from .texts import kind_label


def form_dialog(dialog: QDialog, form: QFormLayout) -> QDialogButtonBox:
    """Lay out ``dialog`` as ``form`` above OK and Cancel (the layout of every small editing
    dialog); OK accepts, Cancel rejects."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return buttons


@dataclass(frozen=True)
class ImportOptions:
    kind: str | None  # None: decide per file (transcript when most paragraphs are turns)
    case_name: str | None
    autocode_speakers: bool
    find_turns: bool = False  # also in documents that do not read as a dialogue
    comments: bool = False  # comments (.docx, .odt, .rtf) as notes after the text
    running_lines: bool = False  # keep a PDF's running headers and footers


class ImportDialog(QDialog):
    """Asks how to import the chosen files: their kind, their case, and whether to code
    each speaker turn."""

    def __init__(self, files: list[str], cases: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import documents"))
        layout = QVBoxLayout(self)
        names = ", ".join(f.replace("\\", "/").rsplit("/", 1)[-1] for f in files[:5])
        more = self.tr(" and {n} more").format(n=len(files) - 5) if len(files) > 5 else ""
        layout.addWidget(QLabel(self.tr("Import {n} file(s): {names}{more}").format(n=len(files), names=names, more=more)))
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Automatic (transcript when most paragraphs are speaker turns)"), None)
        for kind in DOCUMENT_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        form.addRow(self.tr("Kind:"), self.kind)
        self.case = QComboBox()
        self.case.setEditable(True)
        self.case.addItem("")
        self.case.addItems(cases)
        self.case.lineEdit().setPlaceholderText(self.tr("No case, or type a new case name"))
        form.addRow(self.tr("Case:"), self.case)
        self.autocode = QCheckBox(self.tr("Code every speaker turn with a code per speaker"))
        form.addRow("", self.autocode)
        self.find_turns = QCheckBox(self.tr("Find speaker turns also when a document is no transcript"))
        form.addRow("", self.find_turns)
        self.comments = QCheckBox(self.tr("Import comments (Word, LibreOffice) as notes after the text"))
        form.addRow("", self.comments)
        self.running_lines = QCheckBox(self.tr("Keep lines repeated at the top or bottom of PDF pages"))
        form.addRow("", self.running_lines)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def options(self) -> ImportOptions:
        case = self.case.currentText().strip()
        return ImportOptions(self.kind.currentData(), case or None, self.autocode.isChecked(),
                             self.find_turns.isChecked(), self.comments.isChecked(),
                             self.running_lines.isChecked())


class CodePickerDialog(QDialog):
    """Choose one code from the codebook, filtering by typing part of its path."""

    def __init__(self, paths: dict[int, str], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codePicker")
        self.setWindowTitle(title)
        self.resize(420, 480)
        layout = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter codes"))
        self.list = QListWidget()
        for code_id, path in sorted(paths.items(), key=lambda item: item[1].casefold()):
            item = QListWidgetItem(path)
            item.setData(Qt.ItemDataRole.UserRole, code_id)
            self.list.addItem(item)
        self.filter.textChanged.connect(self._apply_filter)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None:
            self.list.setCurrentItem(first)

    def chosen_code(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None or item.isHidden() else item.data(Qt.ItemDataRole.UserRole)


class CodePropertiesDialog(QDialog):
    """A code's definition, criteria, example, colour, category flag and default valence."""

    def __init__(self, code, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeProperties")
        self.setWindowTitle(self.tr("Code “{name}”").format(name=code.name))
        self.resize(520, 560)
        self._color = QColor(code.color)
        form = QFormLayout()
        self.color = QPushButton()
        self.color.clicked.connect(self._choose_color)
        self._show_color()
        form.addRow(self.tr("Colour:"), self.color)
        self.description = self._text(code.description, self.tr("What the code means (the definition)"))
        form.addRow(self.tr("Definition:"), self.description)
        self.inclusion = self._text(code.inclusion, self.tr("When to apply it"))
        form.addRow(self.tr("Inclusion criteria:"), self.inclusion)
        self.exclusion = self._text(code.exclusion, self.tr("When not to apply it"))
        form.addRow(self.tr("Exclusion criteria:"), self.exclusion)
        self.example = self._text(code.example, self.tr("A typical passage"))
        form.addRow(self.tr("Example:"), self.example)
        self.category = QCheckBox(self.tr("Category: groups codes and is not applied itself"))
        self.category.setChecked(not code.is_codable)
        form.addRow("", self.category)
        self.valence = QComboBox()
        self.valence.addItem(self.tr("No valence"), None)
        self.valence.addItem(self.tr("Promoting (bevorderend, +)"), "promoting")
        self.valence.addItem(self.tr("Hindering (belemmerend, −)"), "hindering")
        self.valence.setCurrentIndex(self.valence.findData(code.default_valence))
        form.addRow(self.tr("New codings are:"), self.valence)
        form_dialog(self, form)
        self._code = code

    def _text(self, value: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        return edit

    def _choose_color(self) -> None:
        color = QColorDialog.getColor(self._color, self, self.tr("Colour of the code"))
        if color.isValid():
            self._color = color
            self._show_color()

    def _show_color(self) -> None:
        self.color.setText(self._color.name())
        self.color.setStyleSheet(f"background-color: {self._color.name()};")

    def set_color(self, name: str) -> None:
        self._color = QColor(name)
        self._show_color()

    def changes(self) -> dict:
        """The properties that differ from the code's, ready for ``codes.update_code``."""
        values = {
            "description": self.description.toPlainText().strip(),
            "inclusion": self.inclusion.toPlainText().strip(),
            "exclusion": self.exclusion.toPlainText().strip(),
            "example": self.example.toPlainText().strip(),
            "color": self._color.name(),
            "is_codable": not self.category.isChecked(),
            "default_valence": self.valence.currentData(),
        }
        return {k: v for k, v in values.items() if getattr(self._code, k) != v}
