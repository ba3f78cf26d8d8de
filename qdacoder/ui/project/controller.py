"""Project and document actions: new, open, recent projects, the coder, importing files."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QProgressDialog

from ... import __version__
from ...core import cases as cases_mod
from ...core import documents
from ...core.errors import QdaError
from ...core.lock import Lock, ProjectLocked, acquire
from ...core.project import SUFFIX, Project, writable
from ...core.schema import DOCUMENT_KINDS
from ...importers import SUPPORTED_EXTENSIONS, ReadOptions, read_file
from ...importers.turns import find_turns
from ...exchange.starters import start_from_codebook, starter_titles
from ..common.dialogs import ImportDialog, ImportOptions
from ..common.errors import message_for, show_error
from ..common.texts import kind_label, translate
from ..export.coded_document import CodedDocumentActions
from ..export.qdpx import QdpxActions
from .backups import BackgroundBackups, RestoreDialog, project_of

from ..common.actions import add_action, edits, popup
from ..common.background import wait_for
from ..common.files import ask_open, ask_open_many, ask_save

if TYPE_CHECKING:  # pragma: no cover
    from ..session import Session

MAX_RECENT = 8


@dataclass
class ImportReport:
    imported: list[int] = field(default_factory=list)  # document ids
    failed: list[str] = field(default_factory=list)  # messages naming the file and the reason
    left_out: list[str] = field(default_factory=list)  # "file: what was left out or added"


def _read(path: str, options: ReadOptions):
    """A file's text and turns, or the QdaError saying why it cannot be read (returned, not
    raised, so the worker's refusal reaches the report like any other)."""
    try:
        return read_file(path, options)
    except QdaError as error:
        return error


