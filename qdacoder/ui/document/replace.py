"""Replace in documents, and pseudonymising the source for good (issue 13).

One dialog for both: what to find and what it becomes, which documents (all, chosen ones, a
case's or a kind's), and a preview listing every hit in its context with a box to skip it.

Design rules:
- Matching is the core's (``core.replace``): whole words, as written and in capitals, or in
  any case; the same rule as the placeholders, so a replace finds what the exports would hide.
- The preview is what is replaced: the hits kept in it go to ``replace_hits``, which refuses
  when a document changed since (search again). Changing what to find or where clears it.
  It is a model over the list of hits (``HitsModel``), whose rows are made as they are shown:
  one name in every document of a large project has tens of thousands of hits (30,000 items
  took 1.3 s to fill, and each ticked box counted them all again).
- Replacing is one undo step for all documents (Session.run_operation). Codings whose whole
  passage a replacement takes away are named first, as when deleting text in edit mode.
- Pseudonymising replaces and then wipes the old text from the project for good
  (``core.purge``): not undoable, so it asks first, says which automatic backups still hold the
  old text and deletes them only when the researcher agrees; the window's undo history, whose
  steps hold the old text, is cleared.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...core.cases import list_cases
from ...core.documents import list_documents
from ...core.errors import QdaError
from ...core.journal import Changes
from ...core.purge import backups_holding, old_forms, pseudonymise
from ...core.replace import Hit, documents_for, find_hits, replace_hits
from ...core.schema import DOCUMENT_KINDS
from ...core.text_edits import CodingsWouldBeRemoved
from ..common.actions import add_action
from ..common.errors import message_for, show_error
from ..common.texts import kind_label, translate
from ..session import Session
from .removal import one_line, warn_codings_removed

ALL, CHOSEN, CASE, KIND = range(4)  # the scopes
DOCUMENT, BEFORE, FOUND, AFTER = range(4)  # the preview's columns


class HitsModel(QAbstractTableModel):
    """The hits of a search, each with a box (kept or skipped) in the first column and what it
    becomes under ``replacement`` in the third; texts are made when a row is shown."""

    kept_changed = Signal()

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.hits: list[Hit] = []
        self.keep: list[bool] = []
        self.replacement = ""
        self.bold = QFont()
        self.bold.setBold(True)

    def set_hits(self, hits: Sequence[Hit]) -> None:
        self.beginResetModel()
        self.hits, self.keep = list(hits), [True] * len(hits)
        self.endResetModel()
        self.kept_changed.emit()

    def set_replacement(self, replacement: str) -> None:
        self.replacement = replacement
        if self.hits:
            self.dataChanged.emit(self.index(0, FOUND), self.index(len(self.hits) - 1, FOUND))

    def kept(self) -> list[Hit]:
        return [hit for hit, keep in zip(self.hits, self.keep) if keep]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == DOCUMENT else flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit, column = self.hits[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DOCUMENT:
                return hit.document
            if column == BEFORE:
                return _tail(one_line(hit.before))
            if column == FOUND:
                return f"{hit.match} → {hit.replaced_by(self.replacement)}" if self.replacement else hit.match
            return one_line(hit.after)
        if role == Qt.ItemDataRole.CheckStateRole and column == DOCUMENT:
            return Qt.CheckState.Checked if self.keep[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column == BEFORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == FOUND:
            return self.bold
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != DOCUMENT:
            return False
        self.keep[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        self.kept_changed.emit()
        return True


class ReplaceDialog(QDialog):
    """Find, replace, scope and the preview. ``pseudonymising``: the purge follows the replace."""

    def __init__(self, session: Session, *, pseudonymising: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent or session.widget)
        self.session = session
        self.pseudonymising = pseudonymising
        self.setObjectName("pseudonymiseDialog" if pseudonymising else "replaceDialog")
        self.setWindowTitle(self.tr("Pseudonymise the source") if pseudonymising else self.tr("Replace in documents"))
        self.resize(860, 560)
        project = session.project

        self.find = QLineEdit()
        self.find.setObjectName("replaceFind")
        self.find.setPlaceholderText(self.tr("a name or words, e.g. Jayden"))
        self.replacement = QLineEdit()
        self.replacement.setObjectName("replaceWith")
        self.replacement.setPlaceholderText(self.tr("e.g. [naam jeugdige]") if pseudonymising else "")
        self.any_case = QCheckBox(self.tr("Any case (also jayden and jAYDEN)"))
        self.any_case.setObjectName("replaceAnyCase")
        rule = QLabel(self.tr("Whole words only, as written and in capitals (the rule of the placeholders); "
                              "a possessive goes with the word (Jaydens, Jayden's)."))
        rule.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Find:"), self.find)
        form.addRow(self.tr("Replace with:"), self.replacement)
        form.addRow("", self.any_case)
        form.addRow("", rule)

        # where: all documents, chosen ones, a case's, a kind's
        self.scope = QButtonGroup(self)
        scope_box = QVBoxLayout()
        row = QHBoxLayout()
        for scope, text in ((ALL, self.tr("All documents")), (CHOSEN, self.tr("Chosen documents")),
                            (CASE, self.tr("Documents of case:")), (KIND, self.tr("Documents of kind:"))):
            button = QRadioButton(text)
            button.setObjectName(f"replaceScope{scope}")
            self.scope.addButton(button, scope)
            row.addWidget(button)
            if scope == CASE:
                self.case = QComboBox()
                self.case.setObjectName("replaceCase")
                self.case.addItems([c.name for c in list_cases(project)])
                row.addWidget(self.case)
            elif scope == KIND:
                self.kind = QComboBox()
                self.kind.setObjectName("replaceKind")
                for kind in DOCUMENT_KINDS:
                    self.kind.addItem(kind_label(kind), kind)
                row.addWidget(self.kind)
        row.addStretch(1)
        self.scope.button(ALL).setChecked(True)
        self.documents = QListWidget()
        self.documents.setObjectName("replaceDocuments")
        for document in list_documents(project):
            item = QListWidgetItem(document.name)
            item.setData(Qt.ItemDataRole.UserRole, document.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if document.id == session.document_id else Qt.CheckState.Unchecked)
            self.documents.addItem(item)
        self.documents.setMaximumHeight(110)
        self.documents.hide()
        scope_box.addLayout(row)
        scope_box.addWidget(self.documents)
        form.addRow(self.tr("Where:"), scope_box)

        self.show_button = QPushButton(self.tr("Show hits"))
        self.show_button.setObjectName("replaceShowHits")
        self.show_button.setDefault(True)
        self.hits_model = HitsModel([self.tr("Document"), self.tr("Before"), self.tr("Found → becomes"), self.tr("After")],
                                    self)
        self.preview = QTreeView()
        self.preview.setObjectName("replacePreview")
        self.preview.setModel(self.hits_model)
        self.preview.setRootIsDecorated(False)
        self.preview.setUniformRowHeights(True)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.preview.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        self.count.setObjectName("replaceCount")
        self.count.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = buttons.addButton(
            self.tr("Pseudonymise…") if pseudonymising else self.tr("Replace"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.apply_button.setObjectName("replaceApply")
        self.apply_button.setEnabled(False)
        buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)

        layout = QVBoxLayout(self)
        if pseudonymising:
            intro = QLabel(self.tr(
                "Replaces the text in the documents and then wipes the old text from the project for good: from "
                "the file's free space, the search index and the undo history, and (if you agree) from the "
                "automatic backups. This cannot be undone."))
            intro.setWordWrap(True)
            intro.setObjectName("pseudonymiseIntro")
            layout.addWidget(intro)
        layout.addLayout(form)
        find_row = QHBoxLayout()
        find_row.addWidget(self.show_button)
        find_row.addWidget(self.count, 1)
        layout.addLayout(find_row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)

        self.show_button.clicked.connect(self.show_hits)
        self.find.returnPressed.connect(self.show_hits)
        self.replacement.returnPressed.connect(self.show_hits)
        for changed in (self.find.textChanged, self.any_case.toggled, self.case.currentIndexChanged,
                        self.kind.currentIndexChanged, self.documents.itemChanged):
            changed.connect(self._stale)
        self.replacement.textChanged.connect(self._show_replacement)
        self.scope.idToggled.connect(self._scope_toggled)
        self.hits_model.kept_changed.connect(self._update_count)
        self.case.setEnabled(False)
        self.kind.setEnabled(False)

    # -- what and where --------------------------------------------------------------------
    def document_ids(self) -> list[int] | None:
        """The documents to search (None: all); NotFoundError should a case have gone."""
        scope = self.scope.checkedId()
        project = self.session.project
        if scope == CHOSEN:
            return [self.documents.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.documents.count())
                    if self.documents.item(n).checkState() == Qt.CheckState.Checked]
        if scope == CASE:
            return documents_for(project, cases=[self.case.currentText()]) if self.case.currentText() else []
        if scope == KIND:
            return documents_for(project, kinds=[self.kind.currentData()])
        return None

    def _scope_toggled(self, scope: int, on: bool) -> None:
        if on:
            self.documents.setVisible(scope == CHOSEN)
            self.case.setEnabled(scope == CASE)
            self.kind.setEnabled(scope == KIND)
            self._stale()

    # -- the preview -----------------------------------------------------------------------
    def show_hits(self) -> None:
        """Search and list every hit, each kept (checked) until the researcher skips it."""
        self._stale()
        project = self.session.project
        if project is None or not self.find.text().strip():
            return
        try:
            hits = find_hits(project, self.find.text().strip(), document_ids=self.document_ids(),
                             any_case=self.any_case.isChecked())
        except QdaError as error:
            self.count.setText(message_for(error))
            return
        self.hits_model.set_replacement(self.replacement.text())
        self.hits_model.set_hits(hits)
        for column in (DOCUMENT, FOUND):  # sized to the first rows (the header's precision), not all of them
            self.preview.resizeColumnToContents(column)

    def _show_replacement(self) -> None:
        self.hits_model.set_replacement(self.replacement.text())
        self._update_count()

    def kept(self) -> list[Hit]:
        """The hits still checked in the preview."""
        return self.hits_model.kept()

    def _stale(self, *_args) -> None:
        """What to find or where changed: the preview no longer shows what would be replaced."""
        self.hits_model.set_hits([])

    def _update_count(self) -> None:
        kept = self.kept()
        documents = len({hit.document_id for hit in kept})
        if not self.find.text().strip():
            self.count.setText("")
        elif not self.hits_model.hits:
            self.count.setText(self.tr("Press Show hits to see where it occurs."))
        else:
            self.count.setText(self.tr("{kept} of {total} hit(s) kept, in {documents} document(s).").format(
                kept=len(kept), total=len(self.hits_model.hits), documents=documents))
        self.apply_button.setEnabled(bool(kept) and bool(self.replacement.text()))

    # -- replacing -------------------------------------------------------------------------
    def apply(self) -> None:
        hits, replacement = self.kept(), self.replacement.text()
        if not hits or not replacement:
            return
        if self.pseudonymising:
            self._ask_to_pseudonymise(hits, replacement)
        else:
            self._replace(hits, replacement, remove_inside=False)

    def _replace(self, hits: Sequence[Hit], replacement: str, *, remove_inside: bool) -> None:
        journal = self.session.run_operation(
            self.tr("Replace “{find}” by “{replacement}”").format(find=self.find.text().strip(), replacement=replacement),
            lambda: replace_hits(self.session.project, hits, replacement, remove_inside=remove_inside),
            on_error=lambda error: self._refused(error, lambda: self._replace(hits, replacement, remove_inside=True)))
        if journal is not None:
            result = journal.result
            self.session.show_message(self.tr("Replaced {hits} hit(s) in {documents} document(s) (Ctrl+Z undoes it).").format(
                hits=result.hits, documents=result.documents), 8000)
            self.accept()

    def _refused(self, error: QdaError, go_on: Callable[[], None]) -> None:
        if isinstance(error, CodingsWouldBeRemoved):
            warn_codings_removed(self, error, go_on, title=self.tr("Codings would be removed"),
                                 agree=self.tr("Replace and remove the codings"))
        else:
            show_error(self, self.windowTitle(), message_for(error))

    # -- pseudonymising --------------------------------------------------------------------
    def _ask_to_pseudonymise(self, hits: Sequence[Hit], replacement: str) -> None:
        """Ask first (it cannot be undone), naming the backups that still hold the old text."""
        holders = backups_holding(self.session.project.path, old_forms(hits))
        documents = len({hit.document_id for hit in hits})
        text = self.tr("Replace {hits} hit(s) in {documents} document(s) by “{replacement}” and wipe the old text from "
                       "the project for good? This cannot be undone, and the undo history is cleared.").format(
            hits=len(hits), documents=documents, replacement=replacement)
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), text, QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("pseudonymiseConfirm")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if holders:
            box.setInformativeText(self.tr("{count} automatic backup(s) still hold the old text. Delete them too, or "
                                           "keep them (the old text then survives in them).").format(count=len(holders)))
            box.setDetailedText("\n".join(str(path) for path in holders))
            delete = box.addButton(self.tr("Pseudonymise and delete the backups"), QMessageBox.ButtonRole.DestructiveRole)
            keep = box.addButton(self.tr("Pseudonymise, keep the backups"), QMessageBox.ButtonRole.AcceptRole)
        else:
            delete = box.addButton(self.tr("Pseudonymise"), QMessageBox.ButtonRole.AcceptRole)
            keep = None
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._pseudonymise(hits, replacement, button is delete, False)
                                  if button in (delete, keep) else None)
        box.open()

    def _pseudonymise(self, hits: Sequence[Hit], replacement: str, delete_backups: bool, remove_inside: bool) -> None:
        session = self.session
        project = session.project
        try:
            report = pseudonymise(project, self.find.text().strip(), replacement, hits=hits,
                                  remove_inside=remove_inside, delete_backups=delete_backups)
        except CodingsWouldBeRemoved as error:
            warn_codings_removed(self, error, lambda: self._pseudonymise(hits, replacement, delete_backups, True),
                                 title=self.tr("Codings would be removed"), agree=self.tr("Replace and remove the codings"))
            return
        except QdaError as error:
            # the replace may have happened before the purge failed: show the texts as they are
            self._after_pseudonymising(hits)
            show_error(self, self.windowTitle(), message_for(error))
            return
        self._after_pseudonymising(hits)
        lines = [self.tr("Replaced {hits} hit(s) in {documents} document(s); the old text is wiped from the project.").format(
            hits=report.replaced.hits, documents=report.replaced.documents)]
        if report.backups_deleted:
            lines.append(self.tr("{count} backup(s) that held it were deleted.").format(count=len(report.backups_deleted)))
        if report.backups_kept:
            lines.append(self.tr("{count} backup(s) still hold it.").format(count=len(report.backups_kept)))
        if report.still_in:
            places = ", ".join(dict.fromkeys(translate(place) for place in report.still_in))
            lines.append(self.tr("The old text still occurs outside the documents' texts, in: {places}. "
                                 "Change those yourself.").format(places=places))
        show_error(session.widget, self.tr("Pseudonymised"), "\n\n".join(lines), icon=QMessageBox.Icon.Information,
                   name="pseudonymiseReport")
        self.accept()

    def _after_pseudonymising(self, hits: Sequence[Hit]) -> None:
        """The undo steps hold the old text: gone. Every part shows the new texts."""
        self.session.undo_stack.clear()
        documents = frozenset(hit.document_id for hit in hits)
        self.session.apply_changes(Changes(frozenset({"documents", "codings", "speaker_turns", "case_ranges"}), documents))
        self.session.reread.emit()


def _tail(before: str, limit: int = 45) -> str:
    """The end of the context before a hit, the words beside it (the column cuts on the right)."""
    return before if len(before) <= limit else "…" + before[-limit:]


class ReplaceActions(QObject):
    """The menu items: Replace in documents… and Pseudonymise the source…"""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session
        self.dialog: ReplaceDialog | None = None

    def build_menu(self, menu: QMenu) -> None:
        widget = self.session.widget
        self.replace_action = add_action(menu, widget, self.tr("&Replace in documents..."), self.replace, "Ctrl+H", edits=True)
        self.replace_action.setObjectName("replaceInDocuments")
        self.pseudonymise_action = add_action(menu, widget, self.tr("Pseudonymise the &source..."), self.pseudonymise, edits=True)
        self.pseudonymise_action.setObjectName("pseudonymiseSource")

    def replace(self) -> None:
        self._open(pseudonymising=False)

    def pseudonymise(self) -> None:
        self._open(pseudonymising=True)

    def _open(self, *, pseudonymising: bool) -> None:
        project = self.session.project
        if project is None or project.read_only:
            self.session.show_message(self.tr("Open a project you can change first."), 5000)
            return
        self.dialog = ReplaceDialog(self.session, pseudonymising=pseudonymising)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog.open()
