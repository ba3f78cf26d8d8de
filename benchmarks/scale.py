"""The scale project every benchmark runs on, and how its figures are measured and printed.

- ``--scale 1`` is the target scale of ARCHITECTURE.md: 2,000 documents (10 million characters),
  1,000 codes, 200,000 codings, 200 cases, one document a 1 MB transcript with 5,000 codings.
  ``--scale 10`` multiplies documents, codes, codings and cases by ten (teams pooling several
  studies); the 1 MB transcript stays as it is.
- A scale project is built once and kept in the user's cache folder (``$XDG_CACHE_HOME`` or
  ``~/.cache``, ``qdacoder-bench/``), named after a digest of the code that builds it and of the
  schema, so a change there builds it anew. Its build time is printed. Benchmarks that change the project work on a copy.
- Every figure is printed beside its bare limit (plain SQLite or the library alone, on the same
  file, measured in the same run): the two are alternated run by run, and the line shows the
  medians, the spread (fastest-slowest) and the ratio of each pair's median and spread.
- The machine's load (1-minute load average, cores) is printed at the start and the end, since
  other work on a shared machine moves every figure.
"""

from __future__ import annotations

import argparse
import atexit
import hashlib
import inspect
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_document_view import transcript  # noqa: E402
from qdacoder.core.coders import ensure_coder  # noqa: E402
from qdacoder.core.documents import sha256_of  # noqa: E402
from qdacoder.core.project import Project, now  # noqa: E402
from qdacoder.core.schema import SCHEMA_VERSION  # noqa: E402

DOCUMENTS, CODES, CODINGS, BIG_CODINGS, CASES = 2000, 1000, 200_000, 5000, 200
CODER = "Anna de Vries"


def arguments(description: str, runs: int = 5) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--scale", type=int, choices=(1, 10), default=1,
                        help="1: the target scale (2,000 documents, 200,000 codings); 10: ten times that")
    parser.add_argument("--runs", type=int, default=runs, help=f"runs per figure (at least 5; default {runs})")
    args = parser.parse_args()
    args.runs = max(5, args.runs)
    return args


def sizes(scale: int) -> dict[str, int]:
    return {"documents": DOCUMENTS * scale, "codes": CODES * scale, "codings": CODINGS * scale,
            "cases": CASES * scale}


def build(path: Path, rng: random.Random, scale: int = 1) -> tuple[int, str]:
    """Write the scale project to ``path`` with plain SQL (set-up, not measured); returns the id
    and text of the 1 MB transcript."""
    n = sizes(scale)
    project = Project.create(path)
    coder = ensure_coder(project, CODER).id
    big_text = transcript(1_000_000, rng)
    stamp = now()
    db = project.db
    lengths = [len(big_text)]
    with db.atomic():
        db.execute("INSERT INTO documents (id, guid, name, kind, text, source_name, sha256, imported_at, length) "
                   "VALUES (?,?,?,?,?,?,?,?,?)", [1, str(uuid.uuid4()), "Interview 0001", "transcript", big_text,
                                                  "interview_1.txt", sha256_of(big_text), stamp, len(big_text)])
        for first in range(2, n["documents"] + 1, 1000):  # in slices: ten times the texts do not fit twice
            rows = []
            for i in range(first, min(first + 1000, n["documents"] + 1)):
                text = transcript(4_500, rng) + f" ({i - 2})"
                lengths.append(len(text))
                rows.append((i, str(uuid.uuid4()), f"Interview {i:04d}", "transcript", text, f"interview_{i}.txt",
                             sha256_of(text), stamp, len(text)))
            db.conn.executemany("INSERT INTO documents (id, guid, name, kind, text, source_name, sha256, imported_at, "
                                "length) VALUES (?,?,?,?,?,?,?,?,?)", rows)
        db.conn.executemany("INSERT INTO cases (id, guid, name, created_at) VALUES (?,?,?,?)",
                            [(c, str(uuid.uuid4()), f"Casus {c:03d}", stamp) for c in range(1, n["cases"] + 1)])
        db.conn.executemany("INSERT INTO case_ranges (case_id, document_id) VALUES (?,?)",
                            [(d % n["cases"] + 1, d) for d in range(1, n["documents"] + 1)])
        roots = 50 * scale
        codes = []
        for c in range(1, n["codes"] + 1):
            parent = None if c <= roots else (c - 1) % roots + 1
            codes.append((c, str(uuid.uuid4()), parent, f"Code {c:04d}", c, f"#{rng.randrange(0x808080, 0xFFFFFF):06x}", stamp))
        db.conn.executemany(
            "INSERT INTO codes (id, guid, parent_id, name, position, color, created_at) VALUES (?,?,?,?,?,?,?)", codes)
        for first in range(0, n["codings"], 200_000):
            rows = []
            for c in range(first, min(first + 200_000, n["codings"])):
                document = 1 if c < BIG_CODINGS else rng.randrange(2, n["documents"] + 1)
                length = rng.randint(20, 2000) if document == 1 else rng.randint(20, 400)
                start = rng.randrange(0, lengths[document - 1] - length)
                rows.append((str(uuid.uuid4()), document, rng.randrange(roots + 1, n["codes"] + 1), start,
                             start + length, coder, stamp))
            db.conn.executemany('INSERT INTO codings (guid, document_id, code_id, start, "end", coder_id, created_at) '
                                'VALUES (?,?,?,?,?,?,?)', rows)
    project.close()
    return 1, big_text


