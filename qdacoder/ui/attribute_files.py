"""The attribute table's files: import and export as CSV or Excel, and the case summary table
for the report as Word or Excel. Buttons under the attribute editor."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QPushButton

from ..analysis.case_summary import TITLES, case_summary, n_label, target_ids
from ..core.errors import QdaError
from ..exchange.attribute_table import export_attributes, import_attributes
from ..reports.summary_report import write_summary_docx, write_summary_xlsx
from .errors import message_for, show_error

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow


def translate(text: str) -> str:
    return QCoreApplication.translate("qdacoder", text)


class AttributeFiles(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        editor = window.attribute_editor
        for text, slot in ((self.tr("Import table..."), self.import_dialog),
                           (self.tr("Export table..."), self.export_dialog),
                           (self.tr("Summary table..."), self.summary_dialog)):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            editor.file_buttons.addWidget(button)

    def _target(self) -> str:
        return self.w.attribute_editor.current_target()

    def import_table(self, path: str) -> bool:
        journal = self.w.run_operation(
            self.tr("Import attributes from {file}").format(file=Path(path).name),
            lambda: import_attributes(self.w.project, self._target(), path, translate=translate),
            on_error=lambda error: show_error(self.w, self.tr("Table not imported"), message_for(error)))
        if journal is not None:
            report = journal.result
            self.w.statusBar().showMessage(self.tr(
                "{rows} rows read: {values} values set, {removed} removed, {cases} new cases, {variables} new attributes."
            ).format(rows=report.rows, values=report.values_set, removed=report.values_removed,
                     cases=report.cases_created, variables=report.variables_created), 10000)
        return journal is not None

    def export_table(self, path: str) -> bool:
        return self._write(lambda: export_attributes(self.w.project, self._target(), path, translate=translate), path)

    def export_summary(self, path: str) -> bool:
        project, target = self.w.project, self._target()

        def write() -> None:
            rows = case_summary(project, target, translate=translate)
            label = n_label(len(target_ids(project, target, None)), target, translate)
            writer = write_summary_docx if path.lower().endswith(".docx") else write_summary_xlsx
            writer(rows, path, title=translate(TITLES[target]), n_label=label, translate=translate)

        return self._write(write, path)

    def _write(self, write, path: str) -> bool:
        try:
            write()
        except QdaError as error:
            show_error(self.w, self.tr("Not written"), message_for(error))
            return False
        self.w.statusBar().showMessage(self.tr("Written to {file}").format(file=path), 8000)
        return True

    def import_dialog(self) -> None:
        if self.w.project is not None:
            path, _ = QFileDialog.getOpenFileName(self.w, self.tr("Import attributes"), str(Path.home()),
                                                  self.tr("Tables (*.xlsx *.csv)"))
            if path:
                self.import_table(path)

    def export_dialog(self) -> None:
        if self.w.project is not None:
            path, _ = QFileDialog.getSaveFileName(self.w, self.tr("Export attributes"), str(Path.home()),
                                                  self.tr("Excel (*.xlsx);;CSV (*.csv)"))
            if path:
                self.export_table(path)

    def summary_dialog(self) -> None:
        if self.w.project is not None:
            path, _ = QFileDialog.getSaveFileName(self.w, self.tr("Case summary table"), str(Path.home()),
                                                  self.tr("Word (*.docx);;Excel (*.xlsx)"))
            if path:
                self.export_summary(path)
