"""Replace in documents and Pseudonymise the source, in the window (issue 13): the preview lists
every hit in context and each can be skipped, the scope chooses the documents, one undo step
for all of them, codings kept on their words, and the purge asks before deleting backups."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from qdacoder.core import codings
from qdacoder.core.backups import backup_folder, make_backup
from qdacoder.core.documents import document_text
from qdacoder.ui.common.dialogs import ImportOptions
from qdacoder.ui.document.replace import ALL, CASE, CHOSEN, KIND, ReplaceDialog

EEN = ("I: Hoe gaat het met Jayden?\n"
       "R: Jayden woont nu bij zijn oma. Jaydens moeder belt elke week, ook over de Jaydenschool.")
TWEE = "I: En op school?\nR: JAYDEN zegt dat het goed gaat. Jayden heeft een mentor."


@pytest.fixture
def docs(window, tmp_path):
    paths = []
    for name, text in (("interview een", EEN), ("veldnotitie twee", TWEE)):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    first = window.projects.import_files([str(paths[0])], ImportOptions("transcript", "Casus 1", False)).imported[0]
    second = window.projects.import_files([str(paths[1])], ImportOptions("fieldnote", None, False)).imported[0]
    return first, second


def open_dialog(window, action) -> ReplaceDialog:
    action.trigger()
    dialog = window.replacing.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def search(dialog, find, replacement, *, scope=ALL, any_case=False):
    dialog.find.setText(find)
    dialog.replacement.setText(replacement)
    dialog.any_case.setChecked(any_case)
    dialog.scope.button(scope).setChecked(True)
    dialog.show_button.click()


def rows(dialog):
    model = dialog.preview.model()
    return [(model.index(row, 0).data(), model.index(row, 2).data()) for row in range(model.rowCount())]


def code_words(window, doc, words, name):
    code = window.codebook.add_code(name)
    text = document_text(window.project, doc)
    window.show_document(doc)
    window.view.select_range(text.index(words), text.index(words) + len(words))
    window.coding.code_passage(code)
    return next(c.id for c in codings.document_codings(window.project, doc) if c.code_id == code)


def passage(window, coding_id):
    coding = codings.get_coding(window.project, coding_id)
    return document_text(window.project, coding.document_id)[coding.start:coding.end]


def test_preview_lists_every_whole_word_hit_in_context_and_skipped_hits_stay(window, docs):
    first, second = docs
    moeder = code_words(window, first, "Jaydens moeder belt", "Familie")
    steps = window.undo_stack.count()
    dialog = open_dialog(window, window.replacing.replace_action)
    search(dialog, "Jayden", "[naam]")
    # whole words as written and in capitals, with the possessive; never inside Jaydenschool
    found = rows(dialog)
    assert found == [("interview een", "Jayden → [naam]"), ("interview een", "Jayden → [naam]"),
                     ("interview een", "Jaydens → [naam]'s"), ("veldnotitie twee", "JAYDEN → [naam]"),
                     ("veldnotitie twee", "Jayden → [naam]")]
    model = dialog.preview.model()
    assert model.index(0, 1).data().endswith("Hoe gaat het met") and model.index(0, 3).data().startswith("?")
    dialog.preview.setFocus()
    dialog.preview.setCurrentIndex(model.index(0, 0))
    QTest.keyClick(dialog.preview, Qt.Key.Key_Space)  # skip the interviewer's question
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert dialog.count.text() == f"{len(found) - 1} of {len(found)} hit(s) kept, in 2 document(s)."
    dialog.apply_button.click()
    een, twee = document_text(window.project, first), document_text(window.project, second)
    assert een.startswith("I: Hoe gaat het met Jayden?\nR: [naam] woont") and "[naam]'s moeder" in een
    assert "Jaydenschool" in een and "Jayden heeft" not in twee
    assert passage(window, moeder) == "[naam]'s moeder belt"  # the coding kept its words
    assert window.view.text() == document_text(window.project, window.view.document_id())
    assert window.undo_stack.count() == steps + 1  # one step for both documents
    window.undo_stack.undo()
    assert document_text(window.project, first) == EEN and document_text(window.project, second) == TWEE
    assert passage(window, moeder) == "Jaydens moeder belt"


def test_any_case_and_the_scope_choose_the_hits(window, docs):
    first, second = docs
    dialog = open_dialog(window, window.replacing.replace_action)
    search(dialog, "jayden", "Sem")  # as written and in capitals: JAYDEN, not Jayden
    assert rows(dialog) == [("veldnotitie twee", "JAYDEN → Sem")]
    search(dialog, "jayden", "Sem", any_case=True)
    assert len(rows(dialog)) == 5
    search(dialog, "Jayden", "Sem", scope=CASE)
    assert dialog.case.currentText() == "Casus 1" and {row[0] for row in rows(dialog)} == {"interview een"}
    dialog.kind.setCurrentIndex(dialog.kind.findData("fieldnote"))
    search(dialog, "Jayden", "Sem", scope=KIND)
    assert {row[0] for row in rows(dialog)} == {"veldnotitie twee"}
    dialog.scope.button(CHOSEN).setChecked(True)
    assert dialog.documents.isVisible()
    for n in range(dialog.documents.count()):
        item = dialog.documents.item(n)
        item.setCheckState(Qt.CheckState.Checked if item.text() == "veldnotitie twee" else Qt.CheckState.Unchecked)
    dialog.show_button.click()
    assert {row[0] for row in rows(dialog)} == {"veldnotitie twee"}
    dialog.find.setText("Jay")  # a change of what to find empties the preview
    assert rows(dialog) == [] and not dialog.apply_button.isEnabled()


def test_a_replacement_that_removes_codings_names_them_first(window, docs):
    first, _second = docs
    jay = code_words(window, first, "Jay", "Naam")  # inside the first hit only
    dialog = open_dialog(window, window.replacing.replace_action)
    search(dialog, "Jayden", "[naam]")
    dialog.apply_button.click()
    box = dialog.findChild(QMessageBox, "removeCodingsWarning")
    assert box is not None and "“Naam” on “Jay” (interview een)" in box.text()
    assert document_text(window.project, first) == EEN
    next(b for b in box.buttons() if b.text() == "Replace and remove the codings").click()
    assert "Jayden " not in document_text(window.project, first)
    assert jay not in [c.id for c in codings.document_codings(window.project, first)]
    window.undo_stack.undo()
    assert document_text(window.project, first) == EEN and passage(window, jay) == "Jay"


def test_pseudonymise_asks_then_wipes_the_old_name_and_the_backups_holding_it(window, docs):
    first, second = docs
    make_backup(window.project.path)
    path = Path(window.project.path)
    dialog = open_dialog(window, window.replacing.pseudonymise_action)
    assert dialog.findChild(type(dialog.count), "pseudonymiseIntro") is not None
    search(dialog, "Jayden", "[naam jongere]", any_case=True)
    dialog.apply_button.click()
    box = dialog.findChild(QMessageBox, "pseudonymiseConfirm")
    assert "1 automatic backup(s) still hold the old text" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert document_text(window.project, first) == EEN  # nothing happened
    dialog.apply_button.click()
    box = dialog.findChild(QMessageBox, "pseudonymiseConfirm")
    next(b for b in box.buttons() if b.text() == "Pseudonymise and delete the backups").click()
    een, twee = document_text(window.project, first), document_text(window.project, second)
    assert "Jayden " not in een and "JAYDEN" not in twee and "[naam jongere]" in een and "Jaydenschool" in een
    assert window.view.text() == document_text(window.project, window.view.document_id())
    assert window.undo_stack.count() == 0  # the undo steps held the old text
    report = window.findChild(QMessageBox, "pseudonymiseReport")
    assert report is not None and "1 backup(s) that held it were deleted" in report.text()
    # no byte of the file, its WAL or the backup folder holds the old name as a word
    files = [path, Path(f"{path}-wal"), *sorted(backup_folder(path).glob("*"))]
    assert [f.name for f in files if f.is_file() and any(
        old in f.read_bytes() for old in (b"Jayden ", b"Jayden?", b"JAYDEN", b"Jaydens moeder"))] == []
