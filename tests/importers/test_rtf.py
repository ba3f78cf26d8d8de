"""Hand-written RTF files."""

import codecs

import pytest

from qdacoder.core.errors import ImportFailed
from qdacoder.importers import ReadOptions, read_file

RTF = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}"
    r"{\info{\title Interview}{\author Onderzoeker}}"
    "\r\n"
    r"{\pard\b Interview vader (fictief)\b0\par}"
    r"{\pard Het plan is ge\'ebvalueerd in het caf\'e9, \ldblquote goed\rdblquote .\par}"
    r"{\pard I:\tab Wat kost het?\par}"
    r"{\pard R: \u8364?25 per maand, \u233\'e9\u233\'e9n keer.\line Verder niets.\par}"
    r"{\pard I: Dank je.\par}"
    "}"
)


def test_escapes_and_unicode_come_out_right(write):
    result = read_file(write("vader.rtf", RTF), ReadOptions(turns=True))
    assert result.format == "rtf"
    assert result.text == (
        "Interview vader (fictief)\n"
        "Het plan is geëvalueerd in het café, “goed”.\n"
        "I:\tWat kost het?\n"
        "R: €25 per maand, één keer.\nVerder niets.\n"
        "I: Dank je."
    )
    assert [t.speaker for t in result.turns] == ["I", "R", "I"]
    answer = result.turns[1]
    spoken = result.text[answer.content_start:answer.end]
    assert spoken == "€25 per maand, één keer.\nVerder niets."


def test_bom_and_leading_whitespace_before_the_header_are_accepted(write):
    data = codecs.BOM_UTF8 + b"\r\n" + rb"{\rtf1\ansi Hallo\par}"
    assert read_file(write("bom.rtf", data)).text == "Hallo"


def test_characters_outside_the_bmp_are_joined(write):
    # RTF writes U+1F600 as a UTF-16 surrogate pair with negative numbers
    data = rb"{\rtf1\ansi Blij \u-10179?\u-8704? gezicht\par}"
    assert read_file(write("emoji.rtf", data)).text == "Blij \U0001F600 gezicht"


def test_not_an_rtf_file(write):
    with pytest.raises(ImportFailed, match=r"brief\.rtf: this is not an RTF file"):
        read_file(write("brief.rtf", "Gewoon tekst, geen RTF."))


def test_rtf_without_text(write):
    with pytest.raises(ImportFailed, match=r"leeg\.rtf: the file contains no text"):
        read_file(write("leeg.rtf", r"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\par\par}"))


def test_impossible_character_number_means_damaged(write):
    with pytest.raises(ImportFailed, match=r"kapot\.rtf: this RTF file is damaged"):
        read_file(write("kapot.rtf", r"{\rtf1\ansi tekst \u99999999999 meer\par}"))


def test_hidden_text_is_left_out_and_counted(write):
    # as Word writes it: a group with \v, or \v ... \v0 inside a paragraph
    data = (
        r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}}"
        r"{\*\generator Microsoft Word 16;}"
        r"\pard\plain Moeder: het gaat {\v\insrsid4281 [niet voorlezen] }beter.\par"
        r"\pard Vader: dat vind ik \v ook\v0 ook.\par"
        r"\pard {\v\'e9\u8364?}Einde.\par}"
    )
    result = read_file(write("verborgen.rtf", data))
    assert result.text == "Moeder: het gaat beter.\nVader: dat vind ik ook.\nEinde."
    assert [(i.what, i.items, i.characters) for i in result.left_out] == [
        ("hidden", 3, len("[niet voorlezen] ") + len("ook") + 2)
    ]


