"""Retrieval: the coded passages of one or more codes, with who said them, in which case, and
the text around them; and combinations of two codes (A and B overlapping, A without B, A
near B).

Design rules:
- Which codings: one SQL query with ``filters.where`` (the filter every analysis uses), so a
  matrix cell and the retrieval list of the same code and filter show the same passages.
  Subcodes are added in that same query (a recursive CTE), not in Python.
- Ids first, details later: ``segment_ids`` returns only ids in reading order (documents by
  name, then position); ``load_segments`` fetches the details of a page of ids in a few
  queries (codings with code, coder, document and speaker; the cases; the texts once per
  document). The window's list holds 10,000 ids and loads only the rows it shows.
- A coding's speaker is the speaker turn in which it starts; its cases are those of its whole
  document and those whose passages overlap it (the rules of ``filters``).
- Combinations select codings of A; the filters apply to A. B is any coding of the B codes by
  any coder, in the same document, other than the A coding itself. The EXISTS test is bounded
  below by the longest B coding, so it reads a short range of the (document_id, start) index
  instead of every coding of the document (10,000 codings: milliseconds, not seconds).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..core.codes import code_paths
from ..core.errors import QT_TRANSLATE_NOOP, ValidationError
from ..core.project import Project
from ..core.search import context_around
from .filters import NO_FILTERS, Filters, where

MODES = ("overlap", "without", "near")
_ORDER = 'ORDER BY d.name COLLATE NOCASE, g.document_id, g.start, g."end" DESC, g.id'
_CODES = (
    "WITH RECURSIVE wanted(id) AS (SELECT value FROM json_each(?) UNION "
    "SELECT c.id FROM codes c JOIN wanted w ON c.parent_id = w.id WHERE ?) "
)


@dataclass(frozen=True)
class Segment:
    coding_id: int
    document_id: int
    document: str  # the document's name
    kind: str  # the document's kind
    code_id: int
    code_path: str
    start: int
    end: int
    text: str  # the passage
    before: str  # context before the passage, cut at a word boundary
    after: str
    cases: tuple[str, ...]  # names of the cases the passage belongs to
    speaker: str | None  # the speaker label of the turn it starts in
    respondent: str | None  # the respondent linked to that speaker
    role: str | None  # that respondent's role
    coder: str
    valence: str | None
    memo: str


def _code_condition(code_ids: Iterable[int] | None, with_subcodes: bool) -> tuple[str, str, list]:
    """(CTE prefix, condition on g, parameters) selecting the codings of the codes."""
    if code_ids is None:
        return "", "1", []
    return _CODES, "g.code_id IN (SELECT id FROM wanted)", [json.dumps(list(code_ids)), int(with_subcodes)]


def segment_ids(
    project: Project, code_ids: Iterable[int] | None = None, *, with_subcodes: bool = False,
    filters: Filters = NO_FILTERS,
) -> list[int]:
    """Ids of the codings of ``code_ids`` (None: of every code; with their subcodes when asked)
    that pass ``filters``, in reading order: documents by name, then by position. Asking for
    categories only always includes their subcodes: a category has no codings of its own."""
    if code_ids is not None and not with_subcodes:
        code_ids = list(code_ids)
        marks = ",".join("?" for _ in code_ids) or "NULL"
        with_subcodes = bool(code_ids) and not project.scalar(
            f"SELECT count(*) FROM codes WHERE id IN ({marks}) AND is_codable = 1", code_ids)
    prefix, codes, params = _code_condition(code_ids, with_subcodes)
    condition, condition_params = where(filters)
    rows = project.db.execute(
        f"{prefix}SELECT g.id FROM codings g JOIN documents d ON d.id = g.document_id "
        f"WHERE {codes} AND {condition} {_ORDER}",
        params + condition_params,
    ).fetchall()
    return [r[0] for r in rows]


def load_segments(project: Project, coding_ids: Sequence[int], *, context: int = 80) -> list[Segment]:
    """The details of the codings ``coding_ids``, in that order; ids that no longer exist are
    left out. Meant for a page of rows at a time."""
    ids = json.dumps(list(coding_ids))
    rows = project.rows(
        'SELECT g.id, g.document_id, d.name AS document, d.kind, g.code_id, g.start, g."end", '
        "o.name AS coder, g.valence, g.memo, t.speaker, p.label AS respondent, p.role "
        "FROM codings g JOIN documents d ON d.id = g.document_id JOIN coders o ON o.id = g.coder_id "
        "LEFT JOIN speaker_turns t ON t.id = (SELECT s.id FROM speaker_turns s WHERE s.document_id = g.document_id "
        'AND s.start <= g.start AND s."end" > g.start ORDER BY s.start DESC LIMIT 1) '
        "LEFT JOIN respondents p ON p.id = t.respondent_id "
        "WHERE g.id IN (SELECT value FROM json_each(?))",
        [ids],
    )
    cases: dict[int, list[str]] = {}
    for r in project.rows(
        "SELECT DISTINCT g.id, c.name FROM codings g JOIN case_ranges r ON r.document_id = g.document_id "
        'AND (r.start IS NULL OR (r.start < g."end" AND r."end" > g.start)) JOIN cases c ON c.id = r.case_id '
        "WHERE g.id IN (SELECT value FROM json_each(?)) ORDER BY c.name",
        [ids],
    ):
        cases.setdefault(r["id"], []).append(r["name"])
    document_ids = sorted({r["document_id"] for r in rows})
    texts = {
        r["id"]: r["text"]
        for r in project.rows("SELECT id, text FROM documents WHERE id IN (SELECT value FROM json_each(?))",
                              [json.dumps(document_ids)])
    }
    paths = code_paths(project)
    by_id = {}
    for r in rows:
        text = texts[r["document_id"]]
        before, after = context_around(text, r["start"], r["end"], context)
        by_id[r["id"]] = Segment(
            coding_id=r["id"], document_id=r["document_id"], document=r["document"], kind=r["kind"],
            code_id=r["code_id"], code_path=paths.get(r["code_id"], ""), start=r["start"], end=r["end"],
            text=text[r["start"]:r["end"]], before=before, after=after, cases=tuple(cases.get(r["id"], ())),
            speaker=r["speaker"], respondent=r["respondent"], role=r["role"] or None, coder=r["coder"],
            valence=r["valence"], memo=r["memo"],
        )
    return [by_id[i] for i in coding_ids if i in by_id]


def segments(
    project: Project, code_ids: Iterable[int] | None = None, *, with_subcodes: bool = False,
    filters: Filters = NO_FILTERS, context: int = 80,
) -> list[Segment]:
    """``segment_ids`` and ``load_segments`` together: every passage with its details (for the
    command line, exports and the passages of a matrix cell)."""
    return load_segments(project, segment_ids(project, code_ids, with_subcodes=with_subcodes, filters=filters),
                         context=context)


def combined(
    project: Project, a_ids: Iterable[int], b_ids: Iterable[int], mode: str, *, distance: int = 0,
    filters: Filters = NO_FILTERS,
) -> list[int]:
    """Ids of codings of A (codes ``a_ids``, passing ``filters``), in reading order, that
    - "overlap": share at least one character with a coding of B in the same document;
    - "without": share no character with any coding of B;
    - "near": lie at most ``distance`` characters from a coding of B (overlap included;
      ``distance`` 0: overlapping or touching).
    Pass the subcodes in ``a_ids`` / ``b_ids`` when they should count."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}")  # a programming error
    if distance < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "The distance cannot be negative."))
    b_json = json.dumps(list(b_ids))
    # B codings start at most ``longest`` before A starts: a bounded range on the
    # (document_id, start) index instead of every coding of the document
    longest = project.scalar('SELECT max("end" - start) FROM codings WHERE code_id IN (SELECT value FROM json_each(?))',
                             [b_json]) or 0
    reach = distance if mode == "near" else 0
    if mode == "near":
        touch = 'h.start <= g."end" + ? AND h."end" >= g.start - ?'
    else:
        touch = 'h.start < g."end" + ? AND h."end" > g.start - ?'
    exists = (
        "EXISTS (SELECT 1 FROM codings h WHERE h.document_id = g.document_id AND h.start >= g.start - ? "
        f"AND {touch} AND h.id != g.id AND h.code_id IN (SELECT value FROM json_each(?)))"
    )
    touch_params = [longest + reach, reach, reach, b_json]
    condition, condition_params = where(filters)
    rows = project.db.execute(
        "SELECT g.id FROM codings g JOIN documents d ON d.id = g.document_id "
        f"WHERE g.code_id IN (SELECT value FROM json_each(?)) AND {'NOT ' if mode == 'without' else ''}{exists} "
        f"AND {condition} {_ORDER}",
        [json.dumps(list(a_ids)), *touch_params, *condition_params],
    ).fetchall()
    return [r[0] for r in rows]
