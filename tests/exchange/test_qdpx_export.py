"""Export of a whole project as REFI-QDA .qdpx: valid against the official schema, texts and
positions exact, and every qdacoder fact where another tool (and qdacoder) finds it."""

import zipfile
from pathlib import Path

import pytest
from lxml import etree

import qdacoder.exchange
from qdacoder.core.codebook import Codebook, CodebookEntry
from qdacoder.core.codebook_ops import merge_codebook
from qdacoder.core.codes import find_code_by_path
from qdacoder.core.coders import ensure_coder
from qdacoder.core.documents import find_document, import_document
from qdacoder.exchange.qdpx_common import NAMESPACE, QdpxFileError
from qdacoder.exchange.qdpx_export import write_qdpx
from tests.exchange.qdpx_study import INTERVIEW, VELDNOTITIE, build, code

SHIPPED = Path(qdacoder.exchange.__file__).parent / "schemas" / "Project.xsd"
OFFICIAL = Path("/work/shared/refi-qda/Project.xsd")
NS = {"q": NAMESPACE}


@pytest.fixture
def study(tmp_path):
    p = build(tmp_path / "studie.qdacoder")
    yield p
    p.close()


@pytest.fixture
def exported(study, tmp_path):
    path = tmp_path / "studie.qdpx"
    report = write_qdpx(study, path)
    archive = zipfile.ZipFile(path)
    root = etree.fromstring(archive.read("project.qde"))
    return report, archive, root


def test_the_shipped_schema_is_the_official_one():
    if OFFICIAL.exists():
        assert SHIPPED.read_bytes() == OFFICIAL.read_bytes()
    assert etree.XMLSchema(etree.parse(str(SHIPPED)))


def test_project_qde_is_valid_against_the_schema(exported):
    report, _archive, root = exported
    schema = etree.XMLSchema(etree.parse(str(SHIPPED)))
    assert schema.validate(root), schema.error_log
    assert (report.documents, report.codes, report.codings, report.cases, report.memos) == (2, 5, 5, 2, 5)


def test_each_text_is_an_internal_utf8_source_with_exact_positions(study, exported):
    _report, archive, root = exported
    names = sorted(archive.namelist())
    assert names[0] == "project.qde" and all(n.startswith("sources/") and n.endswith(".txt") for n in names[1:])
    texts = {}
    for source in root.iterfind(".//q:TextSource", NS):
        path = source.get("plainTextPath")
        assert path == f"internal://{source.get('guid')}.txt"
        texts[source.get("name")] = archive.read("sources/" + path[len("internal://"):]).decode("utf-8")
    assert texts == {"Interview Sanne": INTERVIEW, "Veldnotitie overleg": VELDNOTITIE}
    for source in root.iterfind(".//q:TextSource", NS):
        text = texts[source.get("name")]
        for selection in source.iterfind("q:PlainTextSelection", NS):
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            assert 0 <= start < end <= len(text)
            assert selection.get("name").rstrip("…") in " ".join(text[start:end].split())
    # the emoji before the passage counts as one character, as in Python
    mentor = root.find(".//q:PlainTextSelection[@name='Pas later kreeg ik een mentor die écht luisterde.']", NS)
    assert int(mentor.get("startPosition")) == INTERVIEW.index("Pas later")


def test_codings_keep_coder_code_guid_memo_valence_and_star(study, exported):
    _report, _archive, root = exported
    users = {u.get("name"): u.get("guid") for u in root.iterfind("q:Users/q:User", NS)}
    assert set(users) == {"Anna de Vries", "Bram Jansen"}
    selection = root.find(".//q:PlainTextSelection[@name='Pas later kreeg ik een mentor die écht luisterde.']", NS)
    assert selection.get("creatingUser") == users["Anna de Vries"]
    assert selection.findtext("q:Description", namespaces=NS) == (
        "Keerpunt volgens Sanne.\n\nZie ook het overleg.\n\nValence: promoting\n\nStarred: yes")
    coding = selection.find("q:Coding", NS)
    guid = study.scalar("SELECT guid FROM codings WHERE memo LIKE 'Keerpunt%'")
    assert coding.get("guid") == guid and coding.get("creatingUser") == users["Anna de Vries"]
    assert coding.find("q:CodeRef", NS).get("targetGUID") == "{6F1C2B7E-5A3D-4C1E-9B2A-0D8E7F6A5B4C}"
    plain = root.find(".//q:PlainTextSelection[@name='Niemand wist wat er thuis speelde.']", NS)
    assert plain.find("q:Description", NS) is None  # no memo, no valence, no star: nothing to say


