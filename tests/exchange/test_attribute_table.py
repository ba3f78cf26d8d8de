"""Attribute tables (CSV and Excel): round trips, all-or-nothing imports with every bad cell
named by row and column, new cases and attributes, and one undo step."""

import datetime as dt

import openpyxl
import pytest

from qdacoder.core import documents
from qdacoder.core.attributes import add_variable, find_variable, list_variables, set_values, values_of
from qdacoder.core.cases import add_case, find_case
from qdacoder.core.project import Project
from qdacoder.core.respondents import add_respondent
from qdacoder.exchange.attribute_table import AttributeTableError, export_attributes, import_attributes

CATEGORIES = ("thuis", "pleeggezin", "residentieel")


def define(project):
    ids = {}
    for name, kind in (("Leeftijd", "number"), ("Eerder uithuisgeplaatst", "boolean"),
                       ("Woonsituatie", "category"), ("Datum aanmelding", "date"), ("Toelichting", "text")):
        ids[name] = add_variable(project, target="case", name=name, type=kind,
                                 categories=CATEGORIES if kind == "category" else ()).result
    return ids


@pytest.fixture
def study(project):
    ids = define(project)
    cases = {name: add_case(project, name).result for name in ("Jeugdige A", "Jeugdige B", "Jeugdige C")}
    set_values(project, [
        (ids["Leeftijd"], cases["Jeugdige A"], 14), (ids["Leeftijd"], cases["Jeugdige B"], "16,5"),
        (ids["Eerder uithuisgeplaatst"], cases["Jeugdige A"], "ja"),
        (ids["Eerder uithuisgeplaatst"], cases["Jeugdige C"], "nee"),
        (ids["Woonsituatie"], cases["Jeugdige B"], "pleeggezin"),
        (ids["Datum aanmelding"], cases["Jeugdige C"], "2021-03-01"),
        (ids["Toelichting"], cases["Jeugdige A"], "=wachtlijst; \"via\" wijkteam"),
    ])
    return cases


def by_name(project, target="case"):
    """{row name: {attribute name: value}}: comparable across projects."""
    names = {v.id: v.name for v in list_variables(project, target)}
    table = {"case": "cases", "document": "documents"}[target]
    rows = {r["id"]: r["name"] for r in project.rows(f"SELECT id, name FROM {table}")}
    return {rows[t]: {names[v]: value for v, value in values.items()} for t, values in values_of(project, target).items()}


def snapshot(project):
    return {table: project.rows(f"SELECT * FROM {table} ORDER BY id")
            for table in ("cases", "variables", "attribute_values")}


def write_csv(tmp_path, text, name="kenmerken.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def error_of(project, path, target="case"):
    before = snapshot(project)
    with pytest.raises(AttributeTableError) as caught:
        import_attributes(project, target, path)
    assert snapshot(project) == before  # nothing changed
    return caught.value


@pytest.mark.parametrize("extension", [".csv", ".xlsx"])
def test_round_trip_into_a_project_with_the_same_attributes(tmp_path, project, study, extension):
    path = tmp_path / f"kenmerken{extension}"
    assert export_attributes(project, "case", path) == 3
    with Project.create(tmp_path / "kopie.qdacoder") as copy:
        define(copy)
        report = import_attributes(copy, "case", path).result
        assert by_name(copy) == by_name(project)
        assert (report.rows, report.cases_created, report.variables_created) == (
            3, ["Jeugdige A", "Jeugdige B", "Jeugdige C"], [])
        assert report.values_set == 7 and report.values_removed == 0
    again = import_attributes(project, "case", path)  # the same table again changes nothing
    assert again.result.values_set == 0 and again.steps == []


def test_csv_layout(tmp_path, project, study):
    path = tmp_path / "kenmerken.csv"
    export_attributes(project, "case", path)
    lines = path.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0] == "case;Leeftijd;Eerder uithuisgeplaatst;Woonsituatie;Datum aanmelding;Toelichting"
    assert lines[1] == 'Jeugdige A;14;yes;;;"'"'"'=wachtlijst; ""via"" wijkteam"'  # ' : Excel shows text, no formula
    assert lines[2] == "Jeugdige B;16,5;;pleeggezin;;"  # decimal comma; missing is empty
    assert lines[3] == "Jeugdige C;;no;;2021-03-01;"


