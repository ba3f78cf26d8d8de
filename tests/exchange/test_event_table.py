"""Timeline events as CSV and Excel tables: round trips, Dutch headers, cells as people type
them, bad cells refused by row and column with the project unchanged, one undo step."""

import datetime as dt

import openpyxl
import pytest

from qdacoder.core import cases, events
from qdacoder.core.errors import ImportFailed
from qdacoder.core.project import Project
from qdacoder.exchange.event_table import EventImport, EventTableError, export_events, import_events


def add(project, case_id, lane, start, **fields):
    return events.add_event(project, case_id=case_id, lane=lane, start=start, **fields).result


def timeline(project):
    """Every event as comparable values, by case name (ids differ between projects)."""
    names = {c.id: c.name for c in cases.list_cases(project)}
    return sorted((names[e.case_id], e.lane, e.precision, e.start, e.end, e.label, e.provider, e.care_type,
                   e.outside_family, e.turning_point, e.memo) for e in events.list_events(project))


def snapshot(project):
    return {t: project.rows(f"SELECT * FROM {t} ORDER BY id") for t in ("cases", "events")}


@pytest.fixture
def filled(project):
    noor = cases.add_case(project, "Casus Noor").result
    daan = cases.add_case(project, "Casus Daan").result
    add(project, noor, "wonen", "2014-09", end="2016-01", precision="month", label="Pleeggezin Jansen",
        outside_family=True, turning_point=True, memo="Regel 1\nRegel 2")
    add(project, noor, "wonen", "2008", end="2014", label="Thuis bij moeder", outside_family=False)
    add(project, noor, "hulp", "2013-03-12", precision="day", label="Wijkteam", provider="Wijkteam Noord",
        care_type="ambulant")
    add(project, noor, "leven", "2018", label="=Overlijden opa")  # text that looks like a formula stays text
    add(project, daan, "diagnose", "9.5", precision="age", label="ADHD")
    add(project, daan, "hulp", "8", end="10", precision="age", care_type="dagbehandeling")
    return project


@pytest.mark.parametrize("name", ["events.csv", "EVENTS.XLSX"])
def test_round_trip_into_a_new_project_and_a_second_import_adds_nothing(filled, tmp_path, name):
    path = tmp_path / name
    assert export_events(filled, path) == 6
    with Project.create(tmp_path / "kopie.qdacoder") as other:
        result = import_events(other, path).result
        assert result == EventImport(added=6, skipped=0, new_cases=("Casus Daan", "Casus Noor"))
        assert timeline(other) == timeline(filled)
    again = import_events(filled, path)
    assert (again.result.added, again.result.skipped, again.steps) == (0, 6, [])


def test_csv_export_is_excel_friendly(filled, tmp_path):
    path = tmp_path / "events.csv"
    export_events(filled, path)
    lines = path.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[0] == "case;lane;start;end;precision;label;turning point;provider;care type;outside family;memo"
    # by case name, then lane order (hulp before diagnose), then start; ages with a decimal comma
    assert lines[1:3] == ["Casus Daan;hulp;8;10;age;;no;;dagbehandeling;;", "Casus Daan;diagnose;9,5;;age;ADHD;no;;;;"]
    assert lines[3].startswith("Casus Noor;wonen;2008;2014;year;Thuis bij moeder;no;;;no;")


