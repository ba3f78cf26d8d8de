"""OpenDocument text (.odt, LibreOffice/OpenOffice).

Design rules (why):
- No odfpy: the archive is opened with the ZIP guard of ``archive`` and only ``content.xml``
  is parsed, with the hardened parser (no entities, no DTD, no network). That is all we need.
- Paragraphs and headings (``text:p``, ``text:h``) are found in document order, also inside
  lists, sections and tables; each becomes one line. Table rows become one line with the
  cells joined by " | ", exactly as for .docx.
- Inside a paragraph, white space follows the ODF rule: runs of spaces/newlines in the XML
  count as one space and leading ones are dropped; ``text:s`` (``text:c`` spaces, capped),
  ``text:tab`` and ``text:line-break`` give real spaces, tabs and newlines. ``text:span``,
  ``text:a`` and fields are read for their text.
- Left out, as for .docx: comments (``office:annotation``), footnotes (``text:note``), text
  in drawings/text boxes (``draw:*``), automatic list/heading numbers (``text:number``), and
  the deleted text that tracked changes keep in ``text:tracked-changes``.
- Password-protected files are recognised from the manifest and get their own message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed
from qdacoder.importers.archive import open_zip, parse_xml, read_member
from qdacoder.importers.cleanup import finish

NOT_ODT = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: this is not a valid OpenDocument text (the file is damaged or is not an .odt).",
)
ENCRYPTED = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: this document is protected with a password. Save a copy without password "
    "and try again.",
)

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"

_PARAGRAPHS = {_TEXT + "p", _TEXT + "h"}
_ROW_GROUPS = {_TABLE + "table-header-rows", _TABLE + "table-rows", _TABLE + "table-row-group"}
_SKIPPED = {_OFFICE + "annotation", _OFFICE + "annotation-end", _OFFICE + "forms",
            _TEXT + "note", _TEXT + "number", _TEXT + "tracked-changes",
            _TEXT + "sequence-decls", _TEXT + "variable-decls", _TEXT + "user-field-decls"}
_MAX_SPACES = 1000  # text:c is a number in the file; a huge one must not fill memory
_XML_SPACE = re.compile(r"[ \t\r\n]+")


def read_odt(data: bytes, file: str) -> str:
    """The text of an .odt file (see the module docstring for what is included)."""
    archive = open_zip(data, file, NOT_ODT)
    with archive:
        names = set(archive.namelist())
        if "META-INF/manifest.xml" in names and b"encryption-data" in read_member(
            archive, "META-INF/manifest.xml", file, NOT_ODT
        ):
            raise ImportFailed(ENCRYPTED, file=file)
        root = parse_xml(read_member(archive, "content.xml", file, NOT_ODT), file, NOT_ODT)
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise ImportFailed(NOT_ODT, file=file)
    return finish("\n".join(_blocks(body)), file)


def _skipped(element) -> bool:
    tag = element.tag
    return not isinstance(tag, str) or tag in _SKIPPED or tag.startswith(_DRAW)


def _blocks(container) -> Iterator[str]:
    """One string per paragraph, heading or table row, in document order."""
    for child in container:
        if _skipped(child):
            continue
        if child.tag in _PARAGRAPHS:
            yield _paragraph_text(child)
        elif child.tag == _TABLE + "table":
            yield from _table_rows(child)
        else:  # lists, list items, sections, index bodies, ...
            yield from _blocks(child)


def _table_rows(table) -> Iterator[str]:
    for row in _rows(table):
        cells = [" ".join(" ".join(_blocks(cell)).split())
                 for cell in row if cell.tag == _TABLE + "table-cell"]
        if any(cells):
            yield " | ".join(cells)


def _rows(container) -> Iterator:
    for child in container:
        if child.tag == _TABLE + "table-row":
            yield child
        elif child.tag in _ROW_GROUPS:
            yield from _rows(child)


def _paragraph_text(paragraph) -> str:
    parts: list[str] = []
    _Inline(parts).walk(paragraph)
    return "".join(parts)


class _Inline:
    """Collects a paragraph's text, collapsing XML white space as ODF prescribes."""

    def __init__(self, parts: list[str]) -> None:
        self.parts = parts
        self.after_space = True  # at the start of a paragraph, white space is dropped

    def walk(self, element) -> None:
        self.raw(element.text)
        for child in element:
            if not _skipped(child):
                self.element(child)
            self.raw(child.tail)  # the tail follows the child, even a skipped one

    def element(self, child) -> None:
        if child.tag == _TEXT + "s":
            self.literal(" " * _space_count(child.get(_TEXT + "c")))
        elif child.tag == _TEXT + "tab":
            self.literal("\t")
        elif child.tag == _TEXT + "line-break":
            self.literal("\n")
            self.after_space = True
        else:  # span, a, fields, bookmarks, ...
            self.walk(child)

    def literal(self, text: str) -> None:
        self.parts.append(text)
        self.after_space = False

    def raw(self, text: str | None) -> None:
        if not text:
            return
        text = _XML_SPACE.sub(" ", text)
        if self.after_space and text.startswith(" "):
            text = text[1:]
        if text:
            self.parts.append(text)
            self.after_space = text.endswith(" ")


def _space_count(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), _MAX_SPACES))
    except ValueError:
        return 1
