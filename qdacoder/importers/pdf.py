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
- Running headers and footers ("Vertrouwelijk", "Rapportage 2024 - pagina 3") are not part of
  the text either: a line among the first or last ``_ZONE`` lines of a page that recurs there
  on at least half of the pages (and on three at least, or both of two; digits count as equal,
  so page numbers do not matter) is left out where it stands at the page's edge (or below or
  above other running lines there), and counted. A line that starts with a speaker label
  never is. The option ``running_lines`` keeps them.
- PDFs that only carry an owner password (printing/copying restrictions) open with the
  empty user password; AES-encrypted ones need the ``cryptography`` package (a dependency).
  Those that need a real password get a clear message.
- pypdf raises many exception types for damaged files (its own, but also ValueError,
  KeyError, ...), so any failure while reading means "damaged".
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections import Counter

from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed
from qdacoder.importers.cleanup import finish
from qdacoder.importers.model import MAX_TEXT, RUNNING, TOO_MUCH_TEXT, Extracted, LeftOut, ReadOptions
from qdacoder.importers.turns import starts_with_label

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


def read_pdf(data: bytes, file: str, options: ReadOptions = ReadOptions()) -> Extracted:
    """The text layer of a PDF file, page after page."""
    if b"%PDF-" not in data[:1024]:
        raise ImportFailed(NOT_PDF, file=file)
    # imported when a PDF is read: pypdf (with the cryptography it loads) is 23 MB of the
    # window's memory, held for nothing in a session that imports no PDF
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise ImportFailed(PASSWORD, file=file)
        pages, characters = [], 0
        for page in reader.pages:
            pages.append(_page_text(page))
            characters += len(pages[-1]) + 1
            if characters > MAX_TEXT:
                # a PDF at the size cap can hold four times what one document may: refused
                # as soon as it is known, not after holding all of it (issue 21)
                raise ImportFailed(TOO_MUCH_TEXT, file=file, limit=MAX_TEXT // 1_000_000)
    except ImportFailed:
        raise
    except DependencyError:  # AES needs "cryptography"; only a broken install lacks it
        raise ImportFailed(UNSUPPORTED_ENCRYPTION, file=file) from None
    except Exception as error:  # noqa: BLE001 - see the module docstring
        raise ImportFailed(DAMAGED, file=file, reason=_reason(error)) from None
    left_out: tuple[LeftOut, ...] = ()
    if not options.running_lines:
        pages, running = drop_running_lines(pages)
        left_out = (running,) if running.items else ()
    return Extracted(finish("\n".join(pages), file, SCAN), left_out=left_out)


def _page_text(page) -> str:
    text = (page.extract_text() or "").replace("\t", " ").translate(_LIGATURES).rstrip()
    return _PAGE_NUMBER.sub("", text)


_ZONE = 3  # lines at the top and at the bottom of a page where running lines stand
_SENTENCE_END = tuple('.!?:;…"”’\')')
_DIGITS = re.compile(r"\d+")


def drop_running_lines(pages: list[str]) -> tuple[list[str], LeftOut]:
    """``pages`` without their running headers and footers (see the module docstring), and
    how many lines were dropped."""
    zones = [_zone_lines(page) for page in pages]
    seen: Counter[str] = Counter()
    for top, bottom in zones:
        seen.update({_shape(line) for _i, line in top} | {_shape(line) for _i, line in bottom})
    # half of the pages, but three at least (both of two): in a short transcript a "R: Ja."
    # can open two pages by chance
    needed = max((len(pages) + 1) // 2, min(len(pages), 3), 2)
    running = {shape for shape, n in seen.items() if n >= needed and shape}
    kept_pages, items, characters = [], 0, 0
    for page, (top, bottom) in zip(pages, zones):
        lines = page.split("\n")
        drop = _edge_lines(top, bottom, running)
        items += len(drop)
        characters += sum(len(lines[i].strip()) for i in drop)
        kept_pages.append("\n".join(line for i, line in enumerate(lines) if i not in drop))
    return kept_pages, LeftOut(RUNNING, items, characters)


def _edge_lines(top, bottom, running: set[str]) -> set[int]:
    """The indexes of the running lines of one page: from each edge inward while the lines
    are running ones (a header or footer stands at the edge, not between text lines). A line
    above a footer that continues the sentence of the text line above it is text ("... om de
    regel te" / "vullen."), even when its words recur on other pages."""
    drop = set()
    for i, line in top:
        if _shape(line) not in running:  # "" (a speaker's line) never is
            break
        drop.add(i)
    for n, (i, line) in enumerate(reversed(bottom)):
        if i in drop or _shape(line) not in running:
            break
        above = bottom[-n - 2][1] if n + 2 <= len(bottom) else None
        if (n and above is not None and _shape(above) not in running
                and not above.rstrip().endswith(_SENTENCE_END)):
            break
        drop.add(i)
    return drop


def _zone_lines(page: str) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The first and the last ``_ZONE`` non-empty lines of a page, with their line index."""
    lines = [(i, line) for i, line in enumerate(page.split("\n")) if line.strip()]
    top = lines[:_ZONE]
    return top, [item for item in lines[-_ZONE:] if item not in top]


def _shape(line: str) -> str:
    """A line with its numbers made equal, for comparing across pages ("" for a line that
    must stay: one that starts with a speaker label, "I:" or "R: Ja.", recurs at page tops
    of transcripts)."""
    line = " ".join(line.split())
    return "" if starts_with_label(line) else _DIGITS.sub("#", line)


def _reason(error: Exception) -> str:
    """A short technical hint for support; the sentence around it says what it means."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return (text or type(error).__name__)[:120]
