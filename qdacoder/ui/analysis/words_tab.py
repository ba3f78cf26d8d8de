"""The Words tab of the analysis window: word and phrase frequencies with their word cloud,
the distinctive words of groups with their bars, keyword in context below, and the project's
stop words.

Design rules:
- Nothing is counted here: the table is the export adapter's table of
  ``analysis.words.word_frequencies`` / ``distinctive_words`` and the chart the report's
  Figure (``reports.word_charts``), under the window's filter bar plus this tab's choices of
  text (all texts, coded passages, one code), respondents only, stems and phrases. So the
  window, the files and ``qdacoder words`` show the same numbers.
- Double-clicking a word fills in keyword in context below (``analysis.words.kwic``, with the
  row's stem when grouped by stem); double-clicking a line opens the passage; the selected
  lines are coded with a chosen code in one undoable step (``core.search.code_hits``).
- Files pass the names filter of every writer (``core.names``); the window shows the
  researcher's text.
- Stop words are edited in a dialog (``core.word_lists.set_word_lists``, one undo step) or
  from a word's context menu.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMenu, QPlainTextEdit, QPushButton, QSpinBox, QSplitter, QStyledItemDelegate, QTableView, QVBoxLayout,
    QWidget,
)

from ...analysis.filters import describe
from ...analysis.word_text import Scope
from ...analysis.words import WordOptions, distinctive_words, kwic, word_frequencies
from ...core.codes import walk_tree
from ...core.errors import QdaError
from ...core.names import name_filter
from ...core.search import UNITS, code_hits
from ...core.word_lists import add_stop_words, set_word_lists, word_lists
from ...reports import table_export as te
from ...reports.language import project_translator
from ...reports.word_charts import distinctive_chart, word_cloud
from ..common.actions import edits, popup
from ..common.dialogs import form_dialog
from ..common.errors import message_for, show_error
from ..common.texts import translate as _translate
from ..common.files import ask_save
from .tabs import AnalysisTab

ALL_TEXTS, CODED = -1, -2  # the text box's first two choices
CLOUD_WORDS = 100  # the word cloud shows at most this many words


class LinesModel(QAbstractTableModel):
    """Keyword-in-context lines: document, case, speaker, left, keyword, right."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list = []
        self.headers = [self.tr("Document"), self.tr("Case"), self.tr("Speaker"), self.tr("Left"), self.tr("Keyword"),
                        self.tr("Right")]

    def set_lines(self, lines: list) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DisplayRole:
            who = (line.respondent or line.speaker or "") + (f" ({line.role})" if line.role else "")
            return (line.document, ", ".join(line.cases), who, line.left, line.keyword, line.right)[index.column()]
        return None


