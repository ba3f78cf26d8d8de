"""`qdacoder copy` and `qdacoder merge` (fictional Dutch material)."""

import json

import pytest

from qdacoder.core.coders import ensure_coder
from qdacoder.core.codings import add_coding_by_path
from qdacoder.core.documents import find_document, import_document
from qdacoder.core.project import Project

TEXT = "Interview Daan\nR: Mijn opa haalde mij elke dag op van school.\nR: Zonder hem was het niet gelukt.\n"




@pytest.fixture
def study(tmp_path):
    path = tmp_path / "opa.qdacoder"
    with Project.create(path) as p:
        document_id = import_document(p, name="Interview Daan", text=TEXT).result
        start = TEXT.index("Mijn opa")
        add_coding_by_path(p, document_id=document_id, path="Steun/Grootouders", start=start, end=start + 8,
                           coder_id=ensure_coder(p, "Anna de Vries").id)
    return path


def code_in(path, coder, phrase, code_path):
    with Project.open(path) as p:
        document = find_document(p, "Interview Daan")
        start = TEXT.index(phrase)
        add_coding_by_path(p, document_id=document.id, path=code_path, start=start, end=start + len(phrase),
                           coder_id=ensure_coder(p, coder).id)


def test_copy_without_codings_then_merge_twice(run, study, tmp_path):
    bram = tmp_path / "bram.qdacoder"
    result = run("copy", study, bram, "--without-codings")
    assert "without codings" in result.output
    with Project.open(bram) as p:
        assert p.scalar("SELECT count(*) FROM codings") == 0
    code_in(bram, "Bram Jansen", "Zonder hem was het niet gelukt", "Steun/Keerpunt")
    first = json.loads(run("merge", study, bram, "--json").output)
    assert first[0]["status"] == "merged" and first[0]["codings_added"] == 1
    assert first[0]["codes_added"] == ["Steun/Keerpunt"]
    assert first[0]["coders"] == {"Bram Jansen": {"added": 1, "already_there": 0}}
    second = run("merge", study, bram).output
    assert "codings added: 0, already there: 1" in second and "conflicts: none" in second
    with Project.open(study) as p:
        assert p.scalar("SELECT count(*) FROM codings") == 2


def test_merge_several_copies_and_report_each(run, study, tmp_path):
    run("copy", study, tmp_path / "bram.qdacoder", "--without-codings")
    run("copy", study, tmp_path / "cees.qdacoder")
    code_in(tmp_path / "bram.qdacoder", "Bram Jansen", "haalde mij elke dag op", "Steun/Grootouders")
    code_in(tmp_path / "cees.qdacoder", "Cees Bakker", "niet gelukt", "Steun/Keerpunt")
    output = run("merge", study, tmp_path / "bram.qdacoder", tmp_path / "cees.qdacoder").output
    assert "Merged bram.qdacoder" in output and "Merged cees.qdacoder" in output
    assert "Cees Bakker: 1 added" in output and "Anna de Vries: 0 added, 1 already there" in output


def test_plain_errors(run, study, tmp_path):
    result = run("copy", study, study, ok=False)
    assert result.exit_code == 1 and "already exists" in result.output
    result = run("merge", study, study, ok=False)
    assert result.exit_code == 1 and "this project itself" in result.output
    (tmp_path / "lijst.qdacoder").write_text("geen project")
    result = run("merge", study, tmp_path / "lijst.qdacoder", "--json", ok=False)
    assert result.exit_code == 1
    assert json.loads(result.output)[0]["status"] == "failed"
    assert "Traceback" not in result.output


@pytest.fixture
def team(tmp_path):
    """Three documents, two in the case Daan; no codings."""
    path = tmp_path / "team.qdacoder"
    with Project.create(path) as p:
        for name, case in (("Interview Daan", "Daan"), ("Veldnotitie Daan", "Daan"), ("Interview Mila", None)):
            import_document(p, name=name, text=f"{name}: {TEXT}", case_name=case)
    return path


def listing(run, path):
    return json.loads(run("assign", path, "--list", "--json").output)


