"""Find in the open document (Ctrl+F): a bar above the text with next, previous and a count;
every hit is highlighted and the current one is selected, so it can be coded at once.

Matching ignores case and works on the Python string (code points), the positions the view's
public API uses."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of ``query`` in ``text``, ignoring case."""
    if not query:
        return []
    return [m.span() for m in re.finditer(re.escape(query), text, re.IGNORECASE)]


class FindBar(QWidget):
    def __init__(self, view, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.hits: list[tuple[int, int]] = []
        self.current: int | None = None
        self.setObjectName("findBar")
        self.field = QLineEdit()
        self.field.setObjectName("findInDocument")
        self.field.setPlaceholderText(self.tr("Find in document"))
        self.field.setAccessibleName(self.tr("Find in document"))
        self.field.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("findCount")
        previous, following, close = QToolButton(), QToolButton(), QToolButton()
        for button, arrow, tip, slot in ((previous, Qt.ArrowType.UpArrow, self.tr("Previous hit (Shift+F3)"), self.previous),
                                         (following, Qt.ArrowType.DownArrow, self.tr("Next hit (F3, Enter)"), self.next)):
            button.setArrowType(arrow)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
        close.setText("×")
        close.setToolTip(self.tr("Close (Esc)"))
        close.setAccessibleName(self.tr("Close the search"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (self.field, previous, following, self.count, close):
            layout.addWidget(widget)
        self.field.textChanged.connect(self._search)
        self.field.returnPressed.connect(self.next)
        escape = QAction(self.tr("Close the search"), self)
        escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        escape.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.triggered.connect(self.close_bar)
        self.addAction(escape)
        self.hide()

    def open(self) -> None:
        """Show the bar with the selected words (when short) as the search."""
        selection = self.view.selection()
        if selection is not None and 0 < selection[1] - selection[0] <= 80:
            words = self.view.text()[selection[0]:selection[1]]
            if "\n" not in words:
                self.field.setText(words)
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self._search()

    def close_bar(self) -> None:
        self.hide()
        self.hits, self.current = [], None
        self.view.set_find_hits([], None)
        self.view.text_edit.setFocus()

    def refresh(self) -> None:
        """Another document is shown: search it."""
        if self.isVisible():
            self._search()

    def recount(self) -> None:
        """The text was edited: find the hits anew without moving the reader's cursor."""
        if self.isVisible():
            self.hits = find_all(self.view.text(), self.field.text())
            self.current = None
            self.view.set_find_hits(self.hits, None)
            self._update_count()

    def _search(self) -> None:
        self.hits = find_all(self.view.text(), self.field.text())
        self.current = None
        if self.hits:
            start = (self.view.selection() or (0, 0))[0]
            # the first hit from where the reader is, so typing does not jump back to the top
            self.current = next((i for i, (s, _e) in enumerate(self.hits) if s >= start), 0)
            self._show_current()
        else:
            self.view.set_find_hits([], None)
        self._update_count()

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if not self.isVisible():
            self.open()
            return
        if not self.hits:
            self._update_count()
            return
        self.current = 0 if self.current is None else (self.current + direction) % len(self.hits)
        self._show_current()
        self._update_count()

    def _show_current(self) -> None:
        self.view.set_find_hits(self.hits, self.current)
        self.view.select_range(*self.hits[self.current])

    def _update_count(self) -> None:
        if not self.field.text():
            self.count.setText("")
        elif not self.hits:
            self.count.setText(self.tr("not found"))
        elif self.current is None:
            self.count.setText(self.tr("{total} found").format(total=len(self.hits)))
        else:
            self.count.setText(self.tr("{n} of {total}").format(n=self.current + 1, total=len(self.hits)))
