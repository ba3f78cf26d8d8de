"""Qt's undo stack driving the core's journals.

An operation runs *before* its command is pushed, so a refused operation (a duplicate coding,
a bad name) never lands on the stack. The command only delegates: undo and redo replay the
core journal, which checks that the project still looks as the journal left it.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager

from PySide6.QtGui import QUndoCommand

from ...core.errors import QdaError
from ...core.journal import Changes, Journal, fold
from ...core.project import Project

MERGING_ID = 1913  # Qt merges only commands with one id; the key decides which of them join


class JournalCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        project: Project,
        journal: Journal,
        notify: Callable[[Changes], None],
        on_error: Callable[[QdaError], None],
    ) -> None:
        super().__init__(text)
        self._project = project
        self._journal = journal
        self._notify = notify
        self._on_error = on_error
        self._pushed = False  # the operation already ran: the redo() that push() calls is a no-op

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._replay(self._journal.redo)

    def undo(self) -> None:
        self._replay(self._journal.undo)

    def _replay(self, step: Callable[[Project], Changes]) -> None:
        try:
            changes = step(self._project)
        except QdaError as error:
            # The project changed under us; this command can no longer be replayed. Qt drops
            # obsolete commands from the stack, so the user is not offered it again.
            self.setObsolete(True)
            self._on_error(error)
            return
        self._notify(changes)

    @property
    def journal(self) -> Journal:
        return self._journal


class BatchCommand(QUndoCommand):
    """Several operations as one undo step (importing a folder): undoing or redoing it replays
    its commands inside ``batched()``, so the window hears of them once, not once per file.
    The commands are kept in a list, not as Qt children, so Python owns them."""

    def __init__(self, text: str, batched: Callable[[], AbstractContextManager[None]]) -> None:
        super().__init__(text)
        self._batched = batched
        self.commands: list[JournalCommand] = []

    def redo(self) -> None:
        with self._batched():
            for command in self.commands:
                command.redo()

    def undo(self) -> None:
        with self._batched():
            for command in reversed(self.commands):
                command.undo()


class MergingJournalCommand(JournalCommand):
    """A command that the next one with the same ``key`` joins (a run of typing is one undo
    step): Qt calls mergeWith when the new command is pushed on top of this one."""

    def __init__(self, key: object, *args) -> None:
        super().__init__(*args)
        self.key = key
        self._updates: dict | None = None  # (table, row id) -> index of its update step, kept across merges

    def id(self) -> int:
        return MERGING_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(other, MergingJournalCommand) or other.key != self.key or other._project is not self._project:
            return False
        if self._updates is None:  # index this command's own steps once, then fold each new one in
            self._updates = {}
            steps, self._journal.steps = self._journal.steps, []
            fold(self._journal.steps, steps, self._updates)
        fold(self._journal.steps, other.journal.steps, self._updates)
        self._journal.result = other.journal.result
        return True
