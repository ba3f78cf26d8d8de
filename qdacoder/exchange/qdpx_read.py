"""A .qdpx read into plain data (``Content``): what ``qdpx_import`` stores as a new project.

Design rules (why):
- project.qde is read as a stream (``lxml.etree.iterparse`` with the hardened settings of the
  .qdc reader: no entities, no DTD, no network, no huge trees): each user, code book, case,
  source, note and link is handed on as soon as its element ends and the element is then
  freed, so a project of two million codings never stands in memory as one tree. Each source
  goes to the importer at once (``Sink.read_source``), which writes it while the rest is read; only
  the small parts (cases, attributes, notes, links) are collected in ``Content``. The file is
  read where its structure is clear, whether or not it follows Project.xsd to the letter:
  tools write slightly different files (braces around GUIDs, inner elements without the
  namespace, sections in another order). Elements are found by local name.
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

from collections import Counter
from dataclasses import dataclass, field
from operator import le
from typing import NamedTuple, Protocol

from lxml import etree

from qdacoder.core.codebook import Codebook
from qdacoder.exchange.labelled import split_labelled
from qdacoder.exchange.qdc_codebook import NOT_XML, local_name, read_codes
from qdacoder.exchange.qdpx_archive import Archive, decode
from qdacoder.exchange.qdpx_common import (
    BAD_POSITION, CODING_LABELS, ENTITIES, INTERNAL, NAMESPACE, NO_QDE, NOT_PROJECT, NOT_UTF8,
    OUTSIDE, QDE, SOURCE_LABELS, SOURCES, VARIABLE_LABELS, QdpxFileError,
)
from qdacoder.exchange.qdpx_positions import CHARACTERS, TextPositions, choose_reading, origin_reading
from qdacoder.exchange.validate import GUID, guid_key

_MEDIA = {"PictureSource", "AudioSource", "VideoSource"}
_OTHER_SELECTIONS = {"PDFSelection", "PictureSelection", "AudioSelection", "VideoSelection",
                     "TranscriptSelection"}


NO_FACTS = {"memo": ""}  # a selection without a description (shared: never changed)


class CodingIn(NamedTuple):  # a tuple: a project may hold millions
    guid: str | None
    code: str  # guid key
    user: str | None  # guid key
    created: str | None
    notes: list[str] | tuple  # note keys
    line: int


class SelectionIn(NamedTuple):
    guid: str | None  # as written: checked (``selection_key``) only where it is needed
    start: int
    end: int
    facts: dict  # memo, valence, starred, confidential
    codings: list[CodingIn]
    notes: list[str] | tuple  # note keys


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
    selection_refs: set[str] = field(default_factory=set)  # the selection keys among them


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
    """What is read besides the sources (those go to ``Sink.read_source`` one by one)."""

    name: str
    variables: list[VariableIn] = field(default_factory=list)
    cases: list[CaseIn] = field(default_factory=list)
    notes: list[NoteIn] = field(default_factory=list)
    project_notes: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (origin key, target key)
    skipped_keys: set[str] = field(default_factory=set)  # sources and selections left out
    skipped: Counter = field(default_factory=Counter)  # reason -> count
    skipped_names: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # reason -> (name, codings lost)
    readings: dict[str, list[str]] = field(default_factory=dict)  # how positions were counted -> source names


class Sink(Protocol):
    """Where the parts of a project go as they are read (the importer)."""

    def read_users(self, users: list[tuple[str | None, str]]) -> None: ...  # (guid, name)

    def read_codebook(self, codebook: Codebook, code_notes: list[tuple[str, str]]) -> None: ...  # (code key, note key)

    def read_case(self, case: CaseIn) -> None: ...  # as soon as it is read (it is kept in Content too)

    def read_source(self, source: SourceIn) -> None: ...


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


def selection_key(written: str | None) -> str | None:
    """The key of a selection's GUID as written (None when it is none)."""
    value = (written or "").strip()
    return guid_key(value) if GUID.match(value) else None


# the tags of the parts of a selection and a coding, with and without the namespace (tools
# differ), looked up at once for the hundreds of thousands of them
_PART = {name: name for name in ("Coding", "CodeRef", "NoteRef", "Description")}
_PART.update({f"{{{NAMESPACE}}}{name}": name for name in list(_PART)})
# the selections of a source, picked out by lxml (in C) by their local name
_PLAIN = "{*}PlainTextSelection"
_OTHER_TAGS = tuple("{*}" + name for name in _OTHER_SELECTIONS)
_EXACT_GUID = GUID.fullmatch  # a GUID written as it should be (else ``guid`` strips and checks it)
_NONE: tuple = ()  # no notes (shared: never changed)
_new = tuple.__new__  # a NamedTuple made without its Python __new__: a third of the time


def refs(element: etree._Element, name: str) -> list[str]:
    return [k for k in (key(r, "targetGUID") for r in children(element, name)) if k]


