"""The document view: highlights for what is visible, overlaps, code-point positions around
emoji, clicking and right-clicking codings, the margin, and dragging a passage out."""

import json

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from qdacoder.core.intervals import max_depth, segments
from qdacoder.ui.document.view import PASSAGE_MIME, DocumentView
from qdacoder.ui.document.highlights import Highlight

ROOD, BLAUW, GROEN = "#c0392b", "#2e86c1", "#27ae60"


def coding(coding_id, start, end, name="Mentor", color=ROOD, memo=""):
    return Highlight(coding_id, start, end, name, f"Steun/{name}", color, "Anna de Vries", memo)


@pytest.fixture
def view(qtbot):
    v = DocumentView()
    qtbot.addWidget(v)
    v.resize(900, 500)
    v.show()
    qtbot.waitExposed(v)
    return v


def long_text(lines=20_000):
    return "\n".join(f"R: regel {i}: de mentor luisterde écht naar wat ik wilde." for i in range(lines))


def shown_ranges(view):
    """(start, end) in UTF-16 of every extra selection, in order."""
    return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in view.text_edit.extraSelections()]


def center_of(view, position):
    """Viewport point in the middle of the character at ``position`` (ASCII text: UTF-16 = code points)."""
    cursor = QTextCursor(view.text_edit.document())
    cursor.setPosition(position)
    rect = view.text_edit.cursorRect(cursor)
    return QPoint(rect.x() + 3, rect.center().y())


# -- text and highlights -------------------------------------------------------------------


def test_set_document_shows_the_text_and_none_empties_the_view(view, transcript_text):
    view.set_document(4, transcript_text, [])
    assert view.text_edit.toPlainText() == transcript_text
    assert view.document_id() == 4
    assert view.text_edit.isReadOnly()
    view.set_document(None, "", [])
    assert view.text_edit.toPlainText() == "" and view.document_id() is None and view.selection() is None


def test_only_codings_near_the_visible_text_become_extra_selections(view, qtbot):
    text = long_text()
    end = len(text)
    view.set_document(1, text, [coding(1, 3, 40), coding(2, 100, 160, "Wonen", BLAUW), coding(3, end - 50, end - 5)])
    assert shown_ranges(view) == [(3, 40), (100, 160)]

    view.text_edit.verticalScrollBar().setValue(view.text_edit.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: shown_ranges(view) == [(end - 50, end - 5)])
    assert [bar.coding_id for bar in view.margin.bars()] == [3]


def test_overlapping_codings_get_a_blended_underlined_segment(view, transcript_text):
    view.set_document(1, transcript_text, [coding(1, 10, 40), coding(2, 30, 60, "Wonen", BLAUW)])
    selections = view.text_edit.extraSelections()
    assert shown_ranges(view) == [(10, 30), (30, 40), (40, 60)]
    alone_a, both, alone_b = (s.format for s in selections)
    no_line = QTextCharFormat.UnderlineStyle.NoUnderline
    assert alone_a.underlineStyle() == no_line and alone_b.underlineStyle() == no_line
    assert both.underlineStyle() != no_line
    colors = {f.background().color().name() for f in (alone_a, both, alone_b)}
    assert len(colors) == 3
    # light enough to read black text on
    assert min(f.background().color().lightnessF() for f in (alone_a, both, alone_b)) >= 0.75


def test_segments_split_at_every_boundary_innermost_first():
    outer, inner, later = coding(1, 0, 100), coding(2, 20, 40), coding(3, 90, 120)
    pieces = [(s, e, [c.coding_id for c in cover]) for s, e, cover in segments([outer, inner, later], 0, 110)]
    assert pieces == [(0, 20, [1]), (20, 40, [2, 1]), (40, 90, [1]), (90, 100, [3, 1]), (100, 110, [3])]
    assert max_depth([outer, inner, later]) == 2
    assert max_depth([coding(1, 0, 10), coding(2, 10, 20)]) == 1  # touching is no overlap


def test_codings_at_lists_innermost_first_and_ignores_codings_outside_the_text(view, transcript_text):
    n = len(transcript_text)
    view.set_document(1, transcript_text, [coding(1, 0, 80), coding(2, 20, 40), coding(3, n - 5, n + 50)])
    assert [c.coding_id for c in view.codings_at(25)] == [2, 1]
    assert [c.coding_id for c in view.codings_at(60)] == [1]
    assert view.codings_at(90) == []
    assert view.codings_at(n - 2) == []  # a coding past the end of the text is not shown


