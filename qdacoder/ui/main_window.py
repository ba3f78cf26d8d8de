"""The main window: documents and codebook on the left, the document in the middle, panels
around it. It only composes: the session (``session.py``) owns the project, the coder, the undo
stack and ``run_operation``; each part of the window receives the session (and, where it needs
them, the document view or the code panel) and refreshes itself on the session's signals.

Design rules:
- Every change goes through ``session.run_operation``: a core operation runs, its journal is
  pushed on the undo stack, and the session's ``changed`` signal lets each part re-query what it
  shows. No SQL here and no widget state taken as truth.
- Nothing blocks on a message: errors appear in window-modal dialogs that return at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QSplitter, QToolBar, QVBoxLayout, QWidget

from ..analysis.filters import Filters, count_codings, has_consensus
from ..core import backups
from ..core.coders import list_coders
from ..core.errors import QdaError
from ..core.journal import Changes, Journal
from ..core.project import Project
from ..core.summary import adjusted, project_summary
from .analysis.retrieval import RetrievalPanel
from .cases.attributes import AttributeEditor
from .cases.files import AttributeFiles
from .cases.panel import CasePanel
from .codebook.controller import CodebookController
from .codebook.panel import CodePanel
from .common.actions import add_action, enable_editing
from .common.errors import show_error
from .common.keys import KeyMapDialog
from .document.coders import CoderView, ReadingChoice
from .document.coding import CodingController
from .document.controller import DocumentController
from .document.editing import TextEditing
from .document.replace import ReplaceActions
from .document.list import DocumentTree
from .document.view import DocumentView
from .export.quotes import QuoteActions
from .memos.panel import MemoPanel
from .project.controller import ProjectController
from .session import Session
from .team.merge import MergeActions
from .tool_windows import ToolWindows


def redo_keys() -> list[QKeySequence]:
    """Ctrl+Shift+Z and Ctrl+Y everywhere, with the platform's own Redo keys, each once: under
    X11 the standard Redo key is Ctrl+Shift+Z itself, and a key given twice is an ambiguous
    shortcut that Qt ignores."""
    keys = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"),
            *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
    unique: dict[str, QKeySequence] = {}
    for key in keys:
        unique.setdefault(key.toString(QKeySequence.SequenceFormat.PortableText), key)
    return list(unique.values())


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings if settings is not None else QSettings()
        self.session = Session(self.settings, self)
        self.undo_stack = self.session.undo_stack
        self._initial_size()
        self.setAcceptDrops(True)

        # the order of creation is the order in which they hear of a change: the codebook's
        # figures and names first, then the document's highlights, then the panels
        session = self.session
        self.documents = DocumentTree()
        self.code_panel = CodePanel()
        self.view = DocumentView()
        self._build_layout()
        self.coders = CoderView(session, self.code_panel)
        self.reading = ReadingChoice(session)
        self.codebook = CodebookController(session, self.code_panel)
        self.coding = CodingController(session, self.view, self.code_panel, self.coders)
        self.document = DocumentController(session, self.view, self.documents, self.coding, self.coders)
        self.editing = TextEditing(session, self.view, self.coding, self.document)
        self.projects = ProjectController(session, self.documents)
        self._build_docks()
        self._build_menus()
        self._build_toolbar()
        self.coder_label = QLabel()
        self.coder_label.setObjectName("coderLabel")
        # a lasting mark, not a message that the next one replaces (issue 21)
        self.read_only_label = QLabel(self.tr("Read-only: changes cannot be saved"))
        self.read_only_label.setObjectName("readOnlyLabel")
        self.read_only_label.setStyleSheet("font-weight: bold")
        self.read_only_label.hide()
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.reading.label)
        self.statusBar().addPermanentWidget(self.coder_label)
        session.message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        session.project_replaced.connect(self._project_replaced)
        session.coder_changed.connect(self._update_coder_label)
        self._summary = None  # the counts in the status bar, kept up to date change by change
        session.changed.connect(lambda changes, _source: self._update_status(changes))
        session.reread.connect(self._update_status)
        session.reading_changed.connect(self._update_status)
        self._update_title()
        self._update_coder_label()
        self._restore_layout()

    # -- what the rest of the program and the tests ask of the window -----------------------
    @property
    def project(self) -> Project | None:
        return self.session.project

    @property
    def coder_id(self) -> int | None:
        return self.session.coder_id

    @property
    def _highlights(self) -> list:
        return self.document.highlights

    def set_project(self, project: Project | None) -> None:
        """Show ``project`` (None: nothing). Closes the one shown before."""
        self.session.set_project(project)

    def run_operation(self, text: str, operation: Callable[[], Journal],
                      on_error: Callable[[QdaError], None] | None = None) -> Journal | None:
        return self.session.run_operation(text, operation, on_error)

    def apply_changes(self, changes: Changes) -> None:
        self.session.apply_changes(changes)

    def coder_name(self) -> str:
        return self.session.coder_name()

    def set_coder_name(self, name: str) -> None:
        self.session.set_coder_name(name)

    def show_document(self, document_id: int) -> None:
        self.document.show_document(document_id)

    def show_passage(self, document_id: int, start: int, end: int) -> None:
        self.document.show_passage(document_id, start, end)

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
        main.setChildrenCollapsible(False)  # the text never squeezed away by the splitter
        main.setObjectName("mainSplitter")
        self.main_splitter = main
        self.setCentralWidget(main)
        self.documents.setAccessibleName(self.tr("Documents"))
        self.code_panel.tree.setAccessibleName(self.tr("Codes"))
        self.view.setAccessibleName(self.tr("Document text"))
        self.view.text_edit.setAccessibleName(self.tr("Document text"))
        self.view.find_bar.setAccessibleName(self.tr("Find bar"))

    def _initial_size(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1400, 880
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(max(width, 900), max(height, 600))

    def _build_docks(self) -> None:
        """Cases, attributes and memos in tabbed panels beside the document; each re-reads what
        it shows when the session says what changed."""
        session = self.session
        self.case_panel = CasePanel(session, self.view)
        self.attribute_editor = AttributeEditor(session)
        self.memo_panel = MemoPanel(session, self.view, self.code_panel)
        self.retrieval = RetrievalPanel(session, self.code_panel)
        self.docks = []
        for name, title, widget in (("casesDock", self.tr("Cases"), self.case_panel),
                                    ("attributesDock", self.tr("Attributes"), self.attribute_editor),
                                    ("memosDock", self.tr("Memos"), self.memo_panel),
                                    ("passagesDock", self.tr("Coded passages and search"), self.retrieval)):
            dock = QDockWidget(title, self)
            dock.setObjectName(name)  # saveState() needs it to restore the layout
            dock.setAccessibleName(title)
            dock.setWidget(widget)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            if self.docks:
                self.tabifyDockWidget(self.docks[0], dock)
            self.docks.append(dock)
        self.timeline_dock = QDockWidget(self.tr("Timeline"), self)
        self.timeline_dock.setObjectName("timelineDock")
        self.timeline_dock.setAccessibleName(self.tr("Timeline"))
        self.timeline_dock.setWidget(QLabel(self.tr("The timeline of a case appears here.")))
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.timeline_dock)
        self.docks.append(self.timeline_dock)
        self.tools = ToolWindows(session, self.timeline_dock, self.view.selected_coding)
        self.attribute_files = AttributeFiles(session, self.attribute_editor, self.show_timeline)
        self.docks[0].raise_()
        for dock in self.docks:
            # closed at first so the document has the room; View menu opens them, and the
            # window remembers what the user left open
            dock.hide()

    def show_timeline(self) -> None:
        self.timeline_dock.show()
        self.timeline_dock.raise_()
        self.tools.timeline_view()

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
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(redo_keys())
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        bar_ = self.view.find_bar
        self.find_action = add_action(edit, self, self.tr("&Find in document..."), bar_.open, "Ctrl+F")
        add_action(edit, self, self.tr("Find &next"), bar_.next, "F3")
        add_action(edit, self, self.tr("Find &previous"), bar_.previous, "Shift+F3")
        edit.addSeparator()
        self.editing.build_menu(edit)
        self.replacing = ReplaceActions(self.session)
        self.replacing.build_menu(edit)
        self.projects.build_documents_menu(bar.addMenu(self.tr("&Documents")))
        codes_menu = bar.addMenu(self.tr("&Codes"))
        self.codebook.build_menu(codes_menu)
        self.coding.build_menu(codes_menu)
        self.attribute_files.build_menu(bar.addMenu(self.tr("C&ases")))
        self.merges = MergeActions(self.session)
        team_menu = bar.addMenu(self.tr("&Team"))
        self.merges.build_menu(team_menu)
        self.tools.build_team_menu(team_menu)
        self.quotes = QuoteActions(self.session, self.tools)
        export_menu = bar.addMenu(self.tr("E&xport"))
        self.quotes.build_menu(export_menu)
        export_menu.addSeparator()
        self.projects.coded_document.build_menu(export_menu)
        self.tools.build_analysis_menu(bar.addMenu(self.tr("A&nalysis")))
        view_menu = bar.addMenu(self.tr("&View"))
        for dock in self.docks:
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        self.coders.build_menu(view_menu.addMenu(self.tr("Codings &of")))
        self.reading.build_menu(view_menu.addMenu(self.tr("&Reading")))
        view_menu.addSeparator()
        zoom_in = add_action(view_menu, self, self.tr("Zoom &in"), lambda: self.zoom(+1), "Ctrl++")
        zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])  # = is + without Shift
        add_action(view_menu, self, self.tr("Zoom &out"), lambda: self.zoom(-1), "Ctrl+-")
        add_action(view_menu, self, self.tr("&Normal text size"), lambda: self.zoom(None), "Ctrl+0")
        help_menu = bar.addMenu(self.tr("&Help"))
        add_action(help_menu, self, self.tr("&Keyboard shortcuts"), self.show_key_map, "F1")
        add_action(help_menu, self, self.tr("&About qdacoder"), self.projects.show_about)

    def _build_toolbar(self) -> None:
        """The actions used all day, one click away: import, coding, undo/redo, find,
        analysis and export (each the menu's own action, so keys and state stay one)."""
        toolbar = QToolBar(self.tr("Toolbar"), self)
        toolbar.setObjectName("mainToolbar")  # saveState() remembers where it is
        toolbar.setAccessibleName(self.tr("Toolbar"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        by_name = {a.objectName(): a for a in self.findChildren(type(self.find_action)) if a.objectName()}
        for name in ("importFiles", None, "codeInVivo", "quickCode", "starCoding", None):
            if name is None:
                toolbar.addSeparator()
            elif name in by_name:
                toolbar.addAction(by_name[name])
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.find_action)
        toolbar.addAction(self.editing.action)
        for name in ("analysisWindow", "exportQuotes"):
            if name in by_name:
                toolbar.addAction(by_name[name])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def show_key_map(self) -> None:
        dialog = KeyMapDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def zoom(self, step: int | None) -> None:
        """Text size of the document one step larger or smaller (None: normal); remembered."""
        level = 0 if step is None else self.view.zoom_level() + step
        self.view.set_zoom(level)
        self.settings.setValue("view/zoom", self.view.zoom_level())

    # -- the project -------------------------------------------------------------------
    def _project_replaced(self) -> None:
        self._update_title()
        project = self.session.project
        if project is not None and backups.in_synced_folder(project.path):
            show_error(self, self.tr("Project in a synced folder"), self.tr(
                "This project is in a folder that a sync service (OneDrive, Dropbox, iCloud...) copies "
                "while qdacoder writes to it. That can damage the project. Keep projects in a local "
                "folder and back them up instead."))

    # -- window state ------------------------------------------------------------------------
    def _update_title(self) -> None:
        read_only = self.project is not None and self.project.read_only
        if self.project is None:
            self.setWindowTitle("qdacoder")
        else:
            name = self.tr("{name} [read-only]").format(name=self.project.name) if read_only else self.project.name
            self.setWindowTitle(f"{name} – qdacoder")
            self.setWindowFilePath(str(self.project.path))
        # what would change a read-only project is off, so nobody works on what cannot be saved
        self.read_only_label.setVisible(read_only)
        enable_editing(self, not read_only)
        self.code_panel.quick_code.setEnabled(not read_only)  # it codes on Enter
        # nor is anything taken by a drop: a passage onto a code, a code moved, files to import
        self.code_panel.tree.setAcceptDrops(not read_only)
        self.code_panel.tree.setDragEnabled(not read_only)
        self.setAcceptDrops(not read_only)
        self._update_status()

    def _update_coder_label(self) -> None:
        name = self.coder_name()
        self.coder_label.setText(self.tr("Coder: {name}").format(name=name) if name else self.tr("No coder chosen"))

    def _update_status(self, changes: Changes | None = None) -> None:
        if self.project is None:
            self._summary = None
            self.statusBar().showMessage(self.tr("Open or create a project (Project menu) to start."))
            return
        if changes is None or self._summary is None:
            self._summary = project_summary(self.project)
        else:
            self._summary = adjusted(self._summary, changes)
        s = self._summary
        # the codings the codebook, the analyses and the reports count: those of the reading
        reading = self.session.reading()
        if reading.kind == "coders":
            names = [c.name for c in list_coders(self.project) if c.id in reading.coder_ids]
            whose = self.tr("coders: {names}").format(names=", ".join(names))
        else:
            whose = self.tr("final coding") if reading.kind == "final" and has_consensus(self.project) \
                else self.tr("every coder")
        # every coding is the summary's own count, kept up to date without a query per change
        counted = s.codings if whose == self.tr("every coder") else count_codings(self.project, Filters(reading=reading))
        self.statusBar().showMessage(
            self.tr("{documents} documents, {codes} codes, {codings} codings ({reading}), {cases} cases").format(
                documents=s.documents, codes=s.codes, cases=s.cases, reading=whose, codings=counted))

    # -- drag files onto the window ------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.projects.import_with_dialog([p for p in paths if Path(p).is_file()] or paths)

    def _restore_layout(self) -> None:
        """Size and place of the window, its docks and the text's share, as left last time;
        the geometry with the dock state, else the docks' widths come back in a smaller window
        and squeeze the text."""
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.main_splitter.restoreState(splitter)
        self.view.set_zoom(int(self.settings.value("view/zoom", 0) or 0))
        columns = self.settings.value("codebook/figures")
        if columns is not None:  # the figure columns chosen from the header's menu
            self.code_panel.tree.set_figure_columns({int(c) for c in str(columns).split(",") if c.isdigit()})
        chars = self.settings.value("view/margin_chars")
        if chars is not None:
            self.view.set_margin_chars(int(chars))
        self.view.margin_widened.connect(lambda n: self.settings.setValue("view/margin_chars", n))

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.main_splitter.saveState())
        self.settings.setValue("codebook/figures", ",".join(map(str, self.code_panel.tree.figure_columns())))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_layout()
        self.session.close_project()
        super().closeEvent(event)
