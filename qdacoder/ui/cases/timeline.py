"""The timeline of one case in the window: the chart, a case chooser, PNG and SVG export, and
under the chart the passages that tell about the event last clicked.

Design rules:
- The chart is ``reports.timeline_chart.timeline_figure``, drawn into one figure that this
  view keeps for its life: the same drawing as the exported file, and the canvas's pick
  connection survives every redraw.
- It knows the session only (its ``project``, may be None, and ``run_operation``). The view reads the
  project through core functions, never keeps rows as truth, and re-reads everything in
  ``refresh``, which it subscribes to the session; changes that cannot touch a timeline are
  ignored there.
- Clicking an event emits ``event_clicked(event_id)`` and lists its passages; activating a
  passage (double click or Enter) emits ``passage_activated(document_id, start, end)``: showing
  it is the window's business.
- ``export(path)`` does the work and takes a path, so tests and other callers need no dialog.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QSplitter,
    QVBoxLayout, QWidget,
)

from ...core.cases import list_cases
from ...core.codings import get_coding
from ...core.documents import document_text, get_document
from ...core.errors import QdaError
from ...analysis.timeline_metrics import derived_attributes
from ...core.events import add_event, delete_event, event_codings, get_event, link_coding, update_event
from ...reports.language import project_translator  # files in the project's output language
from ...reports.timeline_chart import event_text, save_timeline, timeline_figure
from ..common.errors import message_for, show_error
from ..common.files import ask_save

# tables whose changes can alter a timeline, its case list or its passages
TIMELINE_TABLES = frozenset({"events", "event_codings", "cases", "codings", "documents", "attribute_values",
                             "variables"})
EXCERPT = 160
PASSAGE_ROLE = Qt.ItemDataRole.UserRole


def safe_name(name: str) -> str:
    """A case name usable as a file name: no folder separators or characters Windows refuses."""
    return "".join("-" if c in '/\\:*?"<>|' else c for c in name).strip() or "timeline"


def _translate(text: str) -> str:
    return QCoreApplication.translate("qdacoder", text)


class TimelineView(QWidget):
    event_clicked = Signal(int)
    passage_activated = Signal(int, int, int)  # document id, start, end

    def __init__(self, session, selected_coding=lambda: None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.session = session
        self.selected_coding = selected_coding  # the coding clicked in the document (None: none)
        self._event_id: int | None = None
        self._last_press = None  # one click may pick several artists; act once per click
        self._hits: list[tuple[float, int, int]] = []
        self.case_box = QComboBox()
        self.case_box.setObjectName("timelineCase")
        self.case_box.currentIndexChanged.connect(self._case_chosen)
        self.png_button = QPushButton(self.tr("Export PNG..."))
        self.png_button.clicked.connect(lambda: self.export_with_dialog(".png"))
        self.svg_button = QPushButton(self.tr("Export SVG..."))
        self.svg_button.clicked.connect(lambda: self.export_with_dialog(".svg"))
        self.figure = Figure(layout="constrained")
        self.figure.event_artists = {}
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(240)
        self.canvas.mpl_connect("pick_event", self._picked)
        self.figures = QLabel()
        self.figures.setObjectName("timelineFigures")
        self.figures.setWordWrap(True)
        self.edit_buttons = []
        for text, slot in ((self.tr("Add event..."), self.add_event_dialog),
                           (self.tr("Edit event..."), self.edit_event_dialog),
                           (self.tr("Delete event"), self.delete_event),
                           (self.tr("Link selected coding"), self.link_selected_coding)):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            self.edit_buttons.append(button)
        self.passages_label = QLabel(self.tr("Click an event to see the passages about it."))
        self.passages = QListWidget()
        self.passages.setObjectName("timelinePassages")
        self.passages.setWordWrap(True)
        self.passages.itemActivated.connect(self._passage_chosen)
        self._build_layout()
        session.subscribe(self.refresh)
        self.refresh()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Case:")))
        top.addWidget(self.case_box, 1)
        for button in self.edit_buttons:
            top.addWidget(button)
        top.addStretch()
        top.addWidget(self.png_button)
        top.addWidget(self.svg_button)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.figures)
        below_layout.addWidget(self.passages_label)
        below_layout.addWidget(self.passages)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.canvas)
        split.addWidget(below)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(split)

    # -- what is shown ----------------------------------------------------------------------
    @property
    def project(self):
        return self.session.project

    def case_id(self) -> int | None:
        return self.case_box.currentData()

    def set_case(self, case_id: int) -> None:
        index = self.case_box.findData(case_id)
        if index >= 0:
            self.case_box.setCurrentIndex(index)

    def refresh(self, changes=None) -> None:
        """Re-read the cases, the chart and the passages (skipped when ``changes`` cannot
        touch a timeline)."""
        if changes is not None and not (set(changes.tables) & TIMELINE_TABLES):
            return
        current = self.case_id()
        self.case_box.blockSignals(True)  # one redraw below, not one per item
        self.case_box.clear()
        for case in list_cases(self.project) if self.project is not None else []:
            self.case_box.addItem(case.name, case.id)
        index = self.case_box.findData(current)
        self.case_box.setCurrentIndex(index if index >= 0 else (0 if self.case_box.count() else -1))
        self.case_box.blockSignals(False)
        has_case = self.case_id() is not None
        for widget in (self.case_box, self.png_button, self.svg_button, *self.edit_buttons):
            widget.setEnabled(has_case)
        self._redraw()
        self._show_passages(self._event_id)

    # -- editing events --------------------------------------------------------------------
    def add_event_dialog(self):
        from .event_dialog import EventDialog

        case_id = self.case_id()
        if case_id is None:
            return None
        dialog = EventDialog(None, self)
        dialog.accepted.connect(lambda: self.session.run_operation(
            self.tr("Add event"), lambda: add_event(self.project, case_id=case_id, **dialog.fields())))
        dialog.open()
        return dialog

    def edit_event_dialog(self):
        from .event_dialog import EventDialog

        if self._event_id is None:
            return None
        event_id = self._event_id
        dialog = EventDialog(get_event(self.project, event_id), self)
        dialog.accepted.connect(lambda: self.session.run_operation(
            self.tr("Edit event"), lambda: update_event(self.project, event_id, **dialog.fields())))
        dialog.open()
        return dialog

    def delete_event(self) -> None:
        if self._event_id is not None:
            event_id, self._event_id = self._event_id, None
            self.session.run_operation(self.tr("Delete event"), lambda: delete_event(self.project, event_id))

    def link_selected_coding(self) -> None:
        """Link the coding selected in the document to the selected event."""
        coding_id = self.selected_coding()
        if self._event_id is None or coding_id is None:
            self.passages_label.setText(self.tr("Click an event here and a coding in the document first."))
            return
        event_id = self._event_id
        self.session.run_operation(self.tr("Link passage to event"), lambda: link_coding(self.project, event_id, coding_id))

    def _show_figures(self, case_id: int | None) -> None:
        """The figures derived from this timeline, as the summary table counts them."""
        if case_id is None or self.project is None:
            self.figures.clear()
            return
        d = derived_attributes(self.project, [case_id]).get(case_id)
        if d is None or not d.events:
            self.figures.setText(self.tr("No events yet: the figures of this case are not known."))
            return
        age = "–" if d.age_at_first_help is None else f"{d.age_at_first_help:g}".replace(".", ",")
        self.figures.setText(self.tr(
            "{places} living places ({outside} outside the family), {schools} schools, "
            "{help} help trajectories, first help at age {age}, {turns} turning points").format(
            places=d.living_places, outside=d.living_places_outside_family, schools=d.schools,
            help=d.help_trajectories, age=age, turns=d.turning_points))

    def _case_chosen(self, _index: int) -> None:
        self._event_id = None
        self._redraw()
        self._show_passages(None)

    def _redraw(self) -> None:
        case_id, drawn = self.case_id(), False
        if case_id is not None and self.project is not None:
            try:
                drawn = timeline_figure(self.project, case_id, translate=_translate, figure=self.figure) is not None
            except QdaError:  # the case went (deleted, undone) before the list caught up
                pass
        if not drawn:
            self.figure.clear()
            self.figure.event_artists = {}
            self.figure.text(0.5, 0.5, self.tr("Choose a case to see its timeline."), ha="center", va="center")
        self.canvas.draw_idle()
        self._show_figures(case_id)

    # -- clicking events and passages ------------------------------------------------------
    def _picked(self, pick) -> None:
        """Collect what one click hit; the event drawn on top wins (a star over the end of a
        bar), decided once all of the click's picks are in."""
        event_id = self.figure.event_artists.get(pick.artist)
        if event_id is None:
            return
        if pick.mouseevent is not self._last_press:
            self._last_press, self._hits = pick.mouseevent, []
            QTimer.singleShot(0, self._resolve_pick)
        self._hits.append((pick.artist.get_zorder(), len(self._hits), event_id))

    def _resolve_pick(self) -> None:
        if self._hits:
            event_id = max(self._hits)[2]  # highest zorder; among equals the one drawn last
            self._hits = []
            self.select_event(event_id)

    def select_event(self, event_id: int) -> None:
        """Show the passages about the event and tell the window (as a click does)."""
        self._event_id = event_id
        self._show_passages(event_id)
        self.event_clicked.emit(event_id)

    def selected_event(self) -> int | None:
        return self._event_id

    def _show_passages(self, event_id: int | None) -> None:
        self.passages.clear()
        if event_id is None or self.project is None:
            self._event_id = None
            self.passages_label.setText(self.tr("Click an event to see the passages about it."))
            return
        try:
            event = get_event(self.project, event_id)
        except QdaError:  # deleted (or undone) since the click
            self._show_passages(None)
            return
        name = event_text(event) or event.start
        self.passages_label.setText(self.tr("Passages about “{event}”:").format(event=name))
        texts: dict[int, str] = {}  # each document's text read once
        for coding_id in event_codings(self.project, event_id):
            coding = get_coding(self.project, coding_id)
            if coding.document_id not in texts:
                texts[coding.document_id] = document_text(self.project, coding.document_id)
            passage = " ".join(texts[coding.document_id][coding.start:coding.end].split())
            if len(passage) > EXCERPT:
                passage = passage[: EXCERPT - 1] + "…"
            document = get_document(self.project, coding.document_id)
            text = self.tr("{document}: “{passage}”").format(document=document.name, passage=passage)
            item = QListWidgetItem(text)
            item.setData(PASSAGE_ROLE, (coding.document_id, coding.start, coding.end))
            self.passages.addItem(item)
        if not self.passages.count():
            item = QListWidgetItem(self.tr("No passages are linked to this event yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.passages.addItem(item)

    def _passage_chosen(self, item: QListWidgetItem) -> None:
        where = item.data(PASSAGE_ROLE)
        if where:
            self.passage_activated.emit(*where)

    # -- export ------------------------------------------------------------------------------
    def export(self, path: str | Path) -> bool:
        """Write the shown case's timeline to ``path`` (.png or .svg); a problem is shown in a
        dialog that does not block. Returns whether the file was written."""
        if self.project is None or self.case_id() is None:
            return False
        try:
            save_timeline(self.project, self.case_id(), path, translate=project_translator(self.project))
        except QdaError as error:
            show_error(self, self.tr("Export timeline"), message_for(error))
            return False
        return True

    def export_with_dialog(self, extension: str) -> None:
        if self.case_id() is None:
            return
        kinds = {".png": self.tr("PNG image (*.png)"), ".svg": self.tr("SVG drawing (*.svg)")}
        path = ask_save(self.session, self, self.tr("Export timeline"), kinds[extension], "charts",
                        self.tr("timeline") + " " + safe_name(self.case_box.currentText()))
        if path:
            self.export(path if path.lower().endswith(extension) else path + extension)