def test_xlsx_export_writes_years_and_ages_as_numbers_and_months_as_text(filled, tmp_path):
    path = tmp_path / "events.xlsx"
    export_events(filled, path)
    sheet = openpyxl.load_workbook(path).active
    rows = {(r[0], r[5]): r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows[("Casus Daan", "ADHD")][2] == 9.5
    assert rows[("Casus Noor", "Thuis bij moeder")][2:4] == (2008, 2014)
    assert rows[("Casus Noor", "Pleeggezin Jansen")][2:4] == ("2014-09", "2016-01")
    formula = sheet.cell(row=7, column=6)
    assert (formula.value, formula.data_type) == ("=Overlijden opa", "s")


def test_dutch_headers_and_cells_as_people_type_them(project, tmp_path):
    path = tmp_path / "tijdlijn.csv"
    path.write_bytes((
        "Casus;Baan;Begin;Eind;Precisie;Omschrijving;Schakelmoment;Zorgvorm;Buiten_gezin\r\n"
        "Casus Noor;Wonen;12-03-2015;;dag;Verhuizing naar oma;ja;;ja\r\n"
        ";;;;;;;;\r\n"
        "Casus Noor;HULP;2016;2018;;Ambulante begeleiding;nee;Ambulant;\r\n"
        "Casus Noor;family;03-2017;;maand;Scheiding ouders;1;;\r\n"
        "Casus Lotte;onderwijs;8,5;;leeftijd;Naar groep 5;;;\r\n"
    ).encode("cp1252"))
    result = import_events(project, path).result
    assert result == EventImport(added=4, skipped=0, new_cases=("Casus Noor", "Casus Lotte"))
    assert timeline(project) == [
        ("Casus Lotte", "onderwijs", "age", "8.5", None, "Naar groep 5", "", "", None, False, ""),
        ("Casus Noor", "gezin", "month", "2017-03", None, "Scheiding ouders", "", "", None, True, ""),
        ("Casus Noor", "hulp", "year", "2016", "2018", "Ambulante begeleiding", "", "ambulant", None, False, ""),
        ("Casus Noor", "wonen", "day", "2015-03-12", None, "Verhuizing naar oma", "", "", True, True, ""),
    ]


def test_excel_cells_dates_numbers_and_booleans(project, tmp_path):
    path = tmp_path / "tijdlijn.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["case", "lane", "start", "end", "precision", "label", "turning point"])
    sheet.append(["Casus Sem", "wonen", dt.datetime(2015, 3, 1), dt.datetime(2016, 7, 1), "month", "Pleeggezin", True])
    sheet.append(["Casus Sem", "onderwijs", 2012, None, None, "Basisschool", False])
    sheet.append(["Casus Sem", "leven", dt.datetime(2019, 5, 4), None, None, "Verjaardag", None])
    book.save(path)
    import_events(project, path)
    assert [(e.lane, e.precision, e.start, e.end, e.turning_point) for e in events.list_events(project)] == [
        ("wonen", "month", "2015-03", "2016-07", True),  # events come in the order of the lanes
        ("onderwijs", "year", "2012", None, False),
        ("leven", "day", "2019-05-04", None, False),
    ]


def test_bad_cells_refuse_the_whole_file_naming_row_and_column(filled, tmp_path):
    before = snapshot(filled)
    path = tmp_path / "tijdlijn.csv"
    path.write_text(
        "casus;baan;begin;eind;precisie;schakelmoment;care type\n"
        "Casus Nieuw;wonen;2015;;;;\n"  # a good row: not imported either
        "Casus Noor;werk;2015-13;;maand;misschien;thuis\n"
        ";onderwijs;2018;2016;;;\n"
        "Casus Noor;hulp;2015;;week;;\n", encoding="utf-8")
    with pytest.raises(EventTableError) as caught:
        import_events(filled, path)
    error = caught.value
    assert isinstance(error, ImportFailed) and error.params["file"] == "tijdlijn.csv"
    assert [(c.row, c.column) for c in error.cells] == [
        (3, "baan"), (3, "care type"), (3, "schakelmoment"), (3, "begin"),
        (4, "casus"), (4, "eind"), (5, "precisie")]
    text = str(error)
    assert text.startswith("tijdlijn.csv: nothing was imported, because of 7 problem(s):\n")
    assert "row 3, column “baan”: “werk” is not a lane. Choose one of: wonen, onderwijs, hulp" in text
    assert "row 3, column “begin”: “2015-13” is not a date." in text
    assert "row 4, column “eind”: An event cannot end (2016) before it starts (2018)." in text
    assert "row 5, column “precisie”: “week” is not a precision." in text
    assert snapshot(filled) == before


def test_at_most_ten_bad_cells_are_listed(project, tmp_path):
    path = tmp_path / "tijdlijn.csv"
    path.write_text("case;lane;start\n" + "".join(f"Casus Noor;wonen;20{n:02d}-99\n" for n in range(13)),
                    encoding="utf-8")
    with pytest.raises(EventTableError) as caught:
        import_events(project, path)
    lines = str(caught.value).splitlines()
    assert len(lines) == 12 and lines[-1] == "and 3 more." and len(caught.value.cells) == 13
    assert lines[1].startswith("row 2, column “start”: “2000-99”")


def test_reasons_are_translated_too(project, tmp_path):
    path = tmp_path / "tijdlijn.csv"
    path.write_text("case;lane;start\n;wonen;2015\n", encoding="utf-8")
    dutch = {"A row needs the name of its case.": "Een rij heeft de naam van de casus nodig.",
             "row {row}, column “{column}”: {reason}": "rij {row}, kolom “{column}”: {reason}"}
    with pytest.raises(EventTableError) as caught:
        import_events(project, path, translate=lambda text: dutch.get(text, text))
    assert caught.value.params["listed"] == "rij 2, kolom “case”: Een rij heeft de naam van de casus nodig."


@pytest.mark.parametrize("header, message", [
    ("case;lane;start;colour", "row 1: unknown column “colour”; known columns: case, lane, start"),
    ("case;lane;begin;start", "row 1: the column “start” appears twice."),
    ("case;label;start", "row 1: there is no column “lane”"),
    (";;", "row 1: the first row must name the columns"),
])
def test_the_header_is_checked(project, tmp_path, header, message):
    path = tmp_path / "tijdlijn.csv"
    path.write_text(header + "\nCasus Noor;wonen;2015;\n", encoding="utf-8")
    with pytest.raises(EventTableError, match=message):
        import_events(project, path)


def test_a_value_in_a_column_without_a_name_is_refused(project, tmp_path):
    path = tmp_path / "tijdlijn.csv"
    path.write_text("case;lane;start;\nCasus Noor;wonen;2015;vergeten\n", encoding="utf-8")
    with pytest.raises(EventTableError, match="row 2, column 4: this cell has a value"):
        import_events(project, path)


def test_an_import_is_one_undo_step(filled, tmp_path):
    before = snapshot(filled)
    path = tmp_path / "tijdlijn.csv"
    path.write_text("case;lane;start\nCasus Noor;gezin;2013\nCasus Nieuw;wonen;2019\n", encoding="utf-8")
    journal = import_events(filled, path)
    assert journal.result.new_cases == ("Casus Nieuw",)
    after = snapshot(filled)
    assert len(after["events"]) == len(before["events"]) + 2
    journal.undo(filled)
    assert snapshot(filled) == before
    journal.redo(filled)
    assert snapshot(filled) == after


@pytest.mark.parametrize("name", ["events.ods", "events"])
def test_other_file_types_are_refused(project, tmp_path, name):
    with pytest.raises(EventTableError, match="events are read from and written to .csv and .xlsx"):
        export_events(project, tmp_path / name)
    (tmp_path / name).write_text("x")
    with pytest.raises(EventTableError, match="events are read from and written to .csv and .xlsx"):
        import_events(project, tmp_path / name)


def test_a_damaged_workbook_and_a_missing_file(project, tmp_path):
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(b"PK\x03\x04 niet echt")
    with pytest.raises(EventTableError, match="kapot.xlsx: this is not a valid Excel workbook"):
        import_events(project, path)
    with pytest.raises(EventTableError, match="weg.csv: the file does not exist"):
        import_events(project, tmp_path / "weg.csv")


@pytest.mark.parametrize("name", ["formules.csv", "formules.xlsx"])
def test_texts_that_look_like_formulas_are_safe_in_the_file_and_come_back_exactly(project, tmp_path, name):
    zelfregie = cases.add_case(project, "=Zelfregie").result
    add(project, zelfregie, "hulp", "2019", label="+31 6 0000 0000", provider="@Wijkteam",
        memo="-dat vond ik raar\n=nog een regel")
    path = tmp_path / name
    export_events(project, path)
    if name.endswith(".csv"):
        lines = path.read_bytes().decode("utf-8-sig").split("\r\n")
        assert lines[1] == ("'=Zelfregie;hulp;2019;;year;'+31 6 0000 0000;no;'@Wijkteam;;;"
                            "\"'-dat vond ik raar\n=nog een regel\"")
    else:
        sheet = openpyxl.load_workbook(path).active
        assert [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"] == []
        assert [sheet[c].value for c in ("A2", "C2", "F2", "H2")] == ["=Zelfregie", 2019, "+31 6 0000 0000",
                                                                      "@Wijkteam"]
    with Project.create(tmp_path / "kopie.qdacoder") as other:
        import_events(other, path)
        assert timeline(other) == timeline(project)
