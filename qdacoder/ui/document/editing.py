"""Edit mode: correcting a document's text in the window, its codings kept on their words.

Design rules:
- The view never changes its text itself (DocumentView.text_edit_requested): every edit runs
  ``core.text_edits.edit_text`` through the session, and the view shows the project's new text
  when the session says the document changed (DocumentController). Typing, undo, redo and a
  replace in documents all reach the view the same way, so it cannot drift from the project.
- A run of typing is one undo step: keys typed (or deleted with Backspace or Delete) one after
  the other where the last one ended, without a pause of PAUSE seconds, join the step before.
  A cursor jump, a pause, a paste, another kind of edit, any other change of the project and
  leaving edit mode start a new step.
- Deleting text that holds whole codings asks first, naming them; nothing changes until the
  researcher agrees.
- While edit mode is on, the single-key coding shortcuts (+, −, 0, Delete) are off so these
  keys type, and a banner above the text says that typing changes the document.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ..common.actions import EDITS
from ...core.errors import QdaError
from ...core.text_edits import CodingsWouldBeRemoved, edit_text
from ..session import Session
from .coding import CodingController
from .controller import DocumentController
from .removal import warn_codings_removed
from .view import DocumentView

PAUSE = 2.0  # seconds without typing that end a run of typing (one undo step)


@dataclass(frozen=True)
class _Typed:
    """The last edit of a run of typing: where the next one must be to join it."""

    document_id: int
    kind: str  # "type" or "delete"
    position: int  # where the next key of the run edits
    at: float  # time.monotonic()


class TextEditing(QObject):
    def __init__(self, session: Session, view: DocumentView, coding: CodingController,
                 document: DocumentController) -> None:
        super().__init__(session)
        self.session, self.view, self.coding, self.document = session, view, coding, document
        self._last: _Typed | None = None
        self._runs = 0  # numbers the runs of typing: the merge key of their undo steps
        self.action = QAction(self.tr("&Edit text"), session.widget)
        self.action.setObjectName("editText")
        self.action.setCheckable(True)
        self.action.setProperty(EDITS, True)  # off in a read-only project, with every action that changes it
        self.action.setShortcut(QKeySequence("Ctrl+E"))
        self.action.setToolTip(self.tr("Edit the document's text (its codings stay on their words); "
                                       "the coding keys +, −, 0 and Delete are off meanwhile"))
        self.action.toggled.connect(self.set_editing)
        session.widget.addAction(self.action)
        view.text_edit_requested.connect(self.edit)
        session.changed.connect(self._on_changed)
        session.project_replaced.connect(self._project_replaced)
        session.document_shown.connect(lambda _document_id: self._end_run())

    def build_menu(self, menu: QMenu) -> None:
        menu.addAction(self.action)

    # -- the mode ------------------------------------------------------------------------------
    def set_editing(self, on: bool) -> None:
        project = self.session.project
        if on and (project is None or project.read_only or self.view.document_id() is None):
            self.session.show_message(self.tr("Open a document of a project you can change to edit its text."), 5000)
            self.action.setChecked(False)
            return
        if self.action.isChecked() != on:
            self.action.setChecked(on)  # comes back here through toggled
            return
        self.view.set_editing(on)
        self.coding.set_single_keys(not on)
        self._end_run()
        if on:
            self.view.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.session.show_message(self.tr("Editing text: Ctrl+E again stops editing."), 5000)

    def is_editing(self) -> bool:
        return self.view.is_editing()

    def _project_replaced(self) -> None:
        self.set_editing(False)

    # -- edits ---------------------------------------------------------------------------------
    def edit(self, start: int, end: int, text: str) -> None:
        """Replace text[start:end] of the shown document by ``text`` (from the view)."""
        document_id = self.view.document_id()
        if self.session.project is None or document_id is None:
            return
        key = self._merge_key(document_id, start, end, text)
        label = self.tr("Delete text") if not text else self.tr("Type text") if key is not None else self.tr("Edit text")
        self.document.expect_edit(self, document_id, start, end, len(text))
        journal = self.session.run_operation(
            label, lambda: edit_text(self.session.project, document_id, start, end, text),
            on_error=lambda error: self._refused(error, document_id, start, end, text),
            source=self, merge=key)
        if journal is None:
            self._end_run()
        else:
            self.view.place_cursor(start + len(text))

    def _merge_key(self, document_id: int, start: int, end: int, text: str) -> object | None:
        """The undo step's merge key: the same as the edit before when this one continues its
        run of typing; None for an edit that is a step of its own (a paste)."""
        if len(text) > 1:  # a paste or an input method's word: a step of its own
            self._end_run()
            return None
        kind = "type" if text else "delete"
        now, last = time.monotonic(), self._last
        continues = (last is not None and last.document_id == document_id and last.kind == kind
                     and now - last.at < PAUSE and last.position in ((start,) if text else (start, end)))
        if not continues:
            self._runs += 1
        self._last = _Typed(document_id, kind, start + len(text), now)
        return document_id, self._runs

    def _end_run(self) -> None:
        self._last = None

    def _on_changed(self, _changes, source: object) -> None:
        if source is not self:  # another change (an undo, a coding) ends the run of typing
            self._end_run()

    def _refused(self, error: QdaError, document_id: int, start: int, end: int, text: str) -> None:
        if not isinstance(error, CodingsWouldBeRemoved):
            self.session.report(error)
            return
        warn_codings_removed(self.session.widget, error, lambda: self._remove_inside(document_id, start, end, text),
                             title=self.tr("Delete coded text"), agree=self.tr("Delete text and codings"))

    def _remove_inside(self, document_id: int, start: int, end: int, text: str) -> None:
        if self.session.project is None or self.view.document_id() != document_id:
            return
        self.document.expect_edit(self, document_id, start, end, len(text))
        journal = self.session.run_operation(
            self.tr("Delete text and codings"),
            lambda: edit_text(self.session.project, document_id, start, end, text, remove_inside=True), source=self)
        if journal is not None:
            self.view.place_cursor(start + len(text))

