"""Quotes menu: export the starred quotes (or all coded passages) in the house style, and set
the attribution template and the placeholders that keep names out of every export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLineEdit,
    QMenu, QMessageBox, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from ...core import quotes as quotes_mod
from ...core.errors import QdaError
from ...core import names as names_mod
from ...core.errors import render
from ...core.names import name_filter
from ...core.respondents import project_roles as respondent_roles
from ...core.respondents import set_project_roles as set_respondent_roles
from ...analysis.filters import Filters, describe
from ...reports.language import project_translator
from ...reports.quotes import collect_quotes, write_quotes
from ..common.actions import add_action
from ..common.errors import message_for, show_error
from ..common.files import ask_save

if TYPE_CHECKING:  # pragma: no cover
    from ..session import Session


def translate(text: str) -> str:
    return QCoreApplication.translate("qdacoder", text)


class QuoteSettings(QDialog):
    """The attribution template (a preset or one's own) and the placeholder list."""

    def __init__(self, session: Session) -> None:
        super().__init__(session.widget)
        self.setObjectName("quoteSettings")
        self.setWindowTitle(self.tr("Quotes: attribution and placeholders"))
        project = session.project
        self.presets = QComboBox()
        self.presets.addItem(self.tr("(own template)"), "")
        for name, text in quotes_mod.PRESETS:
            self.presets.addItem(f"{translate(name)}: {text}", text)
        self.template = QLineEdit(quotes_mod.template(project))
        self.presets.currentIndexChanged.connect(
            lambda _i: self.presets.currentData() and self.template.setText(self.presets.currentData()))
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("placeholderTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name in the material"), self.tr("Placeholder"),
                                              self.tr("Category"), self.tr("Any case")])
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(self.tr(
            "A name is replaced as written and in capitals (Roos, ROOS), also inside file names "
            "(interview_Roos) and with a possessive (Roos's). Tick “Any case” to replace it in "
            "every case, e.g. a name typed in lower case in a transcript."))
        for entry in names_mod.list_placeholders(project):  # grouped: the list comes in category order
            self.add_row(entry.name, entry.placeholder, entry.category, entry.any_case)
        self.add_row("", "")  # an empty row to type a new one in
        self.resize(760, 480)
        self.session = session
        self.finder = None
        find = QPushButton(self.tr("Find names..."))
        find.setObjectName("findNamesButton")
        find.setToolTip(self.tr("Suggest names, places and institutions found in the documents (with deduce, on this "
                                "computer), to accept as placeholders or reject."))
        find.clicked.connect(self.open_finder)
        self.template.setToolTip(self.tr(
            "Fields in braces: {text}, {role}, {respondent}, {speaker}, {case}, {document}, {kind} or an "
            "attribute. A part in square brackets is written only when its fields have a value: "
            "“{text}” - {role}[, {leeftijd} jaar]."))
        self.roles = QLineEdit(", ".join(respondent_roles(project)))
        self.roles.setObjectName("respondentRoles")
        self.roles.setToolTip(self.tr("The roles offered for respondents, written as quotes should print them "
                                      "(e.g. Gezagdrager, jeugdprofessional), separated by commas."))
        form = QFormLayout()
        form.addRow(self.tr("Preset:"), self.presets)
        form.addRow(self.tr("Template:"), self.template)
        form.addRow(self.tr("Respondent roles:"), self.roles)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(find)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(buttons)

    def open_finder(self):
        """The Find names step: names it puts on the list appear in this table at once (so OK
        keeps them)."""
        from .name_finder import NameFinder

        if self.finder is None:
            self.finder = NameFinder(self.session, self)
            self.finder.added.connect(self.add_found)
        self.finder.show()
        self.finder.raise_()
        return self.finder

    def add_found(self, name: str, placeholder: str, category: str) -> None:
        self.add_row(name, placeholder, category, at=max(self.table.rowCount() - 1, 0))  # above the typing row

    def add_row(self, name: str, placeholder: str, category: str = "", any_case: bool = False,
                at: int | None = None) -> None:
        row = self.table.rowCount() if at is None else at
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, QTableWidgetItem(placeholder))
        box = QComboBox()
        box.addItem("", "")
        for key in names_mod.CATEGORIES:
            box.addItem(translate(names_mod.CATEGORY_LABELS[key]), key)
        box.setCurrentIndex(max(box.findData(category), 0))
        self.table.setCellWidget(row, 2, box)
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(Qt.CheckState.Checked if any_case else Qt.CheckState.Unchecked)
        self.table.setItem(row, 3, check)

    def rows(self) -> list[tuple[str, str, bool, str]]:
        """(name, placeholder, any case, category) of every filled row."""
        found = []
        for row in range(self.table.rowCount()):
            name, placeholder = (self.table.item(row, c).text().strip() if self.table.item(row, c) else "" for c in (0, 1))
            if name or placeholder:  # half a row is refused with a reason, not dropped silently
                found.append((name, placeholder, self.table.item(row, 3).checkState() == Qt.CheckState.Checked,
                              self.table.cellWidget(row, 2).currentData() or ""))
        return found


