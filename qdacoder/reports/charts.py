"""Charts of the analyses: a bar chart of the code frequencies (optionally stacked by
valence) and a heat map of a matrix (code x case, code x document, a crosstab, co-occurrence);
for the window and as PNG or SVG for a report.

Design rules (why):
- matplotlib's object API only (``Figure()``, never pyplot): no global state and no GUI
  backend. The window draws these very Figure objects on its canvas (``figure=`` draws into
  the window's own figure), so what is seen is what is exported.
- The charts take the rows and matrices the tables are made of (``frequency_table``,
  ``code_matrix``, ...): they compute no figure of their own.
- The charts look like the codebook: each bar in its code's own colour (``colors``), the codes
  named as in the tree (the name, indented by its depth, top-level codes in bold; a long name
  wrapped, then shortened: the table below the chart has the full path). Split by valence,
  the bars take the Okabe-Ito promoting / hindering colours (told apart with the common colour
  blindnesses), every segment named in the legend.
- Counts get whole-number ticks. The figure's size follows from its labels (measured, not
  guessed): titles and labels are never clipped and constrained layout never gives up (no
  "axes sizes collapsed" warning). The window shows the same figure at least at that size and
  grows it with the pane; files are written at that size (150 dpi, Word at ``PRINT_DPI``). A cell that is not known (a case without
  a document of the filtered kind) is hatched grey and says so in the legend: never drawn as 0.
- Under every chart its filter line, as above every table (``analysis.filters.describe``, the
  reading included): a chart found in a folder later still says which codings it counts.
- Deterministic files: SVG ids from a fixed salt, no date in the file, text kept as text
  (``svg.fonttype: none``), written atomically (``exchange.tables.write_atomically``).
"""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from matplotlib import rc_context
from matplotlib.colors import ListedColormap, to_rgb
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Patch
from matplotlib.textpath import TextToPath
from matplotlib.ticker import MaxNLocator
from matplotlib.transforms import ScaledTranslation

from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed
from qdacoder.exchange.tables import write_atomically
from qdacoder.core.names import NameFilter
from qdacoder.reports.outfiles import figure_bytes
from qdacoder.reports.summary_report import FILTERS

Translate = Callable[[str], str]

COLORS = {"promoting": "#009E73", "hindering": "#D55E00", "none": "#999999", "codings": "#0072B2"}
PROMOTING = QT_TRANSLATE_NOOP("qdacoder", "promoting")
HINDERING = QT_TRANSLATE_NOOP("qdacoder", "hindering")
NO_VALENCE = QT_TRANSLATE_NOOP("qdacoder", "no valence")
CODINGS = QT_TRANSLATE_NOOP("qdacoder", "Codings")
FREQUENCIES = QT_TRANSLATE_NOOP("qdacoder", "Code frequencies")
NOT_KNOWN = QT_TRANSLATE_NOOP("qdacoder", "not known")
NOTHING = QT_TRANSLATE_NOOP("qdacoder", "Nothing to show.")
UNSUPPORTED = QT_TRANSLATE_NOOP("qdacoder", "{file}: a chart is saved as .png or .svg, not as {extension}.")
MAX_LABEL = 48
MAX_ANNOTATED = 900  # cells: above this the numbers are left out of the heat map
WRAP = 32  # characters per line of a code's name in a chart; two lines at most
INDENT = "   "  # per level of the codebook
LABEL_SIZE = 8
TITLE_SIZE = 10
FOOT_SIZE = 7  # the filter line under a chart
PRINT_DPI = 300  # a chart in a Word document, printed
SWATCH = 9  # points: the square of a code's colour beside its name in a heat map


class ChartFileError(ImportFailed):
    """A chart that cannot be written to a file; ``params["file"]`` names it."""


def _same(text: str) -> str:
    return text


def short(label: str) -> str:
    """A long code path shortened at the front ("…/Steun/Mentor"): the end names the code."""
    return label if len(label) <= MAX_LABEL else "…" + label[-(MAX_LABEL - 1):]


