"""Fixtures that drive the real main window offscreen, on real project files."""

import pytest
from PySide6.QtCore import QSettings

from qdacoder.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path):
    """Settings in a file of the test's own, with a coder already chosen (as after first start)."""
    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    s.setValue("coder", "Anna de Vries")
    return s


@pytest.fixture
def make_window(qtbot, settings):
    windows = []

    def make():
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.project is not None:
            window.project.close()
            window.project = None


@pytest.fixture
def window(make_window, tmp_path):
    w = make_window()
    assert w.projects.new_project(tmp_path / "onderzoek.qdacoder")
    return w
