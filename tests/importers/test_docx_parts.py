"""What Word keeps outside the running text: footnotes, endnotes, comments, headers, footers,
hidden text and symbols. Every file is written part by part as Word writes it (wordml)."""

import docx
import pytest

from qdacoder.importers import ReadOptions, read_file
from tests.importers.wordml import WORD_SEPARATORS, w_p, w_r, write_docx

MARK = '<w:rPr><w:rStyle w:val="Voetnootmarkering"/><w:vertAlign w:val="superscript"/></w:rPr>'


def footnote_reference(note_id: int, kind: str = "footnote") -> str:
    return f'<w:r>{MARK}<w:{kind}Reference w:id="{note_id}"/></w:r>'


def note(note_id: int, text: str, kind: str = "footnote") -> str:
    return (f'<w:{kind} w:id="{note_id}"><w:p><w:pPr><w:pStyle w:val="Voetnoottekst"/></w:pPr>'
            f'<w:r>{MARK}<w:{kind}Ref/></w:r>{w_r(" " + text)}</w:p></w:{kind}>')


def comment(comment_id: int, author: str, text: str) -> str:
    return (f'<w:comment w:id="{comment_id}" w:author="{author}" w:date="2024-03-12T10:00:00Z" '
            f'w:initials="AB"><w:p><w:pPr><w:pStyle w:val="Tekstopmerking"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="Verwijzingopmerking"/></w:rPr><w:annotationRef/></w:r>'
            f"{w_r(text)}</w:p></w:comment>")


def commented(comment_id: int, text: str) -> str:
    return (f'<w:commentRangeStart w:id="{comment_id}"/>{w_r(text)}'
            f'<w:commentRangeEnd w:id="{comment_id}"/><w:r><w:rPr><w:rStyle '
            f'w:val="Verwijzingopmerking"/></w:rPr><w:commentReference w:id="{comment_id}"/></w:r>')


@pytest.fixture
def report(tmp_path):
    """A field note with two footnotes, an endnote, a comment, a header and a footer."""
    body = (
        w_p("Veldnotitie casusoverleg (fictief)")
        + w_p("Het gezin kreeg hulp van het wijkteam", footnote_reference(1),
              " en later van de GI", footnote_reference(2), ".")
        + w_p("De moeder ", commented(0, "was opgelucht"), " na het gesprek.")
        + w_p("Vervolg in april", footnote_reference(1, "endnote"), ".")
    )
    return write_docx(
        tmp_path / "overleg.docx", body,
        footnotes=WORD_SEPARATORS.format(kind="footnote") + note(1, "Wijkteam Noord, fictief.")
        + note(2, "Gecertificeerde instelling."),
        endnotes=WORD_SEPARATORS.format(kind="endnote") + note(1, "Datum nog niet vast.", "endnote"),
        comments=comment(0, "Anja Bakker", "Klopt dit wel?"),
        headers=[w_p("Vertrouwelijk")], footers=[w_p("Lectoraat Jeugd - concept")],
    )


def test_notes_come_after_the_text_with_markers_where_they_stood(report):
    result = read_file(report)
    assert result.text == (
        "Veldnotitie casusoverleg (fictief)\n"
        "Het gezin kreeg hulp van het wijkteam[1] en later van de GI[2].\n"
        "De moeder was opgelucht na het gesprek.\n"
        "Vervolg in april[3].\n"
        "\n"
        "[1] Wijkteam Noord, fictief.\n"
        "[2] Gecertificeerde instelling.\n"
        "[3] Datum nog niet vast."
    )
    assert result.notes == 3
    assert result.text[result.notes_start:].startswith("[1] Wijkteam")


def test_what_was_left_out_is_counted_and_said(report):
    result = read_file(report)
    assert [(i.what, i.items, i.characters) for i in result.left_out] == [
        ("headers", 1, len("Vertrouwelijk")),
        ("footers", 1, len("Lectoraat Jeugd - concept")),
        ("comments", 1, len("Klopt dit wel?")),
    ]
    assert result.summary() == (
        "Left out: 1 header(s) (13 characters), 1 footer(s) (25 characters), "
        "1 comment(s) (14 characters). 3 note(s) added after the text."
    )
    assert "Vertrouwelijk" not in result.text and "Klopt" not in result.text


