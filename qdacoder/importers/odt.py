"""OpenDocument text (.odt, LibreOffice/OpenOffice).

Design rules (why):
- No odfpy: the archive is opened with the ZIP guard of ``archive`` and ``content.xml`` and
  ``styles.xml`` are parsed with the hardened parser (no entities, no DTD, no network).
- Paragraphs and headings (``text:p``, ``text:h``) are found in document order, also inside
  lists, sections and tables; each becomes one line. Table rows become one line with the
  cells joined by " | ", exactly as for .docx.
- Inside a paragraph, white space follows the ODF rule: runs of spaces/newlines in the XML
  count as one space and leading ones are dropped; ``text:s`` (``text:c`` spaces, capped),
  ``text:tab`` and ``text:line-break`` give real spaces, tabs and newlines. ``text:span``,
  ``text:a`` and fields are read for their text.
- List items start with their number or bullet ("1)", "a.", "•"), counted per list as
  LibreOffice does: the list style (``text:list-style``, in content.xml or styles.xml) gives
  per level the format, prefix, suffix, start value and how many levels to show ("1.2.");
  ``text:continue-numbering`` and ``text:continue-list`` continue an earlier list. A number
  the file already carries (``text:number`` in a list item) is used as it is.
- Footnotes and endnotes (``text:note``) become a marker "[1]" and a line in the notes
  section, as for .docx; comments (``office:annotation``) too when asked for ("[c1] Author:
  ..."), otherwise they are left out and counted. Left out and counted as well: headers and
  footers (master pages in styles.xml) and hidden text (a span whose style has
  ``text:display="none"``, hidden-text fields).
- Left out: text in drawings/text boxes (``draw:*``), heading numbers, and the deleted text
  that tracked changes keep in ``text:tracked-changes``.
- Password-protected files are recognised from the manifest and get their own message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed
from qdacoder.importers.archive import open_zip, parse_xml, read_member
from qdacoder.importers.cleanup import clean_text, finish
from qdacoder.importers.docx_numbering import formatted
from qdacoder.importers.model import (
    COMMENTS, FOOTERS, HEADERS, HIDDEN, Extracted, LeftOut, ReadOptions,
)
from qdacoder.importers.symbols import symbol_text

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
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

_PARAGRAPHS = {_TEXT + "p", _TEXT + "h"}
_ROW_GROUPS = {_TABLE + "table-header-rows", _TABLE + "table-rows", _TABLE + "table-row-group"}
_SKIPPED = {_OFFICE + "annotation-end", _OFFICE + "forms", _TEXT + "number",
            _TEXT + "tracked-changes", _TEXT + "sequence-decls", _TEXT + "variable-decls",
            _TEXT + "user-field-decls"}
_HEADERS = {_STYLE + "header", _STYLE + "header-left", _STYLE + "header-first"}
_FOOTERS = {_STYLE + "footer", _STYLE + "footer-left", _STYLE + "footer-first"}
# The ODF names of number formats, as the Word names ``formatted`` knows.
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
            "I": "upperRoman", "": "none"}
_MAX_SPACES = 1000  # text:c is a number in the file; a huge one must not fill memory
_XML_SPACE = re.compile(r"[ \t\r\n]+")


def read_odt(data: bytes, file: str, options: ReadOptions = ReadOptions()) -> Extracted:
    """The text of an .odt file (see the module docstring for what is included)."""
    archive = open_zip(data, file, NOT_ODT)
    with archive:
        names = set(archive.namelist())
        if "META-INF/manifest.xml" in names and b"encryption-data" in read_member(
            archive, "META-INF/manifest.xml", file, NOT_ODT
        ):
            raise ImportFailed(ENCRYPTED, file=file)
        root = parse_xml(read_member(archive, "content.xml", file, NOT_ODT), file, NOT_ODT)
        styles = (parse_xml(read_member(archive, "styles.xml", file, NOT_ODT), file, NOT_ODT)
                  if "styles.xml" in names else None)
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise ImportFailed(NOT_ODT, file=file)
    reader = _Reader([r for r in (styles, root) if r is not None], options)
    text = finish("\n".join(reader.blocks(body)), file)
    left_out = [_left_out(HEADERS, styles, _HEADERS), _left_out(FOOTERS, styles, _FOOTERS),
                LeftOut(COMMENTS, reader.comments, reader.comment_characters),
                LeftOut(HIDDEN, reader.hidden, reader.hidden_characters)]
    return Extracted(text, notes=tuple(reader.note_lines()),
                     left_out=tuple(item for item in left_out if item.items))


def _left_out(what: str, styles, tags: set[str]) -> LeftOut:
    """Headers or footers of the master pages; the same text on several pages counts once."""
    texts = set()
    if styles is not None:
        for element in styles.iter(*tags):
            texts.add(" ".join(_all_text(element).split()))
    texts.discard("")
    return LeftOut(what, len(texts), sum(map(len, texts)))


def _all_text(element) -> str:
    return " ".join(t for t in element.itertext())


class _ListStyle:
    """One ``text:list-style``: per level (1..10) how its items are labelled."""

    def __init__(self, element) -> None:
        self.levels: dict[int, dict] = {}
        for level in element:
            number = _int(level.get(_TEXT + "level"), 1)
            if level.tag == _TEXT + "list-level-style-number":
                self.levels[number] = {
                    "format": _FORMATS.get(level.get(_STYLE + "num-format", ""), "decimal"),
                    "prefix": level.get(_STYLE + "num-prefix", ""),
                    "suffix": level.get(_STYLE + "num-suffix", ""),
                    "start": _int(level.get(_TEXT + "start-value"), 1),
                    "shown": _int(level.get(_TEXT + "display-levels"), 1),
                }
            elif level.tag == _TEXT + "list-level-style-bullet":
                properties = level.find(_STYLE + "text-properties")
                font = None if properties is None else (
                    properties.get(_FO + "font-family") or properties.get(_STYLE + "font-name"))
                self.levels[number] = {"bullet": symbol_text(font, level.get(_TEXT + "bullet-char", ""))}

    def label(self, counters: list[int], level: int) -> str:
        definition = self.levels.get(level)
        if definition is None:
            return ""
        if "bullet" in definition:
            return definition["bullet"]
        if definition["format"] == "none":
            return ""
        first = max(1, level - definition["shown"] + 1)
        numbers = [formatted(counters[n - 1], self.levels.get(n, definition).get("format", "decimal"))
                   for n in range(first, level + 1)]
        return f"{definition['prefix']}{'.'.join(numbers)}{definition['suffix']}"


class _Reader:
    """Walks the body in document order, keeping the list counters, the notes and what was
    left out."""

    def __init__(self, roots: list, options: ReadOptions) -> None:
        self.options = options
        self.list_styles: dict[str, _ListStyle] = {}
        self.hidden_styles: set[str] = set()
        for root in roots:  # styles.xml first: content.xml's automatic styles may reuse names
            for element in root.iter(_TEXT + "list-style"):
                self.list_styles[element.get(_STYLE + "name")] = _ListStyle(element)
            for element in root.iter(_STYLE + "style"):
                properties = element.find(_STYLE + "text-properties")
                if properties is not None and properties.get(_TEXT + "display") == "none":
                    self.hidden_styles.add(element.get(_STYLE + "name"))
        self.counters: dict[str, list[int]] = {}  # per list (its xml:id or our own key)
        self.last_of_style: dict[str | None, str] = {}
        self.notes: list[str] = []
        self.comment_notes: list[str] = []
        self.comments = self.comment_characters = self.hidden = self.hidden_characters = 0

    # -- blocks ------------------------------------------------------------------------------
    def blocks(self, container, label: str = "") -> Iterator[str]:
        """One string per paragraph, heading or table row, in document order; ``label`` goes
        before the first paragraph (a list item's number)."""
        for child in container:
            if _skipped(child) or child.tag in (_TEXT + "note", _OFFICE + "annotation"):
                continue
            if child.tag in _PARAGRAPHS:
                text = self.paragraph(child)
                yield (label + " " + text if label and text.strip() else text)
                label = ""
            elif child.tag == _TABLE + "table":
                yield from self.table_rows(child)
            elif child.tag == _TEXT + "list":
                yield from self.list(child)
            else:  # sections, index bodies, ...
                yield from self.blocks(child)

    def list(self, element, style: str | None = None, level: int = 1,
             counters: list[int] | None = None) -> Iterator[str]:
        style = element.get(_TEXT + "style-name") or style
        if counters is None:  # a top-level list: new counters, or those it continues
            counters = self._counters_for(element, style)
        for item in element:
            if item.tag == _TEXT + "list-header":
                yield from self.blocks(item)
            elif item.tag == _TEXT + "list-item":
                yield from self.list_item(item, style, level, counters)

    def list_item(self, item, style: str | None, level: int, counters: list[int]) -> Iterator[str]:
        holds_text = any(child.tag in _PARAGRAPHS for child in item)
        label = ""
        if holds_text:
            list_style = self.list_styles.get(style)
            start = _int(item.get(_TEXT + "start-value"), 0)
            definition = list_style.levels.get(level, {}) if list_style else {}
            if start:
                counters[level - 1] = start
            elif counters[level - 1] == 0:
                counters[level - 1] = definition.get("start", 1)
            else:
                counters[level - 1] += 1
            counters[level:] = [0] * (len(counters) - level)
            number = item.find(_TEXT + "number")
            if number is not None and (number.text or "").strip():
                label = number.text.strip()
            elif list_style is not None:
                label = list_style.label(counters, level)
        for child in item:
            if child.tag == _TEXT + "list":
                yield from self.list(child, style, level + 1, counters)
            elif child.tag in _PARAGRAPHS or child.tag == _TABLE + "table":
                yield from self.blocks([child], label)
                label = ""

    def _counters_for(self, element, style: str | None) -> list[int]:
        earlier = None
        if element.get(_TEXT + "continue-list"):
            earlier = element.get(_TEXT + "continue-list")
        elif element.get(_TEXT + "continue-numbering") == "true":
            earlier = self.last_of_style.get(style)
        key = element.get(_XML_ID) or f"list {len(self.counters)}"
        counters = self.counters[earlier] if earlier in self.counters else [0] * 10
        self.counters[key] = counters
        self.last_of_style[style] = key
        return counters

    def table_rows(self, table) -> Iterator[str]:
        for row in _rows(table):
            cells = [" ".join(" ".join(self.blocks(cell)).split())
                     for cell in row if cell.tag == _TABLE + "table-cell"]
            if any(cells):
                yield " | ".join(cells)

    def paragraph(self, paragraph) -> str:
        parts: list[str] = []
        _Inline(parts, self).walk(paragraph)
        return "".join(parts)

    # -- notes, comments, hidden text --------------------------------------------------------
    def note(self, element) -> str:
        body = element.find(_TEXT + "note-body")
        marker = f"[{len(self.notes) + 1}]"
        text = "" if body is None else self._flat(body)
        self.notes.append(f"{marker} {text}".rstrip())
        return marker

    def annotation(self, element) -> str:
        creator = element.find(_DC + "creator")
        author = (creator.text or "").strip() if creator is not None else ""
        text = " ".join(self._flat(p) for p in element if p.tag in _PARAGRAPHS or
                        p.tag == _TEXT + "list").strip()
        if not self.options.comments:
            self.comments += 1
            self.comment_characters += len(text)
            return ""
        marker = f"[c{len(self.comment_notes) + 1}]"
        self.comment_notes.append(f"{marker} {author + ': ' if author else ''}{text}".rstrip())
        return marker

    def hidden_span(self, element) -> None:
        text = " ".join(_all_text(element).split())
        if text:
            self.hidden += 1
            self.hidden_characters += len(text)

    def _flat(self, element) -> str:
        container = element if element.tag not in _PARAGRAPHS else [element]
        return " ".join(clean_text("\n".join(self.blocks(container))).split())

    def note_lines(self) -> list[str]:
        return self.notes + self.comment_notes


def _skipped(element) -> bool:
    tag = element.tag
    return not isinstance(tag, str) or tag in _SKIPPED or tag.startswith(_DRAW)


def _rows(container) -> Iterator:
    for child in container:
        if child.tag == _TABLE + "table-row":
            yield child
        elif child.tag in _ROW_GROUPS:
            yield from _rows(child)


class _Inline:
    """Collects a paragraph's text, collapsing XML white space as ODF prescribes."""

    def __init__(self, parts: list[str], reader: _Reader) -> None:
        self.parts = parts
        self.reader = reader
        self.after_space = True  # at the start of a paragraph, white space is dropped

    def walk(self, element) -> None:
        self.raw(element.text)
        for child in element:
            if not _skipped(child):
                self.element(child)
            self.raw(child.tail)  # the tail follows the child, even a skipped one

    def element(self, child) -> None:
        tag = child.tag
        if tag == _TEXT + "s":
            self.literal(" " * _space_count(child.get(_TEXT + "c")))
        elif tag == _TEXT + "tab":
            self.literal("\t")
        elif tag == _TEXT + "line-break":
            self.literal("\n")
            self.after_space = True
        elif tag == _TEXT + "note":
            self.marker(self.reader.note(child))
        elif tag == _OFFICE + "annotation":
            self.marker(self.reader.annotation(child))
        elif (tag == _TEXT + "span" and child.get(_TEXT + "style-name") in self.reader.hidden_styles
              or tag == _TEXT + "hidden-text" and child.get(_TEXT + "is-hidden") == "true"):
            self.reader.hidden_span(child)
        else:  # span, a, fields, bookmarks, ...
            self.walk(child)

    def marker(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self.after_space = False

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


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
