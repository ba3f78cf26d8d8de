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
  boolean, and everything ``validate`` checks. Sets are ignored (qdacoder has none).
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

from lxml import etree

from qdacoder.core.codebook import Codebook, CodebookEntry, normalise_valence
from qdacoder.core.errors import QT_TRANSLATE_NOOP
from qdacoder.exchange.errors import INVALID_CODEBOOK, CodebookFileError
from qdacoder.exchange.validate import EntryPlaces, Place, check_codebook, guid_key, xml_safe

NAMESPACE = "urn:QDA-XML:codebook:1.0"
ORIGIN = "qdacoder"
_CODEBOOK = f"{{{NAMESPACE}}}CodeBook"
# The labelled paragraphs for the fields REFI lacks, in the order they are written.
LABELS = (("inclusion", "Inclusion"), ("exclusion", "Exclusion"), ("example", "Example"),
          ("default_valence", "Valence"))
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
BAD_BOOLEAN = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}, line {line}: isCodable=\"{value}\" is not true or false."
)

_log = logging.getLogger(__name__)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           huge_tree=False, remove_comments=True, remove_pis=True)


@functools.lru_cache(maxsize=1)
def schema() -> etree.XMLSchema:
    """The REFI-QDA codebook schema, from the package (never from the network)."""
    data = importlib.resources.files("qdacoder.exchange").joinpath(
        "schemas/Codebook.xsd").read_bytes()
    return etree.XMLSchema(etree.fromstring(data, _parser()))


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


# --- reading ---------------------------------------------------------------------------------
def read_qdc(data: bytes, file: str) -> Codebook:
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as error:
        raise CodebookFileError(NOT_XML, file=file, line=error.lineno or 1,
                                reason=error.msg or str(error)) from None
    tree = root.getroottree()
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise CodebookFileError(ENTITIES, file=file)
    if root.tag != _CODEBOOK:
        found = _local(root) or str(root.tag)
        raise CodebookFileError(NOT_REFI, file=file, found=found)
    if not schema().validate(tree):
        # Read anyway (see the module docstring); the first complaint helps with support.
        _log.info("%s does not follow the REFI-QDA schema: %s", file, schema().error_log.last_error)
    reader = _Reader(file)
    codebook = Codebook()
    for codes in root:
        if _local(codes) == "Codes":
            codebook.codes += reader.codes(codes)
    return check_codebook(codebook, file, reader.places)


class _Reader:
    def __init__(self, file: str) -> None:
        self.file = file
        self.places: dict[int, EntryPlaces] = {}

    def codes(self, parent: etree._Element) -> list[CodebookEntry]:
        return [self.code(child) for child in parent if _local(child) == "Code"]

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
            if _local(child) == "Description":
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


def split_description(text: str) -> dict[str, str]:
    """The description and the fields written after it as labelled paragraphs.

    A labelled paragraph starts with "Inclusion: ", "Exclusion: ", "Example: " or "Valence: "
    at the very start of the text or after a blank line ("\\n\\n"), and runs to the next one or
    to the end (so a value may have paragraphs of its own). Labels are taken from the end
    backwards and must come in the written order; one that breaks the order belongs to the
    text before it. "Valence: " counts only when followed by a valence and nothing else.
    The one ambiguity: a text (the description or a value) with a paragraph of its own that
    starts with one of these labels may be split there. Texts without labelled paragraphs
    come back unchanged.
    """
    markers = []  # (start, order, value start)
    for order, (_field, label) in enumerate(LABELS):
        head = label + ": "
        if text.startswith(head):
            markers.append((0, order, len(head)))
        start = text.find("\n\n" + head)
        while start != -1:
            markers.append((start, order, start + 2 + len(head)))
            start = text.find("\n\n" + head, start + 1)
    result: dict[str, str] = {}
    end = len(text)
    last_order = len(LABELS)
    for start, order, value_start in sorted(markers, reverse=True):
        if start >= end or order >= last_order:
            continue
        field = LABELS[order][0]
        value = text[value_start:end]
        if field == "default_valence":
            if end != len(text):
                continue
            try:
                value = normalise_valence(value)
            except KeyError:
                continue
            if value is None:
                continue
        result[field] = value
        end, last_order = start, order
    result["description"] = text[:end]
    return result


def join_description(entry: CodebookEntry) -> str:
    """The Description of ``entry`` with the fields REFI lacks as labelled paragraphs."""
    parts = [entry.description] if entry.description else []
    for field, label in LABELS:
        value = getattr(entry, field)
        if value:
            parts.append(f"{label}: {value}")
    return "\n\n".join(parts)


# --- writing ---------------------------------------------------------------------------------
def write_qdc(codebook: Codebook, file: str) -> bytes:
    root = etree.Element(_CODEBOOK, nsmap={None: NAMESPACE}, origin=ORIGIN)
    codes = etree.SubElement(root, f"{{{NAMESPACE}}}Codes")
    used: set[str] = set()

    def add(parent: etree._Element, entry: CodebookEntry) -> None:
        guid = entry.guid
        if not guid or guid_key(guid) in used:
            guid = str(uuid.uuid4())
        used.add(guid_key(guid))
        element = etree.SubElement(parent, f"{{{NAMESPACE}}}Code", guid=guid,
                                   name=xml_safe(entry.name),
                                   isCodable="true" if entry.is_codable else "false")
        if entry.color:
            element.set("color", entry.color.lower())
        description = join_description(entry)
        if description:
            etree.SubElement(element, f"{{{NAMESPACE}}}Description").text = xml_safe(description)
        for child in entry.children:
            add(element, child)

    if not codebook.codes:  # the schema wants at least one Code
        raise CodebookFileError(NO_CODES, file=file)
    for entry in codebook.codes:
        add(codes, entry)
    if not schema().validate(root):
        raise CodebookFileError(INVALID_CODEBOOK, file=file,
                                reason=str(schema().error_log.last_error))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
