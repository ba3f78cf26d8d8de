"""How often each code occurs: codings, documents and cases, split by valence.

Design rules:
- SQL does the counting over codings: one aggregate per code gives its codings, valence split
  and the *set* of its documents (read from the covering index on codings(code_id,
  document_id, valence, start, end) without touching table rows). Everything after that works
  on those small sets, per code, never per coding.
- A coding belongs to a case when its document belongs to the case as a whole, or when the
  coding overlaps a passage of the document assigned to that case. The first is a property of
  the document, so a code's cases are the cases of its documents (an array lookup); the second
  is answered by SQL starting from the passage ranges, of which there are few.
- A parent's *subtree* figures count each coding, document and case of the parent and all its
  descendants once (distinct), so a document coded with two subcodes counts once: a branch's
  documents are the union of its codes' document sets, its cases follow from those, and its
  codings and valence split are sums (a coding has one code). Joining every coding to every
  ancestor in SQL costs a sort of all codings per level, several times this.
- Distinct passages: a passage that is coded only once (the usual case) is one passage, so a
  code's passages are its codings minus the repeats among the few spans coded more than once,
  which one ordered walk over codings(document_id, start, end) finds.
- After one change only the touched codes and their ancestors are counted again, so the
  code tree stays cheap to refresh in a large project.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from ..core.project import Project
from .filters import NO_FILTERS, Filters, case_condition, where


@dataclass(frozen=True)
class Counts:
    codings: int = 0
    documents: int = 0
    cases: int = 0
    promoting: int = 0
    hindering: int = 0
    passages: int = 0  # distinct (document, start, end): two coders on one passage count once

    @property
    def no_valence(self) -> int:
        return self.codings - self.promoting - self.hindering


@dataclass(frozen=True)
class CodeFrequency:
    own: Counts  # codings of the code itself
    subtree: Counts  # of the code and all its descendants, each counted once


_CASE_JOIN = (
    "JOIN case_ranges r ON r.document_id = g.document_id "
    'AND (r.start IS NULL OR (r.start < g."end" AND r."end" > g.start))'
)
_CLOSURE = (
    "WITH RECURSIVE up(code_id, ancestor) AS (SELECT id, id FROM codes UNION ALL "
    "SELECT up.code_id, c.parent_id FROM up JOIN codes c ON c.id = up.ancestor WHERE c.parent_id IS NOT NULL) "
)


def _marks(values: list) -> str:
    return ",".join("?" for _ in values) or "NULL"


def code_frequencies(
    project: Project, code_ids: Iterable[int] | None = None, filters: Filters = NO_FILTERS, *,
    passages: bool = False,
) -> dict[int, CodeFrequency]:
    """Figures for every code, or for ``code_ids`` and their ancestors (whose subtree figures
    change with them), over the codings that pass ``filters``. Codes without codings are
    present with zeros. ``passages``: also count distinct passages (0 otherwise)."""
    code_ids = None if code_ids is None else list(code_ids)
    return CodeCounter(project, filters, only=code_ids, passages=passages).figures(code_ids)


class CodeCounter:
    """The figures of a project's codes, with what they are counted from kept in memory (each
    code's own reading and the case lookup), so the code tree can follow a change to the
    codings of a few codes by reading only those codes again: their ancestors' branch totals
    are added up from what is kept. A change of the codes themselves, of cases or of the
    filter needs a new counter (the window makes one then)."""

    def __init__(self, project: Project, filters: Filters = NO_FILTERS, *, only: list[int] | None = None,
                 passages: bool = False) -> None:
        self.project, self.filters, self.passages = project, filters, passages
        self.parent_of = {r["id"]: r["parent_id"] for r in project.rows("SELECT id, parent_id FROM codes")}
        self.children: dict[int, list[int]] = {}
        for code_id, parent_id in self.parent_of.items():
            if parent_id is not None:
                self.children.setdefault(parent_id, []).append(code_id)
        self.branches = {parent: _descendants(parent, self.children) for parent in self.children}
        sql, params = self._condition(None if only is None else self._counted(self._wanted(only)))
        self.own = code_documents(project, sql, params)
        self.cases = _CaseLookup(project, case_condition(filters, "r.case_id"), sql, params)
        wanted_branches = list(self.branches) if only is None else [c for c in self._wanted(only) if c in self.branches]
        self.repeats = _repeated_passages(project, sql, params, wanted_branches) if passages else {}

    def figures(self, code_ids: Iterable[int] | None = None) -> dict[int, CodeFrequency]:
        """Every code's figures, or those of ``code_ids`` and their ancestors."""
        figures = {}
        for code_id in self._wanted(code_ids):
            mine = [self.own[code_id]] if code_id in self.own else []
            counts = self._with_passages(self.cases.counts([code_id], mine), ("own", code_id))
            if code_id not in self.branches:
                figures[code_id] = CodeFrequency(counts, counts)
                continue
            below = [self.own[c] for c in self.branches[code_id] if c in self.own]
            total = self._with_passages(self.cases.counts(self.branches[code_id], below), ("branch", code_id))
            figures[code_id] = CodeFrequency(counts, total)
        return figures

    def update(self, code_ids: Iterable[int]) -> dict[int, CodeFrequency]:
        """Read the own codings of ``code_ids`` again (their codings changed) and return the
        figures of those codes and their ancestors."""
        if self.passages:
            raise ValueError("a counter of distinct passages is not updated in place")  # a programming error
        changed = sorted({c for c in code_ids if c in self.parent_of})
        sql, params = self._condition(changed)
        for code_id in changed:
            self.own.pop(code_id, None)
            self.cases.by_passage.pop(code_id, None)
        self.own.update(code_documents(self.project, sql, params))
        self.cases.read_passages(sql, params, few=True)
        self.cases.size = self.cases.document_bound(self.project)  # documents may have been added
        return self.figures(changed)

    def _wanted(self, code_ids: Iterable[int] | None) -> list[int]:
        if code_ids is None:
            return list(self.parent_of)
        wanted: list[int] = []
        for code_id in code_ids:
            while code_id is not None and code_id in self.parent_of and code_id not in wanted:
                wanted.append(code_id)
                code_id = self.parent_of[code_id]
        return wanted

    def _counted(self, wanted: list[int]) -> list[int]:
        """The codes whose own readings the figures of ``wanted`` are made of."""
        return sorted(set(wanted).union(*(self.branches[c] for c in wanted if c in self.branches)))

    def _condition(self, code_ids: list[int] | None) -> tuple[str, list]:
        sql, params = where(self.filters)
        if code_ids is None:
            return sql, params
        return f"g.code_id IN ({_marks(code_ids)}) AND {sql}", list(code_ids) + params

    def _with_passages(self, counts: Counts, key: tuple[str, int]) -> Counts:
        if not self.passages:
            return counts
        return dataclasses.replace(counts, passages=counts.codings - self.repeats.get(key, 0))


