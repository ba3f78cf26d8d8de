"""How fast the name finder is on the scale project: 2,000 documents, 10 million characters
(``benchmarks.bench_window.build``), with the fictional test interview added once.

Measures (one run each: a full pass takes minutes):
  - loading deduce from its cache in the user's cache folder (the first load of a process);
  - ``suggest`` over all documents (deduce, qdacoder's rules, grouping by form with contexts);
  - beside it, the bare library limit: ``deduce.deidentify`` on every text, read with one SELECT,
    and reading the texts alone.
Building deduce's cache the first time (a minute or two) is not measured here; see the README.

Run: python benchmarks/bench_names.py
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.scale import build  # noqa: E402
from benchmarks.name_recall import DATA  # noqa: E402
from qdacoder.analysis import name_suggestions as ns  # noqa: E402
from qdacoder.core.documents import import_document  # noqa: E402
from qdacoder.core.project import Project  # noqa: E402


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="qdacoder-bench-"))
    path = folder / "schaal.qdacoder"
    build(path, random.Random(11))
    with Project.open(path) as project:
        import_document(project, name="interview 7", text=(DATA / "namen_testtekst.txt").read_text(encoding="utf-8"))
    project = Project.open(path)
    characters = project.scalar("SELECT sum(length(text)) FROM documents")
    print(f"scale project: {project.scalar('SELECT count(*) FROM documents')} documents, {characters:,} characters")
    if not ns.deduce_ready():
        print("(deduce's cache is built first: a minute or two, not counted)")
    started = time.perf_counter()
    ns.deduce()
    print(f"loading deduce from its cache:       {time.perf_counter() - started:7.1f} s")

    started = time.perf_counter()
    texts = [r["text"] for r in project.rows("SELECT text FROM documents")]
    read = time.perf_counter() - started
    started = time.perf_counter()
    for text in texts:
        ns.deduce().deidentify(text, disabled={"redactor"})
    bare = time.perf_counter() - started

    started = time.perf_counter()
    found = ns.suggest(project)
    ours = time.perf_counter() - started
    print(f"suggest, all documents:             {ours:7.1f} s  ({characters / ours / 1000:,.0f} k characters/s, "
          f"{len(found)} distinct forms)")
    print(f"  bare: deduce on every text:       {bare:7.1f} s")
    print(f"  bare: reading every text:         {read:7.2f} s")
    project.close()


if __name__ == "__main__":
    main()