def test_xlsx_layout_numbers_as_numbers(tmp_path, project, study):
    path = tmp_path / "kenmerken.xlsx"
    export_attributes(project, "case", path)
    sheet = openpyxl.load_workbook(path).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["case", "Leeftijd", "Eerder uithuisgeplaatst", "Woonsituatie", "Datum aanmelding", "Toelichting"]
    assert rows[1] == ["Jeugdige A", 14, "yes", None, None, "=wachtlijst; \"via\" wijkteam"]
    assert rows[2][1] == 16.5 and rows[3][4] == dt.datetime(2021, 3, 1)
    assert sheet["F2"].data_type == "s" and sheet["A1"].font.bold and sheet.freeze_panes == "B2"


@pytest.mark.parametrize("extension", [".csv", ".xlsx"])
def test_new_columns_get_an_inferred_type_and_new_names_create_cases(tmp_path, project, study, extension):
    path = tmp_path / f"kenmerken{extension}"
    export_attributes(project, "case", path)
    with Project.create(tmp_path / "leeg.qdacoder") as empty:
        journal = import_attributes(empty, "case", path)
        assert [(v.name, v.type) for v in list_variables(empty, "case")] == [
            ("Leeftijd", "number"), ("Eerder uithuisgeplaatst", "boolean"), ("Woonsituatie", "text"),
            ("Datum aanmelding", "date"), ("Toelichting", "text")]
        assert journal.result.variables_created == [(v.name, v.type) for v in list_variables(empty, "case")]
        assert by_name(empty) == by_name(project)
        journal.undo(empty)
        assert snapshot(empty) == {"cases": [], "variables": [], "attribute_values": []}


def test_telephone_numbers_and_leading_zeros_are_not_guessed_to_be_numbers(tmp_path, project):
    path = write_csv(tmp_path, "casus;Telefoon;Dossiernummer;Aantal gesprekken\n"
                               "Jeugdige X;+31 6 0000 0000;007;12 500\n"
                               "Jeugdige Y;0600000000;120;3\n")
    import_attributes(project, "case", path)
    assert [(v.name, v.type) for v in list_variables(project, "case")] == [
        ("Telefoon", "text"), ("Dossiernummer", "text"), ("Aantal gesprekken", "number")]
    assert by_name(project)["Jeugdige X"] == {"Telefoon": "+31 6 0000 0000", "Dossiernummer": "007",
                                              "Aantal gesprekken": 12500}
    assert by_name(project)["Jeugdige Y"]["Telefoon"] == "0600000000"


def test_bad_cells_in_two_places_are_named_together_and_nothing_changes(tmp_path, project, study):
    path = write_csv(tmp_path, "casus;Leeftijd;Woonsituatie;Nieuw\n"
                               "Jeugdige A;veertien;thuis;x\n"
                               "Jeugdige D;12;thuis;y\n"
                               "Jeugdige B;13;kamertraining;z\n")
    error = error_of(project, path)
    assert str(error) == (
        "kenmerken.csv: nothing was imported, because of 2 problem(s):\n"
        "row 2, column “Leeftijd”: “veertien” is not a number, as “Leeftijd” needs.\n"
        "row 4, column “Woonsituatie”: “kamertraining” is not one of the values of “Woonsituatie”: "
        "thuis, pleeggezin, residentieel.")
    assert error.params["file"] == "kenmerken.csv" and isinstance(error.params["count"], int)
    assert [(row, column) for row, column, _ in error.cells] == [(2, "Leeftijd"), (4, "Woonsituatie")]
    assert find_case(project, "Jeugdige D") is None and find_variable(project, "case", "Nieuw") is None


def test_at_most_ten_problems_are_listed(tmp_path, project, study):
    path = write_csv(tmp_path, "case;Leeftijd\n" + "".join(f"Jeugdige {i};oud\n" for i in range(13)))
    error = error_of(project, path)
    message = str(error)
    assert message.count("is not a number") == 10 and message.endswith("\nand 3 more.")
    assert len(error.cells) == 13