def test_codebook_is_written_as_for_a_qdc(exported):
    _report, _archive, root = exported
    mentor = root.find(".//q:Code[@name='Mentor']", NS)
    assert mentor.findtext("q:Description", namespaces=NS) == (
        "Een vaste volwassene op school.\n\nInclusion: Contact met een mentor of docent.\n\n"
        "Exclusion: Hulpverleners.\n\nExample: Mijn mentor luisterde echt.\n\nValence: promoting")
    assert root.find(".//q:Code[@name='Bevorderende factoren']", NS).get("isCodable") == "false"


def test_cases_hold_whole_documents_and_passages(study, exported):
    _report, _archive, root = exported
    interview = find_document(study, "Interview Sanne")
    sanne = root.find("q:Cases/q:Case[@name='Sanne']", NS)
    assert [r.get("targetGUID") for r in sanne.iterfind("q:SourceRef", NS)] == [interview.guid]
    daan = root.find("q:Cases/q:Case[@name='Daan']", NS)
    assert daan.findtext("q:Description", namespaces=NS) == "Casus Daan."
    (ref,) = daan.iterfind("q:SelectionRef", NS)
    selection = root.find(f".//q:PlainTextSelection[@guid='{ref.get('targetGUID')}']", NS)
    start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
    assert VELDNOTITIE[start:end] == "Over Daan: nog geen plek in een gezinshuis; de wachttijd is lang."
    assert selection.find("q:Coding", NS) is None


def test_attributes_are_typed_variables(exported):
    _report, _archive, root = exported
    types = {v.get("name"): v.get("typeOfVariable") for v in root.iterfind("q:Variables/q:Variable", NS)}
    assert types == {"Leeftijd": "Integer", "Rapportcijfer": "Float", "Woonplek": "Text",
                     "Uit huis geplaatst": "Boolean", "Start hulp": "Date", "Opmerking": "Text", "Datum": "Date"}
    woonplek = root.find("q:Variables/q:Variable[@name='Woonplek']", NS)
    assert woonplek.findtext("q:Description", namespaces=NS) == (
        "Waar de jongere nu woont.\n\nCategories: Thuis\nPleeggezin\nGezinshuis\n\nFor: cases")
    sanne = root.find("q:Cases/q:Case[@name='Sanne']", NS)
    values = [etree.QName(v[1]).localname + "=" + v[1].text for v in sanne.iterfind("q:VariableValue", NS)]
    assert values == ["IntegerValue=15", "FloatValue=6.8", "TextValue=Thuis", "BooleanValue=false",
                      "DateValue=2023-09-01"]
    note = root.find(".//q:TextSource[@name='Veldnotitie overleg']/q:VariableValue/q:DateValue", NS)
    assert note.text == "2024-03-12"


def test_memos_are_notes_referred_to_from_what_they_are_about(exported):
    _report, _archive, root = exported
    notes = {n.findtext("q:PlainTextContent", namespaces=NS): n.get("guid") for n in root.iterfind("q:Notes/q:Note", NS)}
    assert len(notes) == 5

    def refs(xpath):
        return [r.get("targetGUID") for r in root.iterfind(xpath, NS)]

    assert refs("q:NoteRef") == [notes["Start van de analyse."]]
    assert refs(".//q:TextSource[@name='Interview Sanne']/q:NoteRef") == [notes["Opgenomen op school."]]
    assert refs(".//q:Code[@name='Thuissituatie']/q:NoteRef") == [notes["Code breder maken?"]]
    assert refs(".//q:Coding/q:NoteRef") == [notes["Hoe lang precies?"]]
    (link,) = root.iterfind("q:Links/q:Link", NS)
    daan = root.find("q:Cases/q:Case[@name='Daan']", NS).get("guid")
    assert (link.get("originGUID"), link.get("targetGUID")) == (notes["Daan komt alleen in het overleg voor."], daan)


