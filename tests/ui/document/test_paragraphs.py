"""Paragraphs apart in the document view (issue 19): a gap below each paragraph, drawn by the
layout only, so the text, every position and the tools built on them stay as they were."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from qdacoder.ui.document.highlights import Highlight
from qdacoder.ui.document.view import DocumentView

INTERVIEW = (
    "I: Hoe ging het gesprek met je mentor?\n"
    "R: Goed, hij luisterde écht naar wat ik wilde 😊 en dacht mee over school.\n"
    "I: En thuis?\n"
    "\n"
    "R: Mijn moeder vond het lastig, maar we hebben samen een plan gemaakt."
)


@pytest.fixture
def view(qtbot):
    v = DocumentView()
    qtbot.addWidget(v)
    v.resize(900, 500)
    v.show()
    qtbot.waitExposed(v)
    return v


def line_rects(view):
    """(top, bottom) of each paragraph's text in viewport pixels, one per block."""
    edit = view.text_edit
    rects, block = [], edit.document().firstBlock()
    while block.isValid():
        geometry = edit.blockBoundingGeometry(block).translated(edit.contentOffset())
        layout = block.layout()
        last = layout.lineAt(layout.lineCount() - 1)
        rects.append((geometry.top(), geometry.top() + last.y() + last.height(), geometry.bottom()))
        block = block.next()
    return rects


def test_paragraphs_stand_apart_without_a_character_added(view):
    view.set_document(1, INTERVIEW, [])
    assert view.text_edit.toPlainText() == INTERVIEW and view.text() == INTERVIEW
    rects = line_rects(view)
    line = view.text_edit.fontMetrics().lineSpacing()
    gaps = [next_top - text_bottom for (_, text_bottom, _), (next_top, _, _) in zip(rects, rects[1:])]
    # below each paragraph that another follows: about half a line of air
    assert gaps[0] >= line * 0.4 and gaps[1] >= line * 0.4
    # an empty line already is a gap: none below it, nor below the line before it
    assert gaps[2] < 1 and gaps[3] < 1


def test_the_gap_follows_the_zoom(view):
    view.set_document(1, INTERVIEW, [])
    (_, bottom, _), (top, _, _) = line_rects(view)[:2]
    view.set_zoom(6)
    (_, zoomed_bottom, _), (zoomed_top, _, _) = line_rects(view)[:2]
    assert zoomed_top - zoomed_bottom > top - bottom


def test_selection_and_clicks_keep_the_documents_positions(view, qtbot):
    second = INTERVIEW.index("R: Goed")
    last = INTERVIEW.index("R: Mijn")
    view.set_document(1, INTERVIEW, [Highlight(7, last, last + 10, "Gezin", "Context/Gezin", "#2e86c1", "Anna")])
    view.select_range(second + 3, last + 4)
    assert view.selection() == (second + 3, last + 4)
    assert view.text_edit.textCursor().selectedText().replace("\u2029", "\n") == INTERVIEW[second + 3 : last + 4]
    # a click on the coded words of the last paragraph selects its coding
    cursor = QTextCursor(view.text_edit.document())
    cursor.setPosition(view._map.to_utf16(last + 4))
    rect = view.text_edit.cursorRect(cursor)
    with qtbot.waitSignal(view.coding_selected) as chosen:
        qtbot.mouseClick(view.text_edit.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.x() + 3, rect.center().y()))
    assert chosen.args == [7]


def test_a_click_in_the_gap_selects_no_coding(view, qtbot):
    view.set_document(1, INTERVIEW, [Highlight(3, 0, len(INTERVIEW), "Mentor", "Steun/Mentor", "#c0392b", "Anna")])
    _, text_bottom, block_bottom = line_rects(view)[0]
    point = QPoint(40, round((text_bottom + block_bottom) / 2))
    with qtbot.waitSignal(view.coding_selected) as chosen:
        qtbot.mouseClick(view.text_edit.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert chosen.args == [-1]


def test_the_margin_bar_spans_the_gap_between_paragraphs(view):
    end = INTERVIEW.index("I: En thuis")
    view.set_document(1, INTERVIEW, [Highlight(5, 0, end, "Mentor", "Steun/Mentor", "#c0392b", "Anna")])
    (bar,) = view.margin.bars()
    rects = line_rects(view)
    assert bar.y_top == pytest.approx(rects[0][0], abs=1)
    assert bar.y_bottom == pytest.approx(rects[1][1], abs=1)


def test_find_selects_its_hits_across_paragraphs(view):
    view.set_document(1, INTERVIEW, [])
    view.find_bar.open()
    view.find_bar.field.setText("MOEDER")
    start = INTERVIEW.index("moeder")
    assert view.find_hits() == [(start, start + 6)]
    assert view.selection() == (start, start + 6)
    assert view.text_edit.textCursor().selectedText() == "moeder"
