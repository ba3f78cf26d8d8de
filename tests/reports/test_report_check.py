"""The report that checks itself: on the demo, on a starter-codebook project with three
codings and on a project with codings outside cases and two coders, every number in the
written .docx agrees with the claims and the project; one number changed in the file and the
check fails. The sentences name their units."""

import docx
import pytest

from qdacoder.reports.draft_report import ReportOptions, write_draft_report
from qdacoder.reports.language import translator
from qdacoder.reports.report_check import check_report
from qdacoder.reports.sample_projects import SAMPLES


def written(kind, tmp_path, **options):
    project = SAMPLES[kind](tmp_path / f"{kind}.qdacoder")
    out = tmp_path / f"{kind}.docx"
    claims = write_draft_report(project, out, translate=translator("nl"), options=ReportOptions(**options))
    return project, out, claims


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_zero_contradictions(kind, tmp_path):
    project, out, claims = written(kind, tmp_path)
    assert len(claims) > 5
    assert check_report(out, claims, project) == []
    project.close()


def test_a_changed_number_is_found(tmp_path):
    project, out, claims = written("outside", tmp_path)
    document = docx.Document(out)
    cell = document.tables[0].rows[1].cells[1]  # the codings of the first code
    run = cell.paragraphs[0].runs[0]
    run.text = str(int(run.text) + 1)
    document.save(out)
    problems = check_report(out, claims, project)
    assert len(problems) == 1 and "table 1, row 2, column 2" in problems[0]
    project.close()


def test_a_wrong_claim_is_found(tmp_path):
    project, out, claims = written("starter", tmp_path)
    claim = next(c for c in claims if any(key[0] == "codings" for key, _ in c.facts))
    claim.facts = [(key, value + 1 if key[0] == "codings" else value) for key, value in claim.facts]
    assert any("codings is" in p for p in check_report(out, claims, project))
    project.close()


def text_of(out):
    return "\n".join(p.text for p in docx.Document(out).paragraphs)


def test_outside_cases_counted_and_said(tmp_path):
    project, out, _ = written("outside", tmp_path)
    text = text_of(out)
    assert "1 codering valt buiten de casussen." in text
    assert "Deze code heeft 3 coderingen in 1 van de 2 casussen (50%)." in text
    assert "2 codeurs" in text and "codeur(s)" not in text
    project.close()


def test_empty_codes_left_out_and_listed_once(tmp_path):
    project, out, _ = written("starter", tmp_path)
    text = text_of(out)
    assert text.count("Niet gecodeerd: ") == 1
    assert "geen van de" not in text and "Deze code is niet gecodeerd" not in text
    _, out, _ = written("starter", tmp_path / "all", include_empty=True) if (tmp_path / "all").mkdir() is None else 0
    assert "Niet gecodeerd: " not in text_of(out) and "Deze code is niet gecodeerd." in text_of(out)
    project.close()


def test_a4_margins_caption_fields(tmp_path):
    project, out, _ = written("demo", tmp_path)
    document = docx.Document(out)
    section = document.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.left_margin.cm, 1) == 2.5
    xml = document.element.xml
    assert "SEQ Tabel" in xml and 'TOC \\h \\z \\c "Tabel"' in xml
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert "Tabel 1. Codefrequenties" in captions
    header = document.tables[0].rows[0]._tr
    assert header.trPr is not None and header.trPr.xpath("./w:tblHeader") and header.trPr.xpath("./w:cantSplit")
    project.close()
