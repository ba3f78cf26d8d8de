"""Footnotes, endnotes and comments of an RTF file, cut out of the source before striprtf
reads it (striprtf drops them as "destinations", without a word).

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
- What takes a group's place is braced (``{[1]}``, ``{}``): a control word before the group
  (``\\chatn``) must not run into the text after it.
- The source is walked with striprtf's own token pattern, skipping ``\\binN`` data, so
  escaped braces ``\\{ \\}`` are never taken for group braces. Note groups inside other
  destinations (headers, text boxes, field instructions) are left alone: striprtf drops
  them with their destination, as before.
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
NOTE_GROUP = re.compile(r"\{[\r\n]*(?:\\\*[ \r\n]*)?\\(footnote|annotation|atnauthor|atnid)(?![a-zA-Z])"
                        r"(?:-?\d{1,10})? ?")
NOTE_WORDS = ("footnote", "annotation")


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
    notes: list[Note]  # footnotes and endnotes, in marker order
    comments: list[Note]  # in the order they stood


def cut_notes(source: str, keep_comments: bool) -> CutNotes:
    """``source`` without its note and comment groups (see the module docstring)."""
    notes: list[Note] = []
    comments: list[Note] = []
    if "\\footnote" not in source and "\\annotation" not in source:
        return CutNotes(source, notes, comments)
    groups: list[tuple[bool, bool]] = []  # per open group: the state to go back to, cut out?
    open_notes = [_Open("", None, 0)]  # the document itself, then the note groups inside it
    in_destination = group_start = False
    position = 0
    while position < len(source):
        if skipped := BIN.match(source, position):  # raw bytes follow; they are no RTF tokens
            position = skipped.end() + int(skipped.group(1))
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
        elif brace == "{":
            groups.append((in_destination, False))
            group_start = True
        elif brace == "}":
            in_destination, cut_out = groups.pop() if groups else (False, False)
            if cut_out:
                _close(source, open_notes, match.start(), position)
        elif first_in_group and (symbol == "*" or word in destinations):
            in_destination = True
    while len(open_notes) > 1:  # a file cut off inside a note: the note ends with the file
        _close(source, open_notes, len(source), len(source))
    main = open_notes[0]
    main.parts.append(source[main.copied_from:])
    return CutNotes("".join(main.parts), notes, comments)


def _close(source: str, open_notes: list[_Open], end: int, after: int) -> None:
    """The group on top of ``open_notes`` ends at ``end`` (its "}"); its replacement goes
    into the group around it, which copies on from ``after``."""
    group = open_notes.pop()
    group.parts.append(source[group.copied_from:end])
    body = "".join(group.parts)
    outer = open_notes[-1]
    outer.copied_from = after
    if group.note is None:  # an author group: it names the next comment
        if group.word == "atnauthor":
            outer.author = body
        else:
            outer.initials = body
        return
    group.note.body = body
    if group.word == "annotation" and not group.note.author:  # the author written inside
        group.note.author = group.author or group.initials
    outer.parts.append("{" + group.note.marker + "}")
