"""Cases: a youth or a family, to which documents (and later passages) belong."""

from __future__ import annotations

from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from .journal import Journal, Transaction
from .models import Case
from .project import Project, new_guid, now


def list_cases(project: Project) -> list[Case]:
    return [Case(**r) for r in project.rows("SELECT id, guid, name, memo FROM cases ORDER BY name")]


def get_case(project: Project, case_id: int) -> Case:
    rows = project.rows("SELECT id, guid, name, memo FROM cases WHERE id = ?", [case_id])
    if not rows:
        raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "This case no longer exists."))
    return Case(**rows[0])


def find_case(project: Project, name: str) -> Case | None:
    rows = project.rows("SELECT id, guid, name, memo FROM cases WHERE name = ?", [name.strip()])
    return Case(**rows[0]) if rows else None


def insert_case(tx: Transaction, name: str, memo: str = "") -> int:
    """Add a case inside an operation that is already running."""
    name = name.strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "A case needs a name."))
    if find_case(tx.project, name):
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "There is already a case named “{name}”."), name=name
        )
    return tx.insert("cases", {"guid": new_guid(), "name": name, "memo": memo, "created_at": now()})


def add_case(project: Project, name: str, memo: str = "") -> Journal:
    with project.transaction("add case") as tx:
        tx.result = insert_case(tx, name, memo)
    return tx.journal


def rename_case(project: Project, case_id: int, name: str) -> Journal:
    case = get_case(project, case_id)
    name = name.strip()
    other = find_case(project, name)
    if not name or (other and other.id != case.id):
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "There is already a case named “{name}”."), name=name
        )
    with project.transaction("rename case") as tx:
        tx.update("cases", case_id, {"name": name})
    return tx.journal


def delete_case(project: Project, case_id: int) -> Journal:
    """Remove a case; its documents stay in the project without it."""
    get_case(project, case_id)
    with project.transaction("delete case") as tx:
        for row in project.rows("SELECT id FROM case_ranges WHERE case_id = ?", [case_id]):
            tx.delete("case_ranges", row["id"])
        tx.delete("cases", case_id)
    return tx.journal


def link_document(tx: Transaction, case_id: int, document_id: int) -> None:
    """Make the whole document belong to the case (inside a running operation)."""
    exists = tx.project.scalar(
        "SELECT 1 FROM case_ranges WHERE case_id = ? AND document_id = ? AND start IS NULL",
        [case_id, document_id],
    )
    if not exists:
        tx.insert("case_ranges", {"case_id": case_id, "document_id": document_id})


def set_document_case(project: Project, document_id: int, case_name: str | None) -> Journal:
    """Let the whole document belong to the case named ``case_name`` only, creating the case
    when it is new (None or empty: to no case)."""
    case_name = (case_name or "").strip() or None
    with project.transaction("set document case") as tx:
        case_id = None
        if case_name is not None:
            case = find_case(project, case_name)
            case_id = case.id if case else insert_case(tx, case_name)
        for row in project.rows(
            "SELECT id, case_id FROM case_ranges WHERE document_id = ? AND start IS NULL", [document_id]
        ):
            if row["case_id"] != case_id:
                tx.delete("case_ranges", row["id"])
        if case_id is not None:
            link_document(tx, case_id, document_id)
    return tx.journal


def document_cases(project: Project, document_id: int) -> list[Case]:
    return [
        Case(**r)
        for r in project.rows(
            "SELECT DISTINCT c.id, c.guid, c.name, c.memo FROM cases c "
            "JOIN case_ranges r ON r.case_id = c.id WHERE r.document_id = ? ORDER BY c.name",
            [document_id],
        )
    ]
