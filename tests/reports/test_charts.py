"""The frequency bar chart and the matrix heat map: drawn from the same rows and matrices as
the tables, "not known" hatched instead of 0, PNG and SVG files the same every time."""

import xml.etree.ElementTree as ET

import pytest
from matplotlib.figure import Figure
from matplotlib.image import AxesImage
from matplotlib.patches import Rectangle

from qdacoder.analysis.filters import Filters
from qdacoder.analysis.frequency_table import frequency_table
from qdacoder.analysis.matrices import code_matrix
from qdacoder.reports.charts import (
    COLORS, ChartFileError, code_label, frequency_chart, heatmap, save_figure, short, text_inches,
)
from qdacoder.core.names import NO_NAMES

from ..analysis.test_frequency_table import build_study

DUTCH = {"promoting": "bevorderend", "hindering": "belemmerend", "no valence": "geen valentie",
         "not known": "onbekend", "Codings": "Coderingen"}


def dutch(text):
    return DUTCH.get(text, text)


@pytest.fixture
def study(project):
    return build_study(project)


def bars(figure, color=None):
    ax = figure.axes[0]
    return [p for p in ax.patches if isinstance(p, Rectangle) and (color is None or p.get_facecolor()[:3] == color)]


def rgb(hex_color):
    return tuple(int(hex_color[i:i + 2], 16) / 255 for i in (1, 3, 5))


def test_bars_are_the_branch_codings_first_row_on_top(project, study):
    figure = frequency_chart(frequency_table(project), translate=dutch)
    assert isinstance(figure, Figure) and figure.canvas.__class__.__name__ == "FigureCanvasBase"  # no GUI
    ax = figure.axes[0]
    labels = [t.get_text() for _, t in sorted(zip(ax.get_yticks(), ax.get_yticklabels()), key=lambda p: p[0])]
    # bottom to top, named as in the codebook tree: the name, indented by depth
    assert labels == ["Participatie", "   Wachtlijst", "   Steun", "Factoren"]
    assert [t.get_fontweight() for t in ax.get_yticklabels()] == ["bold", "normal", "normal", "bold"]  # top to bottom
    widths = sorted((bar.get_y(), bar.get_width()) for bar in bars(figure))
    assert [w for _, w in widths] == [3, 5, 7, 13]  # Participatie at the bottom ... Factoren on top
    assert ax.get_xlabel() == "Coderingen"


def test_stacked_by_valence(project, study):
    figure = frequency_chart(frequency_table(project), stacked_by_valence=True, translate=dutch)
    top = max(bar.get_y() for bar in bars(figure))  # the Factoren row: 6 promoting, 5 hindering, 2 neither
    segments = {bar.get_facecolor()[:3]: (bar.get_x(), bar.get_width()) for bar in bars(figure) if bar.get_y() == top}
    assert segments == {rgb(COLORS["promoting"]): (0, 6), rgb(COLORS["hindering"]): (6, 5), rgb(COLORS["none"]): (11, 2)}
    legend = [t.get_text() for t in figure.axes[0].get_legend().get_texts()]
    assert legend == ["bevorderend", "belemmerend", "geen valentie"]


def test_heatmap_shows_the_counts_and_hatches_what_is_not_known(project, study):
    matrix = code_matrix(project, filters=Filters(kinds=frozenset({"transcript"})))
    figure = heatmap(matrix, title="Codes per casus", translate=dutch)
    ax = figure.axes[0]
    image = next(a for a in ax.get_children() if isinstance(a, AxesImage))
    data = image.get_array()
    assert data.filled(-1).tolist() == [[3, 2, -1, -1, -1], [2, 1, -1, -1, -1], [1, 1, -1, -1, -1], [1, 1, -1, -1, -1]]
    hatched = [p for p in ax.patches if p.get_hatch() == "///"]
    assert len(hatched) == 4 * 3  # Fenna, Jesse and Sem have no transcript
    assert [t.get_text() for t in ax.texts][:2] == ["3", "2"]
    assert [t.get_text() for t in ax.get_xticklabels()] == matrix.column_labels
    assert [t.get_text() for t in figure.legends[0].get_texts()] == ["onbekend"]


def test_heatmap_of_presence_and_of_an_empty_matrix(project, study):
    matrix = code_matrix(project)
    figure = heatmap(matrix, values=matrix.values(presence=True))
    image = next(a for a in figure.axes[0].get_children() if isinstance(a, AxesImage))
    assert image.get_array().filled(-1).tolist()[3] == [1, 1, 0, 0, -1]
    empty = code_matrix(project, code_ids=[])
    assert heatmap(empty).axes[0].texts[0].get_text() == "Nothing to show."


def test_long_paths_are_shortened_at_the_front():
    path = "Bevorderende factoren/Steun uit het netwerk/Een vaste mentor op school die luistert"
    assert short(path).startswith("…") and short(path).endswith("die luistert") and len(short(path)) == 48
    assert short("Steun") == "Steun"


