"""Readable text on a coloured background: the WCAG 2 contrast ratio and the text colour
(black or white) that gives the higher one. Every highlight sets both colours, so the text
stays readable whatever the palette (a dark palette's light text on a light tint would not)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor

BLACK, WHITE = QColor(0, 0, 0), QColor(255, 255, 255)
MINIMUM = 4.5  # WCAG 2 level AA for normal text


def relative_luminance(color: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0 black .. 1 white)."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(color.red()) + 0.7152 * linear(color.green()) + 0.0722 * linear(color.blue())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """(L1 + 0.05) / (L2 + 0.05) with L1 the lighter: 1 (same) .. 21 (black on white)."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_text(background: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``background`` (never below 4.58:1)."""
    return BLACK if _black_reads_better(background.rgb()) else WHITE


@lru_cache(maxsize=4096)  # a view sets the same few backgrounds after every change and scroll
def _black_reads_better(rgb: int) -> bool:
    background = QColor.fromRgb(rgb)
    return contrast_ratio(BLACK, background) >= contrast_ratio(WHITE, background)
