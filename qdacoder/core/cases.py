"""Cases: a youth or a family, to which documents (and later passages) belong."""

from __future__ import annotations

from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from .journal import Journal, Transaction
from .models import Case
from .project import Project, new_guid, now
from .targets import delete_target_rows, move_target_rows


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
    """Remove a case with its timeline, attribute values and memos. Its documents stay in the
    project (without the case); its respondents stay too, without a case."""
    get_case(project, case_id)
    with project.transaction("delete case") as tx:
        for row in project.rows("SELECT id FROM case_ranges WHERE case_id = ?", [case_id]):
            tx.delete("case_ranges", row["id"])
        for row in project.rows("SELECT id FROM events WHERE case_id = ?", [case_id]):
            for link in project.rows("SELECT id FROM event_codings WHERE event_id = ?", [row["id"]]):
                tx.delete("event_codings", link["id"])
            tx.delete("events", row["id"])
        for row in project.rows("SELECT id FROM respondents WHERE case_id = ?", [case_id]):
            tx.update("respondents", row["id"], {"case_id": None})
        delete_target_rows(tx, "case", case_id)
        tx.delete("cases", case_id)
    return tx.journal


def merge_cases(project: Project, source_id: int, target_id: int) -> Journal:
    """Merge case ``source_id`` into ``target_id``: its documents, passages, respondents,
    events and memos move over; an attribute the target already has keeps the target's value."""
    source, target = get_case(project, source_id), get_case(project, target_id)
    if source.id == target.id:
        raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "A case cannot be merged into itself."))
    with project.transaction("merge cases") as tx:
        for row in project.rows('SELECT id, document_id, start, "end" FROM case_ranges WHERE case_id = ?', [source_id]):
            twin = project.scalar(
                'SELECT 1 FROM case_ranges WHERE case_id = ? AND document_id = ? AND start IS ? AND "end" IS ?',
                [target_id, row["document_id"], row["start"], row["end"]],
            )
            if twin:
                tx.delete("case_ranges", row["id"])
            else:
                tx.update("case_ranges", row["id"], {"case_id": target_id})
        for row in project.rows("SELECT id, label FROM respondents WHERE case_id = ?", [source_id]):
            label = row["label"]
            if project.scalar("SELECT 1 FROM respondents WHERE case_id = ? AND label = ?", [target_id, label]):
                label = f"{label} ({source.name})"  # two respondents "R" stay two people
            tx.update("respondents", row["id"], {"case_id": target_id, "label": label})
        for row in project.rows("SELECT id FROM events WHERE case_id = ?", [source_id]):
            tx.update("events", row["id"], {"case_id": target_id})
        move_target_rows(tx, "case", source_id, target_id)
        tx.delete("cases", source_id)
        tx.result = target_id
    return tx.journal


def assign_passage(project: Project, case_id: int, document_id: int, start: int, end: int) -> Journal:
    """Let the passage start..end of a document belong to the case (a field note of one meeting
    often discusses several cases). ``result`` is the new range's id."""
    get_case(project, case_id)
    length = project.scalar("SELECT length FROM documents WHERE id = ?", [document_id])
    if length is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "This document no longer exists."))
    if not (0 <= start < end <= length):
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "The passage {start}–{end} is not inside the document (0–{length})."),
            start=start, end=end, length=length,
        )
    with project.transaction("assign passage to case") as tx:
        tx.result = tx.insert("case_ranges", {"case_id": case_id, "document_id": document_id, "start": start, "end": end})
    return tx.journal


def remove_case_range(project: Project, range_id: int) -> Journal:
    with project.transaction("remove passage from case") as tx:
        tx.delete("case_ranges", range_id)
    return tx.journal


def case_ranges(project: Project, document_id: int) -> list[dict]:
    """The case links of a document: id, case_id, case name, start and end (None: whole)."""
    return project.rows(
        'SELECT r.id, r.case_id, c.name AS case_name, r.start, r."end" FROM case_ranges r '
        "JOIN cases c ON c.id = r.case_id WHERE r.document_id = ? ORDER BY r.start IS NOT NULL, r.start, c.name",
        [document_id],
    )


def cases_of_passage(project: Project, document_id: int, start: int, end: int) -> list[Case]:
    """The cases a passage belongs to: those of its whole document and those whose passages
    overlap it."""
    return [
        Case(**r)
        for r in project.rows(
            "SELECT DISTINCT c.id, c.guid, c.name, c.memo FROM cases c JOIN case_ranges r ON r.case_id = c.id "
            'WHERE r.document_id = ? AND (r.start IS NULL OR (r.start < ? AND r."end" > ?)) ORDER BY c.name',
            [document_id, end, start],
        )
    ]


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
