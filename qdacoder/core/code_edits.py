"""Reshaping the codebook: moving codes, merging one into another, deleting with a choice
for the codings. Each is one undoable step.

Merging is the basic move: deleting a code "and moving its codings to the parent" is
merging it into its parent. Merging never makes a coding count twice: a coding that the
target already has on the same passage by the same coder is dropped (its memo kept when the
target's coding has none).
"""

from __future__ import annotations

from .codes import check_name, find_child, get_code, subtree_ids
from .codings import delete_coding_row
from .errors import QT_TRANSLATE_NOOP, ValidationError
from .journal import Journal, Transaction
from .targets import delete_target_rows, move_target_rows
from .project import Project


def _children(project: Project, parent_id: int | None) -> list[int]:
    return [r["id"] for r in project.rows("SELECT id FROM codes WHERE parent_id IS ? ORDER BY position, id", [parent_id])]


def _place(tx: Transaction, code_id: int, parent_id: int | None, position: int | None) -> None:
    """Put ``code_id`` under ``parent_id`` at ``position`` among the siblings (None: last)
    and number the siblings 0, 1, 2, ... again."""
    siblings = [c for c in _children(tx.project, parent_id) if c != code_id]
    position = len(siblings) if position is None else max(0, min(position, len(siblings)))
    siblings.insert(position, code_id)
    tx.update("codes", code_id, {"parent_id": parent_id})
    for n, sibling in enumerate(siblings):
        tx.update("codes", sibling, {"position": n})  # records nothing when unchanged


def move_code(project: Project, code_id: int, parent_id: int | None, position: int | None = None) -> Journal:
    """Move a code (with its subtree) under another parent (None: to the top level), at
    ``position`` among its new siblings (None: last)."""
    code = get_code(project, code_id)
    if parent_id is not None:
        get_code(project, parent_id)
        if parent_id in subtree_ids(project, code_id):
            raise ValidationError(
                QT_TRANSLATE_NOOP("qdacoder", "“{name}” cannot be moved into itself or one of its subcodes."),
                name=code.name,
            )
    check_name(project, parent_id, code.name, exclude=code_id)
    with project.transaction("move code") as tx:
        _place(tx, code_id, parent_id, position)
    return tx.journal


def merge_codes(project: Project, source_id: int, target_id: int) -> Journal:
    """Merge code ``source_id`` into ``target_id``: its codings move to the target (without
    duplicates), its subcodes move under the target (merged into a same-named subcode there),
    and the source disappears."""
    source, _target = get_code(project, source_id), get_code(project, target_id)
    if source_id in (target_id,) or target_id in subtree_ids(project, source_id):
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "“{name}” cannot be merged into itself or one of its subcodes."),
            name=source.name,
        )
    with project.transaction("merge codes") as tx:
        _merge(tx, source_id, target_id)
        tx.result = target_id
    return tx.journal


def _merge(tx: Transaction, source_id: int, target_id: int) -> None:
    project = tx.project
    target = get_code(project, target_id)
    codings = project.rows('SELECT id, document_id, start, "end", coder_id, memo FROM codings WHERE code_id = ?', [source_id])
    if codings and not target.is_codable:
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "“{name}” is a category: it groups codes and cannot take codings."),
            name=target.name,
        )
    for coding in codings:
        twin = project.rows(
            'SELECT id, memo FROM codings WHERE code_id = ? AND document_id = ? AND start = ? AND "end" = ? AND coder_id = ?',
            [target_id, coding["document_id"], coding["start"], coding["end"], coding["coder_id"]],
        )
        if not twin:
            tx.update("codings", coding["id"], {"code_id": target_id})
            continue
        if coding["memo"] and not twin[0]["memo"]:
            tx.update("codings", twin[0]["id"], {"memo": coding["memo"]})
        delete_coding_row(tx, coding["id"], links_to=twin[0]["id"])
    for child_id in _children(project, source_id):
        child = get_code(project, child_id)
        same = find_child(project, target_id, child.name)
        if same is not None:
            _merge(tx, child_id, same.id)
        else:
            _place(tx, child_id, target_id, None)
    move_target_rows(tx, "code", source_id, target_id)
    tx.delete("codes", source_id)


def delete_code(project: Project, code_id: int, *, keep_codings: bool = False) -> Journal:
    """Delete a code. ``keep_codings`` False: its subcodes and all their codings go too.
    True: its codings and subcodes move to its parent (the code is merged into its parent)."""
    code = get_code(project, code_id)
    if keep_codings:
        if code.parent_id is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("qdacoder", "“{name}” is at the top level: there is no parent to move its codings to."),
                name=code.name,
            )
        with project.transaction("delete code") as tx:
            _merge(tx, code_id, code.parent_id)
        return tx.journal
    ids = subtree_ids(project, code_id)
    marks = ",".join("?" for _ in ids)
    with project.transaction("delete code") as tx:
        for row in project.rows(f"SELECT id FROM codings WHERE code_id IN ({marks})", ids):
            delete_coding_row(tx, row["id"])
        for child_id in reversed(ids):  # children before their parents
            delete_target_rows(tx, "code", child_id)
            tx.delete("codes", child_id)
    return tx.journal
