"""The margin beside the document text that names the codes of each passage.

Design rules:
- It lays out and paints only the codings the view hands it (those touching the visible text)
  and maps positions to y through the layout of the visible blocks; a coding that reaches
  beyond the screen is clamped to the edge without looking at its far end. So its cost follows
  the screen, never the size of the transcript.
- Bars are laid out in pixels every time the text moves: greedy columns, so overlapping
  passages stand side by side. The number of columns (the margin's width) is set by the view
  and only grows while a document is shown: every change of width re-wraps the text, so it
  should happen seldom (see DocumentView._grow_margin).
- A passage starting or ending inside a line gets a bar from or to the middle of that line, so
  consecutive sentences on one line can share a column.
- What does not fit the capped columns is counted in a "+n" badge, never dropped silently.
- The widget is a child of the text edit (like the line-number area of Qt's code editor
  example) and spans the viewport's height, so its y coordinates are the viewport's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QToolTip, QWidget

from qdacoder.core.positions import Utf16Map

MAX_COLUMNS = 4
BAR_WIDTH = 4
INSET = 1.5  # a bar is drawn this much shorter at each end, so bars meeting in one column stay apart
EDGE = 4  # free pixels at the margin's left edge and before the text
GRIP = 5  # pixels at the margin's right edge that widen it when dragged
MIN_CHARS, MAX_CHARS, CHARS = 6, 40, 12  # a column's room for the code name, in average characters


class MarginBar(NamedTuple):
    """A coding's bar as laid out: its column (0 = leftmost) and its visible y range."""

    coding_id: int
    column: int
    y_top: float
    y_bottom: float


class _Line(NamedTuple):
    top: float
    bottom: float
    start: int  # UTF-16 position of the line's first character
    end: int  # UTF-16 position after its last character


def _assign(spans: list, columns: int, label_height: int) -> tuple[list[MarginBar], list, list[float]]:
    """Greedy columns: each bar takes the leftmost column free at its top (a column is taken
    down to the bar's bottom or its label's, whichever is lower). Returns the bars, the codings
    without a column grouped by the y of their badge, and the columns used."""
    free_from: list[float] = []  # per column: the y from which it is free again
    bars, overflow = [], {}
    for top, bottom, h in spans:
        label_top = max(top, 0.0)
        column = next((c for c, y in enumerate(free_from) if y <= top), None)
        if column is None and len(free_from) < columns:
            column = len(free_from)
            free_from.append(0.0)
        if column is None:
            overflow.setdefault(round(label_top), []).append(h)
            continue
        free_from[column] = max(bottom, label_top + label_height)
        bars.append(MarginBar(h.coding_id, column, top, bottom))
    return bars, sorted(overflow.items()), free_from


