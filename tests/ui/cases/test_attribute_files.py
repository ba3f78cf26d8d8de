"""Attribute tables in and out of the window, and the case summary for the report."""

import docx
from PySide6.QtWidgets import QMessageBox

from qdacoder.core import attributes, cases


def test_import_export_and_summary_from_the_window(window, tmp_path):
    source = tmp_path / "casussen.csv"
    source.write_text("casus;leeftijd;woonplekken;pleegzorg\nCasus 1;16;2;ja\nCasus 2;17;14;nee\n"
                      "Casus 3;;6;\nCasus 4;15;5;ja\n", encoding="utf-8")
    files = window.attribute_files
    assert files.import_table(str(source))
    assert [c.name for c in cases.list_cases(window.project)] == ["Casus 1", "Casus 2", "Casus 3", "Casus 4"]
    assert window.attribute_editor.model.rowCount() == 4
    places = attributes.find_variable(window.project, "case", "woonplekken")
    assert places.type == "number"
    window.undo_action.trigger()  # the whole table is one step
    assert cases.list_cases(window.project) == []
    window.redo_action.trigger()

    out = tmp_path / "terug.xlsx"
    assert files.export_table(str(out)) and out.stat().st_size > 0
    summary = tmp_path / "samenvatting.docx"
    assert files.export_summary(str(summary))
    table = docx.Document(str(summary)).tables[0]
    rows = {row.cells[0].text: [c.text for c in row.cells[1:]] for row in table.rows}
    assert rows["woonplekken"] == ["6,8 (2–14)", "4", "0"]
    assert rows["leeftijd"][1:] == ["3", "1"]  # valid n and missing, never a 0 for Casus 3

    bad = tmp_path / "fout.csv"
    bad.write_text("casus;leeftijd\nCasus 1;zestien\n", encoding="utf-8")
    assert not files.import_table(str(bad))
    text = window.findChild(QMessageBox, "errorDialog").text()
    assert "fout.csv" in text and "row 2" in text and "leeftijd" in text


def test_timeline_events_in_and_out_of_the_window(window, tmp_path):
    from qdacoder.core import events

    source = tmp_path / "tijdlijn.csv"
    source.write_text("casus;baan;begin;eind;precisie;omschrijving;schakelmoment\n"
                      "Casus 1;wonen;2012;2015;year;Pleeggezin;ja\nCasus 1;hulp;9;;age;Wijkteam;\n", encoding="utf-8")
    assert window.attribute_files.import_events(str(source))
    assert [(e.lane, e.label, e.turning_point) for e in events.list_events(window.project)] == [
        ("wonen", "Pleeggezin", True), ("hulp", "Wijkteam", False)]
    out = tmp_path / "uit.xlsx"
    assert window.attribute_files.export_events(str(out)) and out.stat().st_size > 0
    window.undo_action.trigger()
    assert events.list_events(window.project) == []
    menu = [a.text() for a in window.menuBar().actions()]
    assert "C&ases" in menu
