"""The codebook as researchers use it all day: names get the room, figures are chosen from
the header, the search gives back the open branches, Ctrl+1..9 are shown and can be pinned."""

from PySide6.QtCore import Qt

from qdacoder.core import codings
from qdacoder.ui.codebook.tree import CASES, CODINGS, DOCUMENTS, HINDERING, KEY_ROLE, NAME

from ..test_layout_and_coding_keys import open_document
from ..test_main_window import select


def test_names_first_narrow_figures_chosen_from_the_header(window):
    tree = window.code_panel.tree
    assert tree.figure_columns() == [CODINGS, DOCUMENTS]
    assert all(tree.header().sectionSize(c) < 45 for c in range(CODINGS, HINDERING + 1))
    menu = tree.figure_menu()
    cases = next(a for a in menu.actions() if a.text() == "Number of cases in which it occurs")
    cases.toggle()
    assert tree.figure_columns() == [CODINGS, DOCUMENTS, CASES]
    parent = window.codebook.add_code("Belemmerende factoren")
    child = window.codebook.add_code("Overgang van verblijf naar verblijf", parent_id=parent)
    tip = window.code_panel.view_index(child).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[0] == "Belemmerende factoren/Overgang van verblijf naar verblijf"


def test_clearing_the_search_restores_the_open_branches(window):
    ids = {}
    for parent in ("Bevorderend", "Belemmerend"):
        ids[parent] = window.codebook.add_code(parent)
        for child in ("Steun", "Wachten"):
            window.codebook.add_code(f"{child} {parent}", parent_id=ids[parent])
    panel, tree = window.code_panel, window.code_panel.tree
    tree.setCurrentIndex(panel.view_index(ids["Bevorderend"]))
    tree.setExpanded(panel.view_index(ids["Belemmerend"]), False)
    assert tree.expanded_ids() == {ids["Bevorderend"]}
    panel.search.setText("wachten")
    assert tree.isExpanded(panel.view_index(ids["Belemmerend"]))
    panel.search.clear()
    assert tree.expanded_ids() == {ids["Bevorderend"]}


def test_ctrl_digits_are_badges_and_can_be_pinned(window, tmp_path):
    doc = open_document(window, tmp_path)
    first, second = window.codebook.add_code("Overgang"), window.codebook.add_code("Steun")
    select(window, "De overgang was zwaar.")
    window.coding.code_passage(first)
    select(window, "Mijn mentor hielp wel")
    window.coding.code_passage(second)
    model = window.code_panel.model
    assert (model.key_of(second), model.key_of(first)) == (1, 2)
    assert window.code_panel.view_index(second).siblingAtColumn(NAME).data(KEY_ROLE) == 1
    window.coding.pin_action.setChecked(True)
    select(window, "Hoe ging de overgang")
    window.coding.code_passage(first)  # used last, but the numbers are pinned
    assert (model.key_of(second), model.key_of(first)) == (1, 2)
    window.coding.pin_action.setChecked(False)
    assert (model.key_of(first), model.key_of(second)) == (1, 2)
    assert len(codings.document_codings(window.project, doc)) == 3
