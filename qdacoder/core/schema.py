"""The project file's schema and its forward migrations.

Design rules:
- Migrations only ever go forward and each runs in one transaction (sqlite-utils
  ``Migrations``, which applies every registered one not applied yet, by name). After applying
  them, ``PRAGMA user_version`` holds the highest migration number applied (``version_of``),
  so any SQLite tool can tell the schema version, and a file written by a newer qdacoder (a higher version than we know) is refused instead of being half understood.
- Foreign keys never cascade. Operations delete dependent rows themselves, so every deleted row
  passes through the undo journal; a forgotten dependant raises an integrity error instead of
  vanishing silently.
- Every row that may be exchanged (REFI-QDA, merging coder copies) has a GUID.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from sqlite_utils import Database


class LazyMigrations:
    """sqlite-utils ``Migrations``, built on first use. sqlite-utils imports numpy when it is
    installed (0.15 s), so opening an up-to-date project to read it, which needs only the
    migrations' names, must not import it. Register with ``@MIGRATIONS(name=...)`` as with
    ``Migrations``; every other attribute (``apply``, ``applied``, ``pending``) is the real one."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.names: list[str] = []
        self._functions: list[tuple[str, Callable]] = []
        self._real: Any = None

    def __call__(self, *, name: str) -> Callable[[Callable], Callable]:
        def register(function: Callable) -> Callable:
            if self._real is not None:
                raise RuntimeError("migrations are registered when the module is imported, before use")
            self.names.append(name)
            self._functions.append((name, function))
            return function

        return register

    def __getattr__(self, attribute: str) -> Any:
        if self._real is None:
            from sqlite_utils import Migrations

            real = Migrations(self.name)
            for name, function in self._functions:
                real(name=name)(function)
            self._real = real
        return getattr(self._real, attribute)


MIGRATIONS = LazyMigrations("qdacoder")

DOCUMENT_KINDS = ("transcript", "fieldnote", "dossier", "report", "other")


@MIGRATIONS(name="0001_foundation")
def _foundation(db: Database) -> None:
    kinds = ", ".join(f"'{k}'" for k in DOCUMENT_KINDS)
    db.executescript(
        f"""
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE coders (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL
        );
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL UNIQUE,
            memo TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ({kinds})),
            text TEXT NOT NULL,
            source_name TEXT,
            sha256 TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            memo TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE case_ranges (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            document_id INTEGER NOT NULL REFERENCES documents(id),
            start INTEGER,
            "end" INTEGER,
            CHECK ((start IS NULL AND "end" IS NULL) OR (start >= 0 AND "end" > start))
        );
        CREATE INDEX idx_case_ranges_case ON case_ranges(case_id);
        CREATE INDEX idx_case_ranges_document ON case_ranges(document_id, start);
        CREATE UNIQUE INDEX idx_case_ranges_whole_document
            ON case_ranges(case_id, document_id) WHERE start IS NULL;
        CREATE TABLE speaker_turns (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            start INTEGER NOT NULL,
            content_start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            speaker TEXT NOT NULL,
            CHECK (start >= 0 AND content_start >= start AND "end" >= content_start)
        );
        CREATE INDEX idx_speaker_turns_document ON speaker_turns(document_id, start);
        CREATE TABLE codes (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            parent_id INTEGER REFERENCES codes(id),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            position INTEGER NOT NULL DEFAULT 0,
            color TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            created_by INTEGER REFERENCES coders(id),
            created_at TEXT NOT NULL
        );
        CREATE INDEX idx_codes_parent ON codes(parent_id, position);
        CREATE INDEX idx_codes_created_by ON codes(created_by);
        CREATE UNIQUE INDEX idx_codes_sibling_name ON codes(ifnull(parent_id, 0), name);
        CREATE TABLE codings (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            code_id INTEGER NOT NULL REFERENCES codes(id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            coder_id INTEGER NOT NULL REFERENCES coders(id),
            memo TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            CHECK (start >= 0 AND "end" > start)
        );
        CREATE INDEX idx_codings_document ON codings(document_id, start);
        CREATE INDEX idx_codings_code ON codings(code_id);
        CREATE INDEX idx_codings_coder ON codings(coder_id);
        """
    )




