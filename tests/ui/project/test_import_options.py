"""Importing office files in the window: the options of the import dialog, the notice of what
was left out, and changing a document's kind afterwards (context menu and Documents menu)."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from qdacoder.core import documents
from qdacoder.ui.common.dialogs import ImportDialog, ImportOptions
from tests.importers.wordml import w_p, w_r, write_docx

FIELD_NOTE = (
    "Veldnotitie huisbezoek (fictief)\n"
    "De moeder vertelt over de zomer. Het ging beter dan verwacht.\n"
    "Moeder: Hij slaapt weer goed.\n"
    "De jeugdconsulent vraagt naar school. Daar is nog weinig veranderd.\n"
    "Moeder: School blijft lastig.\n"
)


def report_docx(tmp_path):
    body = w_p("Verslag overleg (fictief)") + w_p(
        "De moeder ", '<w:commentRangeStart w:id="0"/>', w_r("was opgelucht"),
        '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>', ".")
    comment = ('<w:comment w:id="0" w:author="Anja Bakker"><w:p><w:r><w:annotationRef/></w:r>'
               + w_r("Echt?") + "</w:p></w:comment>")
    return write_docx(tmp_path / "overleg.docx", body, comments=comment, headers=[w_p("Vertrouwelijk")])


def test_the_import_says_what_it_left_out(window, tmp_path):
    report = window.projects.import_files([str(report_docx(tmp_path))], ImportOptions(None, None, False))
    assert report.left_out == [
        "overleg.docx: Left out: 1 header(s) (13 characters), 1 comment(s) (5 characters)."]
    notice = window.findChild(QMessageBox, "importNotice")
    assert notice is not None and "1 comment(s)" in notice.text()
    assert window.findChild(QMessageBox, "errorDialog") is None
    notice.close()


def test_an_rtf_file_gets_its_notes_and_the_same_notice(window, tmp_path):
    source = tmp_path / "overleg.rtf"
    source.write_bytes(
        rb"{\rtf1\ansi\ansicpg1252 Het wijkteam{\super\chftn{\*\footnote\chftn\pard\plain Wijkteam Noord.}}"
        rb" hielp.\par De moeder was opgelucht{\*\atnid AB}{\*\atnauthor Anja Bakker}\chatn"
        rb"{\*\annotation\pard\plain Echt?}.\par}")
    report = window.projects.import_files([str(source)], ImportOptions(None, None, False))
    assert documents.document_text(window.project, report.imported[0]) == (
        "Het wijkteam[1] hielp.\nDe moeder was opgelucht.\n\n[1] Wijkteam Noord.")
    assert report.left_out == [
        "overleg.rtf: Left out: 1 comment(s) (5 characters). 1 note(s) added after the text."]
    window.findChild(QMessageBox, "importNotice").close()


def test_import_dialog_options_reach_the_importer(qtbot, window, tmp_path):
    def fill_in():
        dialog = window.findChild(ImportDialog, "importDialog")
        dialog.kind.setCurrentIndex(dialog.kind.findData("fieldnote"))
        dialog.find_turns.setChecked(True)
        dialog.comments.setChecked(True)
        dialog.accept()

    source = tmp_path / "huisbezoek.txt"
    source.write_text(FIELD_NOTE, encoding="utf-8")
    QTimer.singleShot(0, fill_in)
    report = window.projects.import_with_dialog([str(source), str(report_docx(tmp_path))])
    note, docx_doc = report.imported
    assert documents.get_document(window.project, note).kind == "fieldnote"
    assert len(documents.speaker_turns(window.project, note)) == 2  # asked for, so kept
    text = documents.document_text(window.project, docx_doc)
    assert text.endswith("[c1] Anja Bakker: Echt?")
    assert report.left_out == ["overleg.docx: Left out: 1 header(s) (13 characters). "
                               "1 note(s) added after the text."]
    window.findChild(QMessageBox, "importNotice").close()


def test_kind_from_the_document_context_menu_and_undo(qtbot, window, tmp_path):
    source = tmp_path / "huisbezoek.txt"
    source.write_text(FIELD_NOTE, encoding="utf-8")
    doc = window.projects.import_files([str(source)], ImportOptions(None, None, False)).imported[0]
    assert documents.get_document(window.project, doc).kind == "other"  # 2 of 5: not a dialogue
    tree = window.documents
    tree.select_document(doc, emit=False)
    position = tree.visualRect(tree.currentIndex()).center()
    tree.customContextMenuRequested.emit(position)
    menu = window.projects.document_menu
    kinds = next(a.menu() for a in menu.actions() if a.menu() is not None)
    assert [a.isChecked() for a in kinds.actions()] == [False, False, False, False, True]
    next(a for a in kinds.actions() if a.text() == "field note").trigger()
    menu.close()
    assert documents.get_document(window.project, doc).kind == "fieldnote"
    assert window.undo_action.text() == "&Undo Change document kind"
    model = tree.model()
    assert "field note" in model.index(0, 0, model.index(0, 0)).data(Qt.ItemDataRole.ToolTipRole)
    window.undo_action.trigger()
    assert documents.get_document(window.project, doc).kind == "other"


def test_kind_from_the_documents_menu(qtbot, window, tmp_path):
    source = tmp_path / "huisbezoek.txt"
    source.write_text(FIELD_NOTE, encoding="utf-8")
    doc = window.projects.import_files([str(source)], ImportOptions(None, None, False)).imported[0]
    window.documents.select_document(doc, emit=False)

    def choose():
        dialog = next(w for w in window.findChildren(QInputDialog) if w.isVisible())
        dialog.setTextValue("report")
        dialog.done(QDialog.DialogCode.Accepted)

    QTimer.singleShot(0, choose)
    window.projects.set_kind_dialog()
    assert documents.get_document(window.project, doc).kind == "report"


def test_a_document_made_a_transcript_gets_its_speaker_turns_undoably(window, tmp_path):
    source = tmp_path / "huisbezoek.txt"
    source.write_text(FIELD_NOTE, encoding="utf-8")
    doc = window.projects.import_files([str(source)], ImportOptions(None, None, False)).imported[0]
    assert documents.speaker_turns(window.project, doc) == []
    window.projects.set_kind(doc, "transcript")
    assert [t.speaker for t in documents.speaker_turns(window.project, doc)] == ["Moeder", "Moeder"]
    assert window.statusBar().currentMessage() == "2 speaker turn(s) found in the text."
    window.undo_action.trigger()
    assert documents.get_document(window.project, doc).kind == "other"
    assert documents.speaker_turns(window.project, doc) == []
