"""Work that takes seconds (reading big files, making a project from a .qdpx) runs on a worker
thread while the window keeps painting. SQLite connections belong to the thread that made
them, so a worker may only touch files and connections of its own, never the window's
project."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from threading import Event
from typing import Any

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget


def wait_for(future: Future, progress: QProgressDialog) -> bool:
    """Keep the window alive until ``future`` is done; False when the user cancelled."""
    while not future.done():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if progress.wasCanceled():
            return False
        wait([future], timeout=0.02)
    QApplication.processEvents()
    return not progress.wasCanceled()


def run_busy(parent: QWidget, text: str, work: Callable[[], Any]) -> Any:
    """``work()`` on a worker thread behind a busy indicator that cannot be cancelled (the
    work must finish or fail as a whole); its result, or the exception it raised."""
    progress = QProgressDialog(text, "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="qdacoder-work") as pool:
        future = pool.submit(work)
        wait_for(future, progress)
    progress.close()
    return future.result()


def run_with_progress(parent: QWidget, text: str, cancel: str, work: Callable[[Callable[[int, int], bool]], Any],
                      *, name: str = "progress") -> tuple[bool, Any]:
    """``work(report)`` on a worker thread behind a progress dialog with a Cancel button;
    ``report(done, total)`` moves the bar and returns False once the user cancelled, so the
    work stops at its next step. (True, result) when it finished (a raised exception is raised
    here), (False, None) when cancelled: the window is free again at once, and a step still
    running finishes on its own (its result is dropped)."""
    progress = QProgressDialog(text, cancel, 0, 0, parent)
    progress.setObjectName(name)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    state = {"done": 0, "total": 0}
    stopped = Event()

    def report(done: int, total: int) -> bool:
        state["done"], state["total"] = done, total  # read by the window's loop below
        return not stopped.is_set()

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qdacoder-work")
    future = pool.submit(work, report)
    pool.shutdown(wait=False)
    while not future.done():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if progress.wasCanceled():
            stopped.set()
            progress.close()
            progress.deleteLater()
            return False, None
        if state["total"]:
            progress.setMaximum(state["total"])
            progress.setValue(state["done"])
        wait([future], timeout=0.02)
    progress.close()
    progress.deleteLater()
    return True, future.result()