@MIGRATIONS(name="0002_codebook_and_valence")
def _codebook_and_valence(db: Database) -> None:
    """Codes get criteria, an example, a category flag, a default valence and a mark for codes
    added while coding; codings get a valence (NULL: none)."""
    db.executescript(
        """
        ALTER TABLE codes ADD COLUMN inclusion TEXT NOT NULL DEFAULT '';
        ALTER TABLE codes ADD COLUMN exclusion TEXT NOT NULL DEFAULT '';
        ALTER TABLE codes ADD COLUMN example TEXT NOT NULL DEFAULT '';
        ALTER TABLE codes ADD COLUMN is_codable INTEGER NOT NULL DEFAULT 1 CHECK (is_codable IN (0, 1));
        ALTER TABLE codes ADD COLUMN default_valence TEXT
            CHECK (default_valence IN ('promoting', 'hindering'));
        ALTER TABLE codes ADD COLUMN added_while_coding INTEGER NOT NULL DEFAULT 0
            CHECK (added_while_coding IN (0, 1));
        ALTER TABLE codings ADD COLUMN valence TEXT CHECK (valence IN ('promoting', 'hindering'));
        -- covering index: code frequencies are counted from the index alone
        DROP INDEX idx_codings_code;
        CREATE INDEX idx_codings_code ON codings(code_id, document_id, valence, start, "end");
        """
    )


ATTRIBUTE_TARGETS = ("case", "document", "respondent")
ATTRIBUTE_TYPES = ("text", "number", "date", "boolean", "category")
MEMO_TARGETS = ("project", "document", "case", "code", "coding")
LANES = ("wonen", "onderwijs", "hulp", "gezin", "diagnose", "leven")
PRECISIONS = ("day", "month", "year", "age")


@MIGRATIONS(name="0003_cases_attributes_memos_timelines")
def _cases_attributes_memos_timelines(db: Database) -> None:
    """Respondents (linked to speaker labels), typed attributes of cases, documents and
    respondents (a missing value has no row: never 0 or "no"), memos with author and time,
    and timeline events per case on lanes, linked to the codings that tell about them."""
    targets = ", ".join(f"'{t}'" for t in ATTRIBUTE_TARGETS)
    types = ", ".join(f"'{t}'" for t in ATTRIBUTE_TYPES)
    memo_targets = ", ".join(f"'{t}'" for t in MEMO_TARGETS)
    lanes = ", ".join(f"'{t}'" for t in LANES)
    precisions = ", ".join(f"'{t}'" for t in PRECISIONS)
    db.executescript(
        f"""
        CREATE TABLE respondents (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            case_id INTEGER REFERENCES cases(id),
            label TEXT NOT NULL CHECK (length(trim(label)) > 0),
            role TEXT NOT NULL DEFAULT '',
            function TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE INDEX idx_respondents_case ON respondents(case_id);
        CREATE UNIQUE INDEX idx_respondents_label ON respondents(ifnull(case_id, 0), label);
        ALTER TABLE speaker_turns ADD COLUMN respondent_id INTEGER REFERENCES respondents(id);
        CREATE INDEX idx_speaker_turns_respondent ON speaker_turns(respondent_id);

        CREATE TABLE variables (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            target TEXT NOT NULL CHECK (target IN ({targets})),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            type TEXT NOT NULL CHECK (type IN ({types})),
            categories TEXT NOT NULL DEFAULT '[]',
            description TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE UNIQUE INDEX idx_variables_name ON variables(target, name);
        CREATE TABLE attribute_values (
            id INTEGER PRIMARY KEY,
            variable_id INTEGER NOT NULL REFERENCES variables(id),
            target_id INTEGER NOT NULL,
            value NOT NULL
        );
        CREATE UNIQUE INDEX idx_attribute_values ON attribute_values(variable_id, target_id);
        CREATE INDEX idx_attribute_values_target ON attribute_values(target_id);

        CREATE TABLE memos (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            target TEXT NOT NULL CHECK (target IN ({memo_targets})),
            target_id INTEGER,
            title TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK ((target = 'project') = (target_id IS NULL))
        );
        CREATE INDEX idx_memos_target ON memos(target, target_id);

        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            lane TEXT NOT NULL CHECK (lane IN ({lanes})),
            label TEXT NOT NULL DEFAULT '',
            precision TEXT NOT NULL CHECK (precision IN ({precisions})),
            start TEXT NOT NULL,
            "end" TEXT,
            provider TEXT NOT NULL DEFAULT '',
            care_type TEXT NOT NULL DEFAULT '',
            outside_family INTEGER CHECK (outside_family IN (0, 1)),
            turning_point INTEGER NOT NULL DEFAULT 0 CHECK (turning_point IN (0, 1)),
            memo TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE INDEX idx_events_case ON events(case_id, lane, start);
        CREATE TABLE event_codings (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id),
            coding_id INTEGER NOT NULL REFERENCES codings(id)
        );
        CREATE UNIQUE INDEX idx_event_codings ON event_codings(event_id, coding_id);
        CREATE INDEX idx_event_codings_coding ON event_codings(coding_id);
        """
    )


