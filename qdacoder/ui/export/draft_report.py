"""The Draft report dialog: what goes into the report (title, author, themes, empty codes,
quotes per code, starred only, grouping, tables, appendix), its language (a project setting)
and the user's own Word template (a user setting: the institute's house style, used by every
report and table the window writes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)
from PySide6.QtCore import Qt

from ...core.codes import walk_tree
from ...reports.draft_report import ReportOptions
from ...reports.language import output_language
from ..common.files import ask_open

if TYPE_CHECKING:  # pragma: no cover
    from ..session import Session

TEMPLATE_SETTING = "reports/word_template"


def user_template(session: Session) -> str | None:
    """The user's own Word template, when one is set."""
    value = session.settings.value(TEMPLATE_SETTING, "") if session.settings is not None else ""
    return str(value) or None


class DraftReportDialog(QDialog):
    def __init__(self, session: Session) -> None:
        super().__init__(session.widget)
        self.session = session
        self.setObjectName("draftReportDialog")
        self.setWindowTitle(self.tr("Draft report"))
        project = session.project
        self.title = QLineEdit(project.name)
        self.author = QLineEdit()
        self.themes = QListWidget()
        self.themes.setObjectName("draftReportThemes")
        self.themes.setMaximumHeight(140)
        for node in walk_tree(project):
            if node.depth == 0:
                item = QListWidgetItem(node.code.name)
                item.setData(Qt.ItemDataRole.UserRole, node.path)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.themes.addItem(item)
        self.include_empty = QCheckBox(self.tr("Also the codes without codings"))
        self.quotes = QSpinBox()
        self.quotes.setRange(0, 50)
        self.quotes.setValue(3)
        self.starred_only = QCheckBox(self.tr("Only starred quotes"))
        self.grouping = QComboBox()
        self.grouping.addItem(self.tr("Quotes in reading order"), "")
        self.grouping.addItem(self.tr("Quotes by valence"), "valence")
        self.grouping.addItem(self.tr("Quotes by respondent role"), "role")
        self.tables = QCheckBox(self.tr("Tables and figure"))
        self.tables.setChecked(True)
        self.appendix = QCheckBox(self.tr("Codebook as an appendix"))
        self.appendix.setChecked(True)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Nederlands", "nl")
        self.language.setCurrentIndex(self.language.findData(output_language(project)))
        self.template = QLineEdit(user_template(session) or "")
        self.template.setPlaceholderText(self.tr("(qdacoder's own: A4, 2.5 cm margins)"))
        browse = QPushButton(self.tr("Choose..."))
        browse.clicked.connect(self.choose_template)
        template_row = QWidget()
        row = QHBoxLayout(template_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.template)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Author:"), self.author)
        form.addRow(self.tr("Themes:"), self.themes)
        form.addRow("", self.include_empty)
        form.addRow(self.tr("Quotes per code:"), self.quotes)
        form.addRow("", self.starred_only)
        form.addRow(self.tr("Grouping:"), self.grouping)
        form.addRow("", self.tables)
        form.addRow("", self.appendix)
        form.addRow(self.tr("Language of the report:"), self.language)
        form.addRow(self.tr("My own Word template:"), template_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choose_template(self) -> None:
        path = ask_open(self.session, self, self.tr("Word template"), self.tr("Word template (*.dotx *.docx)"),
                        "templates")
        if path:
            self.template.setText(path)

    def options(self) -> ReportOptions:
        chosen = [self.themes.item(i) for i in range(self.themes.count())]
        checked = tuple(item.data(Qt.ItemDataRole.UserRole) for item in chosen
                        if item.checkState() == Qt.CheckState.Checked)
        grouping = self.grouping.currentData()
        return ReportOptions(
            title=self.title.text().strip(), author=self.author.text().strip(),
            themes=() if len(checked) == len(chosen) else checked, include_empty=self.include_empty.isChecked(),
            quotes=self.quotes.value(), starred_only=self.starred_only.isChecked(), by_valence=grouping == "valence",
            by_role=grouping == "role", tables=self.tables.isChecked(), appendix=self.appendix.isChecked(),
            template=self.template.text().strip() or None)

    def save_settings(self) -> None:
        """The language into the project, the template into the user's settings."""
        if output_language(self.session.project) != self.language.currentData():
            self.session.project.set_setting("output_language", self.language.currentData())
        if self.session.settings is not None:
            self.session.settings.setValue(TEMPLATE_SETTING, self.template.text().strip())
