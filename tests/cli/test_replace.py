"""`qdacoder replace` and `qdacoder edit-text` (fictional Dutch material)."""

import json

import pytest

from qdacoder.core.backups import backup_folder, make_backup
from qdacoder.core.cases import set_document_case
from qdacoder.core.coders import ensure_coder
from qdacoder.core.codings import add_coding_by_path
from qdacoder.core.documents import document_text, import_document
from qdacoder.core.names import add_placeholder
from qdacoder.core.project import Project

EEN = "I: Hoe gaat het met Noor?\nR: Noor woont bij haar tante. Noors broer ook.\n"
TWEE = "Verslag: Noor kwam te laat. NOOR had de bus gemist. De noordzee was wild.\n"


@pytest.fixture
def study(tmp_path):
    path = tmp_path / "noor.qdacoder"
    with Project.create(path) as p:
        add_placeholder(p, "Noor", "[naam jongere]")
        one = import_document(p, name="interview 1", text=EEN, kind="transcript").result
        two = import_document(p, name="verslag 2", text=TWEE, kind="fieldnote").result
        set_document_case(p, two, "Casus 2")
        coder = ensure_coder(p, "Anna de Vries").id
        start = EEN.index("Noor woont")
        add_coding_by_path(p, document_id=one, path="Wonen", start=start, end=start + 4, coder_id=coder)
        start = EEN.index("haar tante")
        add_coding_by_path(p, document_id=one, path="Familie", start=start, end=start + 10, coder_id=coder)
    return path


def texts(path):
    with Project.open(path) as p:
        return document_text(p, 1), document_text(p, 2)


def test_dry_run_lists_every_hit_in_context_and_changes_nothing(run, study):
    result = run("replace", study, "--find", "Noor", "--replace", "Sanne", "--dry-run")
    assert "interview 1 @20: I: Hoe gaat het met [Noor → Sanne]? ⏎ R:" in result.output
    assert "[Noors → Sannes]" in result.output and "[NOOR → Sanne]" in result.output
    assert "5 hit(s) in 2 document(s)" in result.output and "noordzee" not in result.output.split("[")[0]
    data = json.loads(run("replace", study, "--find", "Noor", "--replace", "Sanne", "--dry-run", "--json",
                          "--case", "Casus 2").output)
    assert [h["match"] for h in data["hits"]] == ["Noor", "NOOR"] and data["documents"] == 1
    assert texts(study) == (EEN, TWEE)


def test_replace_keeps_codings_on_their_words(run, study):
    result = run("replace", study, "--find", "Noor", "--replace", "Sanne", "--document", "interview 1", "--json")
    assert json.loads(result.output)["hits"] == 3
    one, two = texts(study)
    assert one == "I: Hoe gaat het met Sanne?\nR: Sanne woont bij haar tante. Sannes broer ook.\n" and two == TWEE
    with Project.open(study) as p:
        passages = sorted(one[r["start"]:r["end"]] for r in p.rows('SELECT start, "end" FROM codings'))
    assert passages == ["Sanne", "haar tante"]


def test_codings_that_would_be_removed_need_yes(run, study):
    refused = run("replace", study, "--find", "Noor woont bij haar tante", "--replace", "X", ok=False)
    assert refused.exit_code == 1
    assert "2 coding(s)" in refused.output and "Familie" in refused.output and "--yes" in refused.output
    assert texts(study) == (EEN, TWEE)
    run("replace", study, "--find", "Noor woont bij haar tante", "--replace", "X", "--yes")
    assert texts(study)[0].startswith("I: Hoe gaat het met Noor?\nR: X. Noors")


def test_purge_wipes_the_old_name_from_file_and_backups(run, study):
    with Project.open(study) as p:
        make_backup(p.path)
    result = run("replace", study, "--find", "Noor", "--replace", "[naam jongere]", "--any-case", "--purge", "--yes")
    assert "Deleted 1 backup(s)" in result.output
    files = [study, *backup_folder(study).iterdir()]
    assert not any(b"Noor" in f.read_bytes() or b"noor " in f.read_bytes() for f in files if f.is_file())
    assert "noordzee" in texts(study)[1]  # a whole-word rule: other words stay


def test_edit_text_and_unknown_names(run, study):
    start = EEN.index("tante")
    run("edit-text", study, "interview 1", "--start", start, "--end", start + 5, "--text", "oma")
    assert "haar oma." in texts(study)[0]
    with Project.open(study) as p:
        one = document_text(p, 1)
        assert [one[r["start"]:r["end"]] for r in p.rows('SELECT start, "end" FROM codings ORDER BY start')] == [
            "Noor", "haar oma"]
    refused = run("edit-text", study, "interview 1", "--start", 0, "--end", 40, ok=False)
    assert refused.exit_code == 1 and "Wonen" in refused.output
    missing = run("replace", study, "--find", "Noor", "--replace", "X", "--document", "interview 9", ok=False)
    assert missing.exit_code == 1 and "interview 9" in missing.output and "Traceback" not in missing.output



def test_a_pseudonymised_copy_is_made_and_cannot_be_merged_back(run, study, tmp_path):
    shared = tmp_path / "gedeeld.qdacoder"
    result = run("copy", study, shared, "--pseudonymised")
    assert "5 name(s) replaced in 2 document(s)" in result.output
    assert b"Noor" not in shared.read_bytes()
    refused = run("merge", study, shared, ok=False)
    assert refused.exit_code == 1 and "pseudonymised copy" in refused.output
    assert run("copy", study, tmp_path / "x.qdacoder", "--pseudonymised", "--without-codings", ok=False).exit_code == 2


def test_purge_after_a_replace_made_before_wipes_what_is_left(run, study):
    run("replace", study, "--find", "Noor", "--replace", "Sanne", "--any-case")
    assert b"Noor" in study.read_bytes()  # in the placeholder list and the pages the texts left
    result = run("replace", study, "--find", "Noor", "--replace", "Sanne", "--any-case", "--purge", "--yes")
    assert "no longer occurs" in result.output
    assert b"Noor" not in study.read_bytes()
    with Project.open(study) as p:
        assert p.rows("SELECT hits, replacement FROM pseudonymisations") == [{"hits": 0, "replacement": "Sanne"}]
