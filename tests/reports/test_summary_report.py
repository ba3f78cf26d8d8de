"""The case summary table as Word and Excel files, read back cell by cell."""

import datetime as dt

import docx
import openpyxl
import pytest

from qdacoder.analysis.case_summary import case_summary, n_label
from qdacoder.core.attributes import add_variable, set_values
from qdacoder.core.cases import add_case
from qdacoder.reports.summary_report import ReportFileError, table_note, write_summary_docx, write_summary_xlsx
from qdacoder.core.names import NO_NAMES

WRITTEN = dt.date(2024, 5, 1)


@pytest.fixture
def rows(project):
    cases = [add_case(project, f"Jeugdige {letter}").result for letter in "ABCDE"]
    plekken = add_variable(project, target="case", name="Woon- en verblijfplekken", type="number").result
    eerder = add_variable(project, target="case", name="Eerder uithuisgeplaatst", type="boolean").result
    hulp = add_variable(project, target="case", name="Hulpvorm", type="category",
                        categories=["ambulant", "verblijf", "pleegzorg"]).result
    aanmelding = add_variable(project, target="case", name="Aanmelding", type="date").result
    set_values(project, [(plekken, c, v) for c, v in zip(cases, [2, 14, 6, 5])]
               + [(eerder, c, v) for c, v in zip(cases, ["ja", "nee", "ja", "ja"])]
               + [(hulp, c, v) for c, v in zip(cases, ["ambulant", "verblijf", "pleegzorg"])]
               + [(aanmelding, cases[0], "2021-03-01"), (aanmelding, cases[1], "2022-10-15")])
    return case_summary(project)


def test_word_table(tmp_path, rows):
    path = tmp_path / "samenvatting.docx"
    write_summary_docx(rows, path, names=NO_NAMES, title="Kenmerken van de casussen", n_label=n_label(5, "case"),
                       filters_text="alleen afgesloten casussen", written=WRITTEN)
    document = docx.Document(path)
    table = document.tables[0]
    cells = [[cell.text for cell in row.cells] for row in table.rows]
    assert cells == [
        ["Variable", "Figure", "n valid", "n missing"],
        ["Woon- en verblijfplekken", "6,8 (2–14)", "4", "1"],
        ["Eerder uithuisgeplaatst", "75% (3)", "4", "1"],
        ["Hulpvorm", "(the percentages do not add up to 100% through rounding)", "3", "2"],
        ["ambulant", "33% (1)", "", ""],
        ["verblijf", "33% (1)", "", ""],
        ["pleegzorg", "33% (1)", "", ""],
        ["Aanmelding", "2021-03-01 – 2022-10-15", "2", "3"],
    ]
    assert table.style.name == "Table Grid"
    assert all(run.bold for cell in table.rows[0].cells for run in cell.paragraphs[0].runs)
    assert table.rows[4].cells[0].paragraphs[0].paragraph_format.left_indent is not None  # a category value
    assert table.rows[1].cells[0].paragraphs[0].paragraph_format.left_indent is None
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Table 1. Kenmerken van de casussen"  # a caption with a SEQ field
    assert texts[-1] == "n = 5 cases; filters: alleen afgesloten casussen; written on 2024-05-01"


def test_excel_sheet_with_numbers_as_numbers(tmp_path, rows):
    path = tmp_path / "samenvatting.xlsx"
    dutch = {"Variable": "Variabele", "n valid": "n geldig", "written on {date}": "geschreven op {date}"}
    write_summary_xlsx(rows, path, names=NO_NAMES, title="Kenmerken", n_label="n = 5 casussen", written=WRITTEN,
                       translate=lambda text: dutch.get(text, text))
    sheet = openpyxl.load_workbook(path).active
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0][0] == "Kenmerken" and sheet["A1"].font.bold
    assert values[1] == ["Variabele", "Figure", "n geldig", "n missing", "Mean", "Minimum", "Maximum", "%", "Count"]
    assert all(cell.font.bold for cell in sheet[2]) and sheet.freeze_panes == "A3"
    assert values[2] == ["Woon- en verblijfplekken", "6,8 (2–14)", 4, 1, 6.75, 2, 14, None, None]
    assert values[3] == ["Eerder uithuisgeplaatst", "75% (3)", 4, 1, None, None, None, 75, 3]
    assert values[5] == ["ambulant", "33% (1)", None, None, None, None, None, 33, 1]  # each rounded on its own
    assert sheet["A6"].alignment.indent == 1 and sheet["E3"].number_format == "0.0"
    assert values[8][:2] == ["Aanmelding", "2021-03-01 – 2022-10-15"]
    assert values[8][5:7] == [dt.datetime(2021, 3, 1), dt.datetime(2022, 10, 15)]
    assert values[9] == [None] * 9
    assert values[10][0] == "n = 5 casussen; geschreven op 2024-05-01"


def test_the_note_and_a_failed_write(tmp_path, rows):
    assert table_note("n = 3 cases", written=WRITTEN) == "n = 3 cases; written on 2024-05-01"
    existing = tmp_path / "samenvatting.docx"
    existing.write_bytes(b"vorige versie")
    (tmp_path / "map.xlsx").mkdir()
    with pytest.raises(ReportFileError, match="map.xlsx"):
        write_summary_xlsx(rows, tmp_path / "map.xlsx", names=NO_NAMES, title="T", n_label="n = 5 cases")
    with pytest.raises(ReportFileError, match="does not exist"):
        write_summary_docx(rows, tmp_path / "weg" / "samenvatting.docx", names=NO_NAMES, title="T", n_label="n = 5 cases")
    assert existing.read_bytes() == b"vorige versie"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_excel_names_that_look_like_formulas_stay_text(tmp_path, project):
    zelfregie = add_variable(project, target="case", name="=Zelfregie", type="category",
                             categories=["+eigen regie", "@gezin"]).result
    set_values(project, [(zelfregie, add_case(project, "Jeugdige F").result, "+eigen regie")])
    path = tmp_path / "samenvatting.xlsx"
    write_summary_xlsx(case_summary(project), path, names=NO_NAMES, title="-Kenmerken", n_label="n = 1 casus", written=WRITTEN)
    sheet = openpyxl.load_workbook(path).active
    assert [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"] == []
    assert [sheet[c].value for c in ("A1", "A3", "A4", "A5")] == ["-Kenmerken", "=Zelfregie", "+eigen regie", "@gezin"]
