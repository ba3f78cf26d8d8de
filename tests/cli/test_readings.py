"""`--reading` and `consensus --done` through the real `qdacoder` command, on the study of
tests/analysis/final_study.py: the same hand counts as the analysis tests."""

import csv
import json

import docx
import pytest

from qdacoder.core.project import Project

from ..analysis.final_study import build_consensus, build_coders, build_final_study


@pytest.fixture
def study(tmp_path):
    path = tmp_path / "consensus.qdacoder"
    with Project.create(path) as p:
        build_final_study(p)
    return path


def codings(run, path, *args):
    data = json.loads(run("stats", path, "--json", *args).output)
    return {r["code"]: r["codings"] for r in data["rows"]}, data["filters"]


@pytest.mark.parametrize("args, wanted, line", [
    ((), (2, 1, 2, 1), "No filters; reading: final coding"),
    (("--reading", "final"), (2, 1, 2, 1), "No filters; reading: final coding"),
    (("--reading", "all"), (5, 2, 4, 2), "No filters; reading: all codings of every coder"),
    (("--reading", "coder:Anna"), (2, 1, 1, 2), "No filters; reading: codings of Anna"),
    (("--reading", "coder:Anna", "--reading", "coder:Bram"), (4, 1, 3, 2), "No filters; reading: codings of Anna, Bram"),
])
def test_stats_under_each_reading(run, study, args, wanted, line):
    figures, filters = codings(run, study, *args)
    assert figures == dict(zip(("Wachtlijst", "Steun mentor", "Schoolwerk", "Thuissituatie"), wanted))
    assert filters.startswith(line)


def test_codes_and_matrix_follow_the_reading(run, study):
    rows = json.loads(run("codes", study, "--json").output)
    assert [r["codings"] for r in rows] == [2, 1, 2, 1]
    rows = json.loads(run("codes", study, "--reading", "all", "--json").output)
    assert [r["codings"] for r in rows] == [5, 2, 4, 2]
    matrix = json.loads(run("matrix", study, "--json").output)
    assert "reading: final coding" in matrix["filters"]


def test_quotes_follow_the_reading(run, study, tmp_path):
    final = json.loads(run("quotes", study, tmp_path / "eind.xlsx", "--json").output)
    every = json.loads(run("quotes", study, tmp_path / "alles.xlsx", "--reading", "all", "--json").output)
    bram = json.loads(run("quotes", study, tmp_path / "bram.xlsx", "--reading", "coder:Bram", "--json").output)
    assert (final["quotes"], every["quotes"], bram["quotes"]) == (2, 4, 1)


def test_the_report_says_its_reading(run, study, tmp_path):
    run("export", study, tmp_path / "eind.docx", "--what", "report")
    text = " ".join(p.text for p in docx.Document(tmp_path / "eind.docx").paragraphs)
    assert "Figures and quotes are of the final coding: in the 2 document(s) whose consensus review is done" in text
    assert "Wachtlijst" in text and "This code has 2 codings in 2 of the 4 cases" in text
    run("export", study, tmp_path / "alles.docx", "--what", "report", "--reading", "all")
    text = " ".join(p.text for p in docx.Document(tmp_path / "alles.docx").paragraphs)
    assert "Figures and quotes are of all codings of every coder together" in text and "This code has 5 codings" in text
    run("export", study, tmp_path / "anna.docx", "--what", "report", "--reading", "coder:Anna")
    text = " ".join(p.text for p in docx.Document(tmp_path / "anna.docx").paragraphs)
    assert "Figures and quotes are of the codings of Anna only." in text


@pytest.mark.parametrize("reading, wanted, line", [
    ("final", (2, 1, 2, 1), "reading: final coding"),
    ("all", (5, 2, 4, 2), "reading: all codings of every coder"),
    ("coder:Anna", (2, 1, 1, 2), "reading: codings of Anna"),
    ("coder:Bram", (2, 0, 2, 0), "reading: codings of Bram"),
])
def test_the_report_under_each_reading_checks_out_and_states_it_under_every_table(run, study, tmp_path, reading,
                                                                                  wanted, line):
    out = tmp_path / "rapport.docx"
    data = json.loads(run("export", study, out, "--what", "report", "--reading", reading, "--include-empty",
                          "--check", "--json").output)
    assert data["contradictions"] == []  # the self-check counts under the same reading
    document = docx.Document(out)
    frequencies = next(t for t in document.tables if t.rows[0].cells[0].text == "Code" and
                       t.rows[0].cells[1].text == "Codings")
    figures = {r.cells[0].text.strip(): int(r.cells[1].text) for r in frequencies.rows[1:]}
    assert figures == dict(zip(("Wachtlijst", "Steun mentor", "Schoolwerk", "Thuissituatie"), wanted))  # by hand
    notes = [p.text for p in document.paragraphs if p.text.startswith("n = ")]
    assert notes and all(line in note for note in notes)  # no other filter, yet the reading under the table


