"""How fast replacing one name in every document is, on the scale project (``benchmarks/scale.py``:
2,000 documents, 10 million characters, 200,000 codings at --scale 1; ten times that at --scale 10).

The set-up gives every document a name: each "mentor" becomes "Jayden" (same length, so the
codings stay where they were built), about 30,000 places in all. Then, each run on a fresh copy
of that file, alternated with its bare limit:
  - ``find_hits`` for "Jayden" in every document (the placeholders' whole-word rule);
  - ``replace_hits`` of every hit by "[naam jongere]", one undoable step: the texts, the search
    index, the checksums, every coding, speaker turn and case passage moved, the edit log;
  - undoing that step;
  - the bare limit: in one transaction, one SQL UPDATE of the same texts with replace() (the
    search index's triggers included) and one executemany UPDATE of the moved codings' new
    positions (what any design that keeps positions in the rows must write), on a connection
    with the project's settings (WAL, synchronous NORMAL, the same page cache).
Target (issue 13): replacing under 2 s at 1x. Timings on a loaded machine vary.

Run: python benchmarks/bench_replace.py [--scale 1|10] [--runs N]
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.scale import arguments, header, line, load, timed, working_copy  # noqa: E402
from qdacoder.core.journal import Moves  # noqa: E402
from qdacoder.core.project import Project  # noqa: E402
from qdacoder.core.replace import find_hits, replace_hits  # noqa: E402

NAME, PLACEHOLDER = "Jayden", "[naam jongere]"


def fresh(source: Path, folder: Path, name: str) -> Path:
    target = folder / name
    for old in folder.glob(f"{name}*"):
        old.unlink()
    shutil.copy(source, target)
    return target


def main() -> None:
    args = arguments(__doc__.split("\n\n")[0], runs=5)
    print(load())
    source = working_copy(args.scale)
    folder = source.parent
    connection = sqlite3.connect(source)
    with connection:
        connection.execute("UPDATE documents SET text = replace(text, 'mentor', ?)", [NAME])
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()

    times: dict[str, list[float]] = {"find": [], "replace": [], "undo": [], "bare": []}
    facts = {}
    moves: list[tuple[int, int, int]] = []
    for _run in range(args.runs):
        with Project.open(fresh(source, folder, "ons.qdacoder")) as project:
            project.db  # noqa: B018 (opened as the window has it)
            times["find"].append(timed(lambda: facts.update(hits=find_hits(project, NAME))))
            times["replace"].append(timed(lambda: facts.update(journal=replace_hits(project, facts["hits"], PLACEHOLDER))))
            times["undo"].append(timed(lambda: facts["journal"].undo(project)))
        if not moves:
            codings = next(step for step in facts["journal"].steps if isinstance(step, Moves) and step.table == "codings")
            moves = list(codings.values())
        bare = sqlite3.connect(fresh(source, folder, "kaal.qdacoder"), isolation_level=None)
        for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "cache_size = -65536"):
            bare.execute(f"PRAGMA {pragma}")

        def bare_replace() -> None:
            bare.execute("BEGIN")
            bare.execute("UPDATE documents SET text = replace(text, ?, ?) WHERE instr(text, ?)", [NAME, PLACEHOLDER, NAME])
            bare.executemany('UPDATE codings SET start = ?, "end" = ? WHERE id = ?', moves)
            bare.execute("COMMIT")

        times["bare"].append(timed(bare_replace))
        bare.close()

    result = facts["journal"].result
    with Project.open(source) as project:
        characters = project.scalar("SELECT sum(length(text)) FROM documents")
    print(f"{result.hits:,} places in {result.documents:,} documents, {characters:,} characters, "
          f"{len(moves):,} codings moved; {args.runs} runs, each on a fresh copy")
    header("replace one name in every document")
    line("find_hits", times["find"])
    line("replace_hits, one step (target < 2 s at 1x)", times["replace"], times["bare"])
    line("find + replace", [f + r for f, r in zip(times["find"], times["replace"])])
    line("undo", times["undo"], times["bare"])
    print(load())


if __name__ == "__main__":
    main()
