"""The Words tab of the analysis window, with real widgets offscreen on the real main window and
the hand-counted project of tests/analysis/test_words.py: its table holds the numbers the command
line gives, a word opens keyword in context, a line opens its passage, selected lines are coded in
one undo step, stop words are edited and undone, files leave without listed names."""

import json
import zipfile

import click
import openpyxl
import pytest
from click.testing import CliRunner
from PySide6.QtCore import QItemSelectionModel, Qt

from qdacoder.cli.words import register
from qdacoder.core.word_lists import word_lists

from ..analysis.test_words import NOOR, build_words_study


@pytest.fixture
def study(window):
    return build_words_study(window.project)


@pytest.fixture
def words(qtbot, window, study):
    analysis = window.tools.analysis_window()
    analysis.tabs.setCurrentWidget(analysis.words)
    analysis.compute()
    return analysis.words


def cli_json(window, *args):
    group = click.Group("qdacoder")
    register(group)
    result = CliRunner().invoke(group, [args[0], str(window.project.path), *args[1:], "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def shown(tab):
    model = tab.model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_table_is_the_command_lines(words, window):
    words.respondents.setChecked(True)
    data = cli_json(window, "words", "--respondents-only")
    assert [row[:4] for row in shown(words)] == [[r["word"], str(r["count"]), str(r["documents"]), str(r["cases"])]
                                                 for r in data["rows"]]
    assert shown(words)[0][:2] == ["lang", "3"]
    assert words.note.text().startswith("n = 28 words counted in 3 documents and 2 cases; 18 stop words left out")


def test_the_text_choice_phrases_and_stems(words, study):
    words.choose("text", study["wachten"])
    assert [row[:2] for row in shown(words)] == [["wachten", "3"], ["wachtlijst", "1"]]
    words.choose("text", -1)
    words.respondents.setChecked(True)
    words.choose("ngram", 2)
    assert shown(words)[0][:2] == ["mentor helpt", "2"]
    words.choose("ngram", 1)
    words.choose("group", True)
    row = next(r for r in shown(words) if r[0] == "wachten")
    assert row[1] == "4" and row[-1] == "wachten, wacht"


def test_a_word_opens_its_lines_and_a_line_its_passage(words, window, study):
    words.respondents.setChecked(True)
    row = next(i for i, r in enumerate(shown(words)) if r[0] == "wachten")
    words.view.doubleClicked.emit(words.model.index(row, 0))
    assert words.kwic_word.text() == "wachten"
    assert [line.keyword for line in words.lines.lines] == ["Wachten", "wachten", "wachten"]
    words.kwic_sort.setCurrentIndex(words.kwic_sort.findData("right"))  # "en nog"; "op de"; ", wachten"
    assert [line.right.split()[0] for line in words.lines.lines] == ["en", "op", ","]
    words.open_line(words.lines.index(1, 0))
    start = NOOR.index("wachten op")
    assert window.view.document_id() == study["noor_doc"]
    assert window.view.selection() == (start, start + len("wachten"))


def test_selected_lines_are_coded_in_one_undo_step(words, window, study):
    words.kwic_word.setText("lang")
    words.respondents.setChecked(True)
    words.run_kwic()
    assert len(words.lines.lines) == 3
    selection = words.kwic_view.selectionModel()
    for row in (0, 2):
        selection.select(words.lines.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    words.code_box.setCurrentIndex(words.code_box.findData(study["steun"]))
    before = window.project.scalar("SELECT count(*) FROM codings")
    words.code_selected()
    assert window.project.scalar("SELECT count(*) FROM codings") == before + 2
    window.undo_action.trigger()
    assert window.project.scalar("SELECT count(*) FROM codings") == before


def test_stop_words_from_the_menu_and_the_dialog_are_undone(words, window, qtbot):
    words.add_stop_words(["mentor"])
    assert "mentor" not in [r[0] for r in shown(words)]
    window.undo_action.trigger()
    assert "mentor" in [r[0] for r in shown(words)]
    from qdacoder.ui.analysis.words_tab import StopWordsDialog

    dialog = StopWordsDialog(window.project)
    dialog.added.setPlainText("gewoon\nEcht")
    dialog.kept.setPlainText("de")
    assert dialog.values() == (["nl"], ["gewoon", "Echt"], ["de"])


def test_distinctive_words_in_the_window(words, study):
    words.respondents.setChecked(True)
    words.choose("text", study["wachten"])
    words.choose("show", "code")
    assert shown(words) == [["Wachten", "wachten", "3", "0", "75", "0", "11,68", "5,17", "p < 0.001"]]
    words.choose("text", -1)
    assert words.note.text().startswith("Choose a code under Text")


def test_files_leave_without_listed_names(words, tmp_path):
    analysis = words.owner
    assert analysis.export_table(tmp_path / "woorden.xlsx") and analysis.export_chart(tmp_path / "wolk.svg")
    sheet = openpyxl.load_workbook(tmp_path / "woorden.xlsx").active
    assert sheet["A1"].value.startswith("Word frequencies")
    assert "mentor" in (tmp_path / "wolk.svg").read_text(encoding="utf-8")
    words.kwic_word.setText("wacht")
    words.run_kwic()
    assert words.lines.lines[0].left.endswith("Sanne")  # the researcher's own view
    assert words.export_lines(tmp_path / "kwic.docx")
    with zipfile.ZipFile(tmp_path / "kwic.docx") as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    assert "Sanne" not in xml and "[naam jongere]" in xml