class ElideLeft(QStyledItemDelegate):
    """Shortens the left context at its start, so the words next to the keyword stay in sight."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class StopWordsDialog(QDialog):
    """The project's stop words: the standard lists, the words added, the words kept."""

    def __init__(self, project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stopWordsDialog")
        self.setWindowTitle(self.tr("Stop words"))
        lists = word_lists(project)
        self.dutch = QCheckBox(self.tr("Dutch (the Snowball list, with fillers such as uh, ehm, nou)"))
        self.english = QCheckBox(self.tr("English (a long list: it also leaves out kind, help, case)"))
        self.dutch.setChecked("nl" in lists.languages)
        self.english.setChecked("en" in lists.languages)
        self.added, self.kept = QPlainTextEdit(), QPlainTextEdit()
        self.added.setPlainText("\n".join(sorted(lists.added)))
        self.kept.setPlainText("\n".join(sorted(lists.kept)))
        for box, text in ((self.added, self.tr("One word a line, e.g. gewoon")),
                          (self.kept, self.tr("Words of the standard lists that do count, e.g. kind"))):
            box.setPlaceholderText(text)
        form = QFormLayout()
        form.addRow(self.tr("Standard lists:"), self.dutch)
        form.addRow("", self.english)
        form.addRow(self.tr("Also leave out:"), self.added)
        form.addRow(self.tr("Count after all:"), self.kept)
        form_dialog(self, form)

    def values(self) -> tuple[list[str], list[str], list[str]]:
        languages = [code for code, box in (("nl", self.dutch), ("en", self.english)) if box.isChecked()]
        return languages, self.added.toPlainText().split("\n"), self.kept.toPlainText().split("\n")


class WordsTab(AnalysisTab):
    def __init__(self, owner) -> None:
        super().__init__(owner, "words", chart=True, passages=False)
        self.text_box, self.group_box, self.ngram_box, self.show_box = QComboBox(), QComboBox(), QComboBox(), QComboBox()
        self.subcodes = QCheckBox(self.tr("With subcodes"))
        self.respondents = QCheckBox(self.tr("Respondents only"))
        self.respondents.setToolTip(self.tr("Leave out the interviewer's turns (I, Int, Interviewer, Onderzoeker ... "
                                            "not linked to a respondent). Speaker labels are never counted."))
        self.stop_button = QPushButton(self.tr("Stop words..."))
        for box, items in ((self.group_box, ((self.tr("as written"), False), (self.tr("by stem"), True))),
                           (self.ngram_box, ((self.tr("single words"), 1), (self.tr("phrases of 2 words"), 2),
                                             (self.tr("phrases of 3 words"), 3))),
                           (self.show_box, ((self.tr("frequencies"), None),
                                            (self.tr("distinctive: promoting against hindering"), "valence"),
                                            (self.tr("distinctive: each speaker role against the others"), "role"),
                                            (self.tr("distinctive: the chosen code against the rest"), "code")))):
            for label, data in items:
                box.addItem(label, data)
        self.add(self.tr("Text:"), self.text_box, self.subcodes, self.respondents, self.tr("Words:"), self.group_box,
                 self.ngram_box, self.tr("Show:"), self.show_box, self.stop_button)
        self.controls.addStretch()
        self.rows: tuple = ()
        self._build_kwic()
        for box in (self.text_box, self.group_box, self.ngram_box, self.show_box):
            box.currentIndexChanged.connect(lambda _index: owner._again(self))
        for box in (self.subcodes, self.respondents):
            box.toggled.connect(lambda _on: owner._again(self))
        self.stop_button.clicked.connect(self.edit_stop_words)
        self.view.doubleClicked.connect(lambda index: self.open_word(index.row()))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._word_menu)

    def _build_kwic(self) -> None:
        self.kwic_word, self.kwic_width, self.kwic_sort = QLineEdit(), QSpinBox(), QComboBox()
        self.kwic_word.setPlaceholderText(self.tr("A word or phrase (wacht* for a prefix); double-click a word above"))
        self.kwic_width.setRange(0, 50)
        self.kwic_width.setValue(5)
        for label, data in ((self.tr("in document order"), "position"), (self.tr("by left context"), "left"),
                            (self.tr("by right context"), "right")):
            self.kwic_sort.addItem(label, data)
        self.kwic_stem = QCheckBox(self.tr("Same stem"))
        self.lines = LinesModel(self)
        self.kwic_view = QTableView()
        self.kwic_view.setObjectName("kwicView")
        self.kwic_view.setModel(self.lines)
        self.kwic_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.kwic_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.kwic_view.setWordWrap(False)
        self.kwic_view.verticalHeader().hide()
        self.kwic_view.setItemDelegateForColumn(3, ElideLeft(self.kwic_view))
        header = self.kwic_view.horizontalHeader()
        header.setDefaultSectionSize(120)
        for column in (3, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._sort_by_column)
        self.kwic_view.activated.connect(self.open_line)
        self.kwic_count = QLabel()
        self.code_box, self.unit_box = QComboBox(), QComboBox()
        for unit, label in zip(UNITS, (self.tr("the keyword"), self.tr("its sentence"), self.tr("its paragraph (line)"))):
            self.unit_box.addItem(label, unit)
        self.code_button = QPushButton(self.tr("Code selected lines"))
        self.code_button.clicked.connect(self.code_selected)
        self.kwic_export = QPushButton(self.tr("Export lines..."))
        self.kwic_export.clicked.connect(self._export_lines_with_dialog)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("Keyword in context:")), self.kwic_word, QLabel(self.tr("Words each side:")),
                       self.kwic_width, self.kwic_stem, QLabel(self.tr("Sort:")), self.kwic_sort):
            top.addWidget(widget)
        bottom = QHBoxLayout()
        for widget in (self.kwic_count, QLabel(self.tr("Code with:")), self.code_box, self.unit_box, self.code_button,
                       self.kwic_export):
            bottom.addWidget(widget)
        layout.addLayout(top)
        layout.addWidget(self.kwic_view)
        layout.addLayout(bottom)
        body = self.findChild(QSplitter)
        body.addWidget(panel)
        self.kwic_word.returnPressed.connect(self.run_kwic)
        for signal in (self.kwic_width.valueChanged, self.kwic_sort.currentIndexChanged, self.kwic_stem.toggled):
            signal.connect(lambda *_args: self.run_kwic())

    # -- choices ---------------------------------------------------------------------------
    @property
    def session(self):
        return self.owner.session

    def load_choices(self, project) -> None:
        paths = [(n.path, n.code.id) for n in walk_tree(project)] if project else []
        for box, first in ((self.text_box, [(self.tr("all texts"), ALL_TEXTS), (self.tr("all coded passages"), CODED)]),
                           (self.code_box, [])):
            keep = box.currentData()
            box.blockSignals(True)
            box.clear()
            for label, data in first + paths:
                box.addItem(label, data)
            box.setCurrentIndex(max(0, box.findData(keep)))
            box.blockSignals(False)

    def choose(self, box: str, data) -> None:
        """Choose an entry of one of this tab's boxes ("text", "group", "ngram", "show", "code"), as a user would."""
        widget = getattr(self, f"{box}_box")
        widget.setCurrentIndex(widget.findData(data))

    def code_id(self) -> int | None:
        data = self.text_box.currentData()
        return data if data not in (None, ALL_TEXTS, CODED) else None

    def scope(self, filters) -> Scope:
        chosen = self.code_id()
        return Scope(code_ids=None if chosen is None else (chosen,), with_subcodes=self.subcodes.isChecked(),
                     coded=self.text_box.currentData() == CODED, respondents_only=self.respondents.isChecked(),
                     filters=filters)

    def options(self) -> WordOptions:
        return WordOptions(ngram=self.ngram_box.currentData(), stemmed=self.group_box.currentData())

    # -- computing --------------------------------------------------------------------------
    def compute(self, project, filters) -> None:
        compare = self.show_box.currentData()
        self.rows = ()
        if compare is None:
            self._frequencies(project, filters)
        else:
            self._distinctive(project, filters, compare)

    def _frequencies(self, project, filters) -> None:
        scope, options = self.scope(filters), self.options()
        result = word_frequencies(project, scope, options)
        self.rows = result.rows
        kind, name = "words" if options.ngram == 1 else "phrases", project.name
        self.file_table = lambda t: (te.words_rows_for_export(result, t),
                                     te.title_for(kind, name, t, n=str(options.ngram)))
        self.export, self.title = self.file_table(_translate)
        self.show_table(self.export)
        color = None
        if scope.code_ids is not None:
            color = project.scalar("SELECT color FROM codes WHERE id = ?", [scope.code_ids[0]])
        rows = result.rows[:CLOUD_WORDS]
        self.draw(lambda figure, t: word_cloud(rows, color=color, title=te.title_for(kind, name, t, n=str(options.ngram)),
                                               translate=t, figure=figure))

    def _distinctive(self, project, filters, compare: str) -> None:
        scope = self.scope(filters)
        code_id = None
        if compare == "code":
            code_id = self.code_id()
            if code_id is None:
                self.export = te.ExportTable([], [], [], self.tr("Choose a code under Text to compare it with the rest."))
                self.title = ""
                self.draw(lambda figure, _t: distinctive_chart(None, figure=figure))
                self.show_table(self.export)
                return
            scope = Scope(respondents_only=scope.respondents_only, filters=filters)
        options = self.options()

        def table(t, found=None):
            # the groups are named in the language asked (valences, "rest"): a file counts again
            found = found or distinctive_words(project, compare, scope, options, code_id=code_id, translate=t)
            groups = " / ".join(te.group_name(g.name, t) for g in found.groups)
            return te.distinctive_rows_for_export(found, t), te.title_for("distinctive", project.name, t, groups=groups)

        result = distinctive_words(project, compare, scope, options, code_id=code_id, translate=_translate)
        self.export, self.title = table(_translate, result)
        self.file_table = table
        self.show_table(self.export)

        def chart(figure, t):
            found = result if t is _translate else None  # a file: counted again in its language
            found = found or distinctive_words(project, compare, scope, options, code_id=code_id, translate=t)
            return distinctive_chart(found, title=table(t, found)[1], translate=t, figure=figure)
        self.draw(chart)

    def word_at(self, row: int) -> str | None:
        if self.show_box.currentData() is None:
            return self.rows[row].word if row < len(self.rows) else None
        return self.export.rows[row][1] if row < len(self.export.rows) else None

    # -- keyword in context ------------------------------------------------------------------
    def open_word(self, row: int) -> None:
        """Keyword in context of the word (phrase) in ``row``; with stems, of its whole stem."""
        word = self.word_at(row)
        if word is None:
            return
        self.kwic_word.setText(word)
        self.kwic_stem.blockSignals(True)
        self.kwic_stem.setChecked(bool(self.group_box.currentData()))
        self.kwic_stem.blockSignals(False)
        self.run_kwic()

    def run_kwic(self) -> None:
        project, word = self.session.project, self.kwic_word.text().strip()
        lines: list = []
        self.kwic_count.clear()
        if project is not None and word:
            try:
                lines = kwic(project, word, self.scope(self.owner.filters()), width=self.kwic_width.value(),
                             stemmed=self.kwic_stem.isChecked(), sort=self.kwic_sort.currentData())
            except QdaError as error:
                self.kwic_count.setText(message_for(error))
                self.lines.set_lines([])
                return
            self.kwic_count.setText(self.tr("%n occurrence(s)", "", len(lines)))
        self.lines.set_lines(lines)
        self.code_button.setEnabled(bool(lines))

    def _sort_by_column(self, column: int) -> None:
        if column in (3, 5):
            self.kwic_sort.setCurrentIndex(self.kwic_sort.findData("left" if column == 3 else "right"))

    def open_line(self, index: QModelIndex) -> None:
        if index.isValid():
            line = self.lines.lines[index.row()]
            self.session.show_passage(line.document_id, line.start, line.end)

    def selected_lines(self) -> list:
        rows = sorted({index.row() for index in self.kwic_view.selectionModel().selectedRows()})
        return [self.lines.lines[row] for row in rows]

    def code_selected(self) -> None:
        """Code the selected lines (their keyword, sentence or line) with the chosen code: one undo step."""
        project, code_id, chosen = self.session.project, self.code_box.currentData(), self.selected_lines()
        if project is None or code_id is None or not chosen or not self.session.need_coder():
            return
        journal = self.session.run_operation(
            self.tr("Code keyword lines"),
            lambda: code_hits(project, chosen, code_id, self.session.coder_id, self.unit_box.currentData()))
        if journal is not None:
            self.kwic_count.setText(self.tr("%n passage(s) coded (Ctrl+Z to undo)", "", journal.result))

    def export_lines(self, path: str | Path) -> bool:
        """Write the lines shown to ``path`` (.xlsx, .csv or .docx), listed names replaced."""
        project = self.session.project
        if project is None:
            return False
        t = project_translator(project)  # a file is in the project's output language
        table = te.kwic_rows_for_export(self.lines.lines, t)
        title = te.title_for("kwic", project.name, t, word=self.kwic_word.text().strip())
        try:
            te.export(table, path, names=name_filter(project), title=title, translate=t,
                      filters_text=describe(project, self.owner.filters(), t))
        except QdaError as error:
            show_error(self, self.tr("Export"), message_for(error))
            return False
        return True

    def _export_lines_with_dialog(self) -> None:
        if self.session.project is None:
            return
        path = ask_save(self.session, self, self.tr("Export"),
                        self.tr("Excel workbook (*.xlsx);;CSV table (*.csv);;Word table (*.docx)"), "analysis",
                        self.tr("keyword in context"))
        if path:
            self.export_lines(path)

    # -- stop words -------------------------------------------------------------------------
    def _word_menu(self, position) -> None:
        index = self.view.indexAt(position)
        if not index.isValid() or self.show_box.currentData() is not None or self.options().ngram != 1:
            return
        words = [self.rows[i.row()].word for i in self.view.selectionModel().selectedRows()] or \
            [self.rows[index.row()].word]
        menu = QMenu(self.view)
        edits(menu.addAction(self.tr("Leave out as stop word"), lambda: self.add_stop_words(words)))
        popup(menu, self.view.viewport().mapToGlobal(position), self.session.project.read_only)

    def add_stop_words(self, words: list[str]) -> None:
        project = self.session.project
        if project is not None:
            self.session.run_operation(self.tr("Add stop words"), lambda: add_stop_words(project, words))

    def edit_stop_words(self) -> None:
        project = self.session.project
        if project is None:
            return
        dialog = StopWordsDialog(project, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            languages, added, kept = dialog.values()
            self.session.run_operation(self.tr("Stop words"), lambda: set_word_lists(project, languages, added, kept))
