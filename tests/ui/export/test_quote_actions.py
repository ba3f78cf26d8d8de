"""Starring a quote from the coding context menu in the real window, then exporting it."""

import docx
from PySide6.QtCore import QPoint

from qdacoder.core import codings, names, quotes
from qdacoder.core.names import name_filter
from qdacoder.reports.quotes import collect_quotes, write_quotes
from qdacoder.ui.common.dialogs import ImportOptions
from tests.ui.test_main_window import import_transcript, select, transcript  # noqa: F401 (a fixture)


def test_star_from_context_menu_and_export(qtbot, window, transcript, tmp_path):
    doc = import_transcript(window, transcript)
    code = window.codebook.add_code("Duur")
    select(window, "Veertien maanden.")
    window.coding.code_passage(code)
    coding_id = codings.document_codings(window.project, doc)[0].id
    names.add_placeholder(window.project, "Veertien", "[duur]")
    window.view.coding_context_menu.emit(coding_id, QPoint(100, 100))
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "codingMenu")
    star = next(a for a in menu.actions() if a.objectName() == "starAsQuote")
    assert not star.isChecked()
    star.trigger()
    assert quotes.is_starred(window.project, coding_id)
    assert "Veertien" in window.statusBar().currentMessage()  # the window warns about the name
    window.undo_stack.undo()
    assert not quotes.is_starred(window.project, coding_id)
    window.undo_stack.redo()
    path = tmp_path / "citaten.docx"
    write_quotes(collect_quotes(window.project), path, names=name_filter(window.project))
    quoted = [p.text for p in docx.Document(path).paragraphs if p.style.name == "Quote"]
    assert len(quoted) == 1 and quoted[0].startswith("“[duur] maanden.”")


def test_quote_settings_and_export_from_the_quotes_menu(qtbot, window, tmp_path):
    import docx as docx_mod

    from qdacoder.core import codings as codings_mod
    from qdacoder.core import quotes as quotes_mod

    path = tmp_path / "gesprek.txt"
    path.write_text("I: Wie hielp je?\nR: Juf Marieke van De Klimop luisterde echt naar mij.\n", encoding="utf-8")
    doc = window.projects.import_files([str(path)], ImportOptions(None, "Casus 1", False)).imported[0]
    code = window.codebook.add_code("Steun")
    text = path.read_text(encoding="utf-8")
    start = text.index("Juf Marieke")
    coding = codings_mod.add_coding(window.project, document_id=doc, code_id=code, start=start,
                                    end=text.index("mij.") + 4, coder_id=window.coder_id).result
    quotes_mod.set_starred(window.project, [coding])
    dialog = window.quotes.settings_dialog()
    dialog.template.setText("‘{text}’ ({kind})")
    dialog.table.item(dialog.table.rowCount() - 1, 0).setText("Marieke")
    dialog.table.item(dialog.table.rowCount() - 1, 1).setText("[naam mentor]")
    dialog.accept()
    assert quotes_mod.template(window.project) == "‘{text}’ ({kind})"
    assert [p.placeholder for p in names.list_placeholders(window.project)] == ["[naam mentor]"]
    from PySide6.QtWidgets import QMessageBox

    warning = window.findChild(QMessageBox, "placeholderWarning")  # the starred quote names Marieke
    assert warning is not None and "Marieke" in warning.text()
    out = tmp_path / "citaten.docx"
    assert window.quotes.export(str(out), sources=True)
    body = "\n".join(p.text for p in docx_mod.Document(str(out)).paragraphs)
    assert "Juf [naam mentor] van De Klimop luisterde echt naar mij." in body and "Marieke" not in body
    assert body.count("luisterde echt naar mij") == 1


def test_draft_report_from_the_window(window, tmp_path):
    import docx as docx_mod

    window.codebook.add_code("Steun")
    out = tmp_path / "concept.docx"
    assert window.quotes.draft_report(str(out))
    styles = {p.style.name for p in docx_mod.Document(str(out)).paragraphs}
    assert "Title" in styles and "Heading 1" in styles


def one_passage_listed(window, tmp_path, text: str, code_name: str, end: int):
    """A field note with one coding (0 to ``end``) of a new code, listed in the passages panel:
    (the panel, the coding's id)."""
    from PySide6.QtWidgets import QDockWidget

    path = tmp_path / "notitie.txt"
    path.write_text(text, encoding="utf-8")
    doc = window.projects.import_files([str(path)], ImportOptions("fieldnote", None, False)).imported[0]
    code = window.codebook.add_code(code_name)
    coding = codings.add_coding(window.project, document_id=doc, code_id=code, start=0, end=end,
                                coder_id=window.coder_id).result
    window.code_panel.select_code(code)
    window.findChild(QDockWidget, "passagesDock").show()
    window.retrieval.refresh()
    return window.retrieval, coding


def test_star_from_the_retrieval_list(window, tmp_path):
    from qdacoder.core import quotes as quotes_mod

    panel, coding = one_passage_listed(window, tmp_path, "De jeugdconsulent nam de tijd voor het gezin.",
                                       "Tijd nemen", 17)
    assert panel.model.rowCount() == 1
    panel.star_rows([0])
    assert quotes_mod.is_starred(window.project, coding)
    window.undo_action.trigger()
    assert not quotes_mod.is_starred(window.project, coding)


