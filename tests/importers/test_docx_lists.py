"""List numbers and bullets of Word documents (numbering.xml as Word writes it)."""

import docx

from qdacoder.importers import read_file
from tests.importers.wordml import numbered, w_p, write_docx

LEVEL = ('<w:lvl w:ilvl="{level}"><w:start w:val="{start}"/><w:numFmt w:val="{format}"/>'
         '<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
         '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>{fonts}</w:lvl>')


def level(level: int, number_format: str, text: str, start: int = 1, font: str = "") -> str:
    fonts = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>' if font else ""
    return LEVEL.format(level=level, start=start, format=number_format, text=text, fonts=fonts)


NUMBERING = (
    # 0: "1)" with "a." below it
    '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
    + level(0, "decimal", "%1)") + level(1, "lowerLetter", "%2.") + "</w:abstractNum>"
    # 1: Word's default bullets: Symbol dot, Courier "o", Wingdings square
    + '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
    + level(0, "bullet", "\uf0b7", font="Symbol") + level(1, "bullet", "o", font="Courier New")
    + level(2, "bullet", "\uf0a7", font="Wingdings") + "</w:abstractNum>"
    # 2: numbered headings "1." / "1.1" / roman
    + '<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="multilevel"/>'
    + level(0, "decimal", "%1.") + level(1, "decimal", "%1.%2") + level(2, "upperRoman", "%3 -")
    + "</w:abstractNum>"
    + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    + '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    + '<w:num w:numId="3"><w:abstractNumId w:val="0"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    + '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>'
    # LibreOffice writes "restart at 7" as a w:num of its own for that one paragraph
    + '<w:num w:numId="5"><w:abstractNumId w:val="0"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>'
)
STYLES = (
    '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/>'
    '<w:pPr><w:numPr><w:numId w:val="4"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:basedOn w:val="Kop1"/>'
    '<w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>'
)


def heading(text: str, style: str) -> str:
    return w_p(text, properties=f'<w:pStyle w:val="{style}"/>')


def test_numbers_letters_and_bullets_follow_format_and_level(tmp_path):
    body = (
        heading("Aanleiding", "Kop1")
        + numbered("Eerste afspraak", 1) + numbered("Tweede afspraak", 1)
        + numbered("met de moeder", 1, level=1) + numbered("met de school", 1, level=1)
        + numbered("Derde afspraak", 1)
        + heading("Werkwijze", "Kop1") + heading("Gesprekken", "Kop2") + heading("Dossier", "Kop2")
        + numbered("Rust", 2) + numbered("Ritme", 2, level=1) + numbered("Regels", 2, level=2)
        # the same list definition continues ...
        + numbered("Vierde afspraak", 1)
        # ... unless Word restarted it (a w:num with a startOverride)
        + numbered("Opnieuw één", 3) + numbered("Opnieuw twee", 3)
        + numbered("", 3)  # an empty list paragraph: no lone number
        + w_p("Gewone alinea.", properties='<w:pStyle w:val="Kop1"/><w:numPr><w:numId w:val="0"/></w:numPr>')
        + numbered("Zevende", 5) + numbered("Achtste", 1)  # ... and the next one goes on from it
    )
    path = write_docx(tmp_path / "plan.docx", body, numbering=NUMBERING, styles=STYLES)
    assert read_file(path).text.split("\n") == [
        "1. Aanleiding",
        "1) Eerste afspraak", "2) Tweede afspraak", "a. met de moeder", "b. met de school",
        "3) Derde afspraak",
        "2. Werkwijze", "2.1 Gesprekken", "2.2 Dossier",
        "• Rust", "o Ritme", "▪ Regels",
        "4) Vierde afspraak",
        "1) Opnieuw één", "2) Opnieuw twee", "",
        "Gewone alinea.",
        "7) Zevende", "8) Achtste",
    ]


def test_list_styles_of_python_docx(tmp_path):
    """python-docx's template links the List Bullet and List Number styles to numbering."""
    document = docx.Document()
    document.add_paragraph("Afspraken:")
    document.add_paragraph("rust in huis", style="List Bullet")
    document.add_paragraph("vaste bedtijd", style="List Bullet")
    document.add_paragraph("bellen met school", style="List Number")
    document.add_paragraph("gesprek met mentor", style="List Number")
    document.save(tmp_path / "afspraken.docx")
    assert read_file(tmp_path / "afspraken.docx").text == (
        "Afspraken:\n• rust in huis\n• vaste bedtijd\n1. bellen met school\n2. gesprek met mentor"
    )