@dataclass(frozen=True)
class CodeDocuments:
    """A code's own codings (those a filter selects): how many, the valence split, and the
    document of each coding."""

    codings: int
    promoting: int
    hindering: int
    documents: np.ndarray  # the document id of every coding (so a document as often as it is coded)


def code_documents(project: Project, sql: str, params: list) -> dict[int, CodeDocuments]:
    """code id -> its own codings, valence split and documents, over the codings ``sql`` (a
    condition on codings ``g``) selects. Shared with the matrix, which counts the same way."""
    # kept as long as the code tree is shown (an entry per coding: 2 million at ten times the
    # target scale), so 4 bytes an entry where the ids allow it, not 8
    largest = project.conn.execute("SELECT max(id) FROM documents").fetchone()[0] or 0
    dtype = np.int32 if largest < 2**31 else np.int64
    rows = project.conn.execute(
        "SELECT g.code_id, count(*), count(g.valence = 'promoting' OR NULL), count(g.valence = 'hindering' OR NULL), "
        # no DISTINCT: a document per coding is what the matrix counts, and repeats cost
        # nothing in the arrays where a distinct sort per code would
        f"group_concat(g.document_id) FROM codings g WHERE {sql} GROUP BY g.code_id",
        params,
    )
    # row by row, not fetchall: the text of every code's ids at once is as large as the arrays
    return {code: CodeDocuments(n, promoting, hindering, np.fromstring(documents, dtype=dtype, sep=","))
            for code, n, promoting, hindering, documents in rows}


