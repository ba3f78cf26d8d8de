"""The windows and panels the main window makes only when first wanted (the analysis window,
inter-coder agreement, the disagreement review, the case timeline): they load matplotlib or
count over the whole project, which opening a project does not need. Those that show figures
join the window's panels, so every change refreshes them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget, QMenu

from .common.actions import add_action

if TYPE_CHECKING:  # pragma: no cover
    from .session import Session


class ToolWindows(QObject):
    def __init__(self, session: Session, timeline_dock: QDockWidget, selected_coding) -> None:
        super().__init__(session)
        self.session = session
        self.selected_coding = selected_coding  # the coding clicked in the document, for the timeline
        self.timeline_dock = timeline_dock
        self.timeline = None
        self.analysis = None
        self.agreement = None
        self.review = None
        self.assignments = None
        timeline_dock.visibilityChanged.connect(lambda visible: visible and self.timeline_view())

    def build_analysis_menu(self, menu: QMenu) -> None:
        add_action(menu, self.session.widget, self.tr("&Analysis window..."), self.analysis_window,
                   "Ctrl+Shift+A").setObjectName("analysisWindow")
        add_action(menu, self.session.widget, self.tr("Inter-coder &agreement..."), self.agreement_dialog)

    def build_team_menu(self, menu: QMenu) -> None:
        add_action(menu, self.session.widget, self.tr("&Assignments..."), self.assignments_window)
        add_action(menu, self.session.widget, self.tr("&Review disagreements..."), self.disagreement_review)

    def timeline_view(self):
        """The timeline panel in its dock."""
        if self.timeline is None:
            from .cases.timeline import TimelineView

            self.timeline = TimelineView(self.session, self.selected_coding)
            self.timeline.passage_activated.connect(self.session.show_passage)
            self.timeline_dock.setWidget(self.timeline)
            self.timeline.refresh()
        return self.timeline

    def analysis_window(self):
        """Frequencies, matrix, crosstab and co-occurrence."""
        if self.analysis is None:
            from .analysis.window import AnalysisWindow

            self.analysis = AnalysisWindow(self.session, parent=self.session.widget)
        return self._show(self.analysis)

    def agreement_dialog(self):
        """Coders, level and figures per code; re-read from the project each time it opens."""
        if self.agreement is None:
            from .team.agreement import AgreementDialog

            self.agreement = AgreementDialog(self.session, parent=self.session.widget)
        self.agreement.reload()
        return self._show(self.agreement)

    def assignments_window(self):
        """Which coder codes which documents: a coder x document grid grouped by case."""
        if self.assignments is None:
            from .team.assignments import AssignmentsWindow

            self.assignments = AssignmentsWindow(self.session, parent=self.session.widget)
        else:
            self.assignments.refresh()  # the project may be another one since
        return self._show(self.assignments)

    def disagreement_review(self):
        """Two coders' disagreements, decided as a consensus coder's codings."""
        if self.review is None:
            from .team.disagreements import DisagreementReview

            self.review = DisagreementReview(self.session)
        return self._show(self.review)

    @staticmethod
    def _show(widget):
        widget.show()
        widget.raise_()
        return widget
