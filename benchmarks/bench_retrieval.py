"""How fast the coded passages of a code with 10,000 passages fill the retrieval list in the
real window, on the scale project of ``bench_window`` (2,000 documents, 200,000 codings) with
one extra code "Veel besproken" that has 10,000 codings spread over all documents.

Measures (median of 5), in the "Coded passages and search" panel of the main window:
  - choosing the code: its 10,000 coding ids in reading order plus the first page of rows
    shown (what the researcher waits for);
  - one further page of rows, as the list loads them while scrolling (the longest the
    window is busy at a time once the first rows are there);
  - scrolling to the end of the list, page by page (all 10,000 rows loaded).
The issue's target: the list fills without freezing the window.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_retrieval.py
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

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.bench_window import DOCUMENTS, build  # noqa: E402
from qdacoder.core.project import Project, now  # noqa: E402
from qdacoder.ui.main_window import MainWindow  # noqa: E402

PASSAGES = 10_000
RUNS = 5


def add_busy_code(path: Path, rng: random.Random) -> int:
    """A code with PASSAGES codings over all documents (plain SQL, to save set-up time)."""
    project = Project.open(path)
    stamp = now()
    with project.db.atomic():
        code = project.db.execute(
            "INSERT INTO codes (guid, name, position, color, created_at) VALUES (?, 'Veel besproken', 2000, '#c0ffee', ?)",
            [str(uuid.uuid4()), stamp]).lastrowid
        rows = []
        for n in range(PASSAGES):
            document = rng.randrange(2, DOCUMENTS + 1)
            start = rng.randrange(0, 4000)
            rows.append((str(uuid.uuid4()), document, code, start, start + rng.randint(20, 400), 1, stamp))
        project.db.conn.executemany(
            'INSERT INTO codings (guid, document_id, code_id, start, "end", coder_id, created_at) VALUES (?,?,?,?,?,?,?)',
            rows)
    project.close()
    return code


def median_ms(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:7.1f}ms"


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    rng = random.Random(11)
    folder = Path(tempfile.mkdtemp(prefix="qdacoder-bench-"))
    path = folder / "schaal.qdacoder"
    build(path, rng)
    code = add_busy_code(path, rng)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("coder", "Anna de Vries")
    window = MainWindow(settings)
    window.resize(1400, 900)
    window.show()
    window.projects.open_project(path)
    panel = window.retrieval
    panel.parentWidget().show()
    app.processEvents()
    model = panel.model

    def choose() -> None:
        panel.code_box.setCurrentIndex(panel.code_box.findData(code))
        panel.run_query()
        panel.repaint()
        app.processEvents()

    first, page, whole = [], [], []
    for _ in range(RUNS):
        panel.code_box.setCurrentIndex(0)
        started = time.perf_counter()
        choose()
        first.append(time.perf_counter() - started)
        assert len(model.ids) == PASSAGES, len(model.ids)
        started = time.perf_counter()
        model.fetchMore()
        app.processEvents()
        page.append(time.perf_counter() - started)
        started = time.perf_counter()
        while model.canFetchMore():
            model.fetchMore()
            app.processEvents()
        whole.append(time.perf_counter() - started)
        assert model.rowCount() == PASSAGES
    print(f"{'measure (median of 5)':62} {'time':>9}")
    print(f"{'choose a code with 10,000 passages: ids + first page shown':62} {median_ms(first)}")
    print(f"{'one further page of rows while scrolling':62} {median_ms(page)}")
    print(f"{'all 10,000 rows, page by page':62} {median_ms(whole)}")
    window.close()


if __name__ == "__main__":
    main()
