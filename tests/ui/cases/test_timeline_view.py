"""The timeline view with real widgets offscreen, on a real project file: lanes, bars and
marks, a click on an event lists its passages, a passage can be opened, PNG and SVG export."""

import xml.etree.ElementTree as ET

import pytest
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from qdacoder.core import cases, codings, documents, events
from qdacoder.core.journal import Changes
from qdacoder.core.project import Project
from qdacoder.core.schema import LANES
from qdacoder.reports.timeline_chart import LANE_LABELS
from qdacoder.ui.cases.timeline import TimelineView, safe_name
from qdacoder.ui.session import Session

TEXT = (
    "Verslag casusoverleg Noor, fictief.\n"
    "Noor woonde tot haar veertiende bij moeder. In 2016 kwam ze in Leefgroep De Linde.\n"
    "Dat was het keerpunt: daar kreeg ze voor het eerst een vaste mentor.\n"
)


def session_on(qtbot, tmp_path, project: Project | None) -> Session:
    """What the view needs from the window: a session with the open project (or None)."""
    host = QWidget()
    qtbot.addWidget(host)
    session = Session(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), host)
    session.project = project
    return session


@pytest.fixture
def material(project, coder):
    noor = cases.add_case(project, "Casus Noor").result
    cases.add_case(project, "Casus Daan")
    document = documents.import_document(project, name="Casusoverleg Noor", text=TEXT).result
    starts = [TEXT.index("In 2016"), TEXT.index("Dat was het keerpunt")]
    ends = [TEXT.index(".\nDat") + 1, len(TEXT) - 1]
    coding_ids = [codings.add_coding_by_path(project, document_id=document, path="Wonen/Verhuizing", start=s, end=e,
                                             coder_id=coder.id).result for s, e in zip(starts, ends)]
    ids = {
        "moeder": events.add_event(project, case_id=noor, lane="wonen", start="2008", end="2015",
                                   label="Thuis bij moeder").result,
        "linde": events.add_event(project, case_id=noor, lane="wonen", start="2016", end="2018",
                                  label="Leefgroep De Linde", turning_point=True, outside_family=True).result,
        "wijkteam": events.add_event(project, case_id=noor, lane="hulp", start="2013-03", precision="month",
                                     label="Wijkteam", care_type="ambulant").result,
    }
    for coding_id in coding_ids:
        events.link_coding(project, ids["linde"], coding_id)
    return {"case": noor, "document": document, "passages": list(zip(starts, ends)), **ids}


@pytest.fixture
def view(qtbot, tmp_path, project, material):
    widget = TimelineView(session_on(qtbot, tmp_path, project))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_case(material["case"])
    widget.canvas.draw()  # lay out now, so data positions map to pixels
    return widget


def artists_of(view, event_id):
    return [a for a, e in view.figure.event_artists.items() if e == event_id]


def click(qtbot, view, artist):
    """A real mouse click on the artist's spot on the canvas."""
    ax = view.figure.axes[0]
    if isinstance(artist, Rectangle):
        x, y = artist.get_x() + artist.get_width() / 2, artist.get_y() + artist.get_height() / 2
    else:
        x, y = artist.get_xdata()[0], artist.get_ydata()[0]
    px, py = ax.transData.transform((x, y))
    ratio = view.canvas.device_pixel_ratio
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton,
                     pos=QPoint(round(px / ratio), round(view.canvas.height() - py / ratio)))


def test_the_chart_has_a_lane_per_lane_bars_marks_and_a_distinct_turning_point(view, material):
    assert [view.case_box.itemText(i) for i in range(view.case_box.count())] == ["Casus Daan", "Casus Noor"]
    assert view.case_box.currentText() == "Casus Noor"
    ax = view.figure.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [LANE_LABELS[lane] for lane in LANES]
    (moeder,) = artists_of(view, material["moeder"])
    assert isinstance(moeder, Rectangle)
    (wijkteam,) = artists_of(view, material["wijkteam"])
    assert isinstance(wijkteam, Line2D) and wijkteam.get_marker() == "o"
    linde = artists_of(view, material["linde"])
    assert {type(a) for a in linde} == {Rectangle, Line2D}
    bar = next(a for a in linde if isinstance(a, Rectangle))
    star = next(a for a in linde if isinstance(a, Line2D))
    assert star.get_marker() == "*" and bar.get_linewidth() > moeder.get_linewidth()


