"""Recall and precision of the suggested placeholders per category, on the fictional test text
tests/analysis/data/namen_testtekst.txt with its key namen_testtekst_sleutel.tsv (the figures
in the README come from here).

A planted name is every occurrence of a key form as a whole word, case as written (a shorter
form inside a longer one, "Kevin" in "Kevin van Dijk", is the longer one). It is found when a
hit of the same category overlaps it. Precision: the share of hits of a category that overlap
a planted name of that category. The text is imported as a transcript, so its speaker turns
are there as in a real project.

Run: python benchmarks/name_recall.py
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT / "tests" / "analysis" / "data"
CATEGORIES = ("person", "place", "institution")


def planted(text: str) -> list[tuple[int, int, str]]:
    """(start, end, category) of every planted name in ``text``."""
    key = [line.split("\t") for line in (DATA / "namen_testtekst_sleutel.tsv").read_text(encoding="utf-8").splitlines()
           if line.strip() and not line.startswith("#")]
    found: list[tuple[int, int, str]] = []
    for form, category in sorted(key, key=lambda k: -len(k[0])):
        for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
            if not any(s <= m.start() and m.end() <= e for s, e, _ in found):
                found.append((m.start(), m.end(), category.strip()))
    return found


def score(text: str, hits) -> dict[str, dict[str, float]]:
    names = planted(text)
    result = {}
    for category in CATEGORIES:
        wanted = [(s, e) for s, e, c in names if c == category]
        got = [h for h in hits if h.category == category]
        found = [w for w in wanted if any(h.start < w[1] and w[0] < h.end for h in got)]
        right = [h for h in got if any(h.start < e and s < h.end for s, e in wanted)]
        result[category] = {"planted": len(wanted), "found": len(found), "hits": len(got), "right": len(right),
                            "recall": len(found) / len(wanted) if wanted else 1.0,
                            "precision": len(right) / len(got) if got else 1.0,
                            "missed": sorted({text[s:e] for s, e in wanted if (s, e) not in found}),
                            "wrong": sorted({text[h.start:h.end] for h in got if h not in right})}
    return result


def measure(own_rules: bool = True) -> dict[str, dict[str, float]]:
    from qdacoder.analysis import name_suggestions as ns
    from qdacoder.core.project import Project
    from qdacoder.core.documents import import_document
    from qdacoder.importers import read_file

    folder = Path(tempfile.mkdtemp(prefix="qdacoder-names-"))
    with Project.create(folder / "namen.qdacoder") as project:
        read = read_file(DATA / "namen_testtekst.txt")
        import_document(project, name="interview 7", text=read.text, turns=read.turns, kind=read.kind)
        inputs = ns.read_inputs(project)
    text = inputs.documents[0].text
    hits = ns.find_hits(inputs)[0]
    if not own_rules:
        hits = [h for h in hits if h.kind not in ns.OWN_RULES]
    return score(text, hits)


def main() -> None:
    for own_rules in (False, True):
        print("deduce alone:" if not own_rules else "deduce with qdacoder's rules:")
        for category, r in measure(own_rules).items():
            print(f"  {category:12} recall {r['found']}/{r['planted']} = {r['recall']:.0%}   "
                  f"precision {r['right']}/{r['hits']} = {r['precision']:.0%}   missed {r['missed']}   wrong {r['wrong']}")


if __name__ == "__main__":
    main()
