"""Small dialogs: import options, choosing a code, and the coder's name."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QVBoxLayout, QWidget,
)

from ..core.schema import DOCUMENT_KINDS
from .document_list import kind_label


@dataclass(frozen=True)
class ImportOptions:
    kind: str | None  # None: decide per file (transcript when speaker turns are found)
    case_name: str | None
    autocode_speakers: bool


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
        self.kind.addItem(self.tr("Automatic (transcript when speaker turns are found)"), None)
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
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def options(self) -> ImportOptions:
        case = self.case.currentText().strip()
        return ImportOptions(self.kind.currentData(), case or None, self.autocode.isChecked())


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
