"""`qdacoder qdpx export` and `qdacoder qdpx new` (fictional Dutch material)."""

import json
import zipfile

from qdacoder.core.project import Project
from tests.exchange.qdpx_study import build


def test_export_then_new_project_from_the_file(run, tmp_path):
    build(tmp_path / "studie.qdacoder").close()
    result = run("qdpx", "export", tmp_path / "studie.qdacoder", tmp_path / "studie.qdpx")
    assert "2 document(s), 5 code(s), 5 coding(s), 2 case(s), 5 memo(s)" in result.output
    assert "project.qde" in zipfile.ZipFile(tmp_path / "studie.qdpx").namelist()
    result = run("qdpx", "new", tmp_path / "kopie.qdacoder", tmp_path / "studie.qdpx", "--json")
    report = json.loads(result.output)
    assert report["imported"]["codings"] == 5 and report["skipped"] == {}
    with Project.open(tmp_path / "kopie.qdacoder") as p:
        assert p.scalar("SELECT count(*) FROM codings WHERE starred = 1") == 1


def test_export_says_what_stays_behind(run, tmp_path):
    from qdacoder.core import events
    from qdacoder.core.cases import find_case

    with build(tmp_path / "studie.qdacoder") as p:
        events.add_event(p, case_id=find_case(p, "Sanne").id, lane="onderwijs", start="2022", label="Nieuwe school")
    result = run("qdpx", "export", tmp_path / "studie.qdacoder", tmp_path / "studie.qdpx")
    assert result.output.splitlines() == [
        "Wrote studie.qdpx: 2 document(s), 5 code(s), 5 coding(s), 2 case(s), 5 memo(s).",
        "Left out 1 timeline event(s) and their 0 link(s) to codings: REFI-QDA has no place for them."]
    report = json.loads(run("qdpx", "export", tmp_path / "studie.qdacoder", tmp_path / "studie.qdpx", "--json").output)
    assert report["left_out"] == {"events": {"n": 1, "links": 0}}


def test_export_wants_a_qdpx_name(run, tmp_path):
    build(tmp_path / "studie.qdacoder").close()
    result = run("qdpx", "export", tmp_path / "studie.qdacoder", tmp_path / "studie.zip", ok=False)
    assert result.exit_code == 1 and "studie.zip: a REFI-QDA project file ends in .qdpx." in result.output


def test_new_from_a_bad_file_says_why_and_leaves_nothing(run, tmp_path):
    (tmp_path / "kapot.qdpx").write_bytes(b"geen zip")
    result = run("qdpx", "new", tmp_path / "nieuw.qdacoder", tmp_path / "kapot.qdpx", ok=False)
    assert result.exit_code == 1 and "kapot.qdpx: this is not a REFI-QDA project (.qdpx)" in result.output
    assert not (tmp_path / "nieuw.qdacoder").exists()


def test_new_never_overwrites_a_project(run, tmp_path):
    build(tmp_path / "studie.qdacoder").close()
    run("qdpx", "export", tmp_path / "studie.qdacoder", tmp_path / "studie.qdpx")
    before = (tmp_path / "studie.qdacoder").read_bytes()
    result = run("qdpx", "new", tmp_path / "studie.qdacoder", tmp_path / "studie.qdpx", ok=False)
    assert result.exit_code == 1 and "already exists" in result.output
    assert (tmp_path / "studie.qdacoder").read_bytes() == before
