"""Which codings an analysis looks at: one filter for retrieval, counts, matrices, crosstabs,
co-occurrence, charts and the command line, so the same filter gives the same numbers
everywhere.

Design rules:
- A filter becomes one SQL condition on the codings table, aliased ``g``; every analysis puts
  it in its WHERE clause. Nothing is filtered in Python.
- A coding belongs to a case when its document belongs to the case as a whole or when it
  overlaps a passage assigned to the case (the same rule as the code frequencies). A coding
  was said by the respondent linked to the speaker turn in which it starts.
- ``None`` means "no restriction"; an empty set means "nothing passes".
- The *reading* says whose codings count at all (see ``Reading``); it is part of every filter,
  so every count, matrix, retrieval, quote and report follows it. The default is the final
  coding, which is every coding as long as the project has no consensus coder.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from ..core.errors import QT_TRANSLATE_NOOP

# the parts of the SQL that say "this coding's cases" and "this coding's respondent"
IN_CASE = (
    "EXISTS (SELECT 1 FROM case_ranges r WHERE r.document_id = g.document_id "
    'AND (r.start IS NULL OR (r.start < g."end" AND r."end" > g.start)) AND r.case_id {test})'
)
SPEAKER = (
    "(SELECT t.respondent_id FROM speaker_turns t WHERE t.document_id = g.document_id "
    'AND t.start <= g.start AND t."end" > g.start ORDER BY t.start DESC LIMIT 1)'
)
PASSAGE = '(SELECT substr(text, g.start + 1, g."end" - g.start) FROM documents WHERE id = g.document_id)'


@dataclass(frozen=True)
class AttributeCondition:
    """An attribute of the coding's case, document or respondent (``target``) must have one of
    ``values`` (stored form, see core.attributes.parse_value), or lie between ``minimum`` and
    ``maximum`` (numbers and dates, both ends included)."""

    variable_id: int
    target: str  # "case", "document" or "respondent"
    values: frozenset[Any] | None = None
    minimum: Any = None
    maximum: Any = None


@dataclass(frozen=True)
class Reading:
    """Which codings count. ``final``: the consensus coder's codings in the documents whose
    consensus is settled (core.consensus.settle), every other coder's codings elsewhere; the
    consensus coder's codings in unsettled documents are left out, and so are the compared
    coders' codings in settled ones. ``all``: every coding of every coder. ``coders``: only the
    codings of ``coder_ids``."""

    kind: str = "final"  # "final", "all" or "coders"
    coder_ids: frozenset[int] = frozenset()


FINAL = Reading()
ALL = Reading("all")
READINGS = ("final", "all")


def coders_reading(coder_ids: Iterable[int]) -> Reading:
    return Reading("coders", frozenset(coder_ids))


# The final coding as one condition on g: every coding except those the final coding leaves
# out -- the compared coders' codings in documents whose consensus is done, and the consensus
# coder's codings in documents whose consensus is not done. The subqueries are uncorrelated,
# so SQLite gathers the codings left out once and tests each coding by one look-up (five
# times faster than testing each coding's coder and document in correlated subqueries, see
# benchmarks/bench_reading.py); a project without a consensus coder skips even that.
FINAL_SQL = (
    "(NOT EXISTS (SELECT 1 FROM coders WHERE is_consensus = 1) OR g.id NOT IN ("
    "SELECT x.id FROM consensus_settled s JOIN codings x ON x.document_id = s.document_id AND x.coder_id = s.coder_id "
    "UNION ALL SELECT x.id FROM coders k JOIN codings x ON x.coder_id = k.id WHERE k.is_consensus = 1 "
    "AND NOT EXISTS (SELECT 1 FROM consensus_settled s WHERE s.consensus_coder_id = x.coder_id "
    "AND s.document_id = x.document_id)))"
)


@dataclass(frozen=True)
class Filters:
    document_ids: frozenset[int] | None = None
    kinds: frozenset[str] | None = None  # document kinds
    case_ids: frozenset[int] | None = None
    coder_ids: frozenset[int] | None = None
    valences: frozenset[str | None] | None = None  # None inside the set: codings without valence
    roles: frozenset[str] | None = None  # respondent roles of the speaker
    text: str | None = None  # the passage contains this (any case)
    attributes: tuple[AttributeCondition, ...] = field(default_factory=tuple)
    reading: Reading = FINAL

    def is_empty(self) -> bool:
        """No filter of documents, cases, coders or passages (the reading aside: it says whose
        codings count, not which part of the material is looked at)."""
        return replace(self, reading=FINAL) == Filters()

    def every_coding(self, project) -> bool:
        """True when every coding of the project passes (no condition is needed at all)."""
        return self.is_empty() and (self.reading == ALL or (self.reading == FINAL and not has_consensus(project)))


NO_FILTERS = Filters()


def _marks(values: Iterable[Any]) -> tuple[str, list[Any]]:
    values = list(values)
    return (",".join("?" for _ in values) or "NULL"), values


def where(filters: Filters) -> tuple[str, list[Any]]:
    """The SQL condition on ``g`` (a codings row) and its parameters; "1" for no filter."""
    parts: list[str] = []
    params: list[Any] = []

    def add(sql: str, values: list[Any]) -> None:
        parts.append(sql)
        params.extend(values)

    if filters.reading.kind == "final":
        add(FINAL_SQL, [])
    elif filters.reading.kind == "coders":
        marks, values = _marks(filters.reading.coder_ids)
        add(f"g.coder_id IN ({marks})", values)
    if filters.document_ids is not None:
        marks, values = _marks(filters.document_ids)
        add(f"g.document_id IN ({marks})", values)
    if filters.kinds is not None:
        marks, values = _marks(filters.kinds)
        add(f"g.document_id IN (SELECT id FROM documents WHERE kind IN ({marks}))", values)
    if filters.case_ids is not None:
        marks, values = _marks(filters.case_ids)
        add(IN_CASE.format(test=f"IN ({marks})"), values)
    if filters.coder_ids is not None:
        marks, values = _marks(filters.coder_ids)
        add(f"g.coder_id IN ({marks})", values)
    if filters.valences is not None:
        named = [v for v in filters.valences if v is not None]
        marks, values = _marks(named)
        test = f"g.valence IN ({marks})"
        add(f"({test} OR g.valence IS NULL)" if None in filters.valences else test, values)
    if filters.roles is not None:
        marks, values = _marks(filters.roles)
        add(f"{SPEAKER} IN (SELECT id FROM respondents WHERE role IN ({marks}))", values)
    if filters.text:
        add(f"instr(lower({PASSAGE}), lower(?)) > 0", [filters.text])
    for condition in filters.attributes:
        sql, values = _attribute(condition)
        add(sql, values)
    return (" AND ".join(parts) or "1"), params


def count_codings(project, filters: Filters) -> int:
    """How many codings pass ``filters`` (the reading included): the codings a figure counts."""
    condition, params = where(filters)
    return project.scalar(f"SELECT count(*) FROM codings g WHERE {condition}", params)


def passing_ids(project, filters: Filters, document_id: int) -> set[int]:
    """The ids of ``document_id``'s codings that pass ``filters`` (the document view shows these)."""
    condition, params = where(filters)
    return {r["id"] for r in project.rows(
        f"SELECT g.id FROM codings g WHERE g.document_id = ? AND {condition}", [document_id, *params])}


