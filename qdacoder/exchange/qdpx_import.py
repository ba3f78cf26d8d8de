"""A new qdacoder project from a REFI-QDA .qdpx (read by ``qdpx_read``).

Design rules (why):
- Always a NEW project file, never a merge into an open one: a project from another tool has
  its own coders, codebook and cases, and matching them with what a project already has is a
  question only the researcher can answer (merging coder copies does it for qdacoder's own).
- All or nothing: the project file is created first and filled while the .qdpx is read
  (``qdpx_read`` hands each source over as soon as it is read; in the order of the schema the
  users and code book come first), in one transaction of that new file; on any problem the
  new file (and its -wal and -shm) is removed again, so a failed import leaves nothing behind,
  and the error names the file and the reason. A file with its sources before its users or
  code book has those sources kept until the end.
- A project made from nothing has nothing to undo to: its rows are written without the undo
  journal (``Project.unrecorded``), each source's codings with one statement.
- GUIDs are kept (coders, codes, documents, codings, cases, attributes, memos), so a project
  that went qdacoder -> .qdpx -> qdacoder is the same project; a GUID used twice gets a new
  one the second time (for codings: the same text twice, found by the project's unique
  index instead of a set of two million GUIDs in memory). Names that must be unique
  (documents, cases, coders, attributes per kind) get " (2)" when repeated.
- Codings: coder from the Coding's creatingUser, else the selection's, else the source's,
  else the importing researcher. Memo, valence, star and confidential mark come back from the
  selection's Description paragraphs; other tools' codings have no valence. A coding of a category code
  and a repeat of a coding (same code, passage and coder) are skipped and reported.
- Attributes: a Variable used on cases becomes a case attribute, one used on sources a document
  attribute (both when used on both; qdacoder's own "For:" paragraph decides when present).
  A value that does not fit its type is skipped and reported, not guessed.
- Memos: a Note becomes a memo on what refers to it (a code, a source, a coding or its
  selection, a case through a Link), else a project memo. The note's name is its title.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

from qdacoder.core import attributes
from qdacoder.core.codebook import Codebook, CodebookEntry
from qdacoder.core.codes import insert_code
from qdacoder.core.documents import free_name, sha256_of
from qdacoder.core.errors import QT_TRANSLATE_NOOP, QdaError, ValidationError, render
from qdacoder.core.journal import Transaction
from qdacoder.core.project import Project, new_guid, now, remove_project_file
from qdacoder.exchange.qdpx_common import (
    FILE_TOO_BIG, QDACODER_TYPES, UNEXPECTED, UNKNOWN_CODE, UNKNOWN_REFERENCE, UNKNOWN_VARIABLE,
    QdpxFileError,
)
from qdacoder.exchange.qdpx_positions import CHARACTERS, UTF16
from qdacoder.exchange.qdpx_read import NO_FACTS, CaseIn, Content, SelectionIn, SourceIn, read_qdpx, selection_key
from qdacoder.exchange.validate import guid_key
from qdacoder.importers.fileio import read_bytes

MAX_FILE = 1024 * 1024 * 1024
# a coding's row: these, and the selection's facts when it has any (else the columns' defaults)
_CODING_COLUMNS = ("guid", "document_id", "code_id", "start", '"end"', "coder_id", "created_at")
_FACT_COLUMNS = ("memo", "valence", "starred", "confidential")
_INSERT_CODINGS = {len(columns): f"INSERT INTO codings ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
                   for columns in (_CODING_COLUMNS, _CODING_COLUMNS + _FACT_COLUMNS)}
_CODING_BATCH = 50_000  # codings written with one statement
_CACHE_KB = 64 * 1024  # SQLite's page cache while the project is filled (its default is 2 MB)
LABEL = "import REFI-QDA project"

IMPORTED = QT_TRANSLATE_NOOP(
    "qdacoder",
    "Imported {documents} document(s), {codes} code(s), {codings} coding(s) by {coders} coder(s), "
    "{cases} case(s) with {passages} passage(s), {attributes} attribute(s) with {values} value(s) "
    "and {memos} memo(s).",
)
SKIPPED = {
    "media": QT_TRANSLATE_NOOP("qdacoder", "Skipped {n} picture, audio or video source(s), as qdacoder codes texts: {names}"),
    "external": QT_TRANSLATE_NOOP("qdacoder", "Skipped {n} source(s) kept outside the .qdpx file: {names}"),
    "missing": QT_TRANSLATE_NOOP("qdacoder", "Skipped {n} source(s) whose text is missing from the .qdpx file: {names}"),
    "pdf without text": QT_TRANSLATE_NOOP("qdacoder", "Skipped {n} PDF source(s) without a text representation: {names}"),
    "empty sources": QT_TRANSLATE_NOOP("qdacoder", "Skipped {n} source(s) without text: {names}"),
    "pdf areas": QT_TRANSLATE_NOOP("qdacoder", "Skipped {n} area selection(s) on PDF pages."),
    "other selections": QT_TRANSLATE_NOOP("qdacoder", "Skipped {n} selection(s) in pictures, PDF pages, audio, video or transcripts."),
    "empty selections": QT_TRANSLATE_NOOP("qdacoder", "Skipped {n} selection(s) of no length."),
    "unused selections": QT_TRANSLATE_NOOP("qdacoder", "Skipped {n} selection(s) without a code and in no case."),
    "case codes": QT_TRANSLATE_NOOP("qdacoder", "Skipped {n} code(s) applied to a whole case."),
    "category codings": QT_TRANSLATE_NOOP("qdacoder", "Skipped {n} coding(s) with a code that only groups codes."),
    "duplicate codings": QT_TRANSLATE_NOOP("qdacoder", "Skipped {n} coding(s) that repeat another (same code, passage and coder)."),
    "bad values": QT_TRANSLATE_NOOP("qdacoder", "Skipped {n} attribute value(s) that do not fit their type."),
    "empty notes": QT_TRANSLATE_NOOP("qdacoder", "Skipped {n} empty note(s)."),
    "missing notes": QT_TRANSLATE_NOOP("qdacoder", "Skipped {n} note(s) whose text is missing from the .qdpx file: {names}"),
    "Sets": QT_TRANSLATE_NOOP("qdacoder", "Skipped {n} set(s): qdacoder has no sets."),
    "Graphs": QT_TRANSLATE_NOOP("qdacoder", "Skipped {n} graph(s)."),
}
# a skipped source's name in the report, when codings were lost with it
WITH_CODINGS = QT_TRANSLATE_NOOP("qdacoder", "{name} ({n} coding(s) lost)")
# which sources' positions were read which way (only sources where the two ways differ)
READINGS = {
    UTF16: QT_TRANSLATE_NOOP(
        "qdacoder", "Positions read as NVivo counts them (an emoji counts as two) in {n} source(s): {names}"),
    CHARACTERS: QT_TRANSLATE_NOOP(
        "qdacoder", "Positions read in characters, as REFI-QDA counts them, in {n} source(s) with emoji: {names}"),
}


@dataclass
class QdpxImportReport:
    file: str
    project: str
    imported: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)  # reason (a key of SKIPPED) -> count
    skipped_names: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # reason -> (name, codings lost)
    readings: dict[str, list[str]] = field(default_factory=dict)  # CHARACTERS or UTF16 -> source names

    def lines(self, translate=lambda text: text) -> list[str]:
        """The report as sentences; ``translate`` gives them in the user's language."""
        lines = [render(IMPORTED, self.imported, translate)]
        for reading, names in self.readings.items():
            lines.append(render(READINGS[reading], {"n": len(names), "names": ", ".join(names)}, translate))
        for reason, n in self.skipped.items():
            names = ", ".join(name if not lost else render(WITH_CODINGS, {"name": name, "n": lost}, translate)
                              for name, lost in self.skipped_names.get(reason, []))
            lines.append(render(SKIPPED[reason], {"n": n, "names": names}, translate).rstrip(": "))
        return lines

    def summary(self) -> str:
        return "\n".join([f"Created {self.project} from {self.file}:"] + [f"  {line}" for line in self.lines()])

    def as_dict(self) -> dict:
        return {"file": self.file, "project": self.project, "imported": dict(self.imported),
                "skipped": dict(self.skipped),
                "skipped_names": {k: [name for name, _lost in v] for k, v in self.skipped_names.items()},
                "codings_lost": {k: [{"name": name, "codings": lost} for name, lost in v if lost]
                                 for k, v in self.skipped_names.items() if any(lost for _n, lost in v)},
                "positions": {k: list(v) for k, v in self.readings.items()}}


