"""Charts of the analyses: a bar chart of the code frequencies (optionally stacked by
valence) and a heat map of a matrix (code x case, code x document, a crosstab, co-occurrence);
for the window and as PNG or SVG for a report.

Design rules (why):
- matplotlib's object API only (``Figure()``, never pyplot): no global state and no GUI
  backend. The window draws these very Figure objects on its canvas (``figure=`` draws into
  the window's own figure), so what is seen is what is exported.
- The charts take the rows and matrices the tables are made of (``frequency_table``,
  ``code_matrix``, ...): they compute no figure of their own.
- Valence colours are the Okabe-Ito colours (told apart with the common colour blindnesses),
  and every bar segment is also named in the legend. A cell that is not known (a case without
  a document of the filtered kind) is hatched grey and says so in the legend: never drawn as 0.
- Deterministic files: SVG ids from a fixed salt, no date in the file, text kept as text
  (``svg.fonttype: none``), written atomically (``exchange.tables.write_atomically``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from matplotlib import rc_context
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed
from qdacoder.exchange.tables import write_atomically
from qdacoder.core.names import NameFilter
from qdacoder.reports.outfiles import figure_bytes

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


class ChartFileError(ImportFailed):
    """A chart that cannot be written to a file; ``params["file"]`` names it."""


def _same(text: str) -> str:
    return text


def short(label: str) -> str:
    """A long code path shortened at the front ("…/Steun/Mentor"): the end names the code."""
    return label if len(label) <= MAX_LABEL else "…" + label[-(MAX_LABEL - 1):]


def _fresh(figure: Figure | None, width: float, height: float) -> Figure:
    if figure is None:
        return Figure(figsize=(width, height), layout="constrained")
    figure.clear()
    figure.set_layout_engine("constrained")
    figure.set_size_inches(width, height)  # the window shows the chart at the size it is exported
    return figure


def frequency_chart(rows: Sequence, *, stacked_by_valence: bool = False, translate: Translate = _same,
                    title: str | None = None, figure: Figure | None = None) -> Figure:
    """Horizontal bars of the codings of each row of ``frequency_table`` (the code's branch),
    the first row on top; stacked promoting / hindering / no valence when asked."""
    figure = _fresh(figure, 8, 1.2 + 0.26 * max(len(rows), 1))
    ax = figure.add_subplot()
    ax.set_title(title if title is not None else translate(FREQUENCIES), loc="left", fontsize=10)
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
        ax.legend(loc="lower right", fontsize=8, frameon=False)
    else:
        ax.barh(y, [c.codings for c in counts], color=COLORS["codings"], height=0.7)
    ax.set_yticks(y, [short(r.path) for r in rows], fontsize=8)
    ax.set_xlabel(translate(CODINGS), fontsize=8)
    ax.tick_params(axis="x", labelsize=8)
    ax.grid(axis="x", color="#eeeeee", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.set_ylim(-0.6, len(rows) - 0.4)
    return figure


def heatmap(matrix, *, values: Sequence[Sequence[float | None]] | None = None, title: str = "",
            translate: Translate = _same, figure: Figure | None = None) -> Figure:
    """A heat map of ``matrix`` (anything with ``row_labels``, ``column_labels`` and, unless
    ``values`` are given, ``counts``): darker is more, the number in each cell when there is
    room; None cells hatched grey as not known."""
    grid = [list(r) for r in (values if values is not None else matrix.counts)]
    rows, columns = list(matrix.row_labels), list(matrix.column_labels)
    figure = _fresh(figure, min(3 + 0.45 * max(len(columns), 1), 40), min(1.5 + 0.3 * max(len(rows), 1), 200))
    ax = figure.add_subplot()
    if title:
        ax.set_title(title, loc="left", fontsize=10)
    if not rows or not columns:
        ax.text(0.5, 0.5, translate(NOTHING), transform=ax.transAxes, ha="center", va="center")
        ax.set_axis_off()
        return figure
    data = np.ma.masked_invalid(np.array([[np.nan if v is None else float(v) for v in r] for r in grid]))
    top = float(data.max()) if data.count() else 0.0
    colors = ListedColormap(_blues(256)).with_extremes(bad="#e6e6e6")
    image = ax.imshow(data, cmap=colors, vmin=0, vmax=top or 1, aspect="auto", interpolation="nearest")
    for i, row in enumerate(grid):
        for j, value in enumerate(row):
            if value is None:
                ax.add_patch(_hatch(j, i))
            elif len(rows) * len(columns) <= MAX_ANNOTATED:
                text = f"{value:.2f}".replace(".", ",") if isinstance(value, float) else str(value)
                dark = top and value / top > 0.55
                ax.text(j, i, text, ha="center", va="center", fontsize=7, color="white" if dark else "black")
    ax.set_xticks(range(len(columns)), [short(c) for c in columns], rotation=60, ha="right",
                  rotation_mode="anchor", fontsize=8)
    ax.set_yticks(range(len(rows)), [short(r) for r in rows], fontsize=8)
    ax.tick_params(length=0)
    figure.colorbar(image, ax=ax, shrink=0.6).ax.tick_params(labelsize=7)
    if any(v is None for row in grid for v in row):
        figure.legend(handles=[Patch(facecolor="#e6e6e6", hatch="///", edgecolor="#999999",
                                     label=translate(NOT_KNOWN))],
                      loc="outside lower right", fontsize=8, frameon=False)
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