def test_the_draft_report_mentions_the_agreement_computed_in_the_window(window, tmp_path):
    import docx as docx_mod

    from qdacoder.core import codings as codings_mod
    from qdacoder.core.coders import ensure_coder

    path = tmp_path / "notitie.txt"
    path.write_text("Eerst wachten. Toen hulp thuis. Daarna rust.", encoding="utf-8")
    doc = window.projects.import_files([str(path)], ImportOptions("fieldnote", "Casus 1", False)).imported[0]
    wachten = window.codebook.add_code("Wachten")
    hulp = window.codebook.add_code("Hulp")
    bram = ensure_coder(window.project, "Bram Jansen").id
    for coder in (window.coder_id, bram):
        codings_mod.add_coding(window.project, document_id=doc, code_id=wachten, start=0, end=14, coder_id=coder)
    codings_mod.add_coding(window.project, document_id=doc, code_id=hulp, start=15, end=30, coder_id=bram)
    dialog = window.tools.agreement_dialog()
    dialog.set_coders(["Anna de Vries", "Bram Jansen"])
    dialog.compute()
    out = tmp_path / "concept.docx"
    assert window.quotes.draft_report(str(out))
    method = " ".join(p.text for p in docx_mod.Document(str(out)).paragraphs)
    assert "Inter-coder agreement between Anna de Vries, Bram Jansen (code occurrence per document" in method
    assert "No documents are assigned to these coders, so every document compared counts" in method
    assert [a.text() for a in window.menuBar().actions()].count("E&xport") == 1


def test_placeholder_table_with_category_any_case_and_refusals(qtbot, window, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "gesprek.txt"
    path.write_text("R: Roos zegt dat de roos bloeit.\n", encoding="utf-8")
    window.projects.import_files([str(path)], ImportOptions(None, "Casus 1", False))
    dialog = window.quotes.settings_dialog()
    row = dialog.table.rowCount() - 1
    dialog.table.item(row, 0).setText("Roos")
    dialog.table.item(row, 1).setText("[naam moeder]")
    box = dialog.table.cellWidget(row, 2)
    box.setCurrentIndex(box.findData("person"))
    dialog.accept()
    listed = names.list_placeholders(window.project)
    assert [(p.name, p.placeholder, p.category, p.any_case) for p in listed] == [
        ("Roos", "[naam moeder]", "person", False)]
    notice = window.findChild(QMessageBox, "commonWordNotice")  # roos is also a Dutch word
    assert notice is not None and "Roos" in notice.text()
    assert name_filter(window.project)("Roos zegt dat de roos bloeit.") == "[naam moeder] zegt dat de roos bloeit."
    window.undo_stack.undo()  # the whole table was one step
    assert names.list_placeholders(window.project) == []
    window.undo_stack.redo()

    dialog = window.quotes.settings_dialog()
    assert dialog.table.item(0, 0).text() == "Roos" and dialog.table.cellWidget(0, 2).currentData() == "person"
    dialog.table.item(0, 3).setCheckState(Qt.CheckState.Checked)  # any case
    last = dialog.table.rowCount() - 1
    dialog.table.item(last, 0).setText("Sam")
    dialog.table.item(last, 1).setText("[broer van Roos]")  # holds a listed name: refused
    dialog.accept()
    error = [b for b in window.findChildren(QMessageBox, "errorDialog") if b.isVisible()][-1]
    assert "contains the listed name “Roos”" in error.text()
    assert [(p.name, p.any_case) for p in names.list_placeholders(window.project)] == [("Roos", False)]


def test_the_draft_report_dialog_options_language_and_template(window, tmp_path):
    """The dialog's choices reach the report; the language is saved in the project, the own
    template in the user's settings and used for the report (its styles, ours where it lacks one)."""
    import docx as docx_mod
    from PySide6.QtCore import Qt

    from qdacoder.reports.word_style import set_user_template

    window.codebook.add_code("Steun")
    window.codebook.add_code("Thuis")
    house = docx_mod.Document()
    house.styles["Normal"].font.name = "Georgia"
    house.save(tmp_path / "huisstijl.docx")
    dialog = window.quotes.draft_report_dialog(ask_path=False)
    dialog.title.setText("Tussenrapport")
    dialog.author.setText("A. de Vries")
    dialog.include_empty.setChecked(True)
    dialog.themes.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.template.setText(str(tmp_path / "huisstijl.docx"))
    options = dialog.options()
    assert options.themes == ("Steun",) and options.include_empty and options.title == "Tussenrapport"
    dialog.accept()
    try:
        assert window.project.setting("output_language") == "nl"
        assert window.settings.value("reports/word_template") == str(tmp_path / "huisstijl.docx")
        out = tmp_path / "concept.docx"
        assert window.quotes.draft_report(str(out), options)
        document = docx_mod.Document(str(out))
        body = [p.text for p in document.paragraphs]
        assert body[0] == "Tussenrapport" and "Methode" in body and "Deze code is niet gecodeerd." in body
        assert "Thuis" not in [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
        assert document.styles["Normal"].font.name == "Georgia"  # the house style
        assert "Table Note" in [s.name for s in document.styles]  # ours, where the house style has none
    finally:
        set_user_template(None)
