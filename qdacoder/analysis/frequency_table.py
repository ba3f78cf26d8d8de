"""The code frequency table: per code the codings, passages, documents and cases, the share
of the cases ("12 of 15 cases, 80%") and the split by valence; and which cases and documents
an analysis covers under a filter (shared by the matrix, the crosstab and co-occurrence).

Design rules:
- One source of truth: every figure comes from ``frequencies.code_frequencies``; this module
  only adds the tree order, the share of cases and its wording. The window, the exports and
  the command line all call ``frequency_table``.
- A row shows its code's *branch*: for a code with subcodes the distinct codings, passages,
  documents and cases of the code and all its descendants (``subtree``); ``own`` holds the
  code's own codings. For a code without subcodes the two are the same.
- The share of cases is of the cases *in scope*: the cases that have at least one document,
  or a passage of one, that passes the document-level filters (document, kind, document
  attributes) and that pass the case-level filters themselves (case, case attributes).
  Filters on codings (coder, valence, speaker, text) do not shrink the scope: a case whose
  interviews were coded by someone else has 0 codings of a code, it is not unknown. A case
  out of scope is "not known" (no document of the filtered kind), never 0.
- Percentages are whole numbers rounded half up, as people round; none when no case is in
  scope.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ..core.codes import walk_tree
from ..core.errors import QT_TRANSLATE_NOOP
from ..core.project import Project
from .filters import NO_FILTERS, Filters, case_condition, document_condition
from .frequencies import Counts, code_frequencies

Translate = Callable[[str], str]

SHARE = QT_TRANSLATE_NOOP("qdacoder", "{cases} of {total} cases, {percent}%")
SHARE_NO_SCOPE = QT_TRANSLATE_NOOP("qdacoder", "{cases} of {total} cases")


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class FrequencyRow:
    code_id: int
    path: str
    name: str
    depth: int
    has_subcodes: bool
    own: Counts  # the code's own codings
    subtree: Counts  # the branch: the code and its descendants, each counted once
    cases_total: int  # cases in scope
    percent: int | None  # subtree.cases of cases_total, whole percent; None without cases in scope

    def share_text(self, translate: Translate = _same) -> str:
        """"12 of 15 cases, 80%" (through ``translate``: "12 van 15 casussen, 80%")."""
        if self.percent is None:
            return translate(SHARE_NO_SCOPE).format(cases=self.subtree.cases, total=self.cases_total)
        return translate(SHARE).format(cases=self.subtree.cases, total=self.cases_total, percent=self.percent)


def percent_of(part: int, whole: int) -> int | None:
    """``part`` of ``whole`` as a whole percent, rounded half up; None when ``whole`` is 0."""
    if whole <= 0:
        return None
    return int((Decimal(part) * 100 / Decimal(whole)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def frequency_table(project: Project, filters: Filters = NO_FILTERS) -> list[FrequencyRow]:
    """One row per code in tree order (parents before children, siblings in their order)."""
    figures = code_frequencies(project, filters=filters, passages=True)
    total = len(cases_in_scope(project, filters))
    nodes = list(walk_tree(project))
    parents = {n.code.parent_id for n in nodes}
    rows = []
    for node in nodes:
        f = figures[node.code.id]
        rows.append(FrequencyRow(node.code.id, node.path, node.code.name, node.depth, node.code.id in parents,
                                 f.own, f.subtree, total, percent_of(f.subtree.cases, total)))
    return rows


def cases_by_valence(project: Project, filters: Filters = NO_FILTERS) -> dict[int, tuple[int, int]]:
    """code id -> (cases in which the branch is described as promoting, as hindering): the
    distinct cases of its promoting and of its hindering codings. The reports say "in 9 cases
    as hindering and in 5 as promoting"; a case can count in both."""
    counts: dict[str, dict] = {}
    for valence in ("promoting", "hindering"):
        if filters.valences is not None and valence not in filters.valences:
            counts[valence] = {}
            continue
        only = dataclasses.replace(filters, valences=frozenset({valence}))
        counts[valence] = {code_id: f.subtree.cases for code_id, f in code_frequencies(project, filters=only).items()}
    codes = set(counts["promoting"]) | set(counts["hindering"])
    return {c: (counts["promoting"].get(c, 0), counts["hindering"].get(c, 0)) for c in codes}


# --- scope: the cases and documents an analysis covers ---------------------------------------
def _marks(values) -> tuple[str, list[Any]]:
    values = list(values)
    return (",".join("?" for _ in values) or "NULL"), values


def _has_case_filter(filters: Filters) -> bool:
    return filters.case_ids is not None or any(c.target == "case" for c in filters.attributes)


def case_columns(project: Project, filters: Filters = NO_FILTERS) -> list[tuple[int, str, bool]]:
    """(id, name, known) of every case that passes the case-level filters, by name; ``known``
    is False for a case without any document (or passage) that passes the document-level
    filters: its figures are not known."""
    cases_sql, case_params = case_condition(filters)
    docs_sql, doc_params = document_condition(filters, "r.document_id")
    return [(r["id"], r["name"], bool(r["known"])) for r in project.rows(
        f"SELECT c.id, c.name, EXISTS (SELECT 1 FROM case_ranges r WHERE r.case_id = c.id AND {docs_sql}) AS known "
        f"FROM cases c WHERE {cases_sql} ORDER BY c.name, c.id", doc_params + case_params)]


def cases_in_scope(project: Project, filters: Filters = NO_FILTERS) -> list[int]:
    """The ids of the cases in scope (known), by name."""
    return [case_id for case_id, _name, known in case_columns(project, filters) if known]


def document_scope(filters: Filters, column: str = "d.id") -> tuple[str, list[Any]]:
    """SQL: the document id ``column`` is in scope: it passes the document-level filters and,
    when cases are filtered, belongs (wholly or with a passage) to a case that passes."""
    docs_sql, params = document_condition(filters, column)
    if _has_case_filter(filters):
        cases_sql, case_params = case_condition(filters, "r.case_id")
        docs_sql += f" AND EXISTS (SELECT 1 FROM case_ranges r WHERE r.document_id = {column} AND {cases_sql})"
        params = params + case_params
    return docs_sql, params


def documents_in_scope(project: Project, filters: Filters = NO_FILTERS) -> list[tuple[int, str]]:
    """(id, name) of the documents in scope (``document_scope``), by name."""
    docs_sql, params = document_scope(filters)
    return [(r["id"], r["name"]) for r in project.rows(
        f"SELECT d.id, d.name FROM documents d WHERE {docs_sql} ORDER BY d.name, d.id", params)]
