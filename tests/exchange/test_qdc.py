"""REFI-QDA codebooks (.qdc): schema-valid export, exact round trips, files in the style of other
tools, and hostile XML."""

import re
from pathlib import Path

import pytest
from lxml import etree

import qdacoder.exchange
from qdacoder.core.codebook import HINDERING, PROMOTING, Codebook, CodebookEntry
from qdacoder.core.errors import render
from qdacoder.exchange import CodebookFileError, read_codebook, write_codebook
from qdacoder.exchange.qdc_codebook import join_description, split_description
from qdacoder.exchange.validate import GUID, problems
from tests.exchange.test_validate import GUID_1, GUID_2, dutch_codebook

NS = {"q": "urn:QDA-XML:codebook:1.0"}
SCHEMA_PATH = Path(qdacoder.exchange.__file__).parent / "schemas" / "Codebook.xsd"


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(etree.parse(str(SCHEMA_PATH)))


def qdc(tmp_path, text: str, name: str = "codes.qdc"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def error_of(path) -> str:
    with pytest.raises(CodebookFileError) as caught:
        read_codebook(path)
    return str(caught.value)


def with_guids(codebook: Codebook, exported: Codebook) -> Codebook:
    """``codebook`` with the GUIDs the export gave to codes that had none."""
    for (_, _, mine), (_, _, theirs) in zip(codebook.walk(), exported.walk()):
        if mine.guid is None:
            mine.guid = theirs.guid
    return codebook


# --- export and round trip -------------------------------------------------------------------
def test_the_schema_in_the_package_is_the_standard_one():
    shared = Path("/work/shared/refi-qda/Codebook.xsd")
    if shared.exists():
        assert SCHEMA_PATH.read_bytes() == shared.read_bytes()
    assert b'targetNamespace="urn:QDA-XML:codebook:1.0"' in SCHEMA_PATH.read_bytes()


def test_export_is_valid_and_round_trips(tmp_path, schema):
    path = tmp_path / "Codeboek.qdc"
    write_codebook(dutch_codebook(), path)
    tree = etree.parse(str(path))
    schema.assertValid(tree)
    root = tree.getroot()
    assert root.tag == "{urn:QDA-XML:codebook:1.0}CodeBook"
    assert root.get("origin") == "qdacoder"
    assert path.read_bytes().startswith(b"<?xml version='1.0' encoding='UTF-8'?>")

    back = read_codebook(path)
    expected = with_guids(dutch_codebook(), back)
    expected.name = expected.description = ""  # REFI has no place for them
    assert back == expected
    assert all(GUID.match(entry.guid) for _, _, entry in back.walk())
    kept = {entry.guid for _, _, entry in back.walk()}
    assert {GUID_1, GUID_2} <= kept  # given GUIDs are kept exactly (braces and case too)


def test_fields_refi_lacks_travel_in_the_description(tmp_path):
    path = tmp_path / "c.qdc"
    write_codebook(dutch_codebook(), path)
    code = etree.parse(str(path)).find(".//q:Code[@name='Vroegsignalering']", NS)
    assert code.findtext("q:Description", namespaces=NS) == (
        "Problemen worden vroeg gezien en besproken.\n\n"
        "Ook: signalen van de wijkverpleegkundige."
        "\n\nInclusion: Signalen van school, huisarts of wijkteam die tijdig worden opgepakt."
        "\n\nExclusion: Signalen die pas na een crisis worden opgemerkt."
        "\n\nExample: \"De juf zag het meteen en belde mijn moeder.\""
        "\n\nValence: promoting"
    )
    category = etree.parse(str(path)).find(".//q:Code[@name='Belemmerende factoren']", NS)
    assert (category.get("isCodable"), category.get("color")) == ("false", "#c62828")
    assert category.find("q:Description", NS) is None  # nothing to describe: no element
    plain = etree.parse(str(path)).find(".//q:Code[@name='Nee']", NS)
    assert plain.get("color") is None and plain.get("isCodable") == "true"


def test_guids_are_new_only_where_missing_or_taken(tmp_path, schema):
    original = Codebook(codes=[CodebookEntry(name="A", guid=GUID_1), CodebookEntry(name="B")])
    path = tmp_path / "c.qdc"
    write_codebook(original, path)
    back = read_codebook(path)
    assert back.codes[0].guid == GUID_1 and GUID.match(back.codes[1].guid)
    assert original.codes[1].guid is None  # the codebook given is not changed


def test_valence_only_and_criteria_without_description(tmp_path):
    original = Codebook(codes=[
        CodebookEntry(name="Alleen valentie", default_valence=HINDERING, guid=GUID_1),
        CodebookEntry(name="Alleen criteria", exclusion="Niet: \n\nals het over geld gaat.",
                      guid=GUID_2.strip("{}")),
    ])
    path = tmp_path / "c.qdc"
    write_codebook(original, path)
    assert read_codebook(path) == original
    texts = [d.text for d in etree.parse(str(path)).iterfind(".//q:Description", NS)]
    assert texts == ["Valence: hindering", "Exclusion: Niet: \n\nals het over geld gaat."]


def test_texts_with_xml_special_characters_and_line_endings(tmp_path):
    text = "<b>vet</b> & 'quotes' \"dubbel\" ]]> \r\nwindows\rmac\ttab, één"
    original = Codebook(codes=[CodebookEntry(name="A & B <c>", description=text, example=text,
                                             guid=GUID_1)])
    path = tmp_path / "c.qdc"
    write_codebook(original, path)
    assert read_codebook(path) == original


def test_an_empty_codebook_cannot_be_exported(tmp_path):
    with pytest.raises(CodebookFileError, match=r"^leeg\.qdc: the codebook has no codes"):
        write_codebook(Codebook(name="Leeg"), tmp_path / "leeg.qdc")
    assert not (tmp_path / "leeg.qdc").exists()


@pytest.mark.parametrize("text, fields", [
    ("Gewoon een beschrijving.", {"description": "Gewoon een beschrijving."}),
    ("", {"description": ""}),
    ("Zie ook:\n\nInclusion criteria are in the manual.",
     {"description": "Zie ook:\n\nInclusion criteria are in the manual."}),
    ("Example: dit is de hele beschrijving van een ander programma",
     {"description": "", "example": "dit is de hele beschrijving van een ander programma"}),
    ("D\n\nValence: neutraal", {"description": "D\n\nValence: neutraal"}),
    ("D\n\nValence: bevorderend", {"description": "D", "default_valence": PROMOTING}),
    ("D\n\nValence: promoting\n\nmeer tekst", {"description": "D\n\nValence: promoting\n\nmeer tekst"}),
    ("D\n\nExample: x\n\nInclusion: y", {"description": "D\n\nExample: x", "inclusion": "y"}),
    ("D\n\nInclusion: a\n\nb\n\nExclusion: c\n\nd",
     {"description": "D", "inclusion": "a\n\nb", "exclusion": "c\n\nd"}),
    ("D\nInclusion: niet na een witregel", {"description": "D\nInclusion: niet na een witregel"}),
])
def test_split_description(text, fields):
    assert split_description(text) == fields


def test_join_and_split_are_inverse():
    entry = CodebookEntry(name="x", description="Beschrijving\n", inclusion="In\n\nmeer",
                          exclusion="Uit", example="“Voorbeeld”", default_valence=HINDERING)
    fields = split_description(join_description(entry))
    assert fields == {"description": "Beschrijving\n", "inclusion": "In\n\nmeer",
                      "exclusion": "Uit", "example": "“Voorbeeld”", "default_valence": HINDERING}


# --- files from other tools ------------------------------------------------------------------
ATLAS_LIKE = """<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="ATLAS.ti 24.1.0">
  <Codes>
    <Code guid="A1B2C3D4-0000-4000-8000-000000000001" name="Context" isCodable="false">
      <Code guid="A1B2C3D4-0000-4000-8000-000000000002" name="Gezin" isCodable="true" color="#FF8000">
        <Description>Alles over de thuissituatie.
Ook stiefouders.</Description>
      </Code>
      <Code guid="A1B2C3D4-0000-4000-8000-000000000003" name="School" isCodable="true" color="#0080FF"/>
    </Code>
    <Code guid="A1B2C3D4-0000-4000-8000-000000000004" name="Hulpverlening" isCodable="false">
      <Description>Codegroep</Description>
      <Code guid="A1B2C3D4-0000-4000-8000-000000000005" name="Wachttijd" isCodable="true" color="#C00000"/>
    </Code>
  </Codes>
</CodeBook>
"""

MAXQDA_LIKE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="urn:QDA-XML:codebook:1.0 http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd"
          origin="MAXQDA 2022 (Release 22.7.0)">
<Codes>
<Code guid="3f2504e0-4f89-41d3-9a0c-0305e82c3301" name="Bevorderend" isCodable="true" color="#00b050">
<Description>Factoren die uitstroom bevorderen.

Example: "Mijn mentor bleef, ook toen het misging."</Description>
<Code guid="3f2504e0-4f89-41d3-9a0c-0305e82c3302" name="Netwerk" isCodable="true" color="#92d050"/>
<Code guid="3f2504e0-4f89-41d3-9a0c-0305e82c3303" name="Motivatie" isCodable="true" color="#ffc000"/>
</Code>
<Code guid="3f2504e0-4f89-41d3-9a0c-0305e82c3304" name="Belemmerend" isCodable="true" color="#ff0000"/>
</Codes>
</CodeBook>
"""

PLAIN = """<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Taguette 1.4.1">
  <Codes>
    <Code guid="0b8e6d1e-1f7a-4a4e-9d38-1c6a3c1e0001" name="veerkracht" isCodable="true"/>
    <Code guid="0b8e6d1e-1f7a-4a4e-9d38-1c6a3c1e0002" name="eenzaamheid" isCodable="true"/>
    <Code guid="0b8e6d1e-1f7a-4a4e-9d38-1c6a3c1e0003" name="regie" isCodable="true"/>
  </Codes>
</CodeBook>
"""

WITH_SETS = """<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo 14">
  <Codes>
    <Code guid="{11111111-2222-4333-8444-555555555501}" name="Ouders" isCodable="true" color="#ff0000"/>
    <Code guid="{11111111-2222-4333-8444-555555555502}" name="Pleegouders" isCodable="true" color="#00ff00"/>
    <Code guid="{11111111-2222-4333-8444-555555555503}" name="Mentor" isCodable="true" color="#0000ff"/>
  </Codes>
  <Sets>
    <Set guid="{11111111-2222-4333-8444-5555555555aa}" name="Opvoeders">
      <Description>Iedereen die opvoedt</Description>
      <MemberCode guid="{11111111-2222-4333-8444-555555555501}"/>
      <MemberCode guid="{11111111-2222-4333-8444-555555555502}"/>
    </Set>
  </Sets>
</CodeBook>
"""

# Annex A.1 of the REFI-QDA 1.5 standard (braces and no braces, categories without colour).
REFI_EXAMPLE = """<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" xmlns:qda="urn:QDA-XML:codebook:1.0"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:QDA-XML:codebook:1.0 http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd">
<Codes>
<Code guid="{5215cc69-b628-4e02-afb9-9beeaee55808}" name="Topics" isCodable="false">
</Code>
<Code guid="{d7aa29da-519b-4946-9b90-253b6db8fd0a}" name="Economy" isCodable="true" color="#ffff00">
<Description>Anything about jobs or taxes or business</Description>
</Code> <Code guid="{0dcef2f5-e55c-49da-8c33-9b0803c7aeb4}" name="Health care" isCodable="true" color="#33cc33">
<Description>Health care issues, doctor, patients, etc.</Description>
</Code>
<Code guid="9fa9bcb7-5b59-47a9-8c3e-f65cffdc7520" name="Values" isCodable="false">
</Code>
</Codes>
</CodeBook>
"""


def test_atlas_like(tmp_path, schema):
    path = qdc(tmp_path, ATLAS_LIKE, "atlas.qdc")
    assert schema.validate(etree.parse(str(path)))
    codebook = read_codebook(path)
    assert codebook.codes == [
        CodebookEntry(name="Context", is_codable=False,
                      guid="A1B2C3D4-0000-4000-8000-000000000001", children=[
                          CodebookEntry(name="Gezin", color="#ff8000",
                                        description="Alles over de thuissituatie.\nOok stiefouders.",
                                        guid="A1B2C3D4-0000-4000-8000-000000000002"),
                          CodebookEntry(name="School", color="#0080ff",
                                        guid="A1B2C3D4-0000-4000-8000-000000000003"),
                      ]),
        CodebookEntry(name="Hulpverlening", is_codable=False, description="Codegroep",
                      guid="A1B2C3D4-0000-4000-8000-000000000004", children=[
                          CodebookEntry(name="Wachttijd", color="#c00000",
                                        guid="A1B2C3D4-0000-4000-8000-000000000005")]),
    ]


def test_maxqda_like(tmp_path, schema):
    path = qdc(tmp_path, MAXQDA_LIKE, "maxqda.qdc")
    assert schema.validate(etree.parse(str(path)))
    codebook = read_codebook(path)
    assert [(p, e.color) for p, _, e in codebook.walk()] == [
        ("Bevorderend", "#00b050"), ("Bevorderend/Netwerk", "#92d050"),
        ("Bevorderend/Motivatie", "#ffc000"), ("Belemmerend", "#ff0000")]
    first = codebook.codes[0]
    assert first.description == "Factoren die uitstroom bevorderen."
    assert first.example == "\"Mijn mentor bleef, ook toen het misging.\""


def test_no_colours_and_no_descriptions(tmp_path):
    codebook = read_codebook(qdc(tmp_path, PLAIN))
    assert [(e.name, e.color, e.description, e.is_codable) for e in codebook.codes] == [
        ("veerkracht", None, "", True), ("eenzaamheid", None, "", True), ("regie", None, "", True)]


def test_sets_are_skipped_and_reported(tmp_path, schema):
    path = qdc(tmp_path, WITH_SETS)
    assert schema.validate(etree.parse(str(path)))
    codebook = read_codebook(path)
    assert [e.name for e in codebook.codes] == ["Ouders", "Pleegouders", "Mentor"]
    assert codebook.codes[0].guid == "{11111111-2222-4333-8444-555555555501}"
    # the set is not taken, and the import says so
    assert [render(template, params) for template, params in codebook.skipped] == [
        f"{path.name}: skipped 1 set(s) of codes, as qdacoder has no sets: Opvoeders."]


def test_the_standards_own_example(tmp_path):
    codebook = read_codebook(qdc(tmp_path, REFI_EXAMPLE))
    assert [(e.name, e.is_codable, e.guid) for e in codebook.codes] == [
        ("Topics", False, "{5215cc69-b628-4e02-afb9-9beeaee55808}"),
        ("Economy", True, "{d7aa29da-519b-4946-9b90-253b6db8fd0a}"),
        ("Health care", True, "{0dcef2f5-e55c-49da-8c33-9b0803c7aeb4}"),
        ("Values", False, "9fa9bcb7-5b59-47a9-8c3e-f65cffdc7520"),
    ]
    assert codebook.codes[1].description == "Anything about jobs or taxes or business"


def test_re_export_of_another_tools_file_is_valid(tmp_path, schema):
    for text in (ATLAS_LIKE, MAXQDA_LIKE, PLAIN, WITH_SETS, REFI_EXAMPLE):
        codebook = read_codebook(qdc(tmp_path, text))
        out = tmp_path / "weer.qdc"
        write_codebook(codebook, out)
        schema.assertValid(etree.parse(str(out)))
        assert read_codebook(out) == codebook


def test_slightly_off_files_are_still_read(tmp_path, schema):
    text = """<?xml version="1.0"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0">
  <Codes>
    <Code name="Zonder guid" isCodable="True" color="#f80"/>
    <Code name="  Zonder   isCodable  " guid="0b8e6d1e-1f7a-4a4e-9d38-1c6a3c1e0001">
      <Description/>
      <Extra>onbekend element</Extra>
      <Code name="Kind" isCodable="1" color=""/>
    </Code>
  </Codes>
</CodeBook>
"""
    path = qdc(tmp_path, text)
    assert not schema.validate(etree.parse(str(path)))
    codebook = read_codebook(path)
    assert codebook.codes == [
        CodebookEntry(name="Zonder guid", color="#ff8800"),
        CodebookEntry(name="Zonder isCodable", guid="0b8e6d1e-1f7a-4a4e-9d38-1c6a3c1e0001",
                      children=[CodebookEntry(name="Kind")]),
    ]
    assert problems(codebook) == []


# --- mistakes and hostile files --------------------------------------------------------------
def code_xml(*codes: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="test">\n<Codes>\n'
            + "\n".join(codes) + "\n</Codes>\n</CodeBook>\n")


QDC_ERRORS = {
    "not xml": ("Dit is gewoon tekst.", r"^fout\.qdc: not a valid XML file \(line 1: .+\)\.$"),
    "broken xml": ('<?xml version="1.0"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n'
                   '<Codes>\n<Code name="a" isCodable="true">\n</Codes>\n</CodeBook>\n',
                   r"^fout\.qdc: not a valid XML file \(line 5: .*mismatch.*\)\.$"),
    "project file": ('<?xml version="1.0"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="p"/>',
                     r"^fout\.qdc: not a REFI-QDA codebook \(the file starts with <Project>"),
    "no namespace": ('<CodeBook><Codes/></CodeBook>', r"^fout\.qdc: not a REFI-QDA codebook"),
    "no name": (code_xml('<Code guid="0b8e6d1e-1f7a-4a4e-9d38-1c6a3c1e0001" isCodable="true"/>'),
                r"^fout\.qdc, line 4: a <Code> has no name\.$"),
    "empty name": (code_xml('<Code name="a" isCodable="true"/>', '<Code name=" " isCodable="true"/>'),
                   r"^fout\.qdc, line 5: a <Code> has no name\.$"),
    "bad colour": (code_xml('<Code name="a" isCodable="true" color="rood"/>'),
                   r"^fout\.qdc, line 4: “rood” is not a colour; use #rrggbb\.$"),
    "bad guid": (code_xml('<Code name="a" isCodable="true" guid="12345"/>'),
                 r"^fout\.qdc, line 4: “12345” is not a GUID"),
    "duplicate guid": (code_xml(
        '<Code name="a" isCodable="true" guid="0b8e6d1e-1f7a-4a4e-9d38-1c6a3c1e0001"/>',
        '<Code name="b" isCodable="true" guid="{0B8E6D1E-1F7A-4A4E-9D38-1C6A3C1E0001}"/>'),
        r"^fout\.qdc, line 5: the GUID “\{0B8E.*” is used twice \(also at line 4\)"),
    "duplicate sibling": (code_xml('<Code name="Gezin" isCodable="true"/>',
                                   '<Code name="GEZIN" isCodable="true"/>'),
                          r"^fout\.qdc, line 5: the code “GEZIN” appears twice \(also at line 4\)"),
    "bad boolean": (code_xml('<Code name="a" isCodable="ja"/>'),
                    r"^fout\.qdc, line 4: isCodable=\"ja\" is not true or false\.$"),
}


@pytest.mark.parametrize("case", QDC_ERRORS)
def test_mistakes_name_the_line(tmp_path, case):
    text, pattern = QDC_ERRORS[case]
    with pytest.raises(CodebookFileError, match=pattern) as caught:
        read_codebook(qdc(tmp_path, text, "fout.qdc"))
    assert caught.value.params["file"] == "fout.qdc"


def test_external_entities_do_not_leak(tmp_path):
    secret = tmp_path / "geheim.txt"
    secret.write_text("BSN 123456782 van een jongere")
    text = f"""<?xml version="1.0"?>
<!DOCTYPE CodeBook [<!ENTITY xxe SYSTEM "file://{secret}">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0">
  <Codes><Code name="lek" isCodable="true"><Description>&xxe;</Description></Code></Codes>
</CodeBook>
"""
    message = error_of(qdc(tmp_path, text, "xxe.qdc"))
    assert message.startswith("xxe.qdc: the file declares XML entities")
    assert "123456782" not in message


def test_billion_laughs_is_refused_at_once(tmp_path):
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    for where in ('<Description>&lol9;</Description>', ''):
        name = "&lol9;" if not where else "lach"
        text = (f'<?xml version="1.0"?>\n<!DOCTYPE CodeBook [{entities}]>\n'
                f'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'
                f'<Code name="{name}" isCodable="true">{where}</Code></Codes></CodeBook>')
        message = error_of(qdc(tmp_path, text, "lach.qdc"))
        assert re.match(r"^lach\.qdc: (the file declares XML entities|not a valid XML file)",
                        message)
        assert "lollol" not in message


def test_an_internal_entity_declaration_alone_is_refused(tmp_path):
    text = ('<?xml version="1.0"?>\n<!DOCTYPE CodeBook [<!ENTITY org "Jeugdzorg">]>\n'
            + code_xml('<Code name="a" isCodable="true"/>').split("\n", 1)[1])
    assert error_of(qdc(tmp_path, text)).startswith("codes.qdc: the file declares XML entities")


def test_a_doctype_without_entities_is_harmless(tmp_path):
    text = ('<?xml version="1.0"?>\n<!DOCTYPE CodeBook>\n'
            + code_xml('<Code name="a" isCodable="true"/>').split("\n", 1)[1])
    assert [e.name for e in read_codebook(qdc(tmp_path, text)).codes] == ["a"]



def test_a_slash_in_a_name_from_another_tool_becomes_a_division_slash(tmp_path):
    path = tmp_path / "atlas.qdc"
    path.write_text(code_xml('<Code name="Ouders/verzorgers" isCodable="true"/>'), encoding="utf-8")
    assert [e.name for _p, _d, e in read_codebook(path).walk()] == ["Ouders\u2215verzorgers"]