def whole_document_cases(project: Project, countable: tuple[str, list] = ("1", [])) -> np.ndarray:
    """(document id, case id) of every case (passing ``countable``) that holds a document as a
    whole, as an array of two columns ordered by document."""
    case_sql, case_params = countable
    return np.array(project.db.execute(
        f"SELECT r.document_id, r.case_id FROM case_ranges r WHERE r.start IS NULL AND {case_sql} "
        "ORDER BY r.document_id", case_params).fetchall(), dtype=np.int64).reshape(-1, 2)


def _passage_source(sql: str, params: list, countable: tuple[str, list], few: bool = False) -> tuple[str, list]:
    """FROM ... WHERE of the codings ``sql`` selects that overlap a passage assigned to a case
    (``r``, passing ``countable``) which does not hold their document as a whole. ``few``: ``sql``
    selects the codings of a few codes (after a coding), so start from those."""
    case_sql, case_params = countable
    # CROSS JOIN: start from the (few) passage ranges, not from every coding; but not when only
    # a few codes' codings are wanted: finding the passage ranges means a walk over every case
    # range (0.6 ms with 20,000 documents in cases, more than the rest of the recount), where
    # each coding finds the ranges of its document in the index
    join = ("FROM codings g CROSS JOIN case_ranges r "
            'ON r.document_id = g.document_id AND r.start < g."end" AND r."end" > g.start ') if few else (
            "FROM case_ranges r CROSS JOIN codings g "
            'ON g.document_id = r.document_id AND g.start < r."end" AND g."end" > r.start ')
    return (f"{join}WHERE r.start IS NOT NULL AND {case_sql} AND NOT EXISTS (SELECT 1 FROM case_ranges w "
            "WHERE w.case_id = r.case_id AND w.document_id = r.document_id AND w.start IS NULL) "
            f"AND {sql}"), case_params + params


def passage_codings(project: Project, sql: str, params: list,
                    countable: tuple[str, list] = ("1", []), *, few: bool = False) -> list[tuple[int, int, int]]:
    """(code id, case id, codings) for the codings ``sql`` selects that overlap a passage
    assigned to a case (passing ``countable``) which does not hold their document as a whole;
    a coding counts once per case however many of its passages it meets. ``few``: ``sql``
    selects only a few codes' codings (the query starts from them)."""
    source, all_params = _passage_source(sql, params, countable, few)
    return project.db.execute(
        f"SELECT g.code_id, r.case_id, count(DISTINCT g.id) {source} GROUP BY g.code_id, r.case_id",
        all_params).fetchall()


def passage_hits(project: Project, sql: str, params: list,
                 countable: tuple[str, list] = ("1", [])) -> list[tuple[int, int, int, int]]:
    """(code id, coding id, document id, case id): the codings behind ``passage_codings``, once
    per coding and case. The crosstab needs to know *which* codings they are, because a coding
    counts once per value, and a coding's passage case may share a value with the cases that
    hold its document as a whole."""
    source, all_params = _passage_source(sql, params, countable)
    return project.db.execute(f"SELECT DISTINCT g.code_id, g.id, g.document_id, r.case_id {source}",
                              all_params).fetchall()


class _CaseLookup:
    """The cases a set of codings belongs to: through whole documents (which documents belong
    to which cases, read once) and through passages (which codes have a coding overlapping a
    passage of which case, over the codings ``sql`` selects). Only cases passing ``countable``
    (the case-level filters) are counted."""

    def __init__(self, project: Project, countable: tuple[str, list], sql: str, params: list) -> None:
        whole = whole_document_cases(project, countable)
        self.range_documents, self.range_cases = whole[:, 0], whole[:, 1]
        self.project, self.countable = project, countable
        self.size = self.document_bound(project)
        self.cases_size = (project.scalar("SELECT max(id) FROM cases") or 0) + 1
        self.by_passage: dict[int, set[int]] = {}
        self.read_passages(sql, params)

    def read_passages(self, sql: str, params: list, *, few: bool = False) -> None:
        """Add the cases that the codings ``sql`` selects meet through passages (``few``: the
        codings of a few codes)."""
        for code_id, case_id, _n in passage_codings(self.project, sql, params, self.countable, few=few):
            self.by_passage.setdefault(code_id, set()).add(case_id)

    @staticmethod
    def document_bound(project: Project) -> int:
        """One more than the largest document id: the size of a mark per document."""
        return (project.scalar("SELECT max(id) FROM documents") or 0) + 1

    def counts(self, code_ids: list[int], figures: list[CodeDocuments]) -> Counts:
        """The figures of the codings of ``code_ids`` (their own ``figures``) taken together:
        codings and valence added up, documents and cases each counted once."""
        if not figures:
            return Counts()
        # a mark per document and per case counts each once; cheaper than sorting for unique
        inside = np.zeros(self.size, dtype=bool)
        for own in figures:
            inside[own.documents] = True
        marked = np.zeros(self.cases_size, dtype=bool)
        marked[self.range_cases[inside[self.range_documents]]] = True
        for code_id in code_ids:
            marked[list(self.by_passage.get(code_id, ()))] = True
        return Counts(
            codings=sum(o.codings for o in figures), documents=int(np.count_nonzero(inside)),
            cases=int(np.count_nonzero(marked)), promoting=sum(o.promoting for o in figures),
            hindering=sum(o.hindering for o in figures),
        )


