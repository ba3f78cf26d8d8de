"""The project file's schema and its forward migrations.

Design rules:
- Migrations only ever go forward and each runs in one transaction (sqlite-utils
  ``Migrations``). After applying them, ``PRAGMA user_version`` holds the number of migrations
  applied, so any SQLite tool can tell the schema version, and a file written by a newer
  qdacoder (a higher version than we know) is refused instead of being half understood.
- Foreign keys never cascade. Operations delete dependent rows themselves, so every deleted row
  passes through the undo journal; a forgotten dependant raises an integrity error instead of
  vanishing silently.
- Every row that may be exchanged (REFI-QDA, merging coder copies) has a GUID.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATIONS = Migrations("qdacoder")

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


SCHEMA_VERSION = len(MIGRATIONS._migrations)  # one version per migration, in order
