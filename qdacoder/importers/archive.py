"""Safe opening of ZIP containers (.docx, .odt) and hardened XML parsing.

Design rules (why):
- Imported files come from anywhere (mail attachments, shared drives). A ZIP bomb must not
  fill memory and a member name must not point outside the archive, so every archive is
  checked before any library sees it: it must be a ZIP, member names must be relative without
  "..", and the declared uncompressed sizes may add up to at most ``MAX_UNCOMPRESSED``.
  Declared sizes are only a cap where ``zipfile`` keeps to them while unpacking: for stored
  and deflated members it unpacks in small steps and stops at the declared size. For bzip2
  and LZMA members it unpacks each block whole, so a member whose headers say 100 bytes can
  fill gigabytes before the size is compared (issue 21). Those members are therefore
  unpacked once here, in small steps, counting the real bytes (``real_size``) and refused
  when they give more than their headers say; after that every library reading the archive
  gets no more than the declared sizes.
- XML is parsed without resolving entities, without DTD loading, without network access and
  without lxml's "huge tree" mode: no file disclosure (XXE), no entity expansion bombs.
"""

from __future__ import annotations

import bz2
import io
import lzma
import struct
import zipfile
import zlib

from lxml import etree

from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed

MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_MEMBERS = 10_000
# The XML parts together (the rest is pictures and fonts): the parsed tree takes some 14 bytes
# of memory for a byte of XML when every word is its own run (2.9 GB for 200 MB), so this keeps
# any accepted .docx or .odt under 1 GB (issue 21; benchmarks/bench_memory_caps.py)
MAX_XML = 50 * 1024 * 1024

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
TOO_MUCH_XML = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: the document's text and layout unpack to more than {limit} MB, more than qdacoder "
    "imports as one document; split it into parts.",
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
    try:
        lying = any(not keeps_to_size(data, info) for info in members)
    except ValueError:
        raise ImportFailed(invalid_template, file=file) from None
    if lying:
        raise ImportFailed(TOO_LARGE, file=file, limit=MAX_UNCOMPRESSED // (1024 * 1024))
    try:  # by what a part holds, not by its name: a document part may be named anything
        xml = sum(info.file_size for info in members if _holds_xml(archive, info))
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError, EOFError, OSError, zlib.error):
        raise ImportFailed(invalid_template, file=file) from None
    if xml > MAX_XML:
        raise ImportFailed(TOO_MUCH_XML, file=file, limit=MAX_XML // (1024 * 1024))
    return archive


def _holds_xml(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Whether the part starts as XML does (after a byte order mark and white space)."""
    if info.file_size == 0 or info.is_dir():
        return False
    with archive.open(info) as stream:
        start = stream.read(256)
    for mark in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        start = start.removeprefix(mark)
    return start.replace(b"\x00", b"").lstrip().startswith(b"<")


_STEP_IN = 64 * 1024  # compressed bytes fed at a time
_STEP_OUT = 1024 * 1024  # unpacked bytes taken at a time: the most held in memory


def keeps_to_size(data: bytes, info: zipfile.ZipInfo) -> bool:
    """Whether member ``info`` unpacks to no more than its header says. Stored and deflated
    members always do as far as ``zipfile`` is concerned (it stops at the declared size);
    bzip2 and LZMA members are unpacked here in small steps to find out."""
    if info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return True
    return real_size(data, info, info.file_size) <= info.file_size


def real_size(data: bytes, info: zipfile.ZipInfo, stop_after: int) -> int:
    """How many bytes the bzip2 or LZMA member ``info`` of the ZIP ``data`` really unpacks
    to, counted while unpacking at most ``_STEP_OUT`` bytes at a time; counting stops past
    ``stop_after``. A damaged member raises ValueError; other methods count 0 (stored and
    deflate keep to their headers, the rest ``zipfile`` refuses)."""
    if info.compress_type == zipfile.ZIP_BZIP2:
        decompressor, raw = bz2.BZ2Decompressor(), _raw_member(data, info)
    elif info.compress_type == zipfile.ZIP_LZMA:
        decompressor, raw = _lzma_decompressor(_raw_member(data, info))
    else:
        return 0
    count, position = 0, 0
    try:
        while count <= stop_after and not decompressor.eof:
            chunk = b""
            if decompressor.needs_input:
                chunk = raw[position:position + _STEP_IN]
                position += _STEP_IN
                if not chunk:
                    break  # a truncated member: zipfile refuses it when it is read
            count += len(decompressor.decompress(chunk, max_length=_STEP_OUT))
    except (OSError, EOFError, lzma.LZMAError) as error:
        raise ValueError(str(error)) from None
    return count


def _raw_member(data: bytes, info: zipfile.ZipInfo) -> memoryview:
    """The compressed bytes of a member, found through its local header."""
    offset = info.header_offset
    header = data[offset:offset + 30]
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise ValueError("no local header")
    if info.flag_bits & 0x1:
        raise ValueError("encrypted")
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    start = offset + 30 + name_length + extra_length
    return memoryview(data)[start:start + info.compress_size]


def _lzma_decompressor(raw: memoryview):
    """ZIP's LZMA members start with a small header of their own (APPNOTE 5.8.8): two bytes
    of version, the length of the properties, then the properties."""
    if len(raw) < 4:
        raise ValueError("short LZMA header")
    (length,) = struct.unpack("<H", raw[2:4])
    properties = bytes(raw[4:4 + length])
    try:
        filters = [lzma._decode_filter_properties(lzma.FILTER_LZMA1, properties)]  # noqa: SLF001 - zipfile uses the same
        return lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=filters), raw[4 + length:]
    except (lzma.LZMAError, ValueError) as error:
        raise ValueError(str(error)) from None


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
