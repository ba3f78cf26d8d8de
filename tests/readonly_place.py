"""A folder that cannot be written, for tests of read-only projects: permissions for a normal
user; a read-only bind mount for root, whom permissions do not stop (skipped when not allowed)."""

from __future__ import annotations

import os
import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def read_only_copy(files: list[Path], folder: Path):
    """``files`` copied into ``folder``, which is then read-only; yields the folder."""
    source = folder.with_name(folder.name + "-bron")
    source.mkdir()
    for file in files:
        shutil.copy2(file, source / file.name)
    if os.geteuid() != 0:
        for file in source.iterdir():
            file.chmod(0o444)
        source.chmod(0o555)
        try:
            yield source
        finally:
            source.chmod(0o755)
        return
    folder.mkdir()
    mounted = subprocess.run(["mount", "--bind", "-o", "ro", str(source), str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("no read-only place can be made here (root without mount)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@contextmanager
def read_only_file(file: Path):
    """``file`` made read-only in its writable folder: chmod for a normal user; for root a
    read-only bind mount of the file onto itself (skipped when not allowed)."""
    if os.geteuid() != 0:
        file.chmod(0o444)
        try:
            yield file
        finally:
            file.chmod(0o644)
        return
    mounted = subprocess.run(["mount", "--bind", "-o", "ro", str(file), str(file)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("no read-only file can be made here (root without mount)")
    try:
        yield file
    finally:
        subprocess.run(["umount", str(file)], check=True)
