"""Codings: a code applied by a coder to a passage (start..end) of a document."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .codebook import HINDERING, PROMOTING
from .codes import check_valence, code_paths, ensure_path, get_code, insert_code
from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from .journal import Journal, Transaction
from .targets import delete_target_rows, move_target_rows
from .models import Coding
from .project import Project, new_guid, now

_COLUMNS = 'id, guid, document_id, code_id, start, "end", coder_id, memo, created_at, valence'
MAX_IN_VIVO_NAME = 80


def get_coding(project: Project, coding_id: int) -> Coding:
    rows = project.rows(f"SELECT {_COLUMNS} FROM codings WHERE id = ?", [coding_id])
    if not rows:
        raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "This coding no longer exists."))
    return Coding(**rows[0])


def document_codings(project: Project, document_id: int) -> list[Coding]:
    """All codings of a document, ordered by position (uses the (document_id, start) index)."""
    return [
        Coding(**r)
        for r in project.rows(
            f"SELECT {_COLUMNS} FROM codings WHERE document_id = ? ORDER BY start, \"end\" DESC, id",
            [document_id],
        )
    ]


def code_codings(project: Project, code_id: int) -> list[Coding]:
    return [
        Coding(**r)
        for r in project.rows(
            f"SELECT {_COLUMNS} FROM codings WHERE code_id = ? ORDER BY document_id, start", [code_id]
        )
    ]


def _check_range(project: Project, document_id: int, start: int, end: int) -> None:
    length = project.scalar("SELECT length FROM documents WHERE id = ?", [document_id])
    if length is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "This document no longer exists."))
    if not (0 <= start < end <= length):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "qdacoder",
                "The passage {start}–{end} is not inside the document (0–{length}).",
            ),
            start=start,
            end=end,
            length=length,
        )


_DEFAULT = object()  # "the code's default valence"


def insert_coding(
    tx: Transaction,
    *,
    document_id: int,
    code_id: int,
    start: int,
    end: int,
    coder_id: int,
    memo: str = "",
    valence: str | None | object = _DEFAULT,
) -> int:
    """Add a coding inside a running operation; returns its id. Without ``valence`` the
    coding takes the code's default valence. The same code on the same passage by the same
    coder is refused: it would count twice. Categories are not applied."""
    project = tx.project
    _check_range(project, document_id, start, end)
    code = get_code(project, code_id)
    if not code.is_codable:
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "“{name}” is a category: it groups codes and is not applied itself."),
            name=code.name,
        )
    duplicate = project.scalar(
        'SELECT 1 FROM codings WHERE document_id = ? AND code_id = ? AND coder_id = ? '
        'AND start = ? AND "end" = ?',
        [document_id, code_id, coder_id, start, end],
    )
    if duplicate:
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "This passage already has this code.")
        )
    return tx.insert(
        "codings",
        {
            "guid": new_guid(),
            "document_id": document_id,
            "code_id": code_id,
            "start": start,
            "end": end,
            "coder_id": coder_id,
            "memo": memo,
            "created_at": now(),
            "valence": code.default_valence if valence is _DEFAULT else check_valence(valence),
        },
    )


def add_coding(
    project: Project,
    *,
    document_id: int,
    code_id: int,
    start: int,
    end: int,
    coder_id: int,
    memo: str = "",
    valence: str | None | object = _DEFAULT,
) -> Journal:
    with project.transaction("add coding") as tx:
        tx.result = insert_coding(
            tx, document_id=document_id, code_id=code_id, start=start, end=end, coder_id=coder_id,
            memo=memo, valence=valence,
        )
    return tx.journal


def add_coding_by_path(
    project: Project,
    *,
    document_id: int,
    path: str,
    start: int,
    end: int,
    coder_id: int,
    valence: str | None | object = _DEFAULT,
) -> Journal:
    """Code a passage with the code at ``path``; missing codes are created, marked as added
    while coding and put in their parent's colour family (with its default valence, which the
    coding then takes)."""
    with project.transaction("add coding") as tx:
        code_id = ensure_path(tx, path, created_by=coder_id, added_while_coding=True, family=True)
        tx.result = insert_coding(
            tx, document_id=document_id, code_id=code_id, start=start, end=end, coder_id=coder_id,
            valence=valence,
        )
    return tx.journal


def in_vivo_name(passage: str) -> str:
    """A code name made of the passage's own words: whitespace collapsed, no "/", shortened."""
    name = " ".join(passage.replace("/", " ").split()).strip(" \"'“”‘’.,;:!?")
    if len(name) > MAX_IN_VIVO_NAME:
        name = name[: MAX_IN_VIVO_NAME - 1].rsplit(" ", 1)[0] + "…"
    return name


def add_in_vivo_coding(
    project: Project,
    *,
    document_id: int,
    start: int,
    end: int,
    coder_id: int,
    parent_id: int | None = None,
) -> Journal:
    """Create a code named after the passage and code the passage with it, as one step.
    ``result`` is (code id, coding id)."""
    _check_range(project, document_id, start, end)
    text = project.scalar("SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
                          [start + 1, end - start, document_id])
    name = in_vivo_name(text or "")
    with project.transaction("in-vivo coding") as tx:
        code_id = insert_code(tx, name, parent_id=parent_id, created_by=coder_id, added_while_coding=True)
        coding_id = insert_coding(
            tx, document_id=document_id, code_id=code_id, start=start, end=end, coder_id=coder_id
        )
        tx.result = (code_id, coding_id)
    return tx.journal


