"""The warning before a change of the text removes codings with it (a deletion in edit mode, a
replacement): it names them, and nothing changes until the researcher agrees."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.text_edits import CodingsWouldBeRemoved

NAMED = 8  # codings named; the rest are counted


def one_line(text: str, limit: int | None = None) -> str:
    """``text`` on one line, shortened to ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def warn_codings_removed(parent: QWidget, error: CodingsWouldBeRemoved, go_on: Callable[[], None], *,
                         title: str, agree: str) -> QMessageBox:
    """Name the codings the change would remove; ``go_on()`` when the button ``agree`` is
    pressed. Window-modal and returning at once, like every message of the window."""
    named = [QCoreApplication.translate("CodingsWarning", "“{code}” on “{passage}” ({document})").format(
        code=c.code, passage=one_line(c.passage, 50), document=c.document) for c in error.codings[:NAMED]]
    if len(error.codings) > NAMED:
        named.append(QCoreApplication.translate("CodingsWarning", "and {count} more").format(count=len(error.codings) - NAMED))
    text = QCoreApplication.translate("CodingsWarning", "The text you change holds the whole passage of {count} coding(s). They are removed with it "
               "(Ctrl+Z brings them back):").format(count=len(error.codings))
    box = QMessageBox(QMessageBox.Icon.Warning, title, text + "\n\n• " + "\n• ".join(named),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("removeCodingsWarning")
    button = box.addButton(agree, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda clicked: go_on() if clicked is button else None)
    box.open()
    return box