def values_sql(condition: AttributeCondition) -> tuple[str, list[Any]]:
    """SELECT of the ids of the cases, documents or respondents meeting ``condition``."""
    tests, params = ["a.variable_id = ?"], [condition.variable_id]
    if condition.values is not None:
        marks, values = _marks(condition.values)
        tests.append(f"a.value IN ({marks})")
        params += values
    if condition.minimum is not None:
        tests.append("a.value >= ?")
        params.append(condition.minimum)
    if condition.maximum is not None:
        tests.append("a.value <= ?")
        params.append(condition.maximum)
    return f"SELECT a.target_id FROM attribute_values a WHERE {' AND '.join(tests)}", params


def _attribute(condition: AttributeCondition) -> tuple[str, list[Any]]:
    sql, params = values_sql(condition)
    if condition.target == "case":
        return IN_CASE.format(test=f"IN ({sql})"), params
    if condition.target == "document":
        return f"g.document_id IN ({sql})", params
    return f"{SPEAKER} IN ({sql})", params


def document_condition(filters: Filters, column: str = "d.id") -> tuple[str, list[Any]]:
    """The document-level filters as an SQL condition on a document id ``column``."""
    parts, params = [], []
    if filters.document_ids is not None:
        marks, values = _marks(filters.document_ids)
        parts.append(f"{column} IN ({marks})")
        params += values
    if filters.kinds is not None:
        marks, values = _marks(filters.kinds)
        parts.append(f"{column} IN (SELECT id FROM documents WHERE kind IN ({marks}))")
        params += values
    for condition in filters.attributes:
        if condition.target == "document":
            sql, values = values_sql(condition)
            parts.append(f"{column} IN ({sql})")
            params += values
    return " AND ".join(parts) or "1", params


def case_condition(filters: Filters, column: str = "c.id") -> tuple[str, list[Any]]:
    """The case-level filters (cases, case attributes) as an SQL condition on a case id
    ``column``: which cases a passing coding may be counted for."""
    parts, params = [], []
    if filters.case_ids is not None:
        marks, values = _marks(filters.case_ids)
        parts.append(f"{column} IN ({marks})")
        params += values
    for condition in filters.attributes:
        if condition.target == "case":
            sql, values = values_sql(condition)
            parts.append(f"{column} IN ({sql})")
            params += values
    return " AND ".join(parts) or "1", params


