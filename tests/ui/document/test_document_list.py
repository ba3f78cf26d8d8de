"""The document list shows each document's kind and its codings under the reading, and keeps
them right after coding, undo, redo and another reading."""

from PySide6.QtCore import Qt

from qdacoder.ui.document.list import CODINGS, DOCUMENT_ID_ROLE, KIND, NAME

from tests.analysis.final_study import build_final_study

from ..test_main_window import click_code, import_transcript, select, transcript  # noqa: F401 - a fixture


def shown(window, document_id):
    """The document's row as the user reads it, and its case's row."""
    model = window.documents.model()

    def text(index):
        return str(index.data(Qt.ItemDataRole.DisplayRole))

    for case_row in range(model.rowCount()):
        case = model.index(case_row, NAME)
        for row in range(model.rowCount(case)):
            if model.index(row, NAME, case).data(DOCUMENT_ID_ROLE) == document_id:
                return ([text(model.index(row, column, case)) for column in (NAME, KIND, CODINGS)],
                        [text(model.index(case_row, column)) for column in (NAME, CODINGS)])
    raise AssertionError(f"document {document_id} is not listed")


def test_kind_and_codings_follow_coding_undo_and_redo(qtbot, window, transcript):  # noqa: F811
    doc = import_transcript(window, transcript)
    assert shown(window, doc) == (["interview_moeder", "transcript", "0"], ["Casus 2 (1)", "0"])
    header = window.documents.model()
    assert [header.headerData(c, Qt.Orientation.Horizontal) for c in (NAME, KIND, CODINGS)] == ["Document", "Kind", "Codings"]
    code = window.codebook.add_code("Wachttijd")
    select(window, "Veertien maanden")
    click_code(qtbot, window, code)
    select(window, "Dat hielp echt")
    click_code(qtbot, window, code)
    assert shown(window, doc)[0][CODINGS] == "2" and shown(window, doc)[1][1] == "2"
    window.undo_action.trigger()
    assert shown(window, doc)[0][CODINGS] == "1"
    window.redo_action.trigger()
    assert shown(window, doc)[0][CODINGS] == "2"


def test_codings_follow_the_reading(window):
    ids = build_final_study(window.project)
    window.session.project_replaced.emit()  # made behind the window's back: read everything anew
    counts = {name: int(shown(window, ids[name])[0][CODINGS])
              for name in ("Interview Fatima", "Interview Mo", "Interview Sanne", "Interview Lotte")}
    assert counts == {"Interview Fatima": 2, "Interview Mo": 0, "Interview Sanne": 2, "Interview Lotte": 2}
    window.reading.choose("all")
    assert shown(window, ids["Interview Fatima"])[0][CODINGS] == "6"
    assert shown(window, ids["Interview Lotte"])[0][CODINGS] == "3"
    window.reading.choose("coders", ["Bram"])
    assert shown(window, ids["Interview Sanne"])[0][CODINGS] == "0"
    assert shown(window, ids["Interview Mo"])[0][CODINGS] == "1"
