"""The last moment before a report, table or chart is written: every text in it passes the
project's name filter (``core.names``).

Design rules (why):
- Writers build their Word document, workbook or figure from the project's own names (so look-ups
  work), then hand it to one of these functions to become bytes. Here, and only here, the names
  are replaced, so no writer can forget a title, a tick label, a sheet name or a document property.
- Word and Excel files are checked twice: the objects before saving (a name split over two runs
  of a paragraph, a sheet title that must stay 31 characters), then every text node and
  attribute of every XML part in the saved file (document properties, comment authors, shared
  strings...).
- Charts: every text of the figure, tick labels included, is replaced before drawing; SVG keeps
  its texts as text, so the leak test can read them.
- ``tests/reports/test_outfiles.py`` checks that no other module of ``reports/`` saves a file
  itself, and ``tests/test_names_leak.py`` runs every export and scans every file it writes.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from lxml import etree

from ..core.names import NameFilter

XML_SUFFIXES = (".xml", ".rels", ".vml")
SHEET_TITLE = str.maketrans({"[": "(", "]": ")", ":": "-", "*": "-", "?": "-", "/": "-", "\\": "-"})


# --- Word and Excel ------------------------------------------------------------------------------
def docx_bytes(document: Any, names: NameFilter) -> bytes:
    """The Word document as bytes, every listed name replaced."""
    if names:
        for paragraph in _paragraphs(document):
            _scrub_paragraph(paragraph, names)
    buffer = io.BytesIO()
    document.save(buffer)
    return _scrub_package(buffer.getvalue(), names)


def xlsx_bytes(workbook: Any, names: NameFilter) -> bytes:
    """The workbook as bytes, every listed name replaced (sheet titles kept valid)."""
    if names:
        taken: set[str] = set()
        for sheet in workbook.worksheets:
            # Excel allows no [ ] : * ? / \ in a sheet's name, and placeholders come in brackets
            title = names(sheet.title).translate(SHEET_TITLE)[:31]
            while title.casefold() in taken:  # Excel refuses two sheets of one name
                title = f"{title[:28]}~{len(taken)}"
            taken.add(title.casefold())
            if title != sheet.title:
                sheet.title = title
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _scrub_package(buffer.getvalue(), names)


def _paragraphs(document: Any):
    """Every paragraph: body, tables (nested too), headers and footers."""
    def of(container):
        yield from container.paragraphs
        for table in getattr(container, "tables", []):
            for row in table.rows:
                for cell in row.cells:
                    yield from of(cell)

    yield from of(document)
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer,
                     section.even_page_header, section.even_page_footer):
            if not part.is_linked_to_previous:
                yield from of(part)


def _scrub_paragraph(paragraph: Any, names: NameFilter) -> None:
    runs = paragraph.runs
    for run in runs:
        if names.names_in(run.text):
            run.text = names(run.text)
    if runs and names.names_in(paragraph.text):
        # a name split over runs ("Jay" + "den", differently formatted): the paragraph's text
        # goes into its first run, replaced; losing the formatting beats leaking the name
        whole = names("".join(run.text for run in runs))
        runs[0].text = whole
        for run in runs[1:]:
            run.text = ""


def _scrub_package(data: bytes, names: NameFilter) -> bytes:
    """Every text node and attribute of every XML part of an Office file, names replaced."""
    if not names:
        return data
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename.lower().endswith(XML_SUFFIXES):
                content = _scrub_xml(content, names)
            target.writestr(info, content)
    return out.getvalue()


def _scrub_xml(content: bytes, names: NameFilter) -> bytes:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
    root = etree.fromstring(content, parser)
    changed = False
    for element in root.iter():
        for attribute in ("text", "tail"):
            value = getattr(element, attribute)
            if value and names.names_in(value):
                setattr(element, attribute, names(value))
                changed = True
        for key, value in element.attrib.items():
            if names.names_in(value):
                element.set(key, names(value))
                changed = True
    if not changed:
        return content
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# --- charts ---------------------------------------------------------------------------------------
def figure_bytes(figure: Any, file_format: str, names: NameFilter, **savefig: Any) -> bytes:
    """The figure as PNG or SVG bytes, every text in it (titles, labels, tick labels, legends,
    annotations) with the listed names replaced."""
    if names:
        scrub_figure(figure, names)
    buffer = io.BytesIO()
    figure.savefig(buffer, format=file_format, **savefig)
    data = buffer.getvalue()
    if file_format == "svg" and names:
        data = names(data.decode("utf-8")).encode("utf-8")  # SVG metadata (the title) included
    return data


def scrub_figure(figure: Any, names: NameFilter) -> None:
    """Replace the listed names in every text of ``figure``, in place."""
    from matplotlib.text import Text

    figure.canvas.draw()  # tick labels exist only once drawn
    for axes in figure.get_axes():
        for axis in (axes.xaxis, axes.yaxis):
            labels = [label.get_text() for label in axis.get_ticklabels()]
            if any(names.names_in(label) for label in labels):
                # tick labels are made anew from the formatter at every draw: fix them for good
                axis.set_ticks(axis.get_ticklocs(), [names(label) for label in labels])
    for text in figure.findobj(Text):
        if names.names_in(text.get_text()):
            text.set_text(names(text.get_text()))


# --- plain text -----------------------------------------------------------------------------------
def text_bytes(text: str, names: NameFilter, encoding: str = "utf-8") -> bytes:
    """HTML or another text file as bytes, names replaced."""
    return names(text).encode(encoding)


def rows_scrubbed(rows: list[list[Any]], names: NameFilter) -> list[list[Any]]:
    """CSV rows with every text cell's names replaced (numbers stay numbers)."""
    return [[names(value) if isinstance(value, str) else value for value in row] for row in rows]
