"""Which stretches of text the word analyses read: all texts or coded passages, filtered as
every other analysis, with interviewer turns left out when asked and speaker labels never.

Design rules (why):
- Over coded passages the codings are chosen with ``filters.where`` (the condition every
  analysis uses), so the words of a code and a filter come from the passages its matrix cell
  and retrieval list show. Their spans are joined per document first: a stretch coded twice
  (two codes, two coders) is read once.
- Over all texts the filter applies to the text itself: documents (and their kind and
  attributes) as a whole, a case (or case attribute) as the passages assigned to the case, a
  speaker role (or respondent attribute) as the turns of those respondents. The filters that
  only a coding has (coder, valence, passage contains) make it a count over coded passages.
- A speaker label ("R: ", "[00:12] Moeder: ") is never read. "Respondents only" also leaves
  out the interviewer's turns: turns not linked to a respondent whose label names an
  interviewer ("I", "I2", "Int", "Interviewer", "Onderzoeker", "Gespreksleider", "Moderator").
- A word belongs to the cases whose range holds it (the whole document, or an assigned
  passage), within the cases the filter allows: ``pieces`` cuts each stretch where that set
  of cases changes.
- Intervals are sorted lists of disjoint (start, end) pairs; all set operations are merges.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..core.codes import subtree_ids
from ..core.project import Project
from .filters import NO_FILTERS, Filters, case_condition, document_condition, values_sql, where

Spans = list[tuple[int, int]]
INTERVIEWER = re.compile(
    r"(?:i|int|interviewer|interviewster|onderzoeker|onderzoekster|gespreksleider|gespreksleidster|moderator"
    r"|facilitator)\s*\d*", re.IGNORECASE)


@dataclass(frozen=True)
class Scope:
    """What text the words are read from."""

    code_ids: tuple[int, ...] | None = None  # the passages of these codes (None: see ``coded``)
    with_subcodes: bool = False
    coded: bool = False  # over the coded passages of every code
    respondents_only: bool = False
    filters: Filters = NO_FILTERS

    @property
    def over_codings(self) -> bool:
        f = self.filters
        return (self.coded or self.code_ids is not None or f.coder_ids is not None or f.valences is not None
                or bool(f.text))


def is_interviewer(label: str) -> bool:
    return INTERVIEWER.fullmatch(label.strip()) is not None


# --- intervals ---------------------------------------------------------------------------
def union(spans) -> Spans:
    merged: Spans = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def intersect(a: Spans, b: Spans) -> Spans:
    found, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if start < end:
            found.append((start, end))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return found


def subtract(a: Spans, b: Spans) -> Spans:
    found, j = [], 0
    for start, end in a:
        while j < len(b) and b[j][1] <= start:
            j += 1
        k, position = j, start
        while k < len(b) and b[k][0] < end:
            cut_start, cut_end = b[k]
            if cut_start > position:
                found.append((position, cut_start))
            if cut_end > position:  # not max(): this loop runs for every speaker label
                position = cut_end
            k += 1
        if position < end:
            found.append((position, end))
    return found


# --- the stretches -----------------------------------------------------------------------
def code_ids_of(project: Project, code_ids, with_subcodes: bool) -> list[int]:
    """The codes whose codings count: with their subcodes when asked, and always for a
    category (a code that cannot be applied has no codings of its own)."""
    wanted: list[int] = []
    for code_id in code_ids:
        codable = project.scalar("SELECT is_codable FROM codes WHERE id = ?", [code_id])
        wanted += subtree_ids(project, code_id) if with_subcodes or not codable else [code_id]
    return list(dict.fromkeys(wanted))


def _only(column: str, only) -> tuple[str, list]:
    if only is None:
        return "1", []
    return f"{column} IN (SELECT value FROM json_each(?))", [json.dumps(list(only))]


def coded_spans(project: Project, code_ids, filters: Filters, only=None) -> dict[int, Spans]:
    """Per document the joined spans of the codings of ``code_ids`` (None: every code) that
    pass ``filters`` (in the documents ``only``, when given)."""
    condition, params = where(filters)
    within, within_params = _only("g.document_id", only)
    condition, params = f"{within} AND {condition}", within_params + params
    codes = "1"
    if code_ids is not None:
        codes, params = "g.code_id IN (SELECT value FROM json_each(?))", [json.dumps(list(code_ids))] + params
    by_document: dict[int, list] = {}
    for document_id, start, end in project.db.execute(
            f'SELECT g.document_id, g.start, g."end" FROM codings g WHERE {codes} AND {condition}', params):
        by_document.setdefault(document_id, []).append((start, end))
    return {d: union(spans) for d, spans in by_document.items()}


def _whole_texts(project: Project, filters: Filters, only=None) -> dict[int, Spans]:
    condition, params = document_condition(filters, "d.id")
    within, within_params = _only("d.id", only)
    found = {d: [(0, n)] for d, n in project.db.execute(
        f"SELECT d.id, length(d.text) FROM documents d WHERE {within} AND {condition}", within_params + params) if n}
    if filters.case_ids is not None or any(c.target == "case" for c in filters.attributes):
        found = _limit(project, found, *_case_ranges(filters))
    if filters.roles is not None or any(c.target == "respondent" for c in filters.attributes):
        found = _limit(project, found, *_respondent_turns(filters))
    return found


def _case_ranges(filters: Filters) -> tuple[str, list]:
    condition, params = case_condition(filters, "r.case_id")
    return (f'SELECT r.document_id, coalesce(r.start, 0), coalesce(r."end", length(d.text)) FROM case_ranges r '
            f"JOIN documents d ON d.id = r.document_id WHERE {condition}", params)


def _respondent_turns(filters: Filters) -> tuple[str, list]:
    tests, params = [], []
    if filters.roles is not None:
        tests.append(f"p.role IN ({','.join('?' for _ in filters.roles) or 'NULL'})")
        params += list(filters.roles)
    for condition in filters.attributes:
        if condition.target == "respondent":
            sql, values = values_sql(condition)
            tests.append(f"p.id IN ({sql})")
            params += values
    return ('SELECT t.document_id, t.content_start, t."end" FROM speaker_turns t JOIN respondents p '
            f"ON p.id = t.respondent_id WHERE {' AND '.join(tests)}", params)


def _limit(project: Project, found: dict[int, Spans], sql: str, params: list) -> dict[int, Spans]:
    allowed: dict[int, list] = {}
    for document_id, start, end in project.db.execute(sql, params):
        allowed.setdefault(document_id, []).append((start, end))
    return {d: spans for d, spans in ((d, intersect(s, union(allowed.get(d, [])))) for d, s in found.items()) if spans}


def stretches(project: Project, scope: Scope, only=None) -> dict[int, Spans]:
    """Per document id the stretches of text whose words count, in order; documents
    without any are left out. ``only``: look at these documents only (keyword in context
    reads the few the search index names)."""
    if scope.over_codings:
        code_ids = None if scope.code_ids is None else code_ids_of(project, scope.code_ids, scope.with_subcodes)
        found = coded_spans(project, code_ids, scope.filters, only)
    else:
        found = _whole_texts(project, scope.filters, only)
    return without_labels(project, found, scope.respondents_only)


def without_labels(project: Project, found: dict[int, Spans], respondents_only: bool) -> dict[int, Spans]:
    """``found`` less every speaker label, and less the interviewer's turns when asked."""
    if not found:
        return found
    out: dict[int, list] = {}
    for document_id, start, content, end, speaker, respondent in project.db.execute(
            'SELECT document_id, start, content_start, "end", speaker, respondent_id FROM speaker_turns '
            "WHERE document_id IN (SELECT value FROM json_each(?))", [json.dumps(list(found))]):
        if respondents_only and respondent is None and is_interviewer(speaker):
            out.setdefault(document_id, []).append((start, end))
        elif content > start:
            out.setdefault(document_id, []).append((start, content))
    result = {}
    for document_id, spans in found.items():
        left = subtract(spans, union(out[document_id])) if document_id in out else spans
        if left:
            result[document_id] = left
    return result