def test_comments_as_notes_with_their_author_when_asked(report):
    result = read_file(report, ReadOptions(comments=True))
    assert "De moeder was opgelucht[c1] na het gesprek." in result.text
    assert result.text.endswith("[3] Datum nog niet vast.\n[c1] Anja Bakker: Klopt dit wel?")
    assert [i.what for i in result.left_out] == ["headers", "footers"]
    assert result.notes == 4


def test_turns_are_found_in_the_main_text_only(tmp_path):
    body = "".join(w_p(line) for line in (
        "I: Hoe gaat het op school?", "R: Beter, sinds de mentor er is.",
        "I: Wat doet de mentor?")) + w_p("R: Ze luistert", footnote_reference(1), ".")
    path = write_docx(tmp_path / "jongere.docx", body,
                      footnotes=WORD_SEPARATORS.format(kind="footnote") + note(1, "Mevrouw K. (fictief)."))
    result = read_file(path)
    assert result.kind == "transcript"
    last = result.turns[-1]
    assert result.text[last.content_start:last.end] == "Ze luistert[1]."
    assert last.end < result.notes_start


def test_several_headers_with_the_same_text_count_once(tmp_path):
    path = write_docx(tmp_path / "kop.docx", w_p("Tekst."),
                      headers=[w_p("Vertrouwelijk"), w_p("Vertrouwelijk"), w_p("")])
    assert [(i.what, i.items) for i in read_file(path).left_out] == [("headers", 1)]


def test_hidden_text_is_left_out_and_counted(tmp_path):
    body = w_p("Zichtbaar", w_r(" en verborgen", '<w:vanish/>'), w_r(" weer zichtbaar", '<w:vanish w:val="0"/>'),
               ".") + w_p(w_r("Alleen verborgen.", "<w:vanish/>"))
    result = read_file(write_docx(tmp_path / "verborgen.docx", body))
    assert result.text == "Zichtbaar weer zichtbaar."
    assert [(i.what, i.items, i.characters) for i in result.left_out] == [("hidden", 2, 29)]


def test_symbols_of_symbol_and_wingdings_fonts(tmp_path):
    sym = '<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>'
    body = (
        w_p("32", sym.format(font="Symbol", char="F0AE"), "128 en MAC", sym.format(font="Symbol", char="F0AC"),
            "HMAC, ", sym.format(font="Symbol", char="F0A3"), " 5 ", sym.format(font="Symbol", char="F0B1"), " 1")
        + w_p(sym.format(font="Wingdings", char="F0FC"), " gedaan ", sym.format(font="Wingdings", char="F0D8"))
        + w_p("Onbekend: ", sym.format(font="Wingdings 3", char="F07D"), ".")
        # an old document: Greek letters typed in a run set in the Symbol font
        + w_p("kans ", w_r("a", '<w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/>'), " = 0,05",
              '<w:r><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr><w:tab/><w:t>b</w:t></w:r>')
    )
    result = read_file(write_docx(tmp_path / "symbolen.docx", body))
    assert result.text == "32→128 en MAC←HMAC, ≤ 5 ± 1\n✔ gedaan ➢\nOnbekend: \ufffd.\nkans α = 0,05\tβ"
    assert result.unknown_symbols == 1
    assert "1 symbol(s) of an unknown symbol font" in result.summary()


def test_python_docx_comments_are_counted(tmp_path):
    """python-docx writes comments the way Word does too (comments.xml + range + reference)."""
    document = docx.Document()
    paragraph = document.add_paragraph("Moeder: het gaat beter.")
    document.add_comment(paragraph.runs, text="Welke maand?", author="Onderzoeker")
    document.save(tmp_path / "opmerking.docx")
    result = read_file(tmp_path / "opmerking.docx", ReadOptions(comments=True))
    assert result.text == "Moeder: het gaat beter.[c1]\n\n[c1] Onderzoeker: Welke maand?"
    without = read_file(tmp_path / "opmerking.docx")
    assert without.text == "Moeder: het gaat beter."
    assert [(i.what, i.items) for i in without.left_out] == [("comments", 1)]