def cache_folder() -> Path:
    folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "qdacoder-bench"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def scale_project(scale: int) -> Path:
    """The cached scale project (built now when missing or when this file changed). Read only:
    use ``working_copy`` to change it."""
    code = "".join(inspect.getsource(f) for f in (build, transcript, sizes)) + str(SCHEMA_VERSION)
    digest = hashlib.sha256(code.encode()).hexdigest()[:10]
    path = cache_folder() / f"scale{scale}-{digest}.qdacoder"
    facts = path.with_suffix(".json")
    if path.exists() and facts.exists():
        built = json.loads(facts.read_text())
        print(f"scale {scale}: {path} ({path.stat().st_size / 1e6:,.0f} MB), cached; "
              f"building it took {built['seconds']:.1f} s")
        return path
    for old in cache_folder().glob(f"scale{scale}-*"):
        old.unlink()
    partial = path.with_suffix(".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    n = sizes(scale)
    print(f"scale {scale}: building {n['documents']:,} documents, {n['codes']:,} codes, {n['codings']:,} codings, "
          f"{n['cases']:,} cases into {path} (once) ...", flush=True)
    started = time.perf_counter()
    build(partial, random.Random(11), scale)
    seconds = time.perf_counter() - started
    partial.rename(path)
    facts.write_text(json.dumps({"seconds": seconds, **n}))
    print(f"scale {scale}: built in {seconds:.1f} s ({path.stat().st_size / 1e6:,.0f} MB)")
    return path


def temporary_folder() -> Path:
    """A new folder, removed when the benchmark ends (a copy of the 10x project is 0.5 GB)."""
    folder = Path(tempfile.mkdtemp(prefix="qdacoder-bench-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def working_copy(scale: int, name: str = "schaal.qdacoder") -> Path:
    """A copy of the scale project in a new temporary folder, to change at will."""
    source = scale_project(scale)
    target = temporary_folder() / name
    shutil.copyfile(source, target)
    return target


def big_transcript(path: Path) -> tuple[int, str]:
    with Project.open(path) as project:
        return 1, project.scalar("SELECT text FROM documents WHERE id = 1")


# -- measuring ------------------------------------------------------------------------------------
def load() -> str:
    one, five, _fifteen = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def alternate(actions: dict[str, Callable[[], object]], runs: int,
              before: Callable[[str], object] | None = None,
              cpu: dict[str, list[float]] | None = None) -> dict[str, list[float]]:
    """Time each action ``runs`` times, taking turns (a, b, a, b, ...), so a change in the
    machine's load hits both alike; ``before(name)`` runs untimed before every action. With
    ``cpu`` (a dict) each action's CPU time per run goes there too (``time.process_time``:
    what other work on a shared machine moves least)."""
    times: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(runs):
        for name, action in actions.items():
            if before is not None:
                before(name)
            started = time.process_time()
            times[name].append(timed(action))
            if cpu is not None:
                cpu.setdefault(name, []).append(time.process_time() - started)
    return times


def spread(times: list[float], unit: float = 1000) -> str:
    return f"{statistics.median(times) * unit:8.1f} ({min(times) * unit:.1f}-{max(times) * unit:.1f})"


def ratio(app: list[float], bare: list[float]) -> str:
    pairs = [a / b for a, b in zip(app, bare)]
    return f"{statistics.median(pairs):5.2f} x ({min(pairs):.2f}-{max(pairs):.2f})"


def header(what: str, unit: str = "ms") -> None:
    print(f"{what:52} {'app ' + unit + ' median (spread)':>26}  {'bare limit ' + unit:>26}  ratio (spread)")


def line(name: str, app: list[float], bare: list[float] | None = None, unit: float = 1000) -> None:
    """One figure: the app's median and spread, its bare limit's, and their ratio."""
    if bare is None:
        print(f"{name:52} {spread(app, unit):>26}")
    else:
        print(f"{name:52} {spread(app, unit):>26}  {spread(bare, unit):>26}  {ratio(app, bare)}")
