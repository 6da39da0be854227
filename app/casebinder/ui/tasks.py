"""One way to run background work from the GUI (after Anki's taskman and Picard's thread pool).

Vault writes go through one writer thread, in order (SQLite has one writer); long jobs that are generators
(import) run on the same thread and report progress by signal, checking a cancel flag between items. Worker
code never touches a widget: results come back to the GUI thread through queued signals. Tests swap in
:class:`ImmediateRunner`, which runs everything synchronously.
"""

import queue
import threading
import traceback
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Job:
    def __init__(self, fn: Callable[[], Any], on_done: Done | None, on_error: Failed | None) -> None:
        self.fn = fn
        self.on_done = on_done
        self.on_error = on_error


class _Thread(QThread):
    finished_job = Signal(object, object, object)  # job, result, error

    def __init__(self) -> None:
        super().__init__()
        self.jobs: queue.Queue[_Job | None] = queue.Queue()

    def run(self) -> None:
        while (job := self.jobs.get()) is not None:
            try:
                result, error = job.fn(), None
            except BaseException as exc:  # delivered to the GUI thread, which decides
                result, error = None, exc
                error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.finished_job.emit(job, result, error)


class TaskRunner(QObject):
    """The writer thread. ``run(fn, on_done, on_error)``: fn runs off the GUI thread, callbacks on it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = _Thread()
        self._thread.finished_job.connect(self._deliver)
        self._thread.start()
        self.pending = 0

    def run(self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None) -> None:
        self.pending += 1
        self._thread.jobs.put(_Job(fn, on_done, on_error))

    @Slot(object, object, object)
    def _deliver(self, job: _Job, result: Any, error: BaseException | None) -> None:
        self.pending -= 1
        if error is not None:
            if job.on_error is None:
                raise error
            job.on_error(error)
        elif job.on_done is not None:
            job.on_done(result)

    def stop(self) -> None:
        self._thread.jobs.put(None)
        self._thread.wait(10_000)


class ImmediateRunner(QObject):
    """Runs jobs at once on the calling thread: for tests that want no threads."""

    pending = 0

    def run(self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None) -> None:
        try:
            result = fn()
        except BaseException as error:
            if on_error is None:
                raise
            on_error(error)
            return
        if on_done is not None:
            on_done(result)

    def stop(self) -> None:
        pass


class ProgressJob(QObject):
    """A generator of progress steps run on the writer thread, with Cancel between steps."""

    progressed = Signal(object)  # each item the generator yields
    finished = Signal(bool)  # True when cancelled

    def __init__(self, make: Callable[[], Iterator[Any]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def start(self, runner: "TaskRunner | ImmediateRunner", on_error: Failed | None = None) -> None:
        runner.run(self._work, lambda cancelled: self.finished.emit(cancelled), on_error)

    def _work(self) -> bool:
        steps = self._make()
        try:
            for step in steps:
                self.progressed.emit(step)
                if self._cancel.is_set():
                    return True
        finally:
            close = getattr(steps, "close", None)
            if close is not None:
                close()
        return False
