"""Coder copies and merging them back (fictional Dutch material)."""

from types import SimpleNamespace

import pytest

from qdacoder.core.codes import find_code_by_path, rename_code
from qdacoder.core.coders import ensure_coder
from qdacoder.core.codings import add_coding_by_path, get_coding, set_coding_memo, set_coding_valence
from qdacoder.core.documents import find_document, import_document, sha256_of
from qdacoder.core.errors import ProjectFileError
from qdacoder.core.project import Project
from qdacoder.core.assignments import assign_documents, list_assignments
from qdacoder.core.errors import ValidationError
from qdacoder.exchange.merge import merge_project, save_assigned_copy, save_coder_copy

SANNE = (
    "Interview Sanne, casus 4\n"
    "I: Hoe was het op de nieuwe school?\n"
    "R: Eerst moeilijk. Later hielp mijn mentor mij echt.\n"
    "I: En thuis?\n"
    "R: Mijn moeder stond op een wachtlijst voor hulp.\n"
)
VERSLAG = "Gespreksverslag met de mentor van Sanne. Zij ziet vooruitgang sinds de zomer.\n"
EXTRA = "Veldnotitie buurthuis: de buurvrouw van Sanne helpt vaak met huiswerk.\n"


def code(project, coder, document, path, phrase, **changes):
    doc = find_document(project, document)
    text = project.scalar("SELECT text FROM documents WHERE id = ?", [doc.id])
    start = text.index(phrase)
    coder_id = ensure_coder(project, coder).id
    coding_id = add_coding_by_path(project, document_id=doc.id, path=path, start=start,
                                   end=start + len(phrase), coder_id=coder_id).result
    if "valence" in changes:
        set_coding_valence(project, coding_id, changes["valence"])
    if "memo" in changes:
        set_coding_memo(project, coding_id, changes["memo"])
    return coding_id


def count(project, sql="SELECT count(*) FROM codings", params=()):
    return project.scalar(sql, params)


def coder_codings(project, name):
    return count(project, "SELECT count(*) FROM codings c JOIN coders k ON k.id = c.coder_id WHERE k.name = ?", [name])


@pytest.fixture
def study(tmp_path):
    p = Project.create(tmp_path / "jeugdzorg.qdacoder")
    import_document(p, name="Interview Sanne", text=SANNE, case_name="Sanne")
    import_document(p, name="Verslag mentor", text=VERSLAG)
    for path in ("Steun/Mentor", "Steun/Ouders", "Belemmerend/Wachtlijst"):
        code(p, "Anna de Vries", "Interview Sanne", path, "mijn mentor" if "Mentor" in path else
             "moeder" if "Ouders" in path else "wachtlijst")
    yield p
    p.close()


@pytest.fixture
def copies(study, tmp_path):
    """Bram and Cees each code their own copy (saved without Anna's codings)."""
    bram = save_coder_copy(study, tmp_path / "bram.qdacoder", keep_codings=False)
    cees = save_coder_copy(study, tmp_path / "cees.qdacoder", keep_codings=False)
    with Project.open(bram) as p:
        code(p, "Bram Jansen", "Interview Sanne", "Steun/Mentor", "hielp mijn mentor", valence="promoting",
             memo="Keerpunt volgens Sanne.")
        code(p, "Bram Jansen", "Interview Sanne", "Steun/Buurvrouw", "Eerst moeilijk")  # new code
        code(p, "Bram Jansen", "Verslag mentor", "Steun/Mentor", "vooruitgang")
    with Project.open(cees) as p:
        code(p, "Cees Bakker", "Interview Sanne", "Belemmerend/Wachtlijst", "stond op een wachtlijst")
        code(p, "Cees Bakker", "Verslag mentor", "Steun/Buurvrouw", "sinds de zomer")  # the same new code
    return SimpleNamespace(bram=bram, cees=cees)


