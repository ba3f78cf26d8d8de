"""The analysis tables as CSV and Excel: title, filters and n above the table, numbers as
numbers, "not known" never written as 0; one adapter per table."""

import datetime as dt

import openpyxl
import pytest

from qdacoder.analysis.cooccurrence import cooccurrence
from qdacoder.analysis.crosstab import crosstab
from qdacoder.analysis.filters import Filters, describe
from qdacoder.analysis.frequency_table import frequency_table
from qdacoder.analysis.matrices import code_matrix
from qdacoder.core.attributes import get_variable
from qdacoder.reports.summary_report import ReportFileError
from qdacoder.core.names import NO_NAMES
from qdacoder.reports.table_export import (cooccurrence_rows_for_export, crosstab_rows_for_export, export,
                                           export_table, frequency_rows_for_export, matrix_rows_for_export,
                                           title_for)

from ..analysis.test_frequency_table import build_study

DAY = dt.date(2024, 5, 1)
TRANSCRIPTS = Filters(kinds=frozenset({"transcript"}))


@pytest.fixture
def study(project):
    return build_study(project)


def csv_lines(path):
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    return data[3:].decode("utf-8").split("\r\n")


def test_csv_has_title_filters_and_n_above_the_table(tmp_path):
    path = tmp_path / "tabel.csv"
    export_table(["Code", "Codings", "Jaccard"], [["Steun", 7, 0.4], ["Wachtlijst", None, 0.1667]], path, names=NO_NAMES,
                 title="Code frequencies – Uitstroom", filters_text="document kinds: transcript",
                 n_text="n = 4 cases", written=DAY)
    assert csv_lines(path) == [
        "Code frequencies – Uitstroom",
        "filters: document kinds: transcript",
        '"n = 4 cases; written on 2024-05-01"',  # quoted: it holds the delimiter
        "",
        "Code;Codings;Jaccard",
        "Steun;7;0,4",
        "Wachtlijst;;0,1667",
        "",
    ]


def test_xlsx_keeps_numbers_as_numbers(tmp_path):
    path = tmp_path / "tabel.xlsx"
    export_table(["Code", "Codings", "%"], [["Factoren", 13, 100], ["Steun", 7, None]], path, names=NO_NAMES, title="Titel",
                 filters_text="", n_text="n = 4 cases", levels=[0, 1], written=DAY)
    sheet = openpyxl.load_workbook(path).active
    assert [sheet.cell(row=r, column=1).value for r in range(1, 4)] == [
        "Titel", "filters: –", "n = 4 cases; written on 2024-05-01"]
    assert [c.value for c in sheet[5]] == ["Code", "Codings", "%"]
    assert [c.value for c in sheet[6]] == ["Factoren", 13, 100]
    assert [c.value for c in sheet[7]] == ["Steun", 7, None]
    assert sheet.cell(row=7, column=1).alignment.indent == 1
    assert sheet.freeze_panes == "B6"


def test_an_unknown_extension_is_refused(tmp_path):
    with pytest.raises(ReportFileError):
        export_table(["Code"], [], tmp_path / "tabel.ods", names=NO_NAMES, title="T", filters_text="", n_text="")
    assert not (tmp_path / "tabel.ods").exists()


def test_frequency_rows(project, study):
    table = frequency_rows_for_export(frequency_table(project))
    assert table.headers == ["Code", "Codings", "Passages", "Documents", "Cases", "% of cases", "Promoting",
                             "Hindering", "No valence", "Codings of the code itself"]
    assert table.rows == [
        ["Factoren", 13, 12, 5, 4, 100, 6, 5, 2, 1],
        ["Factoren/Steun", 7, 6, 5, 4, 100, 6, 0, 1, 7],
        ["Factoren/Wachtlijst", 5, 5, 4, 2, 50, 0, 5, 0, 5],
        ["Participatie", 3, 3, 3, 2, 50, 2, 1, 0, 3],
    ]
    assert (table.levels, table.n_text) == ([0, 1, 1, 0], "n = 4 cases")


def test_matrix_rows_say_not_known(project, study, tmp_path):
    table = matrix_rows_for_export(code_matrix(project, filters=TRANSCRIPTS), translate=lambda t: {
        "not known": "onbekend"}.get(t, t))
    assert table.headers == ["Code", "Casus Daan", "Casus Eva", "Casus Fenna", "Casus Jesse", "Casus Sem"]
    assert table.rows[1] == ["Factoren/Steun", 2, 1, "onbekend", "onbekend", "onbekend"]
    assert table.n_text == "n = 5 cases, of which 3 not known"
    presence = matrix_rows_for_export(code_matrix(project, "documents"), presence=True)
    assert presence.rows[3] == ["Participatie", 1, 0, 1, 1, 0]
    assert presence.n_text == "n = 5 documents"
    path = tmp_path / "matrix.xlsx"
    export(table, path, names=NO_NAMES, title=title_for("cases", project.name), filters_text=describe(project, TRANSCRIPTS),
           written=DAY)
    sheet = openpyxl.load_workbook(path).active
    assert sheet["A1"].value == "Codes by case – studie"
    assert sheet["A2"].value == "filters: document kinds: transcript"
    assert [c.value for c in sheet[7]] == ["Factoren/Steun", 2, 1, "onbekend", "onbekend", "onbekend"]


