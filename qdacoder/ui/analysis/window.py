"""The analysis window: code frequencies, the code x case (document) matrix, the crosstab by an
attribute, code co-occurrence and saturation (``saturation.SaturationTab``), each as a table with
its chart, exportable, under one filter.

Design rules:
- The window computes nothing itself: the figures come from ``analysis.frequency_table``,
  ``matrices``, ``crosstab`` and ``cooccurrence``; every table is the export adapter's table
  (``reports.table_export.*_for_export``) and every chart the report's Figure
  (``reports.charts``), drawn into the figure this window keeps. So the window, the files and
  the command line show the same numbers, and an exported chart is the chart on screen.
- One filter bar (valence, coder, case, document kind) makes one ``Filters`` for all four tabs.
- Only the tab in view is computed; the others are marked stale and computed when shown, so a
  change in a large project costs one analysis, not four.
- Double-clicking a matrix or co-occurrence cell lists the passages it counts (through
  ``analysis.retrieval.segments``, narrowed to the cell's codings); double-clicking a passage
  opens it in the main window (``window.show_passage``).
- ``export_table(path)`` and ``export_chart(path)`` take a path, so tests and other callers
  need no dialog. ``refresh(changes)`` skips changes that cannot touch an analysis.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QListWidgetItem,
    QTabWidget, QVBoxLayout, QWidget,
)

from ...analysis.cooccurrence import cell_pairs, cooccurrence
from ...analysis.crosstab import ROLE, ROLE_LABEL, cross_variables, crosstab
from ...analysis.filters import Filters, describe
from ...analysis.frequency_table import frequency_table
from ...analysis.matrices import cell_codings, code_matrix
from ...core.cases import list_cases
from ...core.coders import list_coders
from ...core.codes import list_codes
from ...core.errors import QdaError
from ...core.schema import DOCUMENT_KINDS
from ...core.names import name_filter
from ...reports import table_export as te
from ...reports.charts import frequency_chart, heatmap, save_figure
from ...reports.language import project_translator
from ..common.texts import translate as _translate
from .saturation import SaturationTab
from .tabs import MANY, PLACE, AnalysisTab, heat_levels
from .words_tab import WordsTab
from ..common.texts import kind_label
from ..common.errors import message_for, show_error
from ..common.files import ask_save

WATCHED = frozenset({"codings", "consensus_settled", "codes", "documents", "cases", "case_ranges", "coders", "speaker_turns",
                     "respondents", "attribute_values", "variables", "word_lists", "placeholders"})


class AnalysisWindow(QWidget):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("analysisWindow")
        self.setWindowTitle(self.tr("Analysis"))
        self.resize(1200, 800)
        self.session = session
        self.boxes = {name: QComboBox() for name in ("valence", "coder", "case", "kind")}
        self.frequencies = AnalysisTab(self, "frequencies", chart=True, passages=False)
        self.matrix = AnalysisTab(self, "matrix", chart=True, passages=True)
        self.crosstab = AnalysisTab(self, "crosstab", chart=False, passages=False)
        self.cooccurrence = AnalysisTab(self, "cooccurrence", chart=False, passages=True)
        self.saturation = SaturationTab(self)
        self.words = WordsTab(self)
        self.stacked = QCheckBox(self.tr("Stacked by valence"))
        self.hide_empty = QCheckBox(self.tr("Hide codes without codings"))
        self.hide_empty.setObjectName("hideEmptyCodes")
        self.hide_empty.setChecked(True)  # a starter codebook of 60 codes with three codings stays readable
        self.levels = {tab: QComboBox() for tab in (self.frequencies, self.matrix)}
        self.columns_box, self.presence_box = QComboBox(), QComboBox()
        self.variable_box, self.measure_box, self.percent_box = QComboBox(), QComboBox(), QComboBox()
        self.scope_box, self.co_measure_box = QComboBox(), QComboBox()
        self._build()
        session.subscribe(self.refresh)
        self.refresh()

    def _build(self) -> None:
        for box, items in ((self.columns_box, ((self.tr("cases"), "cases"), (self.tr("documents"), "documents"))),
                           (self.presence_box, ((self.tr("counts"), False), (self.tr("presence"), True))),
                           (self.measure_box, ((self.tr("cases"), "cases"), (self.tr("codings"), "codings"))),
                           (self.percent_box, ((self.tr("no percentages"), None), (self.tr("row %"), "row"),
                                               (self.tr("column %"), "column"))),
                           (self.scope_box, ((self.tr("overlapping passages"), "overlap"),
                                             (self.tr("same document"), "document"), (self.tr("same case"), "case"))),
                           (self.co_measure_box, ((self.tr("counts"), "count"), (self.tr("Jaccard"), "jaccard"))),
                           *((box, ((self.tr("all levels"), 99), (self.tr("top level"), 1), (self.tr("two levels"), 2),
                                    (self.tr("three levels"), 3))) for box in self.levels.values())):
            for label, data in items:
                box.addItem(label, data)
        self.frequencies.add(self.hide_empty, self.stacked, self.tr("Chart levels:"), self.levels[self.frequencies])
        self.matrix.add(self.tr("Columns:"), self.columns_box, self.tr("Show:"), self.presence_box,
                        self.tr("Chart levels:"), self.levels[self.matrix])
        self.crosstab.add(self.tr("Attribute:"), self.variable_box, self.tr("Count:"), self.measure_box,
                          self.percent_box)
        self.cooccurrence.add(self.tr("Codes meet in:"), self.scope_box, self.tr("Show:"), self.co_measure_box)
        for tab in (self.frequencies, self.matrix, self.crosstab, self.cooccurrence):
            tab.controls.addStretch()
        self.tabs = QTabWidget()
        for tab, title in ((self.frequencies, self.tr("Frequencies")), (self.matrix, self.tr("Matrix")),
                           (self.crosstab, self.tr("Crosstab")), (self.cooccurrence, self.tr("Co-occurrence")),
                           (self.words, self.tr("Words")), (self.saturation, self.tr("Saturation"))):
            self.tabs.addTab(tab, title)
        bar = QHBoxLayout()
        for label, name in ((self.tr("Valence:"), "valence"), (self.tr("Coder:"), "coder"),
                            (self.tr("Case:"), "case"), (self.tr("Kind:"), "kind")):
            bar.addWidget(QLabel(label))
            bar.addWidget(self.boxes[name])
            self.boxes[name].currentIndexChanged.connect(self._filters_changed)
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _index: self.compute())
        self.stacked.toggled.connect(lambda _on: self._again(self.frequencies))
        self.hide_empty.toggled.connect(lambda _on: self._again(self.frequencies))
        for box, tab in ((self.columns_box, self.matrix), (self.presence_box, self.matrix),
                         (self.variable_box, self.crosstab), (self.measure_box, self.crosstab),
                         (self.percent_box, self.crosstab), (self.scope_box, self.cooccurrence),
                         (self.co_measure_box, self.cooccurrence)):
            box.currentIndexChanged.connect(lambda _index, t=tab: self._again(t))
        for tab, box in self.levels.items():
            box.currentIndexChanged.connect(lambda _index, t=tab: self._again(t))

    # -- filters and choices ---------------------------------------------------------------
    @property
    def project(self):
        return self.session.project

    def _fill(self, box: QComboBox, first: str, items) -> None:
        keep = box.currentData()
        box.blockSignals(True)
        box.clear()
        if first:
            box.addItem(first, None)
        for label, data in items:
            box.addItem(label, data)
        box.setCurrentIndex(max(0, box.findData(keep)))
        box.blockSignals(False)

    def _load_choices(self) -> None:
        p = self.project
        self._fill(self.boxes["valence"], self.tr("any valence"), [
            (self.tr("promoting"), "promoting"), (self.tr("hindering"), "hindering"), (self.tr("no valence"), "none")])
        self._fill(self.boxes["coder"], self.tr("any coder"), [(c.name, c.id) for c in list_coders(p)] if p else [])
        self._fill(self.boxes["case"], self.tr("any case"), [(c.name, c.id) for c in list_cases(p)] if p else [])
        self._fill(self.boxes["kind"], self.tr("any kind"), [(kind_label(k), k) for k in DOCUMENT_KINDS])
        whose = {"case": self.tr("case"), "document": self.tr("document"), "respondent": self.tr("respondent")}
        self.words.load_choices(p)
        self._fill(self.variable_box, "", [(_translate(ROLE_LABEL), ROLE) if v == ROLE else
                                           (f"{v.name} ({whose[v.target]})", v.id) for v in cross_variables(p)] if p else [])
        self.saturation.load_choices(p)

    def filters(self) -> Filters:
        def one(name: str):
            data = self.boxes[name].currentData()
            return None if data is None else frozenset({data})

        valence = self.boxes["valence"].currentData()
        return Filters(valences=None if valence is None else frozenset({None if valence == "none" else valence}),
                       coder_ids=one("coder"), case_ids=one("case"), kinds=one("kind"),
                       reading=self.session.reading())

    def set_filter(self, name: str, data) -> None:
        """Choose a filter value ("valence", "coder", "case", "kind"), as the user would."""
        self.boxes[name].setCurrentIndex(self.boxes[name].findData(data))

    def _filters_changed(self, _index: int = 0) -> None:
        for tab in self._tabs():
            tab.stale = True
        self.compute()

    def _again(self, tab: AnalysisTab) -> None:
        tab.stale = True
        if self.tabs.currentWidget() is tab:
            self.compute()

    def _tabs(self) -> list[AnalysisTab]:
        return [self.frequencies, self.matrix, self.crosstab, self.cooccurrence, self.words, self.saturation]

    # -- computing ---------------------------------------------------------------------------
    def refresh(self, changes=None) -> None:
        """Re-read the choices and the tab in view (skipped when ``changes`` cannot touch an analysis)."""
        if changes is not None and not (set(changes.tables) & WATCHED):
            return
        self._load_choices()
        self._filters_changed()

    def compute(self, tab: AnalysisTab | None = None) -> None:
        """Compute ``tab`` (default: the one in view) when it is stale."""
        tab = tab or self.tabs.currentWidget()
        if not tab.stale:
            return
        tab.stale = False
        if tab.passages is not None:
            tab.passages.clear()
            tab.cell_label.setText(self.tr("Double-click a cell to see its passages."))
        if self.project is None:
            tab.model.set_table(te.ExportTable([], [], [], ""))
            tab.note.clear()
            if tab is self.saturation:
                self.saturation.clear()
            return
        tab.file_table = None  # each computation says how its table is written to a file
        getattr(self, f"_compute_{tab.objectName()}")(tab, self.filters())
        tab.note.setText(" ".join([f"{tab.export.n_text}; {describe(self.project, self.filters(), _translate)}"]
                                  + list(tab.export.notes)))

    def _chart_rows(self, tab: AnalysisTab, rows: list) -> list[int]:
        """The positions of the rows the chart shows: down to the chosen level."""
        box = self.levels[tab]
        if box.property("fitted") != len(rows):  # a new codebook: all levels when it is small
            box.blockSignals(True)
            box.setCurrentIndex(box.findData(99 if len(rows) <= MANY else 1))
            box.setProperty("fitted", len(rows))
            box.blockSignals(False)
        return [i for i, r in enumerate(rows) if r.depth < box.currentData()]

    def _compute_frequencies(self, tab: AnalysisTab, filters: Filters) -> None:
        rows = frequency_table(self.project, filters)
        if self.hide_empty.isChecked():
            rows = [r for r in rows if r.subtree.codings]
        name = self.project.name
        tab.file_table = lambda t: (te.frequency_rows_for_export(rows, t), te.title_for("frequencies", name, t))
        tab.export, tab.title = tab.file_table(_translate)
        tab.show_table(tab.export, tips=[r.share_text(_translate) for r in rows])
        chosen = [rows[i] for i in self._chart_rows(tab, rows)]
        colors = {c.id: c.color for c in list_codes(self.project)}
        stacked, project = self.stacked.isChecked(), self.project
        tab.draw(lambda figure, t: frequency_chart(
            chosen, stacked_by_valence=stacked, translate=t, title=te.title_for("frequencies", name, t),
            figure=figure, colors=colors, filters_text=describe(project, filters, t)))

    def _compute_matrix(self, tab: AnalysisTab, filters: Filters) -> None:
        columns, presence = self.columns_box.currentData(), self.presence_box.currentData()
        result = tab.result = code_matrix(self.project, columns, filters=filters)
        name, project = self.project.name, self.project
        tab.file_table = lambda t: (te.matrix_rows_for_export(result, presence, t), te.title_for(columns, name, t))
        tab.export, tab.title = tab.file_table(_translate)
        values = tab.result.values(presence)
        tab.show_table(tab.export, heat=heat_levels(values))
        keep = self._chart_rows(tab, tab.result.rows)
        shown_matrix = dataclasses.replace(tab.result, rows=tuple(tab.result.rows[i] for i in keep),
                                           counts=tuple(tab.result.counts[i] for i in keep))
        colors = {c.id: c.color for c in list_codes(self.project)}
        tab.draw(lambda figure, t: heatmap(shown_matrix, values=shown_matrix.values(presence),
                                           title=te.title_for(columns, name, t), translate=t, figure=figure,
                                           colors=colors, filters_text=describe(project, filters, t)))

    def _compute_crosstab(self, tab: AnalysisTab, filters: Filters) -> None:
        key = self.variable_box.currentData()
        variable = ROLE if key == ROLE else next(v for v in cross_variables(self.project) if v != ROLE and v.id == key)
        measure, percent = self.measure_box.currentData(), self.percent_box.currentData()
        project = self.project

        def table(t, result=None):
            # the crosstab names its columns ("missing") and the role attribute itself: a file in
            # another language than the window's counts again in that language
            result = result or crosstab(project, variable, filters=filters, translate=t)
            return (te.crosstab_rows_for_export(result, measure, percent, t),
                    te.title_for("crosstab", project.name, t, variable=result.variable))

        tab.result = crosstab(project, variable, filters=filters, translate=_translate)
        tab.export, tab.title = table(_translate, tab.result)
        tab.file_table = table
        tab.show_table(tab.export)

    def _compute_cooccurrence(self, tab: AnalysisTab, filters: Filters) -> None:
        scope, measure = self.scope_box.currentData(), self.co_measure_box.currentData()
        result = tab.result = cooccurrence(self.project, scope, filters=filters)
        name = self.project.name
        tab.file_table = lambda t: (te.cooccurrence_rows_for_export(result, measure, t), te.title_for(scope, name, t))
        tab.export, tab.title = tab.file_table(_translate)
        values = [[None if i == j else v for j, v in enumerate(row)] for i, row in enumerate(tab.result.values(measure))]
        tab.show_table(tab.export, heat=heat_levels(values) if measure == "count" else values)  # Jaccard: 0..1 as it is

    def _compute_saturation(self, tab: SaturationTab, filters: Filters) -> None:
        try:
            tab.compute_with(self.project, filters)
        except QdaError as error:  # an attribute removed meanwhile, say: said in the tab, not raised
            tab.clear()
            tab.model.set_table(te.ExportTable([], [], [], ""))
            tab.sentence.setText(message_for(error))

    def _compute_words(self, tab: WordsTab, filters: Filters) -> None:
        try:
            tab.compute(self.project, filters)
        except QdaError as error:  # nothing to compare, for one
            tab.export = te.ExportTable([], [], [], message_for(error))
            tab.show_table(tab.export)

    # -- cells and passages ------------------------------------------------------------------
    def open_cell(self, tab: AnalysisTab, row: int, column: int) -> None:
        """List the passages the cell counts (matrix: its codings; co-occurrence: both codes' pairs)."""
        from ...analysis.retrieval import segments  # the retrieval module loads when a cell is opened

        tab.passages.clear()
        if column < 1 or tab.stale or self.project is None:
            return
        tab.cell_label.setText(self.tr("Passages of {row} × {column}:").format(
            row=tab.export.rows[row][0], column=tab.export.headers[column]))
        filters, result = self.filters(), tab.result
        if tab is self.matrix:
            code, key = result.rows[row].code_id, result.columns[column - 1].id
            wanted = cell_codings(self.project, code, key, result.columns_kind, filters, result.with_subcodes)
            narrow = {"case_ids" if result.columns_kind == "cases" else "document_ids": frozenset({key})}
            found = segments(self.project, [code], with_subcodes=result.with_subcodes,
                             filters=dataclasses.replace(filters, **narrow))
        else:
            a, b = result.codes[row].code_id, result.codes[column - 1].code_id
            wanted = [i for pair in cell_pairs(self.project, a, b, result.scope, filters) for i in pair]
            found = segments(self.project, sorted({a, b}), filters=filters)
        keep = set(wanted)
        for segment in (s for s in found if s.coding_id in keep):
            text = " ".join(segment.text.split())
            item = QListWidgetItem(self.tr("{document} · {code}: “{passage}”").format(
                document=segment.document, code=segment.code_path, passage=text))
            item.setData(PLACE, (segment.document_id, segment.start, segment.end))
            tab.passages.addItem(item)
        if not tab.passages.count():
            item = QListWidgetItem(self.tr("No passages in this cell."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            tab.passages.addItem(item)

    def open_passage(self, item: QListWidgetItem) -> None:
        place = item.data(PLACE)
        if place:
            self.session.show_passage(*place)

    # -- export ------------------------------------------------------------------------------
    def export_table(self, path: str | Path, tab: AnalysisTab | None = None) -> bool:
        """Write the table of ``tab`` (default: the one in view) to ``path`` (.xlsx, .csv or
        .docx), in the project's output language (the window keeps its own)."""
        tab = tab or self.tabs.currentWidget()
        if tab is self.saturation:
            return self._export(tab, lambda: tab.write(path, self.project, self._filters_text(), self._file_language()))

        def write() -> None:
            t = self._file_language()
            table, title = tab.file_table(t) if tab.file_table is not None else (tab.export, tab.title)
            te.export(table, path, names=name_filter(self.project), title=title, translate=t,
                      filters_text=self._filters_text())
        return self._export(tab, write)

    def export_chart(self, path: str | Path, tab: AnalysisTab | None = None) -> bool:
        """Write the chart of ``tab`` (default: the one in view) to ``path`` (.png or .svg), in
        the project's output language."""
        tab = tab or self.tabs.currentWidget()
        if tab is self.saturation:
            return self._export(tab, lambda: tab.write(path, self.project, self._filters_text(), self._file_language()))
        return tab.figure is not None and self._export(
            tab, lambda: save_figure(tab.file_figure(self._file_language()), path, names=name_filter(self.project)))

    def _file_language(self):
        """The translator of the texts written into files: the project's output language."""
        return project_translator(self.project)

    def _filters_text(self) -> str:
        """The filter line of a file (the reading included), in the project's output language."""
        return describe(self.project, self.filters(), self._file_language())

    def _export(self, tab: AnalysisTab, write) -> bool:
        self.compute(tab)
        if self.project is None or (tab is self.saturation and tab.result is None):
            return False
        try:
            write()
        except QdaError as error:
            show_error(self, self.tr("Export"), message_for(error))
            return False
        return True

    def export_with_dialog(self, tab: AnalysisTab, extension: str) -> None:
        if self.project is None:
            return
        kinds = {".xlsx": self.tr("Excel workbook (*.xlsx)"), ".csv": self.tr("CSV table (*.csv)"),
                 ".docx": self.tr("Word table (*.docx)"),
                 ".png": self.tr("PNG image (*.png)"), ".svg": self.tr("SVG drawing (*.svg)")}
        path = ask_save(self.session, self, self.tr("Export"), kinds[extension], "analysis",
                        self.tabs.tabText(self.tabs.indexOf(tab)).replace("&", ""))
        if path:
            path = path if path.lower().endswith(extension) else path + extension
            (self.export_chart if extension in (".png", ".svg") else self.export_table)(path, tab)
