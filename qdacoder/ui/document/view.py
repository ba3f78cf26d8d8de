"""The document in the middle of the window: its text, coloured codings and the code margin.

Design rules:
- The view only shows what it is given (text + Highlights); no project access here.
- Every position in the public API is a code point (a Python string index, as the project
  stores it). Qt counts UTF-16 units; one Utf16Map per document converts at this boundary.
- Speed: the document is never formatted as a whole. On every scroll, resize or change of
  codings the view asks its IntervalIndex for the codings near the visible text, cuts that
  stretch into elementary segments at every coding boundary and shows them as extra
  selections. Cost follows the screen, not the size of the transcript or its codings.
- Paragraphs stand apart: a layout adds a gap below every paragraph followed by another, in
  pixels only, so the text and every position stay the document's own (see _ParagraphLayout).
- Edit mode (off by default) never lets Qt change the text: every key, paste or input-method
  commit that would change it becomes ``text_edit_requested(start, end, text)`` in code points,
  and the text changes only when the window's controller hands the new text back
  (``replace_text``) after the project changed. So the view can never drift from the project;
  should anything slip past, the shown text is put back at once.
- Overlaps stay visible: a segment covered by several codings gets a blended, deeper colour
  and an underline; the selected coding gets a saturated colour here and a framed bar in the
  margin.
"""

from __future__ import annotations

import atexit
import json
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from html import escape

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFontDatabase,
    QFontMetricsF,
    QInputMethodEvent,
    QKeySequence,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPlainTextDocumentLayout,
    QPlainTextEdit,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from qdacoder.core.intervals import IntervalIndex, max_depth, segments
from qdacoder.core.positions import Utf16Map

from .margin import DocumentMargin
from ..common.drag import PASSAGE_MIME
from .find import FindBar
from .highlights import Highlight, find_hit_format, reading_order, segment_format

PAD = 400  # code points highlighted beyond the visible text, so a partly visible line is never missed
MEMO_CHARS = 300
MIN_WIDTH = 380  # the text never wraps a word per line beside wide docks
ZOOM_STEP, ZOOM_LIMIT = 1.0, 12  # points per step; steps either way  # longer memos are shortened in tooltips
PARAGRAPH_GAP = 0.6  # the space below a paragraph, in lines of the text's font


class _ParagraphLayout(QPlainTextDocumentLayout):
    """The plain text layout with a gap below each paragraph that another one follows.

    QPlainTextEdit ignores block margins (and QTextEdit lays out the whole document, far too
    slow for a long transcript), but it places, paints, scrolls and hit-tests every block by
    the height this layout reports; so a taller block leaves room below its last line without
    adding a character. An empty line already is a gap: it gets none, nor does the line before it.
    """

    _gap = 0.0  # also while the base class is made: it may ask for a block's height then

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)

    def set_gap(self, pixels: float) -> None:
        self._gap = pixels

    def gap_below(self, block: QTextBlock) -> float:
        following = block.next()
        # length counts the paragraph separator: 1 is an empty paragraph
        return self._gap if following.isValid() and block.length() > 1 and following.length() > 1 else 0.0

    def blockBoundingRect(self, block: QTextBlock):  # noqa: N802 (Qt override)
        rect = super().blockBoundingRect(block)
        gap = self.gap_below(block) if block.isVisible() else 0.0
        if gap:
            rect.setHeight(rect.height() + gap)
        return rect


_READING = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
# keys that delete from the cursor when nothing is selected, and how far
_DELETING = (
    (QKeySequence.StandardKey.DeleteStartOfWord, QTextCursor.MoveOperation.PreviousWord),
    (QKeySequence.StandardKey.DeleteEndOfWord, QTextCursor.MoveOperation.NextWord),
    (QKeySequence.StandardKey.Backspace, QTextCursor.MoveOperation.PreviousCharacter),
    (QKeySequence.StandardKey.Delete, QTextCursor.MoveOperation.NextCharacter),
)
_PLAIN_DELETE = {Qt.Key.Key_Backspace: QTextCursor.MoveOperation.PreviousCharacter,
                 Qt.Key.Key_Delete: QTextCursor.MoveOperation.NextCharacter}