# -- positions in code points --------------------------------------------------------------

EMOJI_TEXT = "I: Hoe was het? 😊\nR: Mijn 👩‍👧 moeder en ik, wij praten weer. Fijn 😊 toch?"


def utf16(text, position):
    return len(text[:position].encode("utf-16-le")) // 2


def test_selection_is_reported_in_code_points_after_and_around_emoji(view):
    text = EMOJI_TEXT
    view.set_document(1, text, [])
    for passage in ("moeder en ik", "👩‍👧 moeder", "Fijn 😊 toch"):
        start = text.index(passage)
        end = start + len(passage)
        cursor = QTextCursor(view.text_edit.document())
        cursor.setPosition(utf16(text, start))
        cursor.setPosition(utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
        view.text_edit.setTextCursor(cursor)
        assert view.selection() == (start, end)
        assert text[slice(*view.selection())] == passage


def test_select_range_round_trips_and_selects_the_right_text(view, qtbot):
    text = EMOJI_TEXT
    view.set_document(1, text, [])
    start = text.index("moeder")
    with qtbot.waitSignal(view.selection_changed):
        view.select_range(start, start + len("moeder en ik"))
    assert view.selection() == (start, start + len("moeder en ik"))
    assert view.text_edit.textCursor().selectedText() == "moeder en ik"
    view.select_range(start, start)
    assert view.selection() is None


def test_select_range_scrolls_the_passage_into_view(view):
    text = long_text()
    view.set_document(1, text, [])
    start = text.index("regel 15000:")
    view.select_range(start, start + 10)
    first = view.text_edit.cursorForPosition(QPoint(0, 0)).position()
    assert first <= start and view.text_edit.cursorRect().bottom() < view.text_edit.viewport().height()


def test_codings_after_emoji_are_highlighted_and_clicked_at_the_right_characters(view, qtbot):
    text = EMOJI_TEXT
    start = text.index("moeder")
    view.set_document(1, text, [coding(3, start, start + len("moeder"))])
    (shown,) = view.text_edit.extraSelections()
    shown_range = (shown.cursor.selectionStart(), shown.cursor.selectionEnd())
    assert shown_range == (utf16(text, start), utf16(text, start + 6))
    assert shown.cursor.selectedText() == "moeder"
    cursor = QTextCursor(view.text_edit.document())
    cursor.setPosition(utf16(text, start + 2))
    rect = view.text_edit.cursorRect(cursor)
    with qtbot.waitSignal(view.coding_selected) as blocker:
        point = QPoint(rect.x() + 3, rect.center().y())
        qtbot.mouseClick(view.text_edit.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [3]


def test_dragged_selection_carries_the_passage_in_code_points(view):
    text = EMOJI_TEXT
    view.set_document(12, text, [])
    start = text.index("moeder")
    view.select_range(start, start + len("moeder en ik"))
    mime = view.text_edit.createMimeDataFromSelection()
    assert json.loads(bytes(mime.data(PASSAGE_MIME)).decode("utf-8")) == {
        "document_id": 12,
        "start": start,
        "end": start + len("moeder en ik"),
    }
    assert mime.text() == "moeder en ik"


# -- choosing codings ----------------------------------------------------------------------


def test_clicking_a_highlight_selects_the_innermost_coding_and_plain_text_clears(view, qtbot, transcript_text):
    view.set_document(1, transcript_text, [coding(1, 0, 80), coding(2, 20, 40, "Wonen", BLAUW)])
    viewport = view.text_edit.viewport()
    with qtbot.waitSignal(view.coding_selected) as inner:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=center_of(view, 30))
    assert inner.args == [2] and view.selected_coding() == 2
    with qtbot.waitSignal(view.coding_selected) as outer:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=center_of(view, 60))
    assert outer.args == [1]
    plain = transcript_text.index("Pas later")
    with qtbot.waitSignal(view.coding_selected) as cleared:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=center_of(view, plain))
    assert cleared.args == [-1] and view.selected_coding() is None


