"""Key tests of the real window, run twice: offscreen by test_keys.py and on a virtual X
screen (QT_QPA_PLATFORM=xcb under Xvfb, by test_x11.py), whose standard key bindings differ:
under X11 the standard Redo key is Ctrl+Shift+Z, offscreen it is Ctrl+Y."""

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from qdacoder.core import codings
from qdacoder.ui.common.dialogs import ImportOptions
from qdacoder.ui.common.keys import conflicts, shortcuts

README = Path(__file__).resolve().parents[2] / "README.md"
TEXT = ("I: Hoe lang heeft u gewacht?\n"
        "R: Een jaar gewacht. Daarna kwam de hulp, maar het wachten was zwaar.\n")


def open_document(window, tmp_path):
    path = tmp_path / "interview.txt"
    path.write_text(TEXT, encoding="utf-8")
    report = window.projects.import_files([str(path)], ImportOptions(None, None, False))
    return report.imported[0]


def activate(qtbot, window) -> None:
    """Give the window the keyboard, as a click on it would (no window manager on Xvfb);
    window-wide shortcuts work only in the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.view.text_edit.setFocus()


def press(qtbot, window, sequence: str) -> None:
    """Type ``sequence`` into the focused widget, the way a keyboard would."""
    combo = QKeySequence(sequence)[0]
    target = window.focusWidget() or window
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


def test_no_key_means_two_things(window):
    clashes = [(a.key, a.text, b.text) for a, b in conflicts(window)]
    assert clashes == []


def test_redo_by_keyboard(qtbot, window, tmp_path):
    doc = open_document(window, tmp_path)
    code = window.codebook.add_code("Wachten")
    window.view.select_range(0, 10)
    window.coding.code_passage(code)
    activate(qtbot, window)
    press(qtbot, window, "Ctrl+Z")
    assert codings.document_codings(window.project, doc) == []
    press(qtbot, window, "Ctrl+Shift+Z")
    assert len(codings.document_codings(window.project, doc)) == 1
    press(qtbot, window, "Ctrl+Z")
    press(qtbot, window, "Ctrl+Y")
    assert len(codings.document_codings(window.project, doc)) == 1


def test_ctrl_f_finds_in_the_document_and_ctrl_shift_f_searches_codes(qtbot, window, tmp_path):
    open_document(window, tmp_path)
    activate(qtbot, window)
    press(qtbot, window, "Ctrl+F")
    bar = window.view.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "GEWACHT")
    assert window.view.find_hits() == [(m.start(), m.end()) for m in re.finditer("gewacht", TEXT)]
    first = window.view.selection()
    press(qtbot, window, "F3")
    second = window.view.selection()
    assert second != first and TEXT[second[0]:second[1]].lower() == "gewacht"
    press(qtbot, window, "Shift+F3")
    assert window.view.selection() == first
    press(qtbot, window, "Esc")
    assert not bar.isVisible() and window.view.find_hits() == []
    press(qtbot, window, "Ctrl+Shift+F")
    assert window.code_panel.search.hasFocus()


def test_the_readme_key_map_names_every_key(window):
    section = README.read_text(encoding="utf-8").split("## Keyboard shortcuts", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"[A-Za-z0-9+=\-.]+", section.replace(" / ", " ")))
    table = section.replace(" ", "")
    missing = set()
    for shortcut in shortcuts(window):
        key = shortcut.key
        digits = re.fullmatch(r"Ctrl\+([1-9])", key)
        if digits or key in ("Esc", "Undo", "Redo", "F14", "Alt+Backspace", "Alt+Shift+Backspace"):
            continue  # Ctrl+1..9 as a range; Esc with the find bar; the platform's extra keys
        if key not in named and key not in table:
            missing.add(f"{key} ({shortcut.text})")
    assert missing == set()


def test_plus_types_in_edit_mode_and_marks_the_coding_outside_it(qtbot, window, tmp_path):
    doc = open_document(window, tmp_path)
    code = window.codebook.add_code("Wachten")
    window.view.select_range(3, 6)
    window.coding.code_passage(code)
    (coding,) = codings.document_codings(window.project, doc)
    activate(qtbot, window)
    press(qtbot, window, "Ctrl+E")  # edit mode on
    assert window.view.is_editing()
    window.view.select_coding(coding.id)
    window.view.place_cursor(TEXT.index("?"))
    for key in ("+", "-", "0", "Delete"):
        press(qtbot, window, key)
    text = window.project.scalar("SELECT text FROM documents WHERE id = ?", [doc])
    assert text.startswith("I: Hoe lang heeft u gewacht+-0\nR:")  # Delete took the "?"
    assert codings.get_coding(window.project, coding.id).valence is None
    press(qtbot, window, "Ctrl+Z")  # the run of typing, then the deletion: two steps
    press(qtbot, window, "Ctrl+Z")
    assert window.project.scalar("SELECT text FROM documents WHERE id = ?", [doc]) == TEXT.rstrip("\n")
    press(qtbot, window, "Ctrl+E")  # off: + marks the selected coding
    window.view.select_coding(coding.id)
    press(qtbot, window, "+")
    assert codings.get_coding(window.project, coding.id).valence == "promoting"
