"""What the final-coding reading (issue 18) costs at the target scale: 2,000 documents, 1,000
codes, 200,000 codings (``benchmarks.bench_window.build``), plus a consensus review of a
double-coded sample: a second coder's copy of the codings of 200 documents, a consensus
coder's copy of those (20,000 codings each, so 240,000 in all), and the consensus done for 150
of the 200 documents.

Measures (median of 5), against the bare GROUP BY of the codings per code:
  - ``frequency_table`` and ``code_matrix`` by cases under ``all`` (no reading condition) and
    under ``final`` (the reading's condition on every coding);
  - ``frequency_table`` under ``final`` on the same file before the consensus coder exists (the
    condition's first, uncorrelated test answers for every row);
  - the bare GROUP BY with the reading's condition: what SQLite itself needs for the condition.
Measured here (2 shared cores): the condition makes the bare GROUP BY ~240 ms instead of ~30 ms
(testing each coding's coder and document in correlated subqueries took ~1.2 s); the matrix
~0.7 s instead of ~0.2 s, the frequency table ~1.5 s instead of ~0.8 s.

Run: python benchmarks/bench_reading.py
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.scale import build  # noqa: E402
from qdacoder.analysis.filters import ALL, FINAL, FINAL_SQL, Filters  # noqa: E402
from qdacoder.analysis.frequency_table import frequency_table  # noqa: E402
from qdacoder.analysis.matrices import code_matrix  # noqa: E402
from qdacoder.core.coders import ensure_coder  # noqa: E402
from qdacoder.core.consensus import consensus_coder_id  # noqa: E402
from qdacoder.core.project import Project, now  # noqa: E402

RUNS = 5
SAMPLE, DONE = 200, 150


def median_time(action) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def copy_codings(project: Project, coder_id: int, documents: list[int]) -> None:
    """Copy the first coder's codings of ``documents`` to ``coder_id`` (bare SQL: set-up only)."""
    marks = ",".join("?" * len(documents))
    with project.db.atomic():
        project.db.execute(
            'INSERT INTO codings (guid, document_id, code_id, start, "end", coder_id, created_at) '
            "SELECT lower(hex(randomblob(16))), document_id, code_id, start, \"end\", ?, created_at FROM codings "
            f"WHERE coder_id = 1 AND document_id IN ({marks})", [coder_id, *documents])


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="qdacoder-bench-"))
    path = folder / "schaal.qdacoder"
    build(path, random.Random(11))
    project = Project.open(path)
    db = project.db.conn
    bare = median_time(lambda: db.execute("SELECT code_id, count(*) FROM codings GROUP BY code_id").fetchall())
    before = median_time(lambda: frequency_table(project, Filters(reading=FINAL)))

    sample = list(range(1, SAMPLE + 1))
    bram = ensure_coder(project, "Bram Jansen").id
    copy_codings(project, bram, sample)
    consensus = consensus_coder_id(project)
    copy_codings(project, consensus, sample)
    with project.db.atomic():
        for document in sample[:DONE]:
            for coder in (1, bram):
                db.execute("INSERT INTO consensus_settled (document_id, consensus_coder_id, coder_id, created_at) "
                           "VALUES (?, ?, ?, ?)", [document, consensus, coder, now()])
    total = project.scalar("SELECT count(*) FROM codings")
    bare_after = median_time(lambda: db.execute("SELECT code_id, count(*) FROM codings GROUP BY code_id").fetchall())
    print(f"{total:,} codings; consensus done for {DONE} of {SAMPLE} double-coded documents")
    print(f"{'measure (median of 5)':62} {'time':>9}")
    print(f"{'bare SELECT code_id, count(*) GROUP BY code_id (before)':62} {bare * 1000:7.1f}ms")
    print(f"{'frequency_table, final, no consensus coder yet':62} {before * 1000:7.1f}ms")
    print(f"{'bare SELECT code_id, count(*) GROUP BY code_id (with review)':62} {bare_after * 1000:7.1f}ms")
    condition = median_time(lambda: db.execute(
        f"SELECT code_id, count(*) FROM codings g WHERE {FINAL_SQL} GROUP BY code_id").fetchall())
    print(f"{'the same GROUP BY with the final condition (the SQL limit)':62} {condition * 1000:7.1f}ms")
    for name, action in (
            ("frequency_table, all", lambda: frequency_table(project, Filters(reading=ALL))),
            ("frequency_table, final", lambda: frequency_table(project, Filters(reading=FINAL))),
            ("code_matrix by cases, all", lambda: code_matrix(project, "cases", filters=Filters(reading=ALL))),
            ("code_matrix by cases, final", lambda: code_matrix(project, "cases", filters=Filters(reading=FINAL)))):
        seconds = median_time(action)
        print(f"{name:62} {seconds * 1000:7.1f}ms  {seconds / bare_after:5.1f} x bare")
    project.close()


if __name__ == "__main__":
    main()
