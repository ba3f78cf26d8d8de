"""The agreement report as Word and Excel, read back; figures from tests/analysis/test_agreement.py.
Every figure is shown as it was rounded once: 3 decimals for coefficients, 1 for percentages."""

import datetime as dt

import docx
import openpyxl
import pytest

from qdacoder.analysis.agreement import DOCUMENTS_ALL, DOCUMENTS_ASSIGNED, agreement
from qdacoder.core.assignments import assign_documents
from qdacoder.reports.agreement_report import (
    WORD_DOCUMENTS, agreement_table, write_agreement_docx, write_agreement_xlsx,
)
from qdacoder.core.names import NO_NAMES

from ..analysis.test_agreement import build_study

WRITTEN = dt.date(2026, 3, 2)


@pytest.fixture
def ids(project):
    return build_study(project)


def _text(row):
    return ["" if v is None else str(v) for v in row]


def test_two_coder_table_cells(project, ids):
    report = agreement(project, [ids["Anna"], ids["Bram"]], "overlap")
    table = agreement_table(report, "Studie", written=WRITTEN)
    assert table.title == "Inter-coder agreement (passage overlap) – Studie"
    assert table.headers == ["Code", "n", "% agreement", "Kappa", "Brennan-Prediger", "Fleiss", "Alpha",
                             "Band (Kappa)"]
    # S: (1,0) (0,1) (0,1). Brennan-Prediger: p_o = 0, k = 2 -> -1. Fleiss: P = 0, p1 = p0 = 1/2,
    # P_e = 1/2 -> -1. Alpha: n = 6, n1 = n0 = 3, o_cc = 0: (5*0 - 12)/(30 - 12) = -2/3.
    # Kappa -0.8 (test_agreement), band of the kappa, every figure with its shown decimals.
    assert _text(table.rows[1]) == ["Steun mentor", "3", "0.0", "-0.800", "-1.000", "-1.000", "-0.667", "slecht"]
    assert [r[0] for r in table.rows] == ["Wachtlijst", "Steun mentor", "Overall"]  # Leeg: not used
    assert table.rows[-1][1] == 6 and table.pairs is None
    assert "at least 90% of their combined extent" in table.note[0]
    assert table.note[1:4] == ["coders: Anna, Bram", "documents compared: 4", DOCUMENTS_ALL]
    assert "Not used by these coders in the documents compared, so left out of the figures: Leeg." in table.note
    assert table.note[-1] == "written on 2026-03-02"
    assert any(line.startswith("Brennan and Prediger") and "κₙ = (pₒ − 1/k) / (1 − 1/k)" in line
               for line in table.method)
    assert any("Krippendorff" in line for line in table.method) and any("Fleiss" in line for line in table.method)


def test_three_coders_pairs_and_documents_with_assignments(project, ids):
    for coder in ("Anna", "Bram"):
        assign_documents(project, ids[coder], [ids["D1"], ids["D2"], ids["D3"]])
    assign_documents(project, ids["Cees"], [ids["D1"], ids["D4"]])
    report = agreement(project, [ids["Anna"], ids["Bram"], ids["Cees"]], "occurrence")
    table = agreement_table(report, written=WRITTEN)
    assert table.headers == ["Code", "n", "n all coders", "% agreement", "Kappa", "Kappa min", "Kappa max",
                             "Brennan-Prediger", "Fleiss", "Alpha", "Band (Kappa)"]
    # D1 for all three, D2 and D3 for Anna and Bram, D4 for Cees alone (left out).
    # W: D1 (1,1,1) D2 (1,0,·) D3 (0,0,·): n 3, all three only on D1
    assert _text(table.rows[0])[:4] == ["Wachtlijst", "3", "1", "100.0"]
    assert DOCUMENTS_ASSIGNED in table.note
    assert "Left out: 1 document(s) assigned to only one of these coders (Verslag)." in table.note
    # pairs: Anna-Bram over D1-D3 (W: (1,1) (1,0) (0,0): p_o 2/3, p_e = (2*1 + 1*2)/9, kappa 0.4),
    # Anna-Cees and Bram-Cees over D1 only
    assert table.pairs.headers == ["Code", "Coders", "n", "% agreement", "Kappa", "Brennan-Prediger", "Band (Kappa)"]
    assert _text(table.pairs.rows[0]) == ["Wachtlijst", "Anna – Bram", "3", "66.7", "0.400", "0.333", "matig"]
    assert _text(table.pairs.rows[1])[:4] == ["Wachtlijst", "Anna – Cees", "1", "100.0"]
    assert table.pairs.rows[-1][0] == "Overall" and len(table.pairs.rows) == 3 * 3
    # documents, lowest agreement first (then by name): D1 W (1,1,1) S (1,1,0); D2 W (1,0,·)
    # S (0,0,·); D3 W (0,0,·) S (0,1,·): each half
    assert [r[0] for r in table.documents.rows] == ["Interview Mo", "Interview Sanne", "Veldnotitie"]
    assert _text(table.documents.rows[1]) == ["Interview Sanne", "Anna, Bram, Cees", "2", "50.0", "0.000"]
    assert _text(table.documents.rows[0])[1] == "Anna, Bram"


