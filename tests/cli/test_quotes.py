"""`qdacoder star` and `qdacoder quotes` on a real project file, run through the
real `qdacoder` command (tests/conftest.py)."""

import json

import docx
import openpyxl
import pytest

from qdacoder.core import quotes
from qdacoder.core.coders import ensure_coder
from qdacoder.core.project import Project
from tests.core.test_quotes import INTERVIEW, build_study




@pytest.fixture
def study(tmp_path):
    path = tmp_path / "jeugdhulp.qdacoder"
    with Project.create(path) as p:
        built = build_study(p, ensure_coder(p, "Anna de Vries").id)
        quotes.set_starred(p, [built.ids.mentor], starred=False)  # the command line stars it again
    return path




MENTOR = "Sanne en ik kregen eindelijk een mentor die echt luisterde."


def test_star_and_unstar_by_span(run, study):
    start = INTERVIEW.index(MENTOR)
    result = json.loads(run("star", study, "--document", "Interview jeugdige 7", "--start", start,
                            "--end", start + len(MENTOR), "--json").output)
    assert result["starred"] is True and len(result["coding_ids"]) == 1
    with Project.open(study) as p:
        assert quotes.is_starred(p, result["coding_ids"][0])
    out = run("star", study, "--document", "Interview jeugdige 7", "--start", start, "--end", start + len(MENTOR),
              "--code", "Steun/Mentor", "--unstar").output
    assert "Unstarred 1 coding(s)" in out
    with Project.open(study) as p:
        assert not quotes.is_starred(p, result["coding_ids"][0])
    wrong = run("star", study, "--document", "Interview jeugdige 7", "--start", start, "--end", start + 3, ok=False)
    assert wrong.exit_code == 1 and "no coding that runs exactly from" in wrong.output
    other = run("star", study, "--document", "Interview jeugdige 7", "--start", start, "--end", start + len(MENTOR),
                "--code", "Thuis", ok=False)
    assert other.exit_code == 1
    missing = run("star", study, "--document", "Onbekend", "--start", 0, "--end", 3, ok=False)
    assert "There is no document “Onbekend”" in missing.output


def test_quotes_to_word_and_excel(run, study, tmp_path):
    start = INTERVIEW.index(MENTOR)
    run("star", study, "--document", "Interview jeugdige 7", "--start", start, "--end", start + len(MENTOR))
    out = run("quotes", study, tmp_path / "citaten.docx", "--by-valence", "--sources").output
    assert "Wrote 3 quote(s)" in out and "1 with the respondent unknown" in out
    texts = [p.text for p in docx.Document(tmp_path / "citaten.docx").paragraphs]
    line = "“[naam jongere] en ik kregen eindelijk een mentor die echt luisterde.” (jeugdige)"
    assert texts.count(line) == 1 and "promoting" in texts and "hindering" in texts
    assert not any("Sanne" in t or "Ria " in t for t in texts)

    data = json.loads(run("quotes", study, tmp_path / "alles.xlsx", "--all", "--valence", "promoting", "--json").output)
    assert data["quotes"] == 2
    rows = list(openpyxl.load_workbook(tmp_path / "alles.xlsx").active.iter_rows(values_only=True))
    assert rows[0][0] == "filters: valence: promoting"  # the filter line, then the header
    assert [r[1] for r in rows[2:]] == [line, "“de mentor van [naam jongere] elke week belt” (field note)"]

    only = json.loads(run("quotes", study, tmp_path / "thuis.html", "--code", "Thuis", "--json").output)
    assert only["quotes"] == 1
    bad = run("quotes", study, tmp_path / "citaten.pdf", ok=False)
    assert bad.exit_code == 1 and ".docx, .xlsx, .csv or .html" in bad.output


def test_quotes_in_dutch(run, study, tmp_path):
    """Headings and the fallback attribution in Dutch: "field note" becomes "veldnotitie"."""
    run("quotes", study, tmp_path / "citaten.docx", "--all", "--by-valence", "--language", "nl")
    texts = [p.text for p in docx.Document(tmp_path / "citaten.docx").paragraphs]
    assert "bevorderend" in texts and "promoting" not in texts
    assert "“de mentor van [naam jongere] elke week belt” (veldnotitie)" in texts


ALONE = "Mijn moeder Ria werkte veel, dus ik stond er alleen voor."


def test_confidential_by_span_and_the_quotes_say_how_many_were_left_out(run, study, tmp_path):
    start = INTERVIEW.index(ALONE)
    where = ["--document", "Interview jeugdige 7", "--start", start, "--end", start + len(ALONE)]
    result = json.loads(run("confidential", study, *where, "--code", "Thuis", "--json").output)
    assert result["confidential"] is True and len(result["coding_ids"]) == 1
    with Project.open(study) as p:
        assert quotes.confidential_ids(p) == result["coding_ids"] and quotes.is_starred(p, result["coding_ids"][0])

    data = json.loads(run("quotes", study, tmp_path / "citaten.csv", "--json").output)
    assert data["quotes"] == 1 and data["confidential_left_out"] == 1  # the mentor is unstarred here
    assert "werkte veel" not in (tmp_path / "citaten.csv").read_text(encoding="utf-8")
    out = run("quotes", study, tmp_path / "citaten.docx").output
    assert "Wrote 1 quote(s)" in out and "1 confidential coding(s) left out" in out
    export = json.loads(run("export", study, tmp_path / "alles.xlsx", "--what", "quotes", "--json").output)
    assert export["quotes"] == 3 and export["confidential_left_out"] == 1  # every coding: all but the confidential

    assert "Made shareable: 1 coding(s)" in run("confidential", study, *where, "--undo").output
    assert json.loads(run("quotes", study, tmp_path / "weer.csv", "--json").output)["confidential_left_out"] == 0
    wrong = run("confidential", study, "--document", "Interview jeugdige 7", "--start", start, "--end", start + 3,
                ok=False)
    assert wrong.exit_code == 1 and "no coding that runs exactly from" in wrong.output


def test_a_copy_and_a_qdpx_made_on_the_command_line_mask_the_confidential_statement(run, study, tmp_path):
    import zipfile

    start = INTERVIEW.index(ALONE)
    run("confidential", study, "--document", "Interview jeugdige 7", "--start", start, "--end", start + len(ALONE))
    run("copy", study, tmp_path / "bram.qdacoder")
    with Project.open(tmp_path / "bram.qdacoder") as copy:
        text = copy.scalar("SELECT text FROM documents WHERE name = 'Interview jeugdige 7'")
    assert text == INTERVIEW.replace(ALONE, "█" * len(ALONE))
    run("qdpx", "export", study, tmp_path / "studie.qdpx")
    with zipfile.ZipFile(tmp_path / "studie.qdpx") as archive:
        members = [archive.read(name).decode("utf-8") for name in archive.namelist()]
    assert text in members and not any("werkte veel" in m for m in members)
