"""A .qdpx read into plain data (``Content``): what ``qdpx_import`` stores as a new project.

Design rules (why):
- project.qde is parsed with the hardened parser of the .qdc reader (no entities, no DTD, no
  network, no huge trees) and checked against Project.xsd, but read when its structure is
  clear even where it fails the schema: tools write slightly different files (braces around
  GUIDs, inner elements without the namespace). Elements are found by local name.
- Taken: Users, the codebook (the .qdc reader's checks), TextSources (internal text file or
  PlainTextContent), PDFSources through their text Representation, PlainTextSelections with
  their Codings, Cases, Variables and their values, Notes (inline text or a text file) with
  what refers to them.
- Text files: ``internal://<name>`` is ``sources/<name>`` in the archive. A path without a
  scheme (qc 1.3.2 writes ``plainTextPath="board_2017.txt"`` with the file at
  ``sources/board_2017.txt``) is looked up under ``sources/`` by its file name, then as
  written: the file is in the archive, so reading it is no guess.
- Positions: counted as characters (REFI) or as UTF-16 code units (NVivo), decided per
  source by ``qdpx_positions``; the report says which sources were read which way.
- Skipped and counted for the report: picture, audio and video sources, text sources outside
  the file (relative:// or absolute://), sources whose text file is not in the archive, PDFs
  without a text representation, selections of other kinds (PDF areas, pictures, audio,
  video, transcripts), selections of no length, Sets and Graphs. A skipped source is named
  with the number of codings lost with it. REFI asks tools to say what they discard, so
  every skip is reported.
- Refused (``QdpxFileError`` with the line in project.qde): a text that is not UTF-8, a
  selection outside its text, a coding of a code that does not exist, a case or a value that
  refers to something that does not exist. A project with a silent hole in it would be worse
  than none: the researcher would not know what is missing.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field

from lxml import etree

from qdacoder.core.codebook import Codebook
from qdacoder.exchange.labelled import split_labelled
from qdacoder.exchange.qdc_codebook import load_schema, local_name, parse_refi, read_codes
from qdacoder.exchange.qdpx_archive import Archive, decode
from qdacoder.exchange.qdpx_common import (
    BAD_POSITION, CODING_LABELS, ENTITIES, INTERNAL, NAMESPACE, NO_QDE, NOT_PROJECT, NOT_UTF8,
    OUTSIDE, QDE, SOURCE_LABELS, SOURCES, VARIABLE_LABELS, QdpxFileError,
)
from qdacoder.exchange.qdpx_positions import CHARACTERS, TextPositions, choose_reading, origin_reading
from qdacoder.exchange.validate import GUID, guid_key

_log = logging.getLogger(__name__)
_MEDIA = {"PictureSource", "AudioSource", "VideoSource"}
_OTHER_SELECTIONS = {"PDFSelection", "PictureSelection", "AudioSelection", "VideoSelection",
                     "TranscriptSelection"}


@dataclass
class CodingIn:
    guid: str | None
    code: str  # guid key
    user: str | None  # guid key
    created: str | None
    notes: list[str]
    line: int


@dataclass
class SelectionIn:
    guid: str | None
    start: int
    end: int
    facts: dict  # memo, valence, starred, confidential
    codings: list[CodingIn]
    notes: list[str]


@dataclass
class SourceIn:
    guid: str | None
    name: str
    text: str
    facts: dict  # memo, kind
    created: str | None
    user: str | None
    selections: list[SelectionIn]
    codings: list[CodingIn]  # of the whole source
    notes: list[str]
    values: list[tuple[str, str, int]]  # (variable key, value, line)


@dataclass
class VariableIn:
    guid: str | None
    name: str
    type: str  # REFI typeOfVariable
    facts: dict  # description, categories, target


@dataclass
class CaseIn:
    guid: str | None
    name: str
    memo: str
    values: list[tuple[str, str, int]]
    refs: list[tuple[str, int]]  # (source or selection key, line)


@dataclass
class NoteIn:
    guid: str | None
    name: str
    text: str
    user: str | None
    created: str | None
    modified: str | None


@dataclass
class Content:
    name: str
    users: list[tuple[str | None, str]] = field(default_factory=list)  # (guid, name)
    codebook: Codebook = field(default_factory=Codebook)
    code_notes: list[tuple[str, str]] = field(default_factory=list)  # (code key, note key)
    variables: list[VariableIn] = field(default_factory=list)
    cases: list[CaseIn] = field(default_factory=list)
    sources: list[SourceIn] = field(default_factory=list)
    notes: list[NoteIn] = field(default_factory=list)
    project_notes: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (origin key, target key)
    skipped_keys: set[str] = field(default_factory=set)  # sources and selections left out
    skipped: Counter = field(default_factory=Counter)  # reason -> count
    skipped_names: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # reason -> (name, codings lost)
    readings: dict[str, list[str]] = field(default_factory=dict)  # how positions were counted -> source names


def children(element: etree._Element, name: str) -> list[etree._Element]:
    """The child elements called ``name``, in any namespace or none (tools differ)."""
    return list(element.iterchildren("{*}" + name))


def child(element: etree._Element, name: str) -> etree._Element | None:
    found = children(element, name)
    return found[0] if found else None


def text_of(element: etree._Element, name: str) -> str:
    found = child(element, name)
    return "" if found is None else "".join(found.itertext())


def key(element: etree._Element, attribute: str = "guid") -> str | None:
    value = (element.get(attribute) or "").strip()
    return guid_key(value) if GUID.match(value) else None


def guid(element: etree._Element) -> str | None:
    value = (element.get("guid") or "").strip()
    return value if GUID.match(value) else None


def refs(element: etree._Element, name: str) -> list[str]:
    return [k for k in (key(r, "targetGUID") for r in children(element, name)) if k]


def read_qdpx(data: bytes, file: str) -> Content:
    archive = Archive(data, file)
    qde = archive.find(QDE)
    if qde is None:
        raise QdpxFileError(NO_QDE, file=file)
    root = parse_refi(archive.read(qde), file, QdpxFileError, ENTITIES)
    if local_name(root) != "Project" or etree.QName(root).namespace not in (NAMESPACE, None):
        raise QdpxFileError(NOT_PROJECT, file=file, found=local_name(root) or str(root.tag))
    schema = load_schema("Project.xsd")
    if not schema.validate(root.getroottree()):
        _log.info("%s does not follow the REFI-QDA schema: %s", file, schema.error_log.last_error)
    return _Reader(archive, file, origin_reading(root.get("origin"))).read(root)


class _Reader:
    def __init__(self, archive: Archive, file: str, origin: tuple[str, bool]) -> None:
        self.archive = archive
        self.file = file
        self.origin = origin  # the reading of positions the origin suggests

    def read(self, root: etree._Element) -> Content:
        content = self.content = Content(name=(root.get("name") or "").strip())
        for section in root:
            name = local_name(section)
            if name == "Users":
                content.users = [(guid(u), (u.get("name") or u.get("id") or "").strip())
                                 for u in children(section, "User")]
            elif name == "CodeBook":
                self.codebook(section)
            elif name == "Variables":
                content.variables = [self.variable(v) for v in children(section, "Variable")]
            elif name == "Cases":
                content.cases = [self.case(c) for c in children(section, "Case")]
            elif name == "Sources":
                for source in section:
                    self.source(source)
            elif name == "Notes":
                content.notes = [n for n in map(self.note, children(section, "Note")) if n is not None]
            elif name == "Links":
                content.links = [(key(link, "originGUID"), key(link, "targetGUID"))
                                 for link in children(section, "Link")]
            elif name == "NoteRef":
                content.project_notes += [k for k in [key(section, "targetGUID")] if k]
            elif name in ("Sets", "Graphs"):
                self.skip(name, len(section))
        return content

    def skip(self, reason: str, count: int = 1, name: str | None = None, codings: int = 0) -> None:
        self.content.skipped[reason] += count
        if name is not None:
            self.content.skipped_names.setdefault(reason, []).append((name, codings))

    def codebook(self, section: etree._Element) -> None:
        for codes in children(section, "Codes"):
            self.content.codebook.codes += read_codes(codes, self.file).codes
            for code in codes.iter():
                if local_name(code) == "Code" and key(code):
                    self.content.code_notes += [(key(code), n) for n in refs(code, "NoteRef")]

    def variable(self, element: etree._Element) -> VariableIn:
        facts = split_labelled(text_of(element, "Description"), VARIABLE_LABELS, "description")
        return VariableIn(guid(element), (element.get("name") or "").strip(),
                          (element.get("typeOfVariable") or "Text").strip(), facts)

    @staticmethod
    def values(element: etree._Element) -> list[tuple[str, str, int]]:
        found = []
        for value in children(element, "VariableValue"):
            ref = child(value, "VariableRef")
            typed = [c for c in value if local_name(c) not in ("VariableRef", "")]
            if ref is not None and typed:
                found.append((key(ref, "targetGUID") or "", "".join(typed[0].itertext()), value.sourceline))
        return found

    def case(self, element: etree._Element) -> CaseIn:
        self.skip("case codes", len(children(element, "CodeRef")))
        targets = [(key(r, "targetGUID") or "", r.sourceline) for name in ("SourceRef", "SelectionRef")
                   for r in children(element, name)]
        return CaseIn(guid(element), (element.get("name") or "").strip(), text_of(element, "Description"),
                      self.values(element), targets)

    def note(self, element: etree._Element) -> NoteIn | None:
        """The note, with its text inline or in a text file; None when it is skipped because
        that file is not in the archive."""
        name = (element.get("name") or "").strip()
        text = text_of(element, "PlainTextContent")
        path = (element.get("plainTextPath") or "").strip()
        if not text and path:
            found = self.text(element, path, name)
            if found is None:
                self.skip("missing notes", name=name or path)
                return None
            text = found.text
        return NoteIn(guid(element), name, text, key(element, "creatingUser"),
                      element.get("creationDateTime"), element.get("modifiedDateTime"))

    def source(self, element: etree._Element) -> None:
        kind = local_name(element)
        name = (element.get("name") or "").strip()
        if kind in _MEDIA:
            self.left_out(element, "media", name)
        elif kind == "PDFSource":
            self.skip("pdf areas", len(children(element, "PDFSelection")))
            representation = child(element, "Representation")
            if representation is None:
                self.left_out(element, "pdf without text", name)
            else:
                self.text_source(representation, name, element)
        elif kind == "TextSource":
            self.text_source(element, name, element)

    def left_out(self, element: etree._Element, reason: str | None = None, name: str = "") -> None:
        """Leave ``element`` out: what refers to it is ignored, not refused. With a ``reason``
        it is a source, named in the report with the codings lost with it."""
        if reason is not None:
            self.skip(reason, name=name or (element.get("guid") or "?").strip(),
                      codings=sum(1 for _ in element.iter("{*}Coding")))
        self.content.skipped_keys.update(k for k in (key(e) for e in element.iter() if isinstance(e.tag, str)) if k)

    def member(self, path: str):
        """The archive member a text path names, or None. See the module docstring."""
        if path.startswith(INTERNAL):
            return self.archive.find(SOURCES + path[len(INTERNAL):])
        if "://" in path:  # relative:// or absolute://: outside the file
            return None
        name = path.replace("\\", "/").rsplit("/", 1)[-1]
        return (self.archive.find(SOURCES + name) if name else None) or self.archive.find(path)

    def text(self, element: etree._Element, path: str, name: str) -> TextPositions | None:
        """The text the path names, or None when it is not in the archive."""
        info = self.member(path)
        if info is None:
            return None
        text = decode(self.archive.read(info))
        if isinstance(text, int):
            raise QdpxFileError(NOT_UTF8, file=self.file, line=element.sourceline, name=name, position=text)
        return TextPositions(text)

    def text_source(self, element: etree._Element, name: str, outer: etree._Element) -> None:
        path = (element.get("plainTextPath") or "").strip()
        content = child(element, "PlainTextContent")
        text = self.text(element, path, name) if path else None
        if text is None and content is not None:  # the schema wants one of the two, tools write either
            text = TextPositions("".join(content.itertext()))
        if text is None:
            outside = "://" in path and not path.startswith(INTERNAL)
            self.left_out(outer, "external" if outside else "missing", name)
            return
        spans, found = [], []
        for selection in element:
            if local_name(selection) == "PlainTextSelection":
                found.append(selection)
                spans.append(self.positions(selection))
            elif local_name(selection) in _OTHER_SELECTIONS:
                self.skip("other selections")
                self.left_out(selection)
        reading = choose_reading(text, spans, self.origin)
        if reading is not None:
            self.content.readings.setdefault(reading, []).append(name)
        selections = []
        for selection, (start, end) in zip(found, spans):
            read = self.selection(selection, start, end, text, reading or CHARACTERS, name)
            if read is not None:
                selections.append(read)
        user = key(outer, "creatingUser")
        self.content.sources.append(SourceIn(
            guid(outer), name, text.text,
            split_labelled(text_of(outer, "Description"), SOURCE_LABELS, "memo"),
            outer.get("creationDateTime"), user, selections,
            [self.coding(c, user) for c in children(outer, "Coding")],
            refs(outer, "NoteRef") + (refs(element, "NoteRef") if element is not outer else []),
            self.values(outer)))

    def positions(self, element: etree._Element) -> tuple[int, int]:
        try:
            return int(element.get("startPosition", "")), int(element.get("endPosition", ""))
        except ValueError:
            raise QdpxFileError(BAD_POSITION, file=self.file, line=element.sourceline) from None

    def selection(self, element: etree._Element, start: int, end: int, text: TextPositions, reading: str,
                  name: str) -> SelectionIn | None:
        first, last = text.character(start, reading), text.character(end, reading)
        if not 0 <= start <= end <= text.length(reading) or first is None or last is None:
            raise QdpxFileError(OUTSIDE, file=self.file, line=element.sourceline, start=start, end=end,
                                name=name, length=text.length(reading))
        start, end = text.stored(first), text.stored(last)
        if start == end:
            self.skip("empty selections")
            self.left_out(element)
            return None
        user = key(element, "creatingUser")
        return SelectionIn(guid(element), start, end,
                           split_labelled(text_of(element, "Description"), CODING_LABELS, "memo"),
                           [self.coding(c, user) for c in children(element, "Coding")],
                           refs(element, "NoteRef"))

    @staticmethod
    def coding(element: etree._Element, user: str | None) -> CodingIn:
        ref = child(element, "CodeRef")
        return CodingIn(guid(element), "" if ref is None else key(ref, "targetGUID") or "",
                        key(element, "creatingUser") or user, element.get("creationDateTime"),
                        refs(element, "NoteRef"), element.sourceline)
