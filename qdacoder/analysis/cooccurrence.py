"""Code co-occurrence (code x code): how often two codes meet, in one passage, one document or
one case, with the Jaccard coefficient; a cell opens the pairs of codings.

Design rules:
- One source of truth: the window, the exports and the command line call ``cooccurrence``;
  ``cell_pairs`` selects a cell's codings with the same SQL. Only codings that pass the filter
  (``filters.where``) take part, on both sides. A code is its own codings (no subcodes: a
  parent would trivially meet its own subcodes).
- Scope "overlap": the count is the number of *pairs* of codings (one of each code) in one
  document that share at least one character. The units for the Jaccard coefficient are the
  codings of the two codes; a coding "shows" a code when it has that code or overlaps a coding
  that has it. So, with A and B the codings of each code and A', B' those overlapping at least
  one coding of the other code:
      Jaccard = |showing both| / |showing either| = (|A'| + |B'|) / (|A| + |B|),
  between 0 (never together) and 1 (every coding of each meets one of the other). Two codes
  always put on the very same passages have 1; the pair count is not part of it, so one long
  coding overlapping ten short ones does not push it above 1.
- Scopes "document" and "case": the count is the number of documents (cases) where both codes
  occur (cases as in the code frequencies: the document is in the case or the coding overlaps
  a passage assigned to it), and Jaccard = |both| / |either| over those documents (cases).
- The diagonal holds each code's own number of units (codings, documents, cases); its Jaccard
  is None (not shown). A pair that never occurs has count 0 and Jaccard 0 (None when neither
  code occurs).
- One read of the selected codings, then array arithmetic (numpy), never a query per pair of
  codes and no Python loop over codings: a self-join of 200,000 codings in SQL costs seconds.
  Overlap: one interval sweep per document over the codings sorted by start (a coding meets
  those after it that start before it ends), in blocks of whole documents so that memory stays
  bounded when long codings overlap many. Document and case: the distinct code-unit pairs
  form a code x unit incidence matrix and its product with its transpose counts, per pair of
  codes, the units they share.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from ..core.codes import walk_tree
from ..core.errors import QT_TRANSLATE_NOOP
from ..core.project import Project
from .filters import NO_FILTERS, Filters, where
from .frequencies import _CASE_JOIN
from .filters import case_condition

SCOPES = ("overlap", "document", "case")
SCOPE_LABELS = {
    "overlap": QT_TRANSLATE_NOOP("qdacoder", "overlapping passages"),
    "document": QT_TRANSLATE_NOOP("qdacoder", "same document"),
    "case": QT_TRANSLATE_NOOP("qdacoder", "same case"),
}
UNIT_LABELS = {
    "overlap": QT_TRANSLATE_NOOP("qdacoder", "n = {n} codings"),
    "document": QT_TRANSLATE_NOOP("qdacoder", "n = {n} documents"),
    "case": QT_TRANSLATE_NOOP("qdacoder", "n = {n} cases"),
}


@dataclass(frozen=True)
class CoCode:
    code_id: int
    path: str
    name: str
    depth: int


@dataclass(frozen=True)
class CoMatrix:
    scope: str
    codes: tuple[CoCode, ...]  # the rows and, in the same order, the columns
    counts: tuple[tuple[int, ...], ...]  # pairs (overlap) or units with both; the diagonal: the code's units
    jaccard: tuple[tuple[float | None, ...], ...]
    units: int  # distinct units of all the codes together (codings, documents, cases)

    def values(self, measure: str = "count") -> list[list]:
        if measure not in ("count", "jaccard"):
            raise ValueError(f"unknown measure {measure!r}")  # a programming error
        return [list(row) for row in (self.counts if measure == "count" else self.jaccard)]

    def cell(self, a: int, b: int, measure: str = "count"):
        index = {c.code_id: i for i, c in enumerate(self.codes)}
        return (self.counts if measure == "count" else self.jaccard)[index[a]][index[b]]

    @property
    def row_labels(self) -> list[str]:
        return [c.path for c in self.codes]

    @property
    def column_labels(self) -> list[str]:
        return [c.path for c in self.codes]


def _check(scope: str) -> None:
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {SCOPES}, not {scope!r}")  # a programming error


def _source(scope: str, filters: Filters, code_ids: list[int] | None) -> tuple[str, str, list]:
    """The FROM and WHERE of the selected codings ``g``, with the SQL of a coding's unit."""
    condition, params = where(filters)
    codes = ""
    if code_ids is not None:
        codes = f" AND g.code_id IN ({','.join('?' for _ in code_ids) or 'NULL'})"
        params = params + list(code_ids)
    if scope != "case":
        return f"FROM codings g WHERE {condition}{codes}", ("g.id" if scope == "overlap" else "g.document_id"), params
    cases_sql, case_params = case_condition(filters, "r.case_id")  # a shared document's other cases stay out
    return f"FROM codings g {_CASE_JOIN} AND {cases_sql} WHERE {condition}{codes}", "r.case_id", case_params + params


