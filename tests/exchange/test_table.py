"""Codebooks as CSV and Excel tables: round trips, the column rules, errors by row and column."""

import io
import random
import zipfile

import openpyxl
import pytest

from qdacoder.core.codebook import HINDERING, PROMOTING, Codebook, CodebookEntry
from qdacoder.exchange import CodebookFileError, read_codebook, write_codebook
from qdacoder.exchange import table_codebook
from qdacoder.exchange.table_codebook import COLUMNS, write_csv
from qdacoder.exchange.validate import problems
from tests.exchange.test_validate import dutch_codebook


def codes_only(codebook: Codebook) -> Codebook:
    """CSV has no place for the codebook's name and description."""
    return Codebook(codes=codebook.codes)


def csv_file(tmp_path, text: str, name: str = "codes.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def error_of(path) -> str:
    with pytest.raises(CodebookFileError) as caught:
        read_codebook(path)
    return str(caught.value)


# --- CSV round trips -------------------------------------------------------------------------
def test_csv_round_trip_semicolon(tmp_path):
    path = tmp_path / "codes.csv"
    write_codebook(dutch_codebook(), path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfpath;description;inclusion;exclusion;example;color;"
                           b"valence;category;guid\r\n")
    assert read_codebook(path) == codes_only(dutch_codebook())


def test_csv_round_trip_comma(tmp_path):
    path = tmp_path / "codes.csv"
    path.write_bytes(write_csv(dutch_codebook(), delimiter=","))
    assert path.read_bytes().startswith(b"\xef\xbb\xbfpath,description,")
    assert read_codebook(path) == codes_only(dutch_codebook())


@pytest.mark.parametrize("delimiter", [",", ";"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_csv_encodings_and_delimiters(tmp_path, delimiter, encoding):
    d = delimiter
    text = (f"Path{d}Description{d}Valence{d}Category\r\n"
            f"Belemmerende factoren{d}{d}{d}ja\r\n"
            f"Belemmerende factoren/Wachtlijsten{d}\"Geëvalueerd; één{d} twee\"{d}belemmerend{d}\r\n")
    codebook = read_codebook(csv_file(tmp_path, text, encoding=encoding))
    assert codebook.codes == [CodebookEntry(
        name="Belemmerende factoren", is_codable=False,
        children=[CodebookEntry(name="Wachtlijsten", description=f"Geëvalueerd; één{d} twee",
                                default_valence=HINDERING)],
    )]


def test_csv_multi_line_cells_and_row_numbers(tmp_path):
    text = ('path,description,color\n'
            'A,"regel 1\nregel 2\n\nregel 4",#AABBCC\n'
            '\n'
            'B,,groen\n')
    message = error_of(csv_file(tmp_path, text))
    # the header is row 1, the multi-line record row 2, the empty record row 3
    assert message == "codes.csv, row 4, column “color”: “groen” is not a colour; use #rrggbb."
    codebook = read_codebook(csv_file(tmp_path, text.replace("groen", "")))
    assert codebook.codes[0] == CodebookEntry(name="A", description="regel 1\nregel 2\n\nregel 4",
                                              color="#aabbcc")


def test_columns_in_any_order_and_case_and_only_path_required(tmp_path):
    text = "GUID;Example;PATH\n6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c;“Ik wil gehoord worden”;Stem\n"
    assert read_codebook(csv_file(tmp_path, text)).codes == [CodebookEntry(
        name="Stem", example="“Ik wil gehoord worden”",
        guid="6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c")]
    assert read_codebook(csv_file(tmp_path, "path\nAlleen een naam\n")).codes == [
        CodebookEntry(name="Alleen een naam")]


def test_a_single_column_file_keeps_commas_and_semicolons_in_names(tmp_path):
    codebook = read_codebook(csv_file(tmp_path, "path\nOuders, verzorgers\nSteun; school\n"))
    assert [e.name for e in codebook.codes] == ["Ouders, verzorgers", "Steun; school"]


def test_missing_parents_are_created_and_later_rows_fill_them_in(tmp_path):
    text = ("path;description;category\n"
            "Bevorderende factoren/School/Mentor;Een vaste mentor;\n"
            "Belemmerende factoren/Wachtlijsten;;\n"
            "bevorderende factoren;Wat helpt;ja\n"
            "Bevorderende factoren/School/Stage;;\n")
    codebook = read_codebook(csv_file(tmp_path, text))
    assert [path for path, _, _ in codebook.walk()] == [
        "bevorderende factoren", "bevorderende factoren/School",
        "bevorderende factoren/School/Mentor", "bevorderende factoren/School/Stage",
        "Belemmerende factoren", "Belemmerende factoren/Wachtlijsten",
    ]
    parent = codebook.codes[0]
    assert (parent.description, parent.is_codable) == ("Wat helpt", False)
    assert codebook.codes[1] == CodebookEntry(name="Belemmerende factoren", children=[
        CodebookEntry(name="Wachtlijsten")])


def test_empty_rows_and_empty_unnamed_columns_are_skipped(tmp_path):
    text = "path;description;;\n;;;\nA;x;;\n\n;;\nB;;;\n"
    assert [e.name for e in read_codebook(csv_file(tmp_path, text)).codes] == ["A", "B"]


@pytest.mark.parametrize("cell, codable", [
    ("yes", False), ("Ja", False), ("TRUE", False), ("1", False), ("WAAR", False),
    ("no", True), ("Nee", True), ("false", True), ("0", True), ("ONWAAR", True), ("", True),
])
def test_category_words(tmp_path, cell, codable):
    codebook = read_codebook(csv_file(tmp_path, f"path;category\nA;{cell}\n"))
    assert codebook.codes[0].is_codable is codable


@pytest.mark.parametrize("cell, valence", [
    ("promoting", PROMOTING), ("Bevorderend", PROMOTING), ("helpend", PROMOTING), ("+", PROMOTING),
    ("hindering", HINDERING), ("belemmerend", HINDERING), ("niet helpend", HINDERING),
    ("-", HINDERING), ("", None),
])
def test_valence_words(tmp_path, cell, valence):
    codebook = read_codebook(csv_file(tmp_path, f"path;valence\nA;{cell}\n"))
    assert codebook.codes[0].default_valence == valence


CSV_ERRORS = {
    "unknown column": ("path;description;colour\nA;;#ffffff\n",
                       "codes.csv, row 1: unknown column “colour”; known columns: path, "
                       "description, inclusion, exclusion, example, color, valence, category, guid."),
    "no path column": ("description;color\nA;\n", "codes.csv, row 1: there is no column “path”"),
    "stray quote": ('path;description\nA;x\nB;"Heel goed" zei ze\n',
                    "codes.csv, row 3: this row cannot be read as CSV"),
    "duplicate column": ("path;Color;color\n", "codes.csv, row 1: the column “color” appears twice."),
    "empty header": (";;\nA;;\n", "codes.csv, row 1: the first row must name the columns"),
    "unnamed column with value": ("path;;description\nA;x;\n",
                                  "codes.csv, row 2, column 2: this cell has a value, but its "
                                  "column has no name"),
    "extra cell": ("path;description\nA;x;y\n", "codes.csv, row 2, column 3: this cell has a value"),
    "duplicate path": ("path\nA/B\nC\na/b\n",
                       "codes.csv, row 4: the code “a/b” appears twice (also in row 2); codes with "
                       "the same parent need different names"),
    "empty path": ("path;description\nA;\n;alleen een beschrijving\n",
                   "codes.csv, row 3, column “path”: the path is empty."),
    "empty name in path": ("path\nA//B\n",
                           "codes.csv, row 2, column “path”: “A//B” is not a valid path"),
    "trailing slash": ("path\nA/\n", "codes.csv, row 2, column “path”: “A/” is not a valid path"),
    "bad colour": ("path;Color\nA;#12345\n",
                   "codes.csv, row 2, column “Color”: “#12345” is not a colour; use #rrggbb."),
    "bad valence": ("path;valence\nA;\nB;neutraal\n",
                    "codes.csv, row 3, column “valence”: “neutraal” is not a valence; use one of: "),
    "bad category": ("path;category\nA;misschien\n",
                     "codes.csv, row 2, column “category”: “misschien” is not yes or no"),
    "bad guid": ("path;guid\nA;12345\n", "codes.csv, row 2, column “guid”: “12345” is not a GUID"),
    "duplicate guid": ("path;guid\nA;6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c\n"
                       "B;6F1C2A3B-0D4E-4F5A-8B6C-7D8E9F0A1B2C\n",
                       "codes.csv, row 3, column “guid”: the GUID “6F1C2A3B-0D4E-4F5A-8B6C-"
                       "7D8E9F0A1B2C” is used twice (also in row 2)"),
    "long name": ("path\nA/" + "x" * 201 + "\n",
                  "codes.csv, row 2, column “path”: the name “xxx"),
    "unclosed quote": ('path;description\nA;"nooit gesloten\n',
                       "codes.csv, row 2: this row cannot be read as CSV"),
}


@pytest.mark.parametrize("case", CSV_ERRORS)
def test_csv_mistakes_name_the_row(tmp_path, case):
    text, start = CSV_ERRORS[case]
    with pytest.raises(CodebookFileError) as caught:
        read_codebook(csv_file(tmp_path, text))
    assert str(caught.value).startswith(start)
    assert caught.value.params["file"] == "codes.csv"


def test_binary_and_undecodable_csv(tmp_path):
    path = tmp_path / "foto.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert error_of(path) == "foto.csv: this is not a text (CSV) file; it looks like a binary file."
    path.write_bytes(b"path\nA\x81\x8d\n")  # bytes cp1252 does not define
    assert error_of(path).startswith("foto.csv: the character encoding of this file could not")


# --- Excel -----------------------------------------------------------------------------------
def test_xlsx_round_trip(tmp_path):
    path = tmp_path / "Codeboek.xlsx"
    write_codebook(dutch_codebook(), path)
    assert read_codebook(path) == dutch_codebook()  # name and description via the properties


def test_xlsx_layout(tmp_path):
    path = tmp_path / "codes.xlsx"
    write_codebook(dutch_codebook(), path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    assert [cell.value for cell in sheet[1]] == list(COLUMNS)
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width >= 30
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["F"].width
    assert sheet["A3"].value == "Bevorderende factoren/Vroegsignalering"
    assert sheet["H2"].value == "yes" and sheet["H3"].value is None
    assert sheet.max_row == len(dutch_codebook()) + 1


def test_xlsx_texts_that_look_like_formulas_stay_text(tmp_path):
    original = Codebook(codes=[CodebookEntry(name="=SOM(A1)", description="=1+1",
                                             example="+31 20 123 4567")])
    path = tmp_path / "formules.xlsx"
    write_codebook(original, path)
    assert read_codebook(path) == original


FORMULA_LIKE = Codebook(codes=[
    CodebookEntry(name="=Zelfregie", description="=dat vond ik raar", inclusion="+31 6 0000 0000",
                  exclusion="-niet als de ouder het zegt", example="@wijkteam",
                  children=[CodebookEntry(name="-Eigen regie", example="'=al met apostrof")]),
    CodebookEntry(name="Regie", description="'gewoon tussen apostroffen'", example="-3"),
])


def test_csv_texts_that_look_like_formulas_get_an_apostrophe_and_come_back_exactly(tmp_path):
    path = tmp_path / "formules.csv"
    write_codebook(FORMULA_LIKE, path)
    lines = path.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[1] == "'=Zelfregie;'=dat vond ik raar;'+31 6 0000 0000;'-niet als de ouder het zegt;'@wijkteam;;;;"
    assert lines[2] == "'=Zelfregie/-Eigen regie;;;;''=al met apostrof;;;;"
    assert lines[3] == "Regie;'gewoon tussen apostroffen';;;-3;;;;"  # nothing to run: left alone
    assert read_codebook(path) == FORMULA_LIKE


def test_xlsx_formula_like_round_trip_has_no_formula_cells(tmp_path):
    path = tmp_path / "formules.xlsx"
    write_codebook(FORMULA_LIKE, path)
    sheet = openpyxl.load_workbook(path).active
    assert [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"] == []
    assert [sheet["A2"].value, sheet["B2"].value, sheet["C2"].value] == [
        "=Zelfregie", "=dat vond ik raar", "+31 6 0000 0000"]
    assert sheet["E3"].value == "'=al met apostrof"  # Excel cells get no apostrophe: they are text already
    assert read_codebook(path) == FORMULA_LIKE


def make_xlsx(tmp_path, rows, name="hand.xlsx"):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.create_sheet("Tweede blad").append(["path", "niet gelezen"])
    path = tmp_path / name
    workbook.save(path)
    return path


def test_xlsx_numbers_booleans_and_empty_cells(tmp_path):
    path = make_xlsx(tmp_path, [
        ["Path", "Category", "Description", "Valence"],
        ["Jaren", True, None, None],
        ["Jaren/2024", False, 12.5, "+"],
        [None, None, None, None],
        ["Jaren/2025", 0, 3.0, None],
        ["Jaren/2026", 1, None, None],
    ])
    codebook = read_codebook(path)
    assert codebook.codes == [CodebookEntry(name="Jaren", is_codable=False, children=[
        CodebookEntry(name="2024", description="12.5", default_valence=PROMOTING),
        CodebookEntry(name="2025", description="3"),
        CodebookEntry(name="2026", is_codable=False),
    ])]


def test_xlsx_errors_name_the_row_and_column(tmp_path):
    path = make_xlsx(tmp_path, [["path", "color"], ["A", "#ffffff"], [None, None], ["B", "rood"]])
    assert error_of(path) == "hand.xlsx, row 4, column “color”: “rood” is not a colour; use #rrggbb."
    path = make_xlsx(tmp_path, [["path", "kleur"], ["A", "#ffffff"]])
    assert error_of(path).startswith("hand.xlsx, row 1: unknown column “kleur”")
    path = make_xlsx(tmp_path, [["path"], ["A/B"], ["a/B"]])
    assert error_of(path).startswith("hand.xlsx, row 3: the code “a/B” appears twice (also in row 2)")


def test_empty_xlsx(tmp_path):
    path = tmp_path / "leeg.xlsx"
    openpyxl.Workbook().save(path)
    assert error_of(path).startswith("leeg.xlsx, row 1: the first row must name the columns")


def test_corrupt_xlsx(tmp_path):
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(random.Random(1).randbytes(3000))
    assert error_of(path) == ("kapot.xlsx: this is not a valid Excel workbook (the file is damaged "
                              "or is not an .xlsx).")
    good = tmp_path / "goed.xlsx"
    write_codebook(dutch_codebook(), good)
    path.write_bytes(good.read_bytes()[:2000])  # cut off
    assert error_of(path).startswith("kapot.xlsx: this is not a valid Excel workbook")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<geen werkboek")
    path.write_bytes(buffer.getvalue())
    assert error_of(path).startswith("kapot.xlsx: this is not a valid Excel workbook")


def test_old_or_encrypted_excel(tmp_path):
    path = tmp_path / "oud.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert error_of(path).startswith("oud.xlsx: this is an old Excel workbook (.xls)")


def test_xlsx_zip_bomb_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(table_codebook, "MAX_UNCOMPRESSED", 1024 * 1024)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (2 * 1024 * 1024))
    path = tmp_path / "bom.xlsx"
    path.write_bytes(buffer.getvalue())
    assert error_of(path).startswith("bom.xlsx: the workbook unpacks to more than 1 MB")


def test_control_characters_are_dropped_in_xlsx(tmp_path):
    path = tmp_path / "plak.xlsx"
    write_codebook(Codebook(codes=[CodebookEntry(name="A", description="ge\x02plakt\tmet tab")]),
                   path)
    assert read_codebook(path).codes[0].description == "geplakt\tmet tab"


def test_every_table_result_is_valid(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("path\nA/B/C\nA/D\n", encoding="utf-8")
    assert problems(read_codebook(path)) == []


def test_an_xlsx_codebook_is_refused_on_its_header_before_the_rest_is_read(tmp_path):
    """The sheet is streamed: a wrong header is refused before the rows after it are read. The
    sheet here is damaged near its end, so reading it whole would fail on that first."""
    workbook = openpyxl.Workbook()
    workbook.active.append(["naam", "omschrijving"])  # not the columns of a codebook
    for number in range(2000):
        workbook.active.append([f"Wonen/Plek {number}", "Waar de jongere woont"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    sheet = members["xl/worksheets/sheet1.xml"]
    members["xl/worksheets/sheet1.xml"] = sheet.replace(b"</sheetData>", b"<row><c></sheetData>")
    damaged = tmp_path / "codeboek.xlsx"
    with zipfile.ZipFile(damaged, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    with pytest.raises(CodebookFileError, match="naam"):
        read_codebook(damaged)
