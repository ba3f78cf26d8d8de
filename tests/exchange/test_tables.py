"""The shared table helpers: no text cell of a CSV or Excel file qdacoder writes can be run as
a formula, and qdacoder's CSV reader undoes exactly what the writer added."""

import csv
import io

import openpyxl
import pytest

from qdacoder.exchange.tables import csv_bytes, csv_cell, csv_rows, csv_text, xlsx_bytes

RISKY = ["=Zelfregie", "=SOM(A1:A9)", "+31 6 0000 0000", "-niet gemeld", "@Jeugdzorg", "\tingesprongen",
         "\rregel", "=", "-", "'=al met apostrof", "''+twee apostroffen"]
HARMLESS = ["Zelfregie", "", "dat vond ik =raar", "'citaat tussen apostroffen'", "'", "-3", "-2,5", "+7",
            "2015-03", "8,5"]


def read_csv_file(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


@pytest.mark.parametrize("text", RISKY)
def test_csv_puts_one_apostrophe_before_a_text_a_spreadsheet_would_run(text):
    assert read_csv_file(csv_bytes([[text]])) == [["'" + text]]


@pytest.mark.parametrize("text", HARMLESS)
def test_csv_leaves_other_texts_and_plain_numbers_alone(text):
    assert csv_cell(text) == text
    assert read_csv_file(csv_bytes([[text, "x"]])) == [[text, "x"]]


def test_csv_numbers_stay_numbers():
    assert [csv_cell(v) for v in (-3, -2.5, 0, None)] == [-3, -2.5, 0, None]
    assert read_csv_file(csv_bytes([[-3, -2.5, "-3"]])) == [["-3", "-2.5", "-3"]]


@pytest.mark.parametrize("text", RISKY + HARMLESS)
def test_csv_round_trip_is_exact(text):
    assert csv_text(csv_cell(text)) == text
    rows = csv_rows(csv_bytes([["kolom", "tweede"], [text, "x"]]), "t.csv")
    assert rows == [(1, ["kolom", "tweede"]), (2, [text, "x"])]


def test_csv_reader_removes_only_the_apostrophe_a_writer_adds():
    data = "kolom\r\n'=Zelfregie\r\n'Zelfregie\r\n''=twee\r\n'-3\r\n".encode()
    assert [cells for _, cells in csv_rows(data, "hand.csv")] == [
        ["kolom"], ["=Zelfregie"], ["'Zelfregie"], ["'=twee"], ["'-3"]]


def test_xlsx_text_is_text_and_numbers_are_numbers():
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_bytes([["tekst", "getal"], *[[t, -3] for t in RISKY]]))).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    assert [sheet.cell(row=r, column=1).value for r in range(2, len(RISKY) + 2)] == RISKY  # no apostrophe added
    assert all(sheet.cell(row=r, column=2).value == -3 and sheet.cell(row=r, column=2).data_type == "n"
               for r in range(2, len(RISKY) + 2))
    assert sheet["A2"].quotePrefix and not sheet["A1"].quotePrefix  # stays text when edited in Excel
