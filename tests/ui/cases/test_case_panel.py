"""The case panel in the real window: cases and respondents, speakers linked to respondents,
passages of a field note assigned to cases, merging and deleting with undo."""

import pytest
from PySide6.QtWidgets import QMessageBox

from qdacoder.core import cases, respondents
from qdacoder.ui.common.dialogs import ImportOptions

TRANSCRIPT = (
    "I: Hoe gaat het nu met Noor op school?\n"
    "R: Beter, sinds de mentor elke week belt.\n"
    "I: En de wachtlijst voor de jeugdhulp?\n"
    "R: Daar staan we nog steeds op, al vier maanden.\n"
)
FIELD_NOTE = (
    "Casusoverleg 12 maart. Eerst Noor: school gaat beter, de mentor belt wekelijks.\n"
    "Daarna Daan en Noor samen: beide gezinnen wachten op dezelfde gezinsvoogd.\n"
    "Tot slot Daan: de pleegouders vragen om respijtzorg.\n"
)


@pytest.fixture
def panel(window):
    """The window's own panel, refreshed by the window after every change."""
    return window.case_panel


def open_text(window, tmp_path, name, text, case):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return window.projects.import_files([str(path)], ImportOptions(None, case, False)).imported[0]


def new_case(panel, name):
    dialog = panel.new_case_dialog()
    dialog.setTextValue(name)
    dialog.accept()
    return cases.find_case(panel.session.project, name).id


def new_respondent(panel, case_id, label, role, function=""):
    panel.select_case(case_id)
    dialog = panel.new_respondent_dialog()
    assert dialog.case.currentData() == case_id
    dialog.label.setText(label)
    dialog.role.setCurrentText(role)
    dialog.function.setText(function)
    dialog.accept()
    return next(r.id for r in respondents.list_respondents(panel.session.project, case_id) if r.label == label)


def tree(panel):
    model = panel.model
    return {model.item(r).text(): [model.item(r).child(c).text() for c in range(model.item(r).rowCount())]
            for r in range(model.rowCount())}


def test_cases_and_respondents_in_the_tree(panel):
    noor = new_case(panel, "Casus Noor")
    moeder = new_respondent(panel, noor, "Moeder", "ouder")
    new_respondent(panel, noor, "JC", "professional", "jeugdconsulent")
    assert tree(panel) == {"Casus Noor": ["JC (professional, jeugdconsulent)", "Moeder (ouder)"]}
    panel.select_respondent(moeder)
    dialog = panel.edit_respondent_dialog()
    dialog.label.setText("Moeder van Noor")
    dialog.accept()
    assert respondents.get_respondent(panel.session.project, moeder).label == "Moeder van Noor"
    rename = panel.rename_case_dialog()
    assert rename.textValue() == "Casus Noor"
    rename.setTextValue("Casus N.")
    rename.accept()
    assert tree(panel) == {"Casus N.": ["JC (professional, jeugdconsulent)", "Moeder van Noor (ouder)"]}
    panel.select_respondent(moeder)
    box = panel.delete_respondent_dialog()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert tree(panel) == {"Casus N.": ["JC (professional, jeugdconsulent)"]}
    panel.session.widget.undo_action.trigger()
    assert "Moeder van Noor (ouder)" in tree(panel)["Casus N."]


def test_link_a_speaker_of_a_transcript_to_a_respondent(panel, tmp_path):
    window = panel.session.widget
    doc = open_text(window, tmp_path, "interview moeder", TRANSCRIPT, "Casus 1")
    casus1 = cases.find_case(window.project, "Casus 1").id
    other = new_case(panel, "Casus 2")
    new_respondent(panel, other, "Vader", "ouder")
    moeder = new_respondent(panel, casus1, "Moeder", "ouder")
    panel.refresh()  # the window does this when it shows another document
    assert set(panel.speaker_combos) == {"I", "R"}
    combo = panel.speaker_combos["R"]
    items = [combo.itemText(i) for i in range(combo.count()) if combo.itemText(i)]
    assert items == ["(not linked)", "Casus 1/Moeder (ouder)", "Casus 2/Vader (ouder)"]  # the document's case first
    assert panel.speaker_table.item(1, 0).text() == "R (2 turns)"
    combo.setCurrentIndex(combo.findData(moeder))
    start = TRANSCRIPT.index("Daar staan we")
    speaker, respondent = respondents.speaker_at(window.project, doc, start, start + 10)
    assert speaker == "R" and respondent.id == moeder
    assert panel.speaker_combos["R"].currentData() == moeder  # after the refresh
    window.undo_action.trigger()
    assert respondents.speaker_at(window.project, doc, start, start + 10)[1] is None
    assert panel.speaker_combos["R"].currentText() == "(not linked)"


