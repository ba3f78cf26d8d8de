"""How fast the coded document (issue 16) is for the document of ARCHITECTURE.md's speed section:
a 1 MB transcript (speaker turns of about 400 characters) with 5,000 codings of 50 codes by two
coders, some overlapping, and a placeholder list of 20 names that occur in the text.

Measures (median of 3) ``write_coded_document`` against the bare python-docx limit beside it:
the same number of paragraphs and runs with run shading and the same number of comments added
and saved, with no look-up, no names and no filter. What is left between the two is qdacoder's.

Run: python benchmarks/bench_coded_document.py
"""

from __future__ import annotations

import io
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import docx  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402

from qdacoder.core import codes, codings, documents, names  # noqa: E402
from qdacoder.core.coders import ensure_coder  # noqa: E402
from qdacoder.core.project import Project  # noqa: E402
from qdacoder.importers.turns import find_turns  # noqa: E402
from qdacoder.reports.coded_document import write_coded_document  # noqa: E402

CHARACTERS, CODINGS, CODES, RUNS = 1_000_000, 5_000, 50, 3
WORDS = "de jongere woont nu bij een pleeggezin en gaat naar school maar het was lang niet goed thuis".split()
NAMES = [f"Naam{n}" for n in range(20)]


def transcript(rng: random.Random) -> str:
    turns, size = [], 0
    while size < CHARACTERS:
        words = [rng.choice(WORDS + NAMES[:2]) if rng.random() > 0.01 else rng.choice(NAMES) for _ in range(65)]
        turn = ("I: " if len(turns) % 2 == 0 else "R: ") + " ".join(words) + "."
        turns.append(turn)
        size += len(turn) + 2
    return "\n\n".join(turns) + "\n"


def build(folder: Path) -> tuple[Path, int]:
    rng = random.Random(16)
    text = transcript(rng)
    path = folder / "bench.qdacoder"
    with Project.create(path) as p:
        for name in NAMES:
            names.add_placeholder(p, name, f"[{name.lower()}]")
        coders = [ensure_coder(p, "Anna").id, ensure_coder(p, "Bram").id]
        code_ids = [codes.add_code(p, f"Code {n}").result for n in range(CODES)]
        doc = documents.import_document(p, name="Groot interview", text=text, source_name="groot.txt",
                                        kind="transcript", turns=find_turns(text)).result
        with p.transaction("bench codings") as tx:
            for _ in range(CODINGS):
                start = rng.randrange(0, len(text) - 600)
                codings.insert_coding(tx, document_id=doc, code_id=rng.choice(code_ids), start=start,
                                      end=start + rng.randrange(40, 600), coder_id=rng.choice(coders))
    return path, doc


def bare(paragraphs: int, runs: int, comments: int) -> None:
    """python-docx alone: the paragraphs, shaded runs and comments, saved."""
    word = docx.Document()
    per = max(runs // max(paragraphs, 1), 1)
    made = []
    for _ in range(paragraphs):
        paragraph = word.add_paragraph()
        for _ in range(per):
            run = paragraph.add_run("tekst van een stuk ")
            shading = OxmlElement("w:shd")
            shading.set(qn("w:fill"), "AABBCC")
            run._r.get_or_add_rPr().append(shading)
            made.append(run)
    for n in range(comments):
        word.add_comment([made[n * len(made) // comments]], text="Code", author="Anna")
    word.save(io.BytesIO())


def median(action) -> float:
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path, doc = build(Path(folder))
        out = Path(folder) / "gecodeerd.docx"
        with Project.open(path) as p:
            ours = median(lambda: write_coded_document(p, out, [doc]))
        word = docx.Document(out)
        paragraphs = len(word.paragraphs)
        runs = sum(len(paragraph.runs) for paragraph in word.paragraphs)
        comments = len(list(word.comments))
        limit = median(lambda: bare(paragraphs, runs, comments))
    print(f"coded document, {CHARACTERS:,} characters, {CODINGS:,} codings: {ours:.2f} s "
          f"(python-docx alone, {paragraphs:,} paragraphs, {runs:,} runs, {comments:,} comments: {limit:.2f} s; "
          f"{ours / limit:.1f} x)")


if __name__ == "__main__":
    main()
