"""The coded document for the team meeting: one document (or every document of a case, a
section each) in Word, every coding a comment in the margin on its passage, the passage shaded
in its code's colour, as MAXQDA, NVivo and ATLAS.ti print a coded transcript.

Design rules (why):
- Which codings appear is the one filter of the analyses (``analysis.filters``): ``--coder``,
  ``--valence``, the consensus coder, a case... mean here what they mean in every count.
- Confidential codings' text is masked as in coder copies (``core.confidential.mask``, every
  confidential coding of the document, shown or not) and their memos stay home: a printout
  travels further than the project.
- Placeholders are applied to the whole text before it is cut into runs at the coding
  boundaries: a boundary inside a name moves to the edge of its placeholder, so no name is
  split over two runs (where the last-moment filter could only find it by merging the runs
  and losing the shading). The file still goes through ``outfiles.docx_bytes``, which replaces
  names in the comments, their authors and every other text.
- Shading is run shading (``w:shd``) in the code's colour, lightened so the words stay
  readable in print, not Word's 16 highlight colours; where codings overlap the innermost one
  (the latest start, then the shortest) gives the colour, and each coding has its own comment.
- Each line of the text (a speaker turn in a transcript) is a paragraph, the speaker's label in
  bold. Line numbers are Word's own (``w:lnNumType``), restarting in every section, so they
  follow the printed lines; headings and the table do not count.
"""

from __future__ import annotations

import datetime as dt
import os
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from ..analysis.filters import ALL, FINAL, NO_FILTERS, Filters, coders_reading, describe, where
from ..core.codes import code_paths
from ..core.confidential import mask
from ..core.documents import get_document, speaker_turns
from ..core.errors import QT_TRANSLATE_NOOP, ImportFailed, ValidationError
from ..core.names import NameFilter, name_filter
from ..core.project import Project
from ..exchange.tables import write_atomically
from ..exchange.validate import xml_safe
from .outfiles import docx_bytes

Translate = Callable[[str], str]

TITLE = QT_TRANSLATE_NOOP("qdacoder", "Coded document: {name}")
CASE_TITLE = QT_TRANSLATE_NOOP("qdacoder", "Coded documents of {case}")
CODE = QT_TRANSLATE_NOOP("qdacoder", "Code")
CODINGS = QT_TRANSLATE_NOOP("qdacoder", "Codings")
NOTE = QT_TRANSLATE_NOOP("qdacoder", "{n} coding(s) shown; filters: {filters}; written on {date}.")
NO_CODINGS = QT_TRANSLATE_NOOP("qdacoder", "No codings of this document pass the filters.")
PROMOTING = QT_TRANSLATE_NOOP("qdacoder", "promoting")
HINDERING = QT_TRANSLATE_NOOP("qdacoder", "hindering")
STARRED = QT_TRANSLATE_NOOP("qdacoder", "starred")
CONFIDENTIAL = QT_TRANSLATE_NOOP("qdacoder", "confidential: text masked, memo left out")
NOTHING_CHOSEN = QT_TRANSLATE_NOOP("qdacoder", "Choose the document(s) or the case to print.")
CASE_WITHOUT_DOCUMENTS = QT_TRANSLATE_NOOP("qdacoder", "The case “{case}” has no documents.")
LIGHTEN = 0.55  # the share of white mixed into a code's colour for the shading


class CodedDocumentFileError(ImportFailed):
    """The coded document cannot be written; ``params["file"]`` names it."""


@dataclass(frozen=True)
class Mark:
    """One coding as printed: its place in the printed text and what its comment says."""

    id: int
    start: int
    end: int
    code_path: str
    color: str  # "#rrggbb"
    coder: str
    valence: str | None
    starred: bool
    confidential: bool
    memo: str
    created_at: str = ""  # ISO 8601, as stored: the comment's date


@dataclass
class CodedText:
    """A document ready to print: text with names replaced and confidential passages masked,
    marks and speaker labels at positions into that text."""

    name: str
    text: str
    marks: list[Mark]
    labels: list[tuple[int, int]] = field(default_factory=list)  # speaker labels, printed bold

    def code_counts(self) -> list[tuple[str, str, int]]:
        """(code path, colour, codings) of the codes shown, in codebook path order."""
        counts: dict[str, list] = {}
        for mark in self.marks:
            counts.setdefault(mark.code_path, [mark.color, 0])[1] += 1
        return [(path, color, n) for path, (color, n) in sorted(counts.items(), key=lambda i: i[0].casefold())]


