"""Whose codings the window shows: everyone's, only the current coder's (blind coding, the
codebook's figures too), or chosen coders'. The choice is a setting, so it outlives the
session; the text and the code tree re-read their codings when it changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QInputDialog, QMenu

from ...analysis.filters import NO_FILTERS, Filters
from ...core.coders import list_coders

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
        """The filter the codebook's figures use: only the shown coders' codings."""
        shown = self.visible_ids()
        return Filters(coder_ids=frozenset(shown)) if shown is not None else NO_FILTERS

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