def import_qdpx(source: str | Path, target: str | Path, *, coder: str) -> QdpxImportReport:
    """Create the project ``target`` from the .qdpx ``source``; ``coder`` is the coder of
    codings that name none. Raises a ``QdaError`` (and leaves no file) when it cannot."""
    source, target = Path(source), Path(target)
    file = source.name or str(source)
    data = read_bytes(source, file, limit=MAX_FILE, too_big=FILE_TOO_BIG, error=QdpxFileError)
    # written beside the target and renamed when whole: a kill or a full disk leaves nothing
    project = Project.create_beside(target, name=source.stem)
    try:
        # index pages stay in memory while a million codings go into five indexes (measured:
        # a quarter less time than with the default cache)
        project.db.execute(f"PRAGMA cache_size = -{_CACHE_KB}")
        with project.unrecorded(LABEL) as tx:
            writer = _Writer(tx, coder, file)
            content = read_qdpx(data, file, writer)
            report = writer.finish(content)
            if content.name:
                project.set_setting("name", content.name)
        project.finish_as(target)
    except BaseException as error:
        project.close()
        remove_project_file(project.path)
        if isinstance(error, QdaError) or not isinstance(error, Exception):
            raise
        raise QdpxFileError(UNEXPECTED, file=file, reason=type(error).__name__) from error
    report.file, report.project = file, target.name
    return report