def _repeated_passages(project: Project, sql: str, params: list, branches: list[int]) -> dict[tuple[str, int], int]:
    """("own", code) and ("branch", parent) -> how many of its codings repeat a passage (the
    same document, start and end) already counted for it. Only spans coded more than once are
    compared; SQL finds them in one ordered walk of codings(document_id, start, end)."""
    rows = project.rows(
        f"{_CLOSURE}, twice AS MATERIALIZED (SELECT g.document_id, g.start, g.\"end\" FROM codings g "
        f"WHERE {sql} GROUP BY g.document_id, g.start, g.\"end\" HAVING count(*) > 1), "
        "repeated AS MATERIALIZED (SELECT g.code_id, g.document_id || ':' || g.start || ':' || g.\"end\" AS span "
        "FROM twice JOIN codings g ON g.document_id = twice.document_id AND g.start = twice.start "
        f"AND g.\"end\" = twice.\"end\" WHERE {sql}) "
        "SELECT 'own' AS kind, code_id AS k, count(*) - count(DISTINCT span) AS n FROM repeated GROUP BY code_id "
        "UNION ALL SELECT 'branch', up.ancestor, count(*) - count(DISTINCT span) FROM repeated "
        f"JOIN up ON up.code_id = repeated.code_id WHERE up.ancestor IN ({_marks(branches)}) GROUP BY up.ancestor",
        params + params + branches,
    )
    return {(r["kind"], r["k"]): r["n"] for r in rows}


def _descendants(code_id: int, children: dict[int, list[int]]) -> list[int]:
    found, todo = [], [code_id]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, ()))
    return found


def outside_cases(project: Project, filters: Filters = NO_FILTERS) -> dict[int, int]:
    """code id -> the codings of its branch (the code and its descendants) that pass
    ``filters`` and lie outside every case (no case holds their document or a passage they
    overlap). Reports say so ("1 codering valt buiten de casussen"), as such a coding counts
    among the codings but in no case."""
    sql, params = where(filters)
    own = dict(project.db.execute(
        f"SELECT g.code_id, COUNT(*) FROM codings g WHERE {sql} AND NOT EXISTS (SELECT 1 FROM case_ranges r "
        'WHERE r.document_id = g.document_id AND (r.start IS NULL OR (r.start < g."end" AND r."end" > g.start))) '
        "GROUP BY g.code_id", params).fetchall())
    parent_of = {r["id"]: r["parent_id"] for r in project.rows("SELECT id, parent_id FROM codes")}
    totals = dict.fromkeys(parent_of, 0)
    for code_id, count in own.items():
        while code_id is not None and code_id in totals:  # each coding counts once in every ancestor
            totals[code_id] += count
            code_id = parent_of[code_id]
    return totals


def document_coding_counts(project: Project, filters: Filters = NO_FILTERS,
                           document_ids: Iterable[int] | None = None) -> dict[int, int]:
    """document id -> its codings that pass ``filters`` (the document list shows these under the
    reading); only ``document_ids`` when given, so one coding recounts one document. Documents
    without such codings are left out."""
    sql, params = where(filters)
    if document_ids is not None:
        ids = list(document_ids)
        sql, params = f"{sql} AND g.document_id IN ({_marks(ids)})", params + ids
    return dict(project.db.execute(
        f"SELECT g.document_id, COUNT(*) FROM codings g WHERE {sql} GROUP BY g.document_id", params).fetchall())