class ProjectController(QObject):
    def __init__(self, session: Session, documents) -> None:
        super().__init__(session)
        self.session = session
        self.documents = documents  # the document tree: the document chosen there
        self.qdpx = QdpxActions(session, self.open_project)
        self.coded_document = CodedDocumentActions(session)  # also in the Export menu
        self.backups = BackgroundBackups(session)
        documents.customContextMenuRequested.connect(self._document_menu)

    # -- menus ----------------------------------------------------------------------------
    def build_menu(self, menu: QMenu) -> None:
        add_action(menu, self.session.widget, self.tr("&New project..."), self.new_project_dialog, QKeySequence.StandardKey.New)
        add_action(menu, self.session.widget, self.tr("&Open project..."), self.open_project_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        add_action(menu, self.session.widget, self.tr("&Close project"), self.close_project, QKeySequence.StandardKey.Close)
        menu.addSeparator()
        add_action(menu, self.session.widget, self.tr("New project from REFI-QDA &file (.qdpx)..."), self.qdpx.new_dialog)
        add_action(menu, self.session.widget, self.tr("&Export REFI-QDA project (.qdpx)..."), self.qdpx.export_dialog)
        menu.addSeparator()
        add_action(menu, self.session.widget, self.tr("Restore &backup..."), self.restore_dialog)
        menu.addSeparator()
        add_action(menu, self.session.widget, self.tr("Change &coder..."), self.session.ask_coder)
        menu.addSeparator()
        add_action(menu, self.session.widget, self.tr("&Quit"), self.session.widget.close, QKeySequence.StandardKey.Quit)

    def build_documents_menu(self, menu: QMenu) -> None:
        add_action(menu, self.session.widget, self.tr("&Import files..."), self.import_dialog,
                   QKeySequence("Ctrl+Shift+I"), edits=True).setObjectName("importFiles")
        menu.addSeparator()
        add_action(menu, self.session.widget, self.tr("&Rename document..."), self.rename_document, edits=True)
        add_action(menu, self.session.widget, self.tr("Put in &case..."), self.set_case_dialog, edits=True)
        add_action(menu, self.session.widget, self.tr("Change &kind..."), self.set_kind_dialog, edits=True)
        add_action(menu, self.session.widget, self.tr("&Delete document..."), self.delete_document, edits=True)

    def _document_menu(self, position) -> None:
        """The context menu of a document in the tree: what the Documents menu does to it."""
        document_id = self.documents.document_at(position)
        if document_id is None or self.session.project is None:
            return
        self.documents.select_document(document_id, emit=False)
        current = documents.get_document(self.session.project, document_id).kind
        menu = QMenu(self.documents)
        edits(menu.addAction(self.tr("&Rename document..."), self.rename_document),
              menu.addAction(self.tr("Put in &case..."), self.set_case_dialog))
        kinds = menu.addMenu(self.tr("&Kind"))
        for kind in DOCUMENT_KINDS:
            action = kinds.addAction(kind_label(kind))
            edits(action)
            action.setCheckable(True)
            action.setChecked(kind == current)
            action.triggered.connect(lambda _checked=False, k=kind: self.set_kind(document_id, k))
        menu.addSeparator()
        menu.addAction(self.tr("&Print coded document..."), lambda: self.coded_document.export_dialog(document_id))
        menu.addSeparator()
        edits(menu.addAction(self.tr("&Delete document..."), self.delete_document))
        self.document_menu = menu  # for tests: the menu last shown
        popup(menu, self.documents.viewport().mapToGlobal(position), self.session.project.read_only)


    # -- opening projects --------------------------------------------------------------------
    def _lock(self, path: Path) -> Lock | None:
        """The project's lock, or None when someone else has it open and the user does not
        want to open it anyway."""
        try:
            return acquire(path)
        except ProjectLocked as locked:
            answer = QMessageBox.question(self.session.widget, self.tr("Project in use"), message_for(locked) + "\n\n" + self.tr(
                "Two windows on one project can overwrite each other's view of it. Open it anyway?"))
            return acquire(path, force=True) if answer == QMessageBox.StandardButton.Yes else None

    def open_project(self, path: str | Path) -> bool:
        # a project that cannot be written opens read-only: no lock, no backup (both write)
        read_only = Path(path).is_file() and not writable(Path(path))
        lock = self._lock(Path(path)) if Path(path).is_file() and not read_only else None
        if Path(path).is_file() and lock is None and not read_only:
            return False
        try:
            project = Project.open(path)
        except QdaError as error:
            if lock is not None:
                lock.release()
            show_error(self.session.widget, self.tr("Cannot open project"), message_for(error))
            return False
        if project.read_only:
            show_error(self.session.widget, self.tr("Read-only project"), self.tr(
                "{file} cannot be written (the file, its folder or the medium is read-only). It is "
                "open for reading: nothing you do can be saved in it.").format(file=project.path.name),
                icon=QMessageBox.Icon.Information, name="readOnlyNotice")
        self.session.set_project(project, lock)  # gives back the lock of the project shown before
        self._remember(project.path)
        if not project.read_only:  # a read-only folder has no room for backups beside the file
            self.backups.start(project.path)  # on a worker thread: opening does not wait for it
        return True

    def new_project(self, path: str | Path, starter: str | None = None) -> bool:
        """Create a project, empty or starting from the starter codebook ``starter``."""
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(SUFFIX)
        try:
            project = Project.create(path)
        except QdaError as error:
            show_error(self.session.widget, self.tr("Cannot create project"), message_for(error))
            return False
        lock = acquire(path, force=True)  # a new file: nobody else can have it open
        # reports in Dutch when the codebook is (the starters are) or the window speaks Dutch
        if starter or QCoreApplication.translate("qdacoder", "Method") != "Method":
            project.set_setting("output_language", "nl")
        if starter:
            try:
                start_from_codebook(project, starter)
            except QdaError as error:
                show_error(self.session.widget, self.tr("Starter codebook not loaded"), message_for(error))
        self.session.set_project(project, lock)  # gives back the lock of the project shown before
        self._remember(project.path)
        return True

    def restore_dialog(self) -> Path | None:
        """Project > Restore backup...: the backups of the open project (or of a project file
        chosen when none is open); a restored project is opened when the user wants."""
        if self.session.project is not None:
            project_path = self.session.project.path
        else:
            chosen = ask_open(self.session, None, self.tr("Choose the project (or one of its backups)"),
                              self.tr("qdacoder projects (*{suffix});;All files (*)").format(suffix=SUFFIX), "project")
            if not chosen:
                return None
            project_path = project_of(Path(chosen))
        dialog = RestoreDialog(project_path, self.session.settings, self.session.widget, ask_target=lambda title, name: ask_save(
            self.session, dialog, title, self.tr("qdacoder projects (*{suffix})").format(suffix=SUFFIX), "project", name=name))
        dialog.exec()
        if dialog.restored is not None:
            answer = QMessageBox.question(self.session.widget, self.tr("Backup restored"), self.tr(
                "The backup was restored as {file}. Open it now?").format(file=str(dialog.restored)))
            if answer == QMessageBox.StandardButton.Yes:
                self.open_project(dialog.restored)
        return dialog.restored

    def new_project_dialog(self) -> None:
        path = ask_save(self.session, None, self.tr("New project"),
                        self.tr("qdacoder projects (*{suffix})").format(suffix=SUFFIX), "projects",
                        name=self.tr("New study"))
        if not path:
            return
        titles = starter_titles()
        empty = self.tr("An empty codebook")
        choice, ok = QInputDialog.getItem(
            self.session.widget, self.tr("New project"), self.tr("Start with the codebook of an earlier study?"),
            [empty] + list(titles.values()), 0, False)
        if ok:
            names = {title: name for name, title in titles.items()}
            self.new_project(path, names.get(choice))

    def open_project_dialog(self) -> None:
        path = ask_open(self.session, None, self.tr("Open project"),
                        self.tr("qdacoder projects (*{suffix});;All files (*)").format(suffix=SUFFIX), "projects")
        if path:
            self.open_project(path)

    def close_project(self) -> None:
        self.session.set_project(None)

    def recent_projects(self) -> list[str]:
        value = self.session.settings.value("recent_projects", []) or []
        return [value] if isinstance(value, str) else list(value)

    def _remember(self, path: Path) -> None:
        entry = str(Path(path).resolve())
        recent = [entry] + [p for p in self.recent_projects() if p != entry]
        self.session.settings.setValue("recent_projects", recent[:MAX_RECENT])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for n, path in enumerate(self.recent_projects(), 1):
            action = self.recent_menu.addAction(f"&{n} {Path(path).name}  —  {Path(path).parent}")
            action.triggered.connect(lambda _checked=False, p=path: self.open_project(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(no recent projects)")).setEnabled(False)

    # -- importing ---------------------------------------------------------------------------
    def import_dialog(self) -> None:
        if self.session.project is None:
            self.session.show_message(self.tr("Open or create a project first."), 5000)
            return
        patterns = " ".join(f"*{ext}" for ext in SUPPORTED_EXTENSIONS)
        paths = ask_open_many(self.session, None, self.tr("Import documents"),
                              self.tr("Documents ({patterns});;All files (*)").format(patterns=patterns), "documents")
        if paths:
            self.import_with_dialog(paths)

    def import_with_dialog(self, paths: list[str]) -> ImportReport | None:
        if self.session.project is None:
            show_error(self.session.widget, self.tr("No project"), self.tr("Open or create a project before importing files."))
            return None
        dialog = ImportDialog(paths, [c.name for c in cases_mod.list_cases(self.session.project)], self.session.widget)
        if not dialog.exec():
            return None
        return self.import_files(paths, dialog.options())

    def import_files(self, paths: list[str], options: ImportOptions) -> ImportReport:
        """Import each file whole or not at all; one undo step for the lot; a report of what
        failed and why."""
        report = ImportReport()
        if options.autocode_speakers and not self.session.need_coder():
            options = replace(options, autocode_speakers=False)
        read_options = ReadOptions(kind=options.kind, turns=options.find_turns,
                                   comments=options.comments, running_lines=options.running_lines)
        progress = QProgressDialog(self.tr("Importing..."), self.tr("Cancel"), 0, len(paths), self.session.widget)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        # Files are read (a big PDF takes seconds) on a worker thread, in order, while the ones
        # read before are stored, so the window keeps painting and Cancel keeps working; the
        # project is written on this thread only, as an SQLite connection belongs to one thread.
        # The window hears of the lot once, at the end: re-reading every document's row after
        # each file would make a folder cost more the bigger the project.
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qdacoder-import")
        try:
            with self.session.one_step(self.tr("Import {n} document(s)").format(n=len(paths))):
                reads = [pool.submit(_read, path, read_options) for path in paths]
                for n, (path, read) in enumerate(zip(paths, reads)):
                    progress.setValue(n)
                    progress.setLabelText(self.tr("Importing {file}...").format(file=Path(path).name))
                    if not wait_for(read, progress):
                        break
                    imported = read.result()
                    if isinstance(imported, QdaError):
                        report.failed.append(message_for(imported))
                    else:
                        self._store(imported, options, report)
        finally:
            pool.shutdown(wait=False, cancel_futures=True)
            progress.close()
        left_out = "\n".join(report.left_out)
        if report.failed:
            title = self.tr("{n} of {total} file(s) could not be imported").format(n=len(report.failed), total=len(paths))
            show_error(self.session.widget, title, "\n\n".join(report.failed), left_out)
        elif report.left_out:  # one box at a time: with failures, this goes into its details
            show_error(self.session.widget, self.tr("Not everything was imported as text"), left_out,
                       icon=QMessageBox.Icon.Information, name="importNotice")
        if report.imported:
            self.session.show_message(self.tr("Imported {n} document(s).").format(n=len(report.imported)), 8000)
            self.session.show_document(report.imported[-1])
        return report

    def _store(self, imported, options: ImportOptions, report: ImportReport) -> None:
        journal = self.session.run_operation(
            self.tr("Import {file}").format(file=imported.source_name),
            lambda: documents.import_document(
                self.session.project, name=Path(imported.source_name).stem, text=imported.text, turns=imported.turns,
                source_name=imported.source_name, kind=imported.kind, case_name=options.case_name,
                autocode_coder_id=self.session.coder_id if options.autocode_speakers else None,
                speaker_parent=self.tr("Speakers")),
            on_error=lambda error: report.failed.append(message_for(error)))
        if journal is not None:
            report.imported.append(journal.result)
            if imported.summary():
                report.left_out.append(f"{imported.source_name}: {imported.summary(translate)}")

    # -- documents ---------------------------------------------------------------------------
    def _current_document(self) -> int | None:
        document_id = self.documents.current_document_id() or self.session.document_id
        if document_id is None:
            self.session.show_message(self.tr("Select a document first."), 5000)
        return document_id

    def rename_document(self) -> None:
        document_id = self._current_document()
        if document_id is None:
            return
        current = documents.get_document(self.session.project, document_id).name
        name, ok = QInputDialog.getText(self.session.widget, self.tr("Rename document"), self.tr("New name:"), text=current)
        if ok and name.strip() and name.strip() != current:
            self.session.run_operation(self.tr("Rename document"),
                                 lambda: documents.rename_document(self.session.project, document_id, name))

    def set_case_dialog(self) -> None:
        document_id = self._current_document()
        if document_id is None:
            return
        names = [c.name for c in cases_mod.list_cases(self.session.project)]
        name, ok = QInputDialog.getItem(self.session.widget, self.tr("Case"), self.tr("Case of this document (type a new name to create one):"),
                                        [""] + names, 0, True)
        if ok:
            self.set_case(document_id, name.strip() or None)

    def set_case(self, document_id: int, case_name: str | None) -> None:
        self.session.run_operation(self.tr("Put document in case"),
                             lambda: cases_mod.set_document_case(self.session.project, document_id, case_name))

    def set_kind_dialog(self) -> None:
        document_id = self._current_document()
        if document_id is None:
            return
        current = documents.get_document(self.session.project, document_id).kind
        labels = [kind_label(kind) for kind in DOCUMENT_KINDS]
        label, ok = QInputDialog.getItem(self.session.widget, self.tr("Kind of document"), self.tr("Kind:"),
                                         labels, DOCUMENT_KINDS.index(current), False)
        if ok:
            self.set_kind(document_id, DOCUMENT_KINDS[labels.index(label)])

    def set_kind(self, document_id: int, kind: str) -> None:
        """Change the kind; its text and codings stay as they are. A document made a transcript
        gets its speaker turns found, as an import would, when it has none."""
        project = self.session.project
        turns = find_turns(documents.document_text(project, document_id)) if kind == "transcript" else ()
        journal = self.session.run_operation(self.tr("Change document kind"),
                                             lambda: documents.set_document_kind(project, document_id, kind, turns))
        if journal is not None and journal.result:
            self.session.show_message(self.tr("{n} speaker turn(s) found in the text.").format(n=journal.result), 6000)

    def delete_document(self) -> None:
        document_id = self._current_document()
        if document_id is None:
            return
        document = documents.get_document(self.session.project, document_id)
        answer = QMessageBox.question(self.session.widget, self.tr("Delete document"), self.tr(
            "Delete “{name}” and all its codings from the project? You can undo this with Ctrl+Z.").format(name=document.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.session.run_operation(self.tr("Delete document"),
                                 lambda: documents.delete_document(self.session.project, document_id))

    def show_about(self) -> None:
        QMessageBox.about(self.session.widget, self.tr("About qdacoder"), self.tr(
            "<b>qdacoder {version}</b><br>Qualitative coding of interviews and field notes for "
            "action-learning research in youth care.").format(version=__version__))
