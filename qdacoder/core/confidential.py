"""Masking the text of confidential codings before a project's text leaves the researcher: a
coder copy and a REFI-QDA export carry "█" where a confidential statement stood.

Design rules (why):
- Every character of a confidential span becomes "█" except line breaks, so the text keeps
  its length and its lines: every coding, case passage and speaker turn keeps valid positions
  and the receiving coder still sees where the withheld statement lies.
- The codings themselves travel, still marked confidential: the other coder must not code the
  withheld passage again, and the mark must come back when the copy is merged.
- ``is_masked_version`` lets a merge recognise a masked copy of a document it has, so the
  original text is kept and the copy's codings still merge.
"""

from __future__ import annotations

import json
import re

from .project import Project

MASK = "█"
_NOT_A_LINE_BREAK = re.compile(r"[^\n]")


def mask(text: str, spans) -> str:
    """``text`` with every character of ``spans`` ((start, end), may overlap) but line breaks
    replaced by ``MASK``."""
    parts, done = [], 0
    for start, end in sorted(spans):
        start = max(start, done)
        if end <= start:
            continue
        parts += [text[done:start], _NOT_A_LINE_BREAK.sub(MASK, text[start:end])]
        done = end
    parts.append(text[done:])
    return "".join(parts)


def confidential_spans(project: Project) -> dict[int, list[tuple[int, int]]]:
    """Per document id, the (start, end) of its confidential codings."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for row in project.rows('SELECT document_id, start, "end" FROM codings WHERE confidential = 1'):
        spans.setdefault(row["document_id"], []).append((row["start"], row["end"]))
    return spans


def masked_texts(project: Project) -> dict[int, str]:
    """Document id -> masked text, for the documents that hold a confidential coding."""
    spans = confidential_spans(project)
    if not spans:
        return {}
    texts = {r["id"]: r["text"] for r in project.rows(
        "SELECT id, text FROM documents WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(list(spans))])}
    return {doc_id: mask(text, spans[doc_id]) for doc_id, text in texts.items()}


def is_masked_version(original: str, other: str) -> bool:
    """True when ``other`` is ``original`` with some characters masked (and nothing else changed)."""
    return len(original) == len(other) and all(a == b or b == MASK for a, b in zip(original, other))

