"""Edit mode in the document view on its own: keys, paste and input methods become edit
requests in code points, and the text changes only through replace_text."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from qdacoder.ui.document.highlights import Highlight
from qdacoder.ui.document.view import DocumentView

TEXT = "I: Was het goed? 😊\nR: Ja, de mentor luisterde."


@pytest.fixture
def view(qtbot):
    v = DocumentView()
    qtbot.addWidget(v)
    v.resize(700, 400)
    v.show()
    qtbot.waitExposed(v)
    v.set_document(1, TEXT, [])
    return v


@pytest.fixture
def requests(view):
    asked = []
    view.text_edit_requested.connect(lambda start, end, text: asked.append((start, end, text)))
    return asked


def key(qtbot, view, sequence):
    combo = QKeySequence(sequence)[0]
    qtbot.keyClick(view.text_edit, combo.key(), combo.keyboardModifiers())


def test_edit_mode_is_off_by_default_and_shown_by_a_banner(view):
    assert not view.is_editing() and view.text_edit.isReadOnly() and view.edit_banner.isHidden()
    view.set_editing(True)
    assert view.is_editing() and not view.text_edit.isReadOnly() and view.edit_banner.isVisible()
    view.set_editing(False)
    assert view.text_edit.isReadOnly() and view.edit_banner.isHidden()


def test_typing_asks_for_the_edit_and_changes_nothing_itself(view, qtbot, requests):
    view.set_editing(True)
    after_emoji = TEXT.index("\n")
    view.place_cursor(after_emoji)
    qtbot.keyClicks(view.text_edit, "x+")
    assert requests == [(after_emoji, after_emoji, "x"), (after_emoji, after_emoji, "+")]
    assert view.text_edit.toPlainText() == TEXT == view.text()


def test_reading_mode_asks_for_nothing(view, qtbot, requests):
    view.place_cursor(3)
    qtbot.keyClicks(view.text_edit, "abc")
    key(qtbot, view, "Backspace")
    assert requests == [] and view.text_edit.toPlainText() == TEXT


def test_backspace_delete_enter_and_a_selection(view, qtbot, requests):
    view.set_editing(True)
    emoji = TEXT.index("😊")
    view.place_cursor(emoji + 1)
    key(qtbot, view, "Backspace")  # the whole emoji: one code point, two UTF-16 units
    view.place_cursor(0)
    key(qtbot, view, "Backspace")  # nothing before the start
    key(qtbot, view, "Delete")
    view.select_range(3, 6)
    key(qtbot, view, "Return")
    view.select_range(7, 10)
    # a key with a non-ASCII character, as a Dutch keyboard sends it
    QApplication.sendEvent(view.text_edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Eacute, Qt.KeyboardModifier.NoModifier, "é"))
    assert requests == [(emoji, emoji + 1, ""), (0, 1, ""), (3, 6, "\n"), (7, 10, "é")]


def test_paste_and_cut_ask_too(view, qtbot, requests):
    view.set_editing(True)
    QApplication.clipboard().setText("de vader\r\nzei")
    view.place_cursor(5)
    key(qtbot, view, "Ctrl+V")
    view.select_range(3, 7)
    key(qtbot, view, "Ctrl+X")
    assert requests == [(5, 5, "de vader\nzei"), (3, 7, "")]
    assert QApplication.clipboard().text() == TEXT[3:7]
    assert view.text() == TEXT


def test_an_input_method_commit_asks_for_the_edit(view, requests):
    view.set_editing(True)
    view.place_cursor(2)
    event = QInputMethodEvent("", [])
    event.setCommitString("ë")
    QApplication.sendEvent(view.text_edit, event)
    assert requests == [(2, 2, "ë")] and view.text() == TEXT


def test_replace_text_changes_only_the_difference_and_keeps_positions(view):
    highlight = Highlight(1, 3, 6, "Goed", "Goed", "#2e86c1", "Anna")
    view.set_highlights([highlight])
    new = TEXT.replace("mentor", "mentrix")
    view.replace_text(new)
    assert view.text_edit.toPlainText() == new == view.text()
    view.set_highlights([highlight])
    view.select_range(new.index("mentrix"), new.index("mentrix") + 7)
    assert view.text_edit.textCursor().selectedText() == "mentrix"


def test_a_change_that_slips_past_is_put_back(view, qtbot):
    view.set_editing(True)
    view.text_edit.textCursor().insertText("zomaar")  # as a Qt path past edit_requested would
    qtbot.waitUntil(lambda: view.text_edit.toPlainText() == TEXT)
    assert view.text() == TEXT


def test_undo_keys_are_left_to_the_window(view, qtbot):
    from PySide6.QtGui import QAction
    undone = []
    action = QAction("Ongedaan", view)
    action.setShortcut(QKeySequence("Ctrl+Z"))
    action.triggered.connect(lambda: undone.append(True))
    view.addAction(action)
    view.set_editing(True)
    view.text_edit.setFocus()
    key(qtbot, view, "Ctrl+Z")
    assert undone == [True] and view.text() == TEXT


COPY_AND_QUIT = """
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from qdacoder.ui.document.view import DocumentView
app = QApplication([])
view = DocumentView()
view.show()
view.set_document(1, "I: Was het goed?\\nR: Ja, de mentor luisterde.", [])
view.select_range(3, 6)
QTest.keyClick(view.text_edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
assert app.clipboard().text() == "Was"
"""


def test_text_copied_and_left_on_the_clipboard_does_not_crash_the_program_as_it_ends(tmp_path):
    """Qt deleted the copy's mime data after Python had shut down: a crash at every exit after
    Ctrl+C (or Ctrl+X in edit mode). A fresh Python, as the application ends for real."""
    import os
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parents[3]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    result = subprocess.run([sys.executable, "-c", COPY_AND_QUIT], env=env, cwd=tmp_path, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
