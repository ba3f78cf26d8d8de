"""Starting the window: the application object, translations, the coder's name, the project."""

from __future__ import annotations

import sys
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QInputDialog, QSplashScreen

from ..resources import resources_dir
from .common.errors import install_excepthook

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow


def install_translations(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load qdacoder's and Qt's own translation for the user's language, when present
    (resources/translations/qdacoder_nl.qm for Dutch)."""
    locale = locale or QLocale()
    loaded = []
    for name, folder in (
        ("qdacoder", str(resources_dir() / "translations")),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            loaded.append(translator)
    return loaded


def show_splash(app: QApplication) -> QSplashScreen:
    """A small window saying qdacoder is starting, shown at once: loading the main window's
    modules takes about a second on a slow laptop, and a click must not seem to do nothing."""
    pixmap = QPixmap(420, 120)
    pixmap.fill(QColor("#1f4e79"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("white"))
    font = painter.font()
    font.setPointSize(18)
    painter.setFont(font)
    painter.drawText(pixmap.rect().adjusted(0, -16, 0, -16), Qt.AlignmentFlag.AlignCenter, "qdacoder")
    font.setPointSize(10)
    painter.setFont(font)
    painter.drawText(pixmap.rect().adjusted(0, 40, 0, 0), Qt.AlignmentFlag.AlignCenter,
                     QCoreApplication.translate("qdacoder", "Starting..."))
    painter.end()
    splash = QSplashScreen(pixmap)
    splash.show()
    app.processEvents()
    return splash


def run(project_path: str | None = None) -> int:
    """Open the window (on ``project_path``, or the last project) and run until it closes."""
    app = QApplication.instance() or QApplication(sys.argv)
    window = start(app, project_path)
    code = app.exec()
    del window
    return code


def start(app: QApplication, project_path: str | None = None) -> MainWindow:
    """Everything ``run`` does before handing control to Qt's event loop."""
    app.setOrganizationName("qdacoder")
    app.setApplicationName("qdacoder")
    app.setApplicationDisplayName("qdacoder")
    install_translations(app)
    install_excepthook()
    splash = show_splash(app)  # on screen before the window's heavy modules (numpy, matplotlib...) load
    from .main_window import MainWindow

    window = MainWindow()
    window.show()
    splash.finish(window)
    if project_path:
        if Path(project_path).exists():
            window.projects.open_project(project_path)
        else:
            window.projects.new_project(project_path)
    elif window.projects.recent_projects() and Path(window.projects.recent_projects()[0]).exists():
        window.projects.open_project(window.projects.recent_projects()[0])
    if not window.coder_name():
        name, ok = QInputDialog.getText(
            window, QCoreApplication.translate("qdacoder", "Welcome to qdacoder"),
            QCoreApplication.translate(
                "qdacoder",
                "Your name as coder (shown with every coding you make; you can change it in the Project menu):"))
        if ok and name.strip():
            window.set_coder_name(name)
    return window
