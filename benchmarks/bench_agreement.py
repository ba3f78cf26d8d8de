"""How fast inter-coder agreement is at the target scale of ARCHITECTURE.md.

Builds the project of ``bench_window.build`` (2,000 documents, 1,000 codes, 200,000 codings,
one 1 MB transcript with 5,000 codings) and gives every second coding to a second coder,
Bram Jansen. Then times ``analysis.agreement.agreement`` for the two coders on all codes at
every level (best and median of three runs). Target: under 5 s each.

Second case (a real team design): the codings are spread over three coders (Anna, Bram, Cees)
and every document is assigned to two of them in turn, every fifth to all three, so the
agreement reads the missing ratings, the documents per group of coders and the per-document
table. Same target.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_agreement.py
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_window import CODES, CODINGS, DOCUMENTS, build  # noqa: E402
from qdacoder.analysis.agreement import LEVELS, agreement  # noqa: E402
from qdacoder.core.assignments import assign_documents  # noqa: E402
from qdacoder.core.coders import ensure_coder, find_coder  # noqa: E402
from qdacoder.core.project import Project  # noqa: E402

TARGET = 5.0


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="qdacoder-bench-"))
    path = folder / "overeenstemming.qdacoder"
    started = time.perf_counter()
    build(path, random.Random(11))
    with Project.open(path) as project:
        anna = find_coder(project, "Anna de Vries").id
        bram = ensure_coder(project, "Bram Jansen").id
        with project.db.atomic():
            project.db.execute("UPDATE codings SET coder_id = ? WHERE id % 2 = 0", [bram])
        print(f"built {path.name}: {DOCUMENTS:,} documents, {CODES:,} codes, {CODINGS:,} codings, "
              f"half of them by a second coder, in {time.perf_counter() - started:.1f} s")
        measure(project, [anna, bram])
        cees = ensure_coder(project, "Cees Bakker").id
        coders = [anna, bram, cees]
        with project.db.atomic():
            project.db.execute("UPDATE codings SET coder_id = CASE id % 3 WHEN 0 THEN ? WHEN 1 THEN ? ELSE ? END",
                               coders)
        documents = [r[0] for r in project.db.execute("SELECT id FROM documents ORDER BY id")]
        for i, coder in enumerate(coders):  # document d goes to coders d and d+1 (mod 3); every 5th to all
            assign_documents(project, coder, [d for d in documents if d % 5 == 0 or d % 3 in (i, (i + 1) % 3)])
        print("three coders, each coding a third; every document assigned to two of them, every fifth to all three")
        measure(project, coders)


def measure(project, coders) -> None:
    print(f"{'level':<12}{'best s':>8}{'median s':>10}{'codes':>7}{'overall kappa':>15}{'alpha':>8}   target < {TARGET} s")
    for level in LEVELS:
        times = []
        for _ in range(3):
            began = time.perf_counter()
            report = agreement(project, coders, level)
            times.append(time.perf_counter() - began)
        kappa, alpha = report.overall.kappa.shown, report.overall.alpha.shown
        verdict = "ok" if max(times) < TARGET else "TOO SLOW"
        print(f"{level:<12}{min(times):>8.2f}{statistics.median(times):>10.2f}{len(report.rows):>7}"
              f"{'—' if kappa is None else str(kappa):>15}{'—' if alpha is None else str(alpha):>8}   {verdict}")


if __name__ == "__main__":
    main()
