"""The command line, on real project files, as a script or a researcher would call it."""

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from qdacoder.cli import cli

TRANSCRIPT = (
    "I: Wanneer merkte school dat het niet goed ging?\n"
    "R: Pas in groep 7. Daarvoor zag niemand het.\n"
    "I: En de jeugdconsulent?\n"
    "R: Die luisterde wél. Betrek mij gewoon, het is mijn leven.\n"
)


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args, ok=True):
        result = runner.invoke(cli, [str(a) for a in args], env={"QDACODER_CODER": "Bram Jansen"})
        if ok:
            assert result.exit_code == 0, result.output
        return result

    return invoke


@pytest.fixture
def project(tmp_path, run):
    path = tmp_path / "studie.qdacoder"
    run("new", path)
    return path


def test_new_import_code_info_and_codes_with_json(tmp_path, run, project):
    source = tmp_path / "interview jeugdige.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8-sig")
    imported = json.loads(run("import", project, source, "--case", "Casus 1", "--json").output)
    assert imported == [{"file": str(source), "status": "imported", "document": "interview jeugdige",
                         "kind": "transcript", "characters": len(TRANSCRIPT.rstrip("\n")), "turns": 4}]
    start = TRANSCRIPT.index("Betrek mij gewoon")
    end = start + len("Betrek mij gewoon, het is mijn leven.")
    coded = json.loads(run("code", project, "--document", "interview jeugdige", "--code",
                           "Bevorderend/Betrokkenheid jeugdige", "--start", start, "--end", end, "--json").output)
    assert coded["text"] == "Betrek mij gewoon, het is mijn leven."
    assert coded["code"] == "Bevorderend/Betrokkenheid jeugdige" and coded["coder"] == "Bram Jansen"
    info = json.loads(run("info", project, "--json").output)
    assert info == {"project": "studie", "documents": 1, "codes": 2, "codings": 1, "cases": 1, "coders": 1}
    tree = json.loads(run("codes", project, "--json").output)
    assert [(c["path"], c["depth"], c["codings"]) for c in tree] == [
        ("Bevorderend", 0, 0), ("Bevorderend/Betrokkenheid jeugdige", 1, 1)]
    plain = run("codes", project).output
    assert plain.splitlines() == ["Bevorderend (0)", "  Betrokkenheid jeugdige (1)"]


def test_import_reports_each_bad_file_and_exits_non_zero(tmp_path, run, project):
    good = tmp_path / "goed.txt"
    good.write_text(TRANSCRIPT, encoding="utf-8")
    empty = tmp_path / "leeg.txt"
    empty.write_text("")
    result = run("import", project, good, empty, tmp_path / "bestaat_niet.docx", ok=False)
    assert result.exit_code == 1
    assert "leeg.txt" in result.stderr and "bestaat_niet.docx" in result.stderr
    assert "Imported" in result.stdout
    assert json.loads(run("info", project, "--json").output)["documents"] == 1


def test_errors_go_to_stderr_with_exit_code_1(tmp_path, run, project):
    result = run("code", project, "--document", "Onbekend", "--code", "A", "--start", 0, "--end", 3, ok=False)
    assert result.exit_code == 1 and "Onbekend" in result.stderr
    result = run("info", tmp_path / "nergens.qdacoder", ok=False)
    assert result.exit_code == 1 and "does not exist" in result.stderr
    result = run("new", project, ok=False)
    assert result.exit_code == 1 and "already exists" in result.stderr


def test_code_outside_the_text_is_refused(tmp_path, run, project):
    source = tmp_path / "kort.txt"
    source.write_text("Korte veldnotitie.", encoding="utf-8")
    run("import", project, source, "--kind", "fieldnote")
    result = run("code", project, "--document", "kort", "--code", "A", "--start", 5, "--end", 500, ok=False)
    assert result.exit_code == 1 and "not inside the document" in result.stderr
    assert json.loads(run("info", project, "--json").output)["codes"] == 0  # nothing half-done


def test_demo_project_builds_from_resources(tmp_path, run):
    path = tmp_path / "demo.qdacoder"
    run("demo", path)
    info = json.loads(run("info", path, "--json").output)
    assert info["documents"] >= 4 and info["cases"] >= 2 and info["codings"] >= 20 and info["coders"] >= 2
    tree = json.loads(run("codes", path, "--json").output)
    assert any(c["depth"] == 2 for c in tree)
    assert any("Bevorderend" in c["path"] for c in tree) and any("Belemmerend" in c["path"] for c in tree)


def test_python_dash_m_runs_the_command():
    result = subprocess.run([sys.executable, "-m", "qdacoder", "--help"], capture_output=True, text=True, check=True)
    for command in ("new", "import", "info", "codes", "code", "gui", "demo"):
        assert f"  {command}" in result.stdout


def test_import_can_code_each_speaker_turn(tmp_path, run, project):
    source = tmp_path / "gesprek.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    run("import", project, source, "--autocode-speakers", "--coder", "Anna de Vries")
    tree = {c["path"]: c["codings"] for c in json.loads(run("codes", project, "--json").output)}
    assert tree == {"Speakers": 0, "Speakers/I": 2, "Speakers/R": 2}
    assert json.loads(run("info", project, "--json").output)["coders"] == 1
