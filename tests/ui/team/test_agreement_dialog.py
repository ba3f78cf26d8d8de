"""The agreement window with real widgets offscreen, on the real main window and the
hand-computed project of tests/analysis/test_agreement.py: the table holds the figures the
command line gives, the level definition follows the level box, Word and Excel export."""

import docx
import openpyxl
import pytest
from PySide6.QtCore import Qt


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
    assert report.overall.kappa.value == pytest.approx(0.5)
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    assert headers == ["Code", "n", "% agreement", "Kappa", "Fleiss", "Alpha", "Band"]
    codes = [dialog.cell(r, 0).strip() for r in range(dialog.table.rowCount())]
    assert codes == ["Wachtlijst", "Steun mentor", "Leeg", "Overall"]
    assert [dialog.cell(0, c) for c in (1, 3, 6)] == ["3", "0.4", "matig"]
    assert dialog.cell(2, 3) == "no variation"  # the code nobody used
    assert "coders: Anna, Bram" in dialog.note.text()


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
    assert dialog.table.columnCount() == 9 and dialog.cell(0, 4) == "0.4" and dialog.cell(0, 5) == "1.0"


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
    assert docx.Document(tmp_path / "k.docx").tables[0].rows[1].cells[3].text == "0.432"
    assert openpyxl.load_workbook(tmp_path / "k.xlsx").active["D3"].value == 0.432
