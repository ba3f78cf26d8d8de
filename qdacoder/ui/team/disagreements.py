"""The disagreement review: two coders' versions of each disputed passage side by side, and
the reviewer's choice written as codings of a consensus coder.

Design rules:
- The window decides nothing itself: the list is ``analysis.disagreements.disagreements`` and
  every choice is ``core.consensus.resolve`` run through ``window.run_operation`` (one undo
  step each); the original codings are never changed.
- Each version is shown with some context around the passage, the coder's coded span(s) on a
  coloured background, and the codes above it.
- The list shows, per disagreement, which versions the consensus coder holds now ("A", "B",
  "A+B"); it is re-read after each choice and on ``refresh`` (e.g. after an undo).
- ``set_coders``, ``find``, ``select`` and ``accept`` need no mouse, for tests and callers.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QTextBrowser, QVBoxLayout, QWidget,
)

from ...analysis.disagreements import KIND_LABELS, Disagreement, agreed_codings, disagreements
from ...core import consensus
from ...core.coders import find_coder, list_coders
from ...core.documents import document_text, list_documents
from ..common.texts import translate as _translate

CONTEXT = 150  # characters shown before and after the passage
HIGHLIGHT = "#ffe08a"
EXCERPT = 80


def passage_html(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """``text[start-CONTEXT:end+CONTEXT]`` as HTML, the characters inside ``spans`` highlighted."""
    left, right = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    marked = [any(s <= i < e for s, e in spans) for i in range(left, right)]
    parts, i = [], left
    while i < right:
        j = i
        while j < right and marked[j - left] == marked[i - left]:
            j += 1
        chunk = html.escape(text[i:j]).replace("\n", "<br>")
        parts.append(f'<span style="background-color:{HIGHLIGHT}">{chunk}</span>' if marked[i - left] else chunk)
        i = j
    return ("…" if left > 0 else "") + "".join(parts) + ("…" if right < len(text) else "")


class DisagreementReview(QWidget):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else session.widget, Qt.WindowType.Window)
        self.setObjectName("disagreementReview")
        self.setWindowTitle(self.tr("Disagreement review"))
        self.resize(1100, 750)
        self.session = session
        session.subscribe(self.refresh)  # bound: goes when the window goes
        self.items: list[Disagreement] = []
        self.coder_a, self.coder_b = QComboBox(), QComboBox()
        self.consensus_name = QLineEdit(consensus.CONSENSUS)
        self.find_button = QPushButton(self.tr("&Find"))
        self.list = QListWidget()
        self.headers = [QLabel(), QLabel()]
        self.browsers = [QTextBrowser(), QTextBrowser()]
        self.buttons = {
            "a": QPushButton(self.tr("Accept &A")), "b": QPushButton(self.tr("Accept &B")),
            "both": QPushButton(self.tr("B&oth")), "neither": QPushButton(self.tr("&Neither")),
        }
        self.show_button = QPushButton(self.tr("&Show in document"))
        self.agreed_button = QPushButton(self.tr("Copy the a&greed codings"))
        self.agreed_button.setToolTip(self.tr(
            "Copy coder A's codings that agree with coder B (same code, nearly the same passage) to the "
            "consensus coder, so that it holds the whole consensus and not only the decided disagreements."))
        self.document_box = QComboBox()  # the document whose consensus the done button marks
        self.done_button = QPushButton(self.tr("Consensus &done for this document"))
        self.done_button.setCheckable(True)
        self.done_button.setToolTip(self.tr(
            "Mark the consensus of this document as done: from now on its final coding is the consensus coder's "
            "codings (none at all when you agreed that nothing applies), not the coders' own."))
        self.note = QLabel()
        self._build()
        self.reload()

    def _build(self) -> None:
        top = QHBoxLayout()
        for label, widget in ((self.tr("Coder A:"), self.coder_a), (self.tr("Coder B:"), self.coder_b),
                              (self.tr("Consensus coder:"), self.consensus_name)):
            top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addWidget(self.find_button)
        top.addStretch()
        sides = QGridLayout()
        for column in (0, 1):
            self.headers[column].setWordWrap(True)
            self.browsers[column].setReadOnly(True)
            sides.addWidget(self.headers[column], 0, column)
            sides.addWidget(self.browsers[column], 1, column)
        buttons = QHBoxLayout()
        for choice, button in self.buttons.items():
            buttons.addWidget(button)
            button.clicked.connect(lambda _checked=False, c=choice: self.accept(c))
        buttons.addStretch()
        buttons.addWidget(self.agreed_button)
        buttons.addWidget(self.show_button)
        done = QHBoxLayout()
        done.addWidget(QLabel(self.tr("Document:")))
        done.addWidget(self.document_box, stretch=1)
        done.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, stretch=1)
        layout.addLayout(sides, stretch=2)
        layout.addLayout(buttons)
        layout.addLayout(done)
        layout.addWidget(self.note)
        self.find_button.clicked.connect(lambda _checked=False: self.find())
        self.show_button.clicked.connect(lambda _checked=False: self.show_in_document())
        self.agreed_button.clicked.connect(lambda _checked=False: self.copy_agreed())
        self.list.currentRowChanged.connect(self._show_current)
        self.document_box.currentIndexChanged.connect(lambda _i: self._update_done())
        self.coder_a.currentIndexChanged.connect(lambda _i: self._update_done())
        self.coder_b.currentIndexChanged.connect(lambda _i: self._update_done())
        self.done_button.clicked.connect(lambda checked: self.mark_done(checked))
        self._show_current(-1)

    @property
    def project(self):
        return self.session.project

    def reload(self) -> None:
        """Fill the coder boxes from the project (A: the first coder, B: the second)."""
        for box in (self.coder_a, self.coder_b, self.document_box):
            box.clear()
        if self.project is None:
            self._update_done()
            return
        for coder in list_coders(self.project):
            self.coder_a.addItem(coder.name, coder.id)
            self.coder_b.addItem(coder.name, coder.id)
        self.coder_b.setCurrentIndex(min(1, self.coder_b.count() - 1))
        for document in list_documents(self.project):
            self.document_box.addItem(document.name, document.id)
        self._update_done()

    def set_coders(self, a_id: int, b_id: int) -> None:
        if self.coder_a.findData(a_id) < 0 or self.coder_b.findData(b_id) < 0:
            self.reload()
        self.coder_a.setCurrentIndex(self.coder_a.findData(a_id))
        self.coder_b.setCurrentIndex(self.coder_b.findData(b_id))

    def find(self) -> list[Disagreement]:
        """List the disagreements of the chosen coders and select the first."""
        self.items = []
        self.list.clear()
        a, b = self.coder_a.currentData(), self.coder_b.currentData()
        if self.project is None or a is None or b is None or a == b:
            self.note.setText(self.tr("Choose two different coders."))
            self._show_current(-1)
            return self.items
        self.items = disagreements(self.project, a, b)
        for d in self.items:
            self.list.addItem(QListWidgetItem())
        self._label_items()
        self.note.setText(self.tr("%n disagreement(s).", "", len(self.items)))
        self.select(0 if self.items else -1)
        return self.items

    def _label_items(self) -> None:
        settled = self.settled()
        for row, d in enumerate(self.items):
            excerpt = " ".join((d.a_text or d.b_text).split())
            if len(excerpt) > EXCERPT:
                excerpt = excerpt[:EXCERPT - 1] + "…"
            status = self.status(d)
            text = f"{_translate(KIND_LABELS[d.kind])} – {d.document} – “{excerpt}”"
            text += f"   [{self.tr('consensus')}: {status}]" if status else ""
            self.list.item(row).setText(text + (f"   [{self.tr('done')}]" if d.document_id in settled else ""))

    def status(self, d: Disagreement) -> str:
        """Which versions the consensus coder holds: "A", "B", "A+B" or "" (none)."""
        coder = find_coder(self.project, self.consensus_name.text()) if self.project is not None else None
        if coder is None:
            return ""
        held = []
        for label, ids in (("A", d.a_codings), ("B", d.b_codings)):
            if ids and all(self.project.scalar(
                    'SELECT 1 FROM codings c JOIN codings o ON o.document_id = c.document_id AND o.code_id = c.code_id '
                    'AND o.start = c.start AND o."end" = c."end" WHERE o.id = ? AND c.coder_id = ?',
                    [i, coder.id]) for i in ids):
                held.append(label)
        return "+".join(held)

    def refresh(self, changes=None) -> None:
        """Re-read the consensus status of the listed disagreements (after undo, redo...)."""
        if self.project is not None and self.items:
            self._label_items()
        self._update_done()

    # -- consensus done ------------------------------------------------------------------------
    def _pair(self) -> tuple[int, int] | None:
        a, b = self.coder_a.currentData(), self.coder_b.currentData()
        return (a, b) if self.project is not None and a is not None and b is not None and a != b else None

    def settled(self) -> set[int]:
        """The documents whose consensus of the two chosen coders is done."""
        pair = self._pair()
        return consensus.settled_documents(self.project, pair) if pair else set()

    def _update_done(self) -> None:
        document_id = self.document_box.currentData()
        self.done_button.setEnabled(self._pair() is not None and document_id is not None)
        done = document_id in self.settled()
        self.done_button.setChecked(done)
        # a pressed button is easy to miss: the text says it too
        self.done_button.setText(self.tr("Consensus done ✓ (click to take back)") if done
                                 else self.tr("Consensus &done for this document"))

    def mark_done(self, done: bool = True):
        """Mark the consensus of the chosen document as done (or not done any more), as one undo
        step; the journal (None when nothing ran)."""
        pair, document_id = self._pair(), self.document_box.currentData()
        if pair is None or document_id is None:
            self._update_done()
            return None
        name = self.consensus_name.text().strip() or consensus.CONSENSUS
        if done:
            journal = self.session.run_operation(self.tr("Consensus done"), lambda: consensus.settle(
                self.project, [document_id], pair, consensus_coder=name))
        else:
            journal = self.session.run_operation(self.tr("Consensus not done"), lambda: consensus.unsettle(
                self.project, [document_id], pair))
        self._label_items()
        self._update_done()
        return journal

    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)
        self._show_current(self.list.currentRow())

    def current(self) -> Disagreement | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show_current(self, _row: int) -> None:
        d = self.current()
        for button in (*self.buttons.values(), self.show_button):
            button.setEnabled(d is not None)
        if d is not None and self.document_box.findData(d.document_id) >= 0:
            self.document_box.setCurrentIndex(self.document_box.findData(d.document_id))
        if d is None:
            for header, browser in zip(self.headers, self.browsers):
                header.clear()
                browser.clear()
            return
        text = document_text(self.project, d.document_id)
        names = (self.coder_a.currentText(), self.coder_b.currentText())
        for column, (spans, codes) in enumerate(((d.a_spans, d.a_codes), (d.b_spans, d.b_codes))):
            coded = ", ".join(dict.fromkeys(codes)) or self.tr("(not coded)")
            self.headers[column].setText(f"<b>{html.escape(names[column])}</b>: {html.escape(coded)}")
            self.browsers[column].setHtml(passage_html(text, d.start, d.end, spans))

    def accept(self, choice: str):
        """Write ``choice`` ("a", "b", "both", "neither") for the selected disagreement as one
        undo step, then move to the next one. Returns the journal (None when nothing ran)."""
        d = self.current()
        if d is None or self.project is None:
            return None
        name = self.consensus_name.text().strip() or consensus.CONSENSUS
        labels = {"a": self.tr("Accept version A"), "b": self.tr("Accept version B"),
                  "both": self.tr("Accept both versions"), "neither": self.tr("Accept neither version")}
        row = self.list.currentRow()
        journal = self.session.run_operation(
            labels[choice], lambda: consensus.resolve(self.project, d, choice, consensus_coder=name))
        self._label_items()
        if journal is not None and row + 1 < len(self.items):
            self.select(row + 1)
        return journal

    def copy_agreed(self):
        """Copy coder A's agreed codings to the consensus coder, as one undo step; the journal
        (None when nothing ran)."""
        a, b = self.coder_a.currentData(), self.coder_b.currentData()
        if self.project is None or a is None or b is None or a == b:
            self.note.setText(self.tr("Choose two different coders."))
            return None
        name = self.consensus_name.text().strip() or consensus.CONSENSUS
        agreed_a, _agreed_b = agreed_codings(self.project, a, b)
        journal = self.session.run_operation(
            self.tr("Copy the agreed codings"), lambda: consensus.copy_agreed(self.project, agreed_a, consensus_coder=name))
        if journal is not None:
            self.note.setText(self.tr("%n agreed coding(s) copied to the consensus coder.", "", len(journal.result)))
        return journal

    def show_in_document(self) -> None:
        d = self.current()
        if d is not None:
            self.session.show_passage(d.document_id, d.start, d.end)
