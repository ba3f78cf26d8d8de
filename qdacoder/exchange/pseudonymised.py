"""A pseudonymised copy of a project, to share: every listed name replaced by its placeholder in
the copy itself, texts included, with every coding kept on its words.

Design rules (why):
- The texts are changed through ``core.text_edits`` (each name's span replaced by its
  placeholder, the placeholders' rule of ``core.names``), so every coding, speaker turn and case
  passage keeps its words; a coding on part of a name only (the "Jay" of "Jayden") is removed
  and counted, since its words are gone.
- Everything else that can hold a name goes through the same filter: document, case, code and
  respondent names (kept unique), memos, descriptions, speaker labels, events, attribute values
  and settings. The placeholder list and the rejected suggestions, which hold the names, are
  emptied. Coders (the researchers) keep their names.
- Confidential codings are masked as in a coder copy; the copy is then rebuilt (search index,
  free pages, WAL) so no trace of an old text is left in the file.
- The copy is marked (setting ``pseudonymised_copy``, the date): merging it back is refused
  (``exchange.merge``), since its texts differ from the project's on purpose.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from qdacoder.core.documents import free_name
from qdacoder.core.errors import QT_TRANSLATE_NOOP, ProjectFileError, ValidationError
from qdacoder.core.names import NameFilter, name_filter
from qdacoder.core.project import Project, now, remove_project_file
from qdacoder.core.text_edits import Edit, apply_edits

NO_NAMES = QT_TRANSLATE_NOOP(
    "qdacoder", "The placeholder list is empty: list the names to replace first (Attribution and placeholders "
    "in the window, or qdacoder placeholders add).")
EXISTS = QT_TRANSLATE_NOOP("qdacoder", "{file}: a file with this name already exists.")
NO_FOLDER = QT_TRANSLATE_NOOP("qdacoder", "{file}: the folder {folder} does not exist.")
NOT_SAVED = QT_TRANSLATE_NOOP("qdacoder", "{file}: the copy could not be saved ({reason}).")

# (table, column, the columns that group unique values or None when the column is not unique)
_FIELDS = (
    ("documents", "name", ()), ("documents", "source_name", None), ("documents", "memo", None),
    ("cases", "name", ()), ("cases", "memo", None),
    ("codes", "name", ("parent_id",)), ("codes", "description", None), ("codes", "inclusion", None),
    ("codes", "exclusion", None), ("codes", "example", None),
    ("codings", "memo", None),
    ("respondents", "label", ("case_id",)), ("respondents", "role", None), ("respondents", "function", None),
    ("speaker_turns", "speaker", None),
    ("memos", "title", None), ("memos", "text", None),
    ("events", "label", None), ("events", "memo", None), ("events", "provider", None),
    ("attribute_values", "value", None),
    ("variables", "description", None), ("variables", "categories", None),
)


@dataclass(frozen=True)
class PseudonymisedReport:
    names_replaced: int  # places in the texts
    documents: int  # documents whose text changed
    codings_removed: int  # codings on part of a name only

    def as_dict(self) -> dict:
        return {"names_replaced": self.names_replaced, "documents": self.documents,
                "codings_removed": self.codings_removed}


def save_pseudonymised_copy(project: Project, target_path: str | Path) -> PseudonymisedReport:
    """Write a pseudonymised copy of ``project`` to ``target_path`` (a new file)."""
    from qdacoder.exchange.merge import mask_confidential

    target = Path(target_path)
    if target.exists():
        raise ProjectFileError(EXISTS, file=target.name)
    if not target.parent.is_dir():
        raise ProjectFileError(NO_FOLDER, file=target.name, folder=str(target.parent))
    names = name_filter(project)
    if not names:
        raise ValidationError(NO_NAMES)
    try:
        project.backup_to(target)
        with Project.open(target) as copy:
            copy.conn.execute("PRAGMA secure_delete = ON")
            mask_confidential(copy)
            report = pseudonymise_in_place(copy, names)
    except Exception as error:
        remove_project_file(target)
        if isinstance(error, (ProjectFileError, ValidationError)):
            raise
        raise ProjectFileError(NOT_SAVED, file=target.name, reason=str(error)) from error
    return report


@contextmanager
def pseudonymised_copy(project: Project) -> Iterator[Project]:
    """A pseudonymised copy of ``project`` in a temporary folder, open, for a writer (a .qdpx);
    removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="qdacoder-") as folder:
        path = Path(folder) / f"pseudonymised{project.path.suffix or '.qdacoder'}"
        save_pseudonymised_copy(project, path)
        with Project.open(path) as copy:
            yield copy


def pseudonymise_in_place(copy: Project, names: NameFilter) -> PseudonymisedReport:
    """Replace every listed name in ``copy`` (a copy: nothing here is meant to be undone), then
    wipe the old texts from the file and mark it."""
    edits: dict[int, list[Edit]] = {}
    for document_id, text in copy.conn.execute("SELECT id, text FROM documents ORDER BY id").fetchall():
        spans = names.spans(text)
        if spans:
            edits[document_id] = [Edit(start, end, replacement) for start, end, replacement in spans]
    removed = apply_edits(copy, edits, remove_inside=True, label="pseudonymise copy").result
    with copy.transaction("pseudonymise copy") as tx:
        for table, column, unique in _FIELDS:
            _filter_column(tx, names, table, column, unique)
        for table in ("placeholders", "rejected_names"):
            for row in copy.rows(f"SELECT id FROM {table}"):
                tx.delete(table, row["id"])
    for row in copy.rows("SELECT key, value FROM settings"):  # the project's name, the quote template
        if names(row["value"]) != row["value"]:
            copy.set_setting(row["key"], names(row["value"]))
    copy.set_setting("pseudonymised_copy", now())
    copy.conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')")
    copy.conn.execute("VACUUM")
    copy.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return PseudonymisedReport(sum(len(e) for e in edits.values()), len(edits), len(removed))


def _filter_column(tx, names: NameFilter, table: str, column: str, unique) -> None:
    group_by = ", ".join(unique) if unique else "NULL"
    rows = tx.project.rows(f'SELECT id, "{column}" AS value, {group_by} AS grp FROM {table} ORDER BY id')
    taken: dict = {}
    if unique is not None:
        for row in rows:
            taken.setdefault(row["grp"], set()).add(row["value"])
    for row in rows:
        value = row["value"]
        if not isinstance(value, str) or not value:
            continue
        new = names(value)
        if new == value:
            continue
        if unique is not None:  # "Casus Jayden" and "Casus Noor" both become "Casus [naam]": one gets (2)
            group = taken[row["grp"]]
            group.discard(value)
            new = free_name(new, group)
            group.add(new)
        tx.update(table, row["id"], {column: new})
