"""The command line, on real project files, as a script or a researcher would call it."""

import json
import subprocess
import sys

import pytest


TRANSCRIPT = (
    "I: Wanneer merkte school dat het niet goed ging?\n"
    "R: Pas in groep 7. Daarvoor zag niemand het.\n"
    "I: En de jeugdconsulent?\n"
    "R: Die luisterde wél. Betrek mij gewoon, het is mijn leven.\n"
)




@pytest.fixture
def project(tmp_path, run):
    path = tmp_path / "studie.qdacoder"
    run("new", path)
    return path


def test_new_import_code_info_and_codes_with_json(tmp_path, run, project):
    source = tmp_path / "interview jeugdige.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8-sig")
    imported = json.loads(run("import", project, source, "--case", "Casus 1", "--json").output)
    assert imported == [{"file": str(source), "status": "imported", "document": "interview jeugdige",
                         "kind": "transcript", "characters": len(TRANSCRIPT.rstrip("\n")), "turns": 4,
                         "notes": 0, "left_out": [], "unknown_symbols": 0}]
    start = TRANSCRIPT.index("Betrek mij gewoon")
    end = start + len("Betrek mij gewoon, het is mijn leven.")
    coded = json.loads(run("code", project, "--document", "interview jeugdige", "--code",
                           "Bevorderend/Betrokkenheid jeugdige", "--start", start, "--end", end, "--json").output)
    assert coded["text"] == "Betrek mij gewoon, het is mijn leven."
    assert coded["code"] == "Bevorderend/Betrokkenheid jeugdige" and coded["coder"] == "Bram Jansen"
    info = json.loads(run("info", project, "--json").output)
    assert info == {"project": "studie", "documents": 1, "codes": 2, "codings": 1, "cases": 1, "coders": 1,
                    "reading": "all codings of every coder"}
    tree = json.loads(run("codes", project, "--json").output)
    assert [(c["path"], c["depth"], c["codings"]) for c in tree] == [
        ("Bevorderend", 0, 0), ("Bevorderend/Betrokkenheid jeugdige", 1, 1)]
    plain = run("codes", project).output
    assert plain.splitlines() == [
        "Bevorderend (1 codings, 1 documents, 1 cases, +0 −0)",
        "  Betrokkenheid jeugdige (1 codings, 1 documents, 1 cases, +0 −0)"]


def test_import_reports_each_bad_file_and_exits_non_zero(tmp_path, run, project):
    good = tmp_path / "goed.txt"
    good.write_text(TRANSCRIPT, encoding="utf-8")
    empty = tmp_path / "leeg.txt"
    empty.write_text("")
    result = run("import", project, good, empty, tmp_path / "bestaat_niet.docx", ok=False)
    assert result.exit_code == 1
    assert "leeg.txt" in result.stderr and "bestaat_niet.docx" in result.stderr
    assert "Imported" in result.stdout
    assert json.loads(run("info", project, "--json").output)["documents"] == 1


def test_errors_go_to_stderr_with_exit_code_1(tmp_path, run, project):
    result = run("code", project, "--document", "Onbekend", "--code", "A", "--start", 0, "--end", 3, ok=False)
    assert result.exit_code == 1 and "Onbekend" in result.stderr
    result = run("info", tmp_path / "nergens.qdacoder", ok=False)
    assert result.exit_code == 1 and "does not exist" in result.stderr
    result = run("new", project, ok=False)
    assert result.exit_code == 1 and "already exists" in result.stderr


def test_code_outside_the_text_is_refused(tmp_path, run, project):
    source = tmp_path / "kort.txt"
    source.write_text("Korte veldnotitie.", encoding="utf-8")
    run("import", project, source, "--kind", "fieldnote")
    result = run("code", project, "--document", "kort", "--code", "A", "--start", 5, "--end", 500, ok=False)
    assert result.exit_code == 1 and "not inside the document" in result.stderr
    assert json.loads(run("info", project, "--json").output)["codes"] == 0  # nothing half-done


def test_demo_project_builds_from_resources(tmp_path, run):
    path = tmp_path / "demo.qdacoder"
    run("demo", path)
    info = json.loads(run("info", path, "--json").output)
    assert info["documents"] >= 4 and info["cases"] >= 2 and info["codings"] >= 20 and info["coders"] >= 2
    tree = json.loads(run("codes", path, "--json").output)
    assert any(c["depth"] == 2 for c in tree)
    assert any("Bevorderend" in c["path"] for c in tree) and any("Belemmerend" in c["path"] for c in tree)
    demo_cases = {c["name"]: c for c in json.loads(run("cases", path, "--json").output)}
    assert demo_cases["Casus 1"]["attributes"]["leeftijd"] == 16
    assert demo_cases["Casus 2"]["attributes"]["gemeente"] is None  # missing, not empty or 0
    assert {r["role"] for r in demo_cases["Casus 1"]["respondents"]} >= {"jeugdige"}
    assert json.loads(run("memos", path, "--json").output)
    report = tmp_path / "concept.docx"
    run("export", path, report, "--what", "report")  # the demo's starred quotes make a draft report
    import docx

    assert sum(p.style.name == "Quote" for p in docx.Document(str(report)).paragraphs) >= 5