@MIGRATIONS(name="0004_full_text_search")
def _full_text_search(db: Database) -> None:
    """Full-text search over the documents' texts: an FTS5 index that reads the text from the
    documents table itself (external content, so no second copy of every text), accent-blind
    ("cafe" finds "café"). Triggers keep it in step with every INSERT, UPDATE of the text and
    DELETE, including those that undo and redo replay, so no operation has to remember it."""
    db.executescript(
        """
        CREATE VIRTUAL TABLE documents_fts USING fts5(
            text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts (rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        CREATE TRIGGER documents_fts_update AFTER UPDATE OF text ON documents
        WHEN old.text IS NOT new.text BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO documents_fts (rowid, text) VALUES (new.id, new.text);
        END;
        INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
        """
    )


@MIGRATIONS(name="0005_quotes")
def _quotes(db: Database) -> None:
    """Quotes: a coding can be starred as a quote candidate, and the project keeps a list of
    names that must never appear in an export (youths, parents, institutions), each with the
    placeholder that replaces it."""
    db.executescript(
        """
        ALTER TABLE codings ADD COLUMN starred INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1));
        CREATE TABLE placeholders (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            placeholder TEXT NOT NULL
        );
        """
    )



@MIGRATIONS(name="0006_covering_indexes")
def _covering_indexes(db: Database) -> None:
    """Indexes that answer the analyses without reading table rows: joining a coding to its
    cases reads (document, range, case) from the index alone, and passages coded more than once
    (the same document, start and end) are found by walking one index in order."""
    db.executescript(
        """
        DROP INDEX idx_case_ranges_document;
        CREATE INDEX idx_case_ranges_document ON case_ranges(document_id, start, "end", case_id);
        DROP INDEX idx_codings_document;
        CREATE INDEX idx_codings_document ON codings(document_id, start, "end");
        """
    )


@MIGRATIONS(name="0007_confidential_codings")
def _confidential_codings(db: Database) -> None:
    """A coding can be marked confidential (vertrouwelijk): the statement stays in the analysis
    but is never quoted and its text never leaves the project in a coder copy or a .qdpx."""
    db.executescript(
        """
        ALTER TABLE codings ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1));
        """
    )


@MIGRATIONS(name="0008_placeholder_case_and_category")
def _placeholder_case_and_category(db: Database) -> None:
    """A listed name matches as listed and in capitals unless it is marked "any case"; names are
    grouped by category (person, place, institution, other). Names listed before matched in any
    case, so they keep doing so: nothing that was hidden becomes visible."""
    db.executescript(
        """
        ALTER TABLE placeholders ADD COLUMN any_case INTEGER NOT NULL DEFAULT 0 CHECK (any_case IN (0, 1));
        ALTER TABLE placeholders ADD COLUMN category TEXT NOT NULL DEFAULT '';
        UPDATE placeholders SET any_case = 1;
        """
    )


@MIGRATIONS(name="0009_coder_assignments")
def _coder_assignments(db: Database) -> None:
    """Which coder codes which documents (a team double-codes a sample and splits the rest).
    Agreement reads a document not assigned to a coder as missing for that coder, never as
    "found nothing"; a coder copy made for chosen documents records their assignment."""
    db.executescript(
        """
        CREATE TABLE assignments (
            id INTEGER PRIMARY KEY,
            coder_id INTEGER NOT NULL REFERENCES coders(id),
            document_id INTEGER NOT NULL REFERENCES documents(id),
            created_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX idx_assignments_coder ON assignments(coder_id, document_id);
        CREATE INDEX idx_assignments_document ON assignments(document_id);
        """
    )


@MIGRATIONS(name="0010_word_lists")
def _word_lists(db: Database) -> None:
    """The project's own stop words for the word analyses: words added to the standard lists
    ("stop"), words of the standard lists that do count here ("keep"), and which standard lists
    apply ("language": nl, en). Rows, not a setting, so every edit is an undoable operation.
    A project starts with the Dutch list."""
    db.executescript(
        """
        CREATE TABLE word_lists (
            id INTEGER PRIMARY KEY,
            list TEXT NOT NULL CHECK (list IN ('stop', 'keep', 'language')),
            word TEXT NOT NULL CHECK (length(word) > 0),
            UNIQUE (list, word)
        );
        INSERT INTO word_lists (list, word) VALUES ('language', 'nl');
        """
    )


