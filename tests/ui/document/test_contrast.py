"""Coded text stays readable: every highlight of every code colour in the starter codebooks
has a text colour with a WCAG contrast of at least 4.5:1 on its background, in a light and a
dark palette (a format that sets only the background leaves the palette's text colour, light
in dark mode)."""

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette, QTextFormat
from PySide6.QtWidgets import QApplication

from qdacoder.exchange import read_codebook
from qdacoder.ui.common.contrast import MINIMUM, contrast_ratio, readable_text
from qdacoder.ui.document.highlights import Highlight, find_hit_format, segment_format

CODEBOOKS = sorted((Path(__file__).resolve().parents[3] / "codebooks").glob("*.yaml"))
PALETTES = {"light": (QColor("#ffffff"), QColor("#000000")), "dark": (QColor("#1e1e1e"), QColor("#e8e8e8"))}


def starter_colors() -> list[str]:
    colors = {entry.color for path in CODEBOOKS for _p, _d, entry in read_codebook(path).walk() if entry.color}
    return sorted(colors)


def test_published_contrast_values():
    # WCAG 2: black on white is 21:1, white on white 1:1, #767676 on white 4.54:1
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("white"), QColor("white")) == pytest.approx(1.0)
    assert contrast_ratio(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)
    assert readable_text(QColor("#ffff00")) == QColor("black")
    assert readable_text(QColor("#000080")) == QColor("white")


def text_color(fmt, palette: QPalette) -> QColor:
    """The colour the text is drawn in: the format's, else the palette's."""
    if fmt.hasProperty(QTextFormat.Property.ForegroundBrush):
        return fmt.foreground().color()
    return palette.color(QPalette.ColorRole.Text)


@pytest.fixture(params=sorted(PALETTES))
def palette(request, qapp):
    base, text = PALETTES[request.param]
    before = QApplication.palette()
    palette = QPalette(before)
    palette.setColor(QPalette.ColorRole.Base, base)
    palette.setColor(QPalette.ColorRole.Text, text)
    QApplication.setPalette(palette)
    yield QApplication.palette()
    QApplication.setPalette(before)


def test_every_starter_code_colour_is_readable(palette):
    colors = starter_colors()
    assert len(CODEBOOKS) >= 5 and len(colors) >= 20
    worst = []
    for n, color in enumerate(colors):
        one = Highlight(1, 0, 5, "a", "a", color, "Anna")
        neighbours = [Highlight(k + 2, 0, 5, "b", "b", colors[(n + k + 1) % len(colors)], "Anna") for k in range(2)]
        formats = {"coded": segment_format([one], None), "selected": segment_format([one], 1),
                   "two codes": segment_format([one, neighbours[0]], None),
                   "three codes": segment_format([one, *neighbours], None)}
        for kind, fmt in formats.items():
            ratio = contrast_ratio(text_color(fmt, palette), fmt.background().color())
            if ratio < MINIMUM:
                worst.append((color, kind, round(ratio, 2)))
    assert worst == []


def test_search_hits_are_readable(palette):
    for current in (False, True):
        fmt = find_hit_format(current)
        assert contrast_ratio(text_color(fmt, palette), fmt.background().color()) >= MINIMUM