def delete_coding_row(tx: Transaction, coding_id: int, *, links_to: int | None = None) -> None:
    """Delete a coding inside a running operation, with its links to timeline events (moved
    to the coding ``links_to`` when given, e.g. the twin that a merge keeps)."""
    for link in tx.project.rows("SELECT id, event_id FROM event_codings WHERE coding_id = ?", [coding_id]):
        tx.delete("event_codings", link["id"])
        if links_to is not None and not tx.project.scalar(
            "SELECT 1 FROM event_codings WHERE event_id = ? AND coding_id = ?", [link["event_id"], links_to]
        ):
            tx.insert("event_codings", {"event_id": link["event_id"], "coding_id": links_to})
    if links_to is not None:
        move_target_rows(tx, "coding", coding_id, links_to)
    else:
        delete_target_rows(tx, "coding", coding_id)
    tx.delete("codings", coding_id)


def remove_coding(project: Project, coding_id: int) -> Journal:
    get_coding(project, coding_id)
    with project.transaction("remove coding") as tx:
        delete_coding_row(tx, coding_id)
    return tx.journal


def change_coding_code(project: Project, coding_id: int, code_id: int) -> Journal:
    coding = get_coding(project, coding_id)
    get_code(project, code_id)
    duplicate = project.scalar(
        'SELECT 1 FROM codings WHERE document_id = ? AND code_id = ? AND coder_id = ? '
        'AND start = ? AND "end" = ? AND id != ?',
        [coding.document_id, code_id, coding.coder_id, coding.start, coding.end, coding_id],
    )
    if duplicate:
        raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "This passage already has this code."))
    with project.transaction("change code") as tx:
        tx.update("codings", coding_id, {"code_id": code_id})
    return tx.journal


def set_coding_valence(project: Project, coding_id: int, valence: str | None) -> Journal:
    """Mark a coding as promoting, hindering or (None) neither."""
    get_coding(project, coding_id)
    with project.transaction("coding valence") as tx:
        tx.update("codings", coding_id, {"valence": check_valence(valence)})
    return tx.journal


def next_valence(valence: str | None) -> str | None:
    """The valence after ``valence`` when the user flips it: none, promoting, hindering, none."""
    order = [None, PROMOTING, HINDERING]
    return order[(order.index(valence) + 1) % len(order)]


def set_coding_memo(project: Project, coding_id: int, memo: str) -> Journal:
    get_coding(project, coding_id)
    with project.transaction("coding memo") as tx:
        tx.update("codings", coding_id, {"memo": memo.strip()})
    return tx.journal


@dataclass(frozen=True)
class CodingDetail:
    """A coding with what a reader needs to see of it: code path, colour, coder."""

    id: int
    start: int
    end: int
    code_id: int
    code_name: str
    code_path: str
    color: str
    coder: str
    memo: str
    valence: str | None = None
    coder_id: int = 0
    confidential: bool = False
    starred: bool = False


def coding_details(
    project: Project, document_id: int, coding_ids: Iterable[int] | None = None
) -> list[CodingDetail]:
    """The codings of one document (or only those of ``coding_ids`` that are in it) with their
    code and coder, in text order. Asking for a few ids is what keeps refreshing the view
    after one coding cheap in a document with thousands."""
    sql = (
        'SELECT g.id, g.start, g."end", g.code_id, c.name AS code_name, c.color, d.name AS coder, g.memo, '
        "g.valence, g.coder_id, g.confidential, g.starred "
        "FROM codings g JOIN codes c ON c.id = g.code_id JOIN coders d ON d.id = g.coder_id "
        "WHERE g.document_id = ?"
    )
    params: list = [document_id]
    if coding_ids is not None:
        wanted = list(coding_ids)
        sql += f" AND g.id IN ({','.join('?' for _ in wanted)})"
        params += wanted
    rows = project.rows(sql + ' ORDER BY g.start, g."end" DESC, g.id', params)
    paths = code_paths(project, {r["code_id"] for r in rows})
    return [CodingDetail(code_path=paths[r["code_id"]],
                         **{**r, "confidential": bool(r["confidential"]), "starred": bool(r["starred"])})
            for r in rows]


def trim_passage(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The passage without surrounding whitespace; None when nothing but whitespace is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def recent_code_ids(project: Project, coder_id: int, limit: int = 9) -> list[int]:
    """The codes this coder applied most recently, newest first. Walks the coder's codings
    newest first (the coder index keeps them in id order) instead of grouping all of them."""
    found: list[int] = []
    cursor = project.db.execute(
        "SELECT code_id FROM codings WHERE coder_id = ? ORDER BY id DESC", [coder_id]
    )
    for (code_id,) in cursor:
        if code_id not in found:
            found.append(code_id)
            if len(found) == limit:
                break
    cursor.close()
    return found