def test_assign_by_document_case_and_all_then_list_and_remove(run, team):
    assert "No documents are assigned" in run("assign", team, "--list").output
    result = run("assign", team, "--coder", "Anna de Vries", "--case", "Daan")
    assert "Assigned 2 document(s) to Anna de Vries." in result.output
    result = run("assign", team, "--coder", "Anna de Vries", "--document", "Interview Daan", "--json")
    assert json.loads(result.output) == {"coder": "Anna de Vries", "documents": 1, "assigned": 0}
    run("assign", team, "--coder", "Bram Jansen", "--all")  # a new coder is created
    data = listing(run, team)
    assert data["coders"] == {"Anna de Vries": ["Interview Daan", "Veldnotitie Daan"],
                              "Bram Jansen": ["Interview Daan", "Interview Mila", "Veldnotitie Daan"]}
    assert data["documents"]["Interview Mila"] == ["Bram Jansen"] and data["not_assigned"] == []
    result = run("assign", team, "--coder", "Bram Jansen", "--document", "Interview Mila", "--remove")
    assert "Removed 1 of 1 document(s) from Bram Jansen." in result.output
    data = listing(run, team)
    assert data["not_assigned"] == ["Interview Mila"]
    assert "not assigned (1): Interview Mila" in run("assign", team, "--list").output


@pytest.mark.parametrize("args, message, code", [
    (("--document", "Interview Daan"), "give --coder NAME", 2),
    (("--coder", "Anna"), "give --document NAME, --case NAME or --all", 2),
    (("--coder", "Anna", "--all", "--case", "Daan"), "give --document NAME, --case NAME or --all", 2),
    (("--list", "--coder", "Anna"), "--list takes no other option", 2),
    (("--coder", "Anna", "--document", "Interview Piet"), "There is no document named “Interview Piet”.", 1),
    (("--coder", "Anna", "--case", "Piet"), "There is no case named “Piet”.", 1),
    (("--coder", "Onbekend", "--all", "--remove"), "There is no coder named “Onbekend”.", 1),
])
def test_assign_usage_and_plain_errors(run, team, args, message, code):
    result = run("assign", team, *args, ok=False)
    assert result.exit_code == code and message in result.output and "Traceback" not in result.output
    with Project.open(team) as p:
        assert p.scalar("SELECT count(*) FROM assignments") == 0


def test_copy_for_a_coder_holds_and_assigns_the_chosen_documents(run, team, tmp_path):
    target = tmp_path / "cees.qdacoder"
    result = run("copy", team, target, "--coder", "Cees Bakker", "--case", "Daan", "--without-codings", "--json")
    assert json.loads(result.output)["documents"] == 2 and json.loads(result.output)["coder"] == "Cees Bakker"
    assert listing(run, team)["coders"] == {"Cees Bakker": ["Interview Daan", "Veldnotitie Daan"]}
    with Project.open(target) as p:
        assert sorted(r["name"] for r in p.rows("SELECT name FROM documents")) == ["Interview Daan", "Veldnotitie Daan"]
    assert listing(run, target)["coders"] == {"Cees Bakker": ["Interview Daan", "Veldnotitie Daan"]}
    text = run("copy", team, tmp_path / "dirk.qdacoder", "--coder", "Dirk", "--document", "Interview Mila").output
    assert "with 1 document(s) assigned to Dirk" in text
    result = run("copy", team, tmp_path / "los.qdacoder", "--document", "Interview Mila", ok=False)
    assert result.exit_code == 2 and "--coder goes with --document" in result.output
    result = run("copy", team, tmp_path / "weg.qdacoder", "--coder", "Eva", "--document", "Onbekend", ok=False)
    assert result.exit_code == 1 and "no document named" in result.output
    assert not (tmp_path / "weg.qdacoder").exists()


def test_a_refused_copy_for_a_new_coder_leaves_no_coder(run, team, tmp_path):
    """The coder is made before the copy is written (the copy is read from the project by a
    second connection, so one transaction cannot hold both); when the copy is refused, the new
    coder goes again, and a coder who was there stays."""
    taken = tmp_path / "bestaat.qdacoder"
    taken.write_bytes(b"al een bestand")
    result = run("copy", team, taken, "--coder", "Fenna de Wit", "--document", "Interview Mila", ok=False)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert taken.read_bytes() == b"al een bestand"
    with Project.open(team) as p:
        assert p.scalar("SELECT count(*) FROM coders WHERE name = 'Fenna de Wit'") == 0
        ensure_coder(p, "Gijs")
    run("copy", team, taken, "--coder", "Gijs", "--document", "Interview Mila", ok=False)
    with Project.open(team) as p:
        assert p.scalar("SELECT count(*) FROM coders WHERE name = 'Gijs'") == 1
        assert p.scalar("SELECT count(*) FROM assignments") == 0
