"""REFI-QDA codebooks (.qdc): the exchange standard of ATLAS.ti, MAXQDA, NVivo, QDA Miner,
QualCoder and Taguette (schema: ``schemas/Codebook.xsd``, namespace urn:QDA-XML:codebook:1.0).

Design rules (why):
- Reading: the file is parsed with a hardened parser (no entity resolution, no DTD loading,
  no network, no huge trees) and capped in size by the caller. A file that declares entities
  (in a DTD) is refused: REFI files never need them, and it is how XXE and entity bombs
  start. The root must be ``CodeBook`` in the REFI namespace ("not a REFI-QDA codebook"
  otherwise). Then the file is checked against the schema, but a file that fails it is still
  read when its structure is clear: tools write slightly different files (no colour, no
  GUID, braces around GUIDs, ``#rgb`` colours). Children are found by local name, so a
  missing namespace on an inner element does not lose codes. What the schema allows and
  qdacoder stores differently is converted: ``#rgb`` becomes ``#rrggbb``. What cannot be read
  is refused with the line (``sourceline``): a Code without a name, isCodable that is not a
  boolean, and everything ``validate`` checks. Sets are skipped (qdacoder has none) and
  named in ``Codebook.skipped``, so the import says so, as REFI asks of importing tools.
- REFI has no fields for inclusion and exclusion criteria, example and default valence. On
  export they are appended to the Description as labelled paragraphs, each separated by a
  blank line: "Inclusion: ...", "Exclusion: ...", "Example: ...", "Valence: promoting" (only
  the non-empty ones, always in that order, labels always in English so any qdacoder reads
  them back). Other tools show them as part of the description. On import such trailing
  paragraphs are taken back into their fields, whichever tool wrote the file (so a codebook
  that went qdacoder -> ATLAS.ti -> qdacoder keeps them); descriptions without them stay
  exactly as they are. See ``split_description`` for the exact rule and its one ambiguity.
- REFI has no codebook name or description either: they are not exported and come back
  empty.
- Writing: codes without a GUID get a new one (REFI requires it), as does a code whose GUID
  another code already uses. The tree is validated against the schema before anything is
  written: a bug must not produce a file another program refuses.
"""

from __future__ import annotations

import functools
import importlib.resources
import logging
import re
import uuid
from collections.abc import Callable

from lxml import etree

from qdacoder.core.codebook import Codebook, CodebookEntry, normalise_valence
from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed
from qdacoder.exchange.errors import INVALID_CODEBOOK, CodebookFileError
from qdacoder.exchange.labelled import Label, join_labelled, split_labelled
from qdacoder.exchange.validate import EntryPlaces, Place, check_codebook, guid_key, xml_safe

NAMESPACE = "urn:QDA-XML:codebook:1.0"
ORIGIN = "qdacoder"
_CODEBOOK = f"{{{NAMESPACE}}}CodeBook"
_SHORT_COLOR = re.compile(r"^#([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])$")

NOT_XML = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: not a valid XML file (line {line}: {reason})."
)
NOT_REFI = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: not a REFI-QDA codebook (the file starts with <{found}> instead of <CodeBook> "
    "of urn:QDA-XML:codebook:1.0).",
)
ENTITIES = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: the file declares XML entities (in a DTD), which REFI-QDA codebooks never need; "
    "it is refused for safety.",
)
NO_CODES = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: the codebook has no codes, and a REFI-QDA codebook needs at least one; no file "
    "was written.",
)
DIVISION_SLASH = "\u2215"
NO_NAME = QT_TRANSLATE_NOOP("qdacoder", "{file}, line {line}: a <Code> has no name.")
SETS_SKIPPED = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: skipped {n} set(s) of codes, as qdacoder has no sets: {names}."
)
BAD_BOOLEAN = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}, line {line}: isCodable=\"{value}\" is not true or false."
)

_log = logging.getLogger(__name__)


