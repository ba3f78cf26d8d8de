"""In the window, a code made under a parent takes the parent's colour family and default
valence (the rule itself is tested in tests/core/test_code_family.py)."""

from PySide6.QtGui import QColor

from qdacoder.core import codes, codings

from ..test_layout_and_coding_keys import open_document
from ..test_main_window import select


def test_quick_code_under_a_parent_joins_its_family(window, tmp_path):
    doc = open_document(window, tmp_path)
    parent = window.codebook.add_code("Belemmerende factoren")
    window.codebook.edit_code(parent, {"color": "#c62828", "default_valence": "hindering"})
    select(window, "De overgang was zwaar.")
    window.code_panel.quick_code.setText("Belemmerende factoren/Overgang van verblijf")
    window.coding.quick_code()
    new = codes.find_code_by_path(window.project, "Belemmerende factoren/Overgang van verblijf")
    assert new.default_valence == "hindering" and new.added_while_coding
    assert abs(QColor(new.color).hslHueF() - QColor("#c62828").hslHueF()) < 0.01
    [coding] = codings.document_codings(window.project, doc)
    assert coding.code_id == new.id and coding.valence == "hindering"
    window.undo_action.trigger()  # one step takes both back
    assert codes.find_code_by_path(window.project, "Belemmerende factoren/Overgang van verblijf") is None


def test_new_child_code_joins_its_family(window):
    parent = window.codebook.add_code("Bevorderende factoren")
    window.codebook.edit_code(parent, {"color": "#2e7d32", "default_valence": "promoting"})
    child = codes.get_code(window.project, window.codebook.add_code("Steun van mentor", parent))
    assert child.default_valence == "promoting"
    assert abs(QColor(child.color).hslHueF() - QColor("#2e7d32").hslHueF()) < 0.01