def test_word_file(project, ids, tmp_path):
    report = agreement(project, [ids["Anna"], ids["Bram"], ids["Cees"]], "occurrence")
    write_agreement_docx(report, tmp_path / "kappa.docx", names=NO_NAMES, project_name="Studie", written=WRITTEN)
    document = docx.Document(tmp_path / "kappa.docx")
    rows = [[c.text for c in r.cells] for r in document.tables[0].rows]
    assert rows[0][:4] == ["Code", "n", "n all coders", "% agreement"] and rows[0][-1] == "Band (Kappa)"
    # test_three_coders_pairwise_fleiss_alpha: mean 2/3, range 0.5-1, B-P 2/3, Fleiss 5/8, alpha 42/64
    assert rows[1] == ["Wachtlijst", "4", "4", "75.0", "0.667", "0.500", "1.000", "0.667", "0.625", "0.656",
                       "voldoende tot goed"]
    assert rows[-1][0] == "Overall"
    pairs = [[c.text for c in r.cells] for r in document.tables[1].rows]
    assert pairs[1][:5] == ["Wachtlijst", "Anna – Bram", "4", "75.0", "0.500"]
    documents = [[c.text for c in r.cells] for r in document.tables[2].rows]
    assert documents[0] == ["Document", "Coders", "n", "% agreement", "Alpha"] and len(documents) == 5
    section = document.sections[0]  # eleven columns: landscape from the title on, so figures stay on one line
    assert section.page_width > section.page_height
    text = "\n".join(p.text for p in document.paragraphs)
    assert "does the coder use the code in the document" in text and "coders: Anna, Bram, Cees" in text
    assert DOCUMENTS_ALL in text and "Method" in text and "κ = (pₒ − pₑ) / (1 − pₑ)" in text


def test_word_lists_the_lowest_documents_only(project, ids, tmp_path, monkeypatch):
    monkeypatch.setattr("qdacoder.reports.agreement_report.WORD_DOCUMENTS", 2)
    report = agreement(project, [ids["Anna"], ids["Bram"]], "occurrence")
    write_agreement_docx(report, tmp_path / "kort.docx", names=NO_NAMES, written=WRITTEN)
    document = docx.Document(tmp_path / "kort.docx")
    assert len(document.tables) == 2 and len(document.tables[1].rows) == 3  # header + the 2 lowest
    assert document.tables[1].rows[1].cells[0].text == "Interview Mo"
    assert any(p.text == "The 2 documents with the lowest agreement of 4; the Excel file lists all."
               for p in document.paragraphs)
    assert WORD_DOCUMENTS == 25


def test_excel_file_numbers_stay_numbers(project, ids, tmp_path):
    report = agreement(project, [ids["Anna"], ids["Bram"]], "character")
    write_agreement_xlsx(report, tmp_path / "kappa.xlsx", names=NO_NAMES, written=WRITTEN)
    workbook = openpyxl.load_workbook(tmp_path / "kappa.xlsx")
    assert workbook.sheetnames == ["Codes", "Documents"]
    sheet = workbook["Codes"]
    assert sheet["A1"].value == "Inter-coder agreement (per character)"
    # W: n 330, 290/330 = 87.9%, kappa 0.45 shown 0.450
    assert [sheet.cell(row=3, column=c).value for c in range(1, 5)] == ["Wachtlijst", 330, 87.9, 0.45]
    assert sheet["C3"].number_format == "0.0" and sheet["D3"].number_format == "0.000"
    assert sheet["H3"].value == "redelijk" and sheet["H2"].value == "Band (Kappa)"
    assert sheet["A5"].value == "Overall" and sheet["B5"].value == 660
    assert "mean kappa over codes" in sheet["A7"].value and DOCUMENTS_ALL in sheet["A7"].value
    method = [sheet.cell(row=r, column=1).value for r in range(8, 20)]
    assert "Method" in method and any(v and v.startswith("Cohen's kappa") for v in method)
    documents = workbook["Documents"]
    # D1, 2 codes x 100 characters: W both 20, Anna alone 20, S both 20, Bram alone 10: 85% agree
    assert documents["A2"].value == "Document"
    assert [documents.cell(row=3, column=c).value for c in range(1, 5)] == ["Interview Sanne", "Anna, Bram", 200, 85.0]