def test_crosstab_rows_with_n_and_percent_columns(project, study):
    result = crosstab(project, get_variable(project, study["gemeente"]))
    table = crosstab_rows_for_export(result, "codings", "row")
    assert table.headers == ["Code", "Utrecht", "Utrecht %", "Zeist", "Zeist %", "missing", "missing %"]
    assert table.rows[0] == ["n", 2, None, 1, None, 1, None]
    assert table.rows[2] == ["Factoren/Steun", 4, 57, 2, 29, 1, 14]
    assert table.levels == [0, 0, 1, 1, 0]
    assert table.n_text == "n = 4 cases"
    plain = crosstab_rows_for_export(result)
    assert plain.headers == ["Code", "Utrecht", "Zeist", "missing"]
    assert plain.rows[1] == ["Factoren", 2, 1, 1]


def test_cooccurrence_rows(project, study, tmp_path):
    result = cooccurrence(project, "overlap")
    counts = cooccurrence_rows_for_export(result)
    assert counts.rows[1] == ["Factoren/Steun", 0, 7, 1, 2]
    assert counts.n_text == "n = 16 codings"
    jaccard = cooccurrence_rows_for_export(result, "jaccard")
    assert jaccard.rows[1] == ["Factoren/Steun", 0.0, None, 0.167, 0.4]
    path = tmp_path / "samen.csv"
    export(jaccard, path, names=NO_NAMES, title="Co-occurrence", filters_text=describe(project, Filters()), written=DAY)
    lines = csv_lines(path)
    assert lines[1] == "filters: No filters: all codings."
    assert lines[6] == "Factoren/Steun;0;;0,167;0,4"


def test_a_table_in_word_with_its_n_filters_and_date_under_it(tmp_path):
    import datetime as dt

    import docx

    from qdacoder.reports.table_export import export_table

    path = tmp_path / "matrix.docx"
    export_table(["Code", "Casus 1", "Casus 2"], [["Steun", 2, None], ["Steun/Mentor", 1, 0.5]], path, names=NO_NAMES,
                 title="Code x case", filters_text="valence: hindering", n_text="n = 2 cases", levels=[0, 1],
                 written=dt.date(2026, 11, 22))
    document = docx.Document(str(path))
    assert document.paragraphs[0].style.name == "Caption" and document.paragraphs[0].text == "Table 1. Code x case"
    table = document.tables[0]
    assert table.style.name == "Table Grid"
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["Code", "Casus 1", "Casus 2"], ["Steun", "2", ""], ["Mentor", "1", "0,5"]]
    note = document.paragraphs[-1].text
    assert "n = 2 cases" in note and "valence: hindering" in note and "2026-11-22" in note


FORMULA_ROWS = [["=Zelfregie", -3, -0.25], ["+31 6 0000 0000", 2, 0.5], ["@Wijkteam", None, None]]


def test_csv_text_that_looks_like_a_formula_gets_an_apostrophe_numbers_stay_numbers(tmp_path):
    path = tmp_path / "tabel.csv"
    export_table(["Code", "-Verschil", "Jaccard"], FORMULA_ROWS, path, names=NO_NAMES, title="=Titel", filters_text="",
                 n_text="n = 2 cases", written=DAY)
    lines = csv_lines(path)
    assert lines[0] == "'=Titel"
    assert lines[4:8] == ["Code;'-Verschil;Jaccard", "'=Zelfregie;-3;-0,25", "'+31 6 0000 0000;2;0,5", "'@Wijkteam;;"]


def test_xlsx_text_that_looks_like_a_formula_is_text(tmp_path):
    path = tmp_path / "tabel.xlsx"
    export_table(["Code", "-Verschil", "Jaccard"], FORMULA_ROWS, path, names=NO_NAMES, title="=Titel", filters_text="",
                 n_text="n = 2 cases", written=DAY)
    sheet = openpyxl.load_workbook(path).active
    assert [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"] == []
    assert sheet["A1"].value == "=Titel" and sheet["B5"].value == "-Verschil"
    assert [list(r) for r in sheet.iter_rows(min_row=6, values_only=True)] == FORMULA_ROWS
    assert (sheet["B6"].data_type, sheet["C6"].data_type) == ("n", "n")
