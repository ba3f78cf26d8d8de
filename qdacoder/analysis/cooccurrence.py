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
- Every count is one SQL aggregate over a self-join of the selected codings (or of their
  distinct code-unit pairs), counting each pair of codes once and mirroring it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

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


def _selected(scope: str, filters: Filters, code_ids: list[int] | None) -> tuple[str, list]:
    """A CTE ``f`` of the selected codings: (id, code_id, unit[, document_id, start, end])."""
    condition, params = where(filters)
    codes = ""
    if code_ids is not None:
        codes = f" AND g.code_id IN ({','.join('?' for _ in code_ids) or 'NULL'})"
        params = params + list(code_ids)
    cases_sql, case_params = case_condition(filters, "r.case_id")  # a shared document's other cases stay out
    if scope == "overlap":
        sql = (f'SELECT g.id, g.code_id, g.id AS unit, g.document_id, g.start, g."end" FROM codings g '
               f"WHERE {condition}{codes}")
    elif scope == "document":
        sql = f"SELECT g.id, g.code_id, g.document_id AS unit FROM codings g WHERE {condition}{codes}"
    else:
        sql = (f"SELECT DISTINCT g.id, g.code_id, r.case_id AS unit FROM codings g {_CASE_JOIN} AND {cases_sql} "
               f"WHERE {condition}{codes}")
        params = case_params + params
    return f"WITH f AS MATERIALIZED ({sql}) ", params


def cooccurrence(project: Project, scope: str = "overlap", *, filters: Filters = NO_FILTERS,
                 code_ids: Iterable[int] | None = None) -> CoMatrix:
    """Every code (or ``code_ids``), in tree order, against every other."""
    _check(scope)
    nodes = [n for n in walk_tree(project) if code_ids is None or n.code.id in set(code_ids)]
    wanted = None if code_ids is None else [n.code.id for n in nodes]
    prefix, params = _selected(scope, filters, wanted)
    totals = {r[0]: r[1] for r in project.db.execute(
        f"{prefix}SELECT code_id, count(DISTINCT unit) FROM f GROUP BY code_id", params).fetchall()}
    units = project.db.execute(f"{prefix}SELECT count(DISTINCT unit) FROM f", params).fetchone()[0]
    if scope == "overlap":
        pairs = project.db.execute(
            f"{prefix}SELECT x.code_id, y.code_id, count(*), count(DISTINCT x.id), count(DISTINCT y.id) "
            'FROM f x JOIN f y ON y.document_id = x.document_id AND y.start < x."end" AND x.start < y."end" '
            "AND x.code_id < y.code_id GROUP BY 1, 2", params).fetchall()
    else:
        pairs = project.db.execute(
            f"{prefix}, u AS MATERIALIZED (SELECT DISTINCT code_id, unit FROM f) "
            "SELECT x.code_id, y.code_id, count(*), 0, 0 FROM u x JOIN u y ON y.unit = x.unit "
            "AND x.code_id < y.code_id GROUP BY 1, 2", params).fetchall()
    index = {n.code.id: i for i, n in enumerate(nodes)}
    size = len(nodes)
    counts = [[0] * size for _ in range(size)]
    jaccard: list[list[float | None]] = [[None] * size for _ in range(size)]
    for i, node in enumerate(nodes):
        counts[i][i] = totals.get(node.code.id, 0)
        for j in range(size):
            if j != i and (counts[i][i] or totals.get(nodes[j].code.id, 0)):
                jaccard[i][j] = 0.0
    for a, b, n, a_met, b_met in pairs:
        i, j = index[a], index[b]
        counts[i][j] = counts[j][i] = n
        if scope == "overlap":
            value = (a_met + b_met) / (counts[i][i] + counts[j][j])
        else:
            value = n / (counts[i][i] + counts[j][j] - n)
        jaccard[i][j] = jaccard[j][i] = value
    codes = tuple(CoCode(n.code.id, n.path, n.code.name, n.depth) for n in nodes)
    return CoMatrix(scope, codes, tuple(map(tuple, counts)), tuple(map(tuple, jaccard)), units)


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
