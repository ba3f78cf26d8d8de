"""The codebook as a Word document (.docx), for the appendix of a report. Export only.

Design rules (why):
- Built from Word's own styles (Title, Heading 1-4, Normal) so it takes on the report's look
  when pasted into it, and Word's navigation pane shows the tree.
- Layout: the codebook's name as Title (``title_fallback`` when it has none), its
  description, then every code as a heading of level depth + 1 (deepest level 4, as Word's
  table of contents shows four levels), numbered like "1.2.3" so deeper codes stay clear
  when the heading level stops growing. Under each heading, only what is filled in: the
  definition (description); "Inclusion criteria: ...", "Exclusion criteria: ...",
  "Example: ..." (label bold, example text italic); a note for categories; the default
  valence.
- Every text the document adds comes from ``labels``: the window passes the translations of
  ``DEFAULT_LABELS`` (the English originals, marked for Qt Linguist), so a Dutch researcher
  gets a Dutch appendix. This module does not translate; it cannot (no Qt here).
- Blank lines in a text start new paragraphs; single line breaks stay line breaks.
"""

from __future__ import annotations

import io

import docx
from docx.text.paragraph import Paragraph

from qdacoder.core.codebook import HINDERING, PROMOTING, Codebook, CodebookEntry
from qdacoder.core.errors import QT_TRANSLATE_NOOP
from qdacoder.exchange.validate import xml_safe

DEFAULT_LABELS: dict[str, str] = {
    "title_fallback": QT_TRANSLATE_NOOP("qdacoder", "Codebook"),
    "inclusion": QT_TRANSLATE_NOOP("qdacoder", "Inclusion criteria"),
    "exclusion": QT_TRANSLATE_NOOP("qdacoder", "Exclusion criteria"),
    "example": QT_TRANSLATE_NOOP("qdacoder", "Example"),
    "category": QT_TRANSLATE_NOOP("qdacoder", "Category (groups codes; not applied itself)"),
    "valence": QT_TRANSLATE_NOOP("qdacoder", "Default valence"),
    "promoting": QT_TRANSLATE_NOOP("qdacoder", "promoting"),
    "hindering": QT_TRANSLATE_NOOP("qdacoder", "hindering"),
}
MAX_HEADING_LEVEL = 4


def write_docx(codebook: Codebook, labels: dict[str, str] | None = None) -> bytes:
    texts = merged_labels(labels)
    document = docx.Document()
    title = codebook.name or texts["title_fallback"]
    document.core_properties.title = xml_safe(title)
    document.add_heading(xml_safe(title), level=0)
    for paragraph in _paragraphs(codebook.description):
        document.add_paragraph(paragraph)

    def add(entries: list[CodebookEntry], depth: int, prefix: str) -> None:
        for number, entry in enumerate(entries, start=1):
            numbering = f"{prefix}{number}"
            document.add_heading(f"{numbering} {xml_safe(entry.name)}",
                                 level=min(depth + 1, MAX_HEADING_LEVEL))
            for paragraph in _paragraphs(entry.description):
                document.add_paragraph(paragraph)
            _labelled(document, texts["inclusion"], entry.inclusion)
            _labelled(document, texts["exclusion"], entry.exclusion)
            _labelled(document, texts["example"], entry.example, italic=True)
            if not entry.is_codable:
                document.add_paragraph().add_run(texts["category"]).italic = True
            if entry.default_valence:
                valence = {PROMOTING: texts["promoting"], HINDERING: texts["hindering"]}.get(
                    entry.default_valence, entry.default_valence)
                _labelled(document, texts["valence"], valence)
            add(entry.children, depth + 1, numbering + ".")

    add(codebook.codes, 0, "")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def merged_labels(labels: dict[str, str] | None) -> dict[str, str]:
    """``DEFAULT_LABELS`` with the given ones over them; an unknown key is a programming
    error (a misspelt key would silently leave an English label in a Dutch document)."""
    unknown = set(labels or {}) - set(DEFAULT_LABELS)
    if unknown:
        raise ValueError(f"unknown labels: {sorted(unknown)}; known: {sorted(DEFAULT_LABELS)}")
    return {**DEFAULT_LABELS, **(labels or {})}


def _paragraphs(text: str) -> list[str]:
    """``text`` split at blank lines, without empty paragraphs."""
    parts = xml_safe(text).replace("\r\n", "\n").split("\n\n")
    return [part.strip("\n") for part in parts if part.strip()]


def _labelled(document, label: str, text: str, *, italic: bool = False) -> Paragraph | None:
    """"Label: text" with the label bold; blank lines in ``text`` become more paragraphs."""
    parts = _paragraphs(text)
    if not parts:
        return None
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{label}: ").bold = True
    paragraph.add_run(parts[0]).italic = italic or None
    for part in parts[1:]:
        document.add_paragraph().add_run(part).italic = italic or None
    return paragraph
