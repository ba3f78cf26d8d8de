"""The main window: documents and codebook on the left, the document in the middle.

Design rules:
- Every change goes through ``run_operation``: a core operation runs, its journal is pushed on
  the undo stack, and ``apply_changes`` lets each view re-query what it shows. No SQL here and
  no widget state taken as truth.
- Nothing blocks on a message: errors appear in window-modal dialogs that return at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from ..core import backups
from ..core.coders import ensure_coder
from ..core.documents import document_exists, document_text
from ..core.errors import QdaError
from ..core.journal import Changes, Journal
from ..core.project import Project
from ..core.summary import project_summary
from .actions import add_action
from .attribute_editor import AttributeEditor
from .attribute_files import AttributeFiles
from .case_panel import CasePanel
from .code_panel import CodePanel
from .codebook_controller import CodebookController
from .coder_view import CoderView
from .coding_controller import CodingController
from .document_list import DocumentTree
from .document_view import DocumentView
from .errors import message_for, show_error
from .memo_panel import MemoPanel
from .merge_actions import MergeActions
from .quote_actions import QuoteActions
from .retrieval_panel import RetrievalPanel
from .project_controller import ProjectController
from .tool_windows import ToolWindows
from .undo import JournalCommand


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings if settings is not None else QSettings()
        self.project: Project | None = None
        self.coder_id: int | None = None
        self.lock = None  # this window's claim on the project file (core.lock)
        self._highlights: list = []  # what the document view shows, to update it piece by piece
        self.undo_stack = QUndoStack(self)
        self._initial_size()
        self.setAcceptDrops(True)

        self.documents = DocumentTree()
        self.code_panel = CodePanel()
        self.view = DocumentView()
        self._build_layout()
        self.projects = ProjectController(self)
        self.coding = CodingController(self)
        self.codebook = CodebookController(self)
        self.coders = CoderView(self)
        self._build_docks()
        self._build_menus()
        self.coder_label = QLabel()
        self.coder_label.setObjectName("coderLabel")
        self.statusBar().addPermanentWidget(self.coder_label)
        self.documents.document_chosen.connect(self.show_document)
        self._update_title()
        self._update_coder_label()
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    # -- layout and menus --------------------------------------------------------------
    def _build_layout(self) -> None:
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self._titled(self.tr("Documents"), self.documents))
        left.addWidget(self._titled(self.tr("Codes"), self.code_panel))
        left.setMinimumWidth(400)  # room for code names beside the five figure columns
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 3)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(left)
        main.addWidget(self.view)
        main.setStretchFactor(0, 1)
        main.setStretchFactor(1, 3)
        main.setSizes([430, 970])
        self.setCentralWidget(main)

    def _initial_size(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1400, 880
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(max(width, 900), max(height, 600))

    def _build_docks(self) -> None:
        """Cases, attributes and memos in tabbed panels beside the document; each re-reads what
        it shows in ``refresh(changes)``."""
        self.case_panel = CasePanel(self)
        self.attribute_editor = AttributeEditor(self)
        self.memo_panel = MemoPanel(self)
        self.retrieval = RetrievalPanel(self)
        self.panels = [self.case_panel, self.attribute_editor, self.memo_panel, self.retrieval]
        self.attribute_files = AttributeFiles(self)
        self.docks = []
        for name, title, widget in (("casesDock", self.tr("Cases"), self.case_panel),
                                    ("attributesDock", self.tr("Attributes"), self.attribute_editor),
                                    ("memosDock", self.tr("Memos"), self.memo_panel),
                                    ("passagesDock", self.tr("Coded passages and search"), self.retrieval)):
            dock = QDockWidget(title, self)
            dock.setObjectName(name)  # saveState() needs it to restore the layout
            dock.setWidget(widget)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            if self.docks:
                self.tabifyDockWidget(self.docks[0], dock)
            self.docks.append(dock)
        self.timeline_dock = QDockWidget(self.tr("Timeline"), self)
        self.timeline_dock.setObjectName("timelineDock")
        self.timeline_dock.setWidget(QLabel(self.tr("The timeline of a case appears here.")))
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.timeline_dock)
        self.docks.append(self.timeline_dock)
        self.tools = ToolWindows(self, self.timeline_dock)
        self.docks[0].raise_()
        for dock in self.docks:
            # closed at first so the document has the room; View menu opens them, and the
            # window remembers what the user left open
            dock.hide()

    def show_passage(self, document_id: int, start: int, end: int) -> None:
        """Open a document with a passage selected (from the timeline, the retrieval list...)."""
        self.show_document(document_id)
        if self.view.document_id() == document_id:
            self.view.select_range(start, end)

    def refresh_panels(self, changes: Changes | None = None) -> None:
        for panel in self.panels:
            panel.refresh(changes)

    def _titled(self, title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)
        label = QLabel(f"<b>{title}</b>")
        layout.addWidget(label)
        layout.addWidget(widget)
        return box

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.projects.build_menu(bar.addMenu(self.tr("&Project")))
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        self.projects.build_documents_menu(bar.addMenu(self.tr("&Documents")))
        codes_menu = bar.addMenu(self.tr("&Codes"))
        self.codebook.build_menu(codes_menu)
        self.coding.build_menu(codes_menu)
        self.attribute_files.build_menu(bar.addMenu(self.tr("C&ases")))
        self.merges = MergeActions(self)
        team_menu = bar.addMenu(self.tr("&Team"))
        self.merges.build_menu(team_menu)
        self.tools.build_team_menu(team_menu)
        self.quotes = QuoteActions(self)
        self.quotes.build_menu(bar.addMenu(self.tr("E&xport")))
        self.tools.build_analysis_menu(bar.addMenu(self.tr("A&nalysis")))
        view_menu = bar.addMenu(self.tr("&View"))
        for dock in self.docks:
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        self.coders.build_menu(view_menu.addMenu(self.tr("Codings &of")))
        help_menu = bar.addMenu(self.tr("&Help"))
        add_action(help_menu, self, self.tr("&About qdacoder"), self.projects.show_about)

    # -- the project -------------------------------------------------------------------
    def set_project(self, project: Project | None) -> None:
        """Show ``project`` (None: nothing). Closes the one shown before."""
        if self.project is not None:
            self.project.close()
            self._release_lock()
        self.project = project
        self.undo_stack.clear()
        self.coder_id = None
        if project is not None and self.coder_name():
            self.coder_id = ensure_coder(project, self.coder_name()).id
        self.view.set_document(None, "", [])
        self._highlights = []
        self.documents.load(project)
        self.code_panel.model.filters = self.coders.filters()
        self.code_panel.load(project)
        self.coding.reload_recent()
        self._update_title()
        self._update_coder_label()
        if project is not None:
            self._show_last_document()
        self.refresh_panels()
        if project is not None and backups.in_synced_folder(project.path):
            show_error(self, self.tr("Project in a synced folder"), self.tr(
                "This project is in a folder that a sync service (OneDrive, Dropbox, iCloud...) copies "
                "while qdacoder writes to it. That can damage the project. Keep projects in a local "
                "folder and back them up instead."))

    def coder_name(self) -> str:
        return str(self.settings.value("coder", "") or "")

    def set_coder_name(self, name: str) -> None:
        self.settings.setValue("coder", name.strip())
        if self.project is not None:
            self.coder_id = ensure_coder(self.project, name).id
        self.coding.reload_recent()
        self._update_coder_label()
        if self.coders.mode() != "all":
            self.coders.apply()

    # -- running operations ------------------------------------------------------------
    def run_operation(
        self, text: str, operation: Callable[[], Journal], on_error: Callable[[QdaError], None] | None = None
    ) -> Journal | None:
        """Run a core operation, push it on the undo stack as ``text`` and refresh the views.
        A refused operation changes nothing; its reason goes to ``on_error`` (default: a dialog)."""
        try:
            journal = operation()
        except QdaError as error:
            (on_error or self.report)(error)
            return None
        if journal.steps:
            self.undo_stack.push(JournalCommand(text, self.project, journal, self.apply_changes, self.report))
            self.apply_changes(journal.changes)
        return journal

    def report(self, error: QdaError) -> None:
        show_error(self, self.tr("qdacoder"), message_for(error))

    def apply_changes(self, changes: Changes) -> None:
        """Refresh what ``changes`` touched, and nothing else."""
        project = self.project
        if project is None or not changes:
            return
        current = self.view.document_id()
        if changes.documents:
            self.documents.load(project)
            if current is not None and not document_exists(project, current):
                self.view.set_document(None, "", [])
                self._highlights = []
                current = None
        if changes.codes:
            self.code_panel.reload(project)
        elif changes.cases:  # a document joined or left a case: every code's case count may change
            self.code_panel.refresh_counts(project, None)
        elif changes.codings:
            self.code_panel.refresh_counts(project, changes.code_ids)
        if changes.codes or changes.codings:
            self.coding.reload_recent()
            if current is not None and changes.codes:
                self.set_highlights(self.coding.highlights(current))
            elif current is not None and current in changes.document_ids:
                # only codings changed: re-read just those, keep the others
                kept = [h for h in self._highlights if h.coding_id not in changes.coding_ids]
                fresh = kept + self.coding.highlights(current, changes.coding_ids)
                self.set_highlights(sorted(fresh, key=lambda h: (h.start, -h.end, h.coding_id)))
            elif changes.codings and not changes.documents and len(changes.document_ids) == 1:
                # an undo or redo in another document: show it where it happened
                self.show_document(next(iter(changes.document_ids)))
        self.refresh_panels(changes)
        self._update_status()

    # -- showing documents ----------------------------------------------------------------
    def set_highlights(self, highlights) -> None:
        self._highlights = highlights
        self.view.set_highlights(highlights)

    def _show_last_document(self) -> None:
        """Reopen where the user left off; otherwise the first document."""
        last = self.project.setting("last_document")
        if last is not None and last.isdigit() and document_exists(self.project, int(last)):
            self.show_document(int(last))
        else:
            first = self.documents.first_document_id()
            if first is not None:
                self.show_document(first)

    def show_document(self, document_id: int) -> None:
        if self.project is None:
            return
        try:
            text = document_text(self.project, document_id)
        except QdaError as error:
            self.report(error)
            return
        self._highlights = self.coding.highlights(document_id)
        self.view.set_document(document_id, text, self._highlights)
        self.project.set_setting("last_document", str(document_id))
        self.case_panel.refresh()
        self.memo_panel.refresh()
        if self.documents.current_document_id() != document_id:
            self.documents.select_document(document_id, emit=False)

    # -- window state ------------------------------------------------------------------------
    def _update_title(self) -> None:
        if self.project is None:
            self.setWindowTitle("qdacoder")
        else:
            self.setWindowTitle(f"{self.project.name} – qdacoder")
            self.setWindowFilePath(str(self.project.path))
        self._update_status()

    def _update_coder_label(self) -> None:
        name = self.coder_name()
        self.coder_label.setText(self.tr("Coder: {name}").format(name=name) if name else self.tr("No coder chosen"))

    def _update_status(self) -> None:
        if self.project is None:
            self.statusBar().showMessage(self.tr("Open or create a project (Project menu) to start."))
            return
        s = project_summary(self.project)
        self.statusBar().showMessage(
            self.tr("{documents} documents, {codes} codes, {codings} codings, {cases} cases").format(**s.as_dict())
        )

    # -- drag files onto the window ------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.projects.import_with_dialog([p for p in paths if Path(p).is_file()] or paths)

    def _release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.setValue("window/state", self.saveState())
        if self.project is not None:
            self.project.close()
            self.project = None
        self._release_lock()
        super().closeEvent(event)
