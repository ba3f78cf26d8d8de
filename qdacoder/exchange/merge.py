"""Working apart, then merging: coder copies of a project and merging them back.

Design rules (why):
- A coder copy is the project file itself, copied with SQLite's online backup, so it keeps
  every GUID: documents, codes, cases and codings are matched on them when merging back.
  Without codings, the copy loses only the codings (with their event links and memos).
- A merge is one operation, so one undo step removes it. It only adds: documents and codes
  the project lacks, and the other coders' codings. It never changes or deletes what the
  project has; what it cannot bring in without doing so is reported as a conflict.
- Matching: documents by GUID, else by identical text (sha256); codes by GUID, else by name
  under the matched parent (so by path); coders and cases by name (cases also by GUID).
- A coder copy never carries the text of confidential codings (``core.confidential``): it is
  masked in the copy, which is then rebuilt (search index, free pages) so no trace of it is
  left in the file. A masked copy still matches its original by GUID, and the original text
  is kept.
- Idempotent: a coding whose GUID the project has, or the same code on the same passage by
  the same coder, is "already there". Merging the same copy twice adds nothing.
- Conflicts are plain English sentences with the names involved; nothing is overwritten.
- A document whose text was edited here after the copy was made (``core.text_edits``) is
  matched through the project's edit log: the copy's codings move through the edits made
  since, by the same rule as the project's own codings, and those whose whole text was deleted
  are left out and counted. A copy whose text cannot be led to the project's (edited in the
  copy itself) has its codings of that document refused, never put on other words.
- A pseudonymised copy (``exchange.pseudonymised``) has other texts by design: refused whole.
- A coder copy can hold chosen documents only (a coder's share of the material): the other
  documents leave the copy with all that hangs on them, and the documents are assigned to the
  coder both in the copy and in the project (``save_assigned_copy``, one undo step in the
  project). Merging brings a copy's assignments back as well (coder by name, document by the
  same matching as its codings), so agreement reads the coder's other documents as missing.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qdacoder.core import cases as cases_mod
from qdacoder.core.assignments import assign_documents, insert_assignments
from qdacoder.core.codes import insert_code
from qdacoder.core.codings import delete_coding_row
from qdacoder.core.coders import ensure_coder
from qdacoder.core.confidential import MASK, is_masked_version, masked_texts
from qdacoder.core.documents import delete_document_rows, sha256_of, unique_name
from qdacoder.core.errors import QT_TRANSLATE_NOOP, NotFoundError, ProjectFileError, ValidationError
from qdacoder.core.journal import Journal, Transaction
from qdacoder.core.project import Project, new_guid, now, remove_project_file
from qdacoder.core.text_edits import moved_through, shift_since
from qdacoder.exchange.validate import MAX_CODE_DEPTH

LABEL = "merge coder copy"
PSEUDONYMISED_COPY = QT_TRANSLATE_NOOP(
    "qdacoder", "{file} is a pseudonymised copy: its texts were changed to share it, so it cannot be merged back.")
DAMAGED_COPY = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: the coder copy is damaged and was not merged ({reason}); nothing was changed.")


@dataclass
class MergeReport:
    """What one merge brought in. ``coders``: name -> {"added": n, "already_there": n}."""

    file: str
    documents_added: list[str] = field(default_factory=list)
    codes_added: list[str] = field(default_factory=list)  # paths
    codings_added: int = 0
    codings_already_there: int = 0
    codings_skipped: int = 0  # on a document whose text differs, or on a category
    conflicts: list[str] = field(default_factory=list)
    coders: dict[str, dict[str, int]] = field(default_factory=dict)
    assignments_added: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file, "documents_added": list(self.documents_added),
            "codes_added": list(self.codes_added), "codings_added": self.codings_added,
            "codings_already_there": self.codings_already_there, "codings_skipped": self.codings_skipped,
            "conflicts": list(self.conflicts), "coders": {k: dict(v) for k, v in self.coders.items()},
            "assignments_added": self.assignments_added,
        }

    def summary(self) -> str:
        """The report in a few plain lines (command line, message box)."""
        lines = [
            f"Merged {self.file}:",
            f"  documents added: {len(self.documents_added)}"
            + (f" ({', '.join(self.documents_added)})" if self.documents_added else ""),
            f"  codes added: {len(self.codes_added)}"
            + (f" ({', '.join(self.codes_added)})" if self.codes_added else ""),
            f"  codings added: {self.codings_added}, already there: {self.codings_already_there}"
            + (f", not merged: {self.codings_skipped}" if self.codings_skipped else ""),
        ]
        for name, counts in sorted(self.coders.items()):
            lines.append(f"    {name}: {counts['added']} added, {counts['already_there']} already there")
        if self.assignments_added:
            lines.append(f"  documents assigned to coders: {self.assignments_added}")
        if self.conflicts:
            lines.append(f"  conflicts: {len(self.conflicts)}")
            lines += [f"    - {c}" for c in self.conflicts]
        else:
            lines.append("  conflicts: none")
        return "\n".join(lines)


# -- coder copies ----------------------------------------------------------------------------
def save_coder_copy(project: Project, target_path: str | Path, *, keep_codings: bool = True,
                    document_ids=None) -> Path:
    """Write a copy of ``project`` to ``target_path`` for another coder: same documents,
    codebook and GUIDs; without any codings when ``keep_codings`` is False; only the documents
    ``document_ids`` when given."""
    target = Path(target_path)
    if target.exists():
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("qdacoder", "{file}: a file with this name already exists."), file=target.name
        )
    if not target.parent.is_dir():
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("qdacoder", "{file}: the folder {folder} does not exist."),
            file=target.name, folder=str(target.parent),
        )
    try:
        project.backup_to(target)
        with Project.open(target) as copy:
            if document_ids is not None:
                _keep_only(copy, set(document_ids))
            mask_confidential(copy)
            if not keep_codings:
                with copy.transaction("remove codings") as tx:
                    for row in copy.rows("SELECT id FROM codings"):
                        delete_coding_row(tx, row["id"])
    except Exception as error:
        remove_project_file(target)
        if isinstance(error, ProjectFileError):
            raise
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("qdacoder", "{file}: the copy could not be saved ({reason})."),
            file=target.name, reason=str(error),
        ) from error
    return target


def save_assigned_copy(project: Project, target_path: str | Path, coder_id: int, document_ids,
                       *, keep_codings: bool = True) -> Journal:
    """A coder copy holding only ``document_ids``, which are assigned to the coder in the copy
    and, as one undoable step whose journal is returned, in ``project``. ``result``: the path
    of the copy. Nothing changes in ``project`` when the copy cannot be written."""
    documents = list(dict.fromkeys(document_ids))
    if not documents:
        raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "Choose the documents for the coder copy."))
    coder = project.rows("SELECT name FROM coders WHERE id = ?", [coder_id])
    if not coder:
        raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "This coder no longer exists."))
    target = save_coder_copy(project, target_path, keep_codings=keep_codings, document_ids=documents)
    try:
        with Project.open(target) as copy:
            with copy.transaction("assign documents") as tx:
                insert_assignments(tx, ensure_coder(copy, coder[0]["name"]).id, documents)
        journal = assign_documents(project, coder_id, documents)
    except Exception:
        remove_project_file(target)
        raise
    journal.result = target
    return journal


def _keep_only(copy: Project, document_ids: set[int]) -> None:
    """Take every document but ``document_ids`` out of the copy, with all that hangs on it."""
    others = [r["id"] for r in copy.rows("SELECT id FROM documents ORDER BY id") if r["id"] not in document_ids]
    if len(others) + len(document_ids) != copy.scalar("SELECT count(*) FROM documents"):
        raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "This document no longer exists."))
    with copy.transaction("keep the chosen documents") as tx:
        for document_id in others:
            delete_document_rows(tx, document_id)


def mask_confidential(copy: Project) -> None:
    masked = masked_texts(copy)
    if not masked:
        return
    with copy.transaction("mask confidential text") as tx:
        for document_id, text in masked.items():
            tx.update("documents", document_id, {"text": text, "sha256": sha256_of(text)})
        # a memo on a confidential coding may quote the withheld statement: it stays home too
        for row in copy.rows("SELECT id FROM codings WHERE confidential = 1 AND memo != ''"):
            tx.update("codings", row["id"], {"memo": ""})
        for row in copy.rows("SELECT m.id FROM memos m JOIN codings g ON g.id = m.target_id "
                             "WHERE m.target = 'coding' AND g.confidential = 1"):
            tx.delete("memos", row["id"])
    # The search index keeps the words of a replaced text until it is rebuilt, and freed pages
    # keep them until the file is rewritten (SQLite overwrites freed pages only in some builds).
    copy.db.execute("INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')")
    copy.db.execute("VACUUM")


# -- merging ---------------------------------------------------------------------------------
def merge_project(project: Project, other_path: str | Path) -> Journal:
    """Bring the documents, codes and codings of the project at ``other_path`` into
    ``project`` as one undoable step; ``result`` is a ``MergeReport``."""
    other_path = Path(other_path)
    if _same_file(project.path, other_path):
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("qdacoder", "{file} is this project itself; choose a coder copy to merge."),
            file=other_path.name,
        )
    # read-only: the copy stays byte for byte as it was, and a copy on a read-only medium merges
    try:
        with Project.open(other_path, read_only=True) as other:
            # text that is not UTF-8 then raises UnicodeDecodeError, not sqlite3's error, which
            # would read as the project's own failure to save
            other.conn.text_factory = _strict_text
            if other.setting("pseudonymised_copy"):
                raise ValidationError(PSEUDONYMISED_COPY, file=other_path.name)
            return _merge(project, other, other_path)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        # a damaged copy (text that is not UTF-8, a missing column): nothing was merged
        raise ProjectFileError(DAMAGED_COPY, file=other_path.name, reason=str(error)) from None


def _merge(project: Project, other: Project, other_path: Path) -> Journal:
    coder_names = {r["id"]: r["name"] for r in other.rows("SELECT id, name FROM coders")}
    report = MergeReport(other_path.name)
    with project.transaction(LABEL) as tx:
        # inside the step's transaction, so a failed merge adds no coder; still no undo
        # record, as a coder row is bookkeeping (see ensure_coder)
        coder_ids = {oid: ensure_coder(project, name).id for oid, name in coder_names.items()}
        merger = _Merger(tx, other, report, coder_ids, coder_names)
        documents = merger.documents()
        codes = merger.codes()
        merger.codings(documents, codes)
        merger.assignments(documents)
        tx.result = report
    return tx.journal


def _strict_text(data: bytes) -> str:
    return data.decode("utf-8")


def _within(start: Any, end: Any, length: int) -> bool:
    return (isinstance(start, int) and isinstance(end, int) and not isinstance(start, bool)
            and 0 <= start < end <= length)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


class _Merger:
    def __init__(self, tx: Transaction, other: Project, report: MergeReport,
                 coder_ids: dict[int, int], coder_names: dict[int, str]) -> None:
        self.tx, self.project, self.other, self.report = tx, tx.project, other, report
        self.coder_ids, self.coder_names = coder_ids, coder_names
        self.categories: set[int] = set()  # matched codes that cannot take codings here
        # documents edited here since the copy was made: other id -> (the edits since, its length there)
        self.edited: dict[int, tuple[list, int]] = {}

    # documents: other id -> project id (None: text differs, its codings are skipped)
    def documents(self) -> dict[int, int | None]:
        mapping: dict[int, int | None] = {}
        for doc in self.other.rows("SELECT * FROM documents ORDER BY id"):
            doc["sha256"] = sha256_of(doc["text"])  # recomputed: a copy's checksums are not trusted
            mine = self.project.rows("SELECT id, name, sha256 FROM documents WHERE guid = ?", [doc["guid"]])
            if mine:
                shifts = None if mine[0]["sha256"] == doc["sha256"] else shift_since(
                    self.project, mine[0]["id"], doc["sha256"])
                if shifts:
                    self.edited[doc["id"]] = (shifts, len(doc["text"]))
                    mapping[doc["id"]] = mine[0]["id"]
                elif mine[0]["sha256"] != doc["sha256"] and not self._masked_copy_of(mine[0]["id"], doc["text"]):
                    self.report.conflicts.append(
                        f"The text of the document “{mine[0]['name']}” differs in {self.report.file}; "
                        f"its codings there were not merged.")
                    mapping[doc["id"]] = None
                else:
                    mapping[doc["id"]] = mine[0]["id"]
                continue
            same_text = self.project.scalar("SELECT id FROM documents WHERE sha256 = ?", [doc["sha256"]])
            mapping[doc["id"]] = same_text if same_text is not None else self._add_document(doc)
        return mapping

    def _masked_copy_of(self, document_id: int, text: str) -> bool:
        return MASK in text and is_masked_version(
            self.project.scalar("SELECT text FROM documents WHERE id = ?", [document_id]), text)

    def _add_document(self, doc: dict) -> int:
        name = unique_name(self.project, doc["name"])
        document_id = self.tx.insert("documents", {
            "guid": doc["guid"], "name": name, "kind": doc["kind"], "text": doc["text"],
            "source_name": doc["source_name"], "sha256": doc["sha256"],
            "imported_at": doc["imported_at"], "memo": doc["memo"], "length": len(doc["text"]),
        })
        for turn in self.other.rows(
            'SELECT start, content_start, "end", speaker FROM speaker_turns WHERE document_id = ? ORDER BY start',
            [doc["id"]],
        ):
            self.tx.insert("speaker_turns", {"document_id": document_id, **turn})
        for case in self.other.rows(
            "SELECT DISTINCT c.guid, c.name, c.memo FROM cases c JOIN case_ranges r ON r.case_id = c.id "
            "WHERE r.document_id = ? AND r.start IS NULL", [doc["id"]],
        ):
            cases_mod.link_document(self.tx, self._case(case), document_id)
        self.report.documents_added.append(name)
        return document_id

    def _case(self, case: dict) -> int:
        found = self.project.scalar("SELECT id FROM cases WHERE guid = ?", [case["guid"]])
        if found is None:
            found = self.project.scalar("SELECT id FROM cases WHERE name = ?", [case["name"]])
        if found is None:
            found = self.tx.insert("cases", {"guid": case["guid"], "name": case["name"],
                                             "memo": case["memo"], "created_at": now()})
        return found

    # codes: other id -> project id
    def codes(self) -> dict[int, int]:
        rows = self.other.rows("SELECT * FROM codes ORDER BY position, id")
        children: dict[int | None, list[dict]] = {}
        for row in rows:
            children.setdefault(row["parent_id"], []).append(row)
        mapping: dict[int, int] = {}
        # depth first in the codebook's order, without recursion: a copy may nest codes
        # thousands deep; a code on a loop of parents is never reached, nor are its codings
        pending = [(code, None, "", 1) for code in reversed(children.get(None, []))]
        too_deep = 0
        while pending:
            code, parent, prefix, depth = pending.pop()
            if code["id"] in mapping:
                continue
            if depth > MAX_CODE_DEPTH:  # nor their codings (they count as broken)
                too_deep += 1
                continue
            mapping[code["id"]] = self._code(code, parent, prefix)
            pending += [(child, mapping[code["id"]], prefix + code["name"] + "/", depth + 1)
                        for child in reversed(children.get(code["id"], []))]
        if too_deep:
            self.report.conflicts.append(
                f"Codes in {self.report.file} are nested more than {MAX_CODE_DEPTH} levels deep; "
                f"those below that level were not merged.")
        return mapping

    def _code(self, code: dict, parent: int | None, prefix: str) -> int:
        mine = self.project.rows("SELECT id, name FROM codes WHERE guid = ?", [code["guid"]])
        if mine:
            if mine[0]["name"] != code["name"]:
                self.report.conflicts.append(
                    f"The code “{mine[0]['name']}” is called “{code['name']}” in {self.report.file}; "
                    f"the name “{mine[0]['name']}” was kept.")
            return self._codable(mine[0]["id"], code, prefix)
        key = code["name"].casefold()
        for sibling in self.project.rows("SELECT id, name FROM codes WHERE parent_id IS ?", [parent]):
            if sibling["name"].casefold() == key:
                return self._codable(sibling["id"], code, prefix)
        code_id = insert_code(
            self.tx, code["name"], parent_id=parent, color=code["color"], description=code["description"],
            inclusion=code["inclusion"], exclusion=code["exclusion"], example=code["example"],
            is_codable=bool(code["is_codable"]), default_valence=code["default_valence"],
            created_by=self.coder_ids.get(code["created_by"]),
            added_while_coding=bool(code["added_while_coding"]), guid=code["guid"],
        )
        self.report.codes_added.append(prefix + code["name"])
        return code_id

    def _codable(self, code_id: int, code: dict, prefix: str) -> int:
        """A matched code that is a category here cannot take the other's codings."""
        codable = self.project.scalar("SELECT is_codable FROM codes WHERE id = ?", [code_id])
        if not codable and code["is_codable"] and self.other.scalar(
                "SELECT 1 FROM codings WHERE code_id = ?", [code["id"]]):
            self.categories.add(code_id)
            self.report.conflicts.append(
                f"The code “{prefix}{code['name']}” is a category in this project; "
                f"its codings in {self.report.file} were not merged.")
        return code_id

    def codings(self, documents: dict[int, int | None], codes: dict[int, int]) -> None:
        lengths: dict[int, int] = {}
        broken = 0
        deleted_here: dict[int, int] = {}  # other document id -> codings whose text was deleted here
        for coding in self.other.rows('SELECT * FROM codings ORDER BY document_id, start, "end", id'):
            document_id = documents.get(coding["document_id"])
            if coding["document_id"] in self.edited and document_id is not None:
                shifts, length = self.edited[coding["document_id"]]
                moved = moved_through(shifts, coding["start"], coding["end"]) if _within(
                    coding["start"], coding["end"], length) else (-1, -1)  # outside the copy's text: broken
                if moved is None:
                    deleted_here[coding["document_id"]] = deleted_here.get(coding["document_id"], 0) + 1
                    self.report.codings_skipped += 1
                    continue
                coding = {**coding, "start": moved[0], "end": moved[1]}
            code_id = codes.get(coding["code_id"])
            coder_id = self.coder_ids.get(coding["coder_id"])
            if document_id is not None and document_id not in lengths:
                lengths[document_id] = self.project.scalar(
                    "SELECT length(text) FROM documents WHERE id = ?", [document_id])
            if code_id is None or coder_id is None or (document_id is not None and not _within(
                    coding["start"], coding["end"], lengths[document_id])):
                # a damaged or hand-made copy: a coding of a code, coder or document that is
                # not there, or a passage outside the text, is never passed on
                broken += 1
                self.report.codings_skipped += 1
                continue
            if document_id is None or code_id in self.categories:
                self.report.codings_skipped += 1  # reported with the documents / codes
                continue
            counts = self.report.coders.setdefault(
                self.coder_names[coding["coder_id"]], {"added": 0, "already_there": 0})
            there = self.project.scalar("SELECT 1 FROM codings WHERE guid = ?", [coding["guid"]]) or \
                self.project.scalar(
                    'SELECT 1 FROM codings WHERE document_id = ? AND code_id = ? AND coder_id = ? '
                    'AND start = ? AND "end" = ?',
                    [document_id, code_id, coder_id, coding["start"], coding["end"]])
            if there:
                counts["already_there"] += 1
                self.report.codings_already_there += 1
                continue
            new_id = self.tx.insert("codings", {
                "guid": coding["guid"], "document_id": document_id, "code_id": code_id,
                "start": coding["start"], "end": coding["end"], "coder_id": coder_id,
                "memo": coding["memo"], "created_at": coding["created_at"], "valence": coding["valence"],
                "confidential": coding["confidential"],  # the other coder's mark protects the statement here too
            })
            self._coding_memos(coding["id"], new_id)
            counts["added"] += 1
            self.report.codings_added += 1

        for other_id, count in deleted_here.items():
            name = self.other.scalar("SELECT name FROM documents WHERE id = ?", [other_id])
            self.report.conflicts.append(
                f"{count} coding(s) of the document “{name}” in {self.report.file} lay on text deleted here "
                f"since the copy was made; they were not merged.")
        if broken:
            self.report.conflicts.append(
                f"{broken} coding(s) in {self.report.file} refer to a code, coder or document that is "
                f"not there, or to a passage outside the text; they were not merged.")

    def assignments(self, documents: dict[int, int | None]) -> None:
        """The copy's assignments the project lacks (an assignment is only ever added)."""
        for row in self.other.rows("SELECT coder_id, document_id FROM assignments ORDER BY id"):
            document_id = documents.get(row["document_id"])
            if document_id is not None and row["coder_id"] in self.coder_ids:
                self.report.assignments_added += insert_assignments(
                    self.tx, self.coder_ids[row["coder_id"]], [document_id])

    def _coding_memos(self, other_id: int, new_id: int) -> None:
        for memo in self.other.rows("SELECT * FROM memos WHERE target = 'coding' AND target_id = ?", [other_id]):
            guid = memo["guid"]
            if self.project.scalar("SELECT 1 FROM memos WHERE guid = ?", [guid]):
                guid = new_guid()
            self.tx.insert("memos", {
                "guid": guid, "target": "coding", "target_id": new_id, "title": memo["title"],
                "text": memo["text"], "author": memo["author"], "created_at": memo["created_at"],
                "updated_at": memo["updated_at"],
            })


__all__ = ["LABEL", "MergeReport", "merge_project", "save_assigned_copy", "save_coder_copy"]