# --- what is printed ------------------------------------------------------------------------------
def case_documents(project: Project, case_id: int) -> list[int]:
    """The ids of the documents of a case (whole or in part), by name."""
    return [r["id"] for r in project.rows(
        "SELECT d.id FROM documents d WHERE d.id IN (SELECT document_id FROM case_ranges WHERE case_id = ?) "
        "ORDER BY d.name COLLATE NOCASE, d.id", [case_id])]


def coded_text(project: Project, document_id: int, filters: Filters = NO_FILTERS,
               names: NameFilter | None = None) -> CodedText:
    """Document ``document_id`` with the codings that pass ``filters``, ready to print."""
    names = names if names is not None else name_filter(project)
    document = get_document(project, document_id)
    original = project.rows("SELECT text FROM documents WHERE id = ?", [document_id])[0]["text"]
    condition, params = where(filters)
    rows = project.rows(
        'SELECT g.id, g.start, g."end", g.code_id, c.color, d.name AS coder, g.valence, g.memo, g.starred, '
        "g.confidential, g.created_at FROM codings g JOIN codes c ON c.id = g.code_id JOIN coders d ON d.id = g.coder_id "
        f'WHERE g.document_id = ? AND ({condition}) ORDER BY g.start, g."end" DESC, g.id', [document_id, *params])
    secret = [(r["start"], r["end"]) for r in project.rows(
        'SELECT start, "end" FROM codings WHERE document_id = ? AND confidential = 1', [document_id])]
    text, move = replace_names(mask(original, secret), names)
    paths = code_paths(project)
    marks = [Mark(r["id"], move(r["start"], False), move(r["end"], True), paths[r["code_id"]], r["color"],
                  r["coder"], r["valence"], bool(r["starred"]), bool(r["confidential"]),
                  "" if r["confidential"] else r["memo"], r["created_at"]) for r in rows]
    labels = [(move(t.start, False), move(t.content_start, True)) for t in speaker_turns(project, document_id)
              if t.content_start > t.start]
    return CodedText(document.name, text, marks, labels)


def replace_names(text: str, names: NameFilter) -> tuple[str, Callable[[int, bool], int]]:
    """``text`` with every listed name replaced, and a function moving a position in ``text``
    to the new text (a position inside a name goes to the placeholder's start, or its end when
    ``is_end``, so a passage never loses part of a name)."""
    spans = names.spans(text)
    if not spans:
        return text, lambda position, is_end: position
    parts, done, starts, shifts = [], 0, [], []
    shift = 0  # new position - old position, after the spans so far
    for start, end, replacement in spans:
        parts += [text[done:start], replacement]
        starts.append(start)
        shifts.append((start, end, shift, replacement))
        shift += len(replacement) - (end - start)
        done = end
    parts.append(text[done:])

    def move(position: int, is_end: bool) -> int:
        index = bisect_right(starts, position) - 1
        if index < 0:
            return position
        start, end, before, replacement = shifts[index]
        new_start = start + before
        if position == start:
            return new_start
        if position < end:  # inside the name
            return new_start + len(replacement) if is_end else new_start
        return position + before + len(replacement) - (end - start)

    return "".join(parts), move


def window_filters(reading: str = "final", coder_ids=None, valences=None) -> Filters:
    """The filter of the window's dialog, for the parts of the window that do not reach
    ``analysis`` themselves: the reading ("final", "all", or "coders": the codings of
    ``coder_ids``) and the valences (None for all)."""
    chosen = coders_reading(coder_ids or ()) if reading == "coders" else ALL if reading == "all" else FINAL
    return Filters(reading=chosen, valences=frozenset(valences) if valences is not None else None)


