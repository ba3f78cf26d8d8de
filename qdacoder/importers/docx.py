"""Word documents (.docx).

Design rules (why):
- The archive is checked first (``archive.open_zip``: ZIP bomb and path guard), then
  python-docx opens the package and finds the main document part.
- The body is walked on the XML level in document order instead of using ``Paragraph.text``:
  that property skips text inside tracked insertions (``w:ins``), content controls
  (``w:sdt``) and smart tags, which Word shows as ordinary text. Deleted and moved-away
  text (``w:del``, ``w:moveFrom``) is left out, as Word shows it after accepting changes.
- Every paragraph (headings included) becomes one line; empty paragraphs become blank lines.
  Tabs stay tabs, line and page breaks become newlines.
- A table row becomes one line with the cells joined by " | " (the text of one cell is joined
  with spaces), so a row reads as a unit and a speaker label in the first column stays at the
  start of the line. Empty rows are dropped. Merged cells appear once.
- Not imported: headers, footers, footnotes, comments and text boxes (they are not part of the
  running text a researcher codes; text boxes would also appear twice, in ``mc:Choice`` and
  ``mc:Fallback``).
- Old .doc files and password-protected .docx files are OLE containers, not ZIPs; they get
  their own message because "damaged" would be wrong advice.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import docx
from docx.oxml.ns import qn

from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed
from qdacoder.importers.archive import open_zip
from qdacoder.importers.cleanup import finish

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


def read_docx(data: bytes, file: str) -> str:
    """The text of a .docx file (see the module docstring for what is included)."""
    if data.startswith(_OLE_MAGIC):
        raise ImportFailed(OLE_DOCUMENT, file=file)
    open_zip(data, file, NOT_DOCX).close()
    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
    except Exception:  # noqa: BLE001 - python-docx raises many kinds for broken packages
        raise ImportFailed(NOT_DOCX, file=file) from None
    return finish("\n".join(_blocks(body)), file)


def _blocks(container) -> Iterator[str]:
    """One string per paragraph or table row, in document order."""
    for child in container.iterchildren():
        if child.tag == _P:
            yield _paragraph_text(child)
        elif child.tag == _TBL:
            yield from _table_rows(child)
        elif child.tag == _SDT:
            yield from _blocks_of(child.find(_SDT_CONTENT))
        elif child.tag == _CUSTOM_XML:
            yield from _blocks(child)


def _blocks_of(element) -> Iterator[str]:
    return _blocks(element) if element is not None else iter(())


def _table_rows(table) -> Iterator[str]:
    for row in _children(table, _TR):
        cells = [" ".join(" ".join(_blocks(cell)).split()) for cell in _children(row, _TC)]
        if any(cells):
            yield " | ".join(cells)


def _children(parent, tag: str) -> Iterator:
    """Direct children with ``tag``, also when wrapped in content controls."""
    for child in parent.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag == _SDT and child.find(_SDT_CONTENT) is not None:
            yield from _children(child.find(_SDT_CONTENT), tag)
        elif child.tag == _CUSTOM_XML:
            yield from _children(child, tag)


def _paragraph_text(paragraph) -> str:
    parts: list[str] = []
    _collect(paragraph, parts)
    return "".join(parts)


def _collect(element, parts: list[str]) -> None:
    for child in element.iterchildren():
        if not isinstance(child.tag, str) or child.tag in _SKIPPED:  # comments, PIs
            continue
        if child.tag in _INLINE_TEXT:
            parts.append(_INLINE_TEXT[child.tag] or child.text or "")
        else:
            _collect(child, parts)
