"""Documents: the texts being coded, with their speaker turns and their case.

The core takes a text that an importer has already read; it knows no file formats.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from . import cases as cases_mod
from .assignments import delete_document_assignments
from .coders import ensure_coder
from .codes import ensure_path
from .codings import delete_coding_row, insert_coding
from .targets import delete_target_rows
from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from .journal import Journal
from .models import Case, Document, SpeakerTurn
from .project import Project, new_guid, now
from .schema import DOCUMENT_KINDS

_COLUMNS = "id, guid, name, kind, source_name, sha256, imported_at, memo, length"


class TurnLike(Protocol):
    start: int
    content_start: int
    end: int
    speaker: str


@dataclass(frozen=True)
class CaseGroup:
    """Documents of one case (``case`` None: documents of no case)."""

    case: Case | None
    documents: list[Document]


def list_documents(project: Project) -> list[Document]:
    return [Document(**r) for r in project.rows(f"SELECT {_COLUMNS} FROM documents ORDER BY name")]


def get_document(project: Project, document_id: int) -> Document:
    rows = project.rows(f"SELECT {_COLUMNS} FROM documents WHERE id = ?", [document_id])
    if not rows:
        raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "This document no longer exists."))
    return Document(**rows[0])


def document_exists(project: Project, document_id: int) -> bool:
    return project.scalar("SELECT 1 FROM documents WHERE id = ?", [document_id]) is not None


def find_document(project: Project, name: str) -> Document | None:
    rows = project.rows(f"SELECT {_COLUMNS} FROM documents WHERE name = ?", [name])
    return Document(**rows[0]) if rows else None


def document_text(project: Project, document_id: int) -> str:
    text = project.scalar("SELECT text FROM documents WHERE id = ?", [document_id])
    if text is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "This document no longer exists."))
    return text


def speaker_turns(project: Project, document_id: int) -> list[SpeakerTurn]:
    return [
        SpeakerTurn(**r)
        for r in project.rows(
            'SELECT id, document_id, start, content_start, "end", speaker FROM speaker_turns '
            "WHERE document_id = ? ORDER BY start",
            [document_id],
        )
    ]


def turn_counts(project: Project) -> dict[int, int]:
    """The number of speaker turns per document id (documents without turns are missing)."""
    return {r["document_id"]: r["n"] for r in project.rows(
        "SELECT document_id, COUNT(*) AS n FROM speaker_turns GROUP BY document_id")}


@dataclass(frozen=True)
class NameGroup:
    """The ids and names of the documents of one case (``case`` None: of no case), by name."""

    case: Case | None
    documents: list[tuple[int, str]]


def names_by_case(project: Project) -> list[NameGroup]:
    """``documents_by_case`` with only the documents' ids and names: read from the indexes on
    names and case ranges alone, never from the rows that hold the texts, so a list of 20,000
    documents is read in milliseconds."""
    names = dict(project.db.execute("SELECT id, name FROM documents").fetchall())
    groups = [NameGroup(case, []) for case in cases_mod.list_cases(project)]
    by_case = {g.case.id: g for g in groups if g.case}
    linked: set[int] = set()
    for case_id, document_id in project.db.execute("SELECT DISTINCT case_id, document_id FROM case_ranges"):
        by_case[case_id].documents.append((document_id, names[document_id]))
        linked.add(document_id)
    loose = NameGroup(None, [(i, name) for i, name in names.items() if i not in linked])
    for group in [*groups, loose]:
        group.documents.sort(key=lambda document: document[1].casefold())
    return groups + [loose]


def names_and_cases(project: Project, document_ids: Iterable[int]) -> dict[int, tuple[str, list[int]]]:
    """The name and the case ids of each of ``document_ids`` that exists: what the list needs
    to place documents just added, read for those alone (``names_by_case`` reads them all)."""
    wanted = json.dumps(sorted(document_ids))
    found = {i: (name, []) for i, name in project.db.execute(
        "SELECT id, name FROM documents WHERE id IN (SELECT value FROM json_each(?))", [wanted])}
    for case_id, document_id in project.db.execute(
            "SELECT DISTINCT case_id, document_id FROM case_ranges "
            "WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY case_id", [wanted]):
        found[document_id][1].append(case_id)
    return found


def documents_by_case(project: Project) -> list[CaseGroup]:
    """Cases in name order with their documents, then the documents of no case. A document
    linked to several cases appears under each."""
    documents = {d.id: d for d in list_documents(project)}
    groups = [CaseGroup(case, []) for case in cases_mod.list_cases(project)]
    by_case = {g.case.id: g for g in groups if g.case}
    linked: set[int] = set()
    for row in project.rows("SELECT DISTINCT case_id, document_id FROM case_ranges"):
        by_case[row["case_id"]].documents.append(documents[row["document_id"]])
        linked.add(row["document_id"])
    for group in groups:
        group.documents.sort(key=lambda d: d.name.casefold())
    loose = [d for d in documents.values() if d.id not in linked]
    return groups + [CaseGroup(None, sorted(loose, key=lambda d: d.name.casefold()))]


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def unique_name(project: Project, wanted: str) -> str:
    """``wanted``, or ``wanted (2)``, ``(3)``... when a document already has that name.
    Reads only the names that could clash (through the unique index on names), so the cost
    does not grow with the number of documents in the project."""
    if project.scalar("SELECT 1 FROM documents WHERE name = ?", [wanted]) is None:
        return wanted
    prefix = f"{wanted} ("
    # the names that start with the prefix: a range of the index ("(" + 1 is ")")
    taken = {r[0] for r in project.db.execute(
        "SELECT name FROM documents WHERE name >= ? AND name < ?", [prefix, f"{wanted} )"])}
    return free_name(wanted, taken | {wanted})


def free_name(wanted: str, taken) -> str:
    """``wanted``, or ``wanted (2)``, ``(3)``... the first that is not in ``taken``."""
    name, n = wanted, 2
    while name in taken:
        name, n = f"{wanted} ({n})", n + 1
    return name


def check_kind(kind: str) -> str:
    if kind not in DOCUMENT_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "“{kind}” is not a document kind. Choose one of: {kinds}."),
            kind=kind,
            kinds=", ".join(DOCUMENT_KINDS),
        )
    return kind


def guess_kind(turns: Sequence[TurnLike]) -> str:
    """A text with speaker turns is a transcript; anything else we cannot tell. (The importers
    propose a kind themselves, from the share of turns in the text; this is for callers that
    have turns only.)"""
    return "transcript" if turns else "other"


def import_document(
    project: Project,
    *,
    name: str,
    text: str,
    turns: Sequence[TurnLike] = (),
    source_name: str | None = None,
    kind: str | None = None,
    case_name: str | None = None,
    autocode_coder_id: int | None = None,
    autocode_coder: str | None = None,
    speaker_parent: str = "Speakers",
) -> Journal:
    """Add a document as one undoable step: the text, its turns, its case (created when new)
    and, when ``autocode_coder_id`` (or the coder's name, ``autocode_coder``) is given, a coding
    of every turn with a code per speaker under ``speaker_parent``. ``result`` is the new
    document id. A coder named by ``autocode_coder`` is created inside this step's transaction,
    and only when there is a turn to code: an import that is refused or killed leaves no coder
    behind (issue 21).

    The same text imported twice is refused, since its codings would count twice."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "{name}: the document has no text."), name=name)
    digest = sha256_of(text)
    same = project.scalar("SELECT name FROM documents WHERE sha256 = ?", [digest])
    if same:
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "{name}: this text is already in the project as “{other}”."),
            name=source_name or name,
            other=same,
        )
    kind = check_kind(kind or guess_kind(turns))
    _check_turns(turns, len(text), name)
    with project.transaction("import document") as tx:
        document_id = tx.insert(
            "documents",
            {
                "guid": new_guid(),
                "name": unique_name(project, name.strip() or "document"),
                "kind": kind,
                "text": text,
                "source_name": source_name,
                "sha256": digest,
                "length": len(text),
                "imported_at": now(),
            },
        )
        tx.insert_many("speaker_turns", [
            {"document_id": document_id, "start": turn.start, "content_start": turn.content_start,
             "end": turn.end, "speaker": turn.speaker}
            for turn in turns
        ])
        if case_name and case_name.strip():
            case = cases_mod.find_case(project, case_name)
            case_id = case.id if case else cases_mod.insert_case(tx, case_name)
            cases_mod.link_document(tx, case_id, document_id)
        if autocode_coder_id is None and autocode_coder is not None and any(
                turn.end > turn.content_start for turn in turns):
            # not an undo record (see ensure_coder), but committed with the codings or not at all
            autocode_coder_id = ensure_coder(project, autocode_coder).id
        if autocode_coder_id is not None:
            _autocode_turns(tx, document_id, turns, autocode_coder_id, speaker_parent)
        tx.result = document_id
    return tx.journal


