"""The agreement window with real widgets offscreen, on the real main window and the
hand-computed project of tests/analysis/test_agreement.py: the table holds the figures the
command line gives, the level definition follows the level box, Word and Excel export."""

import docx
import openpyxl
import pytest
from PySide6.QtCore import Qt


from qdacoder.analysis.agreement import DOCUMENTS_ALL
from tests.analysis.test_agreement import build_study


@pytest.fixture
def dialog(qtbot, window):
    build_study(window.project)
    dialog = window.tools.agreement_dialog()  # as the Analysis menu opens it
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_two_coders_occurrence_table(dialog):
    dialog.set_coders(["Anna", "Bram"])
    report = dialog.compute()
    assert report.overall.kappa.value == pytest.approx(7 / 15)  # every document counts (no assignments)
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    assert headers == ["Code", "n", "% agreement", "Kappa", "Brennan-Prediger", "Fleiss", "Alpha", "Band (Kappa)"]
    codes = [dialog.cell(r, 0).strip() for r in range(dialog.table.rowCount())]
    assert codes == ["Wachtlijst", "Steun mentor", "Overall"]  # Leeg: nobody used it
    assert [dialog.cell(0, c) for c in (1, 2, 3, 4, 7)] == ["4", "75.0", "0.500", "0.500", "redelijk"]
    assert "coders: Anna, Bram" in dialog.note.text() and DOCUMENTS_ALL in dialog.note.text()
    assert "left out of the figures: Leeg" in dialog.note.text()
    assert not dialog.tabs.isTabEnabled(1)  # the pairs: only with three or more coders
    assert dialog.cell(0, 0, dialog.documents_table) == "Interview Mo"  # lowest agreement first
    assert "κₙ = (pₒ − 1/k) / (1 − 1/k)" in dialog.method.toPlainText()
    dialog.include_unused.setChecked(True)
    dialog.compute()
    assert dialog.cell(2, 0).strip() == "Leeg" and dialog.cell(2, 3) == "no variation"


def test_level_definition_threshold_and_three_coders(dialog):
    dialog.level_box.setCurrentIndex(dialog.level_box.findData("overlap"))
    assert dialog.threshold.isEnabled() and "at least 90%" in dialog.definition.text()
    dialog.threshold.setValue(60)
    assert "at least 60%" in dialog.definition.text()
    dialog.set_coders(["Anna", "Bram"])
    assert dialog.compute().rows[1].percent == 50.0  # Steun mentor matches at 60% (IoU 2/3)
    dialog.level_box.setCurrentIndex(dialog.level_box.findData("occurrence"))
    assert not dialog.threshold.isEnabled()
    dialog.set_coders(["Anna", "Bram", "Cees"])
    dialog.compute()
    assert dialog.table.columnCount() == 11 and dialog.cell(0, 5) == "0.500" and dialog.cell(0, 6) == "1.000"
    assert dialog.tabs.isTabEnabled(1) and dialog.pairs_table.rowCount() == 3 * 3
    assert [dialog.cell(0, c, dialog.pairs_table) for c in (1, 2, 4)] == ["Anna – Bram", "4", "0.500"]


def test_unticked_documents_and_codes_narrow_the_report(dialog):
    dialog.set_coders(["Anna", "Bram"])
    for widget, keep in ((dialog.documents, "Interview Sanne"), (dialog.codes, "Wachtlijst")):
        for i in range(widget.count()):
            if widget.item(i).text().strip() != keep:
                widget.item(i).setCheckState(Qt.CheckState.Unchecked)
    report = dialog.compute()
    assert report.documents == 1 and [r.path for r in report.rows] == ["Wachtlijst"]


def test_fewer_than_two_coders_says_so(dialog):
    dialog.set_coders(["Anna"])
    assert dialog.compute() is None and "two or more" in dialog.note.text()


def test_export_word_and_excel(dialog, tmp_path):
    dialog.set_coders(["Anna", "Bram"])
    dialog.level_box.setCurrentIndex(dialog.level_box.findData("character"))
    assert dialog.export_docx(tmp_path / "k.docx") and dialog.export_xlsx(tmp_path / "k.xlsx")
    assert docx.Document(tmp_path / "k.docx").tables[0].rows[1].cells[3].text == "0.450"
    assert openpyxl.load_workbook(tmp_path / "k.xlsx").active["D3"].value == 0.45
