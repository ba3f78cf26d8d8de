"""Coding actions: the five ways to code a passage, the coding context menu, valence.

Ways to code the selected passage: drag it onto a code, click a code, type in the quick-code
box and press Enter, press Ctrl+1..9 for the nine codes used last, or code it in vivo
(Ctrl+I: a new code named after the passage).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu

from ...core import codes as codes_mod
from ...core import codings
from ...core import quotes as quotes_mod
from ...core.coders import list_coders
from ...core.documents import document_text
from ...core.errors import QdaError
from ...core.codebook import HINDERING, PROMOTING
from ..codebook.tree import CODE_ID_ROLE
from ..common.dialogs import CodePickerDialog
from .highlights import Highlight

from ..common.actions import add_action, edits, popup

if TYPE_CHECKING:  # pragma: no cover
    from ..session import Session

RECENT = 9


def initials(name: str) -> str:
    """"Anna de Vries" -> "AV": the capitals of the name's parts (tussenvoegsels skipped)."""
    letters = [part[0] for part in name.split() if part[:1].isupper()]
    return "".join(letters[:3]) or name[:2]


class CodingController(QObject):
    def __init__(self, session: Session, view, code_panel, coders) -> None:
        super().__init__(session)
        self.session = session
        self.view, self.code_panel, self.coders = view, code_panel, coders
        self.recent: list[int] = []
        panel = code_panel
        panel.tree.clicked.connect(self._code_clicked)
        panel.tree.passage_dropped.connect(self._passage_dropped)
        panel.quick_code.returnPressed.connect(self.quick_code)
        view.coding_context_menu.connect(self._coding_menu)
        session.project_replaced.connect(self.reload_recent)
        session.coder_changed.connect(self.reload_recent)
        session.changed.connect(lambda changes, _source: (changes.codes or changes.codings) and self.reload_recent())

    # -- menu ------------------------------------------------------------------------------
    def build_menu(self, menu: QMenu) -> None:

        menu.addSeparator()
        add_action(menu, self.session.widget, self.tr("Code in &vivo"), self.in_vivo, "Ctrl+I", edits=True).setObjectName("codeInVivo")
        add_action(menu, self.session.widget, self.tr("&Quick code"), self.focus_quick_code, "Ctrl+K", edits=True).setObjectName("quickCode")
        add_action(menu, self.session.widget, self.tr("Select &coding at cursor"), self.cycle_coding, "Ctrl+L", widget=self.view)
        # the keys that type in edit mode (set_single_keys turns them off there)
        self.single_key_actions = [
            add_action(menu, self.session.widget, self.tr("Remove selected codin&g"), self.remove_selected_coding, "Delete", widget=self.view, edits=True),
            add_action(menu, self.session.widget, self.tr("Mark coding &promoting (+)"), lambda: self.set_selected_valence("promoting"), "+", widget=self.view, edits=True),
            add_action(menu, self.session.widget, self.tr("Mark coding &hindering (−)"), lambda: self.set_selected_valence("hindering"), "-", widget=self.view, edits=True),
            add_action(menu, self.session.widget, self.tr("Mark coding &without valence"), lambda: self.set_selected_valence(None), "0", widget=self.view, edits=True),
        ]
        add_action(menu, self.session.widget, self.tr("&Flip valence of coding"), self.flip_selected_valence, "Ctrl+Shift+V", edits=True)
        add_action(menu, self.session.widget, self.tr("&Star coding as quote"), self.star_selected,
                   "Ctrl+Shift+S", edits=True).setObjectName("starCoding")
        self.confidential_action = add_action(menu, self.session.widget, self.tr("Mark coding confidential (not shared)"),
                                              self.confidential_selected, "Ctrl+Shift+X", edits=True)
        self.pin_action = menu.addAction(self.tr("&Pin the Ctrl+1..9 codes"))
        self.pin_action.setObjectName("pinRecentCodes")
        self.pin_action.setCheckable(True)
        self.pin_action.setToolTip(self.tr("Keep the numbers as they are now instead of following the codes used last"))
        self.pin_action.toggled.connect(self.set_pinned)
        self.recent_menu = menu.addMenu(self.tr("Recent &codes"))
        self.recent_actions = []
        for n in range(1, RECENT + 1):
            action = QAction(self.tr("Code with recent code {n}").format(n=n), self)
            action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, i=n - 1: self.apply_recent(i))
            self.session.widget.addAction(action)  # shortcuts work even while the submenu is hidden
            self.recent_actions.append(action)


    def set_single_keys(self, on: bool) -> None:
        """The single-key coding shortcuts (Delete, +, −, 0) on or off: off while editing the
        text, where these keys type."""
        for action in self.single_key_actions:
            action.setEnabled(on)

    # -- what the document view shows ----------------------------------------------------
    def highlights(self, document_id: int, coding_ids=None) -> list[Highlight]:
        """What the view shows of the document's codings (only ``coding_ids`` when given): the
        codings of the coders in view, with their initials when several coders are at work."""
        shown = self.coders.shown_in(document_id)  # the reading's codings of the coders in view
        several = len(list_coders(self.session.project)) > 1
        return [
            Highlight(d.id, d.start, d.end, d.code_name, d.code_path, d.color, d.coder, d.memo, d.valence,
                      initials(d.coder) if several else "", d.confidential, d.starred)
            for d in codings.coding_details(self.session.project, document_id, coding_ids)
            if shown is None or d.id in shown
        ]

    # -- coding ------------------------------------------------------------------------------
    def _passage(self) -> tuple[int, int, int] | None:
        """(document id, start, end) of the selected passage, trimmed of surrounding spaces."""
        document_id, selection = self.view.document_id(), self.view.selection()
        if self.session.project is None or document_id is None or selection is None:
            return None
        # the text in view, not read again from the project (a megabyte for a long transcript)
        trimmed = codings.trim_passage(self.view.text(), *selection)
        return (document_id, *trimmed) if trimmed else None

    def code_passage(self, code_id: int, passage: tuple[int, int, int] | None = None) -> bool:
        """Code the given passage (default: the selection) with ``code_id``."""
        passage = passage or self._passage()
        if passage is None:
            self.session.show_message(self.tr("Select a passage in the document first."), 5000)
            return False
        if not self.session.need_coder():
            return False
        document_id, start, end = passage
        code = self.code_panel.model.code(code_id)
        name = code.name if code else ""
        journal = self.session.run_operation(
            self.tr("Code with “{name}”").format(name=name),
            lambda: codings.add_coding(self.session.project, document_id=document_id, code_id=code_id,
                                       start=start, end=end, coder_id=self.session.coder_id),
        )
        if journal is not None:
            self.session.show_message(self.tr("Coded with “{name}” (Ctrl+Z to undo)").format(name=name), 5000)
        return journal is not None

    def _code_clicked(self, index) -> None:
        code_id = index.data(CODE_ID_ROLE)
        if code_id is not None and self._passage() is not None and self.code_passage(code_id):
            self.view.clear_selection()  # a second click (to open or select a code) must not code again

    def _passage_dropped(self, code_id: int, document_id: int, start: int, end: int) -> None:
        shown = document_id == self.view.document_id()
        text = self.view.text() if shown else document_text(self.session.project, document_id)
        trimmed = codings.trim_passage(text, start, end)
        if trimmed and self.code_passage(code_id, (document_id, *trimmed)) and self.view.document_id() == document_id:
            self.view.clear_selection()  # as after a click: the code is selected now, a click on it must not code again

    def quick_code(self) -> None:
        """Apply the code typed in the quick-code box: a path or a name; a new code when none
        matches."""
        typed = self.code_panel.quick_code.text().strip()
        passage = self._passage()
        if not typed or self.session.project is None:
            return
        if passage is None:
            self.session.show_message(self.tr("Select a passage in the document first."), 5000)
            return
        if not self.session.need_coder():
            return
        path = self._resolve_path(typed)
        document_id, start, end = passage
        # new codes on the path join their parent's colour family and default valence (the core does it)
        operation = partial(codings.add_coding_by_path, self.session.project, document_id=document_id, path=path,
                            start=start, end=end, coder_id=self.session.coder_id)
        journal = self.session.run_operation(self.tr("Code with “{name}”").format(name=path), operation)
        if journal is not None:
            self.code_panel.quick_code.clear()

    def _resolve_path(self, typed: str) -> str:
        """A typed name that matches exactly one code anywhere in the tree means that code."""
        paths = self.code_panel.model.paths()
        if any(p.casefold() == typed.casefold() for p in paths):
            return typed
        by_name = [p for p in paths if p.rsplit("/", 1)[-1].casefold() == typed.casefold()]
        return by_name[0] if len(by_name) == 1 else typed

    def focus_quick_code(self) -> None:
        self.code_panel.quick_code.setFocus()
        self.code_panel.quick_code.selectAll()

    def in_vivo(self) -> None:
        passage = self._passage()
        if passage is None:
            self.session.show_message(self.tr("Select a passage in the document first."), 5000)
            return
        if not self.session.need_coder():
            return
        document_id, start, end = passage
        journal = self.session.run_operation(
            self.tr("Code in vivo"),
            lambda: codings.add_in_vivo_coding(self.session.project, document_id=document_id, start=start,
                                               end=end, coder_id=self.session.coder_id),
        )
        if journal is not None:
            self.code_panel.select_code(journal.result[0])

    def _pin_key(self) -> str | None:
        project = self.session.project
        return None if project is None else "pinned_codes/" + str(project.path).replace("/", "|")

    def set_pinned(self, on: bool) -> None:
        """Pin the codes behind Ctrl+1..9 (per project, remembered) or let them follow use again."""
        key = self._pin_key()
        if key is None:
            return
        if on:
            self.session.settings.setValue(key, ",".join(map(str, self.recent)))
        else:
            self.session.settings.remove(key)
        self.reload_recent()
        self.session.show_message(self.tr("Ctrl+1..9 pinned: the numbers stay as they are.") if on else
                                  self.tr("Ctrl+1..9 follow the codes used last again."), 5000)

    def _pinned(self) -> list[int] | None:
        key = self._pin_key()
        value = self.session.settings.value(key) if key else None
        if value is None:
            return None
        known = set(self.code_panel.model.code_ids())
        return [int(v) for v in str(value).split(",") if v.strip().isdigit() and int(v) in known][:RECENT]

    def reload_recent(self) -> None:
        project, coder_id = self.session.project, self.session.coder_id
        pinned = self._pinned()
        self.pin_action.blockSignals(True)
        self.pin_action.setChecked(pinned is not None)
        self.pin_action.blockSignals(False)
        if pinned is not None:
            self.recent = pinned
        else:
            self.recent = codings.recent_code_ids(project, coder_id, RECENT) if project and coder_id else []
        self.code_panel.model.set_keys(self.recent)
        self.recent_menu.clear()
        model = self.code_panel.model
        for n, action in enumerate(self.recent_actions):
            if n < len(self.recent):
                code = model.code(self.recent[n])
                name = code.name if code else ""
                action.setText(f"&{n + 1} {name}")
                action.setEnabled(True)
                self.recent_menu.addAction(action)
            else:
                action.setEnabled(False)
        self.recent_menu.setEnabled(bool(self.recent))

    def apply_recent(self, n: int) -> None:
        if n < len(self.recent):
            self.code_passage(self.recent[n])

    # -- a coding's context menu -----------------------------------------------------------
    def _coding_menu(self, coding_id: int, position: QPoint) -> None:
        menu = QMenu(self.session.widget)
        menu.setObjectName("codingMenu")
        edits(menu.addAction(self.tr("&Remove coding"), lambda: self.remove_coding(coding_id)),
              menu.addAction(self.tr("&Change code..."), lambda: self.change_code_dialog(coding_id)),
              menu.addAction(self.tr("&Memo..."), lambda: self.memo_dialog(coding_id)))
        menu.addSeparator()
        current = codings.get_coding(self.session.project, coding_id).valence
        for valence, text in ((PROMOTING, self.tr("Promoting (bevorderend, +)")),
                              (HINDERING, self.tr("Hindering (belemmerend, −)")),
                              (None, self.tr("No valence"))):
            action = menu.addAction(text, lambda v=valence: self.set_valence(coding_id, v))
            edits(action)
            action.setCheckable(True)
            action.setChecked(current == valence)
        menu.addSeparator()
        star = menu.addAction(self.tr("&Star as quote"), lambda: self.toggle_star(coding_id))
        star.setObjectName("starAsQuote")
        star.setCheckable(True)
        star.setChecked(quotes_mod.is_starred(self.session.project, coding_id))
        confidential = menu.addAction(self.tr("C&onfidential (not shared)"),
                                      lambda: self.toggle_confidential(coding_id))
        confidential.setObjectName("confidential")
        confidential.setCheckable(True)
        confidential.setChecked(quotes_mod.is_confidential(self.session.project, coding_id))
        edits(star, confidential)
        popup(menu, position, self.session.project.read_only)

    def toggle_confidential(self, coding_id: int) -> None:
        """Mark the coding confidential (never quoted, masked in shared copies) or shareable again."""
        project = self.session.project
        confidential = not quotes_mod.is_confidential(project, coding_id)
        label = self.tr("Mark confidential") if confidential else self.tr("Mark shareable")
        if self.session.run_operation(label, partial(quotes_mod.set_confidential, project, [coding_id], confidential)) is None:
            return
        self.session.show_message(
            self.tr("Confidential: never quoted, and masked in coder copies and exports.") if confidential
            else self.tr("The coding may be shared again."), 8000)

    def toggle_star(self, coding_id: int) -> None:
        """Star the coding as a quote candidate (or remove the star); warn when the passage
        holds a name from the placeholder list (every export replaces it)."""
        project = self.session.project
        starred = not quotes_mod.is_starred(project, coding_id)
        label = self.tr("Star as quote") if starred else self.tr("Remove quote star")
        if self.session.run_operation(label, lambda: quotes_mod.set_starred(project, [coding_id], starred)) is None:
            return
        coding = codings.get_coding(project, coding_id)
        names = quotes_mod.names_in(project, document_text(project, coding.document_id)[coding.start:coding.end])
        if starred and names:
            self.session.show_message(self.tr("Starred. This quote contains {names}: exports replace it "
                                                   "with its placeholder.").format(names=", ".join(names)), 10000)
        else:
            self.session.show_message(self.tr("Starred as quote.") if starred else
                                           self.tr("Quote star removed."), 5000)

    def star_selected(self) -> None:
        self._with_selected(self.toggle_star)

    def confidential_selected(self) -> None:
        self._with_selected(self.toggle_confidential)

    def _with_selected(self, act) -> None:
        coding_id = self.view.selected_coding()
        if coding_id is None:
            self.session.show_message(self.tr("Click a coding first."), 5000)
            return
        act(coding_id)

    def set_valence(self, coding_id: int, valence: str | None):
        return self.session.run_operation(self.tr("Change valence"),
                             lambda: codings.set_coding_valence(self.session.project, coding_id, valence))

    def cycle_coding(self) -> None:
        chosen = self.view.cycle_coding_at_cursor()
        if chosen is None:
            self.session.show_message(self.tr("No coding at the cursor."), 5000)
            return
        self.session.show_message(self.tr("Selected coding “{code}” by {coder}: + − 0, Delete, Ctrl+Shift+S act on it.")
                                  .format(code=chosen.code_path or chosen.code_name, coder=chosen.coder), 8000)

    def _selected_name(self, coding_id: int) -> str:
        highlight = self.view.highlight(coding_id)
        return highlight.code_name if highlight else ""

    def set_selected_valence(self, valence: str | None) -> None:
        coding_id = self.view.selected_coding()
        if coding_id is None:
            self.session.show_message(self.tr("Click a coding first (or Ctrl+L in the text)."), 5000)
            return
        name = self._selected_name(coding_id)
        if self.set_valence(coding_id, valence) is None:
            return
        text = {PROMOTING: self.tr("Coding “{code}” marked promoting (+)."),
                HINDERING: self.tr("Coding “{code}” marked hindering (−).")}.get(
                    valence, self.tr("Coding “{code}” has no valence now."))
        self.session.show_message(text.format(code=name), 5000)

    def flip_selected_valence(self) -> None:
        """None -> promoting -> hindering -> none, for the selected coding."""
        coding_id = self.view.selected_coding()
        if coding_id is None:
            self.session.show_message(self.tr("Click a coding first."), 5000)
            return
        self.set_valence(coding_id, codings.next_valence(codings.get_coding(self.session.project, coding_id).valence))

    def remove_coding(self, coding_id: int) -> None:
        self.session.run_operation(self.tr("Remove coding"), lambda: codings.remove_coding(self.session.project, coding_id))

    def remove_selected_coding(self) -> None:
        coding_id = self.view.selected_coding()
        if coding_id is None:
            self.session.show_message(self.tr("Click a coding first (or Ctrl+L in the text)."), 5000)
            return
        name = self._selected_name(coding_id)
        if self.session.run_operation(self.tr("Remove coding"),
                                      lambda: codings.remove_coding(self.session.project, coding_id)) is not None:
            self.session.show_message(self.tr("Removed the coding “{code}” (Ctrl+Z to undo).").format(code=name), 5000)

    def change_code(self, coding_id: int, code_id: int) -> None:
        self.session.run_operation(self.tr("Change code"),
                             lambda: codings.change_coding_code(self.session.project, coding_id, code_id))

    def change_code_dialog(self, coding_id: int) -> None:
        dialog = CodePickerDialog(codes_mod.code_paths(self.session.project), self.tr("Change code"), self.session.widget)
        if dialog.exec() and dialog.chosen_code() is not None:
            self.change_code(coding_id, dialog.chosen_code())

    def set_memo(self, coding_id: int, memo: str) -> None:
        self.session.run_operation(self.tr("Memo on coding"),
                             lambda: codings.set_coding_memo(self.session.project, coding_id, memo))

    def memo_dialog(self, coding_id: int) -> None:
        try:
            current = codings.get_coding(self.session.project, coding_id).memo
        except QdaError as error:
            self.session.report(error)
            return
        memo, ok = QInputDialog.getMultiLineText(self.session.widget, self.tr("Memo"), self.tr("Memo on this coding:"), current)
        if ok and memo.strip() != current:
            self.set_memo(coding_id, memo)
