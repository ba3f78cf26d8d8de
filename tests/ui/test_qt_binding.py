"""Guards against a broken Qt binding. PySide6 6.12.0 on Python 3.11 loses a reference to
None on every call that returns nothing; after some minutes of scrolling the interpreter
aborts ("none_dealloc"). pyproject.toml excludes that release; this test catches the next."""

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_do_not_eat_references_to_none(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.update()
    assert sys.getrefcount(None) - before > -100
