"""The memo panel: every memo of the project (research journal, memos on documents, cases,
codes and codings), newest first, searchable, with the selected memo's text below.

Design rules:
- The list is what ``memos.list_memos`` returns for the search text and the chosen target;
  the panel keeps no memo of its own and re-reads in ``refresh``.
- "This document / case / code / coding" follow the window: the document in view, the case of
  the selected passage (else of the document), the code selected in the codebook and the coding
  selected in the document. The panel follows code and coding selection itself; the window
  calls ``refresh()`` when it shows another document or project.
- Adding, editing and deleting are core operations through ``window.run_operation`` (undo);
  the author of a new memo is the coder (``window.coder_name()``).
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLineEdit, QMessageBox,
    QPlainTextEdit, QPushButton, QSplitter, QTextBrowser, QTreeView, QVBoxLayout, QWidget,
)

from ...core import cases as cases_mod
from ...core import codes as codes_mod
from ...core import codings as codings_mod
from ...core import documents as documents_mod
from ...core import memos as memos_mod
from ...core.errors import QdaError
from ...core.memos import Memo
from ..common.dialogs import form_dialog

if TYPE_CHECKING:  # pragma: no cover
    from ...core.journal import Changes
    from ..session import Session

MEMO_ID_ROLE = Qt.ItemDataRole.UserRole + 1
WATCHED = {"memos", "documents", "cases", "case_ranges", "codes"}
KINDS = ("project", "document", "case", "code", "coding")


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def local_time(stamp: str) -> str:
    """A stored UTC timestamp as local date and time."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


