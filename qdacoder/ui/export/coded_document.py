"""Export > Coded document… (and the document list's context menu): a document, or all
documents of a case, printed to Word with its codings as comments for the team meeting. The
work is in ``reports.coded_document``; this module asks what to print and where."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFormLayout, QListWidget, QListWidgetItem, QMenu, QRadioButton,
)

from ...core import cases as cases_mod
from ...core import documents as documents_mod
from ...core.coders import list_coders
from ...core.errors import QdaError
from ...reports.coded_document import case_documents, window_filters, write_coded_document
from ...reports.language import project_translator  # the file in the project's output language
from ..common.actions import add_action
from ..common.dialogs import form_dialog
from ..common.errors import message_for, show_error
from ..common.texts import translate
from ..common.files import ask_save

if TYPE_CHECKING:  # pragma: no cover
    from ..session import Session

VALENCES = ("promoting", "hindering", None)


class CodedDocumentDialog(QDialog):
    """What to print: this document or its case's documents, whose codings, which valences,
    with line numbers or not."""

    def __init__(self, session: Session, document_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("codedDocumentDialog")
        self.setWindowTitle(self.tr("Coded document"))
        project = self.project = session.project
        self.document = QComboBox()
        for document in documents_mod.list_documents(project):
            self.document.addItem(document.name, document.id)
        if document_id is not None:
            self.document.setCurrentIndex(max(self.document.findData(document_id), 0))
        self.one = QRadioButton(self.tr("This document"))
        self.whole_case = QRadioButton(self.tr("All documents of the case"))
        self.one.setChecked(True)
        self.case = QComboBox()
        for case in cases_mod.list_cases(project):
            self.case.addItem(case.name, case.id)
        own = project.rows("SELECT case_id FROM case_ranges WHERE document_id = ? LIMIT 1",
                           [self.document.currentData()]) if self.document.count() else []
        if own:
            self.case.setCurrentIndex(max(self.case.findData(own[0]["case_id"]), 0))
        self.whole_case.setEnabled(self.case.count() > 0)
        self.reading = QComboBox()  # whose codings: as the analyses' --reading
        self.reading.setObjectName("reading")
        self.reading.addItem(self.tr("The final coding (the consensus where done)"), "final")
        self.reading.addItem(self.tr("All codings of every coder"), "all")
        self.reading.addItem(self.tr("The codings of the coders ticked below"), "coders")
        self.coders = QListWidget()
        self.coders.setObjectName("coders")
        for coder in list_coders(project):
            item = QListWidgetItem(coder.name)
            item.setData(Qt.ItemDataRole.UserRole, coder.id)
            item.setCheckState(Qt.CheckState.Checked)
            self.coders.addItem(item)
        self.coders.setMaximumHeight(110)
        self.coders.setEnabled(False)
        self.reading.currentIndexChanged.connect(
            lambda _index: self.coders.setEnabled(self.reading.currentData() == "coders"))
        self.valences = {}
        labels = {"promoting": self.tr("promoting"), "hindering": self.tr("hindering"), None: self.tr("no valence")}
        for valence in VALENCES:
            box = QCheckBox(labels[valence])
            box.setChecked(True)
            self.valences[valence] = box
        self.line_numbers = QCheckBox(self.tr("Number the lines"))
        form = QFormLayout()
        form.addRow(self.one, self.document)
        form.addRow(self.whole_case, self.case)
        form.addRow(self.tr("Reading"), self.reading)
        form.addRow(self.tr("Codings of"), self.coders)
        for valence in VALENCES:
            form.addRow("" if valence != "promoting" else self.tr("Valence"), self.valences[valence])
        form.addRow("", self.line_numbers)
        form_dialog(self, form)

    def document_ids(self) -> list[int]:
        if self.whole_case.isChecked():
            return case_documents(self.project, self.case.currentData())
        return [self.document.currentData()] if self.document.count() else []

    def choice(self):
        """(reading, coder ids for the "coders" reading, valences or None for all, line numbers,
        case name or None)."""
        coders = [self.coders.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.coders.count())
                  if self.coders.item(i).checkState() == Qt.CheckState.Checked]
        valences = [v for v, box in self.valences.items() if box.isChecked()]
        return (self.reading.currentData(), coders,
                None if len(valences) == len(VALENCES) else valences,
                self.line_numbers.isChecked(),
                self.case.currentText() if self.whole_case.isChecked() else None)


class CodedDocumentActions(QObject):
    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session
        self.dialog: CodedDocumentDialog | None = None  # for tests: the dialog last shown

    def build_menu(self, menu: QMenu) -> None:
        add_action(menu, self.session.widget, self.tr("&Coded document..."), lambda: self.export_dialog())

    def export_dialog(self, document_id: int | None = None) -> None:
        if self.session.project is None:
            self.session.show_message(self.tr("Open or create a project first."), 5000)
            return
        dialog = CodedDocumentDialog(self.session, document_id, self.session.widget)
        self.dialog = dialog
        if not dialog.exec():
            return
        what = dialog.case.currentText() if dialog.whole_case.isChecked() else dialog.document.currentText()
        path = ask_save(self.session, None, self.tr("Coded document"), self.tr("Word (*.docx)"), "reports", what)
        if path:
            self.export_from(dialog, path if path.lower().endswith(".docx") else path + ".docx")

    def export_from(self, dialog: CodedDocumentDialog, path: str) -> bool:
        reading, coders, valences, line_numbers, case_name = dialog.choice()
        return self.export(path, dialog.document_ids(), reading=reading, coder_ids=coders, valences=valences,
                           line_numbers=line_numbers, case_name=case_name)

    def export(self, path: str, document_ids: list[int], *, reading: str = "final", coder_ids=None, valences=None,
               line_numbers=False, case_name: str | None = None) -> bool:
        """Write the coded document(s) to ``path``; False (after saying why) when it failed."""
        try:
            n = write_coded_document(self.session.project, path, document_ids,
                                     filters=window_filters(reading, coder_ids, valences), line_numbers=line_numbers,
                                     case_name=case_name, translate=project_translator(self.session.project))
        except QdaError as error:
            show_error(self.session.widget, self.tr("Coded document not written"), message_for(error))
            return False
        self.session.show_message(self.tr("{n} coding(s) written to {file}").format(n=n, file=path), 8000)
        return True
