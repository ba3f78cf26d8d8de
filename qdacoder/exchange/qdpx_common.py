"""What the REFI-QDA project export (``qdpx_export``) and import (``qdpx_import``) share: the
namespace, the labelled paragraphs for the facts REFI lacks, the mapping of attribute types,
the stable GUIDs of the selections qdacoder derives, and the messages.

See ``qdpx_export`` for the design rules of the exchange as a whole.
"""

from __future__ import annotations

import hashlib
import uuid

from qdacoder.core.codebook import normalise_valence
from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed
from qdacoder.core.schema import DOCUMENT_KINDS
from qdacoder.exchange.labelled import Label

NAMESPACE = "urn:QDA-XML:project:1.0"
QDE = "project.qde"
SOURCES = "sources/"
INTERNAL = "internal://"


def tag(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"


class QdpxFileError(ImportFailed):
    """A .qdpx that cannot be read or written. ``params`` always hold ``file``."""


def _flag(value: str) -> bool:
    if value.strip().casefold() not in ("yes", "true"):
        raise ValueError(value)
    return True


def _kind(value: str) -> str:
    if value.strip() not in DOCUMENT_KINDS:
        raise ValueError(value)
    return value.strip()


def _lines(value: str) -> tuple[str, ...]:
    values = tuple(line.strip() for line in value.split("\n") if line.strip())
    if not values:
        raise ValueError(value)
    return values


def _target(value: str) -> str:
    if value.strip() not in ("cases", "documents"):
        raise ValueError(value)
    return value.strip()[:-1]  # "case" or "document", as the project stores it


# A coding: its memo is the free text, then what only qdacoder knows about it.
CODING_LABELS = (Label("valence", "Valence", parse=normalise_valence),
                 Label("starred", "Starred", parse=_flag, show=lambda v: "yes"),
                 Label("confidential", "Confidential", parse=_flag, show=lambda v: "yes"))
# A document: its memo, then its kind (REFI has no document kinds).
SOURCE_LABELS = (Label("kind", "Kind", parse=_kind),)
# An attribute: its description, then the values of a category and whom it describes.
VARIABLE_LABELS = (Label("categories", "Categories", parse=_lines, show="\n".join),
                   Label("target", "For", parse=_target, show=lambda v: f"{v}s"))

# qdacoder type -> REFI typeOfVariable (numbers: see ``refi_type``).
REFI_TYPES = {"text": "Text", "category": "Text", "boolean": "Boolean", "date": "Date"}
# REFI typeOfVariable -> qdacoder type. DateTime becomes text: qdacoder dates have no time,
# and text keeps the value exactly as it was written.
QDACODER_TYPES = {"Text": "text", "Boolean": "boolean", "Integer": "number", "Float": "number",
                  "Date": "date", "DateTime": "text"}
VALUE_ELEMENTS = {"Text": "TextValue", "Boolean": "BooleanValue", "Integer": "IntegerValue",
                  "Float": "FloatValue", "Date": "DateValue", "DateTime": "DateTimeValue"}

_DERIVED = uuid.UUID("6d2a4c1e-2f0b-4d5e-9a57-1c3b0e8f4a21")


_DERIVED_BYTES = _DERIVED.bytes


def derived_guid(*parts: str) -> str:
    """A GUID for something qdacoder has no row for (the selection of a coding, the passage
    of a case, a memo author who is no coder): the same every export, so exporting twice
    gives the same file and other tools see the same objects. It is ``uuid.uuid5`` (a name-based
    UUID, RFC 4122), worked out here without the UUID objects: an export makes one per coding."""
    digest = bytearray(hashlib.sha1(_DERIVED_BYTES + "\x1f".join(parts).encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# --- messages --------------------------------------------------------------------------------
INVALID_EXPORT = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: the project cannot be exported because the file would not follow the REFI-QDA "
    "standard ({reason}); no file was written.",
)
FILE_TOO_BIG = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: the file is too large to import (more than {limit} MB)."
)
NOT_QDPX = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: this is not a REFI-QDA project (.qdpx): it is not a ZIP archive."
)
NO_QDE = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: this is not a REFI-QDA project (.qdpx): it holds no project.qde."
)
DAMAGED = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: the file is damaged: a part of it cannot be unpacked ({member})."
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: the file unpacks to more than {limit} MB, holds too many parts, or a part "
    "unpacks to far more than it takes in the file ({member}); it is refused for safety.",
)
ENTITIES = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: the file declares XML entities (in a DTD), which REFI-QDA projects never need; "
    "it is refused for safety.",
)
NOT_PROJECT = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: not a REFI-QDA project (project.qde starts with <{found}> instead of <Project> "
    "of urn:QDA-XML:project:1.0).",
)
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}, line {line}: the text of the source “{name}” is not UTF-8, as REFI-QDA requires "
    "(byte {position}).",
)
OUTSIDE = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}, line {line}: the selection {start}–{end} lies outside the text of “{name}” "
    "(0–{length} characters).",
)
BAD_POSITION = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}, line {line}: the selection has no valid start and end position."
)
UNKNOWN_CODE = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}, line {line}: the coding refers to a code that does not exist ({guid})."
)
UNKNOWN_REFERENCE = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}, line {line}: the case refers to a source or selection that does not exist ({guid}).",
)
UNKNOWN_VARIABLE = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}, line {line}: the value refers to a variable that does not exist ({guid})."
)
UNEXPECTED = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: the project could not be imported because of an unexpected problem "
    "({reason}); no project was created.",
)