_COMMAND = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
# command keys (Ctrl, Cmd) the text keeps in edit mode; every other one is the window's (undo,
# redo, quick code...), where Qt's editable text would claim Ctrl+Z or Ctrl+K for itself
_TEXT_COMMANDS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Paste,
                  QKeySequence.StandardKey.SelectAll, QKeySequence.StandardKey.DeleteStartOfWord,
                  QKeySequence.StandardKey.DeleteEndOfWord)
_MOVING = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End,
           Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


def plain_lines(text: str) -> str:
    """Pasted or committed text with the line ends a document has (\n only)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n").replace("\u2028", "\n")


_exit_hook: list[bool] = []


def _release_clipboard_at_exit() -> None:
    """Mime data made in Python and left on the clipboard is deleted by Qt after Python has
    shut down, and its Python side then crashes the program as it ends. So, before Python shuts
    down, the clipboard gets the same text in mime data of Qt's own."""
    if _exit_hook:
        return
    _exit_hook.append(True)

    def release() -> None:
        app = QApplication.instance()
        clipboard = app.clipboard() if app is not None else None
        data = clipboard.mimeData() if clipboard is not None else None
        if data is not None and data.hasFormat(PASSAGE_MIME):
            clipboard.setText(data.text())

    atexit.register(release)


class _PassageTextEdit(QPlainTextEdit):
    """The text. Reports plain clicks, right-clicks and tooltip requests (viewport
    coordinates) to its view, and adds the passage in code points to dragged or copied text.
    In edit mode it reports what typing would change (UTF-16 positions) instead of changing it."""

    clicked = Signal(QPoint)  # press and release without dragging and with no text selected
    context_requested = Signal(QPoint, QPoint)  # viewport position, global position
    tooltip_requested = Signal(QPoint, QPoint)
    resized = Signal()
    edit_requested = Signal(int, int, str)  # UTF-16 start and end of the replaced text, new text
    editing = False  # on the class too: Qt sends events before __init__ has run and while deleting

    def __init__(self, passage: Callable[[], dict | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._passage = passage
        self._press: QPoint | None = None
        self.editing = False
        document = QTextDocument(self)
        self.paragraphs = _ParagraphLayout(document)
        document.setDocumentLayout(self.paragraphs)
        self.setDocument(document)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)  # nothing is edited; an undo stack would only cost memory
        self.setTextInteractionFlags(_READING)
        self.setTabChangesFocus(True)  # a tab is no part of a transcript; Tab leaves the text
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        self.setFont(font)
        self._fit_gap()  # also when the font was already this one (no FontChange then)
        # QPlainTextEdit ignores line height; a wide document margin gives the text air instead
        self.document().setDocumentMargin(14)
        self._drops, self._viewport_drops = self.acceptDrops(), self.viewport().acceptDrops()

    def set_editing(self, on: bool) -> None:
        """Edit mode: a caret, and typing reported as edit_requested (read-only otherwise)."""
        self.editing = on
        self.setReadOnly(not on)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction if on else _READING)
        # Qt's own drop into an editable text would insert (or move) text past edit_requested;
        # refused, a dropped file goes on to the window's import as in reading mode
        self.setAcceptDrops(self._drops and not on)
        self.viewport().setAcceptDrops(self._viewport_drops and not on)

    def event(self, event) -> bool:
        # an editable text claims Ctrl+Z and the redo keys for its own undo: leave them to the window
        if self.editing and event.type() == QEvent.Type.ShortcutOverride and self._windows_key(event):
            event.ignore()
            return False
        return super().event(event)

    @staticmethod
    def _windows_key(event) -> bool:
        modifiers = event.modifiers()
        if not modifiers & _COMMAND or modifiers & Qt.KeyboardModifier.AltModifier or event.key() in _MOVING:
            return False  # Ctrl+Alt is AltGr on Windows: it types (€)
        return not any(event.matches(key) for key in _TEXT_COMMANDS)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.editing:
            change = self._change_for(event)
            if change is not None:
                if change:
                    self.edit_requested.emit(*change)
                event.accept()
                return
        super().keyPressEvent(event)

    def _change_for(self, event) -> tuple | None:
        """What ``event`` would change: (start, end, new text) in UTF-16, () for a key that
        changes nothing here (Backspace at the start), None for a key that is no edit."""
        if self._windows_key(event) or event.key() == Qt.Key.Key_Insert:
            return ()  # nothing Qt's own editing would do with it (delete a line, overwrite mode)
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        if event.matches(QKeySequence.StandardKey.Cut):
            if start == end:
                return ()
            self.copy()
            return start, end, ""
        if event.matches(QKeySequence.StandardKey.Paste):
            return None  # Qt's paste calls insertFromMimeData
        move = next((move for key, move in _DELETING if event.matches(key)), None)
        if move is None and not event.modifiers() & _COMMAND:
            move = _PLAIN_DELETE.get(event.key())  # Shift+Backspace too, which no standard key names
        if move is not None:
            if start != end:
                return start, end, ""
            probe = QTextCursor(cursor)
            probe.movePosition(move, QTextCursor.MoveMode.KeepAnchor)
            return (probe.selectionStart(), probe.selectionEnd(), "") if probe.hasSelection() else ()
        if event.modifiers() & _COMMAND and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            return None  # copying, moving and selecting (Ctrl+Alt is AltGr on Windows: it types)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return start, end, "\n"
        text = event.text()
        if text and text.isprintable():
            return start, end, text
        return None  # moving, selecting, copying and the window's keys

    def insertFromMimeData(self, source) -> None:  # noqa: N802 (Qt override)
        # paste (Ctrl+V, Shift+Insert, middle click); drops are refused in edit mode
        if self.editing:
            text = plain_lines(source.text())
            cursor = self.textCursor()
            if text:
                self.edit_requested.emit(cursor.selectionStart(), cursor.selectionEnd(), text)

    def inputMethodEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # dead keys and input methods (ë, é) commit text here instead of in a key press
        if self.editing and event.commitString():
            cursor = self.textCursor()
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            if event.replacementLength():
                start = cursor.position() + event.replacementStart()
                end = start + event.replacementLength()
            self.edit_requested.emit(start, end, plain_lines(event.commitString()))
            super().inputMethodEvent(QInputMethodEvent(event.preeditString(), event.attributes()))
            return
        super().inputMethodEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # the gap follows the font (zoom); set before Qt lays the text out anew for the new font
        if event.type() == QEvent.Type.FontChange:
            self._fit_gap()
        super().changeEvent(event)

    def _fit_gap(self) -> None:
        self.paragraphs.set_gap(round(QFontMetricsF(self.font()).lineSpacing() * PARAGRAPH_GAP))

    def createMimeDataFromSelection(self):  # noqa: N802 (Qt override)
        # Qt's own mime data for a text selection reports a fixed list of formats, so a format
        # added to it is invisible to drop targets (hasFormat() says no): copy into a plain one.
        source = super().createMimeDataFromSelection()
        mime = QMimeData()
        _release_clipboard_at_exit()
        for name in source.formats():
            mime.setData(name, source.data(name))
        passage = self._passage()
        if passage is not None:
            mime.setData(PASSAGE_MIME, QByteArray(json.dumps(passage).encode("utf-8")))
        return mime

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._press = event.position().toPoint() if event.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        if (event.position().toPoint() - press).manhattanLength() < QApplication.startDragDistance():
            self.clicked.emit(press)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # no default menu (its Cut, Paste and Delete would also bypass edit_requested): the window offers actions for codings via coding_context_menu
        self.context_requested.emit(event.pos(), event.globalPos())
        event.accept()

    def viewportEvent(self, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ToolTip:
            self.tooltip_requested.emit(event.pos(), event.globalPos())
            return True
        return super().viewportEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.resized.emit()


def _common_prefix(a: str, b: str) -> int:
    """The length of the start ``a`` and ``b`` share: halving steps, each comparing only the
    stretch not yet known to be equal, so a megabyte costs about two copies of it."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


class DocumentView(QWidget):
    """Shows one document with its codings. Signals:

    - ``selection_changed()``: the text selection changed.
    - ``coding_selected(coding_id)``: a click on a highlight or margin bar, a right-click on
      one, or select_coding() chose a coding; -1 when a click on plain text cleared it. Emitted
      on every such action, also when the coding was already selected. set_document and
      set_highlights drop a coding that no longer exists without emitting.
    - ``coding_context_menu(coding_id, global_pos)``: right-click on a highlight or margin bar.
    - ``text_edit_requested(start, end, text)``: in edit mode, the user typed, deleted or pasted:
      text[start:end] (code points) is to become ``text``. The view itself does not change it.
    """

    selection_changed = Signal()
    text_edit_requested = Signal(int, int, str)
    margin_widened = Signal(int)  # the margin's edge was dragged: characters per column
    coding_selected = Signal(int)
    coding_context_menu = Signal(int, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document_id: int | None = None
        self._length = 0
        self._text = ""
        self._map = Utf16Map("")
        self._by_id: dict[int, Highlight] = {}
        self._index: IntervalIndex[Highlight] = IntervalIndex([])
        self._depth = 0
        self._selected: int | None = None
        self._shown: tuple | None = None  # what the extra selections were made for (see _refresh)
        self._text = ""
        self._hits: list[tuple[int, int]] = []  # hits of the search in the document, sorted
        self._hit_starts: list[int] = []
        self._current_hit: int | None = None
        self._hits_version = 0

        self.text_edit = _PassageTextEdit(self._passage, self)
        self.text_edit.setPlaceholderText(self.tr("Open a document to read and code it."))
        self.margin = DocumentMargin(self.text_edit, self._describe)
        self.find_bar = FindBar(self)
        self.edit_banner = QLabel()
        self.edit_banner.setObjectName("editBanner")
        self.edit_banner.setText(self.tr("Editing text: what you type changes the document (Ctrl+Z undoes it). "
                                         "The coding keys +, −, 0 and Delete are off."))
        self.edit_banner.setWordWrap(True)
        # its own colours, so it reads the same in light and dark palettes
        self.edit_banner.setStyleSheet("QLabel#editBanner { background: #ffd54f; color: #1a1a1a; padding: 4px 8px; }")
        self.edit_banner.hide()
        self._applying = False  # the view itself is changing the text (not the user)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.edit_banner)
        layout.addWidget(self.text_edit)

        edit = self.text_edit
        edit.verticalScrollBar().valueChanged.connect(self._refresh)
        edit.updateRequest.connect(self._on_update_request)
        edit.resized.connect(self._on_resized)
        edit.selectionChanged.connect(self.selection_changed)
        edit.clicked.connect(self._on_click)
        edit.context_requested.connect(self._on_context)
        edit.tooltip_requested.connect(self._on_tooltip)
        edit.edit_requested.connect(self._on_edit_requested)
        edit.document().contentsChange.connect(self._on_contents_change)
        self.margin.bar_clicked.connect(self._choose)
        self.margin.bar_context_menu.connect(self._on_bar_context)
        self.margin.widened.connect(self._on_margin_widened)
        self.margin.set_columns(1)
        self._fit_margin()
        self.setMinimumWidth(MIN_WIDTH)
        self._base_point_size = self.text_edit.font().pointSizeF()
        self._zoom = 0

    # -- public API ------------------------------------------------------------------------

    def set_document(self, document_id: int | None, text: str, highlights: Sequence[Highlight]) -> None:
        """Show ``text`` (None: an empty view) with its codings, from the top, nothing selected."""
        text = text if document_id is not None else ""
        # nothing to highlight while the text is replaced (it scrolls and refreshes meanwhile)
        self._length, self._selected = 0, None
        self._store([])
        self._hits, self._hit_starts, self._current_hit = [], [], None
        self._applying = True
        try:
            self.text_edit.setPlainText(text)
        finally:
            self._applying = False
        self._document_id, self._map, self._length, self._text = document_id, Utf16Map(text), len(text), text
        self._store(highlights)
        # one column from the start, so the first coding does not push the text aside
        self.margin.set_columns(max(1, self._depth))
        self._fit_margin()
        self.find_bar.refresh()

    def set_highlights(self, highlights: Sequence[Highlight]) -> None:
        """The codings changed: show the new ones, keeping scroll position and text selection."""
        self._store(highlights)
        self._after_change()

    def update_highlights(self, removed: Iterable[int], added: Sequence[Highlight]) -> None:
        """A few codings changed: take those with the ids ``removed`` out and put ``added`` in (a
        changed coding is in both); the thousands of others stay where they are, so the cost
        follows the change, not the document."""
        for coding_id in removed:
            gone = self._by_id.pop(coding_id, None)
            if gone is not None:
                self._index.remove(gone)
        for highlight in self._showable(added):
            self._by_id[highlight.coding_id] = highlight
            self._index.add(highlight)
            # the codings covering any point of the new one all overlap it; the depth elsewhere
            # is what it was (after a removal it may be lower: the margin never narrows anyway)
            self._depth = max(self._depth, max_depth(self._index.overlapping(highlight.start, highlight.end)))
        self._after_change()

    def _after_change(self) -> None:
        self._shown = None
        if self._selected not in self._by_id:
            self._selected = None
        self.margin.set_columns(max(self.margin.columns(), self._depth))
        self._fit_margin()

    def text(self) -> str:
        """The text shown (of ``document_id()``)."""
        return self._text

    def document_id(self) -> int | None:
        return self._document_id

    # -- edit mode -------------------------------------------------------------------------

    def set_editing(self, on: bool) -> None:
        """Edit mode on or off (see text_edit_requested); a banner says it is on."""
        self.text_edit.set_editing(on)
        self.edit_banner.setVisible(on)

    def is_editing(self) -> bool:
        return self.text_edit.editing

    def replace_text(self, text: str) -> None:
        """The shown document's text is now ``text`` (an edit, its undo or redo): change only
        what differs, keeping the scroll position and the cursor where they were. The codings
        moved with it: set_highlights should follow."""
        old = self._text
        if text == old:
            return
        start = _common_prefix(old, text)
        same_end = _common_prefix(old[start:][::-1], text[start:][::-1])
        cursor = QTextCursor(self.text_edit.document())
        cursor.setPosition(self._map.to_utf16(start))
        cursor.setPosition(self._map.to_utf16(len(old) - same_end), QTextCursor.MoveMode.KeepAnchor)
        bar = self.text_edit.verticalScrollBar()
        scrolled = bar.value()
        self._store([])  # old positions mean nothing in the new text
        self._applying = True
        try:
            cursor.insertText(text[start : len(text) - same_end])
        finally:
            self._applying = False
        self._map, self._length, self._text = Utf16Map(text), len(text), text
        bar.setValue(scrolled)
        self.find_bar.recount()
        self._shown = None
        self._relayout()

    def place_cursor(self, position: int) -> None:
        """Put the text cursor at ``position`` (code points), nothing selected, and show it."""
        cursor = QTextCursor(self.text_edit.document())
        cursor.setPosition(self._map.to_utf16(max(0, min(position, self._length))))
        self.text_edit.setTextCursor(cursor)
        self.text_edit.ensureCursorVisible()

    def _on_edit_requested(self, start: int, end: int, text: str) -> None:
        if self._document_id is not None:
            self.text_edit_requested.emit(self._map.to_codepoint(start), self._map.to_codepoint(end), text)

    def _on_contents_change(self, _position: int, _removed: int, _added: int) -> None:
        # the text changed and the view did not do it: something slipped past edit_requested.
        # Show the document's text again (after Qt has finished its own change).
        if not self._applying:
            QTimer.singleShot(0, self._restore_text)

    def _restore_text(self) -> None:
        if self.text_edit.toPlainText() != self._text:
            bar = self.text_edit.verticalScrollBar()
            scrolled = bar.value()
            highlights = list(self._by_id.values())
            self._applying = True
            try:
                self.text_edit.setPlainText(self._text)
            finally:
                self._applying = False
            self._store(highlights)
            bar.setValue(scrolled)
            self._relayout()

    def _on_margin_widened(self, chars: int) -> None:
        self._fit_margin()
        self.margin_widened.emit(chars)

    def set_margin_chars(self, chars: int) -> None:
        self.margin.set_chars(chars)
        self._fit_margin()

    def zoom_level(self) -> int:
        return self._zoom

    def set_zoom(self, level: int) -> None:
        """Text size ``level`` steps (a point each) above or below the normal size."""
        self._zoom = max(-ZOOM_LIMIT // 2, min(ZOOM_LIMIT, level))
        font = self.text_edit.font()
        font.setPointSizeF(max(6.0, self._base_point_size + self._zoom * ZOOM_STEP))
        self.text_edit.setFont(font)
        self._shown = None
        self._relayout()

    def text(self) -> str:
        return self._text

    def set_find_hits(self, hits: Sequence[tuple[int, int]], current: int | None) -> None:
        """Highlight the hits of a search (code points, sorted), ``current`` (an index) stronger."""
        self._hits, self._current_hit = list(hits), current
        self._hit_starts = [start for start, _end in self._hits]
        self._hits_version += 1
        self._refresh()

    def find_hits(self) -> list[tuple[int, int]]:
        return list(self._hits)

    def selection(self) -> tuple[int, int] | None:
        """The selected passage in code points, or None when nothing is selected."""
        cursor = self.text_edit.textCursor()
        if self._document_id is None or not cursor.hasSelection():
            return None
        return self._map.to_codepoint(cursor.selectionStart()), self._map.to_codepoint(cursor.selectionEnd())

    def select_range(self, start: int, end: int) -> None:
        """Select the passage start..end (code points) and scroll it into view."""
        start, end = sorted((max(0, min(start, self._length)), max(0, min(end, self._length))))
        cursor = QTextCursor(self.text_edit.document())
        cursor.setPosition(self._map.to_utf16(start))
        cursor.setPosition(self._map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self._set_cursor_keeping_scroll(cursor)
        self._reveal(start, end)

    def clear_selection(self) -> None:
        """Drop the text selection, leaving the cursor at its end and the scroll as it is."""
        cursor = self.text_edit.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self._set_cursor_keeping_scroll(cursor)

    def selected_coding(self) -> int | None:
        return self._selected

    def select_coding(self, coding_id: int | None) -> None:
        """Select (and scroll to) a coding; None or an unknown id clears. Emits coding_selected."""
        self._choose(coding_id if coding_id in self._by_id else None)
        if self._selected is not None:
            coding = self._by_id[self._selected]
            self._reveal(coding.start, coding.end)

    def cycle_coding_at_cursor(self) -> Highlight | None:
        """Select a coding at the text cursor, the next one there on every call (innermost
        first), so valence, star, memo and remove work from the keyboard."""
        cursor = self.text_edit.textCursor()
        position = self._map.to_codepoint(cursor.selectionStart() if cursor.hasSelection() else cursor.position())
        here = self.codings_at(position) or (self.codings_at(position - 1) if position > 0 else [])
        if not here:
            return None
        ids = [h.coding_id for h in here]
        chosen = ids[(ids.index(self._selected) + 1) % len(ids)] if self._selected in ids else ids[0]
        self._choose(chosen)
        return self._by_id[chosen]

    def highlight(self, coding_id: int) -> Highlight | None:
        return self._by_id.get(coding_id)

    def codings_at(self, position: int) -> list[Highlight]:
        """Codings containing the code point ``position``, innermost (shortest) first."""
        return self._index.at(position)

    # -- highlighting ----------------------------------------------------------------------

    def _showable(self, highlights: Sequence[Highlight]) -> list[Highlight]:
        # a coding outside the text (stale data) or an empty one has nothing to show
        return [h for h in highlights if 0 <= h.start < h.end <= self._length]

    def _store(self, highlights: Sequence[Highlight]) -> None:
        kept = self._showable(highlights)
        self._by_id = {h.coding_id: h for h in kept}
        self._index = IntervalIndex(kept, key=reading_order)
        self._depth = max_depth(kept)
        self._shown = None

    def _visible_range(self) -> tuple[int, int]:
        """The code points from the first to the last visible character."""
        viewport = self.text_edit.viewport()
        first = self.text_edit.cursorForPosition(QPoint(0, 0)).position()
        last = self.text_edit.cursorForPosition(QPoint(viewport.width(), viewport.height())).position()
        return self._map.to_codepoint(first), self._map.to_codepoint(last)

    def _refresh(self) -> None:
        """Highlight the codings near the visible text; cheap when nothing visible changed."""
        first, last = self._visible_range()
        lo, hi = max(0, first - PAD), min(self._length, last + PAD)
        key = (lo, hi, self._selected, self._hits_version)
        if key == self._shown:
            return
        self._shown = key
        codings = self._index.overlapping(lo, hi)
        doc = self.text_edit.document()
        selections = []
        for start, end, covering in segments(codings, lo, hi):
            cursor = QTextCursor(doc)
            cursor.setPosition(self._map.to_utf16(start))
            cursor.setPosition(self._map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor, selection.format = cursor, segment_format(covering, self._selected)
            selections.append(selection)
        # search hits on top of the codings: only those near the visible text (sorted, so bisect)
        first_hit = max(0, bisect_left(self._hit_starts, lo) - 1)
        for n in range(first_hit, len(self._hits)):
            start, end = self._hits[n]
            if start > hi:
                break
            if end < lo:
                continue
            cursor = QTextCursor(doc)
            cursor.setPosition(self._map.to_utf16(start))
            cursor.setPosition(self._map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor, selection.format = cursor, find_hit_format(n == self._current_hit)
            selections.append(selection)
        self.text_edit.setExtraSelections(selections)
        visible = [c for c in codings if c.start <= last and c.end > first]
        self.margin.set_codings(visible, self._map, self._selected)
        self._grow_margin()

    def _grow_margin(self) -> None:
        """Widen the margin when the visible bars need more columns than it has (codings sharing
        a line need columns that their overlap in characters does not show). It never narrows
        while a document is shown: scrolling must not re-wrap the text back and forth."""
        needed = self.margin.columns_needed()
        if needed > self.margin.columns():
            self.margin.set_columns(needed)
            self._fit_margin()

    def _fit_margin(self) -> None:
        """Reserve room for the margin; only a change of width re-wraps the text."""
        width = self.margin.preferred_width()
        if self.text_edit.viewportMargins().left() != width:
            self.text_edit.setViewportMargins(width, 0, 0, 0)
        self._on_resized()

    def _on_resized(self) -> None:
        rect = self.text_edit.contentsRect()
        self.margin.setGeometry(QRect(rect.left(), rect.top(), self.margin.preferred_width(), rect.height()))
        self._relayout()

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        # a scroll or a new layout of the whole view (not a cursor blink or one changed line)
        if dy or rect.contains(self.text_edit.viewport().rect()):
            self._relayout()

    def _relayout(self) -> None:
        """The text moved or was wrapped anew: what is visible and where it is may have changed."""
        self._refresh()
        self.margin.text_moved()
        self._grow_margin()

    # -- selecting codings -----------------------------------------------------------------

    def _choose(self, coding_id: int | None) -> None:
        self._selected = coding_id
        self._refresh()
        self.coding_selected.emit(-1 if coding_id is None else coding_id)

    def _char_at(self, point: QPoint) -> int | None:
        """The code point of the character drawn at ``point`` (viewport), None off the text."""
        edit = self.text_edit
        cursor = edit.cursorForPosition(point)
        if point.x() < edit.cursorRect(cursor).x():  # the right half of the character before
            cursor.movePosition(QTextCursor.MoveOperation.PreviousCharacter)
        rect = edit.cursorRect(cursor)
        after = QTextCursor(cursor)
        after.movePosition(QTextCursor.MoveOperation.NextCharacter)
        next_rect = edit.cursorRect(after)
        character = edit.document().characterAt(cursor.position())
        if character in ("\u2029", "\n", "", "\x00") or not rect.top() <= point.y() <= rect.bottom():
            return None
        if next_rect.top() == rect.top():
            width = next_rect.x() - rect.x()
        else:  # the next character starts a new line
            width = edit.fontMetrics().horizontalAdvance(character)
        if not rect.x() <= point.x() < rect.x() + max(width, 1):
            return None
        return self._map.to_codepoint(cursor.position())

    def _codings_at_point(self, point: QPoint) -> list[Highlight]:
        position = self._char_at(point)
        return [] if position is None else self.codings_at(position)

    def _on_click(self, point: QPoint) -> None:
        codings = self._codings_at_point(point)
        self._choose(codings[0].coding_id if codings else None)

    def _on_context(self, point: QPoint, global_pos: QPoint) -> None:
        codings = self._codings_at_point(point)
        if codings:
            self._on_bar_context(codings[0].coding_id, global_pos)

    def _on_bar_context(self, coding_id: int, global_pos: QPoint) -> None:
        self._choose(coding_id)
        self.coding_context_menu.emit(coding_id, global_pos)

    def _on_tooltip(self, point: QPoint, global_pos: QPoint) -> None:
        codings = self._codings_at_point(point)
        if codings:
            QToolTip.showText(global_pos, self._describe(codings), self.text_edit.viewport())
        else:
            QToolTip.hideText()

    def _describe(self, codings: Sequence[Highlight]) -> str:
        """Tooltip: code path, coder and memo of each coding (escaped: names are user text)."""
        parts = []
        for c in codings:
            coder = self.tr("Coded by {coder}").format(coder=c.coder)
            lines = [f"<b>{escape(c.code_path or c.code_name)}</b>", escape(coder)]
            if c.valence == "promoting":
                lines.append(escape(self.tr("Promoting (bevorderend, +)")))
            elif c.valence == "hindering":
                lines.append(escape(self.tr("Hindering (belemmerend, −)")))
            if c.memo:
                memo = c.memo if len(c.memo) <= MEMO_CHARS else c.memo[:MEMO_CHARS] + "…"
                lines.append("<i>" + escape(memo).replace("\n", "<br>") + "</i>")
            parts.append("<br>".join(lines))
        return "<qt>" + "<hr>".join(parts) + "</qt>"

    # -- scrolling -------------------------------------------------------------------------

    def _set_cursor_keeping_scroll(self, cursor: QTextCursor) -> None:
        """setTextCursor scrolls to the cursor's end; the caller decides what to show instead."""
        bar = self.text_edit.verticalScrollBar()
        value = bar.value()
        self.text_edit.setTextCursor(cursor)
        bar.setValue(value)

    def _reveal(self, start: int, end: int) -> None:
        """Scroll so the passage is visible: all of it when it fits, else its start at the top."""
        first, last = self._visible_range()
        if first <= start and end <= last + 1:
            return
        edit = self.text_edit
        kept = edit.textCursor()
        edit.blockSignals(True)  # the probing cursor moves are no change of selection
        try:
            for position in (end, start):  # showing the end then the start leaves both when they fit
                probe = QTextCursor(edit.document())
                probe.setPosition(self._map.to_utf16(position))
                edit.setTextCursor(probe)
                edit.ensureCursorVisible()
            self._set_cursor_keeping_scroll(kept)
        finally:
            edit.blockSignals(False)
        self.margin.invalidate()  # its updateRequest was blocked with the other signals

    def _passage(self) -> dict | None:
        selection = self.selection()
        if selection is None:
            return None
        return {"document_id": self._document_id, "start": selection[0], "end": selection[1]}
