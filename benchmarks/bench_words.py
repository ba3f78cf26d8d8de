"""How fast the word analyses are on the scale project: 2,000 documents, 10 million characters,
200 cases, 1,000 codes, 200,000 codings (``benchmarks.bench_window.build``), with the speaker
turns of its "I:" / "R:" transcripts stored and every "R" linked to a respondent of the
document's case (role jeugdige); the word "respijtzorg" is put into 20 documents, so keyword in
context is measured for a rare word as well as for a word of every line.

Measures (median of 5), each beside its bare limit on the same file (no app code):
  - word frequencies over all texts, respondents only, over all coded passages, by stem, and
    phrases of two words; against reading every text (SELECT text) and against reading every
    text and counting its words with one regular expression and a Counter (no stop words,
    stretches, documents or cases);
  - keyword in context of a rare and a common word (5 words each side, respondents only);
    against the FTS5 query for the word plus reading the texts it finds;
  - the distinctive words of one code against the rest.
The issue's targets: word frequencies over the 10 M characters under 3 s, keyword in context
under 0.5 s.

Run: python benchmarks/bench_words.py
"""

from __future__ import annotations

import random
import re
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.scale import DOCUMENTS, build  # noqa: E402
from qdacoder.analysis.word_text import Scope  # noqa: E402
from qdacoder.analysis.words import WordOptions, distinctive_words, kwic, word_frequencies  # noqa: E402
from qdacoder.core.project import Project, now  # noqa: E402
from qdacoder.importers.turns import find_turns  # noqa: E402

RUNS = 5
RARE = "respijtzorg"


def median_time(action) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def add_turns_and_respondents(project: Project, rng: random.Random) -> int:
    """Speaker turns as the importer finds them, "R" linked to a respondent of the case, and
    the rare word in 20 documents. Plain SQL, as the scale project itself is written."""
    db = project.db
    stamp = now()
    with db.atomic():
        db.conn.executemany("INSERT INTO respondents (id, guid, case_id, label, role, created_at) VALUES (?,?,?,?,?,?)",
                            [(c, str(uuid.uuid4()), c, "R", "jeugdige", stamp) for c in range(1, 201)])
        for document_id in rng.sample(range(2, DOCUMENTS + 1), 20):
            text = db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()[0]
            at = text.index(" ", len(text) // 2)
            db.execute("UPDATE documents SET text = ? WHERE id = ?", [text[:at] + f" {RARE}" + text[at:], document_id])
        rows = []
        for document_id, text in db.execute("SELECT id, text FROM documents").fetchall():
            case = (document_id - 1) % 200 + 1
            rows += [(document_id, t.start, t.content_start, t.end, t.speaker, case if t.speaker == "R" else None)
                     for t in find_turns(text)]
        db.conn.executemany('INSERT INTO speaker_turns (document_id, start, content_start, "end", speaker, '
                            "respondent_id) VALUES (?,?,?,?,?,?)", rows)
    return len(rows)


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="qdacoder-bench-"))
    path = folder / "schaal.qdacoder"
    started = time.perf_counter()
    build(path, random.Random(11))
    project = Project.open(path)
    turns = add_turns_and_respondents(project, random.Random(25))
    characters = project.scalar("SELECT sum(length(text)) FROM documents")
    print(f"built {path.name}: {DOCUMENTS:,} documents, {characters:,} characters, {turns:,} speaker turns "
          f"in {time.perf_counter() - started:.1f} s")

    db = project.db.conn
    word = re.compile(r"\w+")

    def bare_read():
        return db.execute("SELECT text FROM documents").fetchall()

    def bare_count():
        counts = Counter()
        for (text,) in db.execute("SELECT text FROM documents"):
            counts.update(word.findall(text.lower()))
        return counts

    def bare_fts(term):
        ids = [r[0] for r in db.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?", [term])]
        return db.execute("SELECT text FROM documents WHERE id IN (SELECT value FROM json_each(?))",
                          [str(ids)]).fetchall()

    respondents = Scope(respondents_only=True)
    references = {
        "read": ("bare: read every text (SELECT text, fetched)", bare_read),
        "count": ("bare: read every text, regex words, Counter", bare_count),
        "rare": (f"bare: FTS5 MATCH '{RARE}' + read its texts", lambda: bare_fts(RARE)),
        "common": ("bare: FTS5 MATCH 'wachtlijst' + read its texts", lambda: bare_fts("wachtlijst")),
    }
    bare = {key: median_time(action) for key, (_name, action) in references.items()}
    rare_lines = len(kwic(project, RARE, respondents))
    common_lines = len(kwic(project, "wachtlijst", respondents))
    measures = [
        ("word frequencies, all texts", lambda: word_frequencies(project), "count"),
        ("word frequencies, respondents only", lambda: word_frequencies(project, respondents), "count"),
        ("word frequencies, all coded passages", lambda: word_frequencies(project, Scope(coded=True)), "count"),
        ("word frequencies by stem, respondents only",
         lambda: word_frequencies(project, respondents, WordOptions(stemmed=True)), "count"),
        ("phrases of 2 words, respondents only",
         lambda: word_frequencies(project, respondents, WordOptions(ngram=2)), "count"),
        (f"keyword in context '{RARE}' ({rare_lines} lines)", lambda: kwic(project, RARE, respondents), "rare"),
        (f"keyword in context 'wachtlijst' ({common_lines:,} lines)",
         lambda: kwic(project, "wachtlijst", respondents), "common"),
        ("distinctive words, code 0051 against the rest",
         lambda: distinctive_words(project, "code", respondents, code_id=51), "count"),
    ]
    print(f"{'measure (median of 5)':56} {'time':>9}  against")
    for key, (name, _action) in references.items():
        print(f"{name:56} {bare[key] * 1000:7.1f}ms")
    for name, action, key in measures:
        seconds = median_time(action)
        print(f"{name:56} {seconds * 1000:7.1f}ms  {seconds / bare[key]:4.1f} x {references[key][0]}")
    project.close()


if __name__ == "__main__":
    main()
