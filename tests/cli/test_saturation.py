"""`qdacoder saturation` on the real projects of tests/analysis/saturation_study.py: the figures of
the issue's worked example, --coder, the orders, every file, the draft report, the Dutch sentence,
and bad input refused in words with the project unchanged."""

import json
import sqlite3

import docx
import openpyxl
import pytest

from qdacoder.core import attributes
from qdacoder.core.project import Project

from ..analysis.saturation_study import build, build_issue_sentence, build_worked_example


@pytest.fixture
def worked(tmp_path):
    path = tmp_path / "verzadiging.qdacoder"
    with Project.create(path) as p:
        build_worked_example(p)
    return path


def test_the_worked_example_in_json(run, worked):
    data = json.loads(run("saturation", worked, "--json").output)
    assert (data["base"], data["run"], data["threshold"], data["base_size"], data["codes_total"]) == (4, 2, 0.05, 6, 6)
    assert [d["new"] for d in data["documents"]] == [4, 1, 0, 1, 0, 0]
    assert [d["cumulative"] for d in data["documents"]] == [4, 5, 5, 6, 6, 6]
    assert data["saturation"] == {"reached": True, "position": 6, "document": "Interview Floor",
                                  "run": {"first": 5, "last": 6, "new": 0, "share": 0.0}}
    other = json.loads(run("saturation", worked, "--base", "2", "--run", "2", "--threshold", "0.05", "--json").output)
    assert other["base_size"] == 5
    assert other["runs"] == [{"first": 3, "last": 4, "new": 1, "share": 0.2},
                             {"first": 4, "last": 5, "new": 1, "share": 0.2},
                             {"first": 5, "last": 6, "new": 0, "share": 0.0}]
    assert other["documents"][1]["new_codes"] == ["Hulp/Wachtlijst"] and other["documents"][3]["run"]["new"] == 1


def test_the_text_ends_with_the_sentence(run, tmp_path):
    path = tmp_path / "elf.qdacoder"
    with Project.create(path) as p:
        build_issue_sentence(p)
    output = run("saturation", path, "--language", "nl").output
    assert "Met een basis van 4 interviews en runs van 2 interviews trad dataverzadiging op bij interview 11: " \
           "de run 10-11 leverde 0 nieuwe codes op (0% van 23)." in output
    lines = output.splitlines()
    assert lines[2].split()[:3] == ["Document", "Nr.", "Geïmporteerd"]
    assert lines[3].startswith("Interview 01") and "n = 11 documenten; basis 4, run 2, drempel 5%" in lines


def test_only_one_coders_codings(run, tmp_path):
    path = tmp_path / "twee.qdacoder"
    with Project.create(path) as p:
        build(p, [("Interview 1", ["Thuis/Ruzie", ("School/Mentor", "Bram Jansen")]),
                  ("Interview 2", [("Hulp/Wachtlijst", "Bram Jansen")]),
                  ("Interview 3", ["Thuis/Ruzie", "School/Verzuim"]), ("Interview 4", ["Thuis/Ruzie"])])
    data = json.loads(run("saturation", path, "--coder", "Anna de Vries", "--base", "1", "--run", "1", "--json").output)
    assert [(d["document"], d["new"]) for d in data["documents"]] == [("Interview 1", 1), ("Interview 3", 1),
                                                                      ("Interview 4", 0)]
    assert data["not_coded"] == ["Interview 2"] and data["filters"] == "coders: Anna de Vries"
    assert data["saturation"]["position"] == 3


def test_order_by_an_attribute(run, worked):
    with Project.open(worked) as p:
        datum = attributes.add_variable(p, target="document", name="interviewdatum", type="date").result
        for name, day in (("Interview Floor", "2023-01-10"), ("Interview Amira", "2023-02-01")):
            document = p.scalar("SELECT id FROM documents WHERE name = ?", [name])
            attributes.set_value(p, datum, document, day)
    data = json.loads(run("saturation", worked, "--order", "attribute:interviewdatum", "--json").output)
    assert [d["document"] for d in data["documents"]][:3] == ["Interview Floor", "Interview Amira", "Interview Bas"]
    assert data["documents"][0]["value"] == "2023-01-10" and data["attribute"] == "interviewdatum"
    assert data["without_value"] == ["Interview Bas", "Interview Chantal", "Interview Dewi", "Interview Emre"]
    by_name = json.loads(run("saturation", worked, "--order", "name", "--json").output)
    assert by_name["documents"][0]["value"] is None


def test_every_file_and_the_draft_report(run, worked, tmp_path):
    files = {ext: tmp_path / f"verzadiging.{ext}" for ext in ("docx", "xlsx", "csv", "png", "svg")}
    output = run("saturation", worked, *[arg for ext, f in files.items() for arg in (f"--{ext}", f)],
                 "--report", tmp_path / "concept.docx").output
    assert all(f.exists() for f in files.values())
    assert f"Wrote the draft report to {tmp_path / 'concept.docx'}" in output
    sheet = openpyxl.load_workbook(files["xlsx"]).active
    assert sheet["A4"].value.startswith("With a base of 4 interviews and runs of 2 interviews")
    method = [p.text for p in docx.Document(tmp_path / "concept.docx").paragraphs if "saturation was" in p.text]
    assert len(method) == 1 and "saturation was reached at interview 6" in method[0]


def dump(path) -> list[str]:
    """The project's contents as SQL (the file's header changes with every opening)."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


@pytest.mark.parametrize("args, message", [
    (("--threshold", "5"), "The threshold is a fraction between 0 and 1, such as 0.05 for 5% (not 5.0)."),
    (("--base", "0"), "The base must be a whole number of documents, at least 1 (not 0)."),
    (("--order", "datum"), "“datum” is not an order: give imported, first-coded, name or attribute:NAME."),
    (("--order", "attribute:datum"), "There is no document or case attribute named “datum”."),
    (("--coder", "Niemand"), "There is no coder named “Niemand”."),
    (("--png", "grafiek.xlsx"), "grafiek.xlsx: --png writes a .png file."),
    (("--report", "concept.pdf"), "concept.pdf: the draft report is written as .docx."),
])
def test_bad_input_is_refused_in_words(run, worked, tmp_path, args, message):
    before = dump(worked)
    result = run("saturation", worked, *args, ok=False)
    assert result.exit_code == 1 and result.output.strip() == f"Error: {message}"
    assert "Traceback" not in result.output and dump(worked) == before
    assert not (tmp_path / "grafiek.xlsx").exists()