def test_assign_a_passage_of_a_field_note_to_two_cases(panel, tmp_path):
    window = panel.session.widget
    new_case(panel, "Casus Daan")
    new_case(panel, "Casus Noor")
    doc = open_text(window, tmp_path, "casusoverleg", FIELD_NOTE, None)
    panel.refresh()
    passage = "Daarna Daan en Noor samen: beide gezinnen wachten op dezelfde gezinsvoogd."
    start = window.view.text_edit.toPlainText().index(passage)
    window.view.select_range(start, start + len(passage))
    for name in ("Casus Daan", "Casus Noor"):
        dialog = panel.assign_dialog()
        dialog.setTextValue(name)
        dialog.accept()
    found = cases.cases_of_passage(window.project, doc, start + 5, start + 20)
    assert [c.name for c in found] == ["Casus Daan", "Casus Noor"]
    links = [panel.links.item(i).text() for i in range(panel.links.count())]
    assert links[0].startswith(f"Casus Daan: chars {start}–{start + len(passage)} “Daarna Daan")
    assert len(links) == 2
    panel.links.setCurrentRow(1)
    panel.remove_selected_link()
    assert [c.name for c in cases.cases_of_passage(window.project, doc, start, start + 1)] == ["Casus Daan"]
    window.undo_action.trigger()
    assert panel.links.count() == 2


def test_assigning_without_a_selection_says_what_to_do(panel, tmp_path):
    open_text(panel.session.widget, tmp_path, "casusoverleg", FIELD_NOTE, "Casus Daan")
    assert panel.assign_dialog() is None
    assert panel.session.widget.statusBar().currentMessage() == "Select a passage in the document first."


def test_merge_and_delete_cases_with_undo(panel, tmp_path):
    window = panel.session.widget
    doc = open_text(window, tmp_path, "interview moeder", TRANSCRIPT, "Casus 1")
    casus1 = cases.find_case(window.project, "Casus 1").id
    casus2 = new_case(panel, "Casus 2")
    new_respondent(panel, casus2, "Vader", "ouder")
    new_respondent(panel, casus1, "Moeder", "ouder")
    panel.select_case(casus2)
    dialog = panel.merge_dialog()
    assert [dialog.comboBoxItems()] == [["Casus 1"]]
    dialog.setTextValue("Casus 1")
    dialog.accept()
    assert tree(panel) == {"Casus 1": ["Moeder (ouder)", "Vader (ouder)"]}
    window.undo_action.trigger()
    assert tree(panel) == {"Casus 1": ["Moeder (ouder)"], "Casus 2": ["Vader (ouder)"]}

    start = TRANSCRIPT.index("Beter")
    window.view.select_range(start, start + 20)
    panel.select_case(casus1)
    box = panel.delete_case_dialog()
    assert "It has 1 whole document(s), 0 passage(s) and 1 respondent(s)" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert tree(panel) == {"Casus 2": ["Vader (ouder)"], "(respondents without a case)": ["Moeder (ouder)"]}
    assert cases.document_cases(window.project, doc) == []
    window.undo_action.trigger()
    assert [c.name for c in cases.document_cases(window.project, doc)] == ["Casus 1"]
    assert tree(panel)["Casus 1"] == ["Moeder (ouder)"]


def test_without_a_project_the_panel_is_empty_and_disabled(qtbot, make_window):
    panel = make_window().case_panel  # a window without a project
    assert panel.model.rowCount() == 0 and not panel.isEnabled()
    assert panel.new_case_dialog() is None


def test_an_edited_text_moves_the_passages_shown_and_keeps_the_speakers(panel, tmp_path):
    from qdacoder.core.text_edits import edit_text

    window = panel.session.widget
    doc = open_text(window, tmp_path, "interview moeder", TRANSCRIPT, None)
    noor = new_case(panel, "Casus Noor")
    passage = "Daar staan we nog steeds op, al vier maanden."
    start = TRANSCRIPT.index(passage)
    cases.assign_passage(window.project, noor, doc, start, start + len(passage))
    panel.refresh()
    combo = panel.speaker_combos["R"]
    window.session.run_operation("edit text", lambda: edit_text(window.project, doc, 0, 0, "Interview 1\n"))
    assert panel.links.item(0).text().startswith(f"Casus Noor: chars {start + 12}–{start + 12 + len(passage)} “Daar staan")
    assert panel.speaker_combos["R"] is combo  # not built again for a typed key
    window.undo_action.trigger()
    assert panel.links.item(0).text().startswith(f"Casus Noor: chars {start}–")
