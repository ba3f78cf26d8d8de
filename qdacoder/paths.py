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
