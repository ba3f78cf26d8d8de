"""Word documents made with python-docx inside the tests."""

import copy

import docx
import pytest
from docx.oxml.ns import qn

from qdacoder.core.errors import ImportFailed
from qdacoder.importers import ReadOptions, read_file


@pytest.fixture
def interview_docx(tmp_path):
    document = docx.Document()
    document.add_heading("Interview pleegmoeder (fictief)", level=1)
    document.add_paragraph("Het gesprek is op 12 maart geëvalueerd in het café.")
    table = document.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    for row, values in zip(table.rows, [("Naam", "Rol"), ("Anja", "pleegmoeder")]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.add_heading("Transcript", level=2)
    document.add_paragraph("I: Hoe gaat het met de plaatsing?")
    answer = document.add_paragraph("R: Goed, ")
    answer.add_run("echt").bold = True
    answer.add_run(" goed.\tNa één maand.")
    document.add_paragraph("")
    document.add_paragraph("I: Wat kost het? R: Niets, €0.")
    path = tmp_path / "Interview.DOCX"
    document.save(path)
    return path


def test_paragraphs_headings_and_table_in_document_order(interview_docx):
    result = read_file(interview_docx)
    assert result.format == "docx"
    assert result.source_name == "Interview.DOCX"
    assert result.text == (
        "Interview pleegmoeder (fictief)\n"
        "Het gesprek is op 12 maart geëvalueerd in het café.\n"
        "Naam | Rol\n"
        "Anja | pleegmoeder\n"
        "Transcript\n"
        "I: Hoe gaat het met de plaatsing?\n"
        "R: Goed, echt goed.\tNa één maand.\n"
        "\n"
        "I: Wat kost het? R: Niets, €0."
    )


def test_turns_in_a_docx(interview_docx):
    # half of its paragraphs are turns: not a dialogue by itself, a transcript when chosen
    assert read_file(interview_docx).turns == ()
    assert read_file(interview_docx).kind == "other"
    result = read_file(interview_docx, ReadOptions(kind="transcript"))
    assert result.kind == "transcript"
    assert [t.speaker for t in result.turns] == ["I", "R", "I"]
    second = result.turns[1]
    assert result.text[second.start:].startswith("R: Goed")
    assert result.text[second.content_start:second.end] == "Goed, echt goed.\tNa één maand."


def test_tracked_changes_and_merged_cells(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("Vast ")
    run = paragraph.add_run("ingevoegd")
    inserted = paragraph._p.makeelement(qn("w:ins"), {qn("w:id"): "1", qn("w:author"): "X"})
    run._r.addprevious(inserted)
    inserted.append(run._r)
    deleted_run = copy.deepcopy(run._r)
    deleted_run.find(qn("w:t")).tag = qn("w:delText")
    deleted = paragraph._p.makeelement(qn("w:del"), {qn("w:id"): "2", qn("w:author"): "X"})
    deleted.append(deleted_run)
    paragraph._p.append(deleted)
    table = document.add_table(rows=1, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "samen"
    table.cell(0, 2).text = "los"
    document.save(tmp_path / "wijzigingen.docx")
    assert read_file(tmp_path / "wijzigingen.docx").text == "Vast ingevoegd\nsamen | los"


def test_old_doc_format_gets_its_own_message(write):
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)
    with pytest.raises(ImportFailed, match=r"oud\.docx: this is an old Word document"):
        read_file(write("oud.docx", data))


def test_document_with_only_empty_paragraphs_has_no_text(tmp_path):
    document = docx.Document()
    document.add_paragraph("   ")
    document.add_paragraph("")
    document.save(tmp_path / "leeg.docx")
    with pytest.raises(ImportFailed, match=r"leeg\.docx: the file contains no text"):
        read_file(tmp_path / "leeg.docx")