def _fresh(figure: Figure | None, width: float, height: float) -> Figure:
    """A cleared figure of the chart's own size (``width`` x ``height`` inches). The window
    shows it at least that large (``AnalysisTab``) and lets it grow with the pane."""
    if figure is None:
        return Figure(figsize=(width, height), layout="constrained")
    figure.clear()
    figure.set_layout_engine("constrained")
    figure.set_size_inches(width, height)
    return figure


def text_inches(text: str, size: float = LABEL_SIZE, bold: bool = False) -> tuple[float, float]:
    """The width and height of ``text`` (lines included) in inches, as matplotlib draws it."""
    font = FontProperties(size=size, weight="bold" if bold else "normal")
    measure = TextToPath()
    lines = text.split("\n") or [""]
    width = max(measure.get_text_width_height_descent(line or " ", font, ismath=False)[0] for line in lines)
    return width / 72, len(lines) * size * 1.25 / 72


def code_label(name: str, depth: int = 0) -> str:
    """A code as the codebook tree shows it: its name, indented by its depth, wrapped over two
    lines at most (then shortened with "…")."""
    lines = textwrap.wrap(name, WRAP, break_long_words=True) or [""]
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), WRAP, placeholder=" …")]
    return "\n".join(INDENT * depth + line for line in lines)


def _row_labels(rows) -> tuple[list[str], list[bool]]:
    """(labels, bold) of code rows (``name``, ``depth``) or of plain labels."""
    if rows and all(hasattr(r, "depth") and hasattr(r, "name") for r in rows):
        return [code_label(r.name, r.depth) for r in rows], [r.depth == 0 for r in rows]
    return [code_label(str(r)) for r in rows], [False] * len(rows)


def _set_row_labels(ax, positions, labels: list[str], bold: list[bool], swatch: bool = False) -> float:
    """Left-aligned tick labels (so the indentation shows), pushed out by the widest (and by
    a colour swatch); returns that width in inches."""
    widest = max((text_inches(label, bold=b)[0] for label, b in zip(labels, bold)), default=0.0)
    ax.set_yticks(positions, labels, fontsize=LABEL_SIZE, ha="left")
    for tick, b in zip(ax.get_yticklabels(), bold):
        if b:
            tick.set_fontweight("bold")
    ax.tick_params(axis="y", pad=widest * 72 + 8 + (SWATCH + 4 if swatch else 0))
    return widest


def _title(figure: Figure, title: str, width: float) -> None:
    """The title over the whole figure, from its left edge, wrapped to the figure's width."""
    if not title:
        return
    per_line = max(20, int(len(title) * (width - 0.3) / max(text_inches(title, TITLE_SIZE)[0], 0.1)))
    figure.suptitle("\n".join(textwrap.wrap(title, per_line)), x=0.01, ha="left", fontsize=TITLE_SIZE)


def _footer(filters_text: str, width: float, translate: Translate) -> tuple[str, float]:
    """The filter line wrapped to the figure's ``width``, and the height it takes (inches)."""
    if not filters_text:
        return "", 0.0
    text = translate(FILTERS).format(filters=filters_text)
    per_line = max(30, int(len(text) * (width - 0.3) / max(text_inches(text, FOOT_SIZE)[0], 0.1)))
    wrapped = "\n".join(textwrap.wrap(text, per_line))
    return wrapped, text_inches(wrapped, FOOT_SIZE)[1] + 0.1


def _bar_color(row, colors: dict[int, str] | None) -> str:
    color = (colors or {}).get(getattr(row, "code_id", None))
    try:
        return color if color and to_rgb(color) else COLORS["codings"]
    except ValueError:
        return COLORS["codings"]


