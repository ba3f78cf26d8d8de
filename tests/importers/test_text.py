"""Plain text: encodings, newlines, binary refusal."""

import codecs

import pytest

from qdacoder.core.errors import ImportFailed
from qdacoder.importers import read_file

DUTCH = (
    "Het plan is geëvalueerd met één moeder in het café.\n"
    "“Goed,” zei ze, “dat kost €12.”\n"
)


@pytest.mark.parametrize(
    ("encoded", "label"),
    [
        (DUTCH.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + DUTCH.encode("utf-8"), "utf-8 with BOM"),
        (codecs.BOM_UTF16_LE + DUTCH.encode("utf-16-le"), "utf-16 LE with BOM"),
        (codecs.BOM_UTF16_BE + DUTCH.encode("utf-16-be"), "utf-16 BE with BOM"),
        (DUTCH.encode("utf-16-le"), "utf-16 LE without BOM"),
        (DUTCH.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_give_the_same_text(write, encoded, label):
    result = read_file(write("notitie.txt", encoded))
    assert result.text == DUTCH.rstrip("\n"), label
    assert result.format == "txt"
    assert result.source_name == "notitie.txt"


def test_short_cp1252_dutch_is_not_read_as_baltic(write):
    # charset detection alone says cp1257 here and gives "geėvalueerd"
    result = read_file(write("kort.txt", "Het is geëvalueerd, één keer.".encode("cp1252")))
    assert result.text == "Het is geëvalueerd, één keer."


def test_newlines_bom_and_blank_lines_are_normalised(write):
    data = b"\xef\xbb\xbf\r\n\r\nregel een  \r\nregel twee\rregel drie\n\n\n\n\nregel vier\n\n"
    result = read_file(write("regels.txt", data))
    assert result.text == "regel een\nregel twee\nregel drie\n\nregel vier"


def test_extension_is_matched_case_insensitively(write):
    assert read_file(write("NOTITIE.TXT", "Hallo")).text == "Hallo"


def test_tabs_and_indentation_are_kept(write):
    assert read_file(write("tab.txt", "  ingesprongen\tmet tab")).text == "  ingesprongen\tmet tab"


def test_nul_bytes_mean_binary(write):
    with pytest.raises(ImportFailed, match=r"plaatje\.txt: this looks like a binary file"):
        read_file(write("plaatje.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))))


def test_many_control_characters_mean_binary(write):
    data = bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 20 + b"wat tekst"
    with pytest.raises(ImportFailed, match="binary"):
        read_file(write("raar.txt", data))


def test_a_word_file_renamed_to_txt_is_binary(write, tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Tekst")
    document.save(tmp_path / "echt.docx")
    with pytest.raises(ImportFailed, match="binary"):
        read_file(write("hernoemd.txt", (tmp_path / "echt.docx").read_bytes()))


def test_rare_code_pages_are_refused_instead_of_guessed(write):
    # cp850 (old DOS): "ü" is byte 0x81, which cp1252 does not define
    with pytest.raises(ImportFailed, match=r"dos\.txt: the character encoding .* Save it as UTF-8"):
        read_file(write("dos.txt", "Dat was überhaupt geëvalueerd.".encode("cp850")))


def test_utf16_with_bom_and_invalid_data_is_refused(write):
    with pytest.raises(ImportFailed, match="kapot.txt: the character encoding"):
        read_file(write("kapot.txt", codecs.BOM_UTF16_LE + b"\x00\xd8a\x00"))