def test_clicking_beside_the_end_of_a_line_selects_nothing(view, qtbot, transcript_text):
    line_end = transcript_text.index("\n")
    view.set_document(1, transcript_text, [coding(1, 0, line_end + 5)])
    point = center_of(view, line_end) + QPoint(200, 0)  # far right of the first line's last character
    with qtbot.waitSignal(view.coding_selected) as blocker:
        qtbot.mouseClick(view.text_edit.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [-1]


def test_the_selected_coding_is_shown_stronger(view, transcript_text):
    view.set_document(1, transcript_text, [coding(1, 10, 40)])
    (plain,) = view.text_edit.extraSelections()  # keep the list: its items die with it
    view.select_coding(1)
    (strong,) = view.text_edit.extraSelections()
    assert strong.format.background().color().lightnessF() < plain.format.background().color().lightnessF() - 0.2
    assert strong.format.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
    assert (strong.cursor.selectionStart(), strong.cursor.selectionEnd()) == (10, 40)


def test_select_coding_scrolls_to_it_and_emits(view, qtbot):
    text = long_text()
    start = text.index("regel 18000:")
    view.set_document(1, text, [coding(7, start, start + 30)])
    with qtbot.waitSignal(view.coding_selected) as blocker:
        view.select_coding(7)
    assert blocker.args == [7] and view.selected_coding() == 7
    assert [bar.coding_id for bar in view.margin.bars()] == [7]
    assert view.selection() is None  # choosing a coding does not select its text
    with qtbot.waitSignal(view.coding_selected) as cleared:
        view.select_coding(None)
    assert cleared.args == [-1]


def test_a_removed_coding_is_no_longer_selected(view, transcript_text):
    view.set_document(1, transcript_text, [coding(1, 10, 40), coding(2, 50, 70)])
    view.select_coding(1)
    view.set_highlights([coding(2, 50, 70)])
    assert view.selected_coding() is None


def right_click(widget, point):
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, widget.mapToGlobal(point))
    QApplication.sendEvent(widget, event)


def test_right_click_on_a_highlight_asks_for_its_menu(view, qtbot, transcript_text):
    view.set_document(1, transcript_text, [coding(5, 20, 60)])
    viewport = view.text_edit.viewport()
    point = center_of(view, 30)
    with qtbot.waitSignal(view.coding_context_menu) as blocker:
        right_click(viewport, point)
    assert blocker.args == [5, viewport.mapToGlobal(point)]
    assert view.selected_coding() == 5
    with qtbot.assertNotEmitted(view.coding_context_menu):
        right_click(viewport, center_of(view, transcript_text.index("Pas later")))


def test_tooltip_names_path_coder_and_memo_escaped(view, qtbot, transcript_text):
    view.set_document(1, transcript_text, [coding(1, 20, 60, "Mentor <b>", memo="Zie ook <casus 2> & 3")])
    viewport = view.text_edit.viewport()
    point = center_of(view, 30)
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point)))
    qtbot.waitUntil(QToolTip.isVisible)
    tip = QToolTip.text()
    assert "Steun/Mentor &lt;b&gt;" in tip and "Anna de Vries" in tip and "Zie ook &lt;casus 2&gt; &amp; 3" in tip
    QToolTip.hideText()


# -- scrolling and set_highlights ----------------------------------------------------------


def test_set_highlights_keeps_scroll_position_and_text_selection(view, qtbot):
    text = long_text()
    start = text.index("regel 9000:")
    view.set_document(1, text, [coding(1, start, start + 200)])
    view.select_range(start + 3, start + 20)
    bar = view.text_edit.verticalScrollBar()
    value = bar.value()
    first = view.text_edit.cursorForPosition(QPoint(0, 0)).position()
    assert value > 1000

    view.set_highlights([coding(1, start, start + 200), coding(2, start + 10, start + 60, "Wonen", BLAUW)])
    assert bar.value() == value
    assert view.text_edit.cursorForPosition(QPoint(0, 0)).position() == first
    assert view.selection() == (start + 3, start + 20)
    assert shown_ranges(view) == [(start, start + 10), (start + 10, start + 60), (start + 60, start + 200)]


# -- the margin ----------------------------------------------------------------------------


def bars_by_id(view):
    return {bar.coding_id: bar for bar in view.margin.bars()}


