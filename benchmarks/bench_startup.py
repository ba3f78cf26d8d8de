"""How fast the command line starts: ``qdacoder info`` on the demo project, a fresh Python
process each time, as a researcher or a script runs it. Target: under 0.25 s (median of 5).

Printed beside it (same machine, same moment, median of 5 fresh processes each):
  - bare Python: ``python -c pass``, the floor no command can go under;
  - a bare sqlite3 read: ``python -c`` opening the demo file with the standard ``sqlite3`` module
    and running the counts ``info`` shows, the floor for a command that reads the project;
  - ``import sqlite_utils`` alone, which imports numpy: what a reading command would cost
    without the lazy imports;
  - ``import qdacoder.cli`` alone, and ``qdacoder --version``.

Run: python benchmarks/bench_startup.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qdacoder.core.summary import project_summary  # noqa: E402
from qdacoder.exchange.demo import build_demo  # noqa: E402

RUNS = 5
TARGET = 0.25
# the query of core.summary.project_summary, written out so the bare read imports nothing of ours
COUNTS = ("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM codes), (SELECT count(*) FROM codings), "
          "(SELECT count(*) FROM cases), (SELECT count(*) FROM coders)")


def median_run(arguments: list[str]) -> float:
    """Median wall time of running ``python arguments`` in a fresh process (this checkout first
    on the path), after one run that is not counted (it writes the bytecode caches)."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    times = []
    for attempt in range(RUNS + 1):
        started = time.perf_counter()
        subprocess.run([sys.executable, *arguments], env=environment, check=True, stdout=subprocess.DEVNULL)
        if attempt:
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="qdacoder-bench-"))
    demo = folder / "demo.qdacoder"
    with build_demo(demo) as project:
        counts = project_summary(project)
    print(f"demo project: {counts.documents} documents, {counts.codes} codes, {counts.codings} codings")
    bare_read = f"import sqlite3; sqlite3.connect({str(demo)!r}).execute({COUNTS!r}).fetchall()"
    rows = [
        ("python -c pass (bare Python)", ["-c", "pass"]),
        ("bare sqlite3 read of the counts", ["-c", bare_read]),
        ("import sqlite_utils (imports numpy)", ["-c", "import sqlite_utils"]),
        ("import qdacoder.cli", ["-c", "import qdacoder.cli"]),
        ("qdacoder --version", ["-m", "qdacoder", "--version"]),
        ("qdacoder info demo.qdacoder", ["-m", "qdacoder", "info", str(demo)]),
    ]
    results = {}
    for label, arguments in rows:
        results[label] = median_run(arguments)
        print(f"{label:40} {results[label] * 1000:6.0f} ms")
    info = results["qdacoder info demo.qdacoder"]
    print(f"qdacoder info: {info * 1000:.0f} ms, target under {TARGET * 1000:.0f} ms: "
          f"{'met' if info < TARGET else 'NOT met'}")


if __name__ == "__main__":
    main()
