"""The retrieval panel in the real window: a project built through the window, the passage list
filtered by valence and case, a double click that opens the passage selected, combinations,
full-text search that codes every hit in one undo step, and a code with 10,000 passages that
fills the list a page at a time."""

import pytest
from PySide6.QtWidgets import QDockWidget
from PySide6.QtCore import Qt

from qdacoder.core import code_edits, codes, codings
from qdacoder.core.project import new_guid, now
from qdacoder.ui.common.dialogs import ImportOptions
from qdacoder.ui.analysis.passage_view import PARTS_ROLE
from qdacoder.ui.analysis.retrieval import PAGE

INTERVIEW = (
    "I: Hoe gaat het nu met Noor op school?\n"
    "R: Beter, sinds de mentor elke week belt.\n"
    "I: En de wachtlijst voor de jeugdhulp?\n"
    "R: Daar staan we nog steeds op, al vier maanden. 😕 Het café in de wijk helpt wel.\n"
)
FIELD_NOTE = "Casusoverleg Daan. De mentor van Daan is ziek; de wachtlijst blijft lang.\n"


def open_text(window, tmp_path, name, text, case):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return window.projects.import_files([str(path)], ImportOptions(None, case, False)).imported[0]


@pytest.fixture
def study(window, tmp_path):
    interview = open_text(window, tmp_path, "Interview Noor", INTERVIEW, "Casus Noor")
    note = open_text(window, tmp_path, "Casusoverleg Daan", FIELD_NOTE, "Casus Daan")
    project = window.project
    steun = window.run_operation("add", lambda: codes.add_code(project, "Mentor", default_valence="promoting")).result
    wacht = window.run_operation("add", lambda: codes.add_code(project, "Wachtlijst", default_valence="hindering")).result
    texts = {interview: INTERVIEW, note: FIELD_NOTE}

    def code(document_id, passage, code_id, occurrence=0):
        text = texts[document_id]
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(passage, start + 1)
        assert window.coding.code_passage(code_id, (document_id, start, start + len(passage)))
        return start, start + len(passage)

    spans = {
        "mentor noor": code(interview, "sinds de mentor elke week belt", steun),
        "wachtlijst noor": code(interview, "Daar staan we nog steeds op, al vier maanden.", wacht),
        "mentor daan": code(note, "De mentor van Daan is ziek", steun),
        "wachtlijst daan": code(note, "de wachtlijst blijft lang", wacht),
    }
    ziek = codings.document_codings(project, note)[0].id
    window.run_operation("valence", lambda: codings.set_coding_valence(project, ziek, "hindering"))
    return {"interview": interview, "note": note, "mentor": steun, "wachtlijst": wacht, "spans": spans}


@pytest.fixture
def panel(qtbot, window, study):
    window.findChild(QDockWidget, "passagesDock").show()  # the window's own panel
    widget = window.retrieval
    widget.refresh()
    qtbot.waitExposed(widget)
    return widget


def rows(panel):
    model = panel.model
    return [tuple(model.index(r, c).data() for c in (1, 2, 3, 6)) for r in range(model.rowCount())]


def choose(box, data):
    index = box.findData(data)
    assert index >= 0
    box.setCurrentIndex(index)


