"""How often each code occurs: codings, documents and cases, split by valence.

Design rules:
- Every figure is an SQL aggregate; no Python loop over codings. A covering index on
  codings(code_id, document_id, valence, start, end) lets SQLite count without reading rows.
- A coding belongs to a case when its document belongs to the case as a whole, or when the
  coding overlaps a passage of the document assigned to that case.
- A parent's *subtree* figures count each coding, document and case of the parent and all its
  descendants once (distinct), so a document coded with two subcodes counts once.
- After one change only the touched codes and their ancestors are counted again, each parent
  with one query over its own subtree, so refreshing stays cheap in a large project.
"""

from __future__ import annotations

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


def _counts(project: Project, group: str, source: str, params: list, prefix: str = "",
            passages: bool = False, cases: tuple[str, list] = ("1", [])) -> dict[int, Counts]:
    """Counts per ``group`` key over the codings ``g`` selected by ``source`` (FROM ... WHERE).
    Distinct passages cost a string per coding, so they are counted only when asked for.
    ``cases``: the condition on ``r.case_id`` for the cases that may be counted (a coding in a
    document shared by two cases counts only for a case that passes the case filters)."""
    passage_sql = "count(DISTINCT g.document_id || ':' || g.start || ':' || g.\"end\")" if passages else "0"
    rows = project.rows(
        # count(*): a coding meets each group once (one code; one row per ancestor in the closure)
        f"{prefix}SELECT {group} AS k, count(*) AS codings, "
        "count(DISTINCT g.document_id) AS documents, "
        f"{passage_sql} AS passages, "
        "coalesce(sum(g.valence = 'promoting'), 0) AS promoting, "
        "coalesce(sum(g.valence = 'hindering'), 0) AS hindering "
        f"{source} GROUP BY k",
        params,
    )
    case_sql, case_params = cases
    case_source = source.replace(" WHERE ", f" {_CASE_JOIN} WHERE ", 1) + f" AND {case_sql}"
    per_case = {
        r["k"]: r["n"]
        for r in project.rows(f"{prefix}SELECT {group} AS k, count(DISTINCT r.case_id) AS n {case_source} GROUP BY k",
                              params + case_params)
    }
    return {
        r["k"]: Counts(r["codings"], r["documents"], per_case.get(r["k"], 0), r["promoting"], r["hindering"], r["passages"])
        for r in rows
    }


def code_frequencies(
    project: Project, code_ids: Iterable[int] | None = None, filters: Filters = NO_FILTERS, *,
    passages: bool = False,
) -> dict[int, CodeFrequency]:
    """Figures for every code, or for ``code_ids`` and their ancestors (whose subtree figures
    change with them), over the codings that pass ``filters``. Codes without codings are
    present with zeros. ``passages``: also count distinct passages (0 otherwise)."""
    condition, condition_params = where(filters)
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
    own = _counts(project, "g.code_id", f"FROM codings g WHERE g.code_id IN ({_marks(wanted)}) AND {condition}",
                  wanted + condition_params, passages=passages, cases=countable)
    parents = [c for c in wanted if c in children]
    if code_ids is None:
        subtree = _counts(
            project, "up.ancestor",
            f"FROM codings g JOIN up ON up.code_id = g.code_id WHERE up.ancestor IN ({_marks(parents)}) AND {condition}",
            parents + condition_params, prefix=_CLOSURE, passages=passages, cases=countable,
        )
    else:
        subtree = {}
        for parent in parents:
            below = _descendants(parent, children)
            subtree.update(_counts(project, str(int(parent)),
                                   f"FROM codings g WHERE g.code_id IN ({_marks(below)}) AND {condition}",
                                   below + condition_params, passages=passages, cases=countable))
    return {
        c: CodeFrequency(own.get(c, Counts()), subtree.get(c, Counts()) if c in children else own.get(c, Counts()))
        for c in wanted
    }


def _descendants(code_id: int, children: dict[int, list[int]]) -> list[int]:
    found, todo = [], [code_id]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, ()))
    return found
