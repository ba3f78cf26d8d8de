"""Where qdacoder finds the files it ships (demo sources, starter codebooks, translations).

``resources/`` and ``codebooks/`` live at the top of the repository. An installed qdacoder (a
wheel) carries them inside the package as ``qdacoder/_data/`` (setup.py copies them there); the
PyInstaller bundle has them at its top (build.spec); a source checkout or an editable install
reads them where they are."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS")) / name
    installed = _PACKAGE / "_data" / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


def resources_dir() -> Path:
    """``resources/``: the demo material and the translations."""
    return _shipped("resources")


def codebooks_dir() -> Path:
    """The starter codebooks (``codebooks/``)."""
    return _shipped("codebooks")


def starter_codebooks() -> dict[str, Path]:
    """Starter codebooks by name (the file name without extension), in name order."""
    return {p.stem: p for p in sorted(codebooks_dir().glob("*.yaml"))}
