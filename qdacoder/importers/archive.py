"""Safe opening of ZIP containers (.docx, .odt) and hardened XML parsing.

Design rules (why):
- Imported files come from anywhere (mail attachments, shared drives). A ZIP bomb must not
  fill memory and a member name must not point outside the archive, so every archive is
  checked before any library sees it: it must be a ZIP, member names must be relative without
  "..", and the declared uncompressed sizes may add up to at most ``MAX_UNCOMPRESSED``.
  Declared sizes can be trusted as a cap because ``zipfile`` never returns more bytes than
  the member declares (it stops there and checks the CRC).
- XML is parsed without resolving entities, without DTD loading, without network access and
  without lxml's "huge tree" mode: no file disclosure (XXE), no entity expansion bombs.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from lxml import etree

from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed

MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_MEMBERS = 10_000

UNSAFE_NAME = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: the file contains an item whose name points outside the file ({member}); "
    "it is refused for safety.",
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: the file unpacks to more than {limit} MB (or holds too many parts); "
    "it is refused for safety.",
)


def open_zip(data: bytes, file: str, invalid_template: str) -> zipfile.ZipFile:
    """Open ``data`` as a checked ZIP; ``invalid_template`` explains a non-ZIP to the user."""
    stream = io.BytesIO(data)
    try:
        if not zipfile.is_zipfile(stream):
            raise ImportFailed(invalid_template, file=file)
        archive = zipfile.ZipFile(stream)
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError,
            ValueError, EOFError, OSError):
        # NotImplementedError: a damaged header claims an unknown ZIP version.
        raise ImportFailed(invalid_template, file=file) from None
    total = 0
    for info in members:
        if not _is_safe_name(info.filename):
            raise ImportFailed(UNSAFE_NAME, file=file, member=info.filename)
        total += info.file_size
    if total > MAX_UNCOMPRESSED or len(members) > MAX_MEMBERS:
        raise ImportFailed(TOO_LARGE, file=file, limit=MAX_UNCOMPRESSED // (1024 * 1024))
    return archive


def read_member(archive: zipfile.ZipFile, name: str, file: str, invalid_template: str) -> bytes:
    """The bytes of member ``name``; a missing or corrupt member means an invalid file."""
    try:
        return archive.read(name)
    except (KeyError, zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError,
            EOFError, OSError, zlib.error):
        # NotImplementedError: unsupported compression; RuntimeError: encrypted member;
        # the rest: damaged data or CRC errors.
        raise ImportFailed(invalid_template, file=file) from None


def parse_xml(data: bytes, file: str, invalid_template: str) -> etree._Element:
    """Parse ``data`` with the hardened parser; malformed XML means an invalid file."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        raise ImportFailed(invalid_template, file=file) from None
    if root is None:
        raise ImportFailed(invalid_template, file=file)
    return root


def _is_safe_name(name: str) -> bool:
    normalised = name.replace("\\", "/")
    if normalised.startswith("/") or (len(normalised) > 1 and normalised[1] == ":"):
        return False  # absolute path, also Windows drive letters like "C:"
    return ".." not in normalised.split("/")
