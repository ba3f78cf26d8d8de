"""Saving a coder copy and merging coder copies back, in the real window."""

from PySide6.QtWidgets import QMenu, QMessageBox

from qdacoder.core.coders import ensure_coder
from qdacoder.core.codings import add_coding_by_path
from qdacoder.core.documents import find_document, import_document
from qdacoder.core.project import Project

TEXT = "Veldnotitie: Noor vertelt dat de juf haar elke ochtend begroet.\nDat geeft haar rust.\n"


def prepare(window):
    project = window.project
    journal = import_document(project, name="Veldnotitie Noor", text=TEXT)
    window.apply_changes(journal.changes)
    start = TEXT.index("de juf")
    window.run_operation("code", lambda: add_coding_by_path(
        project, document_id=journal.result, path="Steun/School", start=start, end=start + 6,
        coder_id=window.coder_id))


def test_save_a_copy_code_in_it_and_merge_it_back_as_one_undo_step(window, tmp_path):
    prepare(window)
    actions = window.merges  # the Team menu's actions
    copy = actions.save_copy(tmp_path / "bram", keep_codings=False)
    assert copy == tmp_path / "bram.qdacoder"
    with Project.open(copy) as p:
        assert p.scalar("SELECT count(*) FROM codings") == 0
        start = TEXT.index("rust")
        add_coding_by_path(p, document_id=find_document(p, "Veldnotitie Noor").id, path="Steun/Rust",
                           start=start, end=start + 4, coder_id=ensure_coder(p, "Bram Jansen").id)
    reports = actions.merge([copy])
    assert [r.codings_added for r in reports] == [1]
    box = window.findChild(QMessageBox, "mergeReport")
    assert box is not None and "Bram Jansen: 1 added" in box.text()
    box.close()
    assert window.project.scalar("SELECT count(*) FROM codings") == 2
    steps = window.undo_stack.count()
    assert actions.merge([copy])[0].codings_added == 0  # twice: nothing new, no undo step
    assert window.undo_stack.count() == steps
    window.undo_stack.undo()
    assert window.project.scalar("SELECT count(*) FROM codings") == 1
    assert window.project.scalar("SELECT count(*) FROM codes WHERE name = 'Rust'") == 0


def test_errors_are_shown_in_the_report_and_menu_has_both_actions(window, tmp_path):
    actions = window.merges  # the Team menu's actions
    (tmp_path / "boodschappen.qdacoder").write_text("geen project")
    assert actions.merge([tmp_path / "boodschappen.qdacoder"]) == []
    assert "not a qdacoder project" in window.findChild(QMessageBox, "mergeReport").text()
    assert actions.save_copy(window.project.path) is None
    assert window.findChild(QMessageBox, "errorDialog") is not None
    menu = QMenu(window)
    actions.build_menu(menu)
    assert [a.text() for a in menu.actions()] == ["Save a &coder copy...", "&Merge coder copies..."]


def test_a_coder_the_merge_brings_in_can_be_chosen_at_once(window, tmp_path):
    """Bram codes only with a code the project has: the merge adds codings and a coder, and the
    coder lists of open panels show him without reopening the project."""
    prepare(window)
    window.retrieval.parentWidget().show()  # the "Coded passages and search" dock
    window.retrieval.show()
    copy = window.merges.save_copy(tmp_path / "bram", keep_codings=False)
    with Project.open(copy) as p:
        start = TEXT.index("rust")
        add_coding_by_path(p, document_id=find_document(p, "Veldnotitie Noor").id, path="Steun/School",
                           start=start, end=start + 4, coder_id=ensure_coder(p, "Bram Jansen").id)
    window.merges.merge([copy])
    box = window.retrieval.coder_box
    assert "Bram Jansen" in [box.itemText(i) for i in range(box.count())]


def test_team_save_a_coder_copy_masks_a_confidential_statement_and_merges_back(window, tmp_path):
    from qdacoder.core.quotes import set_confidential

    prepare(window)
    coding = window.project.scalar("SELECT id FROM codings")
    window.run_operation("confidential", lambda: set_confidential(window.project, [coding]))
    copy = window.merges.save_copy(tmp_path / "bram")
    with Project.open(copy) as p:
        assert p.scalar("SELECT text FROM documents") == TEXT.replace("de juf", "██████")
    assert window.merges.merge([copy])[0].conflicts == []
    assert window.project.scalar("SELECT text FROM documents") == TEXT
    window.findChild(QMessageBox, "mergeReport").close()