class MemoDialog(QDialog):
    """What a memo is on (a new memo only), its title and its text."""

    def __init__(self, choices: list[tuple[str, str, tuple | None]], kind: str, memo: Memo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memoDialog")
        self.setWindowTitle(self.tr("Edit memo") if memo else self.tr("New memo"))
        self.resize(520, 420)
        form = QFormLayout()
        self.target = QComboBox()
        for choice_kind, label, target in choices:
            self.target.addItem(label, choice_kind)
            self.target.model().item(self.target.count() - 1).setEnabled(target is not None)
        self._targets = {k: t for k, _label, t in choices}
        self.target.setCurrentIndex(max(0, self.target.findData(kind if self._targets.get(kind) else "project")))
        self.target.setEnabled(memo is None)
        form.addRow(self.tr("On:"), self.target)
        self.title = QLineEdit(memo.title if memo else "")
        self.title.setPlaceholderText(self.tr("Optional; the first line of the text otherwise"))
        form.addRow(self.tr("Title:"), self.title)
        self.text = QPlainTextEdit(memo.text if memo else "")
        form.addRow(self.tr("Text:"), self.text)
        form_dialog(self, form)

    def set_kind(self, kind: str) -> None:
        self.target.setCurrentIndex(self.target.findData(kind))

    def chosen_target(self) -> tuple[str, int | None]:
        return self._targets[self.target.currentData()]


class MemoPanel(QWidget):
    """Integration: ``MemoPanel(window)``; the window calls ``refresh(changes)`` after every
    change and ``refresh()`` when it shows another document or project."""

    def __init__(self, session: Session, view, code_panel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view, self.code_panel = view, code_panel  # what "this document / code / coding" follow
        self.setObjectName("memoPanel")
        self.search = QLineEdit()
        self.search.setObjectName("memoSearch")
        self.search.setPlaceholderText(self.tr("Search memos"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.refresh())
        self.filter = QComboBox()
        self.filter.setObjectName("memoFilter")
        self.filter.addItem(self.tr("All memos"), "all")
        for kind in KINDS:
            self.filter.addItem(self._kind_label(kind), kind)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("Memo"), self.tr("On"), self.tr("Author"), self.tr("Date")])
        self.list = QTreeView()
        self.list.setObjectName("memoList")
        self.list.setModel(self.model)
        self.list.setRootIsDecorated(False)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_current())
        self.list.doubleClicked.connect(lambda _i: self.edit_memo_dialog())
        self.viewer = QTextBrowser()
        self.viewer.setObjectName("memoText")
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.filter, 1)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("New memo..."), self.new_memo_dialog), (self.tr("Edit..."), self.edit_memo_dialog),
                           (self.tr("Delete..."), self.delete_memo_dialog)):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            buttons.addWidget(button)
        buttons.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(self.viewer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split)
        layout.addLayout(buttons)
        # bound methods, so Qt disconnects them when the panel goes
        view.coding_selected.connect(self._follow_coding)
        view.selection_changed.connect(self._follow_case)
        session.subscribe(self.refresh)
        session.document_shown.connect(lambda _document: self.refresh())
        code_panel.tree.selectionModel().currentChanged.connect(self._follow_code)
        self.refresh()

    @property
    def project(self):
        return self.session.project

    def _kind_label(self, kind: str) -> str:
        return {"project": self.tr("Project journal"), "document": self.tr("This document"),
                "case": self.tr("This case"), "code": self.tr("This code"), "coding": self.tr("This coding")}[kind]

    # -- what "this" means -----------------------------------------------------------------
    def target_of(self, kind: str) -> tuple[str, int | None] | None:
        """(target, target id) for a kind of KINDS as the window stands; None: nothing chosen."""
        if self.project is None:
            return None
        document_id = self.view.document_id()
        if kind == "project":
            return "project", None
        if kind == "document":
            return None if document_id is None else ("document", document_id)
        if kind == "case":
            if document_id is None:
                return None
            selection = self.view.selection()
            found = cases_mod.cases_of_passage(self.project, document_id, *selection) if selection else []
            found = found or cases_mod.document_cases(self.project, document_id)
            return ("case", found[0].id) if found else None
        chosen = self.code_panel.current_code_id() if kind == "code" else self.view.selected_coding()
        return None if chosen is None else (kind, chosen)

    def describe(self, target: str, target_id: int | None, cache: dict | None = None) -> str:
        """What a memo is on, as the list shows it."""
        cache = {} if cache is None else cache
        try:
            if target == "project":
                return self.tr("Project")
            if target == "document":
                return self.tr("Document {name}").format(name=documents_mod.get_document(self.project, target_id).name)
            if target == "case":
                return self.tr("Case {name}").format(name=cases_mod.get_case(self.project, target_id).name)
            if target == "code":
                if "codes" not in cache:
                    cache["codes"] = codes_mod.code_paths(self.project)
                paths = cache["codes"]
                return self.tr("Code {name}").format(name=paths[target_id]) if target_id in paths else self.tr("(removed)")
            coding = codings_mod.get_coding(self.project, target_id)
            texts = cache.setdefault("texts", {})
            if coding.document_id not in texts:
                texts[coding.document_id] = documents_mod.document_text(self.project, coding.document_id)
            excerpt = shorten(texts[coding.document_id][coding.start:coding.end], 50)
            return self.tr("Coding on “{excerpt}”").format(excerpt=excerpt)
        except QdaError:
            return self.tr("(removed)")

    # -- reading ---------------------------------------------------------------------------
    def current_filter(self) -> str:
        return self.filter.currentData()

    def set_filter(self, kind: str) -> None:
        self.filter.setCurrentIndex(self.filter.findData(kind))

    def _follow(self, kind: str) -> None:
        if self.current_filter() == kind:
            self.refresh()

    def _follow_coding(self, *_args) -> None:
        self._follow("coding")

    def _follow_case(self, *_args) -> None:
        self._follow("case")

    def _follow_code(self, *_args) -> None:
        self._follow("code")

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is not None and (not (changes.tables & WATCHED) or changes.text_only):
            return  # an edited text renames nothing the memos show
        keep = self.current_memo_id()
        self.model.removeRows(0, self.model.rowCount())
        self.viewer.clear()
        self.setEnabled(self.project is not None)
        if self.project is None:
            return
        kind = self.current_filter()
        target = (None, None) if kind == "all" else self.target_of(kind)
        if target is None:
            self.viewer.setPlainText(self.tr("Open a document and select a case, code or coding to see its memos."))
            return
        cache: dict = {}
        for memo in memos_mod.list_memos(self.project, target[0], target[1], self.search.text().strip() or None):
            title = memo.title or shorten(memo.text.split("\n", 1)[0], 60)
            row = [QStandardItem(title), QStandardItem(self.describe(memo.target, memo.target_id, cache)),
                   QStandardItem(memo.author), QStandardItem(local_time(memo.created_at))]
            row[0].setData(memo.id, MEMO_ID_ROLE)
            row[0].setToolTip(shorten(memo.text, 300))
            self.model.appendRow(row)
        if keep is not None:
            self.select_memo(keep)

    def memo_ids(self) -> list[int]:
        return [self.model.item(row).data(MEMO_ID_ROLE) for row in range(self.model.rowCount())]

    def current_memo_id(self) -> int | None:
        index = self.list.currentIndex()
        return index.siblingAtColumn(0).data(MEMO_ID_ROLE) if index.isValid() else None

    def select_memo(self, memo_id: int) -> bool:
        if memo_id in (ids := self.memo_ids()):
            self.list.setCurrentIndex(self.model.index(ids.index(memo_id), 0))
            return True
        return False

    def _show_current(self) -> None:
        memo_id = self.current_memo_id()
        if memo_id is None or self.project is None:
            self.viewer.clear()
            return
        memo = memos_mod.get_memo(self.project, memo_id)
        on = self.model.item(self.list.currentIndex().row(), 1).text()
        edited = self.tr(", edited {date}").format(date=local_time(memo.updated_at)) if memo.updated_at != memo.created_at else ""
        meta = self.tr("{on} — {author}, {date}{edited}").format(
            on=on, author=memo.author or self.tr("unknown author"), date=local_time(memo.created_at), edited=edited)
        title = f"<h3>{escape(memo.title)}</h3>" if memo.title else ""
        body = escape(memo.text).replace("\n", "<br>")
        self.viewer.setHtml(f"{title}<p><i>{escape(meta)}</i></p><p>{body}</p>")

    # -- changing ----------------------------------------------------------------------------
    def _choices(self) -> list[tuple[str, str, tuple | None]]:
        choices = []
        for kind in KINDS:
            target = self.target_of(kind)
            label = self._kind_label(kind)
            if target is not None and kind != "project":
                label = f"{label}: {self.describe(*target)}"
            choices.append((kind, label, target))
        return choices

    def add_memo(self, target: str, target_id: int | None, title: str, text: str) -> int | None:
        journal = self.session.run_operation(self.tr("Add memo"), lambda: memos_mod.add_memo(
            self.project, target=target, target_id=target_id, title=title, text=text, author=self.session.coder_name()))
        if journal is not None:
            self.select_memo(journal.result)
        return None if journal is None else journal.result

    def new_memo_dialog(self) -> MemoDialog | None:
        if self.project is None:
            return None
        dialog = MemoDialog(self._choices(), self.current_filter(), None, self)
        dialog.accepted.connect(lambda: self.add_memo(*dialog.chosen_target(), dialog.title.text(), dialog.text.toPlainText()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _need_memo(self) -> int | None:
        memo_id = self.current_memo_id()
        if memo_id is None:
            self.session.show_message(self.tr("Select a memo first."), 5000)
        return memo_id

    def edit_memo_dialog(self) -> MemoDialog | None:
        memo_id = self._need_memo()
        if memo_id is None:
            return None
        memo = memos_mod.get_memo(self.project, memo_id)
        on = [(memo.target, self.describe(memo.target, memo.target_id), (memo.target, memo.target_id))]
        dialog = MemoDialog(on, memo.target, memo, self)
        dialog.accepted.connect(lambda: self.session.run_operation(self.tr("Edit memo"), lambda: memos_mod.update_memo(
            self.project, memo_id, title=dialog.title.text(), text=dialog.text.toPlainText())))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_memo_dialog(self) -> QMessageBox | None:
        memo_id = self._need_memo()
        if memo_id is None:
            return None
        title = self.model.item(self.list.currentIndex().row(), 0).text()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete memo"), self.tr(
            "Delete the memo “{title}”? You can undo this with Ctrl+Z.").format(title=title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("deleteMemoDialog")
        box.buttonClicked.connect(lambda b: box.standardButton(b) == QMessageBox.StandardButton.Yes and self.session.run_operation(
            self.tr("Delete memo"), lambda: memos_mod.delete_memo(self.project, memo_id)))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