def test_two_exports_describe_the_same_objects(study, tmp_path):
    write_qdpx(study, tmp_path / "a.qdpx")
    write_qdpx(study, tmp_path / "b.qdpx")

    def guids(name):
        root = etree.fromstring(zipfile.ZipFile(tmp_path / name).read("project.qde"))
        return [e.get("guid") for e in root.iter() if e.get("guid")]

    assert guids("a.qdpx") == guids("b.qdpx")


def test_a_tree_the_schema_refuses_is_a_bug_and_writes_nothing(study, tmp_path):
    target = tmp_path / "studie.qdpx"
    target.write_bytes(b"the previous export")
    with study.db.conn:
        study.db.execute("UPDATE coders SET guid = 'geen-guid' WHERE name = 'Bram Jansen'")
    with pytest.raises(QdpxFileError) as error:
        write_qdpx(study, target)
    assert "studie.qdpx" in str(error.value) and "no file was written" in str(error.value)
    assert target.read_bytes() == b"the previous export"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_an_empty_project_is_a_valid_file(project, tmp_path):
    write_qdpx(project, tmp_path / "leeg.qdpx")
    root = etree.fromstring(zipfile.ZipFile(tmp_path / "leeg.qdpx").read("project.qde"))
    assert etree.XMLSchema(etree.parse(str(SHIPPED))).validate(root)


def test_each_memo_is_also_a_text_file_for_tools_that_read_only_that(exported):
    _report, archive, root = exported
    notes = list(root.iterfind("q:Notes/q:Note", NS))
    assert len(notes) == 5
    for note in notes:
        path = note.get("plainTextPath")
        assert path == f"internal://{note.get('guid').strip('{}').lower()}.txt"
        text = archive.read("sources/" + path[len("internal://"):]).decode("utf-8")
        assert text == note.findtext("q:PlainTextContent", namespaces=NS) and text
    # both forms in one Note: the official schema takes it
    official = etree.XMLSchema(etree.parse(str(OFFICIAL if OFFICIAL.exists() else SHIPPED)))
    assert official.validate(root), official.error_log


def test_the_report_says_what_stays_behind_with_counts(study, tmp_path):
    from qdacoder.core import attributes, events, memos, respondents
    from qdacoder.core.cases import find_case
    from qdacoder.core.documents import import_document
    from qdacoder.core.quotes import set_confidential
    from qdacoder.importers.model import Turn

    sanne = find_case(study, "Sanne").id
    wacht = study.scalar("SELECT c.id FROM codings c JOIN codes k ON k.id = c.code_id WHERE k.name = 'Wachtlijst' "
                         "ORDER BY c.id LIMIT 1")
    event = events.add_event(study, case_id=sanne, lane="hulp", start="2023", label="Wachtlijst jeugd-GGZ").result
    events.link_coding(study, event, wacht)
    events.add_event(study, case_id=sanne, lane="wonen", start="2021", label="Terug naar moeder")
    moeder = respondents.add_respondent(study, case_id=sanne, label="Moeder van Sanne", role="ouder").result
    respondents.add_respondent(study, case_id=sanne, label="Mentor", role="school")
    beroep = attributes.add_variable(study, target="respondent", name="Beroep", type="text").result
    attributes.set_values(study, [(beroep, moeder, "verpleegkundige")])
    text = "I: Hoe gaat het?\nM: Beter sinds de mentor.\nI: Fijn.\n"
    lines = [(text.index(line), len(line)) for line in ("I: Hoe gaat het?", "M: Beter sinds de mentor.", "I: Fijn.")]
    import_document(study, name="Gesprek moeder", text=text, kind="transcript",
                    turns=[Turn(start, start + 3, start + n, text[start]) for start, n in lines])
    memos.add_memo(study, target="coding", target_id=wacht, text="Zij noemde de naam van de instelling.")
    set_confidential(study, [wacht])

    report = write_qdpx(study, tmp_path / "studie.qdpx")
    assert report.left_out == {"events": {"n": 2, "links": 1}, "respondents": {"n": 2, "values": 1},
                               "speaker turns": {"n": 3}, "confidential memos": {"n": 2},
                               "masked codings": {"n": 1}}
    assert report.lines() == [
        "Wrote studie.qdpx: 3 document(s), 5 code(s), 5 coding(s), 2 case(s), 4 memo(s).",
        "Left out 2 timeline event(s) and their 1 link(s) to codings: REFI-QDA has no place for them.",
        "Left out 2 respondent(s) and their 1 attribute value(s): REFI-QDA has no place for them.",
        "Left out 3 speaker turn(s) (who speaks where): REFI-QDA has no place for them; the texts are complete.",
        "Left out 2 memo(s) on confidential codings, as a memo may quote the withheld statement.",
        "Masked the text of 1 confidential coding(s); the codings themselves are exported, marked confidential.",
    ]
    assert report.as_dict()["left_out"]["speaker turns"] == {"n": 3}


