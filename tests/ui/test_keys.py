"""The window's keys offscreen (test_x11.py runs the same cases under X11 key bindings)."""

from PySide6.QtGui import QAction, QKeySequence

from qdacoder.ui.common.keys import KeyMapDialog, conflicts

from .window_keys_cases import *  # noqa: F401,F403 - the shared cases run here too


def test_a_key_given_twice_is_found(window):
    """The check can fail: the redo action with Ctrl+Y twice, as under X11 it had
    Ctrl+Shift+Z twice (its own key and the standard Redo key)."""
    window.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Y")])
    assert [(a.key, b.key) for a, b in conflicts(window)] == [("Ctrl+Y", "Ctrl+Y")]


def test_a_window_key_clashes_with_the_same_key_in_a_panel(window):
    extra = QAction("Iets anders", window)
    extra.setShortcut(QKeySequence("Delete"))
    window.addAction(extra)
    assert {b.text for _a, b in conflicts(window)} | {a.text for a, _b in conflicts(window)} >= {"Iets anders"}


def test_help_lists_the_keys(qtbot, window):
    dialog = KeyMapDialog(window)
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = {table.item(r, 1).text(): table.item(r, 0).text() for r in range(table.rowCount())}
    assert rows["Find in document..."] == QKeySequence("Ctrl+F").toString(QKeySequence.SequenceFormat.NativeText)
    assert rows["Search codes"] == QKeySequence("Ctrl+Shift+F").toString(QKeySequence.SequenceFormat.NativeText)
    assert "Redo" in rows
