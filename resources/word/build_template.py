"""Build resources/word/qdacoder.docx, the Word template every report and table of qdacoder
starts from: A4, 2.5 cm margins, and the styles a Dutch research report uses (Calibri 11 body,
headings, Caption for "Tabel 1"/"Figuur 1", Quote for quotes, a table text style). Run it again
after changing a style: ``python resources/word/build_template.py``; the .docx is committed so
nothing is built at run time."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
DARK = RGBColor(0x1F, 0x3A, 0x5F)


def build() -> docx.Document:
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for level, size in ((1, 16), (2, 13), (3, 11.5)):
        heading = styles[f"Heading {level}"]
        heading.font.name, heading.font.size, heading.font.color.rgb = "Calibri", Pt(size), DARK
        heading.paragraph_format.space_before = Pt(18 if level == 1 else 12)
        heading.paragraph_format.space_after = Pt(6)
        heading.paragraph_format.keep_with_next = True
    title = styles["Title"]
    title.font.name, title.font.size, title.font.color.rgb = "Calibri", Pt(26), DARK
    subtitle = styles["Subtitle"]
    subtitle.font.name, subtitle.font.size = "Calibri", Pt(14)
    caption = styles["Caption"]  # "Tabel 1 Codefrequenties" above a table, "Figuur 1" under a figure
    caption.font.name, caption.font.size, caption.font.bold, caption.font.italic = "Calibri", Pt(10), True, False
    caption.font.color.rgb = DARK
    caption.paragraph_format.space_before, caption.paragraph_format.space_after = Pt(10), Pt(4)
    caption.paragraph_format.keep_with_next = True
    quote = styles["Quote"]  # quotes indented and italic, attribution in the line itself
    quote.font.italic = True
    quote.paragraph_format.left_indent, quote.paragraph_format.right_indent = Cm(1), Cm(1)
    if "Table Text" not in [s.name for s in styles]:
        table_text = styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
        table_text.base_style = normal
    table_text = styles["Table Text"]
    table_text.font.size = Pt(9)
    table_text.paragraph_format.space_after, table_text.paragraph_format.space_before = Pt(0), Pt(0)
    table_text.paragraph_format.line_spacing = 1.0
    if "Table Note" not in [s.name for s in styles]:
        note = styles.add_style("Table Note", WD_STYLE_TYPE.PARAGRAPH)
        note.base_style = normal
    note = styles["Table Note"]
    note.font.size, note.font.italic = Pt(9), True
    note.paragraph_format.space_before, note.paragraph_format.space_after = Pt(3), Pt(12)
    # the empty paragraph python-docx's default document starts with
    for paragraph in list(document.paragraphs):
        paragraph._element.getparent().remove(paragraph._element)
    return document


if __name__ == "__main__":
    build().save(HERE / "qdacoder.docx")
    print(f"wrote {HERE / 'qdacoder.docx'}")