def _check_turns(turns: Iterable[TurnLike], length: int, name: str) -> None:
    for turn in turns:
        if not (0 <= turn.start <= turn.content_start <= turn.end <= length):
            raise ValidationError(
                QT_TRANSLATE_NOOP("qdacoder", "{name}: a speaker turn lies outside the text."), name=name
            )


def _autocode_turns(tx, document_id: int, turns: Sequence[TurnLike], coder_id: int, parent: str) -> None:
    code_ids: dict[str, int] = {}
    for turn in turns:
        if turn.end <= turn.content_start:
            continue  # a label with nothing said
        speaker = " ".join(turn.speaker.replace("/", " ").split())
        if speaker not in code_ids:
            code_ids[speaker] = ensure_path(tx, f"{parent}/{speaker}", created_by=coder_id)
        insert_coding(
            tx,
            document_id=document_id,
            code_id=code_ids[speaker],
            start=turn.content_start,
            end=turn.end,
            coder_id=coder_id,
        )


def rename_document(project: Project, document_id: int, name: str) -> Journal:
    get_document(project, document_id)
    name = name.strip()
    other = find_document(project, name)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "A document needs a name."))
    if other and other.id != document_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "There is already a document named “{name}”."), name=name
        )
    with project.transaction("rename document") as tx:
        tx.update("documents", document_id, {"name": name})
    return tx.journal


