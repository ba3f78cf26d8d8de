"""OpenDocument text files built by hand (zip + content.xml) inside the tests."""

import pytest

from qdacoder.core.errors import ImportFailed
from qdacoder.importers import read_file

BODY = """
<text:sequence-decls><text:sequence-decl text:name="Tabel"/></text:sequence-decls>
<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>
  <text:p>verwijderde tekst</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:h text:outline-level="1">Veldnotitie   huisbezoek</text:h>
<text:p>Het plan is <text:span>geëvalueerd</text:span> in het
   café.<office:annotation><text:p>opmerking van de onderzoeker</text:p></office:annotation>
 Zie <text:a xlink:href="https://example.org">de site</text:a>.<text:note
 text:note-class="footnote"><text:note-citation>1</text:note-citation>
 <text:note-body><text:p>voetnoot</text:p></text:note-body></text:note></text:p>
<text:p>Twee<text:s text:c="3"/>spaties en een<text:tab/>tab,<text:line-break/>nieuwe
 regel.</text:p>
<text:list><text:list-item><text:p>eerste punt</text:p></text:list-item>
  <text:list-item><text:list>
    <text:list-item><text:p>genest punt</text:p></text:list-item>
  </text:list></text:list-item></text:list>
<text:section text:name="Deel1"><text:p>In een sectie.</text:p></text:section>
<table:table table:name="Tabel1">
  <table:table-column table:number-columns-repeated="2"/>
  <table:table-header-rows><table:table-row>
    <table:table-cell><text:p>Naam</text:p></table:table-cell>
    <table:table-cell><text:p>Rol</text:p></table:table-cell>
  </table:table-row></table:table-header-rows>
  <table:table-row>
    <table:table-cell><text:p>Jan</text:p><text:p>(fictief)</text:p></table:table-cell>
    <table:table-cell><text:p>vader</text:p></table:table-cell>
  </table:table-row>
  <table:table-row><table:table-cell/><table:covered-table-cell/></table:table-row>
</table:table>
<text:p><draw:frame><draw:text-box><text:p>tekstvak</text:p></draw:text-box></draw:frame
>Einde.</text:p>
"""


def test_paragraphs_lists_sections_and_tables(make_odt):
    result = read_file(make_odt(BODY))
    assert result.format == "odt"
    assert result.text == (
        "Veldnotitie huisbezoek\n"
        "Het plan is geëvalueerd in het café. Zie de site.[1]\n"
        "Twee   spaties en een\ttab,\nnieuwe regel.\n"
        "eerste punt\n"
        "genest punt\n"
        "In een sectie.\n"
        "Naam | Rol\n"
        "Jan (fictief) | vader\n"
        "Einde.\n"
        "\n"
        "[1] voetnoot"
    )
    assert result.notes == 1
    assert [(item.what, item.items) for item in result.left_out] == [("comments", 1)]


def test_turns_in_an_odt(make_odt):
    body = (
        "<text:p>Interview jongere (fictief)</text:p>"
        "<text:p>I: Hoe oud ben je?</text:p>"
        "<text:p>Jongere: <text:span>Zestien.</text:span></text:p>"
        "<text:p>I: En je school?</text:p><text:p>Jongere: Gaat wel.</text:p>"
    )
    result = read_file(make_odt(body, "jongere.odt"))
    assert [t.speaker for t in result.turns] == ["I", "Jongere", "I", "Jongere"]
    turn = result.turns[1]
    assert result.text[turn.content_start:turn.end] == "Zestien."


def test_entities_are_not_expanded_or_resolved(make_odt, odt_xml):
    prolog = (
        '<!DOCTYPE office:document-content [\n'
        '<!ENTITY xxe SYSTEM "file:///etc/passwd">\n'
        '<!ENTITY lol "lollollollollollollollollollol">\n'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
        ']>\n'
    )
    content = odt_xml("<text:p>Veilig &xxe; &lol2;</text:p>", prolog)
    result = read_file(make_odt("", "aanval.odt", content=content))
    assert result.text == "Veilig"
    assert "root" not in result.text and "lol" not in result.text


def test_password_protected_odt(make_odt):
    manifest = (
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/>'
        "</manifest:file-entry></manifest:manifest>"
    )
    with pytest.raises(ImportFailed, match=r"geheim\.odt: this document is protected"):
        read_file(make_odt("", "geheim.odt", content="versleuteld", manifest=manifest))


@pytest.mark.parametrize(
    "content",
    [
        "<niet-afgesloten>",  # malformed XML
        '<?xml version="1.0"?><iets-anders/>',  # XML, but no office:text
    ],
)
def test_invalid_content_xml(make_odt, content):
    with pytest.raises(ImportFailed, match=r"stuk\.odt: this is not a valid OpenDocument text"):
        read_file(make_odt("", "stuk.odt", content=content))


def test_huge_space_count_is_capped(make_odt):
    result = read_file(make_odt('<text:p>a<text:s text:c="999999999"/>b</text:p>'))
    assert result.text == "a" + " " * 1000 + "b"