def test_a_copy_without_codings_keeps_documents_codes_and_guids(study, tmp_path):
    target = save_coder_copy(study, tmp_path / "kopie.qdacoder", keep_codings=False)
    with Project.open(target) as copy:
        assert count(copy) == 0
        for table in ("documents", "codes", "cases"):
            assert copy.rows(f"SELECT guid FROM {table} ORDER BY guid") == study.rows(f"SELECT guid FROM {table} ORDER BY guid")
    assert count(study) == 3  # the project itself keeps its codings


def test_a_copy_with_codings_merges_back_as_nothing_new(study, tmp_path):
    target = save_coder_copy(study, tmp_path / "kopie.qdacoder")
    report = merge_project(study, target).result
    assert (report.codings_added, report.codings_already_there, report.conflicts) == (0, 3, [])
    assert report.coders == {"Anna de Vries": {"added": 0, "already_there": 3}}


def test_a_copy_refuses_an_existing_file(study, tmp_path):
    (tmp_path / "bestaat.qdacoder").write_text("iets")
    with pytest.raises(ProjectFileError, match="already exists"):
        save_coder_copy(study, tmp_path / "bestaat.qdacoder")
    with pytest.raises(ProjectFileError, match="does not exist"):
        save_coder_copy(study, tmp_path / "geen-map" / "kopie.qdacoder")


def test_merging_both_copies_brings_in_every_coder(study, copies):
    first = merge_project(study, copies.bram).result
    second = merge_project(study, copies.cees).result
    assert coder_codings(study, "Anna de Vries") == 3
    assert coder_codings(study, "Bram Jansen") == 3
    assert coder_codings(study, "Cees Bakker") == 2
    assert first.codes_added == ["Steun/Buurvrouw"]
    assert second.codes_added == []  # Cees's Buurvrouw is matched by its path
    assert count(study, "SELECT count(*) FROM codes WHERE name = 'Buurvrouw'") == 1
    buurvrouw = find_code_by_path(study, "Steun/Buurvrouw")
    assert buurvrouw.added_while_coding
    assert count(study, "SELECT count(*) FROM codings WHERE code_id = ?", [buurvrouw.id]) == 2
    assert first.coders == {"Bram Jansen": {"added": 3, "already_there": 0}}
    assert (first.codings_added, second.codings_added, first.conflicts, second.conflicts) == (3, 2, [], [])
    assert first.documents_added == [] and "codings added: 3" in first.summary()


def test_merged_codings_keep_guid_valence_and_memo(study, copies):
    with Project.open(copies.bram) as p:
        original = p.rows("SELECT guid, valence, memo FROM codings WHERE memo != ''")[0]
    merge_project(study, copies.bram)
    merged = study.rows("SELECT guid, valence, memo FROM codings WHERE guid = ?", [original["guid"]])
    assert merged == [original] and original["valence"] == "promoting"


def test_merging_the_same_copy_twice_adds_nothing(study, copies):
    merge_project(study, copies.bram)
    merge_project(study, copies.cees)
    before = (count(study), count(study, "SELECT count(*) FROM codes"), count(study, "SELECT count(*) FROM documents"))
    again = merge_project(study, copies.bram).result
    assert again.codings_added == 0 and again.codings_already_there == 3 and again.codes_added == []
    merge_project(study, copies.cees)
    after = (count(study), count(study, "SELECT count(*) FROM codes"), count(study, "SELECT count(*) FROM documents"))
    assert after == before == (8, 6, 2)


def test_one_undo_step_removes_a_merge(study, copies):
    before = study.rows("SELECT guid FROM codings UNION ALL SELECT guid FROM codes ORDER BY 1")
    journal = merge_project(study, copies.bram)
    assert journal.label == "merge coder copy"
    journal.undo(study)
    assert study.rows("SELECT guid FROM codings UNION ALL SELECT guid FROM codes ORDER BY 1") == before
    journal.redo(study)
    assert coder_codings(study, "Bram Jansen") == 3


