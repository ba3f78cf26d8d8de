"""The retrieval panel: the coded passages of a code (filtered, or combined with a second code)
and full-text search with keyword in context, each hit codable in one undoable step.

Design rules:
- The queries are the analysis and core functions (``segment_ids``, ``combined``,
  ``search``), with one ``Filters`` built from simple widgets: the list shows what a matrix
  cell or the command line shows for the same code and filter.
- The passage list holds only coding ids. Rows are loaded a page at a time through
  ``load_segments`` when the view asks for more (``canFetchMore``/``fetchMore``), so a code
  with 10,000 passages fills the list at once without freezing the window.
- A row shows the coded words themselves, wrapped (``passage_view.PassageDelegate``), with the
  words around them on demand ("Show context"); the Code column shows the code's own name (its
  path on hover). Selecting a row shows the passage in its context in the preview pane below;
  a row's height is measured when it comes into view (``fit_visible``), not for a whole page.
- Activating a passage (double click or Enter) opens it in the document view, selected
  (``window.show_passage``). Coding all hits goes through ``window.run_operation``: one undo step.
- ``refresh(changes)`` re-reads the choices and re-runs the query when something it shows
  changed; the panel keeps no rows as truth.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QMenu,
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox,
    QSplitter, QStyledItemDelegate, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from ...analysis.filters import Filters
from ...analysis.retrieval import Segment, combined, load_segments, segment_ids
from ...core.cases import list_cases
from ...core.coders import list_coders
from ...core.codes import SEPARATOR, get_code, subtree_ids, walk_tree
from ...core.documents import document_text
from ...core.errors import QdaError
from ...core.quotes import is_confidential, set_confidential, set_starred
from ...core.schema import DOCUMENT_KINDS
from ...core.search import Hit, code_hits, search
from ..common.actions import edits, popup
from ..common.texts import kind_label
from ..common.errors import message_for
from .passage_view import PARTS_ROLE, PassageDelegate, PassagePreview

PAGE = 200  # rows loaded at a time
HITS = 500  # search hits listed at most
LEAD = 40  # characters of context each side of a passage in the list (when shown)
CONTEXT_SETTING = "retrieval/context"
COLUMNS_SETTING = "retrieval/hidden_columns"
HIDDEN = (4, 5, 6)  # Speaker, Coder, Valence: chosen from the header's menu; the passage needs the room
AHEAD = 10  # rows measured beyond the last one in view, so scrolling shows them at their height
DETAIL_WIDTH = 90  # the columns beside the passage (elided; the full text on hover)
CURRENT = -1  # the code combo's "code selected in the codebook"
WATCHED = frozenset({"codings", "consensus_settled", "codes", "documents", "cases", "case_ranges", "coders", "speaker_turns", "respondents"})


def one_line(text: str) -> str:
    return " ".join(text.split())


class Rows(QAbstractTableModel):
    """A flat table of ``rows`` under ``headers``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list = []

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class SegmentModel(Rows):
    """Coding ids, with the details of the rows fetched so far."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Passage"), self.tr("Code"), self.tr("Document"), self.tr("Case"),
                        self.tr("Speaker"), self.tr("Coder"), self.tr("Valence")]
        self.project = None
        self.ids: list[int] = []
        self.context = False  # the Passage column shows only the coded words
        self._asked = 0  # ids handed to load_segments so far (removed codings are skipped)

    def set_ids(self, project, ids: list[int]) -> None:
        self.beginResetModel()
        self.project, self.ids, self.rows, self._asked = project, ids, [], 0
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._asked < len(self.ids)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        page = self.ids[self._asked:self._asked + PAGE]
        self._asked += len(page)
        fresh = load_segments(self.project, page)
        if fresh:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(fresh) - 1)
            self.rows.extend(fresh)
            self.endInsertRows()

    def set_context(self, shown: bool) -> None:
        """Show the words before and after each passage in the Passage column, or not."""
        self.context = shown
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def parts(self, s: Segment) -> tuple[str, str, str]:
        """(before, passage, after) as the Passage cell shows them, each on one line."""
        if not self.context:
            return "", one_line(s.text), ""
        # whitespace collapsed but kept at the passage's edges: a passage starting mid-word stays so
        before, after = " ".join((s.before + "|").split())[:-1], " ".join(("|" + s.after).split())[1:]
        # a few words each side, so the passage keeps the room; the preview has the wider context
        if len(before) > LEAD:
            tail = before[-LEAD:]
            before = tail[tail.find(" ") + 1:] if " " in tail[:-1] else tail
        if len(after) > LEAD:
            head = after[:LEAD]
            after = head[:head.rfind(" ")] if " " in head[1:] else head
        return ("…" + before if before.strip() else "", one_line(s.text), after + "…" if after.strip() else "")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, PARTS_ROLE):
            return None
        s: Segment = self.rows[index.row()]
        column = index.column()
        if role == PARTS_ROLE:
            return self.parts(s) if column == 0 else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return {0: one_line(f"{s.before}«{s.text}»{s.after}"), 1: s.code_path}.get(column)
        if column == 0:
            return "".join(self.parts(s))
        who = (s.respondent or s.speaker or "") + (f" ({s.role})" if s.role else "")
        valence = {"promoting": self.tr("+ promoting"), "hindering": self.tr("− hindering")}.get(s.valence or "", "")
        name = s.code_path.rsplit(SEPARATOR, 1)[-1]  # the code's own name; the path is on hover
        return (None, name, s.document, ", ".join(s.cases), who, s.coder, valence)[column]

    def segment(self, row: int) -> Segment:
        return self.rows[row]


class HitModel(Rows):
    """Search hits in context (at most the search's limit, so all in memory)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Before"), self.tr("Found"), self.tr("After"), self.tr("Document")]

    @property
    def hits(self) -> list[Hit]:
        return self.rows

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.rows = hits
        self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        h = self.hits[index.row()]
        return (one_line(h.before), h.match, one_line(h.after), h.document)[index.column()]


class ElideLeft(QStyledItemDelegate):
    """Shortens text at its start, so the context next to a hit stays visible."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


def _table(model, stretch: tuple[int, ...]) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultSectionSize(130)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


class RetrievalPanel(QWidget):
    def __init__(self, session, code_panel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retrievalPanel")
        self.session = session
        self.code_panel = code_panel  # the code chosen in the codebook is the default code here
        self.code_box, self.second_box = QComboBox(), QComboBox()
        self.subcodes = QCheckBox(self.tr("With subcodes"))
        self.valence_box, self.coder_box, self.case_box, self.kind_box = QComboBox(), QComboBox(), QComboBox(), QComboBox()
        self.contains = QLineEdit()
        self.contains.setPlaceholderText(self.tr("Passage contains"))
        self.contains.setClearButtonEnabled(True)
        self.mode_box = QComboBox()
        for mode, label in (("overlap", self.tr("overlapping")), ("without", self.tr("without")),
                            ("near", self.tr("near (within characters)"))):
            self.mode_box.addItem(label, mode)
        self.distance = QSpinBox()
        self.distance.setRange(0, 100000)
        self.distance.setValue(200)
        self.count = QLabel()
        self.model = SegmentModel(self)
        self.table = _table(self.model, stretch=(0,))
        self.table.setObjectName("passageTable")
        self.table.setAccessibleName(self.tr("Coded passages"))
        self.table.setWordWrap(True)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)  # tall rows scroll smoothly
        self.delegate = PassageDelegate(self.table)
        self.table.setItemDelegateForColumn(0, self.delegate)
        # rows not yet measured get one line: short passages then never change height in view
        self.table.verticalHeader().setMinimumSectionSize(1)
        self.table.verticalHeader().setDefaultSectionSize(self.delegate.line_height())
        header = self.table.horizontalHeader()
        header.setDefaultSectionSize(DETAIL_WIDTH)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setToolTip(self.tr("Right-click to choose the columns"))
        for column in self._hidden_columns():
            header.setSectionHidden(column, True)
        self.context_box = QCheckBox(self.tr("Show context"))
        self.context_box.setObjectName("showContext")
        self.context_box.setToolTip(self.tr("Show the words before and after each passage in the list"))
        self.context_box.setChecked(self._setting(CONTEXT_SETTING))
        self.model.set_context(self.context_box.isChecked())
        self.preview = PassagePreview()
        self._measured: set[int] = set()  # rows whose height fits their passage at the present width
        self._fitting = QTimer(self, singleShot=True, interval=120)  # a column being dragged: fit once it rests
        self._fitting.timeout.connect(self.refit)
        self.model.modelReset.connect(self._measured.clear)
        self.model.rowsInserted.connect(self.fit_visible)
        self.table.verticalScrollBar().valueChanged.connect(self.fit_visible)
        self.table.horizontalHeader().sectionResized.connect(
            lambda column, _old, _new: self._fitting.start() if column == 0 else None)
        self.context_box.toggled.connect(self.show_context)
        self.table.selectionModel().currentRowChanged.connect(self._preview_row)
        self.model.modelReset.connect(self.preview.clear_passage)
        self.table.activated.connect(self._open_passage)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._passage_menu)
        self._typing = QTimer(self, singleShot=True, interval=300)
        self._typing.timeout.connect(self.run_query)
        self.search_line = QLineEdit()
        self.search_line.setPlaceholderText(self.tr("Search text (all words; \"a phrase\"; wacht* for prefixes)"))
        self.search_button = QPushButton(self.tr("Search"))
        self.unit_box = QComboBox()
        for unit, label in (("hit", self.tr("each hit")), ("sentence", self.tr("the sentence of each hit")),
                            ("paragraph", self.tr("the paragraph (line) of each hit"))):
            self.unit_box.addItem(label, unit)
        self.code_hits_button = QPushButton(self.tr("Code all hits with the current code"))
        self.hit_count = QLabel()
        self.hit_model = HitModel(self)
        self.hit_table = _table(self.hit_model, stretch=(0, 2))
        self.hit_table.setItemDelegateForColumn(0, ElideLeft(self.hit_table))
        self.hit_table.activated.connect(self._open_hit)
        self._build_layout()
        for box in (self.code_box, self.second_box, self.valence_box, self.coder_box, self.case_box, self.kind_box,
                    self.mode_box):
            box.currentIndexChanged.connect(self.run_query)
        self.subcodes.toggled.connect(self.run_query)
        self.distance.valueChanged.connect(self.run_query)
        self.contains.textChanged.connect(lambda _text: self._typing.start())
        self.contains.returnPressed.connect(self.run_query)
        self.search_line.returnPressed.connect(self.run_search)
        self.search_button.clicked.connect(self.run_search)
        self.code_hits_button.clicked.connect(self.code_all_hits)
        code_panel.tree.selectionModel().currentChanged.connect(self._follow_code)
        session.subscribe(self.refresh)
        self.refresh()

    def _build_layout(self) -> None:
        def row(*widgets) -> QHBoxLayout:
            line = QHBoxLayout()
            for widget in widgets:
                line.addWidget(QLabel(widget) if isinstance(widget, str) else widget)
            return line

        passages = QWidget()
        layout = QVBoxLayout(passages)
        layout.addLayout(row(self.tr("Code:"), self.code_box, self.subcodes))
        layout.addLayout(row(self.tr("Valence:"), self.valence_box, self.tr("Coder:"), self.coder_box))
        layout.addLayout(row(self.tr("Case:"), self.case_box, self.tr("Kind:"), self.kind_box, self.contains))
        layout.addLayout(row(self.tr("Combined:"), self.mode_box, self.second_box, self.tr("distance:"), self.distance))
        layout.addLayout(row(self.count, self.context_box))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("passageSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter)
        text = QWidget()
        layout = QVBoxLayout(text)
        layout.addLayout(row(self.search_line, self.search_button))
        layout.addLayout(row(self.tr("Code:"), self.unit_box, self.code_hits_button))
        layout.addWidget(self.hit_count)
        layout.addWidget(self.hit_table)
        self.tabs = QTabWidget()
        self.tabs.addTab(passages, self.tr("Coded passages"))
        self.tabs.addTab(text, self.tr("Search text"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)

    # -- choices -------------------------------------------------------------------------
    def _fill(self, box: QComboBox, first: str, items, first_data=None) -> None:
        """Refill a combo: ``first`` (data ``first_data``), then (label, data) items; keeps the choice."""
        keep = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(first, first_data)
        for label, data in items:
            box.addItem(label, data)
        box.setCurrentIndex(max(0, box.findData(keep)))
        box.blockSignals(False)

    def _load_choices(self) -> None:
        project = self.session.project
        paths = [(n.path, n.code.id) for n in walk_tree(project)] if project else []
        self._fill(self.code_box, self.tr("The code selected in the codebook"), paths, CURRENT)
        self._fill(self.second_box, self.tr("(no second code)"), paths)
        self._fill(self.valence_box, self.tr("any valence"), [(self.tr("promoting"), "promoting"),
                                                             (self.tr("hindering"), "hindering"),
                                                             (self.tr("no valence"), "none")])
        self._fill(self.coder_box, self.tr("any coder"), [(c.name, c.id) for c in list_coders(project)] if project else [])
        self._fill(self.case_box, self.tr("any case"), [(c.name, c.id) for c in list_cases(project)] if project else [])
        self._fill(self.kind_box, self.tr("any kind"), [(kind_label(k), k) for k in DOCUMENT_KINDS])

    def code_id(self) -> int | None:
        chosen = self.code_box.currentData()
        return self.code_panel.current_code_id() if chosen == CURRENT else chosen

    def filters(self) -> Filters:
        def one(box: QComboBox):
            return None if box.currentData() is None else frozenset({box.currentData()})

        valence = self.valence_box.currentData()
        return Filters(
            valences=None if valence is None else frozenset({None if valence == "none" else valence}),
            coder_ids=one(self.coder_box), case_ids=one(self.case_box), kinds=one(self.kind_box),
            text=self.contains.text().strip() or None, reading=self.session.reading(),
        )

    # -- the passages --------------------------------------------------------------------
    def run_query(self) -> None:
        self._typing.stop()
        project, code_id = self.session.project, self.code_id()
        ids: list[int] = []
        self.distance.setEnabled(self.mode_box.currentData() == "near")
        if project is not None and code_id is not None:
            second = self.second_box.currentData()
            if second is None:
                ids = segment_ids(project, [code_id], with_subcodes=self.subcodes.isChecked(), filters=self.filters())
            else:
                expand = subtree_ids if self.subcodes.isChecked() else (lambda _p, c: [c])
                ids = combined(project, expand(project, code_id), expand(project, second), self.mode_box.currentData(),
                               distance=self.distance.value(), filters=self.filters())
        self.model.set_ids(project, ids)
        if self.model.canFetchMore():
            self.model.fetchMore()
        self.count.setText(self.tr("%n passage(s)", "", len(ids)) if code_id is not None
                           else self.tr("Choose a code, here or in the codebook."))

    # -- the list's rows and the preview -----------------------------------------------------
    def _setting(self, key: str) -> bool:
        settings = self.session.settings
        return settings is not None and str(settings.value(key, "false")).lower() == "true"

    def show_context(self, shown: bool) -> None:
        """The words around each passage in the list, or only the passage (remembered)."""
        if self.session.settings is not None:
            self.session.settings.setValue(CONTEXT_SETTING, "true" if shown else "false")
        self.context_box.setChecked(shown)
        self.model.set_context(shown)
        self.refit()

    def _hidden_columns(self) -> list[int]:
        settings = self.session.settings
        value = settings.value(COLUMNS_SETTING, None) if settings is not None else None
        if value is None:
            return list(HIDDEN)
        values = [value] if isinstance(value, str) else list(value)
        return [int(v) for v in values if str(v).isdigit() and 0 < int(v) < self.model.columnCount()]

    def column_menu(self) -> QMenu:
        """Checkable entries, one per column beside the passage (the header's context menu)."""
        menu = QMenu(self.table)
        menu.setObjectName("passageColumnsMenu")
        header = self.table.horizontalHeader()
        for column in range(1, self.model.columnCount()):
            action = menu.addAction(self.model.headers[column])
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self.show_column(c, on))
        return menu

    def _column_menu(self, position) -> None:
        self.column_menu().popup(self.table.horizontalHeader().mapToGlobal(position))

    def show_column(self, column: int, shown: bool) -> None:
        header = self.table.horizontalHeader()
        header.setSectionHidden(column, not shown)
        if self.session.settings is not None:
            hidden = [str(c) for c in range(1, self.model.columnCount()) if header.isSectionHidden(c)]
            self.session.settings.setValue(COLUMNS_SETTING, hidden or "")

    def refit(self) -> None:
        """After the column's width or the context changed: every row is measured again as it
        comes into view."""
        self._measured.clear()
        self.fit_visible()

    def fit_visible(self, *_args) -> None:
        """Give the rows in view (and a few beyond) the height their wrapped passage needs. Only
        rows that come into view are measured: a page of 200 rows costs nothing until scrolled to."""
        header, rows = self.table.verticalHeader(), self.model.rowCount()
        for _ in range(2):  # rows made shorter can bring more rows into view
            first = max(0, self.table.rowAt(0))
            last = self.table.rowAt(self.table.viewport().height() - 1)
            last = min(rows - 1, (rows - 1 if last < 0 else last) + AHEAD)
            todo = [row for row in range(first, last + 1) if row not in self._measured]
            if not todo:
                return
            for row in todo:
                header.resizeSection(row, self.delegate.height(self.model.index(row, 0)))
                self._measured.add(row)

    def _preview_row(self, current: QModelIndex, _previous=None) -> None:
        if not current.isValid() or self.session.project is None:
            self.preview.clear_passage()
            return
        s = self.model.segment(current.row())
        try:
            text, color = document_text(self.session.project, s.document_id), get_code(self.session.project, s.code_id).color
        except QdaError:  # removed meanwhile: the list is refreshed right after
            self.preview.clear_passage()
            return
        self.preview.show_passage(text, s.start, s.end, color)

    def _follow_code(self, *_args) -> None:
        if self.code_box.currentData() == CURRENT:
            self.run_query()

    def _passage_menu(self, position) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(self.table)
        menu.setObjectName("passageMenu")
        menu.addAction(self.tr("&Open in the document"), lambda: self._open_passage(index))
        edits(menu.addAction(self.tr("&Star as quote"), lambda: self.star_rows([index.row()])))
        coding_id = self.model.segment(index.row()).coding_id
        confidential = menu.addAction(self.tr("C&onfidential (not shared)"), lambda: self.confidential_rows(
            [index.row()], not is_confidential(self.session.project, coding_id)))
        confidential.setObjectName("confidential")
        confidential.setCheckable(True)
        confidential.setChecked(is_confidential(self.session.project, coding_id))
        edits(confidential)
        popup(menu, self.table.viewport().mapToGlobal(position), self.session.project.read_only)

    def star_rows(self, rows: list[int], starred: bool = True) -> None:
        """Star (or unstar) the codings of these rows as quote candidates: one undo step."""
        ids = [self.model.segment(row).coding_id for row in rows]
        self.session.run_operation(self.tr("Star as quote"), lambda: set_starred(self.session.project, ids, starred))

    def confidential_rows(self, rows: list[int], confidential: bool = True) -> None:
        """Mark the codings of these rows confidential (or shareable again): one undo step. The
        passages stay in the list: retrieval shows everything to the researcher."""
        ids = [self.model.segment(row).coding_id for row in rows]
        label = self.tr("Mark confidential") if confidential else self.tr("Mark shareable")
        self.session.run_operation(label, lambda: set_confidential(self.session.project, ids, confidential))

    def _open_passage(self, index: QModelIndex) -> None:
        if index.isValid():
            s = self.model.segment(index.row())
            self.session.show_passage(s.document_id, s.start, s.end)

    # -- full-text search ----------------------------------------------------------------
    def run_search(self) -> None:
        hits: list[Hit] = []
        query = self.search_line.text().strip()
        if self.session.project is not None and query:
            try:
                hits = search(self.session.project, query, limit=HITS)
            except QdaError as error:
                self.hit_model.set_hits([])
                self.hit_count.setText(message_for(error))
                return
        self.hit_model.set_hits(hits)
        shown = self.tr("%n hit(s)", "", len(hits)) if len(hits) < HITS else self.tr(
            "The first %n hits are listed; “Code all hits” codes every one.", "", HITS)
        self.hit_count.setText(shown if query else "")
        self.code_hits_button.setEnabled(bool(hits))

    def code_all_hits(self) -> None:
        """Code every hit of the search (not only those listed) with the code selected in the
        codebook, as one undo step."""
        project, code_id, query = self.session.project, self.code_panel.current_code_id(), self.search_line.text().strip()
        if project is None or not query:
            return
        if code_id is None:
            self.hit_count.setText(self.tr("Select a code in the codebook first."))
            return
        if self.session.coder_id is None:
            self.session.ask_coder()
            if self.session.coder_id is None:
                return
        unit = self.unit_box.currentData()
        journal = self.session.run_operation(
            self.tr("Code search hits"),
            lambda: code_hits(project, search(project, query, limit=10**9), code_id, self.session.coder_id, unit))
        if journal is not None:
            self.hit_count.setText(self.tr("%n passage(s) coded (Ctrl+Z to undo)", "", journal.result))

    def _open_hit(self, index: QModelIndex) -> None:
        if index.isValid():
            hit = self.hit_model.hits[index.row()]
            self.session.show_passage(hit.document_id, hit.start, hit.end)

    # -- the window's refresh --------------------------------------------------------------
    def refresh(self, changes=None) -> None:
        """Re-read after a change. While the panel is hidden it only notes that it is stale and
        catches up when shown: coding must not wait for a list nobody looks at."""
        if changes is not None and not (changes.tables & WATCHED):
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.setEnabled(self.session.project is not None)
        if changes is None or changes.tables - {"codings"}:  # the choices list codes, coders, cases
            self._load_choices()
        self.run_query()
        if changes is None or changes.tables & {"documents"}:
            self.run_search()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if getattr(self, "_stale", True):
            self.refresh()
