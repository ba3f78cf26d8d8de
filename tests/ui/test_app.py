"""Starting the window the way `qdacoder gui PROJECT` does (all but the event loop), and the last-resort error hook."""

import os
import sys

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

from qdacoder.ui import app as app_module
from qdacoder.ui.common.errors import install_excepthook, log_file
from qdacoder.ui.main_window import MainWindow


def test_run_opens_the_given_project_and_shows_its_first_document(qtbot, tmp_path, monkeypatch):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    QApplication.setOrganizationName("qdacoder")
    QApplication.setApplicationName("qdacoder")
    QSettings().setValue("coder", "Bram Jansen")
    from qdacoder.exchange.demo import build_demo

    build_demo(tmp_path / "demo.qdacoder").close()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # start() installs its own; undo that after
    window = app_module.start(QApplication.instance(), str(tmp_path / "demo.qdacoder"))
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.windowTitle().startswith("Demo: Wat helpt jongeren")
    assert window.view.document_id() is not None and "I:" in window.view.text_edit.toPlainText()
    assert window.coder_label.text() == "Coder: Bram Jansen"
    assert window.projects.recent_projects()[0].endswith("demo.qdacoder")
    window.close()


def test_unexpected_errors_show_a_plain_dialog_and_go_to_the_log(qtbot, settings, monkeypatch):
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    install_excepthook()
    shown_before = {w for w in QApplication.allWidgets() if isinstance(w, QMessageBox) and w.isVisible()}
    try:
        raise KeyError("interne fout")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    dialog = next(w for w in QApplication.allWidgets()
                  if isinstance(w, QMessageBox) and w.isVisible() and w not in shown_before)
    assert "Your work so far is saved" in dialog.text()
    assert "Traceback" not in dialog.text() and "KeyError" not in dialog.text()
    assert "KeyError: 'interne fout'" in log_file().read_text(encoding="utf-8")
    dialog.close()


def test_the_splash_is_on_screen_before_the_heavy_modules_load(tmp_path):
    """`qdacoder gui` shows a window at once; numpy, matplotlib, pypdf, docx, openpyxl and lxml
    load only after it is on screen (checked in a fresh interpreter, as a user starts it)."""
    import subprocess
    import sys as sys_module

    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import qdacoder.ui.app as app_module\n"
        "shown = app_module.show_splash\n"
        "def spy(app):\n"
        "    splash = shown(app)\n"
        "    heavy = ('numpy', 'matplotlib', 'pypdf', 'docx', 'openpyxl', 'lxml', 'sqlite_utils')\n"
        "    print('visible', splash.isVisible(), 'loaded', sorted(m for m in heavy if m in sys.modules))\n"
        "    raise SystemExit(0)\n"
        "app_module.show_splash = spy\n"
        "app_module.start(QApplication([]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    out = subprocess.run([sys_module.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert "visible True loaded []" in out.stdout, out.stdout + out.stderr