def test_margin_puts_overlapping_codings_in_separate_columns(view, transcript_text):
    second_line = transcript_text.index("I: Hoe")
    last_line = transcript_text.index("R: Ze vroeg")
    view.set_document(
        1,
        transcript_text,
        [
            coding(1, 0, last_line),
            coding(2, second_line, second_line + 20, "Wonen", BLAUW),
            coding(3, last_line, last_line + 30, "Stem", GROEN),
        ],
    )
    bars = bars_by_id(view)
    assert sorted(bars) == [1, 2, 3]
    assert bars[1].column == 0 and bars[2].column == 1
    assert bars[3].column == 0  # after coding 1 ends, its column is free again
    assert bars[1].y_top < bars[2].y_top < bars[2].y_bottom < bars[1].y_bottom <= bars[3].y_top
    assert view.margin.columns() == 2
    assert view.margin.width() == view.text_edit.viewportMargins().left()
    two_columns = view.margin.width()
    view.set_highlights([coding(1, 0, last_line)])
    assert view.margin.width() == two_columns  # removing a coding does not re-wrap the text
    view.set_document(1, transcript_text, [coding(1, 0, last_line)])
    assert view.margin.columns() == 1 and view.margin.width() < two_columns


def test_margin_widens_for_codings_sharing_a_line(view, transcript_text):
    line = transcript_text.index("R: Ze vroeg")
    short = [coding(1, line + 3, line + 8), coding(2, line + 12, line + 20, "Stem"), coding(3, line + 30, line + 40)]
    view.set_document(1, transcript_text, short)  # no two overlap in characters, but all share a line
    assert sorted(bar.column for bar in view.margin.bars()) == [0, 1, 2]
    assert view.margin.hidden() == [] and view.margin.columns() == 3
    assert view.text_edit.viewportMargins().left() == view.margin.preferred_width() == view.margin.width()


def test_margin_caps_its_columns_and_counts_the_rest(view, transcript_text):
    nested = [coding(i, i, 200 - i, f"Code {i}") for i in range(1, 7)]
    view.set_document(1, transcript_text, nested)
    assert sorted(bar.column for bar in view.margin.bars()) == [0, 1, 2, 3]
    assert sorted(view.margin.hidden()) == [5, 6]


