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
  A footnote's text (and a comment's, when comments are kept) is walked the same way; it starts
  visible, whatever the reference before it is: the note is shown at the foot of the page.
- Footnotes, endnotes and comments are cut out of the source (``rtf_notes``) and become what
  they are for .docx: a marker "[1]" and a line in the notes section ("[c1] Author: ..." for a
  comment when the import asks for comments; otherwise comments are left out and counted).
  Each note is converted on its own, with the document's code page and font table. Headers
  and footers are left out and counted as for .docx (the same text in several counts once).
"""

from __future__ import annotations

import codecs
import re

from striprtf.striprtf import PATTERN, destinations, rtf_to_text

from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed
from qdacoder.importers.cleanup import clean_text, finish
from qdacoder.importers.model import (
    COMMENTS, FOOTERS, HEADERS, HIDDEN, Extracted, LeftOut, ReadOptions,
)
from qdacoder.importers.rtf_notes import BIN, NOTE_GROUP, PLAIN, Note, cut_notes

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
        source, hidden = _without_hidden(source, options.comments)
        cut = cut_notes(source, options.comments)
        text = rtf_to_text(cut.source, errors="replace")
        convert = _note_converter(source)
        notes = [_note_line(note, convert) for note in cut.notes]
        if options.comments:
            notes += [_note_line(note, convert) for note in cut.comments]
        comments = [] if options.comments else [_flat(convert(note.body)) for note in cut.comments]
        headers, footers = ({_flat(convert(body)) for body in bodies} - {""}
                            for bodies in (cut.headers, cut.footers))
    except Exception:  # noqa: BLE001 - striprtf is one regex loop; any failure is bad input
        raise ImportFailed(DAMAGED, file=file) from None
    left_out = [LeftOut(what, len(texts), sum(map(len, texts))) for what, texts in
                ((HEADERS, headers), (FOOTERS, footers), (COMMENTS, comments))] + [hidden]
    return Extracted(finish(text, file), notes=tuple(notes),
                     left_out=tuple(item for item in left_out if item.items))


_CODE_PAGE = re.compile(r"\\ansicpg\d{1,10}")
_FONT_TABLE = re.compile(r"\{[\r\n]*\\fonttbl")
_BRACE = re.compile(r"\\[\\{}]|[{}]")


def _note_converter(source: str):
    """A function giving the text of a note's RTF, read with the document's code page and font
    table (a ``\\'e9`` means the character of that code page)."""
    code_page = _CODE_PAGE.search(source)
    prolog = "{\\rtf1" + (code_page.group() if code_page else "") + _font_table(source)
    return lambda body: rtf_to_text(prolog + "{" + body + "}}", errors="replace")


def _font_table(source: str) -> str:
    """The ``{\\fonttbl ...}`` group of ``source`` ("" when there is none)."""
    start = _FONT_TABLE.search(source)
    if start is None:
        return ""
    depth = 0
    for brace in _BRACE.finditer(source, start.start()):
        if len(brace.group()) == 1:  # not an escaped brace
            depth += 1 if brace.group() == "{" else -1
            if depth == 0:
                return source[start.start():brace.end()]
    return ""


def _note_line(note: Note, convert) -> str:
    """The note's line in the notes section, as for .docx: "[1] text", "[c1] Author: text";
    the note's paragraphs are joined by spaces."""
    author = _flat(convert(note.author))
    return f"{note.marker} {author + ': ' if author else ''}{_flat(convert(note.body))}".rstrip()


def _flat(text: str) -> str:
    """A note's text on one line (its paragraphs joined by spaces), cleaned as all text is."""
    return " ".join(clean_text(text).split())


# Control words that stand for a character: text when they are not hidden.
_CHARACTER_WORDS = frozenset(
    "tab line emdash endash emspace enspace qmspace bullet lquote rquote ldblquote rdblquote "
    "zwj zwnj ltrmark rtlmark u".split())
_CHARACTER_SYMBOLS = frozenset("~-_{}\\")
_HIDDEN_SWITCH = re.compile(r"\\v(?![a-zA-Z])")


def _without_hidden(source: str, comments: bool) -> tuple[str, LeftOut]:
    """``source`` without its hidden text, and how much was dropped; footnotes are walked
    too, and comments when they are kept (``comments``)."""
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
    walked = ("footnote", "annotation") if comments else ("footnote",)
    position = 0
    while position < len(source):
        binary = BIN.match(source, position)
        if binary:  # raw bytes follow; they are no RTF tokens
            end = binary.end() + int(binary.group(1))
            kept.append(source[position:end])
            position = end
            continue
        plain = PLAIN.match(source, position)
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
        word, parameter, hex_code, symbol, brace, char = match.groups()
        first_in_group, group_start = group_start, False
        note = NOTE_GROUP.match(source, position) if brace == "{" and not in_destination else None
        if note and note.group(1) in walked:  # its text is text, and starts visible
            stack.append((hidden, in_destination))
            hidden = False
            kept.append(note.group())
            position = note.end()
            continue
        position = match.end()
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
