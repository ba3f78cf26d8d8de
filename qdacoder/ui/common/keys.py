"""The window's keyboard shortcuts, read from its actions: the key map Help > Keyboard
shortcuts shows, and the check that no key means two things at once (Qt ignores both
shortcuts of an "ambiguous overload", so a clash makes a key silently do nothing).

A shortcut's scope is the whole window, or the widgets it is added to when it works only
while one of them has the focus (Delete removes a code in the tree, a coding in the text)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QMenu, QMenuBar, QTableWidget,
                               QTableWidgetItem, QToolBar, QVBoxLayout, QWidget)


@dataclass(frozen=True)
class Shortcut:
    key: str  # portable text, e.g. "Ctrl+Shift+Z"
    text: str  # what the action does, without the & of its mnemonic
    scope: tuple[QWidget, ...]  # empty: the whole window

    def native(self) -> str:
        return QKeySequence(self.key).toString(QKeySequence.SequenceFormat.NativeText)


def shortcuts(window: QWidget) -> list[Shortcut]:
    """Every key of every action in the window, in the order of the menus."""
    actions = list(dict.fromkeys([*window.actions(), *window.findChildren(QAction)]))
    found = []
    for action in actions:
        if action.isSeparator():
            continue
        scope: tuple[QWidget, ...] = ()
        if action.shortcutContext() in (Qt.ShortcutContext.WidgetShortcut,
                                        Qt.ShortcutContext.WidgetWithChildrenShortcut):
            scope = tuple(o for o in action.associatedObjects()
                          if isinstance(o, QWidget) and not isinstance(o, (QMenu, QMenuBar, QToolBar)))
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        for key in action.shortcuts():
            if not key.isEmpty():
                found.append(Shortcut(key.toString(QKeySequence.SequenceFormat.PortableText), text, scope))
    return found


def _overlap(a: tuple[QWidget, ...], b: tuple[QWidget, ...]) -> bool:
    """Whether two scopes can both be active: the window's always overlaps; two widget scopes
    when one widget is (inside) the other."""
    if not a or not b:
        return True
    return any(x is y or x.isAncestorOf(y) or y.isAncestorOf(x) for x in a for y in b)


def conflicts(window: QWidget) -> list[tuple[Shortcut, Shortcut]]:
    """Pairs of shortcuts with one key that can be active at the same moment."""
    found = shortcuts(window)
    return [(a, b) for i, a in enumerate(found) for b in found[i + 1:]
            if a.key == b.key and _overlap(a.scope, b.scope)]


def scope_name(scope: tuple[QWidget, ...]) -> str:
    if not scope:
        return QCoreApplication.translate("keys", "everywhere")
    names = sorted({w.accessibleName() or w.objectName() for w in scope})
    return QCoreApplication.translate("keys", "in {where}").format(where=", ".join(names))


class KeyMapDialog(QDialog):
    """Help > Keyboard shortcuts: every key, what it does and where it works."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("keyMapDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = sorted(shortcuts(window), key=lambda s: (bool(s.scope), s.text.casefold()))
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("keyMap")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Does"), self.tr("Works")])
        for row, shortcut in enumerate(rows):
            for column, value in enumerate((shortcut.native(), shortcut.text, scope_name(shortcut.scope))):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 560)
