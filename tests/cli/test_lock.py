"""While the window has a project open, commands that change it refuse and reading commands
work; run through the real `qdacoder` command (tests/conftest.py), against a lock held by a
real, living process."""

import json
import socket
import sqlite3
import subprocess
import sys

import pytest

from qdacoder.core.coders import ensure_coder
from qdacoder.core.codings import add_coding_by_path
from qdacoder.core.lock import lock_path
from qdacoder.core.project import Project
from tests.core.test_quotes import INTERVIEW, build_study

MENTOR = "Sanne en ik kregen eindelijk een mentor die echt luisterde."


@pytest.fixture
def study(tmp_path, run):
    path = tmp_path / "studie.qdacoder"
    with Project.create(path) as p:
        built = build_study(p, ensure_coder(p, "Anna de Vries"))
        start = INTERVIEW.index(MENTOR)
        add_coding_by_path(p, document_id=built.interview, path="Steun/Mentor", start=start,
                           end=start + len(MENTOR), coder_id=ensure_coder(p, "Bram Jansen").id)
    copy = tmp_path / "bram.qdacoder"
    run("copy", path, copy)
    run("code", copy, "--document", "Veldnotitie school", "--code", "Steun/School", "--start", 0, "--end", 10)
    (tmp_path / "interview.txt").write_text("I: Hoe ging het?\nR: Goed.\n", encoding="utf-8")
    (tmp_path / "codes.yaml").write_text("codebook: Extra\ncodes:\n  - name: Wachtlijst\n", encoding="utf-8")
    (tmp_path / "kenmerken.csv").write_text("case;Leeftijd\nCasus 7;16\n", encoding="utf-8")
    (tmp_path / "tijdlijn.csv").write_text("casus;baan;begin;omschrijving\nCasus 7;wonen;2014;Pleeggezin\n",
                                           encoding="utf-8")
    return path


