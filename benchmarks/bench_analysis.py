"""How fast the analyses are on a project at the target scale: 2,000 documents, 1,000 codes,
200,000 codings, 200 cases (built by ``benchmarks.bench_window.build``), plus a category case
attribute "gemeente" with five values (one case in ten without a value).

Measures (median of 5), each against a bare SQL GROUP BY on the same file (rows fetched, no
app code):
  - references: ``SELECT code_id, count(*) ... GROUP BY code_id``; the one GROUP BY that gives
    codings, documents and cases per code (the figures the frequency table starts from); the
    code x case GROUP BY with the join the matrix uses;
  - ``frequency_table`` (own and branch figures, distinct passages, share of cases) against
    the bare code frequencies;
  - ``code_matrix`` by cases, with subtotals for parents, against the bare code x case GROUP BY;
  - ``crosstab`` by the case attribute; ``cooccurrence`` by case for 100 codes and by overlap
    for all 1,000 codes.
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
    # the references: bare SQL on the same file, no app code, rows fetched and nothing else
    references = {
        "count": ("bare SELECT code_id, count(*) GROUP BY code_id",
                  "SELECT code_id, count(*) FROM codings GROUP BY code_id"),
        "frequencies": ("bare codings, documents, cases per code (one GROUP BY)",
                        "SELECT g.code_id, count(*), count(DISTINCT g.document_id), count(DISTINCT r.case_id) "
                        f"FROM codings g {_CASE_JOIN} GROUP BY g.code_id"),
        "matrix": ("bare code x case GROUP BY (the matrix's join)",
                   f"SELECT g.code_id, r.case_id, count(*) FROM codings g {_CASE_JOIN} GROUP BY 1, 2"),
    }
    bare = {key: median_time(lambda sql=sql: db.execute(sql).fetchall()) for key, (_name, sql) in references.items()}
    measures = [
        ("frequency_table (all codes, branches, share of cases)", lambda: frequency_table(project), "frequencies"),
        ("code_matrix by cases (all codes, with subtotals)", lambda: code_matrix(project, "cases"), "matrix"),
        ("crosstab by case attribute gemeente", lambda: crosstab(project, variable), "frequencies"),
        ("cooccurrence by case, 100 codes", lambda: cooccurrence(project, "case", code_ids=hundred), "count"),
        ("cooccurrence by overlap, all 1,000 codes", lambda: cooccurrence(project, "overlap"), "count"),
    ]
    print(f"{'measure (median of 5)':56} {'time':>9}  against")
    for key, (name, _sql) in references.items():
        print(f"{name:56} {bare[key] * 1000:7.1f}ms")
    for name, action, key in measures:
        seconds = median_time(action)
        print(f"{name:56} {seconds * 1000:7.1f}ms  {seconds / bare[key]:4.1f} x {references[key][0]}")
    project.close()


if __name__ == "__main__":
    main()
