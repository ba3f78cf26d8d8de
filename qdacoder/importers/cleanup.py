"""The text rules every importer ends with, so all formats give the same kind of text.

Design rules (why):
- Positions of codings and speaker turns are indexes into this text, so it must be stable and
  plain: newlines are "\\n" only, there is no BOM and no NUL, and the text is in NFC form (PDFs
  and Mac files may spell "ë" as "e" plus a combining mark; NFC makes search and comparison
  work the same for every source).
- Characters Python or Qt treat as line breaks (\\v, \\f, U+0085, U+2028, U+2029) become "\\n";
  otherwise ``str.splitlines()`` and the text widget would count lines differently from us.
- Other control characters (except tab) are dropped: they are invisible and only cause trouble
  in the database and the editor. Surrogate halves (RTF writes characters outside the BMP as
  two ``\\u`` escapes, broken PDF maps leave single halves) are paired up, lone ones become
  U+FFFD, because such a string cannot be saved as UTF-8.
- Trailing spaces at line ends, leading/trailing blank lines and runs of blank lines (more than
  one in a row) carry no meaning for a researcher and are removed.
"""

from __future__ import annotations

import re
import unicodedata

from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed

NO_TEXT = QT_TRANSLATE_NOOP("qdacoder", "{file}: the file contains no text.")

_LINE_BREAKS = re.compile("\r\n|[\r\v\f\x85\u2028\u2029]")
# C0 controls except tab and newline, plus DEL and the C1 range (never meant as text).
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_TRAILING_SPACE = re.compile("[ \t]+$", re.MULTILINE)
_BLANK_RUNS = re.compile("\n{3,}")


def clean_text(text: str) -> str:
    """Apply the shared text rules (see the module docstring); may return ""."""
    text = text.lstrip("\ufeff")
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROLS.sub("", text)
    if _SURROGATE.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    text = unicodedata.normalize("NFC", text)
    text = _TRAILING_SPACE.sub("", text)
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip("\n")


def finish(text: str, file: str, empty_template: str = NO_TEXT) -> str:
    """Clean ``text`` and refuse it when nothing readable is left."""
    text = clean_text(text)
    if not text.strip():
        raise ImportFailed(empty_template, file=file)
    return text
