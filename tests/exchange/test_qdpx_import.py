"""A .qdpx as other tools write it, and every way a .qdpx can be wrong."""

import io
import zipfile

import pytest

from qdacoder.core.errors import ImportFailed
from qdacoder.core.project import Project
from qdacoder.exchange.qdpx_import import import_qdpx

USER = "AD68FBE7-E1EE-4A82-A279-23CC698C89EB"
CODE = "85D17F60-7BB0-481E-B742-B4861DD669DF"
# CRLF line ends, an "é" and an emoji before the selections (positions count code points of
# the file, where each CRLF is two)
TEXT = "Verslag huisbezoek\r\nMoeder: Het café was dicht 😀.\r\nVader: De wachtlijst duurt te lang.\r\n"
PDF_TEXT = "Brief van de gemeente\nUw aanvraag voor jeugdhulp is ontvangen.\n"


def span(text, phrase):
    start = text.index(phrase)
    return start, start + len(phrase)


def qde(sources="", extra="", codes=None):
    w_start, w_end = span(TEXT, "De wachtlijst duurt te lang.")
    c_start, c_end = span(TEXT, "Het café was dicht")
    p_start, p_end = span(PDF_TEXT, "jeugdhulp")
    codes = codes if codes is not None else f"""
    <Code guid="{{{CODE}}}" name="Wachtlijst" isCodable="true" color="#F00">
      <Description>Lang wachten op hulp.</Description></Code>
    <Code guid="0F8A1907-7E42-4739-8610-A676B4D1B69F" name="Buurt" isCodable="true"/>"""
    return f"""<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Huisbezoeken" origin="AnderProgramma 8">
 <Users><User guid="{{{USER}}}" name="Fatima El Amrani"/></Users>
 <CodeBook><Codes>{codes}</Codes></CodeBook>
 <Cases><Case guid="11111111-2222-3333-4444-555555555555" name="Gezin B">
   <SourceRef targetGUID="69A4332D-5B31-4915-B520-5275CFC21B40"/>
   <SourceRef targetGUID="DA744775-589A-46D3-8B26-A07ADCE1E1CA"/></Case></Cases>
 <Sources>
  <TextSource guid="{{69A4332D-5B31-4915-B520-5275CFC21B40}}" name="Huisbezoek gezin B.docx"
      plainTextPath="internal://01106019-2518-43DD-BBD1-8F0252BACB30.txt" creatingUser="{USER}">
   <PlainTextSelection guid="4191294A-E287-4510-95B0-69BCE4638E56" startPosition="{w_start}" endPosition="{w_end}"
       creatingUser="{USER}">
    <Coding guid="445A6AEC-1400-4502-919D-0867832FF211"><CodeRef targetGUID="{CODE}"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="5191294A-E287-4510-95B0-69BCE4638E56" startPosition="{c_start}" endPosition="{c_end}">
    <Coding guid="545A6AEC-1400-4502-919D-0867832FF211" creatingUser="{USER}">
     <CodeRef targetGUID="0F8A1907-7E42-4739-8610-A676B4D1B69F"/></Coding>
   </PlainTextSelection>
  </TextSource>
  <PDFSource guid="03F134F1-AB05-46E6-8702-1D6930D7F7F0" name="Brief gemeente.pdf"
      path="internal://484934BD-97FF-4F8C-9690-B9E77A9092B5.pdf">
   <PDFSelection guid="95916796-D0A0-4B49-80B0-5A5C8B94AE13" page="0" firstX="1" firstY="1" secondX="9" secondY="9"/>
   <Representation guid="B09E8D25-66A6-4D7E-A884-3E1A11A40E7C"
       plainTextPath="internal://B09E8D25-66A6-4D7E-A884-3E1A11A40E7C.txt">
    <PlainTextSelection guid="27A5F0C2-E225-4D6A-8297-F4FEC794D890" startPosition="{p_start}" endPosition="{p_end}">
     <Coding guid="4B1F2D56-CCE9-46F9-8248-E110F3352C5A" creatingUser="{USER}"><CodeRef targetGUID="{CODE}"/></Coding>
    </PlainTextSelection>
   </Representation>
  </PDFSource>
  <AudioSource guid="DA744775-589A-46D3-8B26-A07ADCE1E1CA" name="Opname huisbezoek.m4a"
      path="internal://DF370983-F009-4D47-8615-711633FA9DE6.m4a">
   <AudioSelection guid="A5DE7584-8296-418B-A322-136F77ADF87B" begin="0" end="1000">
    <Coding guid="F3906F2B-2FF0-4338-B45B-BE66661F9AE6"><CodeRef targetGUID="{CODE}"/></Coding>
   </AudioSelection>
  </AudioSource>
  <TextSource guid="57C6099B-934F-4C86-90F2-CC6C2F2A3CC3" name="Elders bewaard.txt"
      plainTextPath="relative:///verslagen/elders.txt"/>
  {sources}
 </Sources>
 {extra}
</Project>""".encode("utf-8")


