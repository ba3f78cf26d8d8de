"""How a coded passage looks in the retrieval list and in its preview.

- ``PassageDelegate`` draws the Passage cell: the coded words themselves, wrapped over up to
  ``MAX_LINES`` lines (cut with "…" beyond), and, when the context is asked for, the words
  before and after in the muted placeholder colour with the passage in bold. Only the rows on
  screen are drawn; ``height`` gives a row's height from the same text layout, so what is
  measured is what is drawn. A list of thousands of rows stays a model with one delegate, no
  widget per row.
- ``PassagePreview`` is the read-only pane under the list: the selected passage in a wider
  context (whole words, up to ``PREVIEW`` characters each side), highlighted in its code's
  colour with a text colour that keeps the contrast, and scrolled into view.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextCursor, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTextEdit

from ...core.positions import Utf16Map, utf16_length
from ...core.search import context_around
from ..common.contrast import readable_text

MAX_LINES = 5  # a longer passage is cut in the list; the preview shows all of it
PREVIEW = 600  # characters of context each side in the preview
PARTS_ROLE = Qt.ItemDataRole.UserRole + 10  # (before, passage, after) of a row, for the delegate
PADDING = 3  # pixels around the text of a cell


def _layout(parts: tuple[str, str, str], font: QFont, width: int, muted: QColor | None) -> tuple[QTextLayout, int]:
    """The text of ``parts`` laid out at ``width``: (layout, number of lines it needs)."""
    before, passage, after = parts
    layout = QTextLayout(before + passage + after, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    if before or after:  # the context muted, the passage bold: told apart without colour too
        ranges = []
        a, b, c = (utf16_length(part) for part in parts)  # Qt counts UTF-16 units
        for start, length, bold in ((0, a, False), (a, b, True), (a + b, c, False)):
            if length:
                fmt = QTextCharFormat()
                if bold:
                    fmt.setFontWeight(QFont.Weight.Bold)
                elif muted is not None:
                    fmt.setForeground(muted)
                part = QTextLayout.FormatRange()
                part.start, part.length, part.format = start, length, fmt
                ranges.append(part)
        layout.setFormats(ranges)
    layout.beginLayout()
    lines, y = 0, 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(20, width))
        line.setPosition(QPointF(0, y))
        y += line.height()
        lines += 1
    layout.endLayout()
    return layout, lines


def fitted(parts: tuple[str, str, str], font: QFont, width: int, muted: QColor | None = None) -> QTextLayout:
    """The layout of ``parts`` in at most ``MAX_LINES`` lines: a longer text is cut after the
    last line that fits and ends in "…"."""
    layout, lines = _layout(parts, font, width, muted)
    if lines <= MAX_LINES:
        return layout
    before, passage, after = parts
    last = layout.lineAt(MAX_LINES - 1)
    keep = max(0, Utf16Map(before + passage + after).to_codepoint(last.textStart() + last.textLength()) - 2)
    text = (before + passage + after)[:keep]
    cut = (text[:len(before)], text[len(before):len(before) + len(passage)], text[len(before) + len(passage):])
    before, passage, after = cut
    if after:
        after = after.rstrip() + "…"
    elif passage:
        passage = passage.rstrip() + "…"
    else:
        before = before.rstrip() + "…"
    return _layout((before, passage, after), font, width, muted)[0]


class PassageDelegate(QStyledItemDelegate):
    """Draws the wrapped passage (with its context when asked) of the Passage column."""

    def __init__(self, table) -> None:
        super().__init__(table)
        self.table = table

    def _parts(self, index) -> tuple[str, str, str]:
        return index.data(PARTS_ROLE) or ("", str(index.data() or ""), "")

    def line_height(self) -> int:
        """The height of a row of one line."""
        return self.table.fontMetrics().height() + 2 * PADDING + 1

    def height(self, index) -> int:
        """The row height this cell needs at the column's present width."""
        font = self.table.font()
        width = self.table.columnWidth(index.column()) - 2 * PADDING
        layout = fitted(self._parts(index), font, width)
        return int(layout.boundingRect().height()) + 2 * PADDING + 1

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.table.columnWidth(index.column()), self.height(index))

    def paint(self, painter, option, index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""  # the style draws the background and the selection; the text is ours
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        text_color = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = text_color if selected else option.palette.color(group, QPalette.ColorRole.PlaceholderText)
        rect: QRect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        layout = fitted(self._parts(index), option.font, rect.width(), muted)
        painter.save()
        painter.setClipRect(option.rect)
        painter.setPen(text_color)
        layout.draw(painter, QPointF(rect.topLeft()))
        painter.restore()


class PassagePreview(QTextEdit):
    """The selected passage in its context, read-only, the passage highlighted."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("passagePreview")
        self.setReadOnly(True)
        self.setAccessibleName(self.tr("Passage in its context"))
        self.setPlaceholderText(self.tr("Select a passage to read it in its context."))
        self.passage: tuple[int, int] | None = None  # where the passage is in the text shown

    def show_passage(self, text: str, start: int, end: int, color: str) -> None:
        """Show ``text[start:end]`` with up to ``PREVIEW`` characters (whole words) each side."""
        before, after = context_around(text, start, end, PREVIEW)
        lead = "…" if start - len(before) > 0 else ""
        tail = "…" if end + len(after) < len(text) else ""
        shown = lead + before + text[start:end] + after + tail
        self.setPlainText(shown)
        first = len(lead + before)
        self.passage = (first, first + end - start)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(color))
        fmt.setForeground(readable_text(QColor(color)))  # the contrast holds in light and dark palettes
        cursor = self.textCursor()
        to_qt = Utf16Map(shown).to_utf16  # Qt counts UTF-16 units
        cursor.setPosition(to_qt(self.passage[0]))
        cursor.setPosition(to_qt(self.passage[1]), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
        cursor.setPosition(to_qt(self.passage[0]))
        self.setTextCursor(cursor)
        # the passage near the top, its context before it in sight but not filling the pane
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top() - self.viewport().height() // 4)

    def clear_passage(self) -> None:
        self.clear()
        self.passage = None
