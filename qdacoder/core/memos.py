"""Memos: dated notes with an author, on the project (a research journal), a document, a case,
a code or a single coding. Several memos may hang on one thing; all can be searched."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from .journal import Journal
from .project import Project, new_guid, now
from .schema import MEMO_TARGETS


@dataclass(frozen=True)
class Memo:
    id: int
    guid: str
    target: str
    target_id: int | None
    title: str
    text: str
    author: str
    created_at: str
    updated_at: str


def list_memos(project: Project, target: str | None = None, target_id: int | None = None,
               search: str | None = None) -> list[Memo]:
    """Memos, newest first; only those on ``target`` (and ``target_id``) and containing
    ``search`` (in title or text, ignoring case) when given."""
    where, params = [], []
    if target is not None:
        where.append("target = ?")
        params.append(target)
        if target_id is not None:
            where.append("target_id = ?")
            params.append(target_id)
    if search:
        where.append("(instr(lower(title), lower(?)) > 0 OR instr(lower(text), lower(?)) > 0)")
        params += [search, search]
    sql = "SELECT * FROM memos" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY created_at DESC, id DESC"
    return [Memo(**r) for r in project.rows(sql, params)]


def get_memo(project: Project, memo_id: int) -> Memo:
    rows = project.rows("SELECT * FROM memos WHERE id = ?", [memo_id])
    if not rows:
        raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "This memo no longer exists."))
    return Memo(**rows[0])


def add_memo(project: Project, *, target: str, target_id: int | None, text: str, title: str = "", author: str = "") -> Journal:
    if target not in MEMO_TARGETS:
        raise ValueError(f"bad memo target {target}")  # a programming error
    if (target == "project") != (target_id is None):
        raise ValueError("a project memo has no target id; every other memo has one")
    if not text.strip() and not title.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "An empty memo is not saved."))
    stamp = now()
    with project.transaction("add memo") as tx:
        tx.result = tx.insert("memos", {"guid": new_guid(), "target": target, "target_id": target_id,
                                        "title": title.strip(), "text": text.strip(), "author": author.strip(),
                                        "created_at": stamp, "updated_at": stamp})
    return tx.journal


def update_memo(project: Project, memo_id: int, *, text: str | None = None, title: str | None = None) -> Journal:
    get_memo(project, memo_id)
    values = {k: v.strip() for k, v in (("text", text), ("title", title)) if v is not None}
    values["updated_at"] = now()
    with project.transaction("edit memo") as tx:
        tx.update("memos", memo_id, values)
    return tx.journal


def delete_memo(project: Project, memo_id: int) -> Journal:
    get_memo(project, memo_id)
    with project.transaction("delete memo") as tx:
        tx.delete("memos", memo_id)
    return tx.journal
