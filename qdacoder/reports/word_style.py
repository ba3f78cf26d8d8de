"""The page, the styles and the tables of every Word file qdacoder writes.

Design rules (why):
- One template: ``resources/word/qdacoder.docx`` (built by ``resources/word/build_template.py``):
  A4, 2.5 cm margins, the styles of a Dutch research report. ``new_document`` starts every
  report and table from it, or from the user's own template (the institute's house style,
  .docx or .dotx), taking from ours only the styles that template lacks, so a house style
  never breaks a report and the report never overrides the house style.
- Tables a reader can read (``add_table``): the code column wide with names indented by
  level, figure columns narrow and right-aligned, widths fitted to the text width; a table too
  wide for a portrait page gets a landscape section, and one too wide even then is split into
  column groups with the code column repeated. Header rows repeat on every page; a row never
  breaks across pages. Word reads the cell widths, LibreOffice the grid: both are written.
- Captions are SEQ fields whose number is already filled in, so Word and LibreOffice show
  "Tabel 1" before any field update, and Word's list of tables finds them.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from numbers import Number
from pathlib import Path
from typing import Any

from ..core.errors import QT_TRANSLATE_NOOP, ValidationError
from ..exchange.validate import xml_safe
from ..resources import resources_dir

# "Table {number}" rather than "Table": the label of a caption, apart from a column called "Figure"
TABLE_LABEL = QT_TRANSLATE_NOOP("qdacoder", "Table {number}")
FIGURE_LABEL = QT_TRANSLATE_NOOP("qdacoder", "Figure {number}")
CONTINUED = QT_TRANSLATE_NOOP("qdacoder", "{title} (continued, columns {first}–{last})")
BAD_TEMPLATE = QT_TRANSLATE_NOOP("qdacoder", "{file}: this is not a Word template qdacoder can use ({reason}).")

CM = 360000  # EMU per cm
INDENT_CM = 0.4  # per level of the code tree
NUMBER = re.compile(r"^[-+]?\d[\d.,]*%?$")


_user_template: str | None = None  # the user's own template (a user setting of the window)


def set_user_template(path: str | Path | None) -> None:
    """Use ``path`` for every Word file written from now on in this process (None: ours)."""
    global _user_template
    _user_template = str(path) if path else None


def template_path() -> Path:
    return resources_dir() / "word" / "qdacoder.docx"


def new_document(template: str | Path | None = None) -> Any:
    """A new, empty Word document with our page and styles, or with the styles of
    ``template`` (a .docx or .dotx), completed with ours where it lacks one."""
    import docx

    ours = docx.Document(str(template_path()))
    template = template or _user_template
    if not template:
        return ours
    path = Path(template)
    try:
        data = path.read_bytes()
        if path.suffix.lower() in (".dotx", ".dotm"):
            data = _as_document(data)
        theirs = docx.Document(io.BytesIO(data))
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as error:
        raise ValidationError(BAD_TEMPLATE, file=path.name, reason=str(error) or type(error).__name__) from None
    body = theirs.element.body
    for child in list(body):  # their text goes, their page setup (the last sectPr) stays
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    have = {style.style_id for style in theirs.styles} | {style.name for style in theirs.styles}
    for style in ours.styles:
        if style.style_id not in have and style.name not in have:
            theirs.styles.element.append(copy.deepcopy(style.element))
    return theirs


def _as_document(data: bytes) -> bytes:
    """A .dotx with the content type of a .docx, which is all python-docx asks."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = re.sub(rb"wordprocessingml\.template(\.macroEnabled)?\.main\+xml",
                                 b"wordprocessingml.document.main+xml", content)
            target.writestr(item, content)
    return out.getvalue()


def style_or(document: Any, name: str, fallback: str = "Normal") -> str:
    names = {style.name for style in document.styles}
    return name if name in names else fallback


