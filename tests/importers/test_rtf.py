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
