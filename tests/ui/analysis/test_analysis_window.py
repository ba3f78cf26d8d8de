"""The analysis window with real widgets offscreen, on the real main window and project file
of tests/analysis/test_frequency_table.py: its tables hold the numbers the command line gives,
a cell lists its passages, a passage opens in the document, tables and charts export."""

import json

import click
import openpyxl
import pytest
from click.testing import CliRunner
from PySide6.QtCore import Qt

from qdacoder.cli.analysis import register
from qdacoder.core import codings
from qdacoder.core.journal import Changes

from tests.analysis.test_frequency_table import INTERVIEW_DAAN, build_study


@pytest.fixture
def study(window):
    return build_study(window.project)


@pytest.fixture
def analysis(qtbot, window, study):
    return window.tools.analysis_window()  # the Analysis menu's window, refreshed after every change


def cli_json(window, *args):
    group = click.Group("qdacoder")
    register(group)
    result = CliRunner().invoke(group, [args[0], str(window.project.path), *args[1:], "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def table(tab):
    """The table as shown: header and display texts."""
    model = tab.model
    rows = [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())], rows


def show(analysis, tab):
    analysis.tabs.setCurrentWidget(tab)
    analysis.compute()


def test_frequencies_equal_the_command_line(analysis, window):
    headers, rows = table(analysis.frequencies)
    assert headers[:6] == ["Code", "Codings", "Passages", "Documents", "Cases", "% of cases"]
    data = cli_json(window, "stats")
    for shown, row in zip(rows, data["rows"]):
        assert shown[0].strip() == row["code"].rsplit("/", 1)[-1]  # the name; the path is the tooltip
        assert [int(v) for v in shown[1:9]] == [row[k] for k in ("codings", "passages", "documents", "cases",
                                                                   "percent", "promoting", "hindering", "no_valence")]
    assert rows[1][0] == "    Steun"  # indented under its parent
    model = analysis.frequencies.model
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole) == "Factoren/Steun"
    assert analysis.frequencies.model.data(analysis.frequencies.model.index(2, 5), Qt.ItemDataRole.ToolTipRole) == \
        "2 of 4 cases, 50%"
    assert analysis.frequencies.note.text().startswith("n = 4 cases; No filters")


def test_the_matrix_with_a_kind_filter_equals_the_command_line(analysis, window):
    show(analysis, analysis.matrix)
    analysis.set_filter("kind", "transcript")
    headers, rows = table(analysis.matrix)
    data = cli_json(window, "matrix", "--columns", "cases", "--kind", "transcript")
    assert headers[1:] == [c["name"] for c in data["columns"]]
    for shown, row in zip(rows, data["rows"]):
        assert shown[1:] == ["not known" if v is None else str(v) for v in row["cells"].values()]
    model = analysis.matrix.model
    assert model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole).name() == "#08306b"  # the largest: 3
    assert model.data(model.index(0, 3), Qt.ItemDataRole.BackgroundRole).name() == "#e6e6e6"  # not known
    analysis.presence_box.setCurrentIndex(analysis.presence_box.findData(True))
    assert table(analysis.matrix)[1][3][1:3] == ["1", "1"]


def test_the_crosstab_equals_the_command_line(analysis, window, study):
    show(analysis, analysis.crosstab)
    analysis.variable_box.setCurrentIndex(analysis.variable_box.findData(study["gemeente"]))
    analysis.measure_box.setCurrentIndex(analysis.measure_box.findData("codings"))
    analysis.percent_box.setCurrentIndex(analysis.percent_box.findData("row"))
    headers, rows = table(analysis.crosstab)
    assert headers == ["Code", "Utrecht", "Utrecht %", "Zeist", "Zeist %", "missing", "missing %"]
    data = cli_json(window, "matrix", "--columns", "attribute:gemeente")
    assert rows[0][1::2] == [str(c["n"]) for c in data["columns"]]
    for shown, row in zip(rows[1:], data["rows"]):
        assert shown[1::2] == [str(v) for v in row["codings"].values()]
        assert shown[2::2] == [str(v) for v in row["codings_row_percent"].values()]


def test_cooccurrence_equals_the_command_line(analysis, window):
    show(analysis, analysis.cooccurrence)
    analysis.scope_box.setCurrentIndex(analysis.scope_box.findData("document"))
    _, rows = table(analysis.cooccurrence)
    data = cli_json(window, "cooccurrence", "--scope", "document")
    for i, row in enumerate(data["rows"]):
        assert rows[i][i + 1] == str(row["units"])
        for j, other in enumerate(data["rows"]):
            if other["code"] in row["with"]:
                assert rows[i][j + 1] == str(row["with"][other["code"]]["count"])
    analysis.co_measure_box.setCurrentIndex(analysis.co_measure_box.findData("jaccard"))
    assert table(analysis.cooccurrence)[1][1][2:] == ["", "0,8", "0,6"]


