"""Adding or editing one timeline event: lane, label, precision, start and end, the kind of
help, whether a living place was outside the family, turning point and memo."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFormLayout, QLineEdit, QPlainTextEdit, QWidget,
)

from ...core.events import CARE_TYPES, Event
from ...core.schema import LANES, PRECISIONS
from ..common.dialogs import form_dialog


class EventDialog(QDialog):
    def __init__(self, event: Event | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("New event"))
        lane_names = {"wonen": self.tr("living place (wonen)"), "onderwijs": self.tr("school (onderwijs)"),
                      "hulp": self.tr("help (hulp)"), "gezin": self.tr("family (gezin)"),
                      "diagnose": self.tr("diagnosis (diagnose)"), "leven": self.tr("other life event (leven)")}
        precision_names = {"day": self.tr("day (2015-03-12)"), "month": self.tr("month (2015-03)"),
                           "year": self.tr("year (2015)"), "age": self.tr("age of the youth (8 or 8.5)")}
        self.lane = QComboBox()
        for lane in LANES:
            self.lane.addItem(lane_names[lane], lane)
        self.label = QLineEdit()
        self.precision = QComboBox()
        for precision in PRECISIONS:
            self.precision.addItem(precision_names[precision], precision)
        self.start = QLineEdit()
        self.end = QLineEdit()
        self.end.setPlaceholderText(self.tr("empty for a single moment"))
        self.provider = QLineEdit()
        self.care_type = QComboBox()
        self.care_type.addItem("", "")
        for care in CARE_TYPES:
            self.care_type.addItem(care, care)
        self.outside = QComboBox()
        for text, value in ((self.tr("not known"), None), (self.tr("yes"), True), (self.tr("no"), False)):
            self.outside.addItem(text, value)
        self.turning_point = QCheckBox(self.tr("Turning point (schakelmoment)"))
        self.memo = QPlainTextEdit()
        form = QFormLayout()
        for text, widget in ((self.tr("Lane:"), self.lane), (self.tr("Label:"), self.label),
                             (self.tr("Precision:"), self.precision), (self.tr("Start:"), self.start),
                             (self.tr("End:"), self.end), (self.tr("Provider:"), self.provider),
                             (self.tr("Type of help:"), self.care_type),
                             (self.tr("Outside the family:"), self.outside), ("", self.turning_point),
                             (self.tr("Memo:"), self.memo)):
            form.addRow(text, widget)
        form_dialog(self, form)
        self.precision.setCurrentIndex(self.precision.findData("year"))
        if event is not None:
            self.lane.setCurrentIndex(self.lane.findData(event.lane))
            self.label.setText(event.label)
            self.precision.setCurrentIndex(self.precision.findData(event.precision))
            self.start.setText(event.start)
            self.end.setText(event.end or "")
            self.provider.setText(event.provider)
            self.care_type.setCurrentIndex(max(self.care_type.findData(event.care_type), 0))
            self.outside.setCurrentIndex(self.outside.findData(event.outside_family))
            self.turning_point.setChecked(event.turning_point)
            self.memo.setPlainText(event.memo)

    def fields(self) -> dict:
        """The event as ``add_event`` / ``update_event`` take it; the core checks the dates."""
        return {
            "lane": self.lane.currentData(), "label": self.label.text().strip(),
            "precision": self.precision.currentData(), "start": self.start.text().strip(),
            "end": self.end.text().strip() or None, "provider": self.provider.text().strip(),
            "care_type": self.care_type.currentData(), "outside_family": self.outside.currentData(),
            "turning_point": self.turning_point.isChecked(), "memo": self.memo.toPlainText().strip(),
        }