def test_empty_cell_removes_a_value_and_one_undo_restores_everything(tmp_path, project, study):
    before = snapshot(project)
    path = write_csv(tmp_path, "case,Leeftijd,Eerder uithuisgeplaatst,Aantal plekken\n"
                               "Jeugdige A,,nee,3\n"
                               "Jeugdige Zoë,12,ja,\n", encoding="cp1252")  # an older Excel's CSV
    journal = import_attributes(project, "case", path)
    report = journal.result
    assert report.cases_created == ["Jeugdige Zoë"] and report.variables_created == [("Aantal plekken", "number")]
    assert (report.rows, report.values_set, report.values_removed) == (2, 4, 1)  # ja -> nee is set too
    values = by_name(project)
    assert "Leeftijd" not in values["Jeugdige A"]  # removed, not 0
    assert values["Jeugdige A"]["Eerder uithuisgeplaatst"] == 0
    assert values["Jeugdige Zoë"] == {"Leeftijd": 12, "Eerder uithuisgeplaatst": 1}
    assert values["Jeugdige B"]["Leeftijd"] == 16.5  # a case without a row keeps its values
    assert values["Jeugdige A"]["Toelichting"]  # an attribute without a column too
    journal.undo(project)
    assert snapshot(project) == before


def test_names_match_without_regard_to_case_and_spaces(tmp_path, project, study):
    path = write_csv(tmp_path, "case;  leeftijd ;WOONSITUATIE\n jeugdige  a ;15;Thuis\n")
    report = import_attributes(project, "case", path).result
    assert report.cases_created == [] and report.variables_created == []
    assert by_name(project)["Jeugdige A"]["Leeftijd"] == 15
    assert by_name(project)["Jeugdige A"]["Woonsituatie"] == "thuis"


def test_row_and_column_problems(tmp_path, project, study):
    path = write_csv(tmp_path, "case;Leeftijd;;leeftijd\n"
                               "Jeugdige A;1;los;\n"
                               ";2;;\n"
                               "jeugdige a;3;;\n")
    assert [(row, column, reason) for row, column, reason in error_of(project, path).cells] == [
        (1, "leeftijd", "this column appears twice (also column B)."),
        (2, "C", "this cell has a value, but its column has no name in the first row."),
        (3, "case", "the row has values but no name."),
        (4, "case", "“jeugdige a” is also in row 2."),
    ]


def test_documents_and_respondents_must_exist(tmp_path, project):
    case = add_case(project, "Casus 1").result
    documents.import_document(project, name="Interview moeder", text="I: Hoe gaat het?\nR: Goed.")
    add_respondent(project, case_id=case, label="Moeder", role="ouder")
    add_respondent(project, case_id=None, label="Jeugdconsulent", role="professional")
    path = write_csv(tmp_path, "document;Duur\nInterview moeder;45\nInterview vader;30\n")
    assert [c[:2] for c in error_of(project, path, "document").cells] == [(3, "document")]
    path = write_csv(tmp_path, "respondent;Leeftijd\nCasus 1/Moeder;41\nJeugdconsulent;\nCasus 2/Vader;44\n")
    error = error_of(project, path, "respondent")
    assert "row 4, column “respondent”: there is no respondent “Casus 2/Vader”" in str(error)
    path = write_csv(tmp_path, "respondent;Leeftijd\nCasus 1/Moeder;41\nJeugdconsulent;\n")
    import_attributes(project, "respondent", path)
    out = tmp_path / "respondenten.csv"
    export_attributes(project, "respondent", out)
    assert out.read_text("utf-8-sig").splitlines() == ["respondent;Leeftijd", "Casus 1/Moeder;41", "Jeugdconsulent;"]


def test_file_problems(tmp_path, project, study):
    assert str(error_of(project, write_csv(tmp_path, "", "leeg.csv"))) == "leeg.csv: the file is empty."
    assert "row 1: the first row must name the columns" in str(error_of(project, write_csv(tmp_path, ";\n;\n")))
    assert str(error_of(project, write_csv(tmp_path, "document;Leeftijd\nJeugdige A;3\n"))) == (
        "kenmerken.csv, row 1: the first column is “document”, but this table is read as one with a row per case.")
    assert "not .ods" in str(error_of(project, write_csv(tmp_path, "x", "kenmerken.ods")))
    assert "not a valid Excel workbook" in str(error_of(project, write_csv(tmp_path, "x", "kenmerken.xlsx")))
    with pytest.raises(AttributeTableError, match="does not exist"):
        export_attributes(project, "case", tmp_path / "geen map" / "kenmerken.csv")


