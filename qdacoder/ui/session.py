"""The window's session: the open project, the current coder, the undo stack and
``run_operation``, and the signals every part of the window listens to.

Design rules (as napari's widgets know the viewer model, not the window):
- Panels and controllers receive the session (and, where they need it, a narrow part of the
  document view); none of them knows the main window.
- Every operation, undo and redo ends in one ``changed(changes, source)`` signal. Each part
  re-reads what ``changes`` touched; ``source`` is the object that started the operation (None for
  undo and redo), so a part can skip re-reading what it just changed itself (as Anki's hooks do).
- Opening or closing a project emits ``project_replaced``: everything is read anew.
- The reading (whose codings count: the final coding, all, chosen coders) is the session's,
  so the codebook's figures, the document, retrieval, the analysis window, quotes and reports
  all count the same codings. Choosing another emits ``reading_changed`` and then ``reread``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QWidget

from ..analysis.filters import ALL, FINAL, Reading, coders_reading
from ..core.coders import ensure_coder, find_coder, list_coders
from ..core.errors import QdaError
from ..core.journal import Changes, Journal
from ..core.project import Project
from .common.errors import message_for, show_error
from .common.undo import BatchCommand, JournalCommand, MergingJournalCommand


class Session(QObject):
    changed = Signal(object, object)  # Changes, the object that started it (None: undo or redo)
    project_replaced = Signal()  # another project (or none) is shown: read everything anew
    reread = Signal()  # what operations cannot tell changed (coders a merge brought in): panels re-read
    coder_changed = Signal()
    reading_changed = Signal()  # another reading is chosen (then ``reread`` follows)
    message = Signal(str, int)  # a short note for the status bar, and how long it stays (ms)
    document_shown = Signal(object)  # the document now in view (None: none)
    passage_requested = Signal(int, int, int)  # show this document with start..end selected
    document_requested = Signal(int)  # show this document

    def __init__(self, settings: QSettings, widget: QWidget) -> None:
        super().__init__(widget)
        self.settings = settings
        self.widget = widget  # the top-level window: the parent of dialogs and window-wide shortcuts
        self.project: Project | None = None
        self.coder_id: int | None = None
        self.lock = None  # this window's claim on the project file (core.lock)
        self.document_id: int | None = None  # the document in view
        self.undo_stack = QUndoStack(self)
        self._held: Changes | None = None  # changes held back inside batched()
        self._batch: BatchCommand | None = None  # the undo step of one_step()

    # -- listening ------------------------------------------------------------------------------
    def subscribe(self, refresh: Callable[[Changes | None], None], owner: object | None = None) -> None:
        """Call ``refresh(changes)`` after every change and ``refresh(None)`` when another project
        is shown or everything is to be read again. With ``owner``, changes that ``owner`` started itself are skipped."""
        def on_changed(changes: Changes, source: object) -> None:
            if owner is None or source is not owner:
                refresh(changes)

        self.changed.connect(on_changed)
        self.project_replaced.connect(lambda: refresh(None))
        self.reread.connect(lambda: refresh(None))

    # -- the project ------------------------------------------------------------------------------
    def set_project(self, project: Project | None, lock=None) -> None:
        """Show ``project`` (None: nothing), holding ``lock``. Closes the one shown before and
        gives back its lock."""
        self.close_project()
        self.project = project
        self.lock = lock
        self.coder_id = self._coder_id(self.coder_name())
        self.project_replaced.emit()

    def close_project(self) -> None:
        if self.project is not None:
            self.project.close()
            self.project = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        self.undo_stack.clear()
        self.coder_id = None
        self.document_id = None

    # -- the coder --------------------------------------------------------------------------------
    def coder_name(self) -> str:
        return str(self.settings.value("coder", "") or "")

    def set_coder_name(self, name: str) -> None:
        self.settings.setValue("coder", name.strip())
        if self.project is not None:
            self.coder_id = self._coder_id(name)
        self.coder_changed.emit()

    def _coder_id(self, name: str) -> int | None:
        """The coder's id; a read-only project is never written, so a new coder stays unknown
        there (nothing can be coded in it anyway)."""
        if self.project is None or not name.strip():
            return None
        if self.project.read_only:
            coder = find_coder(self.project, name)
            return coder.id if coder else None
        return ensure_coder(self.project, name).id

    def ask_coder(self) -> None:
        name, ok = QInputDialog.getText(
            self.widget, self.tr("Coder"), self.tr("Your name as coder (shown with every coding you make):"),
            text=self.coder_name())
        if ok and name.strip():
            self.set_coder_name(name)

    def need_coder(self) -> bool:
        """True when there is a coder to code as; asks for a name first when there is none."""
        if self.coder_id is None:
            self.ask_coder()
        return self.coder_id is not None

    # -- the reading -----------------------------------------------------------------------------
    def reading_kind(self) -> str:
        """"final", "all" or "coders" (the coders named in the setting view/reading_coders)."""
        kind = str(self.settings.value("view/reading", "final") or "final")
        return kind if kind in ("final", "all", "coders") else "final"

    def reading_coder_names(self) -> list[str]:
        value = self.settings.value("view/reading_coders", []) or []
        return [value] if isinstance(value, str) else list(value)

    def reading(self) -> Reading:
        """Whose codings count in every figure, list and export of the window."""
        kind = self.reading_kind()
        if kind == "all":
            return ALL
        if kind == "coders":
            names = set(self.reading_coder_names())
            found = [c.id for c in list_coders(self.project) if c.name in names] if self.project is not None else []
            return coders_reading(found)
        return FINAL

    def set_reading(self, kind: str, coder_names: list[str] | None = None) -> None:
        if coder_names is not None:
            self.settings.setValue("view/reading_coders", list(coder_names))
        self.settings.setValue("view/reading", kind)
        self.reading_changed.emit()
        self.reread.emit()

    # -- running operations ------------------------------------------------------------------------
    def run_operation(self, text: str, operation: Callable[[], Journal],
                      on_error: Callable[[QdaError], None] | None = None, source: object | None = None,
                      merge: object | None = None) -> Journal | None:
        """Run a core operation, push it on the undo stack as ``text`` and tell everyone what
        changed. A refused operation changes nothing; its reason goes to ``on_error`` (default: a
        dialog). With ``merge``, it joins the undo step before it when that step was pushed with
        the same ``merge`` key (a run of typing is one step)."""
        try:
            journal = operation()
        except QdaError as error:
            (on_error or self.report)(error)
            return None
        if journal.steps:
            if merge is None:
                command = JournalCommand(text, self.project, journal, self.apply_changes, self.report)
            else:
                command = MergingJournalCommand(merge, text, self.project, journal, self.apply_changes, self.report)
            if self._batch is None:
                self.undo_stack.push(command)
            else:
                self._batch.commands.append(command)
            self.apply_changes(journal.changes, source)
        return journal

    def apply_changes(self, changes: Changes, source: object | None = None) -> None:
        """Tell every part of the window what ``changes`` touched (after an operation that did not
        go through ``run_operation``, such as an import on a worker, too)."""
        if self.project is None or not changes:
            return
        if self._held is not None:
            self._held = self._held | changes
        else:
            self.changed.emit(changes, source)

    @contextmanager
    def batched(self) -> Iterator[None]:
        """Hold back the ``changed`` signal and send one with everything at the end: a part that
        re-reads all its rows (the document tree) then does so once, not once per operation."""
        if self._held is not None:  # already inside
            yield
            return
        self._held = Changes()
        try:
            yield
        finally:
            held, self._held = self._held, None
            self.apply_changes(held)

    @contextmanager
    def one_step(self, text: str) -> Iterator[None]:
        """The operations run inside (each with ``run_operation``) become one undo step named
        ``text``, and the window hears of them once, at the end (and once on undo and redo)."""
        self._batch = BatchCommand(text, self.batched)
        try:
            with self.batched():
                yield
        finally:
            batch, self._batch = self._batch, None
            if batch.commands:
                self.undo_stack.push(batch)  # its redo() is a no-op for commands that ran already

    def report(self, error: QdaError) -> None:
        show_error(self.widget, self.tr("qdacoder"), message_for(error))

    # -- asking the window ----------------------------------------------------------------------------
    def show_message(self, text: str, milliseconds: int = 5000) -> None:
        self.message.emit(text, milliseconds)

    def show_document(self, document_id: int) -> None:
        self.document_requested.emit(document_id)

    def show_passage(self, document_id: int, start: int, end: int) -> None:
        self.passage_requested.emit(document_id, start, end)
