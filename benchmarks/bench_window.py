"""How fast the real window is on a project at the target scale of ARCHITECTURE.md.

Builds a project file with 2,000 documents (10 million characters), 1,000 codes and
200,000 codings, one document being a 1 MB transcript with 5,000 codings. Then, in the real
main window (offscreen), measures:
  - opening the project (document tree, codebook with counts, first document shown);
  - showing the 1 MB transcript with its 5,000 codings (query, highlights, first paint);
  - applying one coding to a selected passage (operation, undo entry, refreshed highlights and
    counts), and undoing it;
  - typing one key in edit mode near the start of the 1 MB transcript, so all its 5,000
    codings move (the text edit, the undo step joining the run, the view's new text and
    highlights), and undoing the run.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_window.py
(The set-up writes rows with plain SQL to save time; everything measured is the app's path.)
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.bench_document_view import transcript  # noqa: E402
from qdacoder.core.coders import ensure_coder  # noqa: E402
from qdacoder.core.documents import sha256_of  # noqa: E402
from qdacoder.core.project import Project, now  # noqa: E402
from qdacoder.ui.main_window import MainWindow  # noqa: E402

DOCUMENTS, CODES, CODINGS, BIG_CODINGS = 2000, 1000, 200_000, 5000


def build(path: Path, rng: random.Random) -> tuple[int, str]:
    project = Project.create(path)
    coder = ensure_coder(project, "Anna de Vries").id
    big_text = transcript(1_000_000, rng)
    small = [transcript(4_500, rng) + f" ({n})" for n in range(DOCUMENTS - 1)]
    texts = [big_text] + small
    stamp = now()
    db = project.db
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO documents (id, guid, name, kind, text, source_name, sha256, imported_at) VALUES (?,?,?,?,?,?,?,?)",
            [(i + 1, str(uuid.uuid4()), f"Interview {i + 1:04d}", "transcript", t, f"interview_{i + 1}.txt",
              sha256_of(t), stamp) for i, t in enumerate(texts)])
        db.conn.executemany(
            "INSERT INTO cases (id, guid, name, created_at) VALUES (?,?,?,?)",
            [(c, str(uuid.uuid4()), f"Casus {c:03d}", stamp) for c in range(1, 201)])
        db.conn.executemany(
            "INSERT INTO case_ranges (case_id, document_id) VALUES (?,?)",
            [(d % 200 + 1, d) for d in range(1, DOCUMENTS + 1)])
        codes = []
        for n in range(1, CODES + 1):
            parent = None if n <= 50 else (n - 1) % 50 + 1
            codes.append((n, str(uuid.uuid4()), parent, f"Code {n:04d}", n, f"#{rng.randrange(0x808080, 0xFFFFFF):06x}", stamp))
        db.conn.executemany(
            "INSERT INTO codes (id, guid, parent_id, name, position, color, created_at) VALUES (?,?,?,?,?,?,?)", codes)
        rows = []
        for n in range(CODINGS):
            document = 1 if n < BIG_CODINGS else rng.randrange(2, DOCUMENTS + 1)
            length = rng.randint(20, 2000) if document == 1 else rng.randint(20, 400)
            size = len(texts[document - 1])
            start = rng.randrange(0, size - length)
            rows.append((str(uuid.uuid4()), document, rng.randrange(51, CODES + 1), start, start + length, coder, stamp))
        db.conn.executemany(
            'INSERT INTO codings (guid, document_id, code_id, start, "end", coder_id, created_at) VALUES (?,?,?,?,?,?,?)',
            rows)
    project.close()
    return 1, big_text


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    rng = random.Random(11)
    folder = Path(tempfile.mkdtemp(prefix="qdacoder-bench-"))
    path = folder / "schaal.qdacoder"
    started = time.perf_counter()
    big, text = build(path, rng)
    print(f"built {path.name}: {DOCUMENTS:,} documents, {CODES:,} codes, {CODINGS:,} codings "
          f"in {time.perf_counter() - started:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")

    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("coder", "Anna de Vries")
    window = MainWindow(settings)
    window.resize(1400, 900)
    window.show()
    app.processEvents()

    def open_project():
        window.projects.open_project(path)
        window.repaint()
        app.processEvents()

    def show_big():
        window.show_document(big)
        window.repaint()
        app.processEvents()

    open_times = []
    for _ in range(3):
        open_times.append(timed(open_project))
        window.set_project(None)
    window.projects.open_project(path)
    show_times = [timed(show_big) for _ in range(5)]

    code_times, undo_times = [], []
    for n in range(5):
        start = text.index(" ", 1000 + n * 7919) + 1
        window.view.select_range(start, start + 120)
        code_times.append(timed(lambda: (window.coding.code_passage(51 + n), window.repaint(), app.processEvents())))
        undo_times.append(timed(lambda: (window.undo_action.trigger(), window.repaint(), app.processEvents())))

    def type_key():
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            app.sendEvent(window.view.text_edit, QKeyEvent(kind, Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier, "x"))
        window.repaint()
        app.processEvents()

    window.editing.action.setChecked(True)
    window.view.place_cursor(text.index(" ", 50) + 1)
    type_times = [timed(type_key) for _ in range(5)]
    edit_undo = [timed(lambda: (window.undo_action.trigger(), window.repaint(), app.processEvents()))]
    window.editing.action.setChecked(False)

    print(f"{'measure (median)':58} {'time':>9} {'target':>8}")
    for name, times, target in [
        ("open project (2,000 documents, 1,000 codes, counts)", open_times, None),
        ("show 1 MB transcript with 5,000 codings", show_times, 0.3),
        ("apply one coding (op + undo entry + refresh)", code_times, 0.03),
        ("undo that coding", undo_times, 0.03),
        ("type one key in edit mode (5,000 codings move)", type_times, 0.1),
        ("undo that run of typing", edit_undo, 0.3),
    ]:
        seconds = statistics.median(times)
        verdict = "" if target is None else ("ok" if seconds < target else "SLOW")
        target_text = "" if target is None else f"{target * 1000:.0f}ms"
        print(f"{name:58} {seconds * 1000:7.1f}ms {target_text:>8} {verdict}")
    window.close()


if __name__ == "__main__":
    main()
