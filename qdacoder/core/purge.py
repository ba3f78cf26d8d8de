"""Pseudonymising the source for good: after names were replaced in the texts, the old text
must not survive anywhere in the project.

Where an old text hides after a plain replace, and what ``purge_old_text`` does about it:
- SQLite's free pages and its WAL file: secure delete on, then checkpoint, VACUUM (which
  rewrites every page of the file) and a truncating checkpoint, so neither holds it;
- the search index (FTS5 keeps the words of a replaced text until it is rebuilt): rebuilt;
- the undo history: the journals of the window's undo stack hold the rows as they were. The
  core cannot reach the window's stack: the caller clears it (the window clears its whole
  stack: older steps, such as the import of the document, hold the old text too); journals
  handed in are emptied;
- the placeholder list and the rejected suggestions, which hold the names themselves: the
  entries of the purged names are removed, unless the name is still somewhere else in the
  project (then the list keeps it out of the exports, and the report says where);
- the automatic backups (``core.backups``): those that still hold an old form are listed and
  deleted only after the caller's confirmation (a callback or a flag).
The project keeps a dated log (``pseudonymisations``) of what was done: what the names became,
how many places in how many documents, never the old names. Places outside the texts that still
hold an old form (a document's name, a memo...) are reported by kind, not changed: the
researcher decides.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .backups import backup_folder
from .errors import QT_TRANSLATE_NOOP, ValidationError
from .journal import Journal
from .names import NameFilter, Placeholder, list_placeholders
from .project import Project, now
from .replace import Hit, ReplaceResult, find_hits, replace_hits
from .search import fold

NOTHING_FOUND = QT_TRANSLATE_NOOP("qdacoder", "“{find}” does not occur in the chosen documents; nothing was pseudonymised.")
PURGE_FAILED = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: the old text could not be wiped from the file ({reason}). Close other programs that have "
    "the project open and try again.")

# Where a name can still be, outside the documents' texts: (kind shown, table, column).
PLACES = (
    (QT_TRANSLATE_NOOP("qdacoder", "document names"), "documents", "name"),
    (QT_TRANSLATE_NOOP("qdacoder", "source file names"), "documents", "source_name"),
    (QT_TRANSLATE_NOOP("qdacoder", "document memos"), "documents", "memo"),
    (QT_TRANSLATE_NOOP("qdacoder", "memos"), "memos", "title"),
    (QT_TRANSLATE_NOOP("qdacoder", "memos"), "memos", "text"),
    (QT_TRANSLATE_NOOP("qdacoder", "coding memos"), "codings", "memo"),
    (QT_TRANSLATE_NOOP("qdacoder", "codes"), "codes", "name"),
    (QT_TRANSLATE_NOOP("qdacoder", "codes"), "codes", "description"),
    (QT_TRANSLATE_NOOP("qdacoder", "codes"), "codes", "example"),
    (QT_TRANSLATE_NOOP("qdacoder", "cases"), "cases", "name"),
    (QT_TRANSLATE_NOOP("qdacoder", "cases"), "cases", "memo"),
    (QT_TRANSLATE_NOOP("qdacoder", "respondents"), "respondents", "label"),
    (QT_TRANSLATE_NOOP("qdacoder", "respondents"), "respondents", "role"),
    (QT_TRANSLATE_NOOP("qdacoder", "speaker labels"), "speaker_turns", "speaker"),
    (QT_TRANSLATE_NOOP("qdacoder", "timeline events"), "events", "label"),
    (QT_TRANSLATE_NOOP("qdacoder", "timeline events"), "events", "memo"),
    (QT_TRANSLATE_NOOP("qdacoder", "timeline events"), "events", "provider"),
    (QT_TRANSLATE_NOOP("qdacoder", "attribute values"), "attribute_values", "value"),
    (QT_TRANSLATE_NOOP("qdacoder", "document texts"), "documents", "text"),
)


@dataclass
class PurgeReport:
    """What the purge did. ``still_in``: kinds of places (``PLACES``, English, to translate)
    that still hold an old form; ``backups_kept``: backups that hold it and were not deleted."""

    log_id: int
    placeholders_removed: int = 0
    backups_deleted: list[Path] = field(default_factory=list)
    backups_kept: list[Path] = field(default_factory=list)
    still_in: list[str] = field(default_factory=list)
    replaced: ReplaceResult | None = None

    def as_dict(self) -> dict:
        return {
            "log_id": self.log_id, "placeholders_removed": self.placeholders_removed,
            "backups_deleted": [str(p) for p in self.backups_deleted],
            "backups_kept": [str(p) for p in self.backups_kept], "still_in": list(self.still_in),
            **({"hits": self.replaced.hits, "documents": self.replaced.documents,
                "codings_removed": len(self.replaced.removed)} if self.replaced else {}),
        }


def pseudonymise(project: Project, find: str, replacement: str, *, document_ids: Iterable[int] | None = None,
                 any_case: bool = False, hits: Sequence[Hit] | None = None, remove_inside: bool = False,
                 delete_backups: bool | Callable[[list[Path]], bool] = False) -> PurgeReport:
    """Replace ``find`` by ``replacement`` (all its hits, or the ``hits`` kept in a preview) and
    purge the old text (``purge_old_text``). Not undoable: the old text is gone."""
    if hits is None:
        hits = find_hits(project, find, document_ids=document_ids, any_case=any_case)
    if not hits:
        raise ValidationError(NOTHING_FOUND, find=find)
    journal = replace_hits(project, hits, replacement, remove_inside=remove_inside)
    report = purge_old_text(project, old_forms(hits), replacement=replacement, journals=[journal],
                            hits=journal.result.hits, documents=journal.result.documents,
                            delete_backups=delete_backups)
    report.replaced = journal.result
    return report


def old_forms(hits: Iterable[Hit]) -> list[str]:
    """The old texts as they were found (each form once)."""
    return list(dict.fromkeys(hit.match for hit in hits))


def purge_old_text(project: Project, forms: Sequence[str], *, replacement: str = "", hits: int = 0, documents: int = 0,
                   journals: Iterable[Journal] = (), delete_backups: bool | Callable[[list[Path]], bool] = False,
                   note: str = "") -> PurgeReport:
    """Wipe the old ``forms`` (the texts that were replaced) from every place in and around the
    project file listed in this module's docstring, and log the pseudonymisation."""
    for journal in journals:  # the rows as they were, old text included
        journal.steps.clear()
    project.conn.execute("PRAGMA secure_delete = ON")  # freed pages are zeroed from now on
    wanted = [fold(form) for form in forms if form.strip()]
    with project.transaction("log pseudonymisation") as tx:
        removed = 0
        for entry in list_placeholders(project):
            # a purged name leaves the list only when it is nowhere else: elsewhere the list
            # still keeps it out of every export
            if NameFilter([entry]).names_in(" ".join(forms)) and not places_holding(project, [entry.name]):
                tx.delete("placeholders", entry.id)
                removed += 1
        for row in project.rows("SELECT id, form FROM rejected_names"):
            if fold(row["form"]) in wanted:
                tx.delete("rejected_names", row["id"])
        log_id = tx.insert("pseudonymisations", {"created_at": now(), "replacement": replacement, "hits": hits,
                                                 "documents": documents, "note": note})
    try:
        project.conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')")
        project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        project.conn.execute("VACUUM")
        busy = project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except sqlite3.OperationalError as error:
        raise ValidationError(PURGE_FAILED, file=project.path.name, reason=str(error)) from error
    if busy:  # another connection reads: the WAL could not be emptied
        raise ValidationError(PURGE_FAILED, file=project.path.name, reason="database busy")
    report = PurgeReport(log_id, removed, still_in=places_holding(project, forms))
    holders = backups_holding(project.path, forms)
    agreed = delete_backups(holders) if callable(delete_backups) and holders else bool(delete_backups)
    for backup in holders:
        if agreed:
            for path in (backup, Path(f"{backup}-wal"), Path(f"{backup}-shm")):
                path.unlink(missing_ok=True)
            report.backups_deleted.append(backup)
        else:
            report.backups_kept.append(backup)
    return report