def test_png_and_svg_files_are_the_same_every_time(project, study, tmp_path):
    rows = frequency_table(project)
    for name in ("a.svg", "b.svg", "a.png", "b.png"):
        save_figure(frequency_chart(rows, stacked_by_valence=True), tmp_path / name, names=NO_NAMES)
    assert (tmp_path / "a.svg").read_bytes() == (tmp_path / "b.svg").read_bytes()
    assert (tmp_path / "a.png").read_bytes() == (tmp_path / "b.png").read_bytes()
    assert (tmp_path / "a.png").read_bytes().startswith(b"\x89PNG")
    svg = ET.parse(tmp_path / "a.svg").getroot()
    assert "Steun" in "".join(svg.itertext())  # text stays text


def test_an_unknown_extension_writes_nothing(project, study, tmp_path):
    with pytest.raises(ChartFileError) as raised:
        save_figure(frequency_chart(frequency_table(project)), tmp_path / "grafiek.pdf", names=NO_NAMES)
    assert "grafiek.pdf" in str(raised.value) and ".pdf" in str(raised.value)
    assert not [p for p in tmp_path.iterdir() if "grafiek" in p.name]


def test_drawing_into_a_kept_figure_replaces_what_was_there(project, study):
    figure = Figure()
    frequency_chart(frequency_table(project), figure=figure)
    frequency_chart(frequency_table(project), figure=figure)
    assert len(figure.axes) == 1


def test_each_bar_in_its_codes_colour_and_whole_number_ticks(project, study):
    rows = frequency_table(project)
    colors = {row.code_id: color for row, color in zip(rows, ("#E69F00", "#56B4E9", "#CC79A7", "#000000"))}
    figure = frequency_chart(rows, colors=colors)
    figure.canvas.draw()
    ax = figure.axes[0]
    by_width = {bar.get_width(): bar.get_facecolor()[:3] for bar in bars(figure)}
    assert by_width == {13: rgb("#E69F00"), 7: rgb("#56B4E9"), 5: rgb("#CC79A7"), 3: rgb("#000000")}
    assert all(float(t).is_integer() for t in ax.get_xticks())
    # a code without a known colour gets the chart's blue
    assert {b.get_facecolor()[:3] for b in bars(frequency_chart(rows))} == {rgb(COLORS["codings"])}


def test_nothing_is_clipped_and_no_layout_warning(project, study, recwarn):
    """The heat map of a few columns had its title cut ("Codes by ca") and constrained layout
    gave up: every text lies inside the figure now."""
    title = "Codes by case – Een onderzoek met een heel lange titel over jongeren in de jeugdzorg"
    matrix = code_matrix(project)
    # the demo's shape, where it went wrong: long code names, two cases
    from types import SimpleNamespace

    names = ["Bevorderende factoren", "Betrokken vaste hulpverlener", "Luisteren naar de jeugdige en zijn ouders",
             "Niet betrokken bij besluitvorming"] * 5
    demo = SimpleNamespace(rows=[SimpleNamespace(name=n, depth=i % 3) for i, n in enumerate(names)],
                           row_labels=names, column_labels=["Casus 1", "Casus 2"], counts=[[i, 2] for i in range(20)])
    for figure in (heatmap(matrix, title=title), heatmap(demo, title="Codes by case – Demo: Wat helpt jongeren?"),
                   frequency_chart(frequency_table(project), title=title)):
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        canvas = FigureCanvasAgg(figure)  # as the PNG file is drawn
        canvas.draw()
        renderer = canvas.get_renderer()
        box = figure.bbox
        drawn = [ax.get_tightbbox(renderer) for ax in figure.axes]  # axes with their labels and titles
        drawn += [figure._suptitle.get_window_extent(renderer)] + [l.get_window_extent(renderer) for l in figure.legends]
        for extent in drawn:
            assert extent.x0 >= box.x0 - 1 and extent.x1 <= box.x1 + 1, extent
            assert extent.y0 >= box.y0 - 1 and extent.y1 <= box.y1 + 1, extent
        main = figure.axes[0].get_window_extent(renderer)
        assert main.width / figure.dpi >= 2.0 or main.width / figure.dpi / max(
            len(figure.axes[0].get_xticks()), 1) >= 0.3  # room for the bars, or for the numbers in the cells
        assert "".join(figure._suptitle.get_text().split()) in ("".join(title.split()), "Codesbycase–Demo:Wathelptjongeren?")
    assert not [w for w in recwarn if "constrained_layout" in str(w.message)]


def test_long_names_are_wrapped_then_shortened():
    assert code_label("Steun", 2) == "      Steun"
    label = code_label("Een vaste mentor op school die echt luistert naar wat de jongere zelf wil en kan", 1)
    assert len(label.split("\n")) == 2 and label.endswith("…") and all(line.startswith("   ") for line in label.split("\n"))
    assert text_inches("Wachtlijst")[0] < text_inches("Wachtlijst", bold=True)[0]


def test_the_heat_map_shows_each_codes_colour_beside_its_name(project, study):
    from matplotlib.collections import PathCollection

    matrix = code_matrix(project)
    colors = {row.code_id: color for row, color in zip(matrix.rows, ("#E69F00", "#56B4E9", "#CC79A7", "#000000"))}
    swatches = [c for c in heatmap(matrix, colors=colors).axes[0].collections if isinstance(c, PathCollection)]
    assert len(swatches) == 1
    assert [tuple(c[:3]) for c in swatches[0].get_facecolors()] == [rgb(colors[r.code_id]) for r in matrix.rows]
    assert not [c for c in heatmap(matrix).axes[0].collections if isinstance(c, PathCollection)]
