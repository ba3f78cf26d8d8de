"""The timeline chart: lanes, bars for episodes, marks for points, turning points drawn
differently, ages placed by birth date, PNG and SVG files that are the same every time."""

import datetime as dt
import xml.etree.ElementTree as ET

import matplotlib
import pytest
from matplotlib import dates as mdates
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from qdacoder.core import attributes, cases, events
from qdacoder.core.schema import LANES
from qdacoder.reports.timeline_chart import (LANE_LABELS, TimelineFileError, event_text, save_timeline,
                                             timeline_figure)


def add(project, case_id, lane, start, **fields):
    return events.add_event(project, case_id=case_id, lane=lane, start=start, **fields).result


def day(y, m, d):
    return mdates.date2num(dt.datetime(y, m, d))


def artists_of(figure, event_id):
    return [a for a, e in figure.event_artists.items() if e == event_id]


@pytest.fixture
def noor(project):
    case = cases.add_case(project, "Casus Noor").result
    ids = {
        "moeder": add(project, case, "wonen", "2008", end="2014", label="Thuis bij moeder"),
        "linde": add(project, case, "wonen", "2016-02", end="2018-06", precision="month",
                     label="Leefgroep De Linde", turning_point=True),
        "wijkteam": add(project, case, "hulp", "2013-03-12", precision="day", provider="Wijkteam Noord",
                        care_type="ambulant"),
        "scheiding": add(project, case, "gezin", "2013", label="Scheiding ouders", turning_point=True),
        "verjaardag": add(project, case, "leven", "10", precision="age", label="Tiende verjaardag"),
    }
    return case, ids


def test_lanes_bars_points_and_turning_points(project, noor):
    case, ids = noor
    figure = timeline_figure(project, case)
    assert isinstance(figure, Figure) and figure.canvas.__class__.__name__ == "FigureCanvasBase"  # no GUI
    ax = figure.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [LANE_LABELS[lane] for lane in LANES]
    lane_y = {lane: len(LANES) - 1 - i for i, lane in enumerate(LANES)}

    (bar,) = artists_of(figure, ids["moeder"])  # an episode: a bar over its whole written period
    assert isinstance(bar, Rectangle)
    assert (bar.get_x(), bar.get_x() + bar.get_width()) == (day(2008, 1, 1), day(2015, 1, 1))
    assert bar.get_y() + bar.get_height() / 2 == pytest.approx(lane_y["wonen"])

    (mark,) = artists_of(figure, ids["wijkteam"])  # a point: a round mark on its day
    assert isinstance(mark, Line2D) and mark.get_marker() == "o"
    assert (mark.get_xdata()[0], mark.get_ydata()[0]) == (day(2013, 3, 12), lane_y["hulp"])

    (star,) = artists_of(figure, ids["scheiding"])  # a turning point: a star, not a dot
    assert star.get_marker() == "*" and star.get_markersize() > mark.get_markersize()
    bold_bar, bar_star = sorted(artists_of(figure, ids["linde"]), key=lambda a: isinstance(a, Line2D))
    assert isinstance(bold_bar, Rectangle) and bar_star.get_marker() == "*"
    assert bold_bar.get_linewidth() > bar.get_linewidth()
    assert matplotlib.colors.to_hex(bold_bar.get_edgecolor()) == "#000000"
    assert all(a.get_picker() for a in figure.event_artists)

    # an age without a birth date cannot be placed among dates: left out, and the title says so
    assert figure.unplaced_event_ids == [ids["verjaardag"]]
    assert "1 event(s) given as an age are not shown" in ax.get_title(loc="left")
    texts = [t.get_text() for t in ax.texts]
    assert "Thuis bij moeder" in texts and "Wijkteam Noord (ambulant)" in texts
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert legend == ["Episode", "Event", "Turning point"]


def test_a_birth_date_places_ages_among_dates(project, noor):
    case, ids = noor
    birth = attributes.add_variable(project, target="case", name="Geboortedatum", type="date").result
    attributes.set_value(project, birth, case, "2008-05-01")
    figure = timeline_figure(project, case)
    (mark,) = artists_of(figure, ids["verjaardag"])
    assert mark.get_xdata()[0] == day(2008, 5, 1) + round(10 * 365.25)
    assert figure.unplaced_event_ids == []
    assert "not shown" not in figure.axes[0].get_title(loc="left")


def test_only_ages_give_an_age_axis(project):
    case = cases.add_case(project, "Casus Daan").result
    help_id = add(project, case, "hulp", "7", end="9,5", precision="age", care_type="ambulant")
    figure = timeline_figure(project, case, translate=lambda text: {"Age (years)": "Leeftijd (jaren)",
                                                                    "Help": "Hulp"}.get(text, text))
    ax = figure.axes[0]
    assert ax.get_xlabel() == "Leeftijd (jaren)" and "Hulp" in [t.get_text() for t in ax.get_yticklabels()]
    (bar,) = artists_of(figure, help_id)
    assert (bar.get_x(), bar.get_width()) == (7.0, 2.5)


def test_an_empty_timeline_says_so(project):
    case = cases.add_case(project, "Casus Sem").result
    figure = timeline_figure(project, case)
    assert figure.event_artists == {}
    assert [t.get_text() for t in figure.axes[0].texts] == ["No events on this timeline yet."]


def test_drawing_again_into_the_same_figure_replaces_the_chart(project, noor):
    case, _ids = noor
    figure = timeline_figure(project, case)
    again = timeline_figure(project, case, figure=figure)
    # bar, bar + star of the turning point, mark, star; the age without a birth date is not drawn
    assert again is figure and len(figure.axes) == 1 and len(figure.event_artists) == 5


def test_event_text_shortens_long_labels():
    long = events.Event(1, "g", 1, "hulp", "Een heel lange omschrijving van de hulp thuis", "year", "2015", None,
                        "", "ambulant", None, False, "")
    assert len(event_text(long)) == 34 and event_text(long).endswith("…")


def test_png_and_svg_files_are_the_same_every_time(project, noor, tmp_path):
    case, _ids = noor
    fonttype = matplotlib.rcParams["svg.fonttype"]
    save_timeline(project, case, tmp_path / "noor.png")
    save_timeline(project, case, tmp_path / "NOOR.SVG")
    png = (tmp_path / "noor.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    svg = (tmp_path / "NOOR.SVG").read_bytes()
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert "Leefgroep De Linde" in "".join(root.itertext())  # text stays text in the SVG
    save_timeline(project, case, tmp_path / "again.png")
    save_timeline(project, case, tmp_path / "again.svg")
    assert (tmp_path / "again.png").read_bytes() == png and (tmp_path / "again.svg").read_bytes() == svg
    assert matplotlib.rcParams["svg.fonttype"] == fonttype  # nothing global left changed


def test_files_that_cannot_be_written(project, noor, tmp_path):
    case, _ids = noor
    with pytest.raises(TimelineFileError, match=r"noor.pdf: a timeline is saved as .png or .svg, not as .pdf"):
        save_timeline(project, case, tmp_path / "noor.pdf")
    with pytest.raises(TimelineFileError, match="noor.png: the folder to write this file in does not exist"):
        save_timeline(project, case, tmp_path / "weg" / "noor.png")