def frequency_chart(rows: Sequence, *, stacked_by_valence: bool = False, translate: Translate = _same,
                    title: str | None = None, figure: Figure | None = None,
                    colors: dict[int, str] | None = None, filters_text: str = "") -> Figure:
    """Horizontal bars of the codings of each row of ``frequency_table`` (the code's branch),
    the first row on top, each in its code's colour (``colors``: code id -> "#rrggbb");
    stacked promoting / hindering / no valence when asked; ``filters_text`` (the filters and
    the reading in words) under it."""
    title = title if title is not None else translate(FREQUENCIES)
    labels, bold = _row_labels(rows)
    lines = sum(label.count("\n") + 1 for label in labels) or 1
    label_width = max((text_inches(label, bold=b)[0] for label, b in zip(labels, bold)), default=0.0)
    width = max(label_width + 4.6, text_inches(title, TITLE_SIZE)[0] * 0.6 + 0.5, 6.0)
    footer, foot_height = _footer(filters_text, width, translate)
    height = 1.4 + 0.17 * lines + 0.09 * max(len(rows), 1) + (0.3 if title else 0) + foot_height
    figure = _fresh(figure, width, height)
    _title(figure, title, width)
    if footer:
        figure.supxlabel(footer, x=0.01, ha="left", fontsize=FOOT_SIZE)
    ax = figure.add_subplot()
    if not rows:
        ax.text(0.5, 0.5, translate(NOTHING), transform=ax.transAxes, ha="center", va="center")
        ax.set_axis_off()
        return figure
    y = np.arange(len(rows))[::-1]
    counts = [r.subtree for r in rows]
    if stacked_by_valence:
        left = np.zeros(len(rows))
        for key, label, values in (("promoting", PROMOTING, [c.promoting for c in counts]),
                                   ("hindering", HINDERING, [c.hindering for c in counts]),
                                   ("none", NO_VALENCE, [c.no_valence for c in counts])):
            ax.barh(y, values, left=left, color=COLORS[key], label=translate(label), height=0.7)
            left += values
        ax.legend(loc="lower right", fontsize=LABEL_SIZE, frameon=False)
    else:
        ax.barh(y, [c.codings for c in counts], color=[_bar_color(r, colors) for r in rows], height=0.7,
                edgecolor="#555555", linewidth=0.3)  # a pale code colour still has an edge
    _set_row_labels(ax, y, labels, bold)
    ax.set_xlabel(translate(CODINGS), fontsize=LABEL_SIZE)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # codings are counted: no 2.5
    ax.tick_params(axis="x", labelsize=LABEL_SIZE)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color="#eeeeee", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.set_ylim(-0.6, len(rows) - 0.4)
    return figure


