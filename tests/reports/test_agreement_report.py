"""The agreement report as Word and Excel, read back; figures from tests/analysis/test_agreement.py."""

import datetime as dt

import docx
import openpyxl
import pytest

from qdacoder.analysis.agreement import agreement
from qdacoder.reports.agreement_report import agreement_table, write_agreement_docx, write_agreement_xlsx
from qdacoder.core.names import NO_NAMES

from ..analysis.test_agreement import build_study

WRITTEN = dt.date(2026, 3, 2)


@pytest.fixture
def ids(project):
    return build_study(project)


def test_two_coder_table_cells(project, ids):
    report = agreement(project, [ids["Anna"], ids["Bram"]], "overlap")
    table = agreement_table(report, "Studie", written=WRITTEN)
    assert table.title == "Inter-coder agreement (passage overlap) – Studie"
    assert table.headers == ["Code", "n", "% agreement", "Kappa", "Fleiss", "Alpha", "Band"]
    # S: (1,0) (0,1) (0,1). Fleiss: P = 0, p1 = p0 = 1/2, P_e = 1/2 -> -1. Alpha: n = 6, n1 = n0 = 3,
    # o_cc = 0: (5*0 - 12)/(30 - 12) = -2/3. Kappa -0.8 (test_agreement), band of the kappa.
    assert table.rows[1] == ["Steun mentor", 3, 0.0, -0.8, -1.0, -0.667, "slecht"]
    assert table.rows[2] == ["Leeg", 0, None, "no units", "no units", "no units", ""]
    assert table.rows[-1][0] == "Overall" and table.rows[-1][1] == 6
    assert "at least 90% of their combined extent" in table.note[0]
    assert table.note[1] == "coders: Anna, Bram" and table.note[-1] == "written on 2026-03-02"


def test_word_file(project, ids, tmp_path):
    report = agreement(project, [ids["Anna"], ids["Bram"], ids["Cees"]], "occurrence")
    write_agreement_docx(report, tmp_path / "kappa.docx", names=NO_NAMES, project_name="Studie", written=WRITTEN)
    document = docx.Document(tmp_path / "kappa.docx")
    rows = [[c.text for c in r.cells] for r in document.tables[0].rows]
    assert rows[0] == ["Code", "n", "% agreement", "Kappa", "Kappa min", "Kappa max", "Fleiss", "Alpha", "Band"]
    assert rows[1] == ["Wachtlijst", "3", "66.7", "0.6", "0.4", "1.0", "0.55", "0.6", "redelijk"]
    assert rows[-1][0] == "Overall"
    text = "\n".join(p.text for p in document.paragraphs)
    assert "does the coder use the code in the document" in text and "coders: Anna, Bram, Cees" in text


def test_excel_file_numbers_stay_numbers(project, ids, tmp_path):
    report = agreement(project, [ids["Anna"], ids["Bram"]], "character")
    write_agreement_xlsx(report, tmp_path / "kappa.xlsx", names=NO_NAMES, written=WRITTEN)
    sheet = openpyxl.load_workbook(tmp_path / "kappa.xlsx").active
    assert sheet["A1"].value == "Inter-coder agreement (per character)"
    assert [sheet.cell(row=3, column=c).value for c in range(1, 5)] == ["Wachtlijst", 250, 84.0, 0.432]
    assert sheet["G3"].value == "redelijk" and sheet["D5"].value == "no variation"
    assert sheet["A6"].value == "Overall" and sheet["B6"].value == 750
    assert "mean kappa over codes" in sheet["A8"].value
