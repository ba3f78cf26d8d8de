"""Which document the window shows, and keeping its highlights and the document tree in step
with every change.

The document view draws what it is given; this controller decides what that is: it opens a
document (or a passage) when the session asks, re-reads only the codings that changed, follows an
undo into the document where it happened, and tells the session which document is in view.
"""

from __future__ import annotations

from bisect import insort

from PySide6.QtCore import QObject

from ...analysis.filters import Filters
from ...analysis.frequencies import document_coding_counts
from ...core.documents import document_exists, document_text
from ...core.errors import QdaError
from ...core.journal import Changes
from ...core.text_edits import Shift
from ..session import Session
from .coding import CodingController
from .coders import CoderView
from .highlights import reading_order
from .list import DocumentTree
from .view import DocumentView


class DocumentController(QObject):
    def __init__(self, session: Session, view: DocumentView, documents: DocumentTree,
                 coding: CodingController, coders: CoderView) -> None:
        super().__init__(session)
        self.session = session
        self.view, self.documents, self.coding = view, documents, coding
        self.highlights: list = []  # what the view shows, to update it piece by piece
        self._expected: tuple | None = None  # (source, document id, Shift): see expect_edit
        documents.document_chosen.connect(self.show_document)
        session.document_requested.connect(self.show_document)
        session.passage_requested.connect(self.show_passage)
        session.project_replaced.connect(self._project_replaced)
        session.changed.connect(self._follow_changes)
        coders.changed.connect(self._reread_highlights)
        session.subscribe(self._recount)  # after the connections above: the list is loaded first

    # -- showing ------------------------------------------------------------------------------
    def show_document(self, document_id: int) -> None:
        project = self.session.project
        if project is None:
            return
        try:
            text = document_text(project, document_id)
        except QdaError as error:
            self.session.report(error)
            return
        self.highlights = self.coding.highlights(document_id)
        self.view.set_document(document_id, text, self.highlights)
        if not project.read_only:  # where to reopen is a convenience, never worth a refusal
            project.set_setting("last_document", str(document_id), is_change=False)
        self.session.document_id = document_id
        self.session.document_shown.emit(document_id)
        if self.documents.current_document_id() != document_id:
            self.documents.select_document(document_id, emit=False)

    def show_passage(self, document_id: int, start: int, end: int) -> None:
        """Open a document with a passage selected (from the timeline, the retrieval list...)."""
        self.show_document(document_id)
        if self.view.document_id() == document_id:
            self.view.select_range(start, end)

    def expect_edit(self, source: object, document_id: int, start: int, end: int, length: int) -> None:
        """The next change ``source`` makes replaces text[start:end] of the document by ``length``
        characters: the shown codings then move by the core's own rule (``Shift``, as the edit
        moves them in the project) instead of being read again, which is what makes typing in a
        transcript with thousands of codings quick."""
        self._expected = (source, document_id, Shift([(start, end, length)]))

    def set_highlights(self, highlights: list) -> None:
        self.highlights = highlights
        self.view.set_highlights(highlights)

    def _clear(self) -> None:
        self.view.set_document(None, "", [])
        self.highlights = []
        self.session.document_id = None

    def _project_replaced(self) -> None:
        """Show the new project where the user left off (otherwise its first document)."""
        self._clear()
        project = self.session.project
        self.documents.load(project)
        if project is None:
            return
        last = project.setting("last_document")
        if last is not None and last.isdigit() and document_exists(project, int(last)):
            self.show_document(int(last))
        else:
            first = self.documents.first_document_id()
            if first is not None:
                self.show_document(first)

    def _reread_highlights(self) -> None:
        current = self.view.document_id()
        if self.session.project is not None and current is not None:
            self.set_highlights(self.coding.highlights(current))

    def _recount(self, changes: Changes | None) -> None:
        """The codings per document in the list, under the reading: all of them after a new
        project, another reading or a change of documents, codes or settled documents; only
        the touched documents after codings changed (one coding: one small count), a text was
        edited or documents were added."""
        project = self.session.project
        if project is None:
            return
        filters = Filters(reading=self.session.reading())
        # an edit of a text moves codings but counts change only where it removed some, and
        # those documents are in document_ids: the list is not recounted while one types
        text_only = changes is not None and _text_edited(changes)
        if changes is not None and _added_only(changes):  # the others count what they counted
            ids = changes.document_ids
            self.documents.set_counts(document_coding_counts(project, filters, ids), ids)
        elif (changes is None or (changes.documents and not text_only) or changes.codes or changes.settled
                or changes.coders):
            self.documents.set_counts(document_coding_counts(project, filters))
        elif changes.codings and changes.document_ids:
            ids = changes.document_ids
            self.documents.set_counts(document_coding_counts(project, filters, ids), ids)

    # -- following changes ---------------------------------------------------------------------
    def _follow_changes(self, changes: Changes, source: object) -> None:
        """Refresh what ``changes`` touched, and nothing else."""
        project = self.session.project
        current = self.view.document_id()
        expected, self._expected = self._expected, None
        # an edit of a text (its log in text_edits) renames nothing and regroups nothing: the tree,
        # slow to fill in a big project, stays as it is while the researcher types
        text_only = _text_edited(changes)
        if changes.documents and not text_only:
            self.documents.load(project, added=changes.document_ids if _added_only(changes) else None)
            if current is not None and not document_exists(project, current):
                self._clear()
                current = None
        if current is not None and current in changes.document_ids and "documents" in changes.tables:
            text = document_text(project, current)
            if text != self.view.text():  # an edit of the text, its undo or redo, a replace
                self.view.replace_text(text)
                if expected is not None and expected[0] is source and expected[1] == current:
                    shift = expected[2]
                    self.set_highlights([h if moved == (h.start, h.end) else h.at(*moved) for h in self.highlights
                                         if (moved := shift.range(h.start, h.end)) is not None])
                else:  # every coding after the change may have moved
                    self.set_highlights(self.coding.highlights(current))
                return
        if not (changes.codes or changes.codings or changes.settled):
            return
        if current is not None and (changes.codes or changes.settled):  # settled: other codings count
            self.set_highlights(self.coding.highlights(current))
        elif current is not None and current in changes.document_ids:
            # only codings changed: re-read just those and hand the view only them
            fresh = self.coding.highlights(current, changes.coding_ids)
            # a new coding (most changes) takes nothing out: no walk over the 5,000 shown then
            shown = [i for i in changes.coding_ids if self.view.highlight(i) is not None]
            kept = [h for h in self.highlights if h.coding_id not in shown] if shown else list(self.highlights)
            for highlight in fresh:
                insort(kept, highlight, key=reading_order)
            self.highlights = kept
            self.view.update_highlights(changes.coding_ids, fresh)
        elif changes.codings and not changes.documents and len(changes.document_ids) == 1:
            # an undo or redo in another document: show it where it happened
            self.show_document(next(iter(changes.document_ids)))


def _text_edited(changes: Changes) -> bool:
    """Texts were edited (a key typed, a replace, their undo) and no case or case passage came
    or went: no document was renamed or regrouped, and the list's counts change only in the
    documents whose codings the edit removed."""
    return "text_edits" in changes.tables and not changes.cases


def _added_only(changes: Changes) -> bool:
    """Documents were added (an import) and nothing else was removed or changed in the codes,
    the settled documents or the coders: the documents in ``document_ids`` are the new ones
    (with their codings and case passages), the others are as they were."""
    return (changes.added("documents") > 0 and all(n > 0 for _t, n in changes.rows)
            and not (changes.codes or changes.settled or changes.coders))
