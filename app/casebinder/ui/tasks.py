"""One way to run background work from the GUI (after Anki's taskman and Picard's thread pool).

Work runs on a :class:`Lane`: one thread that runs its jobs in order, each job's result or exception delivered
back on the GUI thread by a queued signal. The app has three lanes: the vault's *writer* (SQLite has one
writer, so writes and long jobs that write, import and export, queue there), a *reader* for long reads (whole
documents, search) that must not freeze the window, and the *preview* lane that asks a parser worker process
to draw pages. A job may carry a ``key``: a newer job with the same key replaces one still waiting (the page
the user scrolled past need not be drawn).

Worker code never touches a widget. Every exception reaches the GUI thread: a :class:`CasebinderError` goes
to the job's ``on_error`` (a sentence for the user), anything else to the crash dialog. Tests swap in
:class:`ImmediateRunner`, which runs everything at once on the calling thread.
"""

import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from casebinder.ui.i18n import tr

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Job:
    def __init__(
        self, fn: Callable[[], Any], on_done: Done | None, on_error: Failed | None, key: str | None
    ) -> None:
        self.fn = fn
        self.on_done = on_done
        self.on_error = on_error
        self.key = key


class _Thread(QThread):
    """Runs jobs in order. A finished job goes to ``finished`` and the thread lets go of it *before*
    signalling, so the GUI thread always drops the last reference: a dialog or timer a callback kept alive
    is then destroyed on its own thread, never here (Qt: "Timers cannot be stopped from another thread")."""

    job_finished = Signal()  # one per entry put in ``finished``

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self._jobs: deque[_Job | None] = deque()
        self._ready = threading.Condition()
        self.finished_jobs: deque[tuple[_Job, Any, BaseException | None]] = deque()

    def put(self, job: _Job | None) -> list[_Job]:
        """Queue ``job``; returns the waiting jobs it replaced (same key)."""
        with self._ready:
            replaced = []
            if job is not None and job.key is not None:
                replaced = [j for j in self._jobs if j is not None and j.key == job.key]
                for old in replaced:
                    self._jobs.remove(old)
            self._jobs.append(job)
            self._ready.notify()
            return replaced

    def _take(self) -> _Job | None:
        with self._ready:
            while not self._jobs:
                self._ready.wait()
            return self._jobs.popleft()

    def run(self) -> None:
        while (job := self._take()) is not None:
            try:
                result, error = job.fn(), None
            except BaseException as exc:  # delivered to the GUI thread, which decides
                result, error = None, exc
                error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.finished_jobs.append((job, result, error))  # deque appends and pops are thread-safe
            del job, result, error
            self.job_finished.emit()


class Lane(QObject):
    """A thread running jobs in order: ``run(fn, on_done, on_error)`` runs fn off the GUI thread and the
    callbacks on it."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = _Thread(name)
        self._thread.job_finished.connect(self._deliver)
        self._thread.start()
        self.pending = 0
        self._stopped = False

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        key: str | None = None,
    ) -> None:
        if self._stopped:
            raise RuntimeError(tr("this lane has stopped"))
        self.pending += 1
        self.pending -= len(self._thread.put(_Job(fn, on_done, on_error, key)))

    @Slot()
    def _deliver(self) -> None:
        job, result, error = self._thread.finished_jobs.popleft()
        self.pending -= 1
        if error is not None:
            _fail(error, job.on_error)
        elif job.on_done is not None:
            job.on_done(result)

    def drain(self, timeout_ms: int = 120_000) -> None:
        """Let every queued job finish (and its callback run) before going on: locking waits for writes."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(timeout_ms)
        while self.pending and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self._thread.put(None)
        self._thread.wait(30_000)


class TaskRunner(Lane):
    """The vault's writer lane."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__("casebinder-writer", parent)


class ImmediateRunner(QObject):
    """Runs jobs at once on the calling thread: for tests that want no threads."""

    pending = 0

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        key: str | None = None,
    ) -> None:
        try:
            result = fn()
        except BaseException as error:
            _fail(error, on_error)
            return
        if on_done is not None:
            on_done(result)

    def drain(self, timeout_ms: int = 0) -> None:
        pass

    def stop(self) -> None:
        pass


Runner = Lane | ImmediateRunner


def _fail(error: BaseException, on_error: Failed | None) -> None:
    """``on_error`` puts the window right (a sentence for the user, a dialog reset); an error that is not a
    :class:`CasebinderError` is a bug and is raised on, to the crash dialog (``sys.excepthook``)."""
    from casebinder.errors import CasebinderError

    if on_error is not None:
        on_error(error)
    if not isinstance(error, CasebinderError):
        raise error


class ProgressJob(QObject):
    """A generator of progress steps run on a lane, with Cancel between steps."""

    progressed = Signal(object)  # each item the generator yields
    finished = Signal(bool)  # True when cancelled

    def __init__(self, make: Callable[[], Iterator[Any]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def start(self, runner: Runner, on_error: Failed | None = None) -> None:
        runner.run(self._work, lambda cancelled: self.finished.emit(cancelled), on_error)

    def _work(self) -> bool:
        steps = self._make()
        try:
            for step in steps:
                self.progressed.emit(step)
                # a step may say more of its work is done but not yet reported (an import's batch)
                if self._cancel.is_set() and getattr(step, "settled", True):
                    return True
        finally:
            close = getattr(steps, "close", None)
            if close is not None:
                close()
        return False


_background: Lane | None = None


def background() -> Lane:
    """The lane for slow work before a vault is open (deriving a key, building the demo): made on first use,
    stopped at exit."""
    global _background
    if _background is None:
        import atexit

        _background = Lane("casebinder-background")
        atexit.register(_background.stop)
    return _background
