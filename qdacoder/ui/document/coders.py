"""Whose codings the window shows: everyone's, only the current coder's (blind coding, the
codebook's figures too), or chosen coders'. The choice is a setting, so it outlives the
session; the text and the code tree re-read their codings when it changes.

Beside it, the reading (``ReadingChoice``, View > Reading): which codings count at all -- the
final coding after a consensus review, all codings, or chosen coders'. "Codings of" narrows
what the reading lets through; the reading is the session's, so everything follows it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QInputDialog, QLabel, QMenu

from ...analysis.filters import Filters, describe_reading, passing_ids
from ...core.coders import list_coders
from ..common.texts import translate

if TYPE_CHECKING:  # pragma: no cover
    from ..session import Session

MODES = ("all", "mine", "chosen")


class CoderView(QObject):
    changed = Signal()  # other coders are shown now: the document's highlights follow

    def __init__(self, session: Session, code_panel) -> None:
        super().__init__(session)
        self.session = session
        self.code_panel = code_panel  # its figures count the shown coders' codings only
        self.actions: QActionGroup | None = None
        session.project_replaced.connect(lambda: setattr(self.code_panel.model, "filters", self.filters()))
        session.coder_changed.connect(lambda: self.mode() != "all" and self.apply())
        session.reading_changed.connect(self.apply)

    def build_menu(self, menu: QMenu) -> None:
        group = QActionGroup(self.session.widget)
        for mode, text in zip(MODES, (self.tr("&All coders"), self.tr("&Only mine (blind coding)"),
                                      self.tr("&Chosen coders..."))):
            action = QAction(text, group, checkable=True)
            action.setData(mode)
            action.setChecked(self.mode() == mode)
            action.triggered.connect(lambda _checked=False, m=mode: self.set_mode(m))
            menu.addAction(action)
        self.actions = group

    def mode(self) -> str:
        """"all", "mine" or "chosen" (the coders named in the setting view/chosen_coders)."""
        return str(self.session.settings.value("view/coders", "all") or "all").split(":")[0]

    def visible_ids(self) -> set[int] | None:
        """The coders whose codings the window shows; None: everyone's."""
        mode = self.mode()
        if self.session.project is None or mode == "all":
            return None
        if mode == "mine":
            return {self.session.coder_id} if self.session.coder_id is not None else set()
        names = set(self.session.settings.value("view/chosen_coders", []) or [])
        return {c.id for c in list_coders(self.session.project) if c.name in names}

    def filters(self) -> Filters:
        """The filter the codebook's figures use: the reading's codings of the shown coders."""
        shown = self.visible_ids()
        return Filters(coder_ids=frozenset(shown) if shown is not None else None, reading=self.session.reading())

    def shown_in(self, document_id: int) -> set[int] | None:
        """The ids of the document's codings the text shows (None: all of them)."""
        filters, project = self.filters(), self.session.project
        if project is None or filters.every_coding(project):
            return None  # every coding: no query
        return passing_ids(self.session.project, filters, document_id)

    def set_mode(self, mode: str, chosen: list[str] | None = None) -> None:
        if mode == "chosen" and chosen is None and self.session.project is not None:
            names = [c.name for c in list_coders(self.session.project)]
            current = set(self.session.settings.value("view/chosen_coders", []) or [])
            text, ok = QInputDialog.getText(self.session.widget, self.tr("Codings of"), self.tr(
                "Coders whose codings to show, separated by commas ({names}):").format(names=", ".join(names)),
                text=", ".join(n for n in names if n in current))
            if not ok:
                return
            chosen = [n.strip() for n in text.split(",") if n.strip()]
        if chosen is not None:
            self.session.settings.setValue("view/chosen_coders", chosen)
        self.session.settings.setValue("view/coders", mode)
        if self.actions is not None:
            for action in self.actions.actions():
                action.setChecked(action.data() == mode)
        self.apply()

    def apply(self) -> None:
        """Show only the chosen coders' codings, in the text and in the codebook's figures."""
        self.code_panel.model.filters = self.filters()
        if self.session.project is not None:
            self.code_panel.reload(self.session.project)
            self.changed.emit()


READINGS = ("final", "all", "coders")


class ReadingChoice(QObject):
    """View > Reading: the one selector of which codings count, for the whole window."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session
        self.actions: QActionGroup | None = None
        self.label = QLabel()  # in the status bar: the reading always in sight
        self.label.setObjectName("readingLabel")
        session.reading_changed.connect(self._check)
        session.project_replaced.connect(self._check)
        session.subscribe(lambda changes: (changes is None or changes.coders or changes.settled) and self._check())

    def build_menu(self, menu: QMenu) -> None:
        group = QActionGroup(self.session.widget)
        texts = (self.tr("&Final coding (the consensus where done)"), self.tr("&All codings"),
                 self.tr("&Chosen coders' codings..."))
        for kind, text in zip(READINGS, texts):
            action = QAction(text, group, checkable=True)
            action.setData(kind)
            action.triggered.connect(lambda _checked=False, k=kind: self.choose(k))
            menu.addAction(action)
        self.actions = group
        self._check()

    def choose(self, kind: str, coders: list[str] | None = None) -> None:
        """Count ``kind`` ("final", "all", "coders"); for "coders" without ``coders`` ask which."""
        if kind == "coders" and coders is None:
            if self.session.project is None:
                return
            names = [c.name for c in list_coders(self.session.project)]
            current = set(self.session.reading_coder_names())
            text, ok = QInputDialog.getText(self.session.widget, self.tr("Reading"), self.tr(
                "Coders whose codings count, separated by commas ({names}):").format(names=", ".join(names)),
                text=", ".join(n for n in names if n in current))
            if not ok:
                self._check()
                return
            coders = [n.strip() for n in text.split(",") if n.strip()]
        self.session.set_reading(kind, coders)

    def _check(self) -> None:
        project = self.session.project
        self.label.setText(self.tr("Reading: {reading}").format(
            reading=describe_reading(project, self.session.reading(), translate)) if project is not None else "")
        if self.actions is not None:
            for action in self.actions.actions():
                action.setChecked(action.data() == self.session.reading_kind())
