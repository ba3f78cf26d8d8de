"""What the window's Cases panel and memo editor do, from the command line: `respondents
add|link|list`, `memo add --on coding:ID` and `cases add-passage`, on real project files with a
transcript imported the way a researcher imports one (a text file with speaker labels)."""

import json

import pytest

from qdacoder.core.cases import add_case
from qdacoder.core.memos import list_memos
from qdacoder.core.project import Project

INTERVIEW = (
    "I: Hoe was het om weer thuis te wonen?\n"
    "Moeder: Zwaar. Niemand vroeg wat wij nodig hadden.\n"
    "I: En de jeugdconsulent?\n"
    "Moeder: Die kwam pas na drie maanden. Toen ging het beter.\n"
)
FIELDNOTE = (
    "Leersessie 4, casus 1: de school meldt verzuim.\n"
    "Casus 2: de wachtlijst voor de ggz is het knelpunt.\n"
)


@pytest.fixture
def study(tmp_path, run):
    path = tmp_path / "studie.qdacoder"
    run("new", path)
    interview = tmp_path / "Interview moeder.txt"
    interview.write_text(INTERVIEW, encoding="utf-8")
    fieldnote = tmp_path / "Veldnotitie leersessie 4.txt"
    fieldnote.write_text(FIELDNOTE, encoding="utf-8")
    run("import", path, interview, "--case", "Casus 1")
    run("import", path, fieldnote, "--case", "Casus 1", "--kind", "fieldnote")
    return path