def test_clicking_a_margin_bar_selects_its_coding(view, qtbot, transcript_text):
    view.set_document(1, transcript_text, [coding(1, 0, 150), coding(2, 60, 120, "Wonen", BLAUW)])
    bar = bars_by_id(view)[2]
    rect = view.margin.bar_rect(bar)
    point = QPoint(int(rect.left()) + 2, int(rect.center().y()))
    with qtbot.waitSignal(view.coding_selected) as blocker:
        qtbot.mouseClick(view.margin, Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [2] and view.selected_coding() == 2
    with qtbot.waitSignal(view.coding_context_menu) as menu:
        right_click(view.margin, point)
    assert menu.args[0] == 2


def test_margin_bar_of_a_passage_above_the_screen_starts_at_the_top(view, qtbot):
    text = long_text()
    start = text.index("regel 100:")
    end = text.index("regel 5000:")
    view.set_document(1, text, [coding(1, start, end)])
    view.select_range(text.index("regel 2000:"), text.index("regel 2000:") + 5)
    bar = bars_by_id(view)[1]
    assert bar.y_top < 0 and bar.y_bottom > view.text_edit.viewport().height()


def test_margin_bars_after_changes_scrolling_and_zoom_are_those_laid_out_anew(view, qtbot):
    """The margin remembers where passages stand while the text stands still (a coding added
    then costs no search for every other passage's lines); after codings come and go, a
    scroll, a zoom and a resize, its bars are those it finds with nothing remembered."""
    text = long_text(3_000)
    lines = [text.index(f"regel {i}:") for i in range(0, 3_000, 7)]
    highlights = [coding(n, at, at + 40 + (n % 5) * 90, color=(ROOD, BLAUW, GROEN)[n % 3]) for n, at in enumerate(lines)]
    view.set_document(1, text, highlights[::2])

    def bars():
        return [(b.coding_id, b.column, b.y_top, b.y_bottom) for b in view.margin.bars()]

    def anew():
        view.margin._places_for = None  # forget what it remembered (private: only this test needs to)
        view.margin.invalidate()
        return bars()

    view.select_range(lines[40], lines[40] + 5)
    for step in range(3):
        view.update_highlights([], highlights[1 + step * 2:60:6])  # codings come
        QApplication.processEvents()
        assert bars() == anew()
        view.update_highlights([h.coding_id for h in highlights[0:60:4]], [])  # and go
        QApplication.processEvents()
        assert bars() == anew()
        view.text_edit.verticalScrollBar().setValue(view.text_edit.verticalScrollBar().value() + 3)
        QApplication.processEvents()
        assert bars() == anew()
    shown = bars()
    view.set_zoom(3)
    view.resize(700, 450)
    QApplication.processEvents()
    assert bars() and bars() == anew() and bars() != shown


def test_margin_tooltip_names_the_coding_under_the_mouse(view, qtbot, transcript_text):
    view.set_document(1, transcript_text, [coding(1, 0, 150, "Vertrouwen", memo="Eerste gesprek")])
    rect = view.margin.bar_rect(view.margin.bars()[0])
    point = QPoint(int(rect.left()) + 2, int(rect.top()) + 4)
    QApplication.sendEvent(view.margin, QHelpEvent(QEvent.Type.ToolTip, point, view.margin.mapToGlobal(point)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert "Steun/Vertrouwen" in QToolTip.text() and "Eerste gesprek" in QToolTip.text()
    QToolTip.hideText()


def test_margin_icons_widen_by_dragging_and_tooltip(qtbot):
    from PySide6.QtCore import QPoint
    from qdacoder.ui.document.highlights import Highlight
    from qdacoder.ui.document.view import DocumentView
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show()
    text = "Het wachten duurde lang. Daarna ging het beter.\n"
    starred = Highlight(1, 0, 24, "Goede samenwerking", "Steun/Goede samenwerking", "#1565c0", "Anna de Vries",
                        confidential=True, starred=True)
    view.set_document(1, text, [starred])
    assert "🔒" not in starred.label and starred.label == "Goede samenwerking"
    margin = view.margin
    before = margin.width()
    widened = []
    view.margin_widened.connect(widened.append)
    grip = QPoint(margin.width() - 2, 10)
    qtbot.mousePress(margin, Qt.MouseButton.LeftButton, pos=grip)
    qtbot.mouseMove(margin, grip + QPoint(80, 0))
    # a synthetic move carries no pressed button; the margin tracks the drag itself
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtCore import QEvent, QPointF
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(grip + QPoint(80, 0)), QPointF(grip + QPoint(80, 0)),
                       Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    margin.mouseMoveEvent(move)
    qtbot.mouseRelease(margin, Qt.MouseButton.LeftButton, pos=grip + QPoint(80, 0))
    assert widened and margin.width() > before
    assert view.text_edit.viewportMargins().left() == margin.width()
    tip = view._describe([starred])
    assert "Steun/Goede samenwerking" in tip and "Anna de Vries" in tip


def test_codings_changed_one_by_one_show_as_all_given_at_once(qtbot, view):
    """update_highlights takes out and puts in only the codings that changed; what the view then
    shows (extra selections, codings at each position, margin bars, depth) is what a view given
    the same codings at once shows."""
    import random

    text = long_text(400)
    rng = random.Random(3)
    codings = {}
    for coding_id in range(1, 301):
        start = rng.randrange(0, 4000)
        codings[coding_id] = coding(coding_id, start, start + rng.randint(1, 300), color=rng.choice([ROOD, BLAUW, GROEN]))
    view.set_document(1, text, sorted(codings.values(), key=lambda h: (h.start, -h.end, h.coding_id)))
    fresh = DocumentView()
    qtbot.addWidget(fresh)
    fresh.resize(900, 500)
    fresh.show()
    next_id = 1000
    for _ in range(40):
        removed = rng.sample(sorted(codings), 2)
        changed = coding(removed[0], codings[removed[0]].start, codings[removed[0]].end + 5, color=BLAUW)
        start = rng.randrange(0, 3000)
        added = [changed, coding(next_id, start, start + rng.randint(1, 80)),
                 coding(next_id + 1, start, start + rng.randint(1, 80))]  # two on one start: ties
        next_id += 2
        del codings[removed[1]]
        codings[removed[0]] = changed
        codings.update({h.coding_id: h for h in added[1:]})
        view.update_highlights(removed, added)
    everything = sorted(codings.values(), key=lambda h: (h.start, -h.end, h.coding_id))
    fresh.set_document(1, text, everything)
    QApplication.processEvents()
    assert shown_ranges(view) == shown_ranges(fresh)
    assert [s.format.background() for s in view.text_edit.extraSelections()] == \
        [s.format.background() for s in fresh.text_edit.extraSelections()]
    for position in range(0, 4000, 7):
        assert view.codings_at(position) == fresh.codings_at(position)
    assert view.margin.bars() == fresh.margin.bars()
    assert view._depth >= max_depth(everything)