def test_charts_and_quotes_state_their_reading(run, study, tmp_path):
    run("chart", study, tmp_path / "eind.svg", "--type", "frequencies")
    assert "reading: final coding" in (tmp_path / "eind.svg").read_text(encoding="utf-8")
    run("matrix", study, "--svg", tmp_path / "bram.svg", "--reading", "coder:Bram")
    assert "reading: codings of Bram" in (tmp_path / "bram.svg").read_text(encoding="utf-8")
    run("saturation", study, "--svg", tmp_path / "verzadiging.svg", "--reading", "coder:Anna", "--base", "2", "--run", "1")
    assert "reading: codings of Anna" in (tmp_path / "verzadiging.svg").read_text(encoding="utf-8")
    run("quotes", study, tmp_path / "alles.docx", "--reading", "all")
    assert "filters: No filters; reading: all codings of every coder" in [
        p.text for p in docx.Document(tmp_path / "alles.docx").paragraphs]
    run("export", study, tmp_path / "eind.csv", "--what", "quotes")
    with open(tmp_path / "eind.csv", encoding="utf-8-sig", newline="") as handle:
        first = next(csv.reader(handle, delimiter=";"))
    assert first[0].startswith("filters: No filters; reading: final coding")


def test_info_counts_the_codings_of_the_reading(run, study):
    assert json.loads(run("info", study, "--json").output)["codings"] == 6
    every = json.loads(run("info", study, "--reading", "all", "--json").output)
    assert (every["codings"], every["reading"]) == (13, "all codings of every coder")


def test_consensus_done_on_the_command_line(run, tmp_path):
    path = tmp_path / "review.qdacoder"
    with Project.create(path) as p:
        ids = build_coders(p)
    assert codings(run, path)[0]["Wachtlijst"] == 4  # no consensus coder: every coding
    run("consensus", path, "--coders", "Anna,Bram", "--agreed")
    assert codings(run, path)[0]["Wachtlijst"] == 4  # the consensus is not done anywhere yet
    out = json.loads(run("consensus", path, "--coders", "Anna,Bram", "--done", "Interview Fatima",
                         "--done", "Interview Mo", "--json").output)
    assert out["done"] == ["Interview Fatima", "Interview Mo"]
    # Fatima: the agreed Wachtlijst only (the disagreement is not decided: no Steun mentor, no
    # Schoolwerk); Mo: settled on nothing
    assert codings(run, path)[0] == {"Wachtlijst": 2, "Steun mentor": 0, "Schoolwerk": 2, "Thuissituatie": 1}
    run("consensus", path, "--coders", "Anna,Bram", "--undone", "Interview Mo")
    assert codings(run, path)[0] == {"Wachtlijst": 3, "Steun mentor": 0, "Schoolwerk": 2, "Thuissituatie": 2}


@pytest.mark.parametrize("args, message", [
    (("--reading", "coder:Nobody"), "There is no coder named “Nobody”."),
    (("--reading", "final", "--reading", "all"), "give one of final or all"),
    (("--reading", "consensus"), "give one of final or all"),
])
def test_a_wrong_reading_is_refused_in_words(run, study, args, message):
    result = run("stats", study, *args, ok=False)
    assert result.exit_code != 0 and message in result.output and "Traceback" not in result.output


def test_an_unknown_document_to_mark_done_changes_nothing(run, study):
    with Project.open(study) as p:
        before = p.rows("SELECT * FROM codings ORDER BY id"), p.rows("SELECT * FROM consensus_settled ORDER BY id")
    result = run("consensus", study, "--coders", "Anna,Bram", "--agreed", "--choose", "1=both",
                 "--done", "Interview Niemand", ok=False)
    assert result.exit_code != 0 and "Interview Niemand" in result.output
    with Project.open(study) as p:
        assert (p.rows("SELECT * FROM codings ORDER BY id"), p.rows("SELECT * FROM consensus_settled ORDER BY id")) == before