def test_filter_the_list_and_jump_to_a_passage(qtbot, window, study, panel):
    window.code_panel.select_code(study["mentor"])  # the panel follows the codebook by default
    assert panel.count.text() == "2 passage(s)"
    assert rows(panel) == [("Mentor", "Casusoverleg Daan", "Casus Daan", "− hindering"),
                           ("Mentor", "Interview Noor", "Casus Noor", "+ promoting")]
    # the coded words themselves; the tooltip has them in their context
    assert panel.model.index(1, 0).data() == "sinds de mentor elke week belt"
    assert panel.model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("I: Hoe gaat het nu met Noor")
    assert panel.model.index(1, 4).data() == "R"
    choose(panel.valence_box, "promoting")
    assert rows(panel) == [("Mentor", "Interview Noor", "Casus Noor", "+ promoting")]
    choose(panel.valence_box, None)
    choose(panel.code_box, study["wachtlijst"])
    choose(panel.case_box, panel.case_box.itemData(panel.case_box.findText("Casus Daan")))
    assert rows(panel) == [("Wachtlijst", "Casusoverleg Daan", "Casus Daan", "− hindering")]
    assert panel.count.text() == "1 passage(s)"

    table = panel.table
    rect = table.visualRect(panel.model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view.document_id() == study["note"]
    assert window.view.selection() == study["spans"]["wachtlijst daan"]

    choose(panel.case_box, None)
    panel.contains.setText("maanden")
    panel.run_query()
    assert [r[1] for r in rows(panel)] == ["Interview Noor"]
    panel.table.activated.emit(panel.model.index(0, 0))
    assert window.view.document_id() == study["interview"]
    assert window.view.selection() == study["spans"]["wachtlijst noor"]


def test_combinations_and_refresh_after_undo(window, study, panel):
    choose(panel.code_box, study["mentor"])
    choose(panel.second_box, study["wachtlijst"])
    choose(panel.mode_box, "near")
    panel.distance.setValue(5)  # "ziek; de wachtlijst": two characters apart
    assert [r[1] for r in rows(panel)] == ["Casusoverleg Daan"]
    panel.distance.setValue(1)
    assert rows(panel) == []
    choose(panel.mode_box, "without")  # no mentor passage overlaps a waiting list
    assert [r[1] for r in rows(panel)] == ["Casusoverleg Daan", "Interview Noor"]
    choose(panel.mode_box, "overlap")
    assert rows(panel) == []
    choose(panel.second_box, None)
    assert len(rows(panel)) == 2
    window.undo_action.trigger()  # the valence change: the list follows
    assert [r[3] for r in rows(panel)] == ["+ promoting", "+ promoting"]
    window.undo_action.trigger()  # the last coding, "de wachtlijst blijft lang"
    choose(panel.code_box, study["wachtlijst"])
    assert [r[1] for r in rows(panel)] == ["Interview Noor"]


def test_search_and_code_every_hit_in_one_undo_step(window, study, panel):
    panel.tabs.setCurrentIndex(1)
    panel.search_line.setText("cafe")
    panel.run_search()
    (hit,) = panel.hit_model.hits
    assert hit.match == "café" and (hit.start, hit.end) == (INTERVIEW.index("café"), INTERVIEW.index("café") + 4)
    assert panel.hit_count.text() == "1 hit(s)"
    panel.search_line.setText("wachtlijst")
    panel.run_search()
    assert len(panel.hit_model.hits) == 2
    window.code_panel.select_code(study["wachtlijst"])
    choose(panel.unit_box, "sentence")
    panel.code_hits_button.click()
    coded = {(c.document_id, c.start, c.end) for c in codings.code_codings(window.project, study["wachtlijst"])}
    sentence = INTERVIEW.index("En de wachtlijst")
    assert (study["interview"], sentence, INTERVIEW.index("?", sentence) + 1) in coded
    assert (study["note"], FIELD_NOTE.index("De mentor"), len(FIELD_NOTE) - 1) in coded
    assert len(coded) == 4
    assert panel.hit_count.text() == "2 passage(s) coded (Ctrl+Z to undo)"
    window.undo_action.trigger()
    assert len(codings.code_codings(window.project, study["wachtlijst"])) == 2
    panel.hit_table.activated.emit(panel.hit_model.index(0, 1))  # documents by name
    assert window.view.selection() == (FIELD_NOTE.index("wachtlijst"), FIELD_NOTE.index("wachtlijst") + 10)
    panel.search_line.setText('"open')
    panel.run_search()
    assert "quote" in panel.hit_count.text() and panel.hit_model.rowCount() == 0


def test_ten_thousand_passages_load_a_page_at_a_time(qtbot, window, study, panel, tmp_path):
    project = window.project
    text = "".join(f"Zin {i}: de jongere vertelt over school en thuis.\n" for i in range(10_000))
    document = open_text(window, tmp_path, "Verhalen", text, None)
    code = window.run_operation("add", lambda: codes.add_code(project, "Verhaal")).result
    starts = [i for i, c in enumerate(text) if c == "Z"]
    with project.db.atomic():
        project.db.conn.executemany(
            'INSERT INTO codings (guid, document_id, code_id, start, "end", coder_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
            [(new_guid(), document, code, s, s + 20, window.coder_id, now()) for s in starts])
    panel.refresh()
    choose(panel.code_box, code)
    assert panel.count.text() == "10000 passage(s)"
    assert len(panel.model.ids) == 10_000
    loaded = panel.model.rowCount()
    assert PAGE <= loaded < 10_000  # not everything at once
    assert panel.model.index(0, 0).data() == "Zin 0: de jongere ve"
    assert 0 < len(panel._measured) < loaded  # only the rows in view are measured, not the whole page
    bar = panel.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the view lays itself out after the rows came
    bar.setValue(bar.maximum() // 2)
    middle = panel.table.rowAt(0)
    assert middle > 30 and middle in panel._measured  # a row is measured as it comes into view
    panel.table.scrollToBottom()
    qtbot.waitUntil(lambda: panel.model.rowCount() > loaded)
    assert panel.model.rowCount() < 10_000



def test_passages_wrap_show_context_on_demand_and_a_preview(qtbot, window, study, panel):
    project = window.project
    parent = window.run_operation("add", lambda: codes.add_code(project, "Belemmerende factoren")).result
    window.run_operation("move", lambda: code_edits.move_code(project, study["wachtlijst"], parent))
    choose(panel.code_box, study["wachtlijst"])
    assert panel.model.index(0, 1).data() == "Wachtlijst"  # the code's own name, not a cut path
    assert panel.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "Belemmerende factoren/Wachtlijst"

    # context on demand: muted words around the passage, remembered
    assert not panel.context_box.isChecked()
    panel.context_box.setChecked(True)
    before, passage, after = panel.model.index(1, 0).data(PARTS_ROLE)
    assert passage == "Daar staan we nog steeds op, al vier maanden."
    assert before.startswith("…") and before.endswith("R: ") and after.startswith(" 😕 Het café")
    assert len(before) <= 41 and len(after) <= 41  # a few words each side: the passage keeps the room
    assert window.settings.value("retrieval/context") == "true"
    panel.context_box.setChecked(False)
    assert panel.model.index(1, 0).data(PARTS_ROLE) == ("", passage, "")

    # a passage wraps: a narrow column makes its row taller, measured once the column rests
    header = panel.table.horizontalHeader()
    header.setSectionResizeMode(0, header.ResizeMode.Interactive)
    panel.table.setColumnWidth(0, 600)
    qtbot.waitUntil(lambda: not panel._fitting.isActive())
    one_line = panel.table.rowHeight(1)
    panel.table.setColumnWidth(0, 90)
    qtbot.waitUntil(lambda: panel.table.rowHeight(1) > one_line)

    # selecting a row shows the passage in its context, highlighted in its code's colour
    rect = panel.table.visualRect(panel.model.index(1, 2))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    preview = panel.preview
    assert preview.toPlainText().startswith("I: Hoe gaat het nu met Noor")
    first, last = preview.passage
    assert preview.toPlainText()[first:last] == passage
    cursor = preview.textCursor()
    cursor.setPosition(cursor.position() + 3)  # inside the passage (the emoji lies after it)
    color = codes.get_code(project, study["wachtlijst"]).color
    assert cursor.charFormat().background().color().name() == color
    assert preview.isReadOnly()
    panel.table.setCurrentIndex(panel.model.index(0, 0))  # the keyboard's way: the preview follows
    assert "de wachtlijst blijft lang" == preview.toPlainText()[preview.passage[0]:preview.passage[1]]


def test_columns_beside_the_passage_are_chosen_and_remembered(window, study, panel):
    header = panel.table.horizontalHeader()
    assert [header.isSectionHidden(c) for c in range(7)] == [False, False, False, False, True, True, True]
    menu = panel.column_menu()
    coder = next(a for a in menu.actions() if a.text() == "Coder")
    assert not coder.isChecked()
    coder.trigger()
    assert not header.isSectionHidden(5)
    assert window.settings.value("retrieval/hidden_columns") == ["4", "6"]
    assert panel._hidden_columns() == [4, 6]
