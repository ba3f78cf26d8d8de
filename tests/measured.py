"""Running the real command line in a child process and reading its peak memory: for the
tests that bound memory (ZIP bombs, tables at and over their caps; issue 21)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MiB = 1024 * 1024


def run_measured(*args: str) -> tuple[subprocess.CompletedProcess, int]:
    """Run ``qdacoder ARGS`` in a child and return it with its peak memory in bytes (the
    child of a small wrapper, whose RUSAGE_CHILDREN holds nothing else)."""
    wrapper = (
        "import json, resource, subprocess, sys\n"
        "done = subprocess.run([sys.executable, '-m', 'qdacoder', *sys.argv[1:]],"
        " capture_output=True, text=True)\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024\n"
        "print(json.dumps([done.returncode, done.stdout, done.stderr, peak]))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", wrapper, *args], capture_output=True,
                            text=True, env=env, check=True, timeout=900)
    code, out, err, peak = json.loads(result.stdout)
    return subprocess.CompletedProcess(args, code, out, err), peak


def new_project(path: Path) -> Path:
    subprocess.run([sys.executable, "-m", "qdacoder", "new", str(path)], check=True,
                   env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True)
    return path
