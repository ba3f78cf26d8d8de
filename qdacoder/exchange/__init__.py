"""Codebook files: read a ``Codebook`` from a file and write one to a file.

Formats, by extension (case-insensitive): .yaml/.yml (qdacoder's own), .csv and .xlsx (one
row per code), .qdc (REFI-QDA), .docx (export only). See README "Codebook files".

Design rules (why):
- Two entry points and one error type: ``read_codebook`` returns a ``Codebook`` whose every
  entry passed ``validate`` or raises ``CodebookFileError`` (never half a codebook);
  ``write_codebook`` writes the whole file or raises it. The message names the file, where
  in it (line, or row and column) and what is wrong, so the window shows it as is.
- This package only converts between files and ``Codebook``: no project, no SQL, no Qt.
- The file is read here, once and size-capped (``MAX_FILE_SIZE``; codebooks are small), so
  file-system errors are handled in one place and the format modules get bytes. Writers
  return bytes and the file is written here atomically (a temporary file beside it, then
  renamed): a failed export never leaves half a file or destroys the previous one.
- Before writing, the codebook is checked with ``validate.problems``: the project keeps codes
  valid, so a problem here is a bug, and a bug must not produce a file that cannot be read
  back.
- An unexpected exception inside a format module is logged (for us) and still reported as a
  ``CodebookFileError`` (for the researcher).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from qdacoder.core.codebook import Codebook
from qdacoder.core.errors import QT_TRANSLATE_NOOP
from qdacoder.exchange import errors as _errors
from qdacoder.exchange.docx_codebook import DEFAULT_LABELS, merged_labels, write_docx
from qdacoder.exchange.errors import CodebookFileError
from qdacoder.exchange.qdc_codebook import read_qdc, write_qdc
from qdacoder.exchange.table_codebook import MAX_CODES, read_csv, read_xlsx, write_csv, write_xlsx
from qdacoder.exchange.tables import write_atomically
from qdacoder.exchange.validate import problems
from qdacoder.exchange.yaml_codebook import read_yaml, write_yaml
from qdacoder.importers.fileio import is_dir, read_bytes

__all__ = [
    "DEFAULT_LABELS", "FORMATS", "READABLE", "WRITABLE", "CodebookFileError", "read_codebook",
    "write_codebook",
]

# Extension -> short description (English, marked for translation; for file dialogs).
FORMATS: dict[str, str] = {
    ".yaml": QT_TRANSLATE_NOOP("qdacoder", "qdacoder YAML"),
    ".yml": QT_TRANSLATE_NOOP("qdacoder", "qdacoder YAML"),
    ".csv": QT_TRANSLATE_NOOP("qdacoder", "CSV, one row per code"),
    ".xlsx": QT_TRANSLATE_NOOP("qdacoder", "Excel, one row per code"),
    ".qdc": QT_TRANSLATE_NOOP("qdacoder", "REFI-QDA codebook"),
    ".docx": QT_TRANSLATE_NOOP("qdacoder", "Word (export only)"),
}
_READERS: dict[str, Callable[[bytes, str], Codebook]] = {
    ".yaml": read_yaml, ".yml": read_yaml, ".csv": read_csv, ".xlsx": read_xlsx,
    ".qdc": read_qdc,
}
_WRITERS: dict[str, Callable[[Codebook, str, dict[str, str] | None], bytes]] = {
    ".yaml": lambda codebook, file, labels: write_yaml(codebook),
    ".yml": lambda codebook, file, labels: write_yaml(codebook),
    ".csv": lambda codebook, file, labels: write_csv(codebook),
    ".xlsx": lambda codebook, file, labels: write_xlsx(codebook),
    ".qdc": lambda codebook, file, labels: write_qdc(codebook, file),
    ".docx": lambda codebook, file, labels: write_docx(codebook, labels),
}
READABLE: tuple[str, ...] = tuple(_READERS)
WRITABLE: tuple[str, ...] = tuple(_WRITERS)
MAX_FILE_SIZE = 50 * 1024 * 1024
# YAML and XML are parsed whole: PyYAML took 1.8 GB (and minutes) for a 47 MB codebook, so those
# formats get the size that 20,000 codes with long descriptions need, and no more (issue 21).
# Tables are read row by row and refused at the code cap, so they keep MAX_FILE_SIZE.
MAX_PARSED_SIZE = {".yaml": 5 * 1024 * 1024, ".yml": 5 * 1024 * 1024, ".qdc": 10 * 1024 * 1024}

_log = logging.getLogger(__name__)


def read_codebook(path: str | os.PathLike) -> Codebook:
    """The codebook in the file at ``path``; raises ``CodebookFileError`` (only)."""
    path = Path(path)
    file = path.name or str(path)
    extension = path.suffix.lower()
    supported = ", ".join(READABLE)
    if is_dir(path):
        raise CodebookFileError(_errors.IS_FOLDER, file=file)
    if extension == ".docx":
        raise CodebookFileError(_errors.EXPORT_ONLY, file=file, supported=supported)
    if not extension:
        raise CodebookFileError(_errors.NO_EXTENSION, file=file, supported=supported)
    if extension not in _READERS:
        raise CodebookFileError(_errors.UNSUPPORTED, file=file, extension=extension,
                                supported=supported)
    data = read_bytes(path, file, limit=min(MAX_FILE_SIZE, MAX_PARSED_SIZE.get(extension, MAX_FILE_SIZE)),
                      too_big=_errors.TOO_BIG, error=CodebookFileError)
    try:
        codebook = _READERS[extension](data, file)
    except CodebookFileError:
        raise
    except Exception as error:  # noqa: BLE001 - last resort, see the module docstring
        _log.exception("unexpected error while reading the codebook %s", path)
        raise CodebookFileError(_errors.UNEXPECTED_READ, file=file,
                                reason=type(error).__name__) from error
    if sum(1 for _ in codebook.walk()) > MAX_CODES:  # a table is refused while it is read
        raise CodebookFileError(_errors.TOO_MANY_CODES, file=file, limit=MAX_CODES)
    return codebook


def write_codebook(codebook: Codebook, path: str | os.PathLike, *,
                   labels: dict[str, str] | None = None) -> None:
    """Write ``codebook`` to ``path`` in the format of its extension. ``labels`` (only used
    for .docx) are the document's texts, translated; see ``DEFAULT_LABELS``. Raises
    ``CodebookFileError``; then no file was written (an existing one is left as it was)."""
    path = Path(path)
    file = path.name or str(path)
    extension = path.suffix.lower()
    if extension not in _WRITERS:
        raise CodebookFileError(_errors.UNSUPPORTED_EXPORT, file=file,
                                extension=extension or "?", supported=", ".join(WRITABLE))
    merged_labels(labels)  # unknown keys are the caller's bug: ValueError, before anything
    found = problems(codebook)
    if found:
        raise CodebookFileError(_errors.INVALID_CODEBOOK, file=file, reason=found[0])
    try:
        data = _WRITERS[extension](codebook, file, labels)
    except CodebookFileError:
        raise
    except Exception as error:  # noqa: BLE001 - last resort, see the module docstring
        _log.exception("unexpected error while writing the codebook %s", path)
        raise CodebookFileError(_errors.UNEXPECTED_WRITE, file=file,
                                reason=type(error).__name__) from error
    write_atomically(path, data, file, CodebookFileError)
