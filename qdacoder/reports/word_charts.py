"""Charts of the word analyses: a word cloud of a word-frequency table and bars of the
distinctive words per group; for the window and as PNG or SVG (``charts.save_figure``).

Design rules (why):
- The ``wordcloud`` library only places the words (``layout_``: size, place, orientation),
  measured with matplotlib's own DejaVu Sans; the words are then drawn as matplotlib text in a
  Figure like every other chart. So the window shows the very figure that is exported, the
  SVG keeps the words as text (the names filter of the exports can read it), and a PNG and an
  SVG of one cloud look alike.
- The layout is fixed by a seed: the same table gives the same cloud, and the same file.
- One colour: the code's colour when the words are those of one code (darkened when too light
  to read on white), otherwise blue; less frequent words are drawn lighter.
- The cloud draws the rows it is given (the table's words, already free of stop words,
  numbers, placeholders and listed names); a file passes the names filter of every writer
  (``charts.save_figure``), which replaces names in every text of the figure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from matplotlib import font_manager
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure

from qdacoder.core.errors import QT_TRANSLATE_NOOP

from .charts import COLORS, NOTHING, _fresh, short

Translate = Callable[[str], str]
WIDTH, HEIGHT, DPI = 800, 450, 100  # the cloud's canvas in pixels at 100 pixels an inch
TITLE_BAND = 0.45  # inches above the cloud for the title
FONT = "DejaVu Sans"
SEED = 25
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")  # Okabe-Ito
G2_LABEL = QT_TRANSLATE_NOOP("qdacoder", "G2 (log-likelihood)")


def _same(text: str) -> str:
    return text


def readable(color: str) -> tuple[float, float, float]:
    """``color``, darkened until it reads on white (relative luminance at most 0.45)."""
    rgb = np.array(to_rgb(color))
    while 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2] > 0.45:
        rgb = rgb * 0.85
    return tuple(float(c) for c in rgb)


def word_cloud(rows: Sequence, *, color: str | None = None, title: str = "", translate: Translate = _same,
               figure: Figure | None = None) -> Figure:
    """A word cloud of ``rows`` (``WordRow``: word and count), the most frequent largest."""
    from PIL import ImageFont
    from wordcloud import WordCloud

    figure = _fresh(figure, WIDTH / DPI, HEIGHT / DPI + TITLE_BAND)
    figure.set_layout_engine("none")
    top = HEIGHT / DPI / (HEIGHT / DPI + TITLE_BAND)
    if title:
        figure.text(0.01, 1 - 0.1 * TITLE_BAND / (HEIGHT / DPI + TITLE_BAND), title, fontsize=10, va="top")
    ax = figure.add_axes((0, 0, 1, top))
    ax.set_axis_off()
    frequencies = {row.word: row.count for row in rows}
    if not frequencies:
        ax.text(0.5, 0.5, translate(NOTHING), transform=ax.transAxes, ha="center", va="center")
        return figure
    cloud = WordCloud(width=WIDTH, height=HEIGHT, font_path=font_manager.findfont(FONT), prefer_horizontal=1.0,
                      background_color="white", random_state=SEED, max_words=len(frequencies), margin=8,
                      relative_scaling=0.5, collocations=False, normalize_plurals=False)
    cloud.generate_from_frequencies(frequencies)
    ax.set_xlim(0, WIDTH)
    ax.set_ylim(HEIGHT, 0)
    base = readable(color or COLORS["codings"])
    for (word, share), size, (y, x), _orientation, _color in cloud.layout_:
        weight = 0.6 + 0.4 * share ** 0.5  # rarer words lighter (share: of the largest count)
        shade = tuple(1 - weight * (1 - c) for c in base)
        # the library puts the top left of the word's ink at (x, y); matplotlib places a baseline
        left, top, _right, _bottom = ImageFont.truetype(cloud.font_path, size).getbbox(word, anchor="ls")
        ax.text(x - left, y - top, word, fontsize=size * 72 / DPI, family=FONT, color=shade, ha="left",
                va="baseline")
    return figure


def distinctive_chart(result, *, title: str = "", translate: Translate = _same, top: int = 15,
                      figure: Figure | None = None) -> Figure:
    """Per group a panel of horizontal bars: the G2 of its most distinctive words (at most
    ``top``), the highest on top, each bar labelled with its Log Ratio (None: an empty chart)."""
    from .table_export import group_name

    groups = [g for g in result.groups if any(r.group == g.name for r in result.rows)] if result else []
    per_group = [[r for r in result.rows if r.group == g.name][:top] for g in groups]
    tallest = max((len(p) for p in per_group), default=0)
    figure = _fresh(figure, 4.2 * max(len(groups), 1), 1.3 + 0.28 * max(tallest, 1))
    if not groups:
        ax = figure.add_subplot()
        ax.text(0.5, 0.5, translate(NOTHING), transform=ax.transAxes, ha="center", va="center")
        ax.set_axis_off()
        if title:
            ax.set_title(title, loc="left", fontsize=10)
        return figure
    if title:
        figure.suptitle(title, x=0.01, ha="left", fontsize=10)
    for index, (group, rows) in enumerate(zip(groups, per_group)):
        ax = figure.add_subplot(1, len(groups), index + 1)
        y = np.arange(len(rows))[::-1]
        color = COLORS.get(group.key, PALETTE[result.groups.index(group) % len(PALETTE)])  # valences as always
        ax.barh(y, [r.g2 for r in rows], color=color, height=0.7)
        ax.set_yticks(y, [short(r.word) for r in rows], fontsize=8)
        for position, row in zip(y, rows):
            ax.text(row.g2, position, f" {row.log_ratio:+.1f}".replace(".", ","), va="center", fontsize=7)
        ax.set_title(group_name(group.name, translate), loc="left", fontsize=9)
        ax.set_xlabel(translate(G2_LABEL), fontsize=8)
        ax.tick_params(axis="x", labelsize=8)
        ax.set_ylim(-0.6, max(tallest, 1) - 0.4)
        ax.margins(x=0.15)
    return figure
