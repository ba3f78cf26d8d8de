"""No traceback ever reaches a user of the command line (issue 21). The real command runs in a
child process, as a user starts it, with its state folder in the test's temporary folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def qdacoder(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_STATE_HOME=str(tmp_path / "state"),
               QDACODER_CODER="Anna de Vries")

    def run(*args: str | bytes | Path) -> subprocess.CompletedProcess:
        argv = [os.fsencode(a) if isinstance(a, (str, Path)) else a for a in args]
        done = subprocess.run([sys.executable.encode(), b"-m", b"qdacoder", *argv], env=env,
                              capture_output=True, cwd=tmp_path)
        done.out = done.stdout.decode("utf-8", "replace")
        done.err = done.stderr.decode("utf-8", "replace")
        assert "Traceback" not in done.out + done.err
        return done

    return run


@pytest.fixture()
def study(tmp_path, qdacoder):
    path = tmp_path / "studie.qdacoder"
    (tmp_path / "daan.txt").write_text("I: Waar woon je nu?\nR: Bij mijn opa, in Zwolle.\n", encoding="utf-8")
    assert qdacoder("new", path).returncode == 0
    assert qdacoder("import", path, tmp_path / "daan.txt").returncode == 0
    assert qdacoder("codebook", "add", path, "Wonen").returncode == 0
    return path


def test_a_lone_surrogate_in_a_yaml_codebook_is_named(tmp_path, study, qdacoder):
    (tmp_path / "codeboek.yaml").write_text('codes:\n  - name: "Wonen"\n  - name: "Opa\\ud800"\n', encoding="utf-8")
    done = qdacoder("codebook", "import", study, tmp_path / "codeboek.yaml")
    assert done.returncode == 1
    assert "codeboek.yaml, line 3" in done.err and "\\ud800" in done.err


def test_a_codebook_nested_5000_deep_gets_one_plain_message(tmp_path, study, qdacoder):
    lines = []
    for level in range(5000):
        lines += ["  " * level + f"- name: Niveau {level}", "  " * level + "  codes:"]
    (tmp_path / "diep.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = qdacoder("codebook", "import", study, tmp_path / "diep.yaml")
    assert done.returncode == 1  # indented 5,000 deep, the file has 48 MB: more than a YAML codebook may
    assert done.err.strip() == "Error: diep.yaml: the file is too large for a codebook (more than 5 MB)."
    nested = "".join("{name: Niveau %d, codes: [" % level for level in range(5000)) + "{name: Blad}" + "]}" * 5000
    (tmp_path / "diep.yaml").write_text(f"codes: [{nested}]\n", encoding="utf-8")  # 145 kB in flow style
    done = qdacoder("codebook", "import", study, tmp_path / "diep.yaml")
    assert done.returncode == 1
    assert done.err.strip() == "Error: diep.yaml, line 1: the codes are nested more than 100 levels deep."


@pytest.mark.parametrize("option", ["--code", "--document", "--coder"])
def test_bytes_that_are_not_utf8_in_an_option_are_named(study, qdacoder, option):
    values = {"--code": b"Wonen", "--document": b"daan", "--coder": b"Anna"}
    values[option] = b"Wo\xffnen"
    done = qdacoder("code", study, "--document", values["--document"], "--code", values["--code"],
                    "--coder", values["--coder"], "--start", "0", "--end", "5")
    assert done.returncode == 1
    assert done.err.strip() == ("qdacoder: this value is not valid text (UTF-8): Wo\\xffnen; "
                                "type it again or set the terminal to UTF-8.")
    info = qdacoder("info", study, "--json")
    assert '"codings": 0' in info.out and '"codes": 1' in info.out and '"coders": 0' in info.out


def test_an_unforeseen_error_goes_to_the_log_that_the_one_line_names(tmp_path, monkeypatch, capsys):
    from qdacoder.cli import cli, main

    @cli.command("stuk-test")
    def broken() -> None:
        {}["ontbrekend"]  # an error qdacoder did not foresee

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(sys, "argv", ["qdacoder", "stuk-test"])
    try:
        with pytest.raises(SystemExit) as stopped:
            main()
    finally:
        cli.commands.pop("stuk-test")
    assert stopped.value.code == 1
    log = tmp_path / "state" / "qdacoder" / "errors.log"
    assert capsys.readouterr().err == (
        f"qdacoder: the command stopped: an internal error (KeyError); the details are in {log}.\n")
    text = log.read_text(encoding="utf-8")
    assert "qdacoder stuk-test" in text and "Traceback" in text and "KeyError: 'ontbrekend'" in text


def test_reading_commands_work_on_a_read_only_project_and_changes_are_refused(tmp_path, study, qdacoder):
    from tests.readonly_place import read_only_copy

    with read_only_copy([study], tmp_path / "usb") as usb:
        path = usb / study.name
        before = path.read_bytes()
        assert qdacoder("info", path).returncode == 0
        assert "daan" in qdacoder("documents", "list", path).out
        assert "Wonen" in qdacoder("codes", path).out
        done = qdacoder("code", path, "--document", "daan", "--code", "Wonen", "--start", "0", "--end", "5")
        assert done.returncode == 1 and "studie.qdacoder is read-only" in done.err
        assert path.read_bytes() == before
        assert sorted(p.name for p in usb.iterdir()) == ["studie.qdacoder"]  # no lock, no -wal


def test_a_refused_coding_adds_no_coder(study, qdacoder):
    done = qdacoder("code", study, "--document", "daan", "--code", "Wonen", "--start", "40", "--end", "4000")
    assert done.returncode == 1 and "Error:" in done.err
    assert '"coders": 0' in qdacoder("info", study, "--json").out


def test_qdpx_new_on_a_full_disk_leaves_nothing_and_can_be_tried_again(tmp_path, study, qdacoder):
    import subprocess as sp

    if os.geteuid() != 0:
        pytest.skip("a small full disk needs root (a tmpfs mount)")
    big = tmp_path / "lang.txt"
    import random

    words = "ik woonde bij mijn opa in Zwolle en ging daar naar school mentor hulp wachtlijst thuis".split()
    pick = random.Random(21).choice  # varied text: a repeated line would look like a ZIP bomb
    big.write_text("\n".join("R: " + " ".join(pick(words) for _ in range(12)) for _ in range(40_000)),
                   encoding="utf-8")
    assert qdacoder("import", study, big).returncode == 0
    assert qdacoder("qdpx", "export", study, tmp_path / "studie.qdpx").returncode == 0
    disk = tmp_path / "vol"
    disk.mkdir()
    if sp.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)]).returncode != 0:
        pytest.skip("no tmpfs can be mounted here")
    try:
        for _attempt in range(2):  # the second try gets the same plain answer, not "exists"
            done = qdacoder("qdpx", "new", disk / "nieuw.qdacoder", tmp_path / "studie.qdpx")
            assert done.returncode == 1
            assert "nieuw.qdacoder" in done.err and "full" in done.err
            assert list(disk.iterdir()) == []
    finally:
        sp.run(["umount", str(disk)], check=True)


def test_qdpx_new_killed_half_way_leaves_no_project_under_the_name(tmp_path, study, qdacoder):
    import random
    import signal
    import time

    words = "ik woonde bij mijn opa in Zwolle en ging daar naar school mentor hulp wachtlijst".split()
    pick = random.Random(5).choice
    from qdacoder.core.documents import import_document
    from qdacoder.core.project import Project
    from qdacoder.exchange.qdpx_export import write_qdpx

    with Project.open(study) as p:  # built in this process: only the command under test runs apart
        for number in range(20):
            import_document(p, name=f"interview {number}", text="\n".join(
                "R: " + " ".join(pick(words) for _ in range(12)) for _ in range(5000)))
        write_qdpx(p, tmp_path / "studie.qdpx")
    folder = tmp_path / "nieuw"
    folder.mkdir()
    target = folder / "nieuw.qdacoder"
    child = subprocess.Popen([sys.executable, "-m", "qdacoder", "qdpx", "new", str(target), str(tmp_path / "studie.qdpx")],
                             env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    while child.poll() is None and not any(folder.iterdir()):  # the first file written
        time.sleep(0.002)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert not target.exists()
    done = qdacoder("qdpx", "new", target, tmp_path / "studie.qdpx")  # a second try works
    assert done.returncode == 0 and target.exists()


def test_an_import_with_autocoding_killed_half_way_leaves_no_coder(tmp_path, study, qdacoder):
    """The coder of the automatic codings is created in the import's own transaction: before,
    it was committed first, so a kill during the import left a new row in ``coders``."""
    import random
    import signal
    import time

    from qdacoder.core.lock import lock_path

    words = "ik woonde bij mijn opa in Zwolle en ging daar naar school mentor hulp wachtlijst".split()
    pick = random.Random(8).choice
    (tmp_path / "lang.txt").write_text("\n".join(
        ("I: " if n % 2 == 0 else "R: ") + " ".join(pick(words) for _ in range(12)) for n in range(60000)),
        encoding="utf-8")
    before = qdacoder("info", study, "--json").out
    child = subprocess.Popen(
        [sys.executable, "-m", "qdacoder", "import", "--autocode-speakers", "--coder", "Bram Jansen", str(study),
         str(tmp_path / "lang.txt")], env=dict(os.environ, PYTHONPATH=str(ROOT)),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while child.poll() is None and not lock_path(study).exists():  # the project is open
        time.sleep(0.002)
    time.sleep(0.5)  # reading the file and coding 30,000 turns takes seconds longer
    child.send_signal(signal.SIGKILL)
    assert child.wait() == -signal.SIGKILL  # killed half way, not finished
    after = qdacoder("info", study, "--json").out
    assert '"coders": 0' in after and '"documents": 1' in after
    assert after == before


def test_a_merge_killed_half_way_leaves_no_coder_and_no_coding(tmp_path, study, qdacoder):
    """The merge adds the copy's coders inside its own transaction: killed, it leaves nothing."""
    import signal
    import sqlite3
    import time

    from qdacoder.core.lock import lock_path

    copy = tmp_path / "bram.qdacoder"
    assert qdacoder("copy", study, copy).returncode == 0
    with sqlite3.connect(copy) as db:  # many codings by a coder the project does not know yet
        db.execute("INSERT INTO coders (guid, name, created_at) VALUES ('bram', 'Bram Jansen', '2026-01-05')")
        db.executemany(
            "INSERT INTO codings (guid, document_id, code_id, start, \"end\", coder_id, created_at) VALUES "
            "(?, (SELECT id FROM documents), (SELECT id FROM codes), ?, ?, (SELECT id FROM coders "
            "WHERE name = 'Bram Jansen'), '2026-01-05')",
            [(f"c{n}", n % 20, 21 + n % 20) for n in range(60_000)])
    before = qdacoder("info", study, "--json").out
    child = subprocess.Popen([sys.executable, "-m", "qdacoder", "merge", str(study), str(copy)],
                             env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    while child.poll() is None and not lock_path(study).exists():  # the project is open
        time.sleep(0.002)
    time.sleep(0.5)  # merging 60,000 codings takes seconds longer
    child.send_signal(signal.SIGKILL)
    assert child.wait() == -signal.SIGKILL  # killed half way, not finished
    assert qdacoder("info", study, "--json").out == before


def test_merging_a_hostile_copy_on_the_command_line_prints_no_traceback(tmp_path, study, qdacoder):
    """An orphan coding (a KeyError before) and codes nested 5,000 deep (a RecursionError), and
    the same copy on a read-only medium: merged with a report, never a traceback."""
    import sqlite3

    from tests.readonly_place import read_only_copy

    copy = tmp_path / "bram.qdacoder"
    assert qdacoder("copy", study, copy).returncode == 0
    with sqlite3.connect(copy) as db:
        db.execute("INSERT INTO coders (guid, name, created_at) VALUES ('bram', 'Bram Jansen', '2026-01-05')")
        db.execute("INSERT INTO codings (guid, document_id, code_id, start, \"end\", coder_id, created_at) VALUES "
                   "('wees', (SELECT id FROM documents), 98765, 0, 5, (SELECT id FROM coders WHERE name = "
                   "'Bram Jansen'), '2026-01-05')")
        parent = None
        for level in range(5000):
            parent = db.execute("INSERT INTO codes (guid, parent_id, name, position, is_codable, color, created_at) "
                                "VALUES (?, ?, ?, 0, 1, '#4c72b0', '2026-01-05')",
                                [f"diep-{level}", parent, f"Niveau {level}"]).lastrowid
    db.close()  # all in the file itself, which is all that goes on the medium
    with read_only_copy([copy], tmp_path / "usb") as usb:
        done = qdacoder("merge", study, usb / copy.name)  # the fixture fails on any traceback
        assert done.returncode == 0
        assert "nested more than 100 levels deep" in done.out
        assert sorted(p.name for p in usb.iterdir()) == ["bram.qdacoder"]
