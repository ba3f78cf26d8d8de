"""The case panel: cases with their respondents, the speakers of the current document and the
cases its passages belong to.

Design rules:
- Every change is a core operation run through ``window.run_operation`` (one undo step);
  the panel never writes and never keeps its own truth: ``refresh`` re-reads from the project.
- Dialogs are opened with ``open()`` and return at once; the methods that open them return
  the dialog, so tests (and the window) can fill them in and accept.
- Deleting asks first and says what hangs on the case; merging and linking do not ask,
  because Ctrl+Z undoes them.
- The "this document" part follows ``window.view.document_id()``; the window calls
  ``refresh()`` when it shows another document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout,
    QInputDialog, QListWidget, QListWidgetItem, QMenu, QMessageBox, QPushButton,
    QTableWidget, QTableWidgetItem, QTreeView, QVBoxLayout, QWidget,
)

from ...core import cases as cases_mod
from ...core import documents as documents_mod
from ...core import respondents as resp_mod
from ...core.respondents import Respondent
from ..common.actions import edits, popup
from .respondent_dialog import NOT_LINKED, RespondentDialog, respondent_text

if TYPE_CHECKING:  # pragma: no cover
    from ...core.journal import Changes
    from ..session import Session

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "case", "respondent" or "loose" (respondents of no case)
ID_ROLE = Qt.ItemDataRole.UserRole + 2
WATCHED = {"cases", "case_ranges", "respondents", "speaker_turns", "documents"}
TREE = {"cases", "respondents"}  # what the tree of cases and respondents shows


class CasePanel(QWidget):
    """Integration: ``CasePanel(window)``; the window calls ``refresh(changes)`` after every
    change and ``refresh()`` when it shows another document or project."""

    def __init__(self, session: Session, view, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view = view  # the document view: its document and selection
        self.setObjectName("casePanel")
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("caseTree")
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.tree.doubleClicked.connect(lambda _i: self.edit_respondent_dialog() if self.current_respondent_id() else None)
        self.speaker_table = QTableWidget(0, 2)
        self.speaker_table.setObjectName("speakerTable")
        self.speaker_table.setHorizontalHeaderLabels([self.tr("Speaker"), self.tr("Respondent")])
        self.speaker_table.horizontalHeader().setStretchLastSection(True)
        self.speaker_table.verticalHeader().hide()
        self.speaker_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.speaker_combos: dict[str, QComboBox] = {}
        self.links = QListWidget()
        self.links.setObjectName("caseLinks")
        self.links.itemDoubleClicked.connect(self._show_link)
        self._build_layout()
        session.subscribe(self.refresh)
        # another document in view: only its speakers and case links change, not the case tree
        session.document_shown.connect(lambda _document: self._load_document())
        self.refresh()

    def _build_layout(self) -> None:
        self.case_actions = [(self.tr("New case..."), self.new_case_dialog),
                             (self.tr("Rename case..."), self.rename_case_dialog),
                             (self.tr("Merge case into..."), self.merge_dialog),
                             (self.tr("Delete case..."), self.delete_case_dialog)]
        self.respondent_actions = [(self.tr("New respondent..."), self.new_respondent_dialog),
                                   (self.tr("Edit respondent..."), self.edit_respondent_dialog),
                                   (self.tr("Delete respondent..."), self.delete_respondent_dialog)]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 3)
        for row in (self.case_actions, self.respondent_actions):
            line = QHBoxLayout()
            for text, slot in row:
                button = QPushButton(text)
                button.clicked.connect(lambda _checked=False, s=slot: s())
                line.addWidget(button)
            line.addStretch(1)
            layout.addLayout(line)
        speakers = QGroupBox(self.tr("Speakers of this document"))
        QVBoxLayout(speakers).addWidget(self.speaker_table)
        layout.addWidget(speakers, 1)
        links = QGroupBox(self.tr("Cases of this document"))
        box = QVBoxLayout(links)
        box.addWidget(self.links)
        line = QHBoxLayout()
        self.assign_button = QPushButton(self.tr("Assign the selected passage to a case..."))
        self.assign_button.clicked.connect(lambda: self.assign_dialog())
        self.remove_button = QPushButton(self.tr("Remove link"))
        self.remove_button.clicked.connect(self.remove_selected_link)
        line.addWidget(self.assign_button)
        line.addWidget(self.remove_button)
        line.addStretch(1)
        box.addLayout(line)
        layout.addWidget(links, 1)

    @property
    def project(self):
        return self.session.project

    # -- reading ---------------------------------------------------------------------------
    def refresh(self, changes: Changes | None = None) -> None:
        if changes is not None and not (changes.tables & WATCHED):
            return
        if changes is None or changes.tables & TREE:
            self._refresh_tree()
        if changes is not None and changes.text_only:  # the passages moved; the speakers stay as they were
            self._load_links()
            return
        self._load_document()

    def _refresh_tree(self) -> None:
        current = self.tree.currentIndex()
        keep = (current.data(KIND_ROLE), current.data(ID_ROLE)) if current.isValid() else None
        # removeRows, not clear(): clearing a model whose rows a tree view shows expanded takes
        # seconds for 2,000 cases (Qt updates each expanded row's index), removing them milliseconds
        self.model.removeRows(0, self.model.rowCount())
        self.setEnabled(self.project is not None)
        if self.project is not None:
            self._load_tree()
            self.tree.expandAll()
            if keep is not None:
                self._select(*keep)

    def _load_tree(self) -> None:
        by_case: dict[int | None, list[Respondent]] = {}
        for r in resp_mod.list_respondents(self.project):
            by_case.setdefault(r.case_id, []).append(r)
        groups = [(c.id, c.name, "case") for c in cases_mod.list_cases(self.project)]
        if by_case.get(None):
            groups.append((None, self.tr("(respondents without a case)"), "loose"))
        for case_id, name, kind in groups:
            item = self._item(name, kind, case_id)
            for r in by_case.get(case_id, []):
                item.appendRow(self._item(respondent_text(r), "respondent", r.id))
            self.model.appendRow(item)

    def _item(self, text: str, kind: str, item_id: int | None) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(kind, KIND_ROLE)
        item.setData(item_id, ID_ROLE)
        return item

    def _load_document(self) -> None:
        """The speakers and case links of the document in view."""
        self.speaker_table.setRowCount(0)
        self.speaker_combos = {}
        self.links.clear()
        document_id = self.view.document_id()
        if self.project is None or document_id is None or not documents_mod.document_exists(self.project, document_id):
            return
        own = {c.id for c in cases_mod.document_cases(self.project, document_id)}
        names = {c.id: c.name for c in cases_mod.list_cases(self.project)}
        people = sorted(resp_mod.list_respondents(self.project),
                        key=lambda r: (r.case_id not in own, names.get(r.case_id, ""), r.label.casefold()))
        for speaker, respondent_id, n in resp_mod.speakers(self.project, document_id):
            row = self.speaker_table.rowCount()
            self.speaker_table.insertRow(row)
            self.speaker_table.setItem(row, 0, QTableWidgetItem(self.tr("{label} ({n} turns)").format(label=speaker, n=n)))
            combo = QComboBox()
            combo.addItem(self.tr("(not linked)"), NOT_LINKED)
            separated = False
            for r in people:
                if r.case_id not in own and not separated:
                    separated = True  # the document's own respondents first, then the others
                    if combo.count() > 1:
                        combo.insertSeparator(combo.count())
                combo.addItem(f"{names[r.case_id]}/{respondent_text(r)}" if r.case_id in names else respondent_text(r), r.id)
            combo.setCurrentIndex(max(0, combo.findData(respondent_id if respondent_id is not None else NOT_LINKED)))
            combo.currentIndexChanged.connect(
                lambda _i, s=speaker, c=combo: self.link_speaker(s, None if c.currentData() == NOT_LINKED else c.currentData()))
            self.speaker_table.setCellWidget(row, 1, combo)
            self.speaker_combos[speaker] = combo
        self.speaker_table.resizeColumnToContents(0)
        self.speaker_table.resizeRowsToContents()
        self._load_links()

    def _load_links(self) -> None:
        """The case passages of the document in view, with where they are and how they start."""
        self.links.clear()
        document_id = self.view.document_id()
        if self.project is None or document_id is None or not documents_mod.document_exists(self.project, document_id):
            return
        text = documents_mod.document_text(self.project, document_id)
        for link in cases_mod.case_ranges(self.project, document_id):
            if link["start"] is None:
                label = self.tr("{case}: whole document").format(case=link["case_name"])
            else:
                excerpt = " ".join(text[link["start"]:link["end"]].split())
                excerpt = excerpt if len(excerpt) <= 50 else excerpt[:49] + "…"
                label = self.tr("{case}: chars {start}–{end} “{excerpt}”").format(
                    case=link["case_name"], start=link["start"], end=link["end"], excerpt=excerpt)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, link)
            self.links.addItem(item)

    # -- the selection in the tree ---------------------------------------------------------
    def _select(self, kind: str, item_id: int | None) -> bool:
        for row in range(self.model.rowCount()):
            top = self.model.item(row)
            for item in [top] + [top.child(i) for i in range(top.rowCount())]:
                if item.data(KIND_ROLE) == kind and item.data(ID_ROLE) == item_id:
                    self.tree.setCurrentIndex(item.index())
                    return True
        return False

    def select_case(self, case_id: int) -> bool:
        return self._select("case", case_id)

    def select_respondent(self, respondent_id: int) -> bool:
        return self._select("respondent", respondent_id)

    def current_case_id(self) -> int | None:
        """The selected case, or the case of the selected respondent."""
        index = self.tree.currentIndex()
        if index.isValid() and index.data(KIND_ROLE) == "respondent":
            index = index.parent()
        return index.data(ID_ROLE) if index.isValid() and index.data(KIND_ROLE) == "case" else None

    def current_respondent_id(self) -> int | None:
        index = self.tree.currentIndex()
        return index.data(ID_ROLE) if index.isValid() and index.data(KIND_ROLE) == "respondent" else None

    def _need(self, value, message: str):
        if value is None:
            self.session.show_message(message, 5000)
        return value

    def _tree_menu(self, position: QPoint) -> None:
        menu = QMenu(self.tree)
        menu.setObjectName("caseMenu")
        kind = self.tree.indexAt(position).data(KIND_ROLE)
        actions = {"case": self.case_actions, "respondent": self.respondent_actions}.get(
            kind, [self.case_actions[0], self.respondent_actions[0]])
        for text, slot in actions:
            edits(menu.addAction(text, slot))
        popup(menu, self.tree.viewport().mapToGlobal(position),
              self.session.project is None or self.session.project.read_only)

    def _confirm(self, name: str, title: str, text: str, undo_text: str, operation) -> QMessageBox:
        """Ask Yes/Cancel without blocking; Yes runs ``operation`` as an undoable step."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName(name)
        box.buttonClicked.connect(lambda b: box.standardButton(b) == QMessageBox.StandardButton.Yes
                                  and self.session.run_operation(undo_text, operation))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _ask_text(self, title: str, label: str, text: str, done) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setObjectName("caseInput")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.accepted.connect(lambda: done(dialog.textValue()))
        dialog.open()
        return dialog

    def _pick_case(self, title: str, exclude: int | None, done) -> QInputDialog | None:
        """A non-blocking chooser of a case; ``done(case_id)`` when accepted."""
        choices = {c.name: c.id for c in cases_mod.list_cases(self.project) if c.id != exclude}
        if not choices:
            self.session.show_message(self.tr("There is no case to choose; add one first."), 5000)
            return None
        dialog = QInputDialog(self)
        dialog.setObjectName("casePicker")
        dialog.setWindowTitle(title)
        dialog.setLabelText(self.tr("Case:"))
        dialog.setComboBoxItems(list(choices))
        dialog.accepted.connect(lambda: dialog.textValue() in choices and done(choices[dialog.textValue()]))
        dialog.open()
        return dialog

    # -- cases -----------------------------------------------------------------------------
    def add_case(self, name: str) -> int | None:
        journal = self.session.run_operation(self.tr("Add case “{name}”").format(name=name.strip()),
                                       lambda: cases_mod.add_case(self.project, name))
        if journal is not None:
            self.select_case(journal.result)
        return None if journal is None else journal.result

    def new_case_dialog(self) -> QInputDialog | None:
        if self.project is None:
            return None
        return self._ask_text(self.tr("New case"), self.tr("Name of the new case:"), "", self.add_case)

    def rename_case_dialog(self) -> QInputDialog | None:
        case_id = self._need(self.current_case_id(), self.tr("Select a case first."))
        if case_id is None:
            return None
        name = cases_mod.get_case(self.project, case_id).name
        return self._ask_text(self.tr("Rename case"), self.tr("New name of “{name}”:").format(name=name), name,
                              lambda new: self.session.run_operation(self.tr("Rename case to “{name}”").format(name=new.strip()),
                                                               lambda: cases_mod.rename_case(self.project, case_id, new)))

    def merge_cases(self, source_id: int, target_id: int) -> None:
        source, target = cases_mod.get_case(self.project, source_id), cases_mod.get_case(self.project, target_id)
        if self.session.run_operation(self.tr("Merge case “{a}” into “{b}”").format(a=source.name, b=target.name),
                                lambda: cases_mod.merge_cases(self.project, source_id, target_id)) is not None:
            self.select_case(target_id)

    def merge_dialog(self) -> QInputDialog | None:
        source_id = self._need(self.current_case_id(), self.tr("Select a case first."))
        if source_id is None:
            return None
        name = cases_mod.get_case(self.project, source_id).name
        return self._pick_case(self.tr("Merge “{name}” into...").format(name=name), source_id,
                               lambda target_id: self.merge_cases(source_id, target_id))

    def delete_case_dialog(self) -> QMessageBox | None:
        """Ask before deleting the selected case, saying what it has."""
        case_id = self._need(self.current_case_id(), self.tr("Select a case first."))
        if case_id is None:
            return None
        case = cases_mod.get_case(self.project, case_id)
        group = next(g for g in documents_mod.documents_by_case(self.project) if g.case and g.case.id == case_id)
        links = [r for d in group.documents for r in cases_mod.case_ranges(self.project, d.id) if r["case_id"] == case_id]
        whole = sum(1 for r in links if r["start"] is None)
        people = len(resp_mod.list_respondents(self.project, case_id))
        return self._confirm("deleteCaseDialog", self.tr("Delete case"), self.tr(
            "Delete the case “{name}”? It has {documents} whole document(s), {passages} passage(s) and "
            "{respondents} respondent(s). The documents and respondents stay in the project, without "
            "this case; its attribute values and memos go. You can undo this with Ctrl+Z.").format(
            name=case.name, documents=whole, passages=len(links) - whole, respondents=people),
            self.tr("Delete case “{name}”").format(name=case.name), lambda: cases_mod.delete_case(self.project, case_id))

    # -- respondents -----------------------------------------------------------------------
    def _respondent_dialog(self, respondent: Respondent | None, done) -> RespondentDialog:
        names = {c.id: c.name for c in cases_mod.list_cases(self.project)}
        dialog = RespondentDialog(names, self.current_case_id(), respondent, self, resp_mod.project_roles(self.project))
        dialog.accepted.connect(lambda: done(dialog.values()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_respondent(self, case_id: int | None, label: str, role: str = "", function: str = "") -> int | None:
        journal = self.session.run_operation(self.tr("Add respondent “{label}”").format(label=label.strip()), lambda: (
            resp_mod.add_respondent(self.project, case_id=case_id, label=label, role=role, function=function)))
        if journal is not None:
            self.select_respondent(journal.result)
        return None if journal is None else journal.result

    def new_respondent_dialog(self) -> RespondentDialog | None:
        if self.project is None:
            return None
        return self._respondent_dialog(None, lambda values: self.add_respondent(**values))

    def edit_respondent_dialog(self) -> RespondentDialog | None:
        respondent_id = self._need(self.current_respondent_id(), self.tr("Select a respondent first."))
        if respondent_id is None:
            return None
        old = resp_mod.get_respondent(self.project, respondent_id)

        def done(values: dict) -> None:
            changes = {k: v for k, v in values.items() if getattr(old, k) != v}
            if changes:
                self.session.run_operation(self.tr("Edit respondent “{label}”").format(label=old.label),
                                     lambda: resp_mod.update_respondent(self.project, respondent_id, **changes))

        return self._respondent_dialog(old, done)

    def delete_respondent_dialog(self) -> QMessageBox | None:
        respondent_id = self._need(self.current_respondent_id(), self.tr("Select a respondent first."))
        if respondent_id is None:
            return None
        label = resp_mod.get_respondent(self.project, respondent_id).label
        return self._confirm("deleteRespondentDialog", self.tr("Delete respondent"), self.tr(
            "Delete the respondent “{label}”? Speaker turns linked to them keep their label but lose the link. "
            "You can undo this with Ctrl+Z.").format(label=label), self.tr("Delete respondent “{label}”").format(
            label=label), lambda: resp_mod.delete_respondent(self.project, respondent_id))

    # -- the current document --------------------------------------------------------------
    def link_speaker(self, speaker: str, respondent_id: int | None) -> None:
        document_id = self.view.document_id()
        if document_id is not None:
            self.session.run_operation(self.tr("Link speaker “{speaker}”").format(speaker=speaker),
                                 lambda: resp_mod.link_speaker(self.project, document_id, speaker, respondent_id))

    def assign_passage(self, case_id: int, document_id: int, start: int, end: int) -> None:
        name = cases_mod.get_case(self.project, case_id).name
        self.session.run_operation(self.tr("Assign passage to “{name}”").format(name=name),
                             lambda: cases_mod.assign_passage(self.project, case_id, document_id, start, end))

    def assign_dialog(self) -> QInputDialog | None:
        """Choose the case the passage selected in the document belongs to."""
        document_id, selection = self.view.document_id(), self.view.selection()
        if self.project is None or self._need(selection, self.tr("Select a passage in the document first.")) is None:
            return None
        start, end = selection
        return self._pick_case(self.tr("Assign the passage to a case"), None,
                               lambda case_id: self.assign_passage(case_id, document_id, start, end))

    def remove_selected_link(self) -> None:
        item = self._need(self.links.currentItem(), self.tr("Select a case link first."))
        if item is not None:
            link = item.data(Qt.ItemDataRole.UserRole)
            self.session.run_operation(self.tr("Remove link to “{name}”").format(name=link["case_name"]),
                                 lambda: cases_mod.remove_case_range(self.project, link["id"]))

    def _show_link(self, item: QListWidgetItem) -> None:
        link = item.data(Qt.ItemDataRole.UserRole)
        if link["start"] is not None:
            self.view.select_range(link["start"], link["end"])