class DocumentMargin(QWidget):
    """Coloured bars and code names for the visible codings.

    Emits ``bar_clicked(coding_id)`` for a click on a bar or its label and
    ``bar_context_menu(coding_id, global_pos)`` for a right-click on one."""

    bar_clicked = Signal(int)
    bar_context_menu = Signal(int, QPoint)
    widened = Signal(int)  # the user dragged the margin's edge: characters per column

    def __init__(self, edit: QPlainTextEdit, describe: Callable[[Sequence], str]) -> None:
        super().__init__(edit)
        self._edit = edit
        self._describe = describe  # tooltip text for codings; the view owns the wording
        self._map = Utf16Map("")
        self._codings: list = []
        self._selected: int | None = None
        self._columns = 0
        self._layout: tuple[list, list, int, tuple] | None = None  # cached (bars, badges, needed, geometry)
        # for one geometry: the first and last visible positions, and where passages stand on
        # screen by (start, end) in UTF-16; a coding added or removed lays the bars out anew,
        # but the other passages' places are those of the layout before
        self._places_for: tuple | None = None
        self._visible = (0, 0)
        self._places: dict[tuple[int, int], tuple[float, float]] = {}
        self._press: QPoint | None = None
        font = QFont(edit.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.85))
        self.setFont(font)
        fm = self.fontMetrics()
        self._chars = CHARS
        self._column_width = self._width_for(CHARS)
        self._badge_width = fm.horizontalAdvance("+99") + 6
        self._drag_from: tuple[int, int] | None = None  # (x, characters) while widening
        self.setMouseTracking(True)  # the resize cursor over the grip

    def _width_for(self, chars: int) -> int:
        return self.fontMetrics().averageCharWidth() * chars + BAR_WIDTH + 8 + self._icons_room()

    def _icons_room(self) -> int:
        return 2 * (self.fontMetrics().height() + 2)  # a star and a lock before the name

    def set_chars(self, chars: int) -> None:
        """Room for ``chars`` average characters of code name per column (the width)."""
        self._chars = max(MIN_CHARS, min(MAX_CHARS, int(chars)))
        self._column_width = self._width_for(self._chars)
        self.invalidate()

    def chars(self) -> int:
        return self._chars

    # -- what the view tells it ------------------------------------------------------------

    def set_columns(self, columns: int) -> None:
        """How many columns of bars to show (capped at MAX_COLUMNS); this sets the width."""
        self._columns = min(columns, MAX_COLUMNS)
        self.invalidate()

    def columns(self) -> int:
        return self._columns

    def columns_needed(self) -> int:
        """Columns the visible bars need to stand side by side (at most MAX_COLUMNS)."""
        return self._laid_out()[2]

    def set_codings(self, codings: Sequence, text_map: Utf16Map, selected: int | None) -> None:
        """Show ``codings`` (Highlights near the visible text, positions in code points)."""
        self._codings, self._map, self._selected = list(codings), text_map, selected
        self.invalidate()

    def invalidate(self) -> None:
        """What is shown changed: lay the bars out anew at the next paint."""
        self._layout = None
        self.update()

    def text_moved(self) -> None:
        """The text may have moved or been laid out again (the view cannot always tell: every
        repaint of the whole text looks alike): lay the bars out anew only when it did."""
        if self._layout is not None and self._layout[3] != self._geometry():
            self._layout = None
        self.update()

    def _geometry(self) -> tuple:
        """Where the text stands: the bars' y positions follow from this and the codings."""
        edit, viewport = self._edit, self._edit.viewport()
        offset = edit.contentOffset()
        return (edit.verticalScrollBar().value(), offset.x(), offset.y(), viewport.width(), viewport.height(),
                edit.document().revision(), edit.font().key())

    def preferred_width(self) -> int:
        badge = self._badge_width if self._columns == MAX_COLUMNS else 0  # room for "+n"
        return 2 * EDGE + self._columns * self._column_width + badge

    def bars(self) -> list[MarginBar]:
        """The bars as laid out for the current scroll position (visible codings only)."""
        return list(self._laid_out()[0])

    def hidden(self) -> list[int]:
        """Visible codings that found no free column and are counted in a "+n" badge."""
        return [h.coding_id for _, hidden in self._laid_out()[1] for h in hidden]

    def bar_rect(self, bar: MarginBar) -> QRectF:
        """Where a bar and its label respond to the mouse: its column, from the top of its
        visible part to its bottom (at least one label high)."""
        top = max(bar.y_top, 0.0)
        bottom = max(bar.y_bottom, top + self.fontMetrics().height())
        return QRectF(self._column_x(bar.column), top, self._column_width, bottom - top)

    # -- layout ----------------------------------------------------------------------------

    def _laid_out(self) -> tuple[list, list, int]:
        if self._layout is None:
            spans = self._spans()
            needed = len(_assign(spans, MAX_COLUMNS, self._label_height())[2])
            bars, overflow, _ = _assign(spans, self._columns, self._label_height())
            self._layout = bars, overflow, needed, self._geometry()
        return self._layout[:3]

    def _label_height(self) -> int:
        return self.fontMetrics().height()

    def _spans(self) -> list[tuple[float, float, object]]:
        """(y top, y bottom, coding) of the visible codings, earliest and then longest first."""
        edit, viewport = self._edit, self._edit.viewport()
        height = viewport.height()
        geometry = self._geometry()
        if geometry != self._places_for:
            self._visible = (edit.cursorForPosition(QPoint(0, 0)).position(),
                             edit.cursorForPosition(QPoint(viewport.width(), height)).position())
            self._places, self._places_for = {}, geometry
        places, (first, last) = self._places, self._visible
        spans = []
        for h in self._codings:
            start, end = self._map.to_utf16(h.start), self._map.to_utf16(h.end)
            if end <= first or start > last:
                continue
            place = places.get((start, end))
            if place is None:
                place = places[(start, end)] = self._span_y(start, end, first, last, height)
            top, bottom = place
            if bottom > 0 and top < height:
                spans.append((top, bottom, h))
        # outer passages (earlier, longer) get the left columns
        spans.sort(key=lambda s: (s[0], -s[1], s[2].start, s[2].coding_id))
        return spans

    def _span_y(self, start: int, end: int, first: int, last: int, height: int) -> tuple[float, float]:
        """Visible y range of the passage start..end (UTF-16); clamped beyond the screen."""
        head = self._line(start) if start >= first else None
        tail = self._line(end - 1) if end - 1 <= last else None
        if head and tail and head.top == tail.top:
            return head.top, head.bottom  # a passage within one line gets the whole line
        top = -1.0 if head is None else head.top if start <= head.start else (head.top + head.bottom) / 2
        if tail is None:
            bottom = height + 1.0
        else:
            # one trailing space (where the line wraps) still counts as the end of the line
            bottom = tail.bottom if end >= tail.end - 1 else (tail.top + tail.bottom) / 2
        return top, bottom

    def _line(self, position: int) -> _Line:
        """The visual line holding the UTF-16 position, in viewport coordinates."""
        edit = self._edit
        block = edit.document().findBlock(position)
        # blockBoundingGeometry lays the block out, so its lines exist afterwards
        geometry = edit.blockBoundingGeometry(block).translated(edit.contentOffset())
        layout = block.layout()
        line = layout.lineForTextPosition(position - block.position())
        if not line.isValid():  # the block separator lies after the last line
            if layout.lineCount() == 0:
                end = block.position() + block.length() - 1
                return _Line(geometry.top(), geometry.bottom(), block.position(), end)
            line = layout.lineAt(layout.lineCount() - 1)
        top = geometry.top() + line.y()
        line_start = block.position() + line.textStart()
        return _Line(top, top + line.height(), line_start, line_start + line.textLength())

    # -- painting --------------------------------------------------------------------------

    def _column_x(self, column: int) -> int:
        return EDGE + column * self._column_width

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Window))
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(self.width() - 1, 0, self.width() - 1, self.height())
        bars, badges, _ = self._laid_out()
        by_id = {h.coding_id: h for h in self._codings}
        for bar in bars:
            self._paint_bar(painter, bar, by_id[bar.coding_id], self._label_right(bar, bars))
        self._paint_badges(painter, badges)

    def _label_right(self, bar: MarginBar, bars: list[MarginBar]) -> float:
        """How far right a bar's label may run: up to the first column to its right that is
        taken where the label stands, else to the margin's edge. A code name beside a lone
        passage is then shown whole instead of cut to one column."""
        top = max(bar.y_top, 0.0)
        bottom = top + self._label_height()
        right = self.width() - EDGE - (self._badge_width if self._columns == MAX_COLUMNS else 0)
        for other in bars:
            if other.column > bar.column and other.y_top < bottom and max(other.y_bottom, other.y_top + self._label_height()) > top:
                right = min(right, self._column_x(other.column) - 2)
        return right

    def _paint_bar(self, painter: QPainter, bar: MarginBar, h, label_right: float) -> None:
        selected = bar.coding_id == self._selected
        color = QColor(h.color)
        x = self._column_x(bar.column)
        width = BAR_WIDTH + (2 if selected else 0)
        top, bottom = max(bar.y_top + INSET, -2.0), min(bar.y_bottom - INSET, self.height() + 2.0)
        painter.fillRect(QRectF(x, top, width, bottom - top), color)
        # bracket ticks show where the passage starts and ends
        painter.setPen(QPen(color, 2))
        if bar.y_top >= 0:
            painter.drawLine(x, int(top) + 1, x + width + 4, int(top) + 1)
        if bar.y_bottom <= self.height():
            painter.drawLine(x, int(bottom) - 1, x + width + 4, int(bottom) - 1)
        if selected:  # a dark frame makes the selected coding stand out from its neighbours
            painter.setPen(QPen(color.darker(170), 1))
            painter.drawRect(QRectF(x - 0.5, top, width + 1, bottom - top))
        font = QFont(self.font())
        font.setBold(selected)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        label_x = x + BAR_WIDTH + 6
        size = painter.fontMetrics().height()
        for flag, draw in ((h.starred, _draw_star), (h.confidential, _draw_lock)):
            if flag and label_x + size <= label_right:
                draw(painter, QRectF(label_x, max(bar.y_top, 0.0), size, size), self.palette())
                label_x += size + 2
        room = max(label_right - label_x, 0.0)
        name = painter.fontMetrics().elidedText(h.label, Qt.TextElideMode.ElideRight, int(room))
        label = QRectF(label_x, max(bar.y_top, 0.0), room, painter.fontMetrics().height())
        painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, name)

    def _badge_rect(self, y: float) -> QRectF:
        return QRectF(self.width() - EDGE - self._badge_width, y, self._badge_width, self.fontMetrics().height())

    def _paint_badges(self, painter: QPainter, badges: list) -> None:
        painter.setFont(self.font())
        for y, hidden in badges:
            rect = self._badge_rect(y)
            painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
            painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"+{len(hidden)}")

    # -- mouse -----------------------------------------------------------------------------

    def bar_at(self, point: QPoint) -> int | None:
        """The coding whose bar or label is at ``point``, else None."""
        return next((bar.coding_id for bar in self._laid_out()[0] if self.bar_rect(bar).contains(QPointF(point))), None)

    def _hidden_at(self, point: QPoint) -> list:
        return next((hidden for y, hidden in self._laid_out()[1] if self._badge_rect(y).contains(QPointF(point))), [])

    def on_grip(self, point: QPoint) -> bool:
        return point.x() >= self.width() - GRIP

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        point = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and self.on_grip(point):
            self._drag_from = (point.x(), self._chars)
            return
        self._press = point if event.button() == Qt.MouseButton.LeftButton else None

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        point = event.position().toPoint()
        if self._drag_from is not None:
            start_x, start_chars = self._drag_from
            columns = max(self._columns, 1)
            step = self.fontMetrics().averageCharWidth() * columns
            chars = start_chars + round((point.x() - start_x) / max(step, 1))
            if chars != self._chars:
                self.set_chars(chars)
                self.widened.emit(self._chars)
            return
        self.setCursor(Qt.CursorShape.SizeHorCursor if self.on_grip(point) else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._drag_from is not None:
            self._drag_from = None
            return
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - press).manhattanLength() >= QApplication.startDragDistance():
            return
        coding_id = self.bar_at(press)
        if coding_id is not None:
            self.bar_clicked.emit(coding_id)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt override)
        coding_id = self.bar_at(event.pos())
        if coding_id is not None:
            self.bar_context_menu.emit(coding_id, event.globalPos())
        event.accept()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            coding_id = self.bar_at(event.pos())
            by_id = {h.coding_id: h for h in self._codings}
            shown = [by_id[coding_id]] if coding_id is not None else self._hidden_at(event.pos())
            if shown:
                QToolTip.showText(event.globalPos(), self._describe(shown), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


def _draw_star(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
    """A five-pointed star (a starred quote), gold with a dark outline."""
    from math import cos, pi, sin
    centre, outer = rect.center(), rect.height() * 0.48
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else outer * 0.45
        angle = -pi / 2 + i * pi / 5
        points.append(QPointF(centre.x() + radius * cos(angle), centre.y() + radius * sin(angle)))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#7a5b00"), 1))
    painter.setBrush(QColor("#f4b400"))
    painter.drawPolygon(QPolygonF(points))
    painter.restore()


def _draw_lock(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
    """A padlock (a confidential coding) in the text colour, so it shows in light and dark."""
    color = palette.color(QPalette.ColorRole.WindowText)
    w, h = rect.width(), rect.height()
    body = QRectF(rect.left() + w * 0.18, rect.top() + h * 0.45, w * 0.64, h * 0.5)
    shackle = QPainterPath()
    shackle.moveTo(rect.left() + w * 0.32, body.top())
    shackle.lineTo(rect.left() + w * 0.32, rect.top() + h * 0.3)
    shackle.arcTo(QRectF(rect.left() + w * 0.32, rect.top() + h * 0.08, w * 0.36, h * 0.36), 180, -180)
    shackle.lineTo(rect.left() + w * 0.68, body.top())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color, max(1.2, h / 10)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(shackle)
    painter.setBrush(color)
    painter.drawRoundedRect(body, 1.5, 1.5)
    painter.restore()
