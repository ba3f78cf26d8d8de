import sqlite3

import pytest

from qdacoder.core.errors import ProjectFileError
from qdacoder.core import codes
from qdacoder.core.project import READ_CACHE_KB, WRITE_CACHE_KB, Project
from qdacoder.core.schema import SCHEMA_VERSION


def test_new_project_is_sqlite_with_foreign_keys_wal_and_version(project):
    assert project.scalar("PRAGMA foreign_keys") == 1
    assert project.scalar("PRAGMA journal_mode") == "wal"
    assert project.schema_version == SCHEMA_VERSION >= 1
    assert project.name == "studie"


def test_reopening_keeps_data_and_version(tmp_path):
    path = tmp_path / "p.qdacoder"
    Project.create(path, name="Mijn studie").close()
    with Project.open(path) as again:
        assert again.name == "Mijn studie"
        assert again.schema_version == SCHEMA_VERSION


def test_every_foreign_key_and_coding_position_is_indexed(project):
    for table in ("case_ranges", "speaker_turns", "codes", "codings"):
        indexed = {
            row["name"]
            for idx in project.rows(f"PRAGMA index_list({table})")
            for row in project.rows(f"PRAGMA index_info('{idx['name']}')")
            if row["seqno"] == 0
        }
        for fk in project.rows(f"PRAGMA foreign_key_list({table})"):
            assert fk["from"] in indexed, f"{table}.{fk['from']} has no index"
    coding_index = [
        [r["name"] for r in project.rows(f"PRAGMA index_info('{i['name']}')")]
        for i in project.rows("PRAGMA index_list(codings)")
    ]
    # the document view reads a document's codings in order; passages coded twice are found
    # by walking the same index
    assert ["document_id", "start", "end"] in coding_index
    range_index = [
        [r["name"] for r in project.rows(f"PRAGMA index_info('{i['name']}')")]
        for i in project.rows("PRAGMA index_list(case_ranges)")
    ]
    # joining a coding to its cases reads the index alone
    assert ["document_id", "start", "end", "case_id"] in range_index


def test_exchangeable_rows_have_a_unique_guid(project):
    for table in ("documents", "codes", "codings", "coders", "cases"):
        columns = {c["name"]: c for c in project.rows(f"PRAGMA table_info({table})")}
        assert columns["guid"]["notnull"] == 1


def test_create_refuses_an_existing_file(tmp_path):
    path = tmp_path / "bestaat.qdacoder"
    path.write_text("iets")
    with pytest.raises(ProjectFileError, match="bestaat.qdacoder"):
        Project.create(path)
    assert path.read_text() == "iets"


@pytest.mark.parametrize(
    "content, expected",
    [(b"", "not a qdacoder project"), (b"Dit is gewoon tekst", "not a qdacoder project")],
)
def test_open_refuses_files_that_are_not_projects(tmp_path, content, expected):
    path = tmp_path / "notities.qdacoder"
    path.write_bytes(content)
    with pytest.raises(ProjectFileError, match=expected):
        Project.open(path)


def test_open_refuses_other_sqlite_databases(tmp_path):
    path = tmp_path / "ander.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE x (a)")
    connection.commit()
    connection.close()
    with pytest.raises(ProjectFileError, match="ander.db: this is not a qdacoder project"):
        Project.open(path)


def test_open_refuses_a_project_from_a_newer_version(tmp_path):
    path = tmp_path / "nieuw.qdacoder"
    Project.create(path).close()
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    with pytest.raises(ProjectFileError, match="newer version"):
        Project.open(path)


def test_open_explains_missing_files_and_folders(tmp_path):
    with pytest.raises(ProjectFileError, match="does not exist"):
        Project.open(tmp_path / "weg.qdacoder")
    with pytest.raises(ProjectFileError, match="is a folder"):
        Project.open(tmp_path)


def test_backup_is_a_complete_copy(project, tmp_path):
    project.set_setting("name", "Origineel")
    target = tmp_path / "kopie.qdacoder"
    project.backup_to(target)
    with Project.open(target) as copy:
        assert copy.name == "Origineel"
        assert copy.scalar("PRAGMA integrity_check") == "ok"


