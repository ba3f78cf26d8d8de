"""Work on a worker thread behind a busy indicator: the window keeps running, the result or
the error comes back to the caller."""

import threading
import time

import pytest
from PySide6.QtCore import QTimer

from qdacoder.core.errors import ValidationError
from qdacoder.ui.common.background import run_busy


def test_the_window_keeps_running_and_the_result_comes_back(window):
    ticks, threads = [], []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)

    def work():
        threads.append(threading.current_thread())
        time.sleep(0.4)
        return "klaar"

    assert run_busy(window, "Bezig...", work) == "klaar"
    timer.stop()
    assert threads[0] is not threading.main_thread()
    assert len(ticks) >= 5


def test_an_error_of_the_work_reaches_the_caller(window):
    def work():
        raise ValidationError("{file}: kapot.", file="studie.qdpx")

    with pytest.raises(ValidationError, match="studie.qdpx"):
        run_busy(window, "Bezig...", work)


def test_run_with_progress_moves_the_bar_and_cancels(qtbot):
    import threading
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog, QWidget

    from qdacoder.ui.common.background import run_with_progress

    parent = QWidget()
    qtbot.addWidget(parent)
    assert run_with_progress(parent, "Zoeken", "Annuleren", lambda report: [report(i, 3) for i in range(1, 4)][-1]) == (
        True, True)
    steps, stopped = [], threading.Event()

    def endless(report):
        for step in range(500):
            steps.append(step)
            if not report(step, 500):
                stopped.set()
                return "stopped"
            time.sleep(0.01)
        return "done"

    QTimer.singleShot(400, lambda: [d for d in parent.findChildren(QProgressDialog) if d.isVisible()][0].cancel())
    assert run_with_progress(parent, "Zoeken", "Annuleren", endless) == (False, None)
    assert stopped.wait(2) and len(steps) < 400  # the work saw the cancel at its next step
