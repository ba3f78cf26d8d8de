"""How fast a folder of files is imported in the real window, into an empty project and into
the scale project: the issue's target is a time per file into the scale project within 1.2x of
into an empty one (the import stays linear).

Folders of 50 and of 250 UTF-8 interview transcripts (~4,500 characters, I:/R: turns, Windows
line ends, as a word processor's "save as text" gives them) are imported through Documents >
Import files (the window's ``import_files``: a progress dialog with Cancel, reading on a worker
thread, one undo step), then undone, untimed, for the next run. The bare limit, alternated with
it: for each file read and decode it, then one INSERT of its row (the same columns, so the same
indexes and full-text triggers) and a COMMIT on the same project file; deleted again, untimed.

Printed per file: the time of the 250-file folder divided by 250 (what a user waits for, with
the window's one refresh at the end), and the cost of each file beyond the first 50
((T250 - T50) / 200: linear means this does not grow with the project), and the one refresh.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_import.py [--scale 1|10] [--runs N]
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.bench_document_view import transcript  # noqa: E402
from benchmarks.scale import (CODER, alternate, arguments, header, line, load, ratio, temporary_folder,  # noqa: E402
                              working_copy)
from qdacoder.core.documents import sha256_of  # noqa: E402
from qdacoder.core.project import Project, now  # noqa: E402
from qdacoder.ui.common.dialogs import ImportOptions  # noqa: E402
from qdacoder.ui.main_window import MainWindow  # noqa: E402

SMALL, FILES = 50, 250


def make_folder(rng: random.Random) -> list[str]:
    folder = temporary_folder()
    paths = []
    for n in range(FILES):
        path = folder / f"interview_{n + 1:03d}.txt"
        path.write_text(transcript(4_500, rng).replace("\n", "\r\n") + f" [{uuid.uuid4()}]", encoding="utf-8")
        paths.append(str(path))
    return paths


def bare_import(path: Path, files: list[str]) -> None:
    """The limit: per file, read, decode, one INSERT and a COMMIT (WAL, the project's settings)."""
    db = sqlite3.connect(str(path), isolation_level=None)
    db.execute("PRAGMA synchronous = NORMAL")
    stamp = now()
    for file in files:
        text = Path(file).read_bytes().decode("utf-8").replace("\r\n", "\n")
        db.execute("BEGIN")
        db.execute("INSERT INTO documents (guid, name, kind, text, source_name, sha256, imported_at) "
                   "VALUES (?,?,?,?,?,?,?)", [str(uuid.uuid4()), "bare " + Path(file).stem, "transcript", text,
                                              Path(file).name, sha256_of(text), stamp])
        db.execute("COMMIT")
    db.close()


def remove_bare(path: Path) -> None:
    db = sqlite3.connect(str(path), isolation_level=None)
    db.execute("DELETE FROM documents WHERE name LIKE 'bare %'")
    db.close()


def main() -> None:
    args = arguments(__doc__.split("\n\n")[0])
    print(load())
    app = QApplication.instance() or QApplication(sys.argv)
    files = make_folder(random.Random(5))
    folders = {"empty project": temporary_folder() / "leeg.qdacoder",
               f"scale {args.scale} project": working_copy(args.scale)}
    Project.create(folders["empty project"]).close()
    settings = QSettings(str(temporary_folder() / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("coder", CODER)
    window = MainWindow(settings)
    window.resize(1400, 900)
    window.show()
    options = ImportOptions(None, None, False)
    results = {}
    for name, path in folders.items():
        window.projects.open_project(path)
        while window.projects.backups.running():  # its backup, on a worker thread, is not measured here
            app.processEvents()

        def app_import(some: list[str]) -> None:
            report = window.projects.import_files(some, options)
            assert len(report.imported) == len(some), report.failed
            app.processEvents()

        def undo_both(_name: str = "") -> None:
            if window.undo_stack.canUndo():
                window.undo_stack.undo()
                window.undo_stack.clear()
            remove_bare(path)
            app.processEvents()

        results[name] = alternate({
            "app": lambda: app_import(files), "bare": lambda p=path: bare_import(p, files),
            "app small": lambda: app_import(files[:SMALL]), "bare small": lambda p=path: bare_import(p, files[:SMALL]),
        }, args.runs, before=undo_both)
        undo_both()
        window.set_project(None)
    window.close()
    print(f"\nfolders of {SMALL} and {FILES} text files of ~4,500 characters, median of {args.runs} runs (spread)")
    header("import a folder")
    per_file = {}
    for name, times in results.items():
        whole = [t / FILES for t in times["app"]]
        extra = [(a - b) / (FILES - SMALL) for a, b in zip(times["app"], times["app small"])]
        extra_bare = [(a - b) / (FILES - SMALL) for a, b in zip(times["bare"], times["bare small"])]
        fixed = [a - e * FILES for a, e in zip(times["app"], extra)]
        line(f"{name}: per file, folder of {FILES}", whole, [t / FILES for t in times["bare"]])
        line(f"{name}: each file beyond the first {SMALL}", extra, extra_bare)
        line(f"{name}: the rest (one refresh of the window)", fixed)
        per_file[name] = (whole, extra)
    (empty_whole, empty_extra), (scale_whole, scale_extra) = per_file.values()
    print(f"scale {args.scale} against empty, per file (target < 1.2 x): folder of {FILES} {ratio(scale_whole, empty_whole)}; "
          f"each file beyond {SMALL} {ratio(scale_extra, empty_extra)}")
    print(load())


if __name__ == "__main__":
    main()
