"""Reading outside files, with a message in plain words for everything that can go wrong.
Shared by the document importers and the codebook readers, which raise their own error class
(both subclasses of ``ImportFailed``: every message names the file)."""

from __future__ import annotations

from pathlib import Path

from ..core.errors import QT_TRANSLATE_NOOP, ImportFailed

NOT_FOUND = QT_TRANSLATE_NOOP("qdacoder", "{file}: the file does not exist (any more).")
IS_FOLDER = QT_TRANSLATE_NOOP("qdacoder", "{file}: this is a folder, not a file.")
NO_PERMISSION = QT_TRANSLATE_NOOP("qdacoder", "{file}: you are not allowed to read this file.")
UNREADABLE = QT_TRANSLATE_NOOP("qdacoder", "{file}: the file cannot be read ({reason}).")
EMPTY = QT_TRANSLATE_NOOP("qdacoder", "{file}: the file is empty.")


def is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, ValueError):  # e.g. a name that is too long; reading will say so
        return False


def read_bytes(
    path: Path, file: str, *, limit: int, too_big: str, error: type[ImportFailed] = ImportFailed
) -> bytes:
    """The file's bytes; ``error`` (with ``too_big`` above ``limit`` bytes) when they cannot
    be had or there are none."""
    try:
        if path.stat().st_size > limit:
            raise error(too_big, file=file, limit=limit // 2**20)
        data = path.read_bytes()
    except FileNotFoundError:
        raise error(NOT_FOUND, file=file) from None
    except PermissionError:
        raise error(NO_PERMISSION, file=file) from None
    except IsADirectoryError:
        raise error(IS_FOLDER, file=file) from None
    except OSError as problem:
        raise error(UNREADABLE, file=file, reason=problem.strerror or str(problem)) from None
    except ValueError as problem:  # a NUL character in the path
        raise error(UNREADABLE, file=file, reason=str(problem)) from None
    if not data:
        raise error(EMPTY, file=file)
    return data