@MIGRATIONS(name="0011_consensus_settled")
def _consensus_settled(db: Database) -> None:
    """The final coding after a consensus review. A coder can be a consensus coder (its codings
    are a review's decisions, not a reading of the material), and a document's consensus is
    settled by an explicit mark: the consensus coder's codings replace, in that document, those
    of the coders compared, even when the consensus is "nothing here" (no codings at all).
    Projects made before kept their consensus under the default name, "Consensus"."""
    db.executescript(
        """
        ALTER TABLE coders ADD COLUMN is_consensus INTEGER NOT NULL DEFAULT 0 CHECK (is_consensus IN (0, 1));
        UPDATE coders SET is_consensus = 1 WHERE name = 'Consensus';
        CREATE TABLE consensus_settled (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            consensus_coder_id INTEGER NOT NULL REFERENCES coders(id),
            coder_id INTEGER NOT NULL REFERENCES coders(id),
            created_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX idx_consensus_settled ON consensus_settled(document_id, coder_id);
        CREATE INDEX idx_consensus_settled_consensus ON consensus_settled(consensus_coder_id, document_id);
        CREATE INDEX idx_consensus_settled_coder ON consensus_settled(coder_id);
        """
    )


@MIGRATIONS(name="0012_rejected_names")
def _rejected_names(db: Database) -> None:
    """Forms the researcher said are not names (suggested placeholders rejected), so the name
    finder does not propose them again. Compared without case and diacritics."""
    db.executescript(
        """
        CREATE TABLE rejected_names (
            id INTEGER PRIMARY KEY,
            form TEXT NOT NULL UNIQUE CHECK (length(form) > 0)
        );
        """
    )


@MIGRATIONS(name="0013_digest_index_and_document_length")
def _digest_index_and_document_length(db: Database) -> None:
    """Speed at ten times the scale (issue 24).
    - Importing a file looks up whether its text is already in the project by its SHA-256: with
      an index that costs the same in a project of 20,000 documents as in an empty one.
    - Each document's length in characters, kept beside its text: coding a passage checks that
      it lies inside the text, and counting the characters of a 1 MB transcript for that took
      longer than writing the coding. Triggers set it whenever a text is written without it (or
      with a wrong one), so no writer can forget it; writers that give it cost nothing extra."""
    db.executescript(
        """
        CREATE INDEX idx_documents_sha256 ON documents(sha256);
        ALTER TABLE documents ADD COLUMN length INTEGER;
        UPDATE documents SET length = length(text);
        CREATE TRIGGER documents_length_insert AFTER INSERT ON documents
        WHEN new.length IS NOT length(new.text) BEGIN
            UPDATE documents SET length = length(new.text) WHERE id = new.id;
        END;
        CREATE TRIGGER documents_length_update AFTER UPDATE OF text, length ON documents
        WHEN new.length IS NOT length(new.text) BEGIN
            UPDATE documents SET length = length(new.text) WHERE id = new.id;
        END;
        """
    )


@MIGRATIONS(name="0014_text_edits")
def _text_edits(db: Database) -> None:
    """Editing a document's text (``core.text_edits``). Every edit leaves a row in
    ``text_edits``: the document's checksum before and after and where the text changed
    ([start, end, new length] in the text before, as JSON), never the text itself, so a coder
    copy made before an edit can be merged by moving its codings through the edits made since.
    ``pseudonymisations``: the dated log of what was pseudonymised for good (``core.purge``):
    what the names became and how often, never the names themselves. (0013 is issue 24's.)"""
    db.executescript(
        """
        CREATE TABLE text_edits (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            sha_before TEXT NOT NULL,
            sha_after TEXT NOT NULL,
            edits TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX idx_text_edits_document ON text_edits(document_id, id);
        CREATE TABLE pseudonymisations (
            id INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            replacement TEXT NOT NULL,
            hits INTEGER NOT NULL,
            documents INTEGER NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );
        """
    )


@MIGRATIONS(name="0015_codings_by_code_without_positions")
def _codings_by_code_without_positions(db: Database) -> None:
    """The codings-by-code index no longer holds each coding's start and end. A text edit
    moves every coding after it, and each moved coding had its entry taken out of and put back
    into both indexes that hold positions; now only into the one by document. Replacing a name
    in every document of the scale project (200,000 codings moved) took 0.4-0.7 s less, a key
    typed near the top of the 1 MB transcript about half as long; the analyses that read the
    positions of a code's codings take them from the row, and measured no slower (the smaller
    index reads faster)."""
    db.executescript(
        """
        DROP INDEX idx_codings_code;
        CREATE INDEX idx_codings_code ON codings(code_id, document_id, valence);
        """
    )


def version_of(names) -> int:
    """The schema version of a set of applied migrations: the highest number among them. Equal to
    their count when none is missing; a branch's migration numbered ahead of one not merged yet
    (0014 before 0013) keeps its number, so the file still reads as newer to code without it."""
    return max((int(name[:4]) for name in names if name[:4].isdigit()), default=0)


SCHEMA_VERSION = version_of(MIGRATIONS.names)  # the highest migration number
