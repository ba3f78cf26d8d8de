"""A light start: the command line imports the heavy libraries only in the commands that use
them. Checked through ``sys.modules`` in a fresh interpreter, never by timing (the time itself is
measured by benchmarks/bench_startup.py)."""

import json
import subprocess
import sys
from pathlib import Path

from qdacoder.core.project import Project

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("numpy", "matplotlib", "pypdf", "docx", "openpyxl", "lxml", "sqlite_utils", "PySide6")


def loaded_after(code: str) -> list[str]:
    """The heavy top-level modules a fresh Python has imported after running ``code``."""
    script = code + "\nimport json, sys\nprint(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    modules = set(json.loads(result.stdout.splitlines()[-1]))
    return [name for name in HEAVY if name in modules]


def test_importing_the_command_line_loads_no_heavy_library():
    assert loaded_after("import qdacoder.cli") == []


def test_info_reads_the_project_without_the_heavy_libraries(tmp_path):
    path = tmp_path / "studie.qdacoder"
    Project.create(path).close()
    code = ("from qdacoder.cli import cli\n"
            f"cli(['info', {str(path)!r}, '--json'], standalone_mode=False)")
    assert loaded_after(code) == []


def test_a_command_that_writes_still_gets_what_it_needs(tmp_path):
    # the other side: the light start must not come from commands that silently do less
    path = tmp_path / "studie.qdacoder"
    Project.create(path).close()
    code = ("from qdacoder.cli import cli\n"
            f"cli(['memo', 'add', {str(path)!r}, '--text', 'Eerste indruk'], standalone_mode=False)")
    assert "sqlite_utils" in loaded_after(code)
