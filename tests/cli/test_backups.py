"""`qdacoder backups list` and `qdacoder backups restore`, through the real command."""

import json
import sqlite3

from qdacoder.core.backups import make_backup
from qdacoder.core.codes import add_code
from qdacoder.core.coders import ensure_coder
from qdacoder.core.documents import import_document
from qdacoder.core.project import Project

TEXT = "I: Wie hielp je toen?\nR: Mijn mentor. Die bleef, ook toen ik verhuisde.\n"


def test_list_and_restore(run, tmp_path):
    path = tmp_path / "studie.qdacoder"
    with Project.create(path) as project:
        ensure_coder(project, "Anna de Vries")
        import_document(project, name="Interview Yara", text=TEXT, kind="transcript")
        make_backup(path)
        add_code(project, "Mentor")
        make_backup(path)
    listed = json.loads(run("backups", "list", path, "--json").output)
    assert [(b["number"], b["documents"], b["codes"], b["codings"]) for b in listed["backups"]] == [(1, 1, 1, 0), (2, 1, 0, 0)]
    assert listed["total_size"] == sum(b["size"] for b in listed["backups"]) > 0
    text = run("backups", "list", path).output
    assert "2 backup(s) in" in text and "MB in all" in text

    run("backups", "restore", path, 2, tmp_path / "voor de code.qdacoder")
    with sqlite3.connect(tmp_path / "voor de code.qdacoder") as restored:
        assert restored.execute("SELECT count(*) FROM codes").fetchone()[0] == 0
        assert restored.execute("SELECT count(*) FROM documents").fetchone()[0] == 1

    refused = run("backups", "restore", path, 3, tmp_path / "x.qdacoder", ok=False)
    assert refused.exit_code == 1 and "no backup number 3 (it has 2)" in refused.output
    assert not (tmp_path / "x.qdacoder").exists()


def test_a_project_without_backups(run, tmp_path):
    assert "(no backups in" in run("backups", "list", tmp_path / "nieuw.qdacoder").output
