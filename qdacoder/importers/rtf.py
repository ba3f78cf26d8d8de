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
- Hidden text (``\\v`` ... ``\\v0``, or ``{\\v ...}``) is not shown by Word, so it is left out
  (striprtf would keep it): before striprtf sees the source, ``_without_hidden`` walks the
  tokens with the group stack and drops the text written while ``\\v`` is on, and counts it.
"""

from __future__ import annotations

import codecs
import re

from striprtf.striprtf import PATTERN, destinations, rtf_to_text

from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed
from qdacoder.importers.cleanup import finish
from qdacoder.importers.model import HIDDEN, Extracted, LeftOut, ReadOptions

NOT_RTF = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: this is not an RTF file (it does not start with the RTF header)."
)
DAMAGED = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: this RTF file is damaged and cannot be read."
)


def read_rtf(data: bytes, file: str, options: ReadOptions = ReadOptions()) -> Extracted:
    """The text of an .rtf file."""
    data = data.removeprefix(codecs.BOM_UTF8).lstrip()
    if not data.startswith(b"{\\rtf"):
        raise ImportFailed(NOT_RTF, file=file)
    try:
        source = data.decode("cp1252")
    except UnicodeDecodeError:
        source = data.decode("latin-1")
    try:
        source, hidden = _without_hidden(source)
        text = rtf_to_text(source, errors="replace")
    except Exception:  # noqa: BLE001 - striprtf is one regex loop; any failure is bad input
        raise ImportFailed(DAMAGED, file=file) from None
    return Extracted(finish(text, file), left_out=(hidden,) if hidden.items else ())


# Control words that stand for a character: text when they are not hidden.
_CHARACTER_WORDS = frozenset(
    "tab line emdash endash emspace enspace qmspace bullet lquote rquote ldblquote rdblquote "
    "zwj zwnj ltrmark rtlmark u".split())
_CHARACTER_SYMBOLS = frozenset("~-_{}\\")
_BIN = re.compile(r"\\bin(\d{1,10}) ?")
_PLAIN = re.compile(r"[^\\{}\r\n]+")
_HIDDEN_SWITCH = re.compile(r"\\v(?![a-zA-Z])")


def _without_hidden(source: str) -> tuple[str, LeftOut]:
    """``source`` without its hidden text, and how much was dropped."""
    if not _HIDDEN_SWITCH.search(source):  # most files: nothing to walk through
        return source, LeftOut(HIDDEN, 0, 0)
    kept: list[str] = []
    hidden = False
    in_destination = False  # font tables, bookmarks, ...: not text, passed on untouched
    stack: list[tuple[bool, bool]] = []
    group_start = False
    passages = characters = fallback = 0
    in_passage = False
    unicode_skip = 1
    position = 0
    while position < len(source):
        binary = _BIN.match(source, position)
        if binary:  # raw bytes follow; they are no RTF tokens
            end = binary.end() + int(binary.group(1))
            kept.append(source[position:end])
            position = end
            continue
        plain = _PLAIN.match(source, position)
        if plain:  # a run of ordinary characters, taken at once
            position = plain.end()
            group_start = False
            if not hidden or in_destination:
                kept.append(plain.group())
                in_passage = False
                continue
            counted = max(0, len(plain.group()) - fallback)
            fallback = max(0, fallback - len(plain.group()))
            if counted:
                characters += counted
                passages += 0 if in_passage else 1
                in_passage = True
            continue
        match = PATTERN.match(source, position)
        if match is None:  # cannot happen: the last alternative takes any character
            kept.append(source[position])
            position += 1
            continue
        position = match.end()
        word, parameter, hex_code, symbol, brace, char = match.groups()
        first_in_group, group_start = group_start, False
        if brace == "{":
            stack.append((hidden, in_destination))
            group_start = True
        elif brace == "}":
            hidden, in_destination = stack.pop() if stack else (False, False)
        elif first_in_group and (symbol == "*" or word in destinations):
            in_destination = True
        if word == "v" and not in_destination:
            hidden = parameter is None or parameter != "0"
            continue  # the switch itself is not needed any more
        if word == "plain":
            hidden = False
        if word == "uc" and parameter is not None:
            unicode_skip = max(0, int(parameter))
        is_text = (char is not None or hex_code is not None or symbol in _CHARACTER_SYMBOLS
                   or word in _CHARACTER_WORDS)
        if not is_text or in_destination:
            kept.append(match.group())
            continue
        if not hidden:
            kept.append(match.group())
            in_passage = False
            continue
        if fallback:  # the stand-in characters after a hidden \\u are not counted twice
            fallback -= 1
        else:
            characters += 1
            passages += 0 if in_passage else 1
            in_passage = True
        if word == "u":
            fallback = unicode_skip
    return "".join(kept), LeftOut(HIDDEN, passages, characters)