def test_python_dash_m_runs_the_command():
    result = subprocess.run([sys.executable, "-m", "qdacoder", "--help"], capture_output=True, text=True, check=True)
    for command in ("new", "import", "info", "codes", "code", "gui", "demo"):
        assert f"  {command}" in result.stdout


def test_import_can_code_each_speaker_turn(tmp_path, run, project):
    source = tmp_path / "gesprek.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    run("import", project, source, "--autocode-speakers", "--coder", "Anna de Vries")
    tree = {c["path"]: c["codings"] for c in json.loads(run("codes", project, "--json").output)}
    assert tree == {"Speakers": 0, "Speakers/I": 2, "Speakers/R": 2}
    assert json.loads(run("info", project, "--json").output)["coders"] == 1


def test_valence_and_figures_from_the_command_line(tmp_path, run, project):
    source = tmp_path / "gesprek.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    run("import", project, source, "--case", "Casus 1")
    late = TRANSCRIPT.index("Pas in groep 7.")
    coded = json.loads(run("code", project, "--document", "gesprek", "--code", "Signalering/Te laat",
                           "--start", late, "--end", late + 15, "--valence", "belemmerend", "--json").output)
    assert coded["valence"] == "hindering"
    run("code", project, "--document", "gesprek", "--code", "Signalering/Te laat", "--start", 0, "--end", 10,
        "--valence", "promoting")
    tree = {c["path"]: c for c in json.loads(run("codes", project, "--json").output)}
    leaf = tree["Signalering/Te laat"]
    assert (leaf["codings"], leaf["promoting"], leaf["hindering"], leaf["cases"]) == (2, 1, 1, 1)
    assert tree["Signalering"]["subtree"]["codings"] == 2 and tree["Signalering"]["codings"] == 0
    inductive = run("codes", project, "--added-while-coding").output.splitlines()
    assert inductive[0].startswith("Signalering (added by Bram Jansen on ")


def test_a_code_added_under_a_parent_joins_its_family(tmp_path, run, project):
    run("codebook", "add", project, "Belemmerende factoren", "--color", "#c62828", "--valence", "hindering")
    source = tmp_path / "gesprek.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    run("import", project, source)
    coded = json.loads(run("code", project, "--document", "gesprek", "--code", "Belemmerende factoren/Te laat",
                           "--start", 0, "--end", 10, "--json").output)
    assert coded["valence"] == "hindering"  # the new code took the parent's valence, the coding the code's
    run("codebook", "add", project, "Belemmerende factoren/Wachtlijst")
    run("codebook", "add", project, "Belemmerende factoren/Overgang", "--valence", "none", "--color", "#123456")
    tree = {c["path"]: c for c in json.loads(run("codes", project, "--json").output)}
    child = tree["Belemmerende factoren/Wachtlijst"]
    assert child["default_valence"] == "hindering"
    assert child["color"] != "#c62828" and child["color"][1:3] > child["color"][3:5]  # a shade of the red
    assert tree["Belemmerende factoren/Te laat"]["color"] not in (child["color"], "#c62828")  # another shade
    chosen = tree["Belemmerende factoren/Overgang"]  # what is given on the command line wins
    assert chosen["default_valence"] is None and chosen["color"] == "#123456"


def test_editing_the_codebook_from_the_command_line(tmp_path, run, project):
    source = tmp_path / "gesprek.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    run("import", project, source)
    run("codebook", "add", project, "Factoren", "--category")
    run("codebook", "add", project, "Factoren/Steun", "--valence", "promoting", "--color", "#66bb6a")
    run("codebook", "add", project, "Luisteren")
    run("code", project, "--document", "gesprek", "--code", "Luisteren", "--start", 0, "--end", 20)
    run("codebook", "set", project, "Luisteren", "--description", "De jongere voelt zich gehoord.",
        "--inclusion", "Expliciet benoemd.", "--example", "Die luisterde wél.")
    run("codebook", "move", project, "Luisteren", "--to", "Factoren", "--position", "0")
    run("codebook", "rename", project, "Factoren/Steun", "Steun van mentor")
    tree = {c["path"]: c for c in json.loads(run("codes", project, "--json").output)}
    assert list(tree) == ["Factoren", "Factoren/Luisteren", "Factoren/Steun van mentor"]
    assert tree["Factoren"]["category"] and tree["Factoren/Steun van mentor"]["default_valence"] == "promoting"
    assert tree["Factoren/Luisteren"]["description"] == "De jongere voelt zich gehoord."
    run("codebook", "merge", project, "Factoren/Luisteren", "Factoren/Steun van mentor")
    tree = {c["path"]: c for c in json.loads(run("codes", project, "--json").output)}
    assert list(tree) == ["Factoren", "Factoren/Steun van mentor"] and tree["Factoren/Steun van mentor"]["codings"] == 1
    result = run("codebook", "delete", project, "Factoren/Steun van mentor", "--keep-codings", ok=False)
    assert result.exit_code == 1 and "category" in result.stderr  # codings cannot move onto a category
    result = run("codebook", "delete", project, "Factoren/Steun van mentor")
    assert "1 coding(s) were deleted" in result.output
    result = run("codebook", "move", project, "Factoren", "--to", "Nergens", ok=False)
    assert result.exit_code == 1 and "There is no code “Nergens”" in result.stderr


