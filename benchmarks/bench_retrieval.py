"""How fast the coded passages of a code with 10,000 passages fill the retrieval list in the real
window, on the scale project (``benchmarks/scale.py``) with one extra code "Veel besproken" that
has 10,000 codings spread over all documents. Each figure beside its bare limit, the two
alternated run by run, in the "Coded passages and search" panel of the main window:

  - choosing the code: its 10,000 coding ids in reading order plus the first page of rows shown
    (what the researcher waits for); limit: the same ids in the same order with plain SQL, and
    the first page's rows (document, span, coder and 80 characters of context either side);
  - one further page of rows, as the list loads them while scrolling; limit: that page's rows.
The issue's target: the list fills without freezing the window.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_retrieval.py [--scale 1|10] [--runs N]
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import sys
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.bench_window import window_on  # noqa: E402
from benchmarks.scale import alternate, arguments, header, line, load, sizes, temporary_folder, working_copy  # noqa: E402
from qdacoder.core.project import Project, now  # noqa: E402
from qdacoder.ui.analysis.retrieval import PAGE  # noqa: E402

PASSAGES = 10_000
IDS = ("SELECT g.id FROM codings g JOIN documents d ON d.id = g.document_id WHERE g.code_id = ? "
       "ORDER BY d.name, g.start, g.\"end\", g.id")
PAGE_ROWS = ('SELECT g.id, d.name, g.start, g."end", o.name, substr(d.text, max(g.start - 79, 1), g.start - max(g.start - 80, 0)), '
             'substr(d.text, g.start + 1, g."end" - g.start), substr(d.text, g."end" + 1, 80) FROM codings g '
             "JOIN documents d ON d.id = g.document_id JOIN coders o ON o.id = g.coder_id "
             "WHERE g.id IN (SELECT value FROM json_each(?))")


def add_busy_code(path: Path, rng: random.Random, documents: int) -> int:
    """A code with PASSAGES codings over all documents (plain SQL, to save set-up time)."""
    with Project.open(path) as project, project.db.atomic():
        stamp = now()
        code = project.db.execute(
            "INSERT INTO codes (guid, name, position, color, created_at) VALUES (?, 'Veel besproken', 0, '#c0ffee', ?)",
            [str(uuid.uuid4()), stamp]).lastrowid
        rows = []
        for _ in range(PASSAGES):
            start = rng.randrange(0, 4000)
            rows.append((str(uuid.uuid4()), rng.randrange(2, documents + 1), code, start, start + rng.randint(20, 400), 1, stamp))
        project.db.conn.executemany(
            'INSERT INTO codings (guid, document_id, code_id, start, "end", coder_id, created_at) VALUES (?,?,?,?,?,?,?)',
            rows)
    return code


def main() -> None:
    args = arguments(__doc__.split("\n\n")[0])
    print(load())
    app = QApplication.instance() or QApplication(sys.argv)
    path = working_copy(args.scale)
    code = add_busy_code(path, random.Random(11), sizes(args.scale)["documents"])
    window = window_on(temporary_folder())
    window.projects.open_project(path)
    panel = window.retrieval
    panel.parentWidget().show()
    app.processEvents()
    model = panel.model
    db = sqlite3.connect(str(path))

    def choose() -> None:
        panel.code_box.setCurrentIndex(panel.code_box.findData(code))
        panel.run_query()
        panel.repaint()
        app.processEvents()
        assert len(model.ids) == PASSAGES, len(model.ids)

    found: list[int] = []

    def bare_choose() -> None:
        found[:] = [r[0] for r in db.execute(IDS, [code])]
        db.execute(PAGE_ROWS, [json.dumps(found[:PAGE])]).fetchall()

    def page() -> None:
        model.fetchMore()
        app.processEvents()

    def bare_page() -> None:
        db.execute(PAGE_ROWS, [json.dumps(found[PAGE:2 * PAGE])]).fetchall()

    def reset(_name: str) -> None:
        if _name == "app":
            panel.code_box.setCurrentIndex(0)
            app.processEvents()

    chosen = alternate({"app": choose, "bare": bare_choose}, args.runs, before=reset)
    pages = alternate({"app": page, "bare": bare_page}, args.runs,
                      before=lambda name: (reset(name), choose()) if name == "app" else None)
    window.close()
    print(f"\nscale {args.scale}: a code with {PASSAGES:,} passages; median of {args.runs} runs (spread), app and its bare "
          "limit alternated")
    header("coded passages")
    line(f"choose the code: ids + first {PAGE} rows shown", chosen["app"], chosen["bare"])
    line(f"one further page of {PAGE} rows while scrolling", pages["app"], pages["bare"])
    print(load())


if __name__ == "__main__":
    main()
