"""`qdacoder import` saying what it left out, and `qdacoder documents list|set`."""

import json

import pytest

from tests.importers.wordml import WORD_SEPARATORS, w_p, w_r, write_docx

FIELD_NOTE = (
    "Veldnotitie huisbezoek (fictief)\n"
    "De moeder vertelt over de zomer. Het ging beter dan verwacht.\n"
    "Moeder: Hij slaapt weer goed.\n"
    "De jeugdconsulent vraagt naar school. Daar is nog weinig veranderd.\n"
    "Moeder: School blijft lastig.\n"
    "Afspraak over zes weken.\n"
)


@pytest.fixture
def project(tmp_path, run):
    path = tmp_path / "studie.qdacoder"
    run("new", path)
    return path


@pytest.fixture
def report_docx(tmp_path):
    body = (w_p("Verslag overleg (fictief)")
            + w_p("Het wijkteam", '<w:r><w:footnoteReference w:id="1"/></w:r>', " hielp.")
            + w_p("De moeder ", '<w:commentRangeStart w:id="0"/>', w_r("was opgelucht"),
                  '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>', "."))
    footnote = ('<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
                + w_r(" Wijkteam Noord.") + "</w:p></w:footnote>")
    comment = ('<w:comment w:id="0" w:author="Anja Bakker"><w:p><w:r><w:annotationRef/></w:r>'
               + w_r("Echt?") + "</w:p></w:comment>")
    return write_docx(tmp_path / "overleg.docx", body,
                      footnotes=WORD_SEPARATORS.format(kind="footnote") + footnote,
                      comments=comment, headers=[w_p("Vertrouwelijk")])


def test_import_says_what_it_left_out(run, project, report_docx):
    output = run("import", project, report_docx).output
    assert "Imported" in output and "(other, " in output
    assert ("Left out: 1 header(s) (13 characters), 1 comment(s) (5 characters). "
            "1 note(s) added after the text.") in output
    result = json.loads(run("import", project, report_docx, "--json", ok=False).output)[0]
    assert result["status"] == "failed"  # the same text twice is refused ...
    fresh = project.with_name("tweede.qdacoder")
    run("new", fresh)
    result = json.loads(run("import", fresh, report_docx, "--comments", "--json").output)[0]
    assert result["left_out"] == [{"what": "headers", "items": 1, "characters": 13}]
    assert result["notes"] == 2  # ... with the comment as a note it is another text


def test_import_of_an_rtf_file_says_the_same(tmp_path, run, project):
    # the field note of report_docx as LibreOffice saves it as .rtf (trimmed of layout words)
    source = tmp_path / "overleg.rtf"
    source.write_bytes(
        rb"{\rtf1\ansi\deff4{\fonttbl{\f4\froman\fprq2\fcharset0 Calibri;}}" b"\n"
        rb"\pard\plain \s0\f4\fs22{\loch" b"\n" rb"Verslag overleg (fictief)}" b"\n"
        rb"\par \pard\plain \s0\f4\fs22{\loch" b"\n" rb"Het wijkteam}{{\super \loch \chftn"
        rb"{\*\footnote \chftn\pard\plain \s0\f4\fs22{" b"\n" rb" }{\loch" b"\n" rb"Wijkteam Noord.}" b"\n"
        rb"}}" b"\n" rb"}{\loch" b"\n" rb" hielp.}" b"\n"
        rb"\par \pard\plain \s0\f4\fs22{\loch" b"\n" rb"De moeder }{{\*\atrfstart 0}\loch" b"\n"
        rb"was opgelucht}{\loch" b"\n" rb"}{{\*\atrfend 0}\loch" b"\n"
        rb"{{\*\atnid }{\*\atnauthor Anja Bakker}\chatn{\*\annotation{\*\atnref 0}{\*\atndate 0}"
        rb"\loch\ltrpar{\rtlch\ltrch\loch\f3\fs24\loch" b"\n" rb"Echt?}}}.}" b"\n" rb"\par }")
    output = run("import", project, source).output
    assert "Left out: 1 comment(s) (5 characters). 1 note(s) added after the text." in output
    fresh = project.with_name("tweede.qdacoder")
    run("new", fresh)
    result = json.loads(run("import", fresh, source, "--comments", "--json").output)[0]
    assert (result["left_out"], result["notes"]) == ([], 2)
    listed = json.loads(run("documents", "list", fresh, "--json").output)
    assert listed[0]["characters"] == len(
        "Verslag overleg (fictief)\nHet wijkteam[1] hielp.\nDe moeder was opgelucht[c1].\n\n"
        "[1] Wijkteam Noord.\n[c1] Anja Bakker: Echt?")


def test_documents_list_and_set_kind(tmp_path, run, project):
    source = tmp_path / "huisbezoek.txt"
    source.write_text(FIELD_NOTE, encoding="utf-8")
    run("import", project, source, "--case", "Casus 1")
    listed = json.loads(run("documents", "list", project, "--json").output)
    assert [(d["name"], d["kind"], d["turns"], d["cases"]) for d in listed] == [
        ("huisbezoek", "other", 0, ["Casus 1"])]  # 2 turns in 6 paragraphs: not a dialogue
    changed = json.loads(run("documents", "set", project, "--document", "huisbezoek",
                             "--kind", "fieldnote", "--json").output)
    assert changed == {"document": "huisbezoek", "kind": "fieldnote", "previous": "other", "turns_found": 0}
    assert run("documents", "list", project).output.strip() == (
        f"huisbezoek (fieldnote, {len(FIELD_NOTE.strip())} characters, 0 speaker turns; Casus 1)")
    # made a transcript, it gets the turns an import would find, in one undoable step
    output = run("documents", "set", project, "--document", "huisbezoek", "--kind", "transcript").output
    assert "is now of kind transcript (was fieldnote); 2 speaker turns found in its text" in output
    assert json.loads(run("documents", "list", project, "--json").output)[0]["turns"] == 2
    again = json.loads(run("documents", "set", project, "--document", "huisbezoek", "--kind", "transcript",
                           "--json").output)
    assert again["turns_found"] == 0  # the turns it has stay as they are


def test_import_finds_turns_when_asked(tmp_path, run, project):
    source = tmp_path / "huisbezoek.txt"
    source.write_text(FIELD_NOTE, encoding="utf-8")
    result = json.loads(run("import", project, source, "--kind", "fieldnote", "--turns", "--json").output)[0]
    assert (result["kind"], result["turns"]) == ("fieldnote", 2)


def test_documents_set_refuses_unknown_names_and_kinds(run, project):
    result = run("documents", "set", project, "--document", "bestaat niet", "--kind", "report", ok=False)
    assert result.exit_code == 1 and "There is no document named “bestaat niet”" in result.output
    result = run("documents", "set", project, "--document", "x", "--kind", "roman", ok=False)
    assert result.exit_code == 2