def set_document_kind(project: Project, document_id: int, kind: str, turns: Sequence[TurnLike] = ()) -> Journal:
    """Change the kind as one undoable step. A document that becomes a transcript and has no
    speaker turns yet gets ``turns`` (the caller finds them in its text, as an import does), so
    speakers can be linked and coded; turns a document has stay as they are. ``result``: the
    number of turns added."""
    document = get_document(project, document_id)
    kind = check_kind(kind)
    added = []
    if kind == "transcript" and turns and not project.scalar(
            "SELECT 1 FROM speaker_turns WHERE document_id = ? LIMIT 1", [document_id]):
        _check_turns(turns, document.length, document.name)
        added = list(turns)
    with project.transaction("change document kind") as tx:
        tx.update("documents", document_id, {"kind": kind})
        tx.insert_many("speaker_turns", [
            {"document_id": document_id, "start": turn.start, "content_start": turn.content_start,
             "end": turn.end, "speaker": turn.speaker}
            for turn in added
        ])
        tx.result = len(added)
    return tx.journal


def delete_document(project: Project, document_id: int) -> Journal:
    """Remove a document with its turns, codings, case links and assignments."""
    get_document(project, document_id)
    with project.transaction("delete document") as tx:
        delete_document_rows(tx, document_id)
    return tx.journal


def delete_document_rows(tx, document_id: int) -> None:
    """Delete a document and every row that hangs on it, inside a running operation."""
    project = tx.project
    for row in project.rows("SELECT id FROM codings WHERE document_id = ?", [document_id]):
        delete_coding_row(tx, row["id"])
    for table in ("speaker_turns", "case_ranges", "consensus_settled", "text_edits"):
        for row in project.rows(f"SELECT id FROM {table} WHERE document_id = ?", [document_id]):
            tx.delete(table, row["id"])
    delete_document_assignments(tx, document_id)
    delete_target_rows(tx, "document", document_id)
    tx.delete("documents", document_id)
