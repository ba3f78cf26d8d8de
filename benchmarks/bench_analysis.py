"""How fast the analyses are on a project at the target scale: 2,000 documents, 1,000 codes,
200,000 codings, 200 cases (built by ``benchmarks.bench_window.build``), plus a category case
attribute "gemeente" with five values (one case in ten without a value).

Measures (median of 5), each against a bare SQL GROUP BY on the same file:
  - the bare ``SELECT code_id, count(*) FROM codings GROUP BY code_id`` (the reference);
  - the bare code x case GROUP BY (the same join the matrix uses, rows only, no app code),
    for comparison: the cost of joining 200,000 codings to their cases;
  - ``frequency_table`` (code frequencies with the share of cases);
  - ``code_matrix`` by cases, with subtotals for parents;
  - ``crosstab`` by the case attribute;
  - ``cooccurrence`` by case for 100 codes.
The issue's target: code frequencies and the full code x case matrix within twice the time of
a bare GROUP BY (~0.1-0.2 s).

Run: python benchmarks/bench_analysis.py
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_window import CODES, CODINGS, DOCUMENTS, build  # noqa: E402
from qdacoder.analysis.cooccurrence import cooccurrence  # noqa: E402
from qdacoder.analysis.crosstab import crosstab  # noqa: E402
from qdacoder.analysis.frequencies import _CASE_JOIN  # noqa: E402
from qdacoder.analysis.frequency_table import frequency_table  # noqa: E402
from qdacoder.analysis.matrices import code_matrix  # noqa: E402
from qdacoder.core.attributes import add_variable, get_variable, set_values  # noqa: E402
from qdacoder.core.project import Project  # noqa: E402

GEMEENTEN = ("Utrecht", "Zeist", "Amersfoort", "Nieuwegein", "Houten")
RUNS = 5


def median_time(action) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="qdacoder-bench-"))
    path = folder / "schaal.qdacoder"
    started = time.perf_counter()
    build(path, random.Random(11))
    project = Project.open(path)
    gemeente = add_variable(project, target="case", name="gemeente", type="category", categories=list(GEMEENTEN)).result
    set_values(project, [(gemeente, case, GEMEENTEN[case % 5]) for case in range(1, 201) if case % 10])
    print(f"built {path.name}: {DOCUMENTS:,} documents, {CODES:,} codes, {CODINGS:,} codings, 200 cases "
          f"in {time.perf_counter() - started:.1f} s")

    variable = get_variable(project, gemeente)
    hundred = list(range(51, 151))
    db = project.db.conn
    bare = median_time(lambda: db.execute("SELECT code_id, count(*) FROM codings GROUP BY code_id").fetchall())
    measures = [
        ("bare code x case GROUP BY (same join, rows only)",
         lambda: db.execute(f"SELECT g.code_id, r.case_id, count(*) FROM codings g {_CASE_JOIN} GROUP BY 1, 2").fetchall()),
        ("frequency_table (all codes, share of cases)", lambda: frequency_table(project)),
        ("code_matrix by cases (all codes, with subtotals)", lambda: code_matrix(project, "cases")),
        ("crosstab by case attribute gemeente", lambda: crosstab(project, variable)),
        ("cooccurrence by case, 100 codes", lambda: cooccurrence(project, "case", code_ids=hundred)),
        ("cooccurrence by overlap, all 1,000 codes", lambda: cooccurrence(project, "overlap")),
    ]
    print(f"{'measure (median of 5)':52} {'time':>9} {'x bare':>8}")
    print(f"{'bare SELECT code_id, count(*) ... GROUP BY code_id':52} {bare * 1000:7.1f}ms {1:8.1f}")
    for name, action in measures:
        seconds = median_time(action)
        print(f"{name:52} {seconds * 1000:7.1f}ms {seconds / bare:8.1f}")
    project.close()


if __name__ == "__main__":
    main()
