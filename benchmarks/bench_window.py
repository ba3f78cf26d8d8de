"""How fast the real window is on the scale project (``benchmarks/scale.py``: 2,000 documents,
1,000 codes, 200,000 codings at --scale 1; ten times that at --scale 10; one document a 1 MB
transcript with 5,000 codings). In the real main window (offscreen) it measures, each beside
its bare limit, the two alternated run by run:

  - opening the project (document tree, codebook with its figures, the first document shown);
    limit: the rows the window shows read with plain SQL (document and case names, the codes
    with their codings, documents and cases per code in one GROUP BY, the first document's
    text and codings). The first opening makes a backup on a worker thread (the copy is not
    waited for); it is printed apart from the later ones. Peak memory of a fresh process that
    opens the window on the project is printed too.
  - showing the 1 MB transcript with its 5,000 codings; limit: its text and codings read with
    SQL and the text put into a plain QPlainTextEdit and painted (no highlights).
  - applying one coding to a selected passage (operation, undo entry, refreshed view, figures
    and counts); limit: one INSERT and COMMIT on the same file (WAL, synchronous NORMAL).
  - undoing it; limit: one DELETE and COMMIT.
  - typing one key in edit mode near the start of the 1 MB transcript, so all its 5,000
    codings move (the text edit, the undo step joining the run, the view's new text and
    highlights), and undoing the run; limit: the text written and the codings after the key
    moved by one UPDATE each, in one transaction (put back untimed).

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_window.py [--scale 1|10] [--runs N]
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from benchmarks.scale import (CODER, alternate, arguments, big_transcript, header, line, load,  # noqa: E402
                              temporary_folder, timed, working_copy)
from qdacoder.analysis.frequencies import _CASE_JOIN  # noqa: E402
from qdacoder.core.project import now  # noqa: E402
from qdacoder.ui.main_window import MainWindow  # noqa: E402


def window_on(folder: Path) -> MainWindow:
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("coder", CODER)
    window = MainWindow(settings)
    window.resize(1400, 900)
    window.show()
    return window


def peak_memory(path: Path) -> float:
    """MB: the peak resident memory of a new process that opens the window on ``path``.

    Read from VmHWM (Linux), the peak of the new program alone: ``ru_maxrss`` of a child
    started with vfork and exec (Python's subprocess on Linux) is at least the *parent's* peak
    when it started, here the benchmark's own, which made an earlier version of this report the
    benchmark's 290-396 MB instead of the window's 170-270 MB. Elsewhere ``ru_maxrss`` is the
    fallback (bytes on macOS, KB on other systems)."""
    code = ("import resource, sys, tempfile\nfrom pathlib import Path\n"
            "from PySide6.QtWidgets import QApplication\napp = QApplication([])\n"
            "from benchmarks.bench_window import window_on\n"
            "w = window_on(Path(tempfile.mkdtemp()))\nw.projects.open_project(sys.argv[1]); w.repaint(); app.processEvents()\n"
            "while w.projects.backups.running(): app.processEvents()\n"
            "from benchmarks.bench_window import own_peak_mb\nprint(own_peak_mb())\n")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return float(out.stdout.split()[-1])


def own_peak_mb() -> float:
    """MB: this process's peak resident memory (see ``peak_memory``)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def main() -> None:
    args = arguments(__doc__.split("\n\n")[0])
    print(load())
    app = QApplication.instance() or QApplication(sys.argv)
    path = working_copy(args.scale)
    big, text = big_transcript(path)
    roots = 50 * args.scale  # the codes below the roots are codable
    window = window_on(temporary_folder())
    app.processEvents()
    bare_db = sqlite3.connect(str(path), isolation_level=None)
    bare_db.execute("PRAGMA synchronous = NORMAL")

    def open_project() -> None:
        window.projects.open_project(path)
        window.repaint()
        app.processEvents()

    def close_project(_name: str = "") -> None:
        while window.projects.backups.running():  # a backup still being made is not measured
            app.processEvents()
        window.set_project(None)
        app.processEvents()

    def bare_open() -> None:
        db = sqlite3.connect(str(path))
        db.execute("SELECT id, name FROM documents").fetchall()
        db.execute("SELECT id, name FROM cases").fetchall()
        db.execute("SELECT DISTINCT case_id, document_id FROM case_ranges").fetchall()
        db.execute("SELECT id, parent_id, name, color, position FROM codes").fetchall()
        db.execute("SELECT g.code_id, count(*), count(DISTINCT g.document_id), count(DISTINCT r.case_id) "
                   f"FROM codings g {_CASE_JOIN} GROUP BY g.code_id").fetchall()
        db.execute("SELECT text FROM documents WHERE id = 1").fetchone()
        db.execute('SELECT id, start, "end", code_id FROM codings WHERE document_id = 1').fetchall()
        db.close()

    first_open = timed(open_project)
    close_project()
    opens = alternate({"app": open_project, "bare": bare_open}, args.runs, before=close_project)

    window.projects.open_project(path)
    other = 2  # show another document before each showing of the big one
    plain = QPlainTextEdit()
    plain.resize(970, 860)
    plain.show()

    def show_big() -> None:
        window.show_document(big)
        window.repaint()
        app.processEvents()

    def bare_show() -> None:
        shown = bare_db.execute("SELECT text FROM documents WHERE id = ?", [big]).fetchone()[0]
        bare_db.execute('SELECT id, start, "end", code_id FROM codings WHERE document_id = ?', [big]).fetchall()
        plain.setPlainText(shown)
        plain.repaint()
        app.processEvents()

    def away(_name: str = "") -> None:
        window.show_document(other)
        plain.setPlainText("")
        app.processEvents()

    shows = alternate({"app": show_big, "bare": bare_show}, args.runs, before=away)

    window.show_document(big)
    app.processEvents()
    inserted: list[int] = []

    def select(n: int) -> None:
        start = text.index(" ", 1000 + n * 7919) + 1
        window.view.select_range(start, start + 120)
        app.processEvents()

    def code(n: int) -> None:
        assert window.coding.code_passage(roots + 1 + n % 500)
        window.repaint()
        app.processEvents()

    def undo() -> None:
        window.undo_action.trigger()
        window.repaint()
        app.processEvents()

    def bare_insert() -> None:
        bare_db.execute("BEGIN")
        cursor = bare_db.execute('INSERT INTO codings (guid, document_id, code_id, start, "end", coder_id, created_at) '
                                 "VALUES (?,?,?,?,?,?,?)", [str(uuid.uuid4()), big, roots + 1, 10, 130, 1, now()])
        bare_db.execute("COMMIT")
        inserted.append(cursor.lastrowid)

    def bare_delete() -> None:
        bare_db.execute("BEGIN")
        bare_db.execute("DELETE FROM codings WHERE id = ?", [inserted.pop()])
        bare_db.execute("COMMIT")

    codes, undos = {"app": [], "bare": []}, {"app": [], "bare": []}
    for n in range(args.runs):  # app and limit take turns: a coding and its undo, then the bare pair
        select(n)
        codes["app"].append(timed(lambda: code(n)))
        undos["app"].append(timed(undo))
        codes["bare"].append(timed(bare_insert))
        undos["bare"].append(timed(bare_delete))
    at = text.index(" ", 50) + 1
    window.editing.action.setChecked(True)
    window.view.place_cursor(at)

    def type_key() -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            app.sendEvent(window.view.text_edit, QKeyEvent(kind, Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier, "x"))
        window.repaint()
        app.processEvents()

    def bare_type(shift: int) -> None:
        bare_db.execute("BEGIN")
        shown = bare_db.execute("SELECT text FROM documents WHERE id = ?", [big]).fetchone()[0]
        changed = shown[:at] + "x" + shown[at:] if shift > 0 else shown[:at] + shown[at + 1:]
        bare_db.execute("UPDATE documents SET text = ? WHERE id = ?", [changed, big])
        bare_db.execute('UPDATE codings SET start = start + ?, "end" = "end" + ? WHERE document_id = ? AND start >= ?',
                        [shift, shift, big, at])
        bare_db.execute("COMMIT")

    typed = {"app": [timed(type_key) for _ in range(args.runs)], "bare": []}
    for _ in range(args.runs):
        typed["bare"].append(timed(lambda: bare_type(1)))
        bare_type(-1)  # put back, untimed
    typing_undo = [timed(lambda: (window.undo_action.trigger(), window.repaint(), app.processEvents()))]
    window.editing.action.setChecked(False)
    window.close()
    memory = peak_memory(path)

    print(f"\nscale {args.scale}: median of {args.runs} runs (spread), app and its bare limit alternated")
    header("what the researcher does")
    print(f"{'open the project, first time (backup made meanwhile)':52} {first_open * 1000:8.1f}")
    line("open the project", opens["app"], opens["bare"])
    line("show the 1 MB transcript with 5,000 codings", shows["app"], shows["bare"])
    line("apply one coding (op, undo entry, refresh)", codes["app"], codes["bare"])
    line("undo that coding", undos["app"], undos["bare"])
    line("type one key in edit mode (5,000 codings move)", typed["app"], typed["bare"])
    line("undo that run of typing", typing_undo)
    print(f"peak memory of a process that opens the window on the project: {memory:.0f} MB")
    print(load())


if __name__ == "__main__":
    main()
