"""Opening is not writing (issue 21): a file that cannot be written opens read-only, and a file
that turns out not to be a qdacoder project is left exactly as it was."""

from __future__ import annotations

import sqlite3

import pytest

from qdacoder.core.coders import ensure_coder
from qdacoder.core.codings import add_coding_by_path
from qdacoder.core.documents import import_document
from qdacoder.core.errors import ProjectFileError
from qdacoder.core.project import Project
from tests.readonly_place import read_only_copy

TEXT = "I: Waar woon je nu?\nR: Bij mijn opa, in Zwolle.\n"


@pytest.fixture()
def study(tmp_path):
    with Project.create(tmp_path / "studie.qdacoder") as p:
        document_id = import_document(p, name="Interview Daan", text=TEXT).result
        add_coding_by_path(p, document_id=document_id, path="Wonen/Familie", start=24, end=32,
                           coder_id=ensure_coder(p, "Anna de Vries").id)
    return tmp_path / "studie.qdacoder"


def test_a_sqlite_file_that_is_no_project_is_left_byte_for_byte(tmp_path):
    other = tmp_path / "adressen.sqlite"
    with sqlite3.connect(other) as connection:  # a rollback-journal database of another program
        connection.execute("CREATE TABLE adressen (naam TEXT, plaats TEXT)")
        connection.execute("INSERT INTO adressen VALUES ('Buurthuis De Ster', 'Zwolle')")
    connection.close()
    before = other.read_bytes()
    with pytest.raises(ProjectFileError, match="adressen.sqlite: this is not a qdacoder project"):
        Project.open(other)
    assert other.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["adressen.sqlite"]


def test_a_project_on_a_read_only_medium_is_read_and_refuses_changes(study, tmp_path):
    with read_only_copy([study], tmp_path / "usb") as usb:
        path = usb / study.name
        before = path.read_bytes()
        with Project.open(path) as p:
            assert p.read_only
            assert p.scalar("SELECT count(*) FROM codings") == 1
            with pytest.raises(ProjectFileError, match="studie.qdacoder is read-only"):
                import_document(p, name="Nog een", text="Tekst.")
        assert path.read_bytes() == before
        assert sorted(p.name for p in usb.iterdir()) == ["studie.qdacoder"]


def test_a_copy_opened_read_only_is_not_written_even_when_it_could_be(study):
    before = study.read_bytes()
    with Project.open(study, read_only=True) as p:
        assert p.scalar("SELECT count(*) FROM documents") == 1
    assert study.read_bytes() == before