def qdpx(tmp_path, project=None, members=None, name="gezin.qdpx"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        files = {"project.qde": project if project is not None else qde(),
                 # other tools write upper-case file names and a BOM
                 "sources/01106019-2518-43DD-BBD1-8F0252BACB30.TXT": "\ufeff".encode() + TEXT.encode(),
                 "sources/B09E8D25-66A6-4D7E-A884-3E1A11A40E7C.txt": PDF_TEXT.encode(),
                 "sources/484934BD-97FF-4F8C-9690-B9E77A9092B5.pdf": b"%PDF-1.4 not read",
                 "sources/DF370983-F009-4D47-8615-711633FA9DE6.m4a": b"audio, not read"}
        files.update(members or {})
        for member, data in files.items():
            if data is not None:
                archive.writestr(member, data)
    path = tmp_path / name
    path.write_bytes(buffer.getvalue())
    return path


def test_a_project_as_another_tool_writes_it(tmp_path):
    report = import_qdpx(qdpx(tmp_path), tmp_path / "nieuw.qdacoder", coder="Iemand")
    with Project.open(tmp_path / "nieuw.qdacoder") as p:
        assert p.name == "Huisbezoeken"
        documents = {r["name"]: r["text"] for r in p.rows("SELECT name, text FROM documents")}
        assert documents == {"Huisbezoek gezin B.docx": TEXT.replace("\r\n", "\n"), "Brief gemeente.pdf": PDF_TEXT}
        passages = sorted((r["code"], r["passage"], r["coder"]) for r in p.rows(
            'SELECT k.name AS code, substr(d.text, c.start + 1, c."end" - c.start) AS passage, o.name AS coder '
            "FROM codings c JOIN codes k ON k.id = c.code_id JOIN documents d ON d.id = c.document_id "
            "JOIN coders o ON o.id = c.coder_id"))
        assert passages == [("Buurt", "Het café was dicht", "Fatima El Amrani"),
                            ("Wachtlijst", "De wachtlijst duurt te lang.", "Fatima El Amrani"),
                            ("Wachtlijst", "jeugdhulp", "Fatima El Amrani")]
        assert p.scalar("SELECT guid FROM codes WHERE name = 'Wachtlijst'") == f"{{{CODE}}}"
        assert p.scalar("SELECT color FROM codes WHERE name = 'Wachtlijst'") == "#ff0000"
        assert p.rows("SELECT c.name AS name, d.name AS document, r.start AS start FROM case_ranges r "
                      "JOIN cases c ON c.id = r.case_id JOIN documents d ON d.id = r.document_id") == [
            {"name": "Gezin B", "document": "Huisbezoek gezin B.docx", "start": None}]
        assert p.scalar("SELECT count(*) FROM coders") == 1  # every coding named its user
    assert report.skipped == {"media": 1, "external": 1, "pdf areas": 1}
    lines = report.lines()
    assert ("Skipped 1 picture, audio or video source(s), as qdacoder codes texts: "
            "Opname huisbezoek.m4a (1 coding(s) lost)") in lines
    assert "Skipped 1 source(s) kept outside the .qdpx file: Elders bewaard.txt" in lines
    # the emoji makes the two ways of counting differ; the standard's way fits as well as NVivo's
    assert "Positions read in characters, as REFI-QDA counts them, in 1 source(s) with emoji: " \
           "Huisbezoek gezin B.docx" in lines
    assert report.imported["documents"] == 2 and report.imported["codings"] == 3


def test_inner_elements_without_namespace_are_read(tmp_path):
    plain = qde().replace(b'<Project xmlns="urn:QDA-XML:project:1.0"', b"<Project")
    import_qdpx(qdpx(tmp_path, plain), tmp_path / "nieuw.qdacoder", coder="Iemand")
    with Project.open(tmp_path / "nieuw.qdacoder") as p:
        assert p.scalar("SELECT count(*) FROM codings") == 3


def refused(tmp_path, path, *words):
    target = tmp_path / "nieuw.qdacoder"
    with pytest.raises(ImportFailed) as error:
        import_qdpx(path, target, coder="Iemand")
    message = str(error.value)
    assert path.name in message, message
    for word in words:
        assert word in message, message
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith("nieuw")]
    return message


