"""The lock for commands that change a project: ``with changing(project, force=force) as p:``.

The window keeps views and an undo stack of the project it shows; a command that changed the
file underneath would leave both stale. So a changing command takes the project's lock
(``core.lock``) for as long as it runs, exactly as a second window would, and refuses while
someone else holds it. Reading commands do not: SQLite gives them a consistent view of the
file while the window writes, and they change nothing the window would have to know about.

Its own module because every ``cli_*`` module needs it and ``cli`` imports them all.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from ..core.lock import ProjectLocked, acquire
from ..core.errors import ProjectFileError
from ..core.project import READ_ONLY, Project, writable

# The window asks "open it anyway?" when the holder cannot be checked; a command cannot ask,
# so the researcher answers beforehand with --force.
force_option = click.option(
    "--force", is_flag=True,
    help="Change PROJECT even though its lock says it is open elsewhere (for a lock left behind "
         "by a computer that crashed or lost the shared drive).")

HINT = ("Close it there first. If it is not open there any more (a lock left behind on another "
        "computer), run the command again with --force.")


@contextmanager
def changing(project_path: Path, *, force: bool = False) -> Iterator[Project]:
    """The project at ``project_path``, open, with its lock held until the block ends (also
    on errors); a plain error, before anything is opened, when someone else holds it."""
    lock = None
    if Path(project_path).is_file() and not writable(Path(project_path)):
        # refused before a lock is tried (it could not be written either) or a coder is added
        raise click.ClickException(str(ProjectFileError(READ_ONLY, file=Path(project_path).name)))
    if Path(project_path).is_file():  # otherwise there is nothing to protect; Project.open says why
        try:
            lock = acquire(project_path, force=force)
        except ProjectLocked as locked:
            raise click.ClickException(f"{locked} {HINT}") from None
    try:
        with Project.open(project_path) as project:
            yield project
    finally:
        if lock is not None:
            lock.release()  # only after closing: the lock covers all the time the file is open