def test_a_document_only_in_the_copy_is_added_with_its_case(study, tmp_path):
    target = save_coder_copy(study, tmp_path / "kopie.qdacoder", keep_codings=False)
    with Project.open(target) as p:
        import_document(p, name="Veldnotitie buurthuis", text=EXTRA, case_name="Sanne")
        code(p, "Bram Jansen", "Veldnotitie buurthuis", "Steun/Buurvrouw", "helpt vaak met huiswerk")
    report = merge_project(study, target).result
    assert report.documents_added == ["Veldnotitie buurthuis"]
    document = find_document(study, "Veldnotitie buurthuis")
    assert count(study, "SELECT count(*) FROM codings WHERE document_id = ?", [document.id]) == 1
    assert count(study, "SELECT count(*) FROM cases") == 1  # linked to the existing case Sanne
    assert study.rows("SELECT c.name FROM case_ranges r JOIN cases c ON c.id = r.case_id "
                      "WHERE r.document_id = ?", [document.id]) == [{"name": "Sanne"}]
    assert merge_project(study, target).result.documents_added == []


def test_a_code_renamed_in_both_is_a_conflict(study, copies):
    with Project.open(copies.bram) as p:
        rename_code(p, find_code_by_path(p, "Steun/Ouders").id, "Familie")
    rename_code(study, find_code_by_path(study, "Steun/Ouders").id, "Gezin")
    report = merge_project(study, copies.bram).result
    assert report.conflicts == [
        "The code “Gezin” is called “Familie” in bram.qdacoder; the name “Gezin” was kept."
    ]
    assert find_code_by_path(study, "Steun/Familie") is None
    assert report.codings_added == 3


def test_a_document_whose_text_differs_is_reported_and_its_codings_skipped(study, copies):
    changed = VERSLAG.replace("de zomer", "het voorjaar")
    with Project.open(copies.cees) as p:
        p.db.execute("UPDATE documents SET text = ?, sha256 = ? WHERE name = 'Verslag mentor'",
                     [changed, sha256_of(changed)])
    report = merge_project(study, copies.cees).result
    assert report.conflicts == [
        "The text of the document “Verslag mentor” differs in cees.qdacoder; its codings there were not merged."
    ]
    assert (report.codings_added, report.codings_skipped) == (1, 1)
    assert coder_codings(study, "Cees Bakker") == 1


def test_a_document_is_matched_by_its_text_when_guids_differ(study, tmp_path):
    with Project.create(tmp_path / "los.qdacoder") as p:  # imported on its own: other GUIDs
        import_document(p, name="Sanne (eigen import)", text=SANNE)
        code(p, "Cees Bakker", "Sanne (eigen import)", "Steun/Mentor", "mijn mentor")
        code(p, "Cees Bakker", "Sanne (eigen import)", "Belemmerend/Wachtlijst", "wachtlijst")
    report = merge_project(study, tmp_path / "los.qdacoder").result
    assert report.documents_added == [] and report.codes_added == []  # codes matched by path
    assert report.codings_added == 2
    sanne = find_document(study, "Interview Sanne")
    rows = study.rows("SELECT code_id FROM codings c JOIN coders k ON k.id = c.coder_id "
                      "WHERE k.name = 'Cees Bakker' AND document_id = ?", [sanne.id])
    assert {r["code_id"] for r in rows} == {find_code_by_path(study, "Steun/Mentor").id,
                                            find_code_by_path(study, "Belemmerend/Wachtlijst").id}
    assert get_coding(study, study.scalar("SELECT max(id) FROM codings")).document_id == sanne.id


