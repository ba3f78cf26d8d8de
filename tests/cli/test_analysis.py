"""`qdacoder stats`, `matrix`, `cooccurrence` and `chart` on the hand-counted project of
tests/analysis/test_frequency_table.py. The commands are registered on a group of their own,
so these tests do not depend on the main command having registered them yet."""

import json

import openpyxl
import pytest

from qdacoder.core.project import Project

from ..analysis.test_frequency_table import build_study




@pytest.fixture
def study(tmp_path):
    path = tmp_path / "uitstroom.qdacoder"
    with Project.create(path) as p:
        build_study(p)
    return path


def rows(data):
    return {r["code"]: r for r in data["rows"]}


def test_stats_json_has_every_figure(run, study):
    data = json.loads(run("stats", study, "--json").output)
    assert (data["n"], data["filters"], data["by"]) == (4, "No filters: all codings.", None)
    figures = {r["code"]: [r[k] for k in ("codings", "passages", "documents", "cases", "promoting", "hindering",
                                          "no_valence", "percent")] for r in data["rows"]}
    assert figures == {
        "Factoren": [13, 12, 5, 4, 6, 5, 2, 100],
        "Factoren/Steun": [7, 6, 5, 4, 6, 0, 1, 100],
        "Factoren/Wachtlijst": [5, 5, 4, 2, 0, 5, 0, 50],
        "Participatie": [3, 3, 3, 2, 2, 1, 0, 50],
    }
    factoren = rows(data)["Factoren"]
    assert factoren["own"]["codings"] == 1 and factoren["share"] == "4 of 4 cases, 100%"


def test_stats_by_case_with_a_kind_filter_gives_null_for_not_known(run, study):
    data = json.loads(run("stats", study, "--by", "case", "--kind", "transcript", "--json").output)
    assert data["filters"] == "document kinds: transcript"
    assert rows(data)["Factoren/Steun"]["by"] == {"Casus Daan": 2, "Casus Eva": 1, "Casus Fenna": None,
                                                  "Casus Jesse": None, "Casus Sem": None}
    assert rows(data)["Factoren/Steun"]["cases"] == 2 and rows(data)["Factoren/Steun"]["cases_total"] == 2
    assert [c["known"] for c in data["columns"]] == [True, True, False, False, False]


def test_stats_by_attribute_and_filters(run, study):
    data = json.loads(run("stats", study, "--by", "attribute:gemeente", "--coder", "Bram Jansen", "--json").output)
    steun = rows(data)["Factoren/Steun"]
    assert steun["codings"] == 4  # c3 c6 c9 c13
    assert steun["by"]["codings"] == {"Utrecht": 2, "Zeist": 1, "missing": 1}
    assert [(c["name"], c["n"]) for c in data["columns"]] == [("Utrecht", 2), ("Zeist", 1), ("missing", 1)]


def test_matrix_by_documents_and_presence(run, study, tmp_path):
    data = json.loads(run("matrix", study, "--columns", "documents", "--presence", "--json").output)
    assert data["columns_kind"] == "documents"
    assert rows(data)["Participatie"]["cells"] == {"Dossier Daan": 1, "Dossier Fenna": 0, "Interview Daan": 1,
                                                   "Interview Eva moeder": 1, "Veldnotitie overleg": 0}
    counts = json.loads(run("matrix", study, "--rows", "codes", "--columns", "cases", "--json").output)
    assert rows(counts)["Factoren"]["cells"] == {"Casus Daan": 5, "Casus Eva": 4, "Casus Fenna": 2,
                                                 "Casus Jesse": 1, "Casus Sem": None}


def test_matrix_by_role_with_percentages(run, study):
    data = json.loads(run("matrix", study, "--columns", "attribute:role", "--json").output)
    assert data["variable"] == "respondent role"
    wachtlijst = rows(data)["Factoren/Wachtlijst"]
    assert wachtlijst["codings"] == {"jeugdige": 1, "ouder": 1, "professional": 0, "missing": 3}
    assert wachtlijst["codings_row_percent"] == {"jeugdige": 20, "ouder": 20, "professional": 0, "missing": 60}
    assert wachtlijst["cases"] == {"jeugdige": 1, "ouder": 1, "professional": 0, "missing": 2}


def test_matrix_by_attribute_writes_the_chosen_measure_and_percentages(run, study, tmp_path):
    run("matrix", study, "--columns", "attribute:gemeente", "--measure", "codings", "--percent", "column",
        "--csv", tmp_path / "g.csv")
    lines = (tmp_path / "g.csv").read_bytes().decode("utf-8-sig").splitlines()
    assert lines[3] == "The column “missing” holds the cases without a value (its n) and the codings outside every case."
    assert lines[5:8] == ["Code;Utrecht;Utrecht %;Zeist;Zeist %;missing;missing %", "n;2;;1;;1;",
                          "Factoren;7;78;4;80;2;100"]


