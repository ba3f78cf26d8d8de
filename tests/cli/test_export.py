"""`qdacoder export` on a real project file, run through the real `qdacoder` command (tests/conftest.py)."""

import csv
import json

import docx
import openpyxl
import pytest

from qdacoder.analysis.frequency_table import cases_by_valence, frequency_table
from qdacoder.core.coders import ensure_coder
from qdacoder.core.project import Project
from qdacoder.reports.draft_report import counts_sentence
from tests.core.test_quotes import build_study

MENTOR = "“[naam jongere] en ik kregen eindelijk een mentor die echt luisterde.” (jeugdige)"




@pytest.fixture
def study(tmp_path):
    path = tmp_path / "jeugdhulp.qdacoder"
    with Project.create(path) as p:
        build_study(p, ensure_coder(p, "Anna de Vries").id)
    return path




def test_report_counts_match_stats(run, study, tmp_path):
    out = tmp_path / "concept.docx"
    data = json.loads(run("export", study, out, "--what", "report", "--starred-only", "--json").output)
    assert data == {"file": str(out), "what": "report", "language": "en"}
    body = [p.text for p in docx.Document(out).paragraphs]
    with Project.open(study) as p:
        rows = frequency_table(p)
        valence = cases_by_valence(p)
    for row in rows:
        assert body.count(counts_sentence(row, valence.get(row.code_id, (0, 0)))) == 1
    assert [t for t in body if t.startswith("“")] == [
        MENTOR, "“de mentor van [naam jongere] elke week belt” (field note)",
        "“Mijn moeder [naam ouder] werkte veel, dus ik stond er alleen voor.” (jeugdige)"]
    assert not [t for t in body if "Sanne" in t]


def test_report_with_filters(run, study, tmp_path):
    run("export", study, tmp_path / "promoting.docx", "--what", "report", "--valence", "promoting")
    quoted = [p.text for p in docx.Document(tmp_path / "promoting.docx").paragraphs if p.style.name == "Quote"]
    assert len(quoted) == 2 and "Mijn moeder" not in " ".join(quoted)


def test_quotes_starred_or_all(run, study, tmp_path):
    starred = json.loads(run("export", study, tmp_path / "s.xlsx", "--what", "quotes", "--starred", "--json").output)
    every = json.loads(run("export", study, tmp_path / "a.csv", "--what", "quotes", "--json").output)
    assert starred["quotes"] == 3 and every["quotes"] == 4
    rows = list(openpyxl.load_workbook(tmp_path / "s.xlsx").active.iter_rows(values_only=True))
    assert rows[0][0] == "filters: No filters: all codings." and rows[2][1] == MENTOR  # filter line, header, quotes
    run("export", study, tmp_path / "s.docx", "--what", "quotes", "--starred")
    assert MENTOR in [p.text for p in docx.Document(tmp_path / "s.docx").paragraphs]


def test_counts_as_excel_csv_and_word(run, study, tmp_path):
    with Project.open(study) as p:
        rows = frequency_table(p)
    run("export", study, tmp_path / "tellingen.csv", "--what", "counts")
    with open(tmp_path / "tellingen.csv", encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    header = lines.index(next(line for line in lines if line and line[0] == "Code"))
    table = {line[0]: line for line in lines[header + 1:]}
    for row in rows:
        assert table[row.path][1] == str(row.subtree.codings) and table[row.path][4] == str(row.subtree.cases)
    run("export", study, tmp_path / "tellingen.xlsx", "--what", "counts")
    run("export", study, tmp_path / "tellingen.docx", "--what", "counts")
    word = docx.Document(tmp_path / "tellingen.docx").tables[0]
    assert word.style.name == "Table Grid"
    # the code column shows names indented by level, the figures as in the CSV
    assert [(r.cells[0].text, r.cells[1].text) for r in word.rows[1:]] == [(r.name, str(r.subtree.codings))
                                                                           for r in rows]


def test_wrong_extension_is_a_plain_error(run, study, tmp_path):
    bad = run("export", study, tmp_path / "concept.xlsx", "--what", "report", ok=False)
    assert bad.exit_code == 1 and "the draft report is written as .docx" in bad.output
    bad = run("export", study, tmp_path / "tellingen.html", "--what", "counts", ok=False)
    assert bad.exit_code == 1 and ".docx, .xlsx or .csv" in bad.output
    assert not (tmp_path / "concept.xlsx").exists()


def test_the_draft_report_in_dutch(run, study, tmp_path):
    out = tmp_path / "concept.docx"
    result = run("export", study, out, "--what", "report", "--language", "nl", "--json")
    assert json.loads(result.output)["language"] == "nl"
    body = [p.text for p in docx.Document(out).paragraphs]
    assert "Methode" in body and "Method" not in body
    assert any(text.startswith("Deze code heeft ") for text in body)
    assert not any(text.startswith("This code") for text in body)


def test_the_language_is_the_projects(run, study, tmp_path):
    """A project made before the setting writes Dutch; --language overrides the setting."""
    with Project.open(study) as p:
        p.db.execute("DELETE FROM settings WHERE key = 'output_language'")
        p.db.commit()
    out = tmp_path / "concept.docx"
    assert json.loads(run("export", study, out, "--what", "report", "--json").output)["language"] == "nl"
    assert json.loads(run("export", study, out, "--what", "report", "--language", "en", "--json").output)[
        "language"] == "en"


def test_report_options_and_check(run, study, tmp_path):
    out = tmp_path / "opties.docx"
    result = run("export", study, out, "--what", "report", "--title", "Tussenrapport", "--author", "A. de Vries",
                 "--theme", "Thuis", "--include-empty", "--quotes", "1", "--by-valence", "--no-appendix", "--check",
                 "--json")
    data = json.loads(result.output)
    assert data["contradictions"] == [] and data["claims"] > 5
    document = docx.Document(out)
    body = [p.text for p in document.paragraphs]
    assert body[0] == "Tussenrapport" and "Author: A. de Vries" in body
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Thuis" in headings and "Mentor" not in headings and "Appendix A. Codebook" not in headings
    assert "Hindering" in body  # the quotes grouped by valence
    bare = run("export", study, tmp_path / "kaal.docx", "--what", "report", "--no-tables", "--no-appendix")
    assert bare.exit_code == 0 and docx.Document(tmp_path / "kaal.docx").tables == []


def test_a_project_from_a_starter_codebook_writes_dutch(run, tmp_path):
    path = tmp_path / "nieuw.qdacoder"
    run("new", path, "--codebook", "jeugdzorgplus_casustabellen")
    out = tmp_path / "concept.docx"
    assert json.loads(run("export", path, out, "--what", "report", "--json").output)["language"] == "nl"
    assert "Methode" in [p.text for p in docx.Document(out).paragraphs]
    # every command that writes a file follows the project: the summary table too
    run("summary", path, "--docx", tmp_path / "samenvatting.docx")
    assert docx.Document(tmp_path / "samenvatting.docx").tables[0].rows[0].cells[0].text == "Kenmerk"
