"""Assignments: which coder codes which documents.

Teams of two or three coders double-code a sample of the documents and split the rest. The
agreement analysis needs to know which documents each coder was given: a document not
assigned to a coder is *missing* for that coder, not "found nothing" (analysis.agreement).

Design rules:
- One row per (coder, document), unique; no GUID: an assignment is a link between two rows
  that have one, and merging a coder copy matches it through them (coder by name, document
  by GUID).
- Assigning and unassigning are undoable operations like every other change; assigning what
  is already assigned (or removing what is not) changes nothing and is no error, so a command
  can be repeated safely.
- A case stands for its documents: the documents linked to it as a whole or by a passage.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .errors import QT_TRANSLATE_NOOP, NotFoundError
from .journal import Journal, Transaction
from .project import Project, now


@dataclass(frozen=True)
class Assignment:
    coder_id: int
    coder: str
    document_id: int
    document: str


def list_assignments(project: Project) -> list[Assignment]:
    """Every assignment, by coder name then document name."""
    return [Assignment(**r) for r in project.rows(
        "SELECT a.coder_id, c.name AS coder, a.document_id, d.name AS document FROM assignments a "
        "JOIN coders c ON c.id = a.coder_id JOIN documents d ON d.id = a.document_id "
        "ORDER BY c.name, d.name")]


def assigned_documents(project: Project, coder_ids: Iterable[int]) -> dict[int, set[int]]:
    """coder id -> the ids of the documents assigned to that coder (an empty set: none)."""
    coders = list(dict.fromkeys(coder_ids))
    result: dict[int, set[int]] = {c: set() for c in coders}
    if coders:
        marks = ",".join("?" for _ in coders)
        for coder_id, document_id in project.db.execute(
                f"SELECT coder_id, document_id FROM assignments WHERE coder_id IN ({marks})", coders):
            result[coder_id].add(document_id)
    return result


def documents_of_cases(project: Project, case_ids: Iterable[int]) -> list[int]:
    """The documents that belong to any of the cases, as a whole or by a passage, by id."""
    cases = list(dict.fromkeys(case_ids))
    if not cases:
        return []
    marks = ",".join("?" for _ in cases)
    return [r[0] for r in project.db.execute(
        f"SELECT DISTINCT document_id FROM case_ranges WHERE case_id IN ({marks}) ORDER BY document_id", cases)]


def _check(project: Project, coder_id: int, document_ids: list[int]) -> None:
    if not project.scalar("SELECT 1 FROM coders WHERE id = ?", [coder_id]):
        raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "This coder no longer exists."))
    marks = ",".join("?" for _ in document_ids)
    found = project.scalar(f"SELECT count(*) FROM documents WHERE id IN ({marks})", document_ids) if document_ids else 0
    if found != len(document_ids):
        raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "This document no longer exists."))


def insert_assignments(tx: Transaction, coder_id: int, document_ids: Iterable[int]) -> int:
    """Assign the documents to the coder inside a running operation; the number newly assigned."""
    have = assigned_documents(tx.project, [coder_id])[coder_id]
    new = [d for d in dict.fromkeys(document_ids) if d not in have]
    tx.insert_many("assignments", [{"coder_id": coder_id, "document_id": d, "created_at": now()} for d in new])
    return len(new)


def assign_documents(project: Project, coder_id: int, document_ids: Iterable[int]) -> Journal:
    """Assign the documents to the coder; ``result`` is the number newly assigned."""
    documents = list(dict.fromkeys(document_ids))
    _check(project, coder_id, documents)
    with project.transaction("assign documents") as tx:
        tx.result = insert_assignments(tx, coder_id, documents)
    return tx.journal


def unassign_documents(project: Project, coder_id: int, document_ids: Iterable[int]) -> Journal:
    """Take the documents away from the coder; ``result`` is the number that were assigned.
    The coder's codings in them stay."""
    documents = list(dict.fromkeys(document_ids))
    _check(project, coder_id, documents)
    with project.transaction("remove assignments") as tx:
        removed = 0
        for document_id in documents:
            row = project.scalar("SELECT id FROM assignments WHERE coder_id = ? AND document_id = ?",
                                 [coder_id, document_id])
            if row is not None:
                tx.delete("assignments", row)
                removed += 1
        tx.result = removed
    return tx.journal


def delete_document_assignments(tx: Transaction, document_id: int) -> None:
    """Remove a document's assignments inside the operation that deletes the document."""
    for row in tx.project.rows("SELECT id FROM assignments WHERE document_id = ?", [document_id]):
        tx.delete("assignments", row["id"])
