"""Whose codings the window shows: everyone's (with initials), only mine (blind coding), or
chosen coders; the codebook's figures follow."""

from qdacoder.core import codes, codings
from qdacoder.core.coders import ensure_coder
from qdacoder.ui.common.dialogs import ImportOptions


def test_blind_coding_and_chosen_coders(window, tmp_path):
    path = tmp_path / "gesprek.txt"
    text = "I: Hoe was school?\nR: De mentor luisterde. Thuis was het druk.\n"
    path.write_text(text, encoding="utf-8")
    doc = window.projects.import_files([str(path)], ImportOptions(None, "Casus 1", False)).imported[0]
    code = window.codebook.add_code("Steun")
    bram = ensure_coder(window.project, "Bram Jansen").id
    start = text.index("De mentor")
    window.view.select_range(start, start + 21)
    window.coding.code_passage(code)  # by Anna (the window's coder)
    window.run_operation("bram", lambda: codings.add_coding(window.project, document_id=doc, code_id=code,
                                                            start=start, end=start + 21, coder_id=bram))
    labels = sorted(h.label for h in window.view.codings_at(start))
    assert labels == ["Steun · AV", "Steun · BJ"]
    assert window.code_panel.model.count(code) == 2

    window.coders.set_mode("mine")
    assert [h.coder for h in window.view.codings_at(start)] == ["Anna de Vries"]
    assert window.code_panel.model.count(code) == 1  # the figures are mine only, too
    window.coders.set_mode("chosen", ["Bram Jansen"])
    assert [h.coder for h in window.view.codings_at(start)] == ["Bram Jansen"]
    window.coders.set_mode("all")
    assert len(window.view.codings_at(start)) == 2
    assert codes.get_code(window.project, code).name == "Steun"
