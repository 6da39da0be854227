"""The lanes that run work off the GUI thread: results come back on it, and so does the end of every object
a callback kept alive."""

import gc

from PySide6.QtCore import QObject, QTimer
from pytestqt.qtbot import QtBot

from casebinder.ui.tasks import Lane


def test_a_callback_s_last_reference_is_dropped_on_the_gui_thread(qtbot: QtBot) -> None:
    """A dialog whose only owner is a finished job's callback must not be destroyed by the lane's thread:
    Qt then warns "Timers cannot be stopped from another thread" (its cursor blink) and may crash."""
    lane = Lane("casebinder-test")
    try:
        for _ in range(20):  # the worker used to keep the finished job until the next one came
            holder = QObject()
            blink = QTimer(holder)
            blink.start(60_000)
            delivered: list[object] = []
            lane.run(lambda: "done", lambda result, kept=holder, into=delivered: into.append((result, kept)))
            del holder, blink
            qtbot.waitUntil(lambda into=delivered: bool(into), timeout=10_000)
            delivered.clear()  # the GUI thread lets go of the dialog; only the job may still hold it
            gc.collect()
            finished: list[object] = []
            lane.run(lambda: None, finished.append)  # the worker takes the next job
            qtbot.waitUntil(lambda into=finished: bool(into), timeout=10_000)
        assert lane.pending == 0
    finally:
        lane.stop()
