"""Assignments (which coder codes which documents): the table of migration 0008, the undoable
operations, cases standing for their documents, and a deleted document taking its
assignments along."""

import sqlite3

import pytest

from qdacoder.core import assignments as a
from qdacoder.core import cases, documents
from qdacoder.core.coders import ensure_coder
from qdacoder.core.errors import NotFoundError
from qdacoder.core.project import Project
from qdacoder.core.schema import MIGRATIONS, SCHEMA_VERSION
from tests.core.test_project import old_project_file


@pytest.fixture
def team(project):
    ids = {name: documents.import_document(project, name=name, text=f"Tekst van {name}.", case_name=case).result
           for name, case in (("Interview Sanne", "Casus Sanne"), ("Veldnotitie Sanne", "Casus Sanne"),
                              ("Interview Mo", "Casus Mo"), ("Verslag", None))}
    ids["Anna"], ids["Bram"] = ensure_coder(project, "Anna").id, ensure_coder(project, "Bram").id
    return ids


MIGRATION = "0009_coder_assignments"


def test_a_project_from_before_the_migration_gets_the_table(tmp_path):
    path = tmp_path / "ouder.qdacoder"
    before = [m.name for m in MIGRATIONS._migrations].index(MIGRATION)  # the version just before it
    old_project_file(path, MIGRATION, before, text="Tekst.", code="Steun", end=4)
    with Project.open(path) as project:
        assert project.schema_version == SCHEMA_VERSION > before
        assert a.list_assignments(project) == []
        project.db.execute("INSERT INTO assignments (coder_id, document_id, created_at) VALUES (1, 1, 't')")
        with pytest.raises(sqlite3.IntegrityError):  # one row per coder and document
            project.db.execute("INSERT INTO assignments (coder_id, document_id, created_at) VALUES (1, 1, 't')")
        with pytest.raises(sqlite3.IntegrityError):  # foreign keys
            project.db.execute("INSERT INTO assignments (coder_id, document_id, created_at) VALUES (1, 99, 't')")


def test_assign_and_unassign_are_undoable_and_idempotent(project, team):
    journal = a.assign_documents(project, team["Anna"], [team["Interview Sanne"], team["Interview Mo"],
                                                          team["Interview Sanne"]])
    assert journal.result == 2 and journal.changes.assignments
    assert a.assign_documents(project, team["Anna"], [team["Interview Mo"]]).result == 0  # already assigned
    assert a.assigned_documents(project, [team["Anna"], team["Bram"]]) == {
        team["Anna"]: {team["Interview Sanne"], team["Interview Mo"]}, team["Bram"]: set()}
    assert [(x.coder, x.document) for x in a.list_assignments(project)] == [
        ("Anna", "Interview Mo"), ("Anna", "Interview Sanne")]
    removed = a.unassign_documents(project, team["Anna"], [team["Interview Mo"], team["Verslag"]])
    assert removed.result == 1
    assert a.assigned_documents(project, [team["Anna"]])[team["Anna"]] == {team["Interview Sanne"]}
    removed.undo(project)
    journal.undo(project)
    assert a.list_assignments(project) == []
    journal.redo(project)
    assert len(a.list_assignments(project)) == 2


def test_unknown_coder_or_document_changes_nothing(project, team):
    with pytest.raises(NotFoundError):
        a.assign_documents(project, 999, [team["Verslag"]])
    with pytest.raises(NotFoundError):
        a.assign_documents(project, team["Bram"], [team["Verslag"], 999])
    assert a.list_assignments(project) == []


def test_a_case_stands_for_its_documents(project, team):
    sanne = cases.find_case(project, "Casus Sanne").id
    assert a.documents_of_cases(project, [sanne]) == sorted([team["Interview Sanne"], team["Veldnotitie Sanne"]])
    # a passage of the report discussed in the case makes the report one of its documents too
    cases.assign_passage(project, sanne, team["Verslag"], 0, 5)
    assert team["Verslag"] in a.documents_of_cases(project, [sanne])
    assert a.documents_of_cases(project, []) == []


def test_deleting_a_document_takes_its_assignments_and_undo_brings_them_back(project, team):
    a.assign_documents(project, team["Bram"], [team["Verslag"], team["Interview Mo"]])
    journal = documents.delete_document(project, team["Verslag"])
    assert [x.document for x in a.list_assignments(project)] == ["Interview Mo"]
    journal.undo(project)
    assert [x.document for x in a.list_assignments(project)] == ["Interview Mo", "Verslag"]