# --- captions ---------------------------------------------------------------------------------
def _field_runs(paragraph: Any, instruction: str, result: str) -> None:
    """A complex field (begin, instruction, separate, result, end) with its result filled in."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind: str) -> None:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(element)

    char("begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    paragraph.add_run()._r.append(text)
    char("separate")
    paragraph.add_run(result)
    char("end")


def add_caption(document: Any, label: str, number: int, title: str) -> Any:
    """"Tabel 1. Codefrequenties": the label, a SEQ field showing ``number``, the title."""
    label = label.replace("{number}", "").strip()
    paragraph = document.add_paragraph(style=style_or(document, "Caption"))
    paragraph.add_run(xml_safe(label) + " ")
    _field_runs(paragraph, f"SEQ {label} \\* ARABIC", str(number))
    paragraph.add_run(". " + xml_safe(title))
    return paragraph


def add_list_of_captions(anchor: Any, label: str, entries: Sequence[str]) -> None:
    """Before paragraph ``anchor``: Word's list of the captions with ``label`` (a TOC \\c
    field), its result filled in with ``entries`` so it reads right before an update."""
    if not entries:
        return
    label = label.replace("{number}", "").strip()
    style = style_or(anchor.part.document, "Normal")
    first = anchor.insert_paragraph_before(style=style)
    _begin = first
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(paragraph: Any, kind: str) -> None:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(element)

    char(_begin, "begin")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = f' TOC \\h \\z \\c "{label}" '
    _begin.add_run()._r.append(instruction)
    char(_begin, "separate")
    _begin.add_run(xml_safe(entries[0]))
    last = _begin
    for entry in entries[1:]:
        last = anchor.insert_paragraph_before(xml_safe(entry), style=style)
    char(last, "end")


# --- tables -----------------------------------------------------------------------------------
@dataclass
class Layout:
    """How a table is set: the width of each column (cm), landscape or not, and the column
    groups (indices of the figure columns shown beside the code column in each part)."""
    widths: list[float]
    landscape: bool
    groups: list[list[int]] = field(default_factory=list)


def is_figure(value: Any) -> bool:
    return isinstance(value, Number) or (isinstance(value, str) and bool(NUMBER.match(value.strip())))


def _figure_columns(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[bool]:
    """A column holds figures when most of its filled cells are numbers ("not known" and the
    like may stand between them)."""
    result = []
    for index in range(len(headers)):
        values = [row[index] for row in rows if index < len(row) and row[index] not in (None, "")]
        result.append(index > 0 and bool(values) and sum(map(is_figure, values)) * 2 >= len(values))
    return result


def _text_width(text: str, size_cm: float = 0.19) -> float:
    return len(text) * size_cm


def plan(headers: Sequence[str], rows: Sequence[Sequence[Any]], levels: Sequence[int], portrait: float,
         landscape: float) -> Layout:
    """The column widths for a text width of ``portrait`` cm (``landscape`` cm turned)."""
    figures = _figure_columns(headers, rows)
    widths = []
    for index, header in enumerate(headers):
        values = [str(row[index]) for row in rows if index < len(row) and row[index] is not None]
        if figures[index]:
            longest_word = max((len(w) for w in str(header).split()), default=1)
            widths.append(min(max(0.19 * max([len(v) for v in values] + [0]) + 0.3, 0.2 * longest_word + 0.5,
                                  1.1), 3.0))
        elif index == 0:
            deepest = max([_text_width(v) + INDENT_CM * level for v, level in zip(values, levels)] + [3.0])
            widths.append(min(deepest + 0.3, 6.0))
        else:
            widths.append(min(max([_text_width(v) for v in values] + [2.5]) + 0.3, 6.0))
    needed = sum(widths)
    for room, turned in ((portrait, False), (landscape, True)):
        if needed <= room:
            # the first column takes what the figures leave, within reason
            extra = room - needed
            texts = [i for i in range(1, len(widths)) if not figures[i]]
            grow = min(extra, max(9.0 - widths[0], 0.0)) if not texts else min(extra / 2, 3.0)
            widths[0] += grow
            extra -= grow
            for i in texts:
                widths[i] += extra / len(texts)
            return Layout(widths, turned, [list(range(1, len(widths)))])
    if needed * 0.85 <= landscape:  # a little too wide: everything a little narrower, the code column first
        over = needed - landscape
        first = max(widths[0] - over, 4.0)
        rest = (landscape - first) / (needed - widths[0])
        return Layout([first] + [w * rest for w in widths[1:]], True, [list(range(1, len(widths)))])
    # too wide even turned: column groups beside a repeated first column
    first = min(widths[0], landscape * 0.35)
    groups, current, used = [], [], first
    for index in range(1, len(widths)):
        if current and used + widths[index] > landscape:
            groups.append(current)
            current, used = [], first
        current.append(index)
        used += widths[index]
    groups.append(current)
    return Layout([first] + widths[1:], True, groups)


def _names_by_level(cells: list[list[Any]], levels: Sequence[int]) -> list[list[Any]]:
    """A code path in the first column shown as the code's name, its parent's path taken off
    (the indentation says where it belongs): the parent is the row above at one level less."""
    above: dict[int, str] = {}
    for row, level in zip(cells, levels):
        if not row or not isinstance(row[0], str):
            continue
        path = row[0]
        above[level] = path
        parent = above.get(level - 1) if level else None
        if parent and path.startswith(parent + "/"):
            row[0] = path[len(parent) + 1:]
    return cells


def _text_room(section: Any) -> float:
    return (section.page_width - section.left_margin - section.right_margin) / CM


def _turn(document: Any, landscape: bool) -> None:
    """Start a new section in the asked orientation (when it differs from the current one)."""
    from docx.enum.section import WD_ORIENT, WD_SECTION

    current = document.sections[-1]
    is_landscape = current.page_width > current.page_height
    if is_landscape == landscape:
        return
    if _only_headings(document):  # nothing but a title on this page yet: turn the page itself
        section = current
    else:
        section = document.add_section(WD_SECTION.NEW_PAGE)
    width, height = section.page_width, section.page_height
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = height, width
    if landscape:
        section.left_margin, section.right_margin, section.top_margin, section.bottom_margin = (
            current.top_margin, current.bottom_margin, current.left_margin, current.right_margin)
    else:
        section.left_margin, section.right_margin, section.top_margin, section.bottom_margin = (
            current.top_margin, current.bottom_margin, current.right_margin, current.left_margin)


def _only_headings(document: Any) -> bool:
    """The current section holds no more than headings and empty paragraphs."""
    body = list(document.element.body)
    since = [child for child in body[:-1]]
    for index in range(len(since) - 1, -1, -1):
        if since[index].xpath("./w:pPr/w:sectPr"):
            since = since[index + 1:]
            break
    for child in since:
        if not child.tag.endswith("}p"):
            return False
        style = child.xpath("string(./w:pPr/w:pStyle/@w:val)")
        if child.xpath("string(.)").strip() and not style.startswith(("Heading", "Title")):
            return False
    return True


def _row_properties(row: Any, header: bool) -> None:
    from docx.oxml import OxmlElement

    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))
    if header:
        properties.append(OxmlElement("w:tblHeader"))


@dataclass
class WrittenTable:
    """What ``add_table`` wrote: the Word tables (one per column group), each with the
    indices of the source columns it shows; the caption paragraph(s)."""
    parts: list[tuple[Any, list[int]]]
    captions: list[Any]


def add_table(document: Any, headers: Sequence[str], rows: Sequence[tuple[Sequence[Any], int]], *,
              caption: tuple[str, int, str] | None = None, notes: Sequence[str] = (),
              continued: str = CONTINUED, translate=lambda text: text) -> WrittenTable:
    """A readable table (see the module's rules), with ``caption`` (label, number, title) above
    it and the ``notes`` under it, turned to landscape and back when it needs to."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    levels = [level for _, level in rows]
    cells = _names_by_level([list(values) for values, _ in rows], levels)
    portrait_section = document.sections[-1]
    room = _text_room(portrait_section)
    turned_room = (portrait_section.page_height - portrait_section.top_margin
                   - portrait_section.bottom_margin) / CM
    if portrait_section.page_width > portrait_section.page_height:
        room, turned_room = turned_room, room
    layout = plan(headers, cells, levels, min(room, turned_room), max(room, turned_room))
    _turn(document, layout.landscape)
    figures = _figure_columns(headers, cells)
    text_style = style_or(document, "Table Text")
    written = WrittenTable([], [])
    for number, group in enumerate(layout.groups):
        columns = [0] + group
        if caption:
            label, figure_number, title = caption
            label = label.replace("{number}", "").strip()
            if number:
                title = translate(continued).format(title=title, first=group[0] + 1, last=group[-1] + 1)
                paragraph = document.add_paragraph(xml_safe(f"{label} {figure_number}. {title}"),
                                                   style=style_or(document, "Caption"))
            else:
                paragraph = add_caption(document, label, figure_number, title)
            written.captions.append(paragraph)
        table = document.add_table(rows=1, cols=len(columns))
        if "Table Grid" in {style.name for style in document.styles}:
            table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        for position, index in enumerate(columns):
            table.columns[position].width = Cm(layout.widths[index])
        header_cells = table.rows[0].cells
        for position, index in enumerate(columns):
            paragraph = header_cells[position].paragraphs[0]
            paragraph.style = text_style
            run = paragraph.add_run(xml_safe(str(headers[index])))
            run.bold = True
            if figures[index]:  # a narrow column: the header a point smaller, so its words stay whole
                from docx.shared import Pt
                run.font.size = Pt(8)
            if figures[index]:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _row_properties(table.rows[0], header=True)
        for values, level in zip(cells, levels):
            row = table.add_row()
            for position, index in enumerate(columns):
                value = values[index] if index < len(values) else None
                paragraph = row.cells[position].paragraphs[0]
                paragraph.style = text_style
                paragraph.add_run("" if value is None else xml_safe(str(value)))
                if figures[index] and (value is None or is_figure(value) or isinstance(value, str)):
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if position == 0 and level:
                    paragraph.paragraph_format.left_indent = Cm(INDENT_CM * level)
            _row_properties(row, header=False)
        for row in table.rows:
            for position, index in enumerate(columns):
                row.cells[position].width = Cm(layout.widths[index])
        written.parts.append((table, columns))
    note_style = style_or(document, "Table Note")
    for note in notes:
        if note:
            document.add_paragraph(xml_safe(note), style=note_style)
    if layout.landscape:
        _turn(document, False)
    return written


__all__ = ["FIGURE_LABEL", "TABLE_LABEL", "add_caption", "add_list_of_captions", "add_table", "new_document",
           "plan", "template_path"]