def test_xlsx_cells_are_checked_by_their_row_as_excel_shows_it(tmp_path, project, study):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["case", "Leeftijd", "Datum aanmelding", "Eerder uithuisgeplaatst"])
    sheet.append(["Jeugdige A", 15.0, dt.datetime(2020, 5, 4), 1])
    sheet.append([])
    sheet.append(["Jeugdige B", True, "4 mei", "misschien"])
    path = tmp_path / "kenmerken.xlsx"
    workbook.save(path)
    assert [c[:2] for c in error_of(project, path).cells] == [
        (4, "Leeftijd"), (4, "Datum aanmelding"), (4, "Eerder uithuisgeplaatst")]
    sheet.delete_rows(4)
    workbook.save(path)
    import_attributes(project, "case", path)
    values = by_name(project)["Jeugdige A"]
    assert (values["Leeftijd"], values["Datum aanmelding"], values["Eerder uithuisgeplaatst"]) == (15, "2020-05-04", 1)


def test_a_table_without_its_name_column_is_refused(tmp_path, project, study):
    path = write_csv(tmp_path, "Leeftijd;Woonsituatie\n14;thuis\n")
    assert str(error_of(project, path)) == (
        "kenmerken.csv, row 1: the first column must name the case of each row, but it is the attribute “Leeftijd”.")


@pytest.fixture
def formula_like(project):
    telefoon = add_variable(project, target="case", name="Telefoon", type="text").result
    saldo = add_variable(project, target="case", name="Saldo", type="number").result
    notitie = add_variable(project, target="case", name="@Notitie", type="text").result
    ria = add_case(project, "=Zelfregie").result
    set_values(project, [(telefoon, ria, "+31 6 0000 0000"), (saldo, ria, -3), (notitie, ria, "=dat vond ik raar")])
    return ria


def test_csv_text_that_looks_like_a_formula_gets_an_apostrophe_and_a_negative_number_stays_a_number(
        tmp_path, project, formula_like):
    path = tmp_path / "kenmerken.csv"
    export_attributes(project, "case", path)
    lines = path.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[:2] == ["case;Telefoon;Saldo;'@Notitie", "'=Zelfregie;'+31 6 0000 0000;-3;'=dat vond ik raar"]


def test_xlsx_text_that_looks_like_a_formula_is_text_and_a_negative_number_a_number(tmp_path, project, formula_like):
    path = tmp_path / "kenmerken.xlsx"
    export_attributes(project, "case", path)
    sheet = openpyxl.load_workbook(path).active
    assert [list(r) for r in sheet.iter_rows(values_only=True)] == [
        ["case", "Telefoon", "Saldo", "@Notitie"], ["=Zelfregie", "+31 6 0000 0000", -3, "=dat vond ik raar"]]
    assert [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"] == []
    assert sheet["C2"].data_type == "n"


@pytest.mark.parametrize("extension", [".csv", ".xlsx"])
def test_formula_like_values_round_trip_exactly(tmp_path, project, formula_like, extension):
    path = tmp_path / f"kenmerken{extension}"
    export_attributes(project, "case", path)
    assert import_attributes(project, "case", path).steps == []  # the same project: nothing changes
    with Project.create(tmp_path / "kopie.qdacoder") as copy:
        # declared first: a new column of "+31 6 0000 0000" alone would be guessed to be a number
        add_variable(copy, target="case", name="Telefoon", type="text")
        import_attributes(copy, "case", path)
        assert by_name(copy) == by_name(project) == {
            "=Zelfregie": {"Telefoon": "+31 6 0000 0000", "Saldo": -3, "@Notitie": "=dat vond ik raar"}}
        assert {v.name: v.type for v in list_variables(copy, "case")} == {
            "Telefoon": "text", "Saldo": "number", "@Notitie": "text"}
