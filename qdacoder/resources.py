"""Where qdacoder finds the files it ships (demo sources, starter codebooks, translations)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """``resources/`` beside the package in a source checkout or editable install; inside the
    bundle when frozen by PyInstaller (build.spec copies it there)."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS")) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def codebooks_dir() -> Path:
    """The starter codebooks (``codebooks/`` beside the package, or in the bundle)."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS")) / "codebooks"
    return Path(__file__).resolve().parent.parent / "codebooks"


def starter_codebooks() -> dict[str, Path]:
    """Starter codebooks by name (the file name without extension), in name order."""
    return {p.stem: p for p in sorted(codebooks_dir().glob("*.yaml"))}
