"""How fast replacing one name in every document is, on the scale project: 2,000 documents,
10 million characters, 200,000 codings (``benchmarks.bench_window.build``).

The set-up gives every document a name: each "mentor" becomes "Jayden" (same length, so the
codings stay where they were built), about 30,000 places in all. Then it measures, each on a
fresh copy of that file:
  - ``find_hits`` for "Jayden" in every document (the placeholders' whole-word rule);
  - ``replace_hits`` of every hit by "[naam jongere]", one undoable step: the texts, the search
    index, the checksums, every coding, speaker turn and case passage moved, the edit log;
  - undoing that step;
  - beside it, the bare limits: one SQL UPDATE of the same texts with replace() (the search
    index's triggers included, nothing else moved), and one executemany UPDATE of the moved
    codings' new positions (what any design that keeps positions in the rows must write).
Target (issue 13): find and replace under 2 s. Timings on a loaded machine vary.

Run: python benchmarks/bench_replace.py
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.scale import build  # noqa: E402
from qdacoder.core.project import Project  # noqa: E402
from qdacoder.core.replace import find_hits, replace_hits  # noqa: E402

NAME, PLACEHOLDER = "Jayden", "[naam jongere]"


def fresh(source: Path, folder: Path, name: str) -> Path:
    target = folder / name
    shutil.copy(source, target)
    return target


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="qdacoder-bench-"))
    source = folder / "schaal.qdacoder"
    started = time.perf_counter()
    build(source, random.Random(11))
    connection = sqlite3.connect(source)
    with connection:
        connection.execute("UPDATE documents SET text = replace(text, 'mentor', ?)", [NAME])
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    print(f"built the scale project with a name in every document in {time.perf_counter() - started:.0f} s")

    path = fresh(source, folder, "ons.qdacoder")
    with Project.open(path) as project:
        characters = project.scalar("SELECT sum(length(text)) FROM documents")
        started = time.perf_counter()
        hits = find_hits(project, NAME)
        found = time.perf_counter() - started
        started = time.perf_counter()
        journal = replace_hits(project, hits, PLACEHOLDER)
        replaced = time.perf_counter() - started
        result = journal.result
        moved = sum(1 for s in journal.steps if s.table == "codings")
        started = time.perf_counter()
        journal.undo(project)
        undone = time.perf_counter() - started

    bare_path = fresh(source, folder, "kaal.qdacoder")
    connection = sqlite3.connect(bare_path, isolation_level=None)
    started = time.perf_counter()
    connection.execute("BEGIN")
    connection.execute("UPDATE documents SET text = replace(text, ?, ?) WHERE instr(text, ?)",
                       [NAME, PLACEHOLDER, NAME])
    connection.execute("COMMIT")
    bare = time.perf_counter() - started
    # the floor for moving the codings at all: one UPDATE of the same rows' positions, no journal
    moves = [(s["start"], s["end"], s["id"]) for s in (step.after for step in journal.steps if step.table == "codings")
             if s is not None]
    started = time.perf_counter()
    connection.execute("BEGIN")
    connection.executemany('UPDATE codings SET start = ?, "end" = ? WHERE id = ?', sorted(moves, key=lambda m: m[2]))
    connection.execute("COMMIT")
    bare_codings = time.perf_counter() - started
    connection.close()

    print(f"{result.hits:,} places in {result.documents:,} documents, {characters:,} characters, "
          f"{moved:,} codings moved")
    print(f"find_hits:                    {found:6.2f} s")
    print(f"replace_hits (one step):      {replaced:6.2f} s")
    print(f"find + replace:               {found + replaced:6.2f} s   (target < 2 s)")
    print(f"undo:                         {undone:6.2f} s")
    print(f"  bare: one SQL UPDATE of the same texts (search index included): {bare:6.2f} s")
    print(f"  bare: one SQL UPDATE of the moved codings' positions:           {bare_codings:6.2f} s")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