LABELS = {
    "documents": QT_TRANSLATE_NOOP("qdacoder", "documents"),
    "kinds": QT_TRANSLATE_NOOP("qdacoder", "document kinds"),
    "cases": QT_TRANSLATE_NOOP("qdacoder", "cases"),
    "coders": QT_TRANSLATE_NOOP("qdacoder", "coders"),
    "valences": QT_TRANSLATE_NOOP("qdacoder", "valence"),
    "roles": QT_TRANSLATE_NOOP("qdacoder", "speaker roles"),
    "text": QT_TRANSLATE_NOOP("qdacoder", "passage contains"),
    "none": QT_TRANSLATE_NOOP("qdacoder", "No filters: all codings."),
    "no filters": QT_TRANSLATE_NOOP("qdacoder", "No filters"),
    "final": QT_TRANSLATE_NOOP("qdacoder", "final coding (the consensus where done, each coder's own elsewhere)"),
    "all": QT_TRANSLATE_NOOP("qdacoder", "all codings of every coder"),
    "coders reading": QT_TRANSLATE_NOOP("qdacoder", "codings of {names}"),
    "reading": QT_TRANSLATE_NOOP("qdacoder", "reading"),
    "no valence": QT_TRANSLATE_NOOP("qdacoder", "no valence"),
    # the words the files use elsewhere for valences and kinds, so a Dutch filter line is Dutch
    "promoting": QT_TRANSLATE_NOOP("qdacoder", "promoting"),
    "hindering": QT_TRANSLATE_NOOP("qdacoder", "hindering"),
    "transcript": QT_TRANSLATE_NOOP("qdacoder", "transcript"),
    "fieldnote": QT_TRANSLATE_NOOP("qdacoder", "field note"),
    "dossier": QT_TRANSLATE_NOOP("qdacoder", "dossier"),
    "report": QT_TRANSLATE_NOOP("qdacoder", "report"),
    "other": QT_TRANSLATE_NOOP("qdacoder", "other"),
}


def has_consensus(project) -> bool:
    """True once the project has a consensus coder: from then on the reading matters."""
    return bool(project.scalar("SELECT EXISTS (SELECT 1 FROM coders WHERE is_consensus = 1)"))


def describe_reading(project, reading: Reading, translate=lambda text: text) -> str:
    """The reading in words: "final coding (...)", "all codings of every coder", "codings of A, B"."""
    if reading.kind == "coders":
        marks, values = _marks(reading.coder_ids)
        names = ", ".join(r["name"] for r in project.rows(
            f"SELECT name FROM coders WHERE id IN ({marks}) ORDER BY name", values))
        return translate(LABELS["coders reading"]).format(names=names)
    if reading.kind == "final" and has_consensus(project):
        return translate(LABELS["final"])
    return translate(LABELS["all"])


def describe(project, filters: Filters, translate=lambda text: text) -> str:
    """The filters in words, for the line written above every exported table. It names the
    reading whenever it matters: once there is a consensus coder, or when it is not the
    default."""
    stated = filters.reading != FINAL or has_consensus(project)
    reading = f"{translate(LABELS['reading'])}: {describe_reading(project, filters.reading, translate)}"
    if filters.is_empty():
        return f"{translate(LABELS['no filters'])}; {reading}" if stated else translate(LABELS["none"])

    def names(table: str, ids) -> str:
        marks, values = _marks(ids)
        return ", ".join(r["name"] for r in project.rows(f"SELECT name FROM {table} WHERE id IN ({marks}) ORDER BY name", values))

    parts = [reading] if stated else []
    if filters.document_ids is not None:
        parts.append(f"{translate(LABELS['documents'])}: {names('documents', filters.document_ids)}")
    if filters.kinds is not None:
        kinds = (translate(LABELS[k]) if k in LABELS else k for k in sorted(filters.kinds))
        parts.append(f"{translate(LABELS['kinds'])}: {', '.join(kinds)}")
    if filters.case_ids is not None:
        parts.append(f"{translate(LABELS['cases'])}: {names('cases', filters.case_ids)}")
    if filters.coder_ids is not None:
        parts.append(f"{translate(LABELS['coders'])}: {names('coders', filters.coder_ids)}")
    if filters.valences is not None:
        shown = sorted(translate(LABELS[v]) if v in LABELS else v if v is not None else translate(LABELS["no valence"])
                       for v in filters.valences)
        parts.append(f"{translate(LABELS['valences'])}: {', '.join(shown)}")
    if filters.roles is not None:
        parts.append(f"{translate(LABELS['roles'])}: {', '.join(sorted(filters.roles))}")
    if filters.text:
        parts.append(f"{translate(LABELS['text'])}: “{filters.text}”")
    for condition in filters.attributes:
        name = project.scalar("SELECT name FROM variables WHERE id = ?", [condition.variable_id])
        if condition.values is not None:
            parts.append(f"{name} = {', '.join(str(v) for v in sorted(condition.values, key=str))}")
        else:
            low = "" if condition.minimum is None else str(condition.minimum)
            high = "" if condition.maximum is None else str(condition.maximum)
            parts.append(f"{name}: {low}–{high}")
    return "; ".join(parts)