def _insert_codings(db: sqlite3.Connection, rows: list[tuple]) -> None:
    """Insert the coding rows in their order, a statement per run of rows with the same columns."""
    for size, run in groupby(rows, len):
        db.executemany(_INSERT_CODINGS[size], run)


class _Writer:
    """Writes what ``qdpx_read`` hands over (a ``Sink``), and the rest when it is done."""

    def __init__(self, tx: Transaction, coder: str, file: str) -> None:
        self.tx, self.p, self.coder, self.file = tx, tx.project, coder, file
        self.taken: dict[str, set[str]] = {}
        self.names: dict[str, set[str]] = {}
        self.document_names: set[str] = set()
        self.counts: Counter = Counter()
        self.skipped: Counter = Counter()
        self.skipped_names: dict[str, list[tuple[str, int]]] = {}
        self.skipped_keys: set[str] = set()
        self.users: dict[str, int] = {}
        self.user_names: dict[str, str] = {}
        self.codes: dict[str, int] = {}
        self.codable: set[int] = set()
        self.sources: dict[str, int] = {}
        self.selections: dict[str, tuple[int, int, int, bool]] = {}  # key -> document, start, end, coded
        self.note_targets: dict[str, tuple[str, int | None]] = {}
        self.document_values: list[tuple[int, list]] = []  # (document id, values)
        self.case_refs: set[str] | None = None  # what the cases read so far refer to; None: no case yet
        self.ready = {"users": False, "codebook": False}
        self.coding_rows: list[tuple] = []  # made, not yet written
        self.next_coding = 0  # the id of the last coding made
        self.stamp = now()
        self.waiting: list[SourceIn] = []  # sources read before the users or the code book

    # -- handed over while reading (qdpx_read.Sink) ----------------------------------------
    def read_users(self, users: list[tuple[str | None, str]]) -> None:
        self.write_users(users)
        self._now_ready("users")

    def read_codebook(self, codebook: Codebook, code_notes: list[tuple[str, str]]) -> None:
        self.write_codes(codebook.codes, None)
        for code, note in code_notes:
            if code in self.codes:
                self.note_targets.setdefault(note, ("code", self.codes[code]))
        self._now_ready("codebook")

    def read_case(self, case: CaseIn) -> None:
        self.case_refs = (self.case_refs or set()) | case.selection_refs

    def read_source(self, source: SourceIn) -> None:
        # Project.xsd puts the cases before the sources: when the first source comes, the
        # selections cases refer to are known, and only those are kept (with the uncoded ones,
        # to count), not all of a million selections
        if self.case_refs is None:
            self.case_refs = set()
        if all(self.ready.values()):
            self.write_source(source)
        else:
            self.waiting.append(source)

    def _now_ready(self, part: str) -> None:
        self.ready[part] = True
        if all(self.ready.values()):
            self._write_waiting()

    def _write_waiting(self) -> None:
        for source in self.waiting:
            self.write_source(source)
        self.waiting = []

    # -- when everything is read ------------------------------------------------------------
    def finish(self, content: Content) -> QdpxImportReport:
        self._write_waiting()
        self.write_codings()
        self.skipped.update(content.skipped)
        self.skipped_keys |= content.skipped_keys
        names = {**content.skipped_names}
        for reason, found in self.skipped_names.items():
            names[reason] = names.get(reason, []) + found
        variables = self.write_variables(content)
        used = set()
        for case in content.cases:
            used |= self.write_case(case, variables, content)
        for document_id, values in self.document_values:
            self.write_values(values, variables, "document", document_id)
        self.skipped["unused selections"] += sum(1 for k, s in self.selections.items() if not s[3] and k not in used)
        self.write_memos(content)
        keys = ("documents", "codes", "codings", "coders", "cases", "passages", "attributes", "values", "memos")
        return QdpxImportReport("", "", {k: self.counts[k] for k in keys},
                                {k: n for k, n in self.skipped.items() if n}, names, content.readings)

    # -- identity ------------------------------------------------------------------------
    def guid(self, table: str, guid: str | None) -> str:
        taken = self.taken.setdefault(table, set())
        if not guid or guid_key(guid) in taken:
            guid = new_guid()
        taken.add(guid_key(guid))
        return guid

    def name(self, kind: str, wanted: str, fallback: str) -> str:
        taken = self.names.setdefault(kind, set())
        base = " ".join(wanted.split()) or fallback
        name, n = base, 2
        while name.casefold() in taken:
            name, n = f"{base} ({n})", n + 1
        taken.add(name.casefold())
        return name

    # -- the parts -----------------------------------------------------------------------
    def write_users(self, users: list[tuple[str | None, str]]) -> None:
        for n, (guid, name) in enumerate(users, 1):
            name = self.name("coder", name, f"User {n}")
            coder_id = self.tx.insert("coders", {"guid": self.guid("coders", guid), "name": name, "created_at": now()})
            if guid:
                self.users.setdefault(guid_key(guid), coder_id)
                self.user_names.setdefault(guid_key(guid), name)
            self.counts["coders"] += 1

    def coder_of(self, user: str | None) -> int:
        if user in self.users:
            return self.users[user]
        if "" not in self.users:
            existing = self.p.scalar("SELECT id FROM coders WHERE name = ?", [self.coder])
            self.users[""] = existing or self.tx.insert(
                "coders", {"guid": new_guid(), "name": self.name("coder", self.coder, "qdacoder"), "created_at": now()})
            self.counts["coders"] += 0 if existing else 1
        return self.users[""]

    def write_codes(self, entries: list[CodebookEntry], parent_id: int | None) -> None:
        for entry in entries:
            code_id = insert_code(
                self.tx, entry.name, parent_id=parent_id, color=entry.color, description=entry.description,
                inclusion=entry.inclusion, exclusion=entry.exclusion, example=entry.example,
                is_codable=entry.is_codable, default_valence=entry.default_valence, guid=entry.guid)
            if entry.guid:
                self.codes.setdefault(guid_key(entry.guid), code_id)
            if entry.is_codable:
                self.codable.add(code_id)
            self.counts["codes"] += 1
            self.write_codes(entry.children, code_id)

    def write_source(self, source: SourceIn) -> None:
        if not source.text.strip():
            self.skipped["empty sources"] += 1
            lost = len(source.codings) + sum(len(s.codings) for s in source.selections)
            self.skipped_names.setdefault("empty sources", []).append((source.name, lost))
            self.skipped_keys.update(k for k in [source.guid and guid_key(source.guid),
                                                 *(selection_key(s.guid) for s in source.selections)] if k)
            return
        document_id = self.tx.insert("documents", {
            "guid": self.guid("documents", source.guid), "name": self.document_name(source.name or "Document"),
            "kind": source.facts.get("kind", "other"), "text": source.text, "source_name": None,
            "sha256": sha256_of(source.text), "imported_at": source.created or now(),
            "memo": source.facts["memo"], "length": len(source.text)})
        self.counts["documents"] += 1
        if source.guid:
            self.sources.setdefault(guid_key(source.guid), document_id)
        if source.values:
            self.document_values.append((document_id, source.values))
        for note in source.notes:
            self.note_targets.setdefault(note, ("document", document_id))
        # The codings get their ids here (the table is new: 1, 2, ... in the order they are
        # written, see ``write_codings``) and are written many sources at a time with one
        # statement (``_CODING_BATCH``), so the notes on them can be placed now. This loop runs
        # once per coding (hundreds of thousands): no call per coding, names looked up once.
        spans = source.selections
        if source.codings:  # codings of the whole source: as a selection of all of it, first
            spans = [SelectionIn(None, 0, len(source.text), NO_FACTS, source.codings, ()), *spans]
        codes, codable, users, coder_of = self.codes, self.codable, self.users, self.coder_of
        rows, targets, stamp, seen, fallback = self.coding_rows, self.note_targets, self.stamp, set(), source.user
        coding_id = self.next_coding
        for selection in spans:
            start, end = selection.start, selection.end
            facts = self.facts(selection.facts)
            first = None  # the selection's first coding written
            for guid, code, user, created, notes, line in selection.codings:
                code_id = codes.get(code)
                if code_id is None:
                    raise QdpxFileError(UNKNOWN_CODE, file=self.file, line=line, guid=code or "?")
                user = user or fallback
                coder_id = users.get(user) or coder_of(user)
                if code_id not in codable:
                    self.skipped["category codings"] += 1
                    continue
                unique = (code_id, coder_id, start, end)
                if unique in seen:
                    self.skipped["duplicate codings"] += 1
                    continue
                seen.add(unique)
                coding_id += 1
                row = (guid or new_guid(), document_id, code_id, start, end, coder_id, created or stamp)
                rows.append(row + facts if facts else row)
                first = first or coding_id
                if notes:
                    for note in notes:
                        targets.setdefault(note, ("coding", coding_id))
            # kept for the cases that refer to it (read before the sources, in the order of the
            # schema) and for counting selections that are neither coded nor in a case
            if selection.guid and (first is None or self.case_refs):
                key = selection_key(selection.guid)
                if key and (first is None or key in self.case_refs):
                    self.selections.setdefault(key, (document_id, start, end, first is not None))
            for note in selection.notes:
                targets.setdefault(note, ("coding", first) if first else ("document", document_id))
        self.next_coding = self.counts["codings"] = coding_id
        if len(rows) >= _CODING_BATCH:
            self.write_codings()

    def write_codings(self) -> None:
        """Write the codings made so far with one statement per run of rows alike. A coding
        GUID used before (a file that uses one twice) makes the unique index refuse that row
        (SQLite undoes only that row's statement; the rows before it stay written): then, and
        only then, that row gets a new GUID and the writing goes on from it. No savepoint
        around the batch: it made SQLite copy every page the batch touched aside first.

        The rows carry no id: SQLite gives each the one after the last (a quarter less time
        than checking ids given with them), which are the ids ``write_source`` counted, as
        the table was empty and the rows are written in that order. That is checked."""
        rows, self.coding_rows = self.coding_rows, []
        first_id, start = self.next_coding - len(rows) + 1, 0
        while True:
            try:
                _insert_codings(self.p.db.conn, rows[start:] if start else rows)
                break
            except sqlite3.IntegrityError:
                refused = (self.p.scalar("SELECT max(id) FROM codings") or 0) + 1 - first_id  # its index
                if not 0 <= refused < len(rows) or not self.p.scalar(
                        "SELECT 1 FROM codings WHERE guid = ?", [rows[refused][0]]):
                    raise  # not a repeated GUID
                rows[refused] = (new_guid(), *rows[refused][1:])
                start = refused
        if rows and self.p.scalar("SELECT max(id) FROM codings") != self.next_coding:
            raise RuntimeError("the codings did not get the ids counted for them")

    @staticmethod
    def facts(facts: dict) -> tuple:
        """A selection's memo, valence, star and confidential mark as its codings' rows hold them
        (``_FACT_COLUMNS``); none when it has none."""
        if facts is NO_FACTS or (len(facts) == 1 and not facts["memo"]):  # most selections
            return ()
        return (facts["memo"], facts.get("valence"), int(bool(facts.get("starred"))),
                int(bool(facts.get("confidential"))))

    def document_name(self, wanted: str) -> str:
        """``wanted``, or ``wanted (2)``... as ``documents.unique_name`` would give it, from the
        names written so far (the project is new) instead of a query per document."""
        name = free_name(wanted, self.document_names)
        self.document_names.add(name)
        return name

    def write_variables(self, content: Content) -> dict[tuple[str, str], attributes.Variable]:
        on = {"case": {v[0] for c in content.cases for v in c.values},
              "document": {v[0] for _document, values in self.document_values for v in values}}
        found: dict[tuple[str, str], attributes.Variable] = {}
        for variable in content.variables:
            var_key = guid_key(variable.guid or new_guid())
            facts = variable.facts
            targets = [facts["target"]] if "target" in facts else \
                [t for t in ("case", "document") if var_key in on[t]] or ["case"]
            kind = "category" if "categories" in facts else QDACODER_TYPES.get(variable.type, "text")
            for target in targets:
                row = {"guid": self.guid("variables", variable.guid), "target": target,
                       "name": self.name(f"variable {target}", variable.name, "Attribute"), "type": kind,
                       "categories": json.dumps(list(facts.get("categories", ())), ensure_ascii=False),
                       "description": facts["description"], "position": self.counts[f"position {target}"]}
                self.counts[f"position {target}"] += 1
                row["id"] = self.tx.insert("variables", row)
                found[(var_key, target)] = attributes.Variable(**{**row, "categories": facts.get("categories", ())})
                self.counts["attributes"] += 1
        return found

    def write_case(self, case: CaseIn, variables, content: Content) -> set[str]:
        case_id = self.tx.insert("cases", {"guid": self.guid("cases", case.guid), "memo": case.memo,
                                           "name": self.name("case", case.name, "Case"), "created_at": now()})
        self.counts["cases"] += 1
        if case.guid:
            for note, target in content.links:
                for one, other in ((note, target), (target, note)):
                    if other == guid_key(case.guid):
                        self.note_targets.setdefault(one, ("case", case_id))
        used, ranges = set(), set()
        for ref, line in case.refs:
            if ref in self.sources:
                found = (self.sources[ref], None, None)
            elif ref in self.selections:
                found = self.selections[ref][:3]
                used.add(ref)
            elif ref in self.skipped_keys:
                continue
            else:
                raise QdpxFileError(UNKNOWN_REFERENCE, file=self.file, line=line, guid=ref or "?")
            if found not in ranges:
                ranges.add(found)
                self.tx.insert("case_ranges", {"case_id": case_id, "document_id": found[0],
                                               "start": found[1], "end": found[2]})
                self.counts["passages"] += found[1] is not None
        self.write_values(case.values, variables, "case", case_id)
        return used

    def write_values(self, values, variables, target: str, target_id: int) -> None:
        done = set()
        for var_key, raw, line in values:
            variable = variables.get((var_key, target))
            if variable is None:
                raise QdpxFileError(UNKNOWN_VARIABLE, file=self.file, line=line, guid=var_key or "?")
            try:
                value = attributes.parse_value(variable, raw)
            except ValidationError:
                self.skipped["bad values"] += 1
                continue
            if value is None or variable.id in done:
                continue
            done.add(variable.id)
            self.tx.insert("attribute_values", {"variable_id": variable.id, "target_id": target_id, "value": value})
            self.counts["values"] += 1

    def write_memos(self, content: Content) -> None:
        for note in content.project_notes:
            self.note_targets.setdefault(note, ("project", None))
        for note in content.notes:
            title, text = note.name, note.text.strip()
            if title == text.split("\n", 1)[0][:60].strip():  # the name qdacoder's export derives
                title = ""
            if not text and not title:
                self.skipped["empty notes"] += 1
                continue
            target, target_id = self.note_targets.get(guid_key(note.guid or ""), ("project", None))
            created = note.created or now()
            self.tx.insert("memos", {"guid": self.guid("memos", note.guid), "target": target, "target_id": target_id,
                                     "title": title, "text": text, "author": self.user_names.get(note.user or "", ""),
                                     "created_at": created, "updated_at": note.modified or created})
            self.counts["memos"] += 1
