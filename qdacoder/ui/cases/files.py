"""Case tables as files: the attribute table in and out (CSV, Excel), the case summary table
for the report (Word, Excel) and the timeline events in and out (CSV, Excel). Buttons under
the attribute editor and the Cases menu."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QPushButton

from ...analysis.case_summary import TITLES, case_summary, n_label, target_ids
from ...core.errors import QdaError
from ...core.names import name_filter
from ...exchange.attribute_table import export_attributes, import_attributes
from ...reports.language import project_translator
from ...reports.summary_report import write_summary_docx, write_summary_xlsx
from ..common.errors import message_for, show_error
from ..common.files import ask_open, ask_save

if TYPE_CHECKING:  # pragma: no cover
    from ..session import Session


def translate(text: str) -> str:
    return QCoreApplication.translate("qdacoder", text)


class AttributeFiles(QObject):
    def __init__(self, session: Session, attribute_editor, show_timeline) -> None:
        super().__init__(session)
        self.session = session
        self.attribute_editor = attribute_editor  # whose target (cases, documents, respondents) the files are for
        self.show_timeline = show_timeline
        editor = attribute_editor
        for text, slot in ((self.tr("Import table..."), self.import_dialog),
                           (self.tr("Export table..."), self.export_dialog),
                           (self.tr("Summary table..."), self.summary_dialog)):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            editor.file_buttons.addWidget(button)

    def _target(self) -> str:
        return self.attribute_editor.current_target()

    def import_table(self, path: str) -> bool:
        journal = self.session.run_operation(
            self.tr("Import attributes from {file}").format(file=Path(path).name),
            lambda: import_attributes(self.session.project, self._target(), path, translate=translate),
            on_error=lambda error: show_error(self.session.widget, self.tr("Table not imported"), message_for(error)))
        if journal is not None:
            report = journal.result
            self.session.show_message(self.tr(
                "{rows} rows read: {values} values set, {removed} removed, {cases} new cases, {variables} new attributes."
            ).format(rows=report.rows, values=report.values_set, removed=report.values_removed,
                     cases=report.cases_created, variables=report.variables_created), 10000)
        return journal is not None

    def export_table(self, path: str) -> bool:
        return self._write(lambda: export_attributes(self.session.project, self._target(), path, translate=translate), path)

    def export_summary(self, path: str) -> bool:
        project, target = self.session.project, self._target()

        def write() -> None:
            t = project_translator(project)  # the file in the project's output language
            rows = case_summary(project, target, translate=t)
            label = n_label(len(target_ids(project, target, None)), target, t)
            writer = write_summary_docx if path.lower().endswith(".docx") else write_summary_xlsx
            writer(rows, path, names=name_filter(project), title=t(TITLES[target]), n_label=label, translate=t)

        return self._write(write, path)

    def import_events(self, path: str) -> bool:
        from ...exchange.event_table import import_events

        journal = self.session.run_operation(
            self.tr("Import timeline events from {file}").format(file=Path(path).name),
            lambda: import_events(self.session.project, path, translate=translate),
            on_error=lambda error: show_error(self.session.widget, self.tr("Events not imported"), message_for(error)))
        if journal is not None:
            report = journal.result
            self.session.show_message(self.tr("{added} events added ({skipped} already there), {cases} new cases.").format(
                added=report.added, skipped=report.skipped, cases=report.new_cases), 10000)
        return journal is not None

    def export_events(self, path: str) -> bool:
        from ...exchange.event_table import export_events

        return self._write(lambda: export_events(self.session.project, path), path)

    def build_menu(self, menu) -> None:
        from ..common.actions import add_action

        add_action(menu, self.session.widget, self.tr("Import case &attributes..."), self.import_dialog, edits=True)
        add_action(menu, self.session.widget, self.tr("E&xport case attributes..."), self.export_dialog)
        add_action(menu, self.session.widget, self.tr("Case &summary table..."), self.summary_dialog)
        menu.addSeparator()
        add_action(menu, self.session.widget, self.tr("Import timeline &events..."), self.import_events_dialog, edits=True)
        add_action(menu, self.session.widget, self.tr("Export timeline e&vents..."), self.export_events_dialog)
        add_action(menu, self.session.widget, self.tr("Show &timeline"), self.show_timeline)

    def import_events_dialog(self) -> None:
        if self.session.project is not None:
            path = ask_open(self.session, None, self.tr("Import timeline events"), self.tr("Tables (*.xlsx *.csv)"),
                            "tables")
            if path:
                self.import_events(path)

    def export_events_dialog(self) -> None:
        if self.session.project is not None:
            path = ask_save(self.session, None, self.tr("Export timeline events"),
                            self.tr("Excel (*.xlsx);;CSV (*.csv)"), "tables", self.tr("events"))
            if path:
                self.export_events(path)

    def _write(self, write, path: str) -> bool:
        try:
            write()
        except QdaError as error:
            show_error(self.session.widget, self.tr("Not written"), message_for(error))
            return False
        self.session.show_message(self.tr("Written to {file}").format(file=path), 8000)
        return True

    def import_dialog(self) -> None:
        if self.session.project is not None:
            path = ask_open(self.session, None, self.tr("Import attributes"), self.tr("Tables (*.xlsx *.csv)"), "tables")
            if path:
                self.import_table(path)

    def export_dialog(self) -> None:
        if self.session.project is not None:
            path = ask_save(self.session, None, self.tr("Export attributes"), self.tr("Excel (*.xlsx);;CSV (*.csv)"),
                            "tables", self.tr("attributes"))
            if path:
                self.export_table(path)

    def summary_dialog(self) -> None:
        if self.session.project is not None:
            path = ask_save(self.session, None, self.tr("Case summary table"), self.tr("Word (*.docx);;Excel (*.xlsx)"),
                            "reports", self.tr("cases"))
            if path:
                self.export_summary(path)
