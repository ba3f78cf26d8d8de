"""The look of coded text: light for one coding, deeper and underlined for overlaps, saturated
for the selected coding; the margin label carries the valence and the coder's initials."""

from PySide6.QtGui import QColor, QTextCharFormat

from qdacoder.ui.document.highlights import Highlight, segment_format


def coding(n, color, **extra):
    return Highlight(n, 0, 10, "Wachtlijst", "Factoren/Wachtlijst", color, "Anna de Vries", **extra)


def test_one_coding_is_light_enough_for_black_text():
    fmt = segment_format([coding(1, "#1f3a93")], selected=None)
    assert fmt.background().color().lightnessF() >= 0.88
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline


def test_overlaps_are_deeper_the_more_codings_and_underlined():
    one = segment_format([coding(1, "#c62828")], selected=None).background().color()
    two = segment_format([coding(1, "#c62828"), coding(2, "#2e7d32")], selected=None)
    three = segment_format([coding(1, "#c62828"), coding(2, "#2e7d32"), coding(3, "#1565c0")], selected=None)
    assert two.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert one.lightnessF() > two.background().color().lightnessF() > three.background().color().lightnessF()
    assert three.background().color().lightnessF() >= 0.76  # still readable


def test_the_selected_coding_is_saturated_with_white_text_on_a_dark_colour():
    fmt = segment_format([coding(1, "#0d1b4c"), coding(2, "#ffeb3b")], selected=1)
    assert fmt.background().color().lightnessF() < 0.5
    assert fmt.foreground().color() == QColor("white")
    assert segment_format([coding(1, "#fff176")], selected=1).foreground().color() != QColor("white")


def test_the_margin_label():
    assert coding(1, "#000000", valence="hindering", initials="AV").label == "− Wachtlijst · AV"
    assert coding(1, "#000000", valence="promoting").label == "+ Wachtlijst"
    assert coding(1, "#000000").label == "Wachtlijst"


def test_a_highlight_moved_keeps_everything_else():
    from qdacoder.ui.document.highlights import Highlight
    h = Highlight(3, 10, 20, "Mentor", "Steun/Mentor", "#c0392b", "Anna", "memo", "promoting", "AV", True, True)
    moved = h.at(12, 25)
    assert (moved.start, moved.end) == (12, 25) and (h.start, h.end) == (10, 20)
    assert moved == Highlight(3, 12, 25, "Mentor", "Steun/Mentor", "#c0392b", "Anna", "memo", "promoting", "AV", True, True)
