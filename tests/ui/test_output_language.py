"""The files the window writes follow the project's output language, the window's own labels
stay in the window's language (issue 15): a window in English writing for a Dutch project, and
a window in Dutch (the shipped translation) writing for an English one. Real main window, real
project, real files read back."""

import csv

import docx
import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from qdacoder.reports.table_export import crosstab_rows_for_export
from qdacoder.resources import resources_dir

from qdacoder.core import codings

from tests.analysis.test_frequency_table import VELDNOTITIE, build_study
from tests.ui.analysis.test_analysis_window import show, table


@pytest.fixture
def dutch_window():
    """The shipped Dutch translation installed, as on a Dutch system."""
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "qdacoder_nl.qm"))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def sheet_texts(path) -> list[str]:
    return [str(v) for row in openpyxl.load_workbook(path).active.iter_rows(values_only=True) for v in row if v]


def csv_texts(path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return [v for row in csv.reader(handle, delimiter=";") for v in row]


def agreement_computed(window):
    dialog = window.tools.agreement_dialog()
    dialog.set_coders(["Anna de Vries", "Bram Jansen"])
    dialog.compute()
    return dialog


def test_an_english_window_writes_a_dutch_project_in_dutch(window, tmp_path):
    study = build_study(window.project)
    window.project.set_setting("output_language", "nl")
    analysis = window.tools.analysis_window()
    show(analysis, analysis.frequencies)
    assert table(analysis.frequencies)[0][1] == "Codings"  # the window stays English
    assert analysis.frequencies.note.text().startswith("n = 4 cases; No filters")

    assert analysis.export_table(tmp_path / "freq.xlsx") and analysis.export_chart(tmp_path / "freq.svg")
    texts = sheet_texts(tmp_path / "freq.xlsx")
    assert texts[0].startswith("Codefrequenties – ") and "selectie: Geen filters: alle coderingen." in texts
    assert "Coderingen" in texts and "Codings" not in texts
    svg = (tmp_path / "freq.svg").read_text(encoding="utf-8")
    assert "Coderingen" in svg and "selectie: Geen filters" in svg and "Codings" not in svg

    show(analysis, analysis.crosstab)
    analysis.variable_box.setCurrentIndex(analysis.variable_box.findData(study["gemeente"]))
    analysis.percent_box.setCurrentIndex(analysis.percent_box.findData("column"))
    assert table(analysis.crosstab)[0][-2] == "missing"
    assert analysis.export_table(tmp_path / "kruis.csv", analysis.crosstab)
    texts = csv_texts(tmp_path / "kruis.csv")
    assert "ontbrekend" in texts and "missing" not in texts and texts[0].startswith("Codes naar gemeente")

    window.reading.choose("all")  # quotes and the report: the reading in their filter line, in Dutch
    assert window.quotes.export(str(tmp_path / "citaten.docx"), all_passages=True)
    lines = [p.text for p in docx.Document(tmp_path / "citaten.docx").paragraphs]
    assert lines[0] == "Citaten" and "selectie: Geen filters; lezing: alle coderingen van elke codeur" in lines

    dialog = agreement_computed(window)
    assert dialog.export_docx(tmp_path / "overeenstemming.docx")
    headings = [p.text for p in docx.Document(tmp_path / "overeenstemming.docx").paragraphs]
    assert any(h.startswith("Overeenstemming tussen codeurs (voorkomen van code per document)") for h in headings)
    assert window.quotes.draft_report(str(tmp_path / "concept.docx"))
    method = " ".join(p.text for p in docx.Document(tmp_path / "concept.docx").paragraphs)
    assert "Overeenstemming tussen de codeurs Anna de Vries, Bram Jansen (voorkomen van code per document" \
        in method and "Inter-coder agreement" not in method


def test_a_dutch_window_writes_an_english_project_in_english(dutch_window, window, tmp_path):
    study = build_study(window.project)
    assert window.project.setting("output_language") == "nl"  # made in a Dutch window: Dutch by default
    window.project.set_setting("output_language", "en")  # the author writes for an English journal
    analysis = window.tools.analysis_window()
    show(analysis, analysis.crosstab)
    analysis.variable_box.setCurrentIndex(analysis.variable_box.findData(study["gemeente"]))
    analysis.percent_box.setCurrentIndex(analysis.percent_box.findData("column"))
    assert table(analysis.crosstab)[0][-2] == "ontbrekend"  # the window speaks Dutch
    assert analysis.export_table(tmp_path / "cross.xlsx", analysis.crosstab)
    texts = sheet_texts(tmp_path / "cross.xlsx")
    assert "missing" in texts and "ontbrekend" not in texts and texts[0].startswith("Codes by gemeente")

    show(analysis, analysis.frequencies)
    assert analysis.export_chart(tmp_path / "freq.svg")
    svg = (tmp_path / "freq.svg").read_text(encoding="utf-8")
    assert "Codings" in svg and "filters: No filters: all codings." in svg and "Coderingen" not in svg

    assert window.quotes.export(str(tmp_path / "quotes.xlsx"))
    assert sheet_texts(tmp_path / "quotes.xlsx")[0] == "filters: No filters: all codings."
    agreement_computed(window)
    assert window.quotes.draft_report(str(tmp_path / "draft.docx"))
    method = " ".join(p.text for p in docx.Document(tmp_path / "draft.docx").paragraphs)
    assert "Inter-coder agreement between Anna de Vries, Bram Jansen (code occurrence per document" in method
    assert "Methode" not in method and "Overeenstemming tussen" not in method


def test_the_crosstab_says_its_rounding_under_the_table(window):
    """The note under the window's crosstab is the files' note: one function makes both."""
    study = build_study(window.project)
    jesse = VELDNOTITIE.index("Jesse:")  # Participatie in a case of each column: 1, 1, 1 cases
    codings.add_coding(window.project, document_id=study["Veldnotitie overleg"], code_id=study["Participatie"],
                       start=jesse, end=jesse + 6, coder_id=study["Anna"])
    analysis = window.tools.analysis_window()
    show(analysis, analysis.crosstab)
    analysis.variable_box.setCurrentIndex(analysis.variable_box.findData(study["gemeente"]))
    analysis.percent_box.setCurrentIndex(analysis.percent_box.findData("row"))
    assert table(analysis.crosstab)[1][-1][2::2] == ["33", "33", "33"]  # each rounded on its own
    notes = crosstab_rows_for_export(analysis.crosstab.result, "cases", "row").notes
    rounding = "Each percentage is rounded on its own; where a row or column does not add up to 100%, that is " \
               "through rounding."
    assert rounding in notes and all(n in analysis.crosstab.note.text() for n in notes)
    analysis.percent_box.setCurrentIndex(analysis.percent_box.findData(None))
    assert rounding not in analysis.crosstab.note.text()  # no percentages, no rounding to explain
