"""The public API, the rules every reader shares, and file-level errors (fictional material)."""

import os
import stat

import pytest

import qdacoder.exchange as exchange
from qdacoder.core.codebook import HINDERING, PROMOTING, Codebook, CodebookEntry
from qdacoder.core.errors import ImportFailed
from qdacoder.exchange import FORMATS, CodebookFileError, read_codebook, write_codebook
from qdacoder.exchange.validate import (
    FLAG_WORDS,
    EntryPlaces,
    Place,
    check_codebook,
    parse_flag,
    problems,
)

GUID_1 = "6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c"
GUID_2 = "{D7AA29DA-519B-4946-9B90-253B6DB8FD0A}"


def dutch_codebook() -> Codebook:
    """A small fictional codebook with everything a code can have."""
    return Codebook(
        name="Factoren bij uitstroom uit de jeugdzorg",
        description="Codeboom van de studie, aangepast in 2024.\nVersie: “definitief”.",
        codes=[
            CodebookEntry(
                name="Bevorderende factoren", is_codable=False, color="#2e7d32",
                description="Wat helpt bij een goede uitstroom.",
                children=[
                    CodebookEntry(
                        name="Vroegsignalering",
                        description="Problemen worden vroeg gezien en besproken.\n\n"
                                    "Ook: signalen van de wijkverpleegkundige.",
                        inclusion="Signalen van school, huisarts of wijkteam die tijdig "
                                  "worden opgepakt.",
                        exclusion="Signalen die pas na een crisis worden opgemerkt.",
                        example="\"De juf zag het meteen en belde mijn moeder.\"",
                        default_valence=PROMOTING, guid=GUID_1, color="#8fd3f4",
                    ),
                    CodebookEntry(
                        name="Betrokkenheid van de jongere",
                        description="De jongere beslist mee: 'het is mijn leven'.",
                        default_valence=PROMOTING,
                        children=[CodebookEntry(name="Eigen regie: één plan")],
                    ),
                ],
            ),
            CodebookEntry(
                name="Belemmerende factoren", is_codable=False, color="#c62828",
                children=[
                    CodebookEntry(name="Wachtlijsten", default_valence=HINDERING, guid=GUID_2,
                                  example="Acht maanden wachten op een plek #2"),
                    CodebookEntry(name="Wisselende hulpverleners", color="#f6c744",
                                  inclusion="- meer dan twee wisselingen per jaar\n"
                                            "- ook tijdelijke vervanging"),
                ],
            ),
            CodebookEntry(name="Nee"),
            CodebookEntry(name="2024"),
        ],
    )


def test_formats_and_api():
    assert set(FORMATS) == {".yaml", ".yml", ".csv", ".xlsx", ".qdc", ".docx"}
    assert FORMATS[".docx"] == "Word (export only)"
    assert ".docx" not in exchange.READABLE and ".docx" in exchange.WRITABLE
    assert issubclass(CodebookFileError, ImportFailed)


def test_the_sample_is_valid():
    assert problems(dutch_codebook()) == []


def test_problems_finds_every_rule():
    bad = Codebook(codes=[
        CodebookEntry(name="A/B"), CodebookEntry(name="x"), CodebookEntry(name="X"),
        CodebookEntry(name="", color="rood"), CodebookEntry(name="y", default_valence="bevorderend"),
        CodebookEntry(name="z", guid="niet-een-guid"),
        CodebookEntry(name="w", guid=GUID_1), CodebookEntry(name="v", guid=GUID_1.upper()),
        CodebookEntry(name="u" * 201), CodebookEntry(name="dubbel  spatie"),
    ])
    text = "\n".join(problems(bad))
    for part in ("contains “/”", "“X” appears twice", "has no name", "“rood” is not a colour",
                 "“bevorderend” is not a valence", "is not a GUID", "is used twice",
                 "too long", "extra spaces"):
        assert part in text


@pytest.mark.parametrize("word", sorted(FLAG_WORDS))
def test_flag_words(word):
    assert parse_flag(word.upper(), "x.csv", Place(row=2, column="category")) is FLAG_WORDS[word]


def test_flag_error_names_row_and_column():
    with pytest.raises(CodebookFileError) as caught:
        parse_flag("misschien", "codes.csv", Place(row=7, column="Category"))
    assert str(caught.value) == (
        "codes.csv, row 7, column “Category”: “misschien” is not yes or no; write yes, no, or "
        "leave the cell empty."
    )
    assert caught.value.row == 7 and caught.value.file == "codes.csv"


def test_check_codebook_normalises():
    entry = CodebookEntry(name="  Steun   van  school ", color="#ABCDEF",
                          default_valence=" Belemmerend ", guid=f" {GUID_1} ")
    cb = check_codebook(Codebook(codes=[entry]), "x.yaml", {id(entry): EntryPlaces(Place(line=3))})
    assert (entry.name, entry.color, entry.default_valence, entry.guid) == (
        "Steun van school", "#abcdef", HINDERING, GUID_1)
    assert problems(cb) == []


def test_valence_error_lists_the_accepted_words():
    entry = CodebookEntry(name="a", default_valence="neutraal")
    with pytest.raises(CodebookFileError) as caught:
        check_codebook(Codebook(codes=[entry]), "x.qdc",
                       {id(entry): EntryPlaces(Place(line=4))})
    message = str(caught.value)
    assert message.startswith("x.qdc, line 4: “neutraal” is not a valence; use one of: ")
    for word in ("promoting", "hindering", "bevorderend", "belemmerend"):
        assert word in message


