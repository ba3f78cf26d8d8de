"""The analysis window's chart pane: the chart fills the pane and follows its size, never below
the chart's own size (then the pane scrolls), and the PNG it writes is the command line's."""

from qdacoder.reports.charts import frequency_chart, save_figure
from qdacoder.analysis.filters import describe
from qdacoder.analysis.frequency_table import frequency_table
from qdacoder.core.codes import list_codes
from qdacoder.core.names import name_filter

from tests.analysis.test_frequency_table import build_study
from tests.ui.analysis.test_analysis_window import show


def test_the_chart_fills_the_pane_and_follows_it(qtbot, window, tmp_path):
    build_study(window.project)
    analysis = window.tools.analysis_window()
    analysis.resize(1400, 1000)
    analysis.show()
    qtbot.waitExposed(analysis)
    tab = analysis.frequencies
    show(analysis, tab)
    tab.views.setCurrentIndex(1)
    own = tab.canvas.minimumSize()
    scroll = tab.views.currentWidget()
    qtbot.waitUntil(lambda: tab.canvas.width() == scroll.viewport().width())
    assert tab.canvas.width() > own.width()  # the pane is wider than the chart's own size: filled
    dpi = tab.figure.dpi / tab.canvas.device_pixel_ratio
    assert abs(tab.figure.get_figwidth() * dpi - tab.canvas.width()) <= 2  # the figure is the canvas's size
    analysis.resize(1600, 1000)
    qtbot.waitUntil(lambda: tab.canvas.width() == scroll.viewport().width())
    assert abs(tab.figure.get_figwidth() * dpi - tab.canvas.width()) <= 2  # and follows it
    # a pane smaller than the chart: the chart keeps its own size and the pane scrolls
    tab.canvas.setMinimumSize(own.width() * 3, own.height() * 3)  # as a chart of a big codebook would be
    qtbot.waitUntil(lambda: tab.canvas.width() == own.width() * 3)
    assert scroll.horizontalScrollBar().maximum() > 0 and scroll.verticalScrollBar().maximum() > 0
    assert abs(tab.figure.get_figwidth() * dpi - tab.canvas.width()) <= 2

    # the file is the chart at its own size, the same bytes as the command line writes
    assert analysis.export_chart(tmp_path / "venster.png", tab)
    p = window.project
    save_figure(frequency_chart(frequency_table(p), title=tab.title, colors={c.id: c.color for c in list_codes(p)},
                                filters_text=describe(p, analysis.filters())),  # its filter line under it
                tmp_path / "cli.png", names=name_filter(p))
    assert (tmp_path / "venster.png").read_bytes() == (tmp_path / "cli.png").read_bytes()
