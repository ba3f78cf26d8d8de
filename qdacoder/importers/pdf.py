"""PDF (.pdf): the text layer, read with pypdf.

Design rules (why):
- Only the text layer is read; a PDF without one is almost always a scan, and the researcher
  needs to hear "run OCR first", not "empty file".
- Pages are joined with "\\n". Words in Qt-made PDFs come out tab-separated ("Het\\tcafé"),
  so tabs become single spaces (a PDF has no real tab characters worth keeping).
- Typographic ligatures ("ﬁ", "ﬂ", ...; fonts use them, so PDFs contain them) are spelled
  out, otherwise a search for "fictief" does not find "ﬁctief".
- A last line of a page that holds only a number of at most four digits is a page number
  (Qt and word processors put them in the footer); it is dropped so that it does not end up
  inside the last speaker turn of every page.
- PDFs that only carry an owner password (printing/copying restrictions) open with the
  empty user password; those that need a real password get a clear message.
- pypdf raises many exception types for damaged files (its own, but also ValueError,
  KeyError, ...), so any failure while reading means "damaged".
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError

from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed
from qdacoder.importers.cleanup import finish

# pypdf logs its repairs of slightly broken files ("EOF marker not found") as warnings; the
# researcher gets our message or the text, never that noise on the terminal.
logging.getLogger("pypdf").setLevel(logging.ERROR)

NOT_PDF = QT_TRANSLATE_NOOP("qdacoder", "{file}: this is not a PDF file.")
DAMAGED = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: this PDF is damaged and cannot be read ({reason})."
)
PASSWORD = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: this PDF is protected with a password. Save a copy without password "
    "and try again.",
)
UNSUPPORTED_ENCRYPTION = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: this PDF is encrypted in a way that cannot be read here. Print or save it as a "
    "new PDF without protection and try again.",
)
SCAN = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: this PDF has no text layer; it is probably a scan. "
    "Run text recognition (OCR) first.",
)

_PAGE_NUMBER = re.compile(r"\n[ \t]*\d{1,4}[ \t]*\Z")
# U+FB00..U+FB06: ff, fi, fl, ffi, ffl, long st, st
_LIGATURES = str.maketrans(
    {chr(code): unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
)


def read_pdf(data: bytes, file: str) -> str:
    """The text layer of a PDF file, page after page."""
    if b"%PDF-" not in data[:1024]:
        raise ImportFailed(NOT_PDF, file=file)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise ImportFailed(PASSWORD, file=file)
        pages = [_page_text(page) for page in reader.pages]
    except ImportFailed:
        raise
    except DependencyError:  # AES needs the optional "cryptography" package
        raise ImportFailed(UNSUPPORTED_ENCRYPTION, file=file) from None
    except Exception as error:  # noqa: BLE001 - see the module docstring
        raise ImportFailed(DAMAGED, file=file, reason=_reason(error)) from None
    return finish("\n".join(pages), file, SCAN)


def _page_text(page) -> str:
    text = (page.extract_text() or "").replace("\t", " ").translate(_LIGATURES).rstrip()
    return _PAGE_NUMBER.sub("", text)


def _reason(error: Exception) -> str:
    """A short technical hint for support; the sentence around it says what it means."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return (text or type(error).__name__)[:120]