# --- Word -----------------------------------------------------------------------------------------
def write_coded_document(project: Project, path: str | os.PathLike, document_ids: Sequence[int], *,
                         filters: Filters = NO_FILTERS, line_numbers: bool = False, case_name: str | None = None,
                         translate: Translate = lambda text: text, written: dt.date | None = None) -> int:
    """Write the documents ``document_ids`` (a section each) with their codings to ``path``
    (.docx); returns the number of codings printed. Raises ``ValidationError`` when there is
    nothing to print and ``ReportFileError`` when the file cannot be written."""
    if not document_ids:
        raise ValidationError(NOTHING_CHOSEN)
    names = name_filter(project)
    filters_text = describe(project, filters, translate)
    texts = [coded_text(project, document_id, filters, names) for document_id in document_ids]
    word = docx.Document()
    _styles(word)
    if case_name is not None:
        word.core_properties.title = translate(CASE_TITLE).format(case=case_name)
    else:
        word.core_properties.title = translate(TITLE).format(name=texts[0].name)
    for number, coded in enumerate(texts):
        section = word.sections[0] if number == 0 else word.add_section(WD_SECTION.NEW_PAGE)
        _page(section, line_numbers)
        _document_section(word, coded, filters_text, translate, written)
    path = Path(path)
    write_atomically(path, docx_bytes(word, names), path.name or str(path), CodedDocumentFileError)
    return sum(len(t.marks) for t in texts)


def _styles(word) -> None:
    normal = word.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.25  # room to write between the lines


def _page(section, line_numbers: bool) -> None:
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin = section.bottom_margin = Cm(2)
    section.left_margin = Cm(2.5 if line_numbers else 2)
    section.right_margin = Cm(2)
    for old in section._sectPr.findall(qn("w:lnNumType")):  # a new section copies the one before
        section._sectPr.remove(old)
    if line_numbers:
        numbering = OxmlElement("w:lnNumType")
        numbering.set(qn("w:countBy"), "1")
        numbering.set(qn("w:restart"), "newSection")
        numbering.set(qn("w:distance"), str(int(Cm(0.6).twips)))
        # lnNumType comes after pgMar... in the schema's order: before w:cols, else Word repairs the file
        cols = section._sectPr.find(qn("w:cols"))
        if cols is not None:
            cols.addprevious(numbering)
        else:
            section._sectPr.append(numbering)


PPR_AFTER_SUPPRESS = ("w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                      "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
                      "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                      "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                      "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                      "w:pPrChange")


def _no_line_numbers(paragraph) -> None:
    """Leave ``paragraph`` out of the line numbering (headings, the note, the table's neighbours)."""
    pPr = paragraph._p.get_or_add_pPr()
    pPr.insert_element_before(OxmlElement("w:suppressLineNumbers"), *PPR_AFTER_SUPPRESS)


def _document_section(word, coded: CodedText, filters_text: str, translate: Translate,
                      written: dt.date | None) -> None:
    heading = word.add_heading(xml_safe(coded.name), level=1)
    _no_line_numbers(heading)
    note = word.add_paragraph(translate(NOTE).format(
        n=len(coded.marks), filters=filters_text, date=(written or dt.date.today()).isoformat()))
    note.runs[0].italic = True
    _no_line_numbers(note)
    counts = coded.code_counts()
    if counts:
        _code_table(word, counts, translate)
    else:
        _no_line_numbers(word.add_paragraph(translate(NO_CODINGS)))
    spacer = word.add_paragraph()
    _no_line_numbers(spacer)
    _body(word, coded, translate)


def _code_table(word, counts, translate: Translate) -> None:
    table = word.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    header = table.rows[0].cells
    header[1].text, header[2].text = translate(CODE), translate(CODINGS)
    for cell in header:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for path, color, n in counts:
        cells = table.add_row().cells
        _cell_fill(cells[0], shade(color))
        cells[1].text, cells[2].text = xml_safe(path), str(n)
    table.autofit = False
    for index, width in enumerate((Cm(0.8), Cm(13.2), Cm(2))):
        table.columns[index].width = width  # the grid, which LibreOffice reads
        for cell in table.columns[index].cells:
            cell.width = width  # and each cell, which Word reads
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.space_after = Pt(0)
                for run in paragraph.runs:
                    run.font.size = Pt(9)


def _cell_fill(cell, color: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), color)
    cell._tc.get_or_add_tcPr().append(shading)


