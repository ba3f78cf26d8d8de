"""Rows that hang on another row without a foreign key: attribute values (of a case, document
or respondent) and memos (on the project, a document, case, code or coding). Whoever deletes
or merges such a row takes these along, through the journal, so undo brings them back."""

from __future__ import annotations

from .journal import Transaction


def delete_target_rows(tx: Transaction, target: str, target_id: int) -> None:
    """Delete the attribute values and memos of one case, document, respondent, code or coding."""
    project = tx.project
    for row in project.rows(
        "SELECT a.id FROM attribute_values a JOIN variables v ON v.id = a.variable_id "
        "WHERE v.target = ? AND a.target_id = ?",
        [target, target_id],
    ):
        tx.delete("attribute_values", row["id"])
    for row in project.rows("SELECT id FROM memos WHERE target = ? AND target_id = ?", [target, target_id]):
        tx.delete("memos", row["id"])


def move_target_rows(tx: Transaction, target: str, source_id: int, target_id: int) -> None:
    """Give the memos and attribute values of ``source_id`` to ``target_id`` (merging). A
    value the target already has wins; the source's is dropped."""
    project = tx.project
    for row in project.rows("SELECT id FROM memos WHERE target = ? AND target_id = ?", [target, source_id]):
        tx.update("memos", row["id"], {"target_id": target_id})
    for row in project.rows(
        "SELECT a.id, a.variable_id FROM attribute_values a JOIN variables v ON v.id = a.variable_id "
        "WHERE v.target = ? AND a.target_id = ?",
        [target, source_id],
    ):
        taken = project.scalar(
            "SELECT 1 FROM attribute_values WHERE variable_id = ? AND target_id = ?", [row["variable_id"], target_id]
        )
        if taken:
            tx.delete("attribute_values", row["id"])
        else:
            tx.update("attribute_values", row["id"], {"target_id": target_id})
