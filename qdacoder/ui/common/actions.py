"""Making menu actions the same way everywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget


EDITS = "qdacoderEdits"  # the property that marks an action changing the project


def add_action(menu: QMenu, owner: QWidget, text: str, slot, shortcut=None, widget: QWidget | None = None, *,
               edits: bool = False) -> QAction:
    """An action in ``menu`` that calls ``slot()``. With ``widget`` its shortcut works only
    while that widget (or a child) has the focus, so one key can mean different things in
    the codebook and in the document (Delete removes a code there, a coding here). ``edits``
    marks an action that changes the project: it is off while a read-only project is shown."""
    action = QAction(text, widget or owner)
    if edits:
        action.setProperty(EDITS, True)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        if widget is not None:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            widget.addAction(action)
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def enable_editing(window: QWidget, enabled: bool) -> list[QAction]:
    """Switch every action marked ``edits`` under ``window`` on or off; the actions."""
    actions = [a for a in window.findChildren(QAction) if a.property(EDITS)]
    for action in actions:
        action.setEnabled(enabled)
    return actions


def edits(*actions: QAction) -> None:
    """Mark ``actions`` (of a context menu, made when it opens) as changing the project."""
    for action in actions:
        action.setProperty(EDITS, True)


def popup(menu: QMenu, position, read_only: bool) -> None:
    """Show a context menu at ``position`` (global); in a read-only project its actions that
    change the project are shown off, as in the menu bar, rather than refused when chosen."""
    if read_only:
        for action in _all_actions(menu):
            if action.property(EDITS):
                action.setEnabled(False)
    menu.popup(position)


def _all_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found += _all_actions(action.menu())
    return found
