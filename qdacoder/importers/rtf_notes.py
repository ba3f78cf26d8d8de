"""Footnotes, endnotes, comments, headers and footers of an RTF file, cut out of the source
before striprtf reads it (striprtf drops them as "destinations", without a word).

Design rules (why):
- A note is a group at the place of its reference: ``{\\footnote ...}`` (Word) or
  ``{\\*\\footnote ...}`` (LibreOffice), an endnote the same with ``\\ftnalt`` inside. The
  group is cut out with its balanced braces and the marker "[1]" takes its place; footnotes
  and endnotes share one numbering, in the order of the references, as for .docx. The
  ``\\chftn`` in the reference and at the start of the note is the automatic number, which
  striprtf writes as nothing: the number is not doubled.
- A comment is an ``{\\*\\annotation ...}`` group after the commented text; its author is in the
  ``{\\*\\atnauthor ...}`` (full name) or ``{\\*\\atnid ...}`` (initials) group written just
  before it (some writers put them inside). Comments get "[c1]" markers when they are kept,
  otherwise they are only collected, to be counted.
- Headers and footers (``\\header``, ``\\footerl``, ...) are cut out too, to be counted as for
  .docx; LibreOffice writes each twice (page style and section), so the caller counts a text
  once.
- What takes a group's place is braced (``{[1]}``, ``{}``): a control word before the group
  (``\\chatn``) must not run into the text after it.
- The source is walked with striprtf's own token pattern, so escaped braces ``\\{ \\}`` are
  never taken for group braces. Binary data (``\\binN`` and N raw bytes, a picture or object)
  is skipped and cut out too: striprtf would take a brace among those bytes for a group brace
  and lose the rest of the document. Note groups inside other destinations (headers, text
  boxes, field instructions) are left alone: striprtf drops them with their destination.
- Only positions are noted while walking; the new source is put together from slices of the
  old one, so a large file is not copied token by token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from striprtf.striprtf import PATTERN, destinations

BIN = re.compile(r"\\bin(\d{1,10}) ?")
PLAIN = re.compile(r"[^\\{}\r\n]+")
# The start of a group whose contents we read ourselves: "{", an optional "\*", the word.
NOTE_GROUP = re.compile(r"\{[\r\n]*(?:\\\*[ \r\n]*)?\\(footnote|annotation|atnauthor|atnid|"
                        r"header[lrf]?|footer[lrf]?)(?![a-zA-Z])(?:-?\d{1,10})? ?")


@dataclass
class Note:
    """A footnote, endnote or comment: its marker and the RTF inside its group."""

    marker: str  # "[1]", "[c1]"; "" for a comment that is left out
    body: str = ""  # the note's own notes already replaced by their markers
    author: str = ""  # RTF of the comment's author (full name, else initials)


@dataclass
class _Open:
    """A group being cut out: what of it is copied so far, and the author groups seen in it
    (they belong to the next comment)."""

    word: str
    note: Note | None
    copied_from: int
    parts: list[str] = field(default_factory=list)
    author: str = ""
    initials: str = ""


@dataclass
class CutNotes:
    source: str  # the RTF with every note group replaced by its marker
    notes: list[Note] = field(default_factory=list)  # footnotes and endnotes, in marker order
    comments: list[Note] = field(default_factory=list)  # in the order they stood
    headers: list[str] = field(default_factory=list)  # the RTF of each header group
    footers: list[str] = field(default_factory=list)


def cut_notes(source: str, keep_comments: bool) -> CutNotes:
    """``source`` without its note and comment groups and its binary data (see the module
    docstring)."""
    cut = CutNotes(source)
    if not any(word in source for word in ("\\footnote", "\\annotation", "\\bin", "\\header", "\\footer")):
        return cut
    notes, comments = cut.notes, cut.comments
    groups: list[tuple[bool, bool]] = []  # per open group: the state to go back to, cut out?
    open_notes = [_Open("", None, 0)]  # the document itself, then the note groups inside it
    in_destination = group_start = False
    position = 0
    while position < len(source):
        if skipped := BIN.match(source, position):  # raw bytes follow; they are no RTF tokens
            position = skipped.end() + int(skipped.group(1))
            here = open_notes[-1]  # striprtf would read braces in them: they go
            here.parts.append(source[here.copied_from:skipped.start()])
            here.copied_from = position
            continue
        if plain := PLAIN.match(source, position):
            position = plain.end()
            group_start = False
            continue
        match = PATTERN.match(source, position)
        if match is None:  # cannot happen: the last alternative takes any character
            position += 1
            continue
        word, _parameter, _hex, symbol, brace, _char = match.groups()
        first_in_group, group_start = group_start, False
        opening = NOTE_GROUP.match(source, position) if brace == "{" and not in_destination else None
        position = match.end()
        if opening:
            outer = open_notes[-1]
            outer.parts.append(source[outer.copied_from:opening.start()])
            kind = opening.group(1)
            kind = kind[:6] if kind.startswith(("header", "footer")) else kind  # headerl: a header
            note = None
            if kind == "footnote":
                note = Note(f"[{len(notes) + 1}]")
                notes.append(note)
            elif kind == "annotation":
                note = Note(f"[c{len(comments) + 1}]" if keep_comments else "",
                            author=outer.author or outer.initials)
                comments.append(note)
                outer.author = outer.initials = ""
            groups.append((in_destination, True))
            open_notes.append(_Open(kind, note, opening.end()))
            position = opening.end()
            in_destination = kind in ("header", "footer")  # taken whole, notes in it too
        elif brace == "{":
            groups.append((in_destination, False))
            group_start = True
        elif brace == "}":
            in_destination, cut_out = groups.pop() if groups else (False, False)
            if cut_out:
                _close(source, open_notes, match.start(), position, cut)
        elif first_in_group and (symbol == "*" or word in destinations):
            in_destination = True
    while len(open_notes) > 1:  # a file cut off inside a note: the note ends with the file
        _close(source, open_notes, len(source), len(source), cut)
    main = open_notes[0]
    main.parts.append(source[main.copied_from:])
    cut.source = "".join(main.parts)
    return cut


def _close(source: str, open_notes: list[_Open], end: int, after: int, cut: CutNotes) -> None:
    """The group on top of ``open_notes`` ends at ``end`` (its "}"); its marker (or "{}") takes
    its place in the group around it, which copies on from ``after``."""
    group = open_notes.pop()
    group.parts.append(source[group.copied_from:end])
    body = "".join(group.parts)
    outer = open_notes[-1]
    outer.copied_from = after
    outer.parts.append("{" + (group.note.marker if group.note else "") + "}")
    if group.note is not None:
        group.note.body = body
        if group.word == "annotation" and not group.note.author:  # the author written inside
            group.note.author = group.author or group.initials
    elif group.word == "atnauthor":  # it names the next comment
        outer.author = body
    elif group.word == "atnid":
        outer.initials = body
    else:
        (cut.headers if group.word == "header" else cut.footers).append(body)