def test_not_a_zip(tmp_path):
    path = tmp_path / "kapot.qdpx"
    path.write_bytes(b"<Project/>")
    refused(tmp_path, path, "not a ZIP")


def test_no_project_qde(tmp_path):
    refused(tmp_path, qdpx(tmp_path, members={"project.qde": None}), "no project.qde")


def test_malformed_xml_names_the_line(tmp_path):
    refused(tmp_path, qdpx(tmp_path, b"<?xml version='1.0'?>\n<Project name='x'>\n<Users>\n</Project>"),
            "not a valid XML file", "line 4")


def test_a_dtd_with_entities_is_refused(tmp_path):
    bomb = (b'<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
            b'<Project xmlns="urn:QDA-XML:project:1.0" name="&b;"/>')
    refused(tmp_path, qdpx(tmp_path, bomb), "entities")


def test_another_xml_document(tmp_path):
    refused(tmp_path, qdpx(tmp_path, b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>'), "not a REFI-QDA project")


def test_a_coding_of_a_code_that_does_not_exist(tmp_path):
    only_one = f'<Code guid="{CODE}" name="Wachtlijst" isCodable="true"/>'
    project = qde(codes=only_one)
    line = project.decode().splitlines().index(
        '    <Coding guid="545A6AEC-1400-4502-919D-0867832FF211" creatingUser="{USER}">'.replace("{USER}", USER)) + 1
    refused(tmp_path, qdpx(tmp_path, project), "code that does not exist",
            "0F8A1907-7E42-4739-8610-A676B4D1B69F".lower(), f"line {line}:")


def test_a_selection_outside_the_text(tmp_path):
    text = TEXT.replace("\r\n", "\n")[:20]
    refused(tmp_path, qdpx(tmp_path, members={"sources/01106019-2518-43DD-BBD1-8F0252BACB30.TXT": text.encode()}),
            "outside the text", "Huisbezoek gezin B.docx", "line ")


def test_a_text_that_is_not_utf8(tmp_path):
    refused(tmp_path, qdpx(tmp_path, members={
        "sources/01106019-2518-43DD-BBD1-8F0252BACB30.TXT": TEXT.encode("cp1252", errors="replace")}),
        "not UTF-8", "Huisbezoek gezin B.docx")


def test_a_missing_text_file_is_named_with_the_codings_lost(tmp_path):
    path = qdpx(tmp_path, members={"sources/01106019-2518-43DD-BBD1-8F0252BACB30.TXT": None})
    report = import_qdpx(path, tmp_path / "nieuw.qdacoder", coder="Iemand")
    assert report.skipped["missing"] == 1 and report.imported["codings"] == 1
    assert ("Skipped 1 source(s) whose text is missing from the .qdpx file: "
            "Huisbezoek gezin B.docx (2 coding(s) lost)") in report.lines()
    with Project.open(tmp_path / "nieuw.qdacoder") as p:
        assert [r["name"] for r in p.rows("SELECT name FROM documents")] == ["Brief gemeente.pdf"]
        assert p.scalar("SELECT count(*) FROM case_ranges") == 0  # the case referred to the missing source


def test_a_case_referring_to_nothing(tmp_path):
    project = qde(extra="").replace(b"DA744775-589A-46D3-8B26-A07ADCE1E1CA\"/></Case>",
                                    b"DA744775-589A-46D3-8B26-A07ADCE1E1CA\"/><SelectionRef targetGUID="
                                    b"\"99999999-2222-3333-4444-555555555555\"/></Case>")
    refused(tmp_path, qdpx(tmp_path, project), "does not exist", "99999999")


def test_a_zip_bomb_is_refused_before_unpacking(tmp_path):
    zeros = b"\0" * (20 * 1024 * 1024)
    refused(tmp_path, qdpx(tmp_path, members={"sources/01106019-2518-43DD-BBD1-8F0252BACB30.TXT": zeros}),
            "refused for safety")


def test_an_existing_project_file_is_never_overwritten(tmp_path):
    target = tmp_path / "bestaand.qdacoder"
    target.write_bytes(b"mijn werk")
    with pytest.raises(Exception):
        import_qdpx(qdpx(tmp_path), target, coder="Iemand")
    assert target.read_bytes() == b"mijn werk"


def _passages(path):
    with Project.open(path) as p:
        return sorted((r["code"], r["passage"], r["coder"], r["guid"]) for r in p.rows(
            'SELECT k.name AS code, substr(d.text, c.start + 1, c."end" - c.start) AS passage, o.name AS coder, '
            "c.guid AS guid FROM codings c JOIN codes k ON k.id = c.code_id JOIN documents d ON d.id = c.document_id "
            "JOIN coders o ON o.id = c.coder_id"))


def test_sources_before_the_users_and_code_book_are_kept_until_those_are_read(tmp_path):
    """The import writes each source as soon as it is read, once the users and the code book
    are known; a file that puts its sources first gets the same project."""
    usual = qde()
    head, rest = usual.split(b" <Users>", 1)
    users_and_codes, rest = rest.split(b" <Cases>", 1)
    cases, rest = rest.split(b" <Sources>", 1)
    sources, tail = rest.split(b" </Sources>", 1)
    swapped = head + b" <Sources>" + sources + b" </Sources>\n <Cases>" + cases + b" <Users>" + users_and_codes + tail
    import_qdpx(qdpx(tmp_path, swapped, name="omgedraaid.qdpx"), tmp_path / "omgedraaid.qdacoder", coder="Iemand")
    import_qdpx(qdpx(tmp_path), tmp_path / "gewoon.qdacoder", coder="Iemand")
    assert _passages(tmp_path / "omgedraaid.qdacoder") == _passages(tmp_path / "gewoon.qdacoder")
    assert len(_passages(tmp_path / "gewoon.qdacoder")) == 3


def test_a_coding_guid_used_twice_gets_a_new_one_the_second_time(tmp_path):
    # the codings are written many at a time; the project's unique index finds the repeat
    twice = qde().replace(b"545A6AEC-1400-4502-919D-0867832FF211", b"445A6AEC-1400-4502-919D-0867832FF211")
    report = import_qdpx(qdpx(tmp_path, twice), tmp_path / "dubbel.qdacoder", coder="Iemand")
    guids = [row[3] for row in _passages(tmp_path / "dubbel.qdacoder")]
    assert report.imported["codings"] == 3 and len(set(guids)) == 3
    assert "445A6AEC-1400-4502-919D-0867832FF211" in guids
