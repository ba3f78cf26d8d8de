"""`qdacoder cases`, `attributes import|export` and `summary`, on real project files. The
commands are registered on a group of their own, so these tests do not depend on the main
command having registered them yet."""

import json

import docx
import openpyxl
import pytest

from qdacoder.core import documents
from qdacoder.core.attributes import add_variable
from qdacoder.core.cases import add_case
from qdacoder.core.project import Project
from qdacoder.core.respondents import add_respondent




@pytest.fixture
def study(tmp_path):
    path = tmp_path / "studie.qdacoder"
    with Project.create(path) as p:
        casus = add_case(p, "Casus 1").result
        add_case(p, "Casus 2")
        documents.import_document(p, name="Interview moeder", text="I: Hoe gaat het?\nR: Goed.", case_name="Casus 1")
        add_respondent(p, case_id=casus, label="Moeder", role="ouder")
        add_variable(p, target="case", name="Leeftijd", type="number")
        add_variable(p, target="case", name="Eerder uithuisgeplaatst", type="boolean")
    return path


def test_import_then_cases_with_missing_as_null(tmp_path, run, study):
    table = tmp_path / "kenmerken.csv"
    table.write_text("case;Leeftijd;Eerder uithuisgeplaatst;Woonplekken\n"
                     "Casus 1;14,5;nee;3\nCasus 3;;ja;\n", encoding="utf-8")
    report = json.loads(run("attributes", "import", study, table, "--json").output)
    assert report == {"rows": 2, "cases_created": ["Casus 3"], "variables_created": [["Woonplekken", "number"]],
                      "values_set": 4, "values_removed": 0}
    cases = json.loads(run("cases", study, "--json").output)
    for case in cases:  # no case has a timeline: every figure is null, never 0
        timeline = case.pop("timeline")
        assert timeline["events"] == 0 and timeline["living_places"] is None
    assert cases == [
        {"name": "Casus 1", "memo": "", "documents": ["Interview moeder"],
         "respondents": [{"label": "Moeder", "role": "ouder"}],
         "attributes": {"Leeftijd": 14.5, "Eerder uithuisgeplaatst": False, "Woonplekken": 3}},
        {"name": "Casus 2", "memo": "", "documents": [], "respondents": [],
         "attributes": {"Leeftijd": None, "Eerder uithuisgeplaatst": None, "Woonplekken": None}},
        {"name": "Casus 3", "memo": "", "documents": [], "respondents": [],
         "attributes": {"Leeftijd": None, "Eerder uithuisgeplaatst": True, "Woonplekken": None}},
    ]
    assert run("cases", study).output.splitlines()[:4] == [
        "Casus 1 (1 documents, 1 respondents)", "  Leeftijd: 14,5", "  Eerder uithuisgeplaatst: no",
        "  Woonplekken: 3"]


def test_a_bad_table_is_refused_on_stderr(tmp_path, run, study):
    table = tmp_path / "kenmerken.csv"
    table.write_text("case;Leeftijd\nCasus 1;veertien\nCasus 9;oud\n", encoding="utf-8")
    result = run("attributes", "import", study, table, ok=False)
    assert result.exit_code == 1
    assert "row 2, column “Leeftijd”: “veertien” is not a number" in result.output
    assert "row 3, column “Leeftijd”" in result.output
    assert [c["name"] for c in json.loads(run("cases", study, "--json").output)] == ["Casus 1", "Casus 2"]


def test_export_for_documents_and_cases(tmp_path, run, study):
    out = tmp_path / "documenten.csv"
    assert run("attributes", "export", study, out, "--for", "document").output == f"Wrote {out} (1 rows)\n"
    assert out.read_text("utf-8-sig").splitlines() == ["document", "Interview moeder"]
    xlsx = tmp_path / "casussen.xlsx"
    run("attributes", "export", study, xlsx)
    header = next(openpyxl.load_workbook(xlsx).active.iter_rows(values_only=True))
    assert header == ("case", "Leeftijd", "Eerder uithuisgeplaatst")


def test_summary_as_json_text_word_and_excel(tmp_path, run, study):
    table = tmp_path / "kenmerken.csv"
    table.write_text("case;Leeftijd;Eerder uithuisgeplaatst\nCasus 1;14;ja\nCasus 2;17;\n", encoding="utf-8")
    run("attributes", "import", study, table)
    data = json.loads(run("summary", study, "--json").output)
    assert (data["target"], data["n"]) == ("case", 2)
    assert [(r["label"], r["figure"], r["n_valid"], r["n_missing"]) for r in data["rows"]] == [
        ("Leeftijd", "15,5 (14–17)", 2, 0), ("Eerder uithuisgeplaatst", "100% (1)", 1, 1)]
    assert data["rows"][0]["mean"] == 15.5
    word, excel = tmp_path / "samenvatting.docx", tmp_path / "samenvatting.xlsx"
    text = run("summary", study, "--docx", word, "--xlsx", excel).output
    assert text.splitlines() == ["n = 2 cases", "Leeftijd: 15,5 (14–17) (valid 2, missing 0)",
                                 "Eerder uithuisgeplaatst: 100% (1) (valid 1, missing 1)",
                                 f"Wrote {word}", f"Wrote {excel}"]
    assert docx.Document(word).tables[0].rows[1].cells[1].text == "15,5 (14–17)"
    assert openpyxl.load_workbook(excel).active["B3"].value == "15,5 (14–17)"
    dutch = run("summary", study, "--language", "nl").output.splitlines()
    assert dutch[0] == "n = 2 casussen"


def test_missing_project_is_a_plain_error(tmp_path, run):
    result = run("summary", tmp_path / "weg.qdacoder", ok=False)
    assert result.exit_code == 1 and "the project file does not exist" in result.output
