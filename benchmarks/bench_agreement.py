"""How fast inter-coder agreement is on the scale project (``benchmarks/scale.py``), for three
coders on all codes at every level, each beside its bare limit, the two alternated run by run.

The codings of the scale project are shared out over three coders (Anna de Vries, Bram Jansen,
Chaima Bakker: the coding's id modulo 3). ``analysis.agreement.agreement`` is timed per level;
its limit is the SQL that reads what the level needs, rows fetched and nothing else: the number
of codings per code, document and coder (occurrence, frequency), or every coding's code,
document, coder and span in order (overlap, character). The issue's target: under 5 s at 1x,
under 10 s at 10x.

Second case (a real team design): every document is assigned to two of the three coders in
turn, every fifth to all three, so the agreement reads the missing ratings, the documents per
group of coders and the per-document table. Same target.

Run: python benchmarks/bench_agreement.py [--scale 1|10] [--runs N]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.scale import CODER, alternate, arguments, header, line, load, working_copy  # noqa: E402
from qdacoder.analysis.agreement import LEVELS, agreement  # noqa: E402
from qdacoder.core.assignments import assign_documents  # noqa: E402
from qdacoder.core.coders import ensure_coder, find_coder  # noqa: E402
from qdacoder.core.project import Project  # noqa: E402

TARGET = {1: 5.0, 10: 10.0}
BARE = {
    "counts": "SELECT code_id, document_id, coder_id, count(*) FROM codings GROUP BY code_id, document_id, coder_id",
    "spans": 'SELECT code_id, document_id, coder_id, start, "end" FROM codings ORDER BY code_id, document_id, start',
}


def main() -> None:
    args = arguments(__doc__.split("\n\n")[0])
    print(load())
    path = working_copy(args.scale, "overeenstemming.qdacoder")
    with Project.open(path) as project:
        coders = [find_coder(project, CODER).id, ensure_coder(project, "Bram Jansen").id,
                  ensure_coder(project, "Chaima Bakker").id]
        with project.db.atomic():
            project.db.execute("UPDATE codings SET coder_id = ? WHERE id % 3 = 1", [coders[1]])
            project.db.execute("UPDATE codings SET coder_id = ? WHERE id % 3 = 2", [coders[2]])
        measure(project, coders, args, "three coders, all codes, every document for all")
        documents = [r[0] for r in project.db.execute("SELECT id FROM documents ORDER BY id")]
        for i, coder in enumerate(coders):  # document d goes to coders d and d+1 (mod 3); every 5th to all
            assign_documents(project, coder, [d for d in documents if d % 5 == 0 or d % 3 in (i, (i + 1) % 3)])
        measure(project, coders, args, "three coders, every document assigned to two of them, every fifth to all")
    print(load())


def measure(project: Project, coders: list[int], args, design: str) -> None:
    db = project.db.conn
    results, kappas, cpu = {}, {}, {}
    for level in LEVELS:
        bare = BARE["counts" if level in ("occurrence", "frequency") else "spans"]

        def app(level=level) -> None:
            kappas[level] = agreement(project, coders, level).overall.kappa.value

        cpu[level] = {}
        results[level] = alternate({"app": app, "bare": lambda sql=bare: db.execute(sql).fetchall()}, args.runs,
                                   cpu=cpu[level])
    target = TARGET[args.scale]
    print(f"\nscale {args.scale}: {design}; median of {args.runs} runs (spread), app and its bare limit "
          f"alternated; target under {target:.0f} s")
    header("agreement by level (overall kappa)", "s")
    for level, times in results.items():
        kappa = kappas[level]
        line(f"{level} (kappa {'—' if kappa is None else f'{kappa:.3f}'})", times["app"], times["bare"], unit=1)
        line("  the same in CPU time", cpu[level]["app"], cpu[level]["bare"], unit=1)


if __name__ == "__main__":
    main()
