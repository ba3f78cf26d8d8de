"""Rich Text Format (.rtf), converted with striprtf.

Design rules (why):
- RTF is 7-bit text with escapes (``\\'e9``, ``\\u8364?``); striprtf decodes those with the
  document's code page (``\\ansicpg``). The few writers that put raw 8-bit bytes in the
  source use the Windows code page, so the source is read as cp1252 (latin-1 when a byte is
  not defined in cp1252: every byte maps to some character, nothing fails).
- A file that does not start with ``{\\rtf`` is refused instead of being shown as garbage.
- striprtf writes a table cell end as "|" and a row end as a newline, so a row reads
  "a|b|" on one line; that is kept as it is.
- Escapes that name an impossible character (``\\'xx`` invalid in the code page) become
  U+FFFD; striprtf failing on a malformed file means "damaged".
"""

from __future__ import annotations

import codecs

from striprtf.striprtf import rtf_to_text

from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed
from qdacoder.importers.cleanup import finish

NOT_RTF = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: this is not an RTF file (it does not start with the RTF header)."
)
DAMAGED = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: this RTF file is damaged and cannot be read."
)


def read_rtf(data: bytes, file: str) -> str:
    """The text of an .rtf file."""
    data = data.removeprefix(codecs.BOM_UTF8).lstrip()
    if not data.startswith(b"{\\rtf"):
        raise ImportFailed(NOT_RTF, file=file)
    try:
        source = data.decode("cp1252")
    except UnicodeDecodeError:
        source = data.decode("latin-1")
    try:
        text = rtf_to_text(source, errors="replace")
    except Exception:  # noqa: BLE001 - striprtf is one regex loop; any failure is bad input
        raise ImportFailed(DAMAGED, file=file) from None
    return finish(text, file)