def test_plain_errors(study, tmp_path):
    with pytest.raises(ProjectFileError, match="this project itself"):
        merge_project(study, study.path)
    (tmp_path / "notities.qdacoder").write_text("geen project")
    with pytest.raises(ProjectFileError, match="not a qdacoder project"):
        merge_project(study, tmp_path / "notities.qdacoder")
    with pytest.raises(ProjectFileError, match="does not exist"):
        merge_project(study, tmp_path / "weg.qdacoder")
    newer = save_coder_copy(study, tmp_path / "nieuwer.qdacoder")
    with Project.open(newer) as p:
        p.db.execute("PRAGMA user_version = 999")
    with pytest.raises(ProjectFileError, match="newer version"):
        merge_project(study, newer)


def _pairs(project):
    return [(a.coder, a.document) for a in list_assignments(project)]


def test_a_copy_for_chosen_documents_assigns_them_in_copy_and_project(study, tmp_path):
    bram = ensure_coder(study, "Bram Jansen").id
    verslag = find_document(study, "Verslag mentor").id
    journal = save_assigned_copy(study, tmp_path / "bram.qdacoder", bram, [verslag], keep_codings=False)
    assert journal.result == tmp_path / "bram.qdacoder" and journal.changes.assignments
    assert _pairs(study) == [("Bram Jansen", "Verslag mentor")]
    with Project.open(journal.result) as copy:
        assert [r["name"] for r in copy.rows("SELECT name FROM documents")] == ["Verslag mentor"]
        assert count(copy) == 0 and count(copy, "SELECT count(*) FROM case_ranges") == 0
        assert _pairs(copy) == [("Bram Jansen", "Verslag mentor")]
        assert copy.scalar("PRAGMA integrity_check") == "ok"
        code(copy, "Bram Jansen", "Verslag mentor", "Steun/Mentor", "vooruitgang")
    journal.undo(study)  # one undo step takes the assignment back; the copy stays a file
    assert _pairs(study) == []
    report = merge_project(study, tmp_path / "bram.qdacoder").result
    assert report.codings_added == 1 and report.assignments_added == 1 and report.documents_added == []
    assert _pairs(study) == [("Bram Jansen", "Verslag mentor")]
    assert merge_project(study, tmp_path / "bram.qdacoder").result.assignments_added == 0  # idempotent
    assert "documents assigned to coders: 1" in report.summary() and report.as_dict()["assignments_added"] == 1


def test_a_copy_for_chosen_documents_keeps_their_codings_when_asked(study, tmp_path):
    cees = ensure_coder(study, "Cees Bakker").id
    sanne = find_document(study, "Interview Sanne").id
    journal = save_assigned_copy(study, tmp_path / "cees.qdacoder", cees, [sanne])
    with Project.open(journal.result) as copy:
        assert count(copy) == 3 and [r["name"] for r in copy.rows("SELECT name FROM cases")] == ["Sanne"]


def test_a_copy_that_cannot_be_written_assigns_nothing(study, tmp_path):
    bram = ensure_coder(study, "Bram Jansen").id
    verslag = find_document(study, "Verslag mentor").id
    (tmp_path / "bestaat.qdacoder").write_text("iets")
    with pytest.raises(ProjectFileError, match="already exists"):
        save_assigned_copy(study, tmp_path / "bestaat.qdacoder", bram, [verslag])
    with pytest.raises(ValidationError, match="Choose the documents"):
        save_assigned_copy(study, tmp_path / "leeg.qdacoder", bram, [])
    with pytest.raises(ProjectFileError, match="no longer exists"):
        save_assigned_copy(study, tmp_path / "weg.qdacoder", bram, [verslag, 999])
    assert _pairs(study) == [] and not (tmp_path / "weg.qdacoder").exists()


def test_assignments_made_in_a_copy_come_back_with_the_merge(study, tmp_path):
    target = save_coder_copy(study, tmp_path / "kopie.qdacoder", keep_codings=False)
    with Project.open(target) as p:
        assign_documents(p, ensure_coder(p, "Dirk Smit").id, [find_document(p, "Interview Sanne").id])
    journal = merge_project(study, target)
    assert _pairs(study) == [("Dirk Smit", "Interview Sanne")]
    journal.undo(study)
    assert _pairs(study) == []