class _Keys(dict):
    """``key`` of attribute values that repeat (the GUIDs of codes and users that hundreds of
    thousands of codings refer to), worked out once each."""

    def __missing__(self, value: str) -> str | None:
        stripped = value.strip()
        found = self[value] = guid_key(stripped) if GUID.match(stripped) else None
        return found


# The elements iterparse reports (all others are only parsed): the root, the sections and the
# parts of the sections. Each part is read when it ends and then let go; the code book (small)
# and Sets and Graphs (only counted) are read whole when their section ends.
_SECTIONS = ("Users", "CodeBook", "Variables", "Cases", "Sources", "Notes", "Links", "Sets", "Graphs")
_PARTS = ("User", "Variable", "Case", "TextSource", "PDFSource", "PictureSource", "AudioSource", "VideoSource",
          "Note", "Link")
_REPORTED = ["{*}Project", *("{*}" + name for name in _SECTIONS + _PARTS)]


def read_qdpx(data: bytes, file: str, sink: Sink) -> Content:
    """Read the .qdpx ``data`` (named ``file`` in messages), handing users, the code book, cases
    and sources to ``sink`` as they come; the rest is returned."""
    archive = Archive(data, file)
    qde = archive.find(QDE)
    if qde is None:
        raise QdpxFileError(NO_QDE, file=file)
    events = etree.iterparse(archive.open(qde), events=("start", "end"), tag=_REPORTED,
                             resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    reader = root = None
    try:
        for event, element in events:
            if root is None:  # the first element reported: the root when it is a project
                root = element.getroottree().getroot()
                reader = _Reader(archive, file, _check_root(root, file), sink)
                reader.content.name = (root.get("name") or "").strip()
            if event == "start":
                continue
            parent = element.getparent()
            if parent is None:
                reader.top_level(element)
            elif parent is root:
                reader.section(element)
                element.clear(keep_tail=True)
            elif parent.getparent() is root:
                reader.part(local_name(parent), element)
                _free(element)
    except etree.XMLSyntaxError as problem:
        raise QdpxFileError(NOT_XML, file=file, line=problem.lineno or 1, reason=problem.msg or str(problem)) from None
    if reader is None:  # not one element of a project in it
        found = events.root
        raise QdpxFileError(NOT_PROJECT, file=file, found="" if found is None else local_name(found) or str(found.tag))
    return reader.content


def _check_root(root: etree._Element, file: str) -> tuple[str, bool]:
    """Refuse what is no REFI-QDA project or declares entities; the reading of positions its
    origin suggests."""
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise QdpxFileError(ENTITIES, file=file)
    if local_name(root) != "Project" or etree.QName(root).namespace not in (NAMESPACE, None):
        raise QdpxFileError(NOT_PROJECT, file=file, found=local_name(root) or str(root.tag))
    return origin_reading(root.get("origin"))


def _free(element: etree._Element) -> None:
    """Let go of an element that has been read, and of the ones before it."""
    element.clear(keep_tail=True)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


class _Reader:
    def __init__(self, archive: Archive, file: str, origin: tuple[str, bool], sink: Sink) -> None:
        self.archive = archive
        self.file = file
        self.origin = origin  # the reading of positions the origin suggests
        self.sink = sink
        self.content = Content(name="")
        self.users: list[tuple[str | None, str]] = []
        self.keys = _Keys()

    def part(self, section: str, element: etree._Element) -> None:
        """One element of a section, read as soon as it ends."""
        content, name = self.content, local_name(element)
        if section == "Users" and name == "User":
            self.users.append((guid(element), (element.get("name") or element.get("id") or "").strip()))
        elif section == "Variables" and name == "Variable":
            content.variables.append(self.variable(element))
        elif section == "Cases" and name == "Case":
            content.cases.append(self.case(element))
            self.sink.read_case(content.cases[-1])
        elif section == "Sources":
            self.source(element)
        elif section == "Notes" and name == "Note":
            note = self.note(element)
            if note is not None:
                content.notes.append(note)
        elif section == "Links" and name == "Link":
            content.links.append((key(element, "originGUID"), key(element, "targetGUID")))

    def section(self, element: etree._Element) -> None:
        """A section that has ended (its parts were read already, except for those read whole)."""
        name = local_name(element)
        if name == "Users":
            self.sink.read_users(self.users)
        elif name == "CodeBook":
            self.codebook(element)
        elif name in ("Sets", "Graphs"):
            self.skip(name, len(element))

    def top_level(self, root: etree._Element) -> None:
        """The project's own note references, read when the project element ends."""
        self.content.project_notes += refs(root, "NoteRef")

    def skip(self, reason: str, count: int = 1, name: str | None = None, codings: int = 0) -> None:
        self.content.skipped[reason] += count
        if name is not None:
            self.content.skipped_names.setdefault(reason, []).append((name, codings))

    def codebook(self, section: etree._Element) -> None:
        codebook, code_notes = Codebook(), []
        for codes in children(section, "Codes"):
            codebook.codes += read_codes(codes, self.file).codes
            for code in codes.iter():
                if local_name(code) == "Code" and key(code):
                    code_notes += [(key(code), n) for n in refs(code, "NoteRef")]
        self.sink.read_codebook(codebook, code_notes)

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
                      self.values(element), targets, set(refs(element, "SelectionRef")))

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
        for other in element.iterchildren(*_OTHER_TAGS):
            self.skip("other selections")
            self.left_out(other)
        found = list(element.iterchildren(_PLAIN))
        starts, ends = self.positions(found)
        # only a text with characters outside the BMP can be counted two ways (qdpx_positions)
        reading = choose_reading(text, list(zip(starts, ends)), self.origin) if text.wide16 else None
        if reading is not None:
            self.content.readings.setdefault(reading, []).append(name)
        starts, ends = self.stored(found, starts, ends, text, reading or CHARACTERS, name)
        user = key(outer, "creatingUser")
        self.sink.read_source(SourceIn(
            guid(outer), name, text.text,
            split_labelled(text_of(outer, "Description"), SOURCE_LABELS, "memo"),
            outer.get("creationDateTime"), user, self.selections(found, starts, ends),
            [self.coding(c, user) for c in children(outer, "Coding")],
            refs(outer, "NoteRef") + (refs(element, "NoteRef") if element is not outer else []),
            self.values(outer)))

    def positions(self, found: list[etree._Element]) -> tuple[list[int], list[int]]:
        """The start and end positions of the selections ``found`` as written, as two columns
        (converted at once; the first selection without valid ones is named only on failure)."""
        starts = [selection.get("startPosition") for selection in found]
        ends = [selection.get("endPosition") for selection in found]
        try:
            return list(map(int, starts)), list(map(int, ends))
        except (TypeError, ValueError):  # int(None) is a TypeError
            for selection, start, end in zip(found, starts, ends):
                try:
                    int(start), int(end)
                except (TypeError, ValueError):
                    raise QdpxFileError(BAD_POSITION, file=self.file, line=selection.sourceline) from None
            raise

    def stored(self, found: list[etree._Element], starts: list[int], ends: list[int], text: TextPositions,
               reading: str, name: str) -> tuple[list[int], list[int]]:
        """The positions in the text qdacoder stores; ``QdpxFileError`` for the first selection
        outside the text. Most sources (characters, no CRLF) keep them as they are, checked as
        whole columns."""
        if reading == CHARACTERS and not text.dropped:
            if not found or (min(starts) >= 0 and max(ends) <= text.characters and all(map(le, starts, ends))):
                return starts, ends
            for selection, start, end in zip(found, starts, ends):
                if not 0 <= start <= end <= text.characters:
                    raise QdpxFileError(OUTSIDE, file=self.file, line=selection.sourceline, start=start, end=end,
                                        name=name, length=text.characters)
        length, mapped_starts, mapped_ends = text.length(reading), [], []
        for selection, start, end in zip(found, starts, ends):
            first, last = text.character(start, reading), text.character(end, reading)
            if not 0 <= start <= end <= length or first is None or last is None:
                raise QdpxFileError(OUTSIDE, file=self.file, line=selection.sourceline, start=start, end=end,
                                    name=name, length=length)
            mapped_starts.append(text.stored(first))
            mapped_ends.append(text.stored(last))
        return mapped_starts, mapped_ends

    def selections(self, found: list[etree._Element], starts: list[int], ends: list[int]) -> list[SelectionIn]:
        """The selections with their codings. This loop runs once per selection (hundreds of
        thousands): one pass over each one's children, attributes read once, no call per
        selection but for its codings."""
        keys, part_of, read = self.keys, _PART.get, []
        for selection, start, end in zip(found, starts, ends):
            if start == end:
                self.skip("empty selections")
                self.left_out(selection)
                continue
            user = keys[selection.get("creatingUser") or ""]
            description, codings, notes = "", [], _NONE
            for part in selection:
                kind = part_of(part.tag)
                if kind == "Coding":
                    codings.append(self.coding(part, user))
                elif kind == "NoteRef":
                    note = keys[part.get("targetGUID") or ""]
                    if note:
                        notes = [*notes, note]
                elif kind == "Description" and not description:
                    description = "".join(part.itertext())
            read.append(_new(SelectionIn, (
                selection.get("guid"), start, end,
                split_labelled(description, CODING_LABELS, "memo") if description else NO_FACTS,
                codings, notes)))
        return read

    def coding(self, element: etree._Element, user: str | None) -> CodingIn:
        keys, code, notes = self.keys, None, _NONE
        for part in element:
            kind = _PART.get(part.tag)
            if kind == "CodeRef" and code is None:
                code = keys[part.get("targetGUID") or ""] or ""
            elif kind == "NoteRef":
                note = keys[part.get("targetGUID") or ""]
                if note:
                    notes = [*notes, note]
        written = element.get("guid")
        return _new(CodingIn, (
            written if written is not None and _EXACT_GUID(written) else guid(element), code or "",
            keys[element.get("creatingUser") or ""] or user, element.get("creationDateTime"), notes,
            element.sourceline))
