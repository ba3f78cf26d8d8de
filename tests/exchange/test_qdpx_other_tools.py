""".qdpx files as NVivo and qc write them: NVivo counts positions in UTF-16 code units (an
emoji counts two), qc names a text file without internal://. Written here byte for byte the
way those tools write them (fictional Dutch material)."""

import io
import zipfile

import pytest

from qdacoder.core.errors import ImportFailed
from qdacoder.core.project import Project
from qdacoder.exchange.qdpx_import import import_qdpx
from qdacoder.exchange.qdpx_positions import CHARACTERS, UTF16, TextPositions, choose_reading, origin_reading

USER = "8ca3a2c1-8b7a-41c3-a9dd-a8fb46caa645"
CODES = {"Wachtlijst": "4d62f0cc-182f-44b8-a043-339c90779e9e", "Steun": "5e73f1dd-293f-45c9-b154-44ad01880faf"}
# emoji before, inside and after the passages; one wide character (𝄞) that is no emoji
WINDOWS = ("Interview Noor (fictief) 😀\r\n"
           "I: Hoe lang wachtte je? 🙂🙂\r\n"
           "R: Negen maanden 😩 op de wachtlijst, en niemand belde.\r\n"
           "R: Mijn tante hielp wel 💪 en mijn mentor ook.\r\n"
           "R: Muziek 𝄞 hielp me ook. 👍")
MAC = ("Veldnotitie 3 maart 🏠\n"
       "Moeder vertelt dat de wachttijd nu 14 weken is 😟.\n"
       "De buurvrouw past op 👶 als moeder werkt.\n"
       "Einde 🙏")


def utf16(text: str, index: int) -> int:
    """What NVivo writes for character ``index``: UTF-16 code units before it."""
    return len(text[:index].encode("utf-16-le")) // 2


def span(text: str, phrase: str, counted=utf16) -> tuple[int, int]:
    start = text.index(phrase)
    return counted(text, start), counted(text, start + len(phrase))


def characters(text: str, index: int) -> int:
    return index


def selection(guid: str, text: str, phrase: str, code: str, counted=utf16) -> str:
    start, end = span(text, phrase, counted)
    return f"""
      <PlainTextSelection guid="{guid}" name="" startPosition="{start}" endPosition="{end}" creatingUser="{USER}" creationDateTime="2025-02-21T15:09:07Z">
        <Coding guid="a{guid[1:]}" creatingUser="{USER}" creationDateTime="2025-02-21T15:09:07Z">
          <CodeRef targetGUID="{CODES[code]}" />
        </Coding>
      </PlainTextSelection>"""


def source(guid: str, name: str, selections: str, path: str | None = None) -> str:
    path = path if path is not None else f"internal://{guid}.txt"
    return f"""
    <TextSource guid="{guid}" name="{name}" richTextPath="internal://{guid}.docx" plainTextPath="{path}" creationDateTime="2025-06-11T16:24:07Z">{selections}
    </TextSource>"""


def project(origin: str, sources: str) -> bytes:
    """project.qde as NVivo for Windows 12.6 writes it (lower-case GUIDs, empty selection names,
    the xsd namespace declared, attributes the schema does not know)."""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns:xsd="http://www.w3.org/2001/XMLSchema" name="Wachttijden" origin="{origin}" creatingUserGUID="{USER}" creationDateTime="2025-02-21T15:09:07Z" basePath="" xmlns="urn:QDA-XML:project:1.0">
  <Users>
    <User guid="{USER}" name="Noor Bakker" />
  </Users>
  <CodeBook>
    <Codes>
      <Code guid="3c51efbb-071f-43a7-9f32-228b89668e8d" name="Toegang tot hulp" isCodable="true">
        <Code guid="{CODES['Wachtlijst']}" name="Wachtlijst" isCodable="true" />
        <Code guid="{CODES['Steun']}" name="Steun" isCodable="true" />
      </Code>
    </Codes>
  </CodeBook>
  <Sources>{sources}
  </Sources>
