"""Making menu actions the same way everywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget


def add_action(menu: QMenu, owner: QWidget, text: str, slot, shortcut=None, widget: QWidget | None = None) -> QAction:
    """An action in ``menu`` that calls ``slot()``. With ``widget`` its shortcut works only
    while that widget (or a child) has the focus, so one key can mean different things in
    the codebook and in the document (Delete removes a code there, a coding here)."""
    action = QAction(text, widget or owner)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        if widget is not None:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            widget.addAction(action)
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action