def test_the_large_page_cache_lasts_only_while_writing(project):
    """Reading keeps SQLite's small cache (a full 64 MB one sat in the window's memory after
    opening a big project); an operation and an undo write with the large one, and the cache
    is cut back after them, also when the operation fails."""
    small, large = f"-{READ_CACHE_KB}", f"-{WRITE_CACHE_KB}"
    assert str(project.scalar("PRAGMA cache_size")) == small
    with project.transaction("codes") as tx:
        assert str(project.scalar("PRAGMA cache_size")) == large
        with project.writing():  # nested: still the large one, and not cut back inside
            pass
        assert str(project.scalar("PRAGMA cache_size")) == large
        codes.ensure_path(tx, "Steun")
    assert str(project.scalar("PRAGMA cache_size")) == small
    with pytest.raises(RuntimeError), project.transaction("fails"):
        raise RuntimeError("kapot")
    assert str(project.scalar("PRAGMA cache_size")) == small
    with project.writing():
        assert str(project.scalar("PRAGMA cache_size")) == large
    assert str(project.scalar("PRAGMA cache_size")) == small


def test_a_cache_set_larger_by_hand_is_kept(project):
    """A project being filled by an import sets a large cache itself; writing leaves it be."""
    project.conn.execute("PRAGMA cache_size = -131072")
    with project.transaction("codes") as tx:
        codes.ensure_path(tx, "Steun")
    assert project.scalar("PRAGMA cache_size") == -131072


def test_create_in_a_missing_folder_says_so(tmp_path):
    with pytest.raises(ProjectFileError, match="does not exist"):
        Project.create(tmp_path / "nergens" / "p.qdacoder")


def test_a_project_that_cannot_be_written_refuses_changes_plainly(tmp_path):
    from qdacoder.core import codes

    path = tmp_path / "bezet.qdacoder"
    Project.create(path).close()
    with Project.open(path) as project:
        project.db.execute("PRAGMA busy_timeout = 50")
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")  # another program is writing the file
        try:
            with pytest.raises(ProjectFileError, match="could not be saved.*Nothing was changed"):
                codes.add_code(project, "Steun")
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert codes.list_codes(project) == []
        codes.add_code(project, "Steun")  # and works again once the file is free
        assert [c.name for c in codes.list_codes(project)] == ["Steun"]


def old_project_file(path, stop_before: str, version: int, *, text: str, code: str, end: int, **coding):
    """A project file as an older qdacoder wrote it (the migrations before ``stop_before``), with
    one coder, document, code and coding (0 to ``end``, with the extra ``coding`` columns)."""
    from sqlite_utils import Database

    from qdacoder.core.schema import MIGRATIONS

    db = Database(path)
    MIGRATIONS.apply(db, stop_before=stop_before)
    db.execute(f"PRAGMA user_version = {version}")
    db.execute("INSERT INTO coders (guid, name, created_at) VALUES ('g1', 'Anna', 't')")
    db.execute("INSERT INTO documents (guid, name, kind, text, sha256, imported_at) "
               "VALUES ('g2', 'Doc', 'other', ?, 'x', 't')", [text])
    db.execute("INSERT INTO codes (guid, name, position, color, created_at) "
               "VALUES ('g3', ?, 0, '#aabbcc', 't')", [code])
    db["codings"].insert({"guid": "g4", "document_id": 1, "code_id": 1, "start": 0, "end": end, "coder_id": 1,
                          "created_at": "t", **coding})
    db.conn.commit()
    columns = set(db["codings"].columns_dict)
    db.close()
    return columns


def test_a_project_from_the_first_version_is_migrated_and_keeps_its_data(tmp_path):
    from qdacoder.core import codes, codings

    path = tmp_path / "oud.qdacoder"
    old_project_file(path, "0002_codebook_and_valence", 1, text="Een korte tekst.", code="Steun", end=4)
    with Project.open(path) as project:
        assert project.schema_version == SCHEMA_VERSION >= 2
        code = codes.get_code(project, 1)
        assert (code.name, code.is_codable, code.default_valence, code.inclusion) == ("Steun", True, None, "")
        assert codings.get_coding(project, 1).valence is None
        assert project.scalar("PRAGMA integrity_check") == "ok"