def shade(color: str) -> str:
    """The code's colour lightened for shading, as Word writes it ("A3D9C4")."""
    value = color.lstrip("#")
    try:
        rgb = [int(value[i:i + 2], 16) for i in (0, 2, 4)] if len(value) == 6 else [0xCC, 0xCC, 0xCC]
    except ValueError:
        rgb = [0xCC, 0xCC, 0xCC]
    return "".join(f"{round(c + (255 - c) * LIGHTEN):02X}" for c in rgb)


def innermost(marks: Sequence[Mark]) -> Mark:
    """Of the codings covering one piece of text, the one whose colour it gets."""
    return max(marks, key=lambda m: (m.start, -m.end, m.id))


def _body(word, coded: CodedText, translate: Translate) -> None:
    """The text, a paragraph per line, cut into runs at every coding boundary; then a comment
    per coding on its first to last run. One sweep through the text: a document of thousands
    of codings costs no more than its runs."""
    text = coded.text
    cuts = sorted({0, len(text), *(m.start for m in coded.marks), *(m.end for m in coded.marks),
                   *(p for label in coded.labels for p in label)})
    ordered = sorted(coded.marks, key=lambda m: (m.start, -m.end, m.id))
    starts = [m.start for m in ordered]
    labels = sorted(coded.labels)
    label_starts = [a for a, _b in labels]
    first_run: dict[int, object] = {}
    last_run: dict[int, object] = {}
    active: dict[int, Mark] = {}  # the codings running at the current position
    upcoming = 0  # the first coding in ``ordered`` that has not started yet

    def advance(position: int) -> None:
        nonlocal upcoming, active
        while upcoming < len(ordered) and ordered[upcoming].start <= position:
            active[ordered[upcoming].id] = ordered[upcoming]
            upcoming += 1
        active = {key: m for key, m in active.items() if m.end > position}

    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        if not line.strip() and not any(ordered[k].end <= line_end + 1 for k in
                                         range(bisect_left(starts, line_start), bisect_right(starts, line_end))):
            line_start = line_end + 1
            continue  # blank lines between turns: the paragraph spacing shows the break
        paragraph = word.add_paragraph()
        points = [line_start, *cuts[bisect_right(cuts, line_start):bisect_left(cuts, line_end)], line_end]
        for start, end in zip(points, points[1:]):
            if start == end:
                continue
            run = paragraph.add_run(xml_safe(text[start:end]))
            advance(start)  # every boundary is a cut: the codings running here cover the whole run
            if active:
                _run_fill(run, shade(innermost(list(active.values())).color))
            for mark in active.values():
                first_run.setdefault(mark.id, run)
                last_run[mark.id] = run
            label = bisect_right(label_starts, start) - 1
            if label >= 0 and end <= labels[label][1]:
                run.bold = True
        if not paragraph.runs:
            # an empty line inside a passage: a coding of blank lines only still gets its comment
            run = paragraph.add_run("")
            advance(line_start)
            for mark in active.values():
                if mark.id not in first_run:
                    first_run[mark.id] = last_run[mark.id] = run
        line_start = line_end + 1
    for mark in ordered:
        if mark.id in first_run:
            comment = word.add_comment([first_run[mark.id], last_run[mark.id]], text=xml_safe(mark.code_path),
                                       author=xml_safe(mark.coder), initials=initials(mark.coder))
            made = _when(mark.created_at)
            if made is not None:  # when the coding was made, not when the file was: the same file each time
                comment._comment_elm.date = made
            details = comment_details(mark, translate)
            if details:
                comment.add_paragraph(xml_safe(details))


def comment_details(mark: Mark, translate: Translate) -> str:
    """The comment's lines after the code path: valence, starred, memo (or confidential)."""
    facts = []
    if mark.valence:
        facts.append(translate(PROMOTING if mark.valence == "promoting" else HINDERING))
    if mark.starred:
        facts.append("★ " + translate(STARRED))
    if mark.confidential:
        facts.append(translate(CONFIDENTIAL))
    lines = [" · ".join(facts)] if facts else []
    if mark.memo.strip():
        lines.append(mark.memo.strip())
    return "\n".join(lines)


def _when(stamp: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(stamp).astimezone(dt.timezone.utc).replace(tzinfo=None)
    except (TypeError, ValueError):
        return None


def initials(name: str) -> str:
    return "".join(part[0] for part in name.split() if part[:1].isalpha())[:4]


def _run_fill(run, color: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), color)
    run._r.get_or_add_rPr().append(shading)