class QuoteActions(QObject):
    def __init__(self, session: Session, tools) -> None:
        super().__init__(session)
        self.session = session
        self.tools = tools  # the agreement window and the saturation tab, for the draft report's method paragraph
        from ...reports.word_style import set_user_template
        from .draft_report import user_template

        set_user_template(user_template(session))  # the user's own Word template, for every Word file

    def build_menu(self, menu: QMenu) -> None:
        add_action(menu, self.session.widget, self.tr("&Export quotes..."), self.export_dialog).setObjectName("exportQuotes")
        add_action(menu, self.session.widget, self.tr("&Attribution and placeholders..."), self.settings_dialog)
        menu.addSeparator()
        add_action(menu, self.session.widget, self.tr("&Draft report..."), self.draft_report_dialog)

    def warn_about_names(self) -> QMessageBox | None:
        """Say which starred quotes contain names from the placeholder list (exports replace
        them); None when there are none."""
        found = quotes_mod.starred_with_names(self.session.project)
        if not found:
            return None
        names = sorted({name for _coding, names in found for name in names})
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Names in starred quotes"), self.tr(
            "{n} starred quote(s) contain names from the placeholder list ({names}). Every export "
            "replaces them by their placeholders.").format(n=len(found), names=", ".join(names)), parent=self.session.widget)
        box.setObjectName("placeholderWarning")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def export(self, path: str, *, all_passages: bool = False, by_valence: bool = False, sources: bool = False) -> bool:
        """Write the starred quotes (all coded passages with ``all_passages``) to ``path``
        (.docx, .xlsx, .csv or .html), names replaced by their placeholders."""
        self.warn_about_names()
        project = self.session.project
        t = project_translator(project)  # the file in the project's output language
        filters = Filters(reading=self.session.reading())
        try:
            found = collect_quotes(project, starred_only=not all_passages, translate=t, filters=filters)
            write_quotes(found, path, names=name_filter(project), by_valence=by_valence, sources=sources,
                         translate=t, filters_text=describe(project, filters, t))
        except QdaError as error:
            show_error(self.session.widget, self.tr("Quotes not exported"), message_for(error))
            return False
        message = self.tr("{n} quotes written to {file}").format(n=len(found), file=path)
        if found.confidential_left_out:
            message += " " + self.tr("{n} confidential coding(s) left out: they are never quoted.").format(
                n=found.confidential_left_out)
        self.session.show_message(message, 8000)
        return True

    def export_dialog(self) -> None:
        if self.session.project is None:
            return
        path = ask_save(self.session, None, self.tr("Export quotes"),
                        self.tr("Word (*.docx);;Excel (*.xlsx);;CSV (*.csv);;HTML (*.html)"), "reports", self.tr("quotes"))
        if not path:
            return
        options = QDialog(self.session.widget)
        options.setWindowTitle(self.tr("Export quotes"))
        all_box = QCheckBox(self.tr("All coded passages, not only the starred quotes"))
        valence_box = QCheckBox(self.tr("Split into bevorderend / belemmerend"))
        source_box = QCheckBox(self.tr("Add the source (document and position) for checking"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(options.accept)
        buttons.rejected.connect(options.reject)
        layout = QVBoxLayout(options)
        for widget in (all_box, valence_box, source_box, buttons):
            layout.addWidget(widget)
        if options.exec():
            self.export(path, all_passages=all_box.isChecked(), by_valence=valence_box.isChecked(),
                        sources=source_box.isChecked())

    def draft_report(self, path: str, options=None) -> bool:
        """Write the draft report (Word) from the project as it is now, in the project's
        language (``ReportOptions`` from the dialog, or the defaults)."""
        from ...reports.draft_report import write_draft_report

        t = project_translator(self.session.project)
        try:
            write_draft_report(self.session.project, path, translate=t, agreement=self.agreement_sentence(t),
                               saturation=self.saturation_text(t), filters=Filters(reading=self.session.reading()),
                               options=options)
        except QdaError as error:
            show_error(self.session.widget, self.tr("Draft report not written"), message_for(error))
            return False
        self.session.show_message(self.tr("Draft report written to {file}").format(file=path), 8000)
        return True

    def agreement_sentence(self, translate) -> str | None:
        """The agreement last computed in the agreement window, for the method paragraph
        ("if computed"), in ``translate``'s language (the report's); None when none was
        computed in this session."""
        from ...reports.agreement_report import report_sentence

        report = getattr(self.tools.agreement, "report", None)
        return None if report is None else report_sentence(report, translate)

    def saturation_text(self, translate) -> str | None:
        """The Saturation tab's sentence when "Use in the draft report" is ticked there; None
        otherwise (or when the analysis window was never opened)."""
        tab = getattr(self.tools.analysis, "saturation", None)
        return tab.report_text(translate) if tab is not None else None

    def draft_report_dialog(self, ask_path: bool = True):
        """The options dialog; on OK the file to write (``ask_path`` False: the dialog only,
        for tests, which call ``write_from(dialog, path)``)."""
        from ...reports.word_style import set_user_template
        from .draft_report import DraftReportDialog

        if self.session.project is None:
            return None
        dialog = DraftReportDialog(self.session)

        def accepted() -> None:
            dialog.save_settings()
            set_user_template(dialog.options().template)
            if not ask_path:
                return
            path = ask_save(self.session, None, self.tr("Draft report"), self.tr("Word (*.docx)"), "reports",
                            self.tr("draft report"))
            if path:
                self.draft_report(path if path.lower().endswith(".docx") else path + ".docx", dialog.options())

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def apply_settings(self, dialog: QuoteSettings) -> None:
        project = self.session.project
        try:
            quotes_mod.set_template(project, dialog.template.text())
            set_respondent_roles(project, dialog.roles.text().split(","))
        except QdaError as error:
            show_error(self.session.widget, self.tr("Template not saved"), message_for(error))
        wanted = dialog.rows()
        journal = self.session.run_operation(
            self.tr("Change placeholders"), lambda: names_mod.set_placeholders(project, wanted),
            on_error=lambda error: show_error(self.session.widget, self.tr("Placeholders not saved"),
                                              message_for(error)))
        if journal is None:
            return
        words = [(name, names_mod.common_words_in(name)) for name, _p, any_case, _c in wanted if not any_case]
        warnings = [render(names_mod.COMMON_WORD, {"name": name, "words": ", ".join(found)}, translate)
                    for name, found in words if found]
        if warnings:
            show_error(self.session.widget, self.tr("Names that are also words"), "\n\n".join(warnings),
                       icon=QMessageBox.Icon.Information, name="commonWordNotice")
        self.warn_about_names()

    def settings_dialog(self) -> QuoteSettings | None:
        if self.session.project is None:
            return None
        dialog = QuoteSettings(self.session)
        dialog.accepted.connect(lambda: self.apply_settings(dialog))
        dialog.open()
        return dialog