def test_clicking_an_event_emits_its_id_and_lists_its_passages(qtbot, view, material):
    with qtbot.waitSignal(view.event_clicked, timeout=2000) as clicked:
        click(qtbot, view, next(a for a in artists_of(view, material["linde"]) if isinstance(a, Line2D)))
    assert clicked.args == [material["linde"]]
    assert view.selected_event() == material["linde"]
    items = [view.passages.item(i).text() for i in range(view.passages.count())]
    assert items == ["Casusoverleg Noor: “In 2016 kwam ze in Leefgroep De Linde.”",
                     "Casusoverleg Noor: “Dat was het keerpunt: daar kreeg ze voor het eerst een vaste mentor.”"]
    assert "Leefgroep De Linde" in view.passages_label.text()

    spot = view.passages.visualItemRect(view.passages.item(1)).center()
    with qtbot.waitSignal(view.passage_activated, timeout=2000) as activated:
        # a real double click starts with a click; QTest's double click alone leaves that out
        qtbot.mouseClick(view.passages.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        qtbot.mouseDClick(view.passages.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert activated.args == [material["document"], *material["passages"][1]]

    with qtbot.waitSignal(view.event_clicked, timeout=2000) as clicked:
        click(qtbot, view, artists_of(view, material["moeder"])[0])  # a bar is clickable too
    assert clicked.args == [material["moeder"]]
    assert view.passages.item(0).text() == "No passages are linked to this event yet."
    assert view.passages.count() == 1 and not view.passages.item(0).flags() & Qt.ItemFlag.ItemIsEnabled


def test_export_writes_png_and_svg(view, tmp_path):
    assert view.export(tmp_path / "noor.png")
    assert (tmp_path / "noor.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert view.export(tmp_path / "noor.svg")
    text = "".join(ET.parse(tmp_path / "noor.svg").getroot().itertext())
    for label in ("Thuis bij moeder", "Leefgroep De Linde", "Wijkteam (ambulant)"):
        assert label in text


def test_a_failed_export_is_shown_and_writes_nothing(qtbot, view, tmp_path):
    assert not view.export(tmp_path / "noor.pdf")
    dialog = view.findChild(QMessageBox, "errorDialog")
    assert dialog is not None and "a timeline is saved as .png or .svg" in dialog.text()
    dialog.close()
    assert not (tmp_path / "noor.pdf").exists()


def test_refresh_follows_changes_and_ignores_the_rest(view, project, material):
    journal = events.add_event(project, case_id=material["case"], lane="diagnose", start="2015", label="ADHD")
    drawn = dict(view.figure.event_artists)
    view.refresh(Changes(tables=frozenset({"codes"})))  # cannot touch a timeline: nothing redrawn
    assert view.figure.event_artists == drawn
    view.refresh(journal.changes)
    assert len(artists_of(view, journal.result)) == 1
    view.select_event(material["linde"])
    events.delete_event(project, material["linde"])
    view.refresh()
    assert view.selected_event() is None and view.passages.count() == 0
    assert view.case_box.currentText() == "Casus Noor"  # the case shown stays shown


def test_choosing_another_case_and_no_project(qtbot, tmp_path, view, material):
    view.set_case(view.case_box.itemData(0))
    assert view.case_box.currentText() == "Casus Daan"
    assert view.figure.event_artists == {}
    empty = TimelineView(session_on(qtbot, tmp_path, None))
    qtbot.addWidget(empty)
    assert empty.case_box.count() == 0 and not empty.png_button.isEnabled() and not empty.export("x.png")


def test_default_file_names_are_safe():
    assert safe_name("Casus 3/4: Noor?") == "Casus 3-4- Noor-"


def test_the_window_shows_the_timeline_in_a_panel_and_jumps_to_passages(window, tmp_path):
    from qdacoder.core import cases as cases_mod
    from qdacoder.core import codes as codes_mod
    from qdacoder.core import codings as codings_mod
    from qdacoder.ui.common.dialogs import ImportOptions

    path = tmp_path / "gesprek.txt"
    path.write_text("I: Waar woonde je toen?\nR: In een pleeggezin, twee jaar lang.\n", encoding="utf-8")
    doc = window.projects.import_files([str(path)], ImportOptions(None, "Casus 1", False)).imported[0]
    case = cases_mod.find_case(window.project, "Casus 1").id
    code = codes_mod.add_code(window.project, "Wonen").result
    start = path.read_text(encoding="utf-8").index("In een pleeggezin")
    coding = codings_mod.add_coding(window.project, document_id=doc, code_id=code, start=start, end=start + 17,
                                    coder_id=window.coder_id).result
    window.run_operation("event", lambda: events.add_event(window.project, case_id=case, lane="wonen",
                                                           start="2014", end="2016", label="Pleeggezin"))
    event = events.list_events(window.project)[0].id
    window.run_operation("link", lambda: events.link_coding(window.project, event, coding))
    window.timeline_dock.show()
    view = window.tools.timeline_view()
    assert window.timeline_dock.widget() is view and view.case_id() == case
    window.show_passage(doc, start, start + 17)
    assert window.view.selection() == (start, start + 17)


def test_events_are_added_edited_linked_and_deleted_in_the_window(window, tmp_path):
    from qdacoder.core import cases as cases_mod
    from qdacoder.core import codes as codes_mod
    from qdacoder.core import codings as codings_mod
    from qdacoder.ui.common.dialogs import ImportOptions

    path = tmp_path / "gesprek.txt"
    path.write_text("I: En daarna?\nR: Toen ging ik naar de leefgroep, dat was een keerpunt.\n", encoding="utf-8")
    doc = window.projects.import_files([str(path)], ImportOptions(None, "Casus 1", False)).imported[0]
    case = cases_mod.find_case(window.project, "Casus 1").id
    window.timeline_dock.show()
    view = window.tools.timeline_view()
    dialog = view.add_event_dialog()
    dialog.lane.setCurrentIndex(dialog.lane.findData("wonen"))
    dialog.label.setText("Leefgroep")
    dialog.precision.setCurrentIndex(dialog.precision.findData("age"))
    dialog.start.setText("12")
    dialog.end.setText("14")
    dialog.outside.setCurrentIndex(dialog.outside.findData(True))
    dialog.turning_point.setChecked(True)
    dialog.accept()
    (event,) = events.list_events(window.project, case)
    assert (event.label, event.start, event.end, event.outside_family, event.turning_point) == ("Leefgroep", "12", "14", True, True)
    assert "1 living places (1 outside the family)" in view.figures.text()
    view.select_event(event.id)
    edit = view.edit_event_dialog()
    edit.start.setText("twaalf")  # refused by the core: the event stays as it was
    edit.accept()
    assert events.get_event(window.project, event.id).start == "12"
    assert window.findChild(QMessageBox, "errorDialog") is not None
    code = codes_mod.add_code(window.project, "Wonen").result
    start = path.read_text(encoding="utf-8").index("Toen ging")
    coding = codings_mod.add_coding(window.project, document_id=doc, code_id=code, start=start, end=start + 30,
                                    coder_id=window.coder_id).result
    window.show_document(doc)
    window.view.select_coding(coding)
    view.link_selected_coding()
    assert events.event_codings(window.project, event.id) == [coding]
    view.delete_event()
    assert events.list_events(window.project) == []
    window.undo_action.trigger()
    assert [e.label for e in events.list_events(window.project)] == ["Leefgroep"]
