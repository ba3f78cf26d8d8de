"""The timeline of one case as a chart: a lane per kind of event, episodes as bars, point
events as marks, turning points highlighted; for the window and as PNG or SVG for a report.

Design rules (why):
- matplotlib's object API only (``Figure()``, never pyplot): no global figure registry and no
  GUI backend, so the same code draws in the window, on the command line and in tests.
- The x axis is age in years when every event is given as an age; otherwise it is dates.
  Then ages are placed with the case's birth date (see ``analysis.timeline_metrics``); without
  one they cannot be placed, are left out, and the title says how many.
- A dated start is the first day of its period and a dated end the last day of its period
  (an episode "2015"–"2017" runs from 1 January 2015 to the end of 2017, its whole written
  extent); a point event sits at the first day of its period, on the tick of its year. An
  age is a moment ("8" is the 8th birthday), for starts and ends alike. The figures use the
  same placing (``first_day``), so the chart and the derived attributes agree.
- Turning points are drawn differently in two ways, not by colour alone: a star (on a point,
  or at the start of an episode) and a bold black outline; the legend says so.
- Labels go beside their event in a small font (long ones shortened with "…"), above or
  below the lane, whichever line is free there; when both are taken the label moves right to
  where one frees, so labels never overlap and none is hidden.
- Deterministic: events in a fixed order, no randomness; SVG ids from a fixed salt and no
  date in the file, so the same timeline gives the same file (reports under version control).
  SVG text stays text (``svg.fonttype: none``): it can be edited and searched in the report.
- ``figure.event_artists`` maps every drawn artist (bar, mark, star) to its event id, so a
  click in the window finds the event; ``figure.unplaced_event_ids`` lists those left out.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta
from pathlib import Path

from matplotlib import dates as mdates
from matplotlib import rc_context
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from qdacoder.analysis.timeline_metrics import DAYS_PER_YEAR, birth_dates, date_at_age, first_day, last_day
from qdacoder.core.cases import get_case
from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed
from qdacoder.core.events import Event, list_events
from qdacoder.core.project import Project
from qdacoder.core.schema import LANES
from qdacoder.exchange.tables import write_atomically
from qdacoder.core.names import name_filter
from qdacoder.reports.outfiles import figure_bytes

LANE_LABELS = {
    "wonen": QT_TRANSLATE_NOOP("qdacoder", "Living"), "onderwijs": QT_TRANSLATE_NOOP("qdacoder", "School"),
    "hulp": QT_TRANSLATE_NOOP("qdacoder", "Help"), "gezin": QT_TRANSLATE_NOOP("qdacoder", "Family"),
    "diagnose": QT_TRANSLATE_NOOP("qdacoder", "Diagnosis"), "leven": QT_TRANSLATE_NOOP("qdacoder", "Life events"),
}
# Okabe-Ito colours: told apart with the common kinds of colour blindness
LANE_COLORS = {"wonen": "#0072B2", "onderwijs": "#009E73", "hulp": "#D55E00", "gezin": "#CC79A7",
               "diagnose": "#56B4E9", "leven": "#E69F00"}
STAR_COLOR = "#F0E442"
EPISODE = QT_TRANSLATE_NOOP("qdacoder", "Episode")
POINT = QT_TRANSLATE_NOOP("qdacoder", "Event")
TURNING_POINT = QT_TRANSLATE_NOOP("qdacoder", "Turning point")
AGE_AXIS = QT_TRANSLATE_NOOP("qdacoder", "Age (years)")
NO_EVENTS = QT_TRANSLATE_NOOP("qdacoder", "No events on this timeline yet.")
UNPLACED = QT_TRANSLATE_NOOP("qdacoder", "{count} event(s) given as an age are not shown: the case has no "
                                         "birth date (a date attribute “geboortedatum”).")
UNSUPPORTED = QT_TRANSLATE_NOOP("qdacoder", "{file}: a timeline is saved as .png or .svg, not as {extension}.")
FONT_SIZE = 7
MAX_LABEL = 34


class TimelineFileError(ImportFailed):
    """A timeline that cannot be written to a file; ``params["file"]`` names it."""


def identity(text: str) -> str:
    return text


def _day(d: date) -> float:
    return float(mdates.date2num(datetime(d.year, d.month, d.day)))


Placed = list[tuple[Event, float, float | None]]  # (event, x of its start, x of its end or None)


def _place(events: list[Event], birth: date | None) -> tuple[bool, Placed, list[Event]]:
    """(by age?, the events placed, the events that cannot be placed)."""
    by_age = all(e.precision == "age" for e in events)
    placed, unplaced = [], []
    for e in events:
        if e.precision != "age":
            end = None if e.end is None else _day(last_day(e.precision, e.end) + timedelta(days=1))
            placed.append((e, _day(first_day(e.precision, e.start)), end))
        elif by_age:
            placed.append((e, float(e.start), None if e.end is None else float(e.end)))
        elif birth is not None:
            end = None if e.end is None else _day(date_at_age(birth, float(e.end)))
            placed.append((e, _day(date_at_age(birth, float(e.start))), end))
        else:
            unplaced.append(e)
    order = {lane: i for i, lane in enumerate(LANES)}
    placed.sort(key=lambda p: (order[p[0].lane], p[1], p[0].id))
    return by_age, placed, unplaced


def event_text(event: Event) -> str:
    """What the chart writes beside an event: its label (or provider), with the type of help."""
    text = event.label or event.provider
    if event.care_type:
        text = f"{text} ({event.care_type})" if text else event.care_type
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def timeline_figure(project: Project, case_id: int, *, translate=identity, figure: Figure | None = None) -> Figure:
    """The chart of the case's timeline. ``translate`` turns the English words into the
    user's language; ``figure`` (optional) is drawn into instead of a new one (the window
    keeps its canvas)."""
    case = get_case(project, case_id)
    birth = birth_dates(project, [case_id]).get(case_id)
    by_age, placed, unplaced = _place(list_events(project, case_id), birth)
    if figure is None:
        figure = Figure(figsize=(10, 1.4 + 0.55 * len(LANES)), layout="constrained")
    else:
        figure.clear()
        figure.set_layout_engine("constrained")
    ax = figure.add_subplot()
    figure.event_artists, figure.unplaced_event_ids = {}, [e.id for e in unplaced]
    rows = {lane: len(LANES) - 1 - i for i, lane in enumerate(LANES)}  # the first lane on top
    ax.set_yticks(list(rows.values()), [translate(LANE_LABELS[lane]) for lane in rows])
    ax.set_ylim(-0.7, len(LANES) - 0.3)
    for y in rows.values():
        ax.axhline(y - 0.5, color="#dddddd", linewidth=0.6, zorder=0)
    ax.tick_params(axis="both", labelsize=8)
    ax.grid(axis="x", color="#eeeeee", linewidth=0.6, zorder=0)
    title = case.name + ("\n" + translate(UNPLACED).format(count=len(unplaced)) if unplaced else "")
    ax.set_title(title, loc="left", fontsize=10)
    if not placed:
        ax.text(0.5, 0.5, translate(NO_EVENTS), transform=ax.transAxes, ha="center", va="center", fontsize=9)
        ax.set_xticks([])
        return figure
    xs = [x for _, x0, x1 in placed for x in (x0, x1) if x is not None]
    low, high = min(xs), max(xs)
    if high > low:
        span = high - low
        ax.set_xlim(low - 0.04 * span, high + 0.15 * span)  # room on the right for the last labels
    else:  # everything at one moment: show a year around it
        span = 1.0 if by_age else DAYS_PER_YEAR
        ax.set_xlim(low - span / 2, high + span / 2)
    _draw(ax, figure, placed, rows, span, translate)
    if by_age:
        ax.set_xlabel(translate(AGE_AXIS), fontsize=8)
    else:
        locator = mdates.AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        if birth is not None:  # ages on top: how old the youth was is what researchers ask
            born = _day(birth)
            top = ax.secondary_xaxis("top", functions=(lambda x: (x - born) / DAYS_PER_YEAR,
                                                       lambda a: a * DAYS_PER_YEAR + born))
            top.set_xlabel(translate(AGE_AXIS), fontsize=8)
            top.tick_params(labelsize=8)
    return figure


def _draw(ax, figure: Figure, placed: Placed, rows: dict[str, int], span: float, translate) -> None:
    points_per_unit = figure.get_figwidth() * 72 * 0.8 / (span * 1.19)  # axes ~80% of the figure width
    free: dict[tuple[int, int], float] = {}  # (row, level) -> x where that label line is free again
    for event, x0, x1 in placed:
        y, color, artists = rows[event.lane], LANE_COLORS[event.lane], []
        if x1 is not None:
            width = max(x1 - x0, 0.004 * span)  # an episode of one moment stays visible
            bar = ax.barh(y, width, left=x0, height=0.36, color=color, alpha=0.85, zorder=2,
                          edgecolor="black" if event.turning_point else color,
                          linewidth=2.2 if event.turning_point else 0.5)[0]
            artists.append(bar)
        if x1 is None or event.turning_point:
            star = event.turning_point
            (mark,) = ax.plot([x0], [y], linestyle="", marker="*" if star else "o", markersize=15 if star else 7,
                              markerfacecolor=STAR_COLOR if star else color,
                              markeredgecolor="black" if star else "white", markeredgewidth=1.2 if star else 0.8,
                              zorder=4, picker=True, pickradius=6)
            artists.append(mark)
        for artist in artists:
            artist.set_picker(True)
            figure.event_artists[artist] = event.id
        text = event_text(event)
        if not text:
            continue
        start = x0 + (0 if x1 is not None else 0.008 * span)
        width = len(text) * FONT_SIZE * 0.55 / points_per_unit
        level = min((0, 1), key=lambda lv: (max(free.get((y, lv), start), start), lv))
        start = max(free.get((y, level), start), start)  # both lines taken: move right, never overlap
        free[(y, level)] = start + width + 0.01 * span
        ax.text(start, y + (0.22 if level == 0 else -0.22), text, fontsize=FONT_SIZE, zorder=5,
                va="bottom" if level == 0 else "top", ha="left",
                fontweight="bold" if event.turning_point else "normal")
    figure.legend(handles=[
        Patch(facecolor="#999999", label=translate(EPISODE)),
        Line2D([], [], linestyle="", marker="o", markersize=7, color="#999999", label=translate(POINT)),
        Line2D([], [], linestyle="", marker="*", markersize=13, markerfacecolor=STAR_COLOR, markeredgecolor="black",
               label=translate(TURNING_POINT)),
    ], loc="outside lower center", ncol=3, frameon=False, fontsize=8)


def save_timeline(project: Project, case_id: int, path: str | os.PathLike, *, translate=identity) -> None:
    """Write the case's timeline as PNG (150 dpi) or SVG, by the extension; atomically.
    Raises ``TimelineFileError``; then no file was written."""
    path = Path(path)
    file, extension = path.name or str(path), path.suffix.lower()
    if extension not in (".png", ".svg"):
        raise TimelineFileError(UNSUPPORTED, file=file, extension=extension or "?")
    figure = timeline_figure(project, case_id, translate=translate)
    # rc_context restores the settings afterwards: nothing global is left changed
    with rc_context({"svg.hashsalt": "qdacoder-timeline", "svg.fonttype": "none"}):
        data = figure_bytes(figure, extension[1:], name_filter(project), dpi=150,
                            metadata={"Date": None} if extension == ".svg" else None)
    write_atomically(path, data, file, TimelineFileError)
