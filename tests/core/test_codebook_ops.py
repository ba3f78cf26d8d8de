from qdacoder.core import codes
from qdacoder.core.codebook import HINDERING, PROMOTING, Codebook, CodebookEntry
from qdacoder.core.codebook_ops import codebook_from_project, merge_codebook

GUID = "5e0b0d3c-8f4a-4d2b-9a51-0c2f6f1d7a11"


def starter():
    return Codebook(name="Uitstroom", codes=[
        CodebookEntry("Bevorderende factoren", is_codable=False, color="#2e7d32", children=[
            CodebookEntry("Vroegsignalering", description="Problemen worden vroeg gezien.",
                          inclusion="Signalen van school.", exclusion="Pas na een crisis.",
                          example="De juf belde meteen.", default_valence=PROMOTING, guid=GUID, color="#66bb6a"),
        ]),
        CodebookEntry("Belemmerende factoren", is_codable=False, children=[
            CodebookEntry("Wachtlijst", default_valence=HINDERING),
        ]),
    ])


def test_merge_into_an_empty_project_and_read_back(project):
    journal = merge_codebook(project, starter())
    assert journal.result.added == ["Bevorderende factoren", "Bevorderende factoren/Vroegsignalering",
                                    "Belemmerende factoren", "Belemmerende factoren/Wachtlijst"]
    code = codes.find_code_by_path(project, "Bevorderende factoren/Vroegsignalering")
    assert (code.guid, code.default_valence, code.inclusion, code.example) == (
        GUID, PROMOTING, "Signalen van school.", "De juf belde meteen.")
    assert not codes.find_code_by_path(project, "Bevorderende factoren").is_codable
    back = codebook_from_project(project)
    back.name = "Uitstroom"
    assert back.codes[0].children[0] == starter().codes[0].children[0]
    assert back.codes[1].children[0].default_valence == HINDERING


def test_merge_keeps_what_exists_adds_what_is_new_and_undoes_as_one_step(project):
    with project.transaction("eigen") as tx:
        codes.ensure_path(tx, "belemmerende factoren/Wachtlijst")
    before = project.rows("SELECT * FROM codes ORDER BY id")
    journal = merge_codebook(project, starter())
    assert journal.result.existing == ["Belemmerende factoren", "Belemmerende factoren/Wachtlijst"]
    assert len(journal.result.added) == 2
    assert codes.find_code_by_path(project, "Belemmerende factoren").name == "belemmerende factoren"
    again = merge_codebook(project, starter())
    assert again.result.added == [] and not again.steps
    journal.undo(project)
    assert project.rows("SELECT * FROM codes ORDER BY id") == before


def test_a_guid_the_project_already_uses_is_not_reused(project):
    merge_codebook(project, starter())
    other = Codebook(codes=[CodebookEntry("Elders", guid=GUID)])
    merge_codebook(project, other)
    assert codes.find_code_by_path(project, "Elders").guid != GUID