# The field note of test_docx_parts as Word saves it as .rtf: the note group stands right after
# the reference mark (\chftn, \chatn), inside the reference's group; \ftnalt makes an endnote.
WORD_NOTES = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}}"
    r"{\*\generator Microsoft Word 16;}" "\r\n"
    # even and odd page headers with the same text, a footer
    r"\sectd {\headerl \pard\plain \s18\f0 Vertrouwelijk\par}{\headerr \pard\plain \s18\f0 Vertrouwelijk\par}"
    r"{\footer \pard\plain \s19\f0 Lectoraat Jeugd - concept\par}" "\r\n"
    r"\pard\plain \f0 Veldnotitie casusoverleg (fictief)\par" "\r\n"
    r"\pard Het gezin kreeg hulp van het wijkteam{\cs15\super\chftn {\footnote \pard\plain \s16\f0 "
    r"{\cs15\super\chftn } Wijkteam Noord, fictief.}} en later van de GI{\cs15\super\chftn "
    r"{\footnote \pard\plain \s16\f0 {\cs15\super\chftn } Gecertificeerde instelling.}}.\par" "\r\n"
    r"\pard De moeder {\*\atrfstart 1}was opgelucht{\*\atrfend 1}{\cs16\fs16 {\*\atnid AB}"
    r"{\*\atnauthor Anja Bakker}\chatn }{\*\annotation{\*\atnref 1}{\*\atndate 1203987072}\pard\plain "
    r"{\cs16\fs16 {\field{\*\fldinst {\chatn }}{\fldrslt }}}Klopt dit wel?} na het gesprek.\par" "\r\n"
    r"\pard Vervolg in april{\cs15\super\chftn {\footnote \ftnalt \pard\plain \s17\f0 "
    r"{\cs15\super\chftn } Datum nog niet vast.}}.\par}"
)
NOTES_TEXT = (
    "Veldnotitie casusoverleg (fictief)\n"
    "Het gezin kreeg hulp van het wijkteam[1] en later van de GI[2].\n"
    "De moeder was opgelucht{comment} na het gesprek.\n"
    "Vervolg in april[3].\n"
    "\n"
    "[1] Wijkteam Noord, fictief.\n"
    "[2] Gecertificeerde instelling.\n"
    "[3] Datum nog niet vast."
)


def test_word_notes_come_after_the_text_and_the_rest_is_counted(write):
    result = read_file(write("overleg.rtf", WORD_NOTES))
    assert result.text == NOTES_TEXT.format(comment="")
    assert result.notes == 3
    assert result.text[result.notes_start:].startswith("[1] Wijkteam")
    assert [(i.what, i.items, i.characters) for i in result.left_out] == [
        ("headers", 1, len("Vertrouwelijk")),
        ("footers", 1, len("Lectoraat Jeugd - concept")),
        ("comments", 1, len("Klopt dit wel?")),
    ]
    assert result.summary() == (  # word for word what the .docx import says
        "Left out: 1 header(s) (13 characters), 1 footer(s) (25 characters), "
        "1 comment(s) (14 characters). 3 note(s) added after the text."
    )


def test_word_comment_as_a_note_with_its_author_when_asked(write):
    result = read_file(write("overleg.rtf", WORD_NOTES), ReadOptions(comments=True))
    assert result.text == NOTES_TEXT.format(comment="[c1]") + "\n[c1] Anja Bakker: Klopt dit wel?"
    assert [i.what for i in result.left_out] == ["headers", "footers"]
    assert result.summary().endswith("(25 characters). 4 note(s) added after the text.")


# As LibreOffice 7.4 writes the same field note (trimmed of its layout words): every note
# group starts with \*, the note repeats \chftn, the comment's author is in \atnauthor, the
# header stands in the page style table and again in the section.
LIBREOFFICE_NOTES = (
    r"{\rtf1\ansi\deff4\adeflang1025" "\n"
    r"{\fonttbl{\f0\froman\fprq2\fcharset0 Times New Roman;}{\f4\froman\fprq2\fcharset0 Calibri;}}" "\n"
    r"{\*\generator LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2}" "\n"
    r"{\*\pgdsctbl" "\n" r"{\pgdsc0\pgdscuse451\headery720{\header\pard\plain \s0\f4\fs22{\loch" "\n"
    r"Vertrouwelijk}" "\n" r"\par }\pgdscnxt0 Default Page Style;}}" "\n"
    r"\sectd\sbknone\headery720{\header\pard\plain \s0\f4\fs22{\loch" "\n" r"Vertrouwelijk}" "\n" r"\par }"
    r"{\footer\pard\plain \s0\f4\fs22{\loch" "\n" r"Lectoraat Jeugd - concept}" "\n" r"\par }"
    r"\ftnbj\ftnstart1\ftnrstcont\ftnnar\aenddoc\aftnrstcont\aftnstart1\aftnnrlc" "\n"
    r"{\*\ftnsep\chftnsep}\pgndec\pard\plain \s0\hich\af4\loch\f4\fs22\ql\ltrpar{\loch" "\n"
    r"Veldnotitie casusoverleg (fictief)}" "\n"
    r"\par \pard\plain \s0\f4\fs22\ql\ltrpar{\loch" "\n"
    r"Het gezin kreeg hulp van het wijkteam}{{\super \loch\super\loch \chftn{\*\footnote \chftn"
    r"\pard\plain \s24{" "\n" r" }{\loch" "\n" r"Wijkteam Noord, fictief.}" "\n" r"}}" "\n"
    r"}{\loch" "\n" r" en later van de GI}{{\super \loch\super\loch \chftn{\*\footnote \chftn"
    r"\pard\plain \s24{" "\n" r" }{\loch" "\n" r"Gecertificeerde instelling.}" "\n" r"}}" "\n"
    r"}{\loch" "\n" r".}" "\n"
    r"\par \pard\plain \s0\f4\fs22\ql\ltrpar{\loch" "\n"
    r"De moeder }{{\*\atrfstart 0}\loch" "\n" r"was opgelucht}{\loch" "\n" r"}{{\*\atrfend 0}\loch" "\n"
    r"{{\*\atnid AB}{\*\atnauthor Anja Bakker}\chatn{\*\annotation{\*\atnref 0}{\*\atndate 1203987072}"
    r"\loch\ltrpar{\rtlch\alang1023 \ltrch\lang1023\hich\af3\loch\f3\fs24\kerning0\loch" "\n"
    r"Klopt dit wel?}}} na het gesprek.}" "\n"
    r"\par \pard\plain \s0\f4\fs22\ql\ltrpar{\loch" "\n"
    r"Vervolg in april}{{\super \loch\super\loch \chftn{\*\footnote\ftnalt \chftn\pard\plain \s25{" "\n"
    r" }{\loch" "\n" r"Datum nog niet vast.}" "\n" r"}}" "\n" r"}{\loch" "\n" r".}" "\n"
    r"\par }"
)


