"""How often each code occurs: codings, documents and cases, split by valence.

Design rules:
- Every figure is an SQL aggregate; no Python loop over codings. Covering indexes on
  codings(code_id, document_id, valence, start, end), codings(document_id, start, end) and
  case_ranges(document_id, start, end, case_id) let SQLite count without reading table rows.
- A coding belongs to a case when its document belongs to the case as a whole, or when the
  coding overlaps a passage of the document assigned to that case.
- A parent's *subtree* figures count each coding, document and case of the parent and all its
  descendants once (distinct), so a document coded with two subcodes counts once.
- What can be added up is added up: a coding has one code, so a branch's codings and valence
  split are the sums of its codes' own figures. Only the distinct documents and cases of a
  branch need a query, one per parent over its own subtree; that is cheaper than joining every
  coding to all its ancestors (which needs a sort), and after one change only the touched
  codes and their ancestors are counted again.
- Distinct passages: a passage that is coded only once (the usual case) is one passage, so a
  code's passages are its codings minus the repeats among the few spans coded more than once,
  which one ordered walk over codings(document_id, start, end) finds. Comparing a string per
  coding cost more than all other figures together.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

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
    condition = where(filters)
    countable = case_condition(filters, "r.case_id")
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
    # a branch's codings are added up from the own figures of every code in it
    counted = set(wanted).union(*branches.values())
    own = _own_counts(project, None if code_ids is None else counted, condition, countable)
    repeats = _repeated_passages(project, None if code_ids is None else counted, condition, list(branches)) \
        if passages else {}
    figures = {}
    for code_id in wanted:
        mine = _with_passages(own.get(code_id, Counts()), repeats.get(("own", code_id), 0), passages)
        if code_id not in branches:
            figures[code_id] = CodeFrequency(mine, mine)
            continue
        below = branches[code_id]
        documents, cases = _branch_documents_and_cases(project, below, condition, countable)
        total = Counts(
            codings=sum(own[c].codings for c in below if c in own), documents=documents, cases=cases,
            promoting=sum(own[c].promoting for c in below if c in own),
            hindering=sum(own[c].hindering for c in below if c in own),
        )
        figures[code_id] = CodeFrequency(mine, _with_passages(total, repeats.get(("branch", code_id), 0), passages))
    return figures


def _with_passages(counts: Counts, repeats: int, passages: bool) -> Counts:
    return dataclasses.replace(counts, passages=counts.codings - repeats) if passages else counts


def _own_counts(project: Project, code_ids: set[int] | None, condition: tuple[str, list],
                countable: tuple[str, list]) -> dict[int, Counts]:
    """Each code's own codings, documents, valence split and cases (``code_ids``: only these)."""
    sql, params = condition
    if code_ids is not None:
        sql = f"g.code_id IN ({_marks(list(code_ids))}) AND {sql}"
        params = list(code_ids) + params
    rows = project.rows(
        "SELECT g.code_id AS k, count(*) AS codings, count(DISTINCT g.document_id) AS documents, "
        # count(x OR NULL) counts the rows where x holds: cheaper than sum() over a comparison
        "count(g.valence = 'promoting' OR NULL) AS promoting, count(g.valence = 'hindering' OR NULL) AS hindering "
        f"FROM codings g WHERE {sql} GROUP BY g.code_id",
        params,
    )
    case_sql, case_params = countable
    cases = {
        r["k"]: r["n"] for r in project.rows(
            f"SELECT g.code_id AS k, count(DISTINCT r.case_id) AS n FROM codings g {_CASE_JOIN} "
            f"WHERE {sql} AND {case_sql} GROUP BY g.code_id", params + case_params)
    }
    return {r["k"]: Counts(r["codings"], r["documents"], cases.get(r["k"], 0), r["promoting"], r["hindering"])
            for r in rows}


def _branch_documents_and_cases(project: Project, code_ids: list[int], condition: tuple[str, list],
                                countable: tuple[str, list]) -> tuple[int, int]:
    """The distinct documents and cases of the codings of ``code_ids`` (one branch)."""
    sql, params = condition
    case_sql, case_params = countable
    # LEFT JOIN: a coding outside every countable case still counts for its document
    row = project.rows(
        f"SELECT count(DISTINCT g.document_id) AS documents, count(DISTINCT r.case_id) AS cases FROM codings g "
        f"LEFT {_CASE_JOIN} AND {case_sql} WHERE g.code_id IN ({_marks(code_ids)}) AND {sql}",
        case_params + code_ids + params,
    )[0]
    return row["documents"], row["cases"]


def _repeated_passages(project: Project, code_ids: set[int] | None, condition: tuple[str, list],
                       branches: list[int]) -> dict[tuple[str, int], int]:
    """("own", code) and ("branch", parent) -> how many of its codings repeat a passage (the
    same document, start and end) already counted for it. Only spans coded more than once are
    compared; SQL finds them in one ordered walk of codings(document_id, start, end)."""
    sql, params = condition
    if code_ids is not None:
        sql = f"g.code_id IN ({_marks(list(code_ids))}) AND {sql}"
        params = list(code_ids) + params
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
