"""Plain text (.txt): find the encoding, refuse binary files.

Design rules (why):
- Order of guesses: a BOM decides (UTF-8, UTF-16 LE/BE, UTF-32), then BOM-less UTF-16
  (Windows tools; recognised by its NUL pattern), then strict UTF-8, then cp1252. Strict
  UTF-8 almost never succeeds by accident on other encodings, so it goes first; Dutch
  researchers' other files are nearly always Windows (cp1252) files.
- No statistical charset detection: charset-normalizer misreads short Dutch cp1252 text as
  cp1257 ("geėvalueerd") and old DOS (cp850) text as cp775. cp1252 only fails on five byte
  values, so what is left is rare, and a clear "save it as UTF-8" beats wrong letters that
  nobody notices until the analysis.
- cp1252 decodes almost any byte string, so binary data has to be caught separately: a NUL
  byte outside UTF-16/32 data, or more than 5 % control characters after decoding, means
  "binary" (renamed Word files, images, ...), and we say so instead of showing garbage.
"""

from __future__ import annotations

import codecs
import re

from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed
from qdacoder.importers.cleanup import finish
from qdacoder.importers.model import Extracted, ReadOptions

BINARY = QT_TRANSLATE_NOOP("qdacoder", "{file}: this looks like a binary file, not text.")
UNKNOWN_ENCODING = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: the character encoding of this text file could not be recognised. "
    "Save it as UTF-8 and try again.",
)

# Longest BOMs first: the UTF-32 LE BOM starts with the UTF-16 LE BOM.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Tab, newlines, form feed and \x1a (old DOS end-of-file marker) do occur in real text files.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.05


def read_txt(data: bytes, file: str, options: ReadOptions = ReadOptions()) -> Extracted:
    """Decode a text file's bytes and apply the shared text rules."""
    return Extracted(finish(decode_text(data, file), file))


def decode_text(data: bytes, file: str) -> str:
    """The text of ``data`` (BOM removed, newlines not yet normalised)."""
    text = _decode(data, file)
    if _looks_binary(text):
        raise ImportFailed(BINARY, file=file)
    return text


def _decode(data: bytes, file: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                raise ImportFailed(UNKNOWN_ENCODING, file=file) from None
    guess = _utf16_without_bom(data)
    if guess:
        return guess
    if b"\x00" in data:
        raise ImportFailed(BINARY, file=file)
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    # Not UTF-8 and not cp1252 (which only lacks 5 byte values): binary, or a rare code page.
    if _looks_binary(data.decode("latin-1")):
        raise ImportFailed(BINARY, file=file)
    raise ImportFailed(UNKNOWN_ENCODING, file=file)


def _utf16_without_bom(data: bytes) -> str | None:
    """Decode BOM-less UTF-16 when the NUL pattern of mostly-Latin text shows it clearly."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    for encoding, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros.count(0) >= 0.9 * half and others.count(0) <= 0.01 * half:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    controls = len(_CONTROLS.findall(text))
    return controls > _MAX_CONTROL_SHARE * max(len(text), 1)