@pytest.mark.parametrize("comments", [False, True])
def test_libreoffice_notes_read_as_words(write, comments):
    word = read_file(write("word.rtf", WORD_NOTES), ReadOptions(comments=comments))
    libreoffice = read_file(write("libreoffice.rtf", LIBREOFFICE_NOTES), ReadOptions(comments=comments))
    assert libreoffice.text == word.text
    assert (libreoffice.notes, libreoffice.left_out) == (word.notes, word.left_out)


def test_hidden_text_next_to_and_inside_a_note(write):
    data = (
        r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}}"
        r"\pard\plain Het wijkteam{\v\insrsid42 [bron: dossier]}{\super\chftn}"
        r"{\footnote\pard\plain{\super\chftn} Wijkteam Noord{\v  (intern)}, caf\'e9 \{sic\} \u8364?5.}"
        r" hielp.\par"
        # the reference is hidden, the note itself is not: the note and its marker stay
        r"\pard Daarna {\v verborgen{\*\footnote Zichtbaar.}} kwam de GI.\par}"
    )
    result = read_file(write("verborgen.rtf", data))
    assert result.text == (
        "Het wijkteam[1] hielp.\n"
        "Daarna [2] kwam de GI.\n"
        "\n"
        "[1] Wijkteam Noord, café {sic} €5.\n"
        "[2] Zichtbaar."
    )
    assert [(i.what, i.items, i.characters) for i in result.left_out] == [
        ("hidden", 3, len("[bron: dossier]") + len(" (intern)") + len("verborgen"))]


def test_braces_in_binary_data_and_in_other_destinations_are_no_notes(write):
    data = (
        r"{\rtf1\ansi{\fonttbl{\f0 Arial;}}{\header {\footnote Geen voetnoot.}Kop}"
        r"{\*\ftnsep\chftnsep}"
        r"\pard Foto {\*\shppict{\pict\pngblip\bin3 {\}}}hier{\super\chftn}{\*\footnote Bij de foto.}.\par"
        r"\pard Nog een {\*\objdata\bin2 {{}verder.\par}"
    )
    result = read_file(write("foto.rtf", data))
    assert result.text == "Foto hier[1].\nNog een verder.\n\n[1] Bij de foto."


def test_comment_authors_from_initials_or_inside_the_comment(write):
    data = (
        r"{\rtf1\ansi\ansicpg1252 Eerste{\*\atnid PdV}\chatn{\*\annotation Alleen initialen.}"
        r" tweede\chatn{\annotation{\*\atnid c2}{\*\atnauthor Sanne de Groot}Binnen geschreven.}"
        r" derde{\*\atnauthor Jo\'eblle}\chatn{\*\annotation Met accent.}.\par}"
    )
    result = read_file(write("commentaar.rtf", data), ReadOptions(comments=True))
    assert result.text == (
        "Eerste[c1] tweede[c2] derde[c3].\n\n"
        "[c1] PdV: Alleen initialen.\n"
        "[c2] Sanne de Groot: Binnen geschreven.\n"
        "[c3] Joëlle: Met accent."
    )
    without = read_file(write("commentaar.rtf", data))
    assert without.text == "Eerste tweede derde."
    assert [(i.what, i.items, i.characters) for i in without.left_out] == [
        ("comments", 3, len("Alleen initialen.Binnen geschreven.Met accent."))]


def test_a_file_cut_off_inside_a_note_keeps_what_there_is(write):
    result = read_file(write("afgebroken.rtf", r"{\rtf1\ansi Tekst{\footnote Half"))
    assert result.text == "Tekst[1]\n\n[1] Half"