def _selected(scope: str, filters: Filters, code_ids: list[int] | None) -> tuple[str, list]:
    """A CTE ``f`` of the selected codings: (id, code_id, unit[, document_id, start, end])."""
    source, unit, params = _source(scope, filters, code_ids)
    place = ', g.document_id, g.start, g."end"' if scope == "overlap" else ""
    return f"WITH f AS MATERIALIZED (SELECT DISTINCT g.id, g.code_id, {unit} AS unit{place} {source}) ", params


# How many overlapping pairs one block of the sweep holds at most (a block is never less than
# one document), and how many matrix cells one block of the incidence matrix: about 16 MB each.
_PAIR_BLOCK = 1 << 20
_CELL_BLOCK = 1 << 21


def _overlap(code: np.ndarray, document: np.ndarray, start: np.ndarray, end: np.ndarray,
             size: int) -> tuple[np.ndarray, np.ndarray]:
    """Per pair of codes (indexes below ``size``): the overlapping pairs of their codings, and
    met[a, b], the codings of a that overlap at least one coding of b."""
    pairs = np.zeros(size * size, dtype=np.int64)
    met = np.zeros(size * size, dtype=np.int64)
    if not len(code):
        return pairs.reshape(size, size), met.reshape(size, size)
    order = np.lexsort((start, document))
    code, document, start, end = code[order], document[order], start[order], end[order]
    # Sorted by start, a coding meets exactly the codings after it in its document that start
    # before it ends: one search per coding finds them, and every pair comes up once.
    span = int(end.max()) + 1
    key = document * span + start
    partners = np.searchsorted(key, document * span + end, side="left") - np.arange(len(key)) - 1
    before = np.concatenate(([0], np.cumsum(partners)))  # pairs of the codings before each
    edges = np.concatenate((np.flatnonzero(np.diff(document)) + 1, [len(code)]))  # where documents end
    low = 0
    while low < len(code):
        # whole documents only, so that a coding's partners are all in its own block
        high = int(edges[max(np.searchsorted(before[edges], before[low] + _PAIR_BLOCK, side="right") - 1,
                             np.searchsorted(edges, low, side="right"))])
        counts = partners[low:high]
        first = np.repeat(np.arange(low, high), counts)
        second = first + 1 + np.arange(len(first)) - np.repeat(before[low:high] - before[low], counts)
        a, b = code[first], code[second]
        other = a != b  # a code does not meet itself
        first, second, a, b = first[other], second[other], a[other], b[other]
        pairs += np.bincount(a * size + b, minlength=size * size) + np.bincount(b * size + a, minlength=size * size)
        # a coding that overlaps several codings of one code is met once by that code
        seen = np.sort(np.concatenate((first * size + b, second * size + a)), kind="stable")  # long sorted runs: timsort
        seen = seen[np.diff(seen, prepend=-1) != 0]  # np.unique hashes, ten times slower here
        met += np.bincount(code[seen // size] * size + seen % size, minlength=size * size)
        low = high
    return pairs.reshape(size, size), met.reshape(size, size)


def _shared(code: np.ndarray, unit: np.ndarray, size: int) -> tuple[np.ndarray, int]:
    """Per pair of codes: the units where both occur, from distinct (code, unit) pairs; the
    diagonal holds each code's units. Also the number of distinct units."""
    shared = np.zeros((size, size))  # float: BLAS does the product; exact up to 2**53 units
    units, column = np.unique(unit, return_inverse=True)
    order = np.argsort(column, kind="stable")
    code, column = code[order], column[order]
    width = max(1, _CELL_BLOCK // max(size, 1))
    for first in range(0, len(units), width):
        low, high = np.searchsorted(column, [first, first + width])
        block = np.zeros((size, min(width, len(units) - first)))
        block[code[low:high], column[low:high] - first] = 1.0
        shared += block @ block.T
    return shared.astype(np.int64), len(units)


def cooccurrence(project: Project, scope: str = "overlap", *, filters: Filters = NO_FILTERS,
                 code_ids: Iterable[int] | None = None) -> CoMatrix:
    """Every code (or ``code_ids``), in tree order, against every other."""
    _check(scope)
    chosen = None if code_ids is None else set(code_ids)
    nodes = [n for n in walk_tree(project) if chosen is None or n.code.id in chosen]
    wanted = None if chosen is None else [n.code.id for n in nodes]
    size = len(nodes)
    source, unit, params = _source(scope, filters, wanted)
    if scope == "overlap":
        rows = project.db.execute(f'SELECT g.code_id, g.document_id, g.start, g."end" {source}', params).fetchall()
    else:
        rows = project.db.execute(f"SELECT DISTINCT g.code_id, {unit} {source}", params).fetchall()
    data = np.array(rows, dtype=np.int64).reshape(len(rows), 4 if scope == "overlap" else 2)
    ids = np.array([n.code.id for n in nodes], dtype=np.int64)
    lookup = np.full(int(max(ids.max(initial=0), data[:, 0].max(initial=0))) + 1, -1, dtype=np.int64)
    lookup[ids] = np.arange(size)
    data = data[lookup[data[:, 0]] >= 0]
    code = lookup[data[:, 0]]
    if scope == "overlap":
        counts, met = _overlap(code, data[:, 1], data[:, 2], data[:, 3], size)
        totals = np.bincount(code, minlength=size)
        np.fill_diagonal(counts, totals)
        units = len(code)
        both = met + met.T  # |A'| + |B'|
        either = totals[:, None] + totals[None, :]  # |A| + |B|
    else:
        counts, units = _shared(code, data[:, 1], size)
        totals = counts.diagonal().copy()
        both = counts
        either = totals[:, None] + totals[None, :] - counts
    jaccard = np.full((size, size), None, dtype=object)
    jaccard[(totals[:, None] > 0) | (totals[None, :] > 0)] = 0.0
    meet = counts > 0
    np.fill_diagonal(meet, False)
    jaccard[meet] = (both[meet] / either[meet]).tolist()
    np.fill_diagonal(jaccard, None)
    codes = tuple(CoCode(n.code.id, n.path, n.code.name, n.depth) for n in nodes)
    return CoMatrix(scope, codes, tuple(map(tuple, counts.tolist())), tuple(map(tuple, jaccard.tolist())), units)


def cell_pairs(project: Project, a: int, b: int, scope: str = "overlap",
               filters: Filters = NO_FILTERS) -> list[tuple[int, int]]:
    """The pairs of coding ids (one of ``a``, one of ``b``) behind a cell: overlapping pairs, or
    every pair of their codings that share a document (case). On the diagonal (``a == b``) each
    coding of the code once, as (id, id)."""
    _check(scope)
    prefix, params = _selected(scope, filters, sorted({a, b}))
    if a == b:
        rows = project.db.execute(f"{prefix}SELECT DISTINCT id, id FROM f ORDER BY id", params).fetchall()
        return [tuple(r) for r in rows]
    meet = ('y.document_id = x.document_id AND y.start < x."end" AND x.start < y."end"' if scope == "overlap"
            else "y.unit = x.unit")
    rows = project.db.execute(
        f"{prefix}SELECT DISTINCT x.id, y.id FROM f x JOIN f y ON {meet} WHERE x.code_id = ? AND y.code_id = ? "
        "ORDER BY x.id, y.id", params + [a, b]).fetchall()
    return [tuple(r) for r in rows]