def places_holding(project: Project, forms: Sequence[str]) -> list[str]:
    """The kinds of places (``PLACES``) where an old form still occurs as a word (the
    placeholders' rule, in any case: "Noor" is not in "noordzee")."""
    names = NameFilter([Placeholder(0, form, "-", any_case=True) for form in dict.fromkeys(forms) if form.strip()])
    found: list[str] = []
    for kind, table, column in PLACES:
        if kind in found or not names:
            continue
        for (value,) in project.conn.execute(f'SELECT "{column}" FROM {table} WHERE "{column}" IS NOT NULL'):
            if isinstance(value, str) and names.names_in(value):
                found.append(kind)
                break
    return found


def _patterns(forms: Iterable[str]) -> set[bytes]:
    """The bytes an old form can leave in a file: as written, in capitals, in lower case, and
    folded as the search index stores its words."""
    found: set[bytes] = set()
    for form in forms:
        if form.strip():
            for variant in (form, form.upper(), form.lower(), fold(form)):
                found.add(variant.encode("utf-8"))
    return found


def file_holds(path: Path, forms: Iterable[str]) -> bool:
    """Whether the file's bytes hold one of ``forms`` (see ``_patterns``)."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return any(pattern in data for pattern in _patterns(forms))


def backups_holding(project_path: Path, forms: Sequence[str]) -> list[Path]:
    """The backups of the project (and their -wal files) whose bytes still hold an old form."""
    folder = backup_folder(Path(project_path))
    if not folder.is_dir():
        return []
    return [path for path in sorted(folder.iterdir())
            if path.is_file() and not path.name.endswith(("-wal", "-shm"))
            and (file_holds(path, forms) or file_holds(Path(f"{path}-wal"), forms))]