# --- files -----------------------------------------------------------------------------------
def test_unknown_extension_lists_the_supported_ones(tmp_path):
    path = tmp_path / "codes.json"
    path.write_text("{}")
    with pytest.raises(CodebookFileError) as caught:
        read_codebook(path)
    assert str(caught.value) == (
        "codes.json: files of type .json are not codebook files. "
        "Supported: .yaml, .yml, .csv, .xlsx, .qdc"
    )
    with pytest.raises(CodebookFileError, match=r"codes\.json: a codebook cannot be exported as "
                                                 r"\.json\. Supported: .*\.docx"):
        write_codebook(dutch_codebook(), path)


def test_no_extension(tmp_path):
    path = tmp_path / "codeboom"
    path.write_text("codes: []")
    with pytest.raises(CodebookFileError, match=r"^codeboom: the file has no file type"):
        read_codebook(path)


def test_docx_is_export_only(tmp_path):
    path = tmp_path / "Bijlage.DOCX"
    write_codebook(dutch_codebook(), path)
    with pytest.raises(CodebookFileError) as caught:
        read_codebook(path)
    assert "Bijlage.DOCX: Word files (.docx) are for export only" in str(caught.value)
    assert caught.value.params["file"] == "Bijlage.DOCX"


def test_extension_is_case_insensitive(tmp_path):
    path = tmp_path / "Codeboom.YML"
    write_codebook(dutch_codebook(), path)
    assert read_codebook(path) == dutch_codebook()


@pytest.mark.parametrize("name, content, expected", [
    ("weg.yaml", None, "weg.yaml: the file does not exist (any more)."),
    ("leeg.csv", b"", "leeg.csv: the file is empty."),
])
def test_missing_and_empty_files(tmp_path, name, content, expected):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(CodebookFileError) as caught:
        read_codebook(path)
    assert str(caught.value) == expected


def test_folder(tmp_path):
    folder = tmp_path / "map.yaml"
    folder.mkdir()
    with pytest.raises(CodebookFileError, match=r"^map\.yaml: this is a folder, not a file\.$"):
        read_codebook(folder)
    with pytest.raises(CodebookFileError, match=r"^map\.yaml: this is a folder"):
        write_codebook(dutch_codebook(), folder)


def test_too_big(tmp_path, monkeypatch):
    monkeypatch.setattr(exchange, "MAX_FILE_SIZE", 10)
    path = tmp_path / "groot.yaml"
    path.write_text("codes:\n  - name: Een heel lange naam\n")
    with pytest.raises(CodebookFileError, match=r"^groot\.yaml: the file is too large"):
        read_codebook(path)


def test_unexpected_reader_error_is_still_a_codebook_file_error(tmp_path, monkeypatch):
    def broken(data, file):
        raise ZeroDivisionError

    monkeypatch.setitem(exchange._READERS, ".yaml", broken)
    path = tmp_path / "raar.yaml"
    path.write_text("codes: []")
    with pytest.raises(CodebookFileError, match=r"^raar\.yaml: .*unexpected problem "
                                                 r"\(ZeroDivisionError\)"):
        read_codebook(path)


def test_write_to_missing_folder(tmp_path):
    with pytest.raises(CodebookFileError, match=r"^codes\.csv: the folder to write this file in"):
        write_codebook(dutch_codebook(), tmp_path / "bestaat niet" / "codes.csv")


def test_write_onto_a_folder_is_refused_with_the_name(tmp_path):
    folder = tmp_path / "codes.yaml"
    folder.mkdir()  # works the same for every user, root included
    with pytest.raises(CodebookFileError, match=r"^codes\.yaml: "):
        write_codebook(dutch_codebook(), folder)
    assert folder.is_dir() and not any(folder.iterdir())


@pytest.mark.parametrize("extension", [".yaml", ".csv", ".xlsx", ".qdc", ".docx"])
def test_an_invalid_codebook_is_not_written_and_the_old_file_stays(tmp_path, extension):
    path = tmp_path / f"codes{extension}"
    path.write_bytes(b"oud")
    bad = Codebook(codes=[CodebookEntry(name="Ouders/verzorgers")])
    with pytest.raises(CodebookFileError, match=rf"^codes\{extension}: the codebook cannot be "
                                                 r"exported because it is not valid .*contains"):
        write_codebook(bad, path)
    assert path.read_bytes() == b"oud"
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no temporary file left


def test_export_replaces_an_existing_file_and_keeps_normal_permissions(tmp_path):
    path = tmp_path / "codes.yaml"
    path.write_text("oud")
    write_codebook(dutch_codebook(), path)
    assert read_codebook(path) == dutch_codebook()
    assert [p.name for p in tmp_path.iterdir()] == ["codes.yaml"]
    if os.name != "nt":
        umask = os.umask(0)
        os.umask(umask)
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


def test_unknown_label_keys_are_a_programming_error(tmp_path):
    with pytest.raises(ValueError, match="inclusie"):
        write_codebook(dutch_codebook(), tmp_path / "b.docx", labels={"inclusie": "Inclusie"})
    assert not (tmp_path / "b.docx").exists()


@pytest.mark.parametrize("extension", [".yaml", ".csv", ".xlsx", ".qdc"])
def test_every_reader_returns_a_valid_codebook(tmp_path, extension):
    path = tmp_path / f"codes{extension}"
    write_codebook(dutch_codebook(), path)
    result = read_codebook(path)
    assert problems(result) == []
    assert [p for p, _, _ in result.walk()] == [p for p, _, _ in dutch_codebook().walk()]
