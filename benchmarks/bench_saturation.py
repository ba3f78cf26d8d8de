"""How fast saturation (issue 26) is on the scale project of ARCHITECTURE.md: 2,000 documents,
1,000 codes, 200,000 codings (built by ``benchmarks.bench_window.build``, as bench_analysis.py
does), plus a document date attribute "interviewdatum" on nine documents in ten (so ordering by it
also places documents without a value at the end), the codings' times spread over a year, and a
second coder with a tenth of the codings.

Measures (median of 5), each against the bare SQL limit beside it: the one GROUP BY that reads
every (document, code) pair, fetched, with no app code (for the order of first coding, that and
the GROUP BY giving each document's first coding time). ``saturation`` adds the scope, the order
and the walk over those pairs. The issue's target: under 1 s.

Run: python benchmarks/bench_saturation.py
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.scale import CODES, CODINGS, DOCUMENTS, build  # noqa: E402
from qdacoder.analysis.filters import Filters  # noqa: E402
from qdacoder.analysis.saturation import saturation  # noqa: E402
from qdacoder.core.attributes import add_variable, set_values  # noqa: E402
from qdacoder.core.coders import ensure_coder  # noqa: E402
from qdacoder.core.project import Project  # noqa: E402
from qdacoder.reports.saturation import rows_for_export, sentence  # noqa: E402

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
    rng = random.Random(11)
    started = time.perf_counter()
    build(path, rng)
    project = Project.open(path)
    datum = add_variable(project, target="document", name="interviewdatum", type="date").result
    first = dt.date(2023, 1, 2)
    set_values(project, [(datum, d, (first + dt.timedelta(days=rng.randrange(365))).isoformat())
                         for d in range(1, DOCUMENTS + 1) if d % 10])
    bram = ensure_coder(project, "Bram Jansen").id
    with project.db.atomic():  # set-up by plain SQL, as bench_window does: times and a second coder
        project.db.execute("UPDATE codings SET created_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', "
                           "'2023-01-01', '+' || (abs(random()) % 31536000) || ' seconds')")
        project.db.execute("UPDATE codings SET coder_id = ? WHERE id % 10 = 0", [bram])
    print(f"built {path.name}: {DOCUMENTS:,} documents, {CODES:,} codes, {CODINGS:,} codings "
          f"in {time.perf_counter() - started:.1f} s")

    db = project.db.conn
    pairs = "SELECT g.document_id, g.code_id FROM codings g WHERE {} GROUP BY g.document_id, g.code_id"
    bare = median_time(lambda: db.execute(pairs.format("1")).fetchall())
    bare_coder = median_time(lambda: db.execute(pairs.format("g.coder_id = ?"), [bram]).fetchall())
    first_coding = "SELECT g.document_id, min(g.created_at) FROM codings g NOT INDEXED GROUP BY g.document_id"
    bare_first = median_time(lambda: (db.execute(pairs.format("1")).fetchall(), db.execute(first_coding).fetchall()))
    one_coder = Filters(coder_ids=frozenset({bram}))
    measures = [
        ("saturation, import order", lambda: saturation(project), bare),
        ("saturation, order of first coding", lambda: saturation(project, order="first-coded"), bare_first),
        ("saturation, by name", lambda: saturation(project, order="name"), bare),
        ("saturation, by document attribute interviewdatum", lambda: saturation(project, order="attribute:interviewdatum"),
         bare),
        ("saturation, one coder's codings (--coder)", lambda: saturation(project, filters=one_coder), bare_coder),
        ("saturation + table + sentence (what the window shows)",
         lambda: (lambda r: (rows_for_export(r), sentence(r)))(saturation(project)), bare),
    ]
    print(f"{'measure (median of 5)':58} {'time':>9}  against")
    print(f"{'bare (document, code) GROUP BY, all codings':58} {bare * 1000:7.1f}ms")
    print(f"{'bare (document, code) GROUP BY, one coder':58} {bare_coder * 1000:7.1f}ms")
    print(f"{'bare pairs + first coding per document (two GROUP BYs)':58} {bare_first * 1000:7.1f}ms")
    for name, action, reference in measures:
        seconds = median_time(action)
        print(f"{name:58} {seconds * 1000:7.1f}ms  {seconds / reference:4.1f} x its bare SQL")
    result = saturation(project)
    print(f"(import order: B = {result.base_size}, saturation at document {result.point}, "
          f"{result.codes_total} codes applied)")
    project.close()
    shutil.rmtree(folder)  # a 100 MB file nobody reads again


if __name__ == "__main__":
    main()
