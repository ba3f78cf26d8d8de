"""OpenDocument notes, comments, lists, headers, footers and hidden text, written as
LibreOffice Writer writes them (content.xml with automatic styles, styles.xml with master pages)."""

from qdacoder.importers import ReadOptions, read_file
from tests.importers.conftest import odt_content, odt_styles

AUTOMATIC_STYLES = """
<style:style style:name="T1" style:family="text"><style:text-properties text:display="none"/></style:style>
<text:list-style style:name="L1">
  <text:list-level-style-number text:level="1" text:style-name="Numbering_20_Symbols"
      style:num-suffix=")" style:num-format="1">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"/>
  </text:list-level-style-number>
  <text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="a"/>
  <text:list-level-style-number text:level="3" style:num-suffix="" style:num-format="1"
      text:display-levels="3"/>
</text:list-style>
<text:list-style style:name="L2">
  <text:list-level-style-bullet text:level="1" text:style-name="Bullet_20_Symbols" text:bullet-char="•">
    <style:text-properties fo:font-family="OpenSymbol"/>
  </text:list-level-style-bullet>
  <text:list-level-style-bullet text:level="2" text:bullet-char="\uf0fc">
    <style:text-properties fo:font-family="Wingdings"/>
  </text:list-level-style-bullet>
</text:list-style>
"""

BODY = """
<text:p text:style-name="P1">Het wijkteam<text:note text:id="ftn1" text:note-class="footnote"
><text:note-citation>1</text:note-citation><text:note-body><text:p text:style-name="Footnote"
>Wijkteam Noord, fictief.</text:p></text:note-body></text:note> hielp de moeder.</text:p>
<text:p>De moeder <office:annotation office:name="__Annotation__1_1"><dc:creator>Anja Bakker</dc:creator
><dc:date>2024-03-12T10:00:00</dc:date><text:p text:style-name="P2">Klopt dit wel?</text:p
></office:annotation>was opgelucht<office:annotation-end office:name="__Annotation__1_1"/>.</text:p>
<text:p>Zichtbaar<text:span text:style-name="T1"> en verborgen</text:span>.<text:note
 text:id="ftn2" text:note-class="endnote"><text:note-citation>i</text:note-citation><text:note-body
><text:p>Eindnoot.</text:p></text:note-body></text:note></text:p>
<text:list xml:id="list1" text:style-name="L1">
  <text:list-item><text:p>Eerste afspraak</text:p></text:list-item>
  <text:list-item><text:p>Tweede afspraak</text:p>
    <text:list><text:list-item><text:p>met de moeder</text:p>
      <text:list><text:list-item><text:p>op dinsdag</text:p></text:list-item></text:list>
    </text:list-item><text:list-item><text:p>met de school</text:p></text:list-item></text:list>
  </text:list-item>
</text:list>
<text:p>Tussendoor.</text:p>
<text:list xml:id="list2" text:continue-list="list1" text:style-name="L1">
  <text:list-item><text:p>Derde afspraak</text:p></text:list-item>
</text:list>
<text:list text:style-name="L1"><text:list-item text:start-value="7"><text:p>Zevende</text:p></text:list-item>
  <text:list-item><text:p>Achtste</text:p></text:list-item></text:list>
<text:list text:style-name="L2"><text:list-item><text:p>rust</text:p>
  <text:list><text:list-item><text:p>ritme</text:p></text:list-item></text:list></text:list-item></text:list>
"""

MASTER_PAGES = """
<style:master-page style:name="Standard" style:page-layout-name="Mpm1">
  <style:header><text:p text:style-name="Header">Vertrouwelijk</text:p></style:header>
  <style:header-first><text:p text:style-name="Header">Vertrouwelijk</text:p></style:header-first>
  <style:footer><text:p text:style-name="Footer">Pagina <text:page-number
    text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page>
"""


def make(make_odt, name="notitie.odt"):
    return make_odt("", name, content=odt_content(BODY, automatic_styles=AUTOMATIC_STYLES),
                    styles=odt_styles(master_pages=MASTER_PAGES))


def test_notes_lists_and_what_was_left_out(make_odt):
    result = read_file(make(make_odt))
    assert result.text.split("\n") == [
        "Het wijkteam[1] hielp de moeder.",
        "De moeder was opgelucht.",
        "Zichtbaar.[2]",
        "1) Eerste afspraak",
        "2) Tweede afspraak",
        "a. met de moeder",
        "2.a.1 op dinsdag",
        "b. met de school",
        "Tussendoor.",
        "3) Derde afspraak",
        "7) Zevende",
        "8) Achtste",
        "• rust",
        "✔ ritme",
        "",
        "[1] Wijkteam Noord, fictief.",
        "[2] Eindnoot.",
    ]
    assert [(i.what, i.items, i.characters) for i in result.left_out] == [
        ("headers", 1, len("Vertrouwelijk")), ("footers", 1, len("Pagina 1")),
        ("comments", 1, len("Klopt dit wel?")), ("hidden", 1, len("en verborgen")),
    ]


def test_comments_as_notes_when_asked(make_odt):
    result = read_file(make(make_odt), ReadOptions(comments=True))
    assert "De moeder [c1]was opgelucht." in result.text
    assert result.text.endswith("[2] Eindnoot.\n[c1] Anja Bakker: Klopt dit wel?")
    assert "comments" not in [i.what for i in result.left_out]
