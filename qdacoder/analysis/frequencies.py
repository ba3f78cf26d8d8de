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
    parent_of = {r["id"]: r["parent_id"] for r in project.rows("SELECT id, parent_id FROM codes")}
    children: dict[int, list[int]] = {}
    for code_id, parent_id in parent_of.items():
        if parent_id is not None:
            children.setdefault(parent_id, []).append(code_id)
    if code_ids is None:
        wanted = list(parent_of)
    else:
        wanted = []
        for code_id in code_ids:
            while code_id is not None and code_id in parent_of and code_id not in wanted:
                wanted.append(code_id)
                code_id = parent_of[code_id]
    branches = {parent: _descendants(parent, children) for parent in wanted if parent in children}
    sql, params = where(filters)
    if code_ids is not None:  # only the codes whose figures (or whose branches' sums) are asked
        counted = sorted(set(wanted).union(*branches.values()))
        sql, params = f"g.code_id IN ({_marks(counted)}) AND {sql}", counted + params
    own = code_documents(project, sql, params)
    cases = _CaseLookup(project, case_condition(filters, "r.case_id"), sql, params)
    repeats = _repeated_passages(project, sql, params, list(branches)) if passages else {}
    figures = {}
    for code_id in wanted:
        mine = [own[code_id]] if code_id in own else []
        counts = _with_passages(cases.counts([code_id], mine), repeats.get(("own", code_id), 0), passages)
        if code_id not in branches:
            figures[code_id] = CodeFrequency(counts, counts)
            continue
        below = [own[c] for c in branches[code_id] if c in own]
        total = cases.counts(branches[code_id], below)
        figures[code_id] = CodeFrequency(counts, _with_passages(total, repeats.get(("branch", code_id), 0), passages))
    return figures


def _with_passages(counts: Counts, repeats: int, passages: bool) -> Counts:
    return dataclasses.replace(counts, passages=counts.codings - repeats) if passages else counts


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
    rows = project.db.execute(
        "SELECT g.code_id, count(*), count(g.valence = 'promoting' OR NULL), count(g.valence = 'hindering' OR NULL), "
        # no DISTINCT: a document per coding is what the matrix counts, and repeats cost
        # nothing in the arrays where a distinct sort per code would
        f"group_concat(g.document_id) FROM codings g WHERE {sql} GROUP BY g.code_id",
        params,
    ).fetchall()
    return {code: CodeDocuments(n, promoting, hindering, np.fromstring(documents, dtype=np.int64, sep=","))
            for code, n, promoting, hindering, documents in rows}


def passage_codings(project: Project, sql: str, params: list,
                    countable: tuple[str, list] = ("1", [])) -> list[tuple[int, int, int]]:
    """(code id, case id, codings) for the codings ``sql`` selects that overlap a passage
    assigned to a case (passing ``countable``) which does not hold their document as a whole;
    a coding counts once per case however many of its passages it meets."""
    case_sql, case_params = countable
    # CROSS JOIN: start from the (few) passage ranges, not from every coding
    return project.db.execute(
        "SELECT g.code_id, r.case_id, count(DISTINCT g.id) FROM case_ranges r CROSS JOIN codings g "
        'ON g.document_id = r.document_id AND g.start < r."end" AND g."end" > r.start '
        f"WHERE r.start IS NOT NULL AND {case_sql} AND NOT EXISTS (SELECT 1 FROM case_ranges w "
        "WHERE w.case_id = r.case_id AND w.document_id = r.document_id AND w.start IS NULL) "
        f"AND {sql} GROUP BY g.code_id, r.case_id", case_params + params).fetchall()


class _CaseLookup:
    """The cases a set of codings belongs to: through whole documents (which documents belong
    to which cases, read once) and through passages (which codes have a coding overlapping a
    passage of which case, over the codings ``sql`` selects). Only cases passing ``countable``
    (the case-level filters) are counted."""

    def __init__(self, project: Project, countable: tuple[str, list], sql: str, params: list) -> None:
        case_sql, case_params = countable
        whole = project.db.execute(
            f"SELECT r.document_id, r.case_id FROM case_ranges r WHERE r.start IS NULL AND {case_sql}",
            case_params).fetchall()
        self.range_documents = np.array([d for d, _c in whole], dtype=np.int64)
        self.range_cases = np.array([c for _d, c in whole], dtype=np.int64)
        self.size = (project.scalar("SELECT max(id) FROM documents") or 0) + 1
        self.cases_size = (project.scalar("SELECT max(id) FROM cases") or 0) + 1
        self.by_passage: dict[int, set[int]] = {}
        for code_id, case_id, _n in passage_codings(project, sql, params, countable):
            self.by_passage.setdefault(code_id, set()).add(case_id)

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