def parser() -> etree.XMLParser:
    """The hardened parser for every REFI-QDA file (see the module docstring)."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           huge_tree=False, remove_comments=True, remove_pis=True)


@functools.lru_cache(maxsize=2)
def load_schema(name: str = "Codebook.xsd") -> etree.XMLSchema:
    """A REFI-QDA schema, from the package (never from the network)."""
    data = importlib.resources.files("qdacoder.exchange").joinpath(f"schemas/{name}").read_bytes()
    return etree.XMLSchema(etree.fromstring(data, parser()))


def schema() -> etree.XMLSchema:
    """The REFI-QDA codebook schema."""
    return load_schema("Codebook.xsd")


def local_name(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def parse_refi(data: bytes, file: str, error: type[ImportFailed] = CodebookFileError,
               entities: str = ENTITIES) -> etree._Element:
    """The root element of REFI-QDA XML, parsed hardened; ``error`` for what is not XML or
    declares entities (``entities`` is that message)."""
    try:
        root = etree.fromstring(data, parser())
    except etree.XMLSyntaxError as problem:
        raise error(NOT_XML, file=file, line=problem.lineno or 1,
                    reason=problem.msg or str(problem)) from None
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise error(entities, file=file)
    return root


# --- reading ---------------------------------------------------------------------------------
def read_qdc(data: bytes, file: str) -> Codebook:
    root = parse_refi(data, file)
    if root.tag != _CODEBOOK:
        found = local_name(root) or str(root.tag)
        raise CodebookFileError(NOT_REFI, file=file, found=found)
    if not schema().validate(root.getroottree()):
        # Read anyway (see the module docstring); the first complaint helps with support.
        _log.info("%s does not follow the REFI-QDA schema: %s", file, schema().error_log.last_error)
    codebook = Codebook()
    sets = []
    for section in root:
        if local_name(section) == "Codes":
            codebook.codes += read_codes(section, file).codes
        elif local_name(section) == "Sets":
            sets += [(s.get("name") or "").strip() or "?" for s in section if local_name(s) == "Set"]
    if sets:
        codebook.skipped.append((SETS_SKIPPED, {"file": file, "n": len(sets), "names": ", ".join(sets)}))
    return codebook


def read_codes(codes: etree._Element, file: str) -> Codebook:
    """The checked code tree under a <Codes> element (of a codebook or a project)."""
    reader = _Reader(file)
    return check_codebook(Codebook(codes=reader.codes(codes)), file, reader.places)


class _Reader:
    def __init__(self, file: str) -> None:
        self.file = file
        self.places: dict[int, EntryPlaces] = {}

    def codes(self, parent: etree._Element) -> list[CodebookEntry]:
        return [self.code(child) for child in parent if local_name(child) == "Code"]

    def code(self, element: etree._Element) -> CodebookEntry:
        place = Place(line=element.sourceline)
        name = element.get("name")
        if name is None or not name.strip():
            raise CodebookFileError(NO_NAME, file=self.file, line=element.sourceline)
        codable = (element.get("isCodable") or "true").strip().lower()
        if codable not in ("true", "false", "1", "0"):
            raise CodebookFileError(BAD_BOOLEAN, file=self.file, line=element.sourceline,
                                    value=codable)
        # Other tools allow "/" in a name; here it separates the levels of a path. A division
        # slash looks the same and keeps the file importable instead of refusing it whole.
        entry = CodebookEntry(name=name.replace("/", DIVISION_SLASH), is_codable=codable in ("true", "1"))
        entry.guid = element.get("guid")
        entry.color = self.color(element.get("color"))
        for child in element:
            if local_name(child) == "Description":
                fields = split_description("".join(child.itertext()))
                for field, value in fields.items():
                    setattr(entry, field, value)
        entry.children = self.codes(element)
        self.places[id(entry)] = EntryPlaces(place)
        return entry

    @staticmethod
    def color(value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        short = _SHORT_COLOR.match(value.strip())
        if short:  # the schema allows #rgb; qdacoder stores #rrggbb
            return "#" + "".join(digit * 2 for digit in short.groups())
        return value  # checked with the other values in check_codebook


def _valence(value: str) -> str | None:
    return normalise_valence(value)


# The fields REFI lacks, as labelled paragraphs after the description (see ``labelled``).
LABELS = (Label("inclusion", "Inclusion"), Label("exclusion", "Exclusion"),
          Label("example", "Example"), Label("default_valence", "Valence", parse=_valence))


def split_description(text: str) -> dict[str, str]:
    """The description and the fields written after it as labelled paragraphs ("Inclusion: ",
    "Exclusion: ", "Example: ", "Valence: " followed by a valence and nothing else); see
    ``labelled.split_labelled`` for the exact rule and its one ambiguity. Texts without
    labelled paragraphs come back unchanged."""
    return split_labelled(text, LABELS, "description")


def join_description(entry: CodebookEntry) -> str:
    """The Description of ``entry`` with the fields REFI lacks as labelled paragraphs."""
    return join_labelled(entry.description, LABELS, vars(entry))


# --- writing ---------------------------------------------------------------------------------
def write_qdc(codebook: Codebook, file: str) -> bytes:
    root = etree.Element(_CODEBOOK, nsmap={None: NAMESPACE}, origin=ORIGIN)
    if not codebook.codes:  # the schema wants at least one Code
        raise CodebookFileError(NO_CODES, file=file)
    add_codes(root, codebook, NAMESPACE)
    if not schema().validate(root):
        raise CodebookFileError(INVALID_CODEBOOK, file=file,
                                reason=str(schema().error_log.last_error))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def add_codes(parent: etree._Element, codebook: Codebook, namespace: str,
              extra: Callable[[CodebookEntry, etree._Element], None] | None = None) -> dict[int, str]:
    """Append <Codes> with the code tree to ``parent`` (a codebook's or a project's, by
    ``namespace``); returns ``id(entry)`` -> the GUID written for it. ``extra`` may add
    elements to a code after its Description (a project's NoteRefs)."""
    codes = etree.SubElement(parent, f"{{{namespace}}}Codes")
    written: dict[int, str] = {}
    used: set[str] = set()

    def add(parent: etree._Element, entry: CodebookEntry) -> None:
        guid = entry.guid
        if not guid or guid_key(guid) in used:
            guid = str(uuid.uuid4())
        used.add(guid_key(guid))
        written[id(entry)] = guid
        element = etree.SubElement(parent, f"{{{namespace}}}Code", guid=guid,
                                   name=xml_safe(entry.name),
                                   isCodable="true" if entry.is_codable else "false")
        if entry.color:
            element.set("color", entry.color.lower())
        description = join_description(entry)
        if description:
            etree.SubElement(element, f"{{{namespace}}}Description").text = xml_safe(description)
        if extra is not None:
            extra(entry, element)
        for child in entry.children:
            add(element, child)

    for entry in codebook.codes:
        add(codes, entry)
    return written
