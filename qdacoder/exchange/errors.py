"""The one error type of the codebook exchange, and the messages about the file as a whole.

Design rules (why):
- Every problem with a codebook file, read or written, is a ``CodebookFileError``. It is an
  ``ImportFailed`` so that code which already reports failed imports shows it the same way;
  ``params`` always hold ``file`` (the file *name*, never the full path: the researcher knows
  which folder they picked, and paths clutter the sentence).
- A message says where (``line N`` for YAML and .qdc, ``row N`` and the column for CSV and
  Excel) and what is wrong, in plain words a researcher can act on. The location is part of
  each template (not glued on in code), so the whole sentence can be translated; the located
  params (``line``, ``row``, ``column``) are also on the error for the window to use.
- Templates are English and marked with ``QT_TRANSLATE_NOOP`` for the Dutch translation; the
  window translates the template and only then fills in the params.
"""

from __future__ import annotations

from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed


class CodebookFileError(ImportFailed):
    """A codebook file that cannot be read, or a codebook that cannot be written to a file."""

    def __init__(self, template: str, *, file: str, **params: object) -> None:
        super().__init__(template, file=file, **params)

    @property
    def file(self) -> str:
        return str(self.params["file"])

    @property
    def line(self) -> int | None:
        return self.params.get("line")  # type: ignore[return-value]

    @property
    def row(self) -> int | None:
        return self.params.get("row")  # type: ignore[return-value]


# --- the file as a whole (reading) -----------------------------------------------------------
UNSUPPORTED = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: files of type {extension} are not codebook files. Supported: {supported}"
)
NO_EXTENSION = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: the file has no file type (extension), so its format is unknown. "
    "Supported: {supported}",
)
EXPORT_ONLY = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: Word files (.docx) are for export only: a codebook can be written as a Word "
    "document but not read from one. Supported for import: {supported}",
)
TOO_MANY_CODES = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: the codebook has more than {limit} codes, more than qdacoder imports at once.")
TOO_BIG = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: the file is too large for a codebook (more than {limit} MB)."
)
UNKNOWN_ENCODING = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: the character encoding of this file could not be recognised. "
    "Save it as UTF-8 and try again.",
)
UNEXPECTED_READ = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: the codebook could not be read because of an unexpected problem ({reason}).",
)

# --- writing ---------------------------------------------------------------------------------
UNSUPPORTED_EXPORT = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: a codebook cannot be exported as {extension}. Supported: {supported}"
)
NO_FOLDER = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: the folder to write this file in does not exist (any more)."
)
NO_WRITE_PERMISSION = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: the file cannot be written: you are not allowed to write there, or another "
    "program (such as Excel or Word) has the file open.",
)
UNWRITABLE = QT_TRANSLATE_NOOP("qdacoder", "{file}: the file cannot be written ({reason}).")
INVALID_CODEBOOK = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: the codebook cannot be exported because it is not valid ({reason}); "
    "no file was written.",
)
UNEXPECTED_WRITE = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: the codebook could not be exported because of an unexpected problem ({reason}); "
    "no file was written.",
)

from ..importers.fileio import EMPTY, IS_FOLDER, NO_PERMISSION, NOT_FOUND, UNREADABLE  # noqa: E402,F401 - shared wording