def test_nothing_left_out_says_nothing(exported):
    report, _archive, _root = exported
    assert report.left_out == {} and len(report.lines()) == 1


def test_the_schema_check_sees_a_copy_with_a_sample_of_the_coding_selections():
    from lxml import etree

    from qdacoder.exchange.qdpx_export import _sample

    root = etree.Element("Project")
    etree.SubElement(root, "Users")
    sources = etree.SubElement(root, "Sources")
    source = etree.SubElement(sources, "TextSource", name="T")
    etree.SubElement(source, "Description")
    for n in range(10):
        etree.SubElement(source, "PlainTextSelection", name=str(n))
    etree.SubElement(source, "NoteRef")
    before = etree.tostring(root)
    sample = _sample(root, [(source, 1, 10)])
    assert [e.tag for e in sample] == ["Users", "Sources"]
    checked = sample.find("Sources/TextSource")
    assert checked.get("name") == "T"
    assert [(e.tag, e.get("name")) for e in checked] == [
        ("Description", None), ("PlainTextSelection", "0"), ("PlainTextSelection", "1"),
        ("PlainTextSelection", "2"), ("NoteRef", None)]
    assert etree.tostring(root) == before  # the tree written is untouched


def test_a_tree_the_schema_refuses_is_not_written(study, tmp_path):
    # a coding whose time is no date (a damaged file): the sampled check sees the first codings
    # of each source, and a refused tree leaves no file behind
    first = study.scalar("SELECT id FROM codings ORDER BY document_id, start LIMIT 1")
    with study.db.atomic():
        study.db.execute("UPDATE codings SET created_at = 'gisteren' WHERE id = ?", [first])
    path = tmp_path / "kapot.qdpx"
    with pytest.raises(QdpxFileError, match="kapot.qdpx"):
        write_qdpx(study, path)
    assert not path.exists()


def test_plain_selections_written_as_text_hold_what_is_special_in_xml(project, tmp_path):
    # plain codings' selections are written as XML text and parsed (the export's fast way): an
    # ampersand, a less-than sign, quotes and line ends in the passage must come out as in the text
    text = 'Moeder zei: "Jij & ik <samen>"\n\tdaarna\n stil.'
    anna = ensure_coder(project, "Anna de Vries")
    merge_codebook(project, Codebook(codes=[CodebookEntry("Steun")]), created_by=anna.id)
    import_document(project, name="Gesprek", text=text, kind="transcript")
    code(project, anna, "Gesprek", "Steun", 'zei: "Jij & ik <samen>"\n\tdaarna')
    write_qdpx(project, tmp_path / "bijzonder.qdpx")
    root = etree.fromstring(zipfile.ZipFile(tmp_path / "bijzonder.qdpx").read("project.qde"))
    assert etree.XMLSchema(etree.parse(str(SHIPPED))).validate(root)
    [selection] = root.iterfind(".//q:PlainTextSelection", NS)
    assert selection.get("name") == 'zei: "Jij & ik <samen>" daarna'
    [coding] = selection.iterfind("q:Coding", NS)
    assert coding.get("creatingUser") == project.scalar("SELECT guid FROM coders")
    [ref] = coding.iterfind("q:CodeRef", NS)
    assert ref.get("targetGUID") == project.scalar("SELECT guid FROM codes WHERE id = ?",
                                                   [find_code_by_path(project, "Steun").id])
    assert b"xmlns" not in etree.tostring(selection).split(b">", 1)[1]  # no namespace declared again
