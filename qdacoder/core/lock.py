"""One window per project: a lock file beside the project says who has it open.

SQLite keeps the file consistent when two programs write, but a second window would show
stale views and offer undo steps that no longer fit. So the window takes the lock when it
opens a project and gives it back when it closes. A lock left by a program that crashed on
this computer is noticed (its process is gone) and taken over; a lock from another computer
(a shared drive) cannot be checked, so the user decides.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from .errors import QT_TRANSLATE_NOOP, QdaError
from .project import now


class ProjectLocked(QdaError):
    """The project is open elsewhere; ``params`` has file, user, host and since."""


@dataclass
class Lock:
    path: Path

    def release(self) -> None:
        try:
            if json.loads(self.path.read_text(encoding="utf-8")).get("pid") == os.getpid():
                self.path.unlink()
        except (OSError, ValueError):
            pass  # gone already, or not ours any more: nothing to give back


def lock_path(project_path: str | Path) -> Path:
    project_path = Path(project_path)
    return project_path.with_name(project_path.name + ".lock")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # it exists, owned by someone else
    return True


def acquire(project_path: str | Path, *, force: bool = False) -> Lock:
    """Take the lock of a project, or raise ProjectLocked when someone else holds it
    (``force``: take it anyway, after the user said so)."""
    path = lock_path(project_path)
    if path.exists() and not force:
        try:
            holder = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            holder = {}
        same_host = holder.get("host") == socket.gethostname()
        pid = holder.get("pid")
        if holder and not (same_host and (pid == os.getpid() or not isinstance(pid, int) or not _alive(pid))):
            raise ProjectLocked(
                QT_TRANSLATE_NOOP("qdacoder", "{file} is open in qdacoder by {user} on {host} since {since}."),
                file=Path(project_path).name, user=holder.get("user", "?"), host=holder.get("host", "?"),
                since=str(holder.get("since", "?"))[:16].replace("T", " "),
            )
    try:
        path.write_text(json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "user": getpass.getuser(),
                                    "since": now()}), encoding="utf-8")
    except OSError:
        pass  # a read-only folder: SQLite will say so on the first change; no lock to keep
    return Lock(path)
