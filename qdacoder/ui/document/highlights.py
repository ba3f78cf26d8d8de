"""How a coding looks in the document: the ``Highlight`` the window builds from the project
for each coding, and the colour of a stretch of text covered by one or more of them.

Design rules:
- Colours are opaque blends of the codes' colours with white, kept light enough for black
  text, so what is painted beneath never changes them and the text stays readable.
- Overlaps stay visible: more codings make a deeper colour and an underline; the selected
  coding is saturated.
- Every format sets the text colour too (black or white, the higher WCAG contrast): with only
  the background set, a dark palette's light text would sit on a light tint.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat

from ..common.contrast import readable_text


@dataclass(frozen=True)
class Highlight:
    """One coding as the view shows it; the window builds these from the project."""

    coding_id: int
    start: int  # code points
    end: int  # exclusive
    code_name: str
    code_path: str
    color: str  # "#rrggbb"
    coder: str
    memo: str = ""
    valence: str | None = None  # "promoting", "hindering" or None
    initials: str = ""  # the coder's, shown when a project has several coders
    confidential: bool = False
    starred: bool = False  # a quote candidate

    def at(self, start: int, end: int) -> Highlight:
        """The same coding at other positions: dataclasses.replace costs ten times more, which
        counts when a key typed at the top of a transcript moves thousands of codings."""
        moved = object.__new__(Highlight)
        moved.__dict__.update(self.__dict__, start=start, end=end)  # frozen blocks setattr, not this
        return moved

    @property
    def label(self) -> str:
        """The code name as the margin shows it, with + or − for the valence and the coder's
        initials when several coders work in the project (the margin draws the star and lock
        icons before it: emoji show as boxes without a colour-emoji font)."""
        mark = {"promoting": "+ ", "hindering": "− "}.get(self.valence or "", "")
        return mark + self.code_name + (f" · {self.initials}" if self.initials else "")


def reading_order(highlight: Highlight) -> tuple[int, int, int]:
    """Earlier first, then longer: the order the window keeps a document's codings in (as the
    project gives them), so a view changed coding by coding shows ties as one given them all."""
    return highlight.start, -highlight.end, highlight.coding_id


@lru_cache(maxsize=4096)  # a view repaints the same few blends after every change and scroll
def _tint(colors: tuple[str, ...], strength: float, lightest: float) -> QColor:
    """The mean of ``colors`` mixed with white (``strength`` 0: white, 1: the pure mean), then
    kept at least ``lightest`` light so black text stays readable on it. Opaque, so the result
    does not depend on what is painted beneath. (Cached: never change the colour returned.)"""
    qcolors = [QColor(c) for c in colors]
    mean = [sum(getattr(q, part)() for q in qcolors) / len(qcolors) for part in ("red", "green", "blue")]
    color = QColor(*(round(255 - strength * (255 - v)) for v in mean))
    hue, saturation, lightness, _ = color.getHslF()
    return QColor.fromHslF(hue, saturation, max(lightness, lightest)) if lightness < lightest else color


def segment_format(covering: Sequence[Highlight], selected: int | None) -> QTextCharFormat:
    """Light colour for one coding; a deeper blend + underline for overlaps (darker the more
    codings overlap); saturated for the selected coding, with white text when it is dark.
    (The same colours give the same format, made once: never change the format returned.)"""
    chosen = next((c for c in covering if c.coding_id == selected), None)
    if chosen is not None:
        return _format("selected", (chosen.color,))
    return _format("one" if len(covering) == 1 else "blend", tuple(c.color for c in covering))


@lru_cache(maxsize=4096)  # every change and scroll formats the visible passages again: the same few
def _format(kind: str, colors: tuple[str, ...]) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if kind == "selected":
        background = _tint(colors, 0.85, 0.0)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(colors[0]).darker(180))
    elif kind == "one":
        background = _tint(colors, 0.35, 0.88)
    else:
        deep = len(colors) > 2
        background = _tint(colors, 0.6 if deep else 0.5, 0.76 if deep else 0.8)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(background.darker(250))
    fmt.setBackground(background)
    fmt.setForeground(readable_text(background))
    return fmt


def find_hit_format(current: bool) -> QTextCharFormat:
    """A hit of the search in the document: yellow, the current one orange and framed."""
    fmt = QTextCharFormat()
    background = QColor("#ff9632") if current else QColor("#fff176")
    fmt.setBackground(background)
    fmt.setForeground(readable_text(background))
    if current:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    return fmt