@pytest.fixture
def window():
    """A living program that is not this one, standing in for the window that has the project open."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield process
    process.kill()
    process.wait()


def hold(project, pid, host=None):
    """Write the lock as ``core.lock.acquire`` does, for the program ``pid``."""
    lock_path(project).write_text(json.dumps({"pid": pid, "host": host or socket.gethostname(), "user": "anna",
                                              "since": "2026-03-02T09:30:00+00:00"}), encoding="utf-8")


def dump(project) -> list[str]:
    connection = sqlite3.connect(project)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


# Each command that changes a project, with arguments that make it change the study;
# {project} and {dir} are filled in per test.
CHANGING = {
    "import": ["import", "{project}", "{dir}/interview.txt"],
    "code": ["code", "{project}", "--document", "Interview jeugdige 7", "--code", "Steun/Familie",
             "--start", "{start}", "--end", "{end}"],
    "codebook add": ["codebook", "add", "{project}", "Steun/Buren"],
    "codebook rename": ["codebook", "rename", "{project}", "Thuis", "Gezin"],
    "codebook set": ["codebook", "set", "{project}", "Thuis", "--description", "Alles over thuis"],
    "codebook move": ["codebook", "move", "{project}", "Steun/School", "--to", "Thuis"],
    "codebook merge": ["codebook", "merge", "{project}", "Steun/School", "Steun/Mentor"],
    "codebook delete": ["codebook", "delete", "{project}", "Thuis"],
    "codebook import": ["codebook", "import", "{project}", "{dir}/codes.yaml"],
    "attributes import": ["attributes", "import", "{project}", "{dir}/kenmerken.csv"],
    "events import": ["events", "import", "{project}", "{dir}/tijdlijn.csv"],
    "search --code": ["search", "{project}", "mentor", "--code", "Steun/Mentor"],
    "merge": ["merge", "{project}", "{dir}/bram.qdacoder"],
    "star": ["star", "{project}", "--document", "Interview jeugdige 7", "--start", "{start}", "--end", "{end}",
             "--unstar"],
    "confidential": ["confidential", "{project}", "--document", "Interview jeugdige 7", "--start", "{start}",
                     "--end", "{end}"],
    "memo add": ["memo", "add", "{project}", "--text", "Mentor komt vaak terug."],
    "consensus": ["consensus", "{project}", "--coders", "Anna de Vries,Bram Jansen", "--choose", "1=both"],
    "assign": ["assign", "{project}", "--coder", "Bram Jansen", "--document", "Interview jeugdige 7"],
    "copy --coder": ["copy", "{project}", "{dir}/bram-eigen.qdacoder", "--coder", "Bram Jansen",
                     "--document", "Interview jeugdige 7"],
}

READING = [
    ["info", "{project}"], ["codes", "{project}"], ["stats", "{project}", "--by", "cases"], ["matrix", "{project}"],
    ["cooccurrence", "{project}"], ["cases", "{project}"], ["memos", "{project}"], ["summary", "{project}"],
    ["segments", "{project}", "--code", "Steun/Mentor"], ["search", "{project}", "mentor"],
    ["timeline", "metrics", "{project}"], ["codebook", "export", "{project}", "{dir}/codes.csv"],
    ["attributes", "export", "{project}", "{dir}/kenmerken.xlsx"], ["events", "export", "{project}", "{dir}/t.xlsx"],
    ["quotes", "{project}", "{dir}/citaten.csv"], ["export", "{project}", "{dir}/rapport.docx", "--what", "report"],
    ["copy", "{project}", "{dir}/kopie.qdacoder"], ["agreement", "{project}", "--coders", "Anna de Vries,Bram Jansen"],
    ["disagreements", "{project}", "--coders", "Anna de Vries,Bram Jansen"], ["assign", "{project}", "--list"],
]


def filled(args, project):
    start = INTERVIEW.index(MENTOR)
    return [a.format(project=project, dir=project.parent, start=start, end=start + len(MENTOR)) for a in args]


@pytest.mark.parametrize("name", CHANGING)
def test_a_changing_command_refuses_while_the_window_has_the_project(run, study, window, name):
    hold(study, window.pid)
    before, rows = study.read_bytes(), dump(study)
    result = run(*filled(CHANGING[name], study), ok=False)
    assert result.exit_code == 1
    holder = f"by anna on {socket.gethostname()} since 2026-03-02 09:30"
    assert f"studie.qdacoder is open in qdacoder {holder}" in result.stderr and "--force" in result.stderr
    assert study.read_bytes() == before and dump(study) == rows
    assert json.loads(lock_path(study).read_text(encoding="utf-8"))["pid"] == window.pid  # still the window's


@pytest.mark.parametrize("name", CHANGING)
def test_the_same_command_changes_the_project_and_gives_the_lock_back(run, study, name):
    rows = dump(study)
    run(*filled(CHANGING[name], study))
    assert dump(study) != rows
    assert not lock_path(study).exists()


@pytest.mark.parametrize("args", READING, ids=lambda args: " ".join(a for a in args if "{" not in a))
def test_reading_commands_work_while_the_window_has_the_project(run, study, window, args):
    hold(study, window.pid)
    run(*filled(args, study))
    assert json.loads(lock_path(study).read_text(encoding="utf-8"))["pid"] == window.pid


def test_a_lock_left_by_a_program_that_is_gone_is_taken_over(run, study):
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    hold(study, gone.pid)
    run("codebook", "add", study, "Steun/Buren")
    assert "Steun/Buren" in [c["path"] for c in json.loads(run("codes", study, "--json").output)]
    assert not lock_path(study).exists()


def test_force_takes_a_lock_from_another_computer_that_cannot_be_checked(run, study):
    hold(study, 4242, host="werkplek-7")
    refused = run("codebook", "add", study, "Steun/Buren", ok=False)
    assert refused.exit_code == 1 and "by anna on werkplek-7 since 2026-03-02 09:30" in refused.stderr
    run("codebook", "add", study, "Steun/Buren", "--force")
    assert "Steun/Buren" in [c["path"] for c in json.loads(run("codes", study, "--json").output)]
    assert not lock_path(study).exists()  # the stale lock is cleared, not left for the next command


def test_a_failing_changing_command_gives_the_lock_back(run, study):
    result = run("codebook", "rename", study, "Bestaat/Niet", "Iets", ok=False)
    assert result.exit_code == 1 and "Bestaat/Niet" in result.stderr
    assert not lock_path(study).exists()


def test_a_missing_project_is_still_a_plain_error_and_leaves_no_lock(run, tmp_path):
    missing = tmp_path / "weg.qdacoder"
    result = run("codebook", "add", missing, "Steun", ok=False)
    assert result.exit_code == 1 and "weg.qdacoder" in result.stderr
    assert not lock_path(missing).exists()
