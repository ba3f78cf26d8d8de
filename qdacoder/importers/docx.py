"""Word documents (.docx).

Design rules (why):
- The archive is checked first (``archive.open_zip``: ZIP bomb and path guard), then
  python-docx opens the package and finds the main document part and the parts related to
  it (notes, comments, numbering, styles, headers, footers), which we parse with the
  hardened parser.
- The body is walked on the XML level in document order instead of using ``Paragraph.text``:
  that property skips text inside tracked insertions (``w:ins``), content controls
  (``w:sdt``) and smart tags, which Word shows as ordinary text. Deleted and moved-away
  text (``w:del``, ``w:moveFrom``) is left out, as Word shows it after accepting changes.
- Every paragraph (headings included) becomes one line; empty paragraphs become blank lines.
  Tabs stay tabs, line and page breaks become newlines. A list item starts with its number or
  bullet as Word shows it ("1)", "a.", "•"; see ``docx_numbering``).
- A table row becomes one line with the cells joined by " | " (the text of one cell is joined
  with spaces), so a row reads as a unit and a speaker label in the first column stays at the
  start of the line. Empty rows are dropped. Merged cells appear once.
- Symbols picked from a symbol font (``w:sym``, or text in a run set in Symbol/Wingdings)
  are mapped to Unicode ("→", "≤", "α"; see ``symbols``); an unknown one becomes U+FFFD.
- Footnotes and endnotes: a marker "[1]" where the reference stood, and the note's text in
  the notes section after the main text ("[1] ..."); one numbering for both, in the order of
  the references, so every marker is unique. Comments likewise ("[c1] Author: ...") when the
  import asks for them; otherwise they are left out and counted.
- Left out and counted: headers, footers, comments (unless asked for) and hidden text
  (``w:vanish``, which Word does not show or print). Not imported: text boxes (they would
  also appear twice, in ``mc:Choice`` and ``mc:Fallback``).
- Old .doc files and password-protected .docx files are OLE containers, not ZIPs; they get
  their own message because "damaged" would be wrong advice.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

import docx
from docx.oxml.ns import qn

from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed
from qdacoder.importers.archive import open_zip, parse_xml
from qdacoder.importers.cleanup import clean_text, finish
from qdacoder.importers.docx_numbering import Numbering
from qdacoder.importers.model import (
    COMMENTS, FOOTERS, HEADERS, HIDDEN, Extracted, LeftOut, ReadOptions,
)
from qdacoder.importers.symbols import UNKNOWN, symbol_char, symbol_text

NOT_DOCX = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: this is not a valid Word document (the file is damaged or is not a .docx).",
)
OLE_DOCUMENT = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: this is an old Word document (.doc) or a password-protected document. "
    "Open it in Word, remove any password and save it as .docx.",
)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_P, _TBL, _TR, _TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
_SDT, _SDT_CONTENT, _CUSTOM_XML = qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")
_INLINE_TEXT = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:ptab"): "\t", qn("w:br"): "\n",
                qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}
_SKIPPED = {qn("w:pPr"), qn("w:rPr"), qn("w:sdtPr"), qn("w:del"), qn("w:moveFrom"),
            qn("w:txbxContent"),
            "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}
_R, _T, _SYM, _ID = qn("w:r"), qn("w:t"), qn("w:sym"), qn("w:id")
_NOTE_REFERENCES = {qn("w:footnoteReference"): "footnote", qn("w:endnoteReference"): "endnote"}
_COMMENT_REFERENCE = qn("w:commentReference")
_RELATED = {"footnotes", "endnotes", "comments", "numbering", "styles", "header", "footer"}


def read_docx(data: bytes, file: str, options: ReadOptions = ReadOptions()) -> Extracted:
    """The text of a .docx file (see the module docstring for what is included)."""
    if data.startswith(_OLE_MAGIC):
        raise ImportFailed(OLE_DOCUMENT, file=file)
    open_zip(data, file, NOT_DOCX).close()
    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        related = _related_parts(document.part)
    except Exception:  # noqa: BLE001 - python-docx raises many kinds for broken packages
        raise ImportFailed(NOT_DOCX, file=file) from None
    parts = {kind: [parse_xml(blob, file, NOT_DOCX) for blob in blobs]
             for kind, blobs in related.items()}
    reader = _Reader(parts, options)
    text = finish("\n".join(reader.blocks(body)), file)
    notes = reader.note_lines()
    left_out = [_left_out(HEADERS, parts.get("header", [])),
                _left_out(FOOTERS, parts.get("footer", [])),
                LeftOut(HIDDEN, reader.hidden_runs, reader.hidden_characters)]
    if not options.comments:
        comments = [_plain_text(c) for c in reader.comments.values()]
        left_out.insert(2, LeftOut(COMMENTS, len(comments), sum(map(len, comments))))
    return Extracted(text, notes=tuple(notes),
                     left_out=tuple(item for item in left_out if item.items),
                     unknown_symbols=reader.unknown_symbols)


def _related_parts(part) -> dict[str, list[bytes]]:
    """The XML of the parts the main document refers to, by kind ("header", "footnotes"...);
    a document can have several headers and footers (first page, even pages, sections)."""
    found: dict[str, list[bytes]] = {}
    for relationship in part.rels.values():
        if relationship.is_external:
            continue
        kind = relationship.reltype.rsplit("/", 1)[-1]
        if kind in _RELATED:
            found.setdefault(kind, []).append(relationship.target_part.blob)
    return found


def _left_out(what: str, roots: list) -> LeftOut:
    """Headers or footers with text; the same text in several parts counts once (a document
    with sections repeats its header in each)."""
    texts = {_plain_text(root) for root in roots} - {""}
    return LeftOut(what, len(texts), sum(map(len, texts)))


def _plain_text(element) -> str:
    """The visible words of a header, footer or comment, for counting."""
    return " ".join("".join(_t_text(t) for t in element.iter(qn("w:t"))).split())


def _t_text(t) -> str:
    """The text of a ``w:t``. An entity the hardened parser does not resolve (``&naam;`` from
    a DTD) stays an element inside it, and the text after it is that element's tail: without
    the tails everything after the entity would be lost."""
    return (t.text or "") + "".join(child.tail or "" for child in t)


@dataclass
class _Note:
    marker: str
    element: object
    author: str = ""


class _Reader:
    """Walks the body once, in document order, keeping the state that spans paragraphs: list
    counters, note markers and what was left out."""

    def __init__(self, parts: dict[str, list], options: ReadOptions) -> None:
        first = {kind: roots[0] for kind, roots in parts.items() if roots}
        self.options = options
        self.numbering = Numbering(first.get("numbering"), first.get("styles"))
        self.sources = {kind: _by_id(first.get(kind + "s"), kind) for kind in ("footnote", "endnote")}
        self.comments = _by_id(first.get("comments"), "comment")
        self.notes: list[_Note] = []
        self.comment_notes: list[_Note] = []
        self.hidden_runs = self.hidden_characters = self.unknown_symbols = 0

    # -- blocks ------------------------------------------------------------------------------
    def blocks(self, container) -> Iterator[str]:
        """One string per paragraph or table row, in document order."""
        for child in container.iterchildren():
            if child.tag == _P:
                yield self.paragraph(child)
            elif child.tag == _TBL:
                yield from self.table_rows(child)
            elif child.tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    yield from self.blocks(content)
            elif child.tag == _CUSTOM_XML:
                yield from self.blocks(child)

    def table_rows(self, table) -> Iterator[str]:
        for row in _children(table, _TR):
            cells = [" ".join(" ".join(self.blocks(cell)).split()) for cell in _children(row, _TC)]
            if any(cells):
                yield " | ".join(cells)

    def paragraph(self, paragraph) -> str:
        label = self.numbering.label(paragraph)
        parts: list[str] = []
        self.collect(paragraph, parts)
        text = "".join(parts)
        return label + text if text.strip() else text

    # -- inline ------------------------------------------------------------------------------
    def collect(self, element, parts: list[str], font: str | None = None) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED:  # comments, PIs
                continue
            if tag == _R:
                self.run(child, parts)
            elif tag in _INLINE_TEXT:
                text = _INLINE_TEXT[tag] or _t_text(child)
                if font and tag == _T:
                    mapped = symbol_text(font, text)
                    self.unknown_symbols += mapped.count(UNKNOWN) - text.count(UNKNOWN)
                    text = mapped
                parts.append(text)
            elif tag == _SYM:
                parts.append(self.symbol(child))
            elif tag in _NOTE_REFERENCES:
                parts.append(self.note_marker(_NOTE_REFERENCES[tag], child.get(_ID)))
            elif tag == _COMMENT_REFERENCE:
                parts.append(self.comment_marker(child.get(_ID)))
            else:
                self.collect(child, parts, font)

    def run(self, run, parts: list[str]) -> None:
        properties = run.find(qn("w:rPr"))
        font = None
        if properties is not None:
            if _is_on(properties.find(qn("w:vanish"))):
                text = _plain_text(run)
                if text:
                    self.hidden_runs += 1
                    self.hidden_characters += len(text)
                return
            fonts = properties.find(qn("w:rFonts"))
            if fonts is not None:
                font = fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi"))
        self.collect(run, parts, font)

    def symbol(self, element) -> str:
        try:
            code = int(element.get(qn("w:char")) or "", 16)
        except ValueError:
            code = -1
        char = symbol_char(element.get(qn("w:font")), code) if code >= 0 else UNKNOWN
        self.unknown_symbols += char == UNKNOWN
        return char

    # -- notes and comments ------------------------------------------------------------------
    def note_marker(self, kind: str, note_id: str | None) -> str:
        element = self.sources[kind].get(note_id)
        if element is None:
            return ""
        marker = f"[{len(self.notes) + 1}]"
        self.notes.append(_Note(marker, element))
        return marker

    def comment_marker(self, comment_id: str | None) -> str:
        element = self.comments.get(comment_id)
        if element is None or not self.options.comments:
            return ""
        marker = f"[c{len(self.comment_notes) + 1}]"
        author = element.get(qn("w:author")) or ""
        self.comment_notes.append(_Note(marker, element, author))
        return marker

    def note_lines(self) -> list[str]:
        """The notes section: footnotes and endnotes, then comments, one line each ("[1] ...",
        a note's paragraphs joined by spaces)."""
        lines = []
        for note in self.notes + self.comment_notes:
            text = " ".join(clean_text("\n".join(self.blocks(note.element))).split())
            author = f"{note.author}: " if note.author else ""
            lines.append(f"{note.marker} {author}{text}".rstrip())
        return lines


def _by_id(root, kind: str) -> dict[str, object]:
    """The notes (or comments) of a part by id; separator "notes" are Word's own lines."""
    if root is None:
        return {}
    return {element.get(_ID): element for element in root.iterchildren(qn(f"w:{kind}"))
            if element.get(qn("w:type")) in (None, "normal")}


def _is_on(toggle) -> bool:
    return toggle is not None and toggle.get(qn("w:val"), "true") not in ("0", "false", "off")


def _children(parent, tag: str) -> Iterator:
    """Direct children with ``tag``, also when wrapped in content controls."""
    for child in parent.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag == _SDT and child.find(_SDT_CONTENT) is not None:
            yield from _children(child.find(_SDT_CONTENT), tag)
        elif child.tag == _CUSTOM_XML:
            yield from _children(child, tag)