def passage(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_add_link_and_list_respondents(run, study):
    added = json.loads(run("respondents", "add", study, "--case", "Casus 1", "--label", "Moeder", "--role", "ouder",
                           "--json").output)
    assert added == {"id": 1, "case": "Casus 1", "label": "Moeder", "role": "ouder", "function": ""}
    run("respondents", "add", study, "--case", "Casus 1", "--label", "Onderzoeker", "--role", "professional",
        "--function", "interviewer")
    linked = json.loads(run("respondents", "link", study, "--document", "Interview moeder", "--speaker", "Moeder",
                            "--respondent", "Moeder", "--json").output)
    assert linked == {"document": "Interview moeder", "speaker": "Moeder", "respondent": "Moeder",
                      "respondent_id": 1, "turns": 2}
    run("respondents", "link", study, "--document", "Interview moeder", "--speaker", "I", "--respondent", "Onderzoeker")
    listed = json.loads(run("respondents", "list", study, "--json").output)
    assert listed == [
        {"id": 1, "case": "Casus 1", "label": "Moeder", "role": "ouder", "function": "",
         "speakers": [{"document": "Interview moeder", "speaker": "Moeder", "turns": 2}]},
        {"id": 2, "case": "Casus 1", "label": "Onderzoeker", "role": "professional", "function": "interviewer",
         "speakers": [{"document": "Interview moeder", "speaker": "I", "turns": 2}]},
    ]
    assert run("respondents", "list", study).output.splitlines() == [
        "Casus 1/Moeder (ouder)", "  Moeder in “Interview moeder” (2 turns)",
        "Casus 1/Onderzoeker (professional, interviewer)", "  I in “Interview moeder” (2 turns)"]
    # the link is what retrieval reports: a passage the mother said now names her and her role
    start, end = passage(INTERVIEW, "Niemand vroeg wat wij nodig hadden.")
    run("code", study, "--document", "Interview moeder", "--code", "Belemmerend/Niet gehoord", "--start", start,
        "--end", end)
    segment, = json.loads(run("segments", study, "--code", "Belemmerend/Niet gehoord", "--json").output)
    assert (segment["speaker"], segment["respondent"], segment["role"]) == ("Moeder", "Moeder", "ouder")


def test_a_label_used_in_two_cases_is_taken_from_the_document_s_case_or_named_in_full(run, study):
    with Project.open(study) as p:
        add_case(p, "Casus 2")
    for case in ("Casus 1", "Casus 2"):
        run("respondents", "add", study, "--case", case, "--label", "Moeder", "--role", "ouder")
    linked = json.loads(run("respondents", "link", study, "--document", "Interview moeder", "--speaker", "Moeder",
                            "--respondent", "Moeder", "--json").output)
    assert linked["respondent_id"] == 1  # Casus 1's: the interview belongs to Casus 1
    linked = json.loads(run("respondents", "link", study, "--document", "Interview moeder", "--speaker", "Moeder",
                            "--respondent", "Casus 2/Moeder", "--json").output)
    assert linked["respondent_id"] == 2
    listed = json.loads(run("respondents", "list", study, "--json").output)
    assert [(r["case"], r["speakers"]) for r in listed] == [
        ("Casus 1", []), ("Casus 2", [{"document": "Interview moeder", "speaker": "Moeder", "turns": 2}])]


def test_respondent_mistakes_are_plain_errors_and_change_nothing(run, study):
    result = run("respondents", "add", study, "--case", "Casus 9", "--label", "Vader", "--role", "ouder", ok=False)
    assert result.exit_code == 1 and "There is no case named “Casus 9”." in result.stderr
    run("respondents", "add", study, "--case", "Casus 1", "--label", "Moeder", "--role", "ouder")
    result = run("respondents", "add", study, "--case", "Casus 1", "--label", "Moeder", "--role", "ouder", ok=False)
    assert result.exit_code == 1 and "This case already has a respondent “Moeder”." in result.stderr
    result = run("respondents", "link", study, "--document", "Interview moeder", "--speaker", "Vader",
                 "--respondent", "Moeder", ok=False)
    assert result.exit_code == 1
    assert "Interview moeder has no speaker “Vader”; its speakers are: I, Moeder." in result.stderr
    result = run("respondents", "link", study, "--document", "Interview moeder", "--speaker", "Moeder",
                 "--respondent", "Oma", ok=False)
    assert result.exit_code == 1 and "There is no respondent “Oma”." in result.stderr
    result = run("respondents", "link", study, "--document", "Veldnotitie leersessie 4", "--speaker", "Moeder",
                 "--respondent", "Moeder", ok=False)
    assert result.exit_code == 1 and "Veldnotitie leersessie 4 has no speaker turns to link." in result.stderr
    listed = json.loads(run("respondents", "list", study, "--json").output)
    assert [(r["label"], r["speakers"]) for r in listed] == [("Moeder", [])]


def test_a_memo_on_a_coding_by_the_id_segments_shows(run, study):
    start, end = passage(INTERVIEW, "Die kwam pas na drie maanden.")
    run("code", study, "--document", "Interview moeder", "--code", "Belemmerend/Wachttijd", "--start", start,
        "--end", end)
    segment, = json.loads(run("segments", study, "--code", "Belemmerend/Wachttijd", "--json").output)
    run("memo", "add", study, "--on", f"coding:{segment['coding_id']}", "--text", "Drie maanden: vergelijk casus 2.")
    with Project.open(study) as p:
        memo, = list_memos(p, target="coding", target_id=segment["coding_id"])
    assert memo.text == "Drie maanden: vergelijk casus 2."
    assert json.loads(run("memos", study, "--json").output)[0]["on"] == f"coding #{segment['coding_id']}"
    for wrong in ("coding:999", "coding:drie"):
        result = run("memo", "add", study, "--on", wrong, "--text", "x", ok=False)
        assert result.exit_code == 1 and f"There is nothing called “{wrong}” to write a memo on." in result.stderr
    assert len(json.loads(run("memos", study, "--json").output)) == 1


def test_cases_add_passage_and_the_listing_stays_the_default(run, study):
    start, end = passage(FIELDNOTE, "Casus 2: de wachtlijst voor de ggz is het knelpunt.")
    result = run("cases", "add-passage", study, "--case", "Casus 2", "--document", "Veldnotitie leersessie 4",
                 "--start", start, "--end", end, ok=False)
    assert result.exit_code == 1 and "There is no case named “Casus 2”." in result.stderr
    with Project.open(study) as p:
        add_case(p, "Casus 2")
    added = json.loads(run("cases", "add-passage", study, "--case", "Casus 2", "--document",
                           "Veldnotitie leersessie 4", "--start", start, "--end", end, "--json").output)
    assert added == {"id": added["id"], "case": "Casus 2", "document": "Veldnotitie leersessie 4", "start": start,
                     "end": end}
    # `qdacoder cases PROJECT` (the default command) and `cases list` both list, with the field note in both cases
    for args in (("cases", study, "--json"), ("cases", "--json", study), ("cases", "list", study, "--json")):
        listed = json.loads(run(*args).output)
        assert [(c["name"], c["documents"]) for c in listed] == [
            ("Casus 1", ["Interview moeder", "Veldnotitie leersessie 4"]), ("Casus 2", ["Veldnotitie leersessie 4"])]
    # a coding in that passage counts for Casus 2
    run("code", study, "--document", "Veldnotitie leersessie 4", "--code", "Belemmerend/Wachtlijst", "--start",
        start + 9, "--end", end)
    segment, = json.loads(run("segments", study, "--code", "Belemmerend/Wachtlijst", "--json").output)
    assert segment["cases"] == ["Casus 1", "Casus 2"]
    outside = run("cases", "add-passage", study, "--case", "Casus 2", "--document", "Veldnotitie leersessie 4",
                  "--start", 0, "--end", len(FIELDNOTE) + 5, ok=False)
    assert outside.exit_code == 1 and "is not inside the document" in outside.stderr
    missing = run("cases", study.parent / "bestaat_niet.qdacoder", ok=False)
    assert missing.exit_code == 1 and "bestaat_niet.qdacoder: the project file does not exist." in missing.stderr