# --- cases and texts -----------------------------------------------------------------------
def case_ranges(project: Project, document_ids, filters: Filters) -> dict[int, list[tuple[int | None, int | None, int]]]:
    """Per document its (start, end, case id) ranges (None, None: the whole document), for
    the cases the filter allows."""
    condition, params = case_condition(filters, "r.case_id")
    found: dict[int, list] = {}
    for document_id, start, end, case_id in project.db.execute(
            f'SELECT r.document_id, r.start, r."end", r.case_id FROM case_ranges r '
            f"WHERE r.document_id IN (SELECT value FROM json_each(?)) AND {condition}",
            [json.dumps(list(document_ids))] + params):
        found.setdefault(document_id, []).append((start, end, case_id))
    return found


def pieces(spans: Spans, ranges) -> Iterator[tuple[int, int, frozenset[int]]]:
    """``spans`` cut where the set of cases changes: (start, end, cases) in order."""
    whole = frozenset(case for start, _end, case in ranges if start is None)
    parts = [(start, end, case) for start, end, case in ranges if start is not None]
    if not parts:
        for start, end in spans:
            yield start, end, whole
        return
    cuts = sorted({p for start, end, _c in parts for p in (start, end)})
    for start, end in spans:
        points = [start] + [c for c in cuts if start < c < end] + [end]
        for lo, hi in zip(points, points[1:]):
            yield lo, hi, whole | {case for s, e, case in parts if s <= lo and e >= hi}


def texts(project: Project, document_ids) -> Iterator[tuple[int, str, str]]:
    """(id, name, text) of the documents, one at a time, in name order."""
    cursor = project.db.execute(
        "SELECT id, name, text FROM documents WHERE id IN (SELECT value FROM json_each(?)) "
        "ORDER BY name COLLATE NOCASE, id", [json.dumps(list(document_ids))])
    try:
        yield from cursor
    finally:
        cursor.close()