</Project>""".encode("utf-8")


def archive(tmp_path, qde: bytes, texts: dict[str, str], name="nvivo.qdpx"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr("project.qde", qde)
        for member, text in texts.items():
            zipped.writestr(member, "\ufeff".encode() + text.encode("utf-8"))  # NVivo writes a BOM
    path = tmp_path / name
    path.write_bytes(buffer.getvalue())
    return path


def coded(path) -> list[tuple[str, str, str]]:
    with Project.open(path) as p:
        return sorted((r["document"], r["code"], r["passage"]) for r in p.rows(
            'SELECT d.name AS document, k.name AS code, substr(d.text, c.start + 1, c."end" - c.start) AS passage '
            "FROM codings c JOIN codes k ON k.id = c.code_id JOIN documents d ON d.id = c.document_id"))


WINDOWS_GUID, MAC_GUID = "56a79789-d535-4fb8-bedd-a915504c54ba", "67b8a89a-e646-4fc9-9cee-ba26615d65cb"


def windows_selections(counted=utf16) -> str:
    return (selection("fd960901-8191-4db1-a3dd-a91626d56c4b", WINDOWS, "Negen maanden 😩 op de wachtlijst", "Wachtlijst", counted)
            + selection("fd960902-8191-4db1-a3dd-a91626d56c4b", WINDOWS, "Mijn tante hielp wel", "Steun", counted)
            + selection("fd960903-8191-4db1-a3dd-a91626d56c4b", WINDOWS, "Muziek 𝄞 hielp me ook. 👍", "Steun", counted))


def mac_selections(counted=utf16) -> str:
    return (selection("fd960904-8191-4db1-a3dd-a91626d56c4b", MAC, "de wachttijd nu 14 weken is", "Wachtlijst", counted)
            + selection("fd960905-8191-4db1-a3dd-a91626d56c4b", MAC, "De buurvrouw past op", "Steun", counted)
            # at the very end: read as characters it would lie outside the text
            + selection("fd960906-8191-4db1-a3dd-a91626d56c4b", MAC, "Einde 🙏", "Steun", counted))


EXPECTED = [
    ("Interview Noor", "Steun", "Mijn tante hielp wel"),
    ("Interview Noor", "Steun", "Muziek 𝄞 hielp me ook. 👍"),
    ("Interview Noor", "Wachtlijst", "Negen maanden 😩 op de wachtlijst"),
    ("Veldnotitie", "Steun", "De buurvrouw past op"),
    ("Veldnotitie", "Steun", "Einde 🙏"),
    ("Veldnotitie", "Wachtlijst", "de wachttijd nu 14 weken is"),
]


def test_nvivo_positions_in_utf16_land_on_the_right_words(tmp_path):
    qde = project("NVivo for Windows 12.6", source(WINDOWS_GUID, "Interview Noor", windows_selections())
                  + source(MAC_GUID, "Veldnotitie", mac_selections()))
    # NVivo names the folder "Sources"
    path = archive(tmp_path, qde, {f"Sources/{WINDOWS_GUID}.txt": WINDOWS, f"Sources/{MAC_GUID}.txt": MAC})
    report = import_qdpx(path, tmp_path / "nieuw.qdacoder", coder="Iemand")
    assert coded(tmp_path / "nieuw.qdacoder") == EXPECTED
    assert report.readings == {UTF16: ["Interview Noor", "Veldnotitie"]}
    assert ("Positions read as NVivo counts them (an emoji counts as two) in 2 source(s): "
            "Interview Noor, Veldnotitie") in report.lines()
    assert report.as_dict()["positions"] == {UTF16: ["Interview Noor", "Veldnotitie"]}
    with Project.open(tmp_path / "nieuw.qdacoder") as p:
        assert p.scalar("SELECT text FROM documents WHERE name = 'Interview Noor'") == WINDOWS.replace("\r\n", "\n")


def test_each_source_is_read_the_way_that_fits_it_whatever_the_origin(tmp_path):
    # a project NVivo exported after importing one source from a tool that counts characters,
    # and the same project claiming another origin: the selections decide, per source
    for origin in ("NVivo for Mac 12.7", "ATLAS.ti 23"):
        qde = project(origin, source(WINDOWS_GUID, "Interview Noor", windows_selections(characters))
                      + source(MAC_GUID, "Veldnotitie", mac_selections(utf16)))
        path = archive(tmp_path, qde, {f"sources/{WINDOWS_GUID}.txt": WINDOWS, f"sources/{MAC_GUID}.txt": MAC},
                       name=f"{origin}.qdpx")
        target = tmp_path / f"{origin}.qdacoder"
        report = import_qdpx(path, target, coder="Iemand")
        assert coded(target) == EXPECTED, origin
        assert report.readings == {CHARACTERS: ["Interview Noor"], UTF16: ["Veldnotitie"]}, origin
        assert ("Positions read in characters, as REFI-QDA counts them, in 1 source(s) with emoji: "
                "Interview Noor") in report.lines()


def test_without_wide_characters_nothing_is_decided_or_reported(tmp_path):
    plain = WINDOWS.replace("😀", ":-)").replace("🙂", ":)").replace("😩", ":(").replace("💪", "!") \
                   .replace("𝄞", "~").replace("👍", "+")
    qde = project("NVivo for Windows 12.6", source(WINDOWS_GUID, "Interview Noor", selection(
        "fd960902-8191-4db1-a3dd-a91626d56c4b", plain, "Mijn tante hielp wel", "Steun")))
    report = import_qdpx(archive(tmp_path, qde, {f"sources/{WINDOWS_GUID}.txt": plain}),
                         tmp_path / "nieuw.qdacoder", coder="Iemand")
    assert coded(tmp_path / "nieuw.qdacoder") == [("Interview Noor", "Steun", "Mijn tante hielp wel")]
    assert report.readings == {} and not any(line.startswith("Positions") for line in report.lines())


def test_a_selection_outside_the_text_either_way_is_refused_in_characters(tmp_path):
    length = len(MAC)
    qde = project("NVivo for Mac 15", source(MAC_GUID, "Veldnotitie", mac_selections()).replace(
        f'endPosition="{utf16(MAC, length)}"', f'endPosition="{utf16(MAC, length) + 3}"'))
    target = tmp_path / "nieuw.qdacoder"
    with pytest.raises(ImportFailed) as error:
        import_qdpx(archive(tmp_path, qde, {f"sources/{MAC_GUID}.txt": MAC}), target, coder="Iemand")
    assert f"lies outside the text of “Veldnotitie” (0–{length} characters)" in str(error.value)
    assert not target.exists()


def test_reading_rules():
    text = TextPositions("😀a\r\nb")
    assert [text.character(p, UTF16) for p in range(6)] == [0, None, 1, 2, 3, 4]
    assert [text.stored(c) for c in range(5)] == [0, 1, 2, 2, 3]
    nvivo, atlas = origin_reading("NVivo for Windows 12.6"), origin_reading("ATLAS.ti 23")
    assert nvivo == origin_reading("nvivo 15") == (UTF16, False) and atlas == (CHARACTERS, False)
    assert origin_reading("qdacoder 0.9") == (CHARACTERS, True)
    # both readings fit and put the boundaries equally well: the origin decides
    tie = TextPositions("😀 a b")
    assert choose_reading(tie, [(3, 4)], nvivo) == UTF16
    assert choose_reading(tie, [(3, 4)], atlas) == CHARACTERS
    # a selection splitting a word in two: UTF-16 fits better, but qdacoder wrote characters
    split = TextPositions("😀 woord")
    assert choose_reading(split, [(3, 5)], atlas) == UTF16
    assert choose_reading(split, [(3, 5)], origin_reading("qdacoder 0.9")) is None
    # positions before the first emoji mean the same either way
    assert choose_reading(TextPositions("ab 😀 cd"), [(0, 2)], nvivo) is None


# --- qc 1.3.2: plainTextPath without internal:// -------------------------------------------
BOARD = "Verslag bestuur 2017\nHet bestuur bespreekt de wachtlijsten in de regio.\n"


def test_a_text_path_without_internal_is_looked_up_under_sources(tmp_path):
    board = "78c9b9ab-f757-4fda-8dff-cb37726e76dc"
    lost = "89dacabc-0868-4aeb-9e00-dc48837f87ed"
    selections = selection("fd960907-8191-4db1-a3dd-a91626d56c4b", BOARD, "wachtlijsten", "Wachtlijst", characters)
    gone = (selection("fd960908-8191-4db1-a3dd-a91626d56c4b", BOARD, "bestuur", "Steun", characters)
            + selection("fd960909-8191-4db1-a3dd-a91626d56c4b", BOARD, "regio", "Steun", characters))
    qde = project("qc 1.3.2", source(board, "board_2017", selections, path="board_2017.txt")
                  + source(lost, "board_2018", gone, path="board_2018.txt"))
    path = archive(tmp_path, qde, {"sources/board_2017.txt": BOARD}, name="qc.qdpx")
    report = import_qdpx(path, tmp_path / "nieuw.qdacoder", coder="Iemand")
    assert coded(tmp_path / "nieuw.qdacoder") == [("board_2017", "Wachtlijst", "wachtlijsten")]
    assert report.skipped == {"missing": 1}
    assert ("Skipped 1 source(s) whose text is missing from the .qdpx file: board_2018 (2 coding(s) lost)"
            in report.lines())
    assert not any("kept outside" in line for line in report.lines())
    assert report.as_dict()["codings_lost"] == {"missing": [{"name": "board_2018", "codings": 2}]}
