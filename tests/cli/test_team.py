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
