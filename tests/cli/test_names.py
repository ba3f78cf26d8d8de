"""The names on the command line: the placeholder list, the attribution, and --pseudonymised."""

import json

import openpyxl

from qdacoder.core import names
from qdacoder.core.project import Project

INTERVIEW = "I: Hoe gaat het met Jayden?\nR: Jayden woont nu in Dijkhoven. Een roos voor Roos.\n"


def make(run, tmp_path):
    project = tmp_path / "p.qdacoder"
    run("new", project)
    source = tmp_path / "interview_Jayden.txt"
    source.write_text(INTERVIEW, encoding="utf-8")
    run("import", project, source, "--case", "Casus Jayden")
    return project


def test_add_list_remove(run, tmp_path):
    project = make(run, tmp_path)
    run("placeholders", "add", project, "Jayden", "[naam jongere]", "--category", "person")
    added = run("placeholders", "add", project, "Roos", "[naam moeder]", "--json")
    assert json.loads(added.output)["common_words"] == ["Roos"]  # roos is a Dutch word: told so
    listed = json.loads(run("placeholders", "list", project, "--json").output)
    assert listed == [{"name": "Roos", "placeholder": "[naam moeder]", "category": "", "any_case": False},
                      {"name": "Jayden", "placeholder": "[naam jongere]", "category": "person", "any_case": False}]
    assert "person:\n  Jayden -> [naam jongere]" in run("placeholders", "list", project).output
    run("placeholders", "remove", project, "roos")
    assert [e["name"] for e in json.loads(run("placeholders", "list", project, "--json").output)] == ["Jayden"]


def test_refusals_change_nothing(run, tmp_path):
    project = make(run, tmp_path)
    run("placeholders", "add", project, "Jayden", "[naam jongere]")
    for args, message in ((("Jayden", "[x]"), "already on the list"),
                          (("Ria", "[moeder van Jayden]"), "contains the listed name “Jayden”"),
                          (("", "[x]"), "Give the name"),
                          (("Ria", ""), "Give a placeholder")):
        result = run("placeholders", "add", project, *args, ok=False)
        assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output
    with Project.open(project) as p:
        assert [e.name for e in names.list_placeholders(p)] == ["Jayden"]


def test_import_from_csv_and_excel(run, tmp_path):
    project = make(run, tmp_path)
    table = tmp_path / "namen.csv"
    table.write_text("naam;placeholder;categorie;elke schrijfwijze\nJayden;[naam jongere];person;ja\n"
                     "Dijkhoven;[gemeente];place;\n", encoding="utf-8")
    result = json.loads(run("placeholders", "import", project, table, "--json").output)
    assert (result["added"], result["changed"]) == (2, 0)
    book = openpyxl.Workbook()
    book.active.append(["name", "placeholder", "category"])
    book.active.append(["Jayden", "[jongere]", "person"])
    book.active.append(["De Klimop", "[school]", "institution"])
    book.save(tmp_path / "namen.xlsx")
    result = json.loads(run("placeholders", "import", project, tmp_path / "namen.xlsx", "--json").output)
    assert (result["added"], result["changed"], result["unchanged"]) == (1, 1, 0)
    with Project.open(project) as p:
        assert names.name_filter(p)("jayden in Dijkhoven") == "jayden in [gemeente]"  # any case: now off again


def test_a_bad_row_refuses_the_whole_file(run, tmp_path):
    project = make(run, tmp_path)
    table = tmp_path / "namen.csv"
    table.write_text("name;placeholder\nJayden;[naam jongere]\nSam;[Sam]\n", encoding="utf-8")
    result = run("placeholders", "import", project, table, ok=False)
    assert result.exit_code == 1 and "namen.csv, row 3:" in result.output and "“Sam”" in result.output
    wrong = tmp_path / "lijst.txt"
    wrong.write_text("x", encoding="utf-8")
    assert "from .csv or .xlsx" in run("placeholders", "import", project, wrong, ok=False).output
    no_header = tmp_path / "leeg.csv"
    no_header.write_text("wie;wat\nJayden;x\n", encoding="utf-8")
    assert "no columns “name” and “placeholder”" in run("placeholders", "import", project, no_header, ok=False).output
    with Project.open(project) as p:
        assert names.list_placeholders(p) == []


def test_attribution_show_and_set(run, tmp_path):
    project = make(run, tmp_path)
    shown = json.loads(run("attribution", "show", project, "--json").output)
    assert shown["template"] == "“{text}” ({role})" and set(shown["presets"]) == {"role", "role-age", "municipality"}
    run("attribution", "set", project, "--template", "‘{text}’ ({role}[, {case}])", "--roles",
        "jeugdige, Gezagdrager,jeugdprofessional")
    shown = json.loads(run("attribution", "show", project, "--json").output)
    assert shown["template"] == "‘{text}’ ({role}[, {case}])"
    assert shown["roles"] == ["jeugdige", "Gezagdrager", "jeugdprofessional"]
    run("attribution", "set", project, "--preset", "role")
    assert json.loads(run("attribution", "show", project, "--json").output)["template"] == "“{text}” ({role})"
    refused = run("attribution", "set", project, "--template", "({role})", ok=False)
    assert refused.exit_code == 1 and "must contain {text}" in refused.output
    assert "municipality" in run("attribution", "set", "--help").output


def test_the_terminal_shows_real_names_unless_pseudonymised(run, tmp_path):
    project = make(run, tmp_path)
    run("placeholders", "add", project, "Jayden", "[naam jongere]")
    plain = run("search", project, "Dijkhoven").output
    assert "Jayden" in plain and "interview_Jayden" in plain
    hidden = run("search", project, "Dijkhoven", "--pseudonymised").output
    assert "Jayden" not in hidden and "interview_[naam jongere]" in hidden
    data = json.loads(run("cases", project, "--json", "--pseudonymised").output)
    assert data[0]["name"] == "Casus [naam jongere]" and "Jayden" not in json.dumps(data)
    assert "Casus Jayden" in run("cases", project).output


def test_suggest_and_reject(run, tmp_path):
    project = make(run, tmp_path)
    run("placeholders", "add", project, "Roos", "[naam moeder]", "--category", "person")
    found = {s["form"]: s for s in json.loads(run("placeholders", "suggest", project, "--json").output)}
    assert found["Jayden"]["category"] == "person" and found["Jayden"]["count"] == 2
    assert found["Jayden"]["contexts"][0]["text"].startswith("I: Hoe gaat het met [Jayden]?")
    assert "Roos" not in found and "roos" not in found  # listed; the lower-case word roos is a Dutch word
    assert "Dijkhoven" not in found  # a fictional place deduce does not know: added by hand
    run("placeholders", "reject", project, "jayden")
    again = json.loads(run("placeholders", "suggest", project, "--document", "interview_Jayden", "--json").output)
    assert "Jayden" not in {s["form"] for s in again}
    run("placeholders", "reject", project, "Jayden", "--undo")
    assert "Jayden  (person, 2x in 1 document(s)" in run("placeholders", "suggest", project).output
    missing = run("placeholders", "suggest", project, "--document", "Elders", ok=False)
    assert missing.exit_code != 0 and "There is no document “Elders”" in missing.output