def test_codebooks_travel_in_and_out_and_new_projects_start_from_one(tmp_path, run):
    starters = json.loads(run("codebook", "starters", "--json").output)
    assert {s["name"] for s in starters} >= {"ketenbreed_leren", "perspektiev_uitstroom"}
    first = tmp_path / "eerste.qdacoder"
    created = json.loads(run("new", first, "--codebook", "ketenbreed_leren", "--json").output)
    assert created["codes"] >= 15
    for ext in (".yaml", ".csv", ".xlsx", ".qdc", ".docx"):
        run("codebook", "export", first, tmp_path / f"boek{ext}")
        assert (tmp_path / f"boek{ext}").stat().st_size > 0
    for ext in (".yaml", ".csv", ".xlsx", ".qdc"):
        second = tmp_path / f"tweede{ext}.qdacoder"
        run("new", second)
        report = json.loads(run("codebook", "import", second, tmp_path / f"boek{ext}", "--json").output)
        assert len(report["added"]) == created["codes"] and report["existing"] == []
        again = json.loads(run("codebook", "import", second, tmp_path / f"boek{ext}", "--json").output)
        assert again["added"] == [] and len(again["existing"]) == created["codes"]
        exported = json.loads(run("codes", second, "--json").output)
        original = json.loads(run("codes", first, "--json").output)
        keys = ("path", "description", "category", "default_valence", "color")
        assert [{k: c[k] for k in keys} for c in exported] == [{k: c[k] for k in keys} for c in original]
    result = run("new", tmp_path / "x.qdacoder", "--codebook", "onbekend", ok=False)
    assert result.exit_code == 2 and "ketenbreed_leren" in result.stderr


def test_a_qdc_codebook_with_sets_says_the_sets_are_not_taken(tmp_path, run, project):
    book = tmp_path / "nvivo.qdc"
    book.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo 14">
  <Codes><Code guid="11111111-2222-4333-8444-555555555501" name="Ouders" isCodable="true"/></Codes>
  <Sets><Set guid="11111111-2222-4333-8444-5555555555aa" name="Opvoeders">
    <MemberCode targetGUID="11111111-2222-4333-8444-555555555501"/></Set></Sets>
</CodeBook>""", encoding="utf-8")
    result = run("codebook", "import", project, book)
    assert "nvivo.qdc: skipped 1 set(s) of codes, as qdacoder has no sets: Opvoeders." in result.output
    again = json.loads(run("codebook", "import", project, book, "--json").output)
    assert again["skipped"] == ["nvivo.qdc: skipped 1 set(s) of codes, as qdacoder has no sets: Opvoeders."]


def test_a_broken_codebook_is_refused_with_where_and_changes_nothing(tmp_path, run, project):
    bad = tmp_path / "fout.yaml"
    bad.write_text("codes:\n  - name: Steun\n    color: groen\n", encoding="utf-8")
    result = run("codebook", "import", project, bad, ok=False)
    assert result.exit_code == 1 and "fout.yaml" in result.stderr and "line 3" in result.stderr
    assert json.loads(run("info", project, "--json").output)["codes"] == 0


def test_memos_from_the_command_line(tmp_path, run, project):
    source = tmp_path / "gesprek.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    run("import", project, source, "--case", "Casus 1")
    run("memo", "add", project, "--text", "Eerste leersessie: veel herkenning.", "--title", "Week 1")
    run("memo", "add", project, "--text", "Moeder vraagt om één plan.", "--on", "case:Casus 1", "--author", "Anna")
    rows = json.loads(run("memos", project, "--json").output)
    assert [(r["on"], r["author"]) for r in rows] == [("case Casus 1", "Anna"), ("project", "Bram Jansen")]
    found = json.loads(run("memos", project, "--search", "PLAN", "--json").output)
    assert [r["text"] for r in found] == ["Moeder vraagt om één plan."]
    result = run("memo", "add", project, "--text", "x", "--on", "case:Casus 9", ok=False)
    assert result.exit_code == 1 and "Casus 9" in result.stderr


def test_cases_carry_their_timeline_figures(tmp_path, run):
    path = tmp_path / "demo.qdacoder"
    run("demo", path)
    by_name = {c["name"]: c for c in json.loads(run("cases", path, "--json").output)}
    figures = by_name["Casus 1"]["timeline"]
    assert (figures["living_places"], figures["living_places_outside_family"], figures["schools"]) == (6, 4, 2)
    assert figures["age_at_first_help"] == 11
