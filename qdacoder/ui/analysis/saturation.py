"""The Saturation tab of the analysis window: new codes per document, the rule of Guest, Namey and
Chen (2020) and the sentence for a method section, under the window's filter.

Design rules:
- Nothing is computed here: the figures are ``analysis.saturation``'s, the table, sentence,
  chart and files ``reports.saturation``'s, so the tab, the files and ``qdacoder saturation``
  say the same.
- The window's filter bar chooses the codings counted (coder, valence, case, kind), as for the
  other tabs; the order, base, run and threshold are this tab's own.
- The threshold is shown as a percentage (5%), as researchers say it; the analysis takes the
  fraction, like the command line's ``--threshold 0.05``.
- "Use in the draft report" is an explicit choice: the draft report (Export menu) asks this tab
  for its text (``report_text``) and gets None unless it is ticked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLabel, QSpinBox

from ...analysis.filters import Filters, describe
from ...analysis.saturation import DEFAULT_BASE, DEFAULT_RUN, DEFAULT_THRESHOLD, saturation
from ...core.attributes import list_variables
from ...core.names import name_filter
from ...reports import saturation as report
from ..common.texts import translate as _translate
from .tabs import AnalysisTab


class SaturationTab(AnalysisTab):
    def __init__(self, owner) -> None:
        super().__init__(owner, "saturation", chart=True, passages=False)
        self.order_box = QComboBox()
        self.base_box, self.run_box = QSpinBox(), QSpinBox()
        for box, value in ((self.base_box, DEFAULT_BASE), (self.run_box, DEFAULT_RUN)):
            box.setRange(1, 9999)
            box.setValue(value)
        self.threshold_box = QDoubleSpinBox()
        self.threshold_box.setRange(0, 100)
        self.threshold_box.setDecimals(1)
        self.threshold_box.setSuffix(" %")
        self.threshold_box.setValue(DEFAULT_THRESHOLD * 100)
        self.for_report = QCheckBox(self.tr("Use in the draft report"))
        self.for_report.setToolTip(self.tr("Put this sentence in the method section of the draft report (Export menu)."))
        self.sentence = QLabel()
        self.sentence.setObjectName("saturationSentence")
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add(self.tr("Order:"), self.order_box, self.tr("Base:"), self.base_box, self.tr("Run:"), self.run_box,
                 self.tr("Threshold:"), self.threshold_box, self.for_report)
        self.controls.addStretch()
        self.layout().insertWidget(1, self.sentence)
        for box in (self.order_box, self.base_box, self.run_box, self.threshold_box):
            signal = box.currentIndexChanged if isinstance(box, QComboBox) else box.valueChanged
            signal.connect(lambda _value: owner._again(self))

    def load_choices(self, project) -> None:
        """The orders: import, first coding, name, and every document and case attribute."""
        items = [(self.tr("import order"), "imported"), (self.tr("order of first coding"), "first-coded"),
                 (self.tr("name"), "name")]
        if project is not None:
            whose = {"document": self.tr("document"), "case": self.tr("case")}
            for target in ("document", "case"):
                items += [(f"{v.name} ({whose[target]})", f"attribute:{target}:{v.name}")
                          for v in list_variables(project, target)]
        self.owner._fill(self.order_box, "", items)

    def settings(self) -> dict:
        return {"order": self.order_box.currentData() or "imported", "base": self.base_box.value(),
                "run": self.run_box.value(), "threshold": round(self.threshold_box.value(), 1) / 100}

    def compute_with(self, project, filters: Filters) -> None:
        self.result = saturation(project, filters=filters, **self.settings())
        self.export = report.rows_for_export(self.result, _translate)
        self.title = report.title_for(project.name, _translate)
        codes = [row[-1] for row in self.export.rows]
        self.model.text_columns = {len(self.export.headers) - 1}  # the codes first applied there
        self.show_table(self.export, tips=codes)  # the codes in full when the column is too narrow
        self.view.setColumnWidth(0, 200)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.sentence.setText(" ".join([report.sentence(self.result, _translate)] + report.notes(self.result, _translate)))
        result, title = self.result, self.title
        name = project.name
        self.draw(lambda figure, t: report.chart(result, translate=t, title=report.title_for(name, t), figure=figure,
                                                 filters_text=describe(project, filters, t)))

    def clear(self) -> None:
        self.result = None
        self.sentence.clear()

    def write(self, path: str | Path, project, filters_text: str, translate) -> None:
        """The tab's result to ``path``: Word, Excel, CSV, PNG or SVG by the extension, its
        texts through ``translate`` (the project's output language)."""
        report.write(self.result, path, names=name_filter(project), project_name=project.name,
                     filters_text=filters_text, translate=translate)

    def report_text(self, translate) -> str | None:
        """The saturation paragraph for the draft report (in ``translate``'s language, the
        report's), when "Use in the draft report" is ticked."""
        if not self.for_report.isChecked():
            return None
        self.owner.compute(self)
        return None if self.result is None else report.full_text(self.result, translate)