def test_a_matrix_cell_lists_its_passages_and_opens_one(analysis, window, study):
    show(analysis, analysis.matrix)
    analysis.open_cell(analysis.matrix, 1, 1)  # Factoren/Steun x Casus Daan: c2, c3, c6
    items = [analysis.matrix.passages.item(i) for i in range(analysis.matrix.passages.count())]
    assert [i.text() for i in items] == [  # in reading order: documents by name
        "Dossier Daan · Factoren/Steun: “School dacht actief mee.”",
        "Interview Daan · Factoren/Steun: “Mijn mentor bleef wel bellen.”",
        "Interview Daan · Factoren/Steun: “Mijn mentor bleef wel bellen.”"]
    analysis.open_passage(items[1])
    start = INTERVIEW_DAAN.index("Mijn mentor")
    assert window.view.document_id() == study["Interview Daan"]
    assert window.view.selection() == (start, start + len("Mijn mentor bleef wel bellen."))
    analysis.open_cell(analysis.matrix, 3, 5)  # Casus Sem: not known, nothing to list
    assert analysis.matrix.passages.item(0).text() == "No passages in this cell."


def test_a_cooccurrence_cell_lists_both_codes_passages(analysis, study):
    show(analysis, analysis.cooccurrence)
    analysis.open_cell(analysis.cooccurrence, 1, 4)  # Steun x Participatie, overlapping: c6+c15, c9+c8
    texts = [analysis.cooccurrence.passages.item(i).text() for i in range(analysis.cooccurrence.passages.count())]
    assert len(texts) == 4
    assert "Dossier Daan · Participatie: “School dacht actief mee.”" in texts
    assert "Interview Eva moeder · Factoren/Steun: “steeds laten meebeslissen”" in texts


def test_exports_are_the_shown_table_and_chart(analysis, window, tmp_path):
    analysis.stacked.setChecked(True)
    assert analysis.export_table(tmp_path / "f.xlsx") and analysis.export_chart(tmp_path / "f.svg")
    sheet = openpyxl.load_workbook(tmp_path / "f.xlsx").active
    assert [c.value for c in sheet[6]] == ["Factoren", 13, 12, 5, 4, 100, 6, 5, 2, 1]
    assert sheet["A2"].value == "filters: No filters: all codings."
    group = click.Group("qdacoder")
    register(group)
    CliRunner().invoke(group, ["chart", str(window.project.path), str(tmp_path / "cli.svg"), "--type", "frequencies",
                               "--stacked"])
    assert (tmp_path / "f.svg").read_bytes() == (tmp_path / "cli.svg").read_bytes()  # one drawing
    assert analysis.export_table(tmp_path / "m.csv", analysis.matrix)
    assert (tmp_path / "m.csv").read_bytes().decode("utf-8-sig").splitlines()[4].startswith("Code;Casus Daan")
    assert analysis.export_chart(tmp_path / "m.png", analysis.matrix)
    assert not analysis.export_chart(tmp_path / "c.png", analysis.crosstab)  # a crosstab has no chart


def test_refresh_follows_changes_and_skips_others(analysis, window, study):
    codings.add_coding(window.project, document_id=study["Dossier Fenna"], code_id=study["Participatie"], start=0,
                       end=5, coder_id=study["Anna"])
    analysis.refresh(Changes(tables=frozenset({"memos"})))
    assert table(analysis.frequencies)[1][3][1] == "3"  # a memo cannot change a count: not recomputed
    analysis.refresh(Changes(tables=frozenset({"codings"})))
    assert table(analysis.frequencies)[1][3][1] == "4"
    analysis.set_filter("coder", study["Bram"])
    assert table(analysis.frequencies)[1][1][1] == "4"  # Steun by Bram: c3 c6 c9 c13
    assert "coders: Bram Jansen" in analysis.frequencies.note.text()


def test_without_a_project(qtbot, make_window):
    widget = make_window().tools.analysis_window()
    assert widget.frequencies.model.rowCount() == 0
    assert not widget.export_table("nergens.xlsx")


def test_the_chart_is_drawn_when_it_is_shown_not_with_every_table(analysis):
    show(analysis, analysis.matrix)
    assert table(analysis.matrix)[1]  # the table is there
    assert analysis.matrix.figure.axes == []  # the heat map waits until someone looks at it
    analysis.matrix.views.setCurrentIndex(1)  # the Chart tab
    assert analysis.matrix.figure.axes
    analysis.set_filter("valence", "promoting")  # while the chart is in view, it follows at once
    assert analysis.matrix.figure.axes and analysis.matrix._pending is None