def test_matrix_writes_tables_and_heat_maps(run, study, tmp_path):
    files = [tmp_path / name for name in ("m.xlsx", "m.csv", "m.png", "m.svg")]
    output = run("matrix", study, "--columns", "cases", "--kind", "transcript", "--xlsx", files[0], "--csv", files[1],
                 "--png", files[2], "--svg", files[3]).output
    assert all(f.exists() for f in files) and all(f"Wrote {f}" in output for f in files)
    sheet = openpyxl.load_workbook(files[0]).active
    assert sheet["A1"].value == "Codes by case – uitstroom"
    assert sheet["A2"].value == "filters: document kinds: transcript"
    assert [c.value for c in sheet[6]] == ["Factoren", 3, 2, "not known", "not known", "not known"]
    text = files[1].read_bytes().decode("utf-8-sig")
    assert "Factoren;3;2;not known;not known;not known" in text
    assert "not known" in output


def test_cooccurrence_json(run, study):
    data = json.loads(run("cooccurrence", study, "--json").output)
    assert (data["scope"], data["n"]) == ("overlap", 16)
    steun = rows(data)["Factoren/Steun"]
    assert steun["units"] == 7
    assert steun["with"] == {"Factoren/Wachtlijst": {"count": 1, "jaccard": pytest.approx(2 / 12)},
                             "Participatie": {"count": 2, "jaccard": pytest.approx(0.4)}}
    case = json.loads(run("cooccurrence", study, "--scope", "case", "--code", "Participatie",
                          "--code", "Factoren/Wachtlijst", "--json").output)
    assert rows(case)["Participatie"]["with"] == {"Factoren/Wachtlijst": {"count": 2, "jaccard": 1.0}}


def test_stats_exports_and_chart(run, study, tmp_path):
    run("stats", study, "--xlsx", tmp_path / "f.xlsx", "--csv", tmp_path / "f.csv")
    sheet = openpyxl.load_workbook(tmp_path / "f.xlsx").active
    assert [c.value for c in sheet[6]] == ["Factoren", 13, 12, 5, 4, 100, 6, 5, 2, 1]
    assert "n = 4 cases; written on" in sheet["A3"].value
    run("chart", study, tmp_path / "f.svg", "--type", "frequencies", "--stacked")
    run("chart", study, tmp_path / "m.png", "--type", "matrix", "--columns", "documents")
    assert (tmp_path / "f.svg").read_bytes().startswith(b"<?xml")
    assert (tmp_path / "m.png").read_bytes().startswith(b"\x89PNG")


def test_plain_errors(run, study):
    unknown = run("matrix", study, "--columns", "attribute:opleiding", ok=False)
    assert unknown.exit_code == 1 and "no attribute named “opleiding”" in unknown.output
    wrong = run("matrix", study, "--columns", "gemeente", ok=False)
    assert wrong.exit_code == 2 and "attribute:NAME" in wrong.output
    case = run("stats", study, "--case", "Casus Onbekend", ok=False)
    assert case.exit_code == 1 and "Casus Onbekend" in case.output
    code = run("cooccurrence", study, "--code", "Bestaat/Niet", ok=False)
    assert code.exit_code == 1 and "Bestaat/Niet" in code.output
    chart = run("chart", study, "grafiek.pdf", "--type", "frequencies", ok=False)
    assert chart.exit_code == 1 and ".pdf" in chart.output


def test_matrix_as_a_word_table(run, study, tmp_path):
    import docx

    out = tmp_path / "matrix.docx"
    run("matrix", study, "--rows", "codes", "--columns", "cases", "--docx", out)
    document = docx.Document(str(out))
    assert document.tables[0].style.name == "Table Grid"
    assert "n = " in document.paragraphs[-1].text


def test_tables_in_dutch(run, study, tmp_path):
    """The same figures; the words around them in Dutch, as the window writes them on a Dutch system."""
    out = run("stats", study, "--xlsx", tmp_path / "f.xlsx", "--language", "nl").output
    sheet = openpyxl.load_workbook(tmp_path / "f.xlsx").active
    assert [c.value for c in sheet[6]] == ["Factoren", 13, 12, 5, 4, 100, 6, 5, 2, 1]
    assert "n = 4 casussen" in sheet["A3"].value
    assert [c.value for c in sheet[5]][1:5] == ["Coderingen", "Fragmenten", "Documenten", "Casussen"]
    assert "Codefrequenties" in out
    matrix = run("matrix", study, "--columns", "cases", "--kind", "transcript", "--language", "nl").output
    assert "onbekend" in matrix and "not known" not in matrix
