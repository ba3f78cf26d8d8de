"""Reading researchers' files (.txt, .md, .docx, .odt, .rtf, .pdf) into plain text.

Design rules (why):
- One entry point, ``read_file``, and one error type: anything wrong with the file becomes an
  ``ImportFailed`` whose message names the file and says in plain words what is wrong, so the
  window can show it as is. The format modules convert their libraries' exceptions; as a last
  resort an unexpected exception is logged (for us) and still reported as ``ImportFailed``
  (for the researcher), because one odd file must not crash a batch import.
- The file is read into memory once (size-capped) here; the format modules get bytes, so
  file-system errors are handled in one place.
- All formats end with the same text rules (``cleanup``) and the same turn detection
  (``turns``), so positions mean the same for every format. Qt is never imported here.
- Footnotes, endnotes (and comments when asked for) come as a notes section after the main
  text, one "[1] ..." line each; turns are looked for in the main text only, so the last turn
  does not swallow the notes.
- What a reader leaves out (headers, footers, comments, hidden text, a PDF's running headers)
  is counted and travels with the result (``ImportedText.left_out``, ``summary``), so the
  researcher hears what is not in the document.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed
from qdacoder.importers.fileio import IS_FOLDER, is_dir, read_bytes
from qdacoder.importers.docx import read_docx
from qdacoder.importers.markdown import read_md
from qdacoder.importers.cleanup import clean_text
from qdacoder.importers.model import MAX_TEXT, TOO_MUCH_TEXT, Extracted, ImportedText, ReadOptions, Turn
from qdacoder.importers.odt import read_odt
from qdacoder.importers.pdf import read_pdf
from qdacoder.importers.rtf import read_rtf
from qdacoder.importers.text import read_txt
from qdacoder.importers.turns import find_turns, turns_for

__all__ = ["ImportedText", "ReadOptions", "SUPPORTED_EXTENSIONS", "Turn", "find_turns",
           "read_file"]

_READERS: dict[str, Callable[[bytes, str, ReadOptions], Extracted]] = {
    ".txt": read_txt,
    ".md": read_md,
    ".docx": read_docx,
    ".odt": read_odt,
    ".rtf": read_rtf,
    ".pdf": read_pdf,
}
SUPPORTED_EXTENSIONS: tuple[str, ...] = tuple(_READERS)
MAX_FILE_SIZE = 200 * 1024 * 1024
_PLAIN = {".txt", ".md"}

UNSUPPORTED = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: files of type {extension} cannot be imported. Supported: {supported}"
)
NO_EXTENSION = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: files without a file type (extension) cannot be imported. Supported: {supported}",
)
TOO_BIG = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: the file is too large to import (more than {limit} MB)."
)
UNEXPECTED = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: the file could not be imported because of an unexpected problem ({reason}).",
)

_log = logging.getLogger(__name__)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # read_bytes says why it cannot be read


def read_file(path: str | os.PathLike, options: ReadOptions = ReadOptions()) -> ImportedText:
    """Read the file at ``path``; raises ``ImportFailed`` (only) when it cannot be imported."""
    path = Path(path)
    file = path.name or str(path)
    extension = path.suffix.lower()
    supported = ", ".join(SUPPORTED_EXTENSIONS)
    if is_dir(path):  # before the extension: "this is a folder" is the useful message
        raise ImportFailed(IS_FOLDER, file=file)
    if not extension:
        raise ImportFailed(NO_EXTENSION, file=file, supported=supported)
    if extension not in _READERS:
        raise ImportFailed(UNSUPPORTED, file=file, extension=extension, supported=supported)
    if extension in _PLAIN and _size(path) > 4 * MAX_TEXT + 4:  # a BOM, then at most 4 bytes a character
        raise ImportFailed(TOO_MUCH_TEXT, file=file, limit=MAX_TEXT // 1_000_000)
    data = read_bytes(path, file, limit=MAX_FILE_SIZE, too_big=TOO_BIG)
    try:
        extracted = _READERS[extension](data, file, options)
    except ImportFailed:
        raise
    except Exception as error:  # noqa: BLE001 - last resort, see the module docstring
        _log.exception("unexpected error while importing %s", path)
        raise ImportFailed(UNEXPECTED, file=file, reason=type(error).__name__) from error
    del data
    if len(extracted.text) > MAX_TEXT:  # before the speaker turns, which take the most memory
        raise ImportFailed(TOO_MUCH_TEXT, file=file, limit=MAX_TEXT // 1_000_000)
    turns, kind = turns_for(extracted.text, options.kind, options.turns)
    notes = clean_text("\n".join(extracted.notes))
    text = f"{extracted.text}\n\n{notes}" if notes else extracted.text
    return ImportedText(
        text=text, turns=turns, source_name=file, format=extension[1:], kind=kind,
        notes_start=len(extracted.text) + 2 if notes else None,
        notes=len(extracted.notes) if notes else 0, left_out=extracted.left_out,
        unknown_symbols=extracted.unknown_symbols,
    )