def heatmap(matrix, *, values: Sequence[Sequence[float | None]] | None = None, title: str = "",
            translate: Translate = _same, figure: Figure | None = None,
            colors: dict[int, str] | None = None, filters_text: str = "") -> Figure:
    """A heat map of ``matrix`` (anything with ``row_labels``, ``column_labels`` and, unless
    ``values`` are given, ``counts``; code rows are named as in the codebook when the matrix
    has ``rows`` with ``name`` and ``depth``): darker is more, the number in each cell when
    there is room; None cells hatched grey as not known; ``filters_text`` under it."""
    grid = [list(r) for r in (values if values is not None else matrix.counts)]
    rows, columns = list(matrix.row_labels), list(matrix.column_labels)
    labels, bold = _row_labels(list(getattr(matrix, "rows", rows)) if rows else [])
    if len(labels) != len(rows):
        labels, bold = _row_labels(rows)
    column_labels = [short(c) for c in columns]
    label_width = max((text_inches(label, bold=b)[0] for label, b in zip(labels, bold)), default=0.0)
    label_height = sum(text_inches(label)[1] for label in labels)
    column_height = max((text_inches(c)[0] for c in column_labels), default=0.0) * 0.87  # at 60 degrees
    width = min(max(label_width + 0.42 * max(len(columns), 1) + 1.5, text_inches(title, TITLE_SIZE)[0] * 0.5 + 0.5,
                    4.0), 40)
    unknown = any(v is None for row in grid for v in row)  # then a legend at the bottom right
    footer, foot_height = _footer(filters_text, width * 0.6 if unknown else width, translate)
    height = min(max(label_height * 1.15, 0.3 * max(len(rows), 1)) + column_height + 1.0 + (0.35 if title else 0)
                 + foot_height, 200)
    figure = _fresh(figure, width, height)
    _title(figure, title, width)
    if footer:
        figure.supxlabel(footer, x=0.01, ha="left", fontsize=FOOT_SIZE)
    ax = figure.add_subplot()
    if not rows or not columns:
        ax.text(0.5, 0.5, translate(NOTHING), transform=ax.transAxes, ha="center", va="center")
        ax.set_axis_off()
        return figure
    data = np.ma.masked_invalid(np.array([[np.nan if v is None else float(v) for v in r] for r in grid]))
    top = float(data.max()) if data.count() else 0.0
    scale = ListedColormap(_blues(256)).with_extremes(bad="#e6e6e6")
    image = ax.imshow(data, cmap=scale, vmin=0, vmax=top or 1, aspect="auto", interpolation="nearest")
    for i, row in enumerate(grid):
        for j, value in enumerate(row):
            if value is None:
                ax.add_patch(_hatch(j, i))
            elif len(rows) * len(columns) <= MAX_ANNOTATED:
                text = f"{value:.2f}".replace(".", ",") if isinstance(value, float) else str(value)
                dark = top and value / top > 0.55
                ax.text(j, i, text, ha="center", va="center", fontsize=7, color="white" if dark else "black")
    ax.set_xticks(range(len(columns)), column_labels, rotation=60, ha="right", rotation_mode="anchor",
                  fontsize=LABEL_SIZE)
    _set_row_labels(ax, range(len(rows)), labels, bold,
                    swatch=bool(colors) and all(hasattr(r, "code_id") for r in getattr(matrix, "rows", [None])))
    ax.tick_params(length=0)
    if colors:  # the code's colour beside its name, as in the codebook tree
        codes = list(getattr(matrix, "rows", []))
        if len(codes) == len(rows) and all(hasattr(r, "code_id") for r in codes):
            beside = ax.get_yaxis_transform() + ScaledTranslation(-SWATCH / 72, 0, figure.dpi_scale_trans)
            ax.scatter([0] * len(rows), range(len(rows)), s=(SWATCH - 2) ** 2, marker="s", transform=beside,
                       c=[_bar_color(r, colors) for r in codes], edgecolors="#555555", linewidths=0.3, clip_on=False)
    bar = figure.colorbar(image, ax=ax, shrink=0.6, aspect=25)
    bar.ax.tick_params(labelsize=7)
    if all(isinstance(v, (int, np.integer)) for row in grid for v in row if v is not None):
        bar.locator = MaxNLocator(integer=True)  # counts: whole numbers on the scale too
        bar.update_ticks()
    if any(v is None for row in grid for v in row):
        figure.legend(handles=[Patch(facecolor="#e6e6e6", hatch="///", edgecolor="#999999",
                                     label=translate(NOT_KNOWN))],
                      loc="outside lower right", fontsize=LABEL_SIZE, frameon=False)
    return figure


def _blues(n: int) -> list[tuple[float, float, float]]:
    """White to dark blue (#08306B), evenly: readable in grey print as well."""
    low, high = np.array([1.0, 1.0, 1.0]), np.array([0x08, 0x30, 0x6B]) / 255
    return [tuple(low + (high - low) * k / (n - 1)) for k in range(n)]


def _hatch(column: int, row: int) -> Patch:
    from matplotlib.patches import Rectangle

    return Rectangle((column - 0.5, row - 0.5), 1, 1, facecolor="#e6e6e6", hatch="///", edgecolor="#999999",
                     linewidth=0)


def save_figure(figure: Figure, path: str | os.PathLike, *, names: NameFilter) -> None:
    """Write ``figure`` as PNG (150 dpi) or SVG, by the extension; atomically, the same bytes
    for the same chart. Raises ``ChartFileError``; then no file was written."""
    path = Path(path)
    file, extension = path.name or str(path), path.suffix.lower()
    if extension not in (".png", ".svg"):
        raise ChartFileError(UNSUPPORTED, file=file, extension=extension or "?")
    with rc_context({"svg.hashsalt": "qdacoder-chart", "svg.fonttype": "none"}):
        data = figure_bytes(figure, extension[1:], names, dpi=150,
                            metadata={"Date": None} if extension == ".svg" else {"Software": None})
    write_atomically(path, data, file, ChartFileError)
