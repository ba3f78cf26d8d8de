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
